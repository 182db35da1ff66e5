"""The allocation rule and the capacity numbers, checked against hand-computed ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from dosering.analyses.demand import Offer, allocate
from dosering.model.semantics import Meaning
from dosering.pipeline.check import Options, check_file
from tests.conftest import DATA

CONTRACT = DATA / "contract" / "model.yaml"


def _meaning() -> Meaning:
    checked = check_file(CONTRACT, "model.yaml", Options())
    assert checked.model is not None
    return Meaning(checked.model)


def test_contract_own_catalogue_demand():
    """fk-leda: 1000×0.1 + 100×(0.15+1/5) = 135/yr; ps-ledning: 35 + 10×0.2 = 37/yr.

    Sjuksköterska's path is fk-leda alone (patientsäkerhet/veta has the fewer
    satisfiers and fk-leda also gives förbättringskunskap/veta), so fk-intro has no
    demand; fk-ledning serves regiondirektör: 2/yr, no seats.
    """
    allocation = allocate(_meaning())
    demand = allocation.by_course()
    assert demand["fk-intro"].demand_per_year == 0
    assert allocation.no_demand == ("fk-intro",)
    assert allocation.people_per_year == pytest.approx(137.0)
    assert allocation.total_demand == pytest.approx(135.0 + 37.0 + 2.0)
    assert demand["fk-leda"].demand_per_year == pytest.approx(135.0)
    assert demand["fk-leda"].shortfall_people == pytest.approx(95.0)
    assert demand["fk-leda"].shortfall_hours == pytest.approx(1520.0)
    assert demand["ps-ledning"].demand_per_year == pytest.approx(37.0)
    assert demand["ps-ledning"].shortfall_hours == pytest.approx(136.0)
    assert demand["fk-ledning"].demand_per_year == pytest.approx(2.0)
    assert allocate(_meaning()).not_assessed == ("fk-ledning",)


def test_backlog_and_years_to_cover():
    """fk-leda serves 1100 people and has no spare seats; fk-intro serves nobody."""
    demand = allocate(_meaning()).by_course()
    assert demand["fk-intro"].backlog == 0
    assert demand["fk-intro"].years_to_cover == 0.0
    assert demand["fk-leda"].backlog == 1100
    assert demand["fk-leda"].years_to_cover is None  # no spare seats: never


def test_prescribed_course_not_offered_falls_back_to_a_satisfier():
    """Without ps-ledning, enhetschef's ps/driva has no satisfier: no demand goes."""
    meaning = _meaning()
    offered = {
        "fk-intro": Offer(170, 1.5),
        "fk-leda": Offer(30, 16.0),
        "fk-ledning": Offer(10, 4.0),
    }
    allocation = allocate(meaning, offered)
    assert allocation.targets[(1, "patientsakerhet")] == ()
    assert allocation.by_course()["fk-leda"].demand_per_year == pytest.approx(135.0)
    assert allocation.by_course()["fk-leda"].shortfall_people == pytest.approx(105.0)
    assert allocation.by_course()["fk-leda"].shortfall_hours == pytest.approx(1680.0)


def test_worked_example_demand_follows_the_learning_path():
    """Coach's demand = utvecklare's 10 + chef's 10; fk-intro and ps-intro none."""
    path = Path(__file__).parent.parent / "data" / "paths" / "learning-path.yaml"
    checked = check_file(path, path.name, Options())
    assert checked.model is not None
    meaning = Meaning(checked.model)
    offered = {
        course.id: Offer(100 if course.id == "coach" else "unlimited", course.hours)
        for course in meaning.model.courses
    }
    allocation = allocate(meaning, offered)
    demand = allocation.by_course()
    assert demand["coach"].demand_per_year == pytest.approx(20.0)
    assert demand["coach"].roles == ("utvecklare", "chef")
    assert demand["coach"].backlog == 300
    assert demand["coach"].years_to_cover == pytest.approx(300 / 80)
    assert demand["kombi"].demand_per_year == pytest.approx(100.0)
    assert demand["kombi"].unlimited
    assert not demand["kombi"].short
    assert demand["kombi"].years_to_cover == 0.0
    assert allocation.no_demand == ("fk-intro", "ps-intro")
    assert allocation.total_seats == 100
    assert allocation.people_per_year == pytest.approx(10 + 10 + 4 + 100 + 10)
