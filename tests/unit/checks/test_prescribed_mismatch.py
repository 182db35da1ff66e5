"""prescribed-mismatch: a prescribed course that does not give what is needed."""

from __future__ import annotations

from tests.unit.checks._helper import BASE, assert_findings, edit

PRESCRIBED = "courses: [ps-intro]"


def test_passes() -> None:
    """ps-intro gives patientsäkerhet/veta, as needed."""
    assert_findings(BASE, [])


def test_fails() -> None:
    """fk-intro gives only förbättringskunskap: at the prescription."""
    assert_findings(
        edit(PRESCRIBED, "courses: [fk-intro]"), [("prescribed-mismatch", 26, 35)]
    )
