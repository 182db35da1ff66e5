"""User templates (`--templates`) within bounds: time, output, numbers, the folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dosering.render import environment
from tests.conftest import DATA, ROOT, run

TEMPLATES = DATA / "hostile" / "templates"
VGR = str(ROOT / "examples" / "vgr.yaml")


@pytest.fixture(autouse=True)
def _fresh_environments():
    """Each test builds its sandbox anew (the environments are cached per folder)."""
    environment.user_environment.cache_clear()
    yield
    environment.user_environment.cache_clear()


def _render(folder: Path, out: Path) -> tuple[int, str]:
    result = run("render", VGR, "--templates", str(folder), "-o", str(out))
    return result.exit_code, result.stderr


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("bigpow", "`**` would compute a number of about 399999996 bits"),
        ("strmul", "`*` would build 10000000000 items or characters (the limit is"),
        ("strmul2", "`*` would build 1000000000 items or characters"),
    ],
)
def test_operands_past_the_bounds_are_refused(tmp_path: Path, name: str, words: str):
    """`9 ** 99999999`, `'x' * 10**10` and `'x' * 10**9` stop at once: exit 3."""
    out = tmp_path / "x.md"
    code, stderr = _render(TEMPLATES / name, out)
    assert code == 3, stderr
    assert words in stderr
    assert stderr.count("\n") == 1
    assert not out.exists()


def test_endless_loops_stop_at_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Nested `range(100000)` loops stop at the time limit (1 s here), exit 3."""
    monkeypatch.setattr(environment, "TEMPLATE_SECONDS", 1)
    out = tmp_path / "x.md"
    code, stderr = _render(TEMPLATES / "nested_loops", out)
    assert code == 3, stderr
    assert "the templates ran for more than 1 seconds" in stderr
    assert not out.exists()


def test_a_document_past_the_output_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The same loops stop at the output limit when that comes first."""
    monkeypatch.setattr(environment, "MAX_OUTPUT_CHARS", 100_000)
    monkeypatch.setattr(environment, "TEMPLATE_SECONDS", 60)
    out = tmp_path / "x.md"
    code, stderr = _render(TEMPLATES / "nested_loops", out)
    assert code == 3, stderr
    assert "the document would be longer than 100000 characters" in stderr


def test_small_operands_still_work(tmp_path: Path):
    """Arithmetic and repetition under the bounds render as before."""
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "document.md").write_text(
        "{{ 2 ** 10 }} {{ 'ab' * 3 }} {{ [1] * 2 }} {{ 'a' + 'b' }}\n"
    )
    out = tmp_path / "x.md"
    code, stderr = _render(folder, out)
    assert code == 0, stderr
    assert out.read_text() == "1024 ababab \\[1, 1\\] ab\n"  # Markdown-escaped


def test_a_symlink_out_of_the_folder_is_refused(tmp_path: Path):
    """`passwd.md -> /etc/passwd` in the folder is refused; nothing is written."""
    folder = tmp_path / "t"
    shutil.copytree(TEMPLATES / "symlink", folder)
    (folder / "passwd.md").symlink_to("/etc/passwd")
    out = tmp_path / "x.md"
    code, stderr = _render(folder, out)
    assert code == 3, stderr
    assert "passwd.md is a link to /etc/passwd, outside the template folder" in stderr
    assert not out.exists()


def test_a_symlink_inside_the_folder_is_followed(tmp_path: Path):
    """A link to another file of the same folder is read as usual."""
    folder = tmp_path / "t"
    shutil.copytree(TEMPLATES / "symlink", folder)
    (folder / "real.md").write_text("inside\n")
    (folder / "passwd.md").symlink_to("real.md")
    out = tmp_path / "x.md"
    code, stderr = _render(folder, out)
    assert code == 0, stderr
    assert out.read_text() == "inside\n"


def test_a_fifo_template_never_blocks(tmp_path: Path):
    """A FIFO named like a template is one line and exit 3, at once."""
    folder = tmp_path / "t"
    folder.mkdir()
    os.mkfifo(folder / "document.md")
    child = subprocess.run(
        [sys.executable, "-m", "dosering", "render", VGR, "--templates", str(folder)],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert child.returncode == 3, child
    assert "not a regular file" in child.stderr
