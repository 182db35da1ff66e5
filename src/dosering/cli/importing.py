"""`dosering import`: a workbook edited in Excel back into the model's YAML."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from dosering.cli._app import LangOption, OutputOption, app, emit, fail, options
from dosering.cli.validate import ValidateFormat


@app.command("import")
def import_(
    workbook: Annotated[
        Path,
        typer.Argument(
            help="The workbook (.xlsx), as `dosering export` wrote it.",
            show_default=False,
            metavar="FILE",
        ),
    ],
    output: OutputOption = None,
    fmt: Annotated[
        ValidateFormat,
        typer.Option("--format", "-f", help="Format of the findings, as validate's."),
    ] = ValidateFormat.text,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Let warnings fail too (exit 1, nothing written)."
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Read a model workbook back into YAML (förbättringskunskap), then check it.

    Every problem is a finding at its cell (`model.xlsx:Roller!D7`); a workbook with
    an error writes no YAML. Exit 0 when written, 1 on errors (or warnings with
    --strict), 3 when the file is no workbook dosering can read.
    """
    from dosering.core.output import check_not_input, check_writable
    from dosering.i18n.excel import failure, vocabulary, word
    from dosering.inputs.workbook import WorkbookError
    from dosering.pipeline.importing import run_import
    from dosering.report.findings import REPORTERS, Context
    from dosering.report.workbook import import_report

    opts, _ = options(lang, None)
    target = output
    if target is None:
        raise typer.BadParameter(
            word("import.needs-output", opts.lang), param_hint="-o"
        )
    check_not_input(target, [workbook])
    check_writable(target)
    try:
        imported = run_import(workbook, str(workbook), vocabulary())
    except WorkbookError as exc:
        fail(failure(exc.key, opts.lang, path=workbook, **exc.params))
    report = import_report(imported, opts.lang)
    if report.findings:
        context = Context(lang=opts.lang, strict=strict, cells=True)
        REPORTERS[fmt.value](report, sys.stdout, context)
    if imported.model is None or report.exit_code(strict):
        raise typer.Exit(1)
    from dosering.report.yaml_model import model_yaml

    text = model_yaml(
        imported.model, word("import.comment", opts.lang, file=workbook.name)
    )
    _recheck(text, target, imported.model, opts)
    emit(text, target)
    sys.stderr.write(word("imported", opts.lang, path=target) + "\n")
    raise typer.Exit(0)


def _recheck(text: str, target: Path, model: object, opts: object) -> None:
    """The YAML about to be written, read back: it must be the model imported."""
    from dosering.pipeline.check import Options, check_bytes

    assert isinstance(opts, Options)
    checked = check_bytes(text.encode("utf-8"), str(target), opts)
    if checked.model != model:  # pragma: no cover - a bug in the YAML writer
        raise AssertionError(f"the YAML written for {target} reads back otherwise")


__all__ = ["import_"]
