"""`dosering render` and `dosering templates eject`: the published model document."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dosering.cli._app import (
    STATE,
    Lang,
    LangOption,
    MaxBytesOption,
    OutputOption,
    app,
    command_lang,
    emit,
    format_for,
    options,
    print_findings,
    require_file,
    say_wrote,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from dosering.pipeline.render import RenderRun


class RenderFormat(enum.StrEnum):
    """Output formats of `render` (the built-in entry templates)."""

    md = "md"
    html = "html"
    pdf = "pdf"
    docx = "docx"


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
            callback=command_lang,
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
    from dosering.core.output import check_not_input, check_writable
    from dosering.pipeline.render import run_render
    from dosering.render.environment import check_templates_dir

    setup = options(lang, max_bytes)
    config = setup.config
    configured = config.settings.render.lang
    messages_lang = setup.lang if lang is not None or configured is None else configured
    STATE.lang = messages_lang
    chosen = format_for(fmt, output, RenderFormat, RenderFormat.md)
    require_file(chosen.value, output)
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
    columns = {}
    if courses is not None:
        from dosering.cli.gap import _columns

        columns = _columns(None, defaults)
    run = run_render(
        model,
        setup.options,
        courses=courses,
        mapping=mapping,
        columns=columns,
        sheet=defaults.sheet,
    )
    if run.meaning is None:
        print_findings(run.checked.findings, run.checked.files, messages_lang)
        raise typer.Exit(1)
    if run.offer is not None and run.offer.findings:  # the list's row problems
        print_findings(run.offer.findings, [str(courses)], messages_lang)
    doc_lang = run.language(lang.value if lang else configured)
    data = _document(run, chosen, doc_lang, folder, reference_docx)
    emit(data, output)  # HTML and Markdown are written as they are rendered
    say_wrote(output)
    raise typer.Exit(0)


def _document(
    run: RenderRun,
    chosen: RenderFormat,
    lang: str,
    folder: Path | None,
    reference: Path | None,
) -> bytes | Iterator[str]:
    """The document, its findings worded in its own language."""
    import datetime

    from dosering.analyses.document import build_document
    from dosering.inputs.yaml import paused_gc
    from dosering.render.environment import render_document
    from dosering.report.words import word_findings

    assert run.meaning is not None
    findings = word_findings(run.checked.findings, lang)
    allocation, offer = None, None
    if run.offer is not None:
        courses = Path(str(run.offer.courses))
        changed = datetime.datetime.fromtimestamp(courses.stat().st_mtime, datetime.UTC)
        allocation = run.offer.coverage.allocation
        offer = f"{courses.name} ({changed.date().isoformat()})"
    with paused_gc():  # many small acyclic objects: the collector only costs time
        document = build_document(run.meaning, findings, allocation)
        if chosen in (RenderFormat.pdf, RenderFormat.docx):
            from dosering.render.writers import WRITERS

            return WRITERS[chosen.value](
                document, lang, templates=folder, reference=reference, offer=offer
            )
        return render_document(document, chosen.value, lang, folder, offer)


templates_app = typer.Typer(name="templates", invoke_without_command=True)
app.add_typer(templates_app)


@templates_app.callback()
def templates(ctx: typer.Context, lang: LangOption = None) -> None:
    """The built-in document templates: lists them; `eject DIR` copies them."""
    if ctx.invoked_subcommand is not None:
        if lang is not None:  # `templates --lang sv eject DIR`: for eject
            STATE.root_lang = lang
        return
    from dosering.i18n.render import label
    from dosering.render.environment import builtin_templates

    chosen = options(lang, None).lang
    emit("".join(f"{name.as_posix()}\n" for name in builtin_templates()), None)
    typer.echo(label("cli.templates-eject", chosen), err=True)


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
    from dosering.i18n.render import label
    from dosering.render.environment import eject_templates

    chosen = options(lang, None).lang
    written = eject_templates(folder)
    typer.echo(label("cli.ejected", chosen, len(written), folder, folder), err=True)
