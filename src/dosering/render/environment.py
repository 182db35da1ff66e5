"""Rendering: the analysed document through Jinja templates, as Markdown or HTML.

One cached environment for the built-in templates (a package loader over
`resources.templates_dir()`), and one cached `SandboxedEnvironment` per user template
folder (`--templates DIR`), whose templates override the built-ins by file name.
Both use `StrictUndefined`, `keep_trailing_newline`, `trim_blocks` and
`lstrip_blocks`. HTML, SVG and CSS templates are autoescaped; every other template
(Markdown) escapes each `{{ … }}` value for Markdown instead (see `md_escape`), so
no model text can become markup. Model text is data only: it is never compiled as a
template.
"""

from __future__ import annotations

import colorsys
import contextlib
import datetime
import functools
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from dosering import __version__
from dosering.analyses.document import Document, safe_url
from dosering.core.errors import OsReason, UserError
from dosering.core.paths import path_kind
from dosering.core.resources import templates_dir
from dosering.i18n._text import Worded
from dosering.i18n.numbers import number, places
from dosering.i18n.render import labels
from dosering.report.escape import html, markdown, terminal

if TYPE_CHECKING:
    from jinja2 import Environment
    from jinja2.nodes import EvalContext
    from jinja2.runtime import Context
    from markupsafe import Markup

ENTRY = {"md": "document.md", "html": "document.html"}
"""The template each format starts from."""
ESCAPED = ("html", "htm", "svg", "xml", "css")
"""Template name endings that are autoescaped as HTML/XML."""

_ID = re.compile(r"^[a-z0-9åäö][a-z0-9åäö_-]*$")
_TICKS = re.compile(r"`+")


class MdSafe(str):
    """Text that is already Markdown (from a filter); not escaped again."""

    __slots__ = ()


_ESCAPED: dict[str, MdSafe] = {}
"""Texts escaped so far: a document repeats its names and labels many times."""
_ESCAPED_MAX = 200_000


def md_escape(value: object) -> MdSafe:
    """Plain text as Markdown that shows exactly that text.

    `markdown` (the one Markdown escaper) of the text, remembered: a document
    repeats its names and labels many times.
    """
    if isinstance(value, MdSafe):
        return value
    text = value if isinstance(value, str) else str(value)
    if type(text) is Worded:  # its code spans: never remembered as plain text's
        return MdSafe(markdown(text))
    done = _ESCAPED.get(text)
    if done is None:
        if len(_ESCAPED) >= _ESCAPED_MAX:
            _ESCAPED.clear()
        done = _ESCAPED[text] = MdSafe(markdown(text))
    return done


def md_url(url: str | None) -> str | None:
    """An http(s) address made safe inside `(...)` of a Markdown link, else None."""
    checked = safe_url(url)
    if checked is None:
        return None
    return quote(checked, safe="/:?#@!$&'*+,;=%-._~")


def md_link(text: object, url: str | None) -> MdSafe:
    """`[text](url)` for an http(s) address; just the escaped text otherwise."""
    target = md_url(url)
    label = md_escape(text)
    return MdSafe(label if target is None else f"[{label}]({target})")


def md_id(value: str) -> MdSafe:
    """An id for an anchor or a code span (ids are `[a-z0-9åäö_-]`, never escaped)."""
    if _ID.match(value):
        return MdSafe(value)
    return md_escape(value)


def md_code(value: object) -> MdSafe:
    """Text as a Markdown code span, fenced with more backticks than it holds."""
    text = terminal(" ".join(str(value).split()))
    fence = "`" * (max((len(run) for run in _TICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return MdSafe(f"{fence}{pad}{text.replace('|', '&#124;')}{pad}{fence}")


def format_number(value: float | None, lang: str, decimals: int = 0) -> str:
    """A number as the document's language writes it (sv: `1 234,5`); `–` for None."""
    if value is None:
        return "–"
    return number(value, lang, decimals)


def format_places(value: float | None, lang: str, decimals: int = 0) -> str:
    """Course places needed or lacking, rounded up (`i18n.numbers.places`); `–`."""
    if value is None:
        return "–"
    return places(value, lang, decimals)


def format_hours(value: float | None, lang: str) -> str:
    """Hours: whole numbers without decimals, others with one."""
    if value is None:
        return "–"
    decimals = 0 if float(value).is_integer() else 1
    return format_number(value, lang, decimals)


DARK_TEXT = "#10242e"
"""The text colour on light level colours."""
MIN_CONTRAST = 4.5
"""WCAG AA for normal text: every level colour reaches it with its text colour."""


def _hex(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in (red, green, blue))


def luminance(colour: str) -> float:
    """The relative luminance of a `#rrggbb` colour (WCAG 2)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4  # noqa: PLR2004
        for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two `#rrggbb` colours (1 to 21)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def level_colours(count: int) -> list[tuple[str, str]]:
    """(background, text) colours for `count` levels, light to dark in one hue.

    Each background gets the text colour (dark or white) that contrasts most with
    it; a middle tone too close to both is moved lighter or darker until the pair
    reaches `MIN_CONTRAST`, so notes in a cell stay readable on every level.
    """
    out: list[tuple[str, str]] = []
    for index in range(count):
        share = index / max(count - 1, 1)
        lightness = 0.93 - 0.58 * share
        background = _hex(*colorsys.hls_to_rgb(0.56, lightness, 0.55))
        dark = contrast(background, DARK_TEXT) >= contrast(background, "#ffffff")
        text = DARK_TEXT if dark else "#ffffff"
        step = 0.01 if dark else -0.01
        while contrast(background, text) < MIN_CONTRAST:
            lightness += step
            background = _hex(*colorsys.hls_to_rgb(0.56, lightness, 0.55))
        out.append((background, text))
    return out


_CSS_PLAIN = re.compile(r"[\w .,:;()\-–]")


def css_string(text: object) -> Markup:
    """Text as the inside of a CSS string: every other character a hex escape.

    Safe in a quoted CSS string and inside `<style>` (no quote, backslash or `<`
    survives), so even a label could never end the string or the element.
    """
    from markupsafe import Markup

    return Markup(
        "".join(
            ch if _CSS_PLAIN.fullmatch(ch) else f"\\{ord(ch):06x}" for ch in str(text)
        )
    )


def css_counters(label: str) -> Markup:
    """A `Page {0} of {1}` label as CSS `content`: the page and pages counters."""
    from markupsafe import Markup

    parts = re.split(r"(\{[01]\})", label)
    out = []
    for part in parts:
        if part == "{0}":
            out.append("counter(page)")
        elif part == "{1}":
            out.append("counter(pages)")
        elif part:
            out.append(f'"{css_string(part)}"')
    return Markup(" ".join(out))


def printed_on() -> datetime.date:
    """The print date: today, or `SOURCE_DATE_EPOCH`'s (reproducible documents)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date()
    return datetime.date.today()


def plain(text: object) -> str:
    """A message as a sentence for a published document: no code-span backticks."""
    words = " ".join(_TICKS.sub("", str(text)).split())
    return words[:1].upper() + words[1:]


def bar_width(value: float | str | None, largest: float, width: float) -> str:
    """The length of a chart bar, as SVG wants it (one decimal; unlimited: full)."""
    if isinstance(value, str):
        return f"{width:.1f}"
    if not value or largest <= 0:
        return "0"
    return f"{value / largest * width:.1f}"


def _finalize() -> Callable[..., Any]:
    from jinja2 import pass_eval_context

    @pass_eval_context
    def finalize(eval_ctx: EvalContext, value: Any) -> Any:
        if eval_ctx.autoescape:
            return html(value) if type(value) in (str, Worded) else value
        return md_escape(value)

    return finalize


def _number_filters() -> dict[str, Callable[..., str]]:
    from jinja2 import pass_context

    @pass_context
    def num(context: Context, value: float | str | None, decimals: int = 0) -> str:
        if isinstance(value, str):  # seats_per_year: unlimited
            return str(context["L"]["seats.unlimited"])
        return format_number(value, str(context["lang"]), decimals)

    @pass_context
    def places(context: Context, value: float | None, decimals: int = 0) -> str:
        """Course places needed or lacking: rounded up, never `0` when short."""
        return format_places(value, str(context["lang"]), decimals)

    @pass_context
    def hours(context: Context, value: float | None) -> str:
        return format_hours(value, str(context["lang"]))

    return {"num": num, "places": places, "hours": hours}


_MEMO: dict[tuple[str, Any], Any] = {}
"""What `memo` has rendered in the current document (cleared by every `render`)."""


def _memo_filter() -> Callable[..., Any]:
    from jinja2 import pass_eval_context
    from markupsafe import Markup

    @pass_eval_context
    def memo(eval_ctx: EvalContext, value: Any, macro: Any) -> Any:
        """`macro(value)`, rendered once per distinct value in this document."""
        key = (macro.name, value)
        found = _MEMO.get(key)
        if found is None:
            out = macro(value)
            found = _MEMO[key] = Markup(out) if eval_ctx.autoescape else MdSafe(out)
        return found

    return memo


def _autoescape(name: str | None) -> bool:
    return name is not None and name.rsplit(".", 1)[-1].lower() in ESCAPED


def _configure(env: Environment) -> Environment:
    """Register the filters (in this one place)."""
    env.filters.update(_number_filters())
    env.filters["md_link"] = md_link
    env.filters["md_url"] = md_url
    env.filters["md_id"] = md_id
    env.filters["md_code"] = md_code
    env.filters["safe_url"] = safe_url
    env.filters["bar"] = bar_width
    env.filters["plain"] = plain
    env.filters["css_string"] = css_string
    env.filters["css_counters"] = css_counters
    env.filters["memo"] = _memo_filter()
    return env


def _settings() -> dict[str, Any]:
    from jinja2 import StrictUndefined

    return {
        "undefined": StrictUndefined,
        "autoescape": _autoescape,
        "keep_trailing_newline": True,
        "trim_blocks": True,
        "lstrip_blocks": True,
        "finalize": _finalize(),
        "auto_reload": False,
    }


@functools.cache
def environment() -> Environment:
    """The environment of the built-in templates, built once."""
    from jinja2 import Environment, FileSystemLoader

    loader = FileSystemLoader(str(templates_dir()))
    return _configure(Environment(loader=loader, **_settings()))


TEMPLATE_SECONDS = 20
"""How much processor time user templates may take before they are stopped."""
MAX_OUTPUT_CHARS = 200_000_000
"""The largest document user templates may write (twice the 20,000-role HTML)."""
MAX_VALUE_CHARS = 10_000_000
"""The longest text or list user templates may build with `*` or `+`."""
MAX_NUMBER_BITS = 100_000
"""The largest integer user templates may compute (about 30,000 digits)."""
MAX_TEMPLATE_BYTES = 10_000_000


@functools.cache
def user_environment(folder: str) -> Environment:
    """A sandboxed environment for a user's template folder, over the built-ins.

    The folder's files are read only when they resolve inside it (a symbolic link
    leading out is refused), and the sandbox bounds what `*`, `**` and `+` may
    build; `render` adds the time and output limits.
    """
    from jinja2 import ChoiceLoader, FileSystemLoader

    loader = ChoiceLoader(
        [_folder_loader(Path(folder)), FileSystemLoader(str(templates_dir()))]
    )
    return _configure(_bounded_sandbox()(loader=loader, **_settings()))


def _folder_loader(folder: Path) -> Any:
    """A loader of the files inside `folder` only: never through a link out of it."""
    from jinja2 import BaseLoader, TemplateNotFound
    from jinja2.exceptions import SecurityError
    from jinja2.loaders import split_template_path

    from dosering.inputs.yaml import open_regular

    root = folder.resolve()

    class FolderLoader(BaseLoader):
        def get_source(
            self, environment: Environment, template: str
        ) -> tuple[str, str, Callable[[], bool]]:
            path = root.joinpath(*split_template_path(template))
            filename = str(path)  # named so for `_loading`, as Jinja's loader does
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):  # missing, or a link loop
                raise TemplateNotFound(template) from None
            if real.is_dir():  # a folder named like a template is none
                raise TemplateNotFound(template)
            if not real.is_relative_to(root):
                raise SecurityError(
                    f"{template} is a link to {real}, outside the template folder"
                )
            with open_regular(real) as handle:
                raw = handle.read(MAX_TEMPLATE_BYTES + 1)
            if len(raw) > MAX_TEMPLATE_BYTES:
                raise SecurityError(
                    f"{template} is larger than {MAX_TEMPLATE_BYTES} bytes"
                )
            modified = real.stat().st_mtime
            return (
                raw.decode("utf-8"),
                filename,
                lambda: real.stat().st_mtime == modified,
            )

    return FolderLoader()


@functools.cache
def _bounded_sandbox() -> type[Environment]:
    """The sandbox class whose `*`, `**` and `+` refuse results past the bounds."""
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import SandboxedEnvironment

    def size(value: Any) -> int:
        if isinstance(value, str | bytes | list | tuple):
            return len(value)
        return 0

    def check(operator: str, left: Any, right: Any) -> None:
        numbers = all(
            isinstance(v, int) and not isinstance(v, bool) for v in (left, right)
        )
        if operator == "**" and numbers and right > 0 and abs(left) > 1:
            bits = right * abs(left).bit_length()
        elif operator == "*" and numbers:
            bits = abs(left).bit_length() + abs(right).bit_length()
        else:
            bits = 0
        if bits > MAX_NUMBER_BITS:
            raise SecurityError(
                f"`{operator}` would compute a number of about {bits} bits "
                f"(the limit is {MAX_NUMBER_BITS})"
            )
        length = 0
        if operator == "*":
            count = right if isinstance(right, int) else left
            length = max(size(left), size(right)) * (
                count if isinstance(count, int) and count > 0 else 0
            )
        elif operator == "+":
            length = size(left) + size(right)
        if length > MAX_VALUE_CHARS:
            raise SecurityError(
                f"`{operator}` would build {length} items or characters "
                f"(the limit is {MAX_VALUE_CHARS})"
            )

    class BoundedSandbox(SandboxedEnvironment):
        intercepted_binops = frozenset({"*", "**", "+"})

        def call_binop(
            self, context: Context, operator: str, left: Any, right: Any
        ) -> Any:
            check(operator, left, right)
            return super().call_binop(context, operator, left, right)

    return BoundedSandbox


class TemplateTimeout(Exception):
    """User templates ran past `TEMPLATE_SECONDS`."""


def _bounded_render(template: Any, context: dict[str, Any]) -> str:
    """Render user templates within the time and output limits (SecurityError past).

    The time limit is processor time, kept by a timer signal where the platform
    has one (so a loop that writes nothing stops too) and checked as the output
    is written; the output is counted chunk by chunk.
    """
    import signal
    import threading
    import time

    from jinja2.exceptions import SecurityError

    deadline = time.process_time() + TEMPLATE_SECONDS
    timer = hasattr(signal, "setitimer") and (
        threading.current_thread() is threading.main_thread()
    )

    fired = False  # the timer and the check below may both expire: raise once

    def expire(signum: int, frame: Any) -> None:
        nonlocal fired
        if not fired:
            fired = True
            raise TemplateTimeout

    previous = signal.signal(signal.SIGVTALRM, expire) if timer else None
    if timer:
        signal.setitimer(signal.ITIMER_VIRTUAL, TEMPLATE_SECONDS)
    parts: list[str] = []
    pending: list[str] = []
    written = 0
    try:
        try:
            for chunk in template.generate(context):
                written += len(chunk)
                if written > MAX_OUTPUT_CHARS:
                    raise SecurityError(
                        f"the document would be longer than {MAX_OUTPUT_CHARS} "
                        "characters"
                    )
                pending.append(chunk)
                if len(pending) >= 4096:  # noqa: PLR2004
                    if time.process_time() > deadline:
                        fired = True
                        raise TemplateTimeout
                    parts.append("".join(pending))
                    pending.clear()
        finally:
            if timer:
                signal.setitimer(signal.ITIMER_VIRTUAL, 0)
                signal.signal(signal.SIGVTALRM, previous)
    except TemplateTimeout:  # also one that came while the timer was being stopped
        raise SecurityError(
            f"the templates ran for more than {TEMPLATE_SECONDS} seconds"
        ) from None
    parts.append("".join(pending))
    return "".join(parts)


def check_templates_dir(folder: Path) -> None:
    """Stop the run (exit 3) unless `folder` is a readable folder of templates."""
    try:
        kind = path_kind(folder)
    except OSError as exc:
        raise UserError(
            "templates.unreadable", where=folder, reason=OsReason.of(exc)
        ) from exc
    if kind == "missing":
        raise UserError("templates.missing", path=folder)
    if kind != "dir":
        raise UserError("templates.not-dir", path=folder)


def render(name: str, context: dict[str, Any], templates: Path | None = None) -> str:
    """Render one template with `context`; a broken template is a `UserError`.

    Args:
        name: The template's file name (`document.md`, `document.html`).
        context: The values the template receives.
        templates: A user folder whose templates override the built-ins.
    """
    return "".join(render_chunks(name, context, templates))


def render_chunks(
    name: str, context: dict[str, Any], templates: Path | None = None
) -> Iterator[str]:
    """Render one template piece by piece (Jinja's `generate`), as `render` does.

    The built-in document is never whole in memory: a writer takes each piece as
    it comes (user templates are rendered whole, within their bounds). A broken
    template is a `UserError`, raised where the piece would have been.
    """
    if templates is None:
        env = environment()
    else:
        check_templates_dir(templates)
        env = user_environment(str(templates.resolve()))
    _MEMO.clear()
    try:
        with _template_errors(name, templates):
            template = env.get_template(name)
            if templates is None:
                yield from template.generate(context)
            else:  # user templates: whole, within the sandbox's time and size bounds
                yield _bounded_render(template, context)
    finally:
        _MEMO.clear()


@contextlib.contextmanager
def _template_errors(name: str, templates: Path | None) -> Iterator[None]:
    """Turn a broken template into a `UserError` naming its file and line."""
    from jinja2 import TemplateError, TemplateSyntaxError

    try:
        yield
    except TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}:{exc.lineno}"
        key, params = _syntax_reason(exc.message or "")
        raise UserError(key, where=where, **params) from exc
    except TemplateError as exc:
        raise _runtime_error(exc, name) from exc
    except UnicodeDecodeError as exc:
        where = _loading(exc.__traceback__) or name
        raise UserError("templates.not-utf8", where=where, byte=exc.start + 1) from exc
    except OSError as exc:  # pragma: no cover - unreadable files (tests run as root)
        where = _loading(exc.__traceback__) or exc.filename or name
        raise UserError(
            "templates.unreadable", where=where, reason=OsReason.of(exc)
        ) from exc
    except RecursionError as exc:
        if templates is None:
            raise  # a bug in a built-in template: keep the traceback
        raise UserError("templates.recursion", where=name) from exc
    except (ArithmeticError, TypeError, ValueError, LookupError) as exc:
        if templates is None:
            raise  # a bug in a built-in template: keep the traceback
        raise _runtime_error(exc, name) from exc


def _runtime_error(exc: Exception, name: str) -> UserError:
    """The error naming the template file and line where rendering stopped."""
    from jinja2 import TemplateNotFound, UndefinedError
    from jinja2.exceptions import SecurityError

    where = _template_frame(exc.__traceback__) or name
    if isinstance(exc, SecurityError):
        return UserError("templates.refused", where=where, reason=str(exc))
    if isinstance(exc, UndefinedError):
        key, params = _undefined_reason(str(exc))
        return UserError(key, where=where, **params)
    if isinstance(exc, TemplateNotFound):
        return UserError("templates.not-found", where=where, name=exc.name)
    return UserError("templates.failed", where=where, reason=str(exc))


# Jinja's own words for the mistakes a template writer makes most (jinja2 3.1).
_UNCLOSED = re.compile(
    r"^Unexpected end of template\..*innermost block that needs to "
    r"be closed is '(\w+)'"
)
_WRONG_END = re.compile(
    r"^Encountered unknown tag '(\w+)'\..*innermost block that "
    r"needs to be closed is '(\w+)'"
)
_UNKNOWN_TAG = re.compile(r"^Encountered unknown tag '(\w+)'\.$")
_UNEXPECTED = re.compile(r"^unexpected (?:char )?'(.+?)'")
_NO_FILTER = re.compile(r"^No (filter|test) named '(.+?)'")
_UNDEFINED = re.compile(r"^'(.+?)' is undefined$")
_NO_ATTRIBUTE = re.compile(r"^'.+?' has no attribute '(.+?)'$")


def _syntax_reason(text: str) -> tuple[str, dict[str, str]]:
    """The catalogue key and parameters of a Jinja syntax error, in our words.

    A message Jinja words otherwise keeps its text (`templates.syntax`).
    """
    if found := _UNCLOSED.match(text):
        return "templates.unclosed", {"block": found[1]}
    if found := _WRONG_END.match(text):
        return "templates.wrong-end", {"tag": found[1], "block": found[2]}
    if found := _UNKNOWN_TAG.match(text):
        return "templates.unknown-tag", {"tag": found[1]}
    if found := _UNEXPECTED.match(text):
        return "templates.unexpected", {"token": found[1]}
    if found := _NO_FILTER.match(text):
        return f"templates.no-{found[1]}", {"name": found[2]}
    return "templates.syntax", {"reason": text}


def _undefined_reason(text: str) -> tuple[str, dict[str, str]]:
    """The key and parameters of a value the document data does not have."""
    if found := _UNDEFINED.match(text):
        return "templates.undefined-name", {"name": found[1]}
    if found := _NO_ATTRIBUTE.match(text):
        return "templates.no-attribute", {"name": found[1]}
    return "templates.undefined", {"reason": text}


def _template_frame(tb: TracebackType | None) -> str | None:
    """`file:line` of the innermost template frame in a traceback."""
    found = None
    for frame, lineno in _walk(tb):
        filename = frame.f_code.co_filename
        if not filename.endswith(".py") and filename not in ("<template>", "<string>"):
            found = f"{filename}:{lineno}"
    return found


def _loading(tb: TracebackType | None) -> str | None:
    """The template file a loader was reading when a traceback was raised."""
    for frame, _ in _walk(tb):
        if frame.f_code.co_name == "get_source" and "filename" in frame.f_locals:
            return str(frame.f_locals["filename"])
    return None


def _walk(tb: TracebackType | None) -> Iterator[tuple[Any, int]]:
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def document_context(
    document: Document, lang: str, fmt: str, offer: str | None = None
) -> dict[str, Any]:
    """What every template receives: the document, labels and presentation data.

    `offer` names the course list the numbers were computed against (None: the
    model's own catalogue); the summary page says which.
    """
    from dosering.render.summary import build_summary

    return {
        "summary": build_summary(document, lang, offer),
        "doc": document,
        "L": labels(lang, grouped=document.grouped),
        "lang": lang,
        "fmt": fmt,
        "version": __version__,
        "colours": level_colours(len(document.levels)),
        "printed": printed_on().isoformat(),
    }


def render_document(
    document: Document,
    fmt: str,
    lang: str,
    templates: Path | None = None,
    offer: str | None = None,
) -> Iterator[str]:
    """The whole document as Markdown (`md`) or one self-contained HTML file.

    Yields it piece by piece, to be written as it is rendered.
    """
    context = document_context(document, lang, fmt, offer)
    return render_chunks(ENTRY[fmt], context, templates)


def builtin_templates() -> list[Path]:
    """The built-in template files, relative to their folder, sorted."""
    root = templates_dir()
    return sorted(
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file() and not path.name.startswith(".")
    )


def eject_templates(target: Path) -> list[Path]:
    """Copy the built-in templates into `target` as a starting point.

    Never overwrites: when any of the files exists already, nothing is copied.

    Returns:
        The files written.
    """
    if target.exists() and not target.is_dir():
        raise UserError("templates.eject-file", path=target)
    names = builtin_templates()
    clashes = [name for name in names if (target / name).exists()]
    if clashes:
        raise UserError("templates.eject-exists", path=target / clashes[0])
    written: list[Path] = []
    root = templates_dir()
    try:
        for name in names:
            destination = target / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / name, destination)
            written.append(destination)
    except OSError as exc:
        raise UserError(
            "templates.eject-unwritable", path=target, reason=OsReason.of(exc)
        ) from exc
    return written
