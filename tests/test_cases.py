"""Every file under tests/data: invalid cases give exactly their expected findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dosering.pipeline.check import Options, check_paths
from dosering.report.words import word_findings
from tests.conftest import DATA

INVALID = sorted((DATA / "invalid").glob("*.yaml"))
VALID = sorted((DATA / "valid").glob("*.yaml"))


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.stem)
def test_invalid_case_gives_expected_findings(case: Path):
    """The findings' (code, line, col) equal the case's .expected.json, in order."""
    expected = json.loads(case.with_suffix(".expected.json").read_text("utf-8"))
    report = check_paths([case], Options())
    got = [{"code": f.code, "line": f.line, "col": f.col} for f in report.findings]
    assert got == expected
    assert got, "an invalid case must give at least one finding"


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.stem)
def test_messages_are_plain_words(case: Path):
    """No raw pydantic text, URL or Python repr reaches the user."""
    report = check_paths([case], Options())
    for finding in word_findings(report.findings, "en"):
        text = f"{finding.message} {finding.hint}"
        assert "[type=" not in text
        assert "pydantic" not in text.lower()
        assert "errors.pydantic.dev" not in text
        assert "{" not in text.replace("{…}", ""), text
        assert finding.hint, f"{finding.code} has no hint"


@pytest.mark.parametrize("case", VALID, ids=lambda p: p.stem)
def test_valid_case_has_no_findings(case: Path):
    """Valid models give no finding at all (anchors, merges, BOM, CRLF, quotes)."""
    report = check_paths([case], Options())
    assert report.findings == ()
    assert report.results[0].model is not None


def test_inline_ignore_is_counted():
    """An inline `# dosering: ignore[...]` silences the finding and counts it."""
    report = check_paths([DATA / "valid" / "ignored-inline.yaml"], Options())
    assert report.findings == ()
    assert report.ignored == 1


def test_merge_key_values_are_merged():
    """`<<: *chef` copies the anchored role's keys; explicit keys win."""
    report = check_paths([DATA / "valid" / "anchors-and-merge.yaml"], Options())
    model = report.results[0].model
    assert model is not None
    chef2 = model.roles[2]
    assert (chef2.id, chef2.name, chef2.headcount) == ("chef2", "Verksamhetschef", 10)
