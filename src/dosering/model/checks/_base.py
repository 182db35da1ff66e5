"""What every check shares: the check signature and small helpers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from dosering.core.findings import Draft
from dosering.model.semantics import Meaning


class Check(Protocol):
    """A check module: an id, a severity and a function from meaning to drafts."""

    ID: str

    def check(self, meaning: Meaning) -> Iterator[Draft]:
        """Yield a draft for each problem."""
        ...  # pragma: no cover


SIMILAR = 60.0
"""The least similarity (0–100, rapidfuzz's `ratio`) of a did-you-mean suggestion."""


class Suggestions:
    """Did-you-mean over one list of names, built once per run.

    Each distinct misspelt name is compared with the names once, by rapidfuzz in C
    with a score cutoff (which skips names whose lengths alone rule them out), and
    remembered: a thousand references to one unknown id cost one look-up.
    """

    def __init__(self, choices: Iterable[str]) -> None:
        self._choices = list(dict.fromkeys(choices))
        self._found: dict[str, str | None] = {}

    def __call__(self, name: str) -> str | None:
        """The name closest to `name`, if any is close enough."""
        if name in self._found:
            return self._found[name]
        found = None
        if self._choices:
            from rapidfuzz import fuzz, process

            best = process.extractOne(
                name, self._choices, scorer=fuzz.ratio, score_cutoff=SIMILAR
            )
            found = None if best is None else str(best[0])
        self._found[name] = found
        return found
