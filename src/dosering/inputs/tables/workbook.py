"""Workbooks (XLSX, XLSM, XLS, ODS) read with python-calamine, within bounds.

calamine builds a sheet as one dense grid up to its farthest cell, so a 2 KB file
with one cell at XFD1048576 would ask for 512 GiB and abort the process, and a
zip's members may inflate a thousandfold. So before calamine sees a workbook:

- its bytes say what it is (a zip, an OLE2 file, text) and must match its name;
- an XLSX's zip is checked: the members' inflated sizes, and each sheet's extent
  (its farthest cell reference, found by streaming its XML);
- an ODS's zip is checked the same way: the members' inflated sizes, and each
  table's extent and repeated text as calamine would build them from
  `table:number-rows-repeated` and `table:number-columns-repeated` (a 1 KB file can
  claim a million rows of a thousand filled cells), streamed from `content.xml`;
- an XLS (an OLE2 file, not a zip) may be no larger than the inflated bound.

XLSX is then parsed in this process; XLS and ODS in a child process with a memory
and time limit, which also checks the sheet's extent as calamine reports it, so a
native crash ends the child and not the run. Past a bound: `TableError` (exit 3),
naming the limit and the variable that raises it.
"""

from __future__ import annotations

import html
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

from dosering.core.errors import OsReason
from dosering.inputs.tables.errors import TableError

XLSX_SUFFIXES = (".xlsx", ".xlsm")
XLS_SUFFIXES = (".xls",)
ODS_SUFFIXES = (".ods",)
CHILD_SUFFIXES = XLS_SUFFIXES + ODS_SUFFIXES
WORKBOOK_SUFFIXES = XLSX_SUFFIXES + CHILD_SUFFIXES

MAX_CELLS = 20_000_000
"""The largest sheet extent read (rows × columns to its farthest cell)."""
MAX_INFLATED = 512 * 1024 * 1024
"""The most bytes a workbook may unpack to: a zip's members together (an ODS's
repeated text counted as often as it repeats), or an XLS file's own size."""
CHILD_MEMORY = 2 * 1024 * 1024 * 1024
CHILD_SECONDS = 300
CELLS_VARIABLE = "DOSERING_MAX_CELLS"
INFLATED_VARIABLE = "DOSERING_MAX_INFLATED"

MAX_ROWS = 1_048_576
"""calamine's own caps on an ODS table's rows and columns (as Excel's)."""
MAX_COLUMNS = 16_384

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
"""The stream a password-protected XLSX keeps inside its OLE2 file."""
_ODS_TYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_CELL_COLUMN = re.compile(rb' r="([A-Z]{1,4})[0-9]')
_CELL_ROW = re.compile(rb' r="[A-Z]{1,4}([0-9]{1,12})"')
_CHUNK = 1 << 20
_OVERLAP = 64
_SCAN = 8 << 20
"""How much of an OLE2 file's start and end is searched for `EncryptedPackage`."""


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


def workbook_kind(path: Path, name: str) -> str:
    """`.xlsx`, `.xls` or `.ods`: what the file's bytes are, as its name says.

    A file whose bytes are another workbook than its name says, text, or no
    workbook at all stops the run (TableError) before any reader sees it.
    """
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError as exc:
        raise TableError(
            "table.unreadable", path=name, reason=OsReason.of(exc)
        ) from exc
    if head.startswith(_OLE2):
        if _encrypted(path):
            raise TableError("list.encrypted", path=name)
        found = ".xls"
    elif head.startswith(_ZIP):
        found = _zip_kind(path, name)
    elif b"\x00" not in head:
        raise TableError("list.workbook-text", path=name, suffix=suffix)
    else:
        raise TableError("list.workbook-unknown", path=name, suffix=suffix)
    expected = ".xlsx" if suffix in XLSX_SUFFIXES else suffix
    if found != expected:
        raise TableError("list.workbook-renamed", path=name, suffix=suffix, found=found)
    return found


def _encrypted(path: Path) -> bool:
    """An OLE2 file holding a password-protected XLSX (not an XLS).

    The name of its stream is searched in the file's first and last 8 MB, where
    the directory of the files Excel writes is.
    """
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size <= 2 * _SCAN:
            return _ENCRYPTED in handle.read()
        start = handle.read(_SCAN)
        handle.seek(size - _SCAN)
        return _ENCRYPTED in start or _ENCRYPTED in handle.read(_SCAN)


def _zip_kind(path: Path, name: str) -> str:
    """`.xlsx` or `.ods` by the zip's members; another zip stops the run."""
    try:
        with zipfile.ZipFile(path) as archive:
            found = _members_kind(archive)
    except _ZIP_ERRORS as exc:
        raise TableError("list.workbook-damaged", path=name) from exc
    except RuntimeError as exc:  # a member encrypted with a zip password
        raise TableError("list.encrypted", path=name) from exc
    if found is None:
        raise TableError("list.workbook-zip", path=name)
    return found


def _members_kind(archive: zipfile.ZipFile) -> str | None:
    """`.xlsx` or `.ods` by a zip's members, or None for another zip."""
    names = set(archive.namelist())
    if "xl/workbook.xml" in names:
        return ".xlsx"
    if "content.xml" in names:
        info = archive.getinfo("mimetype") if "mimetype" in names else None
        kind = b""
        if info is not None and info.file_size < 256:  # noqa: PLR2004
            kind = archive.read(info).strip()
        if not kind or kind == _ODS_TYPE:
            return ".ods"
    return None


def is_workbook(head: bytes, source: Path | IO[bytes]) -> bool:
    """True when a file (its first bytes `head`) is a workbook, whatever its name.

    An OLE2 file (as XLS is), or a zip whose members are an XLSX's or an ODS's;
    another zip (a Word file) is not.
    """
    if head.startswith(_OLE2):
        return True
    if not head.startswith(_ZIP):
        return False
    try:
        with zipfile.ZipFile(source) as archive:
            return _members_kind(archive) is not None
    except (*_ZIP_ERRORS, RuntimeError):
        return False


def zip_as_text(source: Path | IO[bytes], name: str, suffix: str) -> TableError:
    """The error for a zip given with a text file's name: says what it really is.

    An XLSX or an ODS (by its members) is named, with the extension to rename it
    to; another zip, or a damaged one, is said to be a zip archive.
    """
    try:
        with zipfile.ZipFile(source) as archive:
            found = _members_kind(archive)
    except (*_ZIP_ERRORS, RuntimeError):
        found = None
    if found == ".xlsx":
        return TableError("list.zip-as-text", path=name, suffix=suffix)
    if found == ".ods":
        return TableError("list.ods-as-text", path=name, suffix=suffix)
    return TableError("list.zip-not-text", path=name, suffix=suffix)


_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    ValueError,
    zlib.error,  # a broken deflate stream (found by fuzzing)
    OSError,  # a member's offset before the file's start (found by fuzzing)
    NotImplementedError,  # an unknown compression method
    KeyError,
)


def check_xlsx(path: Path | IO[bytes], name: str) -> None:
    """Refuse an XLSX past a bound before calamine sees it (TableError, exit 3)."""
    max_cells = limit(CELLS_VARIABLE, MAX_CELLS)
    try:
        with zipfile.ZipFile(path) as archive:
            _check_inflated(archive, name, 0)
            for member in archive.infolist():
                if member.filename.startswith("xl/worksheets/") and (
                    member.filename.endswith(".xml")
                ):
                    _check_extent(archive, member, name, max_cells)
    except _ZIP_ERRORS as exc:
        raise TableError("list.workbook-damaged", path=name) from exc
    except RuntimeError as exc:  # a member encrypted with a zip password (fuzzing)
        raise TableError("list.encrypted", path=name) from exc


def _check_inflated(archive: zipfile.ZipFile, name: str, extra: int) -> None:
    """The members' inflated sizes (and `extra` bytes) within the bound."""
    max_inflated = limit(INFLATED_VARIABLE, MAX_INFLATED)
    inflated = sum(member.file_size for member in archive.infolist()) + extra
    if inflated > max_inflated:
        raise TableError(
            "table.inflated",
            path=name,
            size=inflated,
            limit=max_inflated,
            variable=INFLATED_VARIABLE,
        )


def _extent_error(name: str, sheet: str, rows: int, columns: int) -> TableError:
    return TableError(
        "table.extent",
        path=name,
        sheet=sheet,
        rows=rows,
        columns=columns,
        cells=rows * columns,
        limit=limit(CELLS_VARIABLE, MAX_CELLS),
        variable=CELLS_VARIABLE,
    )


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
                raise TableError("list.workbook-damaged", path=name)
            text = tail + chunk
            found = _CELL_ROW.findall(text)
            if found:
                top = max(map(int, found))
                rows = max(rows, top)
            letters = set(_CELL_COLUMN.findall(text))
            if letters:
                columns = max(columns, *map(column_number, letters))
            tail = text[-_OVERLAP:]
    if rows * columns > max_cells:
        raise _extent_error(name, Path(member.filename).stem, rows, columns)


def check_ods(path: Path | IO[bytes], name: str) -> None:
    """Refuse an ODS past a bound before calamine sees it (TableError, exit 3)."""
    try:
        with zipfile.ZipFile(path) as archive:
            _check_inflated(archive, name, 0)
            scan = _OdsScan(name)
            scan.read(archive, archive.getinfo("content.xml"))
            _check_inflated(archive, name, scan.repeated)
    except _ZIP_ERRORS as exc:
        raise TableError("list.workbook-damaged", path=name) from exc
    except RuntimeError as exc:  # a member encrypted with a zip password
        raise TableError("list.encrypted", path=name) from exc


_ROW = b"<table:table-row"
_QUOTED = rb"(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+"
"""A tag's attributes, to its end: possessive, so no input can make it backtrack."""
_TAG_END = re.compile(_QUOTED + rb">")
_TABLE = re.compile(rb"<table:table(?=[\s/>])(" + _QUOTED + rb")>")
_CELL = re.compile(rb"<table:(?:covered-)?table-cell(?=[\s/>])")
_SPACES = re.compile(rb"<text:s(?=[\s/>])(" + _QUOTED + rb")>")
_ATTRIBUTE = re.compile(rb"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_COUNT = re.compile(rb"\+?[0-9]{1,32}")
_USIZE = 2**64 - 1
_FILLED = (
    b"office:value",
    b"office:string-value",
    b"office:date-value",
    b"office:time-value",
    b"office:boolean-value",
    b"table:formula",
)
"""A cell with one of these (or of value type string) is filled, to calamine."""


def _attributes(text: bytes) -> dict[bytes, bytes]:
    """A tag's attributes (the first of a repeated name, as calamine reads it)."""
    found: dict[bytes, bytes] = {}
    for match in _ATTRIBUTE.finditer(text):
        found.setdefault(match[1], match[2] if match[2] is not None else match[3])
    return found


def _count(value: bytes | None) -> int:
    """A repeat count as calamine parses it (one it cannot parse: 1).

    calamine fails on a count it cannot parse, so it builds nothing; entities are
    read, as calamine reads them in some counts.
    """
    if value is not None and b"&" in value:
        value = html.unescape(value.decode("utf-8", "replace")).encode()
    if value is None or not _COUNT.fullmatch(value):
        return 1
    number = int(value)
    return number if number <= _USIZE else 1


class _OdsScan:
    """One streaming pass over `content.xml`: extents and repeated bytes.

    It finds each table's extent as calamine would build it, and the bytes its repeated
    cells would copy. The XML is cut into rows at each `<table:table-row`. A row without
    a repeat count or `text:s` is measured with byte counts (its cells; filled or not);
    one with them is read tag by tag: rows and cells count with their repeats (capped as
    calamine caps them), only filled cells widen the extent, so the empty rows and
    columns an application repeats to the sheet's edge cost nothing, as in calamine.
    Whatever is not understood counts as more, never less (a comment holding tags, a
    nested table).
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.max_cells = limit(CELLS_VARIABLE, MAX_CELLS)
        self.max_inflated = limit(INFLATED_VARIABLE, MAX_INFLATED)
        self.repeated = 0
        """Bytes that repeated cells add beyond the XML (`text:s` spaces too)."""
        self.sheet = ""
        self.rows = 0
        self.far_row = 0
        self.far_column = 0

    def read(self, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
        buffer = b""
        seen = 0
        first = True
        with archive.open(member) as handle:
            while chunk := handle.read(_CHUNK):
                seen += len(chunk)
                if seen > member.file_size:  # the zip's header lied about its size
                    raise TableError("list.workbook-damaged", path=self.name)
                searched = max(len(buffer) - len(_ROW), 0)
                buffer += chunk
                cut = buffer.rfind(_ROW, searched)
                if cut <= 0:
                    continue
                self.parts(buffer[:cut], first)
                first = False
                buffer = buffer[cut:]
        self.parts(buffer, first)

    def parts(self, data: bytes, first: bool) -> None:
        """Complete rows (`data` starts at a row, or is the document's start)."""
        parts = data.split(_ROW)
        if first:
            self.tables(parts[0])
        for part in parts[1:]:
            self.row(part)

    def tables(self, text: bytes) -> None:
        """A table's start in `text`: the extent counts from its first row."""
        if b"table:name" not in text:
            return
        for found in _TABLE.finditer(text):
            name = _attributes(found[1]).get(b"table:name", b"")
            self.sheet = name.decode("utf-8", "replace")
            self.rows = self.far_row = self.far_column = 0

    def row(self, part: bytes) -> None:
        if part[:1] not in (b" ", b">", b"/", b"\t", b"\n", b"\r"):
            self.tables(part)  # `<table:table-row-group>` and the like
            return
        if b"repeated" in part or b"text:c" in part:
            self.row_by_tags(part)
        else:
            cells = part.count(b"<table:table-cell") + part.count(
                b"<table:covered-table-cell"
            )
            if b"value" in part or b"table:formula" in part:
                self.widen(1, min(cells, MAX_COLUMNS))
            self.rows += 1
        self.tables(part)

    def row_by_tags(self, part: bytes) -> None:
        """A row with repeats or `text:s`: each cell read, its repeats counted."""
        head = _TAG_END.match(part)
        if head is None:  # no end: calamine fails on it
            return
        repeats = _count(_attributes(head[0]).get(b"table:number-rows-repeated"))
        repeats = min(repeats, max(MAX_ROWS - self.rows, 0))
        column = filled_to = 0
        for cell in _CELL.split(part)[1:]:
            spaces = 0
            if b"repeated" in cell or b"text:c" in cell:
                tag = _TAG_END.match(cell)
                attributes = _attributes(tag[0] if tag else cell)
                width = _count(attributes.get(b"table:number-columns-repeated"))
                filled = attributes.get(b"office:value-type") == b"string" or any(
                    key in attributes for key in _FILLED
                )
                for space in _SPACES.finditer(cell):
                    spaces += _count(_attributes(space[1]).get(b"text:c"))
            else:  # one cell: filled by any value's name (more, never less)
                width = 1
                filled = b"value" in cell or b"table:formula" in cell
            width = min(width, max(MAX_COLUMNS - column, 0))
            column += width
            if filled and width and repeats:
                filled_to = column
                if (
                    max(self.far_row, self.rows + repeats)
                    * max(self.far_column, column)
                    > self.max_cells
                ):  # said before the bytes its copies would take
                    self.widen(repeats, column)
                copies = width * repeats
                if copies > 1 or spaces:
                    self.copied(len(cell), spaces, copies)
        if filled_to:
            self.widen(repeats, filled_to)
        self.rows += repeats

    def widen(self, rows: int, column: int) -> None:
        """A filled cell at `column` in a row repeated `rows` times."""
        self.far_row = max(self.far_row, self.rows + rows)
        self.far_column = max(self.far_column, column)
        if self.far_row * self.far_column > self.max_cells:
            raise _extent_error(self.name, self.sheet, self.far_row, self.far_column)

    def copied(self, size: int, spaces: int, copies: int) -> None:
        """A filled cell of `size` bytes of XML, built `copies` times."""
        if copies:
            self.repeated += (size + spaces) * copies - size
            if self.repeated > self.max_inflated:
                raise TableError(
                    "table.inflated",
                    path=self.name,
                    size=self.repeated,
                    limit=self.max_inflated,
                    variable=INFLATED_VARIABLE,
                )


def read_workbook(
    path: Path, name: str, sheet: str | None
) -> tuple[str, Iterator[tuple[int, Sequence[Any]]]]:
    """A sheet of a workbook: its name and (row number, cells) pairs.

    The file is checked (what it is, its bounds); an XLSX is then read in this
    process, an XLS or ODS in a child process.
    """
    kind = workbook_kind(path, name)
    if kind == ".xlsx":
        check_xlsx(path, name)
        return _read_sheet(path, name, sheet)
    if kind == ".ods":
        check_ods(path, name)
    else:
        max_inflated = limit(INFLATED_VARIABLE, MAX_INFLATED)
        size = path.stat().st_size
        if size > max_inflated:
            raise TableError(
                "table.too-large",
                path=name,
                size=size,
                limit=max_inflated,
                variable=INFLATED_VARIABLE,
            )
    return _read_in_child(path, name, sheet)


def _read_sheet(
    path: Path, name: str, sheet: str | None
) -> tuple[str, Iterator[tuple[int, Sequence[Any]]]]:
    """Open a sheet with calamine; its errors become TableError keys."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

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
    except PasswordError as exc:
        raise TableError("list.encrypted", path=name) from exc
    except (CalamineError, ValueError, OSError, IndexError, KeyError) as exc:
        raise TableError("list.workbook-damaged", path=name) from exc
    return chosen, _numbered(cells, offset)


def _numbered(cells: Any, offset: int) -> Iterator[tuple[int, Sequence[Any]]]:
    padding = [""] * offset
    for number, row in enumerate(cells, start=1):
        yield number, ([*padding, *row] if offset else row)


_CHILD = """
import pickle, sys
limit = int(sys.argv[3])
max_cells = int(sys.argv[4])
try:
    import resource
except ImportError:  # Windows: no address-space limit; the time limit still holds
    pass
else:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from python_calamine import CalamineWorkbook, PasswordError
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
        end = data.end
        rows, columns = (end[0] + 1, end[1] + 1) if end else (0, 0)
        if rows * columns > max_cells:
            result = ("extent", (chosen, rows, columns))
        else:
            offset = data.start[1] if data.start else 0
            pad = [""] * offset
            rows = [[*pad, *row] for row in data.iter_rows()]
            result = ("ok", (chosen, rows))
except MemoryError:
    result = ("memory", None)
except PasswordError:
    result = ("encrypted", None)
except Exception as exc:
    result = ("error", type(exc).__name__)
sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
"""


def child_memory() -> int:
    """The child's address-space limit, never above the one this process runs under.

    A child may lower its limit but not raise it: asking for 2 GiB under a
    `ulimit -v` of 1 GiB would fail before the file is opened.
    """
    memory = limit("DOSERING_CHILD_MEMORY", CHILD_MEMORY)
    try:
        import resource
    except ImportError:  # pragma: no cover - no such limits on this platform
        return memory
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    return memory if soft == resource.RLIM_INFINITY else min(memory, soft)


def _read_in_child(
    path: Path, name: str, sheet: str | None
) -> tuple[str, Iterator[tuple[int, Sequence[Any]]]]:
    """Parse an XLS or ODS in a child process with a memory and time limit."""
    memory = child_memory()
    max_cells = limit(CELLS_VARIABLE, MAX_CELLS)
    argv = [sys.executable, "-c", _CHILD, str(path), sheet or "", str(memory)]
    argv.append(str(max_cells))
    try:
        done = subprocess.run(
            argv,
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
    if status == "extent":
        chosen, rows, columns = value
        raise _extent_error(name, chosen, rows, columns)
    if status == "memory":
        raise TableError("table.child-crash", path=name, limit=memory)
    if status == "encrypted":
        raise TableError("list.encrypted", path=name)
    raise TableError("list.workbook-damaged", path=name)
