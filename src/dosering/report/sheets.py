"""`gap` and `diff` as Excel workbooks (`--format xlsx`), written by `report.xlsx`.

Numbers stay numbers (demand with one decimal, seats and backlog as whole numbers,
in formats a Swedish Excel shows as `1 492,5`); every model text is a text cell, so
no title or course-list cell can become a formula.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dosering.analyses.demand import CourseDemand
from dosering.analyses.diff import Change, Diff
from dosering.i18n.diff import word as diff_word
from dosering.i18n.excel import format_name, word
from dosering.i18n.gap import column as gap_column
from dosering.i18n.gap import word as gap_word
from dosering.report.diff import class_word
from dosering.report.gap import NEVER, GapResult, _Names, todo, years_to_cover
from dosering.report.xlsx import Cell, Column, Sheet, write_workbook


def _column(key: str, lang: str, kind: str = "text") -> Column:
    return Column(word(f"xlsx.{key}", lang), kind)


def _gap_columns(columns: tuple[tuple[str, str], ...], lang: str) -> list[Column]:
    """Columns of gap's tables by (key, kind), named as the CSV names them."""
    return [Column(gap_column(key, lang), kind) for key, kind in columns]


_GAPS_SHEET = (
    ("category", "text"),
    ("role", "text"),
    ("area", "text"),
    ("level", "text"),
    ("course", "text"),
    ("offered_levels", "text"),
    ("demand_per_year", "one"),
    ("seats_per_year", "int"),
    ("shortfall_people", "one"),
    ("shortfall_hours", "one"),
    ("what_to_do", "text"),
    ("role_name", "text"),
    ("area_name", "text"),
    ("course_title", "text"),
)
"""The gaps sheet: the CSV's gaps table without the unmapped rows' columns."""

_COURSES_SHEET = (
    ("course", "text"),
    ("course_title", "text"),
    ("demand_per_year", "one"),
    ("seats_per_year", "int"),
    ("hours", "decimal"),
    ("backlog", "int"),
    ("years_to_cover", "one"),
    ("roles", "text"),
)
"""The courses sheet: the CSV's courses table (`--table courses`)."""

_UNMAPPED_SHEET = (
    ("row", "int"),
    ("code", "text"),
    ("title", "text"),
    ("suggestions", "text"),
)


def _years(entry: CourseDemand, never: str) -> Cell:
    """Years to cover as a cell: blank where unknown, *never* where no seat is spare."""
    years = years_to_cover(entry)
    return never if years == NEVER else years


def _seats(value: Any, lang: str) -> Cell:
    if value == "unlimited":
        return word("xlsx.unlimited", lang)
    return value if isinstance(value, (int, float)) else None


def gap_workbook(result: GapResult, lang: str) -> bytes:
    """The gap analysis as sheets: summary, gaps, courses, unmapped rows."""
    coverage = result.coverage
    allocation = coverage.allocation
    names = _Names(result.meaning, result.courses)
    summary: list[list[Cell]] = [
        [gap_word(f"category.{category}", lang), count]
        for category, count in coverage.counts.items()
    ]
    summary += [
        [word("xlsx.total-demand", lang), allocation.total_demand],
        [word("xlsx.total-seats", lang), _seats(allocation.total_seats, lang)],
    ]
    gaps = [g for g in coverage.gaps if g.category != "unmapped"]
    unmapped = [g for g in coverage.gaps if g.category == "unmapped"]
    never = gap_word("never", lang)
    return write_workbook(
        [
            Sheet(
                word("xlsx.sheet.summary", lang),
                [_column("what", lang), _column("number", lang, "decimal")],
                summary,
                lines=[word("xlsx.gap.title", lang, model=result.model)],
            ),
            Sheet(
                word("xlsx.sheet.gaps", lang),
                _gap_columns(_GAPS_SHEET, lang),
                (
                    [
                        gap_word(f"category.{g.category}", lang),
                        g.role,
                        g.area,
                        g.level,
                        g.course,
                        ", ".join(g.offered_levels) if g.offered_levels else None,
                        g.demand_per_year,
                        _seats(g.seats_per_year, lang),
                        g.shortfall_people,
                        g.shortfall_hours,
                        todo(g, names, lang),
                        names.roles.get(g.role or ""),
                        names.areas.get(g.area or ""),
                        names.courses.get(g.course or ""),
                    ]
                    for g in gaps
                ),
                freeze_cols=1,
            ),
            Sheet(
                word("xlsx.sheet.courses", lang),
                _gap_columns(_COURSES_SHEET, lang),
                (
                    [
                        entry.course,
                        names.courses.get(entry.course),
                        None if entry.no_demand else entry.demand_per_year,
                        _seats(entry.seats_per_year, lang),
                        entry.hours,
                        entry.backlog,
                        _years(entry, never),
                        ", ".join(entry.roles) or None,
                    ]
                    for entry in allocation.courses
                ),
                freeze_cols=1,
            ),
            Sheet(
                word("xlsx.sheet.unmapped", lang),
                _gap_columns(_UNMAPPED_SHEET, lang),
                (
                    [
                        g.row,
                        g.code,
                        g.title,
                        ", ".join(c for c, _ in g.suggestions or ()) or None,
                    ]
                    for g in unmapped
                ),
            ),
        ],
        lang,
    )


def _value(value: Any) -> Cell:
    """A diff's before/after as a cell: numbers and texts as they are, else text."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def _change_value(change: Change, value: Any, lang: str) -> Cell:
    """A before/after of a change: a format or `unlimited` seats in the run's words."""
    if change.field == "format" and isinstance(value, str):
        return format_name(value, lang)
    if change.field == "seats_per_year":
        return _seats(value, lang)
    return _value(value)


def _change_rows(diff: Diff, lang: str) -> Iterator[list[Cell]]:
    """The changes, their kind of entity and change class in the run's words."""
    for c in diff.changes:
        yield [
            diff_word(f"entity.{c.entity}", lang),
            c.id,
            c.old_id,
            class_word(c.change, diff, lang, c),
            c.field,
            _change_value(c, c.before, lang),
            _change_value(c, c.after, lang),
        ]


def _demand_rows(diff: Diff) -> Iterator[list[Cell]]:
    for row in diff.demand:
        a, b = row.a, row.b
        yield [
            row.course,
            row.old_id,
            None if a is None else a.demand_per_year,
            None if b is None else b.demand_per_year,
            None if a is None else a.backlog,
            None if b is None else b.backlog,
        ]


def diff_workbook(diff: Diff, a: str, b: str, lang: str) -> bytes:
    """The diff as sheets: the changes, and their effect on demand per course."""
    return write_workbook(
        [
            Sheet(
                word("xlsx.sheet.changes", lang),
                [
                    _column("entity", lang),
                    _column("id", lang),
                    _column("old-id", lang),
                    _column("change", lang),
                    _column("field", lang),
                    _column("before", lang),
                    _column("after", lang),
                ],
                _change_rows(diff, lang),
                lines=[word("xlsx.diff.title", lang, a=a, b=b)],
                freeze_cols=2,
            ),
            Sheet(
                word("xlsx.sheet.demand", lang),
                [
                    _column("course", lang),
                    _column("old-id", lang),
                    _column("demand-a", lang, "one"),
                    _column("demand-b", lang, "one"),
                    _column("backlog-a", lang, "int"),
                    _column("backlog-b", lang, "int"),
                ],
                _demand_rows(diff),
                freeze_cols=1,
            ),
        ],
        lang,
    )
