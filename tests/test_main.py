"""main(), the last line of defence: bugs, Ctrl-C, closed and full standard output."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dosering.pipeline import check
from tests.conftest import ROOT, run

KALMAR = str(ROOT / "examples" / "kalmar.yaml")
INTERNAL_EN = (
    "dosering: internal error — please report it, with the file if you can "
    "(RuntimeError); run with --debug for the details\n"
)


@pytest.fixture
def bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every model check fail the way a bug would."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(check, "check_bytes", broken)


@pytest.mark.usefixtures("bug")
def test_a_bug_is_one_line_and_exit_4() -> None:
    """An exception nothing else caught: one line asking for a report, exit 4."""
    result = run("validate", KALMAR)
    assert result.exit_code == 4, result
    assert result.stderr == INTERNAL_EN
    assert result.stdout == ""


@pytest.mark.usefixtures("bug")
def test_a_bug_is_worded_in_the_runs_language() -> None:
    """The line is in the language the run chose (--lang sv)."""
    result = run("validate", "--lang", "sv", KALMAR)
    assert result.exit_code == 4, result
    assert result.stderr == (
        "dosering: internt fel — rapportera det gärna, med filen om du kan "
        "(RuntimeError); kör med --debug för detaljerna\n"
    )


@pytest.mark.usefixtures("bug")
@pytest.mark.parametrize("how", ["--debug", "DOSERING_DEBUG=1"])
def test_the_traceback_only_when_asked(
    how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--debug or DOSERING_DEBUG=1 show the traceback before the one line."""
    argv = ["validate", KALMAR]
    if how == "--debug":
        argv.insert(0, how)
    else:
        monkeypatch.setenv("DOSERING_DEBUG", "1")
    result = run(*argv)
    assert result.exit_code == 4, result
    assert result.stderr.startswith("Traceback (most recent call last):\n")
    assert "RuntimeError: a bug\n" in result.stderr
    assert result.stderr.endswith(INTERNAL_EN)


def _dosering(*argv: str, **kwargs: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "dosering", *argv], env=env, **kwargs
    )


@pytest.mark.parametrize("after", [0.25, 1.0])
def test_ctrl_c_exits_130_quietly(after: float, tmp_path: Path) -> None:
    """Ctrl-C while the commands load or while checking: exit 130, nothing said.

    The handler is the entry point's first statement; a signal that comes while
    Python itself still starts (before any of dosering runs) cannot be helped.
    """
    big = tmp_path / "big.yaml"
    roles = "".join(
        f"  - {{id: r{i}, name: R{i}, needs: {{}}}}\n" for i in range(40_000)
    )
    big.write_text(
        "dosering: 1\nregion: {id: x, name: X, language: sv}\nlevels: []\n"
        f"areas: []\nroles:\n{roles}courses: []\n",
        encoding="utf-8",
    )
    process = _dosering(
        "validate", str(big), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    time.sleep(after)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    if process.returncode == 1:  # pragma: no cover - a fast machine finished first
        pytest.skip("the run ended before the signal")
    if process.returncode == -signal.SIGINT and b"1 file checked" in out:
        # pragma: no cover - the run had ended and Python was shutting down: its
        # finalisation puts the default handler back, so the signal ended it
        pytest.skip("the signal came after the run, while Python was exiting")
    if process.returncode == -signal.SIGINT and b"runpy" in err:  # pragma: no cover
        pytest.skip("the signal came while Python itself was starting")
    assert process.returncode == 130, err
    assert err == b""


def test_closed_stdout_is_one_line_and_exit_3() -> None:
    """A reader that stops early (`| head -1`): one line on stderr, exit 3."""
    process = _dosering(
        "schema", stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before the first byte
    _, err = process.communicate(timeout=60)
    assert process.returncode == 3, err
    assert err.decode() == (
        "dosering: the output was closed before everything was written\n"
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (
            "C.UTF-8",
            "dosering: cannot write the output: the disk is full; make room, or "
            "write elsewhere\n",
        ),
        (
            "sv_SE.UTF-8",
            "dosering: kan inte skriva utdata: disken är full; frigör utrymme, "
            "eller skriv någon annanstans\n",
        ),
    ],
)
def test_full_stdout_is_one_line_and_exit_3(locale: str, said: str) -> None:
    """A full disk under stdout: one line in the run's words, exit 3, no traceback."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "LC_ALL": locale}
    with Path("/dev/full").open("wb") as full:
        process = subprocess.Popen(
            [sys.executable, "-m", "dosering", "schema"],
            env=env,
            stdout=full,
            stderr=subprocess.PIPE,
        )
        _, err = process.communicate(timeout=60)
    assert process.returncode == 3, err
    assert err.decode() == said


def test_started_with_stdout_closed_is_one_line_and_exit_3(tmp_path: Path) -> None:
    """`dosering validate -f json >&-`: one line, exit 3; `-o FILE` still works."""
    import shlex

    command = shlex.join([sys.executable, "-m", "dosering", "schema"])
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    closed = subprocess.run(
        ["sh", "-c", command + " >&-"],
        check=False,
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert closed.returncode == 3
    assert closed.stderr.decode() == (
        "dosering: the output was closed before everything was written\n"
    )
    target = tmp_path / "out.json"
    written = subprocess.run(
        [
            "sh",
            "-c",
            shlex.join(
                [
                    sys.executable,
                    "-m",
                    "dosering",
                    "validate",
                    str(ROOT / "examples" / "vgr.yaml"),
                    "-f",
                    "json",
                    "-o",
                    str(target),
                ]
            )
            + " >&-",
        ],
        check=False,
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert written.returncode == 0, written.stderr
    assert target.read_text(encoding="utf-8").startswith("{")


def test_a_catalogue_text_that_cannot_fill_is_a_bug_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A broken error text (a stray `{`) is exit 4 in one line, not a traceback."""
    from dosering.i18n import catalogue

    broken = dict(catalogue.MESSAGES)
    broken["path.missing"] = ("{path: no such {file", "{path: finns {inte")
    monkeypatch.setattr(catalogue, "MESSAGES", broken)
    result = run("validate", str(tmp_path / "saknas.yaml"))
    assert result.exit_code == 4, result
    assert result.stderr.startswith("dosering: internal error — please report it")
    assert "Traceback" not in result.stderr
