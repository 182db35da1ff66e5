"""multiline-text: a name that spans lines."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

NAME = "    name: Enhetschef\n"


def test_passes() -> None:
    """A block scalar on one line (its final line break does not count)."""
    assert_findings(edit(NAME, "    name: |\n      Enhetschef\n"), [])


def test_fails() -> None:
    """Two lines in chef's name: at the value."""
    assert_findings(
        edit(NAME, "    name: |\n      Enhetschef\n      i vården\n"),
        [("multiline-text", 28, 11)],
    )
