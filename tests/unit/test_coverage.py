"""Tests of analyses/coverage.py: matching rows, the offer and the six categories."""

from __future__ import annotations

from pathlib import Path

import pytest

from dosering.analyses.coverage import (
    Coverage,
    find_gaps,
    match_rows,
    offer_from,
)
from dosering.analyses.demand import Offer
from dosering.inputs.courselist import Row
from dosering.inputs.mapping import RowMapping
from dosering.model.keys import title_key
from dosering.model.semantics import Meaning
from dosering.pipeline.check import Options, load_model
from tests.conftest import DATA

MODEL = DATA / "courselists" / "model.yaml"


def meaning_of(path: Path = MODEL) -> Meaning:
    """The Meaning of a valid model file."""
    checked = load_model(path, str(path), Options())
    assert checked.model is not None, checked.findings
    return Meaning(checked.model)


def items(coverage: Coverage) -> list[dict[str, object]]:
    """The gaps as JSON dicts, in order."""
    return [gap.as_dict() for gap in coverage.gaps]


def test_own_catalogue_allocation_by_hand() -> None:
    """Own catalogue: ssk 200 x 0.1 = 20/yr and chef 50 x (0.2 + 1/5) = 20/yr.

    ssk's fk/veta goes to fk-bas (lowest satisfying level; fk-driva and fk-leda also
    satisfy it), its ps/veta to the prescribed ps-bas (10 seats: short 10 people,
    x 2 h = 20 h); chef's fk/driva to fk-driva (leda does not include driva), ps/driva
    to ps-driva. direktör has no headcount: no demand, backlog 0. fk-bas: backlog
    200 at 30 - 20 = 10 spare seats: 20 years to cover.
    """
    coverage = find_gaps(meaning_of())
    assert items(coverage) == [
        {"category": "uncovered", "role": "direktor", "area": "inno", "level": "veta"},
        {
            "category": "capacity",
            "course": "ps-bas",
            "demand_per_year": 20.0,
            "seats_per_year": 10,
            "shortfall_people": 10.0,
            "shortfall_hours": 20.0,
            "hours": 2.0,
        },
    ]
    demand = coverage.allocation.by_course()
    assert demand["fk-bas"].demand_per_year == 20.0
    assert demand["fk-bas"].years_to_cover == 20.0
    assert demand["fk-driva"].roles == ("chef",)
    assert demand["fk-driva"].years_to_cover == pytest.approx(50 / 80)
    assert demand["fk-leda"].roles == ("direktor",)
    assert coverage.allocation.roles_without_headcount == ("direktor",)
    assert coverage.allocation.not_assessed == ("fk-leda",)
    assert not coverage.with_list


def rows(*specs: tuple[str | None, str | None, float | None, int | None]) -> list[Row]:
    """Rows numbered from 2 (the header is row 1)."""
    return [Row(i, *spec) for i, spec in enumerate(specs, start=2)]


def test_every_category_with_a_list() -> None:
    """A list that leaves out fk-driva and ps-bas and adds an unrelated row."""
    listed = rows(
        ("A1", "Förbättring – grund", 1, 5),  # fk-bas: 5 seats
        (" a1 ", None, None, 10),  # fk-bas again, code padded and lower case
        (None, "LEDA  förbättring!", 3, None),  # fk-leda by title
        ("E9", "Patientsäkerhet i praktiken", 4, 40),  # ps-driva by title
        ("X1", "Excel för nybörjare", 2, 100),
        ("X2", "Driva förbättringar", 8, 20),  # a near miss of fk-driva
    )
    coverage = find_gaps(meaning_of(), listed)
    assert items(coverage) == [
        {"category": "uncovered", "role": "direktor", "area": "inno", "level": "veta"},
        {
            "category": "partial",
            "role": "chef",
            "area": "fk",
            "level": "driva",
            "offered_levels": ["veta", "leda"],
        },
        {
            "category": "prescribed-missing",
            "course": "ps-bas",
            "role": "ssk",
            "area": "ps",
            "level": "veta",
        },
        {
            "category": "not-offered",
            "course": "fk-driva",
            "needs": [
                {"role": "ssk", "area": "fk", "level": "veta", "prescribed": False},
                {"role": "chef", "area": "fk", "level": "driva", "prescribed": False},
            ],
        },
        {
            "category": "not-offered",
            "course": "ps-bas",
            "needs": [
                {"role": "ssk", "area": "ps", "level": "veta", "prescribed": True}
            ],
        },
        {
            "category": "capacity",
            "course": "fk-bas",
            "demand_per_year": 20.0,
            "seats_per_year": 15,
            "shortfall_people": 5.0,
            "shortfall_hours": 5.0,
            "hours": 1.0,
        },
        {
            "category": "unmapped",
            "row": 6,
            "code": "X1",
            "title": "Excel för nybörjare",
            "suggestions": [],
        },
        {
            "category": "unmapped",
            "row": 7,
            "code": "X2",
            "title": "Driva förbättringar",
            "suggestions": [{"course": "fk-driva", "score": 94.4}],
        },
    ]
    assert coverage.counts == {
        "uncovered": 1,
        "partial": 1,
        "prescribed-missing": 1,
        "not-offered": 2,
        "capacity": 1,
        "unmapped": 2,
    }
    # ps/veta of ssk: ps-bas not offered, so the demand goes to the satisfier
    # ps-driva (driva includes veta): 20 (ssk) + 20 (chef) = 40 against 40 seats.
    assert coverage.allocation.by_course()["ps-driva"].demand_per_year == 40.0
    assert [m.how for m in coverage.matches] == [
        "code",
        "code",
        "title",
        "title",
        None,
        None,
    ]


def test_offer_seats_add_up_and_first_hours_win() -> None:
    """Seats of the rows that carry seats add up; the first row with hours wins."""
    meaning = meaning_of()
    listed = rows(
        ("B1", None, None, None),
        ("B2", None, 6, 30),
        ("B1", None, 9, 20),
        ("C1", None, None, None),
    )
    offered = offer_from(meaning, match_rows(meaning, listed))
    assert offered == {
        "fk-driva": Offer(seats_per_year=50, hours=6.0),
        # no seats or hours in its rows: the model's (no seats, no hours)
        "fk-leda": Offer(seats_per_year=None, hours=None),
    }


def test_blank_seats_keep_the_models_and_zero_is_zero() -> None:
    """A blank seats cell keeps the model's figure; 0 means zero seats."""
    meaning = meaning_of()
    offered = offer_from(
        meaning, match_rows(meaning, rows(("A1", None, None, None), ("D1", None, 2, 0)))
    )
    assert offered["fk-bas"] == Offer(30, 1.0)
    assert offered["ps-bas"] == Offer(0, 2.0)


def test_mapping_comes_first_and_ignore_hides_a_row() -> None:
    """The mapping beats the lms code; ignored rows are neither matched nor gaps."""
    meaning = meaning_of()
    mapping = RowMapping.of({"A1": "fk-driva", "Excel för nybörjare": "ps-bas"}, ["X9"])
    listed = rows(
        ("A1", "Förbättring – grund", 1, 5),
        (None, "excel för  nybörjare", 2, 10),
        ("x9", "Något annat", 1, 1),
    )
    matches = match_rows(meaning, listed, mapping)
    assert [(m.course, m.how, m.ignored) for m in matches] == [
        ("fk-driva", "mapping", False),
        ("ps-bas", "mapping", False),
        (None, None, True),
    ]
    coverage = find_gaps(meaning, listed, mapping)
    assert coverage.of("unmapped") == ()


def test_a_title_shared_by_two_courses_is_not_a_match(tmp_path: Path) -> None:
    """A row whose title names two courses stays unmapped, both suggested."""
    text = MODEL.read_text(encoding="utf-8").replace(
        "title: Leda förbättring", "title: Driva förbättring"
    )
    model = tmp_path / "model.yaml"
    model.write_text(text, encoding="utf-8")
    coverage = find_gaps(meaning_of(model), rows((None, "Driva förbättring", 1, 1)))
    (unmapped,) = coverage.of("unmapped")
    assert unmapped.suggestions == (("fk-driva", 100.0), ("fk-leda", 100.0))


def test_non_cumulative_level_does_not_satisfy_what_it_does_not_include() -> None:
    """fk-leda alone (leda includes only veta) leaves chef's fk/driva partial."""
    coverage = find_gaps(meaning_of(), rows(("C1", None, None, None)))
    partial = [g.as_dict() for g in coverage.of("partial")]
    assert {"role": "chef", "area": "fk", "level": "driva"}.items() <= partial[
        0
    ].items()
    assert partial[0]["offered_levels"] == ["leda"]
    # ssk's fk/veta is satisfied by fk-leda (leda includes veta): no gap for it
    assert all(g.role != "ssk" or g.area != "fk" for g in coverage.gaps)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Patientsäkerhet – grundkurs", "patientsäkerhet grundkurs"),
        ("  LEDA   förbättring!! ", "leda förbättring"),
        ("Ge förutsättningar (chefer)", "ge förutsättningar chefer"),
        ("A\u0308ldre vård", "äldre vård"),
    ],
)
def test_title_key_normalises(title: str, key: str) -> None:
    """Titles compare after NFC, casefold, punctuation to space, spaces collapsed."""
    assert title_key(title) == key
