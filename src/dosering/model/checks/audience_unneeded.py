"""audience-unneeded (warning): no role in a course's audience needs what it gives.

A course with an `audience` satisfies the needs of those roles only (format 1.1);
when none of them needs what the course gives, no learning path can hold it.

Passes (ledamot is in `politik` and needs `forbattringskunskap: veta`)::

    roles:
      - {id: ledamot, group: politik, needs: {forbattringskunskap: veta}}
    courses:
      - {id: styrelse, gives: {forbattringskunskap: veta}, audience: [politik]}

Fails: the same course with `audience: [vard]` when only roles outside `vard` need
`forbattringskunskap` at `veta` or below. (A course no role at all needs is
`course-unused`; an audience naming nothing is `unknown-audience`; a course that
a need prescribes is on that role's path anyway.)
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.schema import is_open
from dosering.model.semantics import Meaning

ID = "audience-unneeded"
SEVERITY = Severity.WARNING
KEYS = ("audience-unneeded",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each course whose audience holds no role it satisfies a need of."""
    model = meaning.model
    known = {g.id for g in model.groups} | {r.id for r in model.roles}
    restricted = [
        (index, course)
        for index, course in enumerate(model.courses)
        if course.audience and known.intersection(course.audience)
    ]
    if not restricted:
        return
    needing: dict[tuple[str, str], list[int]] = {}
    prescribed: set[str] = set()
    for need in meaning.needs:
        needing.setdefault((need.area, need.level), []).append(need.role_index)
        prescribed.update(need.courses or ())
    for index, course in restricted:
        if course.id in prescribed:
            continue  # on a path anyway (`prescribed-audience` says if it is odd)
        served = [
            role
            for area, given in course.gives.items()
            for level in meaning.closure.get(given, ())
            for role in needing.get((area, level), ())
        ]
        if served and not any(is_open(course, model.roles[i]) for i in served):
            yield Draft(
                ID,
                ("courses", index, "audience"),
                {"course": course.id, "audience": ", ".join(course.audience or ())},
            )
