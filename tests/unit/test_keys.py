"""The ids made from names (`slug`), shared by the workbook import and the hints."""

from __future__ import annotations

import re

import pytest

from dosering.model.keys import ID_MAX, slug
from dosering.model.schema import ID_PATTERN


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Driva & leda", "driva-leda"),
        ("Veta och delta", "veta-och-delta"),
        ("Förbättringskunskap", "förbättringskunskap"),
        ("Café Éclair", "cafe-eclair"),
        ("  --Sjuksköterska_ ", "sjuksköterska"),
        ("Ge stöd (chef)", "ge-stöd-chef"),
        ("«»“”", "x"),
    ],
)
def test_slug_makes_an_id(name: str, ident: str) -> None:
    """Letters å, ä, ö are kept, accents dropped, anything else one `-`."""
    assert slug(name) == ident
    assert re.match(ID_PATTERN, ident)


def test_slug_is_at_most_the_longest_id() -> None:
    """A long name gives an id of at most ID_MAX characters, never ending in `-`."""
    ident = slug("Förbättring " * 20)
    assert len(ident) <= ID_MAX
    assert not ident.endswith("-")
    assert re.match(ID_PATTERN, ident)
