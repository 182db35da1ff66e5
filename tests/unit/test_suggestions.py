"""Suggestions: did-you-mean over ids and the names of their entities."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from rapidfuzz import fuzz, process

from dosering.model.suggestions import SIMILAR, Suggestions, name_key

LEVELS = Suggestions(
    ["veta", "driva", "ge-stod"],
    [("Veta & delta", "veta"), ("Driva & leda", "driva"), ("Ge stöd", "ge-stod")],
)


@pytest.mark.parametrize(
    ("written", "suggested"),
    [
        ("Veta & delta", "veta"),  # the name
        ("  veta   &  DELTA ", "veta"),  # case and spaces aside
        ("Veta och delta", "veta"),  # close to the name
        ("ge stod", "ge-stod"),  # close to the id and the name
        ("vetta", "veta"),  # a misspelt id, as before
        ("patientsäkerhet", None),  # close to nothing
    ],
)
def test_names_suggest_their_ids(written: str, suggested: str | None) -> None:
    """A name (or a near miss of one) suggests the id of its entity."""
    assert LEVELS(written) == suggested


def test_the_first_entity_of_a_name_wins() -> None:
    """Two entities with one name: the first one's id."""
    suggest = Suggestions(["a", "b"], [("Samma", "a"), ("samma", "b")])
    assert suggest("SAMMA") == "a"


def test_each_distinct_reference_is_looked_up_once() -> None:
    """Ids and names are read at the first look-up, and only then (lazily)."""
    read: list[str] = []

    def names() -> Iterator[tuple[str, str]]:
        read.append("names")
        yield ("Veta & delta", "veta")

    suggest = Suggestions(["veta"], names())
    assert read == []
    assert suggest("Veta & delta") == suggest("Veta & delta") == "veta"
    assert suggest("vetaa") == "veta"
    assert read == ["names"]


def test_name_key_is_nfc_casefolded_and_collapsed() -> None:
    """Decomposed å (from a Mac) and spacing do not matter."""
    assert name_key(" Ge  sto\u0308d ") == name_key("ge stöd") == "ge stöd"


def test_names_pruned_by_length_give_what_a_full_search_gives() -> None:
    """Leaving out names whose length cannot win changes no suggestion."""
    rng = random.Random(16)  # a small alphabet: many near misses and ties

    def word() -> str:
        return "".join(rng.choices("abcde ", k=rng.randint(1, 14))).strip() or "a"

    names = [word() for _ in range(300)]
    for _ in range(300):
        query = word()
        suggest = Suggestions([], [(name, f"id-{name}") for name in names])
        best = process.extractOne(
            name_key(query),
            [name_key(n) for n in names],
            scorer=fuzz.ratio,
            score_cutoff=SIMILAR,
        )
        got = suggest(query)
        if best is None or got is None:
            assert got is None and best is None, query
        else:  # ties may pick another name of the same score
            score = fuzz.ratio(name_key(query), name_key(got.removeprefix("id-")))
            assert score == best[1], query
