"""The one XLSX writer: sheets of typed cells, written with XlsxWriter.

Every workbook dosering writes (the model for `export`, `gap` and `diff` with
`--format xlsx`) goes through `write_workbook`. Numbers are written as numbers,
dates as dates, and every text as a text cell, never as a formula: a name that
starts with `=`, `+`, `-` or `@` stays the text it is (no formula injection), and
XlsxWriter writes control characters as Excel's `_xHHHH_` escapes.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from dosering.core.errors import UserError
from dosering.i18n.excel import word


@dataclass(frozen=True, slots=True)
class Styled:
    """A number in a column of mixed figures, with its own format.

    `kind` is a key of `NUMBER_FORMATS` (`share` for 50.0 %, `one` for 2.5):
    the cell is a number all the same, only shown differently from its column.
    """

    value: int | float
    kind: str


Cell = str | int | float | bool | dt.date | Styled | None

TEXT_LIMIT = 32_767
"""Excel's longest cell text; a longer text would be cut, so it stops the run."""
MIN_WIDTH = 6
MAX_WIDTH = 60
SPARE_ROWS = 500
"""Rows below the data that keep the drop-downs, for rows a planner adds."""

NUMBER_FORMATS = {
    "int": "#,##0",
    "decimal": "#,##0.0##",
    "one": "#,##0.0",
    "share": "0.0%",
    "date": "yyyy-mm-dd",
}
"""Excel number formats; Excel shows them with the reader's own separators, so a
Swedish Excel shows `5 200` and `1,5`."""


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its header, how its numbers look, an optional drop-down."""

    header: str
    kind: str = "text"
    """`text`, or a key of `NUMBER_FORMATS` for number and date cells."""
    choices: str | Sequence[str] | None = None
    """A drop-down: a list of values, or a range such as `='Nivåer'!$A$2:$A$5`."""
    prompt: str | None = None
    """The drop-down's input message."""
    width: int | None = None


@dataclass(frozen=True)
class Sheet:
    """One sheet: lines of text above a header row, then the rows of cells."""

    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Cell]]
    lines: Sequence[str] = ()
    freeze_cols: int = 0
    wide_first: bool = False
    """Let the lines above the header widen column A (an about sheet)."""
    extra: dict[str, Any] = field(default_factory=dict)


def _options() -> dict[str, Any]:
    return {
        "in_memory": True,
        "strings_to_numbers": False,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "nan_inf_to_errors": False,
    }


def cell_name(row: int, col: int) -> str:
    """The A1 name of a 1-based (row, column) cell: (7, 4) -> `D7`."""
    letters = ""
    number = col
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


def write_workbook(sheets: Iterable[Sheet], lang: str = "en") -> bytes:
    """The XLSX file of these sheets; a text longer than Excel holds stops the run."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, _options())
    header = book.add_format(
        {"bold": True, "bottom": 1, "bg_color": "#DDEBF7", "text_wrap": False}
    )
    title = book.add_format({"bold": True, "font_size": 14})
    formats = {k: book.add_format({"num_format": f}) for k, f in NUMBER_FORMATS.items()}
    for spec in sheets:
        _write_sheet(book, spec, header, title, formats, lang)
    book.close()
    return buffer.getvalue()


def _write_sheet(
    book: Any,
    spec: Sheet,
    header: Any,
    title: Any,
    formats: dict[str, Any],
    lang: str,
) -> None:
    sheet = book.add_worksheet(spec.name)
    for number, line in enumerate(spec.lines):
        sheet.write_string(number, 0, line, title if number == 0 else None)
    top = len(spec.lines)
    widths = [len(c.header) for c in spec.columns]
    for col, column in enumerate(spec.columns):
        sheet.write_string(top, col, column.header, header)
    kinds = [formats.get(c.kind) for c in spec.columns]
    row = top
    for row, cells in enumerate(spec.rows, start=top + 1):
        for col, given in enumerate(cells):
            if given is None:
                continue
            value, style = given, kinds[col]
            if isinstance(given, Styled):
                value, style = given.value, formats[given.kind]
            size = _write_cell(sheet, row, col, value, style, formats["date"])
            if size < 0:
                where = f"{spec.name}!{cell_name(row + 1, col + 1)}"
                raise UserError(
                    word("too-long", lang, cell=where, limit=f"{TEXT_LIMIT:,}")
                )
            widths[col] = max(widths[col], size)
    for col, column in enumerate(spec.columns):
        width = column.width or min(max(widths[col] + 2, MIN_WIDTH), MAX_WIDTH)
        sheet.set_column(col, col, width)
        if column.choices is not None:
            _drop_down(sheet, top + 1, row + SPARE_ROWS, col, column)
    if spec.wide_first and spec.lines:
        sheet.set_column(0, 0, max(widths[0] + 2, MIN_WIDTH))
    sheet.freeze_panes(top + 1, spec.freeze_cols)


def _write_cell(
    sheet: Any, row: int, col: int, value: Cell, style: Any, date_style: Any
) -> int:
    """Write one cell by its type; the width it needs (-1: a text too long)."""
    if type(value) is str:  # most cells: the quick way first
        if len(value) > TEXT_LIMIT:
            return -1
        sheet.write_string(row, col, value)
        return len(value) if "\n" not in value else max(map(len, value.split("\n")))
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
        return 5
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            sheet.write_string(row, col, str(value))
            return 4
        sheet.write_number(row, col, value, style)
        return len(f"{value:,}")
    if isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
        sheet.write_datetime(row, col, moment, date_style)
        return 10
    text = str(value)
    if len(text) > TEXT_LIMIT:
        return -1
    sheet.write_string(row, col, text)
    return max(len(part) for part in text.split("\n"))


def _drop_down(sheet: Any, first: int, last: int, col: int, column: Column) -> None:
    options: dict[str, Any] = {
        "validate": "list",
        "error_type": "warning",
        "source": column.choices
        if isinstance(column.choices, str)
        else list(column.choices or ()),
    }
    if column.prompt:
        options["input_message"] = column.prompt[:255]
    sheet.data_validation(first, col, last, col, options)
