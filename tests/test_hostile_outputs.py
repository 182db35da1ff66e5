"""Output files under faults (issue 17): one line and exit 3, never a lost file."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dosering.core import output
from dosering.core.errors import OsReason, UserError
from tests.conftest import ROOT, run

VGR = str(ROOT / "examples" / "vgr.yaml")
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def _dosering(*argv: str) -> list[str]:
    return [sys.executable, "-m", "dosering", *argv]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for the outputs (tmp_path holds the test's cwd too)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder any user can enter (pytest's own tmp_path is root's alone)."""
    probe = subprocess.run(
        [*NOBODY, *_dosering("--version")], capture_output=True, check=False
    )
    if probe.returncode != 0:  # pragma: no cover - depends on where the clone is
        pytest.skip("the checkout is not readable by an unprivileged user")
    folder = Path(tempfile.mkdtemp(prefix="dosering-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_output_onto_a_symlink_loop_is_one_line(folder: Path):
    """`-o loopA.json` with loopA -> loopB -> loopA: exit 3, no RuntimeError."""
    (folder / "loopA.json").symlink_to("loopB.json")
    (folder / "loopB.json").symlink_to("loopA.json")
    result = run("validate", VGR, "-o", str(folder / "loopA.json"))
    assert result.exit_code == 3, result
    assert result.stderr == (
        f"dosering: {folder / 'loopA.json'}: is a symbolic link that leads round "
        "in a loop; give another file name\n"
    )


def test_output_onto_a_directory_is_one_line(tmp_path: Path):
    """`-o DIR` is refused before anything runs."""
    result = run("validate", VGR, "-o", str(tmp_path))
    assert result.exit_code == 3, result
    assert "is a directory" in result.stderr


def test_output_onto_a_symlink_replaces_its_target(folder: Path):
    """A link to a file is followed: the target is replaced, the link kept."""
    (folder / "real.txt").write_text("old\n")
    (folder / "link.txt").symlink_to("real.txt")
    result = run("validate", VGR, "-o", str(folder / "link.txt"))
    assert result.exit_code == 0, result
    assert (folder / "link.txt").is_symlink()
    assert (folder / "real.txt").read_text() == "1 file checked, no problems\n"
    assert sorted(p.name for p in folder.iterdir()) == ["link.txt", "real.txt"]


def test_a_read_only_folder_keeps_the_old_file(shared_dir: Path):
    """As a user who may not write the folder: exit 3, the old file untouched."""
    target = shared_dir / "out.json"
    target.write_text("old\n")
    target.chmod(0o666)
    shared_dir.chmod(0o555)
    child = subprocess.run(
        [*NOBODY, *_dosering("validate", VGR, "-o", str(target))],
        cwd=shared_dir,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == 3, child
    assert child.stderr == (
        f"dosering: {target}: cannot write here: access denied (is the file open in "
        "another program? close it; else ask for access)\n"
    )
    assert target.read_text() == "old\n"
    assert [p.name for p in shared_dir.iterdir()] == ["out.json"]


def _small_files() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))


def test_a_full_disk_keeps_the_old_file(folder: Path):
    """A write that fails for space (a file size limit here): exit 3, old file kept."""
    target = folder / "out.html"
    target.write_text("old\n")
    child = subprocess.run(
        _dosering("render", VGR, "-o", str(target)),
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=_small_files,
    )
    assert child.returncode == 3, child
    assert child.stderr == (
        f"dosering: {target}: cannot write the file: the file is larger than the "
        "disk allows; write elsewhere\n"
    )
    assert target.read_text() == "old\n"
    assert [p.name for p in folder.iterdir()] == ["out.html"]


def test_no_space_left_on_a_device():
    """`-o /dev/full` is one line and exit 3."""
    result = run("validate", VGR, "-o", "/dev/full")
    assert result.exit_code == 3, result
    assert result.stderr == (
        "dosering: /dev/full: cannot write the file: the disk is full; make room, "
        "or write elsewhere\n"
    )
    swedish = run("validate", VGR, "-o", "/dev/full", "--lang", "sv")
    assert swedish.stderr == (
        "dosering: /dev/full: kan inte skriva filen: disken är full; frigör "
        "utrymme, eller skriv någon annanstans\n"
    )


@pytest.mark.parametrize("named", [False, True], ids=["O_TMPFILE", "named"])
def test_a_failed_write_leaves_no_temporary_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch, named: bool
):
    """ENOSPC in the middle of a streamed write: the old file stays, no temp file."""
    if named:
        monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    target = folder / "out.txt"
    target.write_text("old\n")

    def pieces() -> Iterator[str]:
        yield "new" * 1_000_000
        raise OSError(28, "No space left on device")

    with pytest.raises(UserError) as caught:
        output.write_atomic(target, pieces())
    reason = caught.value.params["reason"]
    assert reason == OsReason("ENOSPC", "No space left on device")
    assert target.read_text() == "old\n"
    assert [p.name for p in folder.iterdir()] == ["out.txt"]


def test_the_named_temporary_file_fallback(
    folder: Path, monkeypatch: pytest.MonkeyPatch
):
    """Without O_TMPFILE the temp file is named, keeps the mode and is renamed."""
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)
    target = folder / "out.txt"
    target.write_text("old\n")
    target.chmod(0o640)
    output.write_atomic(target, "new\n")
    assert target.read_text() == "new\n"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in folder.iterdir()] == ["out.txt"]


def _generated(folder: Path, roles: int) -> Path:
    model = folder / "model.yaml"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), str(roles), str(model)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return model


@pytest.fixture(scope="module")
def large_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated 1,000-role model (its HTML document is about 4 MB)."""
    return _generated(tmp_path_factory.mktemp("large"), 1000)


@pytest.fixture(scope="module")
def huge_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 20,000-role model of issue 17 (8 MB; its HTML document is about 90 MB).

    Its render takes about 14 s here, most of it before the write starts, and
    writes for seconds: the signal lands well inside the write.
    """
    return _generated(tmp_path_factory.mktemp("huge"), 20_000)


def _written(pid: int, folder: Path) -> int | None:
    """The size of the temporary file the process holds open in `folder`, if any."""
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return None
    for fd in fds:
        try:
            link = str(fd.readlink())
            if link.startswith(str(folder)) and link.endswith(("(deleted)", ".tmp")):
                return fd.stat().st_size
        except OSError:
            continue
    return None


MID_WRITE = 1_000_000
"""Bytes of the new document in the temporary file when the signal is sent."""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
@pytest.mark.parametrize(
    ("signum", "code"),
    [
        (signal.SIGTERM, -signal.SIGTERM),
        (signal.SIGKILL, -signal.SIGKILL),
        (signal.SIGINT, 130),
    ],
    ids=["SIGTERM", "SIGKILL", "SIGINT"],
)
def test_a_signal_mid_write_leaves_the_old_file_and_no_temp(
    folder: Path, huge_model: Path, signum: int, code: int
):
    """`render` of the 20,000-role model killed while writing: the old file whole.

    The signal comes once a megabyte of the new document is in the temporary
    file; no temporary file is left, whether the signal is caught (SIGTERM,
    SIGINT) or not (SIGKILL).
    """
    model = huge_model
    target = folder / "out.html"
    target.write_bytes(b"old\n")
    for _attempt in range(3):
        child = subprocess.Popen(
            _dosering("render", str(model), "-o", str(target)),
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        caught = False
        while child.poll() is None:
            if (_written(child.pid, folder) or 0) >= MID_WRITE:
                child.send_signal(signum)
                caught = True
                break
            time.sleep(0.005)  # leave the processor to the child
        child.wait(timeout=120)
        assert child.stderr is not None
        stderr = child.stderr.read().decode()
        child.stderr.close()
        if caught:
            break
    assert caught, "the write was never seen"
    assert child.returncode == code, stderr
    assert "Traceback" not in stderr
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in folder.iterdir()] == ["out.html"]


def test_a_finished_render_replaces_the_file(folder: Path, large_model: Path):
    """Not interrupted, the same command writes the whole new document."""
    model = large_model
    target = folder / "out.html"
    target.write_bytes(b"old\n")
    child = subprocess.run(
        _dosering("render", str(model), "-o", str(target)),
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert child.returncode == 0, child
    html = target.read_bytes()
    assert len(html) > 1_000_000
    assert html.endswith(b"</html>\n")
    assert [p.name for p in folder.iterdir()] == ["out.html"]
