"""Writing a model as YAML in the layout of `examples/`, through the one YAML escaper.

Every scalar goes out through `dosering.report.escape.yaml_scalar` (re-exported
here as `scalar`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from dosering.model.schema import Model
from dosering.report.escape import yaml_scalar as scalar

__all__ = ["flow", "model_yaml", "scalar"]


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
