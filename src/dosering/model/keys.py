"""Keys: the one way codes and titles are compared (DESIGN.md "Coverage").

An LMS code (and, later, an HR code) is compared trimmed and case-insensitively; a
title after NFC, casefolding, punctuation to spaces and collapsing whitespace. The
checks (`duplicate-lms`), the mapping file, `gap` and `diff` all compare through
these two functions, so they can never disagree about what "the same" means.
"""

from __future__ import annotations

import re
import unicodedata

ID_MAX = 64
"""The longest id (DESIGN.md: ids are at most 64 characters)."""

_PUNCTUATION = re.compile(r"[^\w\s]|_")


def code_key(code: str) -> str:
    """A code as compared: trimmed, case-insensitive."""
    return code.strip().casefold()


def title_key(title: str) -> str:
    """A title as compared: NFC, casefold, punctuation to space, spaces collapsed.

    Letters such as å, ä and ö are kept (they are not accents in Swedish).
    """
    text = unicodedata.normalize("NFC", title).casefold()
    return " ".join(_PUNCTUATION.sub(" ", text).split())


_SLUG_DROP = re.compile(r"[^a-z0-9åäö_-]+")


def slug(text: str) -> str:
    """An id made from a name: `Driva & leda` -> `driva-leda` (å, ä, ö kept)."""
    lowered = unicodedata.normalize(
        "NFC", unicodedata.normalize("NFC", text).casefold()
    )
    bare = "".join(
        char
        if char in "åäö"
        else "".join(
            c
            for c in unicodedata.normalize("NFKD", char)
            if not unicodedata.combining(c)
        )
        for char in lowered
    )
    ident = _SLUG_DROP.sub("-", bare).strip("-_")
    return ident[:ID_MAX].rstrip("-_") or "x"
