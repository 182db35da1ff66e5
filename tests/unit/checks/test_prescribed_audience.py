"""prescribed-audience: a prescribed course whose audience leaves the role out."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

END = '    lms: "7001"\n'


def test_passes() -> None:
    """ps-intro's audience `vard` holds sjuksköterska, who is prescribed it."""
    assert_findings(edit(END, END + "    audience: [vard]\n"), [])


def test_fails() -> None:
    """Audience `ledning` leaves sjuksköterska out: at the prescription."""
    assert_findings(
        edit(END, END + "    audience: [ledning]\n"), [("prescribed-audience", 26, 35)]
    )
