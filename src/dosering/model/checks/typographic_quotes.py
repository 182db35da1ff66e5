"""typographic-quotes: a code written in typographic quotes (“…”, ”…”, „…“, «…»).

Text copied from Word or a PDF brings quotes that YAML does not read as quotes:
`lms: “0412”` is the code `“0412”`, quotes and all, so `gap` never matches it with
the course list, and `hr: ”222110”` matches no row of a staff list. The check
looks at the values dosering compares or tells you to quote: LMS codes (`lms`), HR
codes and titles (`hr`) and the region's `version`. Ids and references are held to
their own form by the schema (the same quotes there are a `schema` error, worded the
same way). Names, titles, descriptions and outcomes are left alone: prose may be
quoted, and titles are matched without their punctuation.

The inputs get the same warning: a code cell of a course list (`gap --courses`), a
role code cell of a staff list (`progress --staff`, once per code, with its rows)
and a key or `ignore` entry of a mapping file (`--mapping`). In a cell no quotes
are needed: remove them.

Passes::

    courses:
      - {id: fk-intro, ..., lms: "0412"}

Fails (the quotes are part of the code)::

    courses:
      - {id: fk-intro, ..., lms: “0412”}
"""

from __future__ import annotations

from collections.abc import Iterator

from dosering.core.findings import Draft, Path, Severity
from dosering.model.quotes import inside_quotes, reads_as_text
from dosering.model.semantics import Meaning

ID = "typographic-quotes"
SEVERITY = Severity.WARNING
KEYS = ("typographic-quotes", "typographic-quotes.lms", "typographic-quotes.hr")
"""The catalogue keys of its messages and hints (`dosering.i18n.findings`)."""


def check(meaning: Meaning) -> Iterator[Draft]:
    """Report codes (and the version) wrapped in typographic quotes."""
    model = meaning.model
    if model.region.version is not None:
        yield from _quoted(("region", "version"), model.region.version, "version")
    for index, role in enumerate(model.roles):
        if role.hr is not None:
            yield from _codes(("roles", index, "hr"), role.hr, "hr")
    for index, course in enumerate(model.courses):
        if course.lms is not None:
            yield from _codes(("courses", index, "lms"), course.lms, "lms")


def _codes(path: Path, written: str | list[str], field: str) -> Iterator[Draft]:
    """One code (at its key's value) or a list of them (at each item)."""
    if isinstance(written, str):
        yield from _quoted(path, written, field)
    else:
        for j, code in enumerate(written):
            yield from _quoted((*path, j), code, field)


def _quoted(path: Path, value: str, field: str) -> Iterator[Draft]:
    inner = inside_quotes(value)
    if inner is None:
        return
    key = ID if field == "version" else f"{ID}.{field}"
    params = {
        "field": field,
        "value": value,
        "inner": inner,
        "plain": reads_as_text(inner),
    }
    yield Draft(ID, path, params, message_key=key)
