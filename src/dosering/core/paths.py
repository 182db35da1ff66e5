"""What a path given on the command line is, asked of the system once."""

from __future__ import annotations

import errno
import stat
from pathlib import Path
from typing import Literal

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
