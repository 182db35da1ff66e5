"""Diff reporters: value formatting, cross-region notes, unmapped ids, colour."""

from __future__ import annotations

import io
from typing import Any

import pytest

from dosering.analyses.diff import diff_models
from dosering.report.diff import REPORTERS, DiffContext, fmt_value
from tests.unit.test_diff import model, region_b, role


def unpaired(d: dict[str, Any]) -> None:
    """Another region whose `chef` needs another level than A's r2: no rename."""
    region_b(d)
    role(d, 1)["needs"] = {"fk": "ledning"}


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (None, "en", "(none)"),
        (None, "sv", "(saknas)"),
        (True, "en", "true"),
        (False, "en", "false"),
        (0.12, "en", "0.12"),
        (16.0, "en", "16"),
        (["a", "b"], "en", "[a, b]"),
        ("two\n  lines", "en", "two lines"),
        ("x" * 80, "en", "x" * 69 + "…"),
    ],
)
def test_fmt_value(value: object, lang: str, expected: str):
    """Values read as people expect; long texts are cut in the text format."""
    assert fmt_value(value, lang) == expected


def render(fmt: str, color: bool | None = False, lang: str = "en") -> str:
    """The base model against another region, in a format."""
    result = diff_models(model(), model(unpaired), matrix=True)
    out = io.StringIO()
    REPORTERS[fmt](result, out, DiffContext("a.yaml", "b.yaml", lang, color=color))
    return out.getvalue()


def test_text_across_regions_says_how_levels_compare():
    """Two regions: the level note and the ids without a counterpart are listed."""
    text = render("text")
    assert text.splitlines()[1] == (
        "Levels across regions are compared by their order (no crosswalk for "
        "levels): grund = veta, fordjupad = driva, ledning = ge."
    )
    assert "Without a counterpart\n" in text
    assert "  only in A (a.yaml): roles: r2\n" in text
    assert "  only in B (b.yaml): roles: chef\n" in text
    assert "Sjuksköterska   Veta ≠ Fördjupad      Veta | Grund\n" in text
    # r2, only A's, by A's name; chef, only B's, by B's.
    assert "Chef            Driva ≠ –             – | –\n" in text
    assert "Chef i B        – ≠ Ledning           – | –\n" in text


def test_markdown_across_regions():
    """Markdown carries the note, the unmapped ids and the matrix."""
    md = render("md")
    assert "\nLevels across regions are compared by their order" in md
    assert "#### Without a counterpart\n\n- only in A (a.yaml): roles: r2\n" in md
    sv = render("md", lang="sv")
    assert "#### Utan motsvarighet\n\n- bara i A (a.yaml): roller: r2\n" in sv
    assert "- bara i B (b.yaml): roller: chef\n" in sv
    assert "| role | Förbättringskunskap | Patientsäkerhet |\n" in md
    assert "| Sjuksköterska | **Veta ≠ Fördjupad** | Veta \\| Grund |\n" in md


def test_colour_when_forced():
    """With colour forced, the text output carries ANSI styles."""
    assert "\x1b[" in render("text", color=True)


def test_json_matrix():
    """JSON has the matrix with --matrix."""
    import json

    document = json.loads(render("json"))
    assert document["matrix"]["areas"] == ["fk", "ps"]
    assert document["matrix"]["roles"][0] == {
        "role": "r1",
        "old_id": None,
        "cells": [
            {"a": "veta", "b": "fordjupad", "differs": True},
            {"a": "veta", "b": "grund", "differs": False},
        ],
    }
    assert document["level_pairs"][0] == {"b": "grund", "a": "veta"}


def test_model_text_is_never_markup():
    """Names with Markdown, HTML and rich markup are shown literally in md and text."""

    name = "**Chef** [red]x[/red] :smile: <b>|</b> & a_b"

    def edit(d: dict[str, Any]) -> None:
        d["roles"][1]["name"] = name

    result = diff_models(model(), model(edit))
    out = io.StringIO()
    REPORTERS["md"](result, out, DiffContext("a.yaml", "b.yaml"))
    assert (
        "| role | \\*\\*Chef\\*\\* \\[red\\]x\\[/red\\] :smile: \\<b\\>\\|\\</b\\> & "
        "a\\_b | cosmetic | name: Chef → \\*\\*Chef\\*\\* \\[red\\]x\\[/red\\] "
        ":smile: \\<b\\>\\|\\</b\\> & a\\_b |\n"
    ) in out.getvalue()
    out = io.StringIO()
    REPORTERS["text"](result, out, DiffContext("a.yaml", "b.yaml", color=False))
    assert f"    cosmetic  name: Chef → {name}\n" in out.getvalue()


def test_control_characters_are_shown_escaped():
    """A terminal escape in a name or a path is shown as text, never sent raw."""

    def edit(d: dict[str, Any]) -> None:
        d["roles"][1]["name"] = "Chef\x1b[31m\u200b"

    result = diff_models(model(), model(edit))
    out = io.StringIO()
    REPORTERS["text"](result, out, DiffContext("a\x07.yaml", "b.yaml", color=False))
    text = out.getvalue()
    assert "\x1b" not in text
    assert "\x07" not in text
    assert "name: Chef → Chef\\x1b[31m\\u200b\n" in text
    assert "  Chef\\x1b[31m\\u200b\n" in text
    assert text.startswith("1 change between a\\x07.yaml and b.yaml")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "2 stricter, 1 removed, 3 cosmetic"),
        ("sv", "2 striktare, 1 borttagen, 3 kosmetiska"),
    ],
)
def test_counted_in_words(lang: str, expected: str):
    """Counts of classes read naturally; Swedish uses plurals above one."""
    from dosering.analyses.diff import ChangeClass
    from dosering.i18n.diff import counted

    counts = {ChangeClass.STRICTER: 2, ChangeClass.REMOVED: 1, ChangeClass.COSMETIC: 3}
    assert counted(counts, lang) == expected


@pytest.mark.parametrize(
    ("lang", "one", "more"),
    [
        ("en", "1 renamed, 1 added, 1 removed", "7 renamed, 2 added, 1,200 removed"),
        (
            "sv",
            "1 med nytt id, 1 tillagd, 1 borttagen",
            "7 med nytt id, 2 tillagda, 1\u00a0200 borttagna",
        ),
    ],
)
def test_counted_agrees_with_the_number(lang: str, one: str, more: str):
    """One change reads singular, more plural; a renamed one is "med nytt id"."""
    from dosering.analyses.diff import ChangeClass
    from dosering.i18n.diff import counted

    classes = (ChangeClass.RENAMED, ChangeClass.ADDED, ChangeClass.REMOVED)
    assert counted(dict.fromkeys(classes, 1), lang) == one
    assert counted(dict(zip(classes, (7, 2, 1200), strict=True)), lang) == more


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        (
            "en",
            "1 change between a.yaml and b.yaml: 1 cosmetic",
            "2 changes between a.yaml and b.yaml: 2 cosmetic",
        ),
        (
            "sv",
            "1 ändring mellan a.yaml och b.yaml: 1 kosmetisk",
            "2 ändringar mellan a.yaml och b.yaml: 2 kosmetiska",
        ),
    ],
)
def test_summary_agrees_with_the_number(lang: str, one: str, two: str):
    """The summary says "1 change" and "2 changes", never "change(s)"."""

    def rename(d: dict[str, Any]) -> None:
        d["roles"][1]["name"] = "Chef och ledare"

    def both(d: dict[str, Any]) -> None:
        rename(d)
        d["roles"][0]["name"] = "Sjuksköterska och barnmorska"

    for edit, expected in ((rename, one), (both, two)):
        out = io.StringIO()
        REPORTERS["text"](
            diff_models(model(), model(edit)),
            out,
            DiffContext("a.yaml", "b.yaml", lang, color=False),
        )
        assert out.getvalue().splitlines()[0] == expected


def _sentences(edit: Any, lang: str) -> list[str]:
    from dosering.report.diff import sentence

    result = diff_models(model(), model(edit))
    return [sentence(change, result, lang) for change in result.changes]


def _coded(d: dict[str, Any]) -> None:
    d["region"]["language"] = "en"
    d["courses"][1]["format"] = "on-the-job"
    d["courses"][1]["seats_per_year"] = "unlimited"
    d["courses"][0]["audience"] = ["g1", "r2"]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "language: Swedish → English",
                "audience: (everyone) → Vård, Chef",
                "format: classroom → on the job",
                "seats a year: 10 → unlimited",
            ],
        ),
        (
            "sv",
            [
                "språk: svenska → engelska",
                "målgrupp: (alla) → Vård, Chef",
                "format: lärarledd → i arbetet",
                "platser per år: 10 → obegränsat",
            ],
        ),
    ],
)
def test_coded_values_in_words(lang: str, expected: list[str]):
    """Formats, unlimited seats and the language read as words; ids by name."""
    assert _sentences(_coded, lang) == expected


def test_every_field_and_code_has_words():
    """Each field a change can name has a word, each coded value its render words."""
    from typing import get_args

    from dosering.i18n import render
    from dosering.i18n.diff import WORDS, value_word
    from dosering.model.schema import (
        FORMATS,
        Area,
        Course,
        Group,
        Level,
        Region,
        Role,
    )

    worded = ("gives", "needs")  # in sentences of their own
    for entity in (Region, Level, Area, Group, Course, Role):
        for name in entity.model_fields:
            if name not in worded and (entity is Region or name != "id"):
                assert f"field.{name}" in WORDS, (entity.__name__, name)
    assert "field.order" in WORDS
    for lang, pick in (("en", 0), ("sv", 1)):
        for code in FORMATS:
            assert (
                value_word("format", code, lang)
                == render.LABELS[f"format.{code}"][pick]
            )
        for code in get_args(Region.model_fields["language"].annotation):
            assert value_word("language", code, lang), code
        assert (
            value_word("seats_per_year", "unlimited", lang)
            == (render.LABELS["seats.unlimited"][pick])
        )
        assert value_word("seats_per_year", 10, lang) is None


def test_matrix_names_each_side_by_its_own_names():
    """An id of A's only that B uses for another entity shows A's name, not B's."""
    from dosering.model.crosswalk import Crosswalk

    def swap(d: dict[str, Any]) -> None:
        # B's r2 is A's r1, B's ps is A's fk: A's r2 and ps are only A's.
        role(d, 0)["id"], role(d, 0)["name"] = "r2", "Sjuksköterska i B"
        role(d, 1)["id"], role(d, 1)["name"] = "r1", "Chef i B"
        d["areas"] = [{"id": "ps", "name": "Förbättring i B"}]
        for r in d["roles"]:
            r["needs"] = {"ps": "veta"}
        for c in d["courses"]:
            c["gives"] = {"ps": "veta"}

    crosswalk = Crosswalk({"roles": {"r2": "r1"}, "areas": {"ps": "fk"}})
    result = diff_models(model(), model(swap), crosswalk, matrix=True)
    out = io.StringIO()
    REPORTERS["md"](result, out, DiffContext("a.yaml", "b.yaml"))
    md = out.getvalue().split("#### Role × area")[1]
    assert md.splitlines()[2:7] == [
        "| role | Förbättring i B | Patientsäkerhet |",
        "| --- | --- | --- |",
        "| Sjuksköterska i B | Veta \\| Veta | **Veta ≠ –** |",
        "| Chef | **Driva ≠ –** | – \\| – |",
        "| Chef i B | **– ≠ Veta** | – \\| – |",
    ]


def test_matrix_names_are_escaped():
    """Level, role and area names in the matrix go through the medium's escaper."""

    def edit(d: dict[str, Any]) -> None:
        d["levels"][0]["name"] = "Veta | [red]x[/red]"
        d["roles"][0]["name"] = "**Sjuk**\x1b[31m"
        d["areas"][0]["name"] = "FK <b>"

    result = diff_models(model(edit), model(edit), matrix=True)
    out = io.StringIO()
    REPORTERS["md"](result, out, DiffContext("a.yaml", "b.yaml"))
    md = out.getvalue()
    assert "| role | FK \\<b\\> | Patientsäkerhet |\n" in md
    assert (
        "| \\*\\*Sjuk\\*\\*\\\\x1b\\[31m | Veta \\| \\[red\\]x\\[/red\\] \\| "
        "Veta \\| \\[red\\]x\\[/red\\] | "
    ) in md
    out = io.StringIO()
    REPORTERS["text"](result, out, DiffContext("a.yaml", "b.yaml", color=True))
    text = out.getvalue()
    assert "\x1b[31m" not in text
    assert "[red]x[/red]" in text


def test_a_time_limit_set_or_taken_away_and_positions_from_one():
    """No `within_months` on one side is said in words; list positions count from 1."""

    def gone(d: dict[str, Any]) -> None:
        del role(d, 0)["needs"]["ps"]["within_months"]

    def moved(d: dict[str, Any]) -> None:
        d["courses"][0], d["courses"][1] = d["courses"][1], d["courses"][0]

    assert _sentences(gone, "sv") == [
        "Patientsäkerhet utan tidsgräns (förut inom 6 månader från start)"
    ]
    assert _sentences(gone, "en") == [
        "Patientsäkerhet with no time limit (within 6 months of starting before)"
    ]
    assert _sentences(moved, "en") == ["position in the list: 2 → 1"]
