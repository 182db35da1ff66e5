"""The one lookup over every catalogue: findings, gap, diff, render and cli.

Every table maps a key to `(english, swedish)`. Messages and hints of findings and
of runs that cannot go on (`UserError`) share one key space across the catalogues,
so a reader's draft or error names a key without saying whose it is; labels stay
per catalogue (`gap`'s `summary` is not `diff`'s). `TABLES` lists them all, and a
test holds every entry to the same fields in both languages.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping
from typing import Any

from dosering.core.errors import OsReason, Shown, UserError
from dosering.core.findings import Draft
from dosering.i18n import (
    cli,
    diff,
    excel,
    findings,
    gap,
    init,
    progress,
    render,
    usage,
)
from dosering.i18n._text import fill, pick

Table = Mapping[str, tuple[str, str]]

TABLES: dict[str, Table] = {
    "findings.messages": findings.MESSAGES,
    "findings.hints": findings.HINTS,
    "findings.words": findings.WORDS,
    "findings.titles": findings.TITLES,
    "gap.messages": gap.MESSAGES,
    "gap.hints": gap.HINTS,
    "gap.words": gap.WORDS,
    "gap.columns": gap.COLUMNS,
    "diff.messages": diff.MESSAGES,
    "diff.hints": diff.HINTS,
    "diff.words": diff.WORDS,
    "render.labels": render.LABELS,
    "init.words": init.WORDS,
    "init.comments": init.COMMENTS,
    "progress.messages": progress.MESSAGES,
    "progress.hints": progress.HINTS,
    "progress.words": progress.WORDS,
    "excel.sheets": excel.SHEETS,
    "excel.columns": excel.COLUMNS,
    "excel.prefixes": excel.PREFIXES,
    "excel.words": excel.WORDS,
    "cli.messages": cli.MESSAGES,
    "usage.messages": usage.MESSAGES,
    "usage.words": usage.WORDS,
}
"""Every table of every catalogue, by name."""

MESSAGES: Mapping[str, tuple[str, str]] = ChainMap(
    findings.MESSAGES,
    gap.MESSAGES,
    diff.MESSAGES,
    cli.MESSAGES,
    usage.MESSAGES,
    progress.MESSAGES,
    excel.MESSAGES,
    {f"workbook.{key}": text for key, text in excel.FAILURES.items()},
)
"""Messages of findings and of errors, one key space over the catalogues."""

HINTS: Mapping[str, tuple[str, str]] = ChainMap(
    findings.HINTS, gap.HINTS, diff.HINTS, progress.HINTS
)
"""Hints of findings, one key space over the catalogues.

`excel.HINTS` stays apart: it says the same as the model's hints in cells
(`the first is in cell Roller!B4`), for findings of `dosering import`.
"""


def message(key: str, lang: str, params: Mapping[str, Any]) -> str:
    """A finding's or an error's message; the key itself when it has none.

    Parameters that are values to word (a `Draft`, `Shown` texts, an `OsReason`)
    are worded in `lang` first (`worded`).
    """
    text = pick(MESSAGES, key, lang)
    return key if text is None else fill(text, (), worded(params, lang), always=True)


def hint(key: str, lang: str, params: Mapping[str, Any]) -> str | None:
    """A finding's hint, or None when it has none."""
    text = pick(HINTS, key, lang)
    return None if text is None else fill(text, (), worded(params, lang), always=True)


def error_text(error: UserError, lang: str) -> str:
    """The one line a `UserError` shows, in `lang`.

    A parameter holding a `Draft` (the first problem of a file that cannot be read)
    is worded as that draft's message; one holding `Shown` texts as a list of them;
    an `OsReason` as the catalogue's words for it.
    """
    return message(error.key, lang, error.params)


_WORDED = (Draft, Shown, OsReason)


def worded(params: Mapping[str, Any], lang: str) -> Mapping[str, Any]:
    """`params` with each `Draft`, `Shown` and `OsReason` value in words."""
    if not any(isinstance(value, _WORDED) for value in params.values()):
        return params
    return {
        name: message(value.key, lang, value.params)
        if isinstance(value, Draft)
        else shown(value, lang)
        if isinstance(value, Shown)
        else os_reason(value, lang)
        if isinstance(value, OsReason)
        else value
        for name, value in params.items()
    }


def os_reason(reason: OsReason, lang: str) -> str:
    """Why the system refused a path, in `lang`: the catalogue's `os.<ERRNO>` words.

    An errno the catalogue has no words for shows the system's own text.
    """
    text = pick(MESSAGES, f"os.{reason.name}", lang) if reason.name else None
    return reason.text if text is None else text


def shown(texts: Shown, lang: str) -> str:
    """Texts from a file as a list: "`a`, `b` and 3 more", or "(none)"."""
    if not texts.items:
        return message("shown.none", lang, {})
    listed = ", ".join(f"`{text}`" for text in texts.items)
    if not texts.more:
        return listed
    return message("shown.more", lang, {"listed": listed, "count": texts.more})
