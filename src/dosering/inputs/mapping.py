"""Mapping files: a planner's recorded decisions of which list row is which course.

The file (`--mapping`) has two keys, as DESIGN.md shows: `match` (a row's code, else
its title -> model course id) and `ignore` (rows that are no course of the model). It
is read with positions, so a decision naming a course the model does not have is a
finding with its line. `--write-mapping` writes a starting file from a gap run, with
near misses as comments for the planner to accept.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dosering.core.errors import UserError
from dosering.core.findings import Anchor, Finding, Severity
from dosering.i18n.findings import draft_message
from dosering.i18n.gap import hint, message, word
from dosering.model.keys import code_key, title_key

if TYPE_CHECKING:
    from dosering.inputs.courselist import Row


@dataclass(frozen=True)
class RowMapping:
    """The decisions of a mapping file, keyed both as codes and as titles."""

    match: Mapping[str, str] = field(default_factory=dict)
    """A written key (code or title) -> course id, as in the file."""
    ignore: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    _codes: dict[str, str | None] = field(default_factory=dict, repr=False)
    _titles: dict[str, str | None] = field(default_factory=dict, repr=False)
    roles: Mapping[str, str] = field(default_factory=dict)
    """`roles:` (for `progress`): a staff row's role code or title -> role id."""
    ignore_roles: tuple[str, ...] = ()
    """`ignore_roles:`: staff role codes or titles that are no role of the model."""

    @classmethod
    def of(
        cls,
        match: Mapping[str, str],
        ignore: Iterable[str] = (),
        findings: Iterable[Finding] = (),
    ) -> RowMapping:
        """Build a mapping; `None` in the lookups means "ignore this row"."""
        codes: dict[str, str | None] = {}
        titles: dict[str, str | None] = {}
        ignored = tuple(ignore)
        for key in ignored:
            codes.setdefault(code_key(key), None)
            titles.setdefault(title_key(key), None)
        for key, course in match.items():
            codes[code_key(key)] = course
            titles[title_key(key)] = course
        return cls(dict(match), ignored, tuple(findings), codes, titles)

    def decide(self, row: Row) -> tuple[bool, str | None]:
        """(decided, course id or None for ignored) for a row: its code, else title."""
        if row.code is not None and code_key(row.code) in self._codes:
            return True, self._codes[code_key(row.code)]
        if row.title is not None and title_key(row.title) in self._titles:
            return True, self._titles[title_key(row.title)]
        return False, None


def read_mapping(
    path: Path,
    name: str,
    course_ids: Iterable[str],
    lang: str = "en",
    role_ids: Iterable[str] | None = None,
) -> RowMapping:
    """Read a mapping file; a missing file stops the run, bad entries are findings.

    Args:
        path: The mapping file.
        name: How it is named in findings.
        course_ids: The model's course ids (a `match` naming another is a finding).
        lang: Language of messages.
        role_ids: The model's role ids (a `roles` entry naming another is a
            finding); None when `roles:` and `ignore_roles:` are not read.
    """
    from dosering.inputs.yaml import load_file, locate, spot_for

    if not path.exists():
        raise UserError(message("mapping.missing", lang, path=name))
    if path.is_dir():
        raise UserError(message("mapping.directory", lang, path=name))
    try:
        document = load_file(path, name)
    except OSError as exc:
        raise UserError(
            message("mapping.unreadable", lang, path=name, reason=exc.strerror)
        ) from exc
    problems: list[tuple[str, tuple[Any, ...], Anchor, dict[str, Any]]] = []
    if document.problems:
        first = document.problems[0]
        finding = _finding(
            "mapping-yaml",
            name,
            first.line or 1,
            first.col or 1,
            None,
            lang,
            code=draft_message(first.code, first.message_key, first.params, lang),
        )
        return RowMapping.of({}, (), (finding,))
    data = document.data if document.data is not None else {}
    known = set(course_ids)
    match: dict[str, str] = {}
    ignore: list[str] = []
    if not isinstance(data, dict):
        problems.append(("mapping-shape", (), Anchor.VALUE, {"shape": "mapping"}))
        data = {}
    allowed = ("match", "ignore") if role_ids is None else KEYS
    for key in data:
        if key not in allowed:
            problems.append(("mapping-unknown-key", (key,), Anchor.KEY, {"key": key}))
    entries = data.get("match") or {}
    if not isinstance(entries, dict):
        problems.append(
            ("mapping-shape", ("match",), Anchor.VALUE, {"shape": "mapping"})
        )
        entries = {}
    for key, course in entries.items():
        where = ("match", key)
        if not isinstance(course, str):
            problems.append(("mapping-shape", where, Anchor.VALUE, {"shape": "text"}))
        elif course not in known:
            close = difflib.get_close_matches(course, sorted(known), n=1)
            suggestion = word("did-you-mean", lang, close[0]) if close else ""
            problems.append(
                (
                    "mapping-unknown-course",
                    where,
                    Anchor.VALUE,
                    {"id": course, "suggestion": suggestion},
                )
            )
        else:
            match[str(key)] = course
    skipped = data.get("ignore") or []
    if not isinstance(skipped, list):
        problems.append(("mapping-shape", ("ignore",), Anchor.VALUE, {"shape": "list"}))
        skipped = []
    for index, item in enumerate(skipped):
        if isinstance(item, str | int) and not isinstance(item, bool):
            ignore.append(str(item))
        else:
            problems.append(
                ("mapping-shape", ("ignore", index), Anchor.VALUE, {"shape": "text"})
            )
    roles: dict[str, str] = {}
    ignore_roles: list[str] = []
    if role_ids is not None:
        roles, ignore_roles = _roles(data, set(role_ids), problems)
    findings: list[Finding] = []
    if problems:
        found = locate(document.text or "", ((p[1], p[2]) for p in problems))
        for key, where, anchor, params in problems:
            spot = spot_for(found, where, anchor)
            dotted = ".".join(str(part) for part in where) or None
            words = dict(params)
            if "shape" in words:
                words["field"] = dotted or "(file)"
                words["shape"] = word(f"shape.{words['shape']}", lang)
            findings.append(
                _finding(
                    key,
                    name,
                    spot.line if spot else 1,
                    spot.col if spot else 1,
                    dotted,
                    lang,
                    **words,
                )
            )
    findings.sort(key=Finding.sort_key)
    decided = RowMapping.of(match, ignore, findings)
    if role_ids is None:
        return decided
    return replace(decided, roles=roles, ignore_roles=tuple(ignore_roles))


KEYS = ("match", "ignore", "roles", "ignore_roles")
"""A mapping's keys when it is read for `progress` (roles too)."""


def _roles(
    data: Mapping[str, Any],
    known: set[str],
    problems: list[tuple[str, tuple[Any, ...], Anchor, dict[str, Any]]],
) -> tuple[dict[str, str], list[str]]:
    """`roles:` and `ignore_roles:`, with a problem per entry that cannot be used."""
    roles: dict[str, str] = {}
    entries = data.get("roles") or {}
    if not isinstance(entries, dict):
        problems.append(
            ("mapping-shape", ("roles",), Anchor.VALUE, {"shape": "mapping"})
        )
        entries = {}
    for key, role in entries.items():
        where = ("roles", key)
        if not isinstance(role, str):
            problems.append(("mapping-shape", where, Anchor.VALUE, {"shape": "text"}))
        elif role not in known:
            problems.append(("mapping-unknown-role", where, Anchor.VALUE, {"id": role}))
        else:
            roles[str(key)] = role
    ignored: list[str] = []
    skipped = data.get("ignore_roles") or []
    if not isinstance(skipped, list):
        problems.append(
            ("mapping-shape", ("ignore_roles",), Anchor.VALUE, {"shape": "list"})
        )
        skipped = []
    for index, item in enumerate(skipped):
        if isinstance(item, str | int) and not isinstance(item, bool):
            ignored.append(str(item))
        else:
            spot = ("ignore_roles", index)
            problems.append(("mapping-shape", spot, Anchor.VALUE, {"shape": "text"}))
    return roles, ignored


def _finding(
    key: str,
    name: str,
    line: int,
    col: int,
    location: str | None,
    lang: str,
    /,
    **params: Any,
) -> Finding:
    return Finding(
        code=key,
        severity=Severity.ERROR,
        message=message(key, lang, **params),
        file=name,
        line=line,
        col=col,
        location=location,
        hint=hint(key, lang, **params),
    )
