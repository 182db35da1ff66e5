"""unknown-area: a need names no area."""

from __future__ import annotations

from tests.unit.checks._helper import assert_findings, edit, hints_of

CHEF_NEEDS = "      fk: driva\n"


def test_passes() -> None:
    """`ps` is an area."""
    assert_findings(edit(CHEF_NEEDS, CHEF_NEEDS + "      ps: veta\n"), [])


def test_fails() -> None:
    """`pss` is none: at the key (with a did-you-mean)."""
    assert_findings(
        edit(CHEF_NEEDS, CHEF_NEEDS + "      pss: veta\n"), [("unknown-area", 34, 7)]
    )


def test_an_area_name_suggests_its_id() -> None:
    """`patientsäkerhet` is the name of `ps` (case aside): "did you mean `ps`"."""
    text = edit("      fk: driva\n", "      patientsäkerhet: driva\n")
    assert [h for h in hints_of(text) if h[0].startswith("unknown-")] == [
        (
            "unknown-area",
            "Did you mean `ps`? The knowledge areas are listed under `areas:` "
            "(line 9).",
        )
    ]
    assert hints_of(text, "sv")[0][1] == (
        "Menade du `ps`? Kunskapsområdena står under `areas:` (rad 9)."
    )
