"""need-unsatisfied: a need no course satisfies."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

CHEF_NEEDS = "      fk: driva\n"


def test_passes() -> None:
    """Chef's patientsäkerhet/veta is given by ps-intro."""
    assert_findings(edit(CHEF_NEEDS, CHEF_NEEDS + "      ps: veta\n"), [])


def test_fails() -> None:
    """No course gives patientsäkerhet at driva: at the need's value."""
    assert_findings(
        edit(CHEF_NEEDS, CHEF_NEEDS + "      ps: driva\n"),
        [("need-unsatisfied", 34, 11)],
    )
