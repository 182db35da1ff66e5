"""`dosering init`: a new model from a bundled one, commented in the run's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from dosering.model.schema import Model
from dosering.model.semantics import Meaning
from tests.conftest import run

STARTS = ("ihi", "vgr", "kalmar", "ostergotland")


def _init(tmp_path: Path, *args: str) -> tuple[str, str]:
    target = tmp_path / "modell.yaml"
    result = run("init", str(target), *args)
    assert result.exit_code == 0, result
    return target.read_text("utf-8"), result.stderr


def test_init_writes_model_and_schema(tmp_path: Path):
    """init writes a valid model from Kalmar with a blank region, plus the schema."""
    text, _ = _init(tmp_path, "--from", "kalmar", "--lang", "sv")
    assert text.startswith("# yaml-language-server: $schema=dosering.schema.json\n")
    region_block = text.split("\nregion:")[1].split("\nlevels:")[0]
    assert "  id: min-region            # fyll i: regionens id" in region_block
    assert "Kalmar" not in region_block
    assert (tmp_path / "dosering.schema.json").exists()
    assert run("validate", str(tmp_path / "modell.yaml")).exit_code == 0


def test_init_default_is_ihi_in_english(tmp_path: Path):
    """Without --from or --lang (an English locale), IHI with English comments."""
    text, stderr = _init(tmp_path)
    assert "  id: my-region             # fill in: your region's id" in text
    assert "`dosering init --from ihi`\n# from IHI's dosing approach" in text
    assert stderr == (
        f"wrote {tmp_path / 'modell.yaml'} (from ihi)\n"
        f"wrote {tmp_path / 'dosering.schema.json'}\n"
        f"next: fill in the region block, then run: dosering validate "
        f"{tmp_path / 'modell.yaml'}\n"
    )


def test_init_follows_a_swedish_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """With a Swedish locale and no --lang, the comments and messages are Swedish."""
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    text, stderr = _init(tmp_path, "--from", "kalmar")
    assert "# Vad behöver personen kunna?" in text
    assert "# Vem behöver kunna?" in text
    assert "# Hur tillgodogör sig personen kompetensen?" in text
    assert stderr.splitlines()[0] == f"skrev {tmp_path / 'modell.yaml'} (från kalmar)"
    assert stderr.splitlines()[-1].startswith("nästa steg: fyll i regionen")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_three_questions_head_their_sections(tmp_path: Path, lang: str):
    """Each of the three questions stands right above the section that answers it."""
    text, _ = _init(tmp_path, "--from", "ostergotland", "--lang", lang)
    lines = text.splitlines()
    question = {"sv": "# Vad behöver", "en": "# What must"}[lang]
    at = next(i for i, line in enumerate(lines) if line.startswith(question))
    following = next(line for line in lines[at:] if not line.startswith("#"))
    assert following == "levels:"


def test_ostergotland_is_the_published_structure(tmp_path: Path):
    """Östergötland: four levels, Ge förutsättningar over Veta & delta only; 5 areas."""
    text, _ = _init(tmp_path, "--from", "ostergotland", "--lang", "sv")
    data = yaml.safe_load(text)
    assert [(lv["id"], lv["name"], lv.get("includes")) for lv in data["levels"]] == [
        ("veta", "Veta & delta", None),
        ("driva", "Driva & leda", None),
        ("ge-forutsattningar", "Ge förutsättningar", ["veta"]),
        ("ge-stod", "Ge stöd", None),
    ]
    assert [a["name"] for a in data["areas"]] == [
        "Förbättringskunskap",
        "Innovationskunskap",
        "Informationsdriven utveckling",
        "Projektkunskap",
        "Patientsäkerhet",
    ]
    assert data["roles"] == [] and data["courses"] == [] and "groups" not in data
    meaning = Meaning(Model.model_validate(data))
    assert not meaning.satisfies("ge-forutsattningar", "driva")
    assert meaning.satisfies("ge-forutsattningar", "veta")
    assert all(meaning.satisfies("ge-stod", lv) for lv in ("veta", "driva"))
    assert meaning.satisfies("ge-stod", "ge-forutsattningar")


def test_ostergotland_validates_with_only_unused_warnings(tmp_path: Path):
    """A fresh Östergötland model is valid; its warnings say levels and areas wait."""
    _init(tmp_path, "--from", "ostergotland", "--lang", "sv")
    result = run("validate", "--format", "json", str(tmp_path / "modell.yaml"))
    assert result.exit_code == 0, result
    codes = re.findall(r'"code": "([a-z-]+)"', result.stdout)
    assert codes == ["level-unused"] * 4 + ["area-unused"] * 5


def test_the_commented_examples_are_valid_yaml(tmp_path: Path):
    """Uncommenting the example role and course gives a model with no errors."""
    text, _ = _init(tmp_path, "--from", "ostergotland", "--lang", "sv")
    lines = []
    for line in text.splitlines():
        if line.startswith("#   "):
            lines.append(line[4:])
        elif line not in ("roles: []", "courses: []"):
            lines.append(line)
    model = tmp_path / "uncommented.yaml"
    model.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("validate", "--format", "json", str(model))
    assert result.exit_code == 0, result
    assert '"need-unsatisfied"' not in result.stdout


@pytest.mark.parametrize("start", STARTS)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_comment_points_at_a_file_the_region_lacks(
    tmp_path: Path, start: str, lang: str
):
    """The new model names no file but itself and the schema written beside it."""
    text, _ = _init(tmp_path, "--from", start, "--lang", lang)
    without_urls = re.sub(r"https?://\S+", "", text)
    named = set(re.findall(r"[\w./-]+\.(?:md|ya?ml|json|csv|xlsx|pdf)\b", without_urls))
    assert named <= {"modell.yaml", "dosering.schema.json"}
    assert run("validate", str(tmp_path / "modell.yaml")).exit_code == 0


def test_init_never_overwrites(tmp_path: Path):
    """An existing file is left alone: exit 3, same bytes, in the run's language."""
    target = tmp_path / "model.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = run("init", str(target), "--lang", "sv")
    assert result.exit_code == 3
    assert result.stderr == (
        f"dosering: {target}: finns redan; dosering init skriver aldrig över en fil\n"
    )
    assert target.read_text("utf-8") == "mine\n"


def test_init_on_a_directory(tmp_path: Path):
    """init on a folder says it is a folder: exit 3."""
    result = run("init", str(tmp_path))
    assert result.exit_code == 3
    assert result.stderr == (
        f"dosering: {tmp_path}: is a directory; give the name of the model file to "
        "write\n"
    )
