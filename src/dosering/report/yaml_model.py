"""Writing a model as YAML in the layout of `examples/`, with the one YAML escaper.

`scalar` is the one YAML-safe escaper for text from inputs: a text goes out plain
only when YAML 1.1 (what dosering reads) reads it back as that same text; anything
it would read otherwise — `no`, `010`, `1.10`, `~`, dates, `key: value`, a leading
`-` or `*` — is double-quoted, with line breaks and invisible characters escaped.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from dosering.model.schema import Model

_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*")
"""Text that may stay plain: no indicator first, one line."""
_FLOW = re.compile(r"[,\[\]{}]")
"""Characters that end a plain text inside `[a, b]`."""


def _printable(code: int) -> bool:
    """YAML's printable characters, less the ones that are line breaks or a BOM."""
    return (
        0x20 <= code <= 0x7E  # noqa: PLR2004
        or 0xA0 <= code <= 0xD7FF  # noqa: PLR2004
        or 0xE000 <= code <= 0xFFFD  # noqa: PLR2004
        or code >= 0x10000  # noqa: PLR2004
    ) and code not in (0x2028, 0x2029, 0xFEFF)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _quoted(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _printable(ord(char)):
            out.append(char)
        elif ord(char) <= 0xFF:  # noqa: PLR2004
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:  # noqa: PLR2004
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def _implicit(text: str) -> bool:
    """True when YAML 1.1 reads this plain text as something else than text."""
    import yaml

    resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
    return any(pattern.match(text) for _tag, pattern in resolvers.get(text[:1], ()))


def scalar(value: Any, *, in_flow: bool = False) -> str:
    """A value as a YAML scalar that dosering reads back as the same value.

    `in_flow`: the scalar stands in a `[a, b]` list, where `,` and brackets end it.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text(str(value), in_flow)


_HIDDEN = re.compile(
    "[^\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]"
)
"""A character that `_printable` refuses: it is escaped inside double quotes."""


@functools.lru_cache(maxsize=65_536)
def _text(text: str, in_flow: bool) -> str:
    """A text as a plain or quoted scalar (ids and names repeat: cached)."""
    if (
        text
        and _PLAIN.fullmatch(text)
        and ": " not in text
        and " #" not in text
        and not text.endswith((" ", ":"))
        and not (in_flow and _FLOW.search(text))
        and not _HIDDEN.search(text)
        and not _implicit(text)
    ):
        return text
    return _quoted(text)


def _float(value: float) -> str:
    if not math.isfinite(value):
        return ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")
    if value.is_integer() and abs(value) < 1e16:  # noqa: PLR2004
        return str(int(value))
    text = repr(value)
    if "e" in text:  # YAML 1.1 floats have a `.` and a signed exponent
        mantissa, _, exponent = text.partition("e")
        if "." not in mantissa:
            mantissa += ".0"
        if exponent[0] not in "+-":
            exponent = "+" + exponent
        text = f"{mantissa}e{exponent}"
    return text


def flow(values: list[Any]) -> str:
    """A list on one line: `[a, b]`."""
    return "[" + ", ".join(scalar(v, in_flow=True) for v in values) + "]"


def _fields(entity: BaseModel) -> Iterator[tuple[str, Any]]:
    for key in type(entity).model_fields:
        value = getattr(entity, key)
        if value is not None:
            yield key, value


def _value_lines(key: str, value: Any, indent: str) -> Iterator[str]:
    if isinstance(value, list):
        yield f"{indent}{scalar(key)}: {flow(value)}"
    elif isinstance(value, dict):
        if not value:
            yield f"{indent}{scalar(key)}: {{}}"
            return
        yield f"{indent}{scalar(key)}:"
        for inner, item in value.items():
            yield from _value_lines(inner, item, indent + "  ")
    elif isinstance(value, BaseModel):
        yield f"{indent}{scalar(key)}:"
        for inner, item in _fields(value):
            yield from _value_lines(inner, item, indent + "  ")
    else:
        yield f"{indent}{scalar(key)}: {scalar(value)}"


def _entity_lines(entity: BaseModel) -> Iterator[str]:
    first = True
    for key, value in _fields(entity):
        for line in _value_lines(key, value, "    "):
            yield ("  - " + line[4:]) if first else line
            first = False


def model_yaml(model: Model, comment: str | None = None) -> str:
    """The model as YAML text, lists and keys in the model's order."""
    lines: list[str] = []
    if comment:
        lines.extend(f"# {line}".rstrip() for line in comment.splitlines())
    lines.append(f"dosering: {model.dosering}")
    lines.extend(_value_lines("region", model.region, ""))
    for key in ("levels", "areas", "groups", "roles", "courses"):
        entities = getattr(model, key)
        lines.append("")
        if not entities:
            lines.append(f"{key}: []")
            continue
        lines.append(f"{key}:")
        for entity in entities:
            lines.extend(_entity_lines(entity))
    return "\n".join(lines) + "\n"
