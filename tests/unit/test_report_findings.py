"""The validate reporters' fast paths write what the slow ones would."""

from __future__ import annotations

import io
import json

import pytest

from dosering.core.findings import Finding, Report, Severity
from dosering.report.findings import (
    Context,
    as_json,
    colour_wanted,
    report_json,
    report_text,
)

FINDINGS = (
    Finding("schema", Severity.ERROR, 'a "q" \\ é \u2028', "x.yaml", 1, 2, None, None),
    Finding(
        "unknown-area", Severity.WARNING, "m", "y.yaml", None, None, "roles[0]", "h"
    ),
    Finding("no-headcount", Severity.INFO, "n", "y.yaml", 3, 1, "roles[1]", None),
)


@pytest.mark.parametrize("findings", [FINDINGS, ()], ids=["findings", "none"])
def test_json_is_the_indented_dump(findings: tuple[Finding, ...]) -> None:
    """The hand-written JSON is byte for byte `json.dumps(..., indent=2)`."""
    report = Report(findings, ("x.yaml", "y.yaml"))
    out = io.StringIO()
    report_json(report, out, Context())
    assert (
        out.getvalue()
        == json.dumps(as_json(report), ensure_ascii=False, indent=2) + "\n"
    )


def test_text_without_colour() -> None:
    """Plain lines: where, severity, code, message; the hint indented; a summary."""
    out = io.StringIO()
    report_text(Report(FINDINGS[1:2], ("y.yaml",)), out, Context(color=False))
    assert out.getvalue() == (
        "y.yaml: warning unknown-area m\n    h\n1 file checked, 1 warning\n"
    )


def test_text_with_colour() -> None:
    """Colour codes wrap each part when asked for, and only the parts."""
    out = io.StringIO()
    report_text(Report(FINDINGS[:1], ("x.yaml",)), out, Context(color=True))
    text = out.getvalue()
    assert text.startswith("\x1b[1mx.yaml:1:2\x1b[0m: \x1b[1;31merror\x1b[0m ")
    assert "\\u2028" in text  # the model's control character, escaped


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "tty", "expected"),
    [
        ({}, True, True),
        ({}, False, False),
        ({"NO_COLOR": "1"}, True, False),
        ({"FORCE_COLOR": "1"}, False, True),
        ({"TERM": "dumb"}, True, False),
    ],
)
def test_colour_wanted(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool, expected: bool
) -> None:
    """Colour on a terminal, never with NO_COLOR or a dumb terminal, or when forced."""
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = _Terminal() if tty else io.StringIO()
    assert colour_wanted(out, None) is expected
    assert colour_wanted(out, False) is False
