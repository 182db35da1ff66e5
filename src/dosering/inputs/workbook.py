"""The model workbook: its layout, and reading it back into values and drafts.

`export` writes a model as sheets (levels, areas, groups, roles, needs, courses) and
`import` reads them back. The layout is named here by model keys; the words (sheet
and column names in Swedish and English) come from the catalogue, handed in as a
vocabulary by the command.
"""

from __future__ import annotations

import datetime as dt
import difflib
import html
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

from dosering.core.errors import OsReason
from dosering.core.findings import Draft, Path
from dosering.inputs.tables.workbook import check_xlsx
from dosering.model.keys import slug
from dosering.model.schema import Course, Role

SHEET_KEYS = ("about", "levels", "areas", "groups", "roles", "needs", "courses")


def _known(keys: tuple[str, ...], fields: object) -> tuple[str, ...]:
    """The keys this dosering's format has (format 1.1 keys only when it knows them)."""
    return tuple(key for key in keys if key in fields)  # type: ignore[operator]


LEVEL_COLUMNS = ("id", "name", "description", "includes")
AREA_COLUMNS = ("id", "name", "description")
"""… then one `outcome: <level>` column per level."""
GROUP_COLUMNS = ("id", "name", "description")
ROLE_COLUMNS = _known(
    (
        "id",
        "name",
        "group",
        "headcount",
        "turnover",
        "refresh_years",
        "hr",
        "description",
    ),
    Role.model_fields,
)
NEED_COLUMNS = ("role", "role_name")
"""… then per area its level, then per area `courses: <area>`, then per area
`within_months: <area>`, then `order`."""
COURSE_COLUMNS = _known(
    (
        "id",
        "title",
        "format",
        "hours",
        "seats_per_year",
        "lms",
        "audience",
        "provider",
        "url",
        "description",
    ),
    Course.model_fields,
)
"""… then one `gives: <area>` column per area."""

LIST_KEYS = frozenset({"includes", "hr", "lms", "audience", "courses"})
"""Keys whose lists are one cell, joined with `, `."""
INTEGER_KEYS = frozenset({"headcount", "seats_per_year", "within_months", "dosering"})
NUMBER_KEYS = frozenset({"turnover", "refresh_years", "hours"})
REGION_KEYS = ("id", "name", "language", "version", "published", "source")
JOIN = ", "
MAX_BYTES = 200_000_000
"""Largest workbook file read."""


def cell_name(row: int, col: int) -> str:
    """The A1 name of a 1-based (row, column) cell: (7, 4) -> `D7`."""
    letters = ""
    number = col
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


@dataclass(frozen=True, slots=True)
class CellRef:
    """A cell of the workbook (1-based row and column), as `Roller!D7`."""

    sheet: str
    row: int
    col: int

    @property
    def name(self) -> str:
        """The cell as Excel names it with its sheet: `Roller!D7`."""
        return f"{self.sheet}!{cell_name(self.row, self.col)}"


Vocabulary = Mapping[str, Mapping[str, Sequence[str]]]
"""Names by kind (`sheets`, `columns`, `prefixes`, `none`, and the names of fixed
values: `formats`, `unlimited`) and key (a value's model code), any language."""


@dataclass(frozen=True)
class WorkbookRead:
    """A model workbook as values, where each value came from, and its problems.

    Each draft of the workbook's own problems has its cell in the `cell` parameter.
    """

    data: dict[str, Any]
    cells: dict[Path, CellRef]
    drafts: tuple[Draft, ...]
    sheets: tuple[str, ...]


class WorkbookError(Exception):
    """The file cannot be read as a workbook at all (exit 3): its reason as a key."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def fold(text: str) -> str:
    """A header or name compared without case, accents' forms or extra spaces."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def read_workbook(
    path: FsPath, vocabulary: Vocabulary, *, max_bytes: int = MAX_BYTES
) -> WorkbookRead:
    """Read a model workbook; a file that is no workbook raises `WorkbookError`."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise WorkbookError("unreadable", reason=OsReason.of(exc)) from exc
    if len(raw) > max_bytes:
        raise WorkbookError("too-large", limit=max_bytes)
    formulas = _inspect_zip(raw)
    check_xlsx(path, str(path))  # the table reader's bounds: zip bombs, huge sheets
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(raw))
        reader = _Reader(book, vocabulary, formulas)
        return reader.read()
    except (CalamineError, ValueError, OSError, IndexError) as exc:
        raise WorkbookError("damaged") from exc


_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SHEET_ENTRY = re.compile(
    rb"<sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\br:id=\"([^\"]*)\""
)
_REL_ENTRY = re.compile(
    rb"<Relationship\b[^>]*?\bId=\"([^\"]*)\"[^>]*?\bTarget=\"([^\"]*)\""
)
_REL_ENTRY_REVERSED = re.compile(
    rb"<Relationship\b[^>]*?\bTarget=\"([^\"]*)\"[^>]*?\bId=\"([^\"]*)\""
)
_FORMULA_CELL = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]+)(\d+)\"[^>]*>\s*<f\b")


def _inspect_zip(raw: bytes) -> dict[str, set[tuple[int, int]]]:
    """Check the file is a workbook; the formula cells of each sheet.

    A password-protected workbook is an OLE2 file, not a zip; a zip that holds no
    `xl/workbook.xml` is something else (a Word file, a folder of files).
    """
    if raw.startswith(_OLE2):
        raise WorkbookError("encrypted")
    if not raw.startswith(b"PK"):
        raise WorkbookError("not-zip")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            raise WorkbookError("not-workbook")
        workbook = archive.read("xl/workbook.xml")
        rels_name = "xl/_rels/workbook.xml.rels"
        rels = archive.read(rels_name) if rels_name in names else b""
        targets = dict(_REL_ENTRY.findall(rels))
        targets.update({i: t for t, i in _REL_ENTRY_REVERSED.findall(rels)})
        formulas: dict[str, set[tuple[int, int]]] = {}
        for name, rid in _SHEET_ENTRY.findall(workbook):
            target = targets.get(rid, b"").decode("utf-8", "replace").lstrip("/")
            part = target if target.startswith("xl/") else f"xl/{target}"
            if part not in names:
                continue
            sheet = html.unescape(name.decode("utf-8", "replace"))
            data = archive.read(part)
            if b"<f" in data:
                formulas[sheet] = {
                    (int(row), _column_number(letters.decode()))
                    for letters, row in _FORMULA_CELL.findall(data)
                }
        return formulas
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise WorkbookError("damaged") from exc


def _column_number(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - ord("A") + 1
    return number


_MISSING: Any = object()
_NUMBER_TEXT = re.compile(r"[+-]?\d[\d\s\u00a0]*([.,]\d+)?%?")
UNLIMITED_WORDS = frozenset({"unlimited", "obegränsat", "obegransat", "∞"})


class _Reader:
    """One reading: the workbook, the vocabulary, and what it has found."""

    def __init__(
        self,
        book: Any,
        vocabulary: Vocabulary,
        formulas: dict[str, set[tuple[int, int]]],
    ) -> None:
        self.book = book
        self.words = vocabulary
        self.formulas = formulas
        self.drafts: list[Draft] = []
        self.cells: dict[Path, CellRef] = {}
        self.level_ids: list[str] = []
        self.level_names: dict[str, str] = {}
        self.area_names: dict[str, str] = {}

    # -- problems

    def problem(
        self, code: str, at: CellRef | None, key: str | None = None, **params: Any
    ) -> None:
        params["cell"] = at
        self.drafts.append(
            Draft(
                code,
                (),
                params,
                line=at.row if at else None,
                col=at.col if at else None,
                message_key=key,
            )
        )

    # -- sheets

    def read(self) -> WorkbookRead:
        names = list(self.book.sheet_names)
        found: dict[str, str] = {}
        for key, accepted in self.words["sheets"].items():
            folded = {fold(n) for n in accepted}
            match = next((n for n in names if fold(n) in folded), None)
            if match is not None:
                found[key] = match
        missing = [key for key in SHEET_KEYS if key not in found]
        if not found:  # a course list, a completion export: no model workbook
            raise WorkbookError("not-model", sheets=", ".join(names))
        for key in missing:
            accepted = self.words["sheets"][key]
            others = [n for n in names if n not in found.values()]
            near = difflib.get_close_matches(
                fold(accepted[0]), [fold(n) for n in others], 1, 0.6
            ) or difflib.get_close_matches(
                fold(accepted[-1]), [fold(n) for n in others], 1, 0.6
            )
            suggestion = next((n for n in others if near and fold(n) == near[0]), None)
            self.problem(
                "workbook-sheet",
                None,
                sheet=" / ".join(dict.fromkeys(accepted)),
                sheets=", ".join(names),
                suggestion=suggestion,
            )
        data: dict[str, Any] = {}
        tables = {key: self.table(name) for key, name in found.items()}
        if "about" in tables:
            data.update(self.about(found["about"], tables["about"]))
        if "levels" in tables:
            data["levels"] = self.levels(found["levels"], tables["levels"])
        if "areas" in tables:
            data["areas"] = self.areas(found["areas"], tables["areas"])
        if "groups" in tables:
            data["groups"] = self.entities(
                "groups", found["groups"], tables["groups"], GROUP_COLUMNS
            )
        if "roles" in tables:
            data["roles"] = self.entities(
                "roles", found["roles"], tables["roles"], ROLE_COLUMNS
            )
            if "needs" in tables:
                self.needs(data["roles"], found["needs"], tables["needs"], data)
        if "courses" in tables:
            data["courses"] = self.courses(found["courses"], tables["courses"], data)
        return WorkbookRead(data, self.cells, tuple(self.drafts), tuple(names))

    def table(self, name: str) -> list[list[Any]]:
        sheet = self.book.get_sheet_by_name(name)
        rows: list[list[Any]] = sheet.to_python(skip_empty_area=False)
        for (top, left), (bottom, right) in sheet.merged_cell_ranges or ():
            start = CellRef(name, top + 1, left + 1)
            end = cell_name(bottom + 1, right + 1)
            self.problem("workbook-merged", start, range=f"{start.name}:{end}")
        for row, col in sorted(self.formulas.get(name, ())):
            value = _at(rows, row, col)
            if value == "":
                self.problem("workbook-formula", CellRef(name, row, col))
        return rows

    def header(
        self,
        name: str,
        rows: list[list[Any]],
        fixed: Sequence[str],
        prefixes: Sequence[str],
    ) -> tuple[dict[int, tuple[str, str | None]], set[str]]:
        """Columns by index: (key, grid id or None); the fixed keys found."""
        accepted: dict[str, str] = {}
        for key in fixed:
            for label in self.words["columns"].get(key, ()):
                accepted.setdefault(fold(label), key)
        for key in fixed:  # the model's own key is a header too, unless a label
            accepted.setdefault(fold(key), key)
        grid: dict[str, str] = {}
        for key in prefixes:
            for label in (*self.words["prefixes"].get(key, ()), key):
                grid.setdefault(fold(label), key)
        columns: dict[int, tuple[str, str | None]] = {}
        seen: set[str] = set()
        for col, value in enumerate(rows[0] if rows else (), start=1):
            if value == "" or value is None:
                continue
            text = str(value).strip()
            folded = fold(text)
            at = CellRef(name, 1, col)
            if folded in accepted:
                key = accepted[folded]
                if key in seen:
                    self.problem(
                        "workbook-column", at, "workbook-column.twice", header=text
                    )
                    continue
                seen.add(key)
                columns[col] = (key, None)
                continue
            prefix, colon, ident = text.partition(":")
            if colon and fold(prefix) in grid:
                columns[col] = (grid[fold(prefix)], ident.strip())
                continue
            if "area" in prefixes and ":" not in text:
                columns[col] = ("area", text)
                continue
            labels = [n for k in fixed for n in self.words["columns"].get(k, (k,))]
            near = difflib.get_close_matches(text, labels, 1, 0.6)
            self.problem(
                "workbook-column",
                at,
                "workbook-column.unknown",
                header=text,
                suggestion=near[0] if near else None,
            )
        for key in ("id", "name", "title", "role"):
            if key in fixed and key not in seen:
                label = " / ".join(
                    dict.fromkeys(self.words["columns"].get(key, (key,)))
                )
                self.problem(
                    "workbook-column",
                    CellRef(name, 1, 1),
                    "workbook-column.missing",
                    header=label,
                )
        return columns, seen

    # -- the about sheet

    def about(self, name: str, rows: list[list[Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        region: dict[str, Any] = {}
        first: CellRef | None = None
        for number, cells in enumerate(rows, start=1):
            key = str(cells[0]).strip() if cells and isinstance(cells[0], str) else ""
            if key != "dosering" and not key.startswith("region."):
                continue
            at = CellRef(name, number, 2)
            value = cells[1] if len(cells) > 1 else ""
            if key == "dosering":
                self.cells[("dosering",)] = at
                out["dosering"] = self.integer(value, at)
                continue
            field = key.removeprefix("region.")
            first = first or at
            self.cells[("region", field)] = at
            if value == "":
                continue
            converted = (
                self.date(value, at)
                if field == "published"
                else self.text(value, at, strip=field in ("id", "language"))
            )
            if converted is not _MISSING:
                region[field] = converted
        if first is not None:
            self.cells[("region",)] = first
            out["region"] = region
        return out

    # -- entity sheets

    def rows_of(
        self,
        name: str,
        rows: list[list[Any]],
        columns: dict[int, tuple[str, str | None]],
    ) -> Iterator[tuple[int, dict[int, Any]]]:
        """Non-blank data rows: (row number, column -> value)."""
        for number, cells in enumerate(rows[1:], start=2):
            values = {
                col: cells[col - 1]
                for col in columns
                if col - 1 < len(cells) and cells[col - 1] != ""
            }
            if values:
                yield number, values

    def entities(
        self,
        list_name: str,
        name: str,
        rows: list[list[Any]],
        fixed: Sequence[str],
        prefixes: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        columns, _ = self.header(name, rows, fixed, prefixes)
        out: list[dict[str, Any]] = []
        for number, values in self.rows_of(name, rows, columns):
            index = len(out)
            entity: dict[str, Any] = {}
            base: Path = (list_name, index)
            self.cells[base] = CellRef(name, number, 1)
            for col, (key, ident) in columns.items():
                at = CellRef(name, number, col)
                if ident is None:
                    self.cells[(*base, key)] = at
                    if key == "id":
                        self.cells[base] = at
                value = values.get(col, _MISSING)
                if value is _MISSING:
                    continue
                self.put(entity, base, key, ident, value, at)
            out.append(entity)
        return out

    def put(
        self,
        entity: dict[str, Any],
        base: Path,
        key: str,
        ident: str | None,
        value: Any,
        at: CellRef,
    ) -> None:
        """Convert one cell and store it in the entity under its key."""
        if ident is not None:  # a grid cell: outcome or gives
            field = "outcomes" if key == "outcome" else key
            self.cells[(*base, field, ident)] = at
            converted = (
                self.text(value, at) if key == "outcome" else self.level(value, at)
            )
            if converted is not _MISSING:
                entity.setdefault(field, {})[ident] = converted
            return
        converted = self.convert(key, value, at)
        if converted is not _MISSING:
            entity[key] = converted

    def convert(self, key: str, value: Any, at: CellRef) -> Any:
        if key == "includes":
            if isinstance(value, str) and fold(value) in {
                fold(w) for w in self.words["none"]["none"]
            }:
                return []
            return self.id_list(value, at, levels=True)
        if key == "audience":
            return self.id_list(value, at)
        if key in ("lms", "hr"):
            codes = self.codes(value, at)
            if codes is _MISSING:
                return _MISSING
            return codes[0] if len(codes) == 1 else codes
        if (
            key == "seats_per_year"
            and isinstance(value, str)
            and (
                self.choice("unlimited", value) == "unlimited"
                or fold(value) in UNLIMITED_WORDS
            )
        ):
            return "unlimited"
        if key in INTEGER_KEYS:
            return self.integer(value, at)
        if key in NUMBER_KEYS:
            return self.number(value, at)
        if key == "format":
            text = self.text(value, at, strip=True)
            return self.choice("formats", text) if isinstance(text, str) else text
        if key in ("id", "group"):
            return self.text(value, at, strip=True)
        return self.text(value, at)

    def choice(self, kind: str, text: str) -> str:
        """The model's code for a cell's name of a fixed value (`formats`, ...).

        The name may be in either language or the code itself, in any case; a name
        it does not know stays as it is (the schema says what is wrong with it).
        """
        names = self.words.get(kind, {})
        folded = fold(text)
        for code, accepted in names.items():
            if folded == fold(code) or folded in {fold(n) for n in accepted}:
                return code
        return text

    # -- cells

    def text(self, value: Any, at: CellRef, *, strip: bool = False) -> Any:
        if isinstance(value, str):
            return value.strip() if strip else value
        if isinstance(value, bool):
            self.problem("workbook-cell", at, "workbook-cell.bool", value=value)
            return _MISSING
        if isinstance(value, (dt.date, dt.datetime, dt.time)):
            self.problem("workbook-cell", at, "workbook-cell.date", value=str(value))
            return _MISSING
        shown = _number_text(value)
        self.problem("workbook-cell", at, "workbook-cell.number", value=shown)
        return _MISSING

    def integer(self, value: Any, at: CellRef) -> Any:
        number = self.number(value, at)
        if isinstance(number, float) and number.is_integer():
            return int(number)
        return number

    def number(self, value: Any, at: CellRef) -> Any:
        if isinstance(value, bool):
            self.problem("workbook-cell", at, "workbook-cell.bool", value=value)
            return _MISSING
        if isinstance(value, (int, float)):
            return value
        if isinstance(value, (dt.date, dt.datetime, dt.time)):
            self.problem(
                "workbook-cell", at, "workbook-cell.date-number", value=str(value)
            )
            return _MISSING
        text = str(value).strip()
        if _NUMBER_TEXT.fullmatch(text):
            self.problem(
                "workbook-cell", at, "workbook-cell.number-as-text", value=text
            )
            return _MISSING
        return text  # the schema says what is wrong with it

    def date(self, value: Any, at: CellRef) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return self.text(value, at, strip=True)

    def level(self, value: Any, at: CellRef) -> Any:
        text = self.text(value, at, strip=True)
        if text is _MISSING or text in self.level_names.values():
            return text
        known = self.level_names.get(fold(text))
        if known is None:
            self.problem("unknown-level", at, None, id=text)
            return _MISSING
        return known

    def id_list(self, value: Any, at: CellRef, *, levels: bool = False) -> Any:
        text = self.text(value, at)
        if text is _MISSING:
            return _MISSING
        items = [part.strip() for part in text.split(",") if part.strip()]
        if levels:
            items = [self.level_names.get(fold(i), i) for i in items]
        return items

    def codes(self, value: Any, at: CellRef) -> Any:
        if isinstance(value, float) and value.is_integer():
            return [str(int(value))]
        if isinstance(value, int) and not isinstance(value, bool):
            return [str(value)]
        return self.id_list(value, at)

    # -- levels, areas, needs, courses

    def levels(self, name: str, rows: list[list[Any]]) -> list[dict[str, Any]]:
        levels = self.entities("levels", name, rows, LEVEL_COLUMNS)
        for level in levels:
            ident = level.get("id")
            if isinstance(ident, str):
                self.level_ids.append(ident)
                self.level_names[fold(ident)] = ident
        for level in levels:
            label = level.get("name")
            ident = level.get("id")
            if isinstance(label, str) and isinstance(ident, str):
                self.level_names.setdefault(fold(label), ident)
        return levels

    def areas(self, name: str, rows: list[list[Any]]) -> list[dict[str, Any]]:
        areas = self.entities("areas", name, rows, AREA_COLUMNS, ("outcome",))
        for area in areas:
            ident, label = area.get("id"), area.get("name")
            if isinstance(ident, str):
                self.area_names[fold(ident)] = ident
                if isinstance(label, str):
                    self.area_names.setdefault(fold(label), ident)
        return areas

    def courses(
        self, name: str, rows: list[list[Any]], data: dict[str, Any]
    ) -> list[dict[str, Any]]:
        return self.entities("courses", name, rows, COURSE_COLUMNS, ("gives",))

    def needs(
        self,
        roles: list[dict[str, Any]],
        name: str,
        rows: list[list[Any]],
        data: dict[str, Any],
    ) -> None:
        columns, _ = self.header(
            name, rows, (*NEED_COLUMNS, "order"), ("courses", "within_months", "area")
        )
        index = {role.get("id"): i for i, role in enumerate(roles)}
        done: set[int] = set()
        role_col = next((c for c, (k, _) in columns.items() if k == "role"), None)
        for number, values in self.rows_of(name, rows, columns):
            if role_col is None:
                break
            at = CellRef(name, number, role_col)
            ident = self.text(values.get(role_col, ""), at, strip=True)
            if ident in ("", _MISSING):
                if any(
                    k not in ("role", "role_name")
                    for c, (k, _) in columns.items()
                    if c in values
                ):
                    self.problem("workbook-role", at, "workbook-role.missing")
                continue
            if ident not in index:
                self.problem("workbook-role", at, "workbook-role.unknown", id=ident)
                continue
            i = index[ident]
            if i in done:
                self.problem("workbook-role", at, "workbook-role.twice", id=ident)
                continue
            done.add(i)
            self.role_needs(roles[i], i, name, number, columns, values)

    def role_needs(
        self,
        role: dict[str, Any],
        index: int,
        name: str,
        number: int,
        columns: dict[int, tuple[str, str | None]],
        values: dict[int, Any],
    ) -> None:
        base: Path = ("roles", index, "needs")
        parts: dict[str, dict[str, Any]] = {}
        order: list[str] | None = None
        for col, (key, header) in columns.items():
            at = CellRef(name, number, col)
            value = values.get(col, _MISSING)
            if key == "order":
                if value is not _MISSING:
                    listed = self.id_list(value, at)
                    order = None if listed is _MISSING else listed
                continue
            if header is None:
                continue
            ident = self.area_names.get(fold(header), header)
            if key == "area":
                self.cells[(*base, ident)] = at
                self.cells[(*base, ident, "level")] = at
            else:
                self.cells[(*base, ident, key)] = at
            if value is _MISSING:
                continue
            if key == "area":
                converted = self.level(value, at)
            elif key == "courses":
                converted = self.id_list(value, at)
            else:
                converted = self.integer(value, at)
            if converted is not _MISSING:
                parts.setdefault(ident, {})["level" if key == "area" else key] = (
                    converted
                )
        needs: dict[str, Any] = {}
        for area, part in parts.items():
            if "level" not in part:
                at = self.cells[(*base, area, next(iter(part)))]
                self.problem("workbook-cell", at, "workbook-cell.no-level", area=area)
                continue
            needs[area] = part["level"] if len(part) == 1 else part
        if order:
            ranked = {area: i for i, area in enumerate(order)}
            needs = dict(
                sorted(needs.items(), key=lambda item: ranked.get(item[0], len(ranked)))
            )
        if needs:
            role["needs"] = needs

    def matrix(self, name: str, rows: list[list[Any]], stem: str) -> WorkbookRead:
        """A matrix sheet as the data of a new model (see `read_matrix`)."""
        top = next(
            (i for i, r in enumerate(rows) if sum(1 for c in r if c != "") >= 2),  # noqa: PLR2004
            None,
        )
        data: dict[str, Any] = {
            "dosering": 1,
            "region": {"id": slug(stem), "name": stem},
            "levels": [],
            "areas": [],
            "roles": [],
        }
        if top is None:
            self.problem(
                "workbook-column",
                CellRef(name, 1, 2),
                "workbook-column.missing",
                header="…",
            )
            return WorkbookRead(data, self.cells, tuple(self.drafts), (name,))
        areas, levels, roles = _Ids(), _Ids(), _Ids()
        columns: dict[int, str] = {}
        for col, value in enumerate(rows[top][1:], start=2):
            at = CellRef(name, top + 1, col)
            text = self.text(value, at, strip=True)
            if text in ("", _MISSING):
                continue
            ident, new = areas.get(text)
            if new:
                self.cells[("areas", len(data["areas"]))] = at
                data["areas"].append({"id": ident, "name": text})
            columns[col] = ident
        for number, cells in enumerate(rows[top + 1 :], start=top + 2):
            label = cells[0] if cells else ""
            if label == "" and all(c == "" for c in cells):
                continue
            at = CellRef(name, number, 1)
            role_name = self.text(label, at, strip=True)
            if role_name in ("", _MISSING):
                if role_name == "":
                    self.problem("workbook-role", at, "workbook-role.missing")
                continue
            ident, new = roles.get(role_name)
            if not new:
                self.problem("workbook-role", at, "workbook-role.twice", id=ident)
                continue
            index = len(data["roles"])
            self.cells[("roles", index)] = at
            needs: dict[str, str] = {}
            for col, area in columns.items():
                value = cells[col - 1] if col - 1 < len(cells) else ""
                if value == "":
                    continue
                cell = CellRef(name, number, col)
                level = self.text(value, cell, strip=True)
                if level in ("", _MISSING):
                    continue
                level_id, fresh = levels.get(level)
                if fresh:
                    self.cells[("levels", len(data["levels"]))] = cell
                    data["levels"].append({"id": level_id, "name": level})
                self.cells[("roles", index, "needs", area)] = cell
                needs[area] = level_id
            data["roles"].append({"id": ident, "name": role_name, "needs": needs})
        return WorkbookRead(data, self.cells, tuple(self.drafts), (name,))


def _at(rows: list[list[Any]], row: int, col: int) -> Any:
    if 0 < row <= len(rows) and 0 < col <= len(rows[row - 1]):
        return rows[row - 1][col - 1]
    return ""


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Ids:
    """Ids made from names, unique within one list (`-2`, `-3` for repeats)."""

    def __init__(self) -> None:
        self.by_name: dict[str, str] = {}
        self.used: set[str] = set()

    def get(self, name: str) -> tuple[str, bool]:
        """The id for a name, and whether it is new."""
        key = fold(name)
        if key in self.by_name:
            return self.by_name[key], False
        base = slug(name)
        ident, number = base, 1
        while ident in self.used:
            number += 1
            ident = f"{base[:60]}-{number}"
        self.by_name[key] = ident
        self.used.add(ident)
        return ident, True


def read_matrix(path: FsPath, *, max_bytes: int = MAX_BYTES) -> WorkbookRead:
    """A region's own matrix as a new model: roles in rows, areas in columns.

    The first row with two or more filled cells is the header (the areas' names
    from column B on); below it, column A names a role and each cell the level
    that role needs in that area. Levels are created in the order they first
    appear, ids are made from the names; the region is named after the file.
    """
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise WorkbookError("unreadable", reason=OsReason.of(exc)) from exc
    if len(raw) > max_bytes:
        raise WorkbookError("too-large", limit=max_bytes)
    formulas = _inspect_zip(raw)
    check_xlsx(path, str(path))
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(raw))
        name = book.sheet_names[0]
        reader = _Reader(book, {}, formulas)
        rows = reader.table(name)
    except (CalamineError, ValueError, OSError, IndexError) as exc:
        raise WorkbookError("damaged") from exc
    return reader.matrix(name, rows, path.stem)
