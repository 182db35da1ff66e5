"""course-unused: a course that satisfies no role's need."""

from __future__ import annotations

from tests.unit.checks._helper import BASE, assert_findings, edit

FK_VETA = "      fk: veta\n      ps:"


def test_passes() -> None:
    """fk-intro satisfies sjuksköterska's förbättringskunskap/veta."""
    assert_findings(BASE, [])


def test_fails() -> None:
    """Without that need no role needs fk-intro: the finding is at its id."""
    assert_findings(edit(FK_VETA, "      ps:"), [("course-unused", 34, 9)])
