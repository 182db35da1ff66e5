"""Golden documents: both examples in both formats equal tests/golden/ exactly.

After an intended change, regenerate them with `python scripts/regen_golden.py` and
review the diff.
"""

from __future__ import annotations

import difflib

import pytest

from tests.conftest import ROOT, run

GOLDEN = ROOT / "tests" / "golden"


@pytest.mark.parametrize("example", ["vgr", "kalmar"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_golden(example: str, fmt: str):
    """The rendered example equals its golden file (regenerate: regen_golden.py)."""
    result = run("render", str(ROOT / "examples" / f"{example}.yaml"), "-f", fmt)
    assert result.exit_code == 0, result
    expected = (GOLDEN / f"{example}.{fmt}").read_text(encoding="utf-8")
    if result.stdout != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                result.stdout.splitlines(keepends=True),
                f"tests/golden/{example}.{fmt}",
                "rendered",
                n=1,
            )
        )
        pytest.fail(
            "differs from the golden file; if intended, run "
            f"`python scripts/regen_golden.py` and review:\n{diff[:4000]}"
        )


@pytest.mark.parametrize("example", ["vgr", "kalmar"])
def test_golden_html_is_self_contained(example: str):
    """The golden HTML has no script, no external resource, one inline stylesheet."""
    html = (GOLDEN / f"{example}.html").read_text(encoding="utf-8")
    lowered = html.lower()
    assert "<script" not in lowered
    assert " src=" not in lowered
    assert "<link" not in lowered
    assert "@import" not in lowered
    assert "url(" not in lowered
    assert lowered.count("<style>") == 1
    assert "@page { size: a4 landscape" in lowered
    assert '<div class="scroll" tabindex="0">\n<table class="matrix"' in lowered
    assert "<svg" in lowered


@pytest.mark.parametrize("example", ["vgr", "kalmar"])
def test_golden_markdown_tables_are_rectangular(example: str):
    """Every Markdown table row has as many cells as its header."""
    lines = (GOLDEN / f"{example}.md").read_text(encoding="utf-8").splitlines()
    width = 0
    for line in lines:
        if not line.startswith("|"):
            width = 0
            continue
        cells = line.replace("\\|", "").count("|") - 1
        if width == 0:
            width = cells
        assert cells == width, line
