"""unknown-audience: a course's `audience` names no group or role (format 1.1).

`audience` lists the group or role ids whose needs the course satisfies (a board
seminar is no way for nurses to get their dose).

Passes (`politik` is a group)::

    groups:
      - {id: politik, name: Förtroendevalda}
    courses:
      - {id: styrelse, ..., audience: [politik]}

Fails: `audience: [politkk]` when no group or role has that id. The finding points
at the id, with a "did you mean" for a near miss among the group and role ids, or
their names (`Enhetschef` for `chef`).
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.schema import Group, Role
from dosering.model.semantics import Meaning
from dosering.model.suggestions import Suggestions

ID = "unknown-audience"
SEVERITY = Severity.ERROR
KEYS = ("unknown-audience",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each audience id that is neither a group id nor a role id."""
    model = meaning.model
    entities: list[Group | Role] = [*model.groups, *model.roles]
    known = [entity.id for entity in entities]
    known_set = set(known)
    suggest = Suggestions(known, ((entity.name, entity.id) for entity in entities))
    for index, course in enumerate(model.courses):
        for j, name in enumerate(course.audience or ()):
            if name in known_set:
                continue
            yield Draft(
                ID,
                ("courses", index, "audience", j),
                {"id": name, "suggestion": suggest(name)},
            )
