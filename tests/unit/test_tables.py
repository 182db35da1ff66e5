"""Tests of inputs/tables: cells, dates, CSV streaming, headers and workbook bounds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dosering.inputs.tables import (
    Field,
    HeaderNotFound,
    Spec,
    TableError,
    add_months,
    closest_field,
    open_table,
    parse_date,
    read_sheet_cells,
)
from dosering.inputs.tables.workbook import CHILD_MEMORY, child_memory, column_number

SPEC = Spec(
    (Field("code", ("Kurskod", "Kod")), Field("title", ("Kursnamn",))),
    (("code", "title"),),
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-01", dt.date(2025, 3, 1)),
        ("2024-02-14 13:05", dt.date(2024, 2, 14)),
        ("2024-02-14T13:05:00+01:00", dt.date(2024, 2, 14)),
        (dt.datetime(2025, 1, 2, 23, 59), dt.date(2025, 1, 2)),
        (dt.date(2025, 1, 2), dt.date(2025, 1, 2)),
        ("3 mars 2025", dt.date(2025, 3, 3)),
        ("Monday, 3 March 2025, 1:45 PM", dt.date(2025, 3, 3)),
        ("March 3, 2025", dt.date(2025, 3, 3)),
        ("1735725600", dt.date(2025, 1, 1)),  # 2025-01-01 11:00 in Stockholm
        (1735685999, dt.date(2024, 12, 31)),  # 23:59:59 in Stockholm
        (1735686000, dt.date(2025, 1, 1)),  # midnight in Stockholm, 23:00 UTC
        ("", None),
        ("0", None),
        (0, None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    """ISO, date cells, month names in Swedish and English, Unix seconds."""
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["03/04/25", "3/4/2025", "2025-13-01", "13 Smarch 2025", "3 mars 25", 12.5]
)
def test_parse_date_never_guesses(value: object) -> None:
    """A numeric date that is not ISO, or a word that is no month, is refused."""
    with pytest.raises(ValueError, match=r"."):
        parse_date(value)


def test_parse_date_with_a_pattern() -> None:
    """`--date-format` reads what ISO does not."""
    assert parse_date("03/04/25, 13:45", "%d/%m/%y, %H:%M") == dt.date(2025, 4, 3)
    assert parse_date("2025-04-03", "%d/%m/%y") == dt.date(2025, 4, 3)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2025, 8, 31), 6, dt.date(2026, 2, 28)),
        (dt.date(2024, 8, 31), 6, dt.date(2025, 2, 28)),
        (dt.date(2023, 8, 31), 6, dt.date(2024, 2, 29)),
        (dt.date(2026, 3, 31), -6, dt.date(2025, 9, 30)),
        (dt.date(2026, 3, 31), -12, dt.date(2025, 3, 31)),
        (dt.date(2023, 3, 31), 36, dt.date(2026, 3, 31)),
        (dt.date(2025, 1, 15), 30, dt.date(2027, 7, 15)),
        (dt.date(9999, 12, 1), 1, dt.date.max),
    ],
)
def test_add_months_clamps_to_the_month_end(
    day: dt.date, months: int, expected: dt.date
) -> None:
    """The same day W months later, clamped to the month's last day."""
    assert add_months(day, months) == expected


def test_csv_is_streamed_with_row_numbers(tmp_path: Path) -> None:
    """Title rows are skipped; rows keep their lines (quoted newlines too)."""
    path = tmp_path / "t.csv"
    path.write_bytes(
        'Kurser 2025\n\nKurskod;Kursnamn\nA;"två\nrader"\n\nB;Bee\n'.encode("cp1252")
    )
    with open_table(path, "t.csv", SPEC) as table:
        assert (table.header_row, table.encoding, table.delimiter) == (3, "cp1252", ";")
        assert list(table.rows) == [(4, ["A", "två\nrader"]), (7, ["B", "Bee"])]


def test_sep_line_and_bom(tmp_path: Path) -> None:
    """Excel's `sep=` line names the delimiter; a BOM is UTF-8."""
    path = tmp_path / "t.csv"
    path.write_bytes(b"\xef\xbb\xbfsep=,\nKod,Kursnamn\n1,x\n")
    with open_table(path, "t.csv", SPEC) as table:
        assert (table.encoding, table.delimiter, table.header_row) == (
            "utf-8-sig",
            ",",
            2,
        )
        assert list(table.rows) == [(3, ["1", "x"])]


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"\xff\xfeK\x00", "list.utf16"),
        (b"Kod\x00;x\n", "list.binary"),
        (b"PK\x03\x04rest", "list.zip-not-text"),
        (b"Kod;Kursnamn\n\x81;x\n", "list.not-text"),
        (b"", "table.empty"),
        (b'Kod;Titel\n1;"' + b"x\n" * 70_000, "list.csv-open-quote"),
    ],
)
def test_csv_that_cannot_be_read(tmp_path: Path, content: bytes, key: str) -> None:
    """Each stops with its key (worded by the command)."""
    path = tmp_path / "t.csv"
    path.write_bytes(content)
    with pytest.raises(TableError) as caught, open_table(path, "t.csv", SPEC) as table:
        list(table.rows)
    assert caught.value.key == key


@pytest.mark.parametrize(
    ("kind", "key"), [("xlsx", "list.zip-as-text"), ("ods", "list.ods-as-text")]
)
def test_a_workbook_named_csv_says_which(tmp_path: Path, kind: str, key: str) -> None:
    """A staff list or completion export that is a workbook names its kind."""
    from openpyxl import Workbook

    from tests.odsfile import write_ods

    path = tmp_path / "t.csv"
    if kind == "xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["Kod", "Kursnamn"])
        book.save(path)
    else:
        write_ods(path, {"Blad": [["Kod", "Kursnamn"]]})
    with pytest.raises(TableError) as caught, open_table(path, "t.csv", SPEC) as table:
        list(table.rows)
    assert (caught.value.key, caught.value.params) == (
        key,
        {"path": "t.csv", "suffix": ".csv"},
    )


_HEADERS = {
    "code": ("Kurskod", "Kod", "Aktivitets-ID"),
    "title": ("Kursnamn", "Titel", "Namn"),
    "seats": ("Platser", "Max antal deltagare"),
    "status": ("Status",),
}


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("kod", "code"),  # a header of one field: its Swedish word
        ("AKTIVITETS-ID", "code"),
        ("namn", "title"),
        ("titl", "title"),  # the field's name, misspelt
        ("platsr", "seats"),  # a header, misspelt
        ("tillstånd", None),
        ("", None),
    ],
)
def test_closest_field(name: str, field: str | None) -> None:
    """A `--column` name that is no field suggests the field it most likely means."""
    assert closest_field(name, _HEADERS) == field


def test_closest_field_of_a_header_two_fields_share() -> None:
    """A header that means two fields (Titel: a job or a course) decides nothing.

    The field is then the one nearest in spelling, if any.
    """
    headers = {"role": ("Befattning", "Titel"), "title": ("Kursnamn", "Titel")}
    assert closest_field("Titel", headers) == "title"  # by the field's spelling
    assert closest_field("Befattning", headers) == "role"
    assert closest_field("Xyz", headers) is None


def test_header_not_found_hides_a_data_row(tmp_path: Path) -> None:
    """A first row that looks like data is never shown."""
    path = tmp_path / "t.csv"
    path.write_text("a@b.se;123456\n", encoding="utf-8")
    with pytest.raises(HeaderNotFound) as caught:
        open_table(path, "t.csv", SPEC)
    assert caught.value.header is None
    assert caught.value.row == 1


def test_column_choices(tmp_path: Path) -> None:
    """`--column` picks a header; strict refuses a missing one, lenient passes."""
    path = tmp_path / "t.csv"
    path.write_text("Nummer;Namn\n1;x\n", encoding="utf-8")
    with open_table(path, "t", SPEC, columns={"code": ["nummer"]}) as table:
        assert table.columns == {"code": (0,)}
        assert table.chosen == frozenset({"code"})
    with pytest.raises(TableError) as caught:
        open_table(path, "t", SPEC, columns={"code": ["Kod"]})
    assert caught.value.key == "list.column-missing"
    with pytest.raises(HeaderNotFound):
        open_table(path, "t", SPEC, columns={"code": ["Kod"]}, strict=False)


def test_paths_that_are_no_tables(tmp_path: Path) -> None:
    """A missing path, a folder, a FIFO, an unknown suffix: a key, never a hang."""
    import os

    fifo = tmp_path / "f.csv"
    os.mkfifo(fifo)
    cases = {
        tmp_path / "none.csv": "table.missing",
        tmp_path: "table.directory",
        fifo: "table.not-regular",
    }
    odd = tmp_path / "t.pdf"
    odd.write_text("x", encoding="utf-8")
    cases[odd] = "table.extension"
    for path, key in cases.items():
        with pytest.raises(TableError) as caught:
            open_table(path, "t", SPEC)
        assert caught.value.key == key


def test_workbook_sheet_cells(tmp_path: Path) -> None:
    """`read_sheet_cells` gives every row of a sheet from column A."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.create_sheet("Kurser", 0)
    sheet["B2"] = "Kod"
    sheet["C3"] = 7
    book.save(tmp_path / "w.xlsx")
    name, rows = read_sheet_cells(tmp_path / "w.xlsx", "w.xlsx")
    assert name == "Kurser"
    assert list(rows) == [(1, ["", "", ""]), (2, ["", "Kod", ""]), (3, ["", "", 7.0])]
    with pytest.raises(TableError) as caught:
        read_sheet_cells(tmp_path / "w.xlsx", "w.xlsx", "Nej")
    assert caught.value.key == "list.no-sheet"


@pytest.mark.parametrize("suffix", [".ods", ".xls"])
def test_text_named_as_a_workbook_is_refused(tmp_path: Path, suffix: str) -> None:
    """Text named .ods or .xls is said to be text before any reader sees it."""
    path = tmp_path / f"w{suffix}"
    path.write_bytes(b"not a workbook at all")
    with pytest.raises(TableError) as caught:
        open_table(path, "w", SPEC)
    assert caught.value.key == "list.workbook-text"


def test_the_child_memory_stays_under_the_inherited_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under `ulimit -v` of 1 GiB the child asks for 1 GiB, not 2 (it may not raise)."""
    import resource

    gib = 1024 * 1024 * 1024
    monkeypatch.delenv("DOSERING_CHILD_MEMORY", raising=False)
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (gib, 2 * gib))
    assert child_memory() == gib
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (4 * gib, 4 * gib))
    assert child_memory() == CHILD_MEMORY
    infinity = resource.RLIM_INFINITY
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (infinity, infinity))
    assert child_memory() == CHILD_MEMORY


def test_column_numbers() -> None:
    """Column letters as Excel counts them."""
    assert [column_number(x) for x in (b"A", b"Z", b"AA", b"XFD")] == [1, 26, 27, 16384]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("xlsx-far-cell-XFD1048576.xlsx", "(17179869184 cells), more than the limit"),
        ("xlsx-far-cell-ZZ100000.xlsx", "100000 rows × 702 columns"),
        ("xlsx-panic.xlsx", "1048576 rows × 16384 columns"),
        ("xlsx-bomb-sharedstrings-1GB.xlsx", "inflates to 1000001224 bytes"),
        ("xlsx-internals.xlsx", "inflates to 640021419 bytes"),
        ("xlsx-zero-sheets.xlsx", "the workbook has no sheet"),
    ],
)
def test_gap_course_lists_past_a_bound(name: str, expected: str) -> None:
    """Issue 17's workbooks as `gap --courses`: one line and exit 3, no crash."""
    from tests.conftest import DATA, ROOT, run

    done = run(
        "gap",
        str(ROOT / "examples" / "kalmar.yaml"),
        "--courses",
        str(DATA / "tables" / name),
    )
    assert done.exit_code == 3, done
    assert expected in done.stderr
    assert done.stderr.count("\n") == 1
