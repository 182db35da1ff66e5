"""Tests of `dosering export`: the model workbook and Moodle's competency framework."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from dosering.report.moodle import HEADERS
from dosering.report.xlsx import Column, Sheet, cell_name, write_workbook
from tests.conftest import ROOT, run

KALMAR = ROOT / "examples" / "kalmar.yaml"
SHEETS_SV = ["Om", "Nivåer", "Områden", "Grupper", "Roller", "Behov", "Kurser"]
SHEETS_EN = ["About", "Levels", "Areas", "Groups", "Roles", "Needs", "Courses"]
HOSTILE = """\
dosering: 1
region: {id: r, name: '=HYPERLINK("http://x")'}
levels: [{id: veta, name: "+1+1"}]
areas: [{id: a, name: "-2", description: "@SUM(A1)"}]
roles: [{id: r1, name: "=1+1", headcount: 3, needs: {a: veta}}]
courses: [{id: c1, title: "=cmd|' /C calc'!A0", format: other, gives: {a: veta}}]
"""


def export(tmp_path: Path, *argv: str, model: Path = KALMAR) -> openpyxl.Workbook:
    """Export a model to a workbook and open it."""
    target = tmp_path / "model.xlsx"
    result = run("export", str(model), "-o", str(target), *argv)
    assert result.exit_code == 0, result
    return openpyxl.load_workbook(target)


@pytest.mark.parametrize(("lang", "names"), [("sv", SHEETS_SV), ("en", SHEETS_EN)])
def test_sheets_are_named_in_the_language(tmp_path: Path, lang: str, names: list[str]):
    """The workbook has the about sheet and the six model sheets, in `--lang`."""
    assert export(tmp_path, "--lang", lang).sheetnames == names


def test_roles_sheet_holds_numbers_as_numbers(tmp_path: Path):
    """A headcount is a number cell with a thousands format, the header is frozen."""
    book = export(tmp_path, "--lang", "sv")
    roles = book["Roller"]
    assert [c.value for c in roles[1]] == [
        "Id",
        "Namn",
        "Grupp",
        "Antal",
        "Omsättning",
        "Förnyas (år)",
        "HR-koder",
        "Beskrivning",
    ]
    assert [c.value for c in roles[2]][:5] == [
        "sjukskoterska",
        "Sjuksköterska",
        "klinisk-vard",
        1750,
        0.1,
    ]
    assert roles["D2"].data_type == "n"
    assert roles["D2"].number_format == "#,##0"
    assert roles["E2"].number_format == "0.0%"
    assert roles.freeze_panes == "B2"


def test_needs_sheet_is_a_role_by_area_grid(tmp_path: Path):
    """Levels, prescribed courses and months sit in their own columns per area."""
    needs = export(tmp_path, "--lang", "en")["Needs"]
    header = [c.value for c in needs[1]]
    assert header[:4] == ["Role id", "Role", "forbattringskunskap", "patientsakerhet"]
    assert "Courses: patientsakerhet" in header
    assert header[-1] == "Order of needs"
    row = {h: c.value for h, c in zip(header, needs[2], strict=True)}
    assert row["Role id"] == "sjukskoterska"
    assert row["patientsakerhet"] == "veta"
    assert row["Courses: patientsakerhet"] == "ps-intro"
    assert row["Within months: patientsakerhet"] == 3
    assert row["Order of needs"] is None
    assert needs.freeze_panes == "C2"


def test_level_group_and_format_cells_have_drop_downs(tmp_path: Path):
    """Data validation lists offer the level ids, group ids and course formats."""
    book = export(tmp_path, "--lang", "sv")
    formulas = {
        name: sorted(
            (str(v.sqref).split(":")[0].split()[-1], v.formula1)
            for v in book[name].data_validations.dataValidation
        )
        for name in ("Behov", "Roller", "Kurser")
    }
    assert formulas["Behov"][0] == ("C2", "'Nivåer'!$A$2:$A$5")
    assert formulas["Roller"] == [("C2", "'Grupper'!$A$2:$A$6")]
    assert (
        "C2",
        '"e-utbildning,lärarledd,workshop,program,i arbetet,coachning,nätverk,annat"',
    ) in formulas["Kurser"]


@pytest.mark.parametrize(
    ("lang", "sheet", "header", "cells", "choices"),
    [
        (
            "sv",
            "Kurser",
            "Form",
            ["e-utbildning", "i arbetet", "e-utbildning", "lärarledd", "coachning"],
            "e-utbildning,lärarledd,workshop,program,i arbetet,coachning,nätverk,annat",
        ),
        (
            "en",
            "Courses",
            "Format",
            ["e-learning", "on the job", "e-learning", "classroom", "coaching"],
            "e-learning,classroom,workshop,programme,on the job,coaching,network,other",
        ),
    ],
)
def test_format_cells_and_drop_down_are_in_the_language(
    tmp_path: Path,
    lang: str,
    sheet: str,
    header: str,
    cells: list[str],
    choices: str,
):
    """A course's format is the name `render` gives it, in the cells and the list."""
    courses = export(tmp_path, "--lang", lang)[sheet]
    assert courses["C1"].value == header
    got = [courses[f"C{row}"].value for row in (2, 3, 4, 5)]
    assert got == cells[:4]
    assert courses["C10"].value == cells[4]  # facilitering
    lists = {
        str(v.sqref).split(":")[0]: v.formula1
        for v in courses.data_validations.dataValidation
    }
    assert lists["C2"] == f'"{choices}"'


UNLIMITED = """\
dosering: 1
region: {id: r, name: R}
levels: [{id: veta, name: Veta}]
areas: [{id: a, name: A}]
courses:
  - {id: c1, title: C1, format: on-the-job, gives: {a: veta}, seats_per_year: unlimited}
  - {id: c2, title: C2, format: network, gives: {a: veta}, seats_per_year: 40}
"""


@pytest.mark.parametrize(
    ("lang", "sheet", "cells"),
    [
        ("sv", "Kurser", [["i arbetet", "obegränsat"], ["nätverk", 40]]),
        ("en", "Courses", [["on the job", "unlimited"], ["network", 40]]),
    ],
)
def test_unlimited_seats_are_in_the_language(
    tmp_path: Path, lang: str, sheet: str, cells: list[list[object]]
):
    """`seats_per_year: unlimited` is the word gap's workbook uses for it."""
    model = tmp_path / "u.yaml"
    model.write_text(UNLIMITED, encoding="utf-8")
    courses = export(tmp_path, "--lang", lang, model=model)[sheet]
    assert [[courses[f"{c}{r}"].value for c in "CE"] for r in (2, 3)] == cells


def test_about_sheet_says_where_it_came_from(tmp_path: Path):
    """The first sheet names the source file and version and how to import it."""
    about = export(tmp_path, "--lang", "en")["About"]
    lines = [str(about.cell(row, 1).value) for row in range(1, 5)]
    assert lines[0] == "Dosing model: Region Kalmar län"
    assert str(KALMAR) in lines[1]
    assert "(model version 2024.2)" in lines[1]
    assert "dosering import model.xlsx" in lines[3]
    fields = {about.cell(r, 1).value: about.cell(r, 2).value for r in range(7, 14)}
    assert fields["region.id"] == "region-kalmar"
    assert fields["dosering"] == 1
    assert about.cell(6, 1).value == "Field"


def test_texts_are_never_formulas(tmp_path: Path):
    """Model texts that start like formulas are written as text cells."""
    model = tmp_path / "hostile.yaml"
    model.write_text(HOSTILE, encoding="utf-8")
    book = export(tmp_path, model=model)
    cells = [
        book["Roles"]["B2"],
        book["Levels"]["B2"],
        book["Areas"]["B2"],
        book["Areas"]["C2"],
        book["Courses"]["B2"],
    ]
    assert [c.value for c in cells] == [
        "=1+1",
        "+1+1",
        "-2",
        "@SUM(A1)",
        "=cmd|' /C calc'!A0",
    ]
    assert {c.data_type for c in cells} == {"s"}


def test_invalid_model_writes_nothing(tmp_path: Path):
    """An invalid model shows validate's findings and leaves no workbook (exit 1)."""
    model = tmp_path / "bad.yaml"
    model.write_text("dosering: 1\nregion: {id: r}\n", encoding="utf-8")
    target = tmp_path / "out.xlsx"
    result = run("export", str(model), "-o", str(target), "--lang", "en")
    assert result.exit_code == 1, result
    assert "bad.yaml:2:" in result.stderr
    assert not target.exists()


def test_workbook_needs_an_output_file():
    """Without -o the workbook has nowhere to go: a usage error (exit 2)."""
    result = run("export", str(KALMAR), "--lang", "en")
    assert result.exit_code == 2, result
    assert "-o FILE.xlsx" in result.stderr


def test_missing_model_cannot_run(tmp_path: Path):
    """A model that does not exist stops the run with one line (exit 3)."""
    result = run("export", str(tmp_path / "none.yaml"), "-o", str(tmp_path / "x.xlsx"))
    assert result.exit_code == 3, result
    assert result.stderr.count("\n") == 1


def test_overlong_text_stops_the_run(tmp_path: Path):
    """A text longer than an Excel cell holds is not cut: exit 3, naming the cell."""
    sheet = Sheet("S", [Column("A"), Column("B")], [["x", "y" * 40_000]])
    with pytest.raises(Exception, match=r"S!B2: the text is longer"):
        write_workbook([sheet])


@pytest.mark.parametrize(
    ("row", "col", "name"),
    [(1, 1, "A1"), (7, 4, "D7"), (2, 27, "AA2"), (3, 703, "AAA3")],
)
def test_cell_names(row: int, col: int, name: str):
    """Cells are named as Excel names them."""
    assert cell_name(row, col) == name


def moodle(lang: str = "sv") -> list[list[str]]:
    """The Moodle CSV of the Kalmar example, parsed."""
    result = run("export", str(KALMAR), "--format", "moodle", "--lang", lang)
    assert result.exit_code == 0, result
    return list(csv.reader(io.StringIO(result.stdout)))


def test_moodle_csv_follows_the_importers_rules():
    """Columns in tool_lpimportcsv's order; one framework row; parents resolve."""
    rows = moodle()
    assert tuple(rows[0]) == HEADERS
    body = [dict(zip(HEADERS, row, strict=True)) for row in rows[1:]]
    frameworks = [r for r in body if r["Is framework"]]
    assert len(frameworks) == 1
    framework = frameworks[0]
    assert framework["ID number"] == "region-kalmar-2024.2"
    assert framework["Scale values"] == "Ej uppnådd,Uppnådd"
    assert framework["Taxonomy"] == "domain,level"
    config = json.loads(framework["Scale configuration"])
    assert "scaleid" in config[0]
    assert any(item.get("scaledefault") for item in config[1:])
    assert any(item.get("proficient") for item in config[1:])
    competencies = [r for r in body if not r["Is framework"]]
    ids = [r["ID number"] for r in competencies]
    assert len(ids) == len(set(ids))
    assert all(r["Short name"] and r["ID number"] for r in competencies)
    assert all(len(r["ID number"]) <= 100 for r in body)
    assert all(r["Description format"] == "2" for r in body)
    assert all(not r["Scale values"] for r in competencies)
    known = set(ids)
    assert all(r["Parent ID number"] in known | {""} for r in competencies)
    areas = [r for r in competencies if not r["Parent ID number"]]
    assert [r["ID number"] for r in areas] == [
        "forbattringskunskap",
        "patientsakerhet",
        "informationsdriven-utveckling",
        "projektkunskap",
        "innovationskunskap",
    ]
    doses = {r["ID number"]: r for r in competencies if r["Parent ID number"]}
    dose = doses["patientsakerhet.driva"]
    assert dose["Parent ID number"] == "patientsakerhet"
    assert dose["Short name"] == "Patientsäkerhet – Driva & leda"
    assert dose["Description"].startswith("Kan leda patientsäkerhetsarbete")
    assert "patientsakerhet.ge-stod" not in doses


def test_moodle_scale_in_english():
    """In English the scale is `Not yet competent,Competent`."""
    assert moodle("en")[1][5] == "Not yet competent,Competent"


@pytest.mark.parametrize(
    ("lang", "moodle_line", "xlsx_line"),
    [
        ("sv", "skrev {}\n", "skrev {}: 14 roller, 15 kurser\n"),
        ("en", "wrote {}\n", "wrote {}: 14 roles, 15 courses\n"),
    ],
)
def test_a_written_file_is_said_on_stderr(
    tmp_path: Path, lang: str, moodle_line: str, xlsx_line: str
):
    """`-o FILE` says it wrote FILE on stderr, as render does; stdout stays empty."""
    csv_file = tmp_path / "kalmar-moodle.csv"
    result = run(
        "export", str(KALMAR), "-f", "moodle", "-o", str(csv_file), "--lang", lang
    )
    assert result.exit_code == 0, result
    assert (result.stdout, result.stderr) == ("", moodle_line.format(csv_file))
    assert csv_file.read_text("utf-8").startswith("Parent ID number,")
    book = tmp_path / "kalmar.xlsx"
    result = run("export", str(KALMAR), "-o", str(book), "--lang", lang)
    assert (result.stdout, result.stderr) == ("", xlsx_line.format(book))
    to_stdout = run("export", str(KALMAR), "-f", "moodle", "--lang", lang)
    assert to_stdout.stderr == ""
    assert to_stdout.stdout.startswith("Parent ID number,")
