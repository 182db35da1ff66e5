"""unknown-level: a need names no level."""

from __future__ import annotations

from tests.unit.checks._helper import BASE, assert_findings, edit, hints_of

SSK_FK = "      fk: veta\n"


def test_passes() -> None:
    """veta is a level."""
    assert_findings(BASE, [])


def test_fails() -> None:
    """`vetaa` is none: at the value; fk-intro then serves no need either."""
    assert_findings(
        edit(SSK_FK, "      fk: vetaa\n"),
        [("unknown-level", 25, 11), ("course-unused", 35, 9)],
    )


def test_a_level_name_close_to_the_reference_is_suggested() -> None:
    """`driva-och-leda` is far from the id `driva` but close to its name: `driva`."""
    text = edit("      fk: driva\n", "      fk: driva-och-leda\n")
    assert [h for h in hints_of(text) if h[0].startswith("unknown-")] == [
        (
            "unknown-level",
            "Did you mean `driva`? The levels are veta, driva (under `levels:`, "
            "line 4).",
        )
    ]
    assert hints_of(text, "sv")[0][1] == (
        "Menade du `driva`? Nivåerna är veta, driva (under `levels:`, rad 4)."
    )
