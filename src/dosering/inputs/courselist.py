"""Course lists: the courses a region offers, from CSV, a workbook, YAML or JSON.

A list is what an LMS export or a planner's Excel really holds: CSV in `,`, `;` or tab,
in UTF-8 (with or without a BOM) or Windows-1252, with decimal commas and quoted fields;
a sheet of an XLSX, XLSM, XLS or ODS workbook (read within the table reader's bounds,
`inputs.tables.workbook`); or a YAML/JSON list of records. Columns are found by name
(Swedish and English, case-, accent- and whitespace-insensitive). A file that cannot be
read at all stops the run (`UserError`); a bad row is a finding and the other rows still
count.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from dosering.core.errors import OsReason, Shown, UserError
from dosering.core.findings import Draft
from dosering.core.paths import keyed, require_file
from dosering.inputs.people import COMPLETED, PERSON
from dosering.inputs.tables import closest_field
from dosering.inputs.tables.cells import cell_text as _cell_text
from dosering.inputs.tables.cells import fold, parse_number
from dosering.inputs.tables.text import (
    DELIMITERS,
    END_MARK,
    csv_failure,
    open_at_end,
    sniff_delimiter,
    with_end_mark,
)
from dosering.inputs.tables.workbook import (
    WORKBOOK_SUFFIXES,
    read_workbook,
    zip_as_text,
)

__all__ = [
    "CourseList",
    "Row",
    "fold",
    "parse_columns",
    "parse_number",
    "read_course_list",
    "sniff_delimiter",
]
from dosering.model.quotes import inside_quotes
from dosering.model.schema import UNLIMITED

FIELDS = ("code", "title", "hours", "seats", "url", "status")
"""The columns a list can have; `code` or `title` is required."""
UNLIMITED_WORDS = frozenset({"obegränsat", "obegränsad", "unlimited", "∞"})
"""Seats cells that mean unlimited seats (compared trimmed, casefolded)."""
TOTAL_WORDS = frozenset(
    {"summa", "totalt", "total", "totals", "sum", "totalsumma", "summa totalt"}
)
"""A row whose first filled cell is one of these is a total, not a course
(also `Totalt: 3 aktiviteter`, `Summa 12`)."""
INACTIVE_WORDS = frozenset(
    {
        "inaktiv",
        "inaktiverad",
        "inactive",
        "avslutad",
        "avslutat",
        "arkiverad",
        "archived",
        "stängd",
        "closed",
        "dold",
        "hidden",
        "avpublicerad",
        "unpublished",
        "utkast",
        "draft",
    }
)
"""Status cells of an activity no one can take (compared trimmed, casefolded)."""

ALIASES: dict[str, tuple[str, ...]] = {
    "code": (
        "kurskod",
        "kod",
        "code",
        "coursecode",
        "idnumber",  # Moodle's own course id number: before its internal `id`
        "idnummer",
        "aktivitetsid",  # Luvit
        "aktivitetskod",
        "kursid",
        "id",
        "shortname",
        "trainingid",
        "loid",
    ),
    "title": (
        "kursnamn",
        "titel",
        "benamning",
        "title",
        "fullname",
        "namn",
        "name",
        "coursename",
        "trainingtitle",
        "aktivitetsnamn",  # Luvit
        "aktivitet",
    ),
    "hours": (
        "timmar",
        "omfattningtimmar",
        "omfattning",
        "hours",
        "lengthhours",
        "langdtimmar",
        "langdh",  # Luvit: `Längd (h)`
        "langd",
    ),
    "seats": (
        "platser",
        "antalplatser",
        "platserperar",
        "platserar",
        "seats",
        "seatsperyear",
        "kapacitet",
        "capacity",
        "maxantaldeltagare",  # Luvit
        "maxdeltagare",
        "antaldeltagare",
    ),
    "url": ("url", "lank", "link", "webbadress"),
    "status": ("status", "aktivitetsstatus", "kursstatus", "tillstand", "state"),
}

HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "code": ("Kurskod", "Kod", "Aktivitets-ID", "idnumber", "shortname"),
    "title": ("Kursnamn", "Titel", "Benämning", "Aktivitetsnamn", "fullname"),
}
"""The headers a message names as what is looked for (each is one of `ALIASES`)."""

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)
DEFAULT_MAX_BYTES = 200_000_000
HEADER_SEARCH = 10
"""How many non-blank rows may stand above the header (a title, a date, notes)."""


def _is_total(first: str) -> bool:
    """True when a row's first filled cell says it is a total (`Totalt: 3 st`)."""
    text = first.strip().casefold()
    if text.split(":", 1)[0].strip() in TOTAL_WORDS:
        return True
    word, _, rest = text.partition(" ")
    return word in TOTAL_WORDS and not any(char.isalpha() for char in rest)


class Row(NamedTuple):
    """One row of a course list: where it is and what it says (blank: None).

    A named tuple rather than a frozen dataclass: lists have tens of thousands of
    rows, and a tuple is built several times faster.
    """

    row: int
    """The spreadsheet row (header = 1), CSV line where the record starts, or the
    1-based index in a YAML/JSON list."""
    code: str | None
    title: str | None
    hours: float | None
    seats: int | str | None
    """A number, `"unlimited"` (`obegränsat`, `unlimited`, `∞`), or None."""
    url: str | None = None


@dataclass(frozen=True, slots=True)
class CourseList:
    """A course list as read: its rows, the columns used, and its bad rows."""

    path: str
    rows: tuple[Row, ...]
    columns: Mapping[str, str]
    """Field (code, title, hours, seats, url, status) to the header it was read from."""
    findings: tuple[Draft, ...]
    """The bad rows' drafts, each with its row (and column) as line (and col)."""
    encoding: str | None = None
    delimiter: str | None = None
    at: Mapping[str, int] = dataclasses.field(default_factory=dict)
    """Field to its column's number (1-based), for a findings' `col`; empty for
    YAML/JSON records, whose keys have no column number."""
    inactive: tuple[Row, ...] = ()
    """The rows left out as inactive (`row-inactive`): no offer, but `gap` says
    which model course such a row is (code and title only)."""


_PERSON_HEADERS = frozenset(PERSON.folded) - {fold("ID number")}
"""A person's column (Moodle's course `idnumber` is also a course list's)."""
_COMPLETED_HEADERS = frozenset(COMPLETED.folded) - {fold("Datum")}
"""A completion date's column (a bare `Datum` may be a course's)."""


_COURSE_LIKE = frozenset({fold("E-post"), fold("Slutdatum")})
"""A course list may have both: its contact's e-mail and the course's last day."""


def _names_completions(header: Sequence[Any]) -> bool:
    """Whether a header names a person and a completion date: a completion export."""
    folded = {fold(_cell_text(cell) or "") for cell in header}
    person, completed = folded & _PERSON_HEADERS, folded & _COMPLETED_HEADERS
    return bool(person and completed) and not (person | completed) <= _COURSE_LIKE


def parse_columns(pairs: Iterable[str]) -> dict[str, str]:
    """`--column field=Header` options as a field -> header mapping.

    A name that is no field (`kod=Aktivitets-ID`) stops with the fields and the
    one it most likely means (`code`): fields keep their English names.
    """
    out: dict[str, str] = {}
    for pair in pairs:
        given, sep, header = pair.partition("=")
        field, header = given.strip().casefold(), header.strip()
        if not sep or not field or not header:
            raise UserError("column.bad", value=pair, fields=", ".join(FIELDS))
        if field not in FIELDS:
            raise unknown_field(pair, given.strip(), header, FIELDS, ALIASES)
        out[field] = header
    return out


def unknown_field(
    value: str,
    field: str,
    header: str,
    fields: Sequence[str],
    headers: Mapping[str, Iterable[str]],
) -> UserError:
    """The error for `--column FIELD=HEADER` whose FIELD is none of `fields`.

    It suggests the field FIELD most likely means; when HEADER is a field
    (`Aktivitets-ID=code`), the two written the other way round.
    """
    near = closest_field(field, headers)
    if header.casefold() in fields:
        near, header = header.casefold(), field
    listed = ", ".join(fields)
    if near is None:
        return UserError(
            "column.unknown-field", value=value, field=field, fields=listed
        )
    return UserError(
        "column.unknown-field.near",
        value=value,
        field=field,
        near=near,
        header=header,
        fields=listed,
    )


def read_course_list(
    path: Path,
    name: str | None = None,
    *,
    columns: Mapping[str, str] | None = None,
    sheet: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> CourseList:
    """Read a course list; a file that cannot be read raises `UserError` (exit 3).

    Args:
        path: The list's file.
        name: How the file is named in messages and findings (default: the path).
        columns: Field -> header, for columns whose names are not recognised.
        sheet: The workbook's sheet to read (default: the first).
        max_bytes: Largest file read.
    """
    shown = name or str(path)
    reader = _Reader(shown, dict(columns or {}))
    require_file(path, keyed("list", path=shown))
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES + WORKBOOK_SUFFIXES + YAML_SUFFIXES + JSON_SUFFIXES:
        raise UserError("list.extension", path=shown, suffix=suffix)
    if suffix in WORKBOOK_SUFFIXES:
        _check_size(path, shown, max_bytes)
        return reader.workbook(path, sheet)
    from dosering.inputs.yaml import read_bytes

    try:
        raw = read_bytes(path, max_bytes)
    except OSError as exc:
        raise UserError("list.unreadable", path=shown, reason=OsReason.of(exc)) from exc
    if raw is None:
        raise UserError("list.too-large", path=shown, limit=max_bytes)
    if not raw.strip():
        raise UserError("list.empty", path=shown)
    if raw.startswith(b"PK\x03\x04"):
        raise zip_as_text(io.BytesIO(raw), shown, suffix)
    text, encoding = decode_text(raw, shown, suffix)
    if suffix in CSV_SUFFIXES:
        return reader.csv(text, encoding)
    return reader.records(text, encoding, json_=suffix in JSON_SUFFIXES)


def _check_size(path: Path, name: str, max_bytes: int) -> None:
    """A workbook is a regular, readable, non-empty file within `max_bytes`."""
    from dosering.inputs.yaml import open_regular

    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise UserError("list.unreadable", path=name, reason=OsReason.of(exc)) from exc
    if size > max_bytes:
        raise UserError("list.too-large", path=name, limit=max_bytes)
    if not size:
        raise UserError("list.empty", path=name)


def decode_text(raw: bytes, name: str, suffix: str) -> tuple[str, str]:
    """Decode a whole file: UTF-8 (BOM or not), else Windows-1252; UTF-16 stops."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(raw) >= 2 and (raw[0] == 0) != (raw[1] == 0)  # noqa: PLR2004
    ):
        raise UserError("list.utf16", path=name)
    if b"\x00" in raw:
        raise UserError("list.binary", path=name, suffix=suffix)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw, encoding = raw[3:], "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return raw.decode("utf-8"), encoding
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = f"0x{raw[exc.start]:02X}"
        raise UserError("list.not-text", path=name, line=line, byte=byte) from exc


_SEP_LINE = re.compile(r"sep=([;,\t|])[ \t]*(?:\r\n|\r|\n)", re.IGNORECASE)


class _Reader:
    """Turns a file's table of cells into rows, with findings for bad cells."""

    def __init__(self, name: str, columns: dict[str, str]) -> None:
        self.name = name
        self.columns = columns
        self.positions = True
        """False for YAML/JSON records, whose keys have no column number."""

    def fail(self, key: str, **params: Any) -> UserError:
        return UserError(key, path=self.name, **params)

    def header_map(self, header: Sequence[Any], row: int = 1) -> dict[str, int]:
        """Field -> column index, from explicit --column options, then the aliases.

        A row that names no code or title column raises `list.no-header` about it:
        its number (`row`), its cells, and the names looked for.
        """
        names = [_cell_text(h) or "" for h in header]
        folded = [fold(h) for h in names]
        out: dict[str, int] = {}
        for field, wanted in self.columns.items():
            key = fold(wanted)
            if key not in folded:
                raise self.fail(
                    "list.column-missing",
                    field=field,
                    header=wanted,
                    found=Shown.of(names),
                )
            out[field] = folded.index(key)
        taken = set(out.values())
        for field in FIELDS:
            if field in out:
                continue
            for alias in ALIASES[field]:
                if alias in folded and folded.index(alias) not in taken:
                    out[field] = folded.index(alias)
                    taken.add(out[field])
                    break
        if "code" not in out and "title" not in out:
            raise self.fail(
                "list.no-header",
                row=row,
                cells=Shown.of(names),
                code=Shown.of(HEADER_NAMES["code"], limit=len(HEADER_NAMES["code"])),
                title=Shown.of(HEADER_NAMES["title"], limit=len(HEADER_NAMES["title"])),
            )
        return out

    def find_header(self, table: Iterator[tuple[int, Sequence[Any]]]) -> Sequence[Any]:
        """The header: the first non-blank row naming a code or title column.

        Rows above it (a title, a date, as planners write them) are skipped. Among
        the first `HEADER_SEARCH` non-blank rows, when none names one, the row most
        like a header is reported as not recognised: the first with two or more
        filled cells (a title row above it has one), else the first.
        """
        guess: tuple[int, Sequence[Any]] | None = None
        several = False  # the guess has two or more filled cells
        for seen, (number, cells) in enumerate(
            (pair for pair in table if any(_cell_text(c) for c in pair[1])), start=1
        ):
            if not several:
                filled = sum(1 for c in cells if _cell_text(c))
                if guess is None or filled > 1:
                    guess, several = (number, cells), filled > 1
            if _names_completions(cells):
                raise self.fail("list.is-completions", row=number)
            try:
                self.header_map(cells, number)
            except UserError:
                if seen < HEADER_SEARCH:
                    continue
                break
            return cells
        if guess is None:
            raise self.fail("list.empty")
        self.header_map(guess[1], guess[0])  # raises: no header, as that row has it
        raise AssertionError  # pragma: no cover - header_map raised above

    def rows(
        self,
        table: Iterable[tuple[int, Sequence[Any]]],
        header: Sequence[Any],
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> CourseList:
        """The list from (row number, cells) pairs; blank rows are skipped."""
        index = self.header_map(header)
        headers = {f: _cell_text(header[i]) or f for f, i in index.items()}
        rows: list[Row] = []
        inactive: list[Row] = []
        findings: list[Draft] = []
        width = max(index.values()) + 1
        padding = [None] * width
        at = [index.get(field) for field in FIELDS]
        columns = len(header)
        for number, raw in table:
            extra = [c for c in raw[columns:] if _cell_text(c)]
            if extra and self.positions:
                findings.append(
                    self.finding(
                        "row-cells",
                        number,
                        columns + 1,
                        None,
                        row=number,
                        cells=columns + len(extra),
                        columns=columns,
                    )
                )
            cells = raw if len(raw) >= width else [*raw, *padding[len(raw) :]]
            values = {
                f: cells[i] for f, i in zip(FIELDS, at, strict=True) if i is not None
            }
            code = _cell_text(values.get("code"))
            title = _cell_text(values.get("title"))
            first = next((t for c in raw if (t := _cell_text(c))), "")
            if _is_total(first):
                findings.append(
                    self.finding(
                        "row-total", number, None, None, row=number, cell=first
                    )
                )
                continue
            if code is not None and (inner := inside_quotes(code)) is not None:
                findings.append(
                    Draft(
                        "typographic-quotes",
                        (headers["code"],),
                        {"value": code, "inner": inner, "column": headers["code"]},
                        line=number,
                        col=index["code"] + 1 if self.positions else None,
                        message_key="typographic-quotes.row",
                    )
                )
            if title is not None:
                title = " ".join(title.split())
            status = _cell_text(values.get("status"))
            if status is not None and status.strip().casefold() in INACTIVE_WORDS:
                if code is not None or title is not None:
                    inactive.append(Row(number, code, title, None, None))
                findings.append(
                    self.finding(
                        "row-inactive",
                        number,
                        index["status"] + 1,
                        None,
                        row=number,
                        value=status,
                        column=headers["status"],
                    )
                )
                continue
            if code is None and title is None:
                if any(_cell_text(c) for c in raw):
                    findings.append(
                        self.finding("row-empty", number, None, None, row=number)
                    )
                continue
            hours = self.number(values, "hours", number, index, headers, findings)
            seats: int | str | None = None
            if (_cell_text(values.get("seats")) or "").casefold() in UNLIMITED_WORDS:
                seats_value = None
                seats = UNLIMITED
            else:
                seats_value = self.number(
                    values, "seats", number, index, headers, findings
                )
            if seats_value is not None:
                if seats_value.is_integer():
                    seats = int(seats_value)
                else:
                    findings.append(
                        self.bad_cell(
                            "row-whole-number", values, "seats", number, index, headers
                        )
                    )
            url = _cell_text(values.get("url"))
            rows.append(Row(number, code, title, hours, seats, url))
        if not rows and not findings:
            raise self.fail("list.no-rows")
        used = {f: headers[f] for f in FIELDS if f in headers}
        columns_at = {f: i + 1 for f, i in index.items()} if self.positions else {}
        return CourseList(
            self.name,
            tuple(rows),
            used,
            tuple(findings),
            encoding,
            delimiter,
            columns_at,
            tuple(inactive),
        )

    def number(
        self,
        values: dict[str, Any],
        field: str,
        number: int,
        index: dict[str, int],
        headers: dict[str, str],
        findings: list[Draft],
    ) -> float | None:
        if field not in values:
            return None
        try:
            value = parse_number(values[field])
        except ValueError:
            findings.append(
                self.bad_cell("row-number", values, field, number, index, headers)
            )
            return None
        if value is not None and value < 0:
            findings.append(
                self.bad_cell("row-negative", values, field, number, index, headers)
            )
            return None
        return value

    def bad_cell(
        self,
        key: str,
        values: dict[str, Any],
        field: str,
        number: int,
        index: dict[str, int],
        headers: dict[str, str],
    ) -> Draft:
        return self.finding(
            key,
            number,
            index[field] + 1 if self.positions else None,
            headers[field],
            value=_cell_text(values[field]) or "",
            column=headers[field],
        )

    def finding(
        self, key: str, line: int, col: int | None, header: str | None, **params: Any
    ) -> Draft:
        """A row's problem, placed at its row and column (the header: its path)."""
        path = () if header is None else (header,)
        return Draft(key, path, params, line=line, col=col)

    def csv(self, text: str, encoding: str) -> CourseList:
        hinted = _SEP_LINE.match(text)
        if hinted:  # Excel's `sep=;` first line names the delimiter
            delimiter = hinted.group(1)
            body = text[hinted.end() :]
        else:
            delimiter = sniff_delimiter(text)
            body = text
        first_line = 2 if hinted else 1
        # The first line may be a title ("Kurser, 2025") with its own commas: the
        # delimiter is the one under which a header is found.
        others = [d for d in DELIMITERS if d != delimiter and not hinted]
        failure: UserError | None = None
        for candidate in (delimiter, *others):
            lines = with_end_mark(io.StringIO(body, newline=""))
            reader = csv.reader(lines, delimiter=candidate)
            records = _numbered(reader, self, first_line=first_line)
            try:
                header = self.find_header(records)
            except UserError as exc:
                failure = failure or exc
                continue
            return self.rows(records, header, encoding, candidate)
        assert failure is not None
        raise failure

    def workbook(self, path: Path, sheet: str | None) -> CourseList:
        """A workbook's sheet, read and bounded as every table is."""
        _chosen, table = read_workbook(path, self.name, sheet)
        return self.rows(table, self.find_header(table))

    def records(self, text: str, encoding: str, *, json_: bool) -> CourseList:
        data = self.parse_records(text, json_)
        if isinstance(data, dict) and "courses" in data:
            data = data["courses"]
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise self.fail("list.not-records")
        if not data:
            raise self.fail("list.no-rows")
        wanted = {fold(header): field for field, header in self.columns.items()}
        aliases = {alias: f for f in reversed(FIELDS) for alias in ALIASES[f]}
        table: list[tuple[int, list[Any]]] = []
        found: dict[str, None] = {}
        for number, record in enumerate(data, start=1):
            cells: dict[str, Any] = {}
            for key, value in record.items():
                found.setdefault(str(key), None)
                folded = fold(str(key))
                field = wanted.get(folded) or aliases.get(folded)
                if field is not None and cells.get(field) is None:
                    cells[field] = value
            table.append((number, [cells.get(field) for field in FIELDS]))
        if not any(f in wanted.values() for f in ("code", "title")) and not any(
            aliases.get(fold(k)) in ("code", "title") or fold(k) in wanted
            for k in found
        ):
            raise self.fail("list.no-keys", found=Shown.of(found))
        plain = _Reader(self.name, {})
        plain.positions = False
        return plain.rows(table, list(FIELDS), encoding)

    def parse_records(self, text: str, json_: bool) -> Any:
        from dosering.inputs.yaml import load_json, load_text

        document = load_json(text, self.name) if json_ else load_text(text, self.name)
        if document.problems:
            first = document.problems[0]
            raise self.fail(
                "list.not-json" if json_ else "list.not-yaml",
                line=first.line or 1,
                col=first.col or 1,
                reason=first,
            )
        return document.data


def _numbered(
    reader: Any, owner: _Reader, first_line: int = 1
) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on (quoted newlines span lines)."""
    line = first_line
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            key, params = csv_failure(exc)
            raise owner.fail(key, line=line, **params) from exc
        if cells == [END_MARK]:
            return
        if open_at_end(cells):
            raise owner.fail("list.csv-open-quote", line=line)
        start = line
        line = reader.line_num + first_line
        yield start, cells
