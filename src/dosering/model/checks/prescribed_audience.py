"""prescribed-audience (warning): a need prescribes a course its audience excludes.

A prescribed course goes on the role's learning path whatever its `audience`
(format 1.1), but the audience says the course is meant for other roles: one of the
two is likely a mistake.

Passes (enhetschef is in `ledning`)::

    roles:
      - id: enhetschef
        group: ledning
        needs: {patientsakerhet: {level: driva, courses: [ps-chef]}}
    courses:
      - {id: ps-chef, ..., audience: [ledning]}

Fails: the same need when `ps-chef` has `audience: [politik]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.schema import is_open
from dosering.model.semantics import Meaning

ID = "prescribed-audience"
SEVERITY = Severity.WARNING
KEYS = ("prescribed-audience",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each prescribed course whose audience names neither role nor group."""
    roles = meaning.model.roles
    courses = meaning.course_by_id
    for need in meaning.needs:
        for j, course_id in enumerate(need.courses or ()):
            course = courses.get(course_id)
            if course is None or is_open(course, roles[need.role_index]):
                continue
            yield Draft(
                ID,
                ("roles", need.role_index, "needs", need.area, "courses", j),
                {
                    "course": course_id,
                    "role": need.role,
                    "audience": ", ".join(course.audience or ()),
                },
            )
