"""need-unsatisfied (warning): no course of the model satisfies a role's need.

A course giving area A at level L satisfies a need (A, M) when L is M or M is among
L's `includes` (transitively; by default every earlier level).

Passes::

    roles:
      - {id: sjukskoterska, name: Sjuksköterska, needs: {forbattringskunskap: veta}}
    courses:
      - {id: fk-intro, ..., gives: {forbattringskunskap: veta}}

Fails: the same role when no course gives `forbattringskunskap` at `veta` or at a
level that includes it, or when every course that does has an `audience` (format
1.1) that names neither the role nor its group (and the need prescribes none); the
message then names those courses and their audience.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.schema import is_open
from dosering.model.semantics import Meaning

ID = "need-unsatisfied"
SEVERITY = Severity.WARNING
KEYS = ("need-unsatisfied", "need-unsatisfied.audience")
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each need (with known area and level) that no course open to it meets."""
    areas, levels = meaning.area_names, meaning.level_names
    roles, courses = meaning.model.roles, meaning.course_by_id
    for need in meaning.iter_known_needs():
        found = meaning.satisfiers(need.area, need.level)
        role = roles[need.role_index]
        if found and (need.courses or any(is_open(courses[c], role) for c in found)):
            continue  # a prescribed course is on the path whatever its audience
        params = {
            "role": need.role,
            "area": areas[need.area],
            "level": levels[need.level],
        }
        key = None
        if found:
            key = f"{ID}.audience"
            params["courses"] = ", ".join(
                f"`{c}` ({', '.join(courses[c].audience or ())})" for c in found
            )
        yield Draft(
            ID, ("roles", need.role_index, "needs", need.area), params, message_key=key
        )
