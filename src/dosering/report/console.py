"""The one rich console every text reporter prints on (gap, diff, progress).

On a terminal, text wraps to the terminal's width. Anywhere else (a pipe, a CI
log, `-o FILE`) nothing wraps: a sentence or a finding stays on one line and a
table row on one line, so grep and CI logs see whole lines. Either way no line
ends in spaces: rich pads table cells and titles to their width, and the padding
at the end of a line is cut as it is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

UNWRAPPED = 1_000_000
"""The width off a terminal: wider than any line, so rich never wraps."""

# The end of a line: spaces, and the colour codes among and after them.
_TRAILING = re.compile(r"(?:[ \t]|\x1b\[[0-9;]*m)+$", re.MULTILINE)
_CODE = re.compile(r"\x1b\[[0-9;]*m")


def is_terminal(out: IO[str]) -> bool:
    """Whether `out` is a terminal (a pipe, a file or a test's buffer is not)."""
    isatty = getattr(out, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def trim(text: str) -> str:
    """`text` with the spaces at the end of each line removed (colour codes kept)."""
    return _TRAILING.sub(lambda end: "".join(_CODE.findall(end.group())), text)


class Trimmed:
    """A text stream that writes whole lines to `out`, each without trailing spaces.

    A line still open when the report ends is written by `close()`.
    """

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._open = ""

    def write(self, text: str) -> int:
        """Write the lines `text` completes; keep the rest until its newline."""
        done, newline, self._open = (self._open + text).rpartition("\n")
        if newline:
            self._out.write(trim(done) + "\n")
        return len(text)

    def flush(self) -> None:
        """Flush `out` (a line still open waits for its end)."""
        self._out.flush()

    def close(self) -> None:
        """Write the line still open, if any; `out` itself stays open."""
        if self._open:
            self._out.write(trim(self._open))
            self._open = ""
        self._out.flush()

    def isatty(self) -> bool:
        """As `out` (rich asks, to decide on colour)."""
        return is_terminal(self._out)

    @property
    def encoding(self) -> str:
        """As `out`."""
        return getattr(self._out, "encoding", None) or "utf-8"

    def fileno(self) -> int:
        """As `out` (rich asks for a terminal's size)."""
        return self._out.fileno()


@contextmanager
def text_console(
    out: IO[str], color: bool | None, *, soft_wrap: bool = False
) -> Iterator[Any]:
    """A rich console on `out`: colour as asked (None: rich decides, `NO_COLOR`).

    Wrapped to the terminal's width on a terminal (with `soft_wrap`, the terminal
    folds long lines instead), never wrapped elsewhere; no line ends in spaces.
    Tables it prints take their natural width off a terminal.
    """
    from rich.console import Console

    stream = Trimmed(out)
    try:
        yield Console(
            file=stream,  # type: ignore[arg-type]  # a text stream, as rich needs
            width=None if is_terminal(out) else UNWRAPPED,
            highlight=False,
            soft_wrap=soft_wrap,
            force_terminal=color,
            no_color=(color is False) or None,
        )
    finally:
        stream.close()
