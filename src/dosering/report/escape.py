r"""Escapers: the one function per output medium for every model text shown.

Model text (names, titles, descriptions, course-list titles, file paths) is data.
Whatever it holds — rich markup, terminal escape codes, HTML, Markdown links,
spreadsheet formulas — it reaches an output through the function for that medium
and shows there as the characters it is, never as markup:

- `terminal`: control, zero-width and bidirectional characters written as
  escapes (`\x1b`, `\u202e`);
  `terminal_text` wraps that in a rich `Text`, which never parses markup, for the
  reporters that draw with rich.
- `markdown`: backslash escapes for Markdown and HTML syntax, no autolinks, line
  breaks as `<br>` (table cells and paragraphs alike).
- `csv_cell`: a cell a spreadsheet will not run as a formula.
- `html`: HTML text (what Jinja's autoescape does, plus visible control
  characters).
- `xml_text`, `xml_attr`: XML character data and a quoted attribute (JUnit).
- `github_message`, `github_property`: a GitHub Actions workflow command's message
  and property values.

JSON (and SARIF, GitLab) need no escaper of their own: `json` writes every string
as a string.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr as _quoteattr

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from rich.text import Text


@functools.lru_cache(maxsize=4096)
def _shown(char: str) -> str:
    """A character as a terminal should get it: itself, or an escape if invisible.

    Control, format (zero-width, bidirectional), separator and unassigned
    characters move the cursor, colour a terminal, hide or reorder text when sent
    raw; spaces (a no-break space too) stay.
    """
    if char.isprintable() or unicodedata.category(char) == "Zs":
        return char
    code = ord(char)
    if code < 0x100:  # noqa: PLR2004
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"  # noqa: PLR2004


def terminal(text: str) -> str:
    r"""Text for a terminal or a log line: control characters as `\x1b`-style escapes.

    A newline or an escape code inside a name must not forge an output line, colour
    the terminal or hide text; line breaks and tabs are shown as `\x0a`, `\x09`.
    """
    if text.isprintable():
        return text
    return "".join(map(_shown, text))


def terminal_text(text: str, style: str = "") -> Text:
    """`terminal(text)` as a rich `Text`: rich never reads markup in it."""
    from rich.text import Text

    return Text(terminal(text), style=style)


def _keep_whitespace(text: str) -> str:
    """Control characters as escapes, except tabs and line breaks."""
    if text.isprintable():
        return text
    return "".join(char if char in "\t\n\r" else _shown(char) for char in text)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!$])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_AUTOLINK = re.compile(r"(?<=[A-Za-z])(:)(?=//)|(?<=\b[Ww]{3})(\.)")
_MD_BLOCK_START = re.compile(r"^(?:[-+=>]|\d+[.)](?:\s|$))")
_MD_RISKY = re.compile(
    r"[\\`*_\[\]<>|#~!$&\n\r]|^[\s\-+=>]|^\d+[.)]|://|www\.", re.IGNORECASE
)


def markdown(text: str) -> str:
    r"""Markdown that shows exactly `text`: nothing in it becomes markup or a link.

    Escapes Markdown and HTML syntax (`\`, backticks, `*`, `_`, `[`, `]`, `<`, `>`,
    `|`, `#`, `~`, `!`, `$`, entities, a leading `-`, `+`, `=`, `>` or `1.`; with
    every `]` escaped no `(` can start a link target, so parentheses stay), breaks
    the `://` and `www.` that GitHub would turn into links, drops leading
    indentation (a code block), shows control characters as escapes and turns line
    breaks into `<br>`, so a value can sit in a table cell or a paragraph.
    """
    text = _keep_whitespace(text)
    if _MD_RISKY.search(text) is None:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.strip("\n").split("\n")
    if len(lines) > 1:
        lines = [line.strip() for line in lines]
    out = []
    for line in lines:
        escaped = _MD_SPECIAL.sub(r"\\\1", line.lstrip())
        escaped = _MD_AUTOLINK.sub(r"\\\1\2", _MD_ENTITY.sub("&amp;", escaped))
        if _MD_BLOCK_START.match(escaped):
            escaped = "\\" + escaped
        out.append(escaped)
    return "<br>".join(out)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""How a cell starts that Excel, LibreOffice or Sheets may run as a formula."""


def csv_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: a leading `'` where it could run.

    Control characters other than tabs and line breaks are shown as escapes.
    """
    text = _keep_whitespace(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def html(text: str) -> Markup:
    """HTML text: `<`, `>`, `&` and quotes escaped, control characters as escapes."""
    return escape(_keep_whitespace(text))


def xml_text(text: str) -> str:
    """XML character data (most control characters are not even allowed in XML)."""
    return _xml_escape(_keep_whitespace(text))


def xml_attr(text: str) -> str:
    """An XML attribute value, with its quotes."""
    return _quoteattr(_keep_whitespace(text))


def github_message(text: str) -> str:
    """The message of a GitHub workflow command (`::error ...::message`)."""
    text = _keep_whitespace(text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A property value of a GitHub workflow command (`file=`, `title=`)."""
    return github_message(text).replace(":", "%3A").replace(",", "%2C")
