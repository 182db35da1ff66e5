"""`-o FILE` without `--format`: the file's suffix names the format, as in `render`."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, run

EX = ROOT / "examples"
GAP = ("gap", str(EX / "vgr.yaml"), "--courses", str(EX / "vgr-courses.csv"))
DIFF = ("diff", str(EX / "vgr-2026.yaml"), str(EX / "vgr.yaml"))
RENDER = ("render", str(EX / "kalmar.yaml"))
EXPORT = ("export", str(EX / "kalmar.yaml"))
FOLLOW_UP = DATA / "progress"
PROGRESS = (
    "progress",
    str(FOLLOW_UP / "model.yaml"),
    "--staff",
    str(FOLLOW_UP / "staff.csv"),
    "--completions",
    str(FOLLOW_UP / "completions.csv"),
    "--on",
    "2026-03-31",
)
USAGE = {
    "en": (
        "Usage: dosering {command} [OPTIONS] {args}",
        "See 'dosering {command} --help' for every option.",
    ),
    "sv": (
        "Användning: dosering {command} [FLAGGOR] {args}",
        "Se 'dosering {command} --help' för alla flaggor.",
    ),
}
ARGS = {
    "render": {"en": "MODEL", "sv": "MODELL"},
    "gap": {"en": "MODEL", "sv": "MODELL"},
    "progress": {"en": "MODEL", "sv": "MODELL"},
    "export": {"en": "MODEL", "sv": "MODELL"},
    "diff": {"en": "A B", "sv": "A B"},
}


def _usage_error(command: str, lang: str, line: str) -> str:
    """The three lines of a usage error: the error, the usage line, the help."""
    usage, see = USAGE[lang]
    args = ARGS[command][lang]
    return "\n".join(
        (
            f"dosering {command}: -o: {line}",
            usage.format(command=command, args=args),
            see.format(command=command),
            "",
        )
    )


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
        (GAP, "gap", "text"),
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
    assert f"{listing}:19: notering row-total rad 19 är en summarad" in result.stderr
    assert "None" not in result.stderr


UNKNOWN = {
    "en": "{path}: `{suffix}` is none of this command's formats; end the name in "
    "one of {suffixes}, or choose the format with --format ({formats})",
    "sv": "{path}: `{suffix}` är inget av kommandots format; låt namnet sluta på en "
    "av {suffixes}, eller välj formatet med --format ({formats})",
}
KNOWN = {
    "render": (".md, .markdown, .html, .htm, .pdf, .docx", "md, html, pdf, docx"),
    "gap": (".txt, .json, .md, .markdown, .csv, .xlsx", "text, json, md, csv, xlsx"),
    "diff": (".txt, .json, .md, .markdown, .xlsx", "text, json, md, xlsx"),
    "progress": (
        ".txt, .json, .md, .markdown, .csv, .html, .htm, .xlsx",
        "text, json, md, csv, html, xlsx",
    ),
}
COMMANDS = {"render": RENDER, "gap": GAP, "diff": DIFF, "progress": PROGRESS}


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("render", "modell.odt"),
        ("render", "modell.txt"),
        ("render", "modell.xlsx"),
        ("gap", "gap.xls"),
        ("gap", "gap.html"),
        ("diff", "diff.csv"),
        ("progress", "uppfoljning.ODS"),
    ],
)
def test_a_suffix_the_command_does_not_know_is_refused(
    command: str, name: str, lang: str, tmp_path: Path
) -> None:
    """`render -o modell.odt` wrote Markdown; now a usage error names the suffixes."""
    target = tmp_path / name
    result = run(*COMMANDS[command], "-o", str(target), "--lang", lang)
    assert result.exit_code == 2, result
    suffixes, formats = KNOWN[command]
    line = UNKNOWN[lang].format(
        path=target, suffix=target.suffix, suffixes=suffixes, formats=formats
    )
    assert result.stderr == _usage_error(command, lang, line)
    assert result.stdout == ""
    assert not target.exists()


@pytest.mark.parametrize(
    ("command", "fmt", "kind"),
    [
        (RENDER, "html", "html"),
        (RENDER, "md", "md"),
        (RENDER, "docx", "zip"),
        (GAP, "text", "text"),
        (DIFF, "json", "json"),
        (PROGRESS, "json", "json"),
    ],
)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_format_given_writes_it_to_any_name(
    command: tuple[str, ...], fmt: str, kind: str, lang: str, tmp_path: Path
) -> None:
    """With --format the name may end as it likes: that format goes to that name."""
    target = tmp_path / "utdata.odt"
    result = run(*command, "-f", fmt, "-o", str(target), "--lang", lang)
    assert result.exit_code in (0, 1), result
    wrote = "skrev" if lang == "sv" else "wrote"
    assert result.stderr.endswith(f"{wrote} {target}\n")
    if kind == "html":
        assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    else:
        assert _kind(target) == kind


NEEDS_FILE = {
    "en": "{kind} cannot be shown in the terminal: give the file's name with "
    "-o FILE.{fmt}",
    "sv": "{kind} kan inte visas i terminalen: ange filens namn med -o FIL.{fmt}",
}
KINDS = {
    "en": {"xlsx": "an Excel workbook", "pdf": "a PDF file", "docx": "a Word document"},
    "sv": {
        "xlsx": "en Excel-arbetsbok",
        "pdf": "en PDF-fil",
        "docx": "ett Word-dokument",
    },
}


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(
    ("command", "fmt"),
    [
        (RENDER, "pdf"),
        (RENDER, "docx"),
        (GAP, "xlsx"),
        (DIFF, "xlsx"),
        (PROGRESS, "xlsx"),
        (EXPORT, "xlsx"),
    ],
)
def test_a_binary_format_needs_a_file(
    command: tuple[str, ...], fmt: str, lang: str
) -> None:
    """`render -f pdf` wrote the PDF's bytes to the terminal: now exit 2, as xlsx."""
    result = run(*command, "-f", fmt, "--lang", lang)
    assert result.exit_code == 2, result
    line = NEEDS_FILE[lang].format(fmt=fmt, kind=KINDS[lang][fmt])
    assert result.stderr == _usage_error(command[0], lang, line)
    assert result.stdout_bytes == b""


@pytest.mark.parametrize(("lang", "wrote"), [("sv", "skrev"), ("en", "wrote")])
@pytest.mark.parametrize("name", ["progress.md", "progress.xlsx", "progress.json"])
def test_progress_says_what_it_wrote(
    lang: str, wrote: str, name: str, tmp_path: Path
) -> None:
    """`progress -o FILE` says so on stderr, as render and gap do."""
    target = tmp_path / name
    result = run(*PROGRESS, "-o", str(target), "--lang", lang)
    assert result.exit_code == 0, result
    assert result.stderr == f"{wrote} {target}\n"
    assert result.stdout == ""


@pytest.mark.parametrize(("lang", "wrote"), [("sv", "skrev"), ("en", "wrote")])
def test_render_says_what_it_wrote(lang: str, wrote: str, tmp_path: Path) -> None:
    target = tmp_path / "kalmar.html"
    result = run(*RENDER, "-o", str(target), "--lang", lang)
    assert result.exit_code == 0, result
    assert result.stderr == f"{wrote} {target}\n"


@pytest.mark.parametrize("name", ["gap.log", "luckor.2026-12-03", "gap"])
def test_a_name_that_names_no_format_gets_the_default(
    name: str, tmp_path: Path
) -> None:
    """A suffix of no document format (`.log`, a date) is no refusal: text it is."""
    target = tmp_path / name
    result = run(*COMMANDS["gap"], "-o", str(target), "--lang", "sv")
    assert result.exit_code == 1, result
    assert result.stderr == f"skrev {target}\n"
    assert target.read_text("utf-8").startswith("Luckor i ")


def test_validate_and_schema_say_what_they_wrote(tmp_path: Path) -> None:
    """`validate -o` and `schema -o` say "wrote FILE" as the other commands do."""
    report = tmp_path / "validate.txt"
    model = str(ROOT / "examples" / "vgr.yaml")
    done = run("validate", model, "-o", str(report), "--lang", "sv")
    assert done.exit_code == 0, done
    assert (done.stdout, done.stderr) == ("", f"skrev {report}\n")
    assert report.read_text("utf-8").strip().endswith("inga problem")
    schema = tmp_path / "dosering.schema.json"
    done = run("--lang", "en", "schema", "-o", str(schema))
    assert done.exit_code == 0, done
    assert (done.stdout, done.stderr) == ("", f"wrote {schema}\n")
