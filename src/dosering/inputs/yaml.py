"""Loading: file bytes to plain Python values, every problem a finding, never a raise.

The loader reads libyaml's event stream (PyYAML's C parser) and builds plain values
straight from it, without a node tree: the leanest route libyaml offers. While
building it notes where each node starts (two numbers per node, see `Positions`), so
`locate` finds the paths findings ask for by walking the values, however many there
are; where that cannot be trusted (aliases, merge keys, duplicate keys) it walks the
events a second time instead.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import os
import re
import stat
import warnings
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path as FsPath
from typing import Any, BinaryIO

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from dosering.core.errors import NotAFileError
from dosering.core.findings import Anchor, Draft, Path

DEFAULT_MAX_BYTES = 20_000_000
MAX_DEPTH = 100
MAX_ALIAS_EXPANSION = 2_000_000
"""Values that aliases may add beyond those written: an alias bomb stops here."""
MAX_NUMBER_CHARS = 100
"""The longest integer read (`0x` and 3,600 hex digits would be a number Python
cannot even write out): a longer one is a finding, never a value."""

try:
    from yaml._yaml import CParser as _CParser

    _Parser: Callable[[str | bytes], Any] = _CParser
    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    HAVE_LIBYAML = False
    warnings.warn(
        "PyYAML was built without libyaml: dosering will be very slow. "
        "Reinstall PyYAML from a wheel (pip install --force-reinstall PyYAML).",
        RuntimeWarning,
        stacklevel=1,
    )

    _Parser = yaml.SafeLoader


_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SHORT_TAGS = {
    "!!str": _STR,
    "!!int": _INT,
    "!!float": _FLOAT,
    "!!bool": _BOOL,
    "!!null": _NULL,
    "!!timestamp": _TIMESTAMP,
    "!!map": _MAP,
    "!!seq": _SEQ,
}

_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    key: list(value) for key, value in Resolver.yaml_implicit_resolvers.items()
}
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_PLAIN_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]+\Z")
_CONSTRUCTOR = SafeConstructor()


class _Merge:
    """The YAML 1.1 merge key `<<`."""

    def __repr__(self) -> str:
        return "<<"


MERGE = _Merge()


class _TagError(Exception):
    """A scalar carries a tag that dosering never constructs."""


class _ValueError(Exception):
    """A tagged scalar whose text does not fit its tag (`!!int abc`)."""


class _TooLong(Exception):
    """An integer written with more than `MAX_NUMBER_CHARS` characters."""


def resolve_plain(value: str) -> Any:
    """The value of a plain (unquoted) scalar, as YAML 1.1 and PyYAML read it.

    Raises `_TooLong` for an integer past `MAX_NUMBER_CHARS`.
    """
    resolvers = _IMPLICIT.get(value[:1])
    if resolvers is None:
        return value
    for tag, regexp in resolvers:
        if regexp.match(value):
            try:
                return _construct(tag, value)
            except (ValueError, OverflowError, ConstructorError):
                return value  # `2025-13-01` looks like a date but is none: text
    return value


def _construct(tag: str, value: str) -> Any:
    if tag == _STR:
        return value
    if tag == _INT:
        if len(value) > MAX_NUMBER_CHARS:
            raise _TooLong(len(value))
        if _DECIMAL.match(value):
            return int(value)
        return _CONSTRUCTOR.construct_yaml_int(yaml.ScalarNode(tag, value))
    if tag == _FLOAT:
        if _PLAIN_FLOAT.match(value):
            return float(value)
        return _CONSTRUCTOR.construct_yaml_float(yaml.ScalarNode(tag, value))
    if tag == _BOOL:
        return value.lower() in ("yes", "true", "on")
    if tag == _NULL:
        return None
    if tag == _TIMESTAMP:
        return _CONSTRUCTOR.construct_yaml_timestamp(yaml.ScalarNode(tag, value))
    if tag == _MERGE:
        return MERGE
    return value  # the `=` value key of YAML 1.1 is text here


def _scalar(event: Any) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        if event.implicit[0]:
            return resolve_plain(event.value)
        return event.value
    tag = _SHORT_TAGS.get(tag, tag)
    if tag == _STR:
        return event.value
    if tag in (_INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP):
        expected = resolve_plain(event.value)
        constructed = _checked_construct(tag, event.value)
        if constructed is _INVALID:
            raise _ValueError(tag)
        return expected if type(expected) is type(constructed) else constructed
    raise _TagError(tag)


_INVALID = object()


def _checked_construct(tag: str, value: str) -> Any:
    regexps = [r for t, rs in _ALL_BY_TAG.items() if t == tag for r in rs]
    if not any(r.match(value) for r in regexps):
        return _INVALID
    try:
        return _construct(tag, value)
    except (ValueError, ConstructorError):
        return _INVALID


_ALL_BY_TAG: dict[str, list[re.Pattern[str]]] = {}
for _resolvers in _IMPLICIT.values():
    for _tag, _regexp in _resolvers:
        _ALL_BY_TAG.setdefault(_tag, [])
        if _regexp not in _ALL_BY_TAG[_tag]:
            _ALL_BY_TAG[_tag].append(_regexp)


class Positions:
    """Where each node of a loaded document starts, noted while building its values.

    Nodes (scalars, aliases, mapping and sequence starts) are numbered in document
    order; `starts` holds each one's 0-based start line and column (`line << 32 |
    column`, one number for speed). A container's `id` gives
    its number and how many nodes it spans, so the number of any value is found from
    its parent's by adding up the spans of the entries before it: a path is found by
    walking the values, not by parsing the text again. Containers whose entries are
    not one node each as written (an alias, a merge key, a duplicate or complex key)
    are `irregular`: `find` gives up on paths through them.
    """

    __slots__ = ("_entries", "containers", "irregular", "raws", "root", "starts")

    def __init__(self) -> None:
        self.starts = array("Q")
        self.raws: dict[int, str] = {}
        """The text of each scalar whose value is not that text (numbers, yes/no)."""
        self.containers: dict[int, tuple[int, int]] = {}
        """`id` of each mapping and sequence built: its node number and span."""
        self.irregular: set[int] = set()
        self.root: Any = None
        """The document's value (which also keeps every container's `id` its own)."""
        self._entries: dict[int, Any] = {}

    def find(self, requests: Iterable[tuple[Path, Anchor]]) -> dict[Path, Spot] | None:
        """What `locate` returns, from the notes; None where they cannot tell."""
        found: dict[Path, Spot] = {}
        if not self.starts:
            return found
        found[()] = self._spot(0, self.root)
        # each path reached so far: its value, its node and its key's node
        reached: dict[Path, tuple[Any, int, int] | None] = {(): (self.root, 0, 0)}
        for path, anchor in requests:
            end = len(path)
            while path[:end] not in reached:
                end -= 1
            state = reached[path[:end]]
            while state is not None and end < len(path):
                state = self._step(state[0], path[end])
                if state is _IRREGULAR:
                    return None
                end += 1
                reached[path[:end]] = state
                if state is not None:
                    found[path[:end]] = self._spot(state[1], state[0])
            if state is not None and anchor is Anchor.KEY and path and state[2] >= 0:
                found[(*path, KEY_SUFFIX)] = self._spot(state[2], path[-1])
            if anchor is Anchor.FIRST_KEY and path:
                mapping = reached.get(path[:-1])
                if mapping is not None and type(mapping[0]) is dict and mapping[0]:
                    first = next(iter(mapping[0]))
                    node = self._step(mapping[0], first)
                    if node is _IRREGULAR:
                        return None
                    found[(*path[:-1], FIRST_KEY_SUFFIX)] = self._spot(node[2], first)
        return found

    def _step(self, value: Any, part: Any) -> Any:
        """The (value, node, key node) one step into `value`, None if not there."""
        if (
            type(value) is dict
            and len(value) <= _SCANNED
            and id(value) not in self._entries
        ):
            return self._scan(value, part)
        entries = self._entries_of(value)
        if entries is _IRREGULAR:
            return _IRREGULAR
        if type(value) is dict:
            pair = entries.get(part)
            return None if pair is None else (value[part], pair[1], pair[0])
        if type(value) is list and type(part) is int and 0 <= part < len(value):
            return (value[part], entries[part], -1)  # no key in a sequence
        return None

    def _scan(self, mapping: dict[Any, Any], part: Any) -> Any:
        """`_step` into a small mapping: its spans added up to `part`, not kept."""
        key = id(mapping)
        entry = self.containers.get(key)
        if entry is None or key in self.irregular:
            return _IRREGULAR
        containers = self.containers
        node = entry[0] + 1
        for name, item in mapping.items():
            if name == part:
                return (item, node + 1, node)
            kind = type(item)
            if kind is dict or kind is list:
                inner = containers.get(id(item))
                if inner is None:
                    return _IRREGULAR
                node += 1 + inner[1]
            else:
                node += 2
        return None

    def _spot(self, node: int, value: Any) -> Spot:
        if type(value) is dict or type(value) is list:
            raw = None
        else:
            raw = value if type(value) is str else self.raws.get(node)
        start = self.starts[node]
        return Spot((start >> 32) + 1, (start & 0xFFFFFFFF) + 1, raw)

    def _entries_of(self, value: Any) -> Any:
        """Per key (key node, value node), or per index the node; remembered."""
        if type(value) is not dict and type(value) is not list:
            return None
        key = id(value)
        known = self._entries.get(key)
        if known is not None:
            return known
        entry = self.containers.get(key)
        if entry is None or key in self.irregular:
            return _IRREGULAR
        start, span = entry
        node = start + 1
        containers = self.containers
        is_dict = type(value) is dict
        entries: Any = {} if is_dict else []
        pairs: Any = value.items() if type(value) is dict else enumerate(value)
        for name, item in pairs:
            if is_dict:
                entries[name] = (node, node + 1)
                node += 1
            else:
                entries.append(node)
            kind = type(item)
            if kind is dict or kind is list:
                inner = containers.get(id(item))
                if inner is None:
                    return _IRREGULAR
                node += inner[1]
            else:
                node += 1
        if node != start + span:  # changed since it was built: the notes are off
            return _IRREGULAR
        self._entries[key] = entries
        return entries


_IRREGULAR: Any = object()
_SCANNED = 16
"""Mappings up to this size are scanned for each key; larger ones indexed once."""


@dataclass(frozen=True, slots=True)
class Document:
    """One loaded file: its values, its text and what went wrong loading it."""

    name: str
    text: str | None
    data: Any
    drafts: tuple[Draft, ...]
    usable: bool
    """False when the values are incomplete or untrustworthy: stop after loading."""
    positions: Positions | None = None
    """Where the values' nodes start, when the loader could note it."""

    @property
    def problems(self) -> tuple[Draft, ...]:
        """The drafts that make a file unreadable as plain YAML data.

        Leaves out the notes on numbers like `010`, which only a schema can judge.
        """
        return tuple(d for d in self.drafts if d.message_key != "odd-number")

    @property
    def empty(self) -> bool:
        """True when the file holds no document at all (empty or only comments)."""
        return self.usable and self.data is None


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    The values built here hold no cycles; the collector's passes over hundreds of
    thousands of new dicts and lists would cost several times the parsing itself.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_CHUNK = 1 << 24


def open_regular(path: FsPath) -> BinaryIO:
    """A regular file opened for reading, without ever blocking.

    The path is opened non-blocking (a FIFO with no writer would block `open()`
    for ever) and its type checked on the open file: a directory raises
    `IsADirectoryError`, a pipe, socket or device `NotAFileError`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotAFileError(
                errno.EINVAL, "not a regular file (a pipe or a device?)", str(path)
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: FsPath, max_bytes: int) -> bytes | None:
    """The file's bytes, or None when it is larger than `max_bytes`.

    Never allocates more than the file holds, whatever `max_bytes` is. Raises
    OSError when the file cannot be read (`NotAFileError` for a pipe or device);
    the caller turns that into a `UserError`.
    """
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        left = max_bytes + 1
        parts: list[bytes] = []
        want = min(left, size + 1 if size else _CHUNK)
        while left > 0:
            chunk = handle.read(want)
            if not chunk:
                break
            parts.append(chunk)
            left -= len(chunk)
            want = min(left, _CHUNK)
    if left <= 0:
        return None
    return parts[0] if len(parts) == 1 else b"".join(parts)


def load_file(path: FsPath, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and load one file; OSError propagates (the command cannot run)."""
    raw = read_bytes(path, max_bytes)
    if raw is None:
        draft = Draft("file-too-large", (), {"limit": max_bytes}, line=None, col=None)
        return Document(name, None, None, (draft,), usable=False)
    return load_bytes(raw, name)


def load_bytes(raw: bytes, name: str) -> Document:
    """Decode and load a file's bytes."""
    text, problem = decode(raw)
    if problem is not None:
        return Document(name, None, None, (problem,), usable=False)
    assert text is not None
    if _SEPARATORS.search(text):
        text, drafts = line_separators(text)
        document = load_text(text, name)
        return Document(
            name, text, document.data, (*drafts, *document.drafts), document.usable
        )
    # libyaml reads UTF-8 bytes faster than a str it must encode first; its marks
    # count characters either way.
    return load_text(text, name, source=raw.removeprefix(b"\xef\xbb\xbf"))


def decode(raw: bytes) -> tuple[str | None, Draft | None]:
    """UTF-8 text (a BOM dropped), or a finding saying what the bytes are instead."""
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")) and _is_workbook(raw):
        return None, Draft(
            "not-a-model", (), {}, line=1, col=1, message_key="not-a-model.workbook"
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(raw) >= 2 and (raw[0] == 0) != (raw[1] == 0)  # noqa: PLR2004
    ):
        return None, Draft("yaml-encoding", (), {"kind": "utf16"}, line=1, col=1)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _byte_position(raw, exc.start)
        kind = "cp1252" if _looks_like_cp1252(raw) else "bytes"
        byte = f"0x{raw[exc.start]:02X}"
        params = {"kind": kind, "byte": byte}
        return None, Draft("yaml-encoding", (), params, line=line, col=col)
    nul = text.find("\x00")
    if nul >= 0:
        line, col = text_position(text, nul)
        return None, Draft("yaml-encoding", (), {"kind": "nul"}, line=line, col=col)
    return text, None


def _is_workbook(raw: bytes) -> bool:
    """True when the bytes are an XLSX, ODS or XLS (a zip of a Word file is not)."""
    import io

    from dosering.inputs.tables.workbook import is_workbook

    return is_workbook(raw[:8], io.BytesIO(raw))


_SEPARATORS = re.compile("[\u0085\u2028\u2029]")


def line_separators(text: str) -> tuple[str, list[Draft]]:
    """Text without the line separators YAML counts as line breaks and editors don't.

    NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) come with
    text pasted from Word or a PDF. libyaml would count them as line breaks, so every
    later position would be a line off from what an editor shows: each is a finding
    at its editor position, and the text is read with a space in its place.
    """
    drafts = []
    for match in _SEPARATORS.finditer(text):
        line, col = text_position(text, match.start())
        params = {"char": f"U+{ord(match.group()):04X}"}
        drafts.append(
            Draft(
                "yaml-syntax",
                (),
                params,
                line=line,
                col=col,
                message_key="yaml-separator",
            )
        )
    return _SEPARATORS.sub(" ", text), drafts


def _looks_like_cp1252(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    start = raw.rfind(b"\n", 0, offset) + 1
    line = raw.count(b"\n", 0, offset) + 1
    col = len(raw[start:offset].decode("utf-8", "replace")) + 1
    return line, col


def text_position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a character index."""
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


class _Stop(Exception):
    """Loading cannot go on; the draft says why."""

    def __init__(self, draft: Draft) -> None:
        super().__init__(draft.code)
        self.draft = draft


_MAP_FRAME = 0
_SEQ_FRAME = 1
_NO_KEY: Any = object()


def load_text(text: str, name: str, source: bytes | None = None) -> Document:
    """Build plain values from YAML text; see the module docstring.

    `source`, when given, is the same text as UTF-8 bytes, which libyaml reads faster.
    """
    drafts: list[Draft] = []
    positions = Positions()
    try:
        with paused_gc():
            data = _build(text if source is None else source, drafts, positions)
    except _Stop as stop:
        drafts.append(stop.draft)
        return Document(name, text, None, tuple(drafts), usable=False)
    except yaml.MarkedYAMLError as exc:
        drafts.append(_syntax_draft(exc, text))
        return Document(name, text, None, tuple(drafts), usable=False)
    except yaml.reader.ReaderError as exc:
        if source is None:
            line, col = text_position(text, min(exc.position, len(text)))
        else:  # libyaml counts bytes here
            line, col = _byte_position(source, min(exc.position, len(source)))
        char = exc.character
        shown = f"U+{char:04X}" if isinstance(char, int) else repr(char)
        params = {"char": shown}
        drafts.append(
            Draft(
                "yaml-syntax",
                (),
                params,
                line=line,
                col=col,
                message_key="yaml-control",
            )
        )
        return Document(name, text, None, tuple(drafts), usable=False)
    except yaml.YAMLError as exc:  # pragma: no cover - libyaml raises marked errors
        drafts.append(Draft("yaml-syntax", (), {"problem": str(exc)}, line=1, col=1))
        return Document(name, text, None, tuple(drafts), usable=False)
    usable = not any(d.code in _FATAL for d in drafts)
    positions.root = data
    return Document(name, text, data, tuple(drafts), usable, positions)


_FATAL = frozenset({"yaml-tag", "yaml-syntax", "yaml-key", "yaml-number"})


def load_json(text: str, name: str) -> Document:
    """Plain values from JSON text, with the YAML loader's bounds on numbers and depth.

    A syntax error, an integer past `MAX_NUMBER_CHARS` or nesting past `MAX_DEPTH`
    is the one draft of an unusable document; nothing raises.
    """
    try:
        data = json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        params = {"problem": exc.msg}
        draft = Draft(
            "yaml-syntax",
            (),
            params,
            line=exc.lineno,
            col=exc.colno,
            message_key="json-syntax",
        )
        return Document(name, text, None, (draft,), usable=False)
    except (_TooLong, RecursionError):
        return Document(name, text, None, (_json_bound(text),), usable=False)
    if _deeper_than(data, MAX_DEPTH):
        return Document(name, text, None, (_json_bound(text),), usable=False)
    return Document(name, text, data, (), usable=True)


def _json_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _TooLong(len(text))
    return int(text)


def _deeper_than(data: Any, limit: int) -> bool:
    """True when lists and objects nest more than `limit` levels (no recursion)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value
        if isinstance(value, dict | list):
            if depth > limit:
                return True
            stack.extend((child, depth + 1) for child in children)
    return False


_JSON_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]|-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?'
)


def _json_bound(text: str) -> Draft:
    """The draft for the first number or nesting past a bound in valid JSON."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        if first in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, col = text_position(text, match.start())
                params = {"limit": MAX_DEPTH}
                return Draft("yaml-too-deep", (), params, line=line, col=col)
        elif first in "]}":
            depth -= 1
        elif (
            first != '"'
            and len(token) > MAX_NUMBER_CHARS
            and not any(c in token for c in ".eE")
        ):
            line, col = text_position(text, match.start())
            params = {"length": len(token), "limit": MAX_NUMBER_CHARS}
            return Draft("yaml-number", (), params, line=line, col=col)
    params = {"limit": MAX_DEPTH}  # pragma: no cover - the caller saw a bound passed
    return Draft("yaml-too-deep", (), params, line=1, col=1)  # pragma: no cover


def _syntax_draft(exc: yaml.MarkedYAMLError, text: str) -> Draft:
    """A syntax error in plain words, at the line a person would fix.

    libyaml reports where it gave up, which is often far below the cause: an unclosed
    quote runs on to the next quote in the file. So the common causes are looked for
    first and reported where they are (the opening quote, the tab).
    """
    mark = exc.problem_mark or exc.context_mark
    problem = " ".join(p for p in (exc.context, exc.problem) if p)
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    params: dict[str, Any] = {"problem": problem}
    key = "yaml-syntax.quote"
    found = _unclosed_quote(text, line)
    if found is None:
        key, found = "yaml-syntax.tab", _tab_near(text, line, problem)
        if found is not None:
            spaces = _spaces_for_tab(text, found[0], line)
            if spaces is not None:
                key, params["spaces"] = "yaml-syntax.tab.spaces", spaces
    if found is not None:
        line, col = found
        params["start"] = line
        return Draft("yaml-syntax", (), params, line=line, col=col, message_key=key)
    flow = _FLOW_CLOSE.get(exc.context or "")
    if flow is not None and exc.context_mark is not None and "expected ','" in problem:
        line, col = exc.context_mark.line + 1, exc.context_mark.column + 1
        params.update(open=flow[0], close=flow[1], start=line)
        key = "yaml-syntax.flow"
        return Draft("yaml-syntax", (), params, line=line, col=col, message_key=key)
    typo = _missing_space(text, line)
    if typo is not None:
        key, line, col, params["fixed"] = typo
        return Draft("yaml-syntax", (), params, line=line, col=col, message_key=key)
    key = _syntax_kind(exc, text, line, col, params)
    if key == "yaml-syntax.indent":
        line = params.pop("line", line)
        col = params["has"] + 1  # the start of the line's key, not where YAML gave up
        if params["expected"] == 0:
            key = "yaml-syntax.indent.left"
    return Draft("yaml-syntax", (), params, line=line, col=col, message_key=key)


_FLOW_CLOSE = {
    "while parsing a flow mapping": ("{", "}"),
    "while parsing a flow sequence": ("[", "]"),
}
"""A `{` or `[` that libyaml finds unclosed: the bracket and the one that closes it."""


# A value that opens a quote: `key: "…`, `- "…`, `- key: '…`.
_OPENS_QUOTE = re.compile(r"""^(\s*(?:-\s+)*(?:[^\s#"'][^#"']*?:\s+)?)(["'])(.*)$""")
_MAX_QUOTE_TRIES = 20
_QUOTE_WINDOW = 200  # lines above the error where the opening quote is looked for


def _unclosed_quote(text: str, error_line: int) -> tuple[int, int] | None:
    """Where a quote opens that its line never closes, if that is what went wrong.

    A candidate is a line shortly above the error (or the error's own) whose value
    opens a quote that the line does not close. It is the cause when closing it at the
    end of its line lets libyaml read the text up to the error's line without one.
    """
    lines = text.split("\n")
    last = min(error_line, len(lines))
    tried = 0
    for index in range(max(0, last - _QUOTE_WINDOW), last):
        found = _OPENS_QUOTE.match(lines[index])
        if found is None or _closes(found.group(2), found.group(3)):
            continue
        tried += 1
        if tried > _MAX_QUOTE_TRIES:
            break
        fixed = [*lines[:index], lines[index].rstrip() + found.group(2)]
        if _reads_past("\n".join([*fixed, *lines[index + 1 : last + 1]]), error_line):
            return index + 1, len(found.group(1)) + 1
    return None


def _closes(quote: str, rest: str) -> bool:
    """True when `rest`, the line after an opening quote, closes it."""
    if quote == "'":
        return "'" in rest.replace("''", "")  # '' is a quote inside single quotes
    return re.search(r'(?<!\\)(?:\\\\)*"', rest) is not None


def _reads_past(text: str, error_line: int) -> bool:
    """True when libyaml reads `text` with no error up to and including `error_line`."""
    try:
        for _ in yaml.parse(text, Loader=yaml.CSafeLoader):
            pass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark is not None and mark.line + 1 > error_line
    return True


def _tab_near(text: str, line: int, problem: str) -> tuple[int, int] | None:
    """The position of a tab in the indentation at, or just above, the error."""
    lines = text.split("\n")
    nearby = [i for i in (line - 1, line - 2) if 0 <= i < len(lines)]
    for index in nearby:
        current = lines[index]
        indent = current[: len(current) - len(current.lstrip(" \t"))]
        if "\t" in indent:
            return index + 1, indent.index("\t") + 1
    if "tab" in problem:
        for index in nearby:
            if "\t" in lines[index]:
                return index + 1, lines[index].index("\t") + 1
    return None


def _syntax_kind(
    exc: yaml.MarkedYAMLError, text: str, line: int, col: int, params: dict[str, Any]
) -> str:
    """The message key for a libyaml error (`yaml-syntax` when none fits better)."""
    problem = exc.problem or ""
    context = exc.context or ""
    lines = text.splitlines()
    current = lines[line - 1] if 0 < line <= len(lines) else ""
    char = current[col - 1 : col]
    if "cannot start any token" in problem and char == "\t":
        return "yaml-syntax.tab"
    if "cannot start any token" in problem and char in ("@", "`"):
        params["char"] = char
        return "yaml-syntax.reserved"
    if "alias" in context or "undefined alias" in problem:
        return "yaml-syntax.alias"
    if "unknown escape character" in problem:
        params["char"] = current[col : col + 1] or "?"
        return "yaml-syntax.escape"
    if "expected hexdecimal number" in problem:  # `"C:\Users"`: \U, \u, \x take hex
        backslash = current.rfind("\\", 0, col)
        params["char"] = current[backslash + 1 : backslash + 2] or "?"
        return "yaml-syntax.escape"
    if "quoted scalar" in context and exc.context_mark is not None:
        params["start"] = exc.context_mark.line + 1
        return "yaml-syntax.quote"
    if "block sequence entries are not allowed" in problem and char == "-":
        dash = _DASH_VALUE.match(current)
        if dash is not None:
            params["key"] = dash.group(1)
            if _parent_key(lines, line - 1) == "needs":
                params["levels"] = ", ".join(_level_ids(text)) or "…"
                return "yaml-syntax.none-need"
            return "yaml-syntax.dash"
    if "mapping values are not allowed" in problem:
        if _continues_a_value(lines, line - 1):
            _indents(lines, line - 1, params)
            return "yaml-syntax.indent"
        return _colon(current, params)
    if any(
        marker in problem
        for marker in ("expected key", "expected <block end>", "expected '-'")
    ):
        _indents(lines, line - 1, params)
        return "yaml-syntax.indent"
    if "could not find expected ':'" in problem:
        return "yaml-syntax.no-colon"
    return "yaml-syntax"


# `key: value` or `- key: value`; group 1 runs up to where the key starts.
_KEY_VALUE = re.compile(r"^(\s*(?:-\s+)?)([^\s:#][^:#]*?):(?:\s+(.*?))?\s*$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _line_above(lines: list[str], index: int) -> int | None:
    """The index of the nearest line above with content (not blank, not comment)."""
    for above in range(index - 1, -1, -1):
        stripped = lines[above].strip()
        if stripped and not stripped.startswith("#"):
            return above
    return None


def _continues_a_value(lines: list[str], index: int) -> bool:
    """True when line `index` is a `key:` indented under a `key: value` line.

    YAML then reads it as more of the value above, and stops at its colon.
    """
    above = _line_above(lines, index)
    if above is None or not 0 <= index < len(lines):
        return False
    found = _KEY_VALUE.match(lines[above])
    return (
        found is not None
        and bool(found.group(3))
        and _indent(lines[index]) > len(found.group(1))
        and _KEY_VALUE.match(lines[index]) is not None
    )


def _indents(lines: list[str], index: int, params: dict[str, Any]) -> None:
    """The line's indentation and the one that lets YAML read on.

    The candidates are the indentations the lines above allow: of the line above and
    of each line it is indented under (for a list item `- key:`, its keys'; for a
    line that is itself a list item, the other items' dashes first). The nearest
    that lets libyaml read past the line wins. When the line has the file's usual
    step (two spaces) and the line above does not, the line above is the one to move.
    """
    has = _indent(lines[index]) if 0 <= index < len(lines) else 0
    params["has"] = has
    params["expected"] = 0
    if not 0 <= index < len(lines):
        return
    above = _line_above(lines, index)
    step = _step(lines)
    if (
        above is not None
        and has % step == 0
        and _indent(lines[above]) % step != 0
        and _indent(lines[above]) != has
        and _KEY_VALUE.match(lines[above]) is not None
        and _reads_past_with(lines, above, has, index + 1)
    ):
        params.update(has=_indent(lines[above]), expected=has, line=above + 1)
        return
    candidates = _candidates(lines, index, has, step)
    child = _child_indent(lines, above, step)
    if child is not None and child != has:
        candidates = [child, *(c for c in candidates if c != child)]
    for width in candidates:
        if _reads_past_with(lines, index, width, index + 1):
            params["expected"] = width
            return
    params["expected"] = candidates[0] if candidates else 0


def _candidates(
    lines: list[str], index: int, has: int, step: int, near: int | None = None
) -> list[int]:
    """Indentations for line `index` other than `has`, nearest first.

    Nearest to `near` when given, else to `has` (see `_indents`).
    """
    near = has if near is None else near
    dashes: list[int] = []
    keys: list[int] = []
    limit: int | None = None
    above = _line_above(lines, index)
    while above is not None:
        current = lines[above]
        width = _indent(current)
        if limit is None or width < limit:
            dash = re.match(r"^(\s*-\s+)\S", current)
            if dash:
                dashes.append(width)
                keys.append(len(dash.group(1)))
            else:
                keys.append(width)
            limit = width
        above = _line_above(lines, above)
    is_item = lines[index].lstrip().startswith("- ")

    def order(widths: list[int]) -> list[int]:
        unique = sorted({w for w in widths if w != has})
        return sorted(unique, key=lambda n: (abs(n - near), n % step != 0, -n))

    return order(dashes) + order(keys) if is_item else order(keys + dashes)


def _child_indent(lines: list[str], above: int | None, step: int) -> int | None:
    """The indentation of what comes under the line `above` if it is a bare `key:`."""
    if above is None:
        return None
    found = _KEY_VALUE.match(lines[above])
    if found is None or found.group(3):
        return None
    return len(found.group(1)) + max(step, 2)


def _step(lines: list[str]) -> int:
    """2 when (almost) every indentation in the file is even, else 1.

    "Almost": one odd line, or one in ten; the odd line is usually the mistake.
    """
    widths = [_indent(s) for s in lines if s.strip() and not s.lstrip().startswith("#")]
    odd = sum(1 for w in widths if w % 2)
    return 2 if widths and odd <= max(1, len(widths) // 10) else 1


def _reads_past_with(lines: list[str], index: int, width: int, error_line: int) -> bool:
    """True when line `index`, indented `width`, lets libyaml read on.

    On past `error_line` and the two lines after it: a fix that only moves the
    error is no fix.
    """
    if len(lines) > _TRIAL_LINES:
        return False
    last = min(error_line + 2, len(lines))
    fixed = [*lines[:index], " " * width + lines[index].lstrip(" \t")]
    return _reads_past("\n".join([*fixed, *lines[index + 1 : last]]), last)


_TRIAL_LINES = 20_000
"""Above this many lines, a syntax error is told without trying fixes (each a parse)."""


def _spaces_for_tab(text: str, tab_line: int, error_line: int) -> int | None:
    """How many spaces the tab-indented line needs, if a trial finds it."""
    lines = text.split("\n")
    index = tab_line - 1
    if not 0 <= index < len(lines):
        return None
    above = _line_above(lines, index)
    near = _indent(lines[above]) if above is not None else 0
    step = _step(lines)
    child = _child_indent(lines, above, step)
    first = [near] if child is None else [child, near]
    for width in [*first, *_candidates(lines, index, -1, step, near)]:
        if _reads_past_with(lines, index, width, max(error_line, tab_line)):
            return width
    return None


# `-id: x` (no space after the dash), `headcount:1200` (none after the colon)
_DASH_TYPO = re.compile(r"^(\s*)-([^\s\-#\[{\"'][^:#]*:(?:\s.*)?)$")
_COLON_TYPO = re.compile(r"^(\s*(?:-\s+)?[A-Za-z_][\w-]*):([^\s/:\"'\[{][^#]*)$")


def _missing_space(text: str, error_line: int) -> tuple[str, int, int, str] | None:
    """A line shortly above the error that lacks the space after `-` or `:`.

    It is the cause when adding the space lets libyaml read past the error's line.
    Returns the message key, the line, the column and the line as it should read.
    """
    lines = text.split("\n")
    if len(lines) > _TRIAL_LINES:
        return None
    last = min(error_line, len(lines))
    for index in range(last - 1, max(-1, last - 4), -1):
        current = lines[index]
        dash = _DASH_TYPO.match(current)
        colon = _COLON_TYPO.match(current)
        if dash:
            fixed = f"{dash.group(1)}- {dash.group(2)}"
            key, col = "yaml-syntax.dash-space", len(dash.group(1)) + 1
        elif colon:
            fixed = f"{colon.group(1)}: {colon.group(2)}"
            key, col = "yaml-syntax.colon-space", len(colon.group(1)) + 1
        else:
            continue
        end = min(error_line + 2, len(lines))
        trial = [*lines[:index], fixed, *lines[index + 1 : end]]
        if _reads_past("\n".join(trial), end):
            return key, index + 1, col, fixed.strip()
    return None


def _colon(current: str, params: dict[str, Any]) -> str:
    """`name: Chef: vård`: the hint shows the line's own key and value in quotes."""
    found = _KEY_VALUE.match(current)
    if found is None or not found.group(3):
        return "yaml-syntax.colon"  # hinted without an example: the line is no `key:`
    value = found.group(3)
    single = "'" + value.replace("'", "''") + "'"
    quoted = single if '"' in value else f'"{value}"'
    params["fixed"] = f"{found.group(2)}: {quoted}"
    return "yaml-syntax.colon.line"


# `key: -` (a planner's "none"): YAML reads the dash as the start of a list.
_DASH_VALUE = re.compile(r"^\s*(?:-\s+)?([^\s:#][^:#]*?):\s+-\s*(?:#.*)?$")


def _parent_key(lines: list[str], index: int) -> str | None:
    """The key of the mapping that line `index` (0-based) is indented under."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    for above in reversed(lines[:index]):
        stripped = above.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if len(above) - len(above.lstrip()) < indent:
            found = re.match(r"^\s*(?:-\s+)?([^\s:#][^:#]*?):\s*(?:#.*)?$", above)
            return found.group(1) if found else None
    return None


def _level_ids(text: str) -> list[str]:
    """The level ids a model's text lists under `levels:`, read without parsing."""
    block = re.search(r"^levels:[^\n]*\n((?:[ \t#-][^\n]*\n|\n)*)", text, re.MULTILINE)
    if block is None:
        return []
    return re.findall(r"^\s*-\s+(?:\{\s*)?id:\s*([\w-]+)", block.group(1), re.MULTILINE)


def _path_of(stack: list[list[Any]]) -> Path:
    parts: list[Any] = []
    for frame in stack:
        if frame[0] == _SEQ_FRAME:
            parts.append(len(frame[1]))
        elif frame[2] is not _NO_KEY:
            parts.append(frame[2])
    return tuple(parts)


def _build(text: str | bytes, drafts: list[Draft], positions: Positions) -> Any:
    """The event loop: plain values from libyaml events, built on an explicit stack.

    Notes each node's start in `positions` on the way (see there).
    """
    parser = _Parser(text)
    get_event = parser.get_event
    scalar_event = yaml.ScalarEvent
    mapping_start = yaml.MappingStartEvent
    sequence_start = yaml.SequenceStartEvent
    mapping_end = yaml.MappingEndEvent
    sequence_end = yaml.SequenceEndEvent
    alias_event = yaml.AliasEvent
    document_start = yaml.DocumentStartEvent
    stream_end = yaml.StreamEndEvent
    resolvers = _IMPLICIT
    resolved: dict[str, Any] = {}  # plain scalars repeat (level ids, numbers)
    odd: set[str] = set()  # integers not written in plain decimals: `010`, `0x1F`

    starts = positions.starts.append
    raws, containers, irregular = (
        positions.raws,
        positions.containers,
        positions.irregular,
    )
    nodes = 0  # the number of the next node, in document order
    # frame: [kind, container, key, anchor, count, merges, first node, irregular]
    stack: list[list[Any]] = []
    anchors: dict[str, tuple[Any, int]] = {}
    root: Any = None
    documents = 0
    expanded = 0

    while True:
        event = get_event()
        kind = type(event)
        count = 1
        if kind is scalar_event:
            tag = event.tag
            if tag is None and event.implicit[0]:
                value = event.value
                if value[:1] in resolvers:
                    plain = value
                    value = resolved.get(plain, _NO_KEY)
                    if value is _NO_KEY:
                        try:
                            value = resolved[plain] = resolve_plain(plain)
                        except _TooLong:
                            drafts.append(_too_long(event, stack))
                            value = resolved[plain] = plain
                        if type(value) is int and not _DECIMAL.match(plain):
                            odd.add(plain)
                    if (
                        plain in odd
                        and stack
                        and (stack[-1][0] == _SEQ_FRAME or stack[-1][2] is not _NO_KEY)
                    ):
                        drafts.append(_odd_number(stack, plain, value))
            elif tag is None:
                value = event.value
            else:
                value = _tagged_scalar(event, stack, drafts)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1)
            mark = event.start_mark
            starts(mark.line << 32 | mark.column)
            if type(value) is not str:
                raws[nodes] = event.value
            nodes += 1
        elif kind is mapping_start or kind is sequence_start:
            if event.tag not in (None, "!", _MAP, _SEQ, "!!map", "!!seq"):
                drafts.append(_tag_draft(event, stack))
            if len(stack) >= MAX_DEPTH:
                raise _Stop(
                    _at(event, "yaml-too-deep", _path_of(stack), {"limit": MAX_DEPTH})
                )
            mark = event.start_mark
            starts(mark.line << 32 | mark.column)
            if kind is mapping_start:
                stack.append(
                    [_MAP_FRAME, {}, _NO_KEY, event.anchor, 1, None, nodes, False]
                )
            else:
                stack.append(
                    [_SEQ_FRAME, [], None, event.anchor, 1, None, nodes, False]
                )
            nodes += 1
            continue
        elif kind is mapping_end or kind is sequence_end:
            frame = stack.pop()
            value = frame[1]
            count = frame[4]
            if frame[5] is not None:
                value = _merged(frame[5], value)
                frame[7] = True
            if frame[3] is not None:
                anchors[frame[3]] = (value, count)
            containers[id(value)] = (frame[6], nodes - frame[6])
            if frame[7]:
                irregular.add(id(value))
        elif kind is alias_event:
            target = anchors.get(event.anchor)
            if target is None:
                params = {"problem": f"found undefined alias *{event.anchor}"}
                draft = _at(event, "yaml-syntax", (), params)
                raise _Stop(replace(draft, message_key="yaml-syntax.alias"))
            value, count = target
            mark = event.start_mark
            starts(mark.line << 32 | mark.column)
            nodes += 1
            if stack:
                stack[-1][7] = True  # the alias's node count is not its value's
            expanded += count
            if expanded > MAX_ALIAS_EXPANSION:
                raise _Stop(
                    _at(
                        event,
                        "yaml-aliases",
                        _path_of(stack),
                        {"limit": MAX_ALIAS_EXPANSION},
                    )
                )
        elif kind is document_start:
            documents += 1
            if documents > 1:
                if _empty_document(get_event):
                    continue  # a trailing `---` with nothing after it
                drafts.append(_at(event, "yaml-multiple-documents", (), {}))
                return root
            continue
        elif kind is stream_end:
            return root
        else:
            continue

        if not stack:
            root = value
            continue
        frame = stack[-1]
        frame[4] += count
        if frame[0] == _SEQ_FRAME:
            frame[1].append(value)
        elif frame[2] is _NO_KEY:
            if kind is not scalar_event:
                drafts.append(_at(event, "yaml-key", _path_of(stack), {}))
                value = repr(value)
                frame[7] = True
            elif value in frame[1] and value is not MERGE:
                frame[7] = True
                drafts.append(
                    _at(
                        event,
                        "yaml-duplicate-key",
                        (*_path_of(stack), value),
                        {"key": event.value},
                    )
                )
            frame[2] = value
        else:
            key = frame[2]
            frame[2] = _NO_KEY
            if key is MERGE:
                if frame[5] is None:
                    frame[5] = []
                frame[5].append(value)
            else:
                frame[1][key] = value


def _at(event: Any, code: str, path: Path, params: dict[str, Any]) -> Draft:
    """A draft positioned at an event's start."""
    mark = event.start_mark
    return Draft(code, path, params, line=mark.line + 1, col=mark.column + 1)


def _odd_number(stack: list[list[Any]], plain: str, value: int) -> Draft:
    """A value like `010` (octal 8) or `0x1F`: YAML converts it, surely unmeant.

    Located later; the pipeline drops it where the schema already says more (an id
    must be text anyway).
    """
    return Draft(
        "schema",
        _path_of(stack),
        {"raw": plain, "number": value},
        message_key="odd-number",
    )


def _empty_document(get_event: Callable[[], Any]) -> bool:
    """True when the document just started holds nothing (an empty plain scalar)."""
    first = get_event()
    if not (
        type(first) is yaml.ScalarEvent
        and first.value == ""
        and first.tag is None
        and first.implicit[0]
    ):
        return False
    return type(get_event()) is yaml.DocumentEndEvent


def _merged(sources: list[Any], explicit: dict[Any, Any]) -> Any:
    """Apply YAML 1.1 merge keys: explicit keys win, earlier merge sources win."""
    merged: dict[Any, Any] = {}
    flat: list[Any] = []
    for source in sources:
        if isinstance(source, list):
            flat.extend(source)
        else:
            flat.append(source)
    for source in reversed(flat):
        if isinstance(source, dict):
            merged.update(source)
    merged.update(explicit)
    return merged


def _too_long(event: Any, stack: list[list[Any]]) -> Draft:
    """An integer too long to be a value (its text is never shown)."""
    params = {"length": len(event.value), "limit": MAX_NUMBER_CHARS}
    return _at(event, "yaml-number", _path_of(stack), params)


def _tagged_scalar(event: Any, stack: list[list[Any]], drafts: list[Draft]) -> Any:
    try:
        return _scalar(event)
    except _TooLong:
        drafts.append(_too_long(event, stack))
        return event.value
    except _TagError:
        drafts.append(_tag_draft(event, stack))
        return event.value
    except _ValueError:
        tag = _SHORT_TAGS.get(event.tag, event.tag)
        drafts.append(
            _at(
                event,
                "yaml-syntax",
                _path_of(stack),
                {"problem": f"{event.value!r} is not a valid {tag.rsplit(':', 1)[-1]}"},
            )
        )
        return event.value


def _tag_draft(event: Any, stack: list[list[Any]]) -> Draft:
    tag = str(event.tag)
    if tag.startswith("tag:yaml.org,2002:"):
        tag = "!!" + tag.removeprefix("tag:yaml.org,2002:")
    return _at(event, "yaml-tag", _path_of(stack), {"tag": tag})


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a path was found: 1-based line and column, and the scalar's text."""

    line: int
    col: int
    raw: str | None = None


def locate(
    text: str,
    requests: Iterable[tuple[Path, Anchor]],
    positions: Positions | None = None,
) -> dict[Path, Spot]:
    """Find the positions of some paths: from the loader's notes, else from the text.

    With `positions` (the document's), the values are walked; where they cannot
    tell (see `Positions`), or without them, the events are walked once more.

    Returns a mapping from each requested path (and each of its prefixes) to the
    position of its value; for `Anchor.KEY` requests, `(*path, "<key>")` holds the
    key's position, and for `Anchor.FIRST_KEY` (a key missing from the mapping at
    `path[:-1]`), `(*path[:-1], "<first-key>")` the position of that mapping's first
    key. A path not found (inside an alias or a merge, or not
    written at all) is simply missing: the caller falls back to its longest prefix.
    """
    if positions is not None:
        requests = list(requests)
        noted = positions.find(requests)
        if noted is not None:
            return noted
    root = _Wanted()
    for path, anchor in requests:
        node = root
        for part in path:
            node = node.child(part)
        if anchor is Anchor.KEY:
            node.key = True
        elif anchor is Anchor.FIRST_KEY:
            root.find(path[:-1]).first = True
    found: dict[Path, Spot] = {}
    with contextlib.suppress(yaml.YAMLError):  # positions found before it still hold
        _walk(text, root, found)
    return found


KEY_SUFFIX = "<key>"
FIRST_KEY_SUFFIX = "<first-key>"


class _Wanted:
    """A trie of the paths asked for: each node a path, its children one step on."""

    __slots__ = ("children", "first", "key")

    def __init__(self) -> None:
        self.children: dict[Any, _Wanted] = {}
        self.key = False  # the key's position is asked for too
        self.first = False  # the mapping's first key's position is asked for

    def child(self, part: Any) -> _Wanted:
        node = self.children.get(part)
        if node is None:
            node = self.children[part] = _Wanted()
        return node

    def find(self, path: Path) -> _Wanted:
        node = self
        for part in path:
            node = node.child(part)
        return node


def _walk(text: str, root: _Wanted, found: dict[Path, Spot]) -> None:
    """Record the spots of the trie's paths; subtrees nobody asked for are skipped.

    Each step looks up one key or index in its parent's trie node, so an event
    costs the same however many paths were asked for.
    """
    parser = _Parser(text)
    get_event = parser.get_event
    scalar_event = yaml.ScalarEvent
    alias_event = yaml.AliasEvent
    mapping_start = yaml.MappingStartEvent
    starts = (mapping_start, yaml.SequenceStartEvent)
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    keys: dict[str, Any] = {}  # plain keys repeat (`name`, `level`): resolve once
    # frame: [is_mapping, path, node, next index / pending key's node, has_first_key]
    stack: list[list[Any]] = []
    documents = 0
    skip = 0
    while True:
        event = get_event()
        kind = type(event)
        if skip:
            if kind in starts:
                skip += 1
            elif kind in ends:
                skip -= 1
            continue
        if kind is not scalar_event and kind is not alias_event and kind not in starts:
            if kind in ends:
                stack.pop()
            elif kind is yaml.StreamEndEvent:
                return
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    return
            continue
        if not stack:
            path: Path = ()
            node: _Wanted | None = root
        else:
            frame = stack[-1]
            if not frame[0]:
                index = frame[3]
                frame[3] = index + 1
                node = frame[2].children.get(index)
                if node is None:
                    if kind in starts:
                        skip = 1
                    continue
                path = (*frame[1], index)
            elif frame[3] is _NO_KEY:
                if kind is not scalar_event:
                    if kind in starts:
                        skip = 1
                    frame[3] = None
                    continue
                if event.tag is not None:
                    key = _scalar_quiet(event)
                elif not event.implicit[0]:
                    key = event.value  # quoted: text as written
                else:
                    key = keys.get(event.value, _NO_KEY)
                    if key is _NO_KEY:
                        key = keys[event.value] = _scalar_quiet(event)
                mark = event.start_mark
                parent: _Wanted = frame[2]
                if not frame[4]:
                    frame[4] = True
                    if parent.first:
                        found[(*frame[1], FIRST_KEY_SUFFIX)] = Spot(
                            mark.line + 1, mark.column + 1, event.value
                        )
                node = parent.children.get(key)
                frame[3] = (key, node)
                if node is not None and node.key:
                    found[(*frame[1], key, KEY_SUFFIX)] = Spot(
                        mark.line + 1, mark.column + 1, event.value
                    )
                continue
            else:
                pending = frame[3]
                frame[3] = _NO_KEY
                if pending is None or pending[1] is None:
                    if kind in starts:
                        skip = 1
                    continue
                key, node = pending
                path = (*frame[1], key)
        mark = event.start_mark
        raw = event.value if kind is scalar_event else None
        found[path] = Spot(mark.line + 1, mark.column + 1, raw)
        if kind in starts:
            is_mapping = kind is mapping_start
            stack.append([is_mapping, path, node, _NO_KEY if is_mapping else 0, False])


def _scalar_quiet(event: Any) -> Any:
    try:
        return _scalar(event)
    except (_TagError, _ValueError, _TooLong):
        return event.value


def spot_for(found: dict[Path, Spot], path: Path, anchor: Anchor) -> Spot | None:
    """The position for a path and anchor, falling back to its nearest ancestor."""
    if anchor is Anchor.KEY and (spot := found.get((*path, KEY_SUFFIX))):
        return spot
    if anchor is Anchor.FIRST_KEY and (
        spot := found.get((*path[:-1], FIRST_KEY_SUFFIX))
    ):
        return spot
    for end in range(len(path), -1, -1):
        spot = found.get(path[:end])
        if spot is not None:
            return spot
    return None


_IGNORE_RE = re.compile(r"(?:^|\s)#\s*dosering:\s*ignore\[([^\]]*)\]")


def inline_ignores(text: str) -> dict[int, frozenset[str]]:
    """Lines (1-based) and the codes silenced there by `# dosering: ignore[...]`.

    A comment after content silences its own line; a comment alone on a line
    silences that line and the next.
    """
    out: dict[int, set[str]] = {}
    if "ignore[" not in text:
        return {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _IGNORE_RE.search(line)
        if match is None:
            continue
        codes = {c.strip() for c in match.group(1).split(",") if c.strip()}
        out.setdefault(number, set()).update(codes)
        if line.lstrip().startswith("#"):
            out.setdefault(number + 1, set()).update(codes)
    return {line: frozenset(codes) for line, codes in out.items()}
