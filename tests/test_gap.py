"""Tests of `dosering gap`: the contract, formats, exit codes, mapping, bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from dosering.analyses.coverage import CATEGORIES
from dosering.cli.gap import GapFormat
from dosering.report.gap import REPORTERS
from tests.conftest import DATA, ROOT, Result, run

CONTRACT = DATA / "contract"
MODEL = DATA / "courselists" / "model.yaml"
LIST = (
    "Kurskod;Kursnamn;Timmar;Platser per år\r\n"
    "A1;Förbättring – grund;1;5\r\n"
    " a1 ;;;10\r\n"
    ";LEDA  förbättring!;3;\r\n"
    "E9;Patientsäkerhet i praktiken;4;40\r\n"
    'X1;=HYPERLINK("http://x");2;100\r\n'
    "X2;Driva förbättringar;8;20\r\n"
)


def gap_json(*argv: str) -> tuple[int, dict[str, Any]]:
    """Run `gap --format json` and parse its document."""
    result = run("gap", *argv, "--format", "json")
    assert result.exit_code in (0, 1), result
    return result.exit_code, json.loads(result.stdout)


def reduce(items: list[dict[str, Any]], expected: list[dict[str, Any]]) -> list[str]:
    """The actual items reduced to the keys of the expected ones, sorted."""
    keys = {e["category"]: set(e) for e in expected}
    out = []
    for item in items:
        if item["category"] in keys:
            out.append(
                json.dumps(
                    {k: item[k] for k in sorted(keys[item["category"]])},
                    ensure_ascii=False,
                    sort_keys=True,
                )
            )
    return sorted(out)


def expected_of(name: str) -> list[dict[str, Any]]:
    """The contract's expected gaps."""
    data: list[dict[str, Any]] = json.loads(
        (CONTRACT / name).read_text(encoding="utf-8")
    )["gaps"]
    return data


def as_sorted(items: list[dict[str, Any]]) -> list[str]:
    """Items as sorted JSON strings."""
    return sorted(json.dumps(i, ensure_ascii=False, sort_keys=True) for i in items)


def test_contract_own_catalogue() -> None:
    """The contract's own catalogue (checked by hand, tests/data/contract/README.md).

    fk-leda: 1000×0.1 + 100×(0.15+1/5) = 135 a year against 40 seats, 95 people and
    95×16 = 1,520 h short; ps-ledning: 35 + 10×0.2 = 37 against 20, 17 people and
    17×8 = 136 h; regiondirektör's innovation/veta has no course: uncovered.
    """
    code, doc = gap_json(str(CONTRACT / "model.yaml"))
    expected = expected_of("expected-gap-own-catalogue.json")
    assert reduce(doc["gaps"], expected) == as_sorted(expected)
    assert len(doc["gaps"]) == len(expected)
    assert code == 1
    assert doc["courses"] is None


def test_contract_with_list() -> None:
    """The contract's list (cp1252, `;`, CRLF, decimal comma) gives its items.

    Checked by hand (tests/data/contract/README.md): fk-leda by exact title with 30
    seats, 135 − 30 = 105 people and 105×16 = 1,680 h short; ps-ledning not offered,
    so two patientsäkerhet/driva needs are partial and one prescription missing;
    rows 6 and 7 are unmapped.
    """
    code, doc = gap_json(
        str(CONTRACT / "model.yaml"), "--courses", str(CONTRACT / "courses.csv")
    )
    expected = expected_of("expected-gap-with-list.json")
    assert reduce(doc["gaps"], expected) == as_sorted(expected)
    assert len(doc["gaps"]) == len(expected)
    assert code == 1
    assert doc["tool"] == "dosering"
    assert doc["format"] == 1
    assert doc["courses"] == str(CONTRACT / "courses.csv")
    assert doc["findings"] == []
    summary = doc["summary"]
    assert {c: summary[c] for c in CATEGORIES} == {
        "uncovered": 1,
        "partial": 2,
        "prescribed-missing": 1,
        "not-offered": 1,
        "capacity": 1,
        "unmapped": 2,
    }
    assert summary["roles_without_headcount"] == []
    assert summary["not_assessed"] == []
    unmapped = [g for g in doc["gaps"] if g["category"] == "unmapped"]
    assert unmapped[0]["suggestions"] == [{"course": "ps-ledning", "score": 96.0}]
    demand = {d["course"]: d for d in doc["courses_demand"]}
    assert demand["fk-intro"]["seats_per_year"] == 170  # two occasions: 80 + 90
    # fk-leda is sjuksköterska's path (it also gives patientsäkerhet/veta): no
    # path holds fk-intro.
    assert demand["fk-intro"]["demand_per_year"] == 0.0
    assert demand["fk-intro"]["backlog"] == 0
    assert demand["fk-leda"]["backlog"] == 1100
    assert demand["fk-leda"]["years_to_cover"] is None


def test_reporters_match_the_format_enum() -> None:
    """The reporters (and report.sheets' xlsx) are the --format choices."""
    assert [*REPORTERS, "xlsx"] == [f.value for f in GapFormat]


@pytest.fixture
def listed() -> Path:
    """The test list (UTF-8, `;`) beside a copy of the test model, in the cwd."""
    shutil.copy(MODEL, "model.yaml")
    Path("list.csv").write_bytes(LIST.encode("utf-8"))
    return Path()


def test_text_summary_first_then_tables(listed: Path) -> None:
    """Text output: the summary, then the categories, most serious first."""
    result = run_listed()
    assert result.exit_code == 1, result
    out = result.stdout
    order = [
        out.index("Summary"),
        out.index("uncovered (1)"),
        out.index("partial (1)"),
        out.index("prescribed course missing (1)"),
        out.index("not offered (2)"),
        out.index("too few seats (1)"),
        out.index("unmapped rows (2)"),
        out.index("Demand per course"),
    ]
    assert order == sorted(order)
    assert "against " in out and "6 rows, 4 matched, 3 of 5 model courses" in out
    assert (
        "1 course short of places: 5.0 course places and 5.0 training hours a "
        "year missing in all" in out
    )
    assert (
        "40.0 people a year need training; their learning paths take 60.0 course "
        "places a year" in out
    )
    assert "no offered course gives Innovation at any level" in out
    assert "close to Driva förbättring (fk-driva, 94 % alike)" in out
    assert "Roles without headcount (no demand counted): direktor" in out
    assert result.stderr == (
        "Exit 1: gaps in categories that fail by default: "
        "uncovered, partial, prescribed course missing (choose others with "
        "`--fail-on`).\n"
    )


def test_text_in_swedish(listed: Path) -> None:
    """`--lang sv` words the summary and advice in Swedish, decimal comma."""
    result = run_listed(
        "--lang",
        "sv",
    )
    assert "Sammanfattning" in result.stdout
    assert (
        "1 kurs har för få platser: sammanlagt saknas 5,0 kursplatser och 5,0 "
        "utbildningstimmar per år" in result.stdout
    )
    assert (
        "40,0 personer per år behöver utbildning; deras lärvägar tar 60,0 "
        "kursplatser per år" in result.stdout
    )
    assert "saknas helt (1)" in result.stdout
    assert (
        "den föreskrivna kursen Patientsäkerhet, bas (ps-bas) ges inte: erbjud den, "
        "eller ändra behovets `courses`" in result.stdout
    )
    assert "mot list.csv: 6 rader, 4 kopplade, 3 av 5 kurser" in result.stdout
    assert result.stderr.startswith(
        "Slutkod 1: luckor i kategorier som ger fel som förval: saknas helt, "
    )


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [
        (None, 1),
        ("none", 0),
        ("capacity", 1),
        ("unmapped", 1),
        ("not-offered,unmapped", 1),
        ("all", 1),
    ],
)
def test_fail_on_own_catalogue(fail_on: str | None, code: int) -> None:
    """Own catalogue has uncovered and capacity items only: --fail-on picks."""
    argv = ["gap", str(MODEL), "-f", "json"]
    if fail_on is not None:
        argv += ["--fail-on", fail_on]
    expected = {"unmapped": 0, "not-offered,unmapped": 0}.get(fail_on or "", code)
    assert run(*argv).exit_code == expected


def test_fail_on_unknown_category_is_a_usage_error() -> None:
    """An unknown --fail-on category exits 2 and names the choices."""
    result = run("gap", str(MODEL), "--fail-on", "uncoverd")
    assert result.exit_code == 2
    assert "`uncoverd` is not one of uncovered, partial, " in result.stderr


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [
        ("saknas helt", 1),
        ("SAKNAS HELT", 1),
        ("Saknas  helt,för få platser", 1),
        ("för låg nivå", 0),
        ("okopplade rader,ges inte", 0),
        ("too few seats", 1),
        ("prescribed_missing", 0),
        ("alla", 1),
        ("inga", 0),
    ],
)
def test_fail_on_takes_the_labels_of_both_languages(fail_on: str, code: int) -> None:
    """Swedish and English labels name a category, in any case; codes still do."""
    result = run("gap", str(MODEL), "-f", "json", "--fail-on", fail_on)
    assert result.exit_code == code, result


def test_fail_on_unknown_category_in_swedish_nearest_first() -> None:
    """The error lists the categories in the run's language, the nearest first."""
    result = run("gap", str(MODEL), "--lang", "sv", "--fail-on", "för få platsr")
    assert result.exit_code == 2, result
    assert result.stderr.splitlines()[0] == (
        "dosering gap: --fail-on: `för få platsr` är inte ett av för få platser "
        "(capacity), saknas helt (uncovered), för låg nivå (partial), föreskriven kurs "
        "saknas (prescribed-missing), ges inte (not-offered), okopplade rader "
        "(unmapped), alla (all), inga (none)"
    )


def test_fail_on_exit_line_names_the_categories_in_words() -> None:
    """The line that explains exit 1 names the categories as the table does."""
    result = run("gap", str(MODEL), "--lang", "sv", "--fail-on", "för få platser")
    assert result.exit_code == 1, result
    assert result.stderr == (
        "Slutkod 1: luckor i kategorier som `--fail-on` anger: för få platser.\n"
    )


def test_fail_on_labels_in_the_config() -> None:
    """`.dosering.yaml`'s gap.fail_on takes the labels too; a typo exits 3, in sv."""
    Path(".dosering.yaml").write_text(
        "lang: sv\ngap:\n  fail_on: [för få platser]\n", "utf-8"
    )
    assert run("gap", str(MODEL), "-f", "json").exit_code == 1
    Path(".dosering.yaml").write_text(
        "lang: sv\ngap:\n  fail_on: [saknas helst]\n", "utf-8"
    )
    result = run("gap", str(MODEL), "-f", "json")
    assert result.exit_code == 3, result
    assert "gap.fail_on: `saknas helst` är inte ett av saknas helt (uncovered), " in (
        result.stderr
    )


def test_fail_on_unknown_category_in_the_config_exits_3() -> None:
    """An unknown category in `.dosering.yaml` names the file, exit 3."""
    Path(".dosering.yaml").write_text("gap:\n  fail_on: [capacty]\n", "utf-8")
    result = run("gap", str(MODEL))
    assert result.exit_code == 3
    assert result.stderr.startswith("dosering: ")
    assert ".dosering.yaml: gap.fail_on: `capacty` is not one of " in result.stderr


def test_output_to_dev_null_keeps_the_device(listed: Path) -> None:
    """`-o /dev/null` writes into the device, never replaces it with a file."""
    result = run_listed("-f", "json", "-o", os.devnull)
    assert result.exit_code == 1, result
    assert Path(os.devnull).is_char_device()


def test_no_gaps_exits_zero(tmp_path: Path) -> None:
    """A model whose catalogue covers it: no gaps, exit 0, says so."""
    model = tmp_path / "m.yaml"
    text = MODEL.read_text(encoding="utf-8")
    text = text.replace("      inno: veta\n", "").replace(
        "seats_per_year: 10", "seats_per_year: 100"
    )
    text = text.replace("  - id: inno\n    name: Innovation\n", "")
    model.write_text(text, encoding="utf-8")
    result = run("gap", str(model))
    assert result.exit_code == 0, result
    assert "No gaps." in result.stdout


def test_markdown(listed: Path) -> None:
    """Markdown: a heading, the counts table and a table per category."""
    result = run_listed(
        "-f",
        "md",
    )
    lines = result.stdout.splitlines()
    assert lines[0] == f"## Gaps in {listed / 'model.yaml'}"
    assert "| uncovered | 1 |" in lines
    assert "### too few seats (1)" in lines
    assert "| fk-bas | 20.0 | 15 | 5.0 | 5.0 |" in lines
    assert (
        '| 6 | X1 | \\=HYPERLINK("http\\://x") | no model course matches: map it in '
        "--mapping, or ignore it in that file |"
    ) in lines


def _gap_on(courses: Path, *argv: str) -> Result:
    """Run `gap` on the VGR example against `courses`, with `argv` after."""
    return run(
        "gap", str(ROOT / "examples" / "vgr.yaml"), "--courses", str(courses), *argv
    )


def _gap_vgr(*argv: str) -> Result:
    """Run `gap` on the VGR example against its course list, with `argv` after."""
    return _gap_on(ROOT / "examples" / "vgr-courses.csv", *argv)


def run_listed(*extra: str) -> Result:
    """Run `gap` on the `listed` fixture's model and list (in the cwd)."""
    return run("gap", "model.yaml", "--courses", "list.csv", *extra)


def csv_rows(text: str, delimiter: str) -> list[list[str]]:
    """Parse CSV output."""
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_csv_excel_sv(listed: Path) -> None:
    """excel-sv: BOM, `;`, CRLF, decimal comma, formulas neutralised."""
    out = listed / "gaps.csv"
    result = run_listed(
        "-f",
        "csv",
        "-o",
        str(out),
    )
    assert result.exit_code == 1, result
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfcategory;role;area;level;course;")
    assert raw.count(b"\r\n") == 9
    assert b"\n" not in raw.replace(b"\r\n", b"")
    rows = csv_rows(raw.decode("utf-8-sig"), ";")
    capacity = next(r for r in rows if r[0] == "capacity")
    assert capacity[4:10] == ["fk-bas", "", "20,0", "15", "5,0", "5,0"]
    formula = next(r for r in rows if r[11] == "X1")
    assert formula[12] == '\'=HYPERLINK("http://x")'
    near = next(r for r in rows if r[11] == "X2")
    assert near[13] == "fk-driva 94,4"
    assert result.stdout == ""


def test_csv_plain_on_stdout(listed: Path) -> None:
    """plain: `,`, no BOM, decimal point, LF."""
    result = run_listed(
        "-f",
        "csv",
        "--csv-dialect",
        "plain",
    )
    assert result.stdout.startswith("category,role,")
    rows = csv_rows(result.stdout, ",")
    near = next(r for r in rows if r[11] == "X2")
    assert near[13] == "fk-driva 94.4"
    assert "\r\n" not in result.stdout


def test_invalid_model_shows_findings_and_writes_nothing(tmp_path: Path) -> None:
    """An invalid model: validate's findings on stderr, exit 1, no output file."""
    model = tmp_path / "bad.yaml"
    model.write_text("dosering: 1\nregion: {id: x}\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("gap", str(model), "-f", "json", "-o", str(out))
    assert result.exit_code == 1
    assert f"{model}:2:10: error schema `name` is missing" in result.stderr
    assert result.stdout == ""
    assert not out.exists()


def test_failed_run_keeps_an_existing_output(listed: Path) -> None:
    """A list that cannot be read (exit 3) leaves the old output file alone."""
    out = listed / "out.json"
    out.write_text("old", encoding="utf-8")
    empty = listed / "empty.csv"
    empty.write_bytes(b"")
    result = run(
        "gap", str(listed / "model.yaml"), "--courses", str(empty), "-o", str(out)
    )
    assert result.exit_code == 3
    assert result.stderr == (
        f"dosering: {empty}: the course list is empty; export it again with its rows\n"
    )
    assert out.read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("dir", "is a directory; give the course list file"),
        ("utf16", "the file is saved as UTF-16"),
        ("missing", "no such file"),
        ("xlsx-text", "the file is text, not a .xlsx workbook"),
    ],
)
def test_bad_lists_exit_3(listed: Path, make: str, message: str) -> None:
    """Lists that cannot be read: one line on stderr, exit 3, no traceback."""
    path = listed / ("bad.xlsx" if make == "xlsx-text" else "bad.csv")
    if make == "dir":
        path.mkdir()
    elif make == "utf16":
        path.write_bytes(LIST.encode("utf-16"))
    elif make == "xlsx-text":
        path.write_bytes(LIST.encode("utf-8"))
    result = run("gap", str(listed / "model.yaml"), "--courses", str(path))
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1
    assert message in result.stderr


_LOOP = (
    "symbolic links lead round in a loop (or too many in a row); point the link at "
    "the file itself",
    "symboliska länkar leder runt i en slinga (eller för många i rad); låt länken "
    "peka på själva filen",
)
_NOT_DIR = (
    "a part of the path is a file, not a folder",
    "en del av sökvägen är en fil, inte en mapp",
)
_TOO_LONG = (
    "the name is too long; shorten it, or move the file to a shorter path",
    "namnet är för långt; korta det, eller flytta filen till en kortare sökväg",
)
_PIPE = (
    "not a regular file (a pipe or a device?)",
    "ingen vanlig fil (ett rör eller en enhet?)",
)


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize(
    ("make", "reason"),
    [
        ("loop", _LOOP),
        ("under-a-file", _NOT_DIR),
        ("too-long", _TOO_LONG),
        ("fifo", _PIPE),
    ],
)
def test_unreadable_list_says_why_in_the_runs_words(
    listed: Path, make: str, reason: tuple[str, str], lang: str
) -> None:
    """A list the system refuses: why, in the run's language (no OS English)."""
    name = {
        "loop": "loop.csv",
        "under-a-file": "list.csv/kurser.csv",
        "too-long": "a" * 300 + ".csv",
        "fifo": "pipe.csv",
    }[make]
    if make == "loop":
        Path(name).symlink_to(name)
    elif make == "fifo":
        os.mkfifo(name)
    result = run("gap", "model.yaml", "--courses", name, "--lang", lang)
    assert result.exit_code == 3, result
    cannot, said = (
        ("cannot read the course list", reason[0])
        if lang == "en"
        else ("kan inte läsa kurslistan", reason[1])
    )
    assert result.stderr == f"dosering: {name}: {cannot}: {said}\n"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "dosering: list.csv: cannot read the course list: access denied (is the "
            "file open in another program? close it; else ask for access)\n",
        ),
        (
            "sv",
            "dosering: list.csv: kan inte läsa kurslistan: åtkomst nekad (är filen "
            "öppen i ett annat program? stäng det; annars be om behörighet)\n",
        ),
    ],
)
def test_list_without_permission_says_so_in_the_runs_words(
    listed: Path, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    """No permission to read the list (tests run as root, so mocked): plain words."""

    def refuse(*_args: object, **_kw: object) -> None:
        raise PermissionError(13, "Permission denied", "list.csv")

    monkeypatch.setattr("dosering.inputs.yaml.read_bytes", refuse)
    result = run("gap", "model.yaml", "--courses", "list.csv", "--lang", lang)
    assert result.exit_code == 3, result
    assert result.stderr == said


@pytest.mark.parametrize(
    ("option", "lang", "said"),
    [
        (
            "--mapping",
            "en",
            "cannot read the mapping file: the name is too long; shorten it, or "
            "move the file to a shorter path",
        ),
        (
            "--mapping",
            "sv",
            "kan inte läsa mappningsfilen: namnet är för långt; korta det, eller "
            "flytta filen till en kortare sökväg",
        ),
        (
            "-o",
            "sv",
            "kan inte skriva här: namnet är för långt; korta det, eller flytta "
            "filen till en kortare sökväg",
        ),
    ],
)
def test_other_paths_of_gap_say_why(
    listed: Path, option: str, lang: str, said: str
) -> None:
    """A mapping or an output named too long: one line in the run's words, exit 3."""
    name = "a" * 300 + (".txt" if option == "-o" else ".yaml")
    result = run(
        "gap", "model.yaml", "--courses", "list.csv", option, name, "--lang", lang
    )
    assert result.exit_code == 3, result
    assert result.stderr == f"dosering: {name}: {said}\n"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "dosering: kurser.csv: no such file; check the name, or export the "
            "course list (the activities) from the LMS (Luvit, Moodle) as CSV or "
            "Excel and give that file to --courses\n",
        ),
        (
            "sv",
            "dosering: kurser.csv: filen finns inte; kontrollera namnet, eller "
            "exportera kurslistan (aktiviteterna) från lärplattformen (Luvit, "
            "Moodle) som CSV eller Excel och ange den filen med --courses\n",
        ),
    ],
)
def test_a_missing_list_says_how_to_get_one(listed: Path, lang: str, said: str) -> None:
    """A missing course list says how to get one: export it from the LMS."""
    result = run("gap", "model.yaml", "--courses", "kurser.csv", "--lang", lang)
    assert result.exit_code == 3, result
    assert result.stderr == said


def test_a_missing_model_has_no_lms_advice(listed: Path) -> None:
    """The LMS advice is for the course list only: a missing model is plain."""
    result = run("gap", "modell.yaml", "--courses", "list.csv", "--lang", "sv")
    assert result.exit_code == 3, result
    assert result.stderr == "dosering: modell.yaml: filen eller mappen finns inte\n"


def test_model_path_problems_exit_3(tmp_path: Path) -> None:
    """A missing model or a folder given as the model: exit 3."""
    missing = run("gap", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 3
    assert "no such file" in missing.stderr
    folder = run("gap", str(tmp_path))
    assert folder.exit_code == 3
    assert "is a directory" in folder.stderr


def mapped_json(*extra: str) -> tuple[int, dict[str, Any]]:
    """`gap --format json` on the listed fixture with `mapping.yaml`."""
    return gap_json(
        "model.yaml", "--courses", "list.csv", "--mapping", "mapping.yaml", *extra
    )


def test_mapping_matches_and_ignores(listed: Path) -> None:
    """A mapping maps the near miss and ignores the unrelated row."""
    mapping = listed / "mapping.yaml"
    mapping.write_text('match:\n  "X2": fk-driva\nignore: ["X1"]\n', encoding="utf-8")
    code, doc = mapped_json()
    assert doc["summary"]["unmapped"] == 0
    assert doc["summary"]["partial"] == 0
    assert [g["course"] for g in doc["gaps"] if g["category"] == "not-offered"] == [
        "ps-bas"
    ]
    assert doc["findings"] == []
    assert code == 1


def test_mapping_unknown_course_is_a_finding_with_its_line(listed: Path) -> None:
    """A mapping naming a course the model lacks: a finding at its line, exit 1."""
    mapping = listed / "mapping.yaml"
    mapping.write_text(
        "match:\n  X1: fk-bas\n  X2: fk-drivaa\nignore: [X9]\nother: 1\n",
        encoding="utf-8",
    )
    code, doc = mapped_json(
        "--fail-on",
        "none",
    )
    assert code == 1
    assert [
        (f["code"], f["line"], f["col"], f["location"], f["severity"])
        for f in doc["findings"]
    ] == [
        ("mapping-unknown-course", 3, 7, "match.X2", "error"),
        ("mapping-unknown-key", 5, 1, "other", "error"),
    ]
    assert doc["findings"][0]["message"] == (
        "the mapping names the course `fk-drivaa`, which the model does not have"
    )
    assert doc["findings"][0]["hint"].startswith("Did you mean `fk-driva`?")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("[1, 2]\n", [("mapping-shape", 1, 1, None)]),
        ("match: [a]\n", [("mapping-shape", 1, 8, "match")]),
        ("ignore: {a: b}\n", [("mapping-shape", 1, 9, "ignore")]),
        (
            "match:\n  X1: [a]\nignore: [[x]]\n",
            [
                ("mapping-shape", 2, 7, "match.X1"),
                ("mapping-shape", 3, 10, "ignore[0]"),
            ],
        ),
        ("match: {a: b\n", [("mapping-yaml", 1, 8, None)]),
    ],
)
def test_mapping_shape_findings(
    listed: Path, text: str, found: list[tuple[Any, ...]]
) -> None:
    """A mapping of the wrong shape: findings with positions."""
    mapping = listed / "mapping.yaml"
    mapping.write_text(text, encoding="utf-8")
    _code, doc = mapped_json()
    assert [
        (f["code"], f["line"], f["col"], f["location"]) for f in doc["findings"]
    ] == found


def test_mapping_missing_exits_3(listed: Path) -> None:
    """A mapping file that does not exist: exit 3."""
    result = run("gap", str(listed / "model.yaml"), "--mapping", "nope.yaml")
    assert result.exit_code == 3
    assert "nope.yaml: no such mapping file" in result.stderr


TABLE_AS_MAPPING = {
    "en": "dosering: {path}: this looks like a course list (a table), not a "
    "mapping; give it with --courses. A mapping is a YAML file of decisions "
    "(`match:`, `ignore:`); `dosering gap --write-mapping FILE` writes one for you\n",
    "sv": "dosering: {path}: detta ser ut som en kurslista (en tabell), inte en "
    "mappning; ange den med --courses. En mappning är en YAML-fil med beslut "
    "(`match:`, `ignore:`); `dosering gap --write-mapping FIL` skriver en åt dig\n",
}


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("docs/luvit-aktiviteter.csv", "kurser.csv"),  # by its name
        ("examples/kalmar-courses.xlsx", "kurser.xlsx"),
        ("docs/luvit-aktiviteter.csv", "mapping.yaml"),  # Windows-1252 CSV text
        ("examples/vgr-courses.csv", "mapping.yml"),  # UTF-8, `;`
        ("examples/kalmar-courses.xlsx", "mapping.yaml"),  # a workbook's bytes
    ],
)
def test_a_course_list_given_as_the_mapping_says_so(
    listed: Path, lang: str, source: str, name: str
) -> None:
    """Issue 16: a course list given to --mapping is no YAML error but exit 3.

    The file is a table by its name (.csv, .xlsx, .xls, .ods) or by its bytes (a
    workbook, or lines of CSV): one line says to give it with --courses, and
    what a mapping is.
    """
    shutil.copy(ROOT / source, name)
    result = run_listed("--mapping", name, "--lang", lang)
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == TABLE_AS_MAPPING[lang].format(path=name)


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"match: {a: b,\n  c: d\n", "mapping-yaml"),  # YAML with commas
        (b"[1, 2]\n", "mapping-shape"),
    ],
)
def test_a_broken_mapping_is_not_taken_for_a_table(
    listed: Path, content: bytes, code: str
) -> None:
    """YAML that is wrong, or one line with commas, stays a finding in the mapping."""
    Path("mapping.yaml").write_bytes(content)
    result = run_listed("--mapping", "mapping.yaml", "-f", "json")
    assert result.exit_code == 1
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == [code]


def test_a_word_file_given_as_the_mapping_is_not_taken_for_a_table(
    listed: Path,
) -> None:
    """A zip that is no workbook (a .docx) is no course list: a YAML finding."""
    import zipfile

    with zipfile.ZipFile("mapping.yaml", "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    result = run_listed("--mapping", "mapping.yaml", "-f", "json")
    assert result.exit_code == 1
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == [
        "mapping-yaml"
    ]


def test_a_mapping_syntax_error_has_the_hint_validate_gives(listed: Path) -> None:
    """The mapping's first YAML problem carries its own hint, not a generic one."""
    Path("mapping.yaml").write_text("match:\n  F100: fk-grund\n   F200: x\n", "utf-8")
    result = run_listed("--mapping", "mapping.yaml", "-f", "json", "--lang", "sv")
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["code"], finding["line"], finding["col"]) == ("mapping-yaml", 3, 4)
    assert finding["message"] == (
        "mappningen är inte giltig YAML: raden är indragen 3 blanksteg, vilket inte "
        "stämmer med raderna ovanför"
    )
    assert finding["hint"] == "Dra in den 2 blanksteg, som raderna den hör ihop med."


QUOTED_CELL = {
    "en": "the code `{raw}` in column Kurskod keeps its typographic quotes as part "
    "of the code, so it never matches `{inner}` in the model",
    "sv": "koden `{raw}` i kolumnen Kurskod behåller sina typografiska citattecken "
    "som en del av koden, så den matchar aldrig `{inner}` i modellen",
}
NO_QUOTES_HINT = {
    "en": "Remove the typographic quotes from the cell; text copied from Word "
    "often brings them.",
    "sv": "Ta bort de typografiska citattecknen ur cellen; text som kopierats från "
    "Word har ofta sådana.",
}
QUOTED_KEY = {
    "en": "`{raw}` keeps its typographic quotes as part of the text, so it never "
    "matches the code `{inner}` in a list",
    "sv": "`{raw}` behåller sina typografiska citattecken som en del av texten, så "
    "den matchar aldrig koden `{inner}` i en lista",
}
STRAIGHT_HINT = {
    "en": 'Replace them with straight quotes (`"{inner}"`){plain}; text copied '
    "from Word often brings them.",
    "sv": 'Byt dem mot raka citattecken (`"{inner}"`){plain}; text som kopierats '
    "från Word har ofta sådana.",
}
OR_REMOVE = {"en": " or remove them", "sv": " eller ta bort dem"}


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_list_code_in_typographic_quotes_is_a_warning(
    listed: Path, lang: str
) -> None:
    """Issue 16: `“A1”` from Word in a code cell: the model's kind of warning.

    At the cell (file:row:col, the column as location); the hint says to remove
    them from the cell. The row is not matched by its code (the quotes stay).
    """
    Path("quoted.csv").write_text(
        "Kurskod;Kursnamn\n“A1”;X\n„B1“;Y\nC1;Z\n", encoding="utf-8"
    )
    code, doc = gap_json("model.yaml", "--courses", "quoted.csv", "--lang", lang)
    assert code == 1
    assert doc["findings"] == [
        {
            "code": "typographic-quotes",
            "severity": "warning",
            "message": QUOTED_CELL[lang].format(raw=raw, inner=inner),
            "file": "quoted.csv",
            "line": line,
            "col": 1,
            "location": "Kurskod",
            "hint": NO_QUOTES_HINT[lang],
        }
        for line, raw, inner in ((2, "“A1”", "A1"), (3, "„B1“", "B1"))
    ]
    assert [g["code"] for g in doc["gaps"] if g["category"] == "unmapped"] == [
        "“A1”",
        "„B1“",
    ]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_mapping_key_in_typographic_quotes_is_a_warning(
    listed: Path, lang: str
) -> None:
    """Keys of `match` and entries of `ignore` in typographic quotes: warnings.

    Warnings do not make the mapping fail (exit 0 with `--fail-on none`), and
    `--write-mapping` still rewrites it in place.
    """
    mapping = Path("mapping.yaml")
    mapping.write_text(
        'match:\n  “X2”: fk-driva\nignore: ["‘X1’", «0412»]\n', encoding="utf-8"
    )
    argv = ["model.yaml", "--courses", "list.csv", "--mapping", "mapping.yaml"]
    code, doc = gap_json(*argv, "--lang", lang, "--fail-on", "none")
    assert code == 0
    assert [
        (f["code"], f["severity"], f["line"], f["col"], f["message"], f["hint"])
        for f in doc["findings"]
    ] == [
        (
            "typographic-quotes",
            "warning",
            line,
            col,
            QUOTED_KEY[lang].format(raw=raw, inner=inner),
            STRAIGHT_HINT[lang].format(inner=inner, plain=plain),
        )
        for line, col, raw, inner, plain in (
            (2, 3, "“X2”", "X2", OR_REMOVE[lang]),
            (3, 10, "‘X1’", "X1", OR_REMOVE[lang]),
            (3, 18, "«0412»", "0412", ""),  # a number without quotes
        )
    ]
    again = run("gap", *argv, "--fail-on", "none", "-f", "json")
    assert again.exit_code == 0
    rewritten = run(
        "gap", *argv, "-f", "json", "--write-mapping", "mapping.yaml", "--force"
    )
    assert rewritten.stderr.startswith("wrote mapping.yaml: 3 decisions kept")


def rewritten_ignores(path: Path) -> list[str]:
    """The lines under `ignore:` of a written mapping file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[lines.index("ignore:") + 1 :]


def test_write_mapping_counts_what_it_wrote_in_swedish(listed: Path) -> None:
    """The Swedish line counts the `match` and the `ignore` suggestions written."""
    target = listed / "mapping.yaml"
    done = run(
        "gap",
        "model.yaml",
        "--courses",
        "list.csv",
        "--write-mapping",
        str(target),
        "-o",
        "out.txt",
        "--lang",
        "sv",
    )
    assert done.exit_code == 1, done
    assert done.stderr.splitlines()[-1] == (
        f"skrev {target}: 0 beslut behållna, 2 nya (efter kursnamnet); "
        "bortkommenterade för dig att gå igenom: 1 förslag på `match` (nära "
        "träffar), 1 rad utan motsvarande kurs föreslagen för `ignore`"
    )
    assert rewritten_ignores(target) == ['  # - "X1"  # rad 6: =HYPERLINK("http://x")']


@pytest.mark.parametrize(
    ("lang", "todo", "comment"),
    [
        (
            "en",
            "close to Driva förbättring (fk-driva, 94 % alike): map it in --mapping "
            "if it is that course, or ignore it",
            "  # row 7: Driva förbättringar: close to fk-driva (94 % alike)",
        ),
        (
            "sv",
            "liknar Driva förbättring (fk-driva, 94 % lika): koppla den i --mapping "
            "om det är den kursen, eller ignorera den",
            "  # rad 7: Driva förbättringar: liknar fk-driva (94 % lika)",
        ),
    ],
)
def test_similarity_is_said_in_words(
    listed: Path, lang: str, todo: str, comment: str
) -> None:
    """A near miss says how alike it is (`94 % lika`), never a bare score.

    In text, Markdown, the CSV's advice and the --write-mapping comment; the JSON
    keeps the score as a number.
    """
    target = listed / "mapping.yaml"
    text = run_listed("--lang", lang, "--write-mapping", str(target))
    [line] = [line for line in text.stdout.splitlines() if " X2 " in line]
    assert line.split()[:4] == ["7", "X2", "Driva", "förbättringar"]
    assert line.endswith(f"   {todo}")
    assert comment in target.read_text(encoding="utf-8").splitlines()
    md = run_listed("--lang", lang, "-f", "md")
    assert f"| 7 | X2 | Driva förbättringar | {todo} |" in md.stdout.splitlines()
    sheet = csv_rows(run_listed("--lang", lang, "-f", "csv").stdout, ";")
    assert [row[14] for row in sheet if row[10] == "7"] == [todo]
    _, doc = gap_json("model.yaml", "--courses", "list.csv")
    [near] = [g for g in doc["gaps"] if g.get("row") == 7]
    assert near["suggestions"] == [{"course": "fk-driva", "score": 94.4}]


def test_write_mapping_and_never_overwrite(listed: Path) -> None:
    """--write-mapping writes suggestions as comments; again only with --force."""
    target = listed / "mapping.yaml"
    argv = [
        "gap",
        str(listed / "model.yaml"),
        "--courses",
        str(listed / "list.csv"),
        "-f",
        "json",
        "--write-mapping",
        str(target),
    ]
    first = run(*argv)
    assert first.exit_code == 1
    assert first.stderr == (
        f"wrote {target}: 0 decisions kept, 2 added (matched by title); "
        "commented out for you to review: 1 `match` suggestion (near misses), "
        "1 row matching no course suggested for `ignore`\n"
    )
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[3:] == [
        "match:",
        '  "LEDA förbättring!": fk-leda  # row 4, by title',
        '  "E9": ps-driva  # row 5, by title',
        "  # row 7: Driva förbättringar: close to fk-driva (94 % alike)",
        '  # "X2": fk-driva',
        "ignore:",
        '  # - "X1"  # row 6: =HYPERLINK("http://x")',
    ]
    again = run(*argv)
    assert again.exit_code == 3
    assert "exists already" in again.stderr
    target.write_text(text.replace('# "X2"', '"X2"'), encoding="utf-8")
    forced = run(
        *argv[:-2], "--mapping", str(target), "--write-mapping", str(target), "--force"
    )
    assert forced.exit_code == 1
    assert forced.stderr == (
        f"wrote {target}: 3 decisions kept, 0 added (matched by title); "
        "commented out for you to review: 0 `match` suggestions (near misses), "
        "1 row matching no course suggested for `ignore`\n"
    )
    assert rewritten_ignores(target) == ['  # - "X1"  # row 6: =HYPERLINK("http://x")']
    rewritten = target.read_text(encoding="utf-8")
    assert '  "X2": fk-driva' in rewritten.splitlines()
    assert json.loads(forced.stdout)["summary"]["unmapped"] == 1


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "dosering gap: --column: `kod=Aktivitets-ID`: no field is called `kod`; "
            "did you mean --column code=Aktivitets-ID? The fields, in English "
            "whatever the language, are code, title, hours, seats, url, status\n"
            "Usage: dosering gap [OPTIONS] MODEL\n"
            "See 'dosering gap --help' for every option.\n",
        ),
        (
            "sv",
            "dosering gap: --column: `kod=Aktivitets-ID`: inget fält heter `kod`; "
            "menade du --column code=Aktivitets-ID? Fälten, på engelska oavsett "
            "språk, är code, title, hours, seats, url, status\n"
            "Användning: dosering gap [FLAGGOR] MODELL\n"
            "Se 'dosering gap --help' för alla flaggor.\n",
        ),
    ],
)
def test_column_in_swedish_suggests_the_field(
    listed: Path, lang: str, said: str
) -> None:
    """`--column kod=…` is a usage error naming the field meant, said once."""
    result = run(
        "gap",
        "model.yaml",
        "--courses",
        "list.csv",
        "--column",
        "kod=Aktivitets-ID",
        "--lang",
        lang,
    )
    assert result.exit_code == 2, result
    assert result.stderr == said


@pytest.mark.parametrize(
    ("columns", "lang", "said"),
    [
        (
            "{kod: Ident}",
            "sv",
            "`gap.columns.kod`: inget fält heter `kod`; menade du `code`? (fälten, "
            "på engelska oavsett språk: code, title, hours, seats, url, status)",
        ),
        (
            "{kod: Ident}",
            "en",
            "`gap.columns.kod`: no field is called `kod`; did you mean `code`? (the "
            "fields, in English whatever the language: code, title, hours, seats, "
            "url, status)",
        ),
        (
            "{xyz: Ident}",
            "en",
            "`gap.columns.xyz`: no field is called `xyz` (the fields, in English "
            "whatever the language: code, title, hours, seats, url, status)",
        ),
        (
            '{code: " "}',
            "sv",
            "`gap.columns.code` ska ange en kolumn (en rubrik i kurslistan)",
        ),
    ],
)
def test_config_columns_name_fields(
    listed: Path, columns: str, lang: str, said: str
) -> None:
    """`gap.columns` in `.dosering.yaml` is checked like --column, naming the file."""
    config = (listed / ".dosering.yaml").resolve()
    config.write_text(f"gap:\n  columns: {columns}\n", encoding="utf-8")
    result = run("gap", "model.yaml", "--courses", "list.csv", "--lang", lang)
    assert result.exit_code == 3, result
    assert result.stderr == f"dosering: {config}: {said}\n"


def test_config_gap_section(listed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`.dosering.yaml` gap: courses and mapping relative to it, fail_on, columns."""
    listed = listed.resolve()
    (listed / "lists").mkdir()
    (listed / "lists" / "l.csv").write_text("Ident;Namn\nA1;x\n", encoding="utf-8")
    (listed / "lists" / "m.yaml").write_text("ignore: [zz]\n", encoding="utf-8")
    (listed / ".dosering.yaml").write_text(
        "gap:\n"
        "  courses: lists/l.csv\n"
        "  mapping: lists/m.yaml\n"
        "  columns: {code: Ident}\n"
        "  fail_on: [unmapped]\n"
        "  csv_dialect: plain\n",
        encoding="utf-8",
    )
    sub = listed / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    code, doc = gap_json(str(listed / "model.yaml"))
    assert doc["courses"] == str(listed / "lists" / "l.csv")
    assert doc["summary"]["rows"] == 1
    assert code == 0  # no unmapped rows; uncovered does not fail here
    result = run("gap", str(listed / "model.yaml"), "-f", "csv")
    assert result.stdout.startswith("category,role,")


@pytest.mark.parametrize(
    ("model", "courses"),
    [
        ("examples/vgr.yaml", "examples/vgr-courses.csv"),
        ("examples/kalmar.yaml", "examples/kalmar-courses.xlsx"),
    ],
)
def test_examples_show_every_category(model: str, courses: str) -> None:
    """Each example list leaves gaps of every category against its model."""
    code, doc = gap_json(str(ROOT / model), "--courses", str(ROOT / courses))
    assert code == 1
    assert all(doc["summary"][c] > 0 for c in CATEGORIES), doc["summary"]
    assert [f["code"] for f in doc["findings"]]


def test_vgr_example_items() -> None:
    """The VGR walkthrough's items, exactly (the README shows them)."""
    _code, doc = gap_json(
        str(ROOT / "examples/vgr.yaml"),
        "--courses",
        str(ROOT / "examples/vgr-courses.csv"),
    )
    summary = {c: doc["summary"][c] for c in CATEGORIES}
    assert summary == {
        "uncovered": 5,
        "partial": 3,
        "prescribed-missing": 8,
        "not-offered": 5,
        "capacity": 5,
        "unmapped": 4,
    }
    capacity = [
        (g["course"], g["seats_per_year"], round(g["shortfall_people"], 1))
        for g in doc["gaps"]
        if g["category"] == "capacity"
    ]
    assert capacity == [
        ("ps-grund", 2500, 1188.0),
        ("fk-praktik", 500, 595.8),
        ("matning-fordjupad", 300, 40.8),
        ("spc", 80, 36.0),
        ("styrelse-seminarium", 80, 7.5),
    ]
    assert [(f["code"], f["line"]) for f in doc["findings"]] == [
        ("row-number", 17),
        ("row-empty", 18),
    ]


def test_kalmar_example_items() -> None:
    """The Kalmar walkthrough's need items, exactly."""
    _code, doc = gap_json(
        str(ROOT / "examples/kalmar.yaml"),
        "--courses",
        str(ROOT / "examples/kalmar-courses.xlsx"),
    )
    needs = [
        (g["category"], g["role"], g["area"], g["level"])
        for g in doc["gaps"]
        if g["category"] in ("uncovered", "partial")
    ]
    assert needs == [
        ("uncovered", "verksamhetschef", "innovationskunskap", "veta"),
        ("uncovered", "utvecklingsledare", "innovationskunskap", "driva"),
        ("uncovered", "ledning", "innovationskunskap", "veta"),
        ("partial", "enhetschef", "patientsakerhet", "driva"),
        ("partial", "patientsakerhetssamordnare", "patientsakerhet", "driva"),
    ]
    unmapped = [
        (g["row"], g["code"]) for g in doc["gaps"] if g["category"] == "unmapped"
    ]
    assert unmapped == [(16, "22031"), (17, "31001"), (18, "31002"), (19, "31003")]


def test_kalmar_xlsx_matches_its_script() -> None:
    """The committed workbook holds the rows its committed script writes."""
    import runpy

    from dosering.inputs.courselist import read_course_list

    script = runpy.run_path(str(ROOT / "scripts/make_kalmar_xlsx.py"))
    committed = read_course_list(ROOT / "examples/kalmar-courses.xlsx")
    written = [(None if r[0] is None else str(r[0]), r[1]) for r in script["ROWS"]]
    assert [(r.code, r.title) for r in committed.rows] == written


def test_text_and_md_show_the_lists_problems(tmp_path: Path) -> None:
    """A bad row is listed under the course list's problems, in text and Markdown."""
    shutil.copy(MODEL, "model.yaml")
    Path("list.csv").write_text("Kod;Titel;Timmar\nA1;x;ca 4\n;;2\n", encoding="utf-8")
    text = run_listed("--fail-on", "none")
    assert text.exit_code == 0, text
    assert "Problems in the course list or the mapping" in text.stdout
    assert "list.csv:2:3: warning row-number `ca 4` in column Timmar" in text.stdout
    assert "list.csv:3: warning row-empty row 3 has neither" in text.stdout
    md = run_listed("--fail-on", "none", "-f", "md").stdout.splitlines()
    assert "### Problems in the course list or the mapping" in md
    assert md[-1].startswith("- list.csv:3: warning row-empty")


def test_notes_alone_are_not_called_problems(tmp_path: Path) -> None:
    """A total row's note is no problem: its heading says notes, in both formats."""
    shutil.copy(MODEL, "model.yaml")
    Path("list.csv").write_text("Kod;Titel\nA1;x\nSumma;\n", encoding="utf-8")
    text = run_listed("--fail-on", "none", "--lang", "sv")
    assert text.stdout.splitlines()[-2:] == [
        "Noteringar om kurslistan och mappningen",
        "list.csv:3: notering row-total rad 3 är en summarad (`Summa`), ingen kurs: "
        "utelämnad (Inget att göra: dosering räknar själv raderna.)",
    ]
    md = run_listed("--fail-on", "none", "-f", "md").stdout.splitlines()
    assert "### Notes on the course list and the mapping" in md
    assert "### Problems in the course list or the mapping" not in md


def test_contract_markdown_without_notes() -> None:
    """Every role has a headcount and every course seats: no note lines."""
    result = run(
        "gap",
        str(CONTRACT / "model.yaml"),
        "--courses",
        str(CONTRACT / "courses.csv"),
        "-f",
        "md",
        "--lang",
        "sv",
    )
    lines = result.stdout.splitlines()
    assert (
        "1 kurs har för få platser: sammanlagt saknas 105,0 kursplatser och "
        "1\u00a0680,0 utbildningstimmar per år  " in lines
    )
    assert (
        "137,0 personer per år behöver utbildning; deras lärvägar tar 137,0 "
        "kursplatser per år  " in lines
    )
    assert not any(line.startswith(("Roller utan", "Kurser utan")) for line in lines)
    assert "| fk-leda | 135,0 | 30 | 105,0 | 1\u00a0680,0 |" in lines


def test_not_offered_course_that_no_need_uses(tmp_path: Path) -> None:
    """A course serving no need, left out of the list: said plainly."""
    text = MODEL.read_text(encoding="utf-8")
    text = text.replace(
        "  - id: inno\n",
        "  - id: ovrigt\n    name: Övrigt\n  - id: inno\n",
    )
    text += (
        "  - id: extra\n    title: Extra\n    format: other\n"
        "    gives: {ovrigt: veta}\n"
    )
    Path("model.yaml").write_text(text, encoding="utf-8")
    Path("list.csv").write_text("Kod;Titel\nA1;x\n", encoding="utf-8")
    result = run_listed("--fail-on", "not-offered")
    assert result.exit_code == 1
    assert "no row of the list is Extra (extra); no need uses it" in " ".join(
        result.stdout.split()
    )


def test_long_tables_are_cut_in_text_and_md(
    listed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text and Markdown show the first rows of a long table and say how many more."""
    from dosering.report import gap as reporter

    monkeypatch.setattr(reporter, "TABLE_LIMIT", 1)
    text = run_listed()
    assert "… and 1 more (all of them with --format csv or json)" in text.stdout
    assert "X2" not in text.stdout.split("unmapped rows (2)")[1].split("Demand")[0]
    md = run_listed("-f", "md", "--lang", "sv").stdout.splitlines()
    assert md.count("… och 1 till (alla med --format csv eller json)") == 2
    assert md.count("… och 2 till (alla med --format csv eller json)") == 1
    csv_out = run_listed("-f", "csv").stdout
    assert csv_out.count("\nunmapped;") == 2


def test_json_has_one_item_per_line(listed: Path) -> None:
    """The JSON document writes each key and each list item on a line of its own."""
    lines = run_listed("-f", "json").stdout.splitlines()
    assert lines[:4] == [
        "{",
        '  "tool": "dosering",',
        '  "version": "0.1.0",',
        '  "format": 1,',
    ]
    assert '  "findings": [],' in lines
    start = lines.index('  "gaps": [')
    assert lines[start + 1].startswith(
        '    {"category": "uncovered", "role": "direktor"'
    )
    assert lines[-2:] == ["  ]", "}"]


@pytest.mark.parametrize(
    ("name", "lang", "line"),
    [
        (
            "write-mapping-roundtrip-syntax.yaml",
            "en",
            "not written: the mapping it would rewrite has errors (see the findings "
            "above); fix them and run again",
        ),
        (
            "write-mapping-roundtrip-typo.yaml",
            "sv",
            "skrevs inte: mappningsfilen som skulle skrivas om har fel (se fynden "
            "ovan); rätta dem och kör igen",
        ),
    ],
)
def test_write_mapping_never_rewrites_a_mapping_with_errors(
    tmp_path: Path, name: str, lang: str, line: str
) -> None:
    """Issue 17 (repro case 17): a mapping with errors stays byte-identical."""
    target = tmp_path / "m.yaml"
    shutil.copyfile(DATA / "repro" / name, target)
    before = target.read_bytes()
    result = _gap_vgr(
        "--mapping",
        str(target),
        "--write-mapping",
        str(target),
        "--force",
        "--lang",
        lang,
    )
    assert result.exit_code == 1
    assert target.read_bytes() == before
    assert f"{target}: {line}\n" in result.stderr
    assert "Traceback" not in result.stderr


def test_write_mapping_comment_with_a_newline_plants_no_decision(
    tmp_path: Path,
) -> None:
    """Issue 17 (repro case 16): a newline in a code cell stays inside the comment."""
    target = tmp_path / "m.yaml"
    result = run(
        "gap",
        str(ROOT / "examples" / "vgr.yaml"),
        "--courses",
        str(DATA / "hostile" / "write-mapping-injected-ignore.csv"),
        "--write-mapping",
        str(target),
    )
    assert result.exit_code == 1
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[3:] == [
        "match:",
        "ignore:",
        '  # - "ZZ-1\\n  - LP-10234"  # row 2: ZZ-1 - LP-10234',
    ]
    import yaml

    assert yaml.safe_load("\n".join(lines)) == {"match": None, "ignore": None}


def test_write_mapping_to_another_file_keeps_an_unknown_course(tmp_path: Path) -> None:
    """Issue 17 (repro case 17, typo): the entry stays, flagged, and the run says so."""
    old = DATA / "repro" / "write-mapping-roundtrip-typo.yaml"
    target = tmp_path / "new.yaml"
    result = _gap_vgr(
        "--mapping",
        str(old),
        "--write-mapping",
        str(target),
        "-f",
        "json",
    )
    assert result.exit_code == 1
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert codes.count("mapping-unknown-course") == 1
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[3:6] == [
        "match:",
        '  "LP-29001": fk-chef',
        '  "LP-10262": matning-grund',
    ]
    assert lines[6] == (
        '  "LP-90005": fk-grnd  # the model has no course fk-grnd: fix the id or '
        "delete the line"
    )
    assert '  - "LP-90001"' in lines
    assert '  - "LP-90002"' in lines
    assert result.stderr.endswith(
        "; 1 decision names a course the model does not have: kept, and marked "
        "with a comment — fix the id or delete the line\n"
        f"Exit 1: the mapping {old} has errors (see the findings above).\n"
    )
    assert "wrote " + str(target) + ": 5 decisions kept," in result.stderr
    again = _gap_vgr(
        "--mapping",
        str(target),
        "-f",
        "json",
    )
    again_codes = [f["code"] for f in json.loads(again.stdout)["findings"]]
    assert again_codes.count("mapping-unknown-course") == 1


def test_write_mapping_from_an_unreadable_mapping_writes_nothing(
    tmp_path: Path,
) -> None:
    """A mapping that is not YAML has no decisions to carry over: no file at all."""
    target = tmp_path / "new.yaml"
    result = _gap_vgr(
        "--mapping",
        str(DATA / "repro" / "write-mapping-roundtrip-syntax.yaml"),
        "--write-mapping",
        str(target),
    )
    assert result.exit_code == 1
    assert not target.exists()
    assert f"{target}: not written: the mapping it would rewrite has errors" in (
        result.stderr
    )


@pytest.mark.parametrize(
    "text",
    ["a\nb", "a\rb", "a\x85b", "a\u2028b", "a\u2029b", "a\x1bb", "a\x00b", "a\ufeffb"],
)
def test_a_mapping_comment_is_one_safe_line(text: str) -> None:
    """yaml_comment: no character of an input ends the comment or breaks the file."""
    import yaml

    from dosering.report.escape import yaml_comment, yaml_quoted

    comment = yaml_comment(text)
    document = f"# {comment}\nmatch:\n  {yaml_quoted(text)}: x  # {comment}\n"
    assert len(document.splitlines()) == 3
    assert yaml.safe_load(document) == {"match": {text: "x"}}


def test_luvit_and_moodle_column_names(tmp_path: Path) -> None:
    """Issue 16: Luvit's headers are read; Moodle's `idnumber` wins over its `id`."""
    luvit = tmp_path / "luvit.csv"
    luvit.write_text(
        "Aktivitets-ID;Aktivitetsnamn;Längd (h);Max antal deltagare\n"
        "XX-1;Okänd kurs;3;20\n",
        encoding="utf-8",
    )
    moodle = tmp_path / "moodle.csv"
    moodle.write_text("id,fullname,idnumber\n17,Okänd kurs,XX-1\n", encoding="utf-8")
    for path in (luvit, moodle):
        _, doc = gap_json(str(ROOT / "examples" / "vgr.yaml"), "--courses", str(path))
        unmapped = [g for g in doc["gaps"] if g["category"] == "unmapped"]
        assert unmapped == [
            {
                "category": "unmapped",
                "row": 2,
                "code": "XX-1",
                "title": "Okänd kurs",
                "suggestions": [],
            }
        ]


def test_a_total_row_is_left_out_with_a_note(tmp_path: Path) -> None:
    """Issue 16: Excel's "Summa" row is no unmapped course: an info finding."""
    listed = tmp_path / "list.csv"
    listed.write_text(
        "Aktivitets-ID;Aktivitetsnamn;Max antal deltagare\n"
        "XX-1;Okänd kurs;20\nSumma;;20\n",
        encoding="utf-8",
    )
    _, doc = gap_json(str(ROOT / "examples" / "vgr.yaml"), "--courses", str(listed))
    assert doc["summary"]["rows"] == 1
    assert [g["code"] for g in doc["gaps"] if g["category"] == "unmapped"] == ["XX-1"]
    assert [
        (f["code"], f["severity"], f["line"], f["message"]) for f in doc["findings"]
    ] == [
        ("row-total", "info", 3, "row 3 is a total (`Summa`), not a course: left out")
    ]


def test_csv_courses_table_is_the_json_demand_per_course() -> None:
    """`--table courses`: one row per offered course, the JSON's numbers in it."""
    table = _gap_vgr("-f", "csv", "--csv-dialect", "plain", "--table", "courses")
    assert table.exit_code == 1
    rows = csv_rows(table.stdout, ",")
    assert rows[0] == [
        "course",
        "course_title",
        "demand_per_year",
        "seats_per_year",
        "hours",
        "backlog",
        "years_to_cover",
        "roles",
    ]
    data = json.loads(_gap_vgr("-f", "json").stdout)["courses_demand"]
    assert [r[0] for r in rows[1:]] == [entry["course"] for entry in data]
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["fk-grund"][1:7] == [
        "Introduktion till förbättringskunskap",
        "3621.0",
        "7500",
        "1.5",
        "37900",
        "9.8",
    ]
    assert by_id["ps-grund"][6] == "never"  # no spare seats
    assert by_id["fk-apt"][2:7] == ["", "", "3.0", "0", ""]  # on no learning path
    for entry in data:
        row = by_id[entry["course"]]
        assert int(row[5]) == entry["backlog"]
        assert row[7].split() == entry["roles"]
        if entry["roles"]:
            assert float(row[2]) == pytest.approx(entry["demand_per_year"], abs=0.05)


def test_csv_courses_table_in_swedish_excel() -> None:
    result = _gap_vgr("-f", "csv", "--table", "courses", "--lang", "sv")
    rows = csv_rows(result.stdout.removeprefix("\ufeff"), ";")
    assert rows[0] == [
        "Kurs",
        "Kursnamn i modellen",
        "Kursplatser per år",
        "Platser per år",
        "Timmar",
        "Eftersläpning (personer)",
        "År att täcka",
        "Roller",
    ]
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["fk-grund"][2] == "3621,0"
    assert by_id["ps-grund"][6] == "aldrig"


def test_csv_gap_rows_carry_the_model_names() -> None:
    """The gaps table ends with the role's, area's and course's names."""
    rows = csv_rows(_gap_vgr("-f", "csv", "--csv-dialect", "plain").stdout, ",")
    assert rows[0][-3:] == ["role_name", "area_name", "course_title"]
    named = [r for r in rows[1:] if r[1]]
    assert named, "no gap names a role"
    assert all(r[15] and r[16] for r in named)
    capacity = next(r for r in rows[1:] if r[0] == "capacity")
    assert capacity[4] == "ps-grund"
    assert capacity[17] == "Patientsäkerhet – grundkurs"


@pytest.mark.parametrize("fmt", ["text", "md", "json"])
def test_table_courses_is_for_csv_only(fmt: str) -> None:
    result = _gap_vgr("-f", fmt, "--table", "courses")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "dosering gap: --table: `courses` is a table of -f csv; text, md, json and "
        "xlsx show both tables"
    )


LOOKED_FOR = {
    "en": "A code column is named like `Kurskod`, `Kod`, `Aktivitets-ID`, `idnumber`, "
    "`shortname`; a title column like `Kursnamn`, `Titel`, `Benämning`, "
    "`Aktivitetsnamn`, `fullname`. Rename one, or name it with --column "
    "code=HEADER or --column title=HEADER",
    "sv": "En kodkolumn heter t.ex. `Kurskod`, `Kod`, `Aktivitets-ID`, `idnumber`, "
    "`shortname`; en namnkolumn t.ex. `Kursnamn`, `Titel`, `Benämning`, "
    "`Aktivitetsnamn`, `fullname`. Byt namn på en, eller ange den med --column "
    "code=RUBRIK eller --column title=RUBRIK",
}
LUVIT_RENAMED = (
    "Aktivitetsrapport;;;;;\n"
    ";;;;;\n"
    "Aktivitetens nummer;Aktivitetens rubrik;Typ;Längd (h);Max antal deltagare;Status\n"
    "6149;Introduktion till förbättringsarbete;E-learning;1,5;;Aktiv\n"
)


@pytest.mark.parametrize("kind", [".csv", ".ods"])
def test_a_header_not_found_names_the_row_it_guessed(tmp_path: Path, kind: str):
    """Issue 16: a Luvit export whose header is not recognised, under a title row
    and a blank row: the message names row 3 (as Excel counts), its cells, and the
    names looked for, in English and Swedish."""
    from tests.odsfile import write_ods

    path = tmp_path / f"luvit{kind}"
    if kind == ".csv":
        path.write_text(LUVIT_RENAMED, encoding="cp1252")
    else:
        rows = [line.split(";") for line in LUVIT_RENAMED.splitlines()]
        write_ods(path, {"Aktiviteter": [[c or None for c in r] for r in rows]})
    cells = (
        "`Aktivitetens nummer`, `Aktivitetens rubrik`, `Typ`, `Längd (h)`, "
        "`Max antal deltagare`, `Status`"
    )
    en = run("gap", str(ROOT / "examples" / "vgr.yaml"), "--courses", str(path))
    assert en.exit_code == 3, en
    assert en.stderr == (
        f"dosering: {path}: no header row names a course code or title column; "
        f"row 3, the likeliest header, has {cells}. {LOOKED_FOR['en']}\n"
    )
    sv = _gap_on(path, "--lang", "sv")
    assert sv.exit_code == 3, sv
    assert sv.stderr == (
        f"dosering: {path}: ingen rubrikrad anger en kolumn för kurskod eller "
        f"kursnamn; rad 3, den troligaste rubrikraden, har {cells}. "
        f"{LOOKED_FOR['sv']}\n"
    )


def test_a_list_with_no_header_at_all_names_its_first_row(tmp_path: Path):
    """Rows of data only: the first row is named, with its cells as they are."""
    path = tmp_path / "data.csv"
    path.write_text(
        "6149;Introduktion till förbättringsarbete;1,5\n6210;Patientsäkerhet;2\n",
        encoding="utf-8",
    )
    result = run("gap", str(ROOT / "examples" / "vgr.yaml"), "--courses", str(path))
    assert result.exit_code == 3, result
    assert (
        "; row 1, the likeliest header, has `6149`, "
        "`Introduktion till förbättringsarbete`, `1,5`. A code column" in result.stderr
    )


def test_the_guessed_row_is_shown_bounded_and_escaped(tmp_path: Path):
    """A cell's newline and escape code are shown as escapes (one line still), a
    long cell is cut, and past eight cells the rest are counted."""
    path = tmp_path / "wide.csv"
    long = "Lång rubrik " * 6
    header = ['"Rad\nett"', '"\x1b[31mröd"', long, *(f"Kolumn {i}" for i in range(9))]
    path.write_text(";".join(header) + "\n1;2;3\n", encoding="utf-8")
    result = _gap_on(path, "--lang", "sv")
    assert result.exit_code == 3, result
    assert result.stderr.count("\n") == 1
    assert "\x1b" not in result.stderr
    shown = (
        "rad 1, den troligaste rubrikraden, har `Rad\\x0aett`, `\\x1b[31mröd`, "
        f"`{long[:39]}…`, `Kolumn 0`, `Kolumn 1`, `Kolumn 2`, `Kolumn 3`, "
        "`Kolumn 4` och 4 till. En kodkolumn"
    )
    assert shown in result.stderr


def test_an_inactive_row_and_a_worded_total_are_left_out(tmp_path: Path) -> None:
    """A Luvit row with Status `Inaktiv` offers no course; `Totalt: 2 st` is a total."""
    listed = tmp_path / "list.csv"
    listed.write_text(
        "Aktivitetsrapport;;;\n;;;\n"
        "Aktivitets-ID;Aktivitetsnamn;Max antal deltagare;Status\n"
        "XX-1;Okänd kurs;20;Aktiv\nps-grund;Patientsäkerhet – grundkurs;900;Inaktiv\n"
        "Totalt: 2 aktiviteter;;;\n",
        encoding="utf-8",
    )
    _, doc = gap_json(str(ROOT / "examples" / "vgr.yaml"), "--courses", str(listed))
    assert doc["summary"]["rows"] == 1
    assert [g["code"] for g in doc["gaps"] if g["category"] == "unmapped"] == ["XX-1"]
    assert "ps-grund" in [
        g["course"] for g in doc["gaps"] if g["category"] == "not-offered"
    ]
    assert [
        (f["code"], f["severity"], f["line"], f.get("col"), f["message"])
        for f in doc["findings"]
    ] == [
        (
            "row-inactive",
            "info",
            5,
            4,
            "row 5 is inactive (`Inaktiv` in column Status): left out, so the "
            "model's course `ps-grund` is not offered",
        ),
        (
            "row-total",
            "info",
            6,
            None,
            "row 6 is a total (`Totalt: 2 aktiviteter`), not a course: left out",
        ),
    ]


INACTIVE_TODO = {
    "en": "Introduktion till förbättringskunskap (fk-grund) is in the list but "
    "inactive ({rows}): activate the activity in the LMS, or change the model "
    "(satisfies 8 needs of 8 roles)",
    "sv": "Introduktion till förbättringskunskap (fk-grund) finns i listan men är "
    "inaktiv ({rows}): aktivera aktiviteten i lärplattformen, eller ändra modellen "
    "(uppfyller 8 behov hos 8 roller)",
}
INFO = {"en": "info", "sv": "notering"}
"""The lowest severity, as the text line names it."""

INACTIVE_SAID = {
    "en": "row {row} is inactive (`{status}` in column Status): left out, so the "
    "model's course `fk-grund` is not offered",
    "sv": "rad {row} är inaktiv (`{status}` i kolumnen Status): utelämnad, så "
    "modellens kurs `fk-grund` ges inte",
}
INACTIVE_HINT = {
    "en": "Activate the activity in the LMS if the course is given, or change the "
    "model so that it no longer counts on the course.",
    "sv": "Aktivera aktiviteten i lärplattformen om kursen ges, eller ändra "
    "modellen så att den inte räknar med kursen.",
}


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_course_whose_row_is_inactive_says_so(lang: str) -> None:
    """Issue 16: a course whose rows are all inactive is there, but inactive.

    Not "no row of the list is …": the advice names the rows (`file:row`) and
    says to activate the activity or change the model; the rows' `row-inactive`
    notes name the course; the JSON item adds `inactive_rows`. A row matched by
    its code (`LP-10234`) or by its title (row 4) counts alike.
    """
    listed = Path("list.csv")  # in the test's own folder (conftest)
    listed.write_text(
        "Kurskod;Kursnamn;Status\n"
        "LP-10234;Intro;Inaktiv\n"
        "LP-10251;Patientsäkerhet – grundkurs;Aktiv\n"
        "X9;Introduktion till förbättringskunskap;Arkiverad\n"
        "X8;Okänd kurs;Inaktiv\n",
        encoding="utf-8",
    )
    argv = [str(ROOT / "examples" / "vgr.yaml"), "--courses", str(listed)]
    text = run("gap", *argv, "--lang", lang).stdout.splitlines()
    todo = INACTIVE_TODO[lang].format(rows=f"{listed}:2, {listed}:4")
    assert (
        text[1]
        == {
            "en": f"against {listed}: 1 row (and 3 inactive, left out), 1 matched, "
            "1 of 15 model courses offered",
            "sv": f"mot {listed}: 1 rad (och 3 inaktiva, utelämnade), 1 kopplad, "
            "1 av 15 kurser i modellen ges",
        }[lang]
    )
    [line] = [line for line in text if line.startswith("  fk-grund ")]
    assert line.endswith(f"   {todo}")
    for row, status, col in ((2, "Inaktiv", 3), (4, "Arkiverad", 3)):
        said = INACTIVE_SAID[lang].format(row=row, status=status)
        info = INFO[lang]
        note = (
            f"{listed}:{row}:{col}: {info} row-inactive {said} ({INACTIVE_HINT[lang]})"
        )
        assert note in text
    md = run("gap", *argv, "--lang", lang, "-f", "md").stdout.splitlines()
    assert f"| fk-grund | {todo} |" in md
    _, doc = gap_json(*argv, "--lang", lang)
    [item] = [g for g in doc["gaps"] if g.get("course") == "fk-grund"]
    assert (item["category"], item["inactive_rows"]) == ("not-offered", [2, 4])
    assert [
        (f["line"], f["message"], f["hint"])
        for f in doc["findings"]
        if "fk-grund" in f["message"]
    ] == [
        (2, INACTIVE_SAID[lang].format(row=2, status="Inaktiv"), INACTIVE_HINT[lang]),
        (4, INACTIVE_SAID[lang].format(row=4, status="Arkiverad"), INACTIVE_HINT[lang]),
    ]
    # a row that is no model course stays a plain note
    [plain] = [f for f in doc["findings"] if f["line"] == 5]
    assert (
        plain["message"]
        == {
            "en": "row 5 is inactive (`Inaktiv` in column Status): left out",
            "sv": "rad 5 är inaktiv (`Inaktiv` i kolumnen Status): utelämnad",
        }[lang]
    )


def test_an_inactive_row_of_an_offered_course_is_a_plain_note(tmp_path: Path) -> None:
    """An active row offers the course: its inactive row needs no more words."""
    listed = tmp_path / "list.csv"
    listed.write_text(
        "Kurskod;Kursnamn;Status\nLP-10234;Intro;Aktiv\nLP-10234;Intro;Inaktiv\n",
        encoding="utf-8",
    )
    _, doc = gap_json(str(ROOT / "examples" / "vgr.yaml"), "--courses", str(listed))
    assert "fk-grund" not in [g.get("course") for g in doc["gaps"]]
    assert [f["message"] for f in doc["findings"]] == [
        "row 3 is inactive (`Inaktiv` in column Status): left out"
    ]
    assert all("inactive_rows" not in g for g in doc["gaps"])


def test_a_code_excel_stripped_of_its_zeros_is_suggested(tmp_path: Path) -> None:
    """`0412` saved by Excel as `412`: a suggestion to map, never a match."""
    model = tmp_path / "model.yaml"
    text = (ROOT / "examples" / "vgr.yaml").read_text(encoding="utf-8")
    model.write_text(text.replace('lms: "LP-10234"', 'lms: "0412"'), encoding="utf-8")
    listed = tmp_path / "list.csv"
    listed.write_text("Kurskod;Kursnamn\n412;Helt annat namn\n", encoding="utf-8")
    _, doc = gap_json(str(model), "--courses", str(listed))
    [unmapped] = [g for g in doc["gaps"] if g["category"] == "unmapped"]
    assert unmapped["code"] == "412"
    assert unmapped["suggestions"] == [{"course": "fk-grund", "score": 100.0}]
    assert "fk-grund" in [
        g["course"] for g in doc["gaps"] if g["category"] == "not-offered"
    ]


ZEROS_TODO = {
    "en": "the code looks like `0412`, the code of Introduktion till "
    "förbättringskunskap (fk-grund), with its leading zeros dropped, as Excel does "
    "in a number column: format the column as text in Excel, or export the list "
    "as CSV; or map it in --mapping",
    "sv": "koden ser ut som `0412`, koden för Introduktion till förbättringskunskap "
    "(fk-grund), utan sina inledande nollor, som Excel gör i en sifferkolumn: "
    "formatera kolumnen som text i Excel, eller exportera listan som CSV; eller "
    "koppla den i --mapping",
}
ZEROS_SAID = {
    "en": "the code `412` looks like `0412`, the `lms` code of course `fk-grund`, "
    "with its leading zeros dropped, as Excel does in a number column; ",
    "sv": "koden `412` ser ut som `0412`, `lms`-koden för kursen `fk-grund`, utan "
    "sina inledande nollor, som Excel gör i en sifferkolumn; ",
}
ZEROS_MATCHED = {
    "en": "the row matches no course by its code",
    "sv": "raden motsvarar ingen kurs genom sin kod",
}
ZEROS_BY_TITLE = {
    "en": "the row is matched by its title instead",
    "sv": "raden kopplas i stället genom sitt kursnamn",
}
ZEROS_HINT = {
    "en": "Keep the codes as text: format the code column as Text in Excel before "
    "the codes go in (Data › From Text/CSV), or give dosering the list as the LMS "
    "exports it (CSV), not saved again by Excel.",
    "sv": "Behåll koderna som text: formatera kodkolumnen som Text i Excel innan "
    "koderna kommer in (Data › Från text/CSV), eller ge dosering listan som "
    "lärplattformen exporterar den (CSV), utan att spara om den i Excel.",
}
ZEROS_UNTIL = {
    "en": " Until then, map the row in --mapping.",
    "sv": " Koppla raden i --mapping så länge.",
}
ZEROS_COMMENT = {
    "en": "its code looks like 0412, the code of fk-grund, without its leading "
    "zeros (Excel drops them in a number column)",
    "sv": "koden ser ut som 0412, koden för fk-grund, utan sina inledande nollor "
    "(Excel tar bort dem i en sifferkolumn)",
}


def _zeros_case(tmp_path: Path, title: str) -> tuple[Path, Path]:
    """vgr with fk-grund's code `0412`, and a list whose row 2 has `412`."""
    model = tmp_path / "model.yaml"
    text = (ROOT / "examples" / "vgr.yaml").read_text(encoding="utf-8")
    model.write_text(text.replace('lms: "LP-10234"', 'lms: "0412"'), encoding="utf-8")
    listed = tmp_path / "list.csv"
    listed.write_text(f"Kurskod;Kursnamn\n412;{title}\n", encoding="utf-8")
    return model, listed


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_zeros_dropped_by_excel_are_said_for_an_unmapped_row(
    tmp_path: Path, lang: str
) -> None:
    """Another title: the advice and a note at the cell say the zeros were dropped.

    Issue 16: the row only said "liknar … 100". Now the advice names the model's
    code and how to keep the zeros, a `row-code-zeros` note points at the cell,
    and --write-mapping's comment says it too; the JSON's suggestion is as before.
    """
    model, listed = _zeros_case(tmp_path, "Helt annat namn")
    target = tmp_path / "mapping.yaml"
    argv = ["gap", str(model), "--courses", str(listed), "--lang", lang]
    result = run(*argv, "--write-mapping", str(target))
    [line] = [line for line in result.stdout.splitlines() if " 412 " in line]
    assert line.endswith(f"   {ZEROS_TODO[lang]}")
    note = (
        f"{listed}:2:1: {INFO[lang]} row-code-zeros "
        f"{ZEROS_SAID[lang]}{ZEROS_MATCHED[lang]} "
        f"({ZEROS_HINT[lang]}{ZEROS_UNTIL[lang]})"
    )
    assert note in result.stdout.splitlines()
    comments = target.read_text(encoding="utf-8").splitlines()
    row = "row" if lang == "en" else "rad"
    assert f"  # {row} 2: Helt annat namn: {ZEROS_COMMENT[lang]}" in comments
    assert '  # "412": fk-grund' in comments
    md = run(*argv, "-f", "md").stdout.splitlines()
    assert f"| 2 | 412 | Helt annat namn | {ZEROS_TODO[lang]} |" in md
    _, doc = gap_json(*argv[1:])
    [finding] = doc["findings"]
    assert finding == {
        "code": "row-code-zeros",
        "severity": "info",
        "message": ZEROS_SAID[lang] + ZEROS_MATCHED[lang],
        "file": str(listed),
        "line": 2,
        "col": 1,
        "location": None,
        "hint": ZEROS_HINT[lang] + ZEROS_UNTIL[lang],
    }


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_zeros_dropped_by_excel_are_said_for_a_row_matched_by_title(
    tmp_path: Path, lang: str
) -> None:
    """The same title: matched by it, and the same words say the zeros were dropped.

    The note (and --write-mapping's comment on the decision) tell the planner that
    the code does not match, so a renamed course would lose its row.
    """
    model, listed = _zeros_case(tmp_path, "Introduktion till förbättringskunskap")
    target = tmp_path / "mapping.yaml"
    argv = [str(model), "--courses", str(listed), "--lang", lang]
    _, doc = gap_json(*argv, "--write-mapping", str(target))
    assert doc["summary"]["unmapped"] == 0
    assert "fk-grund" not in [
        g["course"] for g in doc["gaps"] if g["category"] == "not-offered"
    ]
    [finding] = doc["findings"]
    assert finding["code"] == "row-code-zeros"
    assert (finding["line"], finding["col"]) == (2, 1)
    assert finding["message"] == ZEROS_SAID[lang] + ZEROS_BY_TITLE[lang]
    assert finding["hint"] == ZEROS_HINT[lang]
    by_title = "row 2, by title" if lang == "en" else "rad 2, efter kursnamnet"
    assert f'  "412": fk-grund  # {by_title}; {ZEROS_COMMENT[lang]}' in (
        target.read_text(encoding="utf-8").splitlines()
    )


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_category_labels_name_one_category_each(lang: str) -> None:
    """No label of either language names two categories (or another's code)."""
    from dosering.analyses.coverage import CATEGORIES
    from dosering.cli._app import _key
    from dosering.i18n.gap import category_labels

    owners: dict[str, set[str]] = {}
    for category in CATEGORIES:
        for name in (
            category,
            *category_labels(category, "en"),
            *category_labels(category, "sv"),
        ):
            owners.setdefault(_key(name), set()).add(category)
    assert {name: c for name, c in owners.items() if len(c) > 1} == {}
    assert (
        category_labels("uncovered", lang)[0]
        == {"en": "uncovered", "sv": "saknas helt"}[lang]
    )


def test_the_heading_groups_large_counts(tmp_path: Path) -> None:
    """Issue 16: "12 000 rader" in Swedish, "12,000 rows" in English."""
    courses = tmp_path / "lista.csv"
    rows = "".join(f"X-{i};Kurs {i}\n" for i in range(12_000))
    courses.write_text("Kurskod;Kursnamn\n" + rows, encoding="utf-8")
    model = str(ROOT / "examples" / "vgr.yaml")
    swedish = run("gap", model, "-c", str(courses), "--lang", "sv").stdout
    assert swedish.splitlines()[1].startswith(f"mot {courses}: 12\u00a0000 rader, ")
    english = run("gap", model, "-c", str(courses), "--lang", "en").stdout
    assert english.splitlines()[1].startswith(f"against {courses}: 12,000 rows, ")


ONE_COURSE = """\
dosering: 1
region: {id: ett, name: Region Ett, language: sv}
levels: [{id: veta, name: Veta}]
areas: [{id: fk, name: Förbättringskunskap}]
roles:
  - {id: ssk, name: Sjuksköterska, headcount: 10, needs: {fk: veta}}
courses:
  - {id: fk-intro, title: Intro, format: e-learning, hours: 1, gives: {fk: veta}}
"""


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "against its own catalogue: its one course offered"),
        ("sv", "mot den egna kurskatalogen: dess enda kurs ges"),
    ],
)
def test_a_model_of_one_course_is_not_all_1_courses(
    tmp_path: Path, lang: str, line: str
) -> None:
    """A catalogue of one course is "its one course", not "all 1 courses"."""
    model = tmp_path / "one.yaml"
    model.write_text(ONE_COURSE, encoding="utf-8")
    result = run("gap", str(model), "--lang", lang)
    assert result.stdout.splitlines()[1] == line, result.stdout


@pytest.mark.parametrize(
    ("header", "taken"),
    [
        ("HSA-id,Kurskod,Kursnamn,Status,Slutdatum", False),
        ("Email address,Course short name,Course complete", False),
        ("Anställningsnummer;Aktivitets-ID;Aktivitetsnamn;Genomförd", False),
        # a course list: its contact's e-mail and its last day, Moodle's idnumber
        ("Kurskod,Kursnamn,E-post,Slutdatum,Timmar", True),
        ("idnumber,fullname,enddate", True),
    ],
)
def test_a_completion_export_given_as_the_course_list_says_so(
    tmp_path: Path, header: str, taken: bool
) -> None:
    """Issue 16: a completion export read as courses gave one course per person."""
    sep = ";" if ";" in header else ","
    cells = ["SE2321000016-0101", "F100", "Förbättring i vardagen", "2024-05-10", "8"]
    path = tmp_path / "export.csv"
    path.write_text(header + "\n" + sep.join(cells) + "\n", encoding="utf-8")
    result = run("gap", str(DATA / "progress" / "model.yaml"), "--courses", str(path))
    if taken:
        assert result.exit_code in (0, 1), result
        return
    assert result.exit_code == 3, result
    assert result.stderr == (
        f"dosering: {path}: this looks like a completion export (row 1 names "
        "persons and completion dates), not a course list; give the list of the "
        "courses the region offers, one row per course (code, title, hours, "
        "seats). A completion export is read by `dosering progress --completions`\n"
    )


def test_long_tables_count_in_the_runs_grouping(listed: Path) -> None:
    """1 200 unmapped rows: `1 200` in the summary, `… och 1 100 till` below."""
    rows = "".join(f"Z{n};Okänd kurs {n};1;5\r\n" for n in range(1200))
    Path("list.csv").write_bytes(
        ("Kurskod;Kursnamn;Timmar;Platser\r\n" + rows).encode()
    )
    result = run("gap", "model.yaml", "--courses", "list.csv", "--lang", "sv")
    assert result.exit_code == 1, result
    assert "1\u00a0200" in result.stdout
    assert "… och 1\u00a0100 till" in result.stdout
    english = run("gap", "model.yaml", "--courses", "list.csv", "--lang", "en")
    assert "… and 1,100 more" in english.stdout


def test_a_need_a_model_course_would_meet_names_that_course() -> None:
    """Uncovered or partial because a satisfier is not in the list: name it."""
    result = run(
        "gap",
        str(ROOT / "examples" / "vgr.yaml"),
        "--courses",
        str(ROOT / "examples" / "vgr-courses.csv"),
        "--lang",
        "sv",
    )
    rows = [
        s for s in result.stdout.splitlines() if s.startswith("  Förbättringsledare ")
    ]
    assert rows[1].endswith(
        "Förbättringskunskap / Expertnivå       "
        "Förbättringsledarprogrammet (fk-ledare) ger det men finns inte i "
        "kurslistan: erbjud den, eller koppla dess rad i --mapping"
    )
