"""`dosering schema`, `dosering checks` and `dosering init`: the format and a start."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from dosering.cli._app import (
    DOCUMENT_SUFFIXES,
    STATE,
    Lang,
    LangOption,
    OutputOption,
    app,
    command_lang,
    emit,
    fail,
    options,
    read_configuration,
    say_wrote,
)


@app.command()
def schema(output: OutputOption = None, lang: LangOption = None) -> None:
    """Print the JSON Schema of the model format (version 1), for editors."""
    from dosering.model.schema import json_schema

    chosen = options(lang, None).lang
    emit(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", output)
    say_wrote(output, chosen)


class ChecksFormat(enum.StrEnum):
    """Output formats of `checks`."""

    text = "text"
    json = "json"
    md = "md"


@app.command()
def checks(
    fmt: Annotated[
        ChecksFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ChecksFormat.text,
    lang: LangOption = None,
) -> None:
    """List every finding code dosering reports, with its severity and title."""
    from dosering.i18n.findings import title
    from dosering.model.checks import CATALOGUE

    chosen = options(lang, None).lang
    rows = [
        (r.code, str(r.severity), title(r.code, chosen)) for r in CATALOGUE.values()
    ]
    if fmt is ChecksFormat.json:
        data = [{"code": c, "severity": s, "title": t} for c, s, t in rows]
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", None)
    else:
        from dosering.i18n.findings import word

        # Codes stay English; the severity and the headers are words of the run.
        rows = [(c, word(f"severity.{s}", chosen), t) for c, s, t in rows]
        if fmt is ChecksFormat.md:
            head = [word(f"checks.{k}", chosen) for k in ("code", "severity", "title")]
            lines = [f"| {' | '.join(head)} |", "| --- | --- | --- |"]
            lines += [f"| `{c}` | {s} | {_cell(t)} |" for c, s, t in rows]
            emit("\n".join(lines) + "\n", None)
            return
        width = max(len(c) for c, _, _ in rows)
        sev = max(len(s) for _, s, _ in rows)
        emit("".join(f"{c:<{width}}  {s:<{sev}}  {t}\n" for c, s, t in rows), None)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


class Start(enum.StrEnum):
    """Bundled starting models."""

    ihi = "ihi"
    vgr = "vgr"
    kalmar = "kalmar"
    ostergotland = "ostergotland"


@app.command()
def init(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(help="The new model file to write.", metavar="FILE")
    ],
    start: Annotated[
        Start,
        typer.Option(
            "--from",
            help="Starting model: ihi (IHI's generic model, English), vgr or kalmar "
            "(example regions), ostergotland (Region Östergötland's levels and "
            "areas; roles and courses left to you).",
        ),
    ] = Start.ihi,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang",
            callback=command_lang,
            help="Language of the comments written and of messages: sv or en "
            "(default: .dosering.yaml, else the locale, else en).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Write a new model from a bundled starting model; never overwrites a file.

    Also writes dosering.schema.json beside it (unless one is there), so editors
    complete and check the model through its first line.
    """
    from dosering.core.output import write_atomic
    from dosering.core.resources import schema_file
    from dosering.i18n.findings import detect_lang
    from dosering.i18n.init import word
    from dosering.report.init import new_model_text

    configured = read_configuration(lang).settings.lang
    chosen = detect_lang(lang.value if lang else None, configured)
    STATE.lang = chosen
    if file.is_dir():
        fail("init.is-dir", path=file)
    if file.exists() or file.is_symlink():
        fail("init.exists", path=file, free=_free_name(file))
    if file.suffix.lower() in DOCUMENT_SUFFIXES:
        from dosering.i18n.catalogue import message

        words = message("init.not-yaml", chosen, {"path": file, "suffix": file.suffix})
        # the argument, so the usage line names it as help does (FILE, FIL)
        argument: Any = next(p for p in ctx.command.params if p.name == "file")
        raise typer.BadParameter(words, ctx=ctx, param=argument)
    text = new_model_text(start.value, chosen, file.name)
    write_atomic(file, text)
    schema_path = file.parent / "dosering.schema.json"
    wrote_schema = not schema_path.exists()
    if wrote_schema:
        write_atomic(schema_path, schema_file().read_bytes())
    typer.echo(word("cli.wrote", chosen, file=file, start=start.value), err=True)
    if wrote_schema:
        typer.echo(word("cli.wrote-schema", chosen, file=schema_path), err=True)
    typer.echo(word("cli.next", chosen, file=file), err=True)


def _free_name(path: Path) -> Path:
    """The first of name-2.yaml, name-3.yaml, … that does not exist."""
    for n in range(2, 1000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not (candidate.exists() or candidate.is_symlink()):
            return candidate
    return path.with_name(f"{path.stem}-new{path.suffix}")
