"""Reporters for `dosering gap`: text (rich tables), JSON, Markdown, CSV for Excel."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from dosering import __version__
from dosering.analyses.coverage import CATEGORIES, Coverage, Gap
from dosering.analyses.demand import CourseDemand
from dosering.core.findings import Finding, Severity
from dosering.i18n._text import compose, marking
from dosering.i18n.gap import column, word
from dosering.i18n.numbers import count, number, places
from dosering.model.semantics import Meaning
from dosering.report.console import text_console
from dosering.report.escape import csv_cell, markdown, terminal_text

JSON_FORMAT = 1
TABLE_LIMIT = 100
"""Rows shown per table in text and Markdown; csv and json carry every item."""


@dataclass(frozen=True)
class GapResult:
    """Everything a gap reporter shows: the files, the analysis, the list's findings."""

    model: str
    courses: str | None
    meaning: Meaning
    coverage: Coverage
    findings: tuple[Finding, ...] = ()
    rows: int = 0
    inactive: int = 0
    """The list's rows left out as inactive (not in `rows`)."""


@dataclass(frozen=True)
class Context:
    """How to report: language, colour, and the CSV dialect."""

    lang: str = "en"
    color: bool | None = None
    csv_dialect: str = "excel-sv"
    table: str = "gaps"
    """The table of a CSV: `gaps` (one row per gap) or `courses` (per course)."""


Reporter = Callable[[GapResult, IO[str], Context], None]


JSON_DECIMALS = 6
"""Numbers in JSON are rounded to this many decimals (no `3097.7000000000003`)."""


def _seats(value: int | str | None, lang: str) -> str:
    """Seats a year: a count, "unlimited" in words, or "" when not known."""
    if isinstance(value, str):
        return word("unlimited", lang)
    return count(value, lang)


def _r6(value: float | None) -> float | None:
    return None if value is None else round(value, JSON_DECIMALS)


class _Names:
    """Model names for ids, for the human formats."""

    def __init__(self, meaning: Meaning, listed: str | None = None) -> None:
        self.listed = listed
        """The course list's path, for rows shown as `file:row`."""
        model = meaning.model
        self.roles = {r.id: r.name for r in model.roles}
        self.areas = {a.id: a.name for a in model.areas}
        self.levels = {lv.id: lv.name for lv in model.levels}
        self.courses = {c.id: c.title for c in model.courses}
        self.groups = {g.id: g.name for g in model.groups}
        self.audiences = {c.id: c.audience or () for c in model.courses}

    def course(self, course_id: str) -> str:
        return f"{self.courses.get(course_id, course_id)} ({course_id})"

    def audience(self, course_id: str) -> str:
        """Whom a course is for: its audience's group and role names."""
        return ", ".join(
            self.groups.get(i) or self.roles.get(i) or i
            for i in self.audiences.get(course_id, ())
        )


def todo(gap: Gap, names: _Names, lang: str) -> str:
    """What the planner can do about one gap, in words."""
    area = names.areas.get(gap.area or "", gap.area)
    level = names.levels.get(gap.level or "", gap.level)
    category = gap.category
    if category in ("uncovered", "partial") and gap.unoffered and not gap.closed:
        shown = ", ".join(names.course(c) for c in gap.unoffered[:2])
        rest = len(gap.unoffered) - 2
        if rest > 0:
            shown = word("courses-more", lang, courses=shown, count=count(rest, lang))
        key = "todo.unoffered" if len(gap.unoffered) == 1 else "todo.unoffered.many"
        return word(key, lang, area=area, level=level, courses=shown)
    if category == "partial":
        offered = ", ".join(names.levels.get(lv, lv) for lv in gap.offered_levels or ())
        return word("todo.partial", lang, area=area, level=level, offered=offered)
    if category in ("uncovered", "partial") and gap.closed:
        courses = ", ".join(names.course(c) for c in gap.closed)
        audience = ", ".join(names.audience(c) for c in gap.closed)
        return word(
            "todo.audience",
            lang,
            area=area,
            level=level,
            courses=courses,
            audience=audience,
        )
    if category in ("uncovered", "prescribed-missing"):
        course = names.course(gap.course) if gap.course else ""
        return word(f"todo.{category}", lang, area=area, level=level, course=course)
    if category == "not-offered":
        course = names.course(gap.course or "")
        inactive = "-inactive" if gap.inactive_rows else ""
        rows = ", ".join(f"{names.listed}:{row}" for row in gap.inactive_rows)
        if not gap.needs:
            return word(
                f"todo.not-offered{inactive}-unused", lang, course=course, rows=rows
            )
        return word(
            f"todo.not-offered{inactive}",
            lang,
            course=course,
            rows=rows,
            needs=_needs(gap, names, lang),
        )
    if category == "capacity":
        return word("todo.capacity", lang)
    suggestions = gap.suggestions or ()
    if gap.zeros is not None:
        course, lms = gap.zeros
        said = word("todo.unmapped-zeros", lang, lms=lms, course=names.course(course))
        others = [(c, score) for c, score in suggestions if c != course]
        if not others:
            return said
        listed = ", ".join(
            suggestion(c, score, names.courses.get(c, c), lang) for c, score in others
        )
        return compose(said, word("todo.also-close", lang, suggestions=listed))
    if suggestions:
        listed = ", ".join(
            suggestion(c, score, names.courses.get(c, c), lang)
            for c, score in suggestions
        )
        return word("todo.unmapped-suggest", lang, suggestions=listed)
    return word("todo.unmapped", lang)


def alike(score: float, lang: str) -> str:
    """A similarity score (0-100) in words: `92 % alike`, `92 % lika`."""
    return word("alike", lang, score=f"{score:.0f}")


def suggestion(course: str, score: float, title: str, lang: str) -> str:
    """A suggested course with how alike it is: `Title (id, 92 % alike)`."""
    return word(
        "suggestion", lang, title=title, course=course, alike=alike(score, lang)
    )


def _needs(gap: Gap, names: _Names, lang: str) -> str:
    """The needs a course not offered leaves: who it is prescribed for, how many."""
    named = dict.fromkeys(
        names.roles.get(n.role, n.role) for n in gap.needs or () if n.prescribed
    )
    others = [n for n in gap.needs or () if not n.prescribed]
    parts = []
    if named:
        parts.append(word("needs.named", lang, roles=", ".join(named)))
    if others:
        roles = len({n.role for n in others})
        parts.append(word("needs.satisfies", lang, count=len(others), roles=roles))
    return "; ".join(parts)


def _findings_heading(result: GapResult, lang: str) -> str:
    """The heading "Problems in …", or "Notes on …" when all are notes."""
    notes = all(f.severity is Severity.INFO for f in result.findings)
    return word("list-notes" if notes else "list-findings", lang)


def _more(shown: int, lang: str) -> str:
    """The line under a cut table: "… and 1 200 more" (rows past `TABLE_LIMIT`)."""
    return word("more", lang, count=count(shown - TABLE_LIMIT, lang))


def table(
    category: str, gaps: Sequence[Gap], names: _Names, lang: str
) -> tuple[list[str], list[list[str]]]:
    """The headers and cells of one category's table (text and Markdown)."""

    def col(key: str) -> str:
        return word(f"col.{key}", lang)

    rows: list[list[str]]
    if category in ("uncovered", "partial", "prescribed-missing"):
        headers = [col("role"), col("need"), col("todo")]
        rows = [
            [
                names.roles.get(g.role or "", g.role or ""),
                f"{names.areas.get(g.area or '', g.area)} / "
                f"{names.levels.get(g.level or '', g.level)}",
                todo(g, names, lang),
            ]
            for g in gaps
        ]
    elif category == "not-offered":
        headers = [col("course"), col("todo")]
        rows = [[g.course or "", todo(g, names, lang)] for g in gaps]
    elif category == "capacity":
        headers = [
            col("course"),
            col("demand"),
            col("seats"),
            col("short"),
            col("hours"),
        ]
        rows = [
            [
                g.course or "",
                places(g.demand_per_year, lang),
                _seats(g.seats_per_year, lang),
                places(g.shortfall_people, lang),
                places(g.shortfall_hours, lang),
            ]
            for g in gaps
        ]
    else:
        headers = [col("row"), col("code"), col("title"), col("todo")]
        rows = [
            [str(g.row), g.code or "", g.title or "", todo(g, names, lang)]
            for g in gaps
        ]
    return headers, rows


def demand_table(result: GapResult, lang: str) -> tuple[list[str], list[list[str]]]:
    """Per offered course: demand, seats, backlog and years to cover."""

    def col(key: str) -> str:
        return word(f"col.{key}", lang)

    headers = [col("course"), col("demand"), col("seats"), col("backlog"), col("years")]
    rows = []
    none = word("none", lang)
    for entry in result.coverage.allocation.courses:
        # no learning path holds it (see the note): no demand, no years
        demand = none if entry.no_demand else places(entry.demand_per_year, lang)
        shown_years = _years(entry, lang, none, lambda v: number(v, lang))
        rows.append(
            [
                entry.course,
                demand,
                _seats(entry.seats_per_year, lang) or none,
                count(entry.backlog, lang),
                shown_years,
            ]
        )
    return headers, rows


def _years(
    entry: CourseDemand, lang: str, blank: str, shown: Callable[[float], str]
) -> str:
    """Years to cover as a table shows them: `blank` where they cannot be known.

    Unknown: no learning path holds the course, its seats are unlimited, or no
    seats are given; *never* where no seats are spare.
    """
    years = years_to_cover(entry)
    if years is None:
        return blank
    return word("never", lang) if years == NEVER else shown(float(years))


NEVER = "never"
"""`years_to_cover`'s value where no seats are spare."""


def years_to_cover(entry: CourseDemand) -> float | str | None:
    """The years a course needs to cover its backlog as the tables show them.

    None where they cannot be known (no learning path holds the course, its seats
    are unlimited, or no seats are given); `NEVER` where no seats are spare.
    """
    years = entry.years_to_cover
    unknown = years is None and entry.seats_per_year is None
    if entry.no_demand or entry.unlimited or unknown:
        return None
    return NEVER if years is None else years


def heading_lines(result: GapResult, lang: str) -> list[str]:
    """The first lines: what was compared with what."""
    coverage = result.coverage
    total = len(result.meaning.course_by_id)
    lines = [word("heading", lang, model=result.model)]
    if result.courses is None:
        key = "against.own.one" if total == 1 else "against.own"
        lines.append(word(key, lang, total=count(total, lang)))
    else:
        matched = sum(1 for m in coverage.matches if m.course is not None)
        lines.append(
            word(
                "against.list.inactive" if result.inactive else "against.list",
                lang,
                courses=result.courses,
                rows=count(result.rows, lang),
                inactive=count(result.inactive, lang),
                matched=count(matched, lang),
                offered=count(len(coverage.offered), lang),
                total=count(total, lang),
            )
        )
    return lines


def summary_lines(result: GapResult, lang: str) -> list[str]:
    """The shortfalls, the two totals by their names, and what was not counted."""
    allocation = result.coverage.allocation
    short = allocation.short
    if short:
        hours = [e.shortfall_hours for e in short if e.shortfall_hours is not None]
        headline = word(
            "shortfalls",
            lang,
            courses=len(short),
            places=places(sum(e.shortfall_people for e in short), lang),
            hours=places(sum(hours), lang),
        )
        if len(hours) < len(short):
            headline += " " + word(
                "shortfalls.no-hours", lang, count=len(short) - len(hours)
            )
    else:
        headline = word("no-shortfalls", lang)
    lines = [
        headline,
        word(
            "totals",
            lang,
            people=places(allocation.people_per_year, lang),
            places=places(allocation.total_demand, lang),
        ),
    ]
    if allocation.no_demand:
        names = _Names(result.meaning, result.courses)
        lines.append(
            word(
                "no-demand",
                lang,
                courses=", ".join(names.course(c) for c in allocation.no_demand),
                n=len(allocation.no_demand),
            )
        )
    if allocation.roles_without_headcount:
        ids = ", ".join(allocation.roles_without_headcount)
        lines.append(word("roles-without-headcount", lang, ids=ids))
    if allocation.not_assessed:
        lines.append(word("not-assessed", lang, ids=", ".join(allocation.not_assessed)))
    return lines


def finding_line(finding: Finding, lang: str) -> str:
    """A list or mapping finding as `file:line:col: severity code message (hint)`."""
    from dosering.i18n.findings import word as shared_word

    where = f"{finding.file}:{finding.line}"
    if finding.col is not None:
        where += f":{finding.col}"
    severity = shared_word(f"severity.{finding.severity}", lang)
    text = compose(f"{where}: {severity} {finding.code} ", finding.message)
    return compose(text, " (", finding.hint, ")") if finding.hint else text


def report_text(result: GapResult, out: IO[str], ctx: Context) -> None:
    """A summary first, then one table per category, most serious first.

    Wrapped to a terminal's width; in a pipe or file each line whole.
    """
    with text_console(out, ctx.color) as console:
        _write_text(result, console, ctx)


def _write_text(result: GapResult, console: Any, ctx: Context) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    lang = ctx.lang
    counts = result.coverage.counts
    first, *rest = heading_lines(result, lang)
    console.print(terminal_text(first, "bold"))
    for line in rest:
        console.print(terminal_text(line))
    console.print()
    summary = Table(box=box.SIMPLE, title=word("summary", lang), title_justify="left")
    summary.add_column(word("category", lang))
    summary.add_column(word("count", lang), justify="right")
    for category in CATEGORIES:
        if category in ("not-offered", "unmapped") and result.courses is None:
            continue
        style = "bold red" if counts[category] else "green"
        summary.add_row(
            word(f"category.{category}", lang),
            Text(count(counts[category], lang), style),
        )
    console.print(summary)
    for line in summary_lines(result, lang):
        console.print(terminal_text(line))
    names = _Names(result.meaning, result.courses)
    for category in CATEGORIES:
        gaps = result.coverage.of(category)
        if not gaps:
            continue
        headers, rows = table(category, gaps[:TABLE_LIMIT], names, lang)
        title = f"{word(f'category.{category}', lang)} ({count(len(gaps), lang)})"
        console.print()
        caption = todo(gaps[0], names, lang) if category == "capacity" else None
        console.print(_rich_table(title, headers, rows, Table, box, caption))
        if len(gaps) > TABLE_LIMIT:
            console.print(_more(len(gaps), lang))
    if not result.coverage.gaps:
        console.print()
        console.print(Text(word("no-gaps", lang), style="bold green"))
    headers, rows = demand_table(result, lang)
    if rows:
        console.print()
        console.print(
            _rich_table(
                word("demand-heading", lang), headers, rows[:TABLE_LIMIT], Table, box
            )
        )
        if len(rows) > TABLE_LIMIT:
            console.print(_more(len(rows), lang))
    if result.findings:
        console.print()
        console.print(Text(_findings_heading(result, lang), style="bold"))
        for finding in result.findings:
            console.print(terminal_text(finding_line(finding, lang)), soft_wrap=True)


def _rich_table(
    title: str,
    headers: list[str],
    rows: list[list[str]],
    table_cls: Any,
    box: Any,
    caption: str | None = None,
) -> Any:
    shown = table_cls(
        title=terminal_text(title),
        title_justify="left",
        caption=None if caption is None else terminal_text(caption),
        caption_justify="left",
        box=box.SIMPLE_HEAD,
        expand=False,  # columns as wide as their words, squeezed word-wise if need be
    )
    for index, header in enumerate(headers):
        cells = [row[index] for row in rows if row[index]]
        numeric = any(c[0].isdigit() for c in cells)
        numeric = numeric and all(c[0].isdigit() or c == "–" for c in cells)
        ident = index == 0 and not numeric and all(" " not in c for c in cells)
        shown.add_column(
            terminal_text(header),
            overflow="fold",
            no_wrap=ident,
            justify="right" if numeric else "left",
        )
    for row in rows:
        shown.add_row(*map(terminal_text, row))
    return shown


def as_json(result: GapResult) -> dict[str, Any]:
    """The gap JSON document (DESIGN.md "Machine outputs")."""
    coverage = result.coverage
    allocation = coverage.allocation
    summary: dict[str, Any] = dict(coverage.counts)
    summary.update(
        total_demand_per_year=_r6(allocation.total_demand),
        total_seats_per_year=allocation.total_seats,
        people_per_year=_r6(allocation.people_per_year),
        no_demand=list(allocation.no_demand),
        roles_without_headcount=list(allocation.roles_without_headcount),
        not_assessed=list(allocation.not_assessed),
        offered_courses=len(coverage.offered),
        rows=result.rows,
        matched_rows=sum(1 for m in coverage.matches if m.course is not None),
    )
    return {
        "tool": "dosering",
        "version": __version__,
        "format": JSON_FORMAT,
        "model": result.model,
        "courses": result.courses,
        "findings": [f.as_dict() for f in result.findings],
        "summary": summary,
        "courses_demand": [
            {
                "course": entry.course,
                "demand_per_year": _r6(entry.demand_per_year),
                "seats_per_year": entry.seats_per_year,
                "hours": entry.hours,
                "backlog": entry.backlog,
                "years_to_cover": _r6(entry.years_to_cover),
                "roles": list(entry.roles),
            }
            for entry in allocation.courses
        ],
        "gaps": [_rounded(gap.as_dict()) for gap in coverage.gaps],
    }


def _rounded(item: dict[str, Any]) -> dict[str, Any]:
    """A gap's numbers rounded to JSON_DECIMALS (only capacity items carry any)."""
    if item["category"] != "capacity":
        return item
    return {k: _r6(v) if isinstance(v, float) else v for k, v in item.items()}


def report_json(result: GapResult, out: IO[str], ctx: Context) -> None:
    """The JSON document: one key per line, and one list item per line.

    Each value is written by json's C encoder on one line (an indented dump runs in
    pure Python, minutes for a large model's items); the document stays readable
    and diffs line by line.
    """
    document = as_json(result)
    out.write("{\n")
    last = len(document) - 1
    for position, (key, value) in enumerate(document.items()):
        out.write(f"  {_compact(key)}: ")
        if isinstance(value, list) and value:
            out.write("[\n")
            out.write(",\n".join(f"    {_compact(item)}" for item in value))
            out.write("\n  ]")
        else:
            out.write(_compact(value))
        out.write(",\n" if position < last else "\n")
    out.write("}\n")


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _md_table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(markdown(h) for h in headers) + " |"]
    lines.append("|" + " --- |" * len(headers))
    lines.extend("| " + " | ".join(markdown(c) for c in row) + " |" for row in rows)
    return lines


@marking
def report_md(result: GapResult, out: IO[str], ctx: Context) -> None:
    """Markdown for a pull-request comment or `$GITHUB_STEP_SUMMARY`."""
    lang = ctx.lang
    first, *rest = heading_lines(result, lang)
    lines = [
        f"## {markdown(first, in_table=False)}",
        "",
        *(markdown(line, in_table=False) for line in rest),
        "",
    ]
    counts = result.coverage.counts
    lines += _md_table(
        [word("category", lang), word("count", lang)],
        [
            [word(f"category.{c}", lang), count(counts[c], lang)]
            for c in CATEGORIES
            if result.courses is not None or c not in ("not-offered", "unmapped")
        ],
    )
    lines += [
        "",
        *(
            f"{markdown(line, in_table=False)}  "
            for line in summary_lines(result, lang)
        ),
    ]
    names = _Names(result.meaning, result.courses)
    for category in CATEGORIES:
        gaps = result.coverage.of(category)
        if gaps:
            headers, rows = table(category, gaps[:TABLE_LIMIT], names, lang)
            title = f"{word(f'category.{category}', lang)} ({count(len(gaps), lang)})"
            lines += ["", f"### {title}", "", *_md_table(headers, rows)]
            if len(gaps) > TABLE_LIMIT:
                lines += ["", _more(len(gaps), lang)]
            if category == "capacity":
                lines += ["", markdown(todo(gaps[0], names, lang), in_table=False)]
    headers, rows = demand_table(result, lang)
    if rows:
        lines += [
            "",
            f"### {word('demand-heading', lang)}",
            "",
            *_md_table(headers, rows[:TABLE_LIMIT]),
        ]
        if len(rows) > TABLE_LIMIT:
            lines += ["", _more(len(rows), lang)]
    if result.findings:
        lines += ["", f"### {_findings_heading(result, lang)}", ""]
        lines += [
            f"- {markdown(finding_line(f, lang), in_table=False)}"
            for f in result.findings
        ]
    out.write("\n".join(lines) + "\n")


CSV_COLUMNS = (
    "category",
    "role",
    "area",
    "level",
    "course",
    "offered_levels",
    "demand_per_year",
    "seats_per_year",
    "shortfall_people",
    "shortfall_hours",
    "row",
    "code",
    "title",
    "suggestions",
    "what_to_do",
    "role_name",
    "area_name",
    "course_title",
)
"""The columns of the gaps table (the names last: the first columns are as before)."""

COURSE_COLUMNS = (
    "course",
    "course_title",
    "demand_per_year",
    "seats_per_year",
    "hours",
    "backlog",
    "years_to_cover",
    "roles",
)
"""The columns of the courses table: the demand on each offered course."""


def report_csv(result: GapResult, out: IO[str], ctx: Context) -> None:
    """One row per gap, or per offered course, as Swedish Excel opens it.

    `plain` is CSV for machines. In English the columns and categories are the
    JSON's keys and codes; in Swedish a planner's Excel shows Swedish words.
    """
    plain = ctx.csv_dialect == "plain"
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        delimiter="," if plain else ";",
        lineterminator="\n" if plain else "\r\n",
    )
    numbers = "en" if plain else "sv"
    rows = _course_rows if ctx.table == "courses" else _gap_rows
    columns = COURSE_COLUMNS if ctx.table == "courses" else CSV_COLUMNS
    swedish = ctx.lang == "sv"
    writer.writerow([column(c, ctx.lang) if swedish else c for c in columns])
    for cells in rows(result, ctx.lang, numbers):
        writer.writerow([csv_cell(cell) for cell in cells])
    if not plain:
        out.write("\ufeff")
    out.write(buffer.getvalue())


def _num(value: float | None, numbers: str) -> str:
    return number(value, numbers, grouped=False)


def _up(value: float | None, numbers: str) -> str:
    """Places (or hours) needed or lacking: rounded up, as `places` shows them."""
    return places(value, numbers, grouped=False)


def _gap_rows(result: GapResult, lang: str, numbers: str) -> Iterator[list[str]]:
    names = _Names(result.meaning, result.courses)
    swedish = lang == "sv"
    for gap in result.coverage.gaps:
        yield [
            word(f"category.{gap.category}", lang) if swedish else gap.category,
            gap.role or "",
            gap.area or "",
            gap.level or "",
            gap.course or "",
            " ".join(gap.offered_levels or ()),
            _up(gap.demand_per_year, numbers),
            "" if gap.seats_per_year is None else str(gap.seats_per_year),
            _up(gap.shortfall_people, numbers),
            _up(gap.shortfall_hours, numbers),
            "" if gap.row is None else str(gap.row),
            gap.code or "",
            gap.title or "",
            " ".join(f"{c} {_num(s, numbers)}" for c, s in gap.suggestions or ()),
            todo(gap, names, lang),
            names.roles.get(gap.role or "", ""),
            names.areas.get(gap.area or "", ""),
            names.courses.get(gap.course or "", ""),
        ]


def _course_rows(result: GapResult, lang: str, numbers: str) -> Iterator[list[str]]:
    """Per offered course: demand, seats, hours, backlog, years to cover, roles.

    A course no learning path holds has no demand (blank); years to cover are
    blank where they cannot be known (no seats given, or unlimited) and *never*
    where there are no spare seats.
    """
    names = _Names(result.meaning, result.courses)
    for entry in result.coverage.allocation.courses:
        shown_years = _years(entry, lang, "", lambda v: _num(v, numbers))
        yield [
            entry.course,
            names.courses.get(entry.course, ""),
            "" if entry.no_demand else _up(entry.demand_per_year, numbers),
            word("unlimited", lang)
            if entry.unlimited
            else _seats_cell(entry.seats_per_year),
            "" if entry.hours is None else _num(entry.hours, numbers),
            str(entry.backlog),
            shown_years,
            " ".join(entry.roles),
        ]


def _seats_cell(seats: int | str | None) -> str:
    return "" if seats is None else str(seats)


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "md": report_md,
    "csv": report_csv,
}
