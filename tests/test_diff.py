"""`dosering diff` end to end: outputs, exit codes, config, crosswalks and git."""
# ruff: noqa: E501 (expected outputs are whole lines as the tool prints them)

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from dosering.analyses.diff import ChangeClass
from dosering.cli.diff import DiffFormat
from dosering.report.diff import REPORTERS
from tests.conftest import DATA, ROOT, run

CONTRACT = DATA / "contract"
EXAMPLES = ROOT / "examples"

TEXT = """\
4 changes between model.yaml and model-v2.yaml: 1 stricter, 1 looser, 1 renamed, 1 cosmetic

Roles
  Enhetschef
    stricter  needs Förbättringskunskap: Driva & leda → Ge förutsättningar
  Sjuksköterska
    looser    no longer needs Patientsäkerhet (was Veta & delta)
  Regiondirektör och biträdande regiondirektör
    cosmetic  name: Regiondirektör → Regiondirektör och biträdande regiondirektör

Courses
  Introduktion till förbättringsarbete
    renamed   new id: fk-intro → fk-introduktion

Demand per course (course places a year; backlog = people who need the dose once)
course                                 A a year   B a year   A backlog   B backlog
──────────────────────────────────────────────────────────────────────────────────
Introduktion till förbättringsarbete        0.0      100.0           0       1,000
Leda förbättringsarbete                   135.0        0.0       1,100           0
Förbättringskunskap för ledningen           2.0       37.0          10         110
"""

MD = """\
**dosering diff**: 4 changes between model.yaml and model-v2.yaml: 1 stricter, 1 looser, 1 renamed, 1 cosmetic

| entity | name | change | what |
| --- | --- | --- | --- |
| role | Enhetschef | **stricter** | needs Förbättringskunskap: Driva & leda → Ge förutsättningar |
| role | Sjuksköterska | looser | no longer needs Patientsäkerhet (was Veta & delta) |
| role | Regiondirektör och biträdande regiondirektör | cosmetic | name: Regiondirektör → Regiondirektör och biträdande regiondirektör |
| course | Introduktion till förbättringsarbete | renamed | new id: fk-intro → fk-introduktion |

#### Demand per course (course places a year; backlog = people who need the dose once)

| course | A a year | B a year | A backlog | B backlog |
| --- | ---: | ---: | ---: | ---: |
| Introduktion till förbättringsarbete | 0.0 | 100.0 | 0 | 1,000 |
| Leda förbättringsarbete | 135.0 | 0.0 | 1,100 | 0 |
| Förbättringskunskap för ledningen | 2.0 | 37.0 | 10 | 110 |

#### Role × area: A's level \\| B's level (≠ where they differ)

| role | Förbättringskunskap | Patientsäkerhet | Innovationskunskap |
| --- | --- | --- | --- |
| Sjuksköterska | Veta & delta \\| Veta & delta | **Veta & delta ≠ –** | – \\| – |
| Enhetschef | **Driva & leda ≠ Ge förutsättningar** | Driva & leda \\| Driva & leda | – \\| – |
| Regiondirektör och biträdande regiondirektör | Ge förutsättningar \\| Ge förutsättningar | Driva & leda \\| Driva & leda | Veta & delta \\| Veta & delta |
"""


@pytest.fixture
def contract() -> None:
    """The contract's two versions as model.yaml and model-v2.yaml in the cwd."""
    for name in ("model.yaml", "model-v2.yaml"):
        shutil.copy(CONTRACT / name, name)


def test_reporters_match_the_format_choices():
    """Every --format choice has a reporter (xlsx: report.sheets) and vice versa."""
    assert {*REPORTERS, "xlsx"} == {f.value for f in DiffFormat}


def test_contract_changes_are_among_ours(contract: None):
    """Each change of the contract's expected-diff.json is found, as written.

    Checked by hand against the two files: patientsäkerhet dropped from
    sjuksköterska (looser), driva → ge-forutsattningar for enhetschef (stricter: it
    includes only veta), fk-intro renamed, regiondirektör's name reworded.
    """
    expected = json.loads((CONTRACT / "expected-diff.json").read_text("utf-8"))
    result = run("diff", "model.yaml", "model-v2.yaml", "-f", "json")
    assert result.exit_code == 0, result
    changes = json.loads(result.stdout)["changes"]
    for item in expected["changes"]:
        reduced = [{k: c.get(k) for k in item} for c in changes]
        assert item in reduced
    renamed = [c for c in changes if c["change"] == "renamed"]
    assert [(c["id"], c["old_id"]) for c in renamed] == [
        ("fk-introduktion", "fk-intro")
    ]
    ids = {(c["id"], c["change"]) for c in changes}
    assert ("fk-intro", "removed") not in ids
    assert ("fk-introduktion", "added") not in ids


def test_text_output(contract: None):
    """The text output groups by kind, then entity, stricter first."""
    result = run("diff", "model.yaml", "model-v2.yaml")
    assert result.exit_code == 0, result
    assert result.stdout == TEXT
    assert result.stderr == ""


def test_markdown_output_with_matrix(contract: None):
    """The Markdown output: a summary line, the changes, demand and matrix tables."""
    result = run("diff", "model.yaml", "model-v2.yaml", "-f", "md", "--matrix")
    assert result.exit_code == 0, result
    assert result.stdout == MD


def test_json_document(contract: None):
    """The JSON document carries the contract's keys and the demand per course."""
    result = run("diff", "model.yaml", "model-v2.yaml", "--format", "json")
    document = json.loads(result.stdout)
    assert {k: document[k] for k in ("tool", "format", "a", "b", "levels_by")} == {
        "tool": "dosering",
        "format": 1,
        "a": "model.yaml",
        "b": "model-v2.yaml",
        "levels_by": "id",
    }
    assert document["counts"] == {
        "stricter": 1,
        "looser": 1,
        "renamed": 1,
        "cosmetic": 1,
    }
    assert document["changes"][0] == {
        "entity": "role",
        "id": "enhetschef",
        "change": "stricter",
        "field": "needs.forbattringskunskap",
        "before": "driva",
        "after": "ge-forutsattningar",
    }
    assert document["demand"] == [
        {
            "course": "fk-introduktion",
            "old_id": "fk-intro",
            "a": {"demand_per_year": 0.0, "backlog": 0},
            "b": {"demand_per_year": 100.0, "backlog": 1000},
        },
        {
            "course": "fk-leda",
            "a": {"demand_per_year": 135.0, "backlog": 1100},
            "b": {"demand_per_year": 0.0, "backlog": 0},
        },
        {
            "course": "fk-ledning",
            "a": {"demand_per_year": 2.0, "backlog": 10},
            "b": {"demand_per_year": 37.0, "backlog": 110},
        },
        {
            "course": "ps-ledning",
            "a": {"demand_per_year": 37.0, "backlog": 110},
            "b": {"demand_per_year": 37.0, "backlog": 110},
        },
    ]
    assert "matrix" not in document


def test_no_changes_exit_0_even_with_exit_code(contract: None):
    """A model against itself: one line, exit 0 with --exit-code too."""
    result = run("diff", "model.yaml", "model.yaml", "--exit-code")
    assert result.exit_code == 0, result
    assert result.stdout == (
        "No changes between model.yaml and model.yaml.\n\n"
        "Demand per course: unchanged.\n"
    )


@pytest.mark.parametrize(
    ("args", "code", "why"),
    [
        ((), 0, None),
        (("--exit-code",), 1, "--exit-code"),
        (("--fail-on", "stricter"), 1, "--fail-on stricter"),
        (("--fail-on", "added,removed"), 0, None),
        (("--fail-on", " Cosmetic , looser"), 1, "--fail-on looser, cosmetic"),
    ],
)
def test_exit_codes(contract: None, args: tuple[str, ...], code: int, why: str | None):
    """--exit-code fails on any change; --fail-on only on the classes named."""
    result = run("diff", "model.yaml", "model-v2.yaml", *args)
    assert result.exit_code == code, result
    if why is None:
        assert result.stderr == ""
    else:
        assert result.stderr == (
            "dosering: the models differ (1 stricter, 1 looser, 1 renamed, "
            f"1 cosmetic); exit 1 because of {why}\n"
        )


def test_unknown_fail_on_class_is_a_usage_error(contract: None):
    """An unknown class in --fail-on is a usage error (exit 2) that lists them."""
    result = run("diff", "model.yaml", "model-v2.yaml", "--fail-on", "strict")
    assert result.exit_code == 2, result
    assert (
        "`strict` is not one of stricter, looser, removed, added, renamed, updated, "
        "cosmetic, all, none" in result.stderr
    )
    assert ", ".join(ChangeClass) in " ".join(result.stderr.split())


@pytest.mark.parametrize(
    "name",
    ["striktare", "STRIKTARE", "stricter", "Kräver mer än A", "striktare,lösare"],
)
def test_fail_on_takes_swedish_class_names(contract: None, name: str):
    """--fail-on takes the Swedish labels as well as the codes, in any case."""
    result = run("diff", "model.yaml", "model-v2.yaml", "--fail-on", name)
    assert result.exit_code == 1, result
    assert "because of --fail-on stricter" in result.stderr


def test_fail_on_says_why_in_the_runs_words(contract: None):
    """The exit line names the classes as the output does, not by their codes."""
    result = run("diff", "model.yaml", "model-v2.yaml", "--fail-on", "stricter")
    assert result.exit_code == 1, result
    sv = run(
        "diff", "model.yaml", "model-v2.yaml", "--fail-on", "stricter", "--lang", "sv"
    )
    assert sv.exit_code == 1, sv
    assert sv.stderr.endswith("slutkod 1 på grund av --fail-on striktare\n")


@pytest.mark.parametrize(
    ("name", "code"),
    [("kosmetiska", 1), ("borttagna", 0), ("Bytt ID,inga", 1), ("med nytt id", 1)],
)
def test_fail_on_plural_labels(contract: None, name: str, code: int):
    """Plural labels (as the summary counts them) name their class too."""
    result = run("diff", "model.yaml", "model-v2.yaml", "--fail-on", name)
    assert result.exit_code == code, result


def test_unknown_class_in_swedish_lists_the_swedish_names(contract: None):
    """The error lists the classes in the run's language, the nearest first."""
    result = run(
        "diff", "model.yaml", "model-v2.yaml", "--lang", "sv", "--fail-on", "lösar"
    )
    assert result.exit_code == 2, result
    assert result.stderr.splitlines()[0] == (
        "dosering diff: --fail-on: `lösar` är inte ett av lösare (looser), "
        "striktare (stricter), borttagen (removed), tillagd (added), bytt id "
        "(renamed), uppdaterad (updated), kosmetisk (cosmetic), alla (all), "
        "inga (none)"
    )


def test_only_and_hide_take_swedish_names(contract: None):
    """--only and --hide read class names as --fail-on does."""
    result = run(
        "diff", "model.yaml", "model-v2.yaml", "-f", "json", "--only", "striktare"
    )
    assert result.exit_code == 0, result
    assert {c["change"] for c in json.loads(result.stdout)["changes"]} == {"stricter"}


def test_config_defaults(contract: None, monkeypatch: pytest.MonkeyPatch):
    """.dosering.yaml's diff section sets fail_on and map (relative to itself)."""
    Path(".dosering.yaml").write_text(
        "diff:\n  fail_on: [looser]\n  map: maps/cw.yaml\n", encoding="utf-8"
    )
    Path("maps").mkdir()
    Path("maps/cw.yaml").write_text("roles: {}\n", encoding="utf-8")
    Path("sub").mkdir()
    monkeypatch.chdir("sub")
    result = run("diff", "../model.yaml", "../model-v2.yaml", "-f", "json")
    assert result.exit_code == 1, result
    assert json.loads(result.stdout)["levels_by"] == "id"
    assert "because of --fail-on looser" in result.stderr
    Path("../maps/cw.yaml").write_text("roles: {chef: enhetschef}\n", "utf-8")
    result = run("diff", "../model.yaml", "../model-v2.yaml")
    assert result.exit_code == 1, result
    assert "maps/cw.yaml:1:9: error crosswalk-unknown-id role `chef`" in result.stderr


def test_no_map_ignores_the_configured_crosswalk(contract: None):
    """--no-map compares by id even when .dosering.yaml names a crosswalk."""
    Path(".dosering.yaml").write_text("diff:\n  map: missing.yaml\n", encoding="utf-8")
    assert run("diff", "model.yaml", "model-v2.yaml").exit_code == 3
    result = run("diff", "model.yaml", "model-v2.yaml", "--no-map")
    assert result.exit_code == 0, result
    assert result.stdout == TEXT


def test_config_fail_on_is_overridden(contract: None):
    """--fail-on on the command line wins over the config's."""
    Path(".dosering.yaml").write_text("diff:\n  fail_on: [looser]\n", encoding="utf-8")
    result = run("diff", "model.yaml", "model-v2.yaml", "--fail-on", "added")
    assert result.exit_code == 0, result


def test_bad_config_fail_on_exits_3(contract: None):
    """A class in the config that does not exist stops the run (exit 3).

    Worded as gap's: the same parser reads both commands' `--fail-on`.
    """
    Path(".dosering.yaml").write_text("diff:\n  fail_on: [worse]\n", encoding="utf-8")
    result = run("diff", "model.yaml", "model-v2.yaml")
    assert result.exit_code == 3, result
    config = Path(".dosering.yaml").resolve()
    assert result.stderr == (
        f"dosering: {config}: diff.fail_on: `worse` is not one of stricter, looser, "
        "removed, added, renamed, updated, cosmetic, all, none\n"
    )


def test_swedish(contract: None):
    """--lang sv words the output in Swedish, with names and sentences."""
    result = run("diff", "model.yaml", "model-v2.yaml", "--lang", "sv")
    lines = result.stdout.splitlines()
    assert lines[:5] == [
        "4 ändringar mellan model.yaml och model-v2.yaml: 1 striktare, 1 lösare, "
        "1 med nytt id, 1 kosmetisk",
        "",
        "Roller",
        "  Enhetschef",
        "    striktare   behöver Förbättringskunskap: Driva & leda → Ge förutsättningar",
    ]
    assert (
        "    lösare      behöver inte längre Patientsäkerhet (var Veta & delta)"
        in lines
    )
    row = next(line for line in lines if line.startswith("Introduktion till"))
    assert [c for c in row.split(" ") if c][-4:] == ["0,0", "100,0", "0", "1\u00a0000"]


def test_only_and_hide(contract: None):
    """--only and --hide choose what is shown; the summary counts all, says so."""
    result = run("diff", "model.yaml", "model-v2.yaml", "--only", "stricter,looser")
    assert result.exit_code == 0, result
    assert result.stdout.splitlines()[0] == (
        "4 changes between model.yaml and model-v2.yaml: 1 stricter, 1 looser, "
        "1 renamed, 1 cosmetic (1 renamed, 1 cosmetic not shown)"
    )
    assert "Regiondirektör" not in result.stdout
    assert "new id" not in result.stdout
    hidden = run(
        "diff", "model.yaml", "model-v2.yaml", "--hide", "cosmetic", "-f", "json"
    )
    changes = json.loads(hidden.stdout)["changes"]
    assert [c["change"] for c in changes] == ["stricter", "looser", "renamed"]
    assert json.loads(hidden.stdout)["counts"]["cosmetic"] == 1
    failing = run(
        "diff",
        "model.yaml",
        "model-v2.yaml",
        "--hide",
        "cosmetic,stricter",
        "--fail-on",
        "stricter",
    )
    assert failing.exit_code == 1, failing
    bad = run("diff", "model.yaml", "model-v2.yaml", "--only", "strict")
    assert bad.exit_code == 2
    assert bad.stderr.startswith(
        "dosering diff: --only: `strict` is not one of stricter, looser,"
    )


def test_between_regions_says_requires_more_than_a(monkeypatch: pytest.MonkeyPatch):
    """Two regions: "kräver mer / kräver mindre än A" instead of stricter/looser."""
    monkeypatch.chdir(ROOT)
    result = run(
        "diff",
        "examples/vgr.yaml",
        "examples/kalmar.yaml",
        "--map",
        "examples/crosswalk-vgr-kalmar.yaml",
        "--lang",
        "sv",
        "--hide",
        "cosmetic,updated",
    )
    assert result.exit_code == 0, result
    first = result.stdout.splitlines()[0]
    assert "som kräver mer än A" in first
    assert "som kräver mindre än A" in first
    assert "(49 uppdaterade, 59 kosmetiska visas inte)" in first
    assert "    kräver mer än A     " in result.stdout
    assert "striktare" not in result.stdout
    document = json.loads(
        run(
            "diff",
            "examples/vgr.yaml",
            "examples/kalmar.yaml",
            "--map",
            "examples/crosswalk-vgr-kalmar.yaml",
            "-f",
            "json",
        ).stdout
    )
    assert document["counts"]["stricter"] == 23


def test_invalid_side_shows_findings_and_no_diff(contract: None):
    """An invalid B: its findings on stderr as validate shows them, exit 1."""
    Path("bad.yaml").write_text("dosering: 1\nregion: {id: x}\n", encoding="utf-8")
    result = run("diff", "model.yaml", "bad.yaml")
    assert result.exit_code == 1, result
    assert result.stdout == ""
    assert result.stderr.startswith("bad.yaml:1:1: error schema `levels` is missing")
    assert "error" in result.stderr
    assert "model.yaml:" not in result.stderr.replace("bad.yaml", "")
    assert result.stderr.splitlines()[-1] == "1 file checked, 3 errors"
    sv = run("diff", "model.yaml", "bad.yaml", "--lang", "sv")
    assert sv.stderr.splitlines()[-1] == "1 fil kontrollerad, 3 fel"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "not-a-model"),
        ("dosering: 1\n".encode("utf-16"), "yaml-encoding"),
        ("dosering: 1\nregion: Sk\xe5ne\n".encode("cp1252"), "yaml-encoding"),
    ],
)
def test_ugly_files_are_findings(contract: None, content: bytes, code: str):
    """An empty, UTF-16 or Windows-1252 file: a finding at its position, exit 1."""
    Path("ugly.yaml").write_bytes(content)
    result = run("diff", "ugly.yaml", "model.yaml")
    assert result.exit_code == 1, result
    assert f" {code} " in result.stderr


@pytest.mark.parametrize(
    ("a", "message"),
    [
        ("nowhere.yaml", "dosering: nowhere.yaml: no such file or directory\n"),
        (".", "dosering: .: is a directory, not a model file\n"),
    ],
)
def test_unreadable_paths_exit_3(contract: None, a: str, message: str):
    """A missing path or a folder: one line, exit 3."""
    result = run("diff", a, "model.yaml")
    assert result.exit_code == 3, result
    assert result.stderr == message


def test_output_file_is_written_atomically(contract: None):
    """-o writes the whole output; a failed run leaves the old file alone."""
    result = run("diff", "model.yaml", "model-v2.yaml", "-o", "out.md", "-f", "md")
    assert result.exit_code == 0, result
    assert result.stdout == ""
    assert Path("out.md").read_text("utf-8") == MD.split("\n#### Role", maxsplit=1)[0]
    Path("bad.yaml").write_text("dosering: 1\n", encoding="utf-8")
    result = run("diff", "model.yaml", "bad.yaml", "-o", "out.md", "-f", "md")
    assert result.exit_code == 1, result
    assert Path("out.md").read_text("utf-8") == MD.split("\n#### Role", maxsplit=1)[0]


def test_output_into_a_missing_folder_exits_3(contract: None):
    """An output file in a folder that does not exist: exit 3 before any work."""
    result = run("diff", "model.yaml", "model-v2.yaml", "-o", "no/such/out.md")
    assert result.exit_code == 3, result
    assert "does not exist" in result.stderr


# -- two regions ---------------------------------------------------------------


def test_examples_with_the_crosswalk_and_matrix():
    """VGR against Kalmar through the examples' crosswalk, with the matrix."""
    result = run(
        "diff",
        str(EXAMPLES / "vgr.yaml"),
        str(EXAMPLES / "kalmar.yaml"),
        "--map",
        str(EXAMPLES / "crosswalk-vgr-kalmar.yaml"),
        "--matrix",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result
    document = json.loads(result.stdout)
    assert document["levels_by"] == "crosswalk"
    assert document["unmapped"]["a"]["levels"] == ["expert"]
    assert document["unmapped"]["b"]["levels"] == ["ge-forutsattningar"]
    assert document["unmapped"]["a"]["roles"] == [
        "st-lakare",
        "biomedicinsk-analytiker",
        "sektionschef",
    ]
    enhetschef = [
        (c["change"], c["field"], c["before"], c["after"])
        for c in document["changes"]
        if c["id"] == "enhetschef" and c["change"] == "stricter"
    ]
    assert enhetschef == [
        ("stricter", "refresh_years", 5, 4),
        ("stricter", "needs.forbattringskunskap", "fordjupad", "ge-forutsattningar"),
        (
            "stricter",
            "needs.forbattringskunskap.courses",
            ["fk-chef"],
            ["chef-forutsattningar"],
        ),
        ("stricter", "needs.projektkunskap", None, "veta"),
    ]
    rows = {row["role"]: row for row in document["matrix"]["roles"]}
    areas = document["matrix"]["areas"]
    cell = rows["sjukskoterska"]["cells"][areas.index("forbattringskunskap")]
    assert cell == {"a": "grundniva", "b": "veta", "differs": False}


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("en", "Levels across regions are compared through the crosswalk."),
        ("sv", "Nivåerna jämförs mellan regionerna genom korsreferensen."),
    ],
)
def test_the_crosswalk_note_in_the_runs_words(lang: str, note: str):
    """The note on how levels compare names the crosswalk in one language only."""
    result = run(
        "diff",
        str(EXAMPLES / "vgr.yaml"),
        str(EXAMPLES / "kalmar.yaml"),
        "--map",
        str(EXAMPLES / "crosswalk-vgr-kalmar.yaml"),
        "--lang",
        lang,
    )
    assert result.stdout.splitlines()[1] == note


MATRIX_ROW = (
    "Utvecklingsledare                                             "
    "Expertnivå ≠ Ge stöd                  – | –                                 "
    "Avancerad nivå ≠ Driva & leda   Avancerad nivå ≠ –   – ≠ Ge stöd        "
    "– ≠ Driva & leda"
)
"""A row of the matrix (text): the role and the levels by name, in both languages."""
MATRIX_ROW_MD = (
    "| Utvecklingsledare | **Expertnivå ≠ Ge stöd** | – \\| – | **Avancerad nivå ≠ "
    "Driva & leda** | **Avancerad nivå ≠ –** | **– ≠ Ge stöd** | **– ≠ Driva & "
    "leda** |"
)
TWO_REGIONS = {
    "en": [
        "    updated               format: classroom → workshop",
        "    requires less than A  audience: Högsta ledning → (everyone)",
        "    requires more than A  Patientsäkerhet within 3 months of starting (no "
        "time limit before)",
        "    updated               position in the list: 7 → 4",
        # a course gives less; it does not "require more"
        "    gives less than A     gives Förändringsledning: Fördjupad nivå → (none)",
        # demand rounded up as everywhere places are shown (23.15 → 23.2)
        "Förbättrings- och innovationskunskap för ledningsgrupper       22.2       "
        "23.2          60          65",
        "  only in A (examples/vgr.yaml): levels: expert; areas: forandringsledning; "
        "courses: fk-praktik, fk-chef, ps-analys, spc, fl-komplexa-system; roles: "
        "st-lakare, biomedicinsk-analytiker, sektionschef",
        "role                                                          "
        "Förbättringskunskap                   Patientsäkerhet                       "
        "Informationsdriven utveckling   Förändringsledning   Projektkunskap     "
        "Innovationskunskap",
        MATRIX_ROW,
    ],
    "sv": [
        "    uppdaterad          format: lärarledd → workshop",
        "    kräver mindre än A  målgrupp: Högsta ledning → (alla)",
        "    kräver mer än A     Patientsäkerhet inom 3 månader från start (ingen "
        "tidsgräns förut)",
        "    uppdaterad          plats i listan: 7 → 4",
        "    ger mindre än A     ger Förändringsledning: Fördjupad nivå → (saknas)",
        "  bara i A (examples/vgr.yaml): nivåer: expert; områden: forandringsledning; "
        "kurser: fk-praktik, fk-chef, ps-analys, spc, fl-komplexa-system; roller: "
        "st-lakare, biomedicinsk-analytiker, sektionschef",
        "roll                                                          "
        "Förbättringskunskap                   Patientsäkerhet                       "
        "Informationsdriven utveckling   Förändringsledning   Projektkunskap     "
        "Innovationskunskap",
        MATRIX_ROW,
    ],
}
"""Lines of VGR against Kalmar (text) that once showed codes, ids or English."""
TWO_REGIONS_MD = {
    "en": [
        "- only in B (examples/kalmar.yaml): levels: ge-forutsattningar; areas: "
        "projektkunskap, innovationskunskap; courses: proj-veta, proj-driva, "
        "facilitering, chef-forutsattningar, coach-natverk",
        "| role | Förbättringskunskap | Patientsäkerhet | Informationsdriven "
        "utveckling | Förändringsledning | Projektkunskap | Innovationskunskap |",
        MATRIX_ROW_MD,
    ],
    "sv": [
        "- bara i B (examples/kalmar.yaml): nivåer: ge-forutsattningar; områden: "
        "projektkunskap, innovationskunskap; kurser: proj-veta, proj-driva, "
        "facilitering, chef-forutsattningar, coach-natverk",
        "| roll | Förbättringskunskap | Patientsäkerhet | Informationsdriven "
        "utveckling | Förändringsledning | Projektkunskap | Innovationskunskap |",
        MATRIX_ROW_MD,
    ],
}


@pytest.mark.parametrize("lang", sorted(TWO_REGIONS))
def test_two_regions_in_the_runs_words(lang: str, monkeypatch: pytest.MonkeyPatch):
    """Codes, kinds and ids of VGR against Kalmar read in the run's language."""
    monkeypatch.chdir(ROOT)
    result = run(
        "diff",
        "examples/vgr.yaml",
        "examples/kalmar.yaml",
        "--map",
        "examples/crosswalk-vgr-kalmar.yaml",
        "--matrix",
        "--lang",
        lang,
    )
    lines = result.stdout.splitlines()
    assert [line for line in TWO_REGIONS[lang] if line not in lines] == []
    md = run(
        "diff",
        "examples/vgr.yaml",
        "examples/kalmar.yaml",
        "--map",
        "examples/crosswalk-vgr-kalmar.yaml",
        "--matrix",
        "--lang",
        lang,
        "-f",
        "md",
    ).stdout.splitlines()
    assert [line for line in TWO_REGIONS_MD[lang] if line not in md] == []


def test_the_crosswalk_works_both_ways():
    """The same crosswalk file serves Kalmar against VGR (its pairs read reversed)."""
    result = run(
        "diff",
        str(EXAMPLES / "kalmar.yaml"),
        str(EXAMPLES / "vgr.yaml"),
        "--map",
        str(EXAMPLES / "crosswalk-vgr-kalmar.yaml"),
        "-f",
        "json",
    )
    assert result.exit_code == 0, result
    document = json.loads(result.stdout)
    assert document["unmapped"]["a"]["levels"] == ["ge-forutsattningar"]
    assert document["unmapped"]["b"]["levels"] == ["expert"]


def test_regions_without_a_crosswalk_compare_levels_by_order():
    """Two regions without --map: levels pair by order, and the output says so."""
    result = run("diff", str(EXAMPLES / "vgr.yaml"), str(EXAMPLES / "kalmar.yaml"))
    assert result.exit_code == 0, result
    assert result.stdout.splitlines()[1] == (
        "Levels across regions are compared by their order (no crosswalk for "
        "levels): veta = grundniva, driva = fordjupad, ge-forutsattningar = "
        "avancerad, ge-stod = expert."
    )


def test_crosswalk_with_unknown_ids_gives_findings(contract: None):
    """Crosswalk ids that exist on neither side are findings with positions."""
    Path("cw.yaml").write_text(
        "roles:\n  sjukskoterska: sjukskoterska\n  chef: enhetschef\n"
        "levles:\n  veta: veta\n",
        encoding="utf-8",
    )
    result = run("diff", "model.yaml", "model-v2.yaml", "--map", "cw.yaml")
    assert result.exit_code == 1, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "cw.yaml:3:3: error crosswalk-unknown-id role `chef` does not exist in "
        "model-v2.yaml"
    )
    assert lines[2] == (
        "cw.yaml:4:1: error crosswalk-invalid `levles` is not a kind of entity"
    )
    assert lines[3] == (
        "    Use `levels`, `roles`, `areas`, `groups` or `courses`. Did you mean "
        "`levels`?"
    )
    sv = run("diff", "model.yaml", "model-v2.yaml", "--map", "cw.yaml", "--lang", "sv")
    assert sv.stderr.splitlines()[3] == (
        "    Använd `levels`, `roles`, `areas`, `groups` eller `courses`. Menade du "
        "`levels`?"
    )


def test_missing_crosswalk_exits_3(contract: None):
    """A --map file that does not exist: one line, exit 3."""
    result = run("diff", "model.yaml", "model-v2.yaml", "--map", "none.yaml")
    assert result.exit_code == 3, result
    assert result.stderr == "dosering: none.yaml: no such crosswalk file\n"


# -- git -------------------------------------------------------------------------


def git(*args: str) -> str:
    """Run git in the current folder."""
    done = subprocess.run(
        ["git", *args], check=True, capture_output=True, text=True, cwd=Path.cwd()
    )
    return done.stdout


@pytest.fixture
def repo(contract: None) -> None:
    """A git repository whose model.yaml was the contract's v1, now v2."""
    git("init", "-q")
    git("config", "user.name", "Test")
    git("config", "user.email", "test@example.org")
    git("add", "model.yaml")
    git("commit", "-q", "-m", "v1")
    shutil.copy("model-v2.yaml", "model.yaml")
    git("commit", "-q", "-am", "v2")


def test_git_rev_path(repo: None):
    """HEAD~1:model.yaml against the file on disk: the contract's changes."""
    result = run("diff", "HEAD~1:model.yaml", "model.yaml", "-f", "json")
    assert result.exit_code == 0, result
    document = json.loads(result.stdout)
    assert document["a"] == "HEAD~1:model.yaml"
    assert document["counts"] == {
        "stricter": 1,
        "looser": 1,
        "renamed": 1,
        "cosmetic": 1,
    }


def test_git_findings_name_rev_path(repo: None):
    """An invalid model in git: its findings name REV:PATH."""
    Path("model.yaml").write_text("dosering: 1\nregion: {id: x}\n", encoding="utf-8")
    git("commit", "-q", "-am", "broken")
    result = run("diff", "HEAD:model.yaml", "HEAD~1:model.yaml")
    assert result.exit_code == 1, result
    assert result.stderr.startswith("HEAD:model.yaml:1:1: error schema")


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (
            "nope:model.yaml",
            "dosering: nope:model.yaml: git cannot resolve the revision `nope`; "
            "check the branch, tag or commit (in CI, fetch it first, e.g. "
            "actions/checkout with fetch-depth: 0)\n",
        ),
        (
            "HEAD:other.yaml",
            "dosering: HEAD:other.yaml: `other.yaml` does not exist in `HEAD`; paths "
            "are relative to the repository's top folder (write `HEAD:./other.yaml` "
            "for one relative to this folder)\n",
        ),
    ],
)
def test_git_cannot_resolve(repo: None, spec: str, message: str):
    """A revision or path git cannot resolve: one clear line, exit 3."""
    result = run("diff", spec, "model.yaml")
    assert result.exit_code == 3, result
    assert result.stderr == message


def test_git_file_over_the_limit_is_a_finding(repo: None):
    """A model in git over --max-bytes: a finding without a line, exit 1.

    It reads exactly as the same file on disk over the limit (once worded two ways).
    """
    result = run("diff", "HEAD:model.yaml", "model.yaml", "--max-bytes", "1500")
    assert result.exit_code == 1, result
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "HEAD:model.yaml: error file-too-large the file is larger than 1,500 bytes; "
        "dosering does not read it"
    )
    assert lines[2] == lines[0].replace("HEAD:model.yaml", "model.yaml", 1)
    assert lines[1] == lines[3]


def test_git_folder_exits_3(repo: None):
    """A REV:PATH naming a folder is not a model file (exit 3)."""
    Path("sub").mkdir()
    shutil.copy("model.yaml", "sub/model.yaml")
    git("add", "sub")
    git("commit", "-q", "-m", "sub")
    result = run("diff", "HEAD:sub", "model.yaml")
    assert result.exit_code == 3, result
    assert result.stderr == "dosering: HEAD:sub: is a folder in git, not a model file\n"


def test_no_repository_exits_3(contract: None, monkeypatch: pytest.MonkeyPatch):
    """Outside a repository, REV:PATH cannot be read: one line, exit 3."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(Path.cwd().parent))
    result = run("diff", "HEAD:model.yaml", "model.yaml")
    assert result.exit_code == 3, result
    assert result.stderr == (
        "dosering: HEAD:model.yaml: not inside a git repository, so HEAD:model.yaml "
        "cannot be read from git; give a file path, or run dosering inside the "
        "repository\n"
    )


def test_existing_file_with_a_colon_is_a_file(contract: None):
    """A file whose name has a colon is read from disk, not from git."""
    shutil.copy("model.yaml", "v1:model.yaml")
    result = run("diff", "v1:model.yaml", "model-v2.yaml", "-f", "json")
    assert result.exit_code == 0, result
    assert json.loads(result.stdout)["a"] == "v1:model.yaml"


EDITED = """\
9 changes between examples/vgr.yaml and examples/vgr-2026.yaml: 1 stricter, 2 looser, 1 added, 1 renamed, 2 updated, 2 cosmetic

Region
  vgr
    cosmetic  version: 2025.1 → 2026.1
    cosmetic  published: 2025-02-03 → 2026-01-12

Roles
  ST-läkare
    stricter  Förbättringskunskap within 24 → 18 months of starting
  Sjuksköterska
    looser    no longer needs Mätning och analys (was Grundnivå)
  Förbättringsledare
    looser    needs Förändringsledning: Avancerad nivå → Fördjupad nivå
  Enhetschef och vårdenhetschef
    updated   headcount: 1,900 → 2,000

Courses
  Leda förändring på enheten
    added     course with id fl-grund
  Introduktion till förbättringskunskap
    renamed   new id: fk-grund → fk-introduktion
  Styrdiagram i praktiken – statistisk processtyrning
    updated   seats a year: 80 → 100

Demand per course (course places a year; backlog = people who need the dose once)
course                                            A a year   B a year   A backlog   B backlog
─────────────────────────────────────────────────────────────────────────────────────────────
Mäta för förbättring                               2,569.0    1,336.0      22,100      10,700
Förbättrings- och förändringsledning för chefer      734.0      766.0       2,320       2,420
Patientsäkerhet för chefer                           756.2      788.2       2,380       2,480
Leda förändring på enheten                               –        0.0           –           0
"""


def test_text_output_of_the_edited_example(monkeypatch: pytest.MonkeyPatch):
    """The edited copy of VGR: one change of nearly every class, exactly."""
    monkeypatch.chdir(ROOT)
    result = run("diff", "examples/vgr.yaml", "examples/vgr-2026.yaml")
    assert result.exit_code == 0, result
    assert result.stdout == EDITED


def test_removed_entities_and_json_of_the_edited_example(
    monkeypatch: pytest.MonkeyPatch,
):
    """Swapped, the edited copy gives a removed course and the reverse classes."""
    monkeypatch.chdir(ROOT)
    result = run("diff", "examples/vgr-2026.yaml", "examples/vgr.yaml", "-f", "json")
    changes = json.loads(result.stdout)["changes"]
    assert [
        (c["entity"], c["id"], c.get("old_id"), c["change"], c["field"])
        for c in changes
        if c["entity"] != "region"
    ] == [
        ("role", "sjukskoterska", None, "stricter", "needs.matning-analys"),
        ("role", "forbattringsledare", None, "stricter", "needs.forandringsledning"),
        (
            "role",
            "st-lakare",
            None,
            "looser",
            "needs.forbattringskunskap.within_months",
        ),
        ("role", "enhetschef", None, "updated", "headcount"),
        ("course", "fl-grund", None, "removed", None),
        ("course", "fk-grund", "fk-introduktion", "renamed", None),
        ("course", "spc", None, "updated", "seats_per_year"),
    ]


def test_class_labels_name_one_class_each():
    """No label of either language names two change classes (or another's code)."""
    from dosering.cli._app import _key
    from dosering.i18n.diff import class_labels

    owners: dict[str, set[str]] = {}
    for cls in ChangeClass:
        for name in (str(cls), *class_labels(cls, "en"), *class_labels(cls, "sv")):
            owners.setdefault(_key(name), set()).add(str(cls))
    assert {name: c for name, c in owners.items() if len(c) > 1} == {}
    assert class_labels("stricter", "sv") == (
        "striktare",
        "kräver mer än A",
        "som kräver mer än A",
        "ger mindre än A",
    )


def test_a_removed_course_says_what_it_was_not_its_name_again() -> None:
    """The row names the course; its line says it was a course, and its id."""
    examples = ROOT / "examples"
    result = run(
        "diff",
        str(examples / "vgr-2026.yaml"),
        str(examples / "vgr.yaml"),
        "--lang",
        "sv",
    )
    lines = result.stdout.splitlines()
    at = lines.index("  Leda förändring på enheten")
    assert lines[at + 1] == "    borttagen   kurs med id fl-grund"
