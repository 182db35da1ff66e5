"""`dosering render` and `dosering templates eject`: the published model document."""

from __future__ import annotations

import enum
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dosering.cli._app import (
    Lang,
    LangOption,
    MaxBytesOption,
    OutputOption,
    app,
    emit,
    options,
    print_findings,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from dosering.analyses.demand import Allocation
    from dosering.core.findings import Finding
    from dosering.inputs.config import Config
    from dosering.model.schema import Model
    from dosering.model.semantics import Meaning
    from dosering.pipeline.check import Options


class RenderFormat(enum.StrEnum):
    """Output formats of `render` (the built-in entry templates)."""

    md = "md"
    html = "html"
    pdf = "pdf"
    docx = "docx"


def _chosen_format(fmt: RenderFormat | None, output: Path | None) -> RenderFormat:
    """`--format`, else from the output file's suffix, else Markdown."""
    if fmt is not None:
        return fmt
    suffix = output.suffix.lower() if output is not None else ""
    if suffix in (".html", ".htm"):
        return RenderFormat.html
    if suffix in (".pdf", ".docx"):
        return RenderFormat(suffix[1:])
    return RenderFormat.md


@app.command()
def render(
    model: Annotated[
        Path,
        typer.Argument(
            help="The model file to render.", metavar="MODEL", show_default=False
        ),
    ],
    fmt: Annotated[
        RenderFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="md (GitHub Markdown), html (one self-contained file), pdf (A4) "
            "or docx (Word). Default: from -o's suffix, else md.",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang",
            help="Language of the document and messages: sv or en (default: "
            ".dosering.yaml, else the model's region.language).",
            show_default=False,
        ),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            help="A folder of templates that override the built-ins by file name "
            "(run sandboxed); start from `dosering templates eject DIR`.",
            show_default=False,
        ),
    ] = None,
    courses: Annotated[
        Path | None,
        typer.Option(
            "--courses",
            "-c",
            help="The course list the region really offers (as for `gap`): every "
            "number of the document is computed against it. Default: "
            ".dosering.yaml's gap.courses, else the model's own catalogue.",
            show_default=False,
        ),
    ] = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            "-m",
            help="Recorded decisions for the list: which row is which course "
            "(as for `gap`).",
            show_default=False,
        ),
    ] = None,
    reference_docx: Annotated[
        Path | None,
        typer.Option(
            "--reference-docx",
            help="A Word file whose styles, page set-up, headers and footers the "
            "docx takes (the region's own template).",
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Render the model's document (förbättringskunskap): Markdown, HTML, PDF or Word.

    Levels, areas, the dosing matrix, learning paths, course catalogue,
    dimensioning and the model's warnings.

    Exit 0 when written, 1 when the model is invalid (its findings on stderr, no
    file written), 3 when a file or template cannot be read or written.
    """
    from dosering.analyses.document import build_document
    from dosering.core.output import check_not_input, check_writable
    from dosering.i18n.render import label
    from dosering.inputs.yaml import paused_gc
    from dosering.model.semantics import Meaning
    from dosering.render.environment import check_templates_dir, render_document

    opts, config = options(lang, max_bytes)
    configured = config.settings.render.lang
    if lang is None and configured is not None:
        opts = replace(opts, lang=configured)
    chosen = _chosen_format(fmt, output)
    check_not_input(output, [p for p in (model, courses, mapping) if p is not None])
    if output is not None:
        check_writable(output)
    defaults = config.settings.gap
    courses = courses if courses is not None else config.resolve(defaults.courses)
    mapping = mapping if mapping is not None else config.resolve(defaults.mapping)
    folder = templates or config.resolve(config.settings.render.templates)
    if folder is not None:
        check_templates_dir(folder)
    if reference_docx is not None:
        from dosering.render.docx import open_reference

        open_reference(reference_docx)  # not a Word file: exit 3 before any work
    valid, findings, doc_lang = _load(model, opts, lang.value if lang else configured)
    with paused_gc():  # many small acyclic objects: the collector only costs time
        meaning = Meaning(valid)
        allocation, offer = None, None
        if courses is not None:
            allocation, offer = _offer(model, meaning, courses, mapping, config, opts)
        document = build_document(meaning, findings, allocation)
        if chosen in (RenderFormat.pdf, RenderFormat.docx):
            from dosering.render.writers import WRITERS

            data: bytes | Iterator[str] = WRITERS[chosen.value](
                document,
                doc_lang,
                templates=folder,
                reference=reference_docx,
                offer=offer,
            )
        else:
            data = render_document(document, chosen.value, doc_lang, folder, offer)
        emit(data, output)  # HTML and Markdown are written as they are rendered
    if output is not None:
        typer.echo(label("cli.wrote", opts.lang, output), err=True)
    raise typer.Exit(0)


def _offer(
    model: Path,
    meaning: Meaning,
    courses: Path,
    mapping: Path | None,
    config: Config,
    opts: Options,
) -> tuple[Allocation, str]:
    """The demand against the course list, computed exactly as `gap` does.

    Returns it with the list's name and date, for the document to say which offer
    its numbers assume. The list's row problems go to stderr.
    """
    import datetime

    from dosering.cli.gap import _analyse, _columns
    from dosering.core.findings import Report

    defaults = config.settings.gap
    columns = _columns(None, defaults, opts.lang)
    result, _ = _analyse(
        str(model), meaning, courses, mapping, columns, defaults.sheet, opts.lang
    )
    if result.findings:
        print_findings(Report.of(result.findings, [str(courses)]), opts.lang)
    changed = datetime.datetime.fromtimestamp(courses.stat().st_mtime, datetime.UTC)
    return result.coverage.allocation, f"{courses.name} ({changed.date().isoformat()})"


def _load(
    model: Path, opts: Options, explicit: str | None
) -> tuple[Model, tuple[Finding, ...], str]:
    """The valid model, its findings worded in the document's language, and that.

    The findings are worded in the document's language from the start when it can
    be told (the model's own language needs a quick peek at the file); the file is
    checked again only when that guess was wrong. An invalid model's findings go to
    stderr in the message language, and the command exits 1.
    """
    from dosering.core.findings import Report
    from dosering.pipeline.check import load_model
    from dosering.render.environment import peek_language

    guess = explicit or peek_language(model) or opts.lang
    checked = load_model(model, str(model), replace(opts, lang=guess))
    if checked.model is None:
        if guess != opts.lang:
            checked = load_model(model, str(model), opts)
        print_findings(Report.of(checked.findings, [checked.name]), opts.lang)
        raise typer.Exit(1)
    doc_lang = explicit or checked.model.region.language
    findings = checked.findings
    if findings and doc_lang != guess:
        findings = load_model(model, str(model), replace(opts, lang=doc_lang)).findings
    return checked.model, findings, doc_lang


templates_app = typer.Typer(
    name="templates",
    help="The built-in document templates.",
    no_args_is_help=True,
)
app.add_typer(templates_app)


@templates_app.command("eject")
def eject(
    folder: Annotated[
        Path,
        typer.Argument(
            help="The folder to copy the built-in templates into.",
            metavar="DIR",
            show_default=False,
        ),
    ],
    lang: LangOption = None,
) -> None:
    """Copy the built-in templates into DIR, as a start for --templates.

    Never overwrites a file: exit 3 when any of them exists there already.
    """
    from dosering.i18n.findings import detect_lang
    from dosering.i18n.render import label
    from dosering.render.environment import eject_templates

    written = eject_templates(folder)
    chosen = detect_lang(lang.value if lang else None, None)
    typer.echo(label("cli.ejected", chosen, len(written), folder, folder), err=True)
