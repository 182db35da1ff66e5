"""Hostile model text through every command and format: shown literally, never live.

Every text of the model (region, level, area, group, role and course names and
titles, descriptions, provider, LMS codes, course-list titles) holds rich markup,
a terminal escape code, live HTML, a `javascript:` Markdown link and a spreadsheet
formula. Each output must show them as the characters they are.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import Result, run
from tests.markdown_oracle import seen, tags, to_html, without_code_spans

PAYLOAD = (
    '=HYPERLINK("http://x") [link=https://example.org]x[/link] \x1b[31m '
    "<img src=x onerror=alert(1)> [x](javascript:alert(1))"
)
"""What every text holds (a formula first, so CSV cells start with it)."""


def _q(extra: str = "") -> str:
    """The payload plus `extra` as a YAML double-quoted scalar (`\\e` is ESC)."""
    text = (PAYLOAD + extra).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\x1b", "\\e") + '"'


def model(*, version: str = "1", extra_role: bool = False) -> str:
    """A valid model whose every free text is hostile, with gaps that name them."""
    role = (
        f"""
  - id: ny
    name: {_q(" ny")}
    group: vard
    headcount: 5
    needs:
      ps: veta
"""
        if extra_role
        else ""
    )
    return f"""dosering: 1
region:
  id: exempel
  name: {_q(" region")}
  version: {_q(version)}
levels:
  - id: veta
    name: {_q(" veta")}
    description: {_q()}
  - id: driva
    name: {_q(" driva")}
areas:
  - id: fk
    name: {_q(" fk")}
    description: {_q()}
  - id: ps
    name: {_q(" ps")}
groups:
  - id: vard
    name: {_q(" vard")}
    description: {_q()}
roles:
  - id: ssk
    name: {_q(" ssk " + version)}
    description: {_q()}
    group: vard
    headcount: 100
    turnover: 0.1
    needs:
      fk: driva
      ps:
        level: veta
        courses: [fk-leda]
  - id: chef
    name: {_q(" chef")}
    group: vard
    headcount: 10
    needs:
      fk: veta
      ps: driva{role}
courses:
  - id: fk-intro
    title: {_q(" intro")}
    description: {_q()}
    provider: {_q()}
    format: e-learning
    hours: 1.5
    gives: {{fk: veta}}
    lms: {_q(" lms")}
    seats_per_year: 10
  - id: fk-leda
    title: {_q(" leda")}
    format: classroom
    hours: 16
    gives: {{fk: driva, ps: veta}}
    lms: "6255"
    seats_per_year: 5
"""


INVALID = (
    model()
    .replace("    format: classroom", f"    format: {_q()}")
    .replace("    hours: 1.5", f"    hours: 1.5\n    {_q()}: 1")
    .replace('    lms: "6255"', f"    lms: {_q(' lms')}")
)
"""A variant with findings that quote hostile text: a format, a key, an LMS code."""

COURSE_LIST = (
    "Kurskod;Kursnamn;Timmar;Platser per år\r\n"
    + f'"{PAYLOAD.replace(chr(34), chr(34) * 2)} lms";'
    + f'"{PAYLOAD.replace(chr(34), chr(34) * 2)}";1;5\r\n'
    + f'"=1+2";"{PAYLOAD.replace(chr(34), chr(34) * 2)} other";2;3\r\n'
)
"""A course list whose codes and titles are hostile too (one matches fk-intro)."""

_LIVE_LINK = re.compile(r"(?<!\\)\]\((?:javascript|http)")
_LIVE_MARKUP = re.compile(r"(?<!\\)<(?:img|script)", re.IGNORECASE)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """The hostile model, its next version, its invalid variant and a course list."""
    (tmp_path / "model.yaml").write_text(model(), encoding="utf-8")
    (tmp_path / "model-v2.yaml").write_text(
        model(version="2", extra_role=True), encoding="utf-8"
    )
    (tmp_path / "invalid.yaml").write_text(INVALID, encoding="utf-8")
    (tmp_path / "list.csv").write_text(COURSE_LIST, encoding="utf-8")
    return tmp_path


def _no_raw_controls(result: Result) -> None:
    assert "\x1b" not in result.stdout, result
    assert "\x1b" not in result.stderr, result


def _shown_on_a_terminal(result: Result) -> None:
    """Rich markup shows as written, the escape code as `\\x1b`."""
    _no_raw_controls(result)
    assert "[link=https://example.org]x[/link]" in result.stdout, result
    assert "\\x1b[31m" in result.stdout, result


def _inert_markdown(text: str) -> None:
    """No HTML tag, no link and no autolink made from the model's text.

    The text shows as it is: in a code span where the catalogue puts it in
    backticks, else escaped.
    """
    assert "\x1b" not in text
    assert not tags(text) & {"img", "script"}, to_html(text)
    assert re.search(r'href="(?:javascript|http://x)', to_html(text)) is None
    assert _LIVE_MARKUP.search(without_code_spans(text)) is None, text
    assert _LIVE_LINK.search(without_code_spans(text)) is None, text
    assert "http://x" not in without_code_spans(text)
    assert "<img src=x onerror=alert(1)>" in seen(text)
    assert "[x](javascript:alert(1))" in seen(text)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _json_carries_the_text(result: Result) -> None:
    """JSON keeps the data as it is (json escapes the control character itself)."""
    _no_raw_controls(result)
    texts = _strings(json.loads(result.stdout))
    assert any("<img src=x onerror=alert(1)>" in t for t in texts), result


def test_validate_text(files: Path) -> None:
    """validate's text output shows quoted model text literally."""
    result = run("validate", str(files / "invalid.yaml"))
    assert result.exit_code == 1, result
    _shown_on_a_terminal(result)


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_validate_json_formats(files: Path, fmt: str) -> None:
    """validate's JSON formats carry the text as data."""
    result = run("validate", str(files / "invalid.yaml"), "-f", fmt)
    assert result.exit_code == 1, result
    _json_carries_the_text(result)


def test_validate_github(files: Path, tmp_path: Path, monkeypatch) -> None:
    """Annotations cannot be forged or broken; the step summary is inert Markdown."""
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run("validate", str(files / "invalid.yaml"), "-f", "github")
    assert result.exit_code == 1, result
    _no_raw_controls(result)
    annotations = [line for line in result.stdout.splitlines() if line[:2] == "::"]
    assert len(annotations) == 2, result
    assert all(line.startswith(("::error ", "::warning ")) for line in annotations)
    assert "<img src=x onerror=alert(1)>" in result.stdout
    _inert_markdown(summary.read_text(encoding="utf-8"))


def test_validate_junit(files: Path) -> None:
    """JUnit XML parses, and the text is character data, not markup."""
    result = run("validate", str(files / "invalid.yaml"), "-f", "junit")
    assert result.exit_code == 1, result
    _no_raw_controls(result)
    root = ET.fromstring(result.stdout)
    assert root.find(".//img") is None
    texts = [f.get("message", "") for f in root.iter("failure")]
    assert any("<img src=x onerror=alert(1)>" in t for t in texts), result


GAP_RUNS = [(), ("--courses", "list.csv")]


@pytest.mark.parametrize("extra", GAP_RUNS, ids=["own", "list"])
def test_gap_text(files: Path, extra: tuple[str, ...], monkeypatch) -> None:
    """gap's text tables show names and list titles literally."""
    monkeypatch.chdir(files)
    monkeypatch.setenv("COLUMNS", "1000")  # cells whole, not folded
    result = run("gap", "model.yaml", *extra)
    assert result.exit_code == 1, result  # the model has gaps
    _shown_on_a_terminal(result)


@pytest.mark.parametrize("extra", GAP_RUNS, ids=["own", "list"])
def test_gap_json(files: Path, extra: tuple[str, ...], monkeypatch) -> None:
    """gap's JSON carries list titles as data."""
    monkeypatch.chdir(files)
    result = run("gap", "model.yaml", *extra, "-f", "json")
    assert result.exit_code == 1, result
    _no_raw_controls(result)
    json.loads(result.stdout)
    if extra:
        _json_carries_the_text(result)


@pytest.mark.parametrize("extra", GAP_RUNS, ids=["own", "list"])
def test_gap_markdown(files: Path, extra: tuple[str, ...], monkeypatch) -> None:
    """gap's Markdown holds no live HTML and no links from model text."""
    monkeypatch.chdir(files)
    result = run("gap", "model.yaml", *extra, "-f", "md")
    assert result.exit_code == 1, result
    _inert_markdown(result.stdout)


@pytest.mark.parametrize("extra", GAP_RUNS, ids=["own", "list"])
@pytest.mark.parametrize("dialect", ["excel-sv", "plain"])
def test_gap_csv(
    files: Path, extra: tuple[str, ...], dialect: str, monkeypatch
) -> None:
    """No CSV cell can run as a formula, and none holds a raw control character."""
    monkeypatch.chdir(files)
    result = run("gap", "model.yaml", *extra, "-f", "csv", "--csv-dialect", dialect)
    assert result.exit_code == 1, result
    _no_raw_controls(result)
    delimiter = ";" if dialect == "excel-sv" else ","
    rows = list(
        csv.reader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=delimiter)
    )
    cells = [cell for row in rows[1:] for cell in row]
    assert len(rows) > 1
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    # The model's names (the last columns) and the list's titles carry it, inert.
    assert any(c.startswith('\'=HYPERLINK("http://x")') for c in cells)


def test_diff_text(files: Path, monkeypatch) -> None:
    """diff's text shows changed names literally."""
    monkeypatch.chdir(files)
    result = run("diff", "model.yaml", "model-v2.yaml")
    assert result.exit_code == 0, result
    _shown_on_a_terminal(result)


def test_diff_json(files: Path, monkeypatch) -> None:
    """diff's JSON carries before and after as data."""
    monkeypatch.chdir(files)
    result = run("diff", "model.yaml", "model-v2.yaml", "-f", "json")
    assert result.exit_code == 0, result
    _json_carries_the_text(result)


def test_diff_markdown(files: Path, monkeypatch) -> None:
    """diff's Markdown holds no live HTML and no links from model text."""
    monkeypatch.chdir(files)
    result = run("diff", "model.yaml", "model-v2.yaml", "-f", "md")
    assert result.exit_code == 0, result
    _inert_markdown(result.stdout)


def test_render_markdown(files: Path, monkeypatch) -> None:
    """The rendered Markdown document holds no live HTML and no links from text."""
    monkeypatch.chdir(files)
    result = run("render", "model.yaml", "-f", "md")
    assert result.exit_code == 0, result
    _inert_markdown(result.stdout)


def test_render_html(files: Path, monkeypatch) -> None:
    """The rendered HTML document shows the text escaped, with no live tag."""
    monkeypatch.chdir(files)
    result = run("render", "model.yaml", "-f", "html")
    assert result.exit_code == 0, result
    _no_raw_controls(result)
    assert _LIVE_MARKUP.search(result.stdout) is None
    assert "&lt;img src=x onerror=alert(1)&gt;" in result.stdout
    assert "[link=https://example.org]x[/link]" in result.stdout
    assert "\\x1b[31m" in result.stdout
    assert 'href="javascript' not in result.stdout
