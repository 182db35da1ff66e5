"""The loader: YAML 1.1 scalars as PyYAML reads them, positions, and bad bytes."""

from __future__ import annotations

import datetime as dt

import pytest

from dosering.core.findings import Anchor
from dosering.inputs.yaml import (
    decode,
    inline_ignores,
    load_bytes,
    load_text,
    locate,
    resolve_plain,
    spot_for,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no", False),
        ("Yes", True),
        ("off", False),
        ("010", 8),
        ("0x1F", 31),
        ("1_000", 1000),
        ("1.10", 1.1),
        ("1e3", "1e3"),  # YAML 1.1 needs a sign in the exponent: text
        ("1.0e+3", 1000.0),
        ("~", None),
        ("", None),
        ("2025-03-01", dt.date(2025, 3, 1)),
        ("2025-13-01", "2025-13-01"),
        ("sjukskoterska", "sjukskoterska"),
        ("6149", 6149),
    ],
)
def test_plain_scalars_resolve_like_pyyaml(text: str, value: object):
    """Unquoted scalars get the YAML 1.1 type PyYAML's safe loader gives them."""
    got = resolve_plain(text)
    assert got == value
    assert type(got) is type(value)


def test_tags_and_quotes():
    """`!!str` and quotes keep text; `!!int` converts; unknown tags are findings."""
    doc = load_text("a: !!str 010\nb: '010'\nc: !!int '12'\nd: !custom x\n", "t")
    assert doc.data == {"a": "010", "b": "010", "c": 12, "d": "x"}
    assert [(d.code, d.line, d.col) for d in doc.drafts] == [("yaml-tag", 4, 4)]
    assert not doc.usable


def test_invalid_tagged_value():
    """A value that does not fit its tag (`!!int abc`) is a syntax finding."""
    doc = load_text("a: !!int abc\n", "t")
    assert [(d.code, d.line, d.col) for d in doc.drafts] == [("yaml-syntax", 1, 4)]


def test_undefined_alias():
    """An alias to no anchor stops the load with a finding at the alias."""
    doc = load_text("a: *nowhere\n", "t")
    assert [(d.code, d.line, d.col) for d in doc.drafts] == [("yaml-syntax", 1, 4)]


def test_merge_sequence_earlier_wins():
    """In `<<: [*a, *b]` the earlier mapping wins, explicit keys win over both."""
    doc = load_text(
        "a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc: {<<: [*a, *b], z: 3}\n", "t"
    )
    assert doc.data["c"] == {"x": 1, "y": 1, "z": 3}


def test_bom_not_counted_in_columns():
    """A UTF-8 BOM is dropped; columns count characters, not bytes."""
    raw = "\ufeffnamn: 'å'\nfel: [\n".encode()
    doc = load_bytes(raw, "t")
    assert [(d.code, d.line) for d in doc.drafts] == [("yaml-syntax", 3)]
    doc = load_bytes("\ufeffå: 1\nå: 2\n".encode(), "t")
    assert [(d.code, d.line, d.col) for d in doc.drafts] == [
        ("yaml-duplicate-key", 2, 1)
    ]


def test_columns_are_code_points():
    """A value after multi-byte characters is located by characters."""
    text = "åäö: {x: 1}\nb: [1, 2]\n"
    found = locate(text, [(("åäö", "x"), Anchor.VALUE), (("b", 1), Anchor.VALUE)])
    spot = spot_for(found, ("åäö", "x"), Anchor.VALUE)
    assert spot is not None
    assert (spot.line, spot.col, spot.raw) == (1, 10, "1")
    spot = spot_for(found, ("b", 1), Anchor.VALUE)
    assert spot is not None
    assert (spot.line, spot.col) == (2, 8)


def test_locate_key_and_first_key_and_fallback():
    """Keys, a mapping's first key, and the nearest ancestor for unknown paths."""
    text = "top:\n  first: 1\n  second: 2\n"
    requests = [
        (("top", "second"), Anchor.KEY),
        (("top", "missing"), Anchor.FIRST_KEY),
        (("top", "nope", 3), Anchor.VALUE),
    ]
    found = locate(text, requests)
    key = spot_for(found, ("top", "second"), Anchor.KEY)
    first = spot_for(found, ("top", "missing"), Anchor.FIRST_KEY)
    fallback = spot_for(found, ("top", "nope", 3), Anchor.VALUE)
    assert key is not None and (key.line, key.col) == (3, 3)
    assert first is not None and (first.line, first.col) == (2, 3)
    assert fallback is not None and (fallback.line, fallback.col) == (2, 3)


@pytest.mark.parametrize(
    ("raw", "kind", "line", "col"),
    [
        ("a: b\n".encode("utf-16"), "utf16", 1, 1),
        ("a: b\n".encode("utf-16-le"), "utf16", 1, 1),
        ("a: 'Vård'\n".encode("cp1252"), "cp1252", 1, 6),
        (b"a: 1\nb: \x00\n", "nul", 2, 4),
    ],
)
def test_bad_bytes(raw: bytes, kind: str, line: int, col: int):
    """Bytes that are not UTF-8 text are named, at the first bad byte."""
    text, problem = decode(raw)
    assert text is None
    assert problem is not None
    assert (problem.params["kind"], problem.line, problem.col) == (kind, line, col)


def test_inline_ignores():
    """A trailing comment silences its line; a lone comment also the next line."""
    text = "a: 1  # dosering: ignore[x, y]\n# dosering: ignore[z]\nb: 2\n"
    assert inline_ignores(text) == {
        1: frozenset({"x", "y"}),
        2: frozenset({"z"}),
        3: frozenset({"z"}),
    }
    assert inline_ignores("a: '# dosering: ignore[x]'\n") == {}


@pytest.mark.parametrize(
    ("text", "key", "line", "col"),
    [
        ("a:\n\tb: 1\n", "yaml-syntax.tab.spaces", 2, 1),
        ("name: *Obs*\n", "yaml-syntax.alias", 1, 11),
        ("a: *nowhere\n", "yaml-syntax.alias", 1, 4),
        ("a: b: c\n", "yaml-syntax.colon.line", 1, 5),
        ("- a: b\n  c: d: e\n", "yaml-syntax.colon.line", 2, 7),
        ("r:\n  - id: x\n    n: 1\n     t: 2\n", "yaml-syntax.indent", 4, 6),
        ("r:\n  - id: x\n    n: 1\n t: 2\n", "yaml-syntax.indent.left", 4, 2),
        ('a: "abc\nb: 1\n', "yaml-syntax.quote", 1, 4),
        (
            'r:\n  name: "Region\n  v: "1"\nx:\n  - 1\n  y: 2\n',
            "yaml-syntax.quote",
            2,
            9,
        ),
        ("- id: a\n  name: 'Bo''s\n  x: 'b'\n  y: [\n", "yaml-syntax.quote", 2, 9),
        ("roles:\n  - id: a\n    needs:\n      x: -\n", "yaml-syntax.none-need", 4, 10),
        ("a:\n  b: -\n", "yaml-syntax.dash", 2, 6),
        ("a:\n  b: 1\n\t c: 2\n", "yaml-syntax.tab.spaces", 3, 1),
        ("a:\n  b: x\n  \tc: 2\n", "yaml-syntax.tab.spaces", 3, 3),
        ("a:\n  -b: 1\n    c: 2\n", "yaml-syntax.dash-space", 2, 3),
        ("r:\n  - a: 1\n    b:2\n    c: 3\n", "yaml-syntax.colon-space", 3, 6),
        ("r:\n  - a: 1\n    b: 2\n   - a: 3\n", "yaml-syntax.indent", 4, 4),
        ("r:\n  - a: 1\n    b:\n     c: 3\n      d: 4\n", "yaml-syntax.indent", 4, 6),
        ("a:\n  b: 1\n c: 2\n", "yaml-syntax.indent", 3, 2),
        ("a: @x\n", "yaml-syntax.reserved", 1, 4),
        ("a: [1, 2\n", "yaml-syntax.flow", 1, 4),
        ('a: "C:\\Kurser"\n', "yaml-syntax.escape", 1, 7),
        ("%YAML 1.1\n%YAML 1.1\n---\n", "yaml-syntax", 2, 1),
    ],
)
def test_syntax_errors_are_told_apart(text: str, key: str, line: int, col: int):
    """Common YAML mistakes get their own plain message, at libyaml's mark."""
    doc = load_text(text, "t")
    assert [(d.code, d.message_key, d.line, d.col) for d in doc.drafts] == [
        ("yaml-syntax", key, line, col)
    ]
