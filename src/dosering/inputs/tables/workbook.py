"""Workbooks (XLSX, XLSM, XLS, ODS) read with python-calamine, within bounds.

calamine builds a sheet as one dense grid up to its farthest cell, so a 2 KB file
with one cell at XFD1048576 would ask for 512 GiB and abort the process, and a
zip's members may inflate a thousandfold. Before calamine sees an XLSX, its zip is
checked: the members' inflated sizes, and each sheet's extent (its farthest cell
reference, found by streaming its XML). XLS and ODS, whose structure is not checked
here, are parsed in a child process with a memory limit, so a native crash ends the
child and not the run. Past a bound: `TableError` (exit 3), naming the limit.
"""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from dosering.inputs.tables.errors import TableError

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CHILD_SUFFIXES = (".xls", ".ods")
WORKBOOK_SUFFIXES = XLSX_SUFFIXES + CHILD_SUFFIXES

MAX_CELLS = 20_000_000
"""The largest sheet extent read (rows × columns to its farthest cell)."""
MAX_INFLATED = 512 * 1024 * 1024
"""The most bytes a workbook's zip members may inflate to, together."""
CHILD_MEMORY = 2 * 1024 * 1024 * 1024
CHILD_SECONDS = 300
CELLS_VARIABLE = "DOSERING_MAX_CELLS"
INFLATED_VARIABLE = "DOSERING_MAX_INFLATED"

_CELL_COLUMN = re.compile(rb' r="([A-Z]{1,4})[0-9]')
_CELL_ROW = re.compile(rb' r="[A-Z]{1,4}([0-9]{1,12})"')
_CHUNK = 1 << 20
_OVERLAP = 64


def limit(variable: str, default: int) -> int:
    """A bound, raised (or lowered) by an environment variable of whole bytes/cells."""
    value = os.environ.get(variable, "").strip()
    if value.isdigit() and len(value) < 19:  # noqa: PLR2004 - an int64, not more
        return int(value)
    return default


def column_number(letters: bytes) -> int:
    """`A` = 1, `Z` = 26, `AA` = 27, `XFD` = 16384."""
    number = 0
    for byte in letters:
        number = number * 26 + byte - 64
    return number


def check_xlsx(path: Path | IO[bytes], name: str) -> None:
    """Refuse an XLSX past a bound before calamine sees it (TableError, exit 3)."""
    max_inflated = limit(INFLATED_VARIABLE, MAX_INFLATED)
    max_cells = limit(CELLS_VARIABLE, MAX_CELLS)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            inflated = sum(member.file_size for member in members)
            if inflated > max_inflated:
                raise TableError(
                    "table.inflated",
                    path=name,
                    size=inflated,
                    limit=max_inflated,
                    variable=INFLATED_VARIABLE,
                )
            for member in members:
                if member.filename.startswith("xl/worksheets/") and (
                    member.filename.endswith(".xml")
                ):
                    _check_extent(archive, member, name, max_cells)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        ValueError,
        zlib.error,  # a broken deflate stream (found by fuzzing)
        OSError,  # a member's offset before the file's start (found by fuzzing)
    ) as exc:
        raise TableError("list.not-xlsx", path=name, reason=_reason(exc)) from exc
    except NotImplementedError as exc:  # an unknown compression method
        raise TableError("list.not-xlsx", path=name, reason=_reason(exc)) from exc
    except RuntimeError as exc:  # a member encrypted with a zip password (fuzzing)
        raise TableError("list.encrypted", path=name) from exc


def _check_extent(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str, max_cells: int
) -> None:
    """Stream one sheet's XML for its farthest row and column (nothing is kept)."""
    rows = 0
    columns = 0
    seen = 0
    tail = b""
    with archive.open(member) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                break
            seen += len(chunk)
            if seen > member.file_size:  # the zip's header lied about its size
                raise TableError("list.not-xlsx", path=name, reason="bad zip sizes")
            text = tail + chunk
            found = _CELL_ROW.findall(text)
            if found:
                top = max(map(int, found))
                rows = max(rows, top)
            letters = set(_CELL_COLUMN.findall(text))
            if letters:
                columns = max(columns, *map(column_number, letters))
            tail = text[-_OVERLAP:]
    extent = rows * columns
    if extent > max_cells:
        sheet = Path(member.filename).stem
        raise TableError(
            "table.extent",
            path=name,
            sheet=sheet,
            rows=rows,
            columns=columns,
            cells=extent,
            limit=max_cells,
            variable=CELLS_VARIABLE,
        )


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def read_workbook(
    path: Path, name: str, sheet: str | None
) -> tuple[str, Iterator[tuple[int, Sequence[Any]]]]:
    """A sheet of a workbook: its name and (row number, cells) pairs.

    XLSX is checked, then read in this process; XLS and ODS in a child process.
    """
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        with path.open("rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                raise TableError("list.not-xlsx", path=name, reason="not a zip file")
        check_xlsx(path, name)
        chosen, rows = _read_sheet(path, name, sheet)
        return chosen, rows
    return _read_in_child(path, name, sheet)


def _read_sheet(
    path: Path, name: str, sheet: str | None
) -> tuple[str, Iterator[tuple[int, Sequence[Any]]]]:
    """Open a sheet with calamine; errors become TableError with plain reasons."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        if not names:
            raise TableError("table.no-sheets", path=name)
        if sheet is not None and sheet not in names:
            listed = ", ".join(f"`{n}`" for n in names)
            raise TableError("list.no-sheet", path=name, sheet=sheet, sheets=listed)
        chosen = sheet if sheet is not None else names[0]
        data = workbook.get_sheet_by_name(chosen)
        offset = data.start[1] if data.start else 0
        cells = data.iter_rows()
    except (CalamineError, ValueError, OSError, IndexError, KeyError) as exc:
        raise TableError("list.not-xlsx", path=name, reason=_plain(exc)) from exc
    return chosen, _numbered(cells, offset)


def _numbered(cells: Any, offset: int) -> Iterator[tuple[int, Sequence[Any]]]:
    padding = [""] * offset
    for number, row in enumerate(cells, start=1):
        yield number, ([*padding, *row] if offset else row)


def _plain(exc: BaseException) -> str:
    """A reader's error without its internals: what a person can act on."""
    text = str(exc)
    if "not found" in text.casefold() or isinstance(exc, IndexError):
        return "the workbook has no readable sheet"
    if not text or "range" in text.casefold() or "component" in text.casefold():
        return "the workbook's cells are damaged; open it in Excel and save it again"
    return text.splitlines()[0][:200]


_CHILD = """
import pickle, resource, sys
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from python_calamine import CalamineWorkbook
try:
    workbook = CalamineWorkbook.from_path(sys.argv[1])
    names = list(workbook.sheet_names)
    wanted = sys.argv[2] or None
    if not names:
        result = ("no-sheets", None)
    elif wanted is not None and wanted not in names:
        result = ("no-sheet", names)
    else:
        chosen = wanted or names[0]
        data = workbook.get_sheet_by_name(chosen)
        offset = data.start[1] if data.start else 0
        pad = [""] * offset
        rows = [[*pad, *row] for row in data.iter_rows()]
        result = ("ok", (chosen, rows))
except MemoryError:
    result = ("memory", None)
except Exception as exc:
    result = ("error", f"{type(exc).__name__}: {exc}")
sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
"""


def _read_in_child(
    path: Path, name: str, sheet: str | None
) -> tuple[str, Iterator[tuple[int, Sequence[Any]]]]:
    """Parse an XLS or ODS in a child process with a memory and time limit."""
    memory = limit("DOSERING_CHILD_MEMORY", CHILD_MEMORY)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), sheet or "", str(memory)],
            capture_output=True,
            timeout=CHILD_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise TableError("table.child-time", path=name, seconds=CHILD_SECONDS) from exc
    if done.returncode != 0 or not done.stdout:
        raise TableError("table.child-crash", path=name, limit=memory)
    # The child is this interpreter running the code above on the user's file; its
    # output is plain lists of cells.
    status, value = pickle.loads(done.stdout)
    if status == "ok":
        chosen, rows = value
        return chosen, iter(enumerate(rows, start=1))
    if status == "no-sheet":
        listed = ", ".join(f"`{n}`" for n in value)
        raise TableError("list.no-sheet", path=name, sheet=sheet, sheets=listed)
    if status == "no-sheets":
        raise TableError("table.no-sheets", path=name)
    if status == "memory":
        raise TableError("table.child-crash", path=name, limit=memory)
    raise TableError("list.not-xlsx", path=name, reason=_plain(ValueError(value)))
