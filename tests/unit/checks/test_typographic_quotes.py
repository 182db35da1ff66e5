"""typographic-quotes: a code in quotes YAML does not read as quotes."""

from __future__ import annotations

import pytest

from dosering.model.quotes import inside_quotes, reads_as_text
from tests.unit.checks._helper import assert_findings, edit

INTRO_LMS = 'lms: "6149"'


def test_passes() -> None:
    """Straight quotes, and quotes inside a name or title, are fine."""
    text = edit("title: Introduktion", "title: “Introduktion” i korthet")
    text = edit("name: Sjuksköterska", "name: ”Sjuksköterska”", text)
    assert_findings(edit(INTRO_LMS, "lms: '6149'", text), [])


def test_fails() -> None:
    """An LMS code, each listed HR code and the version: at the value."""
    text = edit(INTRO_LMS, "lms: “6149”")
    text = edit('hr: ["222110"]', "hr: [‘222110’, ”Sjuksköterska”]", text)
    text = edit("Exempel}", "Exempel, version: „2025.1“}", text)
    assert_findings(
        text,
        [
            ("typographic-quotes", 2, 54),
            ("typographic-quotes", 23, 10),
            ("typographic-quotes", 23, 20),
            ("typographic-quotes", 40, 10),
        ],
    )


@pytest.mark.parametrize(
    ("value", "inner"),
    [
        ("“0412”", "0412"),
        ("”0412”", "0412"),
        ("„0412“", "0412"),
        ("«0412»", "0412"),
        ("‘0412’", "0412"),
        ('“0412"', "0412"),
        (" “AB 12” ", "AB 12"),
        ("0412", None),
        ("“", None),
        ("“Leda” förbättring", None),
        ("Leda ”förbättring”", None),
    ],
)
def test_inside_quotes(value: str, inner: str | None) -> None:
    """Quotes count around the whole value only (a quoted word in a title is prose)."""
    assert inside_quotes(value) == inner


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("AB-12", True),
        ("Veta och delta", True),
        ("0412", False),
        ("2025.1", False),
        ("yes", False),
        ("No", False),
        ("a: b", False),
        ("https://x.se", False),
        ("veta ", False),
    ],
)
def test_reads_as_text(text: str, plain: bool) -> None:
    """Only text YAML reads back as the same text may lose its quotes altogether."""
    assert reads_as_text(text) is plain
