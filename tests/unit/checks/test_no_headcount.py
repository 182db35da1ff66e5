"""no-headcount: a role without a headcount adds no demand."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

HEADCOUNT = "    headcount: 10\n"


def test_passes() -> None:
    """A headcount of 0 is a headcount."""
    assert_findings(edit(HEADCOUNT, "    headcount: 0\n"), [])


def test_fails() -> None:
    """Chef without one: at the role's id."""
    assert_findings(edit(HEADCOUNT, ""), [("no-headcount", 27, 9)])
