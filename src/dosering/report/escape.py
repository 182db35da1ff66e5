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
  breaks as `<br>` (table cells and paragraphs alike). In a catalogue text filled
  with data (`Worded`), the catalogue's backtick spans become code spans, the data
  inside them shown literally (a longer fence when it holds backticks).
- `csv_cell`: a cell a spreadsheet will not run as a formula.
- `html`: HTML text (what Jinja's autoescape does, plus visible control
  characters).
- `xml_text`, `xml_attr`: XML character data and a quoted attribute (JUnit).
- `github_message`, `github_property`: a GitHub Actions workflow command's message
  and property values.
- `yaml_scalar` (and `yaml_quoted`): a YAML scalar read back as the same value;
  `yaml_comment`: text on a YAML comment line that cannot end it early (the files
  `init`, `import` and `gap --write-mapping` write).

JSON (and SARIF, GitLab) need no escaper of their own: `json` writes every string
as a string.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr as _quoteattr

from markupsafe import Markup, escape

from dosering.i18n._text import Parts, Worded

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
    if type(text) is Worded:  # the same escapes, and the code spans still known
        return Worded.of(tuple((d, terminal(str(t))) for d, t in text.parts))
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


def markdown(text: str, *, in_table: bool = True) -> str:
    r"""Markdown that shows exactly `text`: nothing in it becomes markup or a link.

    Escapes Markdown and HTML syntax (`\`, backticks, `*`, `_`, `[`, `]`, `<`, `>`,
    `|`, `#`, `~`, `!`, `$`, entities, a leading `-`, `+`, `=`, `>` or `1.`; with
    every `]` escaped no `(` can start a link target, so parentheses stay), breaks
    the `://` and `www.` that GitHub would turn into links, drops leading
    indentation (a code block), shows control characters as escapes and turns line
    breaks into `<br>`, so a value can sit in a table cell or a paragraph.

    A `Worded` text (a catalogue text filled with data) keeps the catalogue's
    backtick spans as code spans (`_code_span`); everything else in it is escaped
    as above. `in_table`: the text sits in a table cell, where a `|` even inside a
    code span ends the cell unless escaped; a paragraph passes False, so a code
    span shows a `|` without a backslash.
    """
    if type(text) is Worded:
        parts = text.parts
        if any(not is_data and "`" in piece for is_data, piece in parts):
            return _markdown_worded(parts, in_table)
    return _markdown_data(text)


def _markdown_data(text: str) -> str:
    """`markdown` for data: every character shown as it is."""
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


def _markdown_inline(text: str) -> str:
    """Text inside a line: escaped as `markdown` does, its spaces kept."""
    text = _keep_whitespace(text)
    if _MD_RISKY.search(text) is None:
        return text
    lines = re.split(r"[ \t]*(?:\r\n|\r|\n)[ \t]*", text)
    escaped = [
        _MD_AUTOLINK.sub(
            r"\\\1\2", _MD_ENTITY.sub("&amp;", _MD_SPECIAL.sub(r"\\\1", line))
        )
        for line in lines
    ]
    return "<br>".join(escaped)


def _markdown_worded(parts: Parts, in_table: bool) -> str:
    """A catalogue text with data: its backtick spans as code spans, all else escaped.

    Only the catalogue's backticks open and close a span; a backtick in the data
    is a character of the span (or escaped outside one). A span left open at the
    end shows its backtick as a character.
    """
    out: list[str] = []
    span: list[str] | None = None
    for is_data, text in parts:
        pieces = [text] if is_data else text.split("`")
        for index, piece in enumerate(pieces):
            if index:
                if span is None:
                    span = []
                else:
                    out.append(_code_span("".join(span), in_table))
                    span = None
            if span is not None:
                span.append(piece)
            elif piece:
                out.append(_markdown_inline(piece))
    if span is not None:
        out.append("\\`" + _markdown_inline("".join(span)))
    shown = "".join(out).lstrip()
    return "\\" + shown if _MD_BLOCK_START.match(shown) else shown


_TICKS = re.compile(r"`+")


def _code_span(content: str, in_table: bool) -> str:
    r"""A CommonMark code span showing `content` as it is.

    A code span takes no backslash escapes: its fence is one backtick longer than
    the longest run of backticks inside, and a space pads content that begins or
    ends with a backtick (or with a space at both ends, which CommonMark would
    strip). Control characters and line breaks show as `\x0a`-style escapes; in
    a table cell a `|` is `\|` (GFM reads that inside a code span as `|`).
    """
    content = terminal(content)
    if not content:
        return "\\`\\`"
    fence = "`" * (max((len(run) for run in _TICKS.findall(content)), default=0) + 1)
    ticks = content[0] == "`" or content[-1] == "`"
    if ticks or (content[0] == content[-1] == " " and content.strip(" ")):
        content = f" {content} "
    if in_table:
        content = content.replace("|", "\\|")
    return f"{fence}{content}{fence}"


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


_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*")
"""Text that may stay plain: no indicator first, one line."""
_FLOW = re.compile(r"[,\[\]{}]")
"""Characters that end a plain text inside `[a, b]`."""


def _printable(code: int) -> bool:
    """YAML's printable characters, less the ones that are line breaks or a BOM."""
    return (
        0x20 <= code <= 0x7E  # noqa: PLR2004
        or 0xA0 <= code <= 0xD7FF  # noqa: PLR2004
        or 0xE000 <= code <= 0xFFFD  # noqa: PLR2004
        or code >= 0x10000  # noqa: PLR2004
    ) and code not in (0x2028, 0x2029, 0xFEFF)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def yaml_quoted(text: str) -> str:
    """A YAML double-quoted scalar: line breaks and invisible characters escaped."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _printable(ord(char)):
            out.append(char)
        elif ord(char) <= 0xFF:  # noqa: PLR2004
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:  # noqa: PLR2004
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def _implicit(text: str) -> bool:
    """True when YAML 1.1 reads this plain text as something else than text."""
    import yaml

    resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
    return any(pattern.match(text) for _tag, pattern in resolvers.get(text[:1], ()))


def yaml_scalar(value: Any, *, in_flow: bool = False) -> str:
    """A value as a YAML scalar that dosering reads back as the same value.

    A text goes out plain only when YAML 1.1 (what dosering reads) reads it back as
    that same text; anything it would read otherwise — `no`, `010`, `1.10`, `~`,
    dates, `key: value`, a leading `-` or `*` — is double-quoted, with line breaks
    and invisible characters escaped.

    `in_flow`: the scalar stands in a `[a, b]` list, where `,` and brackets end it.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text(str(value), in_flow)


_HIDDEN = re.compile(
    "[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]"
)
"""A character that `_printable` refuses: it is escaped inside double quotes."""


@functools.lru_cache(maxsize=65_536)
def _text(text: str, in_flow: bool) -> str:
    """A text as a plain or quoted scalar (ids and names repeat: cached)."""
    if (
        text
        and _PLAIN.fullmatch(text)
        and ": " not in text
        and " #" not in text
        and not text.endswith((" ", ":"))
        and not (in_flow and _FLOW.search(text))
        and not _HIDDEN.search(text)
        and not _implicit(text)
    ):
        return text
    return yaml_quoted(text)


def _float(value: float) -> str:
    if not math.isfinite(value):
        return ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")
    if value.is_integer() and abs(value) < 1e16:  # noqa: PLR2004
        return str(int(value))
    text = repr(value)
    if "e" in text:  # YAML 1.1 floats have a `.` and a signed exponent
        mantissa, _, exponent = text.partition("e")
        if "." not in mantissa:
            mantissa += ".0"
        if exponent[0] not in "+-":
            exponent = "+" + exponent
        text = f"{mantissa}e{exponent}"
    return text


def yaml_comment(text: str) -> str:
    r"""Text for the rest of a YAML comment line: it can never end the comment.

    Line breaks of every kind (`\n`, `\r`, NEL, U+2028) and runs of whitespace
    become one space; other invisible characters (which YAML refuses even in a
    comment, or which reorder what a reviewer reads) are written as `\x1b`-style
    escapes.
    """
    return terminal(" ".join(text.split()))
