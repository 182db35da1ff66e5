"""The escapers: each medium shows model text as the characters it is."""

from __future__ import annotations

import pytest

from dosering.report.escape import (
    csv_cell,
    github_message,
    github_property,
    html,
    markdown,
    terminal,
    terminal_text,
    xml_attr,
    xml_text,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurs", "Kurs"),
        ("\x1b[31mröd", "\\x1b[31mröd"),
        ("rad\nny", "rad\\x0any"),
        ("tab\t", "tab\\x09"),
        ("\x7f\x9b", "\\x7f\\x9b"),
        ("abc\u202edef", "abc\\u202edef"),
        ("\u2028", "\\u2028"),
        ("[link=https://example.org]x[/link]", "[link=https://example.org]x[/link]"),
    ],
)
def test_terminal(text: str, expected: str) -> None:
    """Control and bidi characters are shown as escapes; everything else as is."""
    assert terminal(text) == expected
    assert terminal(terminal(text)) == expected


def test_terminal_text_never_reads_markup() -> None:
    """Rich shows markup in model text as written, not as a link or a style."""
    from rich.console import Console

    console = Console(record=True, width=80, color_system=None)
    console.print(terminal_text("[link=https://example.org]x[/link] [bold]y"))
    assert console.export_text() == "[link=https://example.org]x[/link] [bold]y\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veta & delta", "Veta & delta"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>"),
        ("see https://example.org", "see https\\://example.org"),
        ("www.example.org", "www\\.example.org"),
        ("a|b\\c", "a\\|b\\\\c"),
        ("=HYPERLINK(1)", "\\=HYPERLINK(1)"),
        ("\u200bzero", "\\\\u200bzero"),
        ("\x1b[31m", "\\\\x1b\\[31m"),
        ("ett\ntvå", "ett<br>två"),
        ("1.5 timmar", "1.5 timmar"),
    ],
)
def test_markdown(text: str, expected: str) -> None:
    """Markdown syntax, HTML and autolinks in model text are escaped."""
    assert markdown(text) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+46", "'+46"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Kurs", "Kurs"),
        ("a\x1bb", "a\\x1bb"),
        ("", ""),
    ],
)
def test_csv_cell(cell: str, expected: str) -> None:
    """Cells that Excel could run as formulas get a leading apostrophe."""
    assert csv_cell(cell) == expected


def test_html() -> None:
    """HTML syntax is escaped, control characters shown, line breaks kept."""
    assert html("<img src=x>\x1b\n&") == "&lt;img src=x&gt;\\x1b\n&amp;"


def test_xml() -> None:
    """XML text and attributes hold no markup and no raw control characters."""
    assert xml_text("<a>&\x1b") == "&lt;a&gt;&amp;\\x1b"
    assert xml_attr('"x"\n\x1b') == "'\"x\"&#10;\\x1b'"


def test_github() -> None:
    """Workflow-command messages and properties cannot end or forge a command."""
    assert github_message("50%\r\nnext") == "50%25%0D%0Anext"
    assert github_property("a:b,c%") == "a%3Ab%2Cc%25"
