"""Characters that cannot be seen: which they are, and a text with them marked.

Shared by the `hidden-character` check and the schema's words for an id that holds
one, so both tell the same character the same way.
"""

from __future__ import annotations

import unicodedata

_ORDINARY = frozenset("\n\t\r")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_DIRECTION = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_AROUND = 24
"""Characters of context kept on each side of the first hidden one."""


def is_hidden(char: str) -> bool:
    """True for a character a reader cannot see: not a space, a line break or a tab.

    U+2028/U+2029 and NEL are line breaks the loader reports on its own.
    """
    if char.isprintable() or char in _ORDINARY:
        return False
    return unicodedata.category(char) not in ("Zs", "Zl", "Zp") and char != "\x85"


def hidden_in(text: str) -> list[str]:
    """The hidden characters of `text`, in order (none for a plain text)."""
    if text.isprintable():
        return []
    return [c for c in text if is_hidden(c)]


def sort_of(char: str) -> str:
    """Which kind of hidden character, for its words in the catalogue."""
    if char in _ZERO_WIDTH:
        return "zero-width"
    if char == "\xad":
        return "soft-hyphen"
    if char in _DIRECTION:
        return "direction"
    if unicodedata.category(char) == "Cc":
        return "control"
    return "other"


def code_of(char: str) -> str:
    """`U+200B`."""
    return f"U+{ord(char):04X}"


def marked(text: str) -> str:
    """The text around its first hidden character, each shown as `⟨U+200B⟩`."""
    first = next((i for i, c in enumerate(text) if is_hidden(c)), 0)
    start = max(0, first - _AROUND)
    end = min(len(text), first + _AROUND)
    piece = "".join(f"⟨{code_of(c)}⟩" if is_hidden(c) else c for c in text[start:end])
    piece = piece.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")
