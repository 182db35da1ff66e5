"""The summary page: Kalmar's key figures as sentences, in every format."""

from __future__ import annotations

import math
from pathlib import Path

from dosering.analyses.document import build_document
from dosering.model.semantics import Meaning
from dosering.pipeline.check import Options, load_model
from dosering.render.summary import LACKS, build_summary
from dosering.report.words import word_findings
from tests.conftest import ROOT, run
from tests.test_render_pdf_docx import big_group_model, pdf_pages

KALMAR = ROOT / "examples" / "kalmar.yaml"


def summary_of(path: Path, lang: str = "sv", offer: str | None = None):
    """The summary of a model file."""
    checked = load_model(path, str(path), Options())
    assert checked.model is not None
    document = build_document(
        Meaning(checked.model), word_findings(checked.findings, lang)
    )
    return build_summary(document, lang, offer)


def test_kalmar_summary_in_sentences():
    """Staff, groups, roles, people, places, hours, shortfalls and lacks, worded."""
    s = summary_of(KALMAR)
    assert s.title == "Sammanfattning"
    assert s.facts == (
        "Modellen omfattar 6\u00a0255 anställda i 5 grupper och 14 roller.",
        "Varje år behöver 707 personer utbildning: sammanlagt 1\u00a0607 kursplatser "
        "och omkring 7\u00a0815 utbildningstimmar.",
    )
    assert s.offer == (
        "Siffrorna utgår från att modellens egen kurskatalog är det som erbjuds."
    )
    assert s.shortfalls_title == "Störst underskott:"
    assert s.shortfalls[0] == (
        "Patientsäkerhet för nyanställda saknar 87 platser per år "
        "(487 behövs, 400 erbjuds)."
    )
    assert len(s.shortfalls) == 4
    assert s.lacks == (
        "Utvecklingsledare behöver Innovationskunskap på nivån Driva & leda, men "
        "ingen kurs ger det ännu.",
    )
    assert [row.group for row in s.doses][:2] == ["Klinisk vård", "Linjeorganisation"]
    assert s.doses[1].levels == ("3", "2–3", "1–2", "1–2", "1")


def test_summary_names_the_course_list():
    """With a course list the summary says which one the numbers used."""
    s = summary_of(KALMAR, "en", "kurser.csv (2026-03-01)")
    assert s.offer == "The numbers are computed against the course list " + (
        "kurser.csv (2026-03-01)."
    )


def test_many_lacks_are_counted(write_tree):
    """Past the first few needs without a course, the rest are counted."""
    text = big_group_model(20, "Region").replace(
        "gives: {fk: driva}", "gives: {ps: veta}"
    )
    text = text.replace(
        "  - {id: fk, name: Förbättringskunskap}",
        "  - {id: fk, name: Förbättringskunskap}\n  - {id: ps, name: Patientsäkerhet}",
    )
    root = write_tree({"m.yaml": text})
    s = summary_of(root / "m.yaml")
    assert len(s.lacks) == LACKS + 1
    assert s.lacks[-1] == "… och 12 behov till utan kurs (se lärvägarna)."
    assert s.shortfalls == ()
    assert s.shortfalls_title == "Alla kurser har de platser efterfrågan kräver."


def test_summary_comes_first_in_every_format(tmp_path: Path):
    """Markdown, HTML and PDF open with the summary, before the reading guide."""
    md = run("render", str(KALMAR)).stdout
    assert md.index("## Sammanfattning") < md.index("## Så läser du modellen")
    html = run("render", str(KALMAR), "-f", "html").stdout
    assert html.index('id="summary"') < html.index('id="questions"')
    target = tmp_path / "k.pdf"
    assert run("render", str(KALMAR), "-o", str(target)).exit_code == 0
    first = pdf_pages(target)[0]
    assert "Sammanfattning" in first
    assert "Störst underskott" in first


VGR = ROOT / "examples" / "vgr.yaml"
VGR_COURSES = ROOT / "examples" / "vgr-courses.csv"


def test_courses_give_the_numbers_gap_gives():
    """With --courses the document's shortfalls and lacks are gap's, to the place."""
    import json

    gap = json.loads(
        run("gap", str(VGR), "--courses", str(VGR_COURSES), "--format", "json").stdout
    )
    result = run("render", str(VGR), "--courses", str(VGR_COURSES), "--lang", "en")
    assert result.exit_code == 0, result
    md = result.stdout
    assert "The numbers are computed against the course list vgr-courses.csv (" in md
    capacity = [g for g in gap["gaps"] if g["category"] == "capacity"]
    assert len(capacity) == 5
    summary = md[md.index("## Summary") : md.index("## How to read")]
    for item in capacity:  # whole places: the places needed rounded up
        needed = math.ceil(round(item["demand_per_year"], 6))
        missing = needed - item["seats_per_year"]
        assert (
            f" lacks {missing:,} places a year ({needed:,} needed, "
            f"{item['seats_per_year']:,} offered)." in summary
        ), item
    lacks = [g for g in gap["gaps"] if g["category"] in ("uncovered", "partial")]
    assert summary.count("but no course gives it yet") == len(lacks) == 8
    assert "row-number" in result.stderr  # the list's own problems, as gap shows them


def test_courses_from_the_config(tmp_path: Path, monkeypatch):
    """.dosering.yaml's gap.courses is render's list too."""
    (tmp_path / ".dosering.yaml").write_text(f"gap:\n  courses: {VGR_COURSES}\n")
    monkeypatch.chdir(tmp_path)
    result = run("render", str(VGR))
    assert result.exit_code == 0, result
    assert "Siffrorna är beräknade mot kurslistan vgr-courses.csv (" in result.stdout


def test_missing_course_list_exits_3(tmp_path: Path):
    """A --courses file that does not exist: exit 3, no document."""
    target = tmp_path / "v.html"
    result = run(
        "render", str(VGR), "--courses", str(tmp_path / "nope.csv"), "-o", str(target)
    )
    assert result.exit_code == 3, result
    assert not target.exists()


def test_levels_needed_are_runs_not_a_range():
    """Levels 1 and 3 read `1, 3`: `1–3` would say level 2 is needed too."""
    from dosering.render.summary import _levels

    assert _levels(set()) == ""
    assert _levels({2}) == "2"
    assert _levels({1, 2, 3}) == "1–3"
    assert _levels({1, 3}) == "1, 3"
    assert _levels({1, 2, 4, 5, 7}) == "1–2, 4–5, 7"
