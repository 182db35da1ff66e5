"""`diff`'s run: two models (files or `REV:PATH`), a crosswalk, the classified diff."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dosering.analyses.diff import Diff, diff_models
from dosering.core.findings import Draft, Located
from dosering.inputs.crosswalk import read_crosswalk
from dosering.inputs.gitfile import parse_spec, read_git
from dosering.inputs.yaml import Document, paused_gc
from dosering.model.crosswalk import Crosswalk
from dosering.pipeline.check import (
    Checked,
    CheckedFile,
    Options,
    check_bytes,
    finish,
    load_model,
)


@dataclass(frozen=True)
class DiffRun:
    """`diff`'s outcome: the invalid sides, the crosswalk's findings, the diff.

    `diff` is None when a side is invalid (`invalid` holds why; a file given as
    both sides once) or the crosswalk has errors (`crosswalk` holds them).
    """

    invalid: Checked
    crosswalk: tuple[Located, ...]
    diff: Diff | None


def run_diff(
    a: str,
    b: str,
    options: Options,
    *,
    crosswalk: Path | None = None,
    matrix: bool = False,
) -> DiffRun:
    """Load both sides; when both are valid, read the crosswalk and compare.

    A side is a file, or `REV:PATH` read from git; one that cannot be read stops
    the run (`UserError`).
    """
    side_a, side_b = load_side(a, options), load_side(b, options)
    invalid = Checked.of(
        (side for side in (side_a, side_b) if side.model is None), once=True
    )
    if side_a.model is None or side_b.model is None:
        return DiffRun(invalid, (), None)
    walk: Crosswalk | None = None
    found: tuple[Located, ...] = ()
    if crosswalk is not None:
        walk, found = read_crosswalk(
            crosswalk,
            side_a.model,
            side_b.model,
            max_bytes=options.max_bytes,
            names=(a, b),
        )
        if walk is None:
            return DiffRun(invalid, found, None)
    with paused_gc():  # millions of live objects: the collector's passes cost seconds
        result = diff_models(side_a.model, side_b.model, walk, matrix=matrix)
    return DiffRun(invalid, found, result)


def load_side(argument: str, options: Options) -> CheckedFile:
    """One side: a file on disk, or `REV:PATH` read from git."""
    spec = parse_spec(argument)
    if spec is None:
        return load_model(Path(argument), argument, options)
    raw = read_git(spec, options.max_bytes)
    if raw is None:  # over the size limit: a finding, as for a file on disk
        draft = Draft("file-too-large", (), {"limit": options.max_bytes})
        return finish(Document(argument, None, None, (draft,), False), [draft], options)
    return check_bytes(raw, argument, options)
