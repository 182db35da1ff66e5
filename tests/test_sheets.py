"""Tests of `--format xlsx` for `gap` and `diff`: sheets, numbers, no formulas."""

from __future__ import annotations

from pathlib import Path

import openpyxl

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
    assert courses["G3"].value == "aldrig"
    unmapped = book["Okopplade rader"]
    assert [c.value for c in unmapped[2]] == [
        16,
        "22031",
        "Patientsäkerhetsarbete i praktiken, del 1",
        "ps-driva",
    ]


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
    demand = book["Demand"]
    assert [c.value for c in demand[2]] == [
        "fk-introduktion",
        "fk-grund",
        3621,
        3621,
        37900,
        37900,
    ]


def test_xlsx_needs_an_output_file():
    """A workbook cannot go to standard output: a usage error (exit 2)."""
    result = run("gap", str(KALMAR), "--format", "xlsx")
    assert result.exit_code == 2, result
    result = run("diff", str(KALMAR), str(KALMAR), "--format", "xlsx")
    assert result.exit_code == 2, result
