"""`dosering gap`: the model against the courses a region really offers."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dosering.cli._app import (
    FORMAT_BY_SUFFIX,
    LangOption,
    MaxBytesOption,
    OutputOption,
    app,
    fail,
    fail_on,
    format_for,
    options,
    print_findings,
    run_lang,
    say_wrote,
    write_out,
)
from dosering.cli.export import require_output
from dosering.i18n.gap import category_labels, word

if TYPE_CHECKING:
    from dosering.inputs.config import GapDefaults
    from dosering.pipeline.gap import Gap

DEFAULT_FAIL_ON = ("uncovered", "partial", "prescribed-missing")


class GapFormat(enum.StrEnum):
    """Output formats of `gap` (the names of its reporters)."""

    text = "text"
    json = "json"
    md = "md"
    csv = "csv"
    xlsx = "xlsx"


class GapTable(enum.StrEnum):
    """The table a CSV holds: one row per gap, or one per offered course."""

    gaps = "gaps"
    courses = "courses"


class CsvDialect(enum.StrEnum):
    """CSV dialects: Swedish Excel (`;`, BOM, decimal comma, CRLF) or plain."""

    excel_sv = "excel-sv"
    plain = "plain"


def _columns(given: list[str] | None, defaults: GapDefaults) -> dict[str, str]:
    """`--column` options over the configuration's `gap.columns`."""
    from dosering.core.errors import UserError
    from dosering.i18n.catalogue import error_text
    from dosering.inputs.courselist import parse_columns

    columns = parse_columns([f"{k}={v}" for k, v in defaults.columns.items()])
    try:
        columns.update(parse_columns(given or ()))
    except UserError as exc:  # a wrong option value is a usage error: exit 2
        words = error_text(exc, run_lang())
        raise typer.BadParameter(words, param_hint="--column") from exc
    return columns


@app.command()
def gap(
    model: Annotated[
        Path,
        typer.Argument(
            help="The dosing model (YAML).", show_default=False, metavar="MODEL"
        ),
    ],
    courses: Annotated[
        Path | None,
        typer.Option(
            "--courses",
            "-c",
            help="The course list offered: CSV (any delimiter, UTF-8 or "
            "Windows-1252), XLSX, XLS, ODS, YAML or JSON. Default: .dosering.yaml, "
            "else the model's own catalogue.",
            show_default=False,
        ),
    ] = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            "-m",
            help="Recorded decisions: which row is which course (match/ignore).",
            show_default=False,
        ),
    ] = None,
    column: Annotated[
        list[str] | None,
        typer.Option(
            "--column",
            help="FIELD=COLUMN for a column whose name is not recognised (fields: "
            "code, title, hours, seats, url, status); repeatable.",
            show_default=False,
        ),
    ] = None,
    sheet: Annotated[
        str | None,
        typer.Option(
            "--sheet",
            help="The workbook's sheet (default: the first).",
            show_default=False,
        ),
    ] = None,
    chosen_fmt: Annotated[GapFormat | None, FORMAT_BY_SUFFIX] = None,
    csv_dialect: Annotated[
        CsvDialect | None,
        typer.Option(
            "--csv-dialect",
            help="excel-sv (;, UTF-8 BOM, decimal comma, CRLF; default) or plain.",
            show_default=False,
        ),
    ] = None,
    table: Annotated[
        GapTable,
        typer.Option(
            "--table",
            help="The table of -f csv: gaps (one row per gap; default) or courses "
            "(per offered course: demand, seats, hours, backlog, years to cover, "
            "roles).",
            show_default=False,
        ),
    ] = GapTable.gaps,
    fail_on_values: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="Categories that make the exit code 1, comma-separated, by code or "
            "as the output names them (default: uncovered,partial,prescribed-missing; "
            "`none` for never).",
            show_default=False,
        ),
    ] = None,
    write_mapping: Annotated[
        Path | None,
        typer.Option(
            "--write-mapping",
            help="Also write a starting mapping file here, with near misses as "
            "comments.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Let --write-mapping replace an existing file."),
    ] = False,
    output: OutputOption = None,
    lang: LangOption = None,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Find where the courses offered fall short of the model (förbättringskunskap).

    The six categories: uncovered, partial, prescribed-missing, not-offered,
    capacity, unmapped; demand per course, backlog and years to cover. Exit 0 when
    no gap is in a --fail-on category, 1 when one is (or the model is invalid, or
    the mapping names unknown courses), 3 when a file cannot be read.
    """
    from dosering.analyses.coverage import CATEGORIES
    from dosering.core.output import check_not_input, check_writable
    from dosering.pipeline.gap import run_gap
    from dosering.report.gap import REPORTERS, Context, GapResult
    from dosering.report.words import word_findings

    setup = options(lang, max_bytes)
    fmt = format_for(chosen_fmt, output, GapFormat, GapFormat.text)
    config, chosen_lang = setup.config, setup.lang
    defaults = config.settings.gap
    courses = courses if courses is not None else config.resolve(defaults.courses)
    mapping = mapping if mapping is not None else config.resolve(defaults.mapping)
    columns = _columns(column, defaults)
    sheet = sheet if sheet is not None else defaults.sheet
    dialect = csv_dialect.value if csv_dialect else defaults.csv_dialect or "excel-sv"
    failing: tuple[str, ...] = DEFAULT_FAIL_ON
    if fail_on_values is not None:
        failing = fail_on(fail_on_values, CATEGORIES, labels=category_labels)
    elif defaults.fail_on is not None:
        failing = fail_on(
            defaults.fail_on,
            CATEGORIES,
            labels=category_labels,
            config=(config.path, "gap"),
        )
    if fmt is GapFormat.xlsx:
        require_output(output, chosen_lang)
    if table is not GapTable.gaps and fmt is not GapFormat.csv:
        raise typer.BadParameter(
            word("table.csv-only", chosen_lang), param_hint="--table"
        )
    inputs = [Path(p) for p in (model, courses, mapping) if p is not None]
    check_not_input(output, inputs)
    # Updating the mapping in place (--mapping F --write-mapping F --force) is the
    # planner's normal round; the model and the list are never written over.
    check_not_input(write_mapping, [p for p in inputs if p != mapping])
    if (
        output is not None
        and write_mapping is not None
        and output.absolute() == write_mapping.absolute()
    ):
        fail("output.same-twice", path=output)
    if output is not None:
        check_writable(output)
    if write_mapping is not None:
        check_writable(write_mapping)
        if write_mapping.exists() and not force:
            fail("write-mapping.exists", path=write_mapping)
    run = run_gap(
        model,
        setup.options,
        courses=courses,
        mapping=mapping,
        columns=columns,
        sheet=sheet,
    )
    found = run.gap
    if found is None:
        print_findings(run.checked.findings, run.checked.files, chosen_lang)
        raise typer.Exit(1)
    result = GapResult(
        model=found.model,
        courses=found.courses,
        meaning=found.meaning,
        coverage=found.coverage,
        findings=word_findings(
            found.findings, chosen_lang, markdown=fmt is GapFormat.md
        ),
        rows=found.rows,
        inactive=found.inactive,
    )
    context = Context(
        lang=chosen_lang,
        color=None if output is None else False,
        csv_dialect=dialect,
        table=table.value,
    )
    if fmt is GapFormat.xlsx and output is not None:
        from dosering.core.output import write_atomic
        from dosering.report.sheets import gap_workbook

        write_atomic(output, gap_workbook(result, chosen_lang))
    else:
        write_out(lambda out: REPORTERS[fmt.value](result, out, context), output)
    say_wrote(output, chosen_lang)
    if write_mapping is not None:
        _write_mapping(write_mapping, found, chosen_lang, mapping)
    coverage = found.coverage
    failed = [c for c in failing if coverage.counts[c]]
    # One line explains the exit code: a broken mapping first, as it may be
    # what makes the gaps.
    if found.mapping_failed:
        sys.stderr.write(word("exit.mapping", chosen_lang, path=mapping) + "\n")
    elif failed and fmt is GapFormat.text and output is None:
        names = ", ".join(category_labels(c, chosen_lang)[0] for c in failed)
        key = (
            "exit.fail-default"
            if fail_on_values is None and defaults.fail_on is None
            else "exit.fail"
        )
        sys.stderr.write(word(key, chosen_lang, categories=names) + "\n")
    raise typer.Exit(1 if failed or found.mapping_failed else 0)


def _write_mapping(
    path: Path, found: Gap, lang: str, mapping: Path | None = None
) -> None:
    """Write the starting mapping file, and say what is in it.

    A mapping file with errors is never rewritten in place: its decisions would be
    lost. The file stays as it is, and the run says so (exit 1). Written to another
    file, a decision naming a course the model does not have is kept (flagged);
    any other error (the file is not YAML, a key of the wrong shape) would drop
    decisions, so nothing is written then either.
    """
    from dosering.core.output import write_atomic
    from dosering.report.mapping import mapping_text

    if found.mapping is not None and found.mapping_failed and mapping is not None:
        in_place = path.absolute() == mapping.absolute()
        lossy = any(f.code != "mapping-unknown-course" for f in found.mapping.errors)
        if in_place or lossy:
            sys.stderr.write(word("mapping-not-rewritten", lang, path=path) + "\n")
            return
    written = mapping_text(found.coverage, found.mapping, lang)
    write_atomic(path, written.text)
    words = word(
        "mapping-written",
        lang,
        path=path,
        kept=written.kept,
        added=written.added,
        suggested=written.suggested,
        to_ignore=written.to_ignore,
    )
    if written.flagged:
        words += word("mapping-written.flagged", lang, flagged=written.flagged)
    sys.stderr.write(words + "\n")
