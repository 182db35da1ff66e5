"""Hostile inputs found by hand against the CLI (issues 16 and 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, run

VGR = str(ROOT / "examples" / "vgr.yaml")
STAFF = ROOT / "examples" / "vgr-staff.csv"
COMPLETIONS = str(ROOT / "examples" / "vgr-completions.xlsx")

OPEN_QUOTE = {
    "en": '{path}:{line}: a quote (") opens a cell here that is never closed, so '
    "the rest of the file runs into one cell: close the quote, or remove it (or "
    "save the sheet again as CSV from Excel)",
    "sv": '{path}:{line}: ett citattecken (") öppnar en cell här som aldrig '
    "stängs, så resten av filen hamnar i en enda cell: stäng citattecknet eller "
    "ta bort det (eller spara bladet som CSV från Excel igen)",
}


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("newline", ["\n", ""])
def test_a_short_course_list_with_an_open_quote_stops(
    tmp_path: Path, lang: str, newline: str
) -> None:
    """A quote that never closes is exit 3 at its line, not one swallowed row."""
    courses = tmp_path / "k.csv"
    courses.write_text(
        f'Kurskod;Kursnamn;Timmar\n"LP-1;Trasig\nLP-2;Ok;2{newline}', encoding="utf-8"
    )
    result = run("gap", VGR, "-c", str(courses), "--lang", lang)
    assert result.exit_code == 3, result
    assert result.stdout == ""
    line = OPEN_QUOTE[lang].format(path=courses, line=2)
    assert result.stderr == f"dosering: {line}\n"


def test_a_closed_multi_line_cell_at_the_end_is_read(tmp_path: Path) -> None:
    """A quoted cell with a newline, closed, in the last row is still one row."""
    courses = tmp_path / "k.csv"
    courses.write_text('Kurskod;Kursnamn\nLP-2;"Ok\nrad två"', encoding="utf-8")
    result = run("gap", VGR, "-c", str(courses), "-f", "json", "--fail-on", "none")
    assert result.exit_code == 0, result
    assert '"code": "LP-2", "title": "Ok rad två"' in result.stdout


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_staff_list_with_an_open_quote_stops(tmp_path: Path, lang: str) -> None:
    """The streamed staff list stops at the open quote, naming no person."""
    staff = tmp_path / "staff.csv"
    staff.write_bytes(STAFF.read_bytes() + b'"VGR99999;x;y\n')
    lines = STAFF.read_bytes().count(b"\n") + 1
    result = run("progress", VGR, "-s", str(staff), "-c", COMPLETIONS, "--lang", lang)
    assert result.exit_code == 3, result
    line = OPEN_QUOTE[lang].format(path=staff, line=lines)
    assert result.stderr == f"dosering: {line}\n"
    assert "VGR99999" not in result.stderr + result.stdout


WORKBOOK = {
    "en": (
        "{path}:1:1: error not-a-model the file is a workbook (Excel or Calc), not "
        "a dosing model in YAML\n"
        "    A model workbook from `dosering export` is read back into YAML with "
        "`dosering import workbook.xlsx -o model.yaml`; a course list is given to "
        "gap: `dosering gap model.yaml --courses courses.xlsx`.\n"
        "1 file checked, 1 error\n"
    ),
    "sv": (
        "{path}:1:1: fel not-a-model filen är en arbetsbok (Excel eller Calc), inte "
        "en doseringsmodell i YAML\n"
        "    En modellarbetsbok från `dosering export` läses tillbaka till YAML med "
        "`dosering import arbetsbok.xlsx -o modell.yaml`; en kurslista ges till gap: "
        "`dosering gap modell.yaml --courses kurser.xlsx`.\n"
        "1 fil kontrollerad, 1 fel\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("name", ["kurser.xlsx", "modell.yaml"])
def test_a_workbook_given_as_the_model_says_so(
    tmp_path: Path, lang: str, name: str
) -> None:
    """An XLSX as the model (under any name) is named a workbook, not a byte."""
    model = tmp_path / name
    model.write_bytes((ROOT / "examples" / "kalmar-courses.xlsx").read_bytes())
    result = run("validate", str(model), "--lang", lang)
    assert result.exit_code == 1, result
    assert result.stdout == WORKBOOK[lang].format(path=model)
    gap = run("gap", str(model), "--lang", lang)
    assert gap.exit_code == 1, gap
    assert "not-a-model" in gap.stderr + gap.stdout


CROSSWALK_IS_TABLE = {
    "en": "dosering: {path}: this looks like a table (a course list), not a "
    "crosswalk; --map takes a YAML file that pairs the two models' ids per kind "
    "(`levels:`, `areas:`, `groups:`, `roles:`, `courses:`), such as `roles: "
    "{{rehab: paramedicinare}}`\n",
    "sv": "dosering: {path}: detta ser ut som en tabell (en kurslista), inte en "
    "korsreferens; --map tar en YAML-fil som parar de två modellernas id per slag "
    "(`levels:`, `areas:`, `groups:`, `roles:`, `courses:`), till exempel `roles: "
    "{{rehab: paramedicinare}}`\n",
}


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("vgr-courses.csv", "kurser.csv"),
        ("kalmar-courses.xlsx", "kurser.xlsx"),
        ("kalmar-courses.xlsx", "map.yaml"),
        ("vgr-courses.csv", "map.yaml"),
    ],
)
def test_a_course_list_given_as_the_crosswalk_says_so(
    tmp_path: Path, lang: str, source: str, name: str
) -> None:
    """--map given a course list (by name or by its bytes) is one line, exit 3."""
    crosswalk = tmp_path / name
    crosswalk.write_bytes((ROOT / "examples" / source).read_bytes())
    kalmar = str(ROOT / "examples" / "kalmar.yaml")
    result = run("diff", VGR, kalmar, "--map", str(crosswalk), "--lang", lang)
    assert result.exit_code == 3, result
    assert result.stdout == ""
    assert result.stderr == CROSSWALK_IS_TABLE[lang].format(path=crosswalk)


INIT_NOT_YAML = {
    "en": "dosering init: FILE: {path}: a model is a YAML text file, not a {suffix} "
    "file; name it model.yaml (a workbook to edit in Excel comes after: dosering "
    "export model.yaml -o model.xlsx)\n",
    "sv": "dosering init: FIL: {path}: en modell är en YAML-textfil, inte en "
    "{suffix}-fil; kalla den modell.yaml (en arbetsbok att redigera i Excel kommer "
    "sedan: dosering export modell.yaml -o modell.xlsx)\n",
}


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("name", ["modell.xlsx", "modell.docx"])
def test_init_writes_no_yaml_under_a_workbook_name(
    tmp_path: Path, lang: str, name: str
) -> None:
    """`init modell.xlsx` is exit 2 and writes nothing (not YAML Excel cannot open)."""
    target = tmp_path / "out" / name
    target.parent.mkdir()
    result = run("init", str(target), "--lang", lang)
    assert result.exit_code == 2, result
    first = result.stderr.splitlines(keepends=True)[0]
    assert first == INIT_NOT_YAML[lang].format(path=target, suffix=target.suffix)
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize(
    ("limit", "lang", "said"),
    [
        (
            "1500",
            "en",
            "the file is larger than 1,500 bytes; dosering does not read it",
        ),
        ("1500", "sv", "filen är större än 1\u00a0500 byte; dosering läser den inte"),
        ("2500000", "en", "the file is larger than 2.5 MB; dosering does not read it"),
        ("2500000", "sv", "filen är större än 2,5 MB; dosering läser den inte"),
    ],
)
def test_the_size_limit_is_written_as_the_language_writes_numbers(
    limit: str, lang: str, said: str, tmp_path: Path
) -> None:
    """`20,0 MB` and `1 500 byte` in Swedish, not `20.0 MB` and `1500 bytes`."""
    model = tmp_path / "big.yaml"
    model.write_bytes(b"dosering: 1\n" + b"#" * 3_000_000 + b"\n")
    result = run("validate", str(model), "--max-bytes", limit, "--lang", lang)
    assert result.exit_code == 1, result
    code = "error" if lang == "en" else "fel"
    assert result.stdout.splitlines()[0] == f"{model}: {code} file-too-large {said}"
