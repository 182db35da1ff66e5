"""Output files: written whole or not at all (temp file + rename)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from dosering.core.errors import UserError


def check_writable(path: Path) -> None:
    """Stop the run early (exit 3) when `path` cannot be an output file."""
    try:
        if path.is_dir():
            raise UserError("output.is-dir", path=path)
        parent = path.parent if str(path.parent) else Path()
        if not parent.is_dir():
            raise UserError("output.no-folder", path=path, parent=parent)
    except OSError as exc:
        raise UserError(
            "output.cannot-write-here", path=path, reason=exc.strerror
        ) from exc


def check_not_input(output: Path | None, inputs: Iterable[Path]) -> None:
    """Refuse an output file that is one of the command's input files (exit 3)."""
    if output is None:
        return
    with contextlib.suppress(OSError):
        if not output.exists():
            return
        for source in inputs:
            with contextlib.suppress(OSError):
                if source.exists() and output.samefile(source):
                    raise UserError("output.is-input", path=output)


CHUNK_CHARS = 1 << 20
"""Pieces of streamed text are written in batches of about this many characters."""


def write_chunks(handle: IO[bytes], content: str | bytes | Iterable[str]) -> None:
    """Write text, bytes, or text arriving piece by piece, as UTF-8."""
    if isinstance(content, bytes):
        handle.write(content)
        return
    if isinstance(content, str):
        handle.write(content.encode("utf-8"))
        return
    batch: list[str] = []
    size = 0
    for piece in content:
        batch.append(piece)
        size += len(piece)
        if size >= CHUNK_CHARS:
            handle.write("".join(batch).encode("utf-8"))
            batch.clear()
            size = 0
    handle.write("".join(batch).encode("utf-8"))


def write_atomic(path: Path, content: str | bytes | Iterable[str]) -> None:
    """Write `content` to `path` so a failure never leaves half a file behind.

    The text goes to a temporary file in the same folder, then replaces `path` in
    one rename; an existing file is untouched until then. Text given piece by piece
    (a document as it is rendered) is written as it comes, and an error while it is
    made removes the temporary file. A symbolic link is followed (its target is
    replaced, the link kept); a device or pipe such as /dev/null or /dev/stdout is
    written to directly, never replaced.
    """
    check_writable(path)
    data = content
    if path.is_symlink():
        path = path.resolve()
        check_writable(path)
    if path.exists() and not path.is_file():
        try:
            with path.open("wb") as handle:
                write_chunks(handle, data)
        except OSError as exc:
            raise UserError(
                "output.cannot-write", path=path, reason=exc.strerror
            ) from exc
        return
    parent = path.parent if str(path.parent) else Path()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise UserError(
            "output.cannot-write-here", path=path, reason=exc.strerror
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            write_chunks(handle, data)
        if path.exists():
            with contextlib.suppress(OSError):
                Path(tmp).chmod(path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            Path(tmp).chmod(0o666 & ~umask)
        Path(tmp).replace(path)
    except BaseException as exc:  # Ctrl-C too: never leave the temporary file
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        if isinstance(exc, OSError):
            raise UserError(
                "output.cannot-write", path=path, reason=exc.strerror
            ) from exc
        raise
