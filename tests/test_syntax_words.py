"""Syntax errors where a person would fix them, in the run's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, run

MODEL = """\
dosering: 1
region:
  id: exempel
  name: Exempel
  language: sv
levels:
  - id: veta
    name: "Veta & delta
  - id: driva
    name: Driva & leda
areas:
  - id: fk
    name: Förbättringskunskap
roles:
  - id: ssk
    name: Sjuksköterska
    needs:
      fk: veta
courses:
  - id: intro
    title: "Introduktion"
    gives: {fk: veta}
"""


def _findings(tmp_path: Path, text: str, lang: str = "en") -> list[dict[str, object]]:
    model = tmp_path / "modell.yaml"
    model.write_text(text, encoding="utf-8")
    result = run("validate", "--format", "json", "--lang", lang, str(model))
    assert result.exit_code == 1, result
    return list(json.loads(result.stdout)["findings"])


def test_unclosed_quote_is_reported_at_its_opening_line(tmp_path: Path):
    """A quote left open on line 8 is reported at line 8, not where libyaml gave up."""
    (finding,) = _findings(tmp_path, MODEL)
    assert (finding["code"], finding["line"], finding["col"]) == ("yaml-syntax", 8, 11)
    assert finding["message"] == (
        "the quote opened here is never closed on its line (YAML reads on to the next "
        "quote in the file)"
    )
    assert finding["hint"] == "Add the closing quote at the end of the text on line 8."


def test_a_tab_is_named_in_swedish(tmp_path: Path):
    """A tab in the indentation is called a tab, in Swedish, with no libyaml words."""
    text = MODEL.replace('"Veta & delta', "Veta & delta").replace(
        "    name: Sjuksköterska", "\tname: Sjuksköterska"
    )
    (finding,) = _findings(tmp_path, text, "sv")
    assert (finding["line"], finding["col"]) == (16, 1)
    assert (
        finding["message"] == "en tabb används för indrag: YAML drar in med blanksteg"
    )
    assert finding["hint"] == (
        "Byt indraget mot 4 blanksteg, som raderna den hör ihop med."
    )


def test_a_dash_for_none_under_needs_asks_for_a_level(tmp_path: Path):
    """`fk: -` under needs: write a level (the levels listed) or delete the line."""
    text = MODEL.replace('"Veta & delta', "Veta & delta").replace(
        "fk: veta\n", "fk: -\n", 1
    )
    (finding,) = _findings(tmp_path, text, "sv")
    assert (finding["line"], finding["col"]) == (18, 11)
    assert finding["message"] == (
        "`-` är ingen nivå: ett behov under `needs:` anger en nivå"
    )
    assert finding["hint"] == (
        "Skriv en nivå (veta, driva), eller ta bort raden om rollen inte behöver något "
        "inom området."
    )


def test_other_syntax_errors_keep_libyaml_out_of_swedish(tmp_path: Path):
    """An error without a plain wording of its own is Swedish, without libyaml's."""
    (finding,) = _findings(tmp_path, "dosering: 1\n%YAML 1.1\n", "sv")
    assert finding["message"] == "fel i YAML-syntaxen: YAML kan inte läsa vidare här"
    (english,) = _findings(tmp_path, "dosering: 1\n%YAML 1.1\n", "en")
    assert str(english["message"]).startswith("YAML syntax error: did not find")


def test_a_dash_outside_needs_says_it_starts_a_list(tmp_path: Path):
    """`name: -` elsewhere: the dash starts a list; write the value or quote it."""
    text = MODEL.replace('"Veta & delta', "Veta & delta")
    text = text.replace("    name: Sjuksköterska", "    name: -")
    (finding,) = _findings(tmp_path, text)
    assert finding["message"] == (
        "`-` after `name:` starts a list, which YAML does not allow here"
    )


def test_a_tab_after_the_indentation_is_found_by_libyaml_s_words(tmp_path: Path):
    """A tab inside a line (not its indentation) that libyaml stops at is a tab."""
    text = MODEL.replace('"Veta & delta', "Veta & delta")
    text = text.replace("  - id: ssk\n", "  - id: ssk\n    \t\n", 1)
    (finding,) = _findings(tmp_path, text, "sv")
    assert str(finding["message"]).startswith("en tabb används för indrag")


def test_an_unknown_escape_in_double_quotes_is_named(tmp_path: Path):
    """`"C:\\Kurser"` is no unclosed quote: the backslash, with both ways out."""
    text = MODEL.replace('"Veta & delta', '"Veta\\Delta"')
    (finding,) = _findings(tmp_path, text, "sv")
    assert (finding["line"], finding["col"]) == (8, 16)
    assert finding["message"] == (
        "inom dubbla citattecken inleder ett bakstreck en specialkod som `\\n`, och "
        "`\\D` här är ingen som YAML kan läsa"
    )
    assert finding["hint"] == (
        "Skriv ett bakstreck som `\\\\`, eller sätt värdet inom enkla citattecken i "
        "stället: 'C:\\Kurser'."
    )
    (english,) = _findings(tmp_path, text)
    assert english["message"] == (
        "in double quotes a backslash starts an escape such as `\\n`, and `\\D` here "
        "is none YAML can read"
    )


def test_an_unclosed_brace_is_reported_where_it_opens(tmp_path: Path):
    """`gives: {fk: veta` on line 22: the `{` is named there, not the next line."""
    text = (
        MODEL.replace('"Veta & delta', "Veta & delta").replace(
            "gives: {fk: veta}", "gives: {fk: veta"
        )
        + "  - id: next\n    title: Nästa\n"
    )
    (finding,) = _findings(tmp_path, text)
    assert (finding["line"], finding["col"]) == (22, 12)
    assert finding["message"] == "the `{` opened here is never closed with `}`"
    assert finding["hint"] == (
        "Add `}` after the last entry of the `{` on line 22, or write the entries one "
        "per line without `{` and `}`."
    )
    (swedish,) = _findings(tmp_path, text.replace("{fk: veta", "[fk, veta"), "sv")
    assert swedish["message"] == "`[` som öppnas här stängs aldrig med `]`"


def test_a_windows_path_in_double_quotes_is_named(tmp_path: Path):
    """`"C:\\Utbildning"`: `\\U` wants hex digits; named as an escape, not a quote."""
    text = MODEL.replace('"Veta & delta', '"C:\\Utbildning"')
    (finding,) = _findings(tmp_path, text, "sv")
    assert finding["line"] == 8
    assert finding["message"] == (
        "inom dubbla citattecken inleder ett bakstreck en specialkod som `\\n`, och "
        "`\\U` här är ingen som YAML kan läsa"
    )


@pytest.mark.parametrize(
    ("indent", "lines"),
    [
        (
            3,
            [
                ":99:4: fel yaml-syntax raden är indragen 3 blanksteg, vilket inte "
                "stämmer med raderna ovanför",
                "    Dra in den 4 blanksteg, som raderna den hör ihop med.",
            ],
        ),
        (
            5,
            [
                ":99:6: fel yaml-syntax raden är indragen 5 blanksteg, vilket inte "
                "stämmer med raderna ovanför",
                "    Dra in den 4 blanksteg, som raderna den hör ihop med.",
            ],
        ),
    ],
)
def test_a_line_indented_wrong_says_by_how_much(
    tmp_path: Path, indent: int, lines: list[str]
) -> None:
    """Issue 16: a key one space off is told with the spaces it has and needs.

    Five spaces under a `key: value` line make YAML read on into the value and stop
    at the colon: that too is the indentation, not a colon to quote.
    """
    text = (ROOT / "examples" / "vgr.yaml").read_text("utf-8").split("\n")
    assert text[98] == "    turnover: 0.11"
    text[98] = " " * indent + "turnover: 0.11"
    model = tmp_path / "m.yaml"
    model.write_text("\n".join(text), encoding="utf-8")
    result = run("validate", "--lang", "sv", str(model))
    assert result.exit_code == 1, result
    assert result.stdout.splitlines()[:2] == [f"{model}{lines[0]}", lines[1]]


def test_a_colon_in_a_value_shows_the_line_quoted(tmp_path: Path) -> None:
    """The hint quotes the planner's own value, in single quotes if it has `"`."""
    model = tmp_path / "m.yaml"
    model.write_text('dosering: 1\nregion:\n  name: Region: "Syd"\n', "utf-8")
    result = run("validate", "--lang", "sv", str(model))
    assert result.stdout.splitlines()[:2] == [
        f"{model}:3:15: fel yaml-syntax ett `: ` inuti ett värde gör att YAML läser "
        "en ny nyckel här",
        "    Sätt hela värdet inom citattecken: name: 'Region: \"Syd\"'",
    ]


ROLES = """\
dosering: 1
region:
  id: ex
  name: Region Exempel
levels:
  - id: veta
    name: Veta
areas:
  - id: fk
    name: FK
roles:
  - id: usk
    name: Undersköterska
    headcount: 1200
    needs:
      fk: veta
  - id: chef
    name: Chef
    needs:
      fk: veta
"""


@pytest.mark.parametrize(
    ("line", "written", "where", "hint"),
    [
        (
            17,
            "   - id: chef",
            "17:4",
            "Dra in den 2 blanksteg, som raderna den hör ihop med.",
        ),
        (
            17,
            "    - id: chef",
            "17:5",
            "Dra in den 2 blanksteg, som raderna den hör ihop med.",
        ),
        (
            17,
            " - id: chef",
            "17:2",
            "Dra in den 2 blanksteg, som raderna den hör ihop med.",
        ),
        (
            16,
            "   fk: veta",
            "16:4",
            "Dra in den 6 blanksteg, som raderna den hör ihop med.",
        ),
        (
            16,
            "\tfk: veta",
            "16:1",
            "Byt indraget mot 6 blanksteg, som raderna den hör ihop med.",
        ),
        (
            14,
            "\theadcount: 1200",
            "14:1",
            "Byt indraget mot 4 blanksteg, som raderna den hör ihop med.",
        ),
        (
            12,
            "  -id: usk",
            "12:3",
            "Skriv ett blanksteg efter bindestrecket: - id: usk",
        ),
        (
            14,
            "    headcount:1200",
            "14:14",
            "Skriv ett blanksteg efter kolonet: headcount: 1200",
        ),
    ],
)
def test_the_fix_a_hint_names_lets_yaml_read_on(
    tmp_path: Path, line: int, written: str, where: str, hint: str
) -> None:
    """Issue 16: the indentation (or space) a hint asks for is one YAML reads.

    A list item one space off is told the other items' indentation, not that of
    the keys above it, so following the hint never goes in a circle.
    """
    lines = ROLES.split("\n")
    lines[line - 1] = written
    model = tmp_path / "m.yaml"
    model.write_text("\n".join(lines), encoding="utf-8")
    result = run("validate", "--lang", "sv", str(model))
    out = result.stdout.splitlines()
    assert out[0].startswith(f"{model}:{where}: fel yaml-syntax "), out[0]
    assert out[1] == f"    {hint}"
