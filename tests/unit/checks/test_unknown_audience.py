"""unknown-audience: an audience names no group or role."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

AUDIENCE = "    audience: [ledning]"


def test_passes() -> None:
    """A role id is an audience too."""
    assert_findings(edit(AUDIENCE, "    audience: [ledning, ssk]"), [])


def test_fails() -> None:
    """`ledningg` is neither: at the id."""
    assert_findings(
        edit(AUDIENCE, "    audience: [ledning, ledningg]"),
        [("unknown-audience", 47, 25)],
    )
