"""`dosering gap`: the model against the courses a region really offers."""

from __future__ import annotations

import enum
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dosering.cli._app import (
    LangOption,
    MaxBytesOption,
    OutputOption,
    app,
    emit,
    fail,
    options,
    print_findings,
)
from dosering.cli.export import require_output

if TYPE_CHECKING:
    from dosering.inputs.config import Config, GapDefaults
    from dosering.inputs.mapping import RowMapping
    from dosering.model.semantics import Meaning
    from dosering.report.gap import GapResult

DEFAULT_FAIL_ON = ("uncovered", "partial", "prescribed-missing")


class GapFormat(enum.StrEnum):
    """Output formats of `gap` (the names of its reporters)."""

    text = "text"
    json = "json"
    md = "md"
    csv = "csv"
    xlsx = "xlsx"


class CsvDialect(enum.StrEnum):
    """CSV dialects: Swedish Excel (`;`, BOM, decimal comma, CRLF) or plain."""

    excel_sv = "excel-sv"
    plain = "plain"


def fail_on_categories(
    values: list[str] | None, lang: str, config: Path | None = None
) -> tuple[str, ...]:
    """The categories that make the exit code 1, from `--fail-on` values.

    An unknown category is a usage error (exit 2) on the command line, and stops
    the run (exit 3) when it comes from the configuration file `config`.
    """
    from dosering.analyses.coverage import CATEGORIES
    from dosering.i18n.gap import message

    if values is None:
        return DEFAULT_FAIL_ON
    chosen: list[str] = []
    for value in values:
        for part in value.split(","):
            name = part.strip().lower()
            if name in ("", "none"):
                continue
            if name == "all":
                chosen.extend(CATEGORIES)
            elif name in CATEGORIES:
                chosen.append(name)
            else:
                text = message(
                    "fail-on.bad", lang, value=part, choices=", ".join(CATEGORIES)
                )
                if config is not None:
                    fail(f"{config}: gap.fail_on: {text}")
                raise typer.BadParameter(text, param_hint="--fail-on")
    return tuple(dict.fromkeys(chosen))


def _setting(config: Config, given: Path | None, value: str | None) -> Path | None:
    """A path option: the command line's, else the config's (relative to it)."""
    return given if given is not None else config.resolve(value)


def _columns(
    given: list[str] | None, defaults: GapDefaults, lang: str
) -> dict[str, str]:
    from dosering.core.errors import UserError
    from dosering.inputs.courselist import parse_columns

    columns = parse_columns([f"{k}={v}" for k, v in defaults.columns.items()], lang)
    try:
        columns.update(parse_columns(given or (), lang))
    except UserError as exc:  # a wrong option value is a usage error: exit 2
        raise typer.BadParameter(exc.message, param_hint="--column") from exc
    return columns


def _analyse(
    name: str,
    meaning: Meaning,
    courses: Path | None,
    mapping: Path | None,
    columns: dict[str, str],
    sheet: str | None,
    lang: str,
) -> tuple[GapResult, RowMapping | None]:
    """Read the list and the mapping, and find the gaps."""
    from dosering.analyses.coverage import find_gaps
    from dosering.inputs.courselist import read_course_list
    from dosering.inputs.mapping import read_mapping
    from dosering.report.gap import GapResult

    course_list = None
    if courses is not None:
        course_list = read_course_list(
            courses, str(courses), columns=columns, sheet=sheet, lang=lang
        )
    decisions = None
    if mapping is not None:
        decisions = read_mapping(mapping, str(mapping), meaning.course_by_id, lang)
    coverage = find_gaps(
        meaning, None if course_list is None else course_list.rows, decisions
    )
    findings = (
        *(course_list.findings if course_list else ()),
        *(decisions.findings if decisions else ()),
    )
    result = GapResult(
        model=name,
        courses=None if courses is None else str(courses),
        meaning=meaning,
        coverage=coverage,
        findings=findings,
        rows=0 if course_list is None else len(course_list.rows),
    )
    return result, decisions


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
            "Windows-1252), XLSX, YAML or JSON. Default: .dosering.yaml, else the "
            "model's own catalogue.",
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
            "code, title, hours, seats, url); repeatable.",
            show_default=False,
        ),
    ] = None,
    sheet: Annotated[
        str | None,
        typer.Option(
            "--sheet", help="The XLSX sheet (default: the first).", show_default=False
        ),
    ] = None,
    fmt: Annotated[
        GapFormat,
        typer.Option("--format", "-f", help="Output format."),
    ] = GapFormat.text,
    csv_dialect: Annotated[
        CsvDialect | None,
        typer.Option(
            "--csv-dialect",
            help="excel-sv (;, UTF-8 BOM, decimal comma, CRLF; default) or plain.",
            show_default=False,
        ),
    ] = None,
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="Categories that make the exit code 1, comma-separated "
            "(default: uncovered,partial,prescribed-missing; `none` for never).",
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
    from dosering.core.output import check_not_input, check_writable, write_atomic
    from dosering.i18n.gap import message, word
    from dosering.inputs.yaml import paused_gc
    from dosering.model.semantics import Meaning
    from dosering.pipeline.check import load_model
    from dosering.report.gap import REPORTERS, Context
    from dosering.report.mapping import mapping_text

    opts, config = options(lang, max_bytes)
    defaults = config.settings.gap
    chosen_lang = opts.lang
    courses = _setting(config, courses, defaults.courses)
    mapping = _setting(config, mapping, defaults.mapping)
    columns = _columns(column, defaults, chosen_lang)
    sheet = sheet if sheet is not None else defaults.sheet
    dialect = csv_dialect.value if csv_dialect else defaults.csv_dialect or "excel-sv"
    if fail_on is not None:
        failing = fail_on_categories(fail_on, chosen_lang)
    else:
        failing = fail_on_categories(defaults.fail_on, chosen_lang, config.path)
    if fmt is GapFormat.xlsx:
        require_output(output, chosen_lang)
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
        fail(f"{output}: -o and --write-mapping name the same file; give two files")
    if output is not None:
        check_writable(output)
    if write_mapping is not None:
        check_writable(write_mapping)
        if write_mapping.exists() and not force:
            fail(message("write-mapping.exists", chosen_lang, path=write_mapping))
    if model.is_dir():
        fail(f"{model}: is a directory, not a model file")
    checked = load_model(model, str(model), opts)
    if checked.model is None:
        from dosering.core.findings import Report

        report = Report.of(checked.findings, (checked.name,), checked.ignored)
        print_findings(report, chosen_lang)
        raise typer.Exit(1)
    meaning = Meaning(checked.model)
    # The model's many small objects make each cyclic GC pass costly; the
    # analysis builds no cycles.
    with paused_gc():
        result, decisions = _analyse(
            str(model), meaning, courses, mapping, columns, sheet, chosen_lang
        )
        context = Context(
            lang=chosen_lang,
            color=None if output is None else False,
            csv_dialect=dialect,
        )
        if fmt is GapFormat.xlsx and output is not None:
            from dosering.report.sheets import gap_workbook

            write_atomic(output, gap_workbook(result, chosen_lang))
        else:
            buffer = io.StringIO(newline="")
            out = sys.stdout if output is None else buffer
            REPORTERS[fmt.value](result, out, context)
            if output is not None:
                emit(buffer.getvalue(), output)
    coverage = result.coverage
    if write_mapping is not None:
        write_atomic(write_mapping, mapping_text(coverage, decisions))
        suggested = sum(1 for m in coverage.matches if m.suggestions)
        matched = sum(1 for m in coverage.matches if m.how in ("title", "mapping"))
        sys.stderr.write(
            word(
                "mapping-written",
                chosen_lang,
                path=write_mapping,
                matched=matched,
                suggested=suggested,
            )
            + "\n"
        )
    failed = [c for c in failing if coverage.counts[c]]
    mapping_errors = bool(decisions and decisions.findings)
    if failed and fmt is GapFormat.text and output is None:
        names = ", ".join(failed)
        sys.stderr.write(word("exit.fail", chosen_lang, categories=names) + "\n")
    if mapping_errors:
        sys.stderr.write(word("exit.mapping", chosen_lang, path=mapping) + "\n")
    raise typer.Exit(1 if failed or mapping_errors else 0)
