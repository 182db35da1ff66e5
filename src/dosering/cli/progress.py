"""`dosering progress`: how far each role, unit and need has come towards its dose."""

from __future__ import annotations

import datetime as dt
import enum
import io
import sys
from pathlib import Path
from typing import Annotated

import typer

from dosering.cli._app import (
    FORMAT_BY_SUFFIX,
    LangOption,
    MaxBytesOption,
    OutputOption,
    app,
    fail,
    format_for,
    options,
    print_findings,
    require_file,
    say_wrote,
)
from dosering.cli.gap import CsvDialect

COLUMN_FIELDS = (
    "person",
    "role",
    "role_code",
    "unit",
    "start",
    "course",
    "title",
    "completed",
    "status",
)


class ProgressFormat(enum.StrEnum):
    """Output formats of `progress` (the names of its reporters)."""

    text = "text"
    json = "json"
    md = "md"
    csv = "csv"
    html = "html"
    xlsx = "xlsx"


def parse_columns(values: list[str], lang: str) -> dict[str, tuple[str, ...]]:
    """`--column field=Header` (unit: several, comma-separated) as field -> headers."""
    from dosering.i18n.catalogue import error_text
    from dosering.i18n.progress import message
    from dosering.inputs.completions import FIELDS
    from dosering.inputs.courselist import unknown_field
    from dosering.inputs.staff import STAFF_SPEC

    out: dict[str, tuple[str, ...]] = {}
    for value in values:
        given, sep, header = value.partition("=")
        name = given.strip().casefold()
        if not sep or not name or not header.strip():
            text = message(
                "columns.bad", lang, value=value, fields=", ".join(COLUMN_FIELDS)
            )
            raise typer.BadParameter(text, param_hint="--column")
        if name not in COLUMN_FIELDS:
            headers: dict[str, list[str]] = {}
            for known in (*STAFF_SPEC.fields, *FIELDS):
                headers.setdefault(known.name, []).extend(known.aliases)
            error = unknown_field(
                value, given.strip(), header.strip(), COLUMN_FIELDS, headers
            )
            raise typer.BadParameter(error_text(error, lang), param_hint="--column")
        parts = header.split(",") if name == "unit" else [header]
        out[name] = tuple(p.strip() for p in parts if p.strip())
    return out


def parse_share(value: str | None, option: str, lang: str) -> float | None:
    """A share as 0.8, 0,8 or 80 %; a bad one is a usage error."""
    from dosering.i18n.progress import message

    if value is None:
        return None
    text = value.strip().replace(",", ".")
    scale = 100.0 if text.endswith("%") else 1.0
    try:
        share = float(text.rstrip("%").strip()) / scale
    except ValueError:
        share = -1.0
    if not 0 <= share <= 1:
        raise typer.BadParameter(
            message("share.bad", lang, value=value), param_hint=option
        )
    return share


def parse_on(value: str | None, lang: str) -> dt.date:
    """`--on` as a date (default: today)."""
    from dosering.i18n.progress import message

    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise typer.BadParameter(
            message("on.bad", lang, value=value), param_hint="--on"
        ) from exc


def check_date_format(value: str | None, lang: str) -> str | None:
    """A `--date-format` must name a day, a month and a year."""
    from dosering.i18n.progress import message

    if value is None:
        return None
    if not all(any(f"%{c}" in value for c in group) for group in ("d", "mbB", "yY")):
        raise typer.BadParameter(
            message("date-format.bad", lang, value=value), param_hint="--date-format"
        )
    return value


def check_people(path: Path | None, lang: str) -> None:
    """`--people` writes only to a .csv or .xlsx file, never stdout or HTML."""
    if path is None:
        return
    suffix = path.suffix.lower()
    if str(path) in ("-", "/dev/stdout", "/dev/stderr", "/dev/fd/1", "/dev/fd/2"):
        fail("people.stdout")
    if suffix in (".html", ".htm"):
        fail("people.html", path=path)
    if suffix not in (".csv", ".xlsx"):
        fail("people.suffix", path=path, suffix=suffix or path.name)


@app.command()
def progress(
    model: Annotated[
        Path,
        typer.Argument(
            help="The dosing model (YAML).", show_default=False, metavar="MODEL"
        ),
    ],
    staff: Annotated[
        Path | None,
        typer.Option(
            "--staff",
            "-s",
            help="The staff list (an HR export: person, role, unit, start): CSV "
            "in any delimiter and encoding, XLSX, XLS or ODS.",
            show_default=False,
        ),
    ] = None,
    completions: Annotated[
        list[str] | None,
        typer.Option(
            "--completions",
            "-c",
            help="A completion export (LMS: person, course, date); repeatable. "
            "COURSE=PATH for a report of one course (Moodle's).",
            show_default=False,
        ),
    ] = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            "-m",
            help="Recorded decisions: roles:, ignore_roles:, match:, ignore:.",
            show_default=False,
        ),
    ] = None,
    column: Annotated[
        list[str] | None,
        typer.Option(
            "--column",
            help="FIELD=HEADER for a column whose name is not recognised (person, "
            "role, role_code, unit, start, course, title, completed, status; "
            "unit=A,B,C for a path over several columns); repeatable.",
            show_default=False,
        ),
    ] = None,
    date_format: Annotated[
        str | None,
        typer.Option(
            "--date-format",
            help="A strftime pattern for dates that are not ISO, e.g. "
            "'%d/%m/%y, %H:%M' (never guessed).",
            show_default=False,
        ),
    ] = None,
    on: Annotated[
        str | None,
        typer.Option(
            "--on",
            help="The date D of the follow-up, YYYY-MM-DD (default: today).",
            show_default=False,
        ),
    ] = None,
    expiring_days: Annotated[
        int,
        typer.Option(
            "--expiring-days",
            min=0,
            max=36500,
            help="A met need lapsing within this many days is expiring.",
        ),
    ] = 90,
    target: Annotated[
        str | None,
        typer.Option(
            "--target",
            help="The share at dose aimed at (0.8 or 80%), for the years to target.",
            show_default=False,
        ),
    ] = None,
    min_group: Annotated[
        int | None,
        typer.Option(
            "--min-group",
            min=1,
            help="Groups of fewer persons show no counts (default 5; 1: off).",
            show_default=False,
        ),
    ] = None,
    people: Annotated[
        Path | None,
        typer.Option(
            "--people",
            help="Also write the person-level list (key, role, unit, each need's "
            "category and deadline) to this .csv or .xlsx file: personal data.",
            show_default=False,
        ),
    ] = None,
    chosen_fmt: Annotated[ProgressFormat | None, FORMAT_BY_SUFFIX] = None,
    csv_dialect: Annotated[
        CsvDialect,
        typer.Option(
            "--csv-dialect",
            help="excel-sv (;, UTF-8 BOM, decimal comma, CRLF) or plain.",
        ),
    ] = CsvDialect.excel_sv,
    sheet: Annotated[
        str | None,
        typer.Option(
            "--sheet",
            help="The workbook sheet (default: the first).",
            show_default=False,
        ),
    ] = None,
    fail_below: Annotated[
        str | None,
        typer.Option(
            "--fail-below",
            help="Exit 1 when the region's share at dose is below this share.",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Follow up: how far each role, unit and need has come towards its dose.

    From an HR staff list and LMS completion exports: per person and need met,
    lapsed, due, overdue or missing; the share at dose per role and unit, the
    backlog per course and the trend. No person data in any output (groups under
    --min-group suppressed); person lists only with --people. Exit 0, 1 when the
    model is invalid, the mapping has errors or the share is below --fail-below,
    3 when a file cannot be read.
    """
    from dosering.core.output import check_not_input, check_writable, write_atomic
    from dosering.i18n.gap import word as gap_word
    from dosering.i18n.progress import message, word
    from dosering.pipeline.progress import ProgressRequest, run_progress
    from dosering.report.gap import Context
    from dosering.report.progress import REPORTERS, percent

    setup = options(lang, max_bytes)
    fmt = format_for(chosen_fmt, output, ProgressFormat, ProgressFormat.text)
    config, chosen = setup.config, setup.lang
    defaults = config.settings.progress
    staff = staff if staff is not None else config.resolve(defaults.staff)
    given = completions or [str(config.resolve(c)) for c in defaults.completions or ()]
    mapping = mapping if mapping is not None else config.resolve(defaults.mapping)
    if staff is None:
        raise typer.BadParameter(message("staff.missing", chosen), param_hint="--staff")
    if not given:
        raise typer.BadParameter(
            message("completions.missing", chosen), param_hint="--completions"
        )
    goal = parse_share(target, "--target", chosen)
    if goal is None:
        goal = defaults.target
    floor = parse_share(fail_below, "--fail-below", chosen)
    request = ProgressRequest(
        model=model,
        staff=staff,
        completions=tuple(given),
        on=parse_on(on, chosen),
        mapping=mapping,
        columns=parse_columns(column or [], chosen),
        date_format=check_date_format(date_format, chosen),
        expiring_days=expiring_days,
        target=goal,
        min_group=min_group or defaults.min_group or 5,
        sheet=sheet,
    )
    check_people(people, chosen)
    inputs = [p for p in (model, staff, mapping) if p is not None]
    inputs += [Path(c.rpartition("=")[2]) for c in given] + [Path(c) for c in given]
    for target_file in (output, people):
        check_not_input(target_file, inputs)
        if target_file is not None:
            check_writable(target_file)
    require_file(fmt.value, output)
    run = run_progress(request, setup.options)
    if run.progress is None:
        checked = run.checked
        print_findings(checked.findings, (checked.name,), chosen)
        raise typer.Exit(1)
    context = Context(
        lang=chosen, color=None if output is None else False, csv_dialect=csv_dialect
    )
    if fmt is ProgressFormat.xlsx:
        from dosering.report.progress import report_xlsx

        assert output is not None
        write_atomic(output, report_xlsx(run, context))
    else:
        buffer = io.StringIO(newline="")
        REPORTERS[fmt.value](run, sys.stdout if output is None else buffer, context)
        if output is not None:
            write_atomic(output, buffer.getvalue())
        else:
            sys.stdout.flush()
    say_wrote(output)
    if people is not None:
        from dosering.report.progress import write_people

        rows = write_people(run, people, context)
        sys.stderr.write(word("people-written", chosen, path=people, rows=rows) + "\n")
    if run.mapping_failed:
        sys.stderr.write(gap_word("exit.mapping", chosen, path=mapping) + "\n")
        raise typer.Exit(1)
    share = run.progress.share
    if floor is not None and share < floor:
        sys.stderr.write(
            word(
                "exit.below",
                chosen,
                share=percent(share, chosen),
                limit=percent(floor, chosen),
            )
            + "\n"
        )
        raise typer.Exit(1)
    raise typer.Exit(0)
