"""Places shown: needed rounded up, lacking = needed − offered as shown, never 0.

Regression: render said "saknar 0 platser per år (4 behövs, 4 erbjuds)" for 4.5
places needed against 4 seats, and float noise (100 × (0.1 + 1/5) =
30.000000000000004 against 30 seats) made a course short by nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dosering.i18n.numbers import places, up
from tests.conftest import run

MODEL = """\
dosering: 1
region: {{id: r, name: Region R, language: sv}}
levels:
  - {{id: bas, name: Grund}}
areas:
  - {{id: fk, name: Förbättringskunskap}}
  - {{id: ps, name: Patientsäkerhet}}
roles:
  - id: ssk
    name: Sjuksköterska
    headcount: {headcount}
    turnover: {turnover}
    needs: {{fk: bas}}
  - id: usk
    name: Undersköterska
    headcount: 100
    turnover: 0.1
    refresh_years: 5
    needs: {{ps: bas}}
courses:
  - id: intro
    title: Introduktion
    format: e-learning
    hours: 2
    gives: {{fk: bas}}
    seats_per_year: 4
  - id: ps
    title: Patientsäkerhet grund
    format: classroom
    hours: 3
    gives: {{ps: bas}}
    seats_per_year: 30
"""
HALF = {"headcount": 45, "turnover": 0.1}
"""ssk: 45 × 0.1 = 4.5 places against 4 seats; usk: 30.000000000000004 against 30."""
TINY = {"headcount": 40, "turnover": 0.101}
"""ssk: 4.04 places against 4 seats."""


def _model(tmp_path: Path, figures: dict[str, float]) -> Path:
    path = tmp_path / "m.yaml"
    path.write_text(MODEL.format(**figures), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("value", "decimals", "shown"),
    [
        (4.5, 0, "5"),
        (0.5, 0, "1"),
        (4.5, 1, "4,5"),
        (4.04, 1, "4,1"),
        (0.04, 1, "0,1"),
        (30.000000000000004, 0, "30"),
        (30.000000000000004, 1, "30,0"),
        (29.999999999999996, 1, "30,0"),
        (0.0, 1, "0,0"),
        (-0.0, 1, "0,0"),
        (3097.7000000000003, 1, "3\u00a0097,7"),
    ],
)
def test_places_are_rounded_up_after_float_noise(
    value: float, decimals: int, shown: str
) -> None:
    assert places(value, "sv", decimals) == shown
    assert places(value, "en", decimals) == shown.replace(",", ".").replace(
        "\u00a0", ","
    )


def test_up_keeps_what_is_already_shown() -> None:
    assert up(15.749999999999998) == 15.8
    assert up(4.0) == 4.0
    assert places(None, "sv") == ""


def _summary(markdown: str) -> list[str]:
    """The summary's shortfall lines."""
    part = markdown[: markdown.index('<a id="questions">')]
    return [line for line in part.splitlines() if line.startswith("- ")]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("sv", "- Introduktion saknar 1 plats per år (5 behövs, 4 erbjuds)."),
        ("en", "- Introduktion lacks 1 place a year (5 needed, 4 offered)."),
    ],
)
def test_render_summary_says_whole_places_needed_rounded_up(
    tmp_path: Path, lang: str, line: str
) -> None:
    """4.5 needed, 4 offered: 5 needed, 1 lacking; 30 against 30 is no shortfall."""
    result = run("render", str(_model(tmp_path, HALF)), "--lang", lang)
    assert result.exit_code == 0, result
    assert _summary(result.stdout) == [line]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("sv", "- Introduktion saknar 1 plats per år (5 behövs, 4 erbjuds)."),
        ("en", "- Introduktion lacks 1 place a year (5 needed, 4 offered)."),
    ],
)
def test_render_summary_never_says_lacks_0(
    tmp_path: Path, lang: str, line: str
) -> None:
    result = run("render", str(_model(tmp_path, TINY)), "--lang", lang)
    assert result.exit_code == 0, result
    assert _summary(result.stdout) == [line]


def test_render_summary_plural(tmp_path: Path) -> None:
    model = _model(tmp_path, {"headcount": 70, "turnover": 0.1})  # 7 against 4
    sv = run("render", str(model), "--lang", "sv").stdout
    en = run("render", str(model), "--lang", "en").stdout
    assert _summary(sv) == [
        "- Introduktion saknar 3 platser per år (7 behövs, 4 erbjuds)."
    ]
    assert _summary(en) == [
        "- Introduktion lacks 3 places a year (7 needed, 4 offered)."
    ]


@pytest.mark.parametrize(
    ("lang", "table", "path"),
    [
        (
            "sv",
            [
                "| Kurs | Kursplatser per år | Platser per år | Platser som saknas per "
                "år | Eftersläpning (personer) | År att täcka |",
                "| --- | ---: | ---: | ---: | ---: | ---: |",
                "| [Introduktion](#course-intro) | 4,1 | 4 | 0,1 | 40 | aldrig |",
                "| [Patientsäkerhet grund](#course-ps) | 30,0 | 30 | 0,0 | 100 "
                "| aldrig |",
            ],
            "40 anställda; 4,1 personer per år behöver dosen.",
        ),
        (
            "en",
            [
                "| Course | Course places a year | Seats a year | Places short a year "
                "| Backlog (people) | Years to cover |",
                "| --- | ---: | ---: | ---: | ---: | ---: |",
                "| [Introduktion](#course-intro) | 4.1 | 4 | 0.1 | 40 | never |",
                "| [Patientsäkerhet grund](#course-ps) | 30.0 | 30 | 0.0 | 100 "
                "| never |",
            ],
            "40 staff; 4.1 people a year need the dose.",
        ),
    ],
)
def test_render_table_shows_a_tiny_shortfall(
    tmp_path: Path, lang: str, table: list[str], path: str
) -> None:
    """4.04 needed against 4: 4.1 and 0.1, never 0.0 lacking; 30 against 30: none."""
    text = run("render", str(_model(tmp_path, TINY)), "--lang", lang).stdout
    lines = text.splitlines()
    start = lines.index(table[0])
    assert lines[start : start + 4] == table
    assert path in lines  # the role's own figure, as the course's


def _cells(out: str, first: str) -> list[str]:
    row = next(line for line in out.splitlines() if line.strip().startswith(first))
    return re.split(r" {2,}", row.strip())[1:]


@pytest.mark.parametrize(
    ("lang", "headline", "intro"),
    [
        (
            "sv",
            "1 kurs har för få platser: sammanlagt saknas 0,5 kursplatser och 1,0 "
            "utbildningstimmar per år",
            ["4,5", "4", "0,5", "1,0"],
        ),
        (
            "en",
            "1 course short of places: 0.5 course places and 1.0 training hours a "
            "year missing in all",
            ["4.5", "4", "0.5", "1.0"],
        ),
    ],
)
def test_gap_text_float_noise_is_no_shortfall(
    tmp_path: Path, lang: str, headline: str, intro: list[str]
) -> None:
    """30.000000000000004 against 30 seats is no capacity gap; 4.5 against 4 is."""
    model = _model(tmp_path, HALF)
    result = run("gap", str(model), "--lang", lang, "--fail-on", "capacity")
    assert result.exit_code == 1, result
    flat = " ".join(result.stdout.split())
    assert headline in flat
    assert _cells(result.stdout, "intro")[:4] == intro
    document = json.loads(run("gap", str(model), "--format", "json").stdout)
    capacity = [g for g in document["gaps"] if g["category"] == "capacity"]
    assert capacity == [
        {
            "category": "capacity",
            "course": "intro",
            "demand_per_year": 4.5,
            "seats_per_year": 4,
            "shortfall_people": 0.5,
            "shortfall_hours": 1.0,
            "hours": 2.0,
        }
    ]
    ps = next(c for c in document["courses_demand"] if c["course"] == "ps")
    assert ps["demand_per_year"] == 30.0
    assert ps["years_to_cover"] is None  # no spare seat: never


@pytest.mark.parametrize(
    ("lang", "header", "row"),
    [
        (
            "sv",
            "Kategori;Roll;Område;Nivå;Kurs;Nivåer som ges;Kursplatser per år;"
            "Platser per år;Saknade kursplatser per år;"
            "Saknade utbildningstimmar per år",
            "för få platser;;;;intro;;4,1;4;0,1;0,1;",
        ),
        (
            "en",
            "category,role,area,level,course,offered_levels,demand_per_year,"
            "seats_per_year,shortfall_people,shortfall_hours",
            "capacity,,,,intro,,4.1,4,0.1,0.1,",
        ),
    ],
)
def test_gap_csv_tiny_shortfall_is_never_zero(
    tmp_path: Path, lang: str, header: str, row: str
) -> None:
    """4.04 against 4 seats: the CSV says 4.1 needed and 0.1 short; JSON is exact."""
    model = _model(tmp_path, TINY)
    dialect = "excel-sv" if lang == "sv" else "plain"
    result = run(
        "gap", str(model), "-f", "csv", "--csv-dialect", dialect, "--lang", lang
    )
    lines = result.stdout.lstrip("\ufeff").splitlines()
    assert lines[0].startswith(header)
    assert lines[1].startswith(row)
    document = json.loads(run("gap", str(model), "--format", "json").stdout)
    intro = next(g for g in document["gaps"] if g["course"] == "intro")
    assert intro["demand_per_year"] == 4.04
    assert intro["shortfall_people"] == 0.04


def test_progress_years_to_cover_ignore_float_noise() -> None:
    """No spare seat hides in 30 − 29.999999999999996: never, not 10¹⁵ years."""
    from dosering.analyses.progress import years_to_cover

    assert years_to_cover(10, 30, 29.999999999999996) is None
    assert years_to_cover(10, 30, 30.000000000000004) is None
    assert years_to_cover(10, 30, 29.5) == 20.0
