"""Writing an imported model onto the YAML it was exported from (`import --onto`).

Only what changed is rewritten: each changed value is replaced where it stands in
the original text, a new key or entity is inserted after its neighbours, a removed
one's lines are taken out. Everything else — comments, order, quoting, line
breaks inside long texts — stays byte for byte, so `git diff` shows only what the
planner changed; an unchanged workbook changes no byte.

The spans come from libyaml's node marks (`yaml.compose`), which also keeps this
linear in the file's size. A change that cannot be made in place (a list whose
order changed, a flow mapping that gains a key) writes the model anew; `onto_text`
says so.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import BaseModel

from dosering.model.schema import Model, Need, need_parts
from dosering.report.escape import yaml_quoted
from dosering.report.yaml_model import flow, model_yaml, scalar

LISTS = ("levels", "areas", "groups", "roles", "courses")
ORDERED = frozenset({"needs"})
"""Mappings whose key order means something (a role's needs: its learning path)."""


class _Fallback(Exception):
    """A change that cannot be made in place."""


@dataclass(frozen=True)
class Onto:
    """The new text, and whether it had to be written anew."""

    text: str
    anew: bool


def same(old: Any, new: Any) -> bool:
    """True when two values mean the same (`"a"` and `["a"]` codes, need forms)."""
    if isinstance(old, (str, Need)) and isinstance(new, (str, Need)):
        return need_parts(old) == need_parts(new)
    if isinstance(old, str) and isinstance(new, list):
        return [old] == new
    if isinstance(old, list) and isinstance(new, str):
        return old == [new]
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(map(same, old, new))
    if isinstance(old, dict) and isinstance(new, dict):
        return old.keys() == new.keys() and all(same(old[k], new[k]) for k in old)
    if (old == {} and new is None) or (old is None and new == {}):
        return True
    if isinstance(old, BaseModel) and isinstance(new, BaseModel):
        fields = type(old).model_fields
        return all(same(getattr(old, k), getattr(new, k)) for k in fields)
    if isinstance(old, bool) or isinstance(new, bool):
        return old is new
    return bool(old == new)


def onto_text(text: str, base: Model, new: Model, comment: str | None = None) -> Onto:
    """The base file's text with the imported model's values written onto it."""
    if same(base, new):
        return Onto(text, anew=False)
    try:
        return Onto(_Editor(text).apply(base, new), anew=False)
    except _Fallback:
        return Onto(model_yaml(new, comment), anew=True)


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def _end(node: yaml.Node) -> int:
    """Where a node's own text ends (a block collection: its last scalar's end)."""
    if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
        return int(node.end_mark.index)
    return max((_end(child) for child in _children(node)), default=node.end_mark.index)


class _Editor:
    def __init__(self, text: str) -> None:
        self.text = text
        self.edits: list[tuple[int, int, str]] = []
        try:
            root = yaml.compose(text, Loader=yaml.CSafeLoader)
        except yaml.YAMLError as exc:  # pragma: no cover - the base was valid
            raise _Fallback from exc
        if not isinstance(root, yaml.MappingNode):  # pragma: no cover
            raise _Fallback
        self.root: yaml.MappingNode = root

    # -- spans

    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def line_end(self, index: int) -> int:
        end = self.text.find("\n", index)
        return len(self.text) if end < 0 else end

    def apply(self, base: Model, new: Model) -> str:
        self.mapping(self.root, base, new, 0, ("dosering", "region"))
        for key in LISTS:
            self.entities(key, getattr(base, key), getattr(new, key))
        text = self.text
        self.edits.sort(key=lambda edit: (edit[0], edit[1]))
        for (_, end, _), (after, _, _) in zip(self.edits, self.edits[1:], strict=False):
            if after < end:  # pragma: no cover - edits never overlap
                raise _Fallback
        pieces: list[str] = []
        done = 0
        for start, end, replacement in self.edits:  # one pass: linear in the size
            pieces += (text[done:start], replacement)
            done = end
        pieces.append(text[done:])
        return "".join(pieces)

    # -- values

    def render(self, value: Any, indent: int) -> str:
        """A value after `key`: `: scalar`, `: [a, b]` or `:` and a block below."""
        if isinstance(value, Need):
            level, courses, within = need_parts(value)
            if courses is None and within is None:
                return f": {scalar(level)}"
        if isinstance(value, list):
            return f": {flow(value)}"
        if isinstance(value, (dict, BaseModel)):
            lines = list(_block(value, indent + 2))
            return ":" + "".join("\n" + line for line in lines) if lines else ": {}"
        return f": {scalar(value)}"

    def styled(self, node: yaml.Node, value: Any) -> str:
        """A scalar in the style the old one had, where that style can hold it."""
        text = scalar(value)
        if not isinstance(node, yaml.ScalarNode) or not isinstance(value, str):
            return text
        if node.style == '"':
            return yaml_quoted(value)
        if node.style == "'" and text.startswith('"') and "\\" not in text:
            return "'" + value.replace("'", "''") + "'"
        if node.style == "'" and not text.startswith('"'):
            return "'" + value.replace("'", "''") + "'"
        return text

    def mapping(
        self,
        node: yaml.MappingNode,
        old: Any,
        new: Any,
        indent: int,
        keys: Sequence[str] | None = None,
        ordered: bool = False,
    ) -> None:
        """Write the changes between two entities or mappings onto a mapping node."""
        pairs = {
            k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)
        }
        old_items = dict(_items(old, keys))
        new_items = dict(_items(new, keys))
        if ordered and [k for k in new_items if k in old_items] != [
            k for k in old_items if k in new_items
        ]:
            raise _Fallback
        last = node.value[-1][1] if node.value else None
        for key, value in new_items.items():
            if key in old_items:
                if same(old_items[key], value):
                    continue
                if key not in pairs:  # pragma: no cover - the node is the model
                    raise _Fallback
                self.value(pairs[key], old_items[key], value, indent)
            else:
                if node.flow_style or last is None:
                    raise _Fallback
                at = self.line_end(_end(last))
                line = " " * indent + scalar(key) + self.render(value, indent)
                self.edits.append((at, at, "\n" + line))
        for key in old_items:
            if key not in new_items:
                if node.flow_style or key not in pairs:
                    raise _Fallback
                key_node, value_node = pairs[key]
                start = self.line_start(key_node.start_mark.index)
                end = self.line_end(_end(value_node))
                self.edits.append((start, min(end + 1, len(self.text)), ""))

    def value(
        self, pair: tuple[yaml.Node, yaml.Node], old: Any, new: Any, indent: int
    ) -> None:
        key_node, value_node = pair
        inner = key_node.start_mark.column + 2
        nested = (isinstance(old, dict) and isinstance(new, dict)) or (
            isinstance(old, BaseModel) and isinstance(new, BaseModel)
        )
        if nested and isinstance(value_node, yaml.MappingNode):
            self.mapping(
                value_node,
                old,
                new,
                _indent_of(value_node, inner),
                ordered=key_node.value in ORDERED,
            )
            return
        if isinstance(value_node, yaml.ScalarNode) and not isinstance(
            new, (list, dict, Need)
        ):
            self.edits.append(
                (
                    value_node.start_mark.index,
                    value_node.end_mark.index,
                    self.styled(value_node, new),
                )
            )
            return
        start = key_node.end_mark.index
        self.edits.append(
            (start, _end(value_node), self.render(new, key_node.start_mark.column))
        )

    # -- lists of entities

    def entities(self, key: str, old: list[Any], new: list[Any]) -> None:
        pairs = {k.value: (k, v) for k, v in self.root.value}
        old_ids = [e.id for e in old]
        new_ids = [e.id for e in new]
        if old_ids == new_ids and all(
            same(a, b) for a, b in zip(old, new, strict=True)
        ):
            return
        new_set, old_set = set(new_ids), set(old_ids)
        kept_old = [i for i in old_ids if i in new_set]
        kept_new = [i for i in new_ids if i in old_set]
        if kept_old != kept_new:
            raise _Fallback
        if key not in pairs:
            at = len(self.text)
            lines = "".join("\n" + line for e in new for line in _entity(e, 2))
            lead = "" if self.text.endswith("\n") else "\n"
            self.edits.append((at, at, f"{lead}\n{key}:{lines}\n"))
            return
        key_node, seq = pairs[key]
        if not isinstance(seq, yaml.SequenceNode):  # pragma: no cover
            raise _Fallback
        if not seq.value:
            lines = "".join(
                "\n" + line
                for e in new
                for line in _entity(e, key_node.start_mark.column + 2)
            )
            self.edits.append(
                (key_node.end_mark.index, seq.end_mark.index, ":" + lines)
            )
            return
        if seq.flow_style:
            raise _Fallback
        nodes = dict(zip(old_ids, seq.value, strict=True))
        by_id = {e.id: e for e in old}
        indent = seq.value[0].start_mark.column
        previous: yaml.Node | None = None
        for entity in new:
            node = nodes.get(entity.id)
            if node is not None:
                if not isinstance(node, yaml.MappingNode):  # pragma: no cover
                    raise _Fallback
                self.mapping(node, by_id[entity.id], entity, node.start_mark.column)
                previous = node
                continue
            lines = "\n".join(_entity(entity, indent))
            if previous is None:
                at = self.line_start(seq.value[0].start_mark.index)
                self.edits.append((at, at, lines + "\n"))
            else:
                at = self.line_end(_end(previous))
                self.edits.append((at, at, "\n" + lines))
        for ident, node in nodes.items():
            if ident not in new_set:
                start = self.line_start(node.start_mark.index)
                end = self.line_end(_end(node))
                self.edits.append((start, min(end + 1, len(self.text)), ""))


def _indent_of(node: yaml.MappingNode, default: int) -> int:
    if node.value and not node.flow_style:
        return int(node.value[0][0].start_mark.column)
    return default


def _items(value: Any, keys: Sequence[str] | None) -> Iterator[tuple[str, Any]]:
    """The set fields of an entity (or the items of a mapping), in order."""
    if isinstance(value, BaseModel):
        for key in keys or type(value).model_fields:
            item = getattr(value, key)
            if item is not None and not (key == "needs" and item == {}):
                yield key, item
    elif isinstance(value, dict):
        yield from value.items()


def _block(value: Any, indent: int) -> Iterator[str]:
    if isinstance(value, Need):
        pairs = [(k, getattr(value, k)) for k in type(value).model_fields]
    elif isinstance(value, BaseModel):
        pairs = list(_items(value, None))
    else:
        pairs = list(value.items())
    for key, item in pairs:
        if item is None:
            continue
        prefix = " " * indent + scalar(key)
        if isinstance(item, (dict, BaseModel)) and not (
            isinstance(item, Need)
            and item.courses is None
            and item.within_months is None
        ):
            yield prefix + ":"
            yield from _block(item, indent + 2)
        elif isinstance(item, Need):
            yield f"{prefix}: {scalar(item.level)}"
        elif isinstance(item, list):
            yield f"{prefix}: {flow(item)}"
        else:
            yield f"{prefix}: {scalar(item)}"


def _entity(entity: BaseModel, indent: int) -> Iterator[str]:
    """A new entity's lines as a list item whose keys stand at `indent`."""
    for number, line in enumerate(_block(entity, indent)):
        yield (" " * (indent - 2) + "- " + line[indent:]) if number == 0 else line
