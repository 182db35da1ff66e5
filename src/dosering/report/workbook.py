"""The model as a workbook a planner edits in Excel (`dosering export`)."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Sequence
from typing import Any

from dosering import __version__
from dosering.core.findings import Draft, Finding, Report
from dosering.i18n import catalogue
from dosering.i18n import findings as messages
from dosering.i18n.excel import (
    NONE_WORDS,
    SHEETS,
    column,
    format_name,
    grid,
    sheet,
    sheet_in,
    word,
)
from dosering.i18n.excel import hint as excel_hint
from dosering.inputs.workbook import (
    AREA_COLUMNS,
    COURSE_COLUMNS,
    GROUP_COLUMNS,
    JOIN,
    LEVEL_COLUMNS,
    NEED_COLUMNS,
    REGION_KEYS,
    ROLE_COLUMNS,
)
from dosering.model.checks import CATALOGUE
from dosering.model.schema import FORMATS, UNLIMITED, Course, Model, need_parts
from dosering.pipeline.importing import Imported, Problem, locate_cell
from dosering.report.xlsx import Cell, Column, Sheet, write_workbook

KINDS = {
    "headcount": "int",
    "seats_per_year": "int",
    "within_months": "int",
    "turnover": "share",
    "refresh_years": "decimal",
    "hours": "decimal",
}


def model_workbook(model: Model, source: str, file_name: str, lang: str) -> bytes:
    """The XLSX bytes of a valid model, with its sheets named in `lang`."""
    return write_workbook(model_sheets(model, source, file_name, lang), lang)


def model_sheets(model: Model, source: str, file_name: str, lang: str) -> list[Sheet]:
    """The sheets of the model workbook, in order."""
    levels = [level.id for level in model.levels]
    areas = [area.id for area in model.areas]
    level_range = _range("levels", len(levels), lang)
    level_choice: dict[str, Any] = {
        "choices": level_range,
        "prompt": word("validation.level", lang),
    }
    group_choice: dict[str, Any] = {}
    if model.groups:
        group_choice = {
            "choices": _range("groups", len(model.groups), lang),
            "prompt": word("validation.group", lang),
        }

    def fixed(keys: Sequence[str]) -> list[Column]:
        out = []
        for key in keys:
            extra: dict[str, Any] = {}
            if key == "group":
                extra = group_choice
            elif key == "format":
                extra = {
                    "choices": [format_name(code, lang) for code in FORMATS],
                    "prompt": word("validation.format", lang),
                }
            out.append(Column(column(key, lang), KINDS.get(key, "text"), **extra))
        return out

    none_word = NONE_WORDS[1] if lang == "sv" else NONE_WORDS[0]
    need_columns = [
        *fixed(NEED_COLUMNS),
        *(Column(area, **level_choice) for area in areas),
        *(Column(grid("courses", area, lang)) for area in areas),
        *(Column(grid("within_months", area, lang), "int") for area in areas),
        Column(column("order", lang)),
    ]
    return [
        _about(model, source, file_name, lang),
        Sheet(
            sheet("levels", lang),
            fixed(LEVEL_COLUMNS),
            (
                [
                    level.id,
                    level.name,
                    level.description,
                    none_word if level.includes == [] else _joined(level.includes),
                ]
                for level in model.levels
            ),
            freeze_cols=1,
        ),
        Sheet(
            sheet("areas", lang),
            [
                *fixed(AREA_COLUMNS),
                *(Column(grid("outcome", level, lang)) for level in levels),
            ],
            (
                [
                    area.id,
                    area.name,
                    area.description,
                    *((area.outcomes or {}).get(level) for level in levels),
                ]
                for area in model.areas
            ),
            freeze_cols=1,
        ),
        Sheet(
            sheet("groups", lang),
            fixed(GROUP_COLUMNS),
            ([g.id, g.name, g.description] for g in model.groups),
            freeze_cols=1,
        ),
        Sheet(
            sheet("roles", lang),
            fixed(ROLE_COLUMNS),
            (_cells(role, ROLE_COLUMNS) for role in model.roles),
            freeze_cols=1,
        ),
        Sheet(
            sheet("needs", lang),
            need_columns,
            _need_rows(model, areas),
            freeze_cols=2,
        ),
        Sheet(
            sheet("courses", lang),
            [
                *fixed(COURSE_COLUMNS),
                *(Column(grid("gives", area, lang), **level_choice) for area in areas),
            ],
            (
                [
                    *_course_cells(course, lang),
                    *(course.gives.get(area) for area in areas),
                ]
                for course in model.courses
            ),
            freeze_cols=1,
        ),
    ]


def _range(key: str, count: int, lang: str) -> str:
    """The id column of a sheet as a drop-down source (`='Nivåer'!$A$2:$A$5`)."""
    return f"='{sheet(key, lang)}'!$A$2:$A${max(count, 1) + 1}"


def _joined(values: Any) -> str | None:
    if values is None:
        return None
    if isinstance(values, str):
        return values
    return JOIN.join(values)


def _cells(entity: Any, keys: Sequence[str]) -> list[Cell]:
    out: list[Cell] = []
    for key in keys:
        value = getattr(entity, key, None)
        out.append(_joined(value) if isinstance(value, list) else value)
    return out


def _course_cells(course: Course, lang: str) -> list[Cell]:
    """A course's fixed cells, its format and `unlimited` seats in the run's words."""
    cells = _cells(course, COURSE_COLUMNS)
    for at, key in enumerate(COURSE_COLUMNS):
        if key == "format":
            cells[at] = format_name(course.format, lang)
        elif key == "seats_per_year" and course.seats_per_year == UNLIMITED:
            cells[at] = word("xlsx.unlimited", lang)
    return cells


def _need_rows(model: Model, areas: list[str]) -> Iterator[list[Cell]]:
    width = len(areas)
    position = {area: i for i, area in enumerate(areas)}
    for role in model.roles:
        cells: list[Cell] = [None] * (3 * width + 1)
        for area, value in role.needs.items():
            level, courses, within = need_parts(value)
            at = position[area]
            cells[at] = level
            cells[width + at] = _joined(courses)
            cells[2 * width + at] = within
        written = list(role.needs)
        if written != sorted(written, key=position.__getitem__):
            cells[-1] = JOIN.join(written)
        yield [role.id, role.name, *cells]


def _about(model: Model, source: str, file_name: str, lang: str) -> Sheet:
    region = model.region
    version = region.version or word("about.none", lang)
    rows: list[list[Cell]] = [
        ["dosering", model.dosering, word("about.dosering", lang)]
    ]
    for key in REGION_KEYS:
        rows.append(
            [f"region.{key}", getattr(region, key), word(f"about.region.{key}", lang)]
        )
    lines = [
        word("about.title", lang, region=region.name),
        word(
            "about.what",
            lang,
            region=region.name,
            tool=__version__,
            source=source,
            version=version,
        ),
        word("about.edit", lang),
        word("about.back", lang, file=file_name, source=source),
        "",
    ]
    columns = [
        Column(column("field", lang), width=18),
        Column(column("value", lang), width=40),
        Column(column("meaning", lang), width=50),
    ]
    return Sheet(sheet("about", lang), columns, rows, lines=lines)


def import_report(imported: Imported, lang: str) -> Report:
    """The problems of a workbook read back, worded as findings at their cells.

    `line` is the cell's row, `col` its column number and `location` the cell
    (`Roller!D7`), as DESIGN.md section 3 says for `import`.
    """
    findings = [_finding(p, imported, lang) for p in imported.problems]
    return Report(tuple(findings), (imported.name,))


def _finding(problem: Problem, imported: Imported, lang: str) -> Finding:
    draft = problem.draft
    key = draft.key
    params = _params(draft, imported, lang)
    text = catalogue.message(key, lang, params)
    cell = problem.cell
    return Finding(
        code=draft.code,
        severity=CATALOGUE[draft.code].severity,
        message=text,
        file=imported.name,
        line=cell.row if cell else None,
        col=cell.col if cell else None,
        location=cell.name if cell else None,
        hint=excel_hint(key, lang, params),
    )


def _params(draft: Draft, imported: Imported, lang: str) -> dict[str, Any]:
    params = dict(draft.params)
    for key in SHEETS:
        params.setdefault(f"sheet_{key}", sheet_in(key, lang, imported.sheets))
    for name, value in draft.params.items():
        if name.startswith("@"):
            found = locate_cell(imported.cells, value)
            params[name[1:].replace("_line", "_cell")] = found.name if found else "?"
    if "value" in params:
        params["raw"] = _shown(params["value"])
    if "kind" in params:
        params["kind_text"] = messages.word(f"kind.{params['kind']}", lang)
    if "list" in params:
        params["list"] = messages.word(f"list.{params['list']}", lang)
    if "expected" in params and draft.message_key == "not-allowed":
        choices = [c.strip() for c in str(params["expected"]).split(",")]
        if draft.path[:1] == ("courses",) and draft.path[-1:] == ("format",):
            choices = [format_name(code, lang) for code in FORMATS]  # as the cells
            params["expected"] = ", ".join(choices)
        near = difflib.get_close_matches(str(params.get("raw", "")), choices, 1, 0.6)
        params["suggestion"] = near[0] if near else None
    if draft.code == "unknown-level":
        params["suggestion"] = _closest_level(str(params.get("id")), imported)
    suggestion = params.get("suggestion")
    params["suggestion"] = (
        messages.word("did-you-mean", lang, suggestion) if suggestion else ""
    )
    return params


def _closest_level(text: str, imported: Imported) -> str | None:
    """The level id a mistyped level cell most likely means (by id or by name)."""
    names: dict[str, str] = {}
    for level in imported.data.get("levels") or ():
        ident = level.get("id")
        if isinstance(ident, str):
            names.setdefault(ident.casefold(), ident)
            if isinstance(level.get("name"), str):
                names.setdefault(str(level["name"]).casefold(), ident)
    near = difflib.get_close_matches(text.casefold(), list(names), 1, 0.6)
    return names[near[0]] if near else None


def _shown(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return "{…}" if isinstance(value, dict) else "[…]"
    return str(value)
