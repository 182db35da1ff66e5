"""Reading `REV:PATH` from git: what is a git spec, and git's errors in plain words."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from dosering.core.errors import UserError
from dosering.inputs.gitfile import GitSpec, parse_spec, read_git
from tests.conftest import said


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("HEAD~1:model.yaml", GitSpec("HEAD~1", "model.yaml")),
        ("origin/main:models/vgr.yaml", GitSpec("origin/main", "models/vgr.yaml")),
        (":model.yaml", GitSpec("", "model.yaml")),
        ("model.yaml", None),
        ("HEAD:", None),
        ("--output=x:model.yaml", None),
        ("C:/models/vgr.yaml", None),
        ("C:\\models\\vgr.yaml", None),
    ],
)
def test_parse_spec(argument: str, expected: GitSpec | None):
    """REV:PATH is a git spec; a plain path or a Windows drive path is not."""
    assert parse_spec(argument) == expected


def test_existing_file_wins():
    """A file on disk whose name looks like REV:PATH is a file."""
    Path("v1:m.yaml").write_text("x", encoding="utf-8")
    assert parse_spec("v1:m.yaml") is None
    assert str(GitSpec("HEAD", "m.yaml")) == "HEAD:m.yaml"


def test_git_not_installed(monkeypatch: pytest.MonkeyPatch):
    """Without git on PATH: one line saying so."""
    monkeypatch.setattr("dosering.inputs.gitfile.shutil.which", lambda _name: None)
    with pytest.raises(UserError) as caught:
        read_git(GitSpec("HEAD", "m.yaml"), 100)
    assert said(caught.value) == (
        "HEAD:m.yaml: git is not installed, so a REV:PATH cannot be read"
    )


def repo_with(content: bytes) -> None:
    """A git repository in the cwd with m.yaml committed."""
    Path("m.yaml").write_bytes(content)
    for args in (
        ["init", "-q"],
        ["config", "user.name", "Test"],
        ["config", "user.email", "test@example.org"],
        ["add", "m.yaml"],
        ["commit", "-q", "-m", "one"],
    ):
        subprocess.run(["git", *args], check=True, capture_output=True)


def test_reads_bytes_as_committed():
    """The committed bytes come back unchanged (no textconv, no re-encoding)."""
    repo_with(b"\xef\xbb\xbfdosering: 1\r\n")
    Path("m.yaml").write_text("changed", encoding="utf-8")
    assert read_git(GitSpec("HEAD", "m.yaml"), 100) == b"\xef\xbb\xbfdosering: 1\r\n"


def test_too_large():
    """A file in git over --max-bytes is not read (None: the caller makes a finding)."""
    repo_with(b"x" * 200)
    assert read_git(GitSpec("HEAD", "m.yaml"), 100) is None


def test_other_git_errors_pass_on_git_words():
    """An error git words in a way not recognised is passed on in one line."""
    repo_with(b"x")
    with pytest.raises(UserError) as caught:
        read_git(GitSpec("HEAD^{tree", "m.yaml"), 100)
    assert said(caught.value).startswith("HEAD^{tree:m.yaml: git")
