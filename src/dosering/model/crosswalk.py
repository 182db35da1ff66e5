"""Crosswalk: how two regions' ids pair up, per kind (the value `diff --map` gives).

`inputs/crosswalk.py` reads it from a file; `analyses/diff.py` compares through it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

KINDS = ("levels", "areas", "groups", "roles", "courses")
"""The kinds a crosswalk pairs, by their list names in a model."""


@dataclass(frozen=True, slots=True)
class Crosswalk:
    """B's ids mapped to A's, per kind (plural names: `levels`, `roles`, …)."""

    maps: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def of(self, kind: str) -> Mapping[str, str]:
        """The map of one kind (plural name); empty when not given."""
        return self.maps.get(kind, {})
