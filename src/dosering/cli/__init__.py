"""Command-line interface: thin commands over the pipeline, one module per command.

The only package that imports typer. Heavy modules (pydantic, rich, jinja2) are
imported inside the commands, so `dosering --help` stays as fast as a bare typer app.
The commands are listed in `--help` in the order their modules are imported here.
"""
# isort: skip_file

from __future__ import annotations

import sys

from dosering.cli._app import app
from dosering.cli import validate
from dosering.cli import gap
from dosering.cli import diff
from dosering.cli import render
from dosering.cli import progress
from dosering.cli import export
from dosering.cli import importing
from dosering.cli import meta
from dosering.core.errors import UserError

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


def main() -> None:
    """Run the app; a `UserError` becomes one line on stderr and exit code 3."""
    for stream in (sys.stdout, sys.stderr):
        # A console that cannot show å or → (cp1252, cp437) gets `?`, not a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    try:
        app(prog_name="dosering")
    except UserError as exc:
        sys.stderr.write(f"dosering: {exc.message}\n")
        sys.exit(3)
