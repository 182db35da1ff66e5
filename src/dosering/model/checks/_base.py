"""What every check shares: the check signature and small helpers."""

from __future__ import annotations

import difflib
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


def closest(name: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a misspelt name, if any is close enough."""
    matches = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None
