"""The examples validate, and the CLI answers with the documented exit codes."""

from __future__ import annotations

import json

from tests.conftest import ROOT, run


def test_examples_validate_without_errors():
    """Both examples and the IHI starting model have no errors (exit 0)."""
    result = run(
        "validate",
        str(ROOT / "examples"),
        str(ROOT / "models" / "ihi.yaml"),
        "-f",
        "json",
    )
    assert result.exit_code == 0, result
    document = json.loads(result.stdout)
    assert document["summary"]["errors"] == 0
    assert document["summary"]["files"] == 3


def test_missing_path_exits_3():
    """A path that does not exist cannot be checked: one line on stderr, exit 3."""
    result = run("validate", "nowhere.yaml")
    assert result.exit_code == 3, result
    assert result.stderr == "dosering: nowhere.yaml: no such file or directory\n"


def test_readme_model_in_one_screen_is_clean(tmp_path):
    """The README's one-screen model validates with no finding at all."""
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("## A model in one screen", 1)[1].split("```yaml\n", 1)[1]
    model = tmp_path / "m.yaml"
    model.write_text(block.split("```", 1)[0], encoding="utf-8")
    result = run("validate", "--strict", str(model))
    assert result.exit_code == 0, result
    assert "no problems" in result.stdout
