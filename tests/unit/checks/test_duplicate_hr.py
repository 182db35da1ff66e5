"""duplicate-hr: an HR code that means two roles."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

CHEF_HR = 'hr: ["131210"]'


def test_passes() -> None:
    """Two roles, two different HR codes."""
    assert_findings(edit(CHEF_HR, 'hr: ["131210", "131211"]'), [])


def test_fails() -> None:
    """` 222110` (trimmed) is sjuksköterska's code already: at the second item."""
    assert_findings(
        edit(CHEF_HR, 'hr: ["131210", " 222110"]'), [("duplicate-hr", 31, 20)]
    )
