"""unknown-group: a role names no group."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

SSK_GROUP = "    group: vard\n"


def test_passes() -> None:
    """A role may have no group."""
    assert_findings(edit(SSK_GROUP, ""), [])


def test_fails() -> None:
    """`vardd` is no group: at the value."""
    assert_findings(edit(SSK_GROUP, "    group: vardd\n"), [("unknown-group", 21, 12)])
