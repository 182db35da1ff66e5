"""The analysed document: matrix, learning paths, catalogue, dimensioning, warnings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dosering.analyses.document import Document, build_document, safe_url
from dosering.model.semantics import Meaning
from dosering.pipeline.check import Options, load_model
from dosering.report.words import word_findings
from tests.conftest import DATA, ROOT

CONTRACT = DATA / "contract"


def document_of(path: Path, lang: str = "en") -> Document:
    """The document of a valid model file."""
    checked = load_model(path, str(path), Options())
    assert checked.model is not None, checked.findings
    return build_document(Meaning(checked.model), word_findings(checked.findings, lang))


@pytest.fixture(scope="module")
def kalmar() -> Document:
    """Region Kalmar län's example, analysed."""
    return document_of(ROOT / "examples" / "kalmar.yaml")


@pytest.fixture(scope="module")
def contract() -> Document:
    """The contract's small model, analysed."""
    return document_of(CONTRACT / "model.yaml")


def test_capacity_numbers_equal_the_contract(contract: Document):
    """Demand against seats per course is the contract's gap capacity numbers.

    Checked by hand: fk-leda 100 + 35 = 135 against 40, ps-ledning 35 + 2 = 37
    against 20 (tests/data/contract/README.md).
    """
    expected = json.loads((CONTRACT / "expected-gap-own-catalogue.json").read_text())
    capacity = {
        gap["course"]: gap for gap in expected["gaps"] if gap["category"] == "capacity"
    }
    loads = {load.course_id: load for load in contract.dimensioning.courses}
    for course, gap in capacity.items():
        load = loads[course]
        assert round(load.demand_per_year, 1) == gap["demand_per_year"]
        assert load.seats_per_year == gap["seats_per_year"]
        assert round(load.shortfall_people, 1) == gap["shortfall_people"]
    short = {c for c, load in loads.items() if load.shortfall_people > 0}
    assert short == set(capacity)


def test_contract_backlog_and_years_to_cover(contract: Document):
    """Backlog is the served headcount; years to cover = backlog / spare seats."""
    loads = {load.course_id: load for load in contract.dimensioning.courses}
    assert loads["fk-intro"].backlog == 0  # on no learning path
    assert loads["fk-leda"].backlog == 1100
    assert loads["fk-leda"].years_to_cover is None
    assert loads["fk-ledning"].seats_per_year is None


def test_contract_levels_say_when_not_cumulative(contract: Document):
    """ge-forutsattningar includes veta only: it names driva as not covered."""
    levels = {level.id: level for level in contract.levels}
    assert levels["driva"].cumulative
    assert levels["driva"].includes == ("Veta & delta",)
    assert not levels["ge-forutsattningar"].cumulative
    assert levels["ge-forutsattningar"].includes == ("Veta & delta",)
    assert levels["ge-forutsattningar"].excludes == ("Driva & leda",)


def test_contract_matrix_cells(contract: Document):
    """Each role has one cell per area; empty where there is no need."""
    assert [group.name for group in contract.matrix] == [
        "Klinisk vård",
        "Högsta ledning",
    ]
    director = contract.matrix[1].rows[0]
    assert director.id == "regiondirektor"
    cells = {cell.area_id: cell for cell in director.cells}
    assert cells["innovation"].level == "Veta & delta"
    assert cells["innovation"].courses == ()
    assert cells["forbattringskunskap"].number == 3
    assert [c.id for c in cells["forbattringskunskap"].courses] == ["fk-ledning"]
    nurse = contract.matrix[0].rows[0]
    nurse_cells = {cell.area_id: cell for cell in nurse.cells}
    assert nurse_cells["innovation"].level_id is None
    shown = [(c.id, c.chosen) for c in nurse_cells["patientsakerhet"].courses]
    assert shown == [("fk-leda", True)]


def test_contract_paths(contract: Document):
    """Learning paths follow the allocation; a need without a course is missing."""
    paths = {path.role_id: path for path in contract.paths}
    chef = paths["enhetschef"]
    assert [step.course_id for step in chef.steps] == ["fk-leda", "ps-ledning"]
    assert chef.total_hours == 24.0
    assert chef.demand_per_year == pytest.approx(35.0)
    director = paths["regiondirektor"]
    assert director.missing == ("Innovationskunskap",)
    assert director.hours_unknown == 0


def test_contract_group_hours(contract: Document):
    """Training hours a year per group = Σ role demand × its path's hours."""
    groups = {group.id: group for group in contract.dimensioning.groups}
    clinical = groups["klinisk-vard"]
    # sjuksköterska: 100/year × 16 h (fk-leda gives both of its needs);
    # enhetschef: 35/year × (16 + 8) h
    assert clinical.hours_per_year == pytest.approx(100 * 16 + 35 * 24)
    assert clinical.backlog_hours == pytest.approx(1000 * 16 + 100 * 24)
    assert clinical.headcount == 1100
    total = contract.dimensioning.total
    assert total.people_per_year == pytest.approx(137.0)
    assert contract.dimensioning.max_value == 150.0


def test_kalmar_matrix_size_and_order(kalmar: Document):
    """Kalmar's 14 roles in 5 groups, in model order, each with 5 cells."""
    assert kalmar.role_count == 14
    assert [len(group.rows) for group in kalmar.matrix] == [6, 2, 4, 1, 1]
    assert all(len(row.cells) == 5 for g in kalmar.matrix for row in g.rows)
    assert kalmar.matrix[0].rows[0].id == "sjukskoterska"


def test_kalmar_path_order_deadlines_first(kalmar: Document):
    """A course with a deadline comes first, then the smallest dose."""
    path = next(p for p in kalmar.paths if p.role_id == "sjukskoterska")
    assert [(s.course_id, s.within_months) for s in path.steps] == [
        ("ps-intro", 3),
        ("fk-vardag", None),
    ]
    assert path.total_hours == 2.5


def test_kalmar_warning_is_in_the_document(kalmar: Document):
    """The deliberate need-unsatisfied warning is shown with its location."""
    assert [(w.code, w.location) for w in kalmar.warnings] == [
        ("need-unsatisfied", "roles[9].needs.innovationskunskap")
    ]


def test_kalmar_catalogue(kalmar: Document):
    """The catalogue keeps every course with its LMS codes and link."""
    assert len(kalmar.catalogue) == 15
    chef = next(c for c in kalmar.catalogue if c.id == "chef-forutsattningar")
    assert chef.lms == ("23010", "23011")
    assert chef.gives == (
        ("Förbättringskunskap", "Ge förutsättningar"),
        ("Patientsäkerhet", "Ge förutsättningar"),
    )
    assert chef.url is None
    facilitering = next(c for c in kalmar.catalogue if c.id == "facilitering")
    assert facilitering.url == "https://example.org/regionkalmar/kurser/22060"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("http://example.org", "http://example.org"),
        ("HTTPS://example.org", "HTTPS://example.org"),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("ftp://example.org", None),
        ("https://", None),
        ("https://exa mple.org", None),
        ("https://example.org/\x07", None),
        ("http://[::1", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None):
    """Only http(s) addresses with a host are ever links."""
    assert safe_url(url) == expected


def test_matrix_cell_names_at_most_three_alternatives(write_tree):
    """With six courses giving the dose, a cell names four and counts two more."""
    courses = "".join(
        f"  - {{id: c{i}, title: Kurs {i}, format: workshop, hours: {9 - i}, "
        f"gives: {{fk: veta}}}}\n"
        for i in range(6)
    )
    root = write_tree(
        {
            "m.yaml": "dosering: 1\nregion: {id: r, name: R}\n"
            "levels: [{id: veta, name: Veta}]\nareas: [{id: fk, name: FK}]\n"
            "roles:\n  - {id: a, name: A, headcount: 5, needs: {fk: veta}}\n"
            f"courses:\n{courses}"
        }
    )
    document = document_of(root / "m.yaml")
    (cell,) = document.matrix[0].rows[0].cells
    assert [(c.id, c.chosen) for c in cell.courses] == [
        ("c0", False),
        ("c1", False),
        ("c2", False),
        ("c5", True),
    ]
    assert cell.more == 2
