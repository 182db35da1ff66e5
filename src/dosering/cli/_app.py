"""The typer application and what its commands share (options, the error boundary)."""

from __future__ import annotations

import contextlib
import enum
import errno
import io
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar

import typer

from dosering import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable

    from dosering.core.findings import Located
    from dosering.inputs.config import Config
    from dosering.pipeline.check import Options

HELP = (
    "Check, analyse, compare and render a region's dosing model for improvement "
    "knowledge (förbättringskunskap): who needs to know what, at which level, and "
    "through which courses (IHI's dosing approach)."
)

app = typer.Typer(
    name="dosering",
    help=HELP,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Lang(enum.StrEnum):
    """Languages of messages and documents."""

    sv = "sv"
    en = "en"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dosering {__version__}")
        raise typer.Exit(0)


def _root_lang(value: Lang | None) -> Lang | None:
    """Remember `dosering --lang X`, for the command after it (`command_lang`)."""
    STATE.root_lang = value
    return value


def command_lang(value: Lang | None) -> Lang | None:
    """A command's own `--lang`, else the one given before its name."""
    return value if value is not None else STATE.root_lang


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version."
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            help="Show the traceback of an internal error (also DOSERING_DEBUG=1).",
        ),
    ] = False,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang",
            callback=_root_lang,
            is_eager=True,
            help="Language of help and messages: sv or en, for the command after it "
            "unless that has its own --lang (default: .dosering.yaml, else the "
            "locale, else en).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check, analyse, compare and render dosing models (förbättringskunskap)."""


@dataclass
class _State:
    """What the last line of defence needs to know about the run so far."""

    lang: str | None = None
    args: Sequence[str] = ()
    root_lang: Lang | None = None
    """`dosering --lang X CMD`: the language for CMD unless it has its own."""


STATE = _State()
"""The run's language once a command has chosen it (main() words errors in it)."""


LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        callback=command_lang,
        help="Language of messages: sv or en (default: .dosering.yaml, else the "
        "locale, else en).",
        show_default=False,
    ),
]
MaxBytesOption = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Largest model file read, in bytes (default 20000000).",
        show_default=False,
    ),
]
FORMAT_BY_SUFFIX = typer.Option(
    "--format",
    "-f",
    help="Output format (default: from -o's suffix, else text).",
    show_default=False,
)
"""`--format` of the commands that take it from `-o`'s suffix (`gap`, `diff`,
`progress`): `Annotated[TheirFormat | None, FORMAT_BY_SUFFIX] = None`."""
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (atomically) instead of standard output.",
        show_default=False,
    ),
]


@dataclass(frozen=True)
class Setup:
    """A command's setting: the pipeline options, the configuration, the language."""

    options: Options
    config: Config
    lang: str


def options(lang: Lang | None, max_bytes: int | None) -> Setup:
    """The pipeline options from the command line and `.dosering.yaml`."""
    from dosering.i18n.findings import detect_lang
    from dosering.inputs.yaml import DEFAULT_MAX_BYTES
    from dosering.pipeline.check import Options

    config = read_configuration(lang)
    settings = config.settings
    chosen = detect_lang(lang.value if lang else None, settings.lang)
    STATE.lang = chosen
    limit = max_bytes or settings.max_bytes or DEFAULT_MAX_BYTES
    return Setup(Options(config=config, max_bytes=limit), config, chosen)


def read_configuration(lang: Lang | None) -> Config:
    """`.dosering.yaml`, its problems told in the language it asks for.

    Without `--lang`, a broken file's own `lang:` line (read from its text) picks
    the language of the error, else the locale does.
    """
    from dosering.core.errors import UserError
    from dosering.i18n.findings import detect_lang
    from dosering.inputs.config import load_config, written_lang

    STATE.lang = detect_lang(lang.value if lang else None, None)  # for config errors
    try:
        return load_config()
    except UserError as exc:
        path = exc.params.get("path")
        if lang is None and isinstance(path, Path):
            STATE.lang = written_lang(path) or STATE.lang
        raise


def run_lang() -> str:
    """The run's language: the command's choice, else the locale's."""
    from dosering.i18n.findings import detect_lang

    return STATE.lang or detect_lang(None, None)


F = TypeVar("F", bound=enum.StrEnum)

_SUFFIX_FORMATS = {
    ".txt": "text",
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xlsx": "xlsx",
    ".pdf": "pdf",
    ".docx": "docx",
}
"""The formats `-o FILE` names by its suffix, for every command."""

_OTHER_DOCUMENTS = frozenset(
    {
        ".odt",
        ".ods",
        ".odp",
        ".doc",
        ".dot",
        ".dotx",
        ".rtf",
        ".xls",
        ".xlsm",
        ".xlsb",
        ".ppt",
        ".pptx",
        ".pages",
        ".numbers",
        ".key",
        ".tex",
        ".epub",
        ".xml",
        ".yaml",
        ".yml",
        ".zip",
    }
)
"""Suffixes of documents dosering writes in no command: a name ending so is refused
rather than filled with another format (`render -o modell.odt` wrote Markdown)."""

DOCUMENT_SUFFIXES = (_OTHER_DOCUMENTS - {".yaml", ".yml"}) | {
    ".html",
    ".htm",
    ".xlsx",
    ".pdf",
    ".docx",
    ".csv",
    ".md",
    ".json",
    ".txt",
}
"""Names a model file (YAML) must not have: documents and the outputs' formats."""

BINARY_FORMATS = frozenset({"xlsx", "pdf", "docx"})
"""Formats that are no text for a terminal: they are written only to a file."""


def format_for(
    chosen: F | None, output: Path | None, formats: type[F], default: F
) -> F:
    """`--format`, else the one `-o`'s suffix names (`gap.xlsx`), else `default`.

    A suffix that names a format the command does not write (`diff -o diff.csv`)
    or another program's document (`modell.odt`, `gap.xls`) is a usage error
    (exit 2) naming the suffixes the command knows, unless `--format` says what to
    write to that name. Any other name (`gap`, `gap.log`, `luckor.2026-12-03`)
    gets `default`.
    """
    if chosen is not None:
        return chosen
    suffix = output.suffix.lower() if output is not None else ""
    values = [str(member.value) for member in formats]
    known = {name: fmt for name, fmt in _SUFFIX_FORMATS.items() if fmt in values}
    if suffix in known:
        return formats(known[suffix])
    if suffix not in _SUFFIX_FORMATS and suffix not in _OTHER_DOCUMENTS:
        return default
    from dosering.i18n.catalogue import message
    from dosering.report.escape import terminal

    words = message(
        "output.unknown-suffix",
        run_lang(),
        {
            "path": terminal(str(output)),
            "suffix": terminal(output.suffix if output is not None else suffix),
            "suffixes": ", ".join(known),
            "formats": ", ".join(values),
        },
    )
    raise typer.BadParameter(words, param_hint="-o")


def require_file(fmt: str, output: Path | None, lang: str | None = None) -> None:
    """A workbook, PDF or Word file needs `-o FILE`: without one, exit 2."""
    if output is None and fmt in BINARY_FORMATS:
        from dosering.i18n.catalogue import message

        lang = lang or run_lang()
        kind = message(f"output.kind.{fmt}", lang, {})
        words = message("output.needs-file", lang, {"kind": kind, "format": fmt})
        raise typer.BadParameter(words, param_hint="-o")


def say_wrote(output: Path | None, lang: str | None = None) -> None:
    """After writing `-o FILE`: "wrote FILE" on stderr, in `lang` or the run's."""
    if output is not None:
        from dosering.i18n.catalogue import message
        from dosering.report.escape import terminal

        path = {"path": terminal(str(output))}
        words = message("output.wrote", lang or run_lang(), path)
        sys.stderr.write(words + "\n")


def write_out(write: Callable[[IO[str]], object], output: Path | None) -> None:
    """Let a reporter write to stdout, or to a file written atomically.

    Standard output is flushed here, so a closed pipe or a full disk is found
    while the command runs (main() says so in one line) and not at exit.
    """
    if output is None:
        try:
            write(sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:
            quiet_stdout()
            fail("broken-pipe")
        except OSError as exc:
            if exc.errno not in OUTPUT_ERRORS:
                raise
            from dosering.core.errors import OsReason

            quiet_stdout()
            fail("output-failed", reason=OsReason.of(exc))
    else:
        from dosering.core.output import write_atomic

        buffer = io.StringIO(newline="")
        write(buffer)
        write_atomic(output, buffer.getvalue())


OUTPUT_ERRORS = (errno.ENOSPC, errno.EFBIG, errno.EIO, errno.EDQUOT)
"""Errors of writing standard output that say nothing about dosering itself."""


def quiet_stdout() -> None:
    """Point stdout at /dev/null, so nothing fails again when Python flushes it."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def emit(text: str | bytes | Iterable[str], output: Path | None) -> None:
    """Print to stdout, or write a file atomically (text may come piece by piece)."""
    if output is not None:
        from dosering.core.output import write_atomic

        write_atomic(output, text)
        return

    def write(out: IO[str]) -> None:
        if isinstance(text, str):
            out.write(text)
        elif isinstance(text, bytes):
            out.buffer.write(text)  # type: ignore[attr-defined]
        else:
            for piece in text:
                out.write(piece)

    write_out(write, None)


def print_findings(items: Iterable[Located], files: Iterable[str], lang: str) -> None:
    """Show an invalid model's findings on stderr, as `validate` would."""
    from dosering.report.findings import REPORTERS, Context
    from dosering.report.words import word_report

    REPORTERS["text"](word_report(items, files, lang), sys.stderr, Context(lang=lang))


def stderr_is_terminal() -> bool:
    """True when colour may be used on standard error."""
    return sys.stderr.isatty() and "NO_COLOR" not in os.environ


def fail(key: str, /, **params: Any) -> NoReturn:
    """Stop with one line on stderr and exit code 3 (the command cannot run)."""
    from dosering.core.errors import UserError

    raise UserError(key, **params)


Labels = Callable[[str, str], Sequence[str]]
"""A choice's names in one language (`en`, `sv`); the first is how output shows it."""

LANGS = ("en", "sv")


def _key(name: str) -> str:
    """A choice's name as it is compared: casefolded, `-`, `_` and spaces alike."""
    return " ".join(name.casefold().replace("-", " ").replace("_", " ").split())


def fail_on(
    values: Iterable[str],
    choices: Sequence[str],
    *,
    labels: Labels | None = None,
    config: tuple[Path | None, str] | None = None,
    hint: str = "--fail-on",
) -> tuple[str, ...]:
    """The choices named in `--fail-on` (or `hint`: comma-separated, repeatable).

    A choice is named by its code (`uncovered`) or by a label of either language
    (`saknas helt`, `för låg nivå`), in any case; the codes are what it returns.
    `all` / `alla` names every choice, `none` / `inga` none. An unknown name is a
    usage error (exit 2) on the command line, and stops the run (exit 3) when it
    comes from the configuration file (`config`: its path and the section, `gap`
    or `diff`); either lists the choices in the run's language, nearest first.
    """
    from dosering.i18n.catalogue import message

    names: dict[str, str] = {}
    for code in choices:
        names.setdefault(_key(code), code)
        for lang in LANGS:
            for label in labels(code, lang) if labels is not None else ():
                names.setdefault(_key(label), code)
    every = {
        _key(message(f"choice.{word}", lang, {})): word
        for word in ("all", "none")
        for lang in LANGS
    }
    chosen: list[str] = []
    for value in values:
        for part in value.split(","):
            name = _key(part)
            if name == "" or every.get(name) == "none":
                continue
            if every.get(name) == "all":
                chosen.extend(choices)
            elif name in names:
                chosen.append(names[name])
            else:
                allowed = _choices(part, choices, labels, names, run_lang())
                if config is not None:
                    path, section = config
                    fail(
                        "fail-on.config",
                        path=path or ".dosering.yaml",
                        section=section,
                        value=part.strip(),
                        choices=allowed,
                    )
                words = message(
                    "fail-on.bad",
                    run_lang(),
                    {"value": part.strip(), "choices": allowed},
                )
                raise typer.BadParameter(words, param_hint=hint)
    return tuple(dict.fromkeys(chosen))


def _choices(
    given: str,
    choices: Sequence[str],
    labels: Labels | None,
    names: dict[str, str],
    lang: str,
) -> str:
    """The choices in `lang`, `label (code)`, those nearest to `given` first."""
    import difflib

    from dosering.i18n.catalogue import message

    near = difflib.get_close_matches(_key(given), list(names), n=len(names), cutoff=0.6)
    order = list(dict.fromkeys([names[name] for name in near] + list(choices)))
    shown = []
    for code in order:
        label = labels(code, lang)[0] if labels is not None else code
        shown.append(label if _key(label) == _key(code) else f"{label} ({code})")
    for word in ("all", "none"):
        label = message(f"choice.{word}", lang, {})
        shown.append(label if label == word else f"{label} ({word})")
    return ", ".join(shown)
