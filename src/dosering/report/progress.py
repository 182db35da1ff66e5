"""Reporters for `dosering progress`: text, JSON, Markdown, CSV, HTML and XLSX.

One function per format over one `ProgressRun`. Every group (the region, a role, a
unit, a unit's role) of fewer than `min_group` persons shows its counts suppressed
(`null` in JSON, "fewer than 5" elsewhere), in every format, through `shown`. No
format ever holds a person key: findings name file and row. Model and input text
(names, units, titles) reaches each format through that medium's escaper.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import IO, Any

from dosering import __version__
from dosering.analyses.progress import (
    CourseProgress,
    NeedCounts,
    Progress,
    RoleProgress,
    TrendPoint,
    UnitProgress,
)
from dosering.core.findings import Draft, Finding
from dosering.i18n._text import compose, marking
from dosering.i18n.numbers import count
from dosering.i18n.progress import hint, message, word
from dosering.model.checks import severity_of
from dosering.pipeline.progress import ProgressRun
from dosering.report import escape, words
from dosering.report.console import text_console
from dosering.report.gap import Context
from dosering.report.xlsx import Cell as XlsxCell
from dosering.report.xlsx import Styled

JSON_FORMAT = 1
LARGE_JSON = 2_000
"""Units × roles above which the JSON is written without indentation."""
TABLE_LIMIT = 100
"""Rows shown per table in text and Markdown; the other formats carry every row."""
ROWS_SHOWN = 10
"""Rows named in an `unmapped-staff` finding."""
COUNTS = ("met", "lapsed", "expiring", "due", "overdue", "missing")
FIRST_COLUMN = 34
"""The width (characters) a text table's first column may claim before others."""


Reporter = Callable[[ProgressRun, IO[str], Context], None]


def shown(staff: int, min_group: int) -> bool:
    """True when a group of `staff` persons may show its counts."""
    return staff >= min_group


def _progress(run: ProgressRun) -> Progress:
    assert run.progress is not None
    return run.progress


def word_findings(run: ProgressRun, lang: str) -> tuple[Finding, ...]:
    """The row problems and the mapping's findings, worded, in file and row order."""
    out = list(words.word_findings(run.mapping_findings, lang))
    for file, draft in run.problems:
        out.append(_word(file, draft, lang))
    return tuple(sorted(out, key=Finding.sort_key))


def _word(file: str, draft: Draft, lang: str) -> Finding:
    params = dict(draft.params)
    if draft.code == "unmapped-staff":
        rows = params["rows"]
        listed = ", ".join(str(r) for r in rows[:ROWS_SHOWN])
        params["rows"] = listed + (" …" if len(rows) > ROWS_SHOWN else "")
        params["count"] = len(rows)
    for key in ("word", "value"):
        if key in params and params[key] is None:
            params[key] = "…"
    return Finding(
        code=draft.code,
        severity=severity_of(draft.code),
        message=message(draft.code, lang, **params),
        file=file,
        line=draft.line,
        col=draft.col,
        location=None,
        hint=hint(draft.code, lang, **params),
    )


# ---------------------------------------------------------------------- JSON


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _need_json(need: NeedCounts, visible: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"area": need.area, "level": need.level}
    for name in COUNTS:
        out[name] = getattr(need, name) if visible else None
    return out


def _role_json(group: RoleProgress, min_group: int) -> dict[str, Any]:
    visible = shown(group.staff, min_group)
    out: dict[str, Any] = {
        "role": group.role,
        "staff": group.staff if visible else None,
        "at_dose": group.at_dose if visible else None,
        "share": _round(group.share) if visible else None,
    }
    if not visible:
        out["suppressed"] = True
    out["needs"] = [_need_json(n, visible) for n in group.needs]
    return out


def _unit_json(unit: UnitProgress, min_group: int) -> dict[str, Any]:
    visible = shown(unit.staff, min_group)
    out: dict[str, Any] = {
        "unit": list(unit.unit),
        "staff": unit.staff if visible else None,
        "at_dose": unit.at_dose if visible else None,
        "share": _round(unit.share) if visible else None,
    }
    if not visible:
        out["suppressed"] = True
    out["roles"] = [
        _role_json(group, min_group if visible else max(min_group, group.staff + 1))
        for group in unit.roles
    ]
    return out


def as_json(run: ProgressRun, lang: str = "en") -> dict[str, Any]:
    """The document DESIGN.md "Machine outputs" shapes for `progress`."""
    progress = _progress(run)
    request = run.request
    min_group = request.min_group
    region = shown(progress.staff, min_group)
    unknown = run.unknown_courses()
    summary: dict[str, Any] = {
        "staff": progress.staff if region else None,
        "at_dose": progress.at_dose if region else None,
        "share": _round(progress.share) if region else None,
        "unmapped_staff": sum(len(rows) for rows in _staff(run).unmapped.values()),
        "ignored_staff": _staff(run).ignored,
        "completions": run.completions,
        "completions_unknown_person": run.unknown_person,
        "completions_unknown_course": sum(unknown.values()),
        "completions_after_on": run.after_on,
        "min_group": min_group,
        "unknown_courses": [
            {"course": code, "rows": rows} for code, rows in unknown.most_common(10)
        ],
    }
    if not region:
        summary["suppressed"] = True
    return {
        "tool": "dosering",
        "version": __version__,
        "format": JSON_FORMAT,
        "model": str(request.model),
        "staff": str(request.staff),
        "completions": [str(entry.name) for entry in run.files],
        "on": progress.on.isoformat(),
        "findings": [f.as_dict() for f in word_findings(run, lang)],
        "summary": summary,
        "roles": [_role_json(g, min_group) for g in progress.roles],
        "units": [_unit_json(u, min_group) for u in progress.units],
        "courses": [
            {
                "course": c.course,
                "completions": c.completions,
                "backlog": c.backlog,
                "seats_per_year": c.seats_per_year,
                "demand_per_year": _round(c.demand_per_year),
                "years_to_cover": _round(c.years_to_cover),
            }
            for c in progress.courses
        ],
        "trend": [
            {
                "on": point.on.isoformat(),
                "at_dose": point.at_dose if region else None,
                "share": _round(point.share) if region else None,
            }
            for point in progress.trend
        ],
        "gained": progress.gained if region else None,
        "target": progress.target,
        "years_to_target": _round(progress.years_to_target) if region else None,
    }


def _staff(run: ProgressRun) -> Any:
    assert run.staff is not None
    return run.staff


def report_json(run: ProgressRun, out: IO[str], ctx: Context) -> None:
    """The JSON document, UTF-8 as is; indented unless large (C's encoder is fast)."""
    document = as_json(run, ctx.lang)
    large = len(document["units"]) * len(document["roles"]) > LARGE_JSON
    out.write(json.dumps(document, ensure_ascii=False, indent=None if large else 2))
    out.write("\n")


# ------------------------------------------------------------ shared tables


class Names:
    """Model names for ids, for the formats people read."""

    def __init__(self, run: ProgressRun) -> None:
        assert run.meaning is not None
        model = run.meaning.model
        self.region = model.region.name
        self.roles = {r.id: r.name for r in model.roles}
        self.areas = {a.id: a.name for a in model.areas}
        self.levels = {lv.id: lv.name for lv in model.levels}
        self.courses = {c.id: c.title for c in model.courses}

    def need(self, need: NeedCounts) -> str:
        """`Area / Level` in the model's words."""
        return (
            f"{self.areas.get(need.area, need.area)} / "
            f"{self.levels.get(need.level, need.level)}"
        )


def percent(share: float, lang: str) -> str:
    """A share as a percentage with one decimal (Swedish: decimal comma)."""
    text = f"{100 * share:.1f} %"
    return text.replace(".", ",") if lang == "sv" else text.replace(" %", "%")


def decimal(value: float, lang: str) -> str:
    """One decimal; Swedish uses a decimal comma."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "sv" else text


def _years(years: float | None, seats: int | str | None, lang: str) -> str:
    if seats is None:  # no seats given: nothing to cover with, whatever is left
        return word("none", lang)
    if years is None:
        return word("never-short", lang) if seats is not None else word("none", lang)
    return decimal(years, lang)


def _seats(seats: int | str | None, lang: str) -> str:
    if seats is None:
        return word("none", lang)
    if isinstance(seats, str):
        return word("unlimited", lang)
    return count(seats, lang)


@dataclass(frozen=True)
class Line:
    """One row of a people-facing table: a label and its cells (None: suppressed)."""

    label: str
    depth: int
    staff: int | None
    at_dose: int | None
    share: float | None
    counts: dict[str, int] | None = None
    detail: str = ""
    """A second line (a need under its role)."""
    last: str = ""
    """A unit path's last part (shown indented under its parent)."""

    @property
    def full(self) -> str:
        """The label and its detail on one line."""
        return f"{self.label}: {self.detail}" if self.detail else self.label


def _group_line(
    label: str, depth: int, staff: int, at_dose: int, share: float, min_group: int
) -> Line:
    if shown(staff, min_group):
        return Line(label, depth, staff, at_dose, share)
    return Line(label, depth, None, None, None)


def role_lines(run: ProgressRun, names: Names) -> list[Line]:
    """Per role: staff, at dose, share."""
    progress, min_group = _progress(run), run.request.min_group
    return [
        _group_line(
            names.roles.get(g.role, g.role), 0, g.staff, g.at_dose, g.share, min_group
        )
        for g in progress.roles
    ]


def unit_lines(run: ProgressRun) -> list[Line]:
    """Per unit path prefix, its depth for indenting."""
    progress, min_group = _progress(run), run.request.min_group
    return [
        replace(
            _group_line(
                " / ".join(u.unit),
                len(u.unit) - 1,
                u.staff,
                u.at_dose,
                u.share,
                min_group,
            ),
            last=u.unit[-1],
        )
        for u in progress.units
    ]


def need_lines(run: ProgressRun, names: Names) -> list[Line]:
    """Per role and need, the categories; the worst (smallest met share) first."""
    progress, min_group = _progress(run), run.request.min_group
    out: list[tuple[float, int, Line]] = []
    for position, group in enumerate(progress.roles):
        visible = shown(group.staff, min_group)
        for need in group.needs:
            label = names.roles.get(group.role, group.role)
            detail = names.need(need)
            if not visible:
                line = Line(label, 0, None, None, None, None, detail)
                out.append((2.0, position, line))
                continue
            counts = {name: getattr(need, name) for name in COUNTS}
            share = need.met / group.staff
            line = Line(label, 0, group.staff, need.met, share, counts, detail)
            out.append((share, position, line))
    out.sort(key=lambda item: (item[0], item[1]))
    return [line for _, _, line in out]


def course_rows(run: ProgressRun, names: Names, lang: str) -> list[list[str]]:
    """Per course: title (id), completions, backlog, seats, years to cover."""
    return [
        [
            f"{names.courses.get(c.course, c.course)} ({c.course})",
            count(c.completions, lang),
            count(c.backlog, lang),
            _seats(c.seats_per_year, lang),
            _years(c.years_to_cover, c.seats_per_year, lang),
        ]
        for c in _progress(run).courses
    ]


def course_headers(lang: str) -> list[str]:
    """The course table's headers."""
    return [
        word(f"col.{k}", lang)
        for k in ("course", "completions", "backlog", "seats", "years")
    ]


def summary_lines(run: ProgressRun, lang: str) -> list[str]:
    """The region's share, gained, years to target, and what was not counted."""
    progress = _progress(run)
    min_group = run.request.min_group
    lines: list[str] = []
    if shown(progress.staff, min_group):
        lines.append(
            word(
                "region-line",
                lang,
                at_dose=count(progress.at_dose, lang),
                staff=count(progress.staff, lang),
                share=percent(progress.share, lang),
            )
        )
        lines.append(word("gained-line", lang, gained=count(progress.gained, lang)))
        if progress.target is not None:
            years = progress.years_to_target
            lines.append(
                word(
                    "target-line",
                    lang,
                    target=percent(progress.target, lang),
                    years=word("never", lang)
                    if years is None
                    else (
                        word("target-reached", lang)
                        if years == 0
                        else decimal(years, lang)
                    ),
                )
            )
    else:
        lines.append(
            word(
                "region-line",
                lang,
                at_dose=word("none", lang),
                staff=word("none", lang),
                share=_fewer(run, lang),
            )
        )
    unknown = run.unknown_courses()
    top = ""
    if unknown:
        codes = ", ".join(
            f"{code} ({count(rows, lang)})" for code, rows in unknown.most_common(3)
        )
        top = word("top-codes", lang, codes=codes)
    lines.append(
        word(
            "not-counted",
            lang,
            unmapped=count(sum(len(r) for r in _staff(run).unmapped.values()), lang),
            unknown_course=count(sum(unknown.values()), lang),
            top=top,
            unknown_person=count(run.unknown_person, lang),
            after=count(run.after_on, lang),
            on=progress.on.isoformat(),
        )
    )
    return lines


def _fewer(run: ProgressRun, lang: str) -> str:
    return word("suppressed", lang, n=run.request.min_group)


def trend_rows(run: ProgressRun, lang: str) -> list[list[str]]:
    """Date, at dose, share; suppressed with the region."""
    progress = _progress(run)
    visible = shown(progress.staff, run.request.min_group)
    return [
        [
            p.on.isoformat(),
            count(p.at_dose, lang) if visible else _fewer(run, lang),
            percent(p.share, lang) if visible else "",
        ]
        for p in progress.trend
    ]


def _cells(line: Line, run: ProgressRun, lang: str) -> list[str]:
    if line.staff is None:
        return [_fewer(run, lang), "", ""]
    assert line.at_dose is not None and line.share is not None
    return [
        count(line.staff, lang),
        count(line.at_dose, lang),
        percent(line.share, lang),
    ]


def _need_cells(line: Line, run: ProgressRun, lang: str) -> list[str]:
    if line.counts is None:
        return [_fewer(run, lang), *[""] * (len(COUNTS) - 1)]
    return [count(line.counts[name], lang) for name in COUNTS]


def _group_headers(first: str, lang: str) -> list[str]:
    return [word(f"col.{k}", lang) for k in (first, "staff", "at_dose", "share")]


def _need_headers(lang: str) -> list[str]:
    return [word("col.need", lang), *(word(f"col.{k}", lang) for k in COUNTS)]


def _findings_text(run: ProgressRun, lang: str) -> list[str]:
    from dosering.i18n.findings import word as shared_word

    out = []
    for finding in word_findings(run, lang):
        where = f"{finding.file}:{finding.line}"
        if finding.col is not None:
            where += f":{finding.col}"
        severity = shared_word(f"severity.{finding.severity}", lang)
        text = compose(f"{where}: {severity} {finding.code} ", finding.message)
        out.append(compose(text, " (", finding.hint, ")") if finding.hint else text)
    return out


# ---------------------------------------------------------------------- text


def report_text(run: ProgressRun, out: IO[str], ctx: Context) -> None:
    """Summary, trend, per role, the needs (worst first), per unit, per course.

    Wrapped to a terminal's width; in a pipe or file each line whole.
    """
    with text_console(out, ctx.color) as console:
        _write_text(run, console, ctx)


def _write_text(run: ProgressRun, console: Any, ctx: Context) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    lang = ctx.lang
    names = Names(run)
    progress = _progress(run)
    term = escape.terminal_text

    def table(title: str, headers: list[str], rows: Iterator[list[Any]]) -> None:
        shown_table = Table(
            title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=False
        )
        listed = list(rows)
        longest = max(
            (len(line) for row in listed for line in str(row[0]).splitlines()),
            default=10,
        )
        for index, header in enumerate(headers):
            if index:
                shown_table.add_column(header, justify="right", min_width=len(header))
            else:
                shown_table.add_column(
                    header,
                    no_wrap=True,
                    overflow="ellipsis",
                    min_width=min(longest, FIRST_COLUMN),
                    max_width=FIRST_COLUMN + 6,
                )
        shown = 0
        for shown, row in enumerate(listed, start=1):
            if shown > TABLE_LIMIT:
                continue
            shown_table.add_row(*(c if isinstance(c, Text) else Text(c) for c in row))
        console.print()
        console.print(shown_table)
        if shown > TABLE_LIMIT:
            console.print(word("more", lang, count=count(shown - TABLE_LIMIT, lang)))

    console.print(
        term(
            word("heading", lang, model=str(run.request.model), on=progress.on), "bold"
        )
    )
    for line in summary_lines(run, lang):
        console.print(term(line), soft_wrap=True)
    table(
        word("trend-heading", lang),
        [word(f"col.{k}", lang) for k in ("date", "at_dose", "share")],
        iter(trend_rows(run, lang)),
    )
    table(
        word("roles-heading", lang),
        _group_headers("role", lang),
        (
            [term(line.label), *_cells(line, run, lang)]
            for line in role_lines(run, names)
        ),
    )
    table(
        word("needs-heading", lang),
        _need_headers(lang),
        (
            [
                Text.assemble(
                    term(line.label),
                    f" ({_fewer(run, lang)})" if line.counts is None else "",
                    "\n  ",
                    term(line.detail),
                ),
                *(_need_cells(line, run, lang) if line.counts else [""] * len(COUNTS)),
            ]
            for line in need_lines(run, names)
        ),
    )
    if progress.units:
        table(
            word("units-heading", lang),
            _group_headers("unit", lang),
            (
                [term("  " * line.depth + line.last), *_cells(line, run, lang)]
                for line in unit_lines(run)
            ),
        )
    table(
        word("courses-heading", lang),
        course_headers(lang),
        (
            [term(c.course), *row[1:]]
            for c, row in zip(
                progress.courses, course_rows(run, names, lang), strict=True
            )
        ),
    )
    console.print()
    console.print(term(word("legend", lang)), soft_wrap=True)
    console.print(
        term(word("suppressed-note", lang, n=run.request.min_group)), soft_wrap=True
    )
    findings = _findings_text(run, lang)
    if findings:
        console.print()
        console.print(term(word("findings-heading", lang), "bold"))
        for line in findings:
            console.print(term(line), soft_wrap=True)


# ------------------------------------------------------------------ Markdown


def _md_table(headers: list[str], rows: Sequence[list[str]]) -> list[str]:
    md = escape.markdown
    lines = [
        "| " + " | ".join(md(h) for h in headers) + " |",
        "|" + "|".join(["---", *["---:"] * (len(headers) - 1)]) + "|",
    ]
    lines.extend("| " + " | ".join(md(c) for c in row) + " |" for row in rows)
    return lines


@marking
def report_md(run: ProgressRun, out: IO[str], ctx: Context) -> None:
    """The follow-up as Markdown, for the steering group's minutes."""
    lang = ctx.lang
    names = Names(run)
    progress = _progress(run)
    md = escape.markdown

    def say(text: str) -> str:  # a paragraph: a `|` in a code span needs no `\`
        return md(text, in_table=False)

    lines = [
        f"# {say(word('heading', lang, model=names.region, on=progress.on))}",
        "",
        *(f"{say(line)}  " for line in summary_lines(run, lang)),
        "",
        f"## {say(word('trend-heading', lang))}",
        "",
        *_md_table(
            [word(f"col.{k}", lang) for k in ("date", "at_dose", "share")],
            trend_rows(run, lang),
        ),
        "",
        f"## {say(word('roles-heading', lang))}",
        "",
        *_md_table(
            _group_headers("role", lang),
            [
                [line.label, *_cells(line, run, lang)]
                for line in role_lines(run, names)[:TABLE_LIMIT]
            ],
        ),
        "",
        f"## {say(word('needs-heading', lang))}",
        "",
        *_md_table(
            _need_headers(lang),
            [
                [line.full, *_need_cells(line, run, lang)]
                for line in need_lines(run, names)[:TABLE_LIMIT]
            ],
        ),
    ]
    if progress.units:
        lines += [
            "",
            f"## {say(word('units-heading', lang))}",
            "",
            *_md_table(
                _group_headers("unit", lang),
                [
                    [line.label, *_cells(line, run, lang)]
                    for line in unit_lines(run)[:TABLE_LIMIT]
                ],
            ),
        ]
    lines += [
        "",
        f"## {say(word('courses-heading', lang))}",
        "",
        *_md_table(course_headers(lang), course_rows(run, names, lang)[:TABLE_LIMIT]),
        "",
        say(word("legend", lang)),
        "",
        say(word("suppressed-note", lang, n=run.request.min_group)),
    ]
    findings = _findings_text(run, lang)
    if findings:
        lines += ["", f"## {say(word('findings-heading', lang))}", ""]
        lines += [f"- {say(line)}" for line in findings]
    out.write("\n".join(lines) + "\n")


# ----------------------------------------------------------------------- CSV


Cell = str | int | float


def csv_rows(run: ProgressRun, lang: str) -> Iterator[Sequence[Cell]]:
    """The follow-up as one flat table: region, roles, needs, units, unit roles.

    Counts are ints and shares floats, so each format writes them its own way.
    """
    progress = _progress(run)
    min_group = run.request.min_group
    names = Names(run)
    fewer = _fewer(run, lang)
    blank: list[Cell] = [""] * len(COUNTS)
    yield [
        word(f"col.{k}", lang)
        for k in ("unit", "role", "area", "level", "staff", "at_dose", "share")
    ] + [word(f"col.{k}", lang) for k in COUNTS]

    def group(
        unit: str, role: str, g: RoleProgress | UnitProgress | Progress
    ) -> list[Cell]:
        if not shown(g.staff, min_group):
            return [unit, role, "", "", fewer, "", "", *blank]
        return [unit, role, "", "", g.staff, g.at_dose, g.share, *blank]

    def needs(unit: str, g: RoleProgress, visible: bool) -> Iterator[list[Cell]]:
        role = names.roles.get(g.role, g.role)
        for need in g.needs:
            area = names.areas.get(need.area, need.area)
            level = names.levels.get(need.level, need.level)
            if not visible:
                yield [unit, role, area, level, fewer, "", "", *blank]
            else:
                counts: list[Cell] = [getattr(need, k) for k in COUNTS]
                yield [unit, role, area, level, g.staff, "", "", *counts]

    yield group("", "", progress)
    for g in progress.roles:
        yield group("", names.roles.get(g.role, g.role), g)
        yield from needs("", g, shown(g.staff, min_group))
    for unit in progress.units:
        label = " / ".join(unit.unit)
        unit_visible = shown(unit.staff, min_group)
        yield group(label, "", unit)
        for g in unit.roles:
            visible = unit_visible and shown(g.staff, min_group)
            role = names.roles.get(g.role, g.role)
            if visible:
                yield group(label, role, g)
            else:
                yield [label, role, "", "", fewer, "", "", *blank]
            yield from needs(label, g, visible)


def report_csv(run: ProgressRun, out: IO[str], ctx: Context) -> None:
    """CSV for Excel: `;`, decimal comma, UTF-8 BOM (excel-sv), formula-safe."""
    plain = ctx.csv_dialect == "plain"
    if not plain:
        out.write("\ufeff")
    writer = csv.writer(
        out, delimiter="," if plain else ";", lineterminator="\n" if plain else "\r\n"
    )

    def text(cell: Cell) -> str:
        if isinstance(cell, float):
            shown_share = f"{cell:.6f}".rstrip("0").rstrip(".") or "0"
            return shown_share if plain else shown_share.replace(".", ",")
        return str(cell) if isinstance(cell, int) else escape.csv_cell(cell)

    for row in csv_rows(run, ctx.lang):
        writer.writerow([text(cell) for cell in row])


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "md": report_md,
    "csv": report_csv,
}


# ---------------------------------------------------------------------- HTML

BAR_PARTS = ("met", "lapsed", "due", "overdue", "missing")
_JINJA = re.compile(r"\{[%{#]")
COLOURS = {
    "met": "#2da44e",
    "lapsed": "#bf8700",
    "due": "#54aeff",
    "overdue": "#cf222e",
    "missing": "#d0d7de",
}
EXTRA_CSS = """
th[aria-sort] { cursor: pointer; }
td.bar { width: 40%; vertical-align: middle; }
.bar div { display: flex; height: 1.1rem; border: 1px solid var(--line);
  border-radius: 3px; overflow: hidden; }
.bar span { display: block; height: 100%; }
.legend span { display: inline-block; margin-right: 1rem; }
.legend i { display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem;
  vertical-align: -.1rem; border: 1px solid var(--line); }
.depth-1 { padding-left: 1.6rem; } .depth-2 { padding-left: 3rem; }
.depth-3 { padding-left: 4.4rem; }
svg.trend { max-width: 36rem; width: 100%; height: auto; }
svg.trend text { font-size: 11px; fill: var(--muted); }
"""
EXTRA_CSS += "".join(f".c-{k} {{ background: {v}; }}\n" for k, v in COLOURS.items())


@functools.cache
def page_css() -> str:
    """`render`'s stylesheet (its template lines left out), then the bars' rules."""
    from dosering.core.resources import templates_dir

    text = (templates_dir() / "style.css").read_text(encoding="utf-8")
    kept = [line for line in text.splitlines() if not _JINJA.search(line)]
    return "\n".join(kept) + EXTRA_CSS


SORT_SCRIPT = """
var english = document.documentElement.lang === "en";
function numeric(text) {  // "8 000", "36,4 %" (sv); "8,000", "36.4%" (en)
  var plain = text.replace(/[\\s\\u00a0\\u202f%]/g, "");
  plain = english ? plain.replace(/,/g, "") : plain.replace(",", ".");
  return /^-?[0-9]+(\\.[0-9]+)?$/.test(plain) ? parseFloat(plain) : NaN;
}
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("thead th").forEach(function (th, col) {
    th.setAttribute("aria-sort", "none");
    th.addEventListener("click", function () {
      var body = table.tBodies[0], rows = Array.from(body.rows);
      var up = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(function (o) {
        o.setAttribute("aria-sort", "none"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.v || a.cells[col].textContent;
        var y = b.cells[col].dataset.v || b.cells[col].textContent;
        var nx = numeric(x), ny = numeric(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "sv");
        return up ? c : -c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"""


def _bar(counts: dict[str, int], lang: str) -> str:
    """A stacked bar of the categories (person-needs), with its words for readers."""
    total = sum(counts[k] for k in BAR_PARTS) or 1
    label = ", ".join(f"{word(f'col.{k}', lang)} {counts[k]}" for k in BAR_PARTS)
    parts = "".join(
        f'<span class="c-{k}" style="width:{100 * counts[k] / total:.2f}%" '
        f'title="{escape.html(word(f"col.{k}", lang))} {counts[k]}"></span>'
        for k in BAR_PARTS
        if counts[k]
    )
    return f'<div role="img" aria-label="{escape.html(label)}">{parts}</div>'


def _sum_needs(needs: Sequence[NeedCounts]) -> dict[str, int]:
    return {k: sum(getattr(n, k) for n in needs) for k in BAR_PARTS}


def _trend_svg(run: ProgressRun, lang: str) -> str:
    """The trend as an inline SVG line: share at dose at each date."""
    points = _progress(run).trend
    width, height, pad = 480, 180, 36
    step = (width - 2 * pad) / max(len(points) - 1, 1)
    coords = [
        (pad + i * step, height - pad - p.share * (height - 2 * pad))
        for i, p in enumerate(points)
    ]
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    marks = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#0a58a8"/>'
        f'<text x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle">'
        f"{escape.html(percent(p.share, lang))}</text>"
        f'<text x="{x:.1f}" y="{height - pad + 16}" text-anchor="middle">'
        f"{escape.html(p.on.isoformat())}</text>"
        for (x, y), p in zip(coords, points, strict=True)
    )
    on = _progress(run).on.isoformat()
    caption = escape.html(word("html.trend-caption", lang, on=on))
    return (
        f'<svg class="trend" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{caption}" xmlns="http://www.w3.org/2000/svg">'
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" '
        f'stroke="#d0d7de"/><line x1="{pad}" y1="{pad}" x2="{width - pad}" '
        f'y2="{pad}" stroke="#d0d7de" stroke-dasharray="3 3"/>'
        f'<text x="4" y="{pad + 4}">100%</text><text x="4" y="{height - pad + 4}">'
        f'0%</text><polyline fill="none" stroke="#0a58a8" stroke-width="2.5" '
        f'points="{line}"/>{marks}</svg>'
    )


NUM = ' class="num"'
EMPTY = '<td class="num"></td>'
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:"
)


def _html_table(
    headers: Sequence[str], rows: Iterator[str], lang: str, *, sortable: bool = True
) -> str:
    head = "".join(
        f'<th scope="col"{NUM if i else ""}>{escape.html(h)}</th>'
        for i, h in enumerate(headers)
    )
    classes = ' class="sortable"' if sortable else ""
    del lang
    return (
        f"<table{classes}><thead><tr>{head}</tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _group_row(
    label: str,
    depth: int,
    staff: int,
    at_dose: int,
    share: float,
    needs: Sequence[NeedCounts],
    run: ProgressRun,
    lang: str,
) -> str:
    cell = f'<th scope="row" class="depth-{min(depth, 3)}">{escape.html(label)}</th>'
    if not shown(staff, run.request.min_group):
        fewer = escape.html(_fewer(run, lang))
        return (
            f'<tr>{cell}<td class="num" data-v="-1">{fewer}</td>{EMPTY}{EMPTY}'
            '<td class="bar"></td></tr>'
        )
    return (
        f'<tr>{cell}<td class="num">{staff}</td><td class="num">{at_dose}</td>'
        f'<td class="num" data-v="{share:.6f}">{escape.html(percent(share, lang))}</td>'
        f'<td class="bar">{_bar(_sum_needs(needs), lang)}</td></tr>'
    )


def report_html(run: ProgressRun, out: IO[str], ctx: Context) -> None:
    """One self-contained page: bars per role and unit, the trend, the tables."""
    lang = ctx.lang
    names = Names(run)
    progress = _progress(run)
    h = escape.html
    group_headers = [*_group_headers("role", lang), word("col.category", lang)]
    unit_headers = [*_group_headers("unit", lang), word("col.category", lang)]
    legend = "".join(
        f'<span><i class="c-{k}"></i>{h(word(f"col.{k}", lang))}</span>'
        for k in BAR_PARTS
    )
    roles = _html_table(
        group_headers,
        (
            _group_row(
                names.roles.get(g.role, g.role),
                0,
                g.staff,
                g.at_dose,
                g.share,
                g.needs,
                run,
                lang,
            )
            for g in progress.roles
        ),
        lang,
    )
    units = _html_table(
        unit_headers,
        (
            _group_row(
                " / ".join(u.unit) if len(u.unit) == 1 else u.unit[-1],
                len(u.unit) - 1,
                u.staff,
                u.at_dose,
                u.share,
                [n for g in u.roles for n in g.needs],
                run,
                lang,
            )
            for u in progress.units
        ),
        lang,
        sortable=False,
    )
    needs = _html_table(
        _need_headers(lang),
        (
            f'<tr><th scope="row">{h(line.full)}</th>'
            + "".join(
                f'<td class="num">{h(c)}</td>' for c in _need_cells(line, run, lang)
            )
            + "</tr>"
            for line in need_lines(run, names)
        ),
        lang,
    )
    courses = _html_table(
        course_headers(lang),
        (
            f'<tr><th scope="row">{h(row[0])}</th>'
            + "".join(f'<td class="num">{h(c)}</td>' for c in row[1:])
            + "</tr>"
            for row in course_rows(run, names, lang)
        ),
        lang,
    )
    findings = "".join(f"<li>{h(line)}</li>" for line in _findings_text(run, lang))
    title = word("html.title", lang, region=names.region)
    caption = word("html.trend-caption", lang, on=progress.on.isoformat())
    findings_section = ""
    if findings:
        findings_section = (
            f'<section id="findings"><h2>{h(word("findings-heading", lang))}</h2>'
            f"<ul>{findings}</ul></section>"
        )
    summary = "".join(f"<p>{h(line)}</p>" for line in summary_lines(run, lang))
    page = f"""<!DOCTYPE html>
<html lang="{h(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="generator" content="dosering {h(__version__)}">
<title>{h(title)}</title>
<style>{page_css()}</style>
</head>
<body>
<header><h1>{h(title)}</h1>
<p class="subtitle">{h(word("heading", lang, model=names.region, on=progress.on))}</p>
{summary}</header>
<main>
<section id="trend"><h2>{h(word("trend-heading", lang))}</h2>
{_trend_svg(run, lang) if shown(progress.staff, run.request.min_group) else ""}
<p class="note">{h(caption)}</p></section>
<section id="roles"><h2>{h(word("roles-heading", lang))}</h2>
<p class="legend">{legend}</p>
{roles}</section>
<section id="needs"><h2>{h(word("needs-heading", lang))}</h2>
{needs}</section>
<section id="units"><h2>{h(word("units-heading", lang))}</h2>
{units}</section>
<section id="courses"><h2>{h(word("courses-heading", lang))}</h2>
{courses}</section>
<p class="note">{h(word("legend", lang))}</p>
<p class="note">{h(word("suppressed-note", lang, n=run.request.min_group))}</p>
<p class="note">{h(word("html.sort-note", lang))}</p>
{findings_section}
</main>
<script>{SORT_SCRIPT}</script>
</body>
</html>
"""
    out.write(page)


REPORTERS["html"] = report_html


# ----------------------------------------------------------- person lists


def people_rows(run: ProgressRun, lang: str) -> Iterator[list[str]]:
    """The person-level list: key, role, unit, and per need category and deadline.

    Only for `--people` (a file); never on standard output or in HTML.
    """
    progress = _progress(run)
    staff = _staff(run)
    yield [
        word(f"col.{k}", lang)
        for k in (
            "person",
            "role",
            "unit",
            "area",
            "level",
            "category",
            "expiring",
            "deadline",
        )
    ]
    for person, key, states in zip(
        staff.persons, staff.keys, progress.states, strict=True
    ):
        role = run.meaning.model.roles[person.role].id if run.meaning else ""
        unit = " / ".join(person.unit)
        for state in states:
            yield [
                key,
                role,
                unit,
                state.area,
                state.level,
                word(f"col.{state.category}", lang),
                word("yes" if state.expiring else "no", lang),
                state.deadline.isoformat() if state.deadline else "",
            ]


def write_people(run: ProgressRun, path: Any, ctx: Context) -> int:
    """Write the person-level list to `path` (.csv or .xlsx), atomically; its rows."""
    from dosering.core.output import write_atomic

    rows = list(people_rows(run, ctx.lang))
    if str(path).lower().endswith(".xlsx"):
        write_atomic(path, _xlsx([(word("sheet.people", ctx.lang), rows)], ctx.lang))
    else:
        buffer = io.StringIO(newline="")
        buffer.write("\ufeff")
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerows([escape.csv_cell(c) for c in row] for row in rows)
        write_atomic(path, buffer.getvalue())
    return len(rows) - 1


# ---------------------------------------------------------------------- XLSX


XlsxRows = Sequence[Sequence[XlsxCell]]


def _xlsx(
    sheets: Sequence[tuple[str, XlsxRows] | tuple[str, XlsxRows, Sequence[str]]],
    lang: str,
) -> bytes:
    """A workbook of tables whose first row is the header (`report/xlsx.py`).

    A sheet given with its columns' kinds (`int`, `share`, `one`, `text`) keeps
    them; otherwise a column holding a float is a share, one holding an int a
    count.
    """
    from dosering.report.xlsx import Column, Sheet, write_workbook

    def kind(rows: XlsxRows, col: int) -> str:
        values = [row[col] for row in rows if col < len(row)]
        if any(isinstance(v, float) for v in values):
            return "share"
        return "int" if any(isinstance(v, int) for v in values) else "text"

    def columns(rows: XlsxRows, kinds: Sequence[str] | None) -> list[Column]:
        width = max(len(row) for row in rows)
        header = [*rows[0], *[""] * (width - len(rows[0]))]
        return [
            Column(str(h), kinds[c] if kinds else kind(rows[1:], c))
            for c, h in enumerate(header)
        ]

    return write_workbook(
        (
            Sheet(
                sheet[0][:31],
                columns(sheet[1], sheet[2] if len(sheet) > 2 else None),  # noqa: PLR2004
                sheet[1][1:],
            )
            for sheet in sheets
        ),
        lang,
    )


def _summary_cells(run: ProgressRun, lang: str) -> list[list[XlsxCell]]:
    """The summary as what / value pairs: each figure a number in its own cell."""
    progress = _progress(run)
    visible = shown(progress.staff, run.request.min_group)
    rows: list[list[XlsxCell]] = [
        [word("col.what", lang), word("col.value", lang)],
        [word("xlsx.on", lang), progress.on],
    ]
    if visible:
        rows += [
            [word("col.staff", lang), progress.staff],
            [word("col.at_dose", lang), progress.at_dose],
            [word("xlsx.share", lang), Styled(_round(progress.share) or 0.0, "share")],
            [word("xlsx.gained", lang), progress.gained],
        ]
        if progress.target is not None:
            years = progress.years_to_target
            rows += [
                [word("xlsx.target", lang), Styled(progress.target, "share")],
                [
                    word("xlsx.years-to-target", lang),
                    word("never", lang)
                    if years is None
                    else (
                        word("target-reached", lang)
                        if years == 0
                        else Styled(_round(years) or 0.0, "one")
                    ),
                ],
            ]
    else:
        rows.append([word("col.staff", lang), _fewer(run, lang)])
    unknown = run.unknown_courses()
    rows += [
        [
            word("xlsx.unmapped", lang),
            sum(len(r) for r in _staff(run).unmapped.values()),
        ],
        [word("xlsx.unknown-course", lang), sum(unknown.values())],
    ]
    if unknown:
        codes = ", ".join(f"{code} ({n})" for code, n in unknown.most_common(3))
        rows.append([word("xlsx.top-codes", lang), codes])
    rows += [
        [word("xlsx.unknown-person", lang), run.unknown_person],
        [word("xlsx.after", lang, on=progress.on.isoformat()), run.after_on],
    ]
    return rows


def _trend_cells(
    point: TrendPoint, visible: bool, run: ProgressRun, lang: str
) -> list[XlsxCell]:
    if visible:
        return [point.on, point.at_dose, point.share]
    return [point.on, _fewer(run, lang), None]


def _course_cells(course: CourseProgress, names: Names, lang: str) -> list[XlsxCell]:
    """Title (id), completions, backlog, seats and years to cover, as numbers."""
    seats = course.seats_per_year
    years = course.years_to_cover
    return [
        f"{names.courses.get(course.course, course.course)} ({course.course})",
        course.completions,
        course.backlog,
        word("unlimited", lang) if isinstance(seats, str) else seats,
        None  # no seats given: no years to cover, as in the text
        if seats is None
        else word("never-short", lang)
        if years is None
        else _round(years),
    ]


COURSE_KINDS = ("text", "int", "int", "int", "one")
"""The Kurser sheet's columns: title, completions, backlog, seats, years to cover."""


def report_xlsx(run: ProgressRun, ctx: Context) -> bytes:
    """Sheets Sammanfattning, Utveckling, Roller, Enheter, Kurser: typed cells."""
    lang = ctx.lang
    names = Names(run)
    progress = _progress(run)
    visible = shown(progress.staff, run.request.min_group)
    trend: list[Sequence[XlsxCell]] = [
        [word(f"col.{k}", lang) for k in ("date", "at_dose", "share")],
        *(_trend_cells(p, visible, run, lang) for p in progress.trend),
    ]
    table = list(csv_rows(run, lang))
    header, body = table[0], table[1:]
    roles = [header, *(row for row in body if row[0] == "" and row[1] != "")]
    units = [header, *(row for row in body if row[0] != "")]
    courses: list[Sequence[XlsxCell]] = [
        list(course_headers(lang)),
        *(_course_cells(c, names, lang) for c in progress.courses),
    ]
    return _xlsx(
        [
            (word("sheet.summary", lang), _summary_cells(run, lang), ("text", "int")),
            (word("sheet.trend", lang), trend, ("text", "int", "share")),
            (word("sheet.roles", lang), roles),
            (word("sheet.units", lang), units),
            (
                word("sheet.courses", lang),
                courses,
                ("text", "int", "int", "int", "one"),
            ),
        ],
        lang,
    )
