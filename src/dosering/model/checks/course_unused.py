"""course-unused (warning): a course satisfies no role's need.

Passes: a course giving `forbattringskunskap: veta` when some role needs
`forbattringskunskap` at `veta` (or at a level the course's level includes).

Fails: a course giving `innovation: driva` when no role needs `innovation` at
`driva` or below it.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.semantics import Meaning

ID = "course-unused"
SEVERITY = Severity.WARNING
KEYS = ("course-unused",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each course that satisfies none of the model's needs."""
    wanted: dict[str, set[str]] = {}
    for need in meaning.needs:
        wanted.setdefault(need.area, set()).add(need.level)
    for index, course in enumerate(meaning.model.courses):
        if not any(
            meaning.satisfies(given, level)
            for area, given in course.gives.items()
            for level in wanted.get(area, ())
        ):
            yield Draft(ID, ("courses", index, "id"), {"course": course.id})
