"""unknown-area: a reference names no area of the model.

Passes (the id is listed under `areas:`)::

    areas:
      - id: known
    # ... and a reference to `known`

Fails: a reference to `unknwn` when no entry of `areas:` has that id. The finding
points at the reference and its hint names the line where the valid ids are listed,
with a "did you mean" for a near miss.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.checks._references import iter_area_refs, unknown
from dosering.model.semantics import Meaning

ID = "unknown-area"
SEVERITY = Severity.ERROR
KEYS = ("unknown-area",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each reference to a area id that no area has."""
    return unknown(ID, "areas", iter_area_refs(meaning), meaning)
