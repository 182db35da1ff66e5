"""`dosering diff`: what changed between two versions, or how two regions differ."""

from __future__ import annotations

import enum
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dosering.cli._app import (
    LangOption,
    MaxBytesOption,
    OutputOption,
    app,
    emit,
    fail,
    options,
    print_findings,
)
from dosering.cli.export import require_output

if TYPE_CHECKING:
    from dosering.analyses.diff import ChangeClass
    from dosering.pipeline.check import CheckedFile, Options


class DiffFormat(enum.StrEnum):
    """Output formats of `diff` (the names of its reporters)."""

    text = "text"
    json = "json"
    md = "md"
    xlsx = "xlsx"


@app.command()
def diff(
    a: Annotated[
        str,
        typer.Argument(
            help="The earlier version (or the region compared against): a file, "
            "or REV:PATH from git (HEAD~1:model.yaml).",
            metavar="A",
            show_default=False,
        ),
    ],
    b: Annotated[
        str,
        typer.Argument(
            help="The later version (or the other region): a file or REV:PATH.",
            metavar="B",
            show_default=False,
        ),
    ],
    crosswalk: Annotated[
        Path | None,
        typer.Option(
            "--map",
            help="Crosswalk pairing B's ids with A's per kind (levels, roles, areas, "
            "groups, courses), for two regions. Default: .dosering.yaml diff.map.",
            show_default=False,
        ),
    ] = None,
    no_map: Annotated[
        bool,
        typer.Option(
            "--no-map",
            help="Use no crosswalk, not even .dosering.yaml's (two versions of one "
            "region).",
        ),
    ] = False,
    matrix: Annotated[
        bool,
        typer.Option(
            "--matrix",
            help="Also show the role × area matrix side by side (A's level | B's).",
        ),
    ] = False,
    fmt: Annotated[
        DiffFormat,
        typer.Option("--format", "-f", help="Output format."),
    ] = DiffFormat.text,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code",
            help="Exit 1 when the models differ at all (as git diff --exit-code).",
        ),
    ] = False,
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a change of these classes is found, e.g. stricter or "
            "stricter,removed. Default: .dosering.yaml diff.fail_on.",
            metavar="CLASS,…",
            show_default=False,
        ),
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help="Show only changes of these classes, e.g. stricter,looser (the "
            "summary still counts all; --exit-code and --fail-on see all).",
            metavar="CLASS,…",
            show_default=False,
        ),
    ] = None,
    hide: Annotated[
        list[str] | None,
        typer.Option(
            "--hide",
            help="Do not show changes of these classes, e.g. cosmetic.",
            metavar="CLASS,…",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Compare two dosing models (förbättringskunskap): each change classified.

    Changes are stricter, looser, added, removed, renamed, updated or cosmetic,
    with the effect on each course's demand. Exit 0 (also when they differ),
    1 with --exit-code and any change or a --fail-on class (or an invalid model),
    3 when a file or REV:PATH cannot be read.
    """
    from dosering.analyses.diff import ChangeClass, diff_models
    from dosering.report.diff import REPORTERS, DiffContext

    opts, config = options(lang, max_bytes)
    shown: frozenset[ChangeClass] | None = None
    if only:
        shown = _classes(",".join(only), opts.lang, from_config=False, hint="--only")
    if hide:
        hidden = _classes(",".join(hide), opts.lang, from_config=False, hint="--hide")
        shown = (shown if shown is not None else frozenset(ChangeClass)) - hidden
    defaults = config.settings.diff
    joined = ",".join(fail_on) if fail_on else None  # --fail-on may be repeated
    classes = _classes(joined, opts.lang, from_config=False)
    if fail_on is None and defaults.fail_on is not None:
        classes = _classes(",".join(defaults.fail_on), opts.lang, from_config=True)
    map_path = crosswalk if crosswalk is not None else config.resolve(defaults.map)
    if no_map:
        map_path = None
    if fmt is DiffFormat.xlsx:
        require_output(output, opts.lang)
    if output is not None:
        from dosering.core.output import check_not_input, check_writable

        local = [Path(x) for x in (a, b, map_path) if x is not None]
        check_not_input(output, local)
        check_writable(output)
    side_a, side_b = _load(a, opts), _load(b, opts)
    if side_a.model is None or side_b.model is None:
        _stop_on_findings([side_a, side_b], opts.lang)
    assert side_a.model is not None
    assert side_b.model is not None
    walk = None
    if map_path is not None:
        from dosering.inputs.crosswalk import read_crosswalk

        walk, report = read_crosswalk(
            map_path,
            side_a.model,
            side_b.model,
            lang=opts.lang,
            max_bytes=opts.max_bytes,
            names=(a, b),
        )
        if walk is None:
            print_findings(report, opts.lang)
            raise typer.Exit(1)
    from dosering.inputs.yaml import paused_gc

    with paused_gc():  # millions of live objects: the collector's passes cost seconds
        result = diff_models(side_a.model, side_b.model, walk, matrix=matrix)
    if fmt is DiffFormat.xlsx and output is not None:
        from dosering.core.output import write_atomic
        from dosering.report.sheets import diff_workbook

        write_atomic(output, diff_workbook(result, a, b, opts.lang))
    elif output is None:
        context = DiffContext(a, b, opts.lang, shown=shown)
        REPORTERS[fmt.value](result, sys.stdout, context)
    else:
        buffer = io.StringIO()
        context = DiffContext(a, b, opts.lang, color=False, shown=shown)
        REPORTERS[fmt.value](result, buffer, context)
        emit(buffer.getvalue(), output)
    raise typer.Exit(_exit(result, exit_code, classes, opts.lang))


def _load(argument: str, opts: Options) -> CheckedFile:
    """One side: a file on disk, or REV:PATH read from git."""
    from dosering.inputs.gitfile import parse_spec, read_git
    from dosering.pipeline.check import check_bytes, load_model

    spec = parse_spec(argument)
    if spec is None:
        return load_model(Path(argument), argument, opts)
    raw = read_git(spec, opts.max_bytes, opts.lang)
    if raw is None:  # over the size limit: a finding, as for a file on disk
        from dosering.core.findings import Draft
        from dosering.inputs.crosswalk import loader_findings
        from dosering.inputs.yaml import Document
        from dosering.pipeline.check import CheckedFile

        draft = Draft("file-too-large", (), {"limit": opts.max_bytes})
        document = Document(argument, None, None, (draft,), usable=False)
        return CheckedFile(
            argument, tuple(loader_findings(document, opts.lang)), 0, False, None
        )
    return check_bytes(raw, argument, opts)


def _stop_on_findings(sides: list[CheckedFile], lang: str) -> None:
    """Show the invalid side(s)' findings on stderr, as validate does; exit 1."""
    from dosering.core.findings import Report

    # the same file on both sides is shown once
    bad = {side.name: side for side in sides if side.model is None}
    report = Report.of(
        (f for side in bad.values() for f in side.findings),
        bad,
    )
    print_findings(report, lang)
    raise typer.Exit(1)


def _classes(
    value: str | None, lang: str, *, from_config: bool, hint: str = "--fail-on"
) -> frozenset[ChangeClass]:
    """The change classes named in `--fail-on`, `--only` or `--hide` (CLASS,…)."""
    from dosering.analyses.diff import ChangeClass
    from dosering.i18n.diff import word

    if value is None:
        return frozenset()
    out: set[ChangeClass] = set()
    names = ", ".join(str(c) for c in ChangeClass)
    for part in value.split(","):
        name = part.strip().lower()
        if not name:
            continue
        if name not in ChangeClass.__members__.values():
            message = word("fail-on.bad", lang, part.strip(), names)
            if from_config:
                fail(f".dosering.yaml diff.fail_on: {message}")
            raise typer.BadParameter(message, param_hint=hint)
        out.add(ChangeClass(name))
    return frozenset(out)


def _exit(
    result: object, exit_code: bool, classes: frozenset[ChangeClass], lang: str
) -> int:
    """1 when asked to fail on what was found (saying why on stderr), else 0."""
    from dosering.analyses.diff import Diff
    from dosering.i18n.diff import counted, word

    assert isinstance(result, Diff)
    counts = result.counts()
    if not counts:
        return 0
    found = counted(counts, lang)
    hits = [c for c in counts if c in classes]
    if hits:
        why = "--fail-on " + ",".join(str(c) for c in hits)
    elif exit_code:
        why = "--exit-code"
    else:
        return 0
    sys.stderr.write(word("fail.classes", lang, found, why) + "\n")
    return 1
