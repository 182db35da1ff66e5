"""no-headcount (info): a role has no `headcount`, so it adds no demand for seats.

A note, never a failure: `gap` cannot count a role's yearly demand or backlog
without it, and says so rather than guess.

Passes::

    - {id: sjukskoterska, name: Sjuksköterska, headcount: 5200, needs: {...}}

Noted::

    - {id: sjukskoterska, name: Sjuksköterska, needs: {...}}
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.semantics import Meaning

ID = "no-headcount"
SEVERITY = Severity.INFO
KEYS = ("no-headcount",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Note each role without a headcount."""
    for index, role in enumerate(meaning.model.roles):
        if role.headcount is None:
            yield Draft(ID, ("roles", index, "id"), {"role": role.id})
