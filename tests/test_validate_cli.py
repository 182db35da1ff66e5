"""`dosering validate` end to end: formats, exit codes, config, languages, paths."""

from __future__ import annotations

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from dosering.report.escape import markdown
from tests.conftest import DATA, ROOT, run

BAD = DATA / "invalid" / "unknown-area.yaml"  # one error, one warning
WARN = DATA / "invalid" / "area-unused.yaml"  # one warning


def test_text_format_lines_hint_and_summary():
    """Text: `file:line:col: severity code message`, the hint indented, a summary."""
    result = run("validate", str(BAD))
    assert result.exit_code == 1, result
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{BAD}:24:7: error unknown-area no knowledge area has the id `fkk`"
    )
    assert lines[1] == (
        "    Did you mean `fk`? The knowledge areas are listed under `areas:` "
        "(line 12)."
    )
    assert lines[2].startswith(f"{BAD}:34:9: warning course-unused ")
    assert lines[-1] == "1 file checked, 1 error, 1 warning"


def test_swedish_messages():
    """`--lang sv` words messages, hints and the summary in Swedish."""
    result = run("validate", "--lang", "sv", str(BAD))
    assert "fel unknown-area inget kunskapsområde har id:t `fkk`" in result.stdout
    assert "Menade du `fk`?" in result.stdout
    assert result.stdout.splitlines()[-1] == ("1 fil kontrollerad, 1 fel, 1 varning")


def test_locale_picks_swedish(monkeypatch: pytest.MonkeyPatch):
    """Without --lang or config, a Swedish locale gives Swedish messages."""
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    assert "inget kunskapsområde" in run("validate", str(BAD)).stdout


def test_json_document_shape():
    """JSON is the documented object: tool, version, format, files, findings, ..."""
    result = run("validate", "-f", "json", str(BAD))
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert list(doc) == ["tool", "version", "format", "files", "findings", "summary"]
    assert (doc["tool"], doc["format"], doc["files"]) == ("dosering", 1, [str(BAD)])
    assert doc["findings"][0] == {
        "code": "unknown-area",
        "severity": "error",
        "message": "no knowledge area has the id `fkk`",
        "file": str(BAD),
        "line": 24,
        "col": 7,
        "location": "roles[0].needs.fkk",
        "hint": "Did you mean `fk`? The knowledge areas are listed under `areas:` "
        "(line 12).",
    }
    assert doc["summary"] == {
        "files": 1,
        "errors": 1,
        "warnings": 1,
        "infos": 0,
        "ignored": 0,
        "skipped": 0,
    }


def test_strict_makes_warnings_fail():
    """A warning alone exits 0, and 1 with --strict."""
    assert run("validate", str(WARN)).exit_code == 0
    assert run("validate", "--strict", str(WARN)).exit_code == 1


def test_github_format_and_step_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """GitHub: workflow commands with file/line/col; the step summary gets a table."""
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run("validate", str(BAD))  # auto-selected by GITHUB_ACTIONS
    first = result.stdout.splitlines()[0]
    assert first == (
        f"::error file={BAD},line=24,col=7,title=dosering unknown-area::"
        "no knowledge area has the id `fkk`%0ADid you mean `fk`? The knowledge "
        "areas are listed under `areas:` (line 12)."
    )
    table = summary.read_text("utf-8")
    assert "| where | severity | code | message |" in table
    assert f"| {markdown(str(BAD))}:24:7 | error | `unknown-area` |" in table


def test_github_annotates_ten_of_each(write_tree):
    """Beyond 10 errors, the rest are counted in a line, not annotated."""
    roles = "".join(
        f"  - {{id: r{i}, name: R, needs: {{x{i}: veta}}}}\n" for i in range(13)
    )
    root = write_tree(
        {
            "m.yaml": "dosering: 1\nregion: {id: a, name: A}\n"
            "levels: [{id: veta, name: V}]\nareas: [{id: fk, name: F}]\n"
            f"roles:\n{roles}"
            "courses: [{id: c, title: C, format: other, gives: {fk: veta}}]\n"
        }
    )
    result = run("validate", "-f", "github", str(root / "m.yaml"))
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert len(errors) == 10
    assert (
        "dosering: GitHub shows 10 annotations of each kind; not annotated: 3 "
        "errors, 0 warnings, 3 notes; run dosering validate to see them all."
    ) in result.stdout.splitlines()
    swedish = run("validate", "-f", "github", "--lang", "sv", str(root / "m.yaml"))
    assert (
        "dosering: GitHub visar 10 annoteringar av varje slag; utan annotering: 3 "
        "fel, 0 varningar, 3 noteringar; kör dosering validate för att se alla."
    ) in swedish.stdout.splitlines()


def test_github_step_summary_in_swedish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16: the step summary's table speaks the run's language."""
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run("validate", "-f", "github", "--lang", "sv", str(BAD))
    assert result.exit_code == 1, result
    table = summary.read_text("utf-8").splitlines()
    assert "| var | allvarlighet | kod | meddelande |" in table
    assert any(
        line.startswith(f"| {markdown(str(BAD))}:24:7 | fel | `unknown-area` |")
        for line in table
    )


def test_sarif_document():
    """SARIF 2.1.0 with rules from the catalogue and code-point columns."""
    doc = json.loads(run("validate", "-f", "sarif", str(BAD)).stdout)
    assert doc["version"] == "2.1.0"
    run_ = doc["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rule_ids = [rule["id"] for rule in run_["tool"]["driver"]["rules"]]
    result = run_["results"][0]
    assert rule_ids[result["ruleIndex"]] == result["ruleId"] == "unknown-area"
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 24,
        "startColumn": 7,
    }


def _sarif_rules(doc: dict[str, Any]) -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = doc["runs"][0]["tool"]["driver"]["rules"]
    return rules


def _multiformat(value: object) -> bool:
    """A SARIF multiformatMessageString: `text` required, `markdown` optional."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("text"), str)
        and set(value) <= {"text", "markdown"}
    )


def test_sarif_names_no_address_the_package_lacks():
    """Without a Project-URL there is no informationUri or helpUri, only the words."""
    from dosering.report.findings import project_urls

    assert project_urls() == {}  # pyproject.toml has no [project.urls]
    doc = json.loads(run("validate", "-f", "sarif", str(BAD)).stdout)
    driver = doc["runs"][0]["tool"]["driver"]
    assert list(driver) == ["name", "version", "rules"]
    assert all("helpUri" not in rule for rule in driver["rules"])
    assert "://" not in json.dumps(driver)


def test_sarif_rules_carry_their_explanation():
    """Each rule has the SARIF 2.1.0 shape, with its title and where it is explained."""
    from dosering.model.checks import CATALOGUE

    for lang in ("en", "sv"):
        rules = _sarif_rules(
            json.loads(run("validate", "-f", "sarif", "--lang", lang, str(BAD)).stdout)
        )
        assert [rule["id"] for rule in rules] == list(CATALOGUE)
        for rule in rules:
            assert set(rule) == {
                "id",
                "name",
                "shortDescription",
                "fullDescription",
                "help",
                "defaultConfiguration",
            }
            assert all(
                _multiformat(rule[key])
                for key in ("shortDescription", "fullDescription", "help")
            )
            assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
            assert f"`{rule['id']}`" in rule["help"]["text"]
    area = next(r for r in rules if r["id"] == "unknown-area")
    assert area["help"]["text"] == (
        "Ett behov eller en kurs anger ett okänt kunskapsområde. `dosering checks` "
        "listar alla koder; dokumentationen till dosering förklarar `unknown-area` "
        "under en egen rubrik i docs/findings.md."
    )


def test_sarif_english_rules_carry_the_check_documentation():
    """An English run's rule help holds the check's docstring, as docs show it."""
    doc = json.loads(run("validate", "-f", "sarif", "--lang", "en", str(BAD)).stdout)
    area = next(r for r in _sarif_rules(doc) if r["id"] == "unknown-area")
    assert area["help"]["markdown"].startswith(
        "**A need or course names an unknown knowledge area**\n\n"
        "Passes (the id is listed under `areas:`):\n\n    areas:\n"
    )
    assert area["fullDescription"] == {"text": area["help"]["text"]}


def test_sarif_links_come_from_the_package_metadata(monkeypatch: pytest.MonkeyPatch):
    """With `[project.urls]` Homepage and Findings, SARIF links to them."""
    from dosering.report import findings

    urls = {
        "homepage": "https://example.org/dosering",
        "findings": "https://example.org/dosering/findings.html",
    }
    monkeypatch.setattr(findings, "project_urls", lambda: urls)
    doc = json.loads(run("validate", "-f", "sarif", str(BAD)).stdout)
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://example.org/dosering"
    assert driver["rules"][0]["helpUri"] == (
        "https://example.org/dosering/findings.html#file-too-large"
    )


def test_project_urls_read_project_url_and_home_page(monkeypatch: pytest.MonkeyPatch):
    """`Project-URL: Label, URL` by PEP 753 label; `Home-page` backs up the home."""
    from email.message import Message
    from importlib import metadata

    from dosering.report import findings

    meta = Message()
    meta["Project-URL"] = "Source Code, https://example.org/src"
    meta["Project-URL"] = "Findings, https://example.org/findings.html"
    meta["Project-URL"] = "Empty,"
    meta["Home-page"] = "https://example.org/home"
    monkeypatch.setattr(metadata, "metadata", lambda name: meta)
    findings.project_urls.cache_clear()
    try:
        assert findings.project_urls() == {
            "sourcecode": "https://example.org/src",
            "findings": "https://example.org/findings.html",
            "homepage": "https://example.org/home",
        }
        assert findings.homepage() == "https://example.org/home"
        assert findings.findings_page() == "https://example.org/findings.html"
    finally:
        findings.project_urls.cache_clear()


def test_junit_document():
    """JUnit: errors fail, warnings pass (unless --strict), clean files pass."""
    clean = ROOT / "examples" / "vgr.yaml"
    root = ET.fromstring(run("validate", "-f", "junit", str(BAD), str(clean)).stdout)
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "3"
    assert suite.get("failures") == "1"
    strict = ET.fromstring(run("validate", "-f", "junit", "--strict", str(BAD)).stdout)
    assert strict.get("failures") == "2"


def test_gitlab_document():
    """GitLab Code Quality: a list with check_name, severity, path and line."""
    issues = json.loads(run("validate", "-f", "gitlab", str(BAD)).stdout)
    assert [(i["check_name"], i["severity"]) for i in issues] == [
        ("unknown-area", "major"),
        ("course-unused", "minor"),
    ]
    assert issues[0]["location"] == {"path": str(BAD), "lines": {"begin": 24}}
    assert len({i["fingerprint"] for i in issues}) == 2


def test_output_file_written_atomically(tmp_path: Path):
    """`-o` writes the report to a file; a missing folder exits 3 and writes nothing."""
    target = tmp_path / "report.sarif"
    assert run("validate", "-f", "sarif", "-o", str(target), str(BAD)).exit_code == 1
    assert json.loads(target.read_text("utf-8"))["version"] == "2.1.0"
    missing = tmp_path / "nope" / "r.json"
    result = run("validate", "-o", str(missing), str(BAD))
    assert result.exit_code == 3
    assert "does not exist" in result.stderr
    assert not missing.parent.exists()


def test_directory_skips_files_that_are_not_models(write_tree):
    """In a folder, YAML without `dosering:` is skipped and counted; dot-dirs too."""
    root = write_tree(
        {
            "models/a.yaml": (ROOT / "examples" / "vgr.yaml").read_text("utf-8"),
            "models/ci.yml": "jobs: {}\n",
            "models/notes.txt": "not yaml",
            "models/.git/x.yaml": "broken: [",
            "models/sub/typo.yaml": "dosring: 1\n",
        }
    )
    doc = json.loads(run("validate", "-f", "json", str(root / "models")).stdout)
    assert doc["files"] == [
        str(root / "models" / "a.yaml"),
        str(root / "models" / "sub" / "typo.yaml"),
    ]
    assert doc["summary"]["skipped"] == 1
    assert [f["code"] for f in doc["findings"]] == ["not-a-model"]


def test_a_file_given_by_name_must_be_a_model(write_tree):
    """A file named on the command line without `dosering:` is an error, line 1."""
    root = write_tree({"ci.yml": "jobs: {}\n"})
    result = run("validate", str(root / "ci.yml"))
    assert result.exit_code == 1
    assert f"{root / 'ci.yml'}:1:1: error not-a-model" in result.stdout


@pytest.mark.parametrize(
    ("text", "lang", "message", "hint"),
    [
        (
            "site_name: x\n",
            "en",
            "error not-a-model no `dosering:` key: this is not a dosing model",
            "If it is meant to be a dosing model, add the line `dosering: 1` at the "
            "top (comments may come before it). If not, leave it out of the paths: "
            "give the model files, or a folder (a folder skips files that are not "
            "models, so `dosering validate .` is fine).",
        ),
        (
            "site_name: x\n",
            "sv",
            "fel not-a-model ingen nyckel `dosering:`: detta är ingen doseringsmodell",
            "Om den ska vara en doseringsmodell, lägg till raden `dosering: 1` överst "
            "(kommentarer får stå före den). Om inte, ta bort den ur sökvägarna: ange "
            "modellfilerna eller en mapp (i en mapp hoppas filer som inte är modeller "
            "över, så `dosering validate .` går bra).",
        ),
        (
            "- hosts: all\n",
            "en",
            "error not-a-model the file holds a list, not a dosing model (a mapping "
            "of keys)",
            "If it is meant to be a dosing model, it starts with `dosering: 1`, then "
            "`region:`, `levels:` … (see dosering init). If not, leave it out of the "
            "paths: give the model files, or a folder (a folder skips files that are "
            "not models, so `dosering validate .` is fine).",
        ),
        (
            "- hosts: all\n",
            "sv",
            "fel not-a-model filen innehåller en lista, inte en doseringsmodell (en "
            "grupp `nyckel: värde`)",
            "Om den ska vara en doseringsmodell börjar den med `dosering: 1`, sedan "
            "`region:`, `levels:` … (se dosering init). Om inte, ta bort den ur "
            "sökvägarna: ange modellfilerna eller en mapp (i en mapp hoppas filer som "
            "inte är modeller över, så `dosering validate .` går bra).",
        ),
    ],
)
def test_a_named_file_that_is_no_model_gets_both_ways_out(
    tmp_path: Path, text: str, lang: str, message: str, hint: str
):
    """Issue 16: `validate mkdocs.yml` says how to make it a model, or leave it out."""
    named = tmp_path / "mkdocs.yml"
    named.write_text(text, encoding="utf-8")
    result = run("validate", str(named), "--lang", lang)
    assert result.exit_code == 1, result
    assert result.stdout.splitlines()[:2] == [f"{named}:1:1: {message}", f"    {hint}"]


def test_directory_where_a_file_belongs_exits_3(tmp_path: Path):
    """`-o` at a directory cannot be written: exit 3, one line."""
    result = run("validate", "-o", str(tmp_path), str(BAD))
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1


def test_unreadable_file_exits_3(tmp_path: Path):
    """A file that cannot be read stops the run with exit 3."""
    target = tmp_path / "m.yaml"
    target.write_text("dosering: 1\n", encoding="utf-8")
    target.chmod(0)
    try:
        result = run("validate", str(target))
        if result.exit_code == 1:  # root reads anything: nothing to test here
            pytest.skip("running as root: every file is readable")
        assert result.exit_code == 3
        assert "cannot read the file" in result.stderr
    finally:
        target.chmod(0o644)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "cannot read the file: access denied (is the file open in another "
            "program? close it; else ask for access)",
        ),
        (
            "sv",
            "kan inte läsa filen: åtkomst nekad (är filen öppen i ett annat "
            "program? stäng det; annars be om behörighet)",
        ),
    ],
)
def test_unreadable_file_says_why_in_the_runs_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
):
    """No permission (mocked: tests run as root): the reason in the run's words."""
    target = tmp_path / "m.yaml"
    target.write_text("dosering: 1\n", encoding="utf-8")

    def refuse(*_args: object, **_kw: object) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr("dosering.pipeline.check.read_bytes", refuse)
    result = run("validate", str(target), "--lang", lang)
    assert result.exit_code == 3, result
    assert result.stderr == f"dosering: {target}: {said}\n"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "cannot read it: symbolic links lead round in a loop (or too many in a "
            "row); point the link at the file itself",
        ),
        (
            "sv",
            "kan inte läsa den: symboliska länkar leder runt i en slinga (eller för "
            "många i rad); låt länken peka på själva filen",
        ),
    ],
)
def test_a_link_loop_is_no_missing_file(tmp_path: Path, lang: str, said: str):
    """A symbolic link to itself says it loops (it used to say "no such file")."""
    loop = tmp_path / "m.yaml"
    loop.symlink_to(loop)
    result = run("validate", str(loop), "--lang", lang)
    assert result.exit_code == 3, result
    assert result.stderr == f"dosering: {loop}: {said}\n"


def test_file_over_size_limit(write_tree):
    """A file over --max-bytes is a finding without a line (line is null)."""
    root = write_tree({"m.yaml": "dosering: 1\n" + "# padding\n" * 20})
    doc = json.loads(
        run("validate", "-f", "json", "--max-bytes", "100", str(root / "m.yaml")).stdout
    )
    assert [(f["code"], f["line"], f["col"]) for f in doc["findings"]] == [
        ("file-too-large", None, None)
    ]


def test_config_ignores_and_strict(write_tree, monkeypatch: pytest.MonkeyPatch):
    """`.dosering.yaml` accepts a warning by code and path, and sets strict."""
    root = write_tree(
        {
            ".dosering.yaml": "strict: true\nlang: sv\n"
            "ignore:\n  - {code: area-unused, path: 'models/*.yaml'}\n",
            "models/m.yaml": WARN.read_text("utf-8"),
            "other/m.yaml": WARN.read_text("utf-8"),
        }
    )
    monkeypatch.chdir(root)
    accepted = run("validate", "-f", "json", "models/m.yaml")
    doc = json.loads(accepted.stdout)
    assert (doc["findings"], doc["summary"]["ignored"]) == ([], 1)
    assert accepted.exit_code == 0
    strict = run("validate", "other/m.yaml")
    assert strict.exit_code == 1  # strict from the config
    assert "varning" in strict.stdout  # lang from the config


def test_errors_cannot_be_ignored(write_tree, monkeypatch: pytest.MonkeyPatch):
    """An error stays an error even when the config names its code."""
    root = write_tree(
        {
            ".dosering.yaml": "ignore: [{code: unknown-area}]\n",
            "m.yaml": BAD.read_text(),
        }
    )
    monkeypatch.chdir(root)
    assert run("validate", "m.yaml").exit_code == 1


def test_broken_config_exits_3(write_tree, monkeypatch: pytest.MonkeyPatch):
    """A config with an unknown key cannot be used: one line naming it, exit 3."""
    root = write_tree({".dosering.yaml": "strikt: true\n", "m.yaml": WARN.read_text()})
    monkeypatch.chdir(root)
    result = run("validate", "m.yaml")
    assert result.exit_code == 3
    assert ".dosering.yaml" in result.stderr
    assert "strikt" in result.stderr


def test_usage_error_exits_2():
    """An unknown format is typer's usage error: exit 2."""
    assert run("validate", "-f", "xml", str(BAD)).exit_code == 2


def test_format_choices_match_reporters():
    """The --format choices are exactly the reporters' names."""
    from dosering.cli.validate import ValidateFormat
    from dosering.report.findings import REPORTERS

    assert [f.value for f in ValidateFormat] == list(REPORTERS)


def test_config_ignore_by_location(write_tree, monkeypatch: pytest.MonkeyPatch):
    """A location glob treats brackets literally: `areas[*].id` is `areas[1].id`."""
    root = write_tree(
        {
            ".dosering.yaml": "ignore:\n  - code: area-unused\n"
            "    location: 'areas[*].id'\n",
            "m.yaml": WARN.read_text("utf-8"),
        }
    )
    monkeypatch.chdir(root)
    doc = json.loads(run("validate", "-f", "json", "m.yaml").stdout)
    assert (doc["findings"], doc["summary"]["ignored"]) == ([], 1)


def test_fifo_is_not_read(tmp_path: Path):
    """A pipe given as a model would hang a reader: exit 3 instead."""
    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    result = run("validate", str(fifo))
    assert result.exit_code == 3
    assert "not a regular file" in result.stderr


def test_folder_scan_passes_over_pipes_and_dangling_links(write_tree):
    """In a folder, only regular files are read; upper-case .YAML counts too."""
    root = write_tree({"m/A.YAML": (ROOT / "examples" / "vgr.yaml").read_text("utf-8")})
    os.mkfifo(root / "m" / "p.yaml")
    (root / "m" / "gone.yaml").symlink_to(root / "nowhere.yaml")
    doc = json.loads(run("validate", "-f", "json", str(root / "m")).stdout)
    assert doc["files"] == [str(root / "m" / "A.YAML")]


def test_output_may_not_be_an_input(tmp_path: Path):
    """`-o` naming the model being checked is refused before anything is written."""
    model = tmp_path / "m.yaml"
    model.write_text(WARN.read_text("utf-8"), encoding="utf-8")
    result = run("validate", "-o", str(model), str(model))
    assert result.exit_code == 3
    assert "is one of the input files" in result.stderr
    assert model.read_text("utf-8") == WARN.read_text("utf-8")


def test_output_through_a_symlink_keeps_the_link(tmp_path: Path):
    """`-o link` replaces the link's target, and the link stays a link."""
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert run("validate", "-f", "json", "-o", str(link), str(WARN)).exit_code == 0
    assert link.is_symlink()
    assert json.loads(target.read_text("utf-8"))["tool"] == "dosering"


def test_output_to_a_pipe_writes_through(tmp_path: Path):
    """A device or pipe is written to, never replaced by a regular file."""
    import threading

    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    assert run("validate", "-f", "json", "-o", str(fifo), str(WARN)).exit_code == 0
    reader.join(timeout=10)
    assert json.loads(got[0])["tool"] == "dosering"
    assert fifo.is_fifo()


def test_console_that_cannot_encode_gets_no_traceback():
    """On a cp1252 console (Windows), unencodable characters become `?`."""
    import subprocess
    import sys

    env = dict(os.environ, PYTHONIOENCODING="cp1252")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dosering",
            "validate",
            str(DATA / "invalid" / "cp1252.yaml"),
        ],
        capture_output=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"Save as ? Encoding" in done.stdout


def test_step_summary_that_cannot_be_written(tmp_path: Path, monkeypatch):
    """A GITHUB_STEP_SUMMARY that is a folder gives a warning, not a traceback."""
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path))
    result = run("validate", "-f", "github", str(BAD))
    assert result.exit_code == 1
    assert "::warning title=dosering::cannot write the step summary" in result.stdout


def test_no_models_found_is_said(tmp_path: Path):
    """A folder without models says so plainly: a warning, exit 0 without --strict."""
    empty = tmp_path / "modeller"
    empty.mkdir()
    result = run("validate", str(empty))
    assert result.exit_code == 0, result
    assert result.stdout.splitlines() == [
        f"{empty}: warning no-models no dosing model in this folder: it holds no "
        ".yaml or .yml file",
        "    A dosing model is a .yaml/.yml file with a line starting `dosering:` "
        "(`dosering: 1`, at the top after any comments). Check that the path names "
        "the folder your models are in.",
        "no model files found, 1 warning",
    ]


def test_no_models_fails_strict_in_swedish(tmp_path: Path):
    """Issue 16: `validate emptydir --strict` exits 1, worded in Swedish."""
    empty = tmp_path / "tom"
    empty.mkdir()
    result = run("validate", str(empty), "--strict", "--lang", "sv")
    assert result.exit_code == 1, result
    assert result.stdout.splitlines() == [
        f"{empty}: varning no-models ingen doseringsmodell i mappen: den innehåller "
        "ingen .yaml- eller .yml-fil",
        "    En doseringsmodell är en .yaml/.yml-fil med en rad som börjar "
        "`dosering:` (`dosering: 1`, överst efter eventuella kommentarer). "
        "Kontrollera att sökvägen pekar på mappen där era modeller ligger.",
        "inga modellfiler hittades, 1 varning",
    ]


def test_no_models_names_the_skipped_files(write_tree):
    """The finding names up to five skipped files, relative to the folder, then more."""
    names = ["a.yml", "b.yaml", "c.yaml", "d.yaml", "e.yaml", "f.yaml", "sub/g.yaml"]
    root = write_tree({f"site/{name}": "site_name: x\n" for name in names})
    site = root / "site"
    result = run("validate", str(site), "-f", "json", "--strict")
    assert result.exit_code == 1, result
    doc = json.loads(result.stdout)
    assert doc["files"] == []
    assert doc["findings"] == [
        {
            "code": "no-models",
            "severity": "warning",
            "message": "no dosing model in this folder: 7 YAML files skipped, none "
            "with a line starting `dosering:` (`a.yml`, `b.yaml`, `c.yaml`, `d.yaml`, "
            "`e.yaml` and 2 more)",
            "file": str(site),
            "line": None,
            "col": None,
            "location": None,
            "hint": "A dosing model is a .yaml/.yml file with a line starting "
            "`dosering:` (`dosering: 1`, at the top after any comments). Check that "
            "the path names the folder your models are in.",
        }
    ]
    assert doc["summary"] == {
        "files": 0,
        "errors": 0,
        "warnings": 1,
        "infos": 0,
        "ignored": 0,
        "skipped": 7,
    }
    sv = run("validate", str(site), "--lang", "sv").stdout.splitlines()
    assert sv[0] == (
        f"{site}: varning no-models ingen doseringsmodell i mappen: 7 YAML-filer "
        "överhoppade, ingen med en rad som börjar `dosering:` (`a.yml`, `b.yaml`, "
        "`c.yaml`, `d.yaml`, `e.yaml` och 2 till)"
    )
    assert sv[-1] == (
        "inga modellfiler hittades, 1 varning, 7 filer överhoppade (inga modeller)"
    )
    assert sv[-2] == (
        "överhoppade (ingen rad börjar med `dosering:`): "
        + ", ".join(f"`{site / name}`" for name in names[:5])
        + " och 2 till"
    )


def test_no_models_only_for_the_folder_without_one(write_tree):
    """Of two folders only the one without a model warns; skipped files are counted."""
    root = write_tree(
        {
            "models/a.yaml": (ROOT / "examples" / "vgr.yaml").read_text("utf-8"),
            "models/mkdocs.yml": "site_name: x\n",
            "wrong/ci.yml": "jobs: {}\n",
        }
    )
    result = run("validate", str(root / "models"), str(root / "wrong"), "-f", "json")
    doc = json.loads(result.stdout)
    assert [(f["code"], f["file"]) for f in doc["findings"]] == [
        ("no-models", str(root / "wrong"))
    ]
    assert doc["summary"]["skipped"] == 2
    assert result.exit_code == 0


@pytest.mark.parametrize("fmt", ["github", "sarif", "junit", "gitlab"])
def test_no_models_in_every_format(tmp_path: Path, fmt: str):
    """The folder's warning reaches CI formats like any finding, and fails --strict."""
    result = run("validate", str(tmp_path / "cwd"), "-f", fmt, "--strict")
    assert result.exit_code == 1, result
    assert "no-models" in result.stdout
    assert "no dosing model in this folder" in result.stdout


def test_no_models_can_be_accepted(write_tree, monkeypatch: pytest.MonkeyPatch):
    """`.dosering.yaml` can accept `no-models` for a folder: counted as ignored."""
    root = write_tree(
        {".dosering.yaml": "ignore:\n  - {code: no-models, path: empty}\n"}
    )
    (root / "empty").mkdir()
    monkeypatch.chdir(root)
    result = run("validate", "empty", "--strict", "-f", "json")
    doc = json.loads(result.stdout)
    assert (doc["findings"], doc["summary"]["ignored"]) == ([], 1)
    assert result.exit_code == 0


def test_config_ignore_paths_are_relative_to_the_config(
    write_tree, monkeypatch: pytest.MonkeyPatch
):
    """An ignore path from the config matches when run from a subfolder too."""
    root = write_tree(
        {
            ".dosering.yaml": "ignore: [{code: area-unused, path: 'modell/*.yaml'}]\n",
            "modell/m.yaml": WARN.read_text("utf-8"),
        }
    )
    monkeypatch.chdir(root / "modell")
    doc = json.loads(run("validate", "-f", "json", "m.yaml").stdout)
    assert doc["summary"]["ignored"] == 1


def test_unreadable_file_is_exit_3_not_typer_2(tmp_path: Path):
    """Typer's own readability check is off: the command decides (exit 3)."""
    from dosering.cli.validate import validate

    assert validate is not None
    result = run("validate", str(tmp_path / "missing.yaml"))
    assert result.exit_code == 3


def test_sarif_uris_are_encoded(write_tree):
    """SARIF artifact URIs are percent-encoded; absolute paths are file: URIs."""
    root = write_tree({"Region Öst 2%.yaml": WARN.read_text("utf-8")})
    doc = json.loads(
        run("validate", "-f", "sarif", str(root / "Region Öst 2%.yaml")).stdout
    )
    uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "artifactLocation"
    ]["uri"]
    assert uri.startswith("file:///")
    assert uri.endswith("/Region%20%C3%96st%202%25.yaml")


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("gap: {fail_on: capacity}\n", "`gap.fail_on` must be a list, e.g. [capacity]"),
        ("gap: {colums: {}}\n", "unknown key `gap.colums`; did you mean `columns`?"),
        ("lang: de\n", "`lang` cannot be `de` (allowed: sv, en)"),
        ("ignore: [{cod: x}]\n", "`ignore.0.code` is missing"),
        ("strict: [\n", "the configuration cannot be read: YAML syntax error"),
        ("a: 1\na: 2\n", "the key `a` is given twice"),
    ],
)
def test_config_problems_in_plain_words(write_tree, monkeypatch, config, expected):
    """A broken .dosering.yaml is one plain line naming the key: exit 3."""
    root = write_tree({".dosering.yaml": config, "m.yaml": WARN.read_text("utf-8")})
    monkeypatch.chdir(root)
    result = run("validate", "m.yaml")
    assert result.exit_code == 3
    assert expected in result.stderr, result.stderr
    assert "Input should" not in result.stderr


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (
            "lang: sv\ngap:\n  courses: [a\n",
            ":3:12: konfigurationen går inte att läsa: `[` som öppnas "
            "här stängs aldrig med `]`\n",
        ),
        (
            "lang: svenska\n",
            ": `lang` kan inte vara `svenska` (tillåtna: sv, en)\n",
        ),
        (
            "# region\nlang: 'sv'\nfoo: 1\n",
            ": okänd nyckel `foo` (tillåtna här: strict, lang, "
            "max_bytes, ignore, gap, diff, render, progress)\n",
        ),
    ],
)
def test_a_broken_config_is_told_in_its_own_language(
    write_tree, monkeypatch, config, expected
):
    """Issue 16: `lang: sv` in a broken .dosering.yaml words its error in Swedish.

    `--lang` still wins, and the locale decides when the file names no language.
    """
    root = write_tree({".dosering.yaml": config, "m.yaml": WARN.read_text("utf-8")})
    monkeypatch.chdir(root)
    monkeypatch.setenv("LANG", "C.UTF-8")
    result = run("validate", "m.yaml")
    assert result.exit_code == 3
    assert result.stderr == f"dosering: {root / '.dosering.yaml'}{expected}"
    assert "konfigurationen" not in run("validate", "m.yaml", "--lang", "en").stderr
    assert run("init", "n.yaml").stderr == result.stderr


def test_config_ignore_with_an_unknown_code(write_tree, monkeypatch):
    """A misspelt code in an ignore rule stops the run instead of doing nothing."""
    root = write_tree(
        {
            ".dosering.yaml": "ignore: [{code: area-unsued}]\n",
            "m.yaml": WARN.read_text(),
        }
    )
    monkeypatch.chdir(root)
    result = run("validate", "m.yaml")
    assert result.exit_code == 3
    assert "did you mean `area-unused`?" in result.stderr


def test_a_directory_skips_files_without_a_dosering_line(tmp_path: Path) -> None:
    """Issue 16: files with no line starting `dosering:` are skipped and counted.

    An mkdocs.yml with `!!python/name:` and a broken YAML file are no models,
    whatever their syntax; a key close to `dosering` is still a finding.
    """
    shutil.copyfile(ROOT / "examples" / "kalmar.yaml", tmp_path / "model.yaml")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.yaml").write_text("a: [\n", encoding="utf-8")
    (tmp_path / "typo.yaml").write_text("Dosering: 1\n", encoding="utf-8")
    result = run("validate", str(tmp_path), "-f", "json")
    doc = json.loads(result.stdout)
    assert [(Path(f["file"]).name, f["code"]) for f in doc["findings"]] == [
        ("model.yaml", "need-unsatisfied"),
        ("typo.yaml", "not-a-model"),
    ]
    assert doc["summary"]["skipped"] == 2
    assert result.exit_code == 1


@pytest.mark.parametrize(
    ("value", "code", "message"),
    [
        ("no", "schema", "`no` is no level: a need under `needs:` names a level"),
        ("off", "schema", "`off` is no level: a need under `needs:` names a level"),
        ("", "schema", "`fk:` has no level: a need under `needs:` names a level"),
        (
            "nej",
            "unknown-level",
            "`nej` is no level: a need under `needs:` names a level",
        ),
        (
            "Ingen",
            "schema",
            "`Ingen` is no level: a need under `needs:` names a level",
        ),
        ("-", "yaml-syntax", "`-` is no level: a need under `needs:` names a level"),
        ("0", "schema", "`0` is no level: a need under `needs:` names a level"),
        (
            '"0"',
            "unknown-level",
            "`0` is no level: a need under `needs:` names a level",
        ),
    ],
)
def test_none_spellings_under_needs(
    tmp_path: Path, value: str, code: str, message: str
) -> None:
    """Issue 16: a planner's "none" gets: write a level, or delete the line."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\n"
        "levels:\n  - id: veta\n    name: Veta\n  - id: driva\n    name: Driva\n"
        "areas:\n  - id: fk\n    name: FK\n"
        f"roles:\n  - id: a\n    name: A\n    needs:\n      fk: {value}\n".replace(
            "fk: \n", "fk:\n"
        ),
        encoding="utf-8",
    )
    result = run("validate", str(model), "-f", "json", "--lang", "en")
    findings = json.loads(result.stdout)["findings"]
    [finding] = [f for f in findings if f["severity"] == "error"]
    assert (finding["code"], finding["line"], finding["message"]) == (code, 15, message)
    assert finding["hint"] == (
        "Write a level (veta, driva), or delete the line if the role needs nothing "
        "in this area."
    )


@pytest.mark.parametrize(
    ("value", "code"), [("no", "schema"), ("ingen", "unknown-level"), ("", "schema")]
)
def test_none_spellings_under_gives(tmp_path: Path, value: str, code: str) -> None:
    """`gives: {fk: no}` gets the hint of `needs:`, not "put it in quotes"."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\n"
        "levels:\n  - id: veta\n    name: Veta\n  - id: driva\n    name: Driva\n"
        "areas:\n  - id: fk\n    name: FK\n"
        "roles:\n  - id: a\n    name: A\n    needs:\n      fk: veta\n"
        "courses:\n  - id: k\n    title: K\n    format: e-learning\n"
        f"    gives:\n      fk: {value}\n".replace("fk: \n", "fk:\n"),
        encoding="utf-8",
    )
    result = run("validate", str(model), "-f", "json", "--lang", "sv")
    findings = json.loads(result.stdout)["findings"]
    [finding] = [f for f in findings if f["severity"] == "error"]
    shown = f"`{value}` är ingen nivå" if value else "`fk:` saknar nivå"
    assert (finding["code"], finding["line"], finding["message"]) == (
        code,
        21,
        f"{shown}: det en kurs ger under `gives:` anger en nivå",
    )
    assert finding["hint"] == (
        "Skriv en nivå (veta, driva), eller ta bort raden om kursen inte ger något "
        "inom området."
    )


def test_an_unknown_level_lists_the_levels(tmp_path: Path) -> None:
    """Issue 16: "unknown level" names the levels there are."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\n"
        "levels:\n  - id: veta\n    name: Veta\n  - id: driva\n    name: Driva\n"
        "areas:\n  - id: fk\n    name: FK\n"
        "roles:\n  - id: a\n    name: A\n    needs:\n      fk: leda\n",
        encoding="utf-8",
    )
    result = run("validate", str(model), "-f", "json", "--lang", "sv")
    findings = json.loads(result.stdout)["findings"]
    [finding] = [f for f in findings if f["severity"] == "error"]
    assert finding["hint"] == "Nivåerna är veta, driva (under `levels:`, rad 4)."


QUOTED = DATA / "invalid" / "typographic-quotes.yaml"


def test_typographic_quotes_in_a_code(tmp_path: Path) -> None:
    """Issue 16: `lms: “0412”` from Word is a warning at the value, in both languages.

    `0412` would be a number without quotes: only straight quotes are advised;
    `AB-12` may also lose them. A title's quotes are prose and pass.
    """
    en = run("validate", str(QUOTED), "--lang", "en").stdout.splitlines()
    assert en[2:4] == [
        f"{QUOTED}:19:11: warning typographic-quotes the LMS code `“0412”` keeps its "
        "typographic quotes as part of the code, so it never matches `0412` in a "
        "course list",
        '    Replace them with straight quotes (`"0412"`); text copied from Word '
        "often brings them.",
    ]
    assert en[5] == (
        '    Replace them with straight quotes (`"AB-12"`) or remove them; text '
        "copied from Word often brings them."
    )
    result = run("validate", str(QUOTED), "--lang", "sv", "--strict")
    assert result.exit_code == 1
    sv = result.stdout.splitlines()
    assert sv[:2] == [
        f"{QUOTED}:12:9: varning typographic-quotes HR-koden eller titeln "
        "`”222110”` behåller sina typografiska citattecken som en del av koden, så "
        "den matchar aldrig `222110` i en personallista",
        '    Byt dem mot raka citattecken (`"222110"`); text som kopierats från Word '
        "har ofta sådana.",
    ]
    assert sv[-1] == "1 fil kontrollerad, 3 varningar"
    assert run("validate", str(QUOTED)).exit_code == 0


@pytest.mark.parametrize(
    ("line", "lang", "where", "message", "hint"),
    [
        (
            "      fk: “veta”",
            "en",
            "13:11",
            "error schema `“veta”` has typographic quotes around it, which stay part "
            "of the value",
            'Replace them with straight quotes (`"veta"`) or remove them; text copied '
            "from Word often brings them.",
        ),
        (
            "      „fk“: veta",
            "sv",
            "13:7",
            "fel schema `„fk“` har typografiska citattecken runt sig, som blir kvar i "
            "värdet",
            'Byt dem mot raka citattecken (`"fk"`) eller ta bort dem; text som '
            "kopierats från Word har ofta sådana.",
        ),
        (
            "      fk: veta\n    headcount: «120»",
            "sv",
            "14:16",
            "fel schema `«120»` har typografiska citattecken runt sig, som blir kvar i "
            "värdet",
            "Ta bort dem: ett tal skrivs utan citattecken (120).",
        ),
    ],
)
def test_typographic_quotes_around_an_id_are_a_schema_error(
    tmp_path: Path, line: str, lang: str, where: str, message: str, hint: str
) -> None:
    """An id, a key or a number in typographic quotes: the schema's error says why."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\n"
        "levels:\n  - id: veta\n    name: Veta\n"
        "areas:\n  - id: fk\n    name: FK\n"
        f"roles:\n  - id: a\n    name: A\n    needs:\n{line}\n",
        encoding="utf-8",
    )
    result = run("validate", str(model), "--lang", lang)
    assert result.exit_code == 1, result
    lines = result.stdout.splitlines()
    assert lines[:2] == [f"{model}:{where}: {message}", f"    {hint}"]


@pytest.mark.parametrize(
    ("written", "example"),
    [
        ("Veta & delta", "veta-delta"),
        ("veta  &  Delta", "veta-delta"),
        ("Veta och delta", "veta-och-delta"),
    ],
)
@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        (
            "en",
            "Did you mean `veta`? Ids use lowercase letters a–z, å, ä, ö, digits, "
            "`-` and `_`, and start with a letter or digit (e.g. `{example}`).",
        ),
        (
            "sv",
            "Menade du `veta`? Id:n består av små bokstäver a–z, å, ä, ö, siffror, "
            "`-` och `_`, och börjar med en bokstav eller siffra (t.ex. "
            "`{example}`).",
        ),
    ],
)
def test_a_level_name_written_for_its_id(
    tmp_path: Path, written: str, example: str, lang: str, hint: str
) -> None:
    """Issue 16: `needs: {fk: Veta & delta}` gets "did you mean `veta`" (by name).

    The hint's example id is the value as an id would be written, not a fixed one.
    """
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\n"
        "levels:\n  - id: veta\n    name: Veta & delta\n"
        "  - id: driva\n    name: Driva & leda\n"
        "areas:\n  - id: forbattringskunskap\n    name: Förbättringskunskap\n"
        "roles:\n  - id: a\n    name: A\n    needs:\n"
        f"      forbattringskunskap: {written}\n",
        encoding="utf-8",
    )
    result = run("validate", str(model), "--lang", lang, "-f", "json")
    assert result.exit_code == 1, result
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["line"], finding["col"]) == ("schema", 15, 28)
    assert finding["hint"] == hint.format(example=example)


def test_names_written_for_ids_everywhere(tmp_path: Path) -> None:
    """An area, a group, a course and an audience by name: each suggests its id."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\n"
        "levels:\n  - {id: veta, name: Veta & delta}\n"
        "areas:\n  - {id: fk, name: Förbättringskunskap}\n"
        "groups:\n  - {id: vard, name: Vård och omsorg}\n"
        "roles:\n"
        "  - id: ssk\n    name: Sjuksköterska\n    group: Vård och omsorg\n"
        "    needs:\n"
        "      Förbättringskunskap: {level: veta, courses: [Introduktion till FK]}\n"
        "courses:\n"
        "  - {id: fk-intro, title: Introduktion till FK, format: e-learning,\n"
        "     gives: {fk: veta}, audience: [Sjuksköterska]}\n",
        encoding="utf-8",
    )
    result = run("validate", str(model), "-f", "json")
    found = [
        (f["line"], f["col"], f["hint"].split("?")[0])
        for f in json.loads(result.stdout)["findings"]
    ]
    assert found == [
        (12, 12, "Did you mean `vard`"),
        (14, 7, "Did you mean `fk`"),
        (14, 52, "Did you mean `fk-intro`"),
        (17, 36, "Did you mean `ssk`"),
    ]


def test_an_emptied_model_in_a_folder_fails(tmp_path: Path) -> None:
    """Issue 16: an empty YAML file in a folder is checked, not skipped: CI fails."""
    folder = tmp_path / "modeller"
    folder.mkdir()
    vgr = (ROOT / "examples" / "vgr.yaml").read_text("utf-8")
    (folder / "vgr.yaml").write_text(vgr, encoding="utf-8")
    (folder / "kalmar.yaml").write_text("# tömd vid en sammanslagning\n\n")
    (folder / "mkdocs.yml").write_text("site_name: x\n")
    result = run("validate", str(folder), "--lang", "sv")
    assert result.exit_code == 1, result
    assert result.stdout.splitlines() == [
        f"{folder / 'kalmar.yaml'}:1:1: fel not-a-model filen är tom: ingen "
        "doseringsmodell i den",
        "    Om en modell fanns här, hämta tillbaka den från git (git restore och "
        "filens namn); om inte, ta bort filen, eller börja en modell från en mall: "
        "dosering init modell.yaml",
        f"överhoppade (ingen rad börjar med `dosering:`): `{folder / 'mkdocs.yml'}`",
        "2 filer kontrollerade, 1 fel, 1 fil överhoppad (ingen modell)",
    ]


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        (
            "en",
            "Write the number of staff in the role (a region has tens of thousands at "
            "most); is a digit too many, or a cell from Excel in another format?",
        ),
        (
            "sv",
            "Skriv antalet anställda i rollen (en region har som mest tiotusentals); "
            "är det en siffra för mycket, eller en cell från Excel i ett annat format?",
        ),
    ],
)
def test_an_absurd_headcount_is_an_error(tmp_path: Path, lang: str, hint: str) -> None:
    """`headcount: 1e30` from a workbook cell passed; over 10 million is an error."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\nlevels: [{id: veta, name: V}]\n"
        "areas: [{id: fk, name: F}]\nroles:\n  - id: a\n    name: A\n"
        "    headcount: 1000000000000000019884624838656\n    needs: {fk: veta}\n"
        "courses: [{id: c, title: C, format: other, gives: {fk: veta}}]\n",
        encoding="utf-8",
    )
    result = run("validate", str(model), "--lang", lang, "-f", "json")
    assert result.exit_code == 1, result
    [finding] = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["line"]) == ("schema", 8)
    assert finding["hint"] == hint


@pytest.mark.parametrize(
    ("lang", "level", "area"),
    [
        (
            "en",
            "no need and no course uses the level Driva & leda (`driva`)",
            "no role needs the knowledge area Patientsäkerhet (`ps`)",
        ),
        (
            "sv",
            "inget behov och ingen kurs använder nivån Driva & leda (`driva`)",
            "ingen roll behöver kunskapsområdet Patientsäkerhet (`ps`)",
        ),
    ],
)
def test_unused_levels_and_areas_are_named(
    tmp_path: Path, lang: str, level: str, area: str
) -> None:
    """An unused level or area is named as the document names it, then its id."""
    model = tmp_path / "m.yaml"
    text = WARN.read_text(encoding="utf-8")
    text = text.replace("        level: driva\n", "        level: veta\n")
    text = text.replace("gives: {fk: driva", "gives: {fk: veta")
    model.write_text(text, encoding="utf-8")
    out = run("validate", "--lang", lang, "-f", "json", str(model)).stdout
    messages = {f["code"]: f["message"] for f in json.loads(out)["findings"]}
    assert messages["level-unused"] == level
    assert messages["area-unused"] == area


@pytest.mark.parametrize(
    ("label", "lang", "hint"),
    [
        ("lärarledd", "sv", "Menade du `classroom`?"),
        ("e-utbildning", "en", "Did you mean `e-learning`?"),
        ("I arbetet", "sv", "Menade du `on-the-job`?"),
    ],
)
def test_a_format_copied_from_the_document_gets_its_code(
    tmp_path: Path, label: str, lang: str, hint: str
) -> None:
    """`format: lärarledd` (the document's word) is told the code to write."""
    model = tmp_path / "m.yaml"
    text = WARN.read_text(encoding="utf-8")
    model.write_text(text.replace("format: e-learning", f"format: {label}", 1), "utf-8")
    result = run("validate", "--lang", lang, "-f", "json", str(model))
    assert result.exit_code == 1, result.stdout
    (finding,) = [
        f for f in json.loads(result.stdout)["findings"] if f["severity"] == "error"
    ]
    assert finding["hint"].startswith(hint), finding


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            "headcount: 1 750",
            "Skriv talet utan mellanslag eller avskiljare: headcount: 1750",
        ),
        (
            "headcount: 1,750",
            "Skriv talet utan mellanslag eller avskiljare: headcount: 1750",
        ),
        (
            "turnover: 10 %",
            "Skriv andelen som decimaltal med punkt: 10 % är turnover: 0.1",
        ),
        (
            "turnover: 12,5%",
            "Skriv andelen som decimaltal med punkt: 12,5% är turnover: 0.125",
        ),
        ("turnover: 0,08", "Skriv punkt som decimaltecken: turnover: 0.08"),
    ],
)
def test_numbers_as_people_type_them(tmp_path: Path, written: str, hint: str):
    """Thousands separators, percentages and decimal commas get the number to write."""
    text = (ROOT / "examples" / "vgr.yaml").read_text("utf-8")
    key = written.partition(":")[0]
    lines = text.splitlines()
    at = next(i for i, s in enumerate(lines) if s.strip().startswith(f"{key}:"))
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    lines[at] = indent + written
    model = tmp_path / "m.yaml"
    model.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("validate", "--lang", "sv", str(model))
    assert result.exit_code == 1, result
    out = result.stdout.splitlines()
    first = next(i for i, s in enumerate(out) if s.startswith(f"{model}:{at + 1}:"))
    assert out[first + 1] == f"    {hint}"
    assert out[-1] == "1 fil kontrollerad, 1 fel"


def test_zero_is_a_level_when_a_level_has_that_id(tmp_path: Path) -> None:
    """`fk: 0` with a level `"0"` is a number to quote, not a planner's "none"."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\n"
        'levels:\n  - id: "0"\n    name: Noll\n'
        "areas:\n  - id: fk\n    name: FK\n"
        "roles:\n  - id: a\n    name: A\n    needs:\n      fk: 0\n",
        encoding="utf-8",
    )
    result = run("validate", str(model), "-f", "json", "--lang", "en")
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["line"] == 13]
    assert finding["hint"] == 'Put it in quotes: fk: "0"'


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "modell.pdf",
            b"%PDF-1.4\n\xff\xfe\x00binary",
            "filen är ett dokument (.pdf), inte en doseringsmodell i YAML",
        ),
        (
            "README.md",
            b"# Modell\n\n```yaml\ndosering: 1\n```\n",
            "filen är ett dokument (.md), inte en doseringsmodell i YAML",
        ),
        (
            "sida.yaml",
            b"<html><style>a { color: red; }\n b: c: d</style></html>\n",
            "ingen rad börjar med `dosering:` och filen är inte läsbar YAML: det är "
            "ingen doseringsmodell (en PDF, en webbsida eller en text med fel namn?)",
        ),
    ],
)
def test_a_named_document_is_no_model_not_yaml_errors(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    """Issue 16: a PDF, a README or a web page named by mistake is one finding."""
    path = tmp_path / name
    path.write_bytes(content)
    result = run("validate", "--lang", "sv", str(path))
    assert result.exit_code == 1, result
    out = result.stdout.splitlines()
    assert out[0] == f"{path}:1:1: fel not-a-model {message}"
    assert out[-1] == "1 fil kontrollerad, 1 fel"


def test_a_model_saved_as_utf16_keeps_its_encoding_advice(tmp_path: Path) -> None:
    """Its `dosering:` line is not seen in UTF-16 bytes: still told to save as UTF-8."""
    path = tmp_path / "m.yaml"
    path.write_bytes(
        (ROOT / "examples" / "vgr.yaml").read_text("utf-8").encode("utf-16")
    )
    result = run("validate", "--lang", "en", str(path), "-f", "json")
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == [
        "yaml-encoding"
    ]
