"""Text output: whole lines in a pipe or file, wrapped on a terminal, never padded."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from dosering.cli import main
from dosering.report.console import Trimmed, is_terminal, trim
from tests.conftest import ROOT, Result, run

EX = ROOT / "examples"
VGR = EX / "vgr.yaml"
PROGRESS = (
    "progress",
    str(VGR),
    "--staff",
    str(EX / "vgr-staff.csv"),
    "--completions",
    str(EX / "vgr-completions.xlsx"),
    "--column",
    "unit=Förvaltning,Enhet",
    "--on",
    "2026-03-31",
)
NO_PATH = (
    "Ingen lärväg innehåller Förbättringsarbete på arbetsplatsträffen (fk-apt): "
    "rollerna som behöver det den ger får det genom en annan kurs på sin lärväg "
    "(en med färre timmar, eller en som täcker fler av deras behov); föreskriv den "
    "i ett behov (`courses:`) för att skicka en roll dit"
)
ANSI = re.compile(r"\x1b\[[0-9;]*m")

TEXT_RUNS = {
    "validate": ("validate", str(ROOT / "docs" / "broken-model.yaml")),
    "gap": ("gap", str(VGR), "--courses", str(EX / "vgr-courses.csv")),
    "gap-sv": ("gap", str(VGR), "--lang", "sv"),
    "diff": ("diff", str(VGR), str(EX / "vgr-2026.yaml")),
    "diff-matrix": (
        "diff",
        str(VGR),
        str(EX / "kalmar.yaml"),
        "--map",
        str(EX / "crosswalk-vgr-kalmar.yaml"),
        "--matrix",
    ),
    "progress": PROGRESS,
    "progress-sv": (*PROGRESS, "--lang", "sv"),
    "checks": ("checks", "--lang", "sv"),
}


class _Terminal(io.StringIO):
    """Standard output as a terminal would be (its width: `COLUMNS`, 100 here)."""

    def isatty(self) -> bool:
        return True


def _on_terminal(*argv: str) -> Result:
    out, err = _Terminal(), io.StringIO()
    code: int | str | None = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(argv))
        except SystemExit as exc:
            code = exc.code
    return Result(code if isinstance(code, int) else 1, out.getvalue(), err.getvalue())


@pytest.mark.parametrize("argv", TEXT_RUNS.values(), ids=TEXT_RUNS)
def test_no_line_ends_in_spaces(argv: tuple[str, ...]):
    """No text reporter leaves spaces at the end of a line (tables and titles too)."""
    result = run(*argv)
    assert result.exit_code in (0, 1), result
    padded = [line for line in result.stdout.splitlines() if line != line.rstrip()]
    assert padded == []


def test_piped_gap_keeps_each_sentence_and_row_on_one_line():
    """In a pipe, gap's prose is one line per sentence and each table row one line."""
    result = run("gap", str(VGR), "--lang", "sv")
    assert result.exit_code == 0, result
    assert result.stdout.splitlines()[:30] == [
        f"Luckor i {VGR}",
        "mot den egna kurskatalogen: alla 15 kurser ges",
        "",
        "Sammanfattning",
        "",
        "  kategori                  antal",
        " " + "─" * 33,
        "  saknas helt                   0",
        "  för låg nivå                  0",
        "  föreskriven kurs saknas       0",
        "  för få platser                6",
        "",
        "6 kurser har för få platser: sammanlagt saknas 743,7 kursplatser och "
        "20\xa0045,5 utbildningstimmar per år",
        "5\xa0086,5 personer per år behöver utbildning; deras lärvägar tar "
        "12\xa0455,5 kursplatser per år",
        NO_PATH,
        "Kurser utan platser (kapaciteten inte bedömd): fk-apt",
        "",
        "för få platser (6)",
        "",
        "  kurs                  efterfrågan/år   platser/år   platser saknas/år"
        "   timmar saknas/år",
        " " + "─" * 90,
        "  ps-grund                     3\xa0688,0        3\xa0500               188,0"
        "              376,0",
        "  fk-chef                        734,0          450               284,0"
        "            6\xa0816,0",
        "  fl-komplexa-system             148,2           60                88,2"
        "            3\xa0087,0",
        "  fk-coach                       204,0           60               144,0"
        "            7\xa0056,0",
        "  fk-ledare                       56,0           24                32,0"
        "            2\xa0688,0",
        "  styrelse-seminarium             87,5           80                 7,5"
        "               22,5",
        "",
        "lägg till platser eller tillfällen",
        "",
    ]


def test_piped_table_cells_are_not_folded():
    """A long to-do cell stays on its row's line in a pipe (grep finds the role)."""
    result = run("gap", str(VGR), "--courses", str(EX / "vgr-courses.csv"))
    rows = [line for line in result.stdout.splitlines() if "Verksamhetschef " in line]
    assert rows[0] == (
        "  Verksamhetschef" + " " * 43 + "Förändringsledning / Avancerad nivå   "
        "Leda förändring i komplexa system (fl-komplexa-system), "
        "Förbättringsledarprogrammet (fk-ledare) give it but are not in the course "
        "list: offer one, or map its row in --mapping"
    )


def test_a_file_is_written_unwrapped_too(tmp_path: Path):
    """`-o FILE` gets the same whole lines as a pipe."""
    target = tmp_path / "gaps.txt"
    result = run("gap", str(VGR), "--lang", "sv", "-o", str(target))
    assert result.exit_code == 0, result
    text = target.read_text("utf-8")
    assert NO_PATH in text.splitlines()
    assert text == run("gap", str(VGR), "--lang", "sv").stdout


def test_on_a_terminal_text_wraps_to_its_width():
    """On a terminal, gap's lines wrap at its width (100 columns here), unpadded.

    The list's findings (`file:row: ...`) are left whole for the terminal to fold.
    """
    argv = ("gap", str(VGR), "--courses", str(EX / "vgr-courses.csv"), "--lang", "sv")
    result = _on_terminal(*argv)
    assert result.exit_code == 1, result
    lines = ANSI.sub("", result.stdout).splitlines()
    shown = lines[: lines.index("Problem i kurslistan eller mappningen")]
    assert max(map(len, shown)) <= 100
    assert max(map(len, run(*argv).stdout.splitlines())) > 100
    assert [line for line in lines if line != line.rstrip()] == []


def test_on_a_terminal_progress_tables_fit_and_are_unpadded():
    """On a terminal, progress's tables fit its width; sentences fold as it folds."""
    result = _on_terminal(*PROGRESS, "--lang", "sv")
    assert result.exit_code == 0, result
    lines = ANSI.sub("", result.stdout).splitlines()
    rows = [line for line in lines if line.startswith("  ")]
    assert rows
    assert max(map(len, rows)) <= 100
    assert [line for line in lines if line != line.rstrip()] == []


def test_on_a_terminal_gap_prose_wraps():
    """The long sentence a pipe shows whole is folded at word breaks on a terminal."""
    lines = ANSI.sub("", _on_terminal("gap", str(VGR), "--lang", "sv").stdout)
    assert NO_PATH not in lines.splitlines()
    assert " ".join(lines.split()).count(" ".join(NO_PATH.split())) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rad   \nnästa\t \n", "rad\nnästa\n"),
        ("  indrag  ", "  indrag"),
        ("\x1b[1mfet  \x1b[0m\n", "\x1b[1mfet\x1b[0m\n"),
        ("a \x1b[1m \x1b[0m \n", "a\x1b[1m\x1b[0m\n"),
        ("inne  i  raden\n", "inne  i  raden\n"),
    ],
)
def test_trim_cuts_spaces_at_line_ends_only(text: str, expected: str):
    """Spaces go at a line's end (before closing colour codes), nowhere else."""
    assert trim(text) == expected


def test_trimmed_stream_writes_whole_lines():
    """A line split over writes is trimmed as a whole; an open one on close()."""
    out = io.StringIO()
    stream = Trimmed(out)
    stream.write("början ")
    stream.write("  \nslut  ")
    assert out.getvalue() == "början\n"
    stream.close()
    assert out.getvalue() == "början\nslut"
    assert not stream.isatty()
    assert stream.encoding == "utf-8"


def test_is_terminal_asks_the_stream():
    """A terminal says so; a buffer, a closed stream or an object without isatty not."""
    closed = io.StringIO()
    closed.close()
    assert is_terminal(_Terminal())
    assert not is_terminal(io.StringIO())
    assert not is_terminal(closed)
    assert not is_terminal(object())  # type: ignore[arg-type]
