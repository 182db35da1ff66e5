"""Words: the one place a located draft becomes a `Finding` in the user's language.

Every finding of every command (a model's, a course list's, a mapping's, a
crosswalk's) is worded here, so the same problem reads the same wherever it shows.
Parameters that name a word are worded first: `kind` (a YAML value's kind), `list`
(a model list), `entity` (a kind of entity), `limit` (of `file-too-large`),
`suggestion` (an id: "Did you mean …?"); a parameter holding a `Draft` (a file's
first problem) becomes that draft's message, and `<name>_hint` its hint; one
holding `Shown` texts a list of them ("`a`, `b` and 3 more").
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from dosering.core.errors import Shown
from dosering.core.findings import Draft, Finding, Located, Report, format_location
from dosering.i18n import catalogue
from dosering.i18n import findings as messages
from dosering.i18n._text import marked
from dosering.i18n.diff import word as diff_word
from dosering.i18n.numbers import count, number
from dosering.i18n.render import format_of_label
from dosering.report.escape import terminal as visible

_MEGABYTE = 1_000_000


def word_finding(item: Located, lang: str) -> Finding:
    """A located draft in words: its message and hint in `lang`."""
    params = _worded(item, lang)
    message = catalogue.message(item.key, lang, params).strip()
    hint = catalogue.hint(item.key, lang, params)
    location = item.location
    return Finding(
        code=item.code,
        severity=item.severity,
        message=visible(message),
        file=visible(item.file),
        line=item.line,
        col=item.col,
        location=visible(location) if location is not None else None,
        hint=visible(hint.strip()) if hint is not None else None,
    )


def word_findings(
    items: Iterable[Located], lang: str, *, markdown: bool = False
) -> tuple[Finding, ...]:
    """Several located drafts in words, in the order findings are shown.

    `markdown`: they are shown as Markdown, which keeps the catalogue's code spans
    (`dosering.i18n._text.Worded`).
    """
    with marked(markdown):
        return tuple(
            word_finding(item, lang) for item in sorted(items, key=Located.sort_key)
        )


def word_report(
    items: Iterable[Located],
    files: Iterable[str],
    lang: str,
    *,
    ignored: int = 0,
    skipped: int = 0,
    skipped_files: Iterable[str] = (),
    markdown: bool = False,
) -> Report:
    """A report of worded findings, for the reporters (`markdown`: as above)."""
    findings = word_findings(items, lang, markdown=markdown)
    return Report(findings, tuple(files), ignored, skipped, tuple(skipped_files))


def _worded(item: Located, lang: str) -> dict[str, Any]:
    """The parameters with every word the message may name, in `lang`."""
    params = dict(item.params)
    for name, value in item.params.items():
        if isinstance(value, Draft):
            params[name] = catalogue.message(value.key, lang, value.params)
            # its hint too, for a message that passes the first problem on
            params[f"{name}_hint"] = catalogue.hint(value.key, lang, value.params) or (
                catalogue.hint("yaml-syntax", lang, {})
            )
        elif isinstance(value, Shown):
            params[name] = catalogue.shown(value, lang)
    if "value" in params and "raw" not in params:
        params["raw"] = _show(params["value"])
    if "kind" in params:
        params["kind_text"] = messages.word(f"kind.{params['kind']}", lang)
    if "sort" in params and item.key in (
        "hidden-character",
        "hidden-character.many",
        "bad-id.hidden",
    ):
        params["sort_text"] = messages.word(f"hidden.{params['sort']}", lang)
    suggestion = params.get("suggestion")
    if item.code == "unknown-key":
        allowed = params.get("allowed") or ()
        near = difflib.get_close_matches(str(params.get("key")), list(allowed), 1, 0.6)
        suggestion = near[0] if near else None
        params["allowed"] = ", ".join(allowed)
        container = format_location(item.path[:-1])
        params["where"] = messages.word("in", lang, container) if container else ""
    if item.code == "schema" and item.key == "not-allowed":
        expected = str(params.get("expected", ""))
        choices = [c.strip(" '\"") for c in expected.replace(" or ", ",").split(",")]
        near = difflib.get_close_matches(str(params.get("raw", "")), choices, 1, 0.6)
        suggestion = near[0] if near else None
        if item.path and item.path[-1] == "format":  # a label from the document
            suggestion = format_of_label(str(params.get("value", ""))) or suggestion
    if "inner" in params:  # a value in typographic quotes
        plain = params.get("plain")
        params["or_plain"] = messages.word("quotes.or-plain", lang) if plain else ""
    if "list" in params:
        params["list"] = messages.word(f"list.{params['list']}", lang)
    if "entity" in params:
        params["entity_text"] = diff_word(f"kindname.{params['entity']}", lang)
    if "limit" in params and item.code == "file-too-large":
        limit = int(params["limit"])
        params["limit_text"] = (
            messages.word("size.megabytes", lang, number(limit / _MEGABYTE, lang))
            if limit >= _MEGABYTE / 10
            else messages.word("size.bytes", lang, count(limit, lang))
        )
    params["suggestion"] = (
        messages.word("did-you-mean", lang, suggestion) if suggestion else ""
    )
    return params


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "{…}" if isinstance(value, dict) else "[…]"
    return str(value)
