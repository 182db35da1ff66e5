"""unknown-group: a reference names no group of the model.

Passes (the id is listed under `groups:`)::

    groups:
      - id: known
    # ... and a reference to `known`

Fails: a reference to `unknwn` when no entry of `groups:` has that id. The finding
points at the reference and its hint names the line where the valid ids are listed,
with a "did you mean" for a near miss of an id, or for a group's name written for
its id (`vård` for `vard`, case and spaces aside, or close to it). A name that is no
id at all (with capitals or spaces) is a `schema` error with the same suggestion.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.checks._references import iter_group_refs, unknown
from dosering.model.semantics import Meaning

ID = "unknown-group"
SEVERITY = Severity.ERROR
KEYS = ("unknown-group",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each reference to a group id that no group has."""
    return unknown(ID, "groups", iter_group_refs(meaning), meaning)
