"""OpenDocument spreadsheets (.ods) written by hand for the tests.

An ODS is a zip: `mimetype` first and stored (not deflated), `content.xml` with the
tables, and `META-INF/manifest.xml`. A row is a list of cells (text, a number, or
None for a blank cell), or a string of raw `<table:table-row>` XML for the cases
that need repeats or broken markup.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
    'manifest:1.0" manifest:version="1.2">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" '
    'manifest:media-type="text/xml"/></manifest:manifest>'
)

Cell = str | float | None
Row = Sequence[Cell] | str


def cell(value: Cell) -> str:
    """One `<table:table-cell>`."""
    if value is None or value == "":
        return "<table:table-cell/>"
    if isinstance(value, (int, float)):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        '<table:table-cell office:value-type="string">'
        f"<text:p>{escape(value)}</text:p></table:table-cell>"
    )


def row(cells: Row) -> str:
    """One `<table:table-row>` (raw XML as given)."""
    if isinstance(cells, str):
        return cells
    return "<table:table-row>" + "".join(map(cell, cells)) + "</table:table-row>"


def content(sheets: Mapping[str, Sequence[Row]]) -> str:
    """`content.xml` with one table per sheet."""
    tables = "".join(
        f"<table:table table:name={quoteattr(name)}>"
        + "".join(map(row, rows))
        + "</table:table>"
        for name, rows in sheets.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {NAMESPACES} office:version="1.2"><office:body>'
        f"<office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )


def write_ods(
    path: Path,
    sheets: Mapping[str, Sequence[Row]] | None = None,
    *,
    xml: str | bytes | None = None,
) -> Path:
    """An ODS file of these sheets (or of this `content.xml`)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED
        )
        archive.writestr(
            "content.xml",
            xml if xml is not None else content(sheets or {}),
            compress_type=zipfile.ZIP_DEFLATED,
        )
        archive.writestr(
            "META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED
        )
    return path


def csv_as_ods(source: Path, target: Path, sheet: str = "Kurser") -> Path:
    """A `;` CSV in Windows-1252 as an ODS: numbers (`1,5`) as numbers."""
    with source.open(encoding="cp1252", newline="") as handle:
        records = list(csv.reader(handle, delimiter=";"))
    rows: list[list[Cell]] = [list(records[0])]
    for record in records[1:]:
        cells: list[Cell] = []
        for text in record:
            try:
                cells.append(float(text.replace(",", ".")) if text else None)
            except ValueError:
                cells.append(text)
        rows.append(cells)
    return write_ods(target, {sheet: rows})
