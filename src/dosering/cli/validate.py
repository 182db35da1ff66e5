"""`dosering validate`: check model files and folders, every problem at once."""

from __future__ import annotations

import enum
import os
from pathlib import Path
from typing import Annotated

import typer

from dosering.cli._app import (
    LangOption,
    MaxBytesOption,
    OutputOption,
    app,
    options,
    say_wrote,
    write_out,
)


class ValidateFormat(enum.StrEnum):
    """Output formats of `validate` (the names of its reporters)."""

    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"
    junit = "junit"
    gitlab = "gitlab"


@app.command()
def validate(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Model files, or folders to search for *.yaml/*.yml models.",
            metavar="PATH",
            readable=False,  # checked by the command: exit 3, not typer's 2
            show_default=False,
        ),
    ],
    fmt: Annotated[
        ValidateFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format (default text; github when GITHUB_ACTIONS=true).",
            show_default=False,
        ),
    ] = None,
    strict: Annotated[
        bool | None,
        typer.Option(
            "--strict/--no-strict",
            help="Let warnings fail too (exit 1). Default: .dosering.yaml, else off.",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Check dosing models: every problem at once, with file:line:col and a code.

    Exit 0 when nothing fails, 1 on errors (or warnings with --strict), 3 when a
    path cannot be read.
    """
    from dosering.core.output import check_not_input
    from dosering.pipeline.check import check_paths
    from dosering.report.findings import MARKDOWN, REPORTERS, Context
    from dosering.report.words import word_report

    setup = options(lang, max_bytes)
    if strict is None:
        strict = bool(setup.config.settings.strict)
    chosen = (
        fmt.value
        if fmt
        else ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    )
    check_not_input(output, paths)
    checked = check_paths(paths, setup.options)
    report = word_report(
        checked.findings,
        checked.files,
        setup.lang,
        ignored=checked.ignored,
        skipped=checked.skipped,
        skipped_files=checked.skipped_files,
        markdown=chosen in MARKDOWN,
    )
    context = Context(
        lang=setup.lang, strict=strict, color=None if output is None else False
    )
    write_out(lambda out: REPORTERS[chosen](report, out, context), output)
    say_wrote(output, setup.lang)
    raise typer.Exit(report.exit_code(strict))
