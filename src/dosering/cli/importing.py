"""`dosering import`: a workbook edited in Excel back into the model's YAML."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dosering.cli._app import LangOption, OutputOption, app, emit, fail, options
from dosering.cli.validate import ValidateFormat

if TYPE_CHECKING:
    from dosering.model.schema import Model
    from dosering.pipeline.check import Options


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
    onto: Annotated[
        Path | None,
        typer.Option(
            "--onto",
            help="The model the workbook was exported from: only its changed values "
            "are written, its comments, order and quoting stay (default output: "
            "this file).",
            show_default=False,
        ),
    ] = None,
    init: Annotated[
        bool,
        typer.Option(
            "--init",
            help="The workbook is the region's own matrix (roles in rows, areas in "
            "columns, level names in cells): create the levels, areas and roles.",
        ),
    ] = False,
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
    from dosering.i18n.excel import vocabulary, word
    from dosering.inputs.workbook import WorkbookError
    from dosering.pipeline.importing import run_import
    from dosering.report.findings import REPORTERS, Context
    from dosering.report.workbook import import_report

    setup = options(lang, None)
    opts, chosen = setup.options, setup.lang
    if init and onto is not None:
        raise typer.BadParameter(word("import.init-onto", chosen), param_hint="--init")
    target = output if output is not None else onto
    if target is None:
        raise typer.BadParameter(word("import.needs-output", chosen), param_hint="-o")
    check_not_input(target, [workbook])
    check_writable(target)
    try:
        imported = run_import(workbook, str(workbook), vocabulary(), init=init)
    except WorkbookError as exc:
        fail(f"workbook.{exc.key}", path=workbook, **exc.params)
    report = import_report(imported, chosen)
    if report.findings:
        context = Context(lang=chosen, strict=strict, cells=True)
        REPORTERS[fmt.value](report, sys.stdout, context)
    if imported.model is None or report.exit_code(strict):
        raise typer.Exit(1)
    from dosering.report.yaml_model import model_yaml

    comment = word("import.comment", chosen, file=workbook.name)
    if onto is None:
        text = model_yaml(imported.model, comment)
    else:
        text = _onto(onto, imported.model, comment, opts, chosen)
    _recheck(text, target, imported.model, opts)
    emit(text, target)
    sys.stderr.write(word("imported", chosen, path=target) + "\n")
    raise typer.Exit(0)


def _onto(onto: Path, model: Model, comment: str, opts: Options, chosen: str) -> str:
    """The base model's text with the imported values written onto it."""
    from dosering.i18n.excel import word
    from dosering.pipeline.check import load_model
    from dosering.report.yaml_onto import onto_text

    checked = load_model(onto, str(onto), opts)
    if checked.model is None:
        from dosering.cli._app import print_findings

        print_findings(checked.findings, [checked.name], chosen)
        raise typer.Exit(1)
    text = onto.read_bytes().decode("utf-8-sig")
    result = onto_text(text, checked.model, model, comment)
    if result.anew:
        sys.stderr.write(word("onto.anew", chosen, path=onto) + "\n")
    return result.text


def _recheck(text: str, target: Path, model: Model, opts: Options) -> None:
    """The YAML about to be written, read back: it must be the model imported."""
    from dosering.pipeline.check import check_bytes
    from dosering.report.yaml_onto import same

    checked = check_bytes(text.encode("utf-8"), str(target), opts)
    if checked.model is None or not same(checked.model, model):  # pragma: no cover
        raise AssertionError(f"the YAML written for {target} reads back otherwise")


__all__ = ["import_"]
