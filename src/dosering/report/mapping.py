"""The mapping file `--write-mapping` writes: a planner's starting decisions.

A file meant for people, so a reporter: near misses are comments for the planner to
accept, every text from the course list is written as a quoted YAML scalar.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from dosering.i18n.gap import word

if TYPE_CHECKING:
    from dosering.analyses.coverage import Coverage
    from dosering.inputs.mapping import RowMapping


def _quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _one_line(text: str) -> str:
    """A text from the course list on one comment line (no line break gets out)."""
    return " ".join(text.split())


def mapping_text(
    coverage: Coverage, existing: RowMapping | None, lang: str = "en"
) -> str:
    """A starting mapping file from a gap run, for `--write-mapping`.

    Decisions already in `existing` are kept; rows matched only by title are written
    as decisions (so a renamed course keeps its row); near misses are commented-out
    `match` lines; rows with no near miss are commented-out `ignore` lines.
    """
    match_lines: list[str] = []
    ignore_lines: list[str] = []
    seen: set[str] = set()
    if existing is not None:
        for key, course in existing.match.items():
            match_lines.append(f"  {_quote(key)}: {course}")
            seen.add(key)
        for key in existing.ignore:
            ignore_lines.append(f"  - {_quote(key)}")
            seen.add(key)
    for matched in coverage.matches:
        row = matched.row
        key = row.code or row.title or ""
        if key in seen:
            continue
        seen.add(key)
        shown = _one_line(row.title or row.code or "")
        label = word("mapping.row", lang, row=row.row, title=shown)
        if matched.how == "title":
            by_title = word("mapping.by-title", lang, row=row.row)
            match_lines.append(f"  {_quote(key)}: {matched.course}  # {by_title}")
        elif matched.course is None and not matched.ignored:
            if matched.suggestions:
                best, score = matched.suggestions[0]
                close = word("mapping.close", lang, course=best, score=f"{score:.0f}")
                match_lines.append(f"  # {label}: {close}")
                match_lines.append(f"  # {_quote(key)}: {best}")
            else:
                ignore_lines.append(f"  # - {_quote(key)}  # {label}")
    lines = [
        *(f"# {line}" for line in word("mapping.header", lang).split("\n")),
        "match:",
        *match_lines,
        "ignore:",
        *ignore_lines,
    ]
    return "\n".join(lines) + "\n"
