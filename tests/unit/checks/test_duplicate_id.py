"""duplicate-id: an id used twice in one list."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

LEDNING = "  - id: ledning\n    name: Ledning\n"


def test_passes() -> None:
    """Every group id once."""
    assert_findings(edit(LEDNING, LEDNING + "  - id: politik\n    name: Politik\n"), [])


def test_fails() -> None:
    """A second group `vard`, at its id."""
    assert_findings(
        edit(LEDNING, LEDNING + "  - id: vard\n    name: Vård igen\n"),
        [("duplicate-id", 18, 9)],
    )
