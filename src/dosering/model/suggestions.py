"""Suggestions: the "did you mean" of a reference that names no entity.

A reference may be a misspelt id (`fkk` for `fk`) or, as planners write them, the
entity's name instead of its id (`Veta & delta` for `veta`). Both the checks
(`unknown-level`, …) and the schema (an id that is no id, `Veta & delta`) ask here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

SIMILAR = 60.0
"""The least similarity (0–100, rapidfuzz's `ratio`) of a did-you-mean suggestion."""


def name_key(text: str) -> str:
    """A name as a reference is compared with it: NFC, casefolded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


class Suggestions:
    """Did-you-mean over one list of ids (and their entities' names), built once.

    Each distinct unknown reference is looked up once and remembered: a thousand
    references to one unknown id cost one look-up. A reference that is an entity's
    name (compared by `name_key`) suggests that entity's id; otherwise the closest
    id or name wins, by rapidfuzz in C with a score cutoff (which skips choices
    whose lengths alone rule them out), an id before a name on a tie.
    """

    def __init__(
        self, choices: Iterable[str], names: Iterable[tuple[str, str]] = ()
    ) -> None:
        """`choices` are the ids; `names` (name, id) pairs, the first id of a name wins.

        Both are read at the first look-up: a model whose references all resolve
        never pays for them.
        """
        self._given = (choices, names)
        self._choices: list[str] = []
        self._names: dict[str, str] = {}
        self._by_length: dict[int, list[str]] = {}
        """The names' keys by length (a length far from the reference's cannot win)."""
        self._found: dict[str, str | None] = {}
        self._ready = False

    def _read(self) -> None:
        self._ready = True
        choices, names = self._given
        self._choices = list(dict.fromkeys(choices))
        for name, entity_id in names:
            self._names.setdefault(name_key(name), entity_id)
        for key in self._names:
            self._by_length.setdefault(len(key), []).append(key)

    def _names_near(self, length: int, least: float) -> list[str]:
        """The names' keys whose length lets `ratio` reach `least` (0–100).

        `ratio` is at most 200·min(a, b)/(a + b) for lengths a and b, so only
        lengths from a·least/(200 − least) to a·(200 − least)/least can reach it.
        """
        low = length * least / (200 - least) - 1e-9  # float error never rules out
        high = length * (200 - least) / least + 1e-9 if least else float("inf")
        return [
            key
            for size, keys in self._by_length.items()
            if low <= size <= high
            for key in keys
        ]

    def __call__(self, name: str) -> str | None:
        """The id closest to `name`, if any is close enough."""
        if name in self._found:
            return self._found[name]
        if not self._ready:
            self._read()
        key = name_key(name)
        found = self._names.get(key)
        if found is None and (self._choices or self._names):
            from rapidfuzz import fuzz, process

            best_id = process.extractOne(  # ids are lowercase: so is `key`
                key, self._choices, scorer=fuzz.ratio, score_cutoff=SIMILAR
            )
            least = SIMILAR if best_id is None else best_id[1]  # a name must beat it
            best_name = process.extractOne(
                key,
                self._names_near(len(key), least),
                scorer=fuzz.ratio,
                score_cutoff=least,
            )
            if best_name is not None and (best_id is None or best_name[1] > best_id[1]):
                found = self._names[str(best_name[0])]
            elif best_id is not None:
                found = str(best_id[0])
        self._found[name] = found
        return found
