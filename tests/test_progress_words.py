"""progress's words: one term per concept across commands, no jargon.

Regression: progress headed its seats column "Kursplatser per år", which render
and gap use for the demand (course places needed a year); the note on
suppression said "komplementär undertryckning" and the trend's caption "D − 12".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dosering.i18n.gap import column
from dosering.i18n.progress import word
from dosering.i18n.render import labels
from tests.conftest import DATA, ROOT, run

CONTRACT = DATA / "progress"
ARGS = (
    "progress",
    str(CONTRACT / "model.yaml"),
    "--staff",
    str(CONTRACT / "staff.csv"),
    "--completions",
    str(CONTRACT / "completions.csv"),
    "--on",
    "2026-03-31",
)
WORDS = {
    "sv": {
        "courses": "| Kurs | Genomförda | Kvar | Platser per år | År att täcka |",
        "legend": "kvar: personer som ännu ska gå kursen; år att täcka: kvar / lediga "
        "platser per år (aldrig: inga lediga platser). uppfyllt: har dosen; "
        "förfallet: hade den, förnyelse krävs; förfaller: uppfyllt men förfaller "
        "snart; i tid: före sin tidsgräns; försenat: efter sin tidsgräns; saknas: "
        "ingen tidsgräns känd",
        "note": "Grupper med färre än 5 personer visas utan antal (--min-group). "
        "Obs: bara de små grupperna döljs, så ett dolt antal kan ändå räknas fram "
        "som summan minus de grupper som visas.",
        "caption": "Personer som har sin dos den 2026-03-31 och 3, 6 och 12 "
        "månader före (räknat på dagens personallista)",
    },
    "en": {
        "courses": "| Course | Completions | Backlog | Seats per year "
        "| Years to cover |",
        "legend": "backlog: persons still to take the course; years to cover: "
        "backlog / spare seats per year (never: no spare seats). met: has the "
        "dose; lapsed: had it, renewal is due; expiring: met but lapsing soon; "
        "due: within its deadline; overdue: past its deadline; missing: no "
        "deadline known",
        "note": "Groups of fewer than 5 persons show no counts (--min-group). Note: "
        "only the small groups are hidden, so a hidden count can still be worked "
        "out as the total less the groups shown.",
        "caption": "Persons at dose on 2026-03-31 and 3, 6 and 12 months before "
        "it (counted on today's staff list)",
    },
}
JARGON = ("D −", "D - ", "komplementär", "undertryck", "complementary", "suppression")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_markdown_says_seats_and_plain_words(lang: str) -> None:
    result = run(*ARGS, "-f", "md", "--lang", lang)
    assert result.exit_code == 0, result
    lines = result.stdout.splitlines()
    expected = WORDS[lang]
    assert expected["courses"] in lines
    assert expected["legend"] in lines
    assert expected["note"] in lines


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_html_caption_names_the_dates_in_words(lang: str) -> None:
    html = run(*ARGS, "-f", "html", "--lang", lang).stdout
    caption = WORDS[lang]["caption"].replace("'", "&#39;")
    assert f'<p class="note">{caption}</p>' in html
    assert f'aria-label="{caption}"' in html
    assert f'<p class="note">{WORDS[lang]["note"]}</p>' in html


@pytest.mark.parametrize("fmt", ["text", "md", "html", "csv"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_format_speaks_jargon(fmt: str, lang: str, tmp_path: Path) -> None:
    result = run(*ARGS, "-f", fmt, "--lang", lang)
    for term in JARGON:
        assert term not in result.stdout, (fmt, term)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_seats_and_demand_are_one_term_each_across_commands(lang: str) -> None:
    """Seats (supply) and course places (demand) never share a word."""
    seats = word("col.seats", lang)
    assert seats == column("seats_per_year", lang)  # gap's CSV and workbook
    assert seats.casefold().startswith(labels(lang)["dim.seats"].split()[0].casefold())
    demand = {column("demand_per_year", lang), labels(lang)["dim.demand"]}
    assert seats not in demand
    assert all(
        "kursplats" not in text.casefold() and "course place" not in text.casefold()
        for text in (seats, word("legend", lang))
    )


@pytest.mark.parametrize(
    ("lang", "grund"),
    [("sv", "| 251 | 85 | 8\u00a0000 | 0,0 |"), ("en", "| 251 | 85 | 8,000 | 0.0 |")],
)
def test_course_seats_are_grouped_and_no_seats_is_a_dash(lang: str, grund: str) -> None:
    """Seats read as `gap` writes them (`8 000`); a course without seats has no
    years to cover (`–`), not `0,0`."""
    examples = ROOT / "examples"
    result = run(
        "progress",
        str(examples / "vgr.yaml"),
        "--staff",
        str(examples / "vgr-staff.csv"),
        "--completions",
        str(examples / "vgr-completions.xlsx"),
        "--on",
        "2026-03-31",
        "-f",
        "md",
        "--lang",
        lang,
    )
    lines = result.stdout.splitlines()
    (row,) = [line for line in lines if "(fk-grund) |" in line]
    assert row.endswith(grund)
    (row,) = [line for line in lines if "(fk-apt) |" in line]
    assert row.endswith("| 0 | 0 | – | – |")
