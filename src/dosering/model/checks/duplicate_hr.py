"""duplicate-hr: an HR code or title means more than one role (format 1.1).

`hr` lists what a role is called in the HR export (an AID code, a local
befattningskod, a title); `progress` matches staff rows by it, so each may mean one
role only. Compared trimmed and case-insensitively.

Passes::

    roles:
      - {id: sjukskoterska, hr: ["222110", Sjuksköterska], ...}
      - {id: underskoterska, hr: "532110", ...}

Fails (`sjuksköterska ` is the same title as `Sjuksköterska`)::

    roles:
      - {id: sjukskoterska, hr: ["222110", Sjuksköterska], ...}
      - {id: specialistsjukskoterska, hr: ["sjuksköterska "], ...}
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.checks._codes import iter_duplicate_codes
from dosering.model.schema import hr_codes
from dosering.model.semantics import Meaning

ID = "duplicate-hr"
SEVERITY = Severity.ERROR
KEYS = ("duplicate-hr", "duplicate-hr.same")
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each HR code already given to an earlier role (or twice to one)."""
    return iter_duplicate_codes(ID, "roles", "hr", meaning.model.roles, hr_codes)
