"""Crosswalk: reading `--map crosswalk.yaml`, which pairs two regions' ids per kind.

The file maps B's ids to A's (`levels: {grundniva: veta}` pairs B's `grundniva` with
A's `veta`). The same file also serves the reverse comparison: when a kind's pairs
fit better the other way round (keys are A's ids, values B's), they are read that
way. Ids that exist on neither side are findings with their line and column.
"""

from __future__ import annotations

import difflib
from pathlib import Path as FsPath
from typing import Any

from dosering.core.errors import OsReason, UserError
from dosering.core.findings import Anchor, Draft, Located, Path, Severity
from dosering.core.paths import keyed, require_file
from dosering.inputs.mapping import TABLE_SUFFIXES, looks_like_table
from dosering.inputs.positions import locate
from dosering.inputs.yaml import load_file
from dosering.model.crosswalk import KINDS, Crosswalk
from dosering.model.schema import (
    Model,
    value_kind,  # the same words as schema findings
)


def read_crosswalk(
    path: FsPath,
    a: Model,
    b: Model,
    *,
    max_bytes: int | None = None,
    names: tuple[str, str] = ("A", "B"),
) -> tuple[Crosswalk | None, tuple[Located, ...]]:
    """Read a crosswalk file for comparing model `a` with model `b`.

    Args:
        path: The crosswalk file.
        a: Model A (the ids the crosswalk's values name).
        b: Model B (the ids its keys name).
        max_bytes: The largest file read.
        names: How A and B are named in findings (their paths).

    Returns:
        The crosswalk (None when it has errors) and its located findings.

    Raises:
        UserError: The file is missing, a folder or unreadable, or is a table
            (a course list given as the crosswalk; exit 3).
    """
    name = str(path)
    require_file(path, keyed("map", path=name))
    if path.suffix.lower() in TABLE_SUFFIXES:
        raise UserError("map.is-table", path=name)
    try:
        document = (
            load_file(path, name)
            if max_bytes is None
            else load_file(path, name, max_bytes)
        )
    except OSError as exc:
        raise UserError("map.unreadable", path=name, reason=OsReason.of(exc)) from exc
    if (document.problems or not isinstance(document.data, dict | None)) and (
        looks_like_table(path)
    ):
        raise UserError("map.is-table", path=name)
    drafts = list(document.drafts)
    maps: dict[str, dict[str, str]] = {}
    if document.usable and not drafts:  # the loader's problems come alone
        for kind, entries in _pairs(document.data, drafts).items():
            maps[kind] = _check_kind(kind, entries, a, b, drafts, names)
    located = tuple(locate(drafts, document.text, name))
    if not document.usable or any(f.severity is Severity.ERROR for f in located):
        return None, located
    return Crosswalk({k: v for k, v in maps.items() if v}), located


_Entry = tuple[Any, Any, Path]


def _invalid(
    path: Path, message: str, anchor: Anchor = Anchor.VALUE, **params: Any
) -> Draft:
    return Draft("crosswalk-invalid", path, params, anchor=anchor, message_key=message)


def _pairs(data: Any, drafts: list[Draft]) -> dict[str, list[_Entry]]:
    """The (key, value, path) entries of each kind; shape problems recorded."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        drafts.append(_invalid((), "cw.not-mapping"))
        return {}
    out: dict[str, list[_Entry]] = {}
    for kind, section in data.items():
        if kind not in KINDS:
            near = difflib.get_close_matches(str(kind), KINDS, 1, 0.6)
            drafts.append(
                _invalid(
                    (kind,),
                    "cw.unknown-kind",
                    Anchor.KEY,
                    key=kind,
                    suggestion=near[0] if near else None,
                )
            )
            continue
        if section is None:
            continue
        if not isinstance(section, dict):
            drafts.append(
                _invalid(
                    (kind,), "cw.kind-not-mapping", key=kind, kind=value_kind(section)
                )
            )
            continue
        entries: list[_Entry] = []
        for key, value in section.items():
            ok = True
            for item, anchor in ((key, Anchor.KEY), (value, Anchor.VALUE)):
                if not isinstance(item, str):
                    ok = False
                    drafts.append(
                        _invalid(
                            (kind, key),
                            "cw.not-id",
                            anchor,
                            shown=_show(item),
                            key=kind,
                            kind=value_kind(item),
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
    drafts: list[Draft],
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
            params = {
                "entity": kind,
                "id": the_id,
                "side": side,
                "suggestion": near[0] if near else None,
            }
            drafts.append(
                Draft(
                    "crosswalk-unknown-id",
                    path,
                    params,
                    anchor=anchor,
                    message_key="cw.unknown",
                )
            )
        if not ok:
            continue
        if a_id in seen or b_id in out:
            twice, other = (a_id, seen.get(a_id)) if a_id in seen else (b_id, out[b_id])
            drafts.append(
                Draft(
                    "crosswalk-duplicate",
                    path,
                    {"entity": kind, "id": twice, "other": other},
                    anchor=a_anchor if a_id in seen else b_anchor,
                    message_key="cw.twice",
                )
            )
            continue
        seen[a_id] = b_id
        out[b_id] = a_id
    return out


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
