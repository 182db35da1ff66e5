"""`dosering diff`: what changed between two versions, or how two regions differ."""

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
    fail_on,
    format_for,
    options,
    print_findings,
    say_wrote,
    write_out,
)
from dosering.cli.export import require_output
from dosering.i18n.diff import class_labels

if TYPE_CHECKING:
    from dosering.analyses.diff import Diff


class DiffFormat(enum.StrEnum):
    """Output formats of `diff` (the names of its reporters)."""

    text = "text"
    json = "json"
    md = "md"
    xlsx = "xlsx"


@app.command()
def diff(
    a: Annotated[
        str,
        typer.Argument(
            help="The earlier version (or the region compared against): a file, "
            "or REV:PATH from git (HEAD~1:model.yaml).",
            metavar="A",
            show_default=False,
        ),
    ],
    b: Annotated[
        str,
        typer.Argument(
            help="The later version (or the other region): a file or REV:PATH.",
            metavar="B",
            show_default=False,
        ),
    ],
    crosswalk: Annotated[
        Path | None,
        typer.Option(
            "--map",
            help="Crosswalk pairing B's ids with A's per kind (levels, roles, areas, "
            "groups, courses), for two regions. Default: .dosering.yaml diff.map.",
            show_default=False,
        ),
    ] = None,
    no_map: Annotated[
        bool,
        typer.Option(
            "--no-map",
            help="Use no crosswalk, not even .dosering.yaml's (two versions of one "
            "region).",
        ),
    ] = False,
    matrix: Annotated[
        bool,
        typer.Option(
            "--matrix",
            help="Also show the role × area matrix side by side (A's level | B's).",
        ),
    ] = False,
    chosen_fmt: Annotated[DiffFormat | None, FORMAT_BY_SUFFIX] = None,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code",
            help="Exit 1 when the models differ at all (as git diff --exit-code).",
        ),
    ] = False,
    fail_on_values: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a change of these classes is found, by code or as the "
            "output names them, e.g. stricter or stricter,removed. Default: "
            ".dosering.yaml diff.fail_on.",
            metavar="CLASS,…",
            show_default=False,
        ),
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help="Show only changes of these classes, e.g. stricter,looser (the "
            "summary still counts all; --exit-code and --fail-on see all).",
            metavar="CLASS,…",
            show_default=False,
        ),
    ] = None,
    hide: Annotated[
        list[str] | None,
        typer.Option(
            "--hide",
            help="Do not show changes of these classes, e.g. cosmetic.",
            metavar="CLASS,…",
            show_default=False,
        ),
    ] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Compare two dosing models (förbättringskunskap): each change classified.

    Changes are stricter, looser, added, removed, renamed, updated or cosmetic,
    with the effect on each course's demand. Exit 0 (also when they differ),
    1 with --exit-code and any change or a --fail-on class (or an invalid model),
    3 when a file or REV:PATH cannot be read.
    """
    from dosering.analyses.diff import ChangeClass
    from dosering.core.output import check_not_input, check_writable
    from dosering.pipeline.diff import run_diff
    from dosering.report.diff import REPORTERS, DiffContext

    setup = options(lang, max_bytes)
    fmt = format_for(chosen_fmt, output, DiffFormat, DiffFormat.text)
    config = setup.config
    names = [str(c) for c in ChangeClass]
    shown: frozenset[ChangeClass] | None = None
    labels = class_labels
    if only:
        picked = fail_on(only, names, labels=labels, hint="--only")
        shown = frozenset(ChangeClass(c) for c in picked)
    if hide:
        picked = fail_on(hide, names, labels=labels, hint="--hide")
        hidden = {ChangeClass(c) for c in picked}
        shown = (shown if shown is not None else frozenset(ChangeClass)) - hidden
    defaults = config.settings.diff
    classes: tuple[str, ...] = ()
    if fail_on_values is not None:
        classes = fail_on(fail_on_values, names, labels=labels)
    elif defaults.fail_on is not None:
        classes = fail_on(
            defaults.fail_on, names, labels=labels, config=(config.path, "diff")
        )
    map_path = crosswalk if crosswalk is not None else config.resolve(defaults.map)
    if no_map:
        map_path = None
    if fmt is DiffFormat.xlsx:
        require_output(output, setup.lang)
    if output is not None:
        local = [Path(x) for x in (a, b, map_path) if x is not None]
        check_not_input(output, local)
        check_writable(output)
    run = run_diff(a, b, setup.options, crosswalk=map_path, matrix=matrix)
    if run.diff is None:
        failed = run.crosswalk or run.invalid.findings
        files = [str(map_path)] if run.crosswalk else run.invalid.files
        print_findings(failed, files, setup.lang)
        raise typer.Exit(1)
    result = run.diff
    if fmt is DiffFormat.xlsx and output is not None:
        from dosering.core.output import write_atomic
        from dosering.report.sheets import diff_workbook

        write_atomic(output, diff_workbook(result, a, b, setup.lang))
    else:
        color = None if output is None else False
        context = DiffContext(a, b, setup.lang, color=color, shown=shown)
        write_out(lambda out: REPORTERS[fmt.value](result, out, context), output)
    say_wrote(output, setup.lang)
    raise typer.Exit(_exit(result, exit_code, classes, setup.lang))


def _exit(result: Diff, exit_code: bool, classes: tuple[str, ...], lang: str) -> int:
    """1 when asked to fail on what was found (saying why on stderr), else 0."""
    from dosering.i18n.diff import class_labels, counted, word

    counts = result.counts()
    if not counts:
        return 0
    found = counted(counts, lang)
    hits = [c for c in counts if c in classes]
    if hits:
        why = "--fail-on " + ", ".join(class_labels(c, lang)[0] for c in hits)
    elif exit_code:
        why = "--exit-code"
    else:
        return 0
    sys.stderr.write(word("fail.classes", lang, found, why) + "\n")
    return 1
