"""unknown-course: a need prescribes no course of the model."""

from __future__ import annotations

from tests.unit.checks._helper import BASE, assert_findings, edit, hints_of

PRESCRIBED = "courses: [ps-intro]"


def test_passes() -> None:
    """ps-intro is a course."""
    assert_findings(BASE, [])


def test_fails() -> None:
    """`ps-intr` is none: at the id."""
    assert_findings(
        edit(PRESCRIBED, "courses: [ps-intr]"), [("unknown-course", 26, 35)]
    )


def test_a_course_title_suggests_its_id() -> None:
    """`introduktion` is fk-intro's title: "did you mean `fk-intro`"."""
    text = edit("courses: [ps-intro]", "courses: [introduktion]")
    assert hints_of(text)[0] == (
        "unknown-course",
        "Did you mean `fk-intro`? The courses are listed under `courses:` (line 35).",
    )
