"""Markdown: the catalogue's backtick spans are code spans; model text stays data.

A catalogue text marks code with backticks (`` `courses:` ``, `` `{value}` ``).
In Markdown output those become real code spans, and data filled into one shows
there exactly as it is (a code span takes no backslash escapes: a longer fence
when the data holds backticks, a space when it begins or ends with one). Data
outside a span is escaped, as before. A CommonMark parser is the judge.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from dosering.i18n._text import Worded, compose, fill, marked
from dosering.report.escape import markdown, terminal
from tests.conftest import ROOT, run
from tests.markdown_oracle import (
    ALLOWED_TAGS,
    code_spans,
    seen,
    tags,
    to_html,
    without_code_spans,
)

VGR = ROOT / "examples" / "vgr.yaml"
HOSTILE = [
    "fk-chef",
    "a`b",
    "`x",
    "x`",
    "a``b`",
    "``",
    " mellan ",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "*fet* _kursiv_ ~~x~~",
    "a|b",
    "slut\\",
    "\\`",
    "&amp; &#60;",
    "https://example.org www.example.org",
    "# rubrik",
    "- punkt",
]
TEMPLATE = "föreskriv `{id}` i ett behov (`courses:`) för {name}"


def w(
    template: str,
    args: tuple[object, ...] = (),
    params: Mapping[str, object] | None = None,
    *,
    always: bool = False,
) -> str:
    """`fill` as a Markdown reporter fills: inside `marked`."""
    with marked():
        return fill(template, args, params or {}, always=always)


def _visible_in_code(data: str) -> str:
    """What a code span shows of `data` (control characters as escapes)."""
    return terminal(data)


@pytest.mark.parametrize("data", HOSTILE)
@pytest.mark.parametrize("in_table", [False, True])
def test_data_in_a_code_span_shows_exactly(data: str, in_table: bool):
    """Data in the catalogue's span is that span's text; outside, it is plain text."""
    text = markdown(w(TEMPLATE, (), {"id": data, "name": data}), in_table=in_table)
    source = f"| h |\n| --- |\n| {text} |\n" if in_table else text
    assert code_spans(source) == [_visible_in_code(data), "courses:"]
    assert tags(source) <= ALLOWED_TAGS, to_html(source)
    assert f"för {data}".rstrip() in seen(source)
    if in_table:
        assert to_html(source).count("<td>") == 1


def test_a_line_break_in_data_shows_as_an_escape_inside_code():
    """A line break cannot end a table row from inside a code span."""
    text = markdown(w("`{0}` och {0}", ("rad\nny",), {}))
    assert text == "`rad\\x0any` och rad<br>ny"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("fk-chef", "`fk-chef`"),
        ("a`b", "``a`b``"),
        ("`x", "`` `x ``"),
        ("a``b`", "``` a``b` ```"),
        (" mellan ", "`  mellan  `"),
        ("a|b", "`a\\|b`"),
        ("", "\\`\\`"),
    ],
)
def test_code_span_fences(data: str, expected: str):
    """The fence outgrows the data's backticks; padding keeps its ends (CommonMark)."""
    assert markdown(w("`{0}`", (data,), {})) == expected


def test_a_pipe_in_a_paragraph_code_span_needs_no_backslash():
    """Outside a table, `|` stays as it is inside a code span."""
    assert markdown(w("`{0}`", ("a|b",), {}), in_table=False) == "`a|b`"


def test_plain_text_with_backticks_is_data():
    """A string that is not a filled catalogue text shows its backticks as text."""
    text = markdown("`kurs` *x*")
    assert text == "\\`kurs\\` \\*x\\*"
    assert code_spans(text) == []
    assert seen(text).strip() == "`kurs` *x*"


def test_catalogue_text_outside_spans_is_escaped_and_keeps_its_spaces():
    """Around a span, the catalogue's own words are escaped, spaces kept."""
    text = markdown(w("a * b `{0}` c | d", ("x",), {}))
    assert text == "a \\* b `x` c \\| d"


def test_an_unclosed_catalogue_backtick_is_a_character():
    """A span the catalogue leaves open shows its backtick, the data escaped."""
    assert markdown(w("öppen `{0} *", ("a*b",), {})) == "öppen \\`a\\*b \\*"


def test_a_sentence_of_sentences_keeps_its_code():
    """A filled text filled into another keeps its spans; inside a span it is data."""
    inner = w("behovets `courses`", (), {})
    outer = w("{a}; {b}", (), {"a": inner, "b": "`x`"})
    assert markdown(outer) == "behovets `courses`; \\`x\\`"
    quoted = w("`{0}`", (inner,), {})
    assert code_spans(markdown(quoted)) == ["behovets `courses`"]


def test_compose_keeps_code_and_treats_the_rest_as_data():
    """Joining a filled text with plain pieces: the pieces are data."""
    joined = compose("fil.csv:2: `varning` ", w("`{0}`", ("x",), {}))
    assert isinstance(joined, Worded)
    assert markdown(joined) == "fil.csv:2: \\`varning\\` `x`"
    assert compose("a", "b") == "ab"
    assert type(compose("a", "b")) is str


def test_strip_keeps_the_parts():
    """A stripped filled text is still one, its data still data."""
    stripped = w("  `{0}` {1} ", ("x", "*"), {}).strip()
    assert stripped == "`x` *"
    assert markdown(stripped) == "`x` \\*"


def test_terminal_escapes_keep_the_parts():
    """Control characters in data become escapes; the spans are still known."""
    shown = terminal(w("`{0}` {0}", ("a\tb",), {}))
    assert shown == "`a\\x09b` a\\x09b"
    assert markdown(shown) == "`a\\x09b` a\\\\x09b"


def test_a_filled_text_is_still_a_string_everywhere_else():
    """Anything but the Markdown escaper sees the plain filled text."""
    text = w("`{x}` är {n:.1f}", (), {"x": "fk", "n": 2.25})
    assert isinstance(text, Worded)
    assert text == "`fk` är 2.2"
    assert type(str(text)) is str
    plain = fill("`{x}` är {n:.1f}", (), {"x": "fk", "n": 2.25})
    assert type(plain) is str  # outside a Markdown reporter: an ordinary string
    assert markdown(plain) == "\\`fk\\` är 2.2"
    assert w("{{x}} `{missing}`", (), {}, always=True) == "{x} `{missing}`"


def test_the_render_cache_never_turns_data_into_code():
    """Data equal to a catalogue text is still escaped after the text was shown."""
    from dosering.render.environment import md_escape

    worded = w("behovets `courses`", (), {})
    assert str(md_escape(worded)) == "behovets `courses`"
    assert str(md_escape(str(worded))) == "behovets \\`courses\\`"
    assert str(md_escape(worded)) == "behovets `courses`"


# ---------------------------------------------------------------- commands


def _checked(source: str) -> None:
    """Only dosering's own tags; no link or autolink from data outside code."""
    assert tags(source) <= ALLOWED_TAGS, to_html(source)
    outside = without_code_spans(source)
    assert re.search(r"(?<!\\)\]\(", outside) is None
    assert re.search(r"(?<!\\)<script", outside) is None


def test_gap_markdown_real_code_spans():
    """gap's Markdown shows the catalogue's `courses:` as code, not `\\``."""
    result = run("gap", str(VGR), "--lang", "sv", "-f", "md")
    assert result.exit_code == 0, result
    line = next(s for s in result.stdout.splitlines() if s.startswith("Ingen lärväg"))
    assert line.endswith(
        "föreskriv den i ett behov (`courses:`) för att skicka en roll dit  "
    )
    assert "\\`" not in result.stdout
    _checked(result.stdout)


def test_gap_markdown_hostile_course_list(tmp_path: Path):
    """A list's cell quoted in a finding is a code span; its title in a table, data."""
    cell = "ca `4` | *x* <script>s</script>"
    title = "`kurs` *x* | <script>alert(1)</script> [x](y)"
    listed = tmp_path / "list.csv"
    listed.write_text(
        "Kurskod;Kursnamn;Omfattning (timmar);Antal platser\n"
        f"LP-10234;Introduktion till förbättringskunskap;{cell};100\n"
        f"X-1;{title};2;5\n",
        encoding="utf-8",
    )
    result = run("gap", str(VGR), "--courses", str(listed), "-f", "md")
    assert result.exit_code == 1, result  # gaps in the default --fail-on
    lines = result.stdout.splitlines()
    row = next(s for s in lines if s.startswith("| 3 | X-1 |"))
    assert row == (
        "| 3 | X-1 | \\`kurs\\` \\*x\\* \\| \\<script\\>alert(1)\\</script\\> "
        "\\[x\\](y) | no model course matches: map it in --mapping, or ignore it "
        "in that file |"
    )
    finding = next(s for s in lines if "row-number" in s)
    assert finding == (
        f"- {markdown(str(listed))}:2:3: warning row-number "
        "``ca `4` | *x* <script>s</script>`` in column Omfattning (timmar) is not a "
        "number; counted as unknown (Write a number such as 1,5 or 1.5, or leave the "
        "cell blank.)"
    )
    assert cell in code_spans(finding)
    assert title in seen(row)
    _checked(result.stdout)


def test_progress_markdown_hostile_title(tmp_path: Path):
    """A staff list's role title quoted in a finding is a code span, shown as is."""
    title = "`chef` *x* | <script>a</script> [x](y)"
    staff = tmp_path / "staff.csv"
    staff.write_text(
        "Anställningsnummer;Befattning;Förvaltning;Enhet;Anställd från\n"
        "VGR1;Sjuksköterska;A;B;2020-01-01\n"
        f"VGR2;{title};A;B;2020-01-01\n",
        encoding="utf-8",
    )
    result = run(
        "progress",
        str(VGR),
        "--staff",
        str(staff),
        "--completions",
        str(ROOT / "examples" / "vgr-completions.xlsx"),
        "--on",
        "2026-03-31",
        "--min-group",
        "1",
        "-f",
        "md",
    )
    assert result.exit_code == 0, result
    finding = next(s for s in result.stdout.splitlines() if "unmapped-staff" in s)
    assert finding.startswith(
        f"- {markdown(str(staff))}:3: warning unmapped-staff the role "
        "`` `chef` *x* | <script>a</script> [x](y) `` matches no role"
    )
    assert code_spans(finding)[0] == title
    _checked(result.stdout)


def test_diff_markdown_hostile_names(tmp_path: Path):
    """Names in diff's sentences and cells are data: escaped, never code or links."""
    name = "`VGR` *x* | <script>a</script> [x](y)"
    changed = tmp_path / "b.yaml"
    changed.write_text(
        VGR.read_text("utf-8").replace(
            "  name: Västra Götalandsregionen", f'  name: "{name}"', 1
        ),
        encoding="utf-8",
    )
    result = run("diff", str(VGR), str(changed), "-f", "md")
    assert result.exit_code == 0, result
    row = next(s for s in result.stdout.splitlines() if "Västra" in s)
    assert row.endswith(
        "| name: Västra Götalandsregionen → \\`VGR\\` \\*x\\* \\| "
        "\\<script\\>a\\</script\\> \\[x\\](y) |"
    )
    assert name in seen(f"| a | b | c | d |\n| --- | --- | --- | --- |\n{row}\n")
    _checked(result.stdout)


def test_validate_step_summary_hostile_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A bad id quoted in a finding is a code span in the step summary table."""
    bad = "fk`x`*|<script>"
    model = tmp_path / "model.yaml"
    model.write_text(
        VGR.read_text("utf-8").replace(
            "      forbattringskunskap: grundniva", f'      "{bad}": grundniva', 1
        ),
        encoding="utf-8",
    )
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run("validate", "-f", "github", str(model))
    assert result.exit_code == 1, result
    text = summary.read_text("utf-8")
    row = next(s for s in text.splitlines() if "`schema`" in s)
    assert "| ``fk`x`*\\|<script>`` is not a valid id — Ids use" in row
    assert bad in code_spans(f"| a | b | c | d |\n| --- | --- | --- | --- |\n{row}\n")
    _checked(text)


@pytest.mark.parametrize(
    ("template", "args", "params", "expected"),
    [
        ("`{0!r}` {0!s} {0!a}", ("å",), {}, "`'å'` å '\\\\xe5'"),
        ("`{}` {}", ("a", "*"), {}, "`a` \\*"),
        ("`{x:>3}`", (), {"x": "a"}, "`  a`"),
        ("`{0[0]}` *", ("ab",), {}, "\\`a\\` \\*"),
    ],
)
def test_field_forms(
    template: str, args: tuple[str, ...], params: dict[str, str], expected: str
):
    """Conversions, automatic numbers and specs are followed; other forms are data."""
    assert markdown(w(template, args, params)) == expected
