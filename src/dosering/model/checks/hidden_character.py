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

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from dosering.core.findings import Draft, Path, Severity
from dosering.model.hidden import code_of, hidden_in, marked, sort_of
from dosering.model.semantics import Meaning

ID = "hidden-character"
SEVERITY = Severity.WARNING
KEYS = ("hidden-character", "hidden-character.many")
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


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
    hidden = hidden_in(text)
    if not hidden:
        return
    params = {
        "field": next((p for p in reversed(path) if isinstance(p, str)), ""),
        "char": code_of(hidden[0]),
        "sort": sort_of(hidden[0]),
        "count": len(hidden),
        "shown": marked(text),
    }
    key = ID if len(hidden) == 1 else f"{ID}.many"
    yield Draft(ID, path, params, message_key=key)
