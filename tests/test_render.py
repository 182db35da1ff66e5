"""`dosering render`: formats, languages, safety, bad input and exit codes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dosering.cli.render import RenderFormat
from dosering.render.environment import ENTRY, builtin_templates
from dosering.render.writers import WRITERS
from tests.conftest import ROOT, run

KALMAR = ROOT / "examples" / "kalmar.yaml"
VGR = ROOT / "examples" / "vgr.yaml"

HOSTILE_NAME = (
    "{{ 7*7 }} | <script>document.title='pwned'</script> "
    "[x](javascript:alert(1)) *b* _i_ `c` &amp; ![i](http://e.invalid/x.png)"
)
HOSTILE_TEXT = "line one\n# heading\n- item\n| a | b |\n<img src=x onerror=alert(1)>"


def unescaped(markup: str, text: str) -> list[str]:
    """Occurrences of `markup` whose first character is not backslash-escaped."""
    return re.findall(r"(?<!\\)" + re.escape(markup), text)


def hostile_model(name: str = HOSTILE_NAME, language: str = "sv") -> str:
    """A valid model whose names and texts try to break out of the document."""
    quoted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    text = '"' + HOSTILE_TEXT.replace("\n", "\\n") + '"'
    return f"""dosering: 1
region: {{id: hostile, name: {quoted}, language: {language}}}
levels:
  - {{id: veta, name: {quoted}, description: {text}}}
  - {{id: driva, name: Driva}}
areas:
  - id: fk
    name: {quoted}
    description: {text}
    outcomes: {{veta: {text}}}
groups:
  - {{id: g, name: {quoted}}}
roles:
  - id: r
    name: {quoted}
    group: g
    headcount: 10
    turnover: 0.1
    needs: {{fk: driva}}
  - id: r2
    name: Utan grupp
    needs: {{fk: veta}}
courses:
  - id: c
    title: {quoted}
    description: {text}
    format: workshop
    hours: 2
    gives: {{fk: driva}}
    provider: {quoted}
    lms: {quoted}
    seats_per_year: 5
    url: "https://example.org/a(b)<c>|d"
"""


@pytest.fixture
def hostile(write_tree: Callable[[dict[str, str]], Path]) -> Path:
    """A hostile model on disk."""
    return write_tree({"hostile.yaml": hostile_model()}) / "hostile.yaml"


def test_formats_match_entry_templates():
    """Every --format choice has an entry template, and the reverse."""
    assert {f.value for f in RenderFormat} == set(ENTRY) | set(WRITERS)
    names = {str(p) for p in builtin_templates()}
    assert set(ENTRY.values()) <= names


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_renders_to_stdout(fmt: str):
    """Without -o the document goes to stdout and the exit code is 0."""
    result = run("render", str(KALMAR), "-f", fmt)
    assert result.exit_code == 0, result
    assert "Region Kalmar län" in result.stdout
    assert "Doseringsmatrisen" in result.stdout
    assert result.stderr == ""


def test_output_file_and_format_from_suffix(tmp_path: Path):
    """-o x.html writes HTML atomically and says so on stderr."""
    target = tmp_path / "kalmar.html"
    result = run("render", str(KALMAR), "-o", str(target))
    assert result.exit_code == 0, result
    assert result.stdout == ""
    assert result.stderr == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "kalmar.html"]


@pytest.mark.parametrize("name", ["kalmar", "kalmar.md", "kalmar.MARKDOWN"])
def test_default_format_is_markdown(tmp_path: Path, name: str):
    """An output file named .md (or with no suffix at all) gets Markdown."""
    target = tmp_path / name
    assert run("render", str(KALMAR), "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Region Kalmar län")


def test_language_follows_the_region_then_lang():
    """Swedish by the region's language; --lang en gives English labels."""
    swedish = run("render", str(KALMAR))
    english = run("render", str(KALMAR), "--lang", "en")
    assert "## Doseringsmatrisen" in swedish.stdout
    assert "## The dosing matrix" in english.stdout
    assert "Vem behöver kunna?" in swedish.stdout
    assert "Who needs to know?" in english.stdout
    assert "No course gives Innovationskunskap" in english.stdout
    assert "Ingen kurs ger Innovationskunskap" in swedish.stdout


def test_config_sets_language_and_templates(tmp_path: Path, monkeypatch):
    """.dosering.yaml's render section sets the language and the template folder."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "warnings.md").write_text("OWN {{ doc.warnings|length }}\n")
    (tmp_path / ".dosering.yaml").write_text("render:\n  lang: en\n  templates: mine\n")
    monkeypatch.chdir(tmp_path)
    result = run("render", str(KALMAR))
    assert result.exit_code == 0, result
    assert "## The dosing matrix" in result.stdout
    assert "\nOWN 1\n" in result.stdout


def test_warnings_worded_in_the_document_language():
    """A Swedish model rendered with English messages still gets Swedish warnings."""
    result = run("render", str(KALMAR))
    assert "Ingen kurs ger Innovationskunskap på Driva & leda" in result.stdout


def test_model_text_is_never_a_template_markdown(hostile: Path):
    """`{{ 7*7 }}` in a name prints literally, and nothing breaks the Markdown."""
    result = run("render", str(hostile), "-f", "md")
    assert result.exit_code == 0, result
    out = result.stdout
    assert "49" not in out
    assert "{{ 7\\*7 }}" in out
    for markup in ("<script", "<img", "](javascript", "[i]", "[x]", "`c`", "*b*"):
        assert not unescaped(markup, out), markup
    assert "&amp;amp;" in out
    assert "\n# heading" not in out
    assert "\n- item" not in out
    # Every table row keeps its column count: no unescaped | from model text.
    for line in out.splitlines():
        if line.startswith("| ") and "\\|" in line:
            header_cells = len(re.split(r"(?<!\\)\|", line))
            assert header_cells in (4, 5, 6, 7, 8, 10), line
    assert "line one<br>\\# heading<br>\\- item<br>\\| a \\| b \\|<br>\\<img" in out


def test_markdown_table_rows_keep_their_columns(hostile: Path):
    """The matrix row of the hostile role has exactly its 3 + 1 cells."""
    out = run("render", str(hostile), "-f", "md").stdout
    row = next(line for line in out.splitlines() if line.startswith("| [{{"))
    assert len(re.split(r"(?<!\\)\|", row)) == 5, row
    link = "[https://example.org/a%28b%29%3Cc%3E%7Cd]"
    assert "(https://example.org/a%28b%29%3Cc%3E%7Cd)" in out
    assert link not in out


def test_model_text_is_never_a_template_html(hostile: Path):
    """In HTML every model text is escaped; {{ 7*7 }} stays literal."""
    result = run("render", str(hostile), "-f", "html")
    assert result.exit_code == 0, result
    out = result.stdout
    assert "{{ 7*7 }}" in out
    assert "<script" not in out
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in out
    assert "<img" not in out
    assert 'href="javascript' not in out
    assert 'href="https://example.org/a(b)&lt;c&gt;|d"' in out


def test_roles_without_group_and_headcount(hostile: Path):
    """Roles without a group are listed last; one without headcount is named."""
    out = run("render", str(hostile), "-f", "md", "--lang", "en").stdout
    assert "| **Other roles** |" in out
    assert "Roles without headcount (no demand counted): Utan grupp." in out
    assert "No headcount given: no demand counted." in out


def test_invalid_model_leaves_output_untouched(write_tree, tmp_path: Path):
    """An invalid model: findings on stderr, exit 1, the old file byte-identical."""
    root = write_tree({"bad.yaml": "dosering: 1\nregion: {id: x}\n"})
    target = tmp_path / "out.html"
    target.write_bytes(b"old \x00 bytes")
    result = run("render", str(root / "bad.yaml"), "-o", str(target))
    assert result.exit_code == 1, result
    assert "bad.yaml:2:" in result.stderr
    assert "error" in result.stderr
    assert result.stdout == ""
    assert target.read_bytes() == b"old \x00 bytes"


def test_invalid_model_writes_no_new_file(write_tree, tmp_path: Path):
    """No output file appears for an invalid model."""
    root = write_tree({"bad.yaml": ""})
    target = tmp_path / "new.md"
    result = run("render", str(root / "bad.yaml"), "-o", str(target))
    assert result.exit_code == 1, result
    assert not target.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nowhere.yaml"], "dosering: nowhere.yaml: no such file or directory\n"),
        ([str(ROOT)], f"dosering: {ROOT}: is a directory, not a model file\n"),
        (
            [str(KALMAR), "-o", "missing/out.md"],
            "dosering: missing/out.md: the folder missing does not exist\n",
        ),
        (
            [str(KALMAR), "-o", "."],
            "dosering: .: is a directory; give a file name to write\n",
        ),
        (
            [str(KALMAR), "--templates", "nowhere"],
            "dosering: nowhere: no such template folder\n",
        ),
        (
            [str(KALMAR), "--templates", str(KALMAR)],
            f"dosering: {KALMAR}: is not a folder; --templates takes a folder\n",
        ),
    ],
)
def test_cannot_run_exits_3(args: list[str], message: str):
    """Missing paths, unwritable outputs and bad template folders: one line, exit 3."""
    result = run("render", *args)
    assert result.exit_code == 3, result
    assert result.stderr == message


def write_template(folder: Path, name: str, text: str) -> Path:
    """Write one user template."""
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_template_syntax_error_names_file_and_line(tmp_path: Path):
    """A syntax error: one line with the template's path and line, exit 3."""
    folder = write_template(tmp_path / "t", "matrix.md", "ok\n{% for x in %}\n")
    result = run("render", str(KALMAR), "--templates", str(folder))
    assert result.exit_code == 3, result
    assert result.stderr.startswith(f"dosering: {folder / 'matrix.md'}:2: ")
    assert "template syntax error" in result.stderr
    assert result.stderr.count("\n") == 1


def test_template_undefined_name_names_file_and_line(tmp_path: Path):
    """An undefined name: one line with the template's path and line, exit 3."""
    folder = write_template(
        tmp_path / "t", "document.md", "# {{ doc.title.region }}\n\n{{ nosuch }}\n"
    )
    result = run("render", str(KALMAR), "--templates", str(folder))
    assert result.exit_code == 3, result
    assert result.stderr == (
        f"dosering: {folder / 'document.md'}:3: `nosuch` is no value of the "
        "document data; fix the template\n"
    )


@pytest.mark.parametrize(
    ("text", "english", "swedish"),
    [
        (
            "{{ doc.title }\n",
            "`}` was not expected here (is a `{{` or `{%` left unclosed, or closed "
            "twice?); fix the template",
            "`}` väntades inte här (står en `{{` eller `{%` utan slut, eller stängs "
            "den två gånger?); rätta mallen",
        ),
        (
            "{% for x in doc.roles %}\n",
            "the template ends before its `{% for %}` is closed; add `{% endfor %}` "
            "where the block ends",
            "mallen tar slut innan dess `{% for %}` stängs; lägg till `{% endfor %}` "
            "där blocket slutar",
        ),
        (
            "{% if doc %}\n{% endfor %}\n",
            "`{% endfor %}` here, but the open block is `{% if %}`: close it with "
            "`{% endif %}` first",
            "`{% endfor %}` här, men blocket som är öppet är `{% if %}`: stäng det med "
            "`{% endif %}` först",
        ),
        (
            "{% rubrik %}\n",
            "`{% rubrik %}` is no tag Jinja knows (or closes no open block); fix or "
            "remove it",
            "`{% rubrik %}` är ingen tagg som Jinja känner till (eller stänger inget "
            "öppet block); rätta eller ta bort den",
        ),
        (
            "{{ doc | versaler }}\n",
            "there is no filter `versaler`; fix the template",
            "det finns inget filter `versaler`; rätta mallen",
        ),
        (
            "{{ doc.titel }}\n",
            "the document data has no `titel` here; fix the template",
            "dokumentets data har inget `titel` här; rätta mallen",
        ),
    ],
)
def test_template_mistakes_in_plain_words(
    tmp_path: Path, text: str, english: str, swedish: str
) -> None:
    """Issue 16: Jinja's common errors in the run's language, not Jinja's English."""
    folder = write_template(tmp_path / "t", "document.md", text)
    for lang, said in (("en", english), ("sv", swedish)):
        result = run("render", str(KALMAR), "--templates", str(folder), "--lang", lang)
        assert result.exit_code == 3, result
        line = result.stderr.removeprefix(f"dosering: {folder / 'document.md'}:")
        assert line.split(": ", 1)[1] == said + "\n"


def test_undefined_attribute_is_an_error_too(tmp_path: Path):
    """StrictUndefined: a misspelt attribute stops the run instead of printing ''."""
    folder = write_template(tmp_path / "t", "document.md", "{{ doc.titel }}\n")
    result = run("render", str(KALMAR), "--templates", str(folder))
    assert result.exit_code == 3, result
    assert "document.md:1:" in result.stderr
    assert "has no `titel` here" in result.stderr


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ doc.__class__ }}",
        "{{ L.__init__.__globals__ }}",
    ],
)
def test_sandbox_refuses_escapes(tmp_path: Path, source: str):
    """Reaching Python internals from a user template is refused, exit 3."""
    folder = write_template(tmp_path / "t", "document.md", f"x\n{source}\n")
    result = run("render", str(KALMAR), "--templates", str(folder))
    assert result.exit_code == 3, result
    assert f"{folder / 'document.md'}:2: refused: " in result.stderr
    assert "sandbox" in result.stderr
    assert result.stdout == ""


def test_user_template_runtime_error(tmp_path: Path):
    """A user template that divides by zero: one line, exit 3."""
    folder = write_template(tmp_path / "t", "document.md", "{{ 1 // 0 }}\n")
    result = run("render", str(KALMAR), "--templates", str(folder))
    assert result.exit_code == 3, result
    assert "document.md:1: the template failed:" in result.stderr


def test_user_template_includes_missing_template(tmp_path: Path):
    """An include of a template that exists nowhere: one line, exit 3."""
    folder = write_template(tmp_path / "t", "document.md", '{% include "gone.md" %}\n')
    result = run("render", str(KALMAR), "--templates", str(folder))
    assert result.exit_code == 3, result
    assert "no template named `gone.md`" in result.stderr


def test_override_one_partial_keeps_the_rest(tmp_path: Path):
    """Overriding matrix.html replaces only the matrix; the rest is built in."""
    folder = write_template(
        tmp_path / "t", "matrix.html", '<p id="own">{{ doc.role_count }} roles</p>\n'
    )
    result = run("render", str(KALMAR), "-f", "html", "--templates", str(folder))
    assert result.exit_code == 0, result
    assert '<p id="own">14 roles</p>' in result.stdout
    assert 'id="dosing-matrix"' not in result.stdout
    assert 'id="catalogue"' in result.stdout


def test_user_templates_are_autoescaped(tmp_path: Path, hostile: Path):
    """A user's HTML template gets the same escaping as the built-ins."""
    folder = write_template(tmp_path / "t", "matrix.html", "{{ doc.title.region }}\n")
    result = run("render", str(hostile), "-f", "html", "--templates", str(folder))
    assert result.exit_code == 0, result
    assert "<script" not in result.stdout


def test_eject_then_render_is_identical(tmp_path: Path):
    """Ejected templates render exactly what the built-ins render."""
    folder = tmp_path / "ejected"
    result = run("templates", "eject", str(folder))
    assert result.exit_code == 0, result
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
    assert names == sorted(str(p) for p in builtin_templates())
    assert f"to {folder}" in result.stderr
    for fmt in ("md", "html"):
        own = run("render", str(KALMAR), "-f", fmt, "--templates", str(folder))
        built_in = run("render", str(KALMAR), "-f", fmt)
        assert own.stdout == built_in.stdout


def test_eject_never_overwrites(tmp_path: Path):
    """A second eject into the same folder stops with exit 3, files untouched."""
    folder = tmp_path / "ejected"
    assert run("templates", "eject", str(folder)).exit_code == 0
    (folder / "document.md").write_text("mine\n")
    result = run("templates", "eject", str(folder))
    assert result.exit_code == 3, result
    assert "already exists" in result.stderr
    assert (folder / "document.md").read_text() == "mine\n"


def test_eject_into_a_file(tmp_path: Path):
    """Ejecting into a file stops with exit 3."""
    target = tmp_path / "file"
    target.write_text("x")
    result = run("templates", "eject", str(target))
    assert result.exit_code == 3, result
    assert "is a file" in result.stderr


def test_templates_hold_no_words():
    """No template holds user-facing words: every label comes from L."""
    words = re.compile(r"[A-Za-zÅÄÖåäö]{4,}")
    for name in builtin_templates():
        if str(name).endswith((".css", ".typ")):
            continue  # styles only; the Typst template shows only data it is given
        text = (ROOT / "templates" / name).read_text(encoding="utf-8")
        text = re.sub(r"\{#.*?#\}", "", text, flags=re.DOTALL)
        text = re.sub(r"\{[{%].*?[%}]\}", "", text, flags=re.DOTALL)
        text = re.sub(r"<style>.*?</style>", "", text, flags=re.DOTALL)
        text = re.sub(r"<[^>]*>", "", text)
        text = re.sub(r"\(#[^)]*\)", "", text)
        assert not words.findall(text), (name, words.findall(text))


def scaled_kalmar(roles: int) -> str:
    """Kalmar's example with its roles repeated (unique ids) up to `roles` roles."""
    import yaml

    data = yaml.safe_load(KALMAR.read_text(encoding="utf-8"))
    originals = data["roles"]
    data["roles"] = [
        {**originals[i % len(originals)], "id": f"r{i}", "name": f"Roll {i}"}
        for i in range(roles)
    ]
    data["region"]["published"] = str(data["region"]["published"])
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_output_size_is_linear_in_roles(write_tree, fmt: str):
    """Ten times the roles gives (roughly) ten times the document, no more."""
    root = write_tree(
        {"small.yaml": scaled_kalmar(140), "large.yaml": scaled_kalmar(1400)}
    )
    small = run("render", str(root / "small.yaml"), "-f", fmt)
    large = run("render", str(root / "large.yaml"), "-f", fmt)
    assert small.exit_code == large.exit_code == 0, (small, large)
    ratio = len(large.stdout) / len(small.stdout)
    assert 8.0 < ratio < 10.5, ratio


def test_template_not_utf8(tmp_path: Path):
    """A template saved as Windows-1252: one line naming the file, exit 3."""
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "warnings.md").write_bytes(b"Caf\xe9\n")
    result = run("render", str(KALMAR), "--templates", str(folder))
    assert result.exit_code == 3, result
    assert result.stderr == (
        f"dosering: {folder / 'warnings.md'}: the template is not UTF-8 text "
        "(byte 4); save it as UTF-8\n"
    )


def test_template_that_is_a_folder_is_ignored(tmp_path: Path):
    """A folder named like a template is not one: the built-in is used."""
    folder = tmp_path / "t"
    (folder / "matrix.md").mkdir(parents=True)
    result = run("render", str(KALMAR), "--templates", str(folder))
    assert result.exit_code == 0, result
    assert "## Doseringsmatrisen" in result.stdout


def test_streamed_failure_keeps_the_old_file(tmp_path: Path):
    """A built-in-looking document whose last part fails leaves no half file."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "warnings.html").write_text("{{ doc.no_such_thing }}\n")
    target = tmp_path / "k.html"
    target.write_text("the old document")
    result = run("render", str(KALMAR), "-o", str(target), "--templates", str(folder))
    assert result.exit_code == 3, result
    assert target.read_text() == "the old document"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "k.html", "mine"]


def test_write_atomic_streams_and_cleans_up(tmp_path: Path):
    """Pieces are written as they come; an error while they are made leaves nothing."""
    from dosering.core.output import write_atomic

    target = tmp_path / "doc.md"
    write_atomic(target, (f"{i}\n" for i in range(3)))
    assert target.read_text() == "0\n1\n2\n"

    def failing() -> Iterator[str]:
        yield "half"
        raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        write_atomic(target, failing())
    assert target.read_text() == "0\n1\n2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "doc.md"]


def test_summary_says_one_role_in_the_singular(tmp_path: Path) -> None:
    """Issue 16: "i en roll", not "i 1 roll(er)"; a course without hours counted."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\nregion: {id: r, name: R}\nlevels: [{id: veta, name: Veta}]\n"
        "areas: [{id: fk, name: FK}]\n"
        "roles: [{id: a, name: A, headcount: 10, needs: {fk: veta}}]\n"
        "courses: [{id: c, title: C, format: other, gives: {fk: veta}}]\n",
        encoding="utf-8",
    )
    swedish = run("render", str(model), "--lang", "sv").stdout.splitlines()
    assert "Modellen omfattar 10 anställda i en roll." in swedish
    assert any("kurser utan timmar, ej medräknade: 1" in line for line in swedish)
    english = run("render", str(model), "--lang", "en").stdout.splitlines()
    assert "The model covers 10 staff in one role." in english


def test_a_model_without_groups_lists_all_roles_not_other_roles(tmp_path: Path):
    """With no groups at all, the roles are "All roles"; nothing is "other"."""
    model = tmp_path / "m.yaml"
    model.write_text(
        "dosering: 1\n"
        "region: {id: ett, name: Region Ett, language: sv}\n"
        "levels: [{id: veta, name: Veta}]\n"
        "areas: [{id: fk, name: Förbättringskunskap}]\n"
        "roles:\n"
        "  - {id: ssk, name: Sjuksköterska, headcount: 10, needs: {fk: veta}}\n"
        "courses:\n"
        "  - {id: fk-intro, title: Intro, format: e-learning, hours: 1,"
        " gives: {fk: veta}}\n",
        encoding="utf-8",
    )
    sv = run("render", str(model), "-f", "md", "--lang", "sv").stdout
    assert "| **Alla roller** |" in sv
    assert "Övriga roller" not in sv
    en = run("render", str(model), "-f", "md", "--lang", "en").stdout
    assert "| **All roles** |" in en
    assert "Other roles" not in en
