"""gap's numbers by their names: course places vs people, no demand, audience."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.conftest import DATA, run

EXAMPLE = DATA / "paths" / "learning-path.yaml"


def _flat(text: str) -> str:
    """Terminal output with its line wrapping undone (no-break spaces kept)."""
    return re.sub(r"[ \n]+", " ", text)


def _cells(out: str, first: str) -> list[str]:
    """The cells of the table row that starts with `first`."""
    row = next(line for line in out.splitlines() if line.strip().startswith(first))
    return [cell for cell in row.split(" ") if cell][1:]


def _json(model: Path) -> dict[str, Any]:
    result = run("gap", str(model), "--format", "json")
    assert result.exit_code in (0, 1), result
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_json_people_no_demand_and_roles():
    """The worked example: 134 people a year; fk-intro, ps-intro hold no path."""
    document = _json(EXAMPLE)
    summary = document["summary"]
    assert summary["people_per_year"] == 134.0
    assert summary["total_demand_per_year"] == 134.0
    assert summary["no_demand"] == ["fk-intro", "ps-intro"]
    demand = {d["course"]: d for d in document["courses_demand"]}
    assert demand["coach"]["roles"] == ["utvecklare", "chef"]
    assert demand["coach"]["demand_per_year"] == 20.0
    assert demand["fk-intro"]["roles"] == []
    assert demand["fk-intro"]["demand_per_year"] == 0


def test_json_numbers_are_rounded(tmp_path: Path):
    """0.1 + 0.2 style float noise never reaches JSON: 6 decimals at most."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "headcount: 1000\n    turnover: 0.1", "headcount: 3\n    turnover: 0.1"
    )
    text = text.replace(
        "needs: {fk: veta, ps: veta}\n  - id: ledamot",
        "refresh_years: 3\n    needs: {fk: veta, ps: veta}\n  - id: ledamot",
    )
    model = tmp_path / "model.yaml"
    model.write_text(text, encoding="utf-8")
    document = _json(model)
    demand = {d["course"]: d for d in document["courses_demand"]}
    # 3 × (0.1 + 1/3) = 1.3 (1.2999999999999998 unrounded)
    assert demand["kombi"]["demand_per_year"] == 1.3
    assert document["summary"]["people_per_year"] == 35.3


def test_text_no_demand_shows_a_dash_and_the_reason():
    """A course on no path shows – for demand and years, and why, in both languages."""
    result = run("gap", str(EXAMPLE), "--lang", "sv")
    out = _flat(result.stdout)
    assert (
        "Ingen lärväg innehåller Introduktion till förbättringsarbete (fk-intro)" in out
    )
    assert (
        "Ingen lärväg innehåller Introduktion till förbättringsarbete (fk-intro), "
        "Introduktion till patientsäkerhet (ps-intro): rollerna som behöver det de ger "
        "får det genom en annan kurs på sin lärväg"
    ) in out
    assert "föreskriv en av dem i ett behov (`courses:`)" in out
    assert _cells(result.stdout, "fk-intro") == ["–", "–", "0", "–"]
    assert "134,0 personer per år behöver utbildning" in out
    assert "Ingen kurs som ges har för få platser." in out
    english = _flat(run("gap", str(EXAMPLE)).stdout)
    assert "No learning path holds Introduction" not in english
    assert (
        "No learning path holds Introduktion till förbättringsarbete (fk-intro)"
        in english
    )
    assert "the roles that need what they give get it" in english
    assert "prescribe one in a need (`courses:`)" in english
    assert "134.0 people a year need training" in english


def test_unlimited_seats_are_never_short(tmp_path: Path):
    """`seats_per_year: unlimited` shows as unlimited/obegränsat and is never short."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "hours: 2, gives: {fk: veta, ps: veta}}",
        "hours: 2, gives: {fk: veta, ps: veta}, seats_per_year: unlimited}",
    )
    text = text.replace("hours: 56, gives", "hours: 56, seats_per_year: 5, gives")
    model = tmp_path / "model.yaml"
    model.write_text(text, encoding="utf-8")
    document = _json(model)
    demand = {d["course"]: d for d in document["courses_demand"]}
    assert demand["kombi"]["seats_per_year"] == "unlimited"
    assert demand["kombi"]["years_to_cover"] == 0.0
    capacity = [g for g in document["gaps"] if g["category"] == "capacity"]
    assert [g["course"] for g in capacity] == ["coach"]
    assert capacity[0]["shortfall_people"] == 15.0
    assert capacity[0]["shortfall_hours"] == 840.0
    result = run("gap", str(model), "--lang", "sv")
    out = _flat(result.stdout)
    assert _cells(result.stdout, "kombi") == ["100,0", "obegränsat", "1\u00a0000", "–"]
    assert (
        "1 kurs har för få platser: sammanlagt saknas 15,0 kursplatser och 840,0 "
        "utbildningstimmar per år" in out
    )
    english = run("gap", str(model)).stdout
    assert "unlimited" in english


def test_a_need_closed_by_audience_is_uncovered_with_a_hint(tmp_path: Path):
    """Only the board seminar gives ps to nurses' level: uncovered, naming politik."""
    text = EXAMPLE.read_text(encoding="utf-8")
    for course in ("ps-intro", "kombi"):
        start = text.index(f"  - {{id: {course},")
        end = text.index("\n", start) + 1
        text = text[:start] + text[end:]
    model = tmp_path / "model.yaml"
    model.write_text(text, encoding="utf-8")
    document = _json(model)
    uncovered = [g for g in document["gaps"] if g["category"] == "uncovered"]
    assert uncovered == [
        {
            "category": "uncovered",
            "role": "sjukskoterska",
            "area": "ps",
            "level": "veta",
            "closed_by_audience": ["styrelse"],
        }
    ]
    out = _flat(run("gap", str(model), "--lang", "sv").stdout)
    assert "bara kurser för andra ger Patientsäkerhet på Veta & delta" in out
    assert "(för Politik)" in out


def test_list_seats_unlimited_words(tmp_path: Path):
    """`obegränsat`, `Unlimited ` and `∞` in a list's seats column mean unlimited."""
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Kursnamn;Platser\n"
        "Förbättring och patientsäkerhet;obegränsat\n"
        "Förbättringscoach;Unlimited \n"
        "Att läsa verksamhetsdata;∞\n"
        "Förbättringscoach;3\n",
        encoding="utf-8",
    )
    result = run("gap", str(EXAMPLE), "--courses", str(listing), "-f", "json")
    document = json.loads(result.stdout)
    assert document["findings"] == []
    demand = {d["course"]: d["seats_per_year"] for d in document["courses_demand"]}
    assert demand == {"kombi": "unlimited", "data": "unlimited", "coach": "unlimited"}
    assert [g for g in document["gaps"] if g["category"] == "capacity"] == []
