"""What every check shares: the check signature and small helpers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from dosering.core.findings import Draft
from dosering.model.semantics import Meaning


class Check(Protocol):
    """A check module: an id, a severity and a function from meaning to drafts."""

    ID: str

    def check(self, meaning: Meaning) -> Iterator[Draft]:
        """Yield a draft for each problem."""
        ...  # pragma: no cover
