"""need-unsatisfied (warning): no course of the model satisfies a role's need.

A course giving area A at level L satisfies a need (A, M) when L is M or M is among
L's `includes` (transitively; by default every earlier level).

Passes::

    roles:
      - {id: sjukskoterska, name: Sjuksköterska, needs: {forbattringskunskap: veta}}
    courses:
      - {id: fk-intro, ..., gives: {forbattringskunskap: veta}}

Fails: the same role when no course gives `forbattringskunskap` at `veta` or at a
level that includes it.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft
from dosering.model.semantics import Meaning

ID = "need-unsatisfied"


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each need (with known area and level) that no course satisfies."""
    areas, levels = meaning.area_names, meaning.level_names
    for need in meaning.iter_known_needs():
        if not meaning.satisfiers(need.area, need.level):
            yield Draft(
                ID,
                ("roles", need.role_index, "needs", need.area),
                {
                    "role": need.role,
                    "area": areas[need.area],
                    "level": levels[need.level],
                },
            )
