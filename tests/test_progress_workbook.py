"""`progress -f xlsx`: numbers are number cells; each sheet's header fits its rows.

Regression: the Kurser sheet held seats and years to cover as text cells, and the
Sammanfattning sheet put whole sentences under a "Nyckel" (key) header.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from tests.conftest import DATA, run

CONTRACT = DATA / "progress"
ARGS = (
    "progress",
    str(CONTRACT / "model.yaml"),
    "--staff",
    str(CONTRACT / "staff.csv"),
    "--completions",
    str(CONTRACT / "completions.csv"),
    "--on",
    "2026-03-31",
    "--target",
    "0.8",
)
D = dt.date(2026, 3, 31)


def _book(tmp_path: Path, lang: str, *more: str) -> dict[str, list[list[Any]]]:
    target = tmp_path / "uppfoljning.xlsx"
    result = run(*ARGS, *more, "-o", str(target), "--lang", lang)
    assert result.exit_code == 0, result
    book = CalamineWorkbook.from_path(str(target))
    return {
        name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        for name in book.sheet_names
    }


SHEETS = {
    "sv": ["Sammanfattning", "Utveckling", "Roller", "Enheter", "Kurser"],
    "en": ["Summary", "Trend", "Roles", "Units", "Courses"],
}
SUMMARY = {
    "sv": [
        ["Vad", "Värde"],
        ["Uppföljningens datum", D],
        ["Personal", 12.0],
        ["Har dos", 6.0],
        ["Andel som har sin dos", 0.5],
        ["Nådde sin dos de senaste 12 månaderna", 4.0],
        ["Mål för andelen som har sin dos", 0.8],
        ["År till målet", 0.9],
        ["Räknas inte: rader i personallistan utan roll i modellen", 1.0],
        ["Räknas inte: rader med kurser utanför modellen", 2.0],
        ["Kurskoder utanför modellen, flest rader först", "H010 (2)"],
        [
            "Räknas inte: rader med genomförda kurser för personer som inte finns "
            "i personallistan",
            1.0,
        ],
        ["Räknas inte än: rader med genomförda kurser daterade efter 2026-03-31", 1.0],
    ],
    "en": [
        ["What", "Value"],
        ["Date of the follow-up", D],
        ["Staff", 12.0],
        ["At dose", 6.0],
        ["Share at dose", 0.5],
        ["Reached their dose in the last 12 months", 4.0],
        ["Target share at dose", 0.8],
        ["Years to the target", 0.9],
        ["Not counted: staff rows with no model role", 1.0],
        ["Not counted: completion rows of courses outside the model", 2.0],
        ["Course codes outside the model, most rows first", "H010 (2)"],
        ["Not counted: completion rows of persons not in the staff list", 1.0],
        ["Not counted yet: completion rows dated after 2026-03-31", 1.0],
    ],
}
COURSES = {
    "sv": [
        ["Kurs", "Genomförda", "Kvar", "Platser per år", "År att täcka"],
        ["Förbättring i vardagen (förb-bas)", 5.0, 3.0, "obegränsat", 0.0],
        ["Patientsäkerhet – grund (säk-bas)", 3.0, 3.0, "obegränsat", 0.0],
        ["Leda förbättringsarbete (leda-förb)", 4.0, 1.0, 30.0, 0.033333],
        ["Ledarprogrammet (ledarprogram)", 3.0, 1.0, 12.0, 0.083333],
    ],
    "en": [
        [
            "Course",
            "Completions",
            "Backlog",
            "Seats per year",
            "Years to cover",
        ],
        ["Förbättring i vardagen (förb-bas)", 5.0, 3.0, "unlimited", 0.0],
        ["Patientsäkerhet – grund (säk-bas)", 3.0, 3.0, "unlimited", 0.0],
        ["Leda förbättringsarbete (leda-förb)", 4.0, 1.0, 30.0, 0.033333],
        ["Ledarprogrammet (ledarprogram)", 3.0, 1.0, 12.0, 0.083333],
    ],
}
TREND = {
    "sv": ["Datum", "Har dos", "Andel"],
    "en": ["Date", "At dose", "Share"],
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_sheet_cell_by_cell(tmp_path: Path, lang: str) -> None:
    book = _book(tmp_path, lang, "--min-group", "3")
    assert list(book) == SHEETS[lang]
    summary, trend, _, _, courses = (book[name] for name in SHEETS[lang])
    assert summary == SUMMARY[lang]
    assert courses == COURSES[lang]
    assert trend == [
        TREND[lang],
        [dt.date(2025, 3, 31), 3.0, 0.25],
        [dt.date(2025, 9, 30), 5.0, 5 / 12],
        [dt.date(2025, 12, 31), 7.0, 7 / 12],
        [D, 6.0, 0.5],
    ]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_numbers_are_number_cells(tmp_path: Path, lang: str) -> None:
    """Seats and years to cover are numbers (calamine reads floats), not texts."""
    courses = _book(tmp_path, lang)[SHEETS[lang][-1]]
    for row in courses[1:]:
        assert isinstance(row[1], float)
        assert isinstance(row[2], float)
        assert isinstance(row[3], float) or row[3] in ("obegränsat", "unlimited")
        assert isinstance(row[4], float)


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        (
            "sv",
            [
                ["Vad", "Värde"],
                ["Uppföljningens datum", D],
                ["Personal", "färre än 50"],
            ],
        ),
        (
            "en",
            [
                ["What", "Value"],
                ["Date of the follow-up", D],
                ["Staff", "fewer than 50"],
            ],
        ),
    ],
)
def test_a_suppressed_region_shows_no_figure(
    tmp_path: Path, lang: str, rows: list[list[Any]]
) -> None:
    book = _book(tmp_path, lang, "--min-group", "50")
    summary, trend = book[SHEETS[lang][0]], book[SHEETS[lang][1]]
    assert summary[:3] == rows
    assert summary[3][0].startswith(("Räknas inte", "Not counted"))
    fewer = rows[2][1]
    assert [row[1:] for row in trend[1:]] == [[fewer, ""]] * 4
