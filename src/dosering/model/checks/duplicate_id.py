"""duplicate-id: an id is used twice in the same list.

Passes::

    areas:
      - {id: forbattringskunskap, name: Förbättringskunskap}
      - {id: patientsakerhet, name: Patientsäkerhet}

Fails (the second `forbattringskunskap`)::

    areas:
      - {id: forbattringskunskap, name: Förbättringskunskap}
      - {id: forbattringskunskap, name: Förbättringskunskap II}
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.semantics import Meaning

ID = "duplicate-id"
SEVERITY = Severity.ERROR
KEYS = ("duplicate-id",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""
LISTS = ("levels", "areas", "groups", "roles", "courses")


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each id that occurs a second (third, …) time in its list."""
    for name in LISTS:
        seen: dict[str, int] = {}
        for index, entity in enumerate(getattr(meaning.model, name)):
            first = seen.setdefault(entity.id, index)
            if first != index:
                yield Draft(
                    ID,
                    (name, index, "id"),
                    {"id": entity.id, "list": name, "@first_line": (name, first, "id")},
                )
