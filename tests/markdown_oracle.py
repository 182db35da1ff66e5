"""How a CommonMark reader (markdown-it-py, with GFM tables) sees dosering's Markdown.

The tests ask a real parser, not a pattern: what becomes a tag, a link, a code
span, and which text a reader sees.
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt

_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table")
_TAG = re.compile(r"<[^>]+>")
_CODE = re.compile(r"<code>(.*?)</code>", re.DOTALL)
ALLOWED_TAGS = {
    "p", "h1", "h2", "h3", "h4", "strong", "em", "code", "br", "ul", "li",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
"""What dosering's Markdown itself makes; model text must add none."""


def to_html(source: str) -> str:
    """The HTML a CommonMark reader makes of `source`."""
    return str(_PARSER.render(source))


def tags(source: str) -> set[str]:
    """The names of the HTML tags in what a reader makes of `source`."""
    return {
        match.group(1).lower()
        for match in re.finditer(r"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)", to_html(source))
    }


def code_spans(source: str) -> list[str]:
    """The text of each code span a reader sees, in order."""
    return [html.unescape(m.group(1)) for m in _CODE.finditer(to_html(source))]


def seen(source: str) -> str:
    """The text a reader sees (tags dropped, entities read), `<br>` as a newline."""
    shown = to_html(source).replace("<br>", "\n").replace("<br />", "\n")
    return html.unescape(_TAG.sub("", shown))


def without_code_spans(source: str) -> str:
    """`source` with its code spans cut out (CommonMark's rule for where they are).

    A backslash escapes the next character outside a span; a run of backticks
    opens a span closed by the next run of the same length, else it is literal.
    """
    out, at = [], 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            out.append(source[at : at + 2])
            at += 2
            continue
        if char != "`":
            out.append(char)
            at += 1
            continue
        run = len(source[at:]) - len(source[at:].lstrip("`"))
        fence = "`" * run
        close = re.compile(rf"(?<!`){fence}(?!`)").search(source, at + run)
        if close is None:
            out.append(fence)
            at += run
        else:
            at = close.end()
    return "".join(out)
