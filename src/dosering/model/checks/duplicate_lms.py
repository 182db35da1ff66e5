"""duplicate-lms: an LMS code belongs to more than one course.

Codes are compared trimmed and case-insensitively, as `gap` matches them.

Passes::

    courses:
      - {id: fk-intro, lms: "6149", ...}
      - {id: fk-leda, lms: "6255", ...}

Fails (` 6149` is the same code as `6149`)::

    courses:
      - {id: fk-intro, lms: "6149", ...}
      - {id: fk-leda, lms: [" 6149", "6255"], ...}
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Severity
from dosering.model.checks._codes import iter_duplicate_codes
from dosering.model.schema import lms_codes
from dosering.model.semantics import Meaning

ID = "duplicate-lms"
SEVERITY = Severity.ERROR
KEYS = ("duplicate-lms", "duplicate-lms.same")
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each LMS code already given to an earlier course (or twice to one)."""
    return iter_duplicate_codes(ID, "courses", "lms", meaning.model.courses, lms_codes)
