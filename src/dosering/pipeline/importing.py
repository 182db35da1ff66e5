"""Pipeline of `dosering import`: a workbook read back into a model, and checked.

The workbook's values go through the same schema and checks as a YAML model; each
draft is placed at the cell its value came from (`Roller!D7`), so a planner finds
it in Excel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

from dosering.core.findings import Draft, Path
from dosering.core.paths import require_file
from dosering.inputs.workbook import (
    MAX_BYTES,
    SHEET_KEYS,
    CellRef,
    Vocabulary,
    WorkbookError,
    read_matrix,
    read_workbook,
)
from dosering.model.checks import CATALOGUE, REGISTRY
from dosering.model.schema import Model, validate_model
from dosering.model.semantics import Meaning


@dataclass(frozen=True, slots=True)
class Problem:
    """A draft and the cell it is about (None: the workbook as a whole)."""

    draft: Draft
    cell: CellRef | None


@dataclass(frozen=True)
class Imported:
    """A workbook read back: the model's data, the model when valid, the problems."""

    name: str
    data: dict[str, Any]
    model: Model | None
    problems: tuple[Problem, ...]
    sheets: tuple[str, ...]
    cells: dict[Path, CellRef]

    @property
    def ok(self) -> bool:
        """True when the workbook gives a valid model (warnings allowed)."""
        return self.model is not None


def run_import(
    path: FsPath,
    name: str,
    vocabulary: Vocabulary,
    *,
    max_bytes: int = MAX_BYTES,
    init: bool = False,
) -> Imported:
    """Read a model workbook (or, with `init`, a region's matrix) and check it.

    Raises:
        WorkbookError: the file is missing, or no workbook dosering can read.
    """
    require_file(path, WorkbookError)
    if init:
        read = read_matrix(path, max_bytes=max_bytes)
    else:
        read = read_workbook(path, vocabulary, max_bytes=max_bytes)
    problems = [Problem(d, d.params.get("cell")) for d in read.drafts]
    said = {p.cell for p in problems if p.cell is not None}
    broken = any(p.draft.code == "workbook-sheet" for p in problems)
    model: Model | None = None
    drafts: list[Draft] = []
    if not broken:
        model, drafts = validate_model(read.data)
        if model is not None:
            meaning = Meaning(model)
            for check in REGISTRY.values():
                drafts.extend(check.check(meaning))
    for draft in drafts:
        cell = locate_cell(read.cells, draft.path)
        if (cell is None and said) or (cell is not None and cell in said):
            continue  # a cell's own problem says it already
        problems.append(Problem(draft, cell))
    failed = any(CATALOGUE[p.draft.code].severity == "error" for p in problems)
    order = {sheet: i for i, sheet in enumerate(read.sheets)}
    problems.sort(key=lambda p: _order(p, order))
    return Imported(
        name,
        read.data,
        None if failed else model,
        tuple(problems),
        read.sheets,
        read.cells,
    )


def _order(problem: Problem, sheets: dict[str, int]) -> tuple[int, int, int, str]:
    cell = problem.cell
    if cell is None:
        return (-1, 0, 0, problem.draft.code)
    return (sheets.get(cell.sheet, len(sheets)), cell.row, cell.col, problem.draft.code)


def locate_cell(cells: dict[Path, CellRef], path: Path) -> CellRef | None:
    """The cell of a model path: its own, else the nearest enclosing one's."""
    for end in range(len(path), 0, -1):
        cell = cells.get(path[:end])
        if cell is not None:
            return cell
    return None


__all__ = ["SHEET_KEYS", "Imported", "Problem", "locate_cell", "run_import"]
