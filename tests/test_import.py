"""Tests of `dosering import`: round trips, edited workbooks, and bad workbooks."""

from __future__ import annotations

import datetime as dt
import difflib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from dosering.i18n.excel import vocabulary
from dosering.model.checks import CATALOGUE, REGISTRY
from dosering.model.schema import (
    FORMATS,
    HEADCOUNT_MAX,
    Model,
    lms_codes,
    need_parts,
)
from dosering.model.semantics import Meaning
from dosering.pipeline.check import Options, check_bytes
from dosering.pipeline.importing import run_import
from dosering.report.workbook import model_workbook
from dosering.report.yaml_model import model_yaml, scalar
from tests.conftest import ROOT, run

EXAMPLES = sorted(
    [*ROOT.glob("examples/*.yaml"), ROOT / "models" / "ihi.yaml"],
)
MODELS = [p for p in EXAMPLES if "crosswalk" not in p.name]


def load(path: Path) -> Model:
    """A valid model from a file."""
    checked = check_bytes(path.read_bytes(), str(path), Options())
    assert checked.model is not None, checked.findings
    return checked.model


def normal(model: Model) -> dict[str, Any]:
    """A model's values with the forms that mean the same made equal."""

    def fields(entity: Any) -> dict[str, Any]:
        out = {key: getattr(entity, key) for key in type(entity).model_fields}
        if "needs" in out:
            out["needs"] = [(a, *need_parts(v)) for a, v in entity.needs.items()]
        if "lms" in out:
            out["lms"] = lms_codes(entity)
        if isinstance(out.get("hr"), str):
            out["hr"] = [out["hr"]]
        if "gives" in out:
            out["gives"] = sorted(entity.gives.items())
        if "outcomes" in out:
            out["outcomes"] = sorted((entity.outcomes or {}).items()) or None
        return out

    return {
        "region": fields(model.region),
        **{
            key: [fields(e) for e in getattr(model, key)]
            for key in ("levels", "areas", "groups", "roles", "courses")
        },
    }


def round_trip(model: Model, tmp_path: Path, lang: str = "sv") -> Model:
    """Export a model to a workbook and import it back."""
    book = tmp_path / "model.xlsx"
    book.write_bytes(model_workbook(model, "model.yaml", book.name, lang))
    imported = run_import(book, str(book), vocabulary())
    assert imported.model is not None, [p.draft for p in imported.problems]
    return imported.model


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_examples_round_trip(path: Path, lang: str, tmp_path: Path):
    """Every example exported and imported is the same model."""
    model = load(path)
    assert normal(round_trip(model, tmp_path, lang)) == normal(model)


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
def test_imported_yaml_reads_back(path: Path, tmp_path: Path):
    """The command writes YAML that validates to the same model."""
    book = tmp_path / "m.xlsx"
    target = tmp_path / "m.yaml"
    assert run("export", str(path), "-o", str(book)).exit_code == 0
    result = run("import", str(book), "-o", str(target))
    assert result.exit_code == 0, result
    assert normal(load(target)) == normal(load(path))


IDS = st.from_regex(r"[a-zåäö0-9][a-zåäö0-9_-]{0,8}", fullmatch=True)
TEXT = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="\x00\r"),
    min_size=1,
    max_size=20,
).filter(lambda t: t.strip() == t and not t.startswith("_x"))
TRICKY = st.sampled_from(
    ["no", "010", "1.10", "2025-03-01", "=1+1", "-x", "a: b", "#c", "~", "null", "y"]
)


@st.composite
def models(draw: Any) -> dict[str, Any]:
    """Valid model data: unique ids, references that resolve."""
    levels = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    areas = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    groups = draw(st.lists(IDS, max_size=3, unique=True))
    roles = draw(st.lists(IDS, max_size=5, unique=True))
    courses = draw(st.lists(IDS, max_size=4, unique=True))
    text = st.one_of(TEXT, TRICKY)

    def maybe(strategy: Any) -> Any:
        return draw(st.one_of(st.none(), strategy))

    def entity(ident: str, **more: Any) -> dict[str, Any]:
        out = {"id": ident, "name": draw(text), **more}
        if (description := maybe(text)) is not None:
            out["description"] = description
        return {k: v for k, v in out.items() if v is not None}

    level_list = []
    for i, ident in enumerate(levels):
        includes = maybe(st.lists(st.sampled_from(levels[:i] or ["x"]), unique=True))
        if includes is not None and not levels[:i]:
            includes = []
        level_list.append(entity(ident, includes=includes))
    area_list = [
        entity(
            ident,
            outcomes=maybe(st.dictionaries(st.sampled_from(levels), text, max_size=2)),
        )
        for ident in areas
    ]
    role_list = []
    for ident in roles:
        needs = {}
        for area in draw(st.lists(st.sampled_from(areas), unique=True)):
            level = draw(st.sampled_from(levels))
            if courses and draw(st.booleans()):
                needs[area] = {
                    "level": level,
                    "courses": draw(st.lists(st.sampled_from(courses), min_size=1)),
                    "within_months": maybe(st.integers(1, 36)),
                }
                needs[area] = {k: v for k, v in needs[area].items() if v is not None}
            else:
                needs[area] = level
        role_list.append(
            entity(
                ident,
                group=maybe(st.sampled_from(groups)) if groups else None,
                headcount=maybe(st.integers(0, HEADCOUNT_MAX)),
                turnover=maybe(st.sampled_from([0, 0.1, 0.085, 1, 0.333333])),
                refresh_years=maybe(st.sampled_from([1, 2.5, 5, 0.5])),
                needs=needs,
            )
        )
    course_list = [
        {
            "id": ident,
            "title": draw(text),
            "format": draw(st.sampled_from(["e-learning", "other", "classroom"])),
            "gives": draw(
                st.dictionaries(
                    st.sampled_from(areas), st.sampled_from(levels), min_size=1
                )
            ),
            **{
                k: v
                for k, v in {
                    "hours": maybe(st.sampled_from([0, 1.5, 3, 0.25, 120])),
                    "seats_per_year": maybe(
                        st.one_of(st.integers(0, 10**6), st.just("unlimited"))
                    ),
                    "lms": maybe(st.sampled_from(["0123", "6149", "A-1"])),
                    "url": maybe(st.just(f"https://example.org/{ident}")),
                    "provider": maybe(text),
                }.items()
                if v is not None
            },
        }
        for ident in courses
    ]
    for number, course in enumerate(course_list):
        if "lms" in course:
            course["lms"] = f"{course['lms']}{number}"
    region = {"id": draw(IDS), "name": draw(text)}
    if (version := maybe(st.one_of(TRICKY, TEXT))) is not None:
        region["version"] = version
    if draw(st.booleans()):
        region["published"] = dt.date(2025, 3, 1)
    return {
        "dosering": 1,
        "region": region,
        "levels": level_list,
        "areas": area_list,
        "groups": [entity(g) for g in groups],
        "roles": role_list,
        "courses": course_list,
    }


@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=models())
def test_generated_models_round_trip(data: dict[str, Any], tmp_path: Path):
    """Any valid model exported and imported is the same model, and so is its YAML."""
    model = Model.model_validate(data)
    meaning = Meaning(model)
    drafts = [d for check in REGISTRY.values() for d in check.check(meaning)]
    assume(all(CATALOGUE[d.code].severity != "error" for d in drafts))
    back = round_trip(model, tmp_path)
    assert normal(back) == normal(model)
    text = model_yaml(back)
    assert check_bytes(text.encode(), "x.yaml", Options()).model == back


@pytest.mark.parametrize(
    "value",
    ["no", "010", "1.10", "2025-03-01", "~", "", " a", "a: b", "x #y", "é\u2028"],
)
def test_scalar_quotes_what_yaml_reads_otherwise(value: str):
    """Texts YAML 1.1 would read as something else are quoted and read back."""
    text = scalar(value)
    assert text.startswith('"')
    assert yaml.safe_load(f"k: {text}")["k"] == value


def workbook(tmp_path: Path, path: Path = ROOT / "examples" / "kalmar.yaml") -> Path:
    """The Kalmar example exported in Swedish."""
    book = tmp_path / "model.xlsx"
    result = run("export", str(path), "-o", str(book), "--lang", "sv")
    assert result.exit_code == 0, result
    return book


def edit(book: Path, sheet: str, cells: dict[str, Any]) -> None:
    """Change cells of a workbook (openpyxl), as a planner would in Excel."""
    opened = openpyxl.load_workbook(book)
    for name, value in cells.items():
        opened[sheet][name] = value
    opened.save(book)


def findings(book: Path, tmp_path: Path) -> tuple[int, list[dict[str, Any]]]:
    """Import a workbook with JSON findings; the exit code and the findings."""
    target = tmp_path / "out.yaml"
    result = run("import", str(book), "-o", str(target), "-f", "json", "--lang", "en")
    document = json.loads(result.stdout) if result.stdout else {"findings": []}
    if result.exit_code:
        assert not target.exists()
    return result.exit_code, [
        {k: f[k] for k in ("code", "line", "col", "location")}
        for f in document["findings"]
        if f["severity"] == "error"
    ]


def test_edited_headcount_and_new_role(tmp_path: Path):
    """A changed headcount and a role added on two sheets come back in the YAML."""
    book = workbook(tmp_path)
    edit(book, "Roller", {"D2": 1800, "A16": "barnmorska", "B16": "Barnmorska"})
    edit(book, "Behov", {"A16": "barnmorska", "C16": "veta"})
    target = tmp_path / "out.yaml"
    result = run("import", str(book), "-o", str(target))
    assert result.exit_code == 0, result
    model = load(target)
    before = load(ROOT / "examples" / "kalmar.yaml")
    assert model.roles[0].headcount == 1800
    assert model.roles[-1].id == "barnmorska"
    assert model.roles[-1].needs == {"forbattringskunskap": "veta"}
    assert model.roles[1:-1] == before.roles[1:]


def test_level_typo_is_a_finding_with_did_you_mean(tmp_path: Path):
    """A mistyped level cell is unknown-level at its cell, suggesting the level."""
    book = workbook(tmp_path)
    edit(book, "Behov", {"C2": "Veta & deltaa"})
    target = tmp_path / "out.yaml"
    result = run("import", str(book), "-o", str(target), "--lang", "en")
    assert result.exit_code == 1, result
    assert "model.xlsx:Behov!C2: error unknown-level" in result.stdout
    assert "Did you mean `veta`?" in result.stdout
    assert not target.exists()


@pytest.mark.parametrize(
    ("exported", "lang", "hint"),
    [
        ("sv", "en", "The levels are on the sheet Nivåer."),
        ("en", "sv", "Nivåerna står på bladet Levels."),
        ("sv", "sv", "Nivåerna står på bladet Nivåer."),
    ],
)
def test_a_hint_names_the_sheet_as_the_workbook_has_it(
    tmp_path: Path, exported: str, lang: str, hint: str
):
    """A workbook exported in one language and read in the other: the hint names
    the tab the planner sees, not the sheet's name in the run's language."""
    book = tmp_path / "model.xlsx"
    path = ROOT / "examples" / "kalmar.yaml"
    assert run("export", str(path), "-o", str(book), "--lang", exported).exit_code == 0
    needs = "Behov" if exported == "sv" else "Needs"
    edit(book, needs, {"C2": "Veta & deltaa"})
    result = run("import", str(book), "-o", str(tmp_path / "out.yaml"), "--lang", lang)
    assert result.exit_code == 1, result
    assert hint in result.stdout


@pytest.mark.parametrize(
    ("lang", "id_line", "lms_line"),
    [
        (
            "en",
            "model.xlsx:Roller!A2: error schema `“sjukskoterska”` has typographic "
            "quotes around it, which stay part of the value",
            "model.xlsx:Kurser!F2: warning typographic-quotes the LMS code `“21010”` "
            "keeps its typographic quotes as part of the code, so it never matches "
            "`21010` in a course list",
        ),
        (
            "sv",
            "model.xlsx:Roller!A2: fel schema `“sjukskoterska”` har typografiska "
            "citattecken runt sig, som blir kvar i värdet",
            "model.xlsx:Kurser!F2: varning typographic-quotes LMS-koden `“21010”` "
            "behåller sina typografiska citattecken som en del av koden, så den "
            "matchar aldrig `21010` i en kurslista",
        ),
    ],
)
def test_typographic_quotes_in_a_cell(
    tmp_path: Path, lang: str, id_line: str, lms_line: str
):
    """Issue 16: quotes from Word in a cell: remove them from the cell (no YAML)."""
    hint = {
        "en": "    Remove the typographic quotes from the cell; text copied from Word "
        "often brings them.",
        "sv": "    Ta bort de typografiska citattecknen ur cellen; text som kopierats "
        "från Word har ofta sådana.",
    }[lang]
    book = workbook(tmp_path)
    id_line, lms_line = (
        line.replace("model.xlsx", str(book), 1) for line in (id_line, lms_line)
    )
    edit(book, "Kurser", {"F2": "“21010”"})
    result = run("import", str(book), "-o", str(tmp_path / "ok.yaml"), "--lang", lang)
    assert result.exit_code == 0, result
    lines = result.stdout.splitlines()
    assert lines[lines.index(lms_line) + 1] == hint
    edit(book, "Roller", {"A2": "“sjukskoterska”"})
    result = run("import", str(book), "-o", str(tmp_path / "no.yaml"), "--lang", lang)
    assert result.exit_code == 1, result
    lines = result.stdout.splitlines()
    assert lines[:2] == [id_line, hint]


def test_level_name_is_read_as_its_id(tmp_path: Path):
    """A level cell may hold the level's name; it is read as the level id."""
    book = workbook(tmp_path)
    edit(book, "Behov", {"C2": "driva & LEDA"})
    target = tmp_path / "out.yaml"
    assert run("import", str(book), "-o", str(target)).exit_code == 0
    assert load(target).roles[0].needs["forbattringskunskap"] == "driva"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_format_cells_read_back_in_either_language_and_any_case(
    tmp_path: Path, lang: str
):
    """A format cell may hold its Swedish or English name or the code, any case."""
    book = tmp_path / "model.xlsx"
    kalmar = ROOT / "examples" / "kalmar.yaml"
    assert run("export", str(kalmar), "-o", str(book), "--lang", lang).exit_code == 0
    cells = {
        "C2": "Lärarledd",
        "C3": "ON THE JOB",
        "C4": "classroom",
        "C5": "  I arbetet ",
        "C6": "Network",
        "C7": "nätverk",
        "C8": "E-Learning",
        "C9": "program",
    }
    edit(book, "Kurser" if lang == "sv" else "Courses", cells)
    target = tmp_path / "out.yaml"
    assert run("import", str(book), "-o", str(target)).exit_code == 0
    assert [c.format for c in load(target).courses][:8] == [
        "classroom",
        "on-the-job",
        "classroom",
        "on-the-job",
        "network",
        "network",
        "e-learning",
        "programme",
    ]
    assert "format: on-the-job\n" in target.read_text("utf-8")


def test_each_format_name_means_one_format():
    """No name of a format (either language, or a code) is another format's name."""
    names = vocabulary()["formats"]
    assert set(names) == set(FORMATS)
    owner: dict[str, str] = {}
    for code, words in names.items():
        for name in {code.casefold(), *(w.casefold() for w in words)}:
            assert owner.setdefault(name, code) == code, (name, code)


def test_an_old_workbook_with_format_codes_reads_back(tmp_path: Path):
    """A Swedish workbook from before (the codes in its Kurser cells) is the model."""
    book = workbook(tmp_path)
    model = load(ROOT / "examples" / "kalmar.yaml")
    edit(book, "Kurser", {f"C{i}": c.format for i, c in enumerate(model.courses, 2)})
    target = tmp_path / "out.yaml"
    assert run("import", str(book), "-o", str(target)).exit_code == 0
    assert normal(load(target)) == normal(model)


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        (
            "sv",
            "Menade du `lärarledd`? Tillåtet: e-utbildning, lärarledd, workshop, "
            "program, i arbetet, coachning, nätverk, annat.",
        ),
        (
            "en",
            "Did you mean `classroom`? Allowed: e-learning, classroom, workshop, "
            "programme, on the job, coaching, network, other.",
        ),
    ],
)
def test_a_mistyped_format_names_the_choices_of_the_drop_down(
    tmp_path: Path, lang: str, hint: str
):
    """A format no language knows: the hint lists the names the drop-down offers."""
    book = workbook(tmp_path)
    edit(book, "Kurser", {"C5": "lärarled" if lang == "sv" else "clasroom"})
    result = run("import", str(book), "-o", str(tmp_path / "out.yaml"), "--lang", lang)
    assert result.exit_code == 1, result
    assert "model.xlsx:Kurser!C5:" in result.stdout
    assert hint in " ".join(result.stdout.split())


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("cell", ["obegränsat", "Unlimited", "OBEGRÄNSAT", "∞"])
def test_unlimited_seats_read_back(tmp_path: Path, lang: str, cell: str):
    """`unlimited` seats come back from the word in either language, any case."""
    model = tmp_path / "u.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\nlevels: [{id: veta, name: Veta}]\n"
        "areas: [{id: a, name: A}]\ncourses:\n  - {id: c1, title: C1, "
        "format: other, gives: {a: veta}, seats_per_year: unlimited}\n",
        encoding="utf-8",
    )
    before = load(model)
    assert normal(round_trip(before, tmp_path, lang)) == normal(before)
    book = tmp_path / "model.xlsx"
    edit(book, "Kurser" if lang == "sv" else "Courses", {"E2": cell})
    imported = run_import(book, str(book), vocabulary())
    assert imported.model is not None
    assert imported.model.courses[0].seats_per_year == "unlimited"


@pytest.mark.parametrize(
    ("sheet", "cells", "expected"),
    [
        (
            "Roller",
            {"D3": "1300"},
            [{"code": "workbook-cell", "line": 3, "col": 4, "location": "Roller!D3"}],
        ),
        (
            "Roller",
            {"A4": dt.datetime(2025, 1, 2)},
            [
                {"code": "workbook-cell", "line": 4, "col": 1, "location": "Roller!A4"},
                {"code": "workbook-role", "line": 4, "col": 1, "location": "Behov!A4"},
            ],
        ),
        (
            "Roller",
            {"D5": "=A1*2"},
            [
                {
                    "code": "workbook-formula",
                    "line": 5,
                    "col": 4,
                    "location": "Roller!D5",
                }
            ],
        ),
        (
            "Roller",
            {"E2": 12},
            [{"code": "schema", "line": 2, "col": 5, "location": "Roller!E2"}],
        ),
        (
            "Behov",
            {"A3": "okand-roll"},
            [{"code": "workbook-role", "line": 3, "col": 1, "location": "Behov!A3"}],
        ),
        (
            "Kurser",
            {"C2": "e-lerning"},
            [{"code": "schema", "line": 2, "col": 3, "location": "Kurser!C2"}],
        ),
        (
            "Roller",
            {"A3": "sjukskoterska"},
            [
                {"code": "duplicate-id", "line": 3, "col": 1, "location": "Roller!A3"},
                {"code": "workbook-role", "line": 3, "col": 1, "location": "Behov!A3"},
            ],
        ),
    ],
)
def test_bad_cells_are_findings_at_their_cell(
    tmp_path: Path, sheet: str, cells: dict[str, Any], expected: list[dict[str, Any]]
):
    """Numbers as text, date ids, formulas without values, bad values: at the cell."""
    book = workbook(tmp_path)
    edit(book, sheet, cells)
    code, found = findings(book, tmp_path)
    assert code == 1
    assert found == expected


def test_merged_cells_are_a_finding(tmp_path: Path):
    """Merged cells are a finding at the first cell of the range."""
    book = workbook(tmp_path)
    opened = openpyxl.load_workbook(book)
    opened["Grupper"].merge_cells("B2:C2")
    opened.save(book)
    assert findings(book, tmp_path) == (
        1,
        [{"code": "workbook-merged", "line": 2, "col": 2, "location": "Grupper!B2"}],
    )


def test_renamed_sheet_names_the_sheets_found(tmp_path: Path):
    """A renamed sheet is a finding that lists the sheets the workbook has."""
    book = workbook(tmp_path)
    opened = openpyxl.load_workbook(book)
    opened["Roller"].title = "Rollerna"
    opened.save(book)
    result = run("import", str(book), "-o", str(tmp_path / "o.yaml"), "--lang", "en")
    assert result.exit_code == 1, result
    assert (
        "model.xlsx: error workbook-sheet no sheet `Roles / Roller`; the workbook has "
        "the sheets Om, Nivåer, Områden, Grupper, Rollerna, Behov, Kurser"
    ) in result.stdout
    assert "Did you mean `Rollerna`?" in result.stdout


def test_unknown_column_is_a_finding(tmp_path: Path):
    """A header the layout does not have is a finding with a did-you-mean."""
    book = workbook(tmp_path)
    edit(book, "Roller", {"D1": "Antall"})
    result = run("import", str(book), "-o", str(tmp_path / "o.yaml"), "--lang", "en")
    assert result.exit_code == 1, result
    assert "model.xlsx:Roller!D1: error workbook-column" in result.stdout
    assert "Did you mean `Antal`?" in result.stdout


def test_json_positions_are_row_and_column(tmp_path: Path):
    """In JSON a finding's line is the row, col the column number, location the cell."""
    book = workbook(tmp_path)
    edit(book, "Behov", {"D7": "ge-stodd"})
    assert findings(book, tmp_path) == (
        1,
        [{"code": "unknown-level", "line": 7, "col": 4, "location": "Behov!D7"}],
    )


def zipped(files: dict[str, bytes]) -> bytes:
    """A zip file of these members."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (zipped({"word/document.xml": b"<w/>"}), "a zip file, but no Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "password-protected"),
        (b"id;name\n", "not an Excel workbook"),
        (zipped({"xl/workbook.xml": b"<workbook/>"}), "the workbook is damaged"),
    ],
)
def test_files_that_are_no_workbook_cannot_run(
    tmp_path: Path, content: bytes, words: str
):
    """A zip of something else, an encrypted or a text file: one line, exit 3."""
    book = tmp_path / "model.xlsx"
    book.write_bytes(content)
    result = run("import", str(book), "-o", str(tmp_path / "o.yaml"), "--lang", "en")
    assert result.exit_code == 3, result
    assert words in result.stderr
    assert result.stderr.count("\n") == 1


def test_missing_workbook_cannot_run(tmp_path: Path):
    """A workbook that does not exist stops the run (exit 3)."""
    result = run("import", str(tmp_path / "no.xlsx"), "-o", str(tmp_path / "o.yaml"))
    assert result.exit_code == 3, result


def test_import_needs_an_output(tmp_path: Path):
    """Without -o or --onto there is nowhere to write: a usage error (exit 2)."""
    assert run("import", str(tmp_path / "x.xlsx")).exit_code == 2


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
def test_onto_an_unchanged_export_changes_no_byte(path: Path, tmp_path: Path):
    """`import --onto` of an unchanged export writes the original file exactly."""
    book = tmp_path / "m.xlsx"
    target = tmp_path / "m.yaml"
    assert run("export", str(path), "-o", str(book)).exit_code == 0
    result = run("import", str(book), "--onto", str(path), "-o", str(target))
    assert result.exit_code == 0, result
    assert target.read_bytes() == path.read_bytes()


def test_onto_changes_only_what_the_planner_changed(tmp_path: Path):
    """A changed headcount, a prescribed course, a removed turnover and a new role."""
    base = ROOT / "examples" / "kalmar.yaml"
    book = workbook(tmp_path)
    edit(book, "Roller", {"D2": 1800, "E3": None, "A16": "barnmorska"})
    edit(book, "Roller", {"B16": "Barnmorska", "D16": 300})
    edit(book, "Behov", {"A16": "barnmorska", "C16": "veta", "H2": "fk-vardag"})
    target = tmp_path / "out.yaml"
    result = run("import", str(book), "--onto", str(base), "-o", str(target))
    assert result.exit_code == 0, result
    before = base.read_text(encoding="utf-8").splitlines()
    after = target.read_text(encoding="utf-8").splitlines()
    changed = [
        line
        for line in difflib.unified_diff(before, after, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == [
        "-    headcount: 1750",
        "+    headcount: 1800",
        "-      forbattringskunskap: veta",
        "+      forbattringskunskap:",
        "+        level: veta",
        "+        courses: [fk-vardag]",
        "-    turnover: 0.09",
        "+  - id: barnmorska",
        "+    name: Barnmorska",
        "+    headcount: 300",
        "+    needs:",
        "+      forbattringskunskap: veta",
    ]


def test_onto_a_removed_role_and_a_changed_name(tmp_path: Path):
    """A role deleted from both sheets goes; a changed name keeps its quotes' style."""
    base = tmp_path / "base.yaml"
    base.write_text(
        "# a comment that stays\n"
        "dosering: 1\n"
        "region: {id: r, name: 'Region R'}\n"
        "levels:\n  - id: veta\n    name: Veta\n"
        "areas:\n  - id: a\n    name: A\n"
        "roles:\n"
        '  - id: r1\n    name: "Ett"  # first\n    needs: {a: veta}\n'
        "  - id: r2\n    name: Två\n    needs: {a: veta}\n"
        "courses:\n  - id: c\n    title: C\n    format: other\n    gives: {a: veta}\n",
        encoding="utf-8",
    )
    book = tmp_path / "m.xlsx"
    assert run("export", str(base), "-o", str(book), "--lang", "en").exit_code == 0
    opened = openpyxl.load_workbook(book)
    opened["Roles"]["B2"] = "Ett nytt"
    opened["Roles"].delete_rows(3)
    opened["Needs"].delete_rows(3)
    opened["About"]["B9"] = "Region S"
    opened.save(book)
    result = run("import", str(book), "--onto", str(base))
    assert result.exit_code == 0, result
    assert base.read_text(encoding="utf-8") == (
        "# a comment that stays\n"
        "dosering: 1\n"
        "region: {id: r, name: 'Region S'}\n"
        "levels:\n  - id: veta\n    name: Veta\n"
        "areas:\n  - id: a\n    name: A\n"
        "roles:\n"
        '  - id: r1\n    name: "Ett nytt"  # first\n    needs: {a: veta}\n'
        "courses:\n  - id: c\n    title: C\n    format: other\n    gives: {a: veta}\n"
    )


def test_onto_a_reordered_list_writes_the_model_anew(tmp_path: Path):
    """Roles in another order cannot be written in place: the model is written anew."""
    base = ROOT / "examples" / "kalmar.yaml"
    book = workbook(tmp_path)
    opened = openpyxl.load_workbook(book)
    sheet = opened["Roller"]
    first = [c.value for c in sheet[2]]
    second = [c.value for c in sheet[3]]
    for col, (a, b) in enumerate(zip(first, second, strict=True), start=1):
        sheet.cell(2, col).value, sheet.cell(3, col).value = b, a
    opened.save(book)
    target = tmp_path / "out.yaml"
    result = run("import", str(book), "--onto", str(base), "-o", str(target))
    assert result.exit_code == 0, result
    assert "written anew" in result.stderr
    assert [r.id for r in load(target).roles][:2] == ["underskoterska", "sjukskoterska"]


def test_a_sheet_of_a_million_rows_cannot_run(tmp_path: Path):
    """A cell at row 1,048,576 makes a sheet past the table reader's bound: exit 3."""
    book = workbook(tmp_path)
    edit(book, "Roller", {"T1048576": "x"})
    result = run("import", str(book), "-o", str(tmp_path / "o.yaml"), "--lang", "en")
    assert result.exit_code == 3, result
    assert "1048576" in result.stderr.replace(",", "").replace("\u00a0", "")
    assert result.stderr.count("\n") == 1


def test_init_reads_a_regions_own_matrix(tmp_path: Path):
    """Roles in rows, areas in columns, level names in cells make a new model."""
    book = tmp_path / "Kalmar matris.xlsx"
    opened = openpyxl.Workbook()
    sheet = opened["Sheet"]
    sheet.append(["Doseringsmodell"])
    sheet.append(["Befattning", "Förbättringskunskap", "Patientsäkerhet"])
    sheet.append(["Sjuksköterska", "Veta & delta", "Veta & delta"])
    sheet.append(["Enhetschef", "Ge förutsättningar", "veta &  DELTA"])
    sheet.append(["Café-värd", "Veta & delta", None])
    opened.save(book)
    target = tmp_path / "model.yaml"
    result = run("import", str(book), "--init", "-o", str(target), "--lang", "en")
    assert result.exit_code == 0, result
    assert "Kalmar matris.xlsx:Sheet!B3: warning need-unsatisfied" in result.stdout
    model = load(target)
    assert model.region.id == "kalmar-matris"
    assert [(lv.id, lv.name) for lv in model.levels] == [
        ("veta-delta", "Veta & delta"),
        ("ge-förutsättningar", "Ge förutsättningar"),
    ]
    assert [a.id for a in model.areas] == ["förbättringskunskap", "patientsäkerhet"]
    assert [(r.id, r.needs) for r in model.roles] == [
        (
            "sjuksköterska",
            {"förbättringskunskap": "veta-delta", "patientsäkerhet": "veta-delta"},
        ),
        (
            "enhetschef",
            {
                "förbättringskunskap": "ge-förutsättningar",
                "patientsäkerhet": "veta-delta",
            },
        ),
        ("cafe-värd", {"förbättringskunskap": "veta-delta"}),
    ]


def test_init_with_a_date_cell_is_a_finding(tmp_path: Path):
    """A date where a level name belongs is a finding at its cell; nothing written."""
    book = tmp_path / "m.xlsx"
    opened = openpyxl.Workbook()
    opened["Sheet"].append(["Roll", "Område"])
    opened["Sheet"].append(["Sjuksköterska", dt.datetime(2025, 1, 2)])
    opened.save(book)
    code, found = findings_init(book, tmp_path)
    assert code == 1
    assert found == [
        {"code": "workbook-cell", "line": 2, "col": 2, "location": "Sheet!B2"}
    ]


def findings_init(book: Path, tmp_path: Path) -> tuple[int, list[dict[str, Any]]]:
    """Import a matrix with --init and JSON findings: exit code and errors."""
    target = tmp_path / "out.yaml"
    result = run("import", str(book), "--init", "-o", str(target), "-f", "json")
    errors = [
        {k: f[k] for k in ("code", "line", "col", "location")}
        for f in json.loads(result.stdout)["findings"]
        if f["severity"] == "error"
    ]
    assert not target.exists()
    return result.exit_code, errors


def test_init_and_onto_together_is_a_usage_error(tmp_path: Path):
    """--init makes a new model, so --onto with it is a usage error (exit 2)."""
    result = run("import", "x.xlsx", "--init", "--onto", str(tmp_path / "m.yaml"))
    assert result.exit_code == 2, result


def test_onto_a_model_with_errors_is_never_rewritten(tmp_path: Path):
    """Issue 17: `import --onto` leaves a base with errors byte-identical (exit 1)."""
    base = tmp_path / "base.yaml"
    good = ROOT / "examples" / "kalmar.yaml"
    book = tmp_path / "m.xlsx"
    assert run("export", str(good), "-o", str(book)).exit_code == 0
    text = good.read_text(encoding="utf-8")
    broken = text.replace("forbattringskunskap: veta", "forbattringskunskap: vta", 1)
    assert broken != text
    base.write_text(broken, encoding="utf-8")
    before = base.read_bytes()
    result = run("import", str(book), "--onto", str(base), "--lang", "en")
    assert result.exit_code == 1, result
    assert base.read_bytes() == before
    assert "vta" in result.stdout + result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_course_list_workbook_is_no_model_workbook(tmp_path: Path, lang: str):
    """Issue 16: a course list gave seven `workbook-sheet` errors; now one line."""
    book = ROOT / "examples" / "kalmar-courses.xlsx"
    target = tmp_path / "o.yaml"
    result = run("import", str(book), "-o", str(target), "--lang", lang)
    assert result.exit_code == 3, result
    said = {
        "en": "a workbook, but none of its sheets (Kurskatalog, Anteckningar) is "
        "one of the model's that `dosering export` writes",
        "sv": "en arbetsbok, men inget av dess blad (Kurskatalog, Anteckningar) är "
        "något av modellens blad som `dosering export` skriver",
    }[lang]
    assert result.stderr.startswith(f"dosering: {book}: {said}; "), result.stderr
    assert result.stderr.count("\n") == 1
    assert not target.exists()
