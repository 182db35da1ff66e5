"""`dosering export`: the model as an Excel workbook, or as Moodle's competencies."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import Annotated

import typer

from dosering.cli._app import (
    LangOption,
    MaxBytesOption,
    OutputOption,
    app,
    emit,
    options,
    print_findings,
    require_file,
    say_wrote,
)


class ExportFormat(enum.StrEnum):
    """What `export` writes."""

    xlsx = "xlsx"
    moodle = "moodle"


def require_output(output: Path | None, lang: str, fmt: str = "xlsx") -> None:
    """A workbook needs a file (-o): without one, a usage error (exit 2)."""
    require_file(fmt, output, lang)


@app.command()
def export(
    model: Annotated[
        Path,
        typer.Argument(
            help="The dosing model (YAML).", show_default=False, metavar="MODEL"
        ),
    ],
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="xlsx: a workbook to edit and bring back with `dosering import`; "
            "moodle: a competency framework CSV for Moodle's "
            "'Import competency framework'.",
        ),
    ] = ExportFormat.xlsx,
    output: OutputOption = None,
    lang: LangOption = None,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Write the model as a workbook planners edit in Excel (förbättringskunskap).

    Sheets for levels, areas, groups, roles, needs (a role × area grid) and courses,
    with drop-downs for level, group and format cells. Exit 0 when written, 1 when
    the model is invalid (its findings on stderr, nothing written), 3 when a file
    cannot be read or written.
    """
    from dosering.core.output import check_not_input, check_writable
    from dosering.pipeline.export import run_export

    setup = options(lang, max_bytes)
    chosen = setup.lang
    if fmt is ExportFormat.xlsx:
        require_output(output, chosen)
    check_not_input(output, [model])
    if output is not None:
        check_writable(output)
    checked = run_export(model, setup.options)
    if checked.model is None:
        print_findings(checked.findings, [checked.name], chosen)
        raise typer.Exit(1)
    if fmt is ExportFormat.xlsx:
        from dosering.core.output import write_atomic
        from dosering.i18n.excel import word
        from dosering.report.workbook import model_workbook

        assert output is not None
        data = model_workbook(checked.model, str(model), output.name, chosen)
        write_atomic(output, data)
        sys.stderr.write(
            word(
                "exported",
                chosen,
                path=output,
                roles=len(checked.model.roles),
                courses=len(checked.model.courses),
            )
            + "\n"
        )
    else:
        from dosering.report.moodle import framework_csv

        emit(framework_csv(checked.model, chosen), output)
        say_wrote(output, chosen)
    raise typer.Exit(0)
