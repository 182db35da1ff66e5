"""Staff lists: an HR export's persons, with their role matched to the model's.

One row per person: a stable key (never printed), a role (a code and/or a title),
optionally a unit (one or several columns forming a path; a cell may hold a path
separated by ` / `) and an employment start. Row problems are `Draft`s at the row
(warnings), never naming the person; a file that cannot be read as a staff list
raises `TableError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from dosering.core.findings import Draft
from dosering.inputs.people import PERSON
from dosering.inputs.tables import (
    Field,
    HeaderNotFound,
    Spec,
    TableError,
    cell_text,
    open_table,
    parse_date,
)
from dosering.model.keys import code_key, title_key
from dosering.model.quotes import inside_quotes
from dosering.model.semantics import Meaning

STAFF_SPEC = Spec(
    (
        PERSON,
        Field("role_code", ("Befattningskod", "AID")),
        Field("role", ("Befattning", "Titel", "Role", "Job title")),
        Field(
            "unit",
            (
                "Förvaltning",
                "Verksamhet",
                "Klinik",
                "Enhet",
                "Avdelning",
                "Arbetsplats",
                "Unit",
                "Department",
            ),
            several=True,
        ),
        Field(
            "start", ("Anställd från", "Startdatum", "Anställningsdatum", "Start date")
        ),
    ),
    (("person",), ("role", "role_code")),
)
COMPLETION_HINTS = frozenset(
    ("kurskod", "kursnamn", "slutford", "slutdatum", "genomford", "status")
)
"""Folded headers that only a completion export has: a staff file holding them is
one by mistake."""
UNIT_SEPARATOR = " / "

PER_PERSON_ROWS = 20
"""From this many rows on, a role or unit column is checked for looking personal."""
PER_PERSON_SHARE = 0.9
"""A role or unit column with a different value on this share of rows (or more)
holds names or person keys: the run stops rather than show them (exit 3)."""


class Person(NamedTuple):
    """One staff row that is staff: where it is, the role matched, unit and start."""

    row: int
    key: str
    """The person key as compared (trimmed, casefolded); never shown."""
    role: int
    """Index of the role in the model."""
    unit: tuple[str, ...]
    start: dt.date | None


class RoleMatcher:
    """A role cell to a role index, in DESIGN.md's order (None: no role).

    The mapping's `roles:`, a model role id, a role's `hr` codes (trimmed,
    case-insensitive), a role's normalised name; a code cell before a title cell.
    """

    def __init__(
        self,
        meaning: Meaning,
        decided: Mapping[str, str] | None = None,
        ignored: Sequence[str] = (),
    ) -> None:
        by_id: dict[str, int] = {}
        self.by_hr: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        for index, role in enumerate(meaning.model.roles):
            by_id.setdefault(code_key(role.id), index)
            self.by_name.setdefault(title_key(role.name), index)
            for code in _hr_codes(role):
                self.by_hr.setdefault(code_key(code), index)
        self.by_id = by_id
        self.mapped: dict[str, int] = {}
        for key, role_id in (decided or {}).items():
            if code_key(role_id) in by_id:
                self.mapped[code_key(key)] = by_id[code_key(role_id)]
                self.mapped.setdefault(title_key(key), by_id[code_key(role_id)])
        self.ignored = frozenset(
            key for text in ignored for key in (code_key(text), title_key(text))
        )
        self.cache: dict[tuple[str | None, str | None], int | None] = {}

    def match(self, code: str | None, title: str | None) -> int | None:
        """The role index; -1 for an ignored role; None when nothing matches."""
        key = (code, title)
        if key not in self.cache:
            self.cache[key] = self._match(code, title)
        return self.cache[key]

    def _match(self, code: str | None, title: str | None) -> int | None:
        for cell in (code, title):
            if cell is None:
                continue
            folded, normal = code_key(cell), title_key(cell)
            if folded in self.ignored or normal in self.ignored:
                return IGNORED
            for table, key in (
                (self.mapped, folded),
                (self.mapped, normal),
                (self.by_id, folded),
                (self.by_hr, folded),
                (self.by_name, normal),
            ):
                if key in table:
                    return table[key]
        return None


IGNORED = -1
"""The role "index" of a row the mapping's `ignore_roles:` names."""


def _hr_codes(role: Any) -> tuple[str, ...]:
    """A role's `hr` codes (format 1.1), none on a model without them."""
    value = getattr(role, "hr", None)
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass(frozen=True)
class StaffList:
    """A staff list as read: the persons who are staff, and what was not."""

    name: str
    persons: tuple[Person, ...]
    keys: tuple[str, ...]
    """Each person's key as written (for `--people` only; never in a report)."""
    index: Mapping[str, int]
    """Person key (folded) -> index in `persons`."""
    unmapped: Mapping[str, tuple[int, ...]]
    """A role text that matches no role -> its rows."""
    ignored: int
    drafts: tuple[Draft, ...]
    columns: Mapping[str, tuple[str, ...]]
    header_row: int
    chosen: frozenset[str] = frozenset()
    """The `--column` choices this file used."""
    header: tuple[str, ...] = ()
    quoted: tuple[Draft, ...] = ()
    """Role codes in typographic quotes (`typographic-quotes`, one per code, at
    its first row): worded from the shared catalogue by their message key."""


def person_key(value: Any) -> str | None:
    """A person key as compared: trimmed and casefolded; None when blank."""
    text = cell_text(value)
    return None if text is None else text.casefold()


def _warning(code: str, row: int, col: int | None, **params: Any) -> Draft:
    return Draft(code, (), params, line=row, col=col)


def read_staff(
    path: Path,
    name: str,
    meaning: Meaning,
    *,
    columns: Mapping[str, Sequence[str]] | None = None,
    roles: Mapping[str, str] | None = None,
    ignore_roles: Sequence[str] = (),
    date_format: str | None = None,
    sheet: str | None = None,
) -> StaffList:
    """Read a staff list; a file that is none raises `TableError` (exit 3)."""
    matcher = RoleMatcher(meaning, roles, ignore_roles)
    try:
        table = open_table(
            path, name, STAFF_SPEC, columns=columns, sheet=sheet, strict=False
        )
    except HeaderNotFound as exc:
        raise _no_header(exc, name) from exc
    with table:
        return _read_rows(table, name, matcher, date_format)


def _no_header(exc: HeaderNotFound, name: str) -> TableError:
    """Why a staff list has no usable header, said without a cell below it."""
    if exc.header is None:
        return TableError("staff.no-header-row", path=name, row=exc.row)
    folded = {"".join(c for c in h.casefold() if c.isalnum()) for h in exc.header}
    if folded & COMPLETION_HINTS and "person" in exc.matched:
        return TableError("staff.is-completions", path=name, row=exc.row)
    missing = "person" if "person" not in exc.matched else "role"
    return TableError(
        f"staff.no-{missing}", path=name, row=exc.row, found=exc.params["found"]
    )


def _read_rows(
    table: Any, name: str, matcher: RoleMatcher, date_format: str | None
) -> StaffList:
    at_person = table.column("person")
    at_code = table.column("role_code")
    at_title = table.column("role")
    at_units = table.columns.get("unit", ())
    at_start = table.column("start")
    width = max(i for indices in table.columns.values() for i in indices) + 1
    persons: list[Person] = []
    keys: list[str] = []
    index: dict[str, int] = {}
    first_row: dict[str, int] = {}
    unmapped: dict[str, list[int]] = {}
    ignored = 0
    drafts: list[Draft] = []
    dates: dict[str, dt.date | None] = {}
    quoted: dict[str, list[int]] = {}
    seen: dict[int, set[str]] = {i: set() for i in _looked_at(table)}
    counted = 0
    for number, raw in table.rows:
        cells = raw if len(raw) >= width else [*raw, *[None] * (width - len(raw))]
        shown = cell_text(cells[at_person])
        if shown is None:
            drafts.append(_warning("staff-no-person", number, at_person + 1))
            continue
        key = shown.casefold()
        if key in first_row:
            drafts.append(
                _warning(
                    "duplicate-person", number, at_person + 1, first=first_row[key]
                )
            )
            continue
        first_row[key] = number
        counted += 1
        for position, values in seen.items():
            text = cell_text(cells[position])
            if text is not None:
                values.add(text.casefold())
        code = cell_text(cells[at_code]) if at_code is not None else None
        title = cell_text(cells[at_title]) if at_title is not None else None
        if code is not None and code in quoted:
            quoted[code].append(number)
        elif code is not None and inside_quotes(code) is not None:
            quoted[code] = [number]
        role = matcher.match(code, title)
        if role == IGNORED:
            ignored += 1
            continue
        if role is None:
            label = " ".join((title or code or "").split())
            unmapped.setdefault(label, []).append(number)
            continue
        unit = _unit(cells, at_units, number, drafts)
        start = None
        if at_start is not None:
            start = _start(
                cells[at_start], number, at_start, date_format, dates, drafts
            )
        index[key] = len(persons)
        persons.append(Person(number, key, role, unit, start))
        keys.append(shown)
    if not first_row and not drafts:  # a header, and nothing below it
        raise TableError("staff.no-rows", path=name)
    _not_personal(table, name, seen, counted)
    drafts.extend(
        _warning("unmapped-staff", rows[0], None, title=title, rows=tuple(rows))
        for title, rows in unmapped.items()
    )
    drafts.sort(key=lambda d: (d.line or 0, d.code))
    return StaffList(
        name,
        tuple(persons),
        tuple(keys),
        index,
        {title: tuple(rows) for title, rows in unmapped.items()},
        ignored,
        tuple(drafts),
        {f: table.headers(f) for f in table.columns},
        table.header_row,
        table.chosen,
        table.header,
        _quoted(quoted, at_code, table.headers("role_code")),
    )


def _looked_at(table: Any) -> list[int]:
    """The columns read as roles or units (whose values reach the output)."""
    fields = ("role_code", "role", "unit")
    return sorted({i for field in fields for i in table.columns.get(field, ())})


def _not_personal(
    table: Any, name: str, seen: Mapping[int, set[str]], counted: int
) -> None:
    """Stop when a role or unit column holds what identifies persons.

    Its values are shown (an unmapped title, a unit's name): the person's own
    column, or one with a different value on nearly every row (names, keys given
    by `--column role=Namn`), would put persons in the report.
    """
    at_person = table.column("person")
    for field in ("role_code", "role", "unit"):
        for position in table.columns.get(field, ()):
            distinct = len(seen.get(position, ()))
            personal = position == at_person or (
                counted >= PER_PERSON_ROWS and distinct >= PER_PERSON_SHARE * counted
            )
            if personal:
                header = table.header
                raise TableError(
                    "staff.per-person.unit" if field == "unit" else "staff.per-person",
                    path=name,
                    column=header[position] if position < len(header) else "?",
                    distinct=distinct,
                    rows=counted,
                )


def _quoted(
    quoted: Mapping[str, Sequence[int]],
    at_code: int | None,
    headers: Sequence[str],
) -> tuple[Draft, ...]:
    """One `typographic-quotes` warning per role code in such quotes, with its rows.

    The quotes stay part of the code, so it matches no role's `hr` code (as the
    model's own `hr: “222110”` matches no staff row).
    """
    if at_code is None:
        return ()
    column = headers[0] if headers else "role_code"
    out = []
    for code, rows in quoted.items():
        shown = ", ".join(str(r) for r in rows[:ROWS_SHOWN])
        params = {
            "value": code,
            "inner": inside_quotes(code),
            "column": column,
            "count": len(rows),
            "rows": shown + (" …" if len(rows) > ROWS_SHOWN else ""),
        }
        out.append(
            Draft(
                "typographic-quotes",
                (),
                params,
                line=rows[0],
                col=at_code + 1,
                message_key="typographic-quotes.staff",
            )
        )
    return tuple(out)


ROWS_SHOWN = 10
"""How many rows a warning about many rows names (then `…`)."""


def _unit(
    cells: Sequence[Any], at_units: Sequence[int], number: int, drafts: list[Draft]
) -> tuple[str, ...]:
    parts: list[str] = []
    for position in at_units:
        value = cells[position]
        text = cell_text(value)
        if text is None:
            if isinstance(value, str) and value:
                drafts.append(_warning("blank-unit", number, position + 1))
            continue
        for part in text.split(UNIT_SEPARATOR):
            cleaned = " ".join(part.split())
            if cleaned:
                parts.append(cleaned)
    return tuple(parts)


def _start(
    value: Any,
    number: int,
    position: int,
    date_format: str | None,
    cache: dict[str, dt.date | None],
    drafts: list[Draft],
) -> dt.date | None:
    text = value if isinstance(value, str) else None
    if text is not None and text in cache:
        return cache[text]
    try:
        day = parse_date(value, date_format)
    except ValueError:
        drafts.append(
            _warning("staff-start-date", number, position + 1, value=cell_text(value))
        )
        return None
    if text is not None:
        cache[text] = day
    return day
