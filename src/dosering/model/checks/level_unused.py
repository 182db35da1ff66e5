"""level-unused (warning): no need and no course uses a level.

Passes: a level `driva` that a role needs or a course gives.

Fails: a level listed under `levels:` that neither any role's `needs` nor any
course's `gives` names.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.semantics import Meaning

ID = "level-unused"
SEVERITY = Severity.WARNING
KEYS = ("level-unused",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each level no need and no course names."""
    used = {need.level for need in meaning.needs}
    names = meaning.level_names
    for course in meaning.model.courses:
        used.update(course.gives.values())
    for index, level in enumerate(meaning.model.levels):
        if level.id not in used:
            yield Draft(
                ID,
                ("levels", index, "id"),
                {"level": level.id, "name": names[level.id]},
            )
