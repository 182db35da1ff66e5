"""Quotes: typographic quote marks around a whole value, as text from Word has them.

YAML quotes with `"` and `'` only: `lms: “0412”` is the text `“0412”`, quotes and
all, which matches no course list. The schema's errors and the
`typographic-quotes` check find such values here.
"""

from __future__ import annotations

import re

TYPOGRAPHIC = (
    "\u201c\u201d\u201e\u201f"  # double: left, right, low-9, high-reversed-9
    "\u2018\u2019\u201a\u201b"  # single: the same four
    "\u00ab\u00bb\u2039\u203a"  # guillemets, double and single
)
"""Quote marks that YAML does not read as quotes (Swedish, English, German, French)."""
_CLOSING = TYPOGRAPHIC + "\"'"
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
_PLAIN = re.compile(r"[^\W\d_](?:[\w .\-/]*[\w.\-/])?")
"""A letter first, then letters, digits, spaces, `.`, `-`, `/`; no space last."""


def inside_quotes(value: str) -> str | None:
    """The text between typographic quotes around all of `value`, else None.

    It opens with a typographic quote and closes with one (or with a straight quote,
    as a planner who mixes the two writes it).
    """
    text = value.strip()
    if len(text) >= 2 and text[0] in TYPOGRAPHIC and text[-1] in _CLOSING:  # noqa: PLR2004
        return text[1:-1]
    return None


def reads_as_text(text: str) -> bool:
    """True when YAML 1.1 reads `text`, written without quotes, as that same text.

    Conservative: a letter first and no character YAML gives a meaning (`:`, `#`,
    `,`, brackets); not a yes/no or null word. `0412` is a number, so it keeps its
    quotes.
    """
    return _PLAIN.fullmatch(text) is not None and text.casefold() not in _YAML_WORDS
