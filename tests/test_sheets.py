"""Tests of `--format xlsx` for `gap` and `diff`: sheets, numbers, no formulas."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.conftest import ROOT, run

KALMAR = ROOT / "examples" / "kalmar.yaml"


def test_gap_workbook_sheets_and_numbers(tmp_path: Path):
    """Summary, gaps, courses and unmapped rows; demand and seats are numbers."""
    target = tmp_path / "gap.xlsx"
    result = run(
        "gap",
        str(KALMAR),
        "--courses",
        str(ROOT / "examples" / "kalmar-courses.xlsx"),
        "--format",
        "xlsx",
        "-o",
        str(target),
        "--lang",
        "sv",
    )
    assert result.exit_code == 1, result
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Sammanfattning", "Luckor", "Kurser", "Okopplade rader"]
    summary = book["Sammanfattning"]
    assert [summary["A3"].value, summary["B3"].value] == ["saknas helt", 3]
    courses = book["Kurser"]
    assert [c.value for c in courses[2]][:4] == [
        "fk-vardag",
        "Förbättringsarbete i vardagen – introduktion",
        522.5,
        1500,
    ]
    assert courses["C2"].number_format == "#,##0.0"
    # fk-apt: no learning path holds it, so no demand and no years (as the CSV);
    # ps-intro: no seat to spare, so never.
    assert [courses["A3"].value, courses["C3"].value, courses["G3"].value] == [
        "fk-apt",
        None,
        None,
    ]
    assert [courses["A4"].value, courses["G4"].value] == ["ps-intro", "aldrig"]
    assert courses["H2"].value.startswith("sjukskoterska, underskoterska, lakare")
    gaps = book["Luckor"]
    assert [c.value for c in gaps[1]][-3:] == [
        "Rollens namn",
        "Områdets namn",
        "Kursnamn i modellen",
    ]
    unmapped = book["Okopplade rader"]
    assert [c.value for c in unmapped[2]] == [
        16,
        "22031",
        "Patientsäkerhetsarbete i praktiken, del 1",
        "ps-driva",
    ]


GAPS_EN = [
    "Category",
    "Role",
    "Area",
    "Level",
    "Course",
    "Levels offered",
    "Course places per year",
    "Seats per year",
    "Course places short per year",
    "Training hours short per year",
    "What to do",
    "Role's name",
    "Area's name",
    "Title in the model",
]
GAPS_SV = [
    "Kategori",
    "Roll",
    "Område",
    "Nivå",
    "Kurs",
    "Nivåer som ges",
    "Kursplatser per år",
    "Platser per år",
    "Saknade kursplatser per år",
    "Saknade utbildningstimmar per år",
    "Att göra",
    "Rollens namn",
    "Områdets namn",
    "Kursnamn i modellen",
]
COURSES_EN = [
    "Course",
    "Title in the model",
    "Course places per year",
    "Seats per year",
    "Hours",
    "Backlog (people)",
    "Years to cover",
    "Roles",
]
COURSES_SV = [
    "Kurs",
    "Kursnamn i modellen",
    "Kursplatser per år",
    "Platser per år",
    "Timmar",
    "Eftersläpning (personer)",
    "År att täcka",
    "Roller",
]
UNMAPPED_EN = ["Row", "Code", "Title in the list", "Suggestions"]
UNMAPPED_SV = ["Rad", "Kod", "Kursnamn i listan", "Förslag"]


def _gap(*argv: str) -> str:
    result = run(
        "gap",
        str(KALMAR),
        "--courses",
        str(ROOT / "examples" / "kalmar-courses.xlsx"),
        *argv,
    )
    assert result.exit_code == 1, result
    return result.stdout


@pytest.mark.parametrize(
    ("lang", "gaps", "courses", "unmapped"),
    [
        ("en", GAPS_EN, COURSES_EN, UNMAPPED_EN),
        ("sv", GAPS_SV, COURSES_SV, UNMAPPED_SV),
    ],
)
def test_gap_workbook_names_its_columns_as_the_csv(
    tmp_path: Path, lang: str, gaps: list[str], courses: list[str], unmapped: list[str]
):
    """The workbook's columns have the names the Swedish CSV gives them (one each)."""
    target = tmp_path / "gap.xlsx"
    _gap("-f", "xlsx", "-o", str(target), "--lang", lang)
    book = openpyxl.load_workbook(target)
    headers = [[c.value for c in book[name][1]] for name in book.sheetnames[1:]]
    assert headers == [gaps, courses, unmapped]
    if lang == "sv":
        gap_csv = _gap("-f", "csv", "--csv-dialect", "plain", "--lang", "sv")
        course_csv = _gap(
            "-f", "csv", "--csv-dialect", "plain", "--table", "courses", "--lang", "sv"
        )
        csv_header = gap_csv.splitlines()[0].split(",")
        assert set(gaps + unmapped) <= set(csv_header)
        assert course_csv.splitlines()[0].split(",") == courses


def test_english_csv_header_stays_the_json_keys():
    """The English CSV's header is the JSON's keys (other tools read it)."""
    header = _gap("-f", "csv", "--csv-dialect", "plain").splitlines()[0]
    assert header == (
        "category,role,area,level,course,offered_levels,demand_per_year,"
        "seats_per_year,shortfall_people,shortfall_hours,row,code,title,"
        "suggestions,what_to_do,role_name,area_name,course_title"
    )
    courses = _gap("-f", "csv", "--csv-dialect", "plain", "--table", "courses")
    assert courses.splitlines()[0] == (
        "course,course_title,demand_per_year,seats_per_year,hours,backlog,"
        "years_to_cover,roles"
    )


def test_gap_workbook_writes_no_formula(tmp_path: Path):
    """A course-list title that looks like a formula is a text cell."""
    courses = tmp_path / "list.csv"
    courses.write_text(
        'Kurskod;Kursnamn\nX1;=HYPERLINK("http://x")\nX2;@SUM(A1)\n', encoding="utf-8"
    )
    target = tmp_path / "gap.xlsx"
    result = run(
        "gap", str(KALMAR), "--courses", str(courses), "-f", "xlsx", "-o", str(target)
    )
    assert result.exit_code == 1, result
    sheet = openpyxl.load_workbook(target)["Unmapped rows"]
    cells = [sheet["C2"], sheet["C3"]]
    assert [c.value for c in cells] == ['=HYPERLINK("http://x")', "@SUM(A1)"]
    assert {c.data_type for c in cells} == {"s"}


def test_diff_workbook_changes_and_demand(tmp_path: Path):
    """One sheet of changes, one of the demand on each side."""
    target = tmp_path / "diff.xlsx"
    result = run(
        "diff",
        str(ROOT / "examples" / "vgr.yaml"),
        str(ROOT / "examples" / "vgr-2026.yaml"),
        "--format",
        "xlsx",
        "-o",
        str(target),
        "--lang",
        "en",
    )
    assert result.exit_code == 0, result
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Changes", "Demand"]
    changes = book["Changes"]
    assert [c.value for c in changes[2]] == [
        "Entity",
        "Id",
        "Old id",
        "Change",
        "Field",
        "Before",
        "After",
    ]
    assert [c.value for c in changes[3]] == [
        "region",
        "vgr",
        None,
        "cosmetic",
        "version",
        "2025.1",
        "2026.1",
    ]
    assert [c.value for c in changes[5]][:5] == [
        "role",
        "st-lakare",
        None,
        "stricter",
        "needs.forbattringskunskap.within_months",
    ]
    demand = book["Demand"]
    assert [c.value for c in demand[2]] == [
        "fk-introduktion",
        "fk-grund",
        3621,
        3621,
        37900,
        37900,
    ]


DIFF_A = """\
dosering: 1
region: {id: r, name: R}
levels: [{id: veta, name: Veta}]
areas: [{id: a, name: A}]
roles: [{id: r1, name: R1, headcount: 10, needs: {a: veta}}]
courses:
  - {id: c1, title: C1, format: classroom, gives: {a: veta}, seats_per_year: 40}
"""
DIFF_B = DIFF_A.replace("classroom", "on-the-job").replace("40", "unlimited")


@pytest.mark.parametrize(
    ("lang", "sheet", "rows"),
    [
        (
            "sv",
            "Ändringar",
            [
                ["kurs", "c1", None, "uppdaterad", "format", "lärarledd", "i arbetet"],
                ["kurs", "c1", None, "uppdaterad", "seats_per_year", 40, "obegränsat"],
            ],
        ),
        (
            "en",
            "Changes",
            [
                ["course", "c1", None, "updated", "format", "classroom", "on the job"],
                ["course", "c1", None, "updated", "seats_per_year", 40, "unlimited"],
            ],
        ),
    ],
)
def test_diff_workbook_words_its_kinds_classes_and_formats(
    tmp_path: Path, lang: str, sheet: str, rows: list[list[object]]
):
    """Entity kinds, change classes and formats are in the run's words, as in text."""
    (tmp_path / "a.yaml").write_text(DIFF_A, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(DIFF_B, encoding="utf-8")
    target = tmp_path / "diff.xlsx"
    result = run(
        "diff",
        str(tmp_path / "a.yaml"),
        str(tmp_path / "b.yaml"),
        *("-f", "xlsx", "-o", str(target), "--lang", lang),
    )
    assert result.exit_code == 0, result
    changes = openpyxl.load_workbook(target)[sheet]
    got = sorted(
        ([c.value for c in row] for row in changes.iter_rows(min_row=3)),
        key=lambda row: str(row[4]),
    )
    assert got == rows


def test_xlsx_needs_an_output_file():
    """A workbook cannot go to standard output: a usage error (exit 2)."""
    result = run("gap", str(KALMAR), "--format", "xlsx")
    assert result.exit_code == 2, result
    result = run("diff", str(KALMAR), str(KALMAR), "--format", "xlsx")
    assert result.exit_code == 2, result
