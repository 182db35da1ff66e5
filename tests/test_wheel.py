"""The built wheel ships its templates and starting models, installs, and runs.

The wheel is built from this checkout without network (`--no-build-isolation`, with
hatchling from the dev extra). Most tests install it with `--no-deps` into a folder
of its own and run it with the dev venv's Python, that folder first on the path. The
install test puts it into a fresh venv as a user would (`pip install`), its
dependencies from the wheelhouse `make test` fills (`.venv/wheelhouse`), with no
index and no pip configuration, so no network.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, run

WHEELHOUSE = ROOT / ".venv" / "wheelhouse"
WHEELS = ("--find-links", str(WHEELHOUSE))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from this checkout."""
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-build-isolation",
            "--no-deps",
            "-w",
            str(work / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (built_wheel,) = (work / "dist").glob("dosering-*.whl")
    return built_wheel


@pytest.fixture(scope="module")
def installed(wheel: Path) -> Iterator[Path]:
    """The wheel installed into a folder of its own."""
    target = wheel.parent.parent / "site"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    yield target


def from_wheel(site: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m dosering ARGV` with the wheel's dosering first on the path."""
    env = dict(os.environ, PYTHONPATH=str(site), LANG="C.UTF-8", NO_COLOR="1")
    env.pop("LC_ALL", None)
    return subprocess.run(
        [sys.executable, "-m", "dosering", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_wheel_holds_templates_and_models(installed: Path):
    """The templates and the starting models are inside the installed package."""
    package = installed / "dosering"
    shipped = sorted(p.name for p in (package / "templates").iterdir())
    source = sorted(p.name for p in (ROOT / "templates").iterdir())
    assert shipped == source
    for name in ("ihi.yaml", "vgr.yaml", "kalmar.yaml", "dosering.schema.json"):
        assert (package / "models" / name).is_file(), name


def test_wheel_is_what_runs(installed: Path, tmp_path: Path):
    """The dosering imported is the wheel's, not the checkout's."""
    env = dict(os.environ, PYTHONPATH=str(installed))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import dosering.core.resources as r; print(r.templates_dir())",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(done.stdout.strip()) == installed / "dosering" / "templates"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_wheel_renders_the_golden_documents(installed: Path, tmp_path: Path, fmt: str):
    """From the wheel, Kalmar renders exactly as the golden file says."""
    target = tmp_path / f"kalmar.{fmt}"
    done = from_wheel(
        installed, tmp_path, "render", str(ROOT / "examples" / "kalmar.yaml"),
        "-f", fmt, "-o", str(target),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    golden = (ROOT / "tests" / "golden" / f"kalmar.{fmt}").read_text(encoding="utf-8")
    assert target.read_text(encoding="utf-8") == golden


def test_wheel_starting_model_renders(installed: Path, tmp_path: Path):
    """`init --from vgr` works from the wheel, and its model renders."""
    done = from_wheel(
        installed, tmp_path, "init", "model.yaml", "--from", "vgr", "--lang", "sv"
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "dosering.schema.json").is_file()
    done = from_wheel(installed, tmp_path, "render", "model.yaml", "-f", "html")
    assert done.returncode == 0, done.stderr
    assert "<h1>Region Exempel</h1>" in done.stdout
    assert "Specialistläkare och överläkare" in done.stdout


def test_wheel_ejects_its_templates(installed: Path, tmp_path: Path):
    """`templates eject` copies the wheel's templates."""
    done = from_wheel(installed, tmp_path, "templates", "eject", "mine")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "mine" / "document.html").is_file()


def test_wheel_file_list(installed: Path):
    """The wheel itself lists the templates under dosering/templates/."""
    (wheel,) = (installed.parent / "dist").glob("dosering-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "dosering/templates/document.html" in names
    assert "dosering/templates/document.md" in names
    assert "dosering/models/ostergotland.yaml" in names
    assert "dosering/render/environment.py" in names


def _offline_env() -> dict[str, str]:
    """The environment with no pip configuration: nothing but the wheelhouse."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, LANG="C.UTF-8", NO_COLOR="1")
    env.pop("LC_ALL", None)
    env.pop("PYTHONPATH", None)
    return env


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path) -> Path:
    """A new venv with the wheel installed by pip, dependencies from the wheelhouse."""
    if not (WHEELHOUSE / ".filled").exists():
        pytest.skip("no wheelhouse: `make test` fills .venv/wheelhouse first")
    venv = wheel.parent.parent / "venv"
    # No pip in the venv (faster): the dev venv's pip installs into it (--python).
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        check=True,
        timeout=300,
    )
    python = str(venv / "bin" / "python")
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet"]
    done = subprocess.run(
        [*pip, "--no-compile", "--no-index", *WHEELS, str(wheel)],
        env=_offline_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return venv


def test_fresh_venv_validates_the_examples(fresh_venv: Path):
    """`pip install` of the wheel gives a `dosering` that checks examples/ as here."""
    done = subprocess.run(
        [str(fresh_venv / "bin" / "dosering"), "validate", str(ROOT / "examples")],
        cwd=ROOT,
        env=_offline_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    here = run("validate", str(ROOT / "examples"))
    assert (done.returncode, done.stdout) == (here.exit_code, here.stdout), done.stderr
    assert done.returncode == 0


def test_fresh_venv_runs_as_a_module(fresh_venv: Path, tmp_path: Path):
    """`python -m dosering` (on Windows `py -m dosering`) runs from the wheel."""
    python = str(fresh_venv / "bin" / "python")
    done = subprocess.run(
        [python, "-m", "dosering", "init", "modell.yaml", "--from", "ostergotland"],
        cwd=tmp_path,
        env=_offline_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("wrote modell.yaml (from ostergotland)\n")
    assert "name: Ge förutsättningar" in (tmp_path / "modell.yaml").read_text("utf-8")
