"""unknown-level: a need names no level."""

from __future__ import annotations

from tests.unit.checks._helper import BASE, assert_findings, edit

SSK_FK = "      fk: veta\n"


def test_passes() -> None:
    """veta is a level."""
    assert_findings(BASE, [])


def test_fails() -> None:
    """`vetaa` is none: at the value; fk-intro then serves no need either."""
    assert_findings(
        edit(SSK_FK, "      fk: vetaa\n"),
        [("unknown-level", 25, 11), ("course-unused", 35, 9)],
    )
