"""Shared fixtures: a CLI runner that shows everything on failure, data paths."""

from __future__ import annotations

import os

os.environ["NO_COLOR"] = "1"
os.environ["TERMINAL_WIDTH"] = "100"
os.environ["COLUMNS"] = "100"
os.environ.pop("GITHUB_ACTIONS", None)
os.environ.pop("GITHUB_STEP_SUMMARY", None)
os.environ["LANG"] = "C.UTF-8"
os.environ["SOURCE_DATE_EPOCH"] = "1767225600"  # documents print 2026-01-01
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ.pop("LANGUAGE", None)

import contextlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dosering.cli import main
from dosering.core.errors import UserError
from dosering.i18n.catalogue import error_text

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Result:
    """What a CLI run gave."""

    exit_code: int
    stdout: str
    stderr: str
    stdout_bytes: bytes = b""

    def __str__(self) -> str:
        return (
            f"exit {self.exit_code}\n--- stdout\n{self.stdout}\n"
            f"--- stderr\n{self.stderr}"
        )


def run(*argv: str) -> Result:
    """Run the real `main()` in-process, with stdout and stderr captured."""
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    err = io.StringIO()
    code: int | str | None = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(argv))
        except SystemExit as exc:
            code = exc.code
    if not isinstance(code, int):
        code = 0 if code is None else 1
    out.flush()
    data = raw.getvalue()
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return Result(code, text, err.getvalue(), data)


def said(error: UserError, lang: str = "en") -> str:
    """The one line a `UserError` shows (as main() words it)."""
    return error_text(error, lang)


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """The CLI runner."""
    return run


@pytest.fixture
def data() -> Path:
    """The tests' data folder."""
    return DATA


@pytest.fixture
def write_tree(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Write files (relative path -> text or bytes) under a temporary folder."""

    def write(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            target = tmp_path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        return tmp_path

    return write


@pytest.fixture(autouse=True)
def _in_tmp_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run each test from an empty folder, so no .dosering.yaml leaks in."""
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    yield
