"""unknown-course: a reference names no course of the model.

Passes (the id is listed under `courses:`)::

    courses:
      - id: known
    # ... and a reference to `known`

Fails: a reference to `unknwn` when no entry of `courses:` has that id. The finding
points at the reference and its hint names the line where the valid ids are listed,
with a "did you mean" for a near miss of an id, or for a course's title written for
its id (`introduktion` for `fk-intro`, case and spaces aside, or close to it). A
name that is no id at all (with capitals or spaces) is a `schema` error with the
same suggestion.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.checks._references import iter_course_refs, unknown
from dosering.model.semantics import Meaning

ID = "unknown-course"
SEVERITY = Severity.ERROR
KEYS = ("unknown-course",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each reference to a course id that no course has."""
    return unknown(ID, "courses", iter_course_refs(meaning), meaning)
