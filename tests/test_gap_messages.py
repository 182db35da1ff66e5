"""Tests of messages_gap.py: every text in both languages, lookups that fall back."""

from __future__ import annotations

import re
import string

import pytest

from dosering.i18n import gap as messages_gap
from tests.conftest import ROOT

TABLES = {
    "MESSAGES": messages_gap.MESSAGES,
    "HINTS": messages_gap.HINTS,
    "WORDS": messages_gap.WORDS,
}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_both_languages_with_the_same_fields(table: str) -> None:
    """Each entry has English and Swedish text naming the same fields."""
    for key, (english, swedish) in TABLES[table].items():
        assert english and swedish, key
        fields = [
            {name for _, name, _, _ in string.Formatter().parse(text) if name}
            for text in (english, swedish)
        ]
        assert fields[0] == fields[1], key


def test_every_key_used_in_the_code_exists() -> None:
    """Keys looked up with a literal in gap's modules are in the tables."""
    sources = [
        ROOT / "src/dosering" / name
        for name in (
            "inputs/courselist.py",
            "inputs/mapping.py",
            "cli/gap.py",
            "report/gap.py",
        )
    ]
    known = set(messages_gap.MESSAGES) | set(messages_gap.WORDS)
    pattern = re.compile(r'(?:message|word|fail)\(\s*"([a-z][a-z.-]+)"')
    used = {m for path in sources for m in pattern.findall(path.read_text("utf-8"))}
    assert used
    assert used <= known, used - known


def test_lookups_fall_back() -> None:
    """An unknown key shows itself; a key without a hint has none."""
    assert messages_gap.message("no-such-key", "en") == "no-such-key"
    assert messages_gap.hint("list.empty", "sv") is None
    assert messages_gap.word("did-you-mean", "sv", "x") == "Menade du `x`? "
    assert messages_gap.word("category.partial", "sv") == "för låg nivå"
