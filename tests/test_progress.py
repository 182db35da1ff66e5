"""`dosering progress`: the contract's example, privacy, inputs as regions have them."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import DATA, Result, run

CONTRACT = DATA / "progress"
ARGS = (
    "progress",
    "model.yaml",
    "--staff",
    "staff.csv",
    "--completions",
    "completions.csv",
    "--on",
    "2026-03-31",
    "--min-group",
    "3",
)
FORMATS = ("text", "json", "md", "csv", "html", "xlsx")


@pytest.fixture
def contract(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the contract's folder, so files are named as the contract names them."""
    monkeypatch.chdir(CONTRACT)
    return CONTRACT


def _reduce(actual: object, expected: object) -> object:
    """`actual` cut down to the keys (and list lengths) that `expected` has."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {k: _reduce(actual.get(k), v) for k, v in expected.items()}
    if isinstance(expected, list) and isinstance(actual, list):
        return [_reduce(a, e) for a, e in zip(actual, expected, strict=False)]
    return actual


def test_every_number_of_the_contract_holds(contract: Path) -> None:
    """The JSON, reduced to the contract's fields, gives every expected number."""
    done = run(*ARGS, "--format", "json")
    assert done.exit_code == 0, done
    document = json.loads(done.stdout)
    expected = json.loads((contract / "expected.json").read_text(encoding="utf-8"))
    for key in ("on", "summary", "roles", "units", "courses", "trend"):
        assert _reduce(document[key], expected[key]) == expected[key], key
        if isinstance(expected[key], list):
            assert len(document[key]) == len(expected[key]), key
    warnings = [(f["severity"], f["file"], f["line"]) for f in document["findings"]]
    assert ("warning", "staff.csv", 15) in warnings
    assert document["tool"] == "dosering"
    assert document["format"] == 1


def test_the_document_carries_more_than_the_contract(contract: Path) -> None:
    """Completions and years to cover per course, gained and the findings' codes."""
    document = json.loads(run(*ARGS, "--format", "json", "--target", "0.8").stdout)
    courses = {c["course"]: c for c in document["courses"]}
    assert courses["förb-bas"]["completions"] == 5
    assert courses["leda-förb"]["seats_per_year"] == 30
    assert courses["säk-bas"]["seats_per_year"] == "unlimited"
    assert document["gained"] == 4
    # (0.8 × 12 − 6) / 4 gained a year
    assert document["years_to_target"] == 0.9
    assert [(f["code"], f["line"], f["col"]) for f in document["findings"]] == [
        ("unmapped-staff", 14, None),
        ("duplicate-person", 15, 1),
    ]
    assert document["summary"]["unknown_courses"] == [{"course": "H010", "rows": 2}]


def test_text_output_words_the_follow_up(contract: Path) -> None:
    """The text report: the region's share, units indented, suppressed groups worded."""
    done = run(*ARGS)
    assert done.exit_code == 0, done
    assert "At dose: 6 of 12 (50.0%)" in done.stdout
    assert "    BB " in done.stdout
    assert "fewer than 3" in done.stdout
    assert "staff.csv:15:1: warning duplicate-person" in done.stdout
    swedish = run(*ARGS, "--lang", "sv")
    assert "Har sin dos: 6 av 12 (50,0 %)" in swedish.stdout
    assert "färre än 3" in swedish.stdout


def _keys() -> list[str]:
    with (CONTRACT / "staff.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    return [row[0] for row in rows[1:]]


def _xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_output_format_holds_a_person_key(
    contract: Path, tmp_path: Path, fmt: str
) -> None:
    """Privacy: no staff key (nor its digits) in any format's output or messages."""
    out = tmp_path / f"out.{fmt}"
    done = run(*ARGS, "--format", fmt, "-o", str(out), "--min-group", "1")
    assert done.exit_code == 0, done
    text = _xlsx_text(out) if fmt == "xlsx" else out.read_text(encoding="utf-8")
    text += done.stdout + done.stderr
    assert text.strip()
    for key in _keys():
        assert key.casefold() not in text.casefold(), (fmt, key)
        assert key.rsplit("-", 1)[1] not in text, (fmt, key)


def test_people_list_only_to_a_file(contract: Path, tmp_path: Path) -> None:
    """--people writes keys, categories, deadlines to a file; never stdout or HTML."""
    people = tmp_path / "people.csv"
    done = run(*ARGS, "--people", str(people))
    assert done.exit_code == 0, done
    assert "SE2321000016" not in done.stdout + done.stderr
    rows = list(
        csv.reader(people.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert rows[0][:3] == ["Person", "Role", "Unit"]
    assert [
        "SE2321000016-0106",
        "barnmorska",
        "Kvinnokliniken / Förlossningen",
        "säkerhet",
        "bas",
        "Overdue",
        "no",
        "2026-02-15",
    ] in rows
    swedish = tmp_path / "personer.csv"
    assert run(*ARGS, "--people", str(swedish), "--lang", "sv").exit_code == 0
    text = swedish.read_text(encoding="utf-8-sig")
    assert (
        "SE2321000016-0106;barnmorska;Kvinnokliniken / Förlossningen;säkerhet;bas;"
        "Försenat;nej;2026-02-15" in text.splitlines()
    )
    assert len(rows) == 1 + 6 * 2 + 3 + 3 * 2
    workbook = tmp_path / "people.xlsx"
    assert run(*ARGS, "--people", str(workbook)).exit_code == 0
    assert "SE2321000016-0101" in _xlsx_text(workbook)
    for bad in ("-", str(tmp_path / "people.html"), str(tmp_path / "people.txt")):
        refused = run(*ARGS, "--people", bad)
        assert refused.exit_code == 3, refused
        assert refused.stdout == ""


def test_fail_below_exits_1(contract: Path) -> None:
    """--fail-below 0.6 fails a region at 50 %; 0.5 does not."""
    below = run(*ARGS, "--fail-below", "60%", "--format", "json")
    assert below.exit_code == 1, below
    assert "below --fail-below" in below.stderr
    assert run(*ARGS, "--fail-below", "0.5").exit_code == 0


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--on", "31/03/2026"),
        ("--target", "1.5"),
        ("--fail-below", "abc"),
        ("--column", "nobody=X"),
        ("--date-format", "%H:%M"),
    ],
)
def test_bad_option_values_are_usage_errors(
    contract: Path, option: str, value: str
) -> None:
    """A bad option value exits 2 (typer's usage error), naming the option."""
    done = run(*ARGS, option, value)
    assert done.exit_code == 2, done
    assert option in done.stderr


def test_invalid_model_gives_its_findings(contract: Path, tmp_path: Path) -> None:
    """An invalid model stops with validate's findings, exit 1."""
    broken = tmp_path / "m.yaml"
    broken.write_text("dosering: 1\nregion: {}\n", encoding="utf-8")
    done = run(
        "progress",
        str(broken),
        "--staff",
        "staff.csv",
        "--completions",
        "completions.csv",
    )
    assert done.exit_code == 1, done
    assert "schema" in done.stderr


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write a small input file."""
    path.write_bytes(text.encode(encoding))
    return path


def staff_run(
    tmp_path: Path, staff: str, *more: str, encoding: str = "utf-8"
) -> Result:
    """Run progress on the contract's model with another staff list."""
    path = write(tmp_path / "staff.csv", staff, encoding)
    return run(
        "progress",
        str(CONTRACT / "model.yaml"),
        "--staff",
        str(path),
        "--completions",
        str(CONTRACT / "completions.csv"),
        "--on",
        "2026-03-31",
        *more,
    )


@pytest.mark.parametrize(
    ("staff", "expected"),
    [
        (
            "Namn;Befattning;Enhet\nAnna;Barnmorska;BB\n",
            "no person column in the header (row 1: `Namn`, `Befattning`, `Enhet`)",
        ),
        (
            "HSA-id;Enhet\nSE2321000016-0101;BB\n",
            "no role column in the header (row 1: `HSA-id`, `Enhet`)",
        ),
        (
            "SE2321000016-0101;Barnmorska;Kvinnokliniken / BB;2019-05-06\n",
            "the staff list has no header row (row 1 looks like data)",
        ),
        (
            "HSA-id,Kurskod,Kursnamn,Status,Slutdatum\n"
            "SE2321000016-0101,F100,Förbättring i vardagen,Slutförd,2021-04-12\n",
            "this looks like a completion export",
        ),
        ("", "is empty"),
        ("\n\n  \n", "the file is empty"),
        (
            "HSA-id;Befattning;Enhet\n;;\n",
            "the staff list has a header but no rows; export it again",
        ),
    ],
)
def test_staff_lists_that_cannot_be_read(
    tmp_path: Path, staff: str, expected: str
) -> None:
    """Each is one line and exit 3, never a traceback and never a person key."""
    done = staff_run(tmp_path, staff)
    assert done.exit_code == 3, done
    assert expected in done.stderr
    assert done.stderr.count("\n") == 1
    assert "0101" not in done.stderr


def test_staff_rows_with_problems_are_findings(tmp_path: Path) -> None:
    """A blank unit cell, a bad start date, a blank key: warnings at their rows."""
    staff = (
        "Rapport 2026-03-31\n"
        "\n"
        "Anställningsnummer;Befattningskod;Befattning;Förvaltning;Enhet;Anställd från\n"
        "A1;222310;Okänd titel;Kvinnokliniken;   ;2020-01-01\n"
        "A2;;Barnmorska;Kvinnokliniken;BB;03/04/25\n"
        ";;Barnmorska;Kvinnokliniken;BB;2020-01-01\n"
        "A4;;Psykolog;Psykiatrin;Avd 7;2020-01-01\n"
    )
    done = staff_run(
        tmp_path, staff, "--column", "unit=Förvaltning,Enhet", "--format", "json"
    )
    assert done.exit_code == 0, done
    document = json.loads(done.stdout)
    found = [(f["code"], f["line"], f["col"]) for f in document["findings"]]
    assert found == [
        ("blank-unit", 4, 5),
        ("staff-start-date", 5, 6),
        ("staff-no-person", 6, 1),
        ("unmapped-staff", 7, None),
    ]
    assert document["summary"]["staff"] is None  # 2 persons < 5
    assert document["units"][0]["unit"] == ["Kvinnokliniken"]
    assert [u["unit"] for u in document["units"]] == [
        ["Kvinnokliniken"],
        ["Kvinnokliniken", "BB"],
    ]


def test_staff_in_windows_1252_with_a_code_column(tmp_path: Path) -> None:
    """cp1252 and `;` as HR exports write; the code column is tried before the title."""
    staff = (
        "Anställningsnummer;Befattningskod;Befattning;Enhet\n"
        "A1;222310;Sjuksköterska;Förlossningen\n"
        "A2;532210;Mentalskötare;Avdelning 7\n"
    )
    done = staff_run(
        tmp_path, staff, "--format", "json", "--min-group", "1", encoding="cp1252"
    )
    assert done.exit_code == 0, done
    document = json.loads(done.stdout)
    assert [(r["role"], r["staff"]) for r in document["roles"]] == [
        ("barnmorska", 1),
        ("skötare", 1),
    ]


def test_units_sort_as_swedish(tmp_path: Path) -> None:
    """Units in Swedish order: å, ä, ö after z."""
    staff = "HSA-id;Titel;Enhet\n" + "".join(
        f"P{i};Barnmorska;{unit}\n"
        for i, unit in enumerate(["Östra", "Ärla", "Zeta", "Åby", "alfa", "Beta"])
    )
    document = json.loads(staff_run(tmp_path, staff, "--format", "json").stdout)
    assert [u["unit"][0] for u in document["units"]] == [
        "alfa",
        "Beta",
        "Zeta",
        "Åby",
        "Ärla",
        "Östra",
    ]


def completions_run(
    tmp_path: Path, *completions: str, more: tuple[str, ...] = ()
) -> Result:
    """Run progress on the contract's model and staff with other completions."""
    return run(
        "progress",
        str(CONTRACT / "model.yaml"),
        "--staff",
        str(CONTRACT / "staff.csv"),
        *(x for c in completions for x in ("--completions", c)),
        "--on",
        "2026-03-31",
        "--min-group",
        "1",
        "--format",
        "json",
        *more,
    )


def test_completion_rows_with_problems_are_findings(tmp_path: Path) -> None:
    """An unknown status word and an unreadable date: one warning each, with counts."""
    path = write(
        tmp_path / "done.csv",
        "E-post;Kurskod;Status;Genomförd datum\n"
        "SE2321000016-0101;S100;Kanske;2025-01-01\n"
        "SE2321000016-0102;S100;kanske;2025-01-01\n"
        "SE2321000016-0103;S100;Slutförd;03/04/25\n"
        "SE2321000016-0104;S100;Slutförd;3 mars 2025\n",
    )
    done = completions_run(tmp_path, str(path))
    assert done.exit_code == 0, done
    document = json.loads(done.stdout)
    found = [
        (f["code"], f["line"], f["col"], f["message"])
        for f in document["findings"]
        if f["file"] == str(path)
    ]
    assert found == [
        (
            "completion-status",
            2,
            3,
            "the status `kanske` is neither completed nor not completed (2 rows "
            "like it); such rows count as no completion",
        ),
        (
            "completion-date",
            4,
            4,
            "the date `03/04/25` cannot be read for sure (1 row like it); such "
            "rows count as no completion",
        ),
    ]
    assert {c["course"]: c["completions"] for c in document["courses"]}["säk-bas"] == 1


def test_moodle_per_course_report_as_course_equals_path(tmp_path: Path) -> None:
    """COURSE=PATH with Moodle's `Course complete` dates and --date-format."""
    path = write(
        tmp_path / "moodle.csv",
        "First name,Last name,Email address,Course complete\n"
        'A,B,SE2321000016-0104,"01/12/25, 13:45"\n'
        "C,D,SE2321000016-0106,\n",
    )
    done = completions_run(
        tmp_path, f"S100={path}", more=("--date-format", "%d/%m/%y, %H:%M")
    )
    assert done.exit_code == 0, done
    document = json.loads(done.stdout)
    assert document["findings"][-1]["code"] == "duplicate-person"
    needs = document["roles"][0]["needs"][1]
    assert (needs["met"], needs["due"], needs["overdue"]) == (1, 0, 4)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "cannot read the file: the name is too long; shorten it, or move the "
            "file to a shorter path",
        ),
        (
            "sv",
            "kan inte läsa filen: namnet är för långt; korta det, eller flytta "
            "filen till en kortare sökväg",
        ),
    ],
)
def test_course_equals_path_with_a_name_too_long(
    tmp_path: Path, lang: str, said: str
) -> None:
    """COURSE=PATH whose name the system refuses: one line, exit 3 (was a bug, 4)."""
    name = str(tmp_path / ("a" * 300 + ".csv"))
    done = completions_run(tmp_path, f"S100={name}", more=("--lang", lang))
    assert done.exit_code == 3, done
    assert done.stderr == f"dosering: {name}: {said}\n"


def test_column_suggests_the_field_meant(tmp_path: Path) -> None:
    """`--column befattning=…` suggests `role` (fields keep their English names)."""
    done = completions_run(
        tmp_path,
        str(CONTRACT / "completions.csv"),
        more=("--column", "befattning=Titel", "--lang", "sv"),
    )
    assert done.exit_code == 2, done
    assert done.stderr.splitlines()[0] == (
        "dosering progress: --column: `befattning=Titel`: inget fält heter "
        "`befattning`; menade du --column role=Titel? Fälten, på engelska oavsett "
        "språk, är person, role, role_code, unit, start, course, title, completed, "
        "status"
    )


def test_moodle_report_builder_course_participants(tmp_path: Path) -> None:
    """The report builder's export: course names, e-mail, Unix seconds."""
    path = write(
        tmp_path / "participants.csv",
        "Course full name,Course short name,Email address,Time completed\n"
        "Förbättring i vardagen,F100,SE2321000016-0105,1735725600\n"
        "Ledarprogrammet,X,SE2321000016-0302,Monday, 3 March 2025, 1:45 PM\n",
    )
    done = completions_run(tmp_path, str(path))
    assert done.exit_code == 0, done
    courses = {
        c["course"]: c["completions"] for c in json.loads(done.stdout)["courses"]
    }
    assert courses["förb-bas"] == 1
    assert courses["ledarprogram"] == 0  # row 3's date has commas: a CSV of 6 cells


def test_completions_without_a_person_column(tmp_path: Path) -> None:
    """Exit 3 naming the header cells, never a cell below them."""
    path = write(
        tmp_path / "c.csv", "Namn,Kurskod,Datum\nSE2321000016-0101,F100,2025-01-01\n"
    )
    done = completions_run(tmp_path, str(path))
    assert done.exit_code == 3, done
    assert (
        "no person column in the header (row 1: `Namn`, `Kurskod`, `Datum`)"
        in done.stderr
    )
    assert "0101" not in done.stderr


def test_mapping_roles_and_ignore_roles(tmp_path: Path) -> None:
    """`roles:` maps a title to a role, `ignore_roles:` leaves a title out quietly."""
    mapping = write(
        tmp_path / "m.yaml",
        "roles:\n  Psykolog: skötare\nignore_roles: [Sektionschef]\n",
    )
    done = completions_run(
        tmp_path, str(CONTRACT / "completions.csv"), more=("--mapping", str(mapping))
    )
    assert done.exit_code == 0, done
    document = json.loads(done.stdout)
    assert [(r["role"], r["staff"]) for r in document["roles"]] == [
        ("barnmorska", 6),
        ("skötare", 4),
    ]
    assert document["summary"]["unmapped_staff"] == 0
    assert document["summary"]["ignored_staff"] == 3


@pytest.mark.parametrize(
    "text",
    [
        "roles:\n  Psykolog: skötare\nmatch:\n  X9: ingen-sadan-kurs\n",
        "roles: [\n",
        "roles: {Psykolog: skötare}\nroles: {Psykolog: skötare}\n",
    ],
)
def test_a_mapping_with_errors_exits_1_as_in_gap(tmp_path: Path, text: str) -> None:
    """The report is written, the mapping's errors are in it, and the exit is 1."""
    mapping = write(tmp_path / "m.yaml", text)
    done = completions_run(
        tmp_path, str(CONTRACT / "completions.csv"), more=("--mapping", str(mapping))
    )
    assert done.exit_code == 1, done
    assert json.loads(done.stdout)["summary"]
    assert (
        done.stderr
        == f"Exit 1: the mapping {mapping} has errors (see the findings above).\n"
    )


@pytest.mark.parametrize(
    ("lang", "said", "hint"),
    [
        (
            "en",
            "the role code `“222310”` in column Befattningskod keeps its typographic "
            "quotes as part of the code, so it never matches `222310` among the "
            "roles' `hr` codes (2 rows: 2, 4)",
            "Remove the typographic quotes from the cell; text copied from Word "
            "often brings them.",
        ),
        (
            "sv",
            "befattningskoden `“222310”` i kolumnen Befattningskod behåller sina "
            "typografiska citattecken som en del av koden, så den matchar aldrig "
            "`222310` bland rollernas `hr`-koder (2 rader: 2, 4)",
            "Ta bort de typografiska citattecknen ur cellen; text som kopierats "
            "från Word har ofta sådana.",
        ),
    ],
)
def test_a_role_code_in_typographic_quotes_is_a_warning(
    tmp_path: Path, lang: str, said: str, hint: str
) -> None:
    """Issue 16: a staff list's role code in Word's quotes, once per code.

    At its first row and the code's column, with its rows; never a person key.
    """
    staff = write(
        tmp_path / "staff.csv",
        "HSA-id;Befattningskod;Enhet\nSE-1;“222310”;A\nSE-2;222310;A\n"
        "SE-3;“222310”;A\n",
    )
    done = run(
        "progress",
        str(CONTRACT / "model.yaml"),
        "--staff",
        str(staff),
        "--completions",
        str(CONTRACT / "completions.csv"),
        "--on",
        "2026-03-31",
        "--format",
        "json",
        "--lang",
        lang,
    )
    assert done.exit_code == 0, done
    [quoted] = [
        f
        for f in json.loads(done.stdout)["findings"]
        if f["code"] == "typographic-quotes"
    ]
    assert quoted == {
        "code": "typographic-quotes",
        "severity": "warning",
        "message": said,
        "file": str(staff),
        "line": 2,
        "col": 2,
        "location": None,
        "hint": hint,
    }
    assert "SE-" not in done.stdout


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "this looks like a table (a staff list or an LMS export), not a "
            "mapping; give a staff list with --staff and completions with "
            "--completions. A mapping is a YAML file of decisions (`match:`, "
            "`roles:`); `dosering gap --write-mapping FILE` starts one for you",
        ),
        (
            "sv",
            "detta ser ut som en tabell (en personallista eller en export från "
            "lärplattformen), inte en mappning; ange en personallista med --staff "
            "och genomföranden med --completions. En mappning är en YAML-fil med "
            "beslut (`match:`, `roles:`); `dosering gap --write-mapping FIL` "
            "påbörjar en åt dig",
        ),
    ],
)
def test_a_table_given_as_the_mapping_says_so(
    tmp_path: Path, lang: str, said: str
) -> None:
    """Issue 16: the staff list given to --mapping: exit 3, saying what to give."""
    staff = str(CONTRACT / "staff.csv")
    done = completions_run(
        tmp_path,
        str(CONTRACT / "completions.csv"),
        more=("--mapping", staff, "--lang", lang),
    )
    assert (done.exit_code, done.stdout) == (3, "")
    assert done.stderr == f"dosering: {staff}: {said}\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("xlsx-far-cell-XFD1048576.xlsx", "more than the limit of 20000000 cells"),
        ("xlsx-far-cell-ZZ100000.xlsx", "100000 rows × 702 columns"),
        ("xlsx-panic.xlsx", "more than the limit of 20000000 cells"),
        ("xlsx-bomb-sharedstrings-1GB.xlsx", "inflates to 1000001224 bytes"),
        ("xlsx-internals.xlsx", "set DOSERING_MAX_INFLATED"),
        ("xlsx-zero-sheets.xlsx", "the workbook has no sheet"),
    ],
)
def test_workbooks_past_a_bound_stop_with_one_line(
    tmp_path: Path, name: str, expected: str
) -> None:
    """Issue 17's workbooks: exit 3 and one line naming the limit, never a crash."""
    done = run(
        "progress",
        str(CONTRACT / "model.yaml"),
        "--staff",
        str(DATA / "tables" / name),
        "--completions",
        str(CONTRACT / "completions.csv"),
    )
    assert done.exit_code == 3, done
    assert expected in done.stderr
    assert done.stderr.count("\n") == 1


def test_staff_and_completions_as_workbooks(tmp_path: Path) -> None:
    """XLSX staff with title rows above the header, date cells, several sheets."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.create_sheet("Personal", 0)
    sheet.append(["Personallista"])
    sheet.append([])
    sheet.append(["HSA-id", "Titel", "Enhet", "Startdatum"])
    with (CONTRACT / "staff.csv").open(encoding="utf-8") as handle:
        for row in list(csv.reader(handle, delimiter=";"))[1:]:
            sheet.append(row)
    book.save(tmp_path / "staff.xlsx")
    done = run(*_with(tmp_path / "staff.xlsx"))
    assert done.exit_code == 0, done
    document = json.loads(done.stdout)
    assert document["summary"]["staff"] == 12
    assert document["findings"][-1]["line"] == 17  # staff.csv's line 15, 2 rows down


def _with(staff: Path) -> tuple[str, ...]:
    return (
        "progress",
        str(CONTRACT / "model.yaml"),
        "--staff",
        str(staff),
        "--completions",
        str(CONTRACT / "completions.csv"),
        "--on",
        "2026-03-31",
        "--min-group",
        "3",
        "--format",
        "json",
    )


def test_the_examples_come_from_their_script(tmp_path: Path) -> None:
    """scripts/make_vgr_progress.py writes examples/vgr-staff.csv and the workbook."""
    import runpy

    from tests.conftest import ROOT

    script = runpy.run_path(str(ROOT / "scripts" / "make_vgr_progress.py"))
    script["main"]([str(tmp_path)])
    for name in ("vgr-staff.csv", "vgr-completions.xlsx"):
        assert (tmp_path / name).read_bytes() == (ROOT / "examples" / name).read_bytes()
    assert (ROOT / "examples" / "vgr-staff.csv").read_bytes().decode("cp1252")


def test_defaults_from_dosering_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`progress:` in .dosering.yaml gives staff, completions, target and min_group."""
    import shutil

    for name in ("model.yaml", "staff.csv", "completions.csv"):
        shutil.copy(CONTRACT / name, tmp_path / name)
    (tmp_path / ".dosering.yaml").write_text(
        "progress:\n  staff: staff.csv\n  completions: [completions.csv]\n"
        "  target: 0.8\n  min_group: 3\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    done = run("progress", "model.yaml", "--on", "2026-03-31", "--format", "json")
    assert done.exit_code == 0, done
    document = json.loads(done.stdout)
    assert document["summary"]["min_group"] == 3
    assert document["target"] == 0.8
    assert document["years_to_target"] == 0.9


def test_staff_and_completions_are_needed(contract: Path) -> None:
    """Without --staff or --completions (and no defaults) it is a usage error."""
    assert (
        run("progress", "model.yaml", "--completions", "completions.csv").exit_code == 2
    )
    assert run("progress", "model.yaml", "--staff", "staff.csv").exit_code == 2


NAMED_STAFF = "HSA-id;Namn;Befattning;Enhet\n" + "".join(
    f"SE2321000016-{i:04d};Anna Person{i};Barnmorska;BB\n" for i in range(30)
)
"""Thirty midwives with their names beside the key."""


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (
            "role=Namn",
            "the column `Namn`, read as the job title, has a different value on "
            "almost every row (30 of 30)",
        ),
        ("unit=Namn", "the column `Namn`, read as a unit, has a different value"),
        ("unit=Enhet,Namn", "the column `Namn`, read as a unit,"),
    ],
)
def test_a_role_or_unit_column_of_names_stops_the_run(
    tmp_path: Path, column: str, expected: str
) -> None:
    """Names or keys given as roles or units would be shown: exit 3, none shown."""
    done = staff_run(tmp_path, NAMED_STAFF, "--column", column)
    assert done.exit_code == 3, done
    assert expected in done.stderr
    assert "Person" not in done.stdout + done.stderr
    assert "0101" not in done.stdout + done.stderr


def test_a_unit_column_with_few_units_is_read(tmp_path: Path) -> None:
    """Thirty persons in one unit: the check leaves real units alone."""
    done = staff_run(tmp_path, NAMED_STAFF, "--column", "unit=Enhet")
    assert done.exit_code == 0, done


def test_counts_are_grouped_as_gap_writes_them(tmp_path: Path) -> None:
    """1 200 midwives read `1 200` in Swedish and `1,200` in English."""
    staff = "HSA-id;Titel;Enhet;Startdatum\n" + "".join(
        f"SE2321000016-{n:05};Barnmorska;Kvinnokliniken / BB;2019-05-06\n"
        for n in range(1200)
    )
    swedish = staff_run(tmp_path, staff, "--lang", "sv")
    assert swedish.exit_code == 0, swedish
    assert "Har sin dos: 0 av 1\u00a0200 (0,0 %)" in swedish.stdout
    english = staff_run(tmp_path, staff, "--lang", "en")
    assert "At dose: 0 of 1,200 (0.0%)" in english.stdout


@pytest.mark.parametrize(
    ("course", "expected"),
    [
        (
            "NOPE",
            "`NOPE` is no course of the model; before `=` write a course id or one "
            "of its lms codes (`förb-bas`, `säk-bas`, `leda-förb`, `ledarprogram`)",
        ),
        ("F10", "`F10` is no course of the model; did you mean `förb-bas`?"),
        ("Förbättring i vardagen", "did you mean `förb-bas`?"),
    ],
)
def test_course_equals_path_with_an_unknown_course(course: str, expected: str) -> None:
    """`NOPE=export.csv` with the file there: the course is wrong, not the path."""
    given = f"{course}={CONTRACT / 'completions.csv'}"
    done = run(
        "progress",
        str(CONTRACT / "model.yaml"),
        "--staff",
        str(CONTRACT / "staff.csv"),
        "--completions",
        given,
        "--on",
        "2026-03-31",
    )
    assert done.exit_code == 3, done
    assert done.stderr.startswith(f"dosering: --completions `{given}`: "), done.stderr
    assert expected in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "warning completion-no-rows the export has a header but no rows: nobody "
            "has completed its courses, or the export was cut short",
        ),
        (
            "sv",
            "varning completion-no-rows exporten har en rubrikrad men inga rader: "
            "ingen har genomfört dess kurser, eller så avbröts exporten",
        ),
    ],
)
def test_a_completion_export_without_rows_is_a_warning(
    tmp_path: Path, lang: str, said: str
) -> None:
    """Issue 16: a header-only export was taken silently; now it is said, once."""
    empty = write(tmp_path / "tom.csv", "HSA-id,Kurskod,Kursnamn,Status,Slutdatum\n")
    done = run(
        "progress",
        str(CONTRACT / "model.yaml"),
        "--staff",
        str(CONTRACT / "staff.csv"),
        "--completions",
        str(CONTRACT / "completions.csv"),
        "--completions",
        str(empty),
        "--on",
        "2026-03-31",
        "--lang",
        lang,
    )
    assert done.exit_code == 0, done
    assert done.stdout.count("completion-no-rows") == 1
    assert f"{empty}:1: {said}" in done.stdout


def test_a_staff_list_as_pdf_says_to_export_it(tmp_path: Path) -> None:
    """A PDF staff list is one line naming the formats and where to get one."""
    pdf = tmp_path / "personal.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    done = run(
        "progress",
        str(CONTRACT / "model.yaml"),
        "--staff",
        str(pdf),
        "--completions",
        str(CONTRACT / "completions.csv"),
        "--lang",
        "sv",
    )
    assert done.exit_code == 3, done
    assert done.stderr == (
        f"dosering: {pdf}: dosering läser tabeller som .csv, .txt, .tsv, .xlsx, "
        ".xlsm, .xls eller .ods, inte `.pdf`: exportera den från HR-systemet eller "
        "lärplattformen som Excel eller CSV\n"
    )
