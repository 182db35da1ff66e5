"""audience-unneeded: no role in a course's audience needs what it gives."""

from __future__ import annotations

from tests.unit.checks._helper import BASE, assert_findings, edit

END = '    lms: "7001"\n'
COURSE = (
    "  - id: ps-chef\n    title: Patientsäkerhet för chefer\n    format: workshop\n"
    '    hours: 4\n    gives: {ps: driva}\n    lms: "7002"\n    audience: [WHO]\n'
)


def test_passes() -> None:
    """fk-leda's audience `ledning` holds chef, who needs förbättringskunskap/driva."""
    assert_findings(BASE, [])


def test_fails() -> None:
    """ps-chef gives patientsäkerhet/driva to `ledning`, where no role needs it."""
    assert_findings(
        edit(END, END + COURSE.replace("WHO", "ledning")),
        [("audience-unneeded", 60, 15)],
    )
