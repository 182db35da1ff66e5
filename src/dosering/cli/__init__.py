"""Command-line interface: thin commands over the pipeline, one module per command.

The only package that imports typer. Heavy modules (pydantic, rich, jinja2) are
imported inside the commands, so `dosering --help` stays as fast as a bare typer app.
The commands are listed in `--help` in the order their modules are imported here.
"""
# isort: skip_file

from __future__ import annotations

import errno
import io
import os
import sys
import traceback
from typing import NoReturn

from dosering.cli._app import OUTPUT_ERRORS, STATE, app, quiet_stdout, run_lang
from dosering.cli import validate
from dosering.cli import gap
from dosering.cli import diff
from dosering.cli import render
from dosering.cli import progress
from dosering.cli import export
from dosering.cli import importing
from dosering.cli import meta
from dosering.core.errors import OsReason, UserError

__all__ = [
    "app",
    "diff",
    "export",
    "gap",
    "importing",
    "main",
    "meta",
    "progress",
    "render",
    "validate",
]


def main(argv: list[str] | None = None) -> None:
    """Run the app: the one place that turns what went wrong into an exit code.

    A `UserError` is one line on stderr and exit 3; a closed or full standard output
    one line and exit 3; Ctrl-C exit 130 without a word; anything else is a bug:
    one line asking for a report, exit 4, the traceback only with `--debug` or
    `DOSERING_DEBUG=1`.
    """
    if sys.stdout is None:  # started with standard output closed (`>&-`)
        sys.stdout = _ClosedOutput()
    if sys.stderr is None:
        sys.stderr = _ClosedOutput(quiet=True)
    for stream in (sys.stdout, sys.stderr):
        # A console that cannot show å or → (cp1252, cp437) gets `?`, not a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    args = sys.argv[1:] if argv is None else argv
    try:
        sys.exit(_run(args))
    except UserError as exc:
        from dosering.i18n.catalogue import error_text
        from dosering.report.escape import terminal

        try:
            line = terminal(error_text(exc, run_lang()))  # no cell forges a line
        except Exception as bug:  # noqa: BLE001 - a catalogue text that cannot fill
            _internal(bug, args)
        _stop(line, 3)
    except KeyboardInterrupt:
        _quiet(130)
    except BrokenPipeError:
        quiet_stdout()
        _stop(_words("broken-pipe"), 3)
    except OSError as exc:
        if exc.filename is not None or exc.errno not in OUTPUT_ERRORS:
            _internal(exc, args)
        quiet_stdout()
        _stop(_words("output-failed", reason=OsReason.of(exc)), 3)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        _internal(exc, args)


def _run(args: list[str]) -> int:
    """The app on `args`: its exit code; a usage error worded here (exit 2)."""
    import typer

    from dosering.cli._usage import prepare, show_usage_error

    STATE.args = args
    STATE.lang = None  # chosen anew by the command (a test runs many in a process)
    STATE.root_lang = None
    command = prepare(typer.main.get_command(app))
    try:
        code = command.main(args=args, prog_name="dosering", standalone_mode=False)
    except typer.Abort:
        return 1
    except typer.TyperException as exc:  # click's errors: the command line's
        if exc.exit_code != 2:  # noqa: PLR2004 - click's usage error
            raise
        show_usage_error(exc)
        return 2
    return code if isinstance(code, int) else 0


class _ClosedOutput(io.TextIOBase):
    """A standard stream the process was started without.

    Writing to it is what writing to a closed pipe is (one line, exit 3), so a
    command that writes only to `-o FILE` still runs; a missing stderr swallows.
    """

    def __init__(self, *, quiet: bool = False) -> None:
        super().__init__()
        self._quiet = quiet

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if self._quiet:
            return len(text)
        raise BrokenPipeError(errno.EPIPE, "standard output is closed")


def _words(key: str, **params: object) -> str:
    from dosering.i18n.catalogue import message

    return message(key, run_lang(), params)


def _stop(line: str, code: int) -> NoReturn:
    sys.stderr.write(f"dosering: {line}\n")
    sys.stderr.flush()
    sys.exit(code)


def _quiet(code: int) -> NoReturn:
    quiet_stdout()
    sys.exit(code)


def _internal(exc: BaseException, args: list[str]) -> NoReturn:
    """A bug: one line in the run's language, the traceback only when asked."""
    if "--debug" in args or os.environ.get("DOSERING_DEBUG") == "1":
        traceback.print_exception(exc, file=sys.stderr)
    _stop(_words("internal-error", kind=type(exc).__name__), 4)
