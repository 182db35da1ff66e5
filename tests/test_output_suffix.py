"""`-o FILE` without `--format`: the file's suffix names the format, as in `render`."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, run

EX = ROOT / "examples"
GAP = ("gap", str(EX / "vgr.yaml"), "--courses", str(EX / "vgr-courses.csv"))
DIFF = ("diff", str(EX / "vgr-2026.yaml"), str(EX / "vgr.yaml"))


def _kind(path: Path) -> str:
    data = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as book:
            return "xlsx" if "xl/workbook.xml" in book.namelist() else "zip"
    text = data.decode("utf-8-sig")
    if text.lstrip().startswith(("{", "[")):
        json.loads(text)
        return "json"
    if text.startswith(("#", "**")) and "| --- |" in text:
        return "md"
    return "text"


@pytest.mark.parametrize(
    ("command", "name", "kind"),
    [
        (GAP, "gap.xlsx", "xlsx"),
        (GAP, "gap.json", "json"),
        (GAP, "gap.md", "md"),
        (GAP, "gap.txt", "text"),
        (GAP, "gap.log", "text"),
        (DIFF, "diff.xlsx", "xlsx"),
        (DIFF, "diff.json", "json"),
        (DIFF, "diff.md", "md"),
    ],
)
def test_the_suffix_names_the_format(
    command: tuple[str, ...], name: str, kind: str, tmp_path: Path
) -> None:
    target = tmp_path / name
    result = run(*command, "-o", str(target), "--lang", "sv")
    assert result.exit_code in (0, 1), result.stderr
    assert f"skrev {target}" in result.stderr
    assert _kind(target) == kind


def test_gap_csv_by_suffix_is_the_csv(tmp_path: Path) -> None:
    target = tmp_path / "gap.csv"
    run(*GAP, "-o", str(target), "--lang", "en")
    header = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("category;role;area;level;course")


def test_format_given_wins_over_the_suffix(tmp_path: Path) -> None:
    target = tmp_path / "gap.xlsx"
    result = run(*GAP, "-f", "json", "-o", str(target))
    assert result.exit_code == 1, result.stderr
    assert _kind(target) == "json"


def test_a_row_finding_has_no_column_in_render(tmp_path: Path) -> None:
    """A course list's row finding shows `file:row`, never Python's `None`."""
    listing = tmp_path / "kurser.csv"
    raw = (EX / "vgr-courses.csv").read_bytes()
    listing.write_bytes(raw + "Summa;;;9999;\r\n".encode("cp1252"))
    result = run(
        "render",
        str(EX / "vgr.yaml"),
        "--courses",
        str(listing),
        "-o",
        str(tmp_path / "m.html"),
        "--lang",
        "sv",
    )
    assert result.exit_code == 0, result.stderr
    assert f"{listing}:19: info row-total rad 19 är en summarad" in result.stderr
    assert "None" not in result.stderr
