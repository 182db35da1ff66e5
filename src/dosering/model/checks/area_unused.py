"""area-unused (warning): no role needs a knowledge area.

Passes: an area `patientsakerhet` that some role lists under `needs`.

Fails: an area listed under `areas:` that no role's `needs` names.
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.semantics import Meaning

ID = "area-unused"
SEVERITY = Severity.WARNING
KEYS = ("area-unused",)
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each area no role needs."""
    needed = {need.area for need in meaning.needs}
    names = meaning.area_names
    for index, area in enumerate(meaning.model.areas):
        if area.id not in needed:
            yield Draft(
                ID, ("areas", index, "id"), {"area": area.id, "name": names[area.id]}
            )
