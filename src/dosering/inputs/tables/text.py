"""CSV files as Excel, HR and LMS systems write them, read as a stream of records.

The encoding is decided over the whole file (UTF-8 with or without a BOM, else
Windows-1252; UTF-16 stops) in one pass over its bytes that keeps nothing, then the
records are read from the file with `csv.reader`, so a 300 MB export is never held
in memory. The delimiter is Excel's `sep=` first line, else the most frequent of
`;` `,` tab in the first record.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dosering.inputs.tables.errors import TableError
from dosering.inputs.tables.workbook import zip_as_text

DELIMITERS = (";", ",", "\t")
CHUNK = 1 << 20
_SEP_LINE = re.compile(r"sep=([;,\t|])[ \t]*(?:\r\n|\r|\n)", re.IGNORECASE)


def detect_encoding(path: Path, name: str) -> str:
    """The file's encoding, from one pass over its bytes (nothing kept).

    Raises TableError when the file is UTF-16, holds NUL bytes, or is a zip.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    encoding = "utf-8"
    with path.open("rb") as handle:
        head = handle.read(CHUNK)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (
            len(head) >= 2 and (head[0] == 0) != (head[1] == 0)  # noqa: PLR2004
        ):
            raise TableError("list.utf16", path=name)
        if head.startswith(b"PK\x03\x04"):
            raise zip_as_text(path, name, path.suffix)
        if head.startswith(b"\xef\xbb\xbf"):
            encoding = "utf-8-sig"
        chunk = head
        lines = 0
        checked = False  # every chunk so far checked as Windows-1252
        while chunk:
            if b"\x00" in chunk:
                raise TableError("list.binary", path=name, suffix=path.suffix)
            if encoding != "cp1252":
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    encoding = "cp1252"
                    checked = chunk is head
            if encoding == "cp1252":
                _check_cp1252(chunk, name, lines)
            lines += chunk.count(b"\n")
            chunk = handle.read(CHUNK)
        if encoding != "cp1252":
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:  # an unfinished UTF-8 sequence at the end
                encoding = "cp1252"
        if encoding == "cp1252" and not checked:
            # Not UTF-8 after all, found past the first chunk: the chunks read as
            # UTF-8 may still hold a byte that Windows-1252 leaves undefined.
            handle.seek(0)
            lines = 0
            while chunk := handle.read(CHUNK):
                _check_cp1252(chunk, name, lines)
                lines += chunk.count(b"\n")
    return encoding


def _check_cp1252(chunk: bytes, name: str, lines: int) -> None:
    """Windows-1252 leaves five bytes undefined; one of them is no text at all."""
    try:
        chunk.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = lines + chunk.count(b"\n", 0, exc.start) + 1
        raise TableError(
            "list.not-text", path=name, line=line, byte=f"0x{chunk[exc.start]:02X}"
        ) from exc


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the most frequent of `;` `,` tab in its header.

    Only the first record's line counts (outside quotes); a tie goes to `;`, then
    tab, then `,` (Swedish Excel's `;` is the usual one where `,` is the decimal
    mark).
    """
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted:
            if char in "\r\n":
                if any(counts.values()):
                    break
                continue
            if char in counts:
                counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


class CsvSource:
    """An open CSV file: its encoding, delimiter and numbered records."""

    def __init__(self, path: Path, name: str, encoding: str) -> None:
        self.path = path
        self.name = name
        self.encoding = encoding
        self.handle: IO[str] = path.open(encoding=encoding, newline="")
        try:
            head = self.handle.read(1 << 16)
        except BaseException:
            self.handle.close()
            raise
        hinted = _SEP_LINE.match(head)
        self.hinted = hinted is not None
        self.first_line = 2 if hinted else 1
        self.delimiter = hinted.group(1) if hinted else sniff_delimiter(head)
        self.skip = hinted.end() if hinted else 0

    def candidates(self) -> tuple[str, ...]:
        """Delimiters to try, the sniffed one first (none other after `sep=`)."""
        if self.hinted:
            return (self.delimiter,)
        return (self.delimiter, *(d for d in DELIMITERS if d != self.delimiter))

    def records(self, delimiter: str) -> Iterator[tuple[int, list[str]]]:
        """Records from the file's start, with the line each starts on."""
        self.handle.seek(0)
        if self.skip:
            self.handle.read(self.skip)
        reader = csv.reader(with_end_mark(self.handle), delimiter=delimiter)
        return _numbered(reader, self.name, self.first_line)

    def close(self) -> None:
        """Close the file."""
        self.handle.close()


def _numbered(
    reader: Any, name: str, first_line: int = 1
) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on (quoted newlines span lines)."""
    line = first_line
    try:
        for cells in reader:
            if cells == [END_MARK]:
                return
            if open_at_end(cells):
                raise TableError("list.csv-open-quote", path=name, line=line)
            yield line, cells
            line = reader.line_num + first_line
    except csv.Error as exc:
        key, params = csv_failure(exc)
        raise TableError(key, path=name, line=line, **params) from exc


END_MARK = "\x00"


def with_end_mark(lines: Iterable[str]) -> Iterator[str]:
    """The lines, then one holding only a NUL (which no CSV read here contains).

    `csv.reader` reads a quote that never closes silently to the file's end; the
    mark then lands inside that last cell, where `open_at_end` finds it; else it
    is a record of its own, `[END_MARK]`, the end of the file. A loop, not
    `yield from`: closing an abandoned reader's generator must not close the file.
    """
    for line in lines:  # noqa: UP028
        yield line
    yield END_MARK + "\n"


def open_at_end(cells: list[str]) -> bool:
    """True when the record's last cell swallowed the end mark: an open quote."""
    return bool(cells) and END_MARK in cells[-1]


def csv_failure(exc: csv.Error) -> tuple[str, dict[str, str]]:
    """The catalogue key of a CSV the csv module cannot read, and its parameters.

    The one error a real file meets is a quote that never closes: the rest of the
    file runs into one cell until the field limit. The rest keep the module's text.
    """
    if str(exc).startswith("field larger than field limit"):
        return "list.csv-open-quote", {}
    return "list.csv-syntax", {"reason": str(exc)}
