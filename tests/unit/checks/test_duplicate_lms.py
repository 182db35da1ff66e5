"""duplicate-lms: an LMS code that belongs to two courses."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

LEDA_LMS = 'lms: "6255"'


def test_passes() -> None:
    """A second code of fk-leda's own is fine."""
    assert_findings(edit(LEDA_LMS, 'lms: ["6255", "6256"]'), [])


def test_fails() -> None:
    """` 6149` (trimmed) is fk-intro's code: at fk-leda's `lms`."""
    assert_findings(
        edit(LEDA_LMS, 'lms: [" 6149", "6255"]'), [("duplicate-lms", 46, 11)]
    )
