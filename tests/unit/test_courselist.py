"""Tests of courselist.py: CSV in every delimiter and encoding, XLSX, YAML, JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from dosering.core.errors import UserError
from dosering.inputs.courselist import (
    CourseList,
    Row,
    fold,
    parse_columns,
    parse_number,
    read_course_list,
    sniff_delimiter,
)
from dosering.inputs.positions import locate
from dosering.report.words import word_findings
from tests.conftest import said

HEADER = ["Kurskod", "Kursnamn", "Timmar", "Platser per år"]
RECORDS = [
    ["6149", "Introduktion till förbättringsarbete", "1,5", "80"],
    ["7002", "Förbättringskunskap för ledningen", "4", ""],
]
EXPECTED = (
    Row(2, "6149", "Introduktion till förbättringsarbete", 1.5, 80),
    Row(3, "7002", "Förbättringskunskap för ledningen", 4.0, None),
)


def csv_bytes(delimiter: str, encoding: str, newline: str = "\r\n") -> bytes:
    """The header and records joined as a spreadsheet program writes them."""
    lines = []
    for cells in [HEADER, *RECORDS]:
        quoted = [f'"{c}"' if delimiter == "," and "," in c else c for c in cells]
        lines.append(delimiter.join(quoted))
    text = newline.join(lines) + newline
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode(encoding)


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_csv_every_delimiter_and_encoding(
    tmp_path: Path, delimiter: str, encoding: str, newline: str
) -> None:
    """Each delimiter x encoding x line ending reads the same rows."""
    path = tmp_path / "list.csv"
    path.write_bytes(csv_bytes(delimiter, encoding, newline))
    read = read_course_list(path)
    assert read.rows == EXPECTED
    assert read.delimiter == delimiter
    assert read.encoding == encoding
    assert read.findings == ()
    assert read.columns == {
        "code": "Kurskod",
        "title": "Kursnamn",
        "hours": "Timmar",
        "seats": "Platser per år",
    }


def test_encoding_is_decided_over_the_whole_file(tmp_path: Path) -> None:
    """A cp1252 byte far down the file makes the whole file cp1252, not mojibake."""
    lines = ["Kod;Titel"] + [f"{i};Kurs {i}" for i in range(3000)] + ["9;Säkerhet"]
    path = tmp_path / "list.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    read = read_course_list(path)
    assert read.encoding == "cp1252"
    assert read.rows[-1] == Row(3002, "9", "Säkerhet", None, None)


def test_quoted_fields_with_delimiters_and_newlines_keep_row_numbers(
    tmp_path: Path,
) -> None:
    """A record spanning lines is numbered by its first line; the next by its own."""
    text = (
        "Kurskod;Kursnamn;Timmar\r\n"
        '1;"Lean; en introduktion\r\nmed övningar";2,5\r\n'
        "\r\n"
        '2;"Sägs ""bra""";3\r\n'
    )
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("utf-8"))
    read = read_course_list(path)
    assert read.rows == (
        Row(2, "1", "Lean; en introduktion med övningar", 2.5, None),
        Row(5, "2", 'Sägs "bra"', 3.0, None),
    )


def test_excel_sep_line_names_the_delimiter(tmp_path: Path) -> None:
    """Excel's `sep=,` first line sets the delimiter and counts as a line."""
    path = tmp_path / "list.csv"
    path.write_bytes(b'sep=,\r\nKurskod,Kursnamn,Timmar\r\n1,Kurs;ett,"1,5"\r\n')
    read = read_course_list(path)
    assert read.delimiter == ","
    assert read.rows == (Row(3, "1", "Kurs;ett", 1.5, None),)


def test_bad_rows_are_findings_and_the_others_count(tmp_path: Path) -> None:
    """No code and no title, words for a number, fractional or negative seats."""
    text = (
        "Kod;Benämning;Omfattning (timmar);Antal platser\n"
        "1;Kurs ett;ca 4;10\n"
        ";;2;5\n"
        "3;Kurs tre;1;12,5\n"
        "4;Kurs fyra;-1;-3\n"
        "5;Kurs fem;1 200;1 000\n"
    )
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    read = read_course_list(path, "list.csv")
    assert read.rows == (
        Row(2, "1", "Kurs ett", None, 10),
        Row(4, "3", "Kurs tre", 1.0, None),
        Row(5, "4", "Kurs fyra", None, None),
        Row(6, "5", "Kurs fem", 1200.0, 1000),
    )
    found = word_findings(locate(read.findings, None, "list.csv"), "en")
    assert [(f.code, f.line, f.col, f.location) for f in found] == [
        ("row-number", 2, 3, "Omfattning (timmar)"),
        ("row-empty", 3, None, None),
        ("row-whole-number", 4, 4, "Antal platser"),
        ("row-negative", 5, 3, "Omfattning (timmar)"),
        ("row-negative", 5, 4, "Antal platser"),
    ]
    first = found[0]
    assert first.file == "list.csv"
    assert first.message == (
        "`ca 4` in column Omfattning (timmar) is not a number; counted as unknown"
    )
    assert first.hint is not None


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("KURSKOD", "code"),
        ("  id number ", "code"),
        ("shortname", "code"),
        ("Benämning", "title"),
        ("benamning", "title"),
        ("Full name", "title"),
        ("Omfattning (timmar)", "hours"),
        ("HOURS", "hours"),
        ("Platser per år", "seats"),
        ("Platser per ar", "seats"),
        ("Länk", "url"),
    ],
)
def test_headers_in_swedish_and_english(
    tmp_path: Path, header: str, field: str
) -> None:
    """Headers are found case-, accent- and whitespace-insensitively."""
    other = "Titel" if field != "title" else "Kod"
    path = tmp_path / "list.csv"
    path.write_text(f"{header};{other}\nx1;y1\n", encoding="utf-8")
    read = read_course_list(path)
    assert read.columns[field] == header.strip()


def test_column_option_maps_an_unknown_header(tmp_path: Path) -> None:
    """`--column code=Utbildnings-ID` reads a column no alias knows."""
    path = tmp_path / "list.csv"
    path.write_text("Utbildnings-ID,Rubrik\nK1,Kurs\n", encoding="utf-8")
    columns = parse_columns(["code=utbildnings-id", "title=Rubrik"])
    read = read_course_list(path, columns=columns)
    assert read.rows == (Row(2, "K1", "Kurs", None, None),)


def test_column_option_naming_a_missing_header_stops(tmp_path: Path) -> None:
    """A --column header that is not in the file lists the columns found."""
    path = tmp_path / "list.csv"
    path.write_text("Kod,Titel\nK1,Kurs\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_course_list(path, "l.csv", columns={"seats": "Platser"})
    assert said(caught.value) == (
        "l.csv: --column seats=Platser: no column is named `Platser`; the columns "
        "found are: `Kod`, `Titel`"
    )


@pytest.mark.parametrize("value", ["seats", "=x", "code=", " = "])
def test_parse_columns_rejects_bad_values(value: str) -> None:
    """`--column` needs FIELD=COLUMN, both filled in."""
    with pytest.raises(UserError) as caught:
        parse_columns([value])
    assert said(caught.value) == (
        f"`{value}`: write FIELD=COLUMN with FIELD one of code, title, hours, seats, "
        "url, status"
    )
    assert said(caught.value, "sv") == (
        f"`{value}`: skriv FÄLT=KOLUMN där FÄLT är ett av code, title, hours, "
        "seats, url, status"
    )


_FIELDS_EN = "The fields, in English whatever the language, are code, title, hours, "
_FIELDS_SV = "Fälten, på engelska oavsett språk, är code, title, hours, "


@pytest.mark.parametrize(
    ("value", "english", "swedish"),
    [
        (
            "kod=Aktivitets-ID",
            "`kod=Aktivitets-ID`: no field is called `kod`; did you mean --column "
            f"code=Aktivitets-ID? {_FIELDS_EN}seats, url, status",
            "`kod=Aktivitets-ID`: inget fält heter `kod`; menade du --column "
            f"code=Aktivitets-ID? {_FIELDS_SV}seats, url, status",
        ),
        (
            "Platser=Max antal deltagare",
            "`Platser=Max antal deltagare`: no field is called `Platser`; did you "
            f"mean --column seats=Max antal deltagare? {_FIELDS_EN}seats, url, status",
            "`Platser=Max antal deltagare`: inget fält heter `Platser`; menade du "
            f"--column seats=Max antal deltagare? {_FIELDS_SV}seats, url, status",
        ),
        (
            "Aktivitets-ID=code",
            "`Aktivitets-ID=code`: no field is called `Aktivitets-ID`; did you mean "
            f"--column code=Aktivitets-ID? {_FIELDS_EN}seats, url, status",
            "`Aktivitets-ID=code`: inget fält heter `Aktivitets-ID`; menade du "
            f"--column code=Aktivitets-ID? {_FIELDS_SV}seats, url, status",
        ),
        (
            "nope=Kod",
            "`nope=Kod`: no field is called `nope`; the fields, in English whatever "
            "the language, are code, title, hours, seats, url, status",
            "`nope=Kod`: inget fält heter `nope`; fälten, på engelska oavsett språk, "
            "är code, title, hours, seats, url, status",
        ),
    ],
)
def test_parse_columns_suggests_the_field_meant(
    value: str, english: str, swedish: str
) -> None:
    """A name that is no field stops with the fields and the one it most likely means.

    Fields keep their English names (as every key): `kod` is suggested as `code`,
    never taken for it.
    """
    with pytest.raises(UserError) as caught:
        parse_columns([value])
    assert (said(caught.value), said(caught.value, "sv")) == (english, swedish)


def test_parse_columns_takes_fields_in_any_case() -> None:
    """A field's name in any case, with spaces around, is that field."""
    assert parse_columns([" Code = Aktivitets-ID ", "SEATS=Platser"]) == {
        "code": "Aktivitets-ID",
        "seats": "Platser",
    }


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "l.csv: the course list is empty; export it again with its rows"),
        (
            b"  \r\n\r\n",
            "l.csv: the course list is empty; export it again with its rows",
        ),
        (
            b"Kurskod;Kursnamn\r\n",
            "l.csv: the course list has a header but no rows; export it again with "
            "its rows (check the LMS report's filters)",
        ),
        (
            b"Avdelning;Datum\r\nx;y\r\n",
            "l.csv: no header row names a course code or title column; row 1, the "
            "likeliest header, has `Avdelning`, `Datum`. A code column is named like "
            "`Kurskod`, `Kod`, `Aktivitets-ID`, `idnumber`, `shortname`; a title "
            "column like `Kursnamn`, `Titel`, `Benämning`, `Aktivitetsnamn`, "
            "`fullname`. Rename one, or name it with --column code=HEADER or "
            "--column title=HEADER",
        ),
        (
            "Kod;Titel\r\n".encode("utf-16"),
            "l.csv: the file is saved as UTF-16 (Excel's 'Unicode text'); save it as "
            "'CSV UTF-8' or 'CSV (semicolon separated)'",
        ),
        (
            "Kod;Titel\r\n".encode("utf-16-le"),
            "l.csv: the file is saved as UTF-16 (Excel's 'Unicode text'); save it as "
            "'CSV UTF-8' or 'CSV (semicolon separated)'",
        ),
        (
            b"PK\x03\x04rest",
            "l.csv: the file is a zip archive (a Word file, or another format?), not "
            "`.csv` text; export the list again as CSV or Excel (.xlsx)",
        ),
        (
            b"Kod\r\n\x81\x8d\r\n",
            "l.csv:2: byte 0x81 is neither UTF-8 nor Windows-1252 text",
        ),
        (
            b"Kod;Titel\r\nx\x00y;z\r\n",
            "l.csv: the file is not text (it contains NUL bytes); is it another "
            "format than `.csv`?",
        ),
        (
            b'Kod;Titel\r\n1;ok\r\n2;"' + b"x" * 140_000 + b'"\r\n',
            'l.csv:3: a quote (") opens a cell here that is never closed, so the '
            "rest of the file runs into one cell: close the quote, or remove it (or "
            "save the sheet again as CSV from Excel)",
        ),
    ],
)
def test_unreadable_csv_stops_with_one_line(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    """Each list that cannot be read at all is one clear message (exit 3)."""
    path = tmp_path / "l.csv"
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        read_course_list(path, "l.csv")
    assert said(caught.value) == expected


@pytest.mark.parametrize("suffix", [".csv", ".json"])
@pytest.mark.parametrize(
    ("kind", "english", "swedish"),
    [
        (
            "xlsx",
            "the file is an Excel workbook (XLSX), not `{suffix}`; rename it to .xlsx",
            "filen är en Excel-arbetsbok (XLSX), inte `{suffix}`; byt namn till .xlsx",
        ),
        (
            "ods",
            "the file is an OpenDocument spreadsheet (ODS, as LibreOffice Calc saves "
            "it), not `{suffix}`; rename it to .ods",
            "filen är ett OpenDocument-kalkylblad (ODS, som LibreOffice Calc sparar "
            "det), inte `{suffix}`; byt namn till .ods",
        ),
        (
            "docx",
            "the file is a zip archive (a Word file, or another format?), not "
            "`{suffix}` text; export the list again as CSV or Excel (.xlsx)",
            "filen är ett zip-arkiv (en Word-fil, eller ett annat format?), ingen "
            "`{suffix}`-text; exportera listan igen som CSV eller Excel (.xlsx)",
        ),
    ],
)
def test_a_workbook_with_a_text_name_is_named_for_what_it_is(
    tmp_path: Path, kind: str, english: str, swedish: str, suffix: str
) -> None:
    """A zip given as text says what it really is (XLSX, ODS, or another zip)."""
    import zipfile

    from tests.odsfile import write_ods

    path = tmp_path / f"l{suffix}"
    if kind == "xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(HEADER)
        book.save(path)
    elif kind == "ods":
        write_ods(path, {"Kurser": [HEADER]})
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(UserError) as caught:
        read_course_list(path, f"l{suffix}")
    assert said(caught.value) == f"l{suffix}: " + english.format(suffix=suffix)
    assert said(caught.value, "sv") == f"l{suffix}: " + swedish.format(suffix=suffix)


def test_records_without_code_or_title_list_their_keys(tmp_path: Path) -> None:
    """A YAML list whose records have no code or title key names the keys found."""
    path = tmp_path / "l.yaml"
    path.write_text("- {namn2: x, datum: y}\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_course_list(path, "l.yaml")
    assert "the columns found are: `namn2`, `datum`" in said(caught.value)
    ok = read_course_list(path, "l.yaml", columns={"title": "Namn2"})
    assert ok.rows == (Row(1, None, "x", None, None),)


@pytest.mark.parametrize(
    ("name", "setup", "expected"),
    [
        (
            "missing.csv",
            None,
            "missing.csv: no such file; check the name, or export the course list "
            "(the activities) from the LMS (Luvit, Moodle) as CSV or Excel and give "
            "that file to --courses",
        ),
        ("folder.csv", "dir", "folder.csv: is a directory; give the course list file"),
        (
            "old.xls",
            "file",
            "old.xls: the file is text, not a .xls workbook (some systems write CSV "
            "or HTML under a workbook's name); export it as CSV, or open it in Excel "
            "and save it as .xlsx",
        ),
        (
            "list.pdf",
            "file",
            "list.pdf: dosering reads course lists as .csv, .txt, .tsv, .xlsx, .xlsm, "
            ".xls, .ods, .yaml, .yml or .json, not `.pdf`: export the list from the "
            "LMS (Luvit, Moodle) as Excel or CSV",
        ),
        (
            "text.xlsx",
            "file",
            "text.xlsx: the file is text, not a .xlsx workbook (some systems write "
            "CSV or HTML under a workbook's name); export it as CSV, or open it in "
            "Excel and save it as .xlsx",
        ),
    ],
)
def test_paths_that_cannot_be_lists(
    tmp_path: Path, name: str, setup: str | None, expected: str
) -> None:
    """Missing files, folders and wrong formats stop with one line."""
    path = tmp_path / name
    if setup == "dir":
        path.mkdir()
    elif setup == "file":
        path.write_text("Kod;Titel\n1;x\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_course_list(path, name)
    assert said(caught.value) == expected


def test_too_large_list_stops(tmp_path: Path) -> None:
    """A list over the size limit is not read."""
    path = tmp_path / "l.csv"
    path.write_text("Kod\n1\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_course_list(path, max_bytes=3)
    assert re.search("larger than 3 bytes", said(caught.value))


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> None:
    """An XLSX workbook with the given sheets."""
    workbook = Workbook()
    first = True
    for title, rows in sheets.items():
        sheet = workbook.active if first else workbook.create_sheet(title)
        assert sheet is not None
        sheet.title = title
        for row in rows:
            sheet.append(row)
        first = False
    workbook.save(path)


def test_xlsx_first_sheet_numbers_and_row_numbers(tmp_path: Path) -> None:
    """Number cells become codes without `.0`; blank rows keep the sheet's numbers."""
    path = tmp_path / "l.xlsx"
    write_xlsx(
        path,
        {
            "Kurser": [
                ["Kod", "Benämning", "Timmar", "Platser"],
                [6149, "Intro", 1.5, 80],
                [None, None, None, None],
                ["K2", "Andra", "2,5", 12.0],
                [7, "Tredje", "en dag", 3],
            ],
            "Annat": [["Kod", "Titel"], ["X", "Y"]],
        },
    )
    read = read_course_list(path, "l.xlsx")
    assert read.rows == (
        Row(2, "6149", "Intro", 1.5, 80),
        Row(4, "K2", "Andra", 2.5, 12),
        Row(5, "7", "Tredje", None, 3),
    )
    assert [(f.code, f.line, f.col) for f in read.findings] == [("row-number", 5, 3)]
    other = read_course_list(path, "l.xlsx", sheet="Annat")
    assert other.rows == (Row(2, "X", "Y", None, None),)


def test_title_rows_above_the_header_are_skipped(tmp_path: Path) -> None:
    """A title and a date above the header: the header is found below them."""
    path = tmp_path / "l.xlsx"
    write_xlsx(
        path,
        {
            "Kurser": [
                ["Kurskatalog 2025"],
                [],
                ["Utdrag", "2025-01-15"],
                ["Kod", "Benämning"],
                ["K1", "Kurs"],
            ]
        },
    )
    assert read_course_list(path).rows == (Row(5, "K1", "Kurs", None, None),)


def test_header_search_gives_up_after_ten_rows(tmp_path: Path) -> None:
    """Eleven rows of notes: the error names the first row and its cells."""
    path = tmp_path / "l.csv"
    notes = "".join(f"Anteckning {i};x\n" for i in range(11))
    path.write_text(notes + "Kod;Titel\nK1;Kurs\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_course_list(path, "l.csv")
    assert "row 1, the likeliest header, has `Anteckning 0`, `x`." in said(caught.value)


def test_xlsx_unknown_sheet_lists_the_sheets(tmp_path: Path) -> None:
    """`--sheet` naming no sheet stops and lists the sheets."""
    path = tmp_path / "l.xlsx"
    write_xlsx(path, {"Kurser": [["Kod"], ["1"]], "Annat": [["Kod"], ["2"]]})
    with pytest.raises(UserError) as caught:
        read_course_list(path, "l.xlsx", sheet="2025")
    assert said(caught.value) == (
        "l.xlsx: no sheet named `2025`; the sheets are: `Kurser`, `Annat`"
    )


def test_xlsx_empty_sheet_and_broken_zip(tmp_path: Path) -> None:
    """An empty sheet is an empty list; a broken workbook says it is damaged."""
    empty = tmp_path / "e.xlsx"
    write_xlsx(empty, {"Blad1": []})
    with pytest.raises(UserError) as caught:
        read_course_list(empty, "e.xlsx")
    assert re.search("the course list is empty", said(caught.value))
    broken = tmp_path / "b.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(UserError) as caught:
        read_course_list(broken, "b.xlsx")
    assert said(caught.value) == (
        "b.xlsx: the workbook is damaged and cannot be read; open it in Excel or "
        "LibreOffice Calc and save it again"
    )


def test_yaml_and_json_lists_of_records(tmp_path: Path) -> None:
    """YAML and JSON lists of records, numbered from 1; `courses:` may wrap them."""
    records = [
        {"code": "6149", "title": "Intro", "hours": 1.5, "seats": 80},
        {"kurskod": "7002", "Kursnamn": "Ledning", "timmar": "4,5"},
        {"code": "", "title": None, "seats": 5},
    ]
    as_json = tmp_path / "l.json"
    as_json.write_text(json.dumps({"courses": records}), encoding="utf-8")
    as_yaml = tmp_path / "l.yaml"
    as_yaml.write_text(
        "- {code: '6149', title: Intro, hours: 1.5, seats: 80}\n"
        "- {kurskod: '7002', Kursnamn: Ledning, timmar: '4,5'}\n"
        "- {code: '', title: null, seats: 5}\n",
        encoding="utf-8",
    )
    for path in (as_json, as_yaml):
        read = read_course_list(path)
        assert read.rows == (
            Row(1, "6149", "Intro", 1.5, 80),
            Row(2, "7002", "Ledning", 4.5, None),
        ), path
        assert [(f.code, f.line) for f in read.findings] == [("row-empty", 3)]


def test_record_findings_have_no_column(tmp_path: Path) -> None:
    """A bad value in a JSON record: its index and key, no column number."""
    path = tmp_path / "l.json"
    path.write_text('[{"code": 1, "title": "x", "hours": NaN, "seats": true}]', "utf-8")
    read = read_course_list(path)
    assert read.rows == (Row(1, "1", "x", None, None),)
    found = locate(read.findings, None, "l.json")
    assert [(f.code, f.line, f.col, f.location) for f in found] == [
        ("row-number", 1, None, "hours"),
        ("row-number", 1, None, "seats"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("l.json", "[{", "l.json:1:3: not valid JSON: Expecting property name"),
        (
            "l.yaml",
            "a: [b\n",
            "l.yaml:1:4: not valid YAML: the `[` opened here is never closed with `]`",
        ),
        ("l.json", '{"a": 1}', "l.json: a YAML or JSON course list must be a list"),
        ("l.yaml", "[]\n", "l.yaml: the course list has a header but no rows"),
        ("l.yaml", "- 1\n- 2\n", "l.yaml: a YAML or JSON course list must be a list"),
    ],
)
def test_bad_yaml_and_json_lists(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    """Records that are not a list of mappings stop with one line."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        read_course_list(path, name)
    assert said(caught.value).startswith(expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1,5", 1.5),
        ("1.5", 1.5),
        (" 1\u00a0200 ", 1200.0),
        ("", None),
        (None, None),
        (3, 3.0),
        (2.5, 2.5),
        (",5", 0.5),
    ],
)
def test_parse_number(value: object, expected: float | None) -> None:
    """Decimal commas and points, spaces between thousands, number cells."""
    assert parse_number(value) == expected


@pytest.mark.parametrize("value", ["ca 4", "1,2,3", True, float("nan"), "4 h"])
def test_parse_number_rejects(value: object) -> None:
    """Words, several commas, booleans and NaN are no numbers."""
    with pytest.raises(ValueError, match=r".*"):
        parse_number(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a;b,c;d\r\n1,2;3\r\n", ";"),
        ('"a,b";c\r\n', ";"),
        ("a\tb\tc\n", "\t"),
        ("a,b\n", ","),
        ("justone\n", ","),
        ("\r\n\r\na;b\r\n", ";"),
    ],
)
def test_sniff_delimiter(text: str, expected: str) -> None:
    """The header's most frequent delimiter outside quotes wins."""
    assert sniff_delimiter(text) == expected


def test_fold() -> None:
    """Headers fold case, accents, spaces and punctuation away."""
    assert fold(" Omfattning (Timmar) ") == "omfattningtimmar"
    assert fold("Platser per År") == "platserperar"


def test_course_list_is_frozen(tmp_path: Path) -> None:
    """The result is a frozen value."""
    path = tmp_path / "l.csv"
    path.write_text("Kod\n1\n", encoding="utf-8")
    read = read_course_list(path)
    assert isinstance(read, CourseList)
    with pytest.raises(AttributeError):
        read.path = "x"  # type: ignore[misc]


@pytest.mark.parametrize("field", ["code", "title"])
def test_the_names_a_message_gives_are_read(field: str) -> None:
    """Every header `list.no-header` names as looked for is one the reader reads."""
    from dosering.inputs.courselist import ALIASES, HEADER_NAMES

    assert all(fold(name) in ALIASES[field] for name in HEADER_NAMES[field])
