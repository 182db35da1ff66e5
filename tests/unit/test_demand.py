"""The allocation rule and the capacity numbers, checked against hand-computed ones."""

from __future__ import annotations

import pytest

from dosering.analyses.demand import Offer, allocate
from dosering.model.semantics import Meaning
from dosering.pipeline.check import Options, check_file
from tests.conftest import SHARED

CONTRACT = SHARED / "contract" / "model.yaml"


def _meaning() -> Meaning:
    checked = check_file(CONTRACT, "model.yaml", Options())
    assert checked.model is not None
    return Meaning(checked.model)


def test_contract_own_catalogue_demand():
    """fk-leda: 1000×0.1 + 100×(0.15+1/5) = 135/yr; ps-ledning: 35 + 10×0.2 = 37/yr.

    fk-intro serves sjuksköterska (lowest satisfying level beats fk-leda and
    fk-ledning): 100/yr; fk-ledning serves regiondirektör: 2/yr, no seats.
    """
    demand = allocate(_meaning()).by_course()
    assert demand["fk-intro"].demand_per_year == pytest.approx(100.0)
    assert demand["fk-leda"].demand_per_year == pytest.approx(135.0)
    assert demand["fk-leda"].shortfall_people == pytest.approx(95.0)
    assert demand["fk-leda"].shortfall_hours == pytest.approx(1520.0)
    assert demand["ps-ledning"].demand_per_year == pytest.approx(37.0)
    assert demand["ps-ledning"].shortfall_hours == pytest.approx(136.0)
    assert demand["fk-ledning"].demand_per_year == pytest.approx(2.0)
    assert allocate(_meaning()).not_assessed == ("fk-ledning",)


def test_backlog_and_years_to_cover():
    """fk-intro: backlog 1000 people, 150 − 100 = 50 spare seats → 20 years."""
    demand = allocate(_meaning()).by_course()
    assert demand["fk-intro"].backlog == 1000
    assert demand["fk-intro"].years_to_cover == pytest.approx(20.0)
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
