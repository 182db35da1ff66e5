"""Positions noted while loading give exactly what a second walk of the events gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dosering.core.findings import Anchor
from dosering.inputs.yaml import load_bytes, locate
from tests.conftest import DATA, ROOT

FILES = sorted(
    [
        *DATA.glob("**/*.yaml"),
        *(ROOT / "examples").glob("*.yaml"),
        *(ROOT / "models").glob("*.yaml"),
    ]
)

CRAFTED = {
    "crlf": b'a: 1\r\nb:\r\n  - x\r\n  - {c: "\xc3\xa5", d: [1, 2]}\r\n',
    "bom": b"\xef\xbb\xbfa: 1\nb: [x, y]\n",
    "block": b'a: |\n  text\n  more\nb: >-\n  folded\nc: "q\\nr"\n',
    "multi": b"a: 1\n---\nb: 2\n",
    "seq": b"- 1\n- [2, 3]\n- {x: yes, y: 010, z: 2025-01-01}\n- null\n",
    "unicode": "åäö: 'ünï 😀'\nnext: 😀😀\nk: v\n".encode(),
    "scalar": b"x\n",
    "empty": b"",
    "nested": b"a:\n  b:\n    - c: [1, {d: e}]\n      f: 2\n",
}
IRREGULAR = {
    "alias": b"a: &x {k: 1}\nb: *x\nc: [*x, 2]\n",
    "merge": b"a: &x {k: 1}\nc: {<<: *x, m: 2}\n",
    "duplicate": b"a: 1\na: 2\nb: 3\n",
}


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
        yield (*prefix, "no-such-key")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))
        yield (*prefix, len(value))


def _requests(data: Any) -> list[tuple[tuple[Any, ...], Anchor]]:
    return [(p, a) for p in _paths(data) for a in Anchor]


def _compare(raw: bytes) -> tuple[dict[Any, Any] | None, dict[Any, Any]]:
    document = load_bytes(raw, "x.yaml")
    assert document.text is not None
    assert document.positions is not None
    requests = _requests(document.data)
    return document.positions.find(requests), locate(document.text, requests)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_files(path: Path) -> None:
    """Every path of every test and example file: the same spots both ways."""
    document = load_bytes(path.read_bytes(), path.name)
    if document.text is None or document.positions is None or not document.usable:
        pytest.skip("not loadable YAML")
    requests = _requests(document.data)
    noted = document.positions.find(requests)
    if noted is not None:  # None: aliases or merges, the walk decides
        assert noted == locate(document.text, requests)


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted(name: str) -> None:
    """Line breaks, a BOM, flow and block styles, documents: the same spots."""
    noted, walked = _compare(CRAFTED[name])
    assert noted == walked


@pytest.mark.parametrize("name", sorted(IRREGULAR))
def test_irregular_falls_back(name: str) -> None:
    """Aliases, merge keys and duplicate keys: the notes step aside for the walk."""
    noted, walked = _compare(IRREGULAR[name])
    assert noted is None
    assert walked[()].line == 1


def test_mutated_values_fall_back() -> None:
    """Values changed after loading no longer match the notes: they are not used."""
    document = load_bytes(b"a: [1, 2, 3]\nb: {c: 1}\n", "x.yaml")
    assert document.positions is not None
    document.data["a"].append(4)
    assert document.positions.find([(("a", 1), Anchor.VALUE)]) is None
