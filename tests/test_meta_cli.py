"""`dosering schema`, `checks`, `init` and `--version`."""

from __future__ import annotations

import json

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


def test_catalogue_lists_list_mapping_and_crosswalk_codes():
    """Codes of gap's list/mapping findings and diff's crosswalk are catalogued."""
    out = run("checks").stdout
    for code in ("row-cells", "mapping-unknown-course", "crosswalk-duplicate"):
        assert code in out
