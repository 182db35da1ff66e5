"""The command line's own words in the run's language: `--help` and usage errors.

typer words its help and its parse errors in English. Here the click tree typer
builds gets a context whose formatter shows the headings, the usage line and the
value kinds from the catalogue, and whose help texts are the catalogue's in a
Swedish run; a usage error (exit 2) is worded from what the parser knew (the
option, the value, its choices) rather than from typer's English sentence.

A run only sets the context on the tree; the words load when help or an error is
shown, so a command pays nothing for them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from dosering.cli._app import STATE

if TYPE_CHECKING:
    Params = dict[str, object]

_BaseFormatter: Any = typer.Context.formatter_class


def words_lang() -> str:
    """The language of help and usage errors: `--lang`, `.dosering.yaml`, the locale.

    A command that has run chose it already; before that, `--lang` is read from
    the arguments as given, and a configuration that cannot be read is passed over
    (the command will say why when it runs).
    """
    if STATE.lang is not None:
        return STATE.lang
    from dosering.core.errors import UserError
    from dosering.i18n.findings import detect_lang
    from dosering.inputs.config_location import find_config

    explicit = _lang_argument(STATE.args)
    configured = None
    if explicit is None and find_config(Path.cwd().resolve()) is not None:
        try:
            from dosering.inputs.config import load_config

            configured = load_config().settings.lang
        except (UserError, OSError, ValueError):
            configured = None
    return detect_lang(explicit, configured)


def _lang_argument(args: Sequence[str]) -> str | None:
    """The last `--lang` before `--`: a command's own wins over `dosering --lang`."""
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            found = args[index + 1]
        elif arg.startswith("--lang="):
            found = arg.removeprefix("--lang=")
    return found


def _word(key: str, lang: str) -> str:
    from dosering.i18n._text import pick
    from dosering.i18n.usage import WORDS

    return pick(WORDS, key, lang) or key


def _help(text: str | None, lang: str) -> str | None:
    if text is None or lang != "sv":
        return text
    from dosering.i18n.usage import HELP

    return HELP.get(text, text)


_KIND = re.compile(r"<([^<>|]+)>")
_EXTRA = re.compile(r"\s*\[([^\[\]]+)\]\Z")


class _Formatter(_BaseFormatter):  # type: ignore[misc]
    """click's help formatter, with its fixed words from the catalogue."""

    lang = "en"

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        lang = self.lang
        args = args.replace("[OPTIONS]", _word("usage.OPTIONS", lang))
        args = args.replace("COMMAND [ARGS]...", _word("usage.COMMAND", lang))
        args = _BRACED.sub(r"\1", args)  # typer's `{MODEL}`: a plain `MODEL`
        args = _term(args, lang)
        super().write_usage(prog, args, _word("usage.prefix", lang))

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        with super().section(_word(f"heading.{name}", self.lang)):
            yield

    def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kw: Any) -> None:
        lang = self.lang
        shown = [(_term(term, lang), _row_help(text, lang)) for term, text in rows]
        super().write_dl(shown, *args, **kw)


_METAVAR = re.compile(r"\b[A-Z]+\b")
_BRACED = re.compile(r"\{([A-Za-z_.…]+)\}")


def _term(term: str, lang: str) -> str:
    """An option with its value's kind and metavar in the language."""
    term = _KIND.sub(lambda m: _kind(m, lang), term)
    return _METAVAR.sub(lambda m: _metavar(m.group(0), lang), term)


def _metavar(name: str, lang: str) -> str:
    from dosering.i18n._text import pick
    from dosering.i18n.usage import WORDS

    return pick(WORDS, f"metavar.{name}", lang) or name


def _kind(match: re.Match[str], lang: str) -> str:
    from dosering.i18n.usage import KINDS

    kind = KINDS.get(match.group(1))
    return match.group(0) if kind is None else f"<{_word(f'kind.{kind}', lang)}>"


def _row_help(text: str, lang: str) -> str:
    """An option's help with typer's `[required]`/`[default: x]` in the language."""
    extra = _EXTRA.search(text)
    body = text[: extra.start()] if extra else text
    body = _help(body, lang) or body
    if extra is None:
        return body
    parts = [_extra(part, lang) for part in extra.group(1).split("; ")]
    return f"{body}  [{'; '.join(parts)}]"


def _extra(part: str, lang: str) -> str:
    if part == "required":
        return _word("extra.required", lang)
    if part.startswith("default: "):
        return f"{_word('extra.default', lang)}: {part.removeprefix('default: ')}"
    return part


class _Context(typer.Context):
    """A context whose help is worded in the run's language."""

    def make_formatter(self) -> Any:
        lang = words_lang()
        _translate(self.find_root().command, lang)
        formatter = _Formatter(
            width=self.terminal_width, max_width=self.max_content_width
        )
        formatter.lang = lang
        return formatter


_ROOT: list[Any] = []


def prepare(command: Any) -> Any:
    """Give every command of the tree the context that words help and usage."""
    _ROOT[:] = [command]
    _prepare(command)
    return command


def _prepare(command: Any) -> None:
    command.context_class = _Context
    for sub in getattr(command, "commands", {}).values():
        _prepare(sub)


def _translate(command: Any, lang: str) -> None:
    """Every help text of the tree in `lang`, once (the English stays the source)."""
    if getattr(command, "_dosering_lang", "en") == lang:
        return
    command._dosering_lang = lang  # our own mark on the tree
    command.help = _help(command.help, lang)
    for param in command.params:
        param.help = _help(getattr(param, "help", None), lang)
    for sub in getattr(command, "commands", {}).values():
        _translate(sub, lang)


# usage errors


def show_usage_error(exc: Any) -> None:
    """Say what was wrong with the command line, in the run's language, on stderr.

    `dosering CMD: what`, then the usage line and where every option is listed.
    A command run without arguments that needs some shows its help instead.
    """
    ctx = getattr(exc, "ctx", None)
    lang = words_lang()
    if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
        sys.stderr.write(ctx.get_help() + "\n")
        return
    from dosering.i18n.catalogue import message

    key, params = _usage_words(exc, ctx)
    near = _near(key, exc, ctx, params)
    if near:
        near = f" ({message('usage.did-you-mean', lang, {'names': near})})"
    line = message(key, lang, {**params, "near": near})
    if key == "usage.no-such-option":
        line += near
    if ctx is None:
        ctx = _context_of_args()
    where = ctx.command_path if ctx is not None else "dosering"
    sys.stderr.write(f"{where}: {line}\n")
    if ctx is not None:
        sys.stderr.write(ctx.get_usage() + "\n")
        sys.stderr.write(message("usage.see-help", lang, {"command": where}) + "\n")
    sys.stderr.flush()


def _context_of_args() -> Any:
    """The command's context from the arguments, for an error the parser raised alone.

    click's parser knows no context when it refuses an option (`--strict=3`); the
    command named in the arguments gives the usage line all the same.
    """
    if not _ROOT:
        return None
    ctx = _Context(_ROOT[0], info_name="dosering")
    for arg in STATE.args:
        if arg.startswith("-"):
            continue
        sub = getattr(ctx.command, "commands", {}).get(arg)
        if sub is None:
            break
        ctx = _Context(sub, info_name=arg, parent=ctx)
    return ctx


_QUOTED = re.compile(r"No such command '(.*?)'\.", re.DOTALL)
_EXTRAS = re.compile(r"Got unexpected extra arguments?(?:\(s\))? \((.*)\)\Z", re.DOTALL)


def _usage_words(exc: Any, ctx: Any) -> tuple[str, Params]:
    """The catalogue key and its parameters for a typer/click usage error."""
    from dosering.report.escape import terminal

    kind = type(exc).__name__
    text = str(getattr(exc, "message", "") or "")
    if kind == "NoSuchOption":
        return "usage.no-such-option", {"name": terminal(exc.option_name)}
    if kind == "MissingParameter" and exc.param is not None:
        param = exc.param
        if param.param_type_name == "argument":
            return "usage.missing-argument", {"name": _argument(param)}
        return "usage.missing-option", {"name": " / ".join(param.opts)}
    if kind == "BadOptionUsage":
        name = terminal(exc.option_name)
        if "does not take a value" in text:
            return "usage.takes-no-value", {"name": name}
        return "usage.needs-value", {"name": name}
    if kind in {"BadParameter", "MissingParameter"}:
        return "usage.bad-value", {
            "name": _param_name(exc),
            "reason": _reason(exc),
        }
    commands = _commands(ctx)
    if text.startswith("No such command"):
        found = _QUOTED.match(text)
        name = found.group(1) if found else "?"
        return "usage.no-such-command", {"name": terminal(name), "commands": commands}
    if text.startswith("Missing command"):
        return "usage.missing-command", {"commands": commands}
    extras = _EXTRAS.match(text)
    return "usage.extra-arguments", {
        "args": terminal(extras.group(1) if extras else text)
    }


def _near(key: str, exc: Any, ctx: Any, params: Params) -> str:
    """The options or commands a mistyped one is near (`--stric`: `--strict`)."""
    if key == "usage.no-such-option":
        return ", ".join(getattr(exc, "possibilities", None) or ())  # nearest first
    if key == "usage.no-such-command" and ctx is not None:
        import difflib

        names = ctx.command.list_commands(ctx)
        return ", ".join(difflib.get_close_matches(str(params["name"]), names, n=3))
    return ""


def _commands(ctx: Any) -> str:
    if ctx is None or not hasattr(ctx.command, "list_commands"):
        return ""
    return ", ".join(ctx.command.list_commands(ctx))


def _param_name(exc: Any) -> str:
    hint = exc.param_hint
    if hint is not None:
        return hint if isinstance(hint, str) else " / ".join(hint)
    param = exc.param
    if param is None:
        return "?"
    if param.param_type_name == "argument":
        return _argument(param)
    return " / ".join(param.opts)


def _argument(param: Any) -> str:
    """An argument as the usage line names it (`MODEL`, in Swedish `MODELL`)."""
    return _metavar(str(param.metavar or param.name.upper()), words_lang())


def _reason(exc: Any) -> str:
    """Why the value was refused: typer's pydantic error worded, or our own text."""
    from dosering.i18n.catalogue import message
    from dosering.report.escape import terminal

    lang = words_lang()
    cause = exc.__cause__
    errors = getattr(cause, "errors", None)
    if errors is None:
        return str(exc.message)  # our own words (raised by a command)
    first = (errors() or [{}])[0]
    value = f"`{terminal(str(first.get('input', '')))}`"
    limits = first.get("ctx") or {}
    error_type = str(first.get("type", ""))
    descriptor = getattr(exc.param, "type_descriptor", None)
    choices = getattr(descriptor, "choices", None)
    if getattr(descriptor, "is_choice", False) and choices:
        names = ", ".join(str(getattr(c, "value", c)) for c in choices)
        return message("usage.not-one-of", lang, {"value": value, "choices": names})
    if error_type.startswith("int_"):
        return message("usage.not-integer", lang, {"value": value})
    if error_type.startswith("float_"):
        return message("usage.not-number", lang, {"value": value})
    for limit, key in (("ge", "usage.at-least"), ("le", "usage.at-most")):
        if limit in limits:
            return message(key, lang, {"value": value, "limit": limits[limit]})
    return message("usage.invalid", lang, {"value": value})
