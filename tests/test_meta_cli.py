"""`dosering schema`, `checks`, `init` and `--version`."""

from __future__ import annotations

import json
from pathlib import Path

from dosering import __version__
from dosering.model.checks import CATALOGUE, REGISTRY
from dosering.model.schema import json_schema
from tests.conftest import ROOT, run


def test_committed_schema_is_current():
    """models/dosering.schema.json equals the schema generated from the models."""
    committed = json.loads(
        (ROOT / "models" / "dosering.schema.json").read_text("utf-8")
    )
    assert committed == json_schema(), (
        "run: dosering schema -o models/dosering.schema.json"
    )


def test_schema_command_prints_the_schema():
    """`dosering schema` prints the same JSON Schema."""
    assert json.loads(run("schema").stdout) == json_schema()


def test_checks_lists_every_code():
    """`dosering checks` lists every catalogue code, and the registry is in it."""
    out = run("checks").stdout
    for code in CATALOGUE:
        assert code in out
    assert set(REGISTRY) <= set(CATALOGUE)
    rows = json.loads(run("checks", "-f", "json").stdout)
    assert {r["code"] for r in rows} == set(CATALOGUE)


def test_every_check_documents_pass_and_fail():
    """Each check's docstring (its user documentation) shows both cases."""
    for code, module in REGISTRY.items():
        doc = module.__doc__ or ""
        assert doc.startswith(code), code
        assert "Passes" in doc, code
        assert "Fails" in doc or "Noted" in doc, code


def test_version():
    """`--version` prints the version."""
    assert run("--version").stdout == f"dosering {__version__}\n"


def test_init_writes_model_and_schema(tmp_path: Path):
    """init writes a valid model from Kalmar with a blank region, plus the schema."""
    target = tmp_path / "modell.yaml"
    result = run("init", str(target), "--from", "kalmar")
    assert result.exit_code == 0, result
    text = target.read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=dosering.schema.json\n")
    assert "id: min-region" in text
    region_block = text.split("\nregion:")[1].split("\nlevels:")[0]
    assert "Kalmar" not in region_block
    assert (tmp_path / "dosering.schema.json").exists()
    assert run("validate", str(target)).exit_code == 0


def test_init_default_is_ihi_in_english(tmp_path: Path):
    """Without --from, init starts from the IHI model with an English region block."""
    target = tmp_path / "model.yaml"
    assert run("init", str(target)).exit_code == 0
    assert "id: my-region" in target.read_text("utf-8")


def test_init_never_overwrites(tmp_path: Path):
    """An existing file is left alone: exit 3, same bytes."""
    target = tmp_path / "model.yaml"
    target.write_text("mine\n", encoding="utf-8")
    result = run("init", str(target))
    assert result.exit_code == 3
    assert "already exists" in result.stderr
    assert target.read_text("utf-8") == "mine\n"


def test_init_on_a_directory(tmp_path: Path):
    """init on a folder says it is a folder: exit 3."""
    result = run("init", str(tmp_path))
    assert result.exit_code == 3
    assert "is a directory" in result.stderr


def test_catalogue_lists_list_mapping_and_crosswalk_codes():
    """Codes of gap's list/mapping findings and diff's crosswalk are catalogued."""
    out = run("checks").stdout
    for code in ("row-cells", "mapping-unknown-course", "crosswalk-duplicate"):
        assert code in out
