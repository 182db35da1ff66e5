"""The lookup every catalogue shares: a key's text in one language, filled in.

A catalogue text with backticks (`` `courses:` ``, `` `{id}` ``) marks code: a key,
an option, an id. Filled in while a Markdown reporter words its output (`marked`),
it is a `Worded`: the same string, which also knows which of its characters are
the catalogue's and which are the data filled in, so the Markdown escaper can make
the catalogue's backtick spans code spans while the data stays data. Joining it
with others (`+`, f-strings) gives an ordinary string again, which every escaper
treats as data throughout; `compose` joins and keeps the parts. Outside `marked`,
every text is an ordinary string, as fast as `str.format_map` makes it.
"""

from __future__ import annotations

import _string  # type: ignore[import-not-found]  # str.format's own parser (C)
import functools
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_MARKED: ContextVar[bool] = ContextVar("dosering_words_marked", default=False)


@contextmanager
def marked(on: bool = True) -> Iterator[None]:
    """While it lasts (and `on`), filled texts with code are `Worded`.

    The Markdown reporters word their output inside it, so only Markdown ever
    gets a `Worded`; JSON, spreadsheets and terminals get ordinary strings.
    """
    token = _MARKED.set(on)
    try:
        yield
    finally:
        _MARKED.reset(token)


def marking(function: Callable[P, R]) -> Callable[P, R]:
    """`function` run inside `marked` (a Markdown reporter)."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with marked():
            return function(*args, **kwargs)

    return run


Parts = tuple[tuple[bool, str], ...]
"""`(is_data, text)` pieces: the catalogue's text (False) and the data filled in."""


class Lenient(dict[str, Any]):
    """Parameters for `str.format_map`: a missing one shows as `{name}`."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Worded(str):
    """A filled-in catalogue text that knows its catalogue and its data parts.

    The parts are worked out only when asked for (`parts`): most words are only
    printed, and filling stays `str.format_map`'s speed.
    """

    _template: str
    _args: tuple[Any, ...]
    _params: Mapping[str, Any]
    _parts: Parts | None

    @classmethod
    def fill(
        cls,
        template: str,
        args: tuple[Any, ...],
        params: Mapping[str, Any],
        *,
        always: bool = False,
    ) -> Worded:
        """`template` filled with `args` or `params` (a missing name stays `{name}`).

        Without either, the template as it is, unless `always` (then `{{` is `{`).
        """
        formatted = bool(args or params or always)
        if args:
            text = template.format(*args)
        elif formatted:
            text = template.format_map(Lenient(params))
        else:
            text = template
        worded = cls(text)
        worded._template, worded._args, worded._params = template, args, params
        worded._parts = None if formatted else ((False, template),)
        return worded

    @classmethod
    def of(cls, parts: Parts) -> Worded:
        """A text made of these parts."""
        worded = cls("".join(text for _, text in parts))
        worded._template, worded._args, worded._params = "", (), {}
        worded._parts = parts
        return worded

    @property
    def parts(self) -> Parts:
        """The catalogue's text and the data, in order; they join to the string."""
        if self._parts is None:
            parts = _split(self._template, self._args, self._params)
            if parts is None or "".join(text for _, text in parts) != self:
                parts = ((True, str(self)),)  # a field form not followed: all data
            self._parts = parts
        return self._parts

    def strip(self, chars: str | None = None) -> str:
        """As `str.strip`, and still a `Worded`."""
        stripped = str.strip(self, chars)
        if stripped == self:
            return self
        head = len(self) - len(str.lstrip(self, chars))
        return self.of(_cut(self.parts, head, head + len(stripped)))


def _cut(parts: Parts, start: int, end: int) -> Parts:
    """The parts that cover characters `start` to `end` of their joined text."""
    out, at = [], 0
    for is_data, text in parts:
        piece = text[max(start - at, 0) : max(end - at, 0)]
        if piece:
            out.append((is_data, piece))
        at += len(text)
    return tuple(out)


def _split(
    template: str, args: tuple[Any, ...], params: Mapping[str, Any]
) -> Parts | None:
    """The template's literal text as catalogue parts, each field's value as data.

    A `Worded` value outside a backtick span keeps its own parts; inside one it is
    data. None for a field this does not follow (`{0[1]}`, `{a.b}`, a nested spec).
    """
    out: list[tuple[bool, str]] = []
    ticks = 0  # the catalogue's backticks so far: odd inside a span
    auto = 0
    for literal, name, spec, conversion in _string.formatter_parser(template):
        if literal:
            out.append((False, literal))
            ticks += literal.count("`")
        if name is None:
            continue
        if "{" in (spec or ""):
            return None
        value: Any
        if name == "" or name.isdigit():
            index = auto if name == "" else int(name)
            auto += name == ""
            if index >= len(args):
                return None
            value = args[index]
        elif args or not name.isidentifier():
            return None
        elif name in params:
            value = params[name]
        else:  # `Lenient`: a missing name shows as it is
            out.append((False, "{" + name + "}"))
            continue
        if conversion == "r":
            value = repr(value)
        elif conversion == "a":
            value = ascii(value)
        elif conversion == "s":
            value = str(value)
        if type(value) is Count and "|" in (spec or ""):  # a catalogue word
            out.append((False, format(value, spec)))
        elif type(value) is Worded and not spec and ticks % 2 == 0:
            for is_data, text in value.parts:
                out.append((is_data, text))
                ticks += 0 if is_data else text.count("`")
        else:
            out.append((True, format(value, spec or "")))
    return tuple(out)


def compose(*pieces: str) -> str:
    """The pieces joined; a `Worded` still when one is (the others are data)."""
    if not any(type(piece) is Worded for piece in pieces):
        return "".join(pieces)
    parts: list[tuple[bool, str]] = []
    for piece in pieces:
        if type(piece) is Worded:
            parts.extend(piece.parts)
        elif piece:
            parts.append((True, piece))
    return Worded.of(tuple(parts))


def pick(table: Mapping[str, tuple[str, str]], key: str, lang: str) -> str | None:
    """The text of `key` in `lang` (Swedish for `sv`, else English), or None."""
    entry = table.get(key)
    if entry is None:
        return None
    return entry[1] if lang == "sv" else entry[0]


class Count:
    """A number a catalogue text words by its count: `{n} {n:rad|rader}`.

    The format spec `ONE|MANY` gives ONE for 1 (the number, or a text that reads
    1) and MANY otherwise, so a sentence with several counts reads right for each
    (`1 rad, 2 kurser`); any other spec formats the number as it is.
    """

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            one, _, many = spec.partition("|")
            value = self.value
            single = value == 1 or (isinstance(value, str) and value.strip() == "1")
            return one if single else many
        return format(self.value, spec)

    def __str__(self) -> str:
        return str(self.value)


@functools.lru_cache(maxsize=512)
def _counted_fields(text: str) -> frozenset[str]:
    """The fields `text` words by their count (`{rows:rad|rader}`: `rows`)."""
    return frozenset(
        name
        for _, name, spec, _ in _string.formatter_parser(text)
        if name is not None and spec and "|" in spec and "{" not in spec
    )


def counting(
    text: str, args: tuple[Any, ...], params: Mapping[str, Any]
) -> tuple[tuple[Any, ...], Mapping[str, Any]]:
    """`args` and `params` with the values `text` words by count as `Count`s."""
    if "|" not in text:
        return args, params
    fields = _counted_fields(text)
    if not fields:
        return args, params
    if args:
        return tuple(
            Count(a) if str(i) in fields else a for i, a in enumerate(args)
        ), params
    return args, {
        name: Count(value) if name in fields else value
        for name, value in params.items()
    }


def pick_count(
    table: Mapping[str, tuple[str, str]], key: str, count: int, lang: str
) -> str | None:
    """The text of `key` for `count` things, in `lang`, or None.

    `key` is the plural (no things, or two or more), `key.one` the singular: both
    languages say one thing alone (`1 ändring`, `2 ändringar`; `1 change`). A key
    without a `.one` entry reads the same for every count.
    """
    if count == 1 and f"{key}.one" in table:
        key = f"{key}.one"
    return pick(table, key, lang)


def fill(
    text: str,
    args: tuple[Any, ...],
    params: Mapping[str, Any],
    *,
    always: bool = False,
) -> str:
    """`text` with positional `args` or named `params` filled in.

    Without either, `text` as it is, unless `always` (a message: `{{` is `{`).
    Inside `marked`, a `Worded` when the text marks code with backticks, or a
    value filled in is one (so a sentence built of sentences keeps its code).
    """
    args, params = counting(text, args, params)
    if _MARKED.get() and ("`" in text or _any_worded(args, params)):
        return Worded.fill(text, args, params, always=always)
    if args:
        return text.format(*args)
    return text.format_map(Lenient(params)) if params or always else text


def _any_worded(args: tuple[Any, ...], params: Mapping[str, Any]) -> bool:
    return any(type(v) is Worded for v in args) or any(
        type(v) is Worded for v in params.values()
    )
