"""Mapping files: a planner's recorded decisions of which list row is which course.

The file (`--mapping`) has two keys, as DESIGN.md shows: `match` (a row's code, else
its title -> model course id) and `ignore` (rows that are no course of the model). It
is read with positions, so a decision naming a course the model does not have is a
finding with its line. The file `--write-mapping` writes is a reporter's
(`dosering.report.mapping`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Any

from dosering.core.errors import OsReason, UserError
from dosering.core.findings import (
    Anchor,
    Draft,
    Located,
    Path,
    Severity,
    format_location,
)
from dosering.core.paths import keyed, require_file
from dosering.inputs.tables.workbook import WORKBOOK_SUFFIXES, is_workbook
from dosering.model.keys import code_key, title_key
from dosering.model.quotes import inside_quotes, reads_as_text

if TYPE_CHECKING:
    from dosering.inputs.courselist import Row


@dataclass(frozen=True)
class RowMapping:
    """The decisions of a mapping file, keyed both as codes and as titles."""

    match: Mapping[str, str] = field(default_factory=dict)
    """A written key (code or title) -> course id, as in the file."""
    ignore: tuple[str, ...] = ()
    findings: tuple[Located, ...] = ()
    """Its findings: errors (an entry that cannot be used) and warnings."""
    _codes: dict[str, str | None] = field(default_factory=dict, repr=False)
    _titles: dict[str, str | None] = field(default_factory=dict, repr=False)
    roles: Mapping[str, str] = field(default_factory=dict)
    """`roles:` (for `progress`): a staff row's role code or title -> role id."""
    ignore_roles: tuple[str, ...] = ()
    """`ignore_roles:`: staff role codes or titles that are no role of the model."""
    unknown: Mapping[str, str] = field(default_factory=dict)
    """`match` entries naming a course the model does not have: not used (each is a
    finding), but kept, so a file written from this one never drops them."""

    @classmethod
    def of(
        cls,
        match: Mapping[str, str],
        ignore: Iterable[str] = (),
        findings: Iterable[Located] = (),
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

    @property
    def errors(self) -> tuple[Located, ...]:
        """Its findings that are errors: decisions it cannot use (exit 1)."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    def decide(self, row: Row) -> tuple[bool, str | None]:
        """(decided, course id or None for ignored) for a row: its code, else title."""
        if row.code is not None and code_key(row.code) in self._codes:
            return True, self._codes[code_key(row.code)]
        if row.title is not None and title_key(row.title) in self._titles:
            return True, self._titles[title_key(row.title)]
        return False, None


def read_mapping(
    path: FsPath,
    name: str,
    course_ids: Iterable[str],
    role_ids: Iterable[str] | None = None,
) -> RowMapping:
    """Read a mapping file; a missing file stops the run, bad entries are findings.

    Args:
        path: The mapping file.
        name: How it is named in findings.
        course_ids: The model's course ids (a `match` naming another is a finding).
        role_ids: The model's role ids (a `roles` entry naming another is a
            finding); None when `roles:` and `ignore_roles:` are not read.
    """
    from dosering.inputs.positions import locate
    from dosering.inputs.yaml import load_file

    require_file(path, keyed("mapping", path=name))
    table = _is_table(name, role_ids is not None)
    if path.suffix.lower() in TABLE_SUFFIXES:
        raise table
    try:
        document = load_file(path, name)
    except OSError as exc:
        raise UserError(
            "mapping.unreadable", path=name, reason=OsReason.of(exc)
        ) from exc
    if (document.problems or not isinstance(document.data, dict | None)) and (
        looks_like_table(path)
    ):
        raise table
    if document.problems:
        first = document.problems[0]
        draft = Draft(
            "mapping-yaml",
            (),
            {"code": first},
            line=first.line or 1,
            col=first.col or 1,
        )
        return RowMapping.of({}, (), locate([draft], None, name))
    data = document.data if document.data is not None else {}
    known = set(course_ids)
    match: dict[str, str] = {}
    unknown: dict[str, str] = {}
    ignore: list[str] = []
    drafts: list[Draft] = []
    if not isinstance(data, dict):
        drafts.append(_shape((), "mapping"))
        data = {}
    allowed = ("match", "ignore") if role_ids is None else KEYS
    for key in data:
        if key not in allowed:
            drafts.append(
                Draft("mapping-unknown-key", (key,), {"key": key}, anchor=Anchor.KEY)
            )
    entries = data.get("match") or {}
    if not isinstance(entries, dict):
        drafts.append(_shape(("match",), "mapping"))
        entries = {}
    for key, course in entries.items():
        where = ("match", key)
        drafts.extend(_quoted(where, key, Anchor.KEY))
        if not isinstance(course, str):
            drafts.append(_shape(where, "text"))
        elif course not in known:
            close = difflib.get_close_matches(course, sorted(known), n=1)
            params = {"id": course, "suggestion": close[0] if close else None}
            drafts.append(Draft("mapping-unknown-course", where, params))
            unknown[str(key)] = course
        else:
            match[str(key)] = course
    skipped = data.get("ignore") or []
    if not isinstance(skipped, list):
        drafts.append(_shape(("ignore",), "list"))
        skipped = []
    for index, item in enumerate(skipped):
        if isinstance(item, str | int) and not isinstance(item, bool):
            ignore.append(str(item))
            drafts.extend(_quoted(("ignore", index), item))
        else:
            drafts.append(_shape(("ignore", index), "text"))
    roles: dict[str, str] = {}
    ignore_roles: list[str] = []
    if role_ids is not None:
        roles, ignore_roles = _roles(data, set(role_ids), drafts)
    decided = RowMapping.of(match, ignore, locate(drafts, document.text, name))
    decided = replace(decided, unknown=unknown)
    if role_ids is None:
        return decided
    return replace(decided, roles=roles, ignore_roles=tuple(ignore_roles))


TABLE_SUFFIXES = (".csv", ".tsv", *WORKBOOK_SUFFIXES)
"""Names of tables (course lists, staff lists): never a mapping file."""
_HEAD = 1 << 16
_DELIMITERS = (";", "\t", ",")


def _is_table(name: str, progress: bool) -> UserError:
    """The error for a table given as the mapping (a course list, most likely)."""
    return UserError(
        "mapping.is-table.progress" if progress else "mapping.is-table", path=name
    )


def looks_like_table(path: FsPath) -> bool:
    """True when a file that is no mapping holds a workbook or CSV text.

    CSV: its first lines (up to five, a `sep=` line aside) all hold the same
    delimiter (`;`, tab or `,`), there are two or more, and the first is no YAML
    key or list item, flow collection or comment.
    """
    from dosering.inputs.yaml import open_regular

    try:
        with open_regular(path) as handle:
            head = handle.read(_HEAD)
    except OSError:
        return False
    if is_workbook(head, path):
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    lines = [line.strip() for line in text.splitlines() if line.strip()][:6]
    if lines and lines[0].casefold().startswith("sep="):
        lines = lines[1:]
    lines = lines[:5]
    if len(lines) < 2 or _yaml_like(lines[0]):  # noqa: PLR2004
        return False
    return any(all(d in line for line in lines) for d in _DELIMITERS)


def _yaml_like(line: str) -> bool:
    """A line as YAML writes it: a key, a list item, a flow collection, a comment."""
    return (
        line.startswith(("-", "[", "{", "#", "%", "---"))
        or ": " in line
        or line.endswith(":")
    )


KEYS = ("match", "ignore", "roles", "ignore_roles")
"""A mapping's keys when it is read for `progress` (roles too)."""


def _roles(
    data: Mapping[str, Any], known: set[str], drafts: list[Draft]
) -> tuple[dict[str, str], list[str]]:
    """`roles:` and `ignore_roles:`, with a draft per entry that cannot be used."""
    roles: dict[str, str] = {}
    entries = data.get("roles") or {}
    if not isinstance(entries, dict):
        drafts.append(_shape(("roles",), "mapping"))
        entries = {}
    for key, role in entries.items():
        where = ("roles", key)
        drafts.extend(_quoted(where, key, Anchor.KEY))
        if not isinstance(role, str):
            drafts.append(_shape(where, "text"))
        elif role not in known:
            drafts.append(Draft("mapping-unknown-role", where, {"id": role}))
        else:
            roles[str(key)] = role
    ignored: list[str] = []
    skipped = data.get("ignore_roles") or []
    if not isinstance(skipped, list):
        drafts.append(_shape(("ignore_roles",), "list"))
        skipped = []
    for index, item in enumerate(skipped):
        if isinstance(item, str | int) and not isinstance(item, bool):
            ignored.append(str(item))
            drafts.extend(_quoted(("ignore_roles", index), item))
        else:
            drafts.append(_shape(("ignore_roles", index), "text"))
    return roles, ignored


def _quoted(where: Path, written: object, anchor: Anchor = Anchor.VALUE) -> list[Draft]:
    """A row's key (code or title) in typographic quotes, as Word writes them.

    The quotes stay part of it, so as a code it matches no row (a warning, as
    the model's `typographic-quotes`).
    """
    inner = inside_quotes(written) if isinstance(written, str) else None
    if inner is None:
        return []
    params = {"value": written, "inner": inner, "plain": reads_as_text(inner)}
    key = "typographic-quotes.mapping"
    return [Draft("typographic-quotes", where, params, anchor, message_key=key)]


def _shape(where: Path, shape: str) -> Draft:
    """`where` is not of the shape the mapping file has there."""
    field = format_location(where) or "(file)"
    return Draft(
        "mapping-shape", where, {"field": field}, message_key=f"mapping-shape.{shape}"
    )
