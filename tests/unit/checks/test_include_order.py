"""include-order: a level includes one listed after it."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

VETA = "  - id: veta\n    name: Veta & delta\n"
DRIVA = "  - id: driva\n    name: Driva & leda\n"


def test_passes() -> None:
    """driva may include the earlier veta."""
    assert_findings(edit(DRIVA, DRIVA + "    includes: [veta]\n"), [])


def test_fails() -> None:
    """veta cannot include the later driva: at the included id."""
    assert_findings(
        edit(VETA, VETA + "    includes: [driva]\n"), [("include-order", 6, 16)]
    )
