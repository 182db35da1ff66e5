"""Document blocks: the analysed document as headings, paragraphs and tables.

The page writers (`render.pdf`, `render.docx`) lay out the same sections as the
HTML and Markdown templates, from one list of plain blocks built here: words from
the catalogue, numbers formatted as the document's language writes them, model
text left as plain strings. A block is a dict with a `kind`:

- `heading`: `level` (1–3), `text`.
- `para`: `runs`; `style` `note` (small, italic) or `missing` (bold, red) or None.
- `facts`: `items`, (label, value) pairs.
- `list`: `items`, each a list of runs (numbered); `bullets`: the same, unnumbered.
- `table`: `columns` (`label`, `align` `left`|`right`, `weight` — a relative width,
  0 for as wide as its text), `rows` (each `cells`, or `group`: a group's name row
  that must not end a page), `foot` (rows), `size` `small` for dense tables.
- `figure`: `svg` (a standalone SVG), `alt`, `caption`.
- `landscape`: `blocks` laid out on landscape pages (the wide dosing matrix).
- `outline`: the table of contents, titled `text`.

A run is `{"t": text}` with optional flags `b` (bold), `i` (italic), `s` (smaller)
and `br` (a line break before it). A cell is `{"runs": [...]}` with optional `fill`
and `ink` colours (`#rrggbb`) and `num` (right-aligned). Nothing in a block is
markup: every writer shows each text literally.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from dosering.analyses.document import (
    Cell as MatrixCell,
)
from dosering.analyses.document import (
    Document,
    LearningPath,
    MatrixGroup,
    PathStep,
)
from dosering.render.environment import (
    document_context,
    format_hours,
    format_number,
    format_places,
    plain,
    render,
)
from dosering.render.summary import Summary

Run = dict[str, Any]
Cell = dict[str, Any]
Row = dict[str, Any]
Block = dict[str, Any]

MATRIX_AREAS = 6
"""At most this many area columns in one landscape table; more are split."""


def run(text: object, **flags: bool) -> Run:
    """A piece of text with its flags (only the true ones are kept)."""
    out: Run = {"t": str(text)}
    out.update({name: True for name, on in flags.items() if on})
    return out


def lines(text: str, **flags: bool) -> list[Run]:
    """A text whose line breaks are kept (descriptions, outcomes)."""
    parts = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").split("\n")
    return [
        run(part.strip(), br=index > 0, **flags) for index, part in enumerate(parts)
    ]


def cell(*runs: Run, num: bool = False, **colours: str | None) -> Cell:
    """A table cell of runs; `fill`/`ink` colour it, `num` aligns it right."""
    out: Cell = {"runs": list(runs)}
    if num:
        out["num"] = True
    out.update({name: value for name, value in colours.items() if value})
    return out


def text_cell(text: object, num: bool = False, **flags: bool) -> Cell:
    """A cell holding one text."""
    return cell(run(text, **flags), num=num)


def column(label: str, align: str = "left", weight: float = 1) -> dict[str, Any]:
    """A table column: its header, alignment and relative width."""
    return {"label": label, "align": align, "weight": weight}


def heading(level: int, text: str) -> Block:
    """A heading of level 1 to 3."""
    return {"kind": "heading", "level": level, "text": text}


def para(*runs: Run, style: str | None = None) -> Block:
    """A paragraph."""
    return {"kind": "para", "runs": list(runs), "style": style}


def table(
    columns: Sequence[dict[str, Any]],
    rows: Iterable[Row],
    foot: Sequence[Row] = (),
    size: str | None = None,
) -> Block:
    """A table with a repeating header row."""
    return {
        "kind": "table",
        "columns": list(columns),
        "rows": list(rows),
        "foot": list(foot),
        "size": size,
    }


class _Builder:
    """Builds the blocks of one document in one language."""

    def __init__(self, document: Document, lang: str, offer: str | None) -> None:
        self.doc = document
        self.lang = lang
        self.context = document_context(document, lang, "pdf", offer)
        self.L: dict[str, str] = self.context["L"]
        self.colours: list[tuple[str, str]] = self.context["colours"]

    def num(self, value: float | str | None, decimals: int = 0) -> str:
        if isinstance(value, str):
            return self.L["seats.unlimited"]
        return format_number(value, self.lang, decimals)

    def places(self, value: float | None, decimals: int = 0) -> str:
        return format_places(value, self.lang, decimals)

    def hours(self, value: float | None) -> str:
        return format_hours(value, self.lang)

    def blocks(self) -> list[Block]:
        return [
            *self.title(),
            {"kind": "outline", "text": self.L["doc.contents"]},
            *self.summary(),
            *self.questions(),
            *self.levels(),
            *self.areas(),
            {"kind": "landscape", "blocks": list(self.matrix())},
            *self.paths(),
            *self.catalogue(),
            *self.dimensioning(),
            *self.warnings(),
            para(
                run(self.L["doc.generated"].format(self.context["version"])),
                style="note",
            ),
        ]

    def title(self) -> Iterator[Block]:
        t = self.doc.title
        L = self.L
        yield heading(1, t.region)
        yield para(run(L["doc.title"]), style="subtitle")
        facts = [
            (L["doc.version"], t.version),
            (L["doc.published"], t.published),
            (L["doc.source"], t.source),
        ]
        items = [[label, value] for label, value in facts if value is not None]
        if items:
            yield {"kind": "facts", "items": items}

    def summary(self) -> Iterator[Block]:
        L = self.L
        s: Summary = self.context["summary"]
        yield heading(2, s.title)
        yield from (para(run(fact)) for fact in s.facts)
        yield para(run(s.offer), style="note")
        yield heading(3, L["summary.doses"])
        yield table(
            [
                column(L["dim.group"], weight=2),
                column(L["dim.staff"], align="right", weight=0),
                column(L["dim.people"], align="right", weight=0),
                column(L["dim.hours-year"], align="right", weight=0),
                *(column(area, align="right", weight=1) for area in s.areas),
            ],
            (
                {
                    "cells": [
                        text_cell(row.group, b=True),
                        text_cell(row.staff, num=True),
                        text_cell(row.people, num=True),
                        text_cell(row.hours, num=True),
                        *(text_cell(levels, num=True) for levels in row.levels),
                    ]
                }
                for row in s.doses
            ),
            size="small",
        )
        yield para(run(L["summary.doses.levels"]), style="note")
        for title, lines_ in (
            (s.shortfalls_title, s.shortfalls),
            (s.lacks_title, s.lacks),
        ):
            yield para(run(title, b=True))
            if lines_:
                yield {"kind": "bullets", "items": [[run(line)] for line in lines_]}

    def questions(self) -> Iterator[Block]:
        L = self.L
        yield heading(2, L["questions.title"])
        yield {
            "kind": "list",
            "items": [
                [
                    run(L[f"questions.{key}"], b=True),
                    run(" " + L[f"questions.{key}.answer"]),
                ]
                for key in ("who", "what", "how")
            ],
        }

    def levels(self) -> Iterator[Block]:
        L = self.L
        yield heading(2, L["levels.title"])
        yield para(run(L["levels.intro"]))
        rows = []
        for level in self.doc.levels:
            fill, ink = self.colours[level.number - 1]
            includes = [
                run(
                    ", ".join(level.includes)
                    if level.includes
                    else L["levels.includes.none"]
                )
            ]
            if not level.cumulative:
                note = L["levels.not-cumulative"].format(", ".join(level.excludes))
                includes.append(run(note, b=True, br=True))
            rows.append(
                {
                    "cells": [
                        cell(run(level.number, b=True), fill=fill, ink=ink),
                        text_cell(level.name, b=True),
                        cell(*lines(level.description or "")),
                        cell(*includes),
                    ]
                }
            )
        yield table(
            [
                column(L["levels.number"], weight=0),
                column(L["levels.level"], weight=1),
                column(L["levels.description"], weight=3),
                column(L["levels.includes"], weight=1.5),
            ],
            rows,
        )

    def areas(self) -> Iterator[Block]:
        L = self.L
        yield heading(2, L["areas.title"])
        for area in self.doc.areas:
            yield heading(3, area.name)
            if area.description is not None:
                yield para(*lines(area.description))
            if not area.outcomes:
                yield para(run(L["areas.no-outcomes"]), style="note")
                continue
            yield table(
                [
                    column(L["levels.level"], weight=1),
                    column(L["areas.outcomes"], weight=3),
                ],
                (
                    {"cells": [text_cell(o.level, b=True), cell(*lines(o.text))]}
                    for o in area.outcomes
                ),
            )

    def matrix(self) -> Iterator[Block]:
        L = self.L
        yield heading(2, L["matrix.title"])
        yield para(run(L["matrix.intro"]))
        legend = [run(L["matrix.legend"] + ": ", b=True)]
        for level in self.doc.levels:
            sep = "; " if level.number < len(self.doc.levels) else ""
            legend.append(run(f"{level.number} = {level.name}{sep}"))
        yield para(*legend)
        areas = list(self.doc.areas)
        chunks = [
            range(start, min(start + MATRIX_AREAS, len(areas)))
            for start in range(0, len(areas), MATRIX_AREAS)
        ] or [range(0)]
        made: dict[int, Cell] = {}
        for chunk in chunks:
            columns = [
                column(L["matrix.role"], weight=1.6),
                column(L["matrix.headcount"], align="right", weight=0),
                *(column(areas[i].name, weight=1.4) for i in chunk),
            ]
            yield table(
                columns,
                self._matrix_rows(self.doc.matrix, chunk, made),
                size="small",
            )

    def _matrix_rows(
        self, groups: Sequence[MatrixGroup], chunk: range, made: dict[int, Cell]
    ) -> Iterator[Row]:
        for group in groups:
            yield {
                "group": group.name if group.name is not None else self.L["group.none"]
            }
            for row in group.rows:
                cells = [
                    text_cell(row.name, b=True),
                    text_cell(self.num(row.headcount), num=True),
                ]
                for index in chunk:
                    shared = row.cells[index]
                    found = made.get(id(shared))
                    if found is None:
                        found = made[id(shared)] = self._matrix_cell(shared)
                    cells.append(found)
                yield {"cells": cells}

    def _matrix_cell(self, shared: MatrixCell) -> Cell:
        L = self.L
        if shared.level_id is None or shared.number is None:
            return cell()
        fill, ink = self.colours[shared.number - 1]
        runs = [run(f"{shared.number} · {shared.level}", b=True)]
        if shared.within_months is not None:
            runs.append(
                run(L["matrix.within"].format(shared.within_months), i=True, br=True)
            )
        if shared.courses:
            runs.extend(
                run(
                    ("• " if len(shared.courses) > 1 else "") + course.title,
                    b=course.chosen,
                    br=True,
                )
                for course in shared.courses
            )
        else:
            runs.append(run(L["matrix.no-course"], i=True, br=True))
        if shared.more:
            runs.append(
                run(L["matrix.more"].format(shared.more), i=True, s=True, br=True)
            )
        if shared.prescribed:
            runs.append(run(f"({L['matrix.prescribed']})", i=True, s=True, br=True))
        return cell(*runs, fill=fill, ink=ink)

    def paths(self) -> Iterator[Block]:
        L = self.L
        yield heading(2, L["paths.title"])
        yield para(run(L["paths.intro"]))
        tables: dict[tuple[int, ...], Block] = {}
        for path in self.doc.paths:
            yield from self._path(path, tables)

    def _path(
        self, path: LearningPath, tables: dict[tuple[int, ...], Block]
    ) -> Iterator[Block]:
        L = self.L
        name = path.role if path.group is None else f"{path.role} ({path.group})"
        yield heading(3, name)
        if path.description:
            yield para(*lines(path.description))
        if path.headcount is not None:
            staff = L["paths.staff"].format(
                self.num(path.headcount), self.places(path.demand_per_year, 1)
            )
        else:
            staff = L["paths.no-headcount"]
        yield para(run(staff), style="note")
        if path.steps:
            key = (*(id(step) for step in path.steps), path.hours_unknown)
            found = tables.get(key)
            if found is None:
                found = tables[key] = self._steps(
                    path.steps, path.total_hours, path.hours_unknown
                )
            yield found
        elif not path.missing:
            yield para(run(L["paths.empty"]))
        if path.missing:
            yield para(
                run(L["paths.missing"].format(", ".join(path.missing))), style="missing"
            )

    def _steps(self, steps: Sequence[PathStep], total: float, unknown: int) -> Block:
        L = self.L
        rows = [
            {
                "cells": [
                    text_cell(index, num=True),
                    text_cell(step.title),
                    text_cell(L["format." + step.format]),
                    text_cell(self.hours(step.hours), num=True),
                    text_cell(", ".join(step.areas)),
                    text_cell(
                        L["paths.deadline.value"].format(step.within_months)
                        if step.within_months is not None
                        else ""
                    ),
                ]
            }
            for index, step in enumerate(steps, 1)
        ]
        foot = {
            "cells": [
                text_cell(""),
                text_cell(L["paths.total"], b=True),
                text_cell(""),
                text_cell(self.hours(total), num=True, b=True),
                text_cell(L["paths.hours-unknown"].format(unknown) if unknown else ""),
                text_cell(""),
            ]
        }
        return table(
            [
                column(L["paths.step"], align="right", weight=0),
                column(L["paths.course"], weight=2),
                column(L["paths.format"], weight=0),
                column(L["paths.hours"], align="right", weight=0),
                column(L["paths.for"], weight=1.5),
                column(L["paths.deadline"], weight=1),
            ],
            rows,
            [foot],
        )

    def catalogue(self) -> Iterator[Block]:
        L = self.L
        yield heading(2, L["catalogue.title"])
        rows = []
        for course in self.doc.catalogue:
            title = [run(course.title, b=True)]
            if course.description is not None:
                title.extend(lines(course.description, s=True, i=True))
                title[1]["br"] = True
            gives = [
                run(f"{area}: {level}", br=index > 0)
                for index, (area, level) in enumerate(course.gives)
            ]
            rows.append(
                {
                    "cells": [
                        cell(*title),
                        text_cell(L["format." + course.format]),
                        text_cell(self.hours(course.hours), num=True),
                        cell(*gives),
                        text_cell(self.num(course.seats_per_year), num=True),
                        text_cell(course.provider or ""),
                        text_cell(", ".join(course.lms)),
                    ]
                }
            )
        yield table(
            [
                column(L["catalogue.course"], weight=2.5),
                column(L["catalogue.format"], weight=0),
                column(L["catalogue.hours"], align="right", weight=0),
                column(L["catalogue.gives"], weight=1.6),
                column(L["catalogue.seats"], align="right", weight=0),
                column(L["catalogue.provider"], weight=1),
                column(L["catalogue.lms"], weight=0.8),
            ],
            rows,
            size="small",
        )

    def dimensioning(self) -> Iterator[Block]:
        L = self.L
        dim = self.doc.dimensioning
        yield heading(2, L["dim.title"])
        yield para(run(L["dim.intro"]))
        if dim.courses:
            yield heading(3, L["dim.courses"])
            rows = []
            for load in dim.courses:
                assessed = load.seats_per_year is not None
                if load.no_demand or load.unlimited:
                    years = "–"
                elif not assessed:
                    years = L["dim.not-assessed"]
                elif load.years_to_cover is None:
                    years = L["dim.never"]
                else:
                    years = self.num(load.years_to_cover, 1)
                short = self.places(load.shortfall_people, 1) if assessed else ""
                rows.append(
                    {
                        "cells": [
                            text_cell(load.title),
                            text_cell(
                                "–"
                                if load.no_demand
                                else self.places(load.demand_per_year, 1),
                                num=True,
                            ),
                            text_cell(self.num(load.seats_per_year), num=True),
                            text_cell(short, num=True, b=load.shortfall_people > 0),
                            text_cell(self.num(load.backlog), num=True),
                            text_cell(years, num=True),
                        ]
                    }
                )
            yield table(
                [
                    column(L["dim.course"], weight=2.5),
                    column(L["dim.demand"], align="right", weight=1),
                    column(L["dim.seats"], align="right", weight=1),
                    column(L["dim.shortfall"], align="right", weight=1),
                    column(L["dim.backlog"], align="right", weight=1),
                    column(L["dim.years"], align="right", weight=1),
                ],
                rows,
            )
            if any(load.no_demand for load in dim.courses):
                yield para(run(L["dim.no-demand"]), style="note")
            yield {
                "kind": "figure",
                "svg": chart_svg(self.doc, self.lang),
                "alt": L["dim.chart"],
                "caption": L["dim.chart"],
            }
        else:
            yield para(run(L["dim.no-courses"]))
        yield heading(3, L["dim.groups"])
        groups = [*dim.groups]

        def figures(group: Any, bold: bool = False) -> Row:
            name = (
                L["dim.total"]
                if bold
                else (group.name if group.name is not None else L["group.none"])
            )
            return {
                "cells": [
                    text_cell(name, b=bold),
                    text_cell(self.num(group.headcount), num=True, b=bold),
                    text_cell(self.places(group.people_per_year, 1), num=True, b=bold),
                    text_cell(self.num(group.hours_per_year, 1), num=True, b=bold),
                    text_cell(self.num(group.backlog_hours, 1), num=True, b=bold),
                ]
            }

        yield table(
            [
                column(L["dim.group"], weight=2),
                column(L["dim.staff"], align="right", weight=1),
                column(L["dim.people"], align="right", weight=1),
                column(L["dim.hours-year"], align="right", weight=1),
                column(L["dim.hours-backlog"], align="right", weight=1),
            ],
            (figures(group) for group in groups),
            [figures(dim.total, bold=True)],
        )
        if dim.roles_without_headcount:
            yield para(
                run(
                    L["dim.no-headcount"].format(", ".join(dim.roles_without_headcount))
                ),
                style="note",
            )

    def warnings(self) -> Iterator[Block]:
        L = self.L
        yield heading(2, L["warnings.title"])
        if not self.doc.warnings:
            yield para(run(L["warnings.none"]))
            return
        yield para(run(L["warnings.intro"]))
        yield {
            "kind": "list",
            "items": [[run(plain(warning.message))] for warning in self.doc.warnings],
        }


def chart_svg(document: Document, lang: str) -> str:
    """The demand-and-seats chart as a standalone SVG (its own styles and font)."""
    return render("chart.svg", document_context(document, lang, "svg"))


def build_blocks(
    document: Document, lang: str, offer: str | None = None
) -> list[Block]:
    """Every section of the document as blocks, in the HTML document's order.

    `offer` names the course list the numbers were computed against.
    """
    return _Builder(document, lang, offer).blocks()
