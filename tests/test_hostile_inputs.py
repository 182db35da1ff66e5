"""Hostile inputs found by fuzzing (issue 17): each ends in a finding or exit 3."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dosering.inputs.yaml import load_json, read_bytes
from tests.conftest import DATA, ROOT, run

HOSTILE = DATA / "hostile"
HEX = HOSTILE / "hexint"
VGR = str(ROOT / "examples" / "vgr.yaml")
KALMAR = str(ROOT / "examples" / "kalmar.yaml")
VGR_COURSES = str(ROOT / "examples" / "vgr-courses.csv")


def _findings(stdout: str) -> list[tuple[str, int, int]]:
    return [(f["code"], f["line"], f["col"]) for f in json.loads(stdout)["findings"]]


@pytest.mark.parametrize(
    ("name", "line", "col"),
    [("validate-hex-version.yaml", 1, 11), ("validate-hex-headcount.yaml", 21, 16)],
)
def test_a_huge_hex_integer_in_a_model_is_a_finding(name: str, line: int, col: int):
    """`0x` and 3,600 hex digits is a `yaml-number` finding at the number."""
    result = run("validate", str(HOSTILE / name), "-f", "json")
    assert result.exit_code == 1, result
    assert _findings(result.stdout) == [("yaml-number", line, col)]
    assert "3602 characters" in json.loads(result.stdout)["findings"][0]["message"]


def test_a_huge_integer_in_a_mapping_is_a_finding():
    """`ignore: [0xfff…]` in `--mapping` is a mapping finding, and exit 1."""
    mapping = str(HEX / "hexmap.yaml")
    result = run("gap", VGR, "--courses", VGR_COURSES, "--mapping", mapping)
    assert result.exit_code == 1, result
    assert f"{mapping}:2:10: error mapping-yaml" in result.stdout
    assert "3602 characters" in result.stdout


def test_a_huge_integer_in_a_crosswalk_is_a_finding():
    """`courses: {0xfff…: fk-grund}` in `--map` is a finding at the number."""
    result = run("diff", VGR, KALMAR, "--map", str(HEX / "hexcw.yaml"))
    assert result.exit_code == 1, result
    assert f"{HEX / 'hexcw.yaml'}:2:3: error yaml-number" in result.stderr


def test_the_fuzzed_crosswalk_is_findings():
    """The fuzzed crosswalk (a 5,000-digit number, deep nesting) gives findings."""
    cw = HOSTILE / "crosswalk-0228.yaml"
    result = run("diff", VGR, KALMAR, "--map", str(cw))
    assert result.exit_code == 1, result
    assert f"{cw}:24:18: error yaml-number" in result.stderr
    assert f"{cw}:27:400: error yaml-too-deep" in result.stderr


def test_a_huge_integer_in_a_yaml_course_list_stops_the_run():
    """`- code: 0xfff…` in a YAML course list is one line and exit 3."""
    result = run("gap", VGR, "--courses", str(HEX / "hexlist.yaml"))
    assert result.exit_code == 3, result
    assert result.stderr == (
        f"dosering: {HEX / 'hexlist.yaml'}:1:9: not valid YAML: a number written "
        "with 3602 characters: dosering reads whole numbers of at most 100\n"
    )


def test_a_huge_integer_in_the_configuration_stops_the_run(tmp_path: Path):
    """`lang: 0xfff…` in `.dosering.yaml` is one line and exit 3."""
    shutil.copy(HEX / "config-lang.dosering.yaml", tmp_path / ".dosering.yaml")
    os.chdir(tmp_path)
    result = run("validate", VGR)
    assert result.exit_code == 3, result
    assert "dosering.yaml:1:17: the configuration cannot be read: a number" in (
        result.stderr
    )


@pytest.mark.parametrize(
    ("name", "where", "words"),
    [
        ("gap-json-bigint.json", "1:22", "a number written with 4301 characters"),
        ("gap-json-deep.json", "1:101", "nested more than 100 levels deep"),
    ],
)
def test_json_course_lists_past_a_bound_stop_the_run(name: str, where: str, words: str):
    """A 4,301-digit number or 1,000-deep nesting in a JSON list: exit 3, one line."""
    path = HOSTILE / name
    result = run("gap", VGR, "--courses", str(path))
    assert result.exit_code == 3, result
    assert result.stderr.startswith(f"dosering: {path}:{where}: not valid JSON: ")
    assert words in result.stderr
    assert result.stderr.count("\n") == 1


def test_load_json_finds_the_first_bound_passed():
    """A long float fraction is no integer; nesting is counted outside strings."""
    text = '{"a": 1.' + "1" * 150 + ', "s": "[[[[", "b": ' + "2" * 101 + "}"
    (draft,) = load_json(text, "x.json").drafts
    assert (draft.code, draft.line, draft.col) == ("yaml-number", 1, 179)
    deep = load_json("[" * 150 + "]" * 150, "x.json")
    assert [(d.code, d.col) for d in deep.drafts] == [("yaml-too-deep", 101)]
    assert load_json('[{"code": "1"}]', "x.json").data == [{"code": "1"}]


@pytest.mark.parametrize("limit", ["30000000000", "99999999999999999999"])
def test_a_huge_max_bytes_is_no_allocation(limit: str):
    """`--max-bytes` far above the file reads only the file (no MemoryError)."""
    result = run("validate", "--max-bytes", limit, VGR)
    assert result.exit_code == 0, result
    assert result.stdout == "1 file checked, no problems\n"


def test_a_huge_max_bytes_from_the_configuration(tmp_path: Path):
    """`max_bytes: 99999999999999999999` in `.dosering.yaml` is the same."""
    (tmp_path / ".dosering.yaml").write_text("max_bytes: 99999999999999999999\n")
    shutil.copy(VGR, tmp_path / "vgr.yaml")
    os.chdir(tmp_path)
    result = run("validate", "vgr.yaml")
    assert result.exit_code == 0, result


def test_read_bytes_stops_one_byte_past_the_limit(tmp_path: Path):
    """A file of exactly the limit is read; one byte more is None."""
    path = tmp_path / "f"
    path.write_bytes(b"x" * 10)
    assert read_bytes(path, 10) == b"x" * 10
    assert read_bytes(path, 9) is None
    assert read_bytes(path, 10**20) == b"x" * 10


def _cli(
    *argv: str, cwd: Path, timeout: float = 20
) -> subprocess.CompletedProcess[str]:
    """Run dosering in a child process (a hang fails the test, not the suite)."""
    return subprocess.run(
        [sys.executable, "-m", "dosering", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.parametrize(
    ("argv", "fifo", "words"),
    [
        (["gap", VGR, "--courses", "f.csv"], "f.csv", "cannot read the course list"),
        (["gap", VGR, "--mapping", "f.yaml"], "f.yaml", "cannot read the mapping"),
        (["diff", VGR, VGR, "--map", "f.yaml"], "f.yaml", "cannot read the crosswalk"),
        (["render", "f.yaml", "-o", "x.html"], "f.yaml", "is not a regular file"),
        (["validate", "f.yaml"], "f.yaml", "is not a regular file"),
    ],
    ids=["courses", "mapping", "map", "render", "validate"],
)
def test_a_fifo_never_blocks(tmp_path: Path, argv: list[str], fifo: str, words: str):
    """A FIFO given as an input is one line and exit 3, at once."""
    os.mkfifo(tmp_path / fifo)
    result = _cli(*argv, cwd=tmp_path, timeout=15)
    assert result.returncode == 3, result
    assert words in result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "x.html").exists()


def test_a_device_is_not_read(tmp_path: Path):
    """`/dev/zero` as a course list is refused, never read to the size limit."""
    (tmp_path / "zero.csv").symlink_to("/dev/zero")
    result = run("gap", VGR, "--courses", str(tmp_path / "zero.csv"))
    assert result.exit_code == 3, result
    assert "not a regular file" in result.stderr
