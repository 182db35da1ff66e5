"""A minimal two-command typer app: the floor for ``dosering --help`` and ``--version``.

It pays what any typer CLI pays at start-up (importing typer, click and, if
installed, rich for the help screen) and nothing else, so ``dosering --help`` can be
compared with it::

    python bench/typer_floor.py --help
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True, pretty_exceptions_show_locals=False)


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Model files or directories.")],
    strict: Annotated[bool, typer.Option(help="Warnings fail too.")] = False,
) -> None:
    """Check dosing models for förbättringskunskap."""
    typer.echo(f"{len(paths)} path(s), strict={strict}")


@app.command()
def render(
    model: Annotated[Path, typer.Argument(help="The model to render.")],
    fmt: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
) -> None:
    """Render the model document."""
    typer.echo(f"{model} as {fmt}")


if __name__ == "__main__":
    app()
