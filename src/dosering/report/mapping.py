"""The mapping file `--write-mapping` writes: a planner's starting decisions.

A file meant for people, so a reporter: near misses are comments for the planner to
accept; every text from the course list or the old mapping goes out through the one
YAML escaper (`yaml_quoted` for a row's key, always quoted so a code such as `010`
stays text; `yaml_scalar` for a course id; `yaml_comment` on a comment line, which no
line break in a cell can end early).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dosering.i18n.gap import word
from dosering.report.escape import yaml_comment, yaml_quoted, yaml_scalar
from dosering.report.gap import alike

if TYPE_CHECKING:
    from dosering.analyses.coverage import Coverage
    from dosering.inputs.mapping import RowMapping


@dataclass(frozen=True)
class MappingFile:
    """The text of a written mapping, and what changed against the old one."""

    text: str
    kept: int
    """Decisions of the old mapping written again (flagged ones included)."""
    added: int
    """Rows matched by title, written as decisions."""
    suggested: int
    """Near misses, written as commented-out `match` lines to review."""
    to_ignore: int
    """Rows matching nothing and near nothing, written as commented-out `ignore`
    lines to review (ignore the row, or map it by hand)."""
    flagged: int
    """Old decisions naming a course the model does not have: kept, with a comment."""


def mapping_text(
    coverage: Coverage, existing: RowMapping | None, lang: str = "en"
) -> MappingFile:
    """A starting mapping file from a gap run, for `--write-mapping`.

    Decisions already in `existing` are kept — one naming a course the model does
    not have too, flagged with a comment (it is a finding on every run until it is
    fixed); rows matched only by title are written as decisions (so a renamed course
    keeps its row); near misses are commented-out `match` lines; rows with no near
    miss are commented-out `ignore` lines.
    """
    match_lines: list[str] = []
    ignore_lines: list[str] = []
    seen: set[str] = set()
    kept = flagged = added = suggested = to_ignore = 0
    if existing is not None:
        for key, course in existing.match.items():
            match_lines.append(f"  {yaml_quoted(key)}: {yaml_scalar(course)}")
            seen.add(key)
        for key, course in existing.unknown.items():
            note = yaml_comment(word("mapping.unknown", lang, course=course))
            match_lines.append(f"  {yaml_quoted(key)}: {yaml_scalar(course)}  # {note}")
            seen.add(key)
        for key in existing.ignore:
            ignore_lines.append(f"  - {yaml_quoted(key)}")
            seen.add(key)
        flagged = len(existing.unknown)
        kept = len(seen)
    for matched in coverage.matches:
        row = matched.row
        key = row.code or row.title or ""
        if key in seen:
            continue
        seen.add(key)
        label = word(
            "mapping.row", lang, row=row.row, title=row.title or row.code or ""
        )
        if matched.how == "title":
            by_title = word("mapping.by-title", lang, row=row.row)
            if matched.zeros is not None:
                by_title += "; " + _zeros(matched.zeros, lang)
            match_lines.append(
                f"  {yaml_quoted(key)}: {yaml_scalar(matched.course)}"
                f"  # {yaml_comment(by_title)}"
            )
            added += 1
        elif matched.course is None and not matched.ignored:
            if matched.suggestions:
                best, score = matched.suggestions[0]
                close = (
                    _zeros(matched.zeros, lang)
                    if matched.zeros is not None
                    else word(
                        "mapping.close", lang, course=best, alike=alike(score, lang)
                    )
                )
                match_lines.append(f"  # {yaml_comment(f'{label}: {close}')}")
                match_lines.append(f"  # {yaml_quoted(key)}: {yaml_scalar(best)}")
                suggested += 1
            else:
                ignore_lines.append(
                    f"  # - {yaml_quoted(key)}  # {yaml_comment(label)}"
                )
                to_ignore += 1
    lines = [
        *(
            f"# {yaml_comment(line)}"
            for line in word("mapping.header", lang).split("\n")
        ),
        "match:",
        *match_lines,
        "ignore:",
        *ignore_lines,
    ]
    return MappingFile(
        "\n".join(lines) + "\n", kept, added, suggested, to_ignore, flagged
    )


def _zeros(zeros: tuple[str, str], lang: str) -> str:
    """A row's code that is a course's `lms` code without its leading zeros."""
    course, lms = zeros
    return word("mapping.zeros", lang, course=course, lms=lms)
