"""unknown-course: a need prescribes no course of the model."""

from __future__ import annotations

from tests.unit.checks._helper import BASE, assert_findings, edit

PRESCRIBED = "courses: [ps-intro]"


def test_passes() -> None:
    """ps-intro is a course."""
    assert_findings(BASE, [])


def test_fails() -> None:
    """`ps-intr` is none: at the id."""
    assert_findings(
        edit(PRESCRIBED, "courses: [ps-intr]"), [("unknown-course", 26, 35)]
    )
