"""Counts worded by their number in a catalogue text: `{rows} {rows:rad|rader}`."""

from __future__ import annotations

import pytest

from dosering.i18n._text import fill, marked


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"rows": 1, "courses": 2}, "1 rad, 2 kurser"),
        ({"rows": 0, "courses": 1}, "0 rader, 1 kurs"),
        ({"rows": "1", "courses": "1 382"}, "1 rad, 1 382 kurser"),
    ],
)
def test_each_count_reads_by_its_own_number(
    params: dict[str, object], expected: str
) -> None:
    """Ints, and numbers already formatted as text, choose ONE for 1, else MANY."""
    text = "{rows} {rows:rad|rader}, {courses} {courses:kurs|kurser}"
    assert fill(text, (), params) == expected


def test_positional_counts_and_other_specs() -> None:
    """`{0:fil|filer}` for positional arguments; other specs stay the number's."""
    assert fill("{0} {0:fil|filer} på {1:.1f} s", (1, 2.25), {}) == "1 fil på 2.2 s"
    assert fill("{0} {0:fil|filer}", (3,), {}) == "3 filer"


def test_a_count_word_is_catalogue_text_not_data() -> None:
    """In Markdown the word is the catalogue's (not escaped as model data)."""
    with marked():
        worded = fill("`{name}`: {n} {n:rad|rader}", (), {"name": "x", "n": 2})
    assert str(worded) == "`x`: 2 rader"
    assert (False, "rader") in worded.parts  # type: ignore[attr-defined]
