"""XLS and ODS workbooks (issue 16): read as a CSV list is, within the same bounds.

A course list, staff list or completion export may be an old Excel file (.xls, an
OLE2 file) or an OpenDocument spreadsheet (.ods, a zip of XML). Both are parsed in a
child process; an ODS is checked before that as an XLSX is (its inflated size, and
the extent its repeated rows and cells claim), an XLS by its size and by the extent
calamine reports. Whatever cannot be read is one line in the run's language and
exit 3, never a traceback or a crash.
"""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path
from typing import Any

import pytest

from dosering.inputs.tables import Field, Spec, open_table
from tests.conftest import DATA, ROOT, Result, run
from tests.odsfile import csv_as_ods, write_ods

VGR = str(ROOT / "examples" / "vgr.yaml")
CSV = ROOT / "examples" / "vgr-courses.csv"
XLS = DATA / "courselists" / "vgr-courses.xls"
DAMAGED = {
    "en": "the workbook is damaged and cannot be read; open it in Excel or "
    "LibreOffice Calc and save it again",
    "sv": "arbetsboken är skadad och går inte att läsa; öppna den i Excel eller "
    "LibreOffice Calc och spara den igen",
}
FILLED_ROW = (
    '<table:table-row table:number-rows-repeated="{rows}">'
    '<table:table-cell table:number-columns-repeated="{columns}" '
    'office:value-type="string"><text:p>x</text:p></table:table-cell>'
    "</table:table-row>"
)


def gap_document(courses: Path) -> dict[str, Any]:
    """`gap --format json` against a list, its own path left out."""
    result = run("gap", VGR, "--courses", str(courses), "--format", "json")
    assert result.exit_code == 1, result
    document: dict[str, Any] = json.loads(result.stdout)
    assert document.pop("courses") == str(courses)
    for finding in document["findings"]:
        assert finding.pop("file") == str(courses)
    return document


def stopped(result: Result) -> str:
    """The one line of a run that cannot go on (exit 3), without `dosering: `."""
    assert result.exit_code == 3, result
    assert result.stdout == "", result
    assert result.stderr.count("\n") == 1, result
    assert "Traceback" not in result.stderr, result
    assert result.stderr.startswith("dosering: "), result
    return result.stderr.removeprefix("dosering: ").rstrip("\n")


def gap_stops(courses: Path, lang: str = "en") -> str:
    """The line `gap --courses` stops with."""
    return stopped(run("gap", VGR, "--courses", str(courses), "--lang", lang))


@pytest.mark.parametrize("kind", [".ods", ".xls"])
def test_a_workbook_list_gives_what_its_csv_gives(tmp_path: Path, kind: str) -> None:
    """The VGR list as ODS and as XLS: the same findings, gaps and numbers as CSV."""
    listed = XLS if kind == ".xls" else csv_as_ods(CSV, tmp_path / "vgr.ods")
    expected = gap_document(CSV)
    got = gap_document(listed)
    assert got == expected
    assert [(f["code"], f["line"], f["col"]) for f in got["findings"]] == [
        ("row-number", 17, 3),
        ("row-empty", 18, None),
    ]
    assert got["summary"]["rows"] == 16


def test_an_ods_with_rows_above_the_header_and_repeats(tmp_path: Path) -> None:
    """A title, a blank row, repeated blank cells and the application's empty rows
    to the sheet's edge: the header is found, rows keep their sheet numbers."""
    path = write_ods(
        tmp_path / "luvit.ods",
        {
            "Aktiviteter": [
                ["Aktivitetsrapport"],
                [],
                ["Aktivitets-ID", "Aktivitetsnamn", None, "Längd (h)"],
                '<table:table-row><table:table-cell office:value-type="string">'
                "<text:p>XX-1</text:p></table:table-cell><table:table-cell "
                'office:value-type="string"><text:p>Okänd <text:s text:c="2"/>kurs'
                "</text:p></table:table-cell><table:table-cell "
                'table:number-columns-repeated="2"/></table:table-row>',
                '<table:table-row table:number-rows-repeated="1048570">'
                '<table:table-cell table:number-columns-repeated="16384"/>'
                "</table:table-row>",
            ]
        },
    )
    result = run("gap", VGR, "--courses", str(path), "--format", "json")
    assert result.exit_code == 1, result
    unmapped = [
        g for g in json.loads(result.stdout)["gaps"] if g["category"] == "unmapped"
    ]
    assert unmapped == [
        {
            "category": "unmapped",
            "row": 4,
            "code": "XX-1",
            "title": "Okänd kurs",
            "suggestions": [],
        }
    ]


@pytest.mark.parametrize("kind", [".ods", ".xls"])
def test_the_table_reader_reads_both(tmp_path: Path, kind: str) -> None:
    """Staff lists and completions share the reader: ODS and XLS sheets open too."""
    path = XLS if kind == ".xls" else csv_as_ods(CSV, tmp_path / "vgr.ods")
    spec = Spec((Field("code", ("Kurskod",)), Field("title", ("Kursnamn",))), ())
    with open_table(path, path.name, spec) as table:
        assert (table.sheet, table.header_row, table.columns) == (
            "Kurser",
            1,
            {"code": (0,), "title": (1,)},
        )
        rows = list(table.rows)
    assert rows[0] == (
        2,
        [
            "LP-10234",
            "Introduktion till förbättringskunskap",
            1.5,
            6000,
            "https://example.org/vgr/larportalen/LP-10234",
        ],
    )
    assert len(rows) == 17


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _hostile_ods(tmp_path: Path, case: str) -> Path:
    path = tmp_path / f"{case}.ods"
    if case == "columns-bomb":  # 830 bytes claiming 1048576 × 16384 filled cells
        return write_ods(
            path, {"Blad1": [FILLED_ROW.format(rows=1048576, columns=16384)]}
        )
    if case == "extent-bomb":  # 5000 × 5000 filled cells: past 20 million
        return write_ods(path, {"Blad1": [FILLED_ROW.format(rows=5000, columns=5000)]})
    if case == "far-cell":  # the empty repeats, then one cell at the edge
        far = (
            '<table:table-row table:number-rows-repeated="1048570">'
            "<table:table-cell/></table:table-row><table:table-row>"
            '<table:table-cell table:number-columns-repeated="16000"/>'
            '<table:table-cell office:value="1"/></table:table-row>'
        )
        return write_ods(path, {"Blad1": [["Kurskod"], far]})
    if case == "spaces-bomb":  # one cell of a thousand million spaces
        spaces = (
            '<table:table-row><table:table-cell office:value-type="string">'
            '<text:p><text:s text:c="1000000000"/></text:p></table:table-cell>'
            "</table:table-row>"
        )
        return write_ods(path, {"Blad1": [["Kurskod"], spaces]})
    if case == "inflated":  # 4 MB of one character in content.xml, 4 KB zipped,
        data = b"<x>" + b"a" * (4 << 20) + b"</x>"  # against a bound of 1 MB
        return _zip(path, {"mimetype": b"", "content.xml": data})
    if case == "zero-sheets":
        return write_ods(path, {})
    if case == "no-content":
        return _zip(path, {"mimetype": b"application/vnd.oasis.opendocument.text"})
    if case == "truncated":
        whole = csv_as_ods(CSV, tmp_path / "whole.ods").read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
        return path
    if case == "broken-xml":
        return write_ods(path, xml="<office:document-content><table:table")
    if case == "random":
        path.write_bytes(random.Random(16).randbytes(4096))
        return path
    if case == "text":
        path.write_text("Kurskod;Kursnamn\nA1;x\n", encoding="utf-8")
        return path
    raise AssertionError(case)


@pytest.mark.parametrize(
    ("case", "en", "sv"),
    [
        (
            "columns-bomb",
            "sheet Blad1 reaches 1048576 rows × 16384 columns (17179869184 cells), "
            "more than the limit of 20000000 cells; delete the far cells, or set "
            "DOSERING_MAX_CELLS to raise the limit",
            "bladet Blad1 når 1048576 rader × 16384 kolumner (17179869184 celler), "
            "mer än gränsen 20000000 celler; ta bort de avlägsna cellerna, eller "
            "sätt DOSERING_MAX_CELLS för att höja gränsen",
        ),
        (
            "extent-bomb",
            "sheet Blad1 reaches 5000 rows × 5000 columns (25000000 cells)",
            "bladet Blad1 når 5000 rader × 5000 kolumner (25000000 celler)",
        ),
        (
            "far-cell",
            "sheet Blad1 reaches 1048572 rows × 16001 columns",
            "bladet Blad1 når 1048572 rader × 16001 kolumner",
        ),
        (
            "spaces-bomb",
            "the workbook inflates to 1000000000 bytes, more than the limit of "
            "536870912; set DOSERING_MAX_INFLATED to raise it if the file is trusted",
            "arbetsboken packas upp till 1000000000 byte, mer än gränsen 536870912; "
            "sätt DOSERING_MAX_INFLATED för att höja den om filen är pålitlig",
        ),
        (
            "inflated",
            "the workbook inflates to 4194311 bytes, more than the limit of 1000000",
            "arbetsboken packas upp till 4194311 byte, mer än gränsen 1000000",
        ),
        (
            "zero-sheets",
            "the workbook has no sheet",
            "arbetsboken har inget blad",
        ),
        (
            "no-content",
            "a zip file, but no workbook (a Word file, or another format renamed?)",
            "en zip-fil, men ingen arbetsbok (en Word-fil, eller ett annat format "
            "med nytt namn?)",
        ),
        ("truncated", DAMAGED["en"], DAMAGED["sv"]),
        ("broken-xml", DAMAGED["en"], DAMAGED["sv"]),
        (
            "random",
            "the file is not a .ods workbook, nor any other that dosering reads "
            "(.xlsx, .xlsm, .xls, .ods); open it in Excel and save it as .xlsx",
            "filen är ingen .ods-arbetsbok, och inte heller någon annan som dosering "
            "läser (.xlsx, .xlsm, .xls, .ods); öppna den i Excel och spara den som "
            ".xlsx",
        ),
        (
            "text",
            "the file is text, not a .ods workbook",
            "filen är text, inte en .ods-arbetsbok",
        ),
    ],
)
def test_a_hostile_ods_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, en: str, sv: str
):
    """Bombs, broken and false ODS files: one line, exit 3, in English and Swedish."""
    path = _hostile_ods(tmp_path, case)
    if case == "inflated":
        monkeypatch.setenv("DOSERING_MAX_INFLATED", "1000000")
    for lang, words in (("en", en), ("sv", sv)):
        line = gap_stops(path, lang)
        assert line.startswith(f"{path}: {words}"), line


@pytest.mark.parametrize(
    ("case", "en", "sv"),
    [
        ("truncated", DAMAGED["en"], DAMAGED["sv"]),
        ("ole2-garbage", DAMAGED["en"], DAMAGED["sv"]),
        (
            "random",
            "the file is not a .xls workbook, nor any other that dosering reads",
            "filen är ingen .xls-arbetsbok, och inte heller någon annan som dosering "
            "läser",
        ),
        (
            "xlsx-named-xls",
            "the file is a .xlsx workbook, though its name ends in .xls; rename it "
            "to end in .xlsx",
            "filen är en .xlsx-arbetsbok fast namnet slutar på .xls; byt namn så att "
            "det slutar på .xlsx",
        ),
    ],
)
def test_a_hostile_xls_is_one_line(tmp_path: Path, case: str, en: str, sv: str):
    """Truncated, random and misnamed XLS files: one line, exit 3, both languages."""
    path = tmp_path / f"{case}.xls"
    whole = XLS.read_bytes()
    if case == "truncated":
        path.write_bytes(whole[: len(whole) // 2])
    elif case == "ole2-garbage":
        path.write_bytes(whole[:8] + random.Random(17).randbytes(4088))
    elif case == "random":
        path.write_bytes(random.Random(18).randbytes(4096))
    else:
        path.write_bytes((ROOT / "examples" / "kalmar-courses.xlsx").read_bytes())
    for lang, words in (("en", en), ("sv", sv)):
        line = gap_stops(path, lang)
        assert line.startswith(f"{path}: {words}"), line


def test_an_xls_past_the_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """An XLS larger than the inflated bound, or wider than the cell bound (as the
    child process finds it from calamine's extent), stops with the limit named."""
    monkeypatch.setenv("DOSERING_MAX_INFLATED", "1000")
    assert gap_stops(XLS) == (
        f"{XLS}: the workbook is 5632 bytes, more than the limit of 1000; set "
        "DOSERING_MAX_INFLATED to raise it if the file is trusted"
    )
    monkeypatch.delenv("DOSERING_MAX_INFLATED")
    monkeypatch.setenv("DOSERING_MAX_CELLS", "50")
    assert gap_stops(XLS, "sv") == (
        f"{XLS}: bladet Kurser når 18 rader × 5 kolumner (90 celler), mer än gränsen "
        "50 celler; ta bort de avlägsna cellerna, eller sätt DOSERING_MAX_CELLS för "
        "att höja gränsen"
    )


def test_a_broken_workbook_is_worded_in_swedish(tmp_path: Path) -> None:
    """Issue 16 item 5: a reader's own error is a catalogue line, never its English.

    calamine's reason for this XLSX ("Range is missing the expected row
    component") and zipfile's for a broken zip are not shown, in either language.
    """
    broken = tmp_path / "kurser.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    assert gap_stops(broken, "sv") == f"{broken}: {DAMAGED['sv']}"
    internal = tmp_path / "intern.xlsx"
    _zip(internal, {"xl/workbook.xml": b"<workbook/>"})
    line = gap_stops(internal, "sv")
    assert line == f"{internal}: {DAMAGED['sv']}"
    model = stopped(
        run("import", str(internal), "-o", str(tmp_path / "m.yaml"), "--lang", "sv")
    )
    assert model == (
        f"{internal}: arbetsboken är skadad och går inte att läsa; öppna den i "
        "Excel och spara den igen"
    )
    for english in ("damaged", "zip", "Range", "component", "list index", "Error"):
        assert english not in line + model
