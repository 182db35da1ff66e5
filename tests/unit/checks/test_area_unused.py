"""area-unused: an area no role needs and no course gives."""

from __future__ import annotations

from tests.unit.checks._helper import BASE, assert_findings, edit

INNOVATION = "  - id: ps\n    name: Patientsäkerhet\n"
ADDED = INNOVATION + "  - id: inno\n    name: Innovation\n"


def test_passes() -> None:
    """Every area of the base model is needed and given."""
    assert_findings(BASE, [])


def test_fails() -> None:
    """A new area `inno` that nothing uses, at its id."""
    assert_findings(edit(INNOVATION, ADDED), [("area-unused", 13, 9)])
