"""Crosswalk: reading `--map crosswalk.yaml`, which pairs two regions' ids per kind.

The file maps B's ids to A's (`levels: {grundniva: veta}` pairs B's `grundniva` with
A's `veta`). The same file also serves the reverse comparison: when a kind's pairs
fit better the other way round (keys are A's ids, values B's), they are read that
way. Ids that exist on neither side are findings with their line and column.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

from dosering.core.errors import UserError
from dosering.core.findings import (
    Anchor,
    Finding,
    Path,
    Report,
    Severity,
    format_location,
)
from dosering.i18n import findings as messages
from dosering.i18n.diff import word
from dosering.inputs.yaml import Document, load_file, locate, spot_for
from dosering.model.checks import CATALOGUE
from dosering.model.crosswalk import KINDS, Crosswalk
from dosering.model.schema import (
    Model,
    value_kind,  # the same words as schema findings
)


@dataclass(frozen=True, slots=True)
class _Problem:
    """A finding before it has a position."""

    code: str
    path: Path
    anchor: Anchor
    message: str
    hint: str | None


def read_crosswalk(
    path: FsPath,
    a: Model,
    b: Model,
    *,
    lang: str = "en",
    max_bytes: int | None = None,
    names: tuple[str, str] = ("A", "B"),
) -> tuple[Crosswalk | None, Report]:
    """Read a crosswalk file for comparing model `a` with model `b`.

    Args:
        path: The crosswalk file.
        a: Model A (the ids the crosswalk's values name).
        b: Model B (the ids its keys name).
        lang: The language of the findings.
        max_bytes: The largest file read.
        names: How A and B are named in findings (their paths).

    Returns:
        The crosswalk (None when it has errors) and its findings.

    Raises:
        UserError: The file is missing, a folder or unreadable (exit 3).
    """
    name = str(path)
    if not path.exists():
        raise UserError(word("map.missing", lang, name))
    if path.is_dir():
        raise UserError(word("map.directory", lang, name))
    try:
        document = (
            load_file(path, name)
            if max_bytes is None
            else load_file(path, name, max_bytes)
        )
    except OSError as exc:
        raise UserError(word("map.unreadable", lang, name, exc.strerror)) from exc
    loaded = loader_findings(document, lang) if document.drafts else []
    if not document.usable or any(f.severity is Severity.ERROR for f in loaded):
        return None, Report.of(loaded, [name])
    problems: list[_Problem] = []
    pairs = _pairs(document.data, problems, lang)
    maps: dict[str, dict[str, str]] = {}
    for kind, entries in pairs.items():
        maps[kind] = _check_kind(kind, entries, a, b, problems, lang, names)
    findings = _place(problems, document, name)
    report = Report.of([*loaded, *findings], [name])
    if not report.ok:
        return None, report
    return Crosswalk({k: v for k, v in maps.items() if v}), report


_Entry = tuple[Any, Any, Path]


def _pairs(data: Any, problems: list[_Problem], lang: str) -> dict[str, list[_Entry]]:
    """The (key, value, path) entries of each kind; shape problems recorded."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(
            _Problem(
                "crosswalk-invalid",
                (),
                Anchor.VALUE,
                word("cw.not-mapping", lang),
                word("cw.not-mapping.hint", lang),
            )
        )
        return {}
    out: dict[str, list[_Entry]] = {}
    for kind, section in data.items():
        if kind not in KINDS:
            near = difflib.get_close_matches(str(kind), KINDS, 1, 0.6)
            did = word("did-you-mean", lang, near[0]) if near else ""
            problems.append(
                _Problem(
                    "crosswalk-invalid",
                    (kind,),
                    Anchor.KEY,
                    word("cw.unknown-kind", lang, kind),
                    word("cw.unknown-kind.hint", lang, kind, did).strip(),
                )
            )
            continue
        if section is None:
            continue
        if not isinstance(section, dict):
            kind_text = messages.word(f"kind.{value_kind(section)}", lang)
            problems.append(
                _Problem(
                    "crosswalk-invalid",
                    (kind,),
                    Anchor.VALUE,
                    word("cw.kind-not-mapping", lang, kind, kind_text),
                    word("cw.kind-not-mapping.hint", lang, kind),
                )
            )
            continue
        entries: list[_Entry] = []
        for key, value in section.items():
            ok = True
            for item, anchor in ((key, Anchor.KEY), (value, Anchor.VALUE)):
                if not isinstance(item, str):
                    ok = False
                    shown = _show(item)
                    kind_text = messages.word(f"kind.{value_kind(item)}", lang)
                    problems.append(
                        _Problem(
                            "crosswalk-invalid",
                            (kind, key),
                            anchor,
                            word("cw.not-id", lang, shown, kind, kind_text),
                            word("cw.not-id.hint", lang, shown),
                        )
                    )
            if ok:
                entries.append((key, value, (kind, key)))
        out[kind] = entries
    return out


def _check_kind(
    kind: str,
    entries: list[_Entry],
    a: Model,
    b: Model,
    problems: list[_Problem],
    lang: str,
    names: tuple[str, str],
) -> dict[str, str]:
    """B id -> A id for one kind, read in the direction that fits; ids checked."""
    a_ids = [item.id for item in getattr(a, kind)]
    b_ids = [item.id for item in getattr(b, kind)]
    a_set, b_set = set(a_ids), set(b_ids)
    forward = sum(1 for k, v, _ in entries if k in b_set and v in a_set)
    backward = sum(1 for k, v, _ in entries if k in a_set and v in b_set)
    flipped = backward > forward
    out: dict[str, str] = {}
    seen: dict[str, Any] = {}
    label = word(f"kindname.{kind}", lang)
    for key, value, path in entries:
        b_id, a_id = (value, key) if flipped else (key, value)
        b_anchor, a_anchor = (
            (Anchor.VALUE, Anchor.KEY) if flipped else (Anchor.KEY, Anchor.VALUE)
        )
        ok = True
        for the_id, ids, side, anchor in (
            (b_id, b_ids, names[1], b_anchor),
            (a_id, a_ids, names[0], a_anchor),
        ):
            if the_id in ids:
                continue
            ok = False
            near = difflib.get_close_matches(the_id, ids, 1, 0.6)
            did = word("did-you-mean", lang, near[0]) if near else ""
            problems.append(
                _Problem(
                    "crosswalk-unknown-id",
                    path,
                    anchor,
                    word("cw.unknown", lang, label, the_id, side),
                    word("cw.unknown.hint", lang, label, the_id, side, did).strip(),
                )
            )
        if not ok:
            continue
        if a_id in seen or b_id in out:
            twice, other = (a_id, seen.get(a_id)) if a_id in seen else (b_id, out[b_id])
            problems.append(
                _Problem(
                    "crosswalk-duplicate",
                    path,
                    a_anchor if a_id in seen else b_anchor,
                    word("cw.twice", lang, label, twice, other),
                    word("cw.twice.hint", lang),
                )
            )
            continue
        seen[a_id] = b_id
        out[b_id] = a_id
    return out


def _place(
    problems: Iterable[_Problem], document: Document, name: str
) -> list[Finding]:
    """Give each problem its line and column in the crosswalk file."""
    problems = list(problems)
    found = (
        locate(document.text, ((p.path, p.anchor) for p in problems))
        if document.text is not None and problems
        else {}
    )
    out: list[Finding] = []
    for problem in problems:
        spot = spot_for(found, problem.path, problem.anchor)
        out.append(
            Finding(
                code=problem.code,
                severity=Severity.ERROR,
                message=problem.message,
                file=name,
                line=spot.line if spot else 1,
                col=spot.col if spot else 1,
                location=format_location(problem.path),
                hint=problem.hint,
            )
        )
    return out


def loader_findings(document: Document, lang: str) -> list[Finding]:
    """The loader's problems (size, bad bytes, YAML syntax, duplicate keys) as findings.

    For files that are not models (a crosswalk), or a model from git over the size
    limit; models themselves go through the pipeline.
    """
    found = (
        locate(document.text, ((d.path, d.anchor) for d in document.drafts))
        if document.text is not None
        else {}
    )
    out: list[Finding] = []
    for draft in document.drafts:
        key = draft.message_key or draft.code
        if draft.code == "yaml-encoding" and draft.params.get("kind"):
            key = f"yaml-encoding.{draft.params['kind']}"
        params = dict(draft.params)
        if "limit" in params:
            params["limit_text"] = f"{int(params['limit']) / 1_000_000:g} MB"
        line, col = draft.line, draft.col
        if line is None and draft.code != "file-too-large":
            spot = spot_for(found, draft.path, draft.anchor)
            line, col = (spot.line, spot.col) if spot else (1, 1)
        entry = CATALOGUE.get(draft.code)
        out.append(
            Finding(
                code=draft.code,
                severity=entry.severity if entry else Severity.ERROR,
                message=messages.message(key, lang, params),
                file=document.name,
                line=line,
                col=col,
                location=format_location(draft.path),
                hint=messages.hint(key, lang, params),
            )
        )
    return out


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
