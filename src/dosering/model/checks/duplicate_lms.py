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

from dosering.core.findings import Draft, Path
from dosering.model.keys import code_key
from dosering.model.schema import lms_codes
from dosering.model.semantics import Meaning

ID = "duplicate-lms"


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report each LMS code already given to an earlier course (or twice to one)."""
    owner: dict[str, str] = {}
    for index, course in enumerate(meaning.model.courses):
        several = isinstance(course.lms, list)
        for j, code in enumerate(lms_codes(course)):
            key = code_key(code)
            path: Path = (
                ("courses", index, "lms", j)
                if several
                else (
                    "courses",
                    index,
                    "lms",
                )
            )
            other = owner.setdefault(key, course.id)
            if other != course.id or (several and key in _earlier(course.lms, j)):
                same = other == course.id
                yield Draft(
                    ID,
                    path,
                    {"lms": code, "other": other},
                    message_key="duplicate-lms.same" if same else None,
                )


def _earlier(codes: object, j: int) -> set[str]:
    assert isinstance(codes, list)
    return {code_key(c) for c in codes[:j]}
