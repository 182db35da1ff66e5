"""Output files: written whole or not at all (temp file + rename)."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from dosering.core.errors import OsReason, UserError


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
            "output.cannot-write-here", path=path, reason=OsReason.of(exc)
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
    one rename; an existing file is untouched until then. Where the system allows
    (Linux), the temporary file has no name until the rename, so even a process
    killed with SIGKILL leaves nothing behind; elsewhere SIGTERM and Ctrl-C remove
    it before the process ends. A symbolic link is followed (its target is
    replaced, the link kept); a device or pipe such as /dev/null or /dev/stdout is
    written to directly, never replaced. Text given piece by piece (a document as
    it is rendered) is written as it comes; an error while it is made leaves no
    temporary file either.
    """
    check_writable(path)
    data = content
    path = _link_target(path)
    if path.exists() and not path.is_file():
        try:
            with path.open("wb") as handle:
                write_chunks(handle, data)
        except OSError as exc:
            raise UserError(
                "output.cannot-write", path=path, reason=OsReason.of(exc)
            ) from exc
        return
    with _cleaned_up_on_sigterm():
        _replace(path, data)


def _link_target(path: Path) -> Path:
    """The file a symbolic link leads to (the path itself when it is none)."""
    if not path.is_symlink():
        return path
    try:
        target = path.resolve()
    except (RuntimeError, OSError) as exc:  # RuntimeError: a loop (Python 3.11)
        raise UserError("output.link-loop", path=path) from exc
    check_writable(target)
    return target


def _replace(path: Path, data: str | bytes | Iterable[str]) -> None:
    """Write a temporary file beside `path`, flush it to disk, rename it over."""
    parent = path.parent if str(path.parent) else Path()
    mode = _mode_for(path)
    try:
        fd, name = _temporary(parent, path.name)
    except OSError as exc:
        raise UserError(
            "output.cannot-write-here", path=path, reason=OsReason.of(exc)
        ) from exc
    try:
        with os.fdopen(fd, "wb", closefd=False) as handle:
            write_chunks(handle, data)
        if name is None:
            os.fchmod(fd, mode)
        else:
            Path(name).chmod(mode)
        os.fsync(fd)
        with _signals_held():
            if name is None:
                name = _name_for(fd, parent, path.name)
            Path(name).replace(path)
            name = None
    except OSError as exc:
        raise UserError(
            "output.cannot-write", path=path, reason=OsReason.of(exc)
        ) from exc
    finally:
        os.close(fd)
        if name is not None:
            with contextlib.suppress(OSError):
                Path(name).unlink()


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or those a new file gets (umask)."""
    with contextlib.suppress(OSError):
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_PROC_FD = Path("/proc/self/fd")


def _temporary(parent: Path, name: str) -> tuple[int, str | None]:
    """An open temporary file in `parent`: unnamed (O_TMPFILE) where possible."""
    anonymous = getattr(os, "O_TMPFILE", 0)
    if anonymous and _PROC_FD.is_dir():
        try:
            return os.open(parent, anonymous | os.O_WRONLY, 0o600), None
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                raise
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=parent)
    return fd, tmp


def _name_for(fd: int, parent: Path, name: str) -> str:
    """Give an unnamed temporary file a name in `parent`, for the rename."""
    # linkat() through /proc/self/fd; a directory fd makes Python call linkat, not
    # link(), which would link the /proc entry itself (EXDEV).
    procs = os.open(_PROC_FD, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        for _ in range(100):
            candidate = parent / f".{name}.{secrets.token_hex(4)}.tmp"
            try:
                os.link(str(fd), candidate, src_dir_fd=procs, follow_symlinks=True)
            except FileExistsError:
                continue
            return str(candidate)
    finally:
        os.close(procs)
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(parent))


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM while the temporary file has a name (link + rename)."""
    held = {signal.SIGINT, signal.SIGTERM}
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:
        yield
        return
    previous = mask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


class _Terminated(BaseException):
    """SIGTERM arrived while a temporary file existed."""


@contextlib.contextmanager
def _cleaned_up_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM into an exception while writing, so the temporary file goes.

    After the clean-up the process ends by SIGTERM as it would have. Only in the
    main thread, and only when SIGTERM has its default action.
    """
    main = threading.current_thread() is threading.main_thread()
    if not main or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise _Terminated

    signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    except _Terminated:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        raise  # pragma: no cover - the signal ended the process
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
