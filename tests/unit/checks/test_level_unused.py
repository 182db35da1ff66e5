"""level-unused: a level no need and no course uses."""

from __future__ import annotations

from tests.unit.checks._helper import BASE, assert_findings, edit

DRIVA = "  - id: driva\n    name: Driva & leda\n"


def test_passes() -> None:
    """veta and driva are both needed and given."""
    assert_findings(BASE, [])


def test_fails() -> None:
    """A new level `stod` that nothing uses, at its id."""
    assert_findings(
        edit(DRIVA, DRIVA + "  - id: stod\n    name: Ge stöd\n"),
        [("level-unused", 8, 9)],
    )
