"""What a path given on the command line is, asked of the system once."""

from __future__ import annotations

import errno
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from dosering.core.errors import OsReason, UserError

PathKind = Literal["missing", "dir", "file", "special"]


def path_kind(path: Path) -> PathKind:
    """`missing`, `dir`, `file` (regular) or `special` (a pipe, socket, device).

    Unlike `Path.exists()` and `Path.is_dir()`, which answer False for a link loop
    and raise for a name too long, every other answer of the system is an `OSError`
    (a loop, a name too long, a file where a folder belongs, no permission), so the
    reader can say why in the run's words (`OsReason`) rather than "no such file".
    """
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            return "missing"
        raise
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    return "special"


def require_file(path: Path, error: Callable[..., Exception]) -> None:
    """Stop unless `path` is there to be read as a file, saying why in words.

    Raises `error(kind, **params)`: kind `missing`, `directory`, or `unreadable`
    with the system's `reason` (`OsReason`). A pipe or device is read as a file.
    """
    try:
        kind = path_kind(path)
    except OSError as exc:
        raise error("unreadable", reason=OsReason.of(exc)) from exc
    if kind == "missing":
        raise error("missing")
    if kind == "dir":
        raise error("directory")


def keyed(prefix: str, **fixed: Any) -> Callable[..., Exception]:
    """`require_file`'s error as a `UserError` with key `PREFIX.KIND` and `fixed`."""

    def error(kind: str, **params: Any) -> Exception:
        return UserError(f"{prefix}.{kind}", **fixed, **params)

    return error
