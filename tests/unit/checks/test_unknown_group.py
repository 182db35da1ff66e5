"""unknown-group: a role names no group."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit, hints_of

SSK_GROUP = "    group: vard\n"


def test_passes() -> None:
    """A role may have no group."""
    assert_findings(edit(SSK_GROUP, ""), [])


def test_fails() -> None:
    """`vardd` is no group: at the value."""
    assert_findings(edit(SSK_GROUP, "    group: vardd\n"), [("unknown-group", 21, 12)])


def test_a_group_name_suggests_its_id() -> None:
    """`vård` is the name of `vard`: "did you mean `vard`"."""
    text = edit("    group: ledning\n", "    group: vård\n")
    assert [h for h in hints_of(text) if h[0].startswith("unknown-")] == [
        (
            "unknown-group",
            "Did you mean `vard`? The groups are listed under `groups:` (line 14).",
        )
    ]
