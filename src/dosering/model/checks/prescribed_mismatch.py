"""prescribed-mismatch (warning): a prescribed course does not give what is needed.

Passes (`ps-grund` gives `patientsakerhet` at `driva`)::

    needs:
      patientsakerhet: {level: driva, courses: [ps-grund]}

Fails: the same need when `ps-grund` gives only `forbattringskunskap`, or gives
`patientsakerhet` at a level that does not satisfy `driva`.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.semantics import Meaning

ID = "prescribed-mismatch"
SEVERITY = Severity.WARNING
KEYS = ("prescribed-mismatch",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each known prescribed course that does not satisfy its need."""
    areas, levels = meaning.area_names, meaning.level_names
    for need in meaning.iter_known_needs():
        for j, course_id in enumerate(need.courses or ()):
            course = meaning.course_by_id.get(course_id)
            if course is None or meaning.course_satisfies(
                course, need.area, need.level
            ):
                continue
            yield Draft(
                ID,
                ("roles", need.role_index, "needs", need.area, "courses", j),
                {
                    "course": course_id,
                    "area": areas[need.area],
                    "level": levels[need.level],
                },
            )
