"""Tables: the one reader behind course lists, staff lists, completions and import.

A table is what a region's systems export: CSV in any encoding and delimiter Excel
writes, or a sheet of an XLSX/XLSM/XLS/ODS workbook. The header is the first row
(of the first few that are not blank: titles and dates may stand above it) that
names the fields a reader requires, in Swedish or English (`Field.aliases`), or as
`--column field=Header` says. Rows come as (spreadsheet row, cells) pairs, the row
counted as a person finds it (CSV: the line where the record starts; a workbook:
the sheet's row; header rows counted), one at a time: a CSV file is streamed, never
held in memory. A file that cannot be read raises `TableError` (exit 3), a key and
its parameters, never the words.
"""

from __future__ import annotations

import difflib
import re
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from dosering.core.errors import OsReason, Shown
from dosering.inputs.tables.cells import (
    add_months,
    cell_text,
    fold,
    parse_date,
    parse_number,
)
from dosering.inputs.tables.errors import TableError
from dosering.inputs.tables.text import CsvSource, detect_encoding, sniff_delimiter
from dosering.inputs.tables.workbook import WORKBOOK_SUFFIXES, read_workbook

__all__ = [
    "HEADER_SEARCH",
    "Field",
    "HeaderNotFound",
    "Spec",
    "Table",
    "TableError",
    "add_months",
    "cell_text",
    "closest_field",
    "fold",
    "open_table",
    "parse_date",
    "parse_number",
    "read_sheet_cells",
    "sniff_delimiter",
]

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
HEADER_SEARCH = 10
"""How many non-blank rows may stand above the header (a title, a date, notes)."""
_DATA_LIKE = re.compile(r"@|\d{3}")


@dataclass(frozen=True, slots=True)
class Field:
    """A column a reader looks for: its name and the headers that mean it."""

    name: str
    aliases: tuple[str, ...]
    """Headers in order of preference, as written (compared folded)."""
    several: bool = False
    """`--column` may name several columns (a unit path: Förvaltning,Enhet)."""

    @property
    def folded(self) -> tuple[str, ...]:
        """The aliases as compared."""
        return tuple(fold(alias) for alias in self.aliases)


def closest_field(name: str, headers: Mapping[str, Iterable[str]]) -> str | None:
    """The field a `--column` name that is no field most likely means, or None.

    Fields keep their English names whatever the language (keys stay English), so
    a name is only ever suggested, never taken: a column header that names one
    field only (`kod`, `Timmar`, `Aktivitets-ID`: a Swedish user's word for it)
    suggests that field; else the field name nearest in spelling (`titel` →
    `title`), else the field of the header nearest in spelling (`platsr`).

    Args:
        name: The name given before `=`.
        headers: Field -> the column headers that mean it (compared folded).
    """
    folded = fold(name)
    if not folded:
        return None
    meaning = {f for f, aliases in headers.items() if folded in map(fold, aliases)}
    if len(meaning) == 1:
        return meaning.pop()
    near = difflib.get_close_matches(name.strip().casefold(), list(headers), 1, 0.6)
    if near:
        return near[0]
    by_header = {fold(a): f for f, aliases in headers.items() for a in aliases}
    spelt = difflib.get_close_matches(folded, list(by_header), 1, 0.8)
    return by_header[spelt[0]] if spelt else None


@dataclass(frozen=True, slots=True)
class Spec:
    """The fields of one kind of table, and which of them a header must name."""

    fields: tuple[Field, ...]
    required: tuple[tuple[str, ...], ...]
    """Groups of field names: a header names at least one field of every group."""

    def names(self) -> tuple[str, ...]:
        """The field names, in order."""
        return tuple(f.name for f in self.fields)


class HeaderNotFound(TableError):
    """No row near the top names the required fields.

    `header` holds the cells of the row taken for the header (the first non-blank
    one), or None when that row looks like data (a reader must not show it).
    """

    def __init__(
        self,
        path: str,
        row: int | None,
        header: tuple[str, ...] | None,
        matched: Mapping[str, tuple[int, ...]],
    ) -> None:
        found = Shown.of(header) if header is not None else None
        super().__init__("table.no-header", path=path, row=row, found=found)
        self.row = row
        self.header = header
        self.matched = dict(matched)


@dataclass
class Table:
    """An open table: its header, where each field is, and the rows below it."""

    name: str
    header_row: int
    header: tuple[str, ...]
    columns: dict[str, tuple[int, ...]]
    """Field -> the column indices (0-based) it is read from."""
    rows: Iterator[tuple[int, Sequence[Any]]]
    """(row number, cells) below the header; blank rows are skipped."""
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    _source: CsvSource | None = field(default=None, repr=False)
    chosen: frozenset[str] = frozenset()
    """The `columns` choices this file used."""

    def column(self, name: str) -> int | None:
        """The (first) column index of a field, or None when it has none."""
        found = self.columns.get(name)
        return found[0] if found else None

    def headers(self, name: str) -> tuple[str, ...]:
        """The header texts a field is read from."""
        return tuple(self.header[i] for i in self.columns.get(name, ()))

    def close(self) -> None:
        """Close the file behind the rows (a CSV file is read as it goes)."""
        if self._source is not None:
            self._source.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def check_file(path: Path, name: str) -> None:
    """Stop (TableError) unless `path` is a readable regular file; never blocks."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as exc:
        raise TableError("table.missing", path=name) from exc
    except OSError as exc:
        raise TableError(
            "table.unreadable", path=name, reason=OsReason.of(exc)
        ) from exc
    if stat.S_ISDIR(mode):
        raise TableError("table.directory", path=name)
    if not stat.S_ISREG(mode):
        raise TableError("table.not-regular", path=name)
    try:
        with path.open("rb") as handle:
            first = handle.read(1)
    except OSError as exc:
        raise TableError(
            "table.unreadable", path=name, reason=OsReason.of(exc)
        ) from exc
    if not first:
        raise TableError("table.empty", path=name)


def open_table(
    path: Path,
    name: str,
    spec: Spec,
    *,
    columns: Mapping[str, Sequence[str]] | None = None,
    sheet: str | None = None,
    strict: bool = True,
) -> Table:
    """Open a table and find its header; close it (or use `with`) when done.

    Args:
        path: The file.
        name: How it is named in messages (never a cell's content).
        spec: The fields looked for, and those a header must name.
        columns: `--column` choices: field -> the header(s) it is read from.
        sheet: A workbook's sheet (default: the first).
        strict: A `columns` header missing from the file stops the run (else
            that choice is for another file: `Table.chosen` says which were used).
    """
    check_file(path, name)
    suffix = path.suffix.lower()
    names = set(spec.names())
    wanted = {k: tuple(v) for k, v in (columns or {}).items() if k in names}
    if suffix in WORKBOOK_SUFFIXES:
        chosen, cells = read_workbook(path, name, sheet)
        row, header, index = find_header(cells, name, spec, wanted, strict)
        return Table(
            name,
            row,
            header,
            index,
            _skip_blank(cells),
            sheet=chosen,
            chosen=_chosen(header, wanted),
        )
    if suffix not in CSV_SUFFIXES:
        raise TableError("table.extension", path=name, suffix=suffix or path.name)
    encoding = detect_encoding(path, name)
    source = CsvSource(path, name, encoding)
    failure: HeaderNotFound | None = None
    try:
        for delimiter in source.candidates():
            records = source.records(delimiter)
            try:
                row, header, index = find_header(records, name, spec, wanted, strict)
            except HeaderNotFound as exc:
                failure = failure or exc
                continue
            return Table(
                name,
                row,
                header,
                index,
                _skip_blank(records),
                encoding,
                delimiter,
                _source=source,
                chosen=_chosen(header, wanted),
            )
    except BaseException:
        source.close()
        raise
    source.close()
    assert failure is not None
    raise failure


def _chosen(
    header: Sequence[str], wanted: Mapping[str, tuple[str, ...]]
) -> frozenset[str]:
    """The `--column` choices whose headers are all in this header."""
    present = {fold(cell) for cell in header}
    return frozenset(
        f for f, hs in wanted.items() if all(fold(h) in present for h in hs)
    )


def _skip_blank(
    rows: Iterable[tuple[int, Sequence[Any]]],
) -> Iterator[tuple[int, Sequence[Any]]]:
    for number, cells in rows:
        if not any(cells):  # every cell empty or zero (fast in C)
            if any(cell.__class__ in (int, float) for cell in cells):
                yield number, cells  # a zero is a value
            continue
        first = cells[0]
        if first.__class__ is str and first and not first.isspace():
            yield number, cells  # the common row: a key in its first cell
        elif any(cell_text(cell) for cell in cells):
            yield number, cells


def match_header(
    header: Sequence[Any],
    spec: Spec,
    wanted: Mapping[str, tuple[str, ...]],
    name: str,
    strict: bool = True,
) -> dict[str, tuple[int, ...]]:
    """Field -> column indices for one header row: `--column` first, then aliases.

    A `--column` header that is not in the row raises TableError when `strict`;
    else that choice is passed over (it is for another file of the run).
    """
    texts = [cell_text(h) or "" for h in header]
    folded = [fold(h) for h in texts]
    out: dict[str, tuple[int, ...]] = {}
    taken: set[int] = set()
    for field_name, headers in wanted.items():
        indices = []
        for wanted_header in headers:
            key = fold(wanted_header)
            if key not in folded and not strict:
                break
            if key not in folded:
                raise TableError(
                    "list.column-missing",
                    path=name,
                    field=field_name,
                    header=wanted_header,
                    found=Shown.of(texts),
                )
            indices.append(folded.index(key))
        else:
            out[field_name] = tuple(indices)
            taken.update(indices)
    for spec_field in spec.fields:
        if spec_field.name in out:
            continue
        for alias in spec_field.folded:
            if alias in folded and folded.index(alias) not in taken:
                out[spec_field.name] = (folded.index(alias),)
                taken.add(folded.index(alias))
                break
    return out


def find_header(
    rows: Iterator[tuple[int, Sequence[Any]]],
    name: str,
    spec: Spec,
    wanted: Mapping[str, tuple[str, ...]],
    strict: bool = True,
) -> tuple[int, tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The header: its row, its cells' texts and the fields' columns.

    The first of the first `HEADER_SEARCH` non-blank rows that names a field of
    every required group; rows above it are skipped. Else `HeaderNotFound`, about
    the first non-blank row.
    """
    first: tuple[int, tuple[str, ...], dict[str, tuple[int, ...]]] | None = None
    seen = 0
    for number, cells in rows:
        if not any(cell_text(c) for c in cells):
            continue
        seen += 1
        texts = tuple(cell_text(c) or "" for c in cells)
        try:
            index = match_header(cells, spec, wanted, name, strict)
        except TableError:
            if first is None:
                first = (number, texts, {})
            if seen < HEADER_SEARCH:
                continue
            break
        if all(any(f in index for f in group) for group in spec.required):
            return number, texts, index
        if first is None:
            first = (number, texts, index)
        if seen >= HEADER_SEARCH:
            break
    if first is None:
        raise TableError("table.empty", path=name)
    number, texts, index = first
    if wanted and strict:
        match_header(texts, spec, wanted, name)  # a missing --column header says so
    looks_like_data = any(_DATA_LIKE.search(t) for t in texts)
    raise HeaderNotFound(name, number, None if looks_like_data else texts, index)


def read_sheet_cells(
    path: Path, name: str, sheet: str | None = None
) -> tuple[str, Iterator[tuple[int, Sequence[Any]]]]:
    """A workbook sheet's cells as (row number, cells) pairs, within the bounds.

    For readers that find their own header (a workbook import): every row, blank
    ones too, row numbers as the sheet counts them (1-based), cells from column A.
    """
    check_file(path, name)
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        raise TableError("table.extension", path=name, suffix=path.suffix)
    return read_workbook(path, name, sheet)
