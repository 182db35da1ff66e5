"""The learning path: every row of the worked example (learning-path.md) holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from dosering.analyses.paths import learning_paths, plan_paths
from dosering.model.semantics import Meaning
from dosering.pipeline.check import Options, check_file

EXAMPLE = Path(__file__).parent.parent / "data" / "paths" / "learning-path.yaml"


def _meaning(path: Path = EXAMPLE) -> Meaning:
    checked = check_file(path, path.name, Options())
    assert checked.model is not None, checked.findings
    return Meaning(checked.model)


@pytest.mark.parametrize(
    ("role", "path"),
    [
        ("utvecklare", ("coach",)),
        ("chef", ("coach",)),
        ("analytiker", ("data",)),
        ("sjukskoterska", ("kombi",)),
        ("ledamot", ("styrelse",)),
    ],
)
def test_worked_example_rows(role: str, path: tuple[str, ...]):
    """Each role of the worked example gets exactly the path the table gives it."""
    assert learning_paths(_meaning())[role] == path


def test_worked_example_serves_each_need():
    """Coach serves both of utvecklare's needs; kombi both of sjuksköterska's."""
    planned = plan_paths(_meaning())
    assert planned.roles[0].serves == {"fk": ("coach",), "ma": ("coach",)}
    assert planned.roles[3].serves == {"fk": ("kombi",), "ps": ("kombi",)}


def test_holders_give_no_demand_to_intro_courses():
    """fk-intro and ps-intro are on no path; coach holds utvecklare and chef."""
    holders = plan_paths(_meaning()).holders()
    assert "fk-intro" not in holders
    assert "ps-intro" not in holders
    assert holders["coach"] == (0, 1)


def test_offered_subset_and_hours_override():
    """Without kombi, ps-intro and fk-intro; data dearer than coach sends to coach."""
    meaning = _meaning()
    offered = {"fk-intro", "ps-intro", "styrelse", "data", "coach"}
    paths = learning_paths(meaning, offered, {"data": 80.0})
    assert paths["sjukskoterska"] == ("ps-intro", "fk-intro")
    assert paths["analytiker"] == ("coach",)
    assert paths["ledamot"] == ("styrelse",)


def test_nothing_offered_gives_empty_paths():
    """A role whose needs no offered course satisfies has an empty path."""
    planned = plan_paths(_meaning(), offered=())
    assert all(path.courses == () for path in planned.roles)
    assert planned.roles[0].serves == {"fk": (), "ma": ()}


def test_prescribed_course_goes_first_and_serves_other_needs(tmp_path: Path):
    """A prescribed course is on the path whatever its audience, and counts."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "needs: {fk: veta, ps: veta}\n  - id: ledamot",
        "needs: {fk: veta, ps: {level: veta, courses: [styrelse, data]}}\n"
        "  - id: ledamot",
    )
    model = tmp_path / "model.yaml"
    model.write_text(text, encoding="utf-8")
    meaning = _meaning(model)
    offered = {c.id for c in meaning.model.courses} - {"data"}
    planned = plan_paths(meaning, offered)
    # styrelse is closed to sjuksköterska: fk: veta goes to fk-intro (model order).
    assert planned.roles[3].courses == ("styrelse", "fk-intro")
    assert planned.roles[3].serves == {"fk": ("fk-intro",), "ps": ("styrelse",)}
