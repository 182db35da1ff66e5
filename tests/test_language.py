"""One language per run: with `--lang sv`, no English word of the catalogue is shown.

Every command runs on `examples/` in Swedish; its output, and every file it writes
for people, is searched for words that occur only in the English half of the
catalogue (`dosering.i18n`). What may stay English is removed first, each for a
reason: codes, keys and ids (between backticks, or as a finding's code after its
severity), paths, options and addresses, the model's own texts, markup (HTML tags,
Markdown anchors) and the fixed syntax of machine formats (`::error` of GitHub).
A file that holds a model (`init`'s) has the format's keys; `diff` words every key
and code it shows, so its output is also searched for the format's codes, and its
English output for words only the Swedish half has.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

import dosering.i18n
from dosering.model.checks import CATALOGUE
from dosering.model.schema import FORMATS, UNLIMITED, json_schema
from tests.conftest import ROOT, run

WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé]+")
EX = ROOT / "examples"


def _catalogue() -> tuple[list[str], list[str]]:
    """Every (English, Swedish) pair of every catalogue module."""
    english, swedish = [], []
    for info in pkgutil.iter_modules(dosering.i18n.__path__):
        module = importlib.import_module(f"dosering.i18n.{info.name}")
        for table in vars(module).values():
            if not isinstance(table, dict):
                continue
            for pair in table.values():
                if (
                    isinstance(pair, tuple)
                    and len(pair) == 2
                    and all(isinstance(text, str) for text in pair)
                ):
                    english.append(pair[0])
                    swedish.append(pair[1])
    return english, swedish


def _words(texts: list[str]) -> set[str]:
    return {w.lower() for t in texts for w in WORD.findall(t)}


def _only_in(language: int) -> set[str]:
    """Words of one half of the catalogue (0: English, 1: Swedish) the other lacks."""
    halves = [
        # Placeholders and backticked parts (keys, codes) are no language's words.
        [re.sub(r"`[^`]*`|\{[^}]*\}", " ", text) for text in half]
        for half in _catalogue()
    ]
    return _words(halves[language]) - _words(halves[1 - language])


def _format_keys() -> set[str]:
    """Every key and code of the model format (a model file for people has them)."""
    keys: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    keys.update(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json_schema())
    keys |= {*FORMATS, UNLIMITED}
    return {part for key in keys for part in re.split(r"[_-]", key)} | keys


CODED = {"format", "language", "seats_per_year"}
"""Keys whose values are codes of the format, which outputs word."""


def _model_words() -> set[str]:
    """Words of the examples' own texts: names, titles, descriptions, ids."""
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in CODED:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, str):
            texts.append(node)

    for path in EX.glob("*.yaml"):
        walk(yaml.safe_load(path.read_text("utf-8")))
    return _words(texts)


ENGLISH = _only_in(0)
SWEDISH = _only_in(1)
MODEL_WORDS = _model_words()
ALLOWED = MODEL_WORDS | _format_keys()
# A finding's code: after its severity word, or any code of two words or more.
CODES = sorted(CATALOGUE, key=len, reverse=True)
FINDING = re.compile(
    r"(?<=fel |ing |nfo )(?:" + "|".join(CODES) + r")\b"
    r"|\b(?:" + "|".join(code for code in CODES if "-" in code) + r")\b"
)


def _strip(text: str) -> str:
    """The text without what may stay English (see the module docstring)."""
    text = re.sub(r"<style.*?</style>|<script.*?</script>", " ", text, flags=re.DOTALL)
    text = re.sub(r"<[^>]*>", " ", text)  # tags and their attributes
    text = re.sub(r"https?://\S+", " ", text)
    text = re.sub(r"`[^`\n]*`", " ", text)
    text = re.sub(r'"[^"\s]*"', " ", text)  # a quoted value in a hint: id: "no"
    text = re.sub(r"\]\(#[^)]*\)", "]", text)  # Markdown anchors
    text = re.sub(r"^::\w+ [^:]*::", " ", text, flags=re.MULTILINE)  # GitHub's
    # Options, and the codes given to them (`--fail-on stricter`, as typed).
    text = re.sub(r"--[a-z][a-z-]*(?: [a-z]+(?:[,-][a-z]+)*\b)?", " ", text)
    text = re.sub(r"\S*[/\\]\S*|\S+\.(?:ya?ml|csv|xlsx|md|html|json)\b", " ", text)
    text = re.sub(r"![A-Z]+\d+", " ", text)  # a workbook cell: Roller!B7
    text = re.sub(r"\w+…", " ", text)  # a model text cut short (diff's text format)
    return FINDING.sub(" ", text)


def _leaks(
    text: str, words: set[str] = ENGLISH, allowed: set[str] = ALLOWED
) -> list[str]:
    stripped = _strip(text)
    return sorted(
        {
            word
            for word in WORD.findall(stripped)
            if word.lower() in words and word.lower() not in allowed
        }
    )


DIFF_CODES = {
    *("stricter", "looser", "removed", "added", "renamed", "updated", "cosmetic"),
    *("levels", "areas", "groups", "roles", "courses", "level", "area", "role"),
    *("needs", "gives", "includes", "outcomes", "audience", "headcount", "turnover"),
    *("refresh", "seats", "unlimited", "within", "months", "language", "published"),
    *("title", "name", "description", "hours", "provider", "source", "order"),
    *("classroom", "learning", "programme", "job", "coaching", "network", "other"),
    *("crosswalk", "none", "change", "changes", "only", "requires", "requiring"),
    *("new", "was", "swedish", "english", "matrix", "demand", "backlog"),
}
"""English `diff` must not show in Swedish, even where the catalogue's Swedish half
has it in backticks: the format's keys and codes (kinds, fields, course formats),
the change classes, and its English words. `format` and `workshop` are not among
them: they are the Swedish catalogue's words too (a course's `format` is "format",
a `workshop` "workshop", in `render` as in `diff`)."""


def _diff_leaks(text: str) -> list[str]:
    """`diff`'s English: a word of the catalogue's English half, or a code."""
    found = set(_leaks(text, allowed=MODEL_WORDS))
    found |= {
        w
        for w in WORD.findall(_strip(text))
        if w.lower() in DIFF_CODES and w.lower() not in MODEL_WORDS
    }
    return sorted(found)


def _out(*argv: str, lang: str = "sv") -> str:
    result = run(*argv, "--lang", lang)
    return result.stdout + result.stderr


def _file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _written(argv: Callable[[Path], list[str]], name: str) -> Callable[[Path], str]:
    def make(tmp: Path) -> str:
        said = _out(*argv(tmp))
        return said + (tmp / name).read_text("utf-8")

    return make


DIFF_RUNS: dict[str, Callable[[Path], list[str]]] = {
    "diff text": lambda _: ["diff", str(EX / "vgr.yaml"), str(EX / "vgr-2026.yaml")],
    "diff md": lambda _: [
        "diff",
        str(EX / "vgr.yaml"),
        str(EX / "vgr-2026.yaml"),
        "-f",
        "md",
        "--fail-on",
        "stricter",
    ],
    "diff two regions": lambda _: [
        "diff",
        str(EX / "vgr.yaml"),
        str(EX / "kalmar.yaml"),
        "--map",
        str(EX / "crosswalk-vgr-kalmar.yaml"),
        "--matrix",
    ],
    "diff two regions md": lambda _: [
        "diff",
        str(EX / "vgr.yaml"),
        str(EX / "kalmar.yaml"),
        "--map",
        str(EX / "crosswalk-vgr-kalmar.yaml"),
        "--matrix",
        "-f",
        "md",
    ],
    "diff two regions by level order": lambda _: [
        "diff",
        str(EX / "vgr.yaml"),
        str(EX / "kalmar.yaml"),
        "--matrix",
    ],
    "diff two regions swapped md": lambda _: [
        "diff",
        str(EX / "kalmar.yaml"),
        str(EX / "vgr.yaml"),
        "--map",
        str(EX / "crosswalk-vgr-kalmar.yaml"),
        "-f",
        "md",
        "--fail-on",
        "removed",
    ],
    "diff matrix md": lambda _: [
        "diff",
        str(EX / "vgr-2026.yaml"),
        str(EX / "vgr.yaml"),
        "--matrix",
        "-f",
        "md",
    ],
    "diff bad crosswalk": lambda tmp: [
        "diff",
        str(EX / "vgr.yaml"),
        str(EX / "kalmar.yaml"),
        "--map",
        str(_file(tmp / "karta.yaml", "levles:\n  veta: veta\nroles: [a]\n")),
    ],
}
"""`diff` runs (their arguments), searched in both languages."""


RUNS: dict[str, Callable[[Path], str]] = {
    "validate": lambda _: _out("validate", str(EX), str(ROOT / "docs")),
    "validate github": lambda _: _out(
        "validate", "-f", "github", str(ROOT / "docs" / "broken-model.yaml")
    ),
    "validate junit": lambda _: _out(
        "validate", "-f", "junit", str(ROOT / "docs" / "broken-model.yaml")
    ),
    "validate missing": lambda tmp: _out("validate", str(tmp / "saknas.yaml")),
    "gap text": lambda _: _out(
        "gap", str(EX / "vgr.yaml"), "--courses", str(EX / "vgr-courses.csv")
    ),
    "gap md": lambda _: _out(
        "gap",
        str(EX / "vgr.yaml"),
        "--courses",
        str(EX / "vgr-courses.csv"),
        "-f",
        "md",
    ),
    "gap csv": lambda _: _out(
        "gap",
        str(EX / "kalmar.yaml"),
        "--courses",
        str(EX / "kalmar-courses.xlsx"),
        "-f",
        "csv",
    ),
    "gap own catalogue": lambda _: _out("gap", str(EX / "kalmar.yaml")),
    "gap --write-mapping": _written(
        lambda tmp: [
            "gap",
            str(EX / "vgr.yaml"),
            "--courses",
            str(EX / "vgr-courses.csv"),
            "--write-mapping",
            str(tmp / "koppling.yaml"),
        ],
        "koppling.yaml",
    ),
    "render md": lambda _: _out("render", str(EX / "kalmar.yaml")),
    "render html": lambda _: _out("render", str(EX / "vgr.yaml"), "-f", "html"),
    "checks": lambda _: _out("checks"),
    "init": _written(
        lambda tmp: ["init", str(tmp / "modell.yaml"), "--from", "ostergotland"],
        "modell.yaml",
    ),
    "templates eject": lambda tmp: _out("templates", "eject", str(tmp / "mallar")),
    "templates": lambda _: run("templates", "--lang", "sv").stderr,  # names: files
    "usage error": lambda _: _out("gap", "--stric"),
    "export and import": lambda tmp: (
        _out("export", str(EX / "kalmar.yaml"), "-o", str(tmp / "k.xlsx"))
        + _out("import", str(tmp / "k.xlsx"), "-o", str(tmp / "k.yaml"))
    ),
}


def _swedish(argv: Callable[[Path], list[str]]) -> Callable[[Path], str]:
    return lambda tmp: _out(*argv(tmp))


RUNS |= {name: _swedish(argv) for name, argv in DIFF_RUNS.items()}

HELPED = ["validate", "gap", "diff", "render", "progress", "export", "import", "init"]


def _help_of(command: str) -> Callable[[Path], str]:
    return lambda _: _out(command, "--help")


RUNS |= {f"help {command}": _help_of(command) for command in HELPED}


@pytest.mark.parametrize("name", list(RUNS))
def test_swedish_run_shows_no_english_word(name: str, tmp_path: Path):
    """The command's Swedish output holds no word only the English catalogue has.

    `diff`'s holds no key or code of the format either (`_diff_leaks`).
    """
    text = RUNS[name](tmp_path)
    assert text.strip(), "the command said nothing"
    leaks = _diff_leaks if name.startswith("diff") else _leaks
    assert leaks(text) == [], text


@pytest.mark.parametrize("name", list(DIFF_RUNS))
def test_english_diff_shows_no_swedish_word(name: str, tmp_path: Path):
    """`diff` in English holds no word only the Swedish catalogue has."""
    text = _out(*DIFF_RUNS[name](tmp_path), lang="en")
    assert text.strip(), "the command said nothing"
    assert _leaks(text, SWEDISH, MODEL_WORDS) == [], text


def test_the_search_finds_diffs_codes_and_swedish():
    """The search sees a code in Swedish and a Swedish word in English."""
    assert _diff_leaks("format: classroom → workshop; levels: expert") == [
        "classroom",
        "levels",
    ]
    assert _diff_leaks("format: lärarledd → workshop; nivåer: expert") == []
    for word in ("lärarledd", "korsreferensen", "nivåer", "ändringar", "svenska"):
        assert _leaks(f"x {word} y", SWEDISH, MODEL_WORDS) == [word]


def test_the_search_finds_english():
    """The search sees an English message, and lets codes, paths and ids be."""
    assert _leaks("examples/vgr.yaml:3:1: fel unknown-area `no-such` okänd") == []
    assert "directory" in _leaks("saknas.yaml: no such file or directory")
    assert "error" in ENGLISH and "fel" not in ENGLISH


def test_swedish_csv_has_swedish_columns_and_categories():
    """The gap CSV in Swedish names its columns and categories in Swedish."""
    out = _out(
        "gap", str(EX / "kalmar.yaml"), "--courses", str(EX / "kalmar-courses.xlsx"),
        "-f", "csv", "--csv-dialect", "plain",
    )  # fmt: skip
    header, first = out.splitlines()[:2]
    assert header.startswith("Kategori,Roll,Område,Nivå,Kurs,Nivåer som ges,")
    assert header.endswith(
        ",Rad,Kod,Kursnamn i listan,Förslag,Att göra,Rollens namn,Områdets namn,"
        "Kursnamn i modellen"
    )
    assert first.startswith("saknas helt,verksamhetschef,innovationskunskap,veta,")


@pytest.mark.parametrize("command", ["gap", "diff"])
def test_output_file_is_named_as_given(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """`-o FILE` says where it wrote, with the path as it was given."""
    monkeypatch.chdir(tmp_path)
    models = [str(EX / "vgr.yaml")]
    models += [str(EX / "vgr-2026.yaml")] if command == "diff" else []
    result = run(command, *models, "-f", "md", "-o", "ut.md", "--lang", "sv")
    assert result.stderr.endswith("skrev ut.md\n"), result
    assert (tmp_path / "ut.md").read_text("utf-8").strip()


@pytest.mark.parametrize(
    ("fmt", "first"),
    [
        ("text", "file-too-large           fel       Filen är större än gränsen"),
        ("md", "| kod | allvarlighet | vad den hittar |"),
        ("json", "["),
    ],
)
def test_checks_in_swedish(fmt: str, first: str):
    """`checks` words severities and headers in Swedish; its JSON stays English."""
    out = run("checks", "--lang", "sv", "--format", fmt).stdout
    assert out.startswith(first)
    if fmt == "json":
        assert '"severity": "error"' in out


BACKLOG_WORDS = re.compile(r"\b(eftersläp|behov/år|Behov per kurs)\b", re.IGNORECASE)


def test_one_term_for_demand_and_backlog(tmp_path: Path):
    """gap, diff and render call course places a year and the backlog the same."""
    outputs = {
        name: RUNS[name](tmp_path)
        for name in ("gap text", "gap md", "render md", "diff two regions")
    }
    for name, text in outputs.items():
        assert BACKLOG_WORDS.findall(text) == [], name
    for name in ("gap text", "gap md"):
        assert "Efterfrågan per kurs (kursplatser per år)" in outputs[name]
        assert "eftersläpning (personer)" in outputs[name]
    assert "Eftersläpning (personer)" in outputs["render md"]
