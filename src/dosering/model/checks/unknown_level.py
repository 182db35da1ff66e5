"""unknown-level: a reference names no level of the model.

Passes (the id is listed under `levels:`)::

    levels:
      - id: known
    # ... and a reference to `known`

Fails: a reference to `unknwn` when no entry of `levels:` has that id. The finding
points at the reference and its hint names the line where the valid ids are listed,
with a "did you mean" for a near miss of an id, or for a level's name written for
its id (`Veta & delta` for `veta`, case and spaces aside, or close to it). A name
that is no id at all (with capitals or spaces) is a `schema` error with the same
suggestion.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.checks._references import iter_level_refs, unknown
from dosering.model.semantics import Meaning

ID = "unknown-level"
SEVERITY = Severity.ERROR
KEYS = ("unknown-level",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each reference to a level id that no level has."""
    return unknown(ID, "levels", iter_level_refs(meaning), meaning)
