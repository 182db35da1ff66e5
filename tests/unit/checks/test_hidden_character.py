"""hidden-character: a text holds a character that cannot be seen."""

from __future__ import annotations

import pytest

from dosering.pipeline.check import Options, check_bytes
from dosering.report.words import word_findings
from tests.unit.checks._helper import assert_findings, edit


def test_passes() -> None:
    """Spaces (a no-break space too), dashes, quotes, tabs and line breaks are text."""
    text = edit("name: Sjuksköterska", "name: Sjuk\u00a0sköterska – “legitimerad”")
    text = edit(
        "title: Introduktion",
        'title: Introduktion\n    description: "Första raden\\n\\tandra raden"',
        text,
    )
    assert_findings(text, [])


def test_fails() -> None:
    """A zero-width space in a name, a direction mark in an HR title, an icon-font
    bullet from Word in a course title, a soft hyphen escaped in double quotes."""
    text = edit("name: Sjuksköterska", "name: Sjuk\u200bsköterska")
    text = edit('hr: ["131210"]', 'hr: ["131210", "Enhets\u202echef"]', text)
    text = edit("title: Leda förbättring", "title: \uf0b7 Leda förbättring", text)
    text = edit("title: Patientsäkerhet", 'title: "Patient\\u00adsäkerhet"', text)
    assert_findings(
        text,
        [
            ("hidden-character", 20, 11),
            ("hidden-character", 31, 20),
            ("hidden-character", 42, 12),
            ("hidden-character", 49, 12),
        ],
    )


@pytest.mark.parametrize(
    ("value", "message", "hint"),
    [
        (
            "Sjuk\u200bsköterska",
            "`name` innehåller ett nollbrett mellanslag eller sammanfogningstecken "
            "(U+200B), som inte syns: `Sjuk⟨U+200B⟩sköterska`",
            "Ta bort det där ⟨U+200B⟩ står, eller skriv texten på nytt för hand: text "
            "som klistrats in från en webbsida, Word eller en PDF för med sig sådana "
            "tecken.",
        ),
        (
            "Sjuk\u00adskö\u202eterska\u2066",
            "`name` innehåller 3 tecken som inte syns, det första ett mjukt "
            "bindestreck (U+00AD): `Sjuk⟨U+00AD⟩skö⟨U+202E⟩terska⟨U+2066⟩`",
            "Skriv texten på nytt för hand: text som klistrats in från en webbsida, "
            "Word eller en PDF för med sig sådana tecken.",
        ),
        (
            "Sjuksköterska i slutenvård med ett långt namn\u200b som fortsätter "
            "länge, länge",
            "`name` innehåller ett nollbrett mellanslag eller sammanfogningstecken "
            "(U+200B), som inte syns: `…nvård med ett långt namn⟨U+200B⟩ som "
            "fortsätter länge, …`",
            None,
        ),
    ],
)
def test_words(value: str, message: str, hint: str | None) -> None:
    """The message names the kind of character and shows where it is, in context."""
    text = edit("name: Sjuksköterska", f'name: "{value}"')
    checked = check_bytes(text.encode("utf-8"), "model.yaml", Options())
    (finding,) = word_findings(checked.findings, "sv")
    assert (finding.code, finding.severity.value) == ("hidden-character", "warning")
    assert finding.message == message
    if hint is not None:
        assert finding.hint == hint


def test_an_id_with_a_hidden_character_is_shown_without_it() -> None:
    """A zero-width space pasted into an id: where it is, and the id without it."""
    text = edit("  - id: ssk", '  - id: "s\u200bsk"')
    checked = check_bytes(text.encode("utf-8"), "model.yaml", Options())
    (finding,) = word_findings(checked.findings, "en")
    assert finding.code == "schema"
    assert finding.message == (
        "the id holds a zero-width space or joiner (U+200B), which cannot be seen: "
        "`s⟨U+200B⟩sk`"
    )
    assert finding.hint == "Delete it where ⟨U+200B⟩ stands: `ssk`."
