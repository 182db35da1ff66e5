"""The typer application and what its commands share (options, the error boundary)."""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from dosering import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dosering.core.findings import Report
    from dosering.inputs.config import Config
    from dosering.pipeline.check import Options

HELP = (
    "Check, analyse, compare and render a region's dosing model for improvement "
    "knowledge (förbättringskunskap): who needs to know what, at which level, and "
    "through which courses (IHI's dosing approach)."
)

app = typer.Typer(
    name="dosering",
    help=HELP,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Lang(enum.StrEnum):
    """Languages of messages and documents."""

    sv = "sv"
    en = "en"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dosering {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    """Check, analyse, compare and render dosing models (förbättringskunskap)."""


LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        help="Language of messages: sv or en (default: .dosering.yaml, else the "
        "locale, else en).",
        show_default=False,
    ),
]
MaxBytesOption = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Largest model file read, in bytes (default 20000000).",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (atomically) instead of standard output.",
        show_default=False,
    ),
]


def options(lang: Lang | None, max_bytes: int | None) -> tuple[Options, Config]:
    """The pipeline options from the command line and `.dosering.yaml`."""
    from dosering.i18n.findings import detect_lang
    from dosering.inputs.config import load_config
    from dosering.inputs.yaml import DEFAULT_MAX_BYTES
    from dosering.pipeline.check import Options

    config = load_config()
    settings = config.settings
    chosen = detect_lang(lang.value if lang else None, settings.lang)
    limit = max_bytes or settings.max_bytes or DEFAULT_MAX_BYTES
    return Options(lang=chosen, config=config, max_bytes=limit), config


def emit(text: str | bytes | Iterable[str], output: Path | None) -> None:
    """Print to stdout, or write a file atomically (text may come piece by piece)."""
    if output is None:
        if isinstance(text, str):
            sys.stdout.write(text)
        elif isinstance(text, bytes):
            sys.stdout.buffer.write(text)
        else:
            for piece in text:
                sys.stdout.write(piece)
        sys.stdout.flush()
    else:
        from dosering.core.output import write_atomic

        write_atomic(output, text)


def print_findings(report: Report, lang: str, fmt: str = "text") -> None:
    """Show an invalid model's findings on stderr, as `validate` would."""
    from dosering.report.findings import REPORTERS, Context

    REPORTERS[fmt](report, sys.stderr, Context(lang=lang))


def stderr_is_terminal() -> bool:
    """True when colour may be used on standard error."""
    return sys.stderr.isatty() and "NO_COLOR" not in os.environ


def fail(message: str) -> Any:
    """Stop with one line on stderr and exit code 3 (the command cannot run)."""
    from dosering.core.errors import UserError

    raise UserError(message)
