"""unknown-area: a need names no area."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit

CHEF_NEEDS = "      fk: driva\n"


def test_passes() -> None:
    """`ps` is an area."""
    assert_findings(edit(CHEF_NEEDS, CHEF_NEEDS + "      ps: veta\n"), [])


def test_fails() -> None:
    """`pss` is none: at the key (with a did-you-mean)."""
    assert_findings(
        edit(CHEF_NEEDS, CHEF_NEEDS + "      pss: veta\n"), [("unknown-area", 34, 7)]
    )
