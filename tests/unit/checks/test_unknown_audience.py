"""unknown-audience: an audience names no group or role."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit, hints_of

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


def test_a_role_name_suggests_its_id() -> None:
    """`enhetschef` is the name of role `chef`: "did you mean `chef`"."""
    text = edit(AUDIENCE, "    audience: [enhetschef]")
    assert [h for h in hints_of(text) if h[0].startswith("unknown-")] == [
        (
            "unknown-audience",
            "Did you mean `chef`? `audience` names group ids (under `groups:`) or "
            "role ids (under `roles:`).",
        )
    ]
