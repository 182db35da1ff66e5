"""Rendering helpers: Markdown escaping, numbers, colours, the language peek."""

from __future__ import annotations

import pytest

from dosering.render import environment as render
from dosering.render.environment import (
    MdSafe,
    bar_width,
    contrast,
    css_counters,
    css_string,
    format_hours,
    format_number,
    level_colours,
    md_code,
    md_escape,
    md_id,
    md_link,
    md_url,
)
from tests.conftest import ROOT, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veta & delta", "Veta & delta"),
        ("a | b", "a \\| b"),
        ("*b* _i_ `c`", "\\*b\\* \\_i\\_ \\`c\\`"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("<script>", "\\<script\\>"),
        ("&amp; &#60; & x", "&amp;amp; &\\#60; & x"),
        ("# rubrik", "\\# rubrik"),
        ("- punkt", "\\- punkt"),
        ("> citat", "\\> citat"),
        ("1. lista", "\\1. lista"),
        ("1.5 timmar", "1.5 timmar"),
        ("rad ett\nrad två\r\n  # tre", "rad ett<br>rad två<br>\\# tre"),
        ("    kod", "kod"),
        ("$x$ ~y~ !z", "\\$x\\$ \\~y\\~ \\!z"),
        (42, "42"),
    ],
)
def test_md_escape(text: object, expected: str):
    """Text shows as itself in Markdown: no markup, no HTML, no broken cells."""
    assert md_escape(text) == expected
    assert md_escape(text) == expected  # a second time, from the cache


def test_md_escape_leaves_markdown_alone():
    """Markdown a filter made is not escaped again."""
    done = MdSafe("**fet**")
    assert md_escape(done) is done


def test_md_escape_cache_is_bounded(monkeypatch: pytest.MonkeyPatch):
    """The cache of escaped texts is cleared when full."""
    monkeypatch.setattr(render, "_ESCAPED_MAX", 2)
    render._ESCAPED.clear()
    for text in ("a", "b", "c"):
        md_escape(text)
    assert len(render._ESCAPED) == 1


def test_md_id_and_code():
    """Ids pass as they are; other text is escaped; code spans outfence backticks."""
    assert md_id("role-å_1") == "role-å_1"
    assert md_id("not an id") == "not an id"
    assert md_id("a|b") == "a\\|b"
    assert md_code("roles[0].needs") == "`roles[0].needs`"
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x` | y") == "`` `x` &#124; y ``"


def test_md_links():
    """Only http(s) becomes a link; characters that end a link are encoded."""
    assert md_url("javascript:alert(1)") is None
    assert md_url("https://e.org/a b") is None
    assert md_url("https://e.org/a(b)<c>|d") == "https://e.org/a%28b%29%3Cc%3E%7Cd"
    assert md_link("Kurs [1]", "https://e.org/x") == "[Kurs \\[1\\]](https://e.org/x)"
    assert md_link("Kurs", "ftp://e.org/x") == "Kurs"
    assert md_link("Kurs", None) == "Kurs"


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (1234.56, "sv", 1, "1\u00a0234,6"),
        (1234.56, "en", 1, "1,234.6"),
        (5200, "sv", 0, "5\u00a0200"),
        (None, "sv", 0, "–"),
    ],
)
def test_format_number(value: float | None, lang: str, decimals: int, expected: str):
    """Numbers are written as the document's language writes them."""
    assert format_number(value, lang, decimals) == expected


def test_format_hours():
    """Whole hours without decimals, others with one, none as a dash."""
    assert format_hours(21.0, "sv") == "21"
    assert format_hours(1.5, "sv") == "1,5"
    assert format_hours(None, "en") == "–"


def test_level_colours_and_bars():
    """Colours go light to dark with readable text; bars scale to the largest."""
    colours = level_colours(4)
    assert len(colours) == 4
    assert colours[0][1] == "#10242e"
    assert colours[-1][1] == "#ffffff"
    assert level_colours(1) == [colours[0]]
    assert bar_width(50, 200, 400) == "100.0"
    assert bar_width(None, 200, 400) == "0"
    assert bar_width(10, 0, 400) == "0"


@pytest.mark.parametrize("count", range(1, 11))
def test_every_level_colour_has_aa_contrast(count: int):
    """Text on every level colour, notes included, reaches WCAG AA (4.5:1)."""
    for background, text in level_colours(count):
        assert contrast(background, text) >= 4.5, (count, background, text)


def test_contrast_of_known_pairs():
    """Contrast is 21 for black on white and 1 for a colour on itself."""
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#28678a", "#28678a") == 1


def test_css_strings_and_counters():
    """CSS text escapes quotes, backslashes and tags; a page label uses counters."""
    assert css_string('a"b\\c</style>') == (
        "a\\000022b\\00005cc\\00003c\\00002fstyle\\00003e"
    )
    assert css_counters("Sida {0} av {1}") == (
        '"Sida " counter(page) " av " counter(pages)'
    )


def test_wrong_peek_still_words_warnings_in_the_model_language(write_tree):
    """A comment that fools the peek costs a second pass, not a wrong language."""
    text = (ROOT / "examples" / "kalmar.yaml").read_text(encoding="utf-8")
    text = text.replace("region:\n", "region:\n  # language: en (not this)\n", 1)
    root = write_tree({"m.yaml": text})
    result = run("render", str(root / "m.yaml"))
    assert result.exit_code == 0, result
    assert "Ingen kurs ger Innovationskunskap" in result.stdout


def test_invalid_model_findings_in_the_message_language(write_tree):
    """An invalid model's findings follow --lang-less message language (English)."""
    root = write_tree({"m.yaml": "dosering: 1\nregion: {id: x, language: sv}\n"})
    result = run("render", str(root / "m.yaml"))
    assert result.exit_code == 1, result
    assert "is missing" in result.stderr


def test_builtin_template_bug_keeps_its_traceback(monkeypatch: pytest.MonkeyPatch):
    """A failure in a built-in template is a bug: exit 4, its traceback with --debug."""

    def broken(*args: object) -> str:
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(render, "format_number", broken)
    model = str(ROOT / "examples" / "kalmar.yaml")
    result = run("--debug", "render", model)
    assert result.exit_code == 4, result
    assert "ZeroDivisionError: bug" in result.stderr
    assert result.stderr.splitlines()[0] == "Traceback (most recent call last):"
