"""multiline-text: a `name` or `title` spans more than one line.

Names and titles head tables and cells; longer text belongs in `description`.

Passes::

    name: Sjuksköterska

Fails (a block scalar keeps the line break)::

    name: |
      Sjuksköterska
      i slutenvård
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.semantics import Meaning

ID = "multiline-text"
SEVERITY = Severity.ERROR
KEYS = ("multiline-text",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""
LISTS = ("levels", "areas", "groups", "roles")


def _broken(text: str) -> bool:
    return "\n" in text.rstrip("\n") or "\r" in text.rstrip("\r\n")


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report names and titles with a line break inside."""
    model = meaning.model
    if _broken(model.region.name):
        yield Draft(ID, ("region", "name"), {"field": "name"})
    for name in LISTS:
        for index, entity in enumerate(getattr(model, name)):
            if _broken(entity.name):
                yield Draft(ID, (name, index, "name"), {"field": "name"})
    for index, course in enumerate(model.courses):
        if _broken(course.title):
            yield Draft(ID, ("courses", index, "title"), {"field": "title"})
