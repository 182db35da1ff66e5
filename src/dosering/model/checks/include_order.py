"""include-order: a level's `includes` names a level that is not listed before it.

Passes::

    levels:
      - {id: veta, name: Veta & delta}
      - {id: ge-forutsattningar, name: Ge förutsättningar, includes: [veta]}

Fails (a level can include only earlier levels, which rules out cycles)::

    levels:
      - {id: veta, name: Veta & delta, includes: [driva]}
      - {id: driva, name: Driva & leda}
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.semantics import Meaning

ID = "include-order"
SEVERITY = Severity.ERROR
KEYS = ("include-order", "include-order.self")
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report includes of the level itself or of a later level."""
    order = meaning.level_order
    for index, level in enumerate(meaning.model.levels):
        for j, name in enumerate(level.includes or ()):
            position = order.get(name)
            if position is not None and position >= index:
                yield Draft(
                    ID,
                    ("levels", index, "includes", j),
                    {"level": level.id, "id": name},
                    message_key="include-order.self" if name == level.id else None,
                )
