r"""hidden-character: a text holds a character that cannot be seen.

Text pasted from a web page, Word or a PDF can bring characters that show as
nothing: a zero-width space (U+200B) or joiner, a soft hyphen (U+00AD), a mark that
turns the direction of the text (U+202E and its kin), a control character. They make
two names that look the same differ, an HR title that looks right match no row of a
staff list, and a name read back to front in a browser. dosering never sends them
raw to a terminal or a document: each shows as its code (`\u200b`), which is not what
the region wants to publish. The check looks at every text of the model (names,
titles, descriptions, outcomes, codes, links); ids are held to letters, digits, `-`
and `_` by the schema. Line breaks and tabs in a description are ordinary text.

Passes::

    name: Sjuksköterska

Fails (`\u200b` in double quotes is YAML's way of writing a zero-width space; pasted
text brings it unseen)::

    name: "Sjuk\u200bsköterska"
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from dosering.core.findings import Draft, Path, Severity
from dosering.model.semantics import Meaning

ID = "hidden-character"
SEVERITY = Severity.WARNING
KEYS = ("hidden-character", "hidden-character.many")
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""

_ORDINARY = frozenset("\n\t\r")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
_DIRECTION = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e") | frozenset(
    "\u2066\u2067\u2068\u2069"
)


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each text with a character that does not show."""
    yield from _walk(meaning.model, ())


def _walk(value: Any, path: Path) -> Iterator[Draft]:
    """Each text below `value`; a path is built only for a text that is not plain.

    Models are large (tens of thousands of roles): the walk reads `__dict__` and
    skips numbers, dates and None at once.
    """
    if isinstance(value, BaseModel):
        items: Any = value.__dict__.items()
    elif isinstance(value, dict):
        items = value.items()
    else:
        items = enumerate(value)
    for key, item in items:
        kind = type(item)
        if kind is str:
            if not item.isprintable():
                yield from _text(item, (*path, key))
        elif kind is list or kind is dict or isinstance(item, BaseModel):
            yield from _walk(item, (*path, key))


def _text(text: str, path: Path) -> Iterator[Draft]:
    if text.isprintable():
        return
    hidden = [c for c in text if _hidden(c)]
    if not hidden:
        return
    first = hidden[0]
    params = {
        "field": next((p for p in reversed(path) if isinstance(p, str)), ""),
        "char": _code(first),
        "sort": _sort(first),
        "count": len(hidden),
    }
    key = ID if len(hidden) == 1 else f"{ID}.many"
    yield Draft(ID, path, params, message_key=key)


def _hidden(char: str) -> bool:
    """True for a character a reader cannot see: not a space, a line break or a tab."""
    if char.isprintable() or char in _ORDINARY:
        return False
    # U+2028/U+2029 and NEL are line breaks the loader already reports
    return unicodedata.category(char) not in ("Zs", "Zl", "Zp") and char != "\x85"


def _sort(char: str) -> str:
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


def _code(char: str) -> str:
    return f"U+{ord(char):04X}"
