"""Outputs never overwrite inputs, and odd inputs from testing stay handled."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, run

CONTRACT = DATA / "contract"


@pytest.fixture
def model(tmp_path: Path) -> Path:
    """A copy of the contract model in a temporary folder."""
    target = tmp_path / "model.yaml"
    shutil.copy(CONTRACT / "model.yaml", target)
    return target


@pytest.mark.parametrize(
    "argv",
    [
        ["render", "{m}", "-f", "md", "-o", "{m}"],
        ["gap", "{m}", "-f", "text", "-o", "{m}"],
        ["diff", str(CONTRACT / "model.yaml"), "{m}", "-f", "text", "-o", "{m}"],
        ["validate", "{m}", "-o", "{m}"],
    ],
    ids=["render", "gap", "diff", "validate"],
)
def test_output_onto_the_model_is_refused(model: Path, argv: list[str]):
    """`-o` naming an input model exits 3 and leaves the model as it was."""
    before = model.read_bytes()
    result = run(*(a.replace("{m}", str(model)) for a in argv))
    assert result.exit_code == 3, result
    assert "is one of the input files" in result.stderr
    assert model.read_bytes() == before


def test_gap_output_onto_the_course_list_is_refused(tmp_path: Path, model: Path):
    """The course list is an input too."""
    courses = tmp_path / "courses.csv"
    shutil.copy(CONTRACT / "courses.csv", courses)
    result = run("gap", str(model), "--courses", str(courses), "-o", str(courses))
    assert result.exit_code == 3
    assert courses.read_bytes() == (CONTRACT / "courses.csv").read_bytes()


def test_gap_row_with_more_cells_than_the_header(tmp_path: Path, model: Path):
    """A decimal comma in a comma CSV splits a number: the row gets a warning."""
    courses = tmp_path / "c.csv"
    courses.write_bytes(b"Kurskod,Kursnamn,Timmar,Platser\r\n6149,Intro,1,5,80\r\n")
    doc = json.loads(
        run("gap", str(model), "--courses", str(courses), "-f", "json").stdout
    )
    assert [(f["code"], f["line"], f["col"]) for f in doc["findings"]] == [
        ("row-cells", 2, 5)
    ]


def test_gap_title_row_with_commas_above_a_semicolon_header(
    tmp_path: Path, model: Path
):
    """The delimiter is the one under which a header is found, not the first line's."""
    courses = tmp_path / "c.csv"
    courses.write_bytes(
        "Rapport: kurser, 2025, alla\r\nKurskod;Kursnamn;Platser\r\n"
        "6149;Introduktion till förbättringsarbete;80\r\n".encode("cp1252")
    )
    result = run("gap", str(model), "--courses", str(courses), "-f", "json")
    doc = json.loads(result.stdout)
    offered = {c["course"]: c["seats_per_year"] for c in doc["courses_demand"]}
    assert offered == {"fk-intro": 80}


def test_diff_fail_on_may_be_repeated(tmp_path: Path):
    """`--fail-on stricter --fail-on looser` keeps both classes."""
    result = run(
        "diff",
        str(CONTRACT / "model.yaml"),
        str(CONTRACT / "model-v2.yaml"),
        "--fail-on",
        "added",
        "--fail-on",
        "stricter",
    )
    assert result.exit_code == 1, result


def test_template_recursion_is_a_clear_error(tmp_path: Path, model: Path):
    """A template that includes itself exits 3 with one line, no traceback."""
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "document.md").write_text("{% include 'document.md' %}", encoding="utf-8")
    result = run("render", str(model), "-f", "md", "--templates", str(folder))
    assert result.exit_code == 3, result
    assert "include or call themselves" in result.stderr
    assert result.stderr.count("\n") == 1


def test_gap_unknown_column_field_is_a_usage_error(model: Path):
    """`--column foo=Kurskod` is a wrong option value: exit 2, as typer's own."""
    result = run(
        "gap",
        str(model),
        "--courses",
        str(CONTRACT / "courses.csv"),
        "--column",
        "foo=K",
    )
    assert result.exit_code == 2, result


def test_gap_says_why_a_mapping_error_exits_1(tmp_path: Path, model: Path):
    """A mapping naming an unknown course exits 1 and says so on stderr."""
    mapping = tmp_path / "m.yaml"
    mapping.write_text('match:\n  "9002": no-such\n', encoding="utf-8")
    result = run(
        "gap",
        str(model),
        "--courses",
        str(CONTRACT / "courses.csv"),
        "--mapping",
        str(mapping),
        "--fail-on",
        "none",
    )
    assert result.exit_code == 1
    assert f"Exit 1: the mapping {mapping} has errors" in result.stderr


def test_crosswalk_pairing_two_ids_with_one_is_a_finding(tmp_path: Path):
    """Two of A's levels mapped onto one of B's is ambiguous: a finding, exit 1."""
    from tests.conftest import ROOT

    crosswalk = tmp_path / "cw.yaml"
    crosswalk.write_text("levels:\n  grundniva: veta\n  fordjupad: veta\n", "utf-8")
    result = run(
        "diff",
        str(ROOT / "examples" / "vgr.yaml"),
        str(ROOT / "examples" / "kalmar.yaml"),
        "--map",
        str(crosswalk),
    )
    assert result.exit_code == 1
    assert f"{crosswalk}:3:14: error crosswalk-duplicate" in result.stderr


def test_role_description_is_in_the_document(tmp_path: Path):
    """A role's description appears under its learning path, escaped."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: a, name: A}\nlevels: [{id: v, name: V}]\n"
        "areas: [{id: f, name: F}]\nroles:\n  - id: r\n    name: R\n"
        "    description: 'Vårdnära <b>roll</b>'\n    needs: {f: v}\n"
        "courses: [{id: c, title: C, format: other, gives: {f: v}}]\n",
        encoding="utf-8",
    )
    markdown = run("render", str(model), "-f", "md").stdout
    assert "Vårdnära \\<b\\>roll\\</b\\>" in markdown
    html = run("render", str(model), "-f", "html").stdout
    assert '<p class="description">Vårdnära &lt;b&gt;roll&lt;/b&gt;</p>' in html


def test_list_and_mapping_yaml_problems_in_words(tmp_path: Path, model: Path):
    """A duplicate key in a YAML list or a mapping is told in words, not a code."""
    courses = tmp_path / "c.yaml"
    courses.write_text("- code: '6149'\n  code: '6150'\n", encoding="utf-8")
    result = run("gap", str(model), "--courses", str(courses))
    assert result.exit_code == 3
    assert "the key `code` is given twice in the same mapping" in result.stderr
    mapping = tmp_path / "m.yaml"
    mapping.write_text("match: {}\nmatch: {}\n", encoding="utf-8")
    result = run(
        "gap",
        str(model),
        "--courses",
        str(CONTRACT / "courses.csv"),
        "--mapping",
        str(mapping),
    )
    assert result.exit_code == 1
    assert "not valid YAML: the key `match` is given twice" in result.stdout


def test_diff_of_one_invalid_file_with_itself_shows_findings_once(tmp_path: Path):
    """`diff bad.yaml bad.yaml` lists each finding once."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("dosering: 1\n", encoding="utf-8")
    result = run("diff", str(bad), str(bad))
    assert result.exit_code == 1
    assert result.stderr.count("`region` is missing") == 1


def test_an_odd_number_in_a_list_given_twice_is_findings():
    """Found by `make fuzz`: `roles:` twice, a `010` in the first (longer) list.

    YAML keeps the second list; the loader's note on the first pointed past its
    end, and leaving out the entity it named was an IndexError (exit 4).
    """
    path = DATA / "fuzz" / "model" / "duplicate-list-odd-number-past-the-end.yaml"
    result = run("validate", str(path), "-f", "json")
    assert result.exit_code == 1, result
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"], f["col"]) for f in findings] == [
        ("schema", 7, 33),
        ("yaml-duplicate-key", 8, 1),
        ("unknown-key", 9, 22),
    ]
