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
    ("value", "message"),
    [
        (
            "Sjuk\u200bsköterska",
            "`name` innehåller ett nollbrett mellanslag eller sammanfogningstecken "
            "(U+200B), som inte syns: text som klistrats in från en webbsida, Word "
            "eller en PDF för med sig sådana",
        ),
        (
            "Sjuk\u00adskö\u202eterska\u2066",
            "`name` innehåller 3 tecken som inte syns, det första ett mjukt "
            "bindestreck (U+00AD): text som klistrats in från en webbsida, Word "
            "eller en PDF för med sig sådana",
        ),
    ],
)
def test_words(value: str, message: str) -> None:
    """The message names the kind of character and its code, in the run's language."""
    text = edit("name: Sjuksköterska", f'name: "{value}"')
    checked = check_bytes(text.encode("utf-8"), "model.yaml", Options())
    (finding,) = word_findings(checked.findings, "sv")
    assert (finding.code, finding.severity.value) == ("hidden-character", "warning")
    assert finding.message == message
    assert finding.hint is not None and finding.hint.startswith("Ta bort det") == (
        value.count("\u200b") == 1
    )
