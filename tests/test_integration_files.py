"""The pre-commit hook and the GitHub Action call dosering as documented."""

from __future__ import annotations

import yaml

from tests.conftest import ROOT, run


def test_pre_commit_hook_checks_the_whole_repository():
    """The hook runs `dosering validate .` without file names."""
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook = hooks[0]
    assert hook["id"] == "dosering-validate"
    assert hook["entry"] == "dosering validate"
    assert hook["pass_filenames"] is False
    assert hook["args"] == ["."]


def test_action_runs_validate_with_github_format():
    """The composite action installs from its checkout and runs --format github."""
    action = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"path", "strict", "python-version"}
    script = action["runs"]["steps"][-1]["run"]
    assert "dosering validate --format github" in script
    assert "${{" not in script  # inputs reach the shell through env only


def test_validate_accepts_double_dash_before_paths():
    """`dosering validate -- PATH` (as the action calls it) works."""
    result = run("validate", "--", str(ROOT / "examples" / "vgr.yaml"))
    assert result.exit_code == 0, result
