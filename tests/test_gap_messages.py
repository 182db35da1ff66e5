"""The catalogue: every text in both languages, every key the code names exists."""

from __future__ import annotations

import re
import string

import pytest

from dosering.core.errors import UserError
from dosering.core.findings import Draft
from dosering.i18n import catalogue
from dosering.i18n import gap as messages_gap
from dosering.model.checks import CATALOGUE, REGISTRY
from tests.conftest import ROOT

SOURCES = sorted((ROOT / "src" / "dosering").rglob("*.py"))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


_ENGLISH_ONLY = {("findings.messages", "yaml-syntax")}
"""Entries whose field is English text from a library (libyaml's problem): the
Swedish text leaves it out rather than mix languages."""


@pytest.mark.parametrize("table", sorted(catalogue.TABLES))
def test_both_languages_with_the_same_fields(table: str) -> None:
    """Every entry of every catalogue has both languages, with the same fields."""
    for key, (english, swedish) in catalogue.TABLES[table].items():
        assert english and swedish, key
        if (table, key) in _ENGLISH_ONLY:
            assert _fields(swedish) < _fields(english), key
            continue
        assert _fields(english) == _fields(swedish), key


def test_messages_and_hints_are_one_key_space() -> None:
    """No message or hint key is given twice by two catalogues."""
    for chain in (catalogue.MESSAGES, catalogue.HINTS):
        assert isinstance(chain, type(catalogue.MESSAGES))
        seen: set[str] = set()
        for table in chain.maps:  # type: ignore[attr-defined]
            assert not seen & set(table), seen & set(table)
            seen |= set(table)


def test_every_code_has_a_title_and_every_check_its_messages() -> None:
    """Each code of the catalogue has a title; each check's keys have a message."""
    titles = catalogue.TABLES["findings.titles"]
    assert set(titles) == set(CATALOGUE)
    for module in REGISTRY.values():
        for key in module.KEYS:
            assert key in catalogue.MESSAGES, key
            assert key in catalogue.HINTS, key


_KEYS = re.compile(
    r'(?:UserError\(|fail\(|message_key=|_invalid\(\s*\([^)]*\),)\s*"([a-z][a-z0-9.-]+)"'
)


def test_every_key_named_in_the_code_exists() -> None:
    """Keys given to UserError, fail() or as message_key are in the catalogue."""
    used = {key for path in SOURCES for key in _KEYS.findall(path.read_text("utf-8"))}
    assert len(used) > 50
    assert used <= set(catalogue.MESSAGES), used - set(catalogue.MESSAGES)


def test_gap_words_named_in_the_code_exist() -> None:
    """Labels looked up with a literal in gap's modules are in gap's word list."""
    sources = [ROOT / "src/dosering" / name for name in ("cli/gap.py", "report/gap.py")]
    pattern = re.compile(r'\bword\(\s*"([a-z][a-z.-]+)"')
    used = {m for path in sources for m in pattern.findall(path.read_text("utf-8"))}
    assert used
    assert used <= set(messages_gap.WORDS), used - set(messages_gap.WORDS)


def test_lookups_fall_back() -> None:
    """An unknown key shows itself; a key without a hint has none."""
    assert catalogue.message("no-such-key", "en", {}) == "no-such-key"
    assert catalogue.hint("list.empty", "sv", {}) is None
    assert messages_gap.word("category.partial", "sv") == "för låg nivå"


def test_an_error_is_worded_in_the_language_asked_for() -> None:
    """A UserError's key and parameters become one line, a Draft as its message."""
    error = UserError(
        "config.yaml",
        path="c.yaml",
        line=2,
        col=3,
        reason=Draft("yaml-syntax", (), message_key="yaml-syntax.tab"),
    )
    assert catalogue.error_text(error, "sv") == (
        "c.yaml:2:3: konfigurationen går inte att läsa: en tabb används för indrag: "
        "YAML drar in med blanksteg"
    )
