"""`dosering init`: a new model from a bundled one, commented in the run's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from dosering.model.schema import Model
from dosering.model.semantics import Meaning
from tests.conftest import run

STARTS = ("ihi", "vgr", "kalmar", "ostergotland")


def _init(tmp_path: Path, *args: str) -> tuple[str, str]:
    target = tmp_path / "modell.yaml"
    result = run("init", str(target), *args)
    assert result.exit_code == 0, result
    return target.read_text("utf-8"), result.stderr


def test_init_writes_model_and_schema(tmp_path: Path):
    """init writes a valid model from Kalmar with a blank region, plus the schema."""
    text, _ = _init(tmp_path, "--from", "kalmar", "--lang", "sv")
    assert text.startswith("# yaml-language-server: $schema=dosering.schema.json\n")
    region_block = text.split("\nregion:")[1].split("\nlevels:")[0]
    assert "  id: min-region            # fyll i: regionens id" in region_block
    assert "Kalmar" not in region_block
    assert (tmp_path / "dosering.schema.json").exists()
    assert run("validate", str(tmp_path / "modell.yaml")).exit_code == 0


def test_init_default_is_ihi_in_english(tmp_path: Path):
    """Without --from or --lang (an English locale), IHI with English comments."""
    text, stderr = _init(tmp_path)
    assert "  id: my-region             # fill in: your region's id" in text
    assert "`dosering init --from ihi`\n# from IHI's dosing approach" in text
    assert stderr == (
        f"wrote {tmp_path / 'modell.yaml'} (from ihi)\n"
        f"wrote {tmp_path / 'dosering.schema.json'}\n"
        f"next: fill in the region block, then run: dosering validate "
        f"{tmp_path / 'modell.yaml'}\n"
    )


def test_init_follows_a_swedish_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """With a Swedish locale and no --lang, the comments and messages are Swedish."""
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    text, stderr = _init(tmp_path, "--from", "kalmar")
    assert "# Vad behöver personen kunna?" in text
    assert "# Vem behöver kunna?" in text
    assert "# Hur tillgodogör sig personen kompetensen?" in text
    assert stderr.splitlines()[0] == f"skrev {tmp_path / 'modell.yaml'} (från kalmar)"
    assert stderr.splitlines()[-1].startswith("nästa steg: fyll i regionen")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_three_questions_head_their_sections(tmp_path: Path, lang: str):
    """Each of the three questions stands right above the section that answers it."""
    text, _ = _init(tmp_path, "--from", "ostergotland", "--lang", lang)
    lines = text.splitlines()
    question = {"sv": "# Vad behöver", "en": "# What must"}[lang]
    at = next(i for i, line in enumerate(lines) if line.startswith(question))
    following = next(line for line in lines[at:] if not line.startswith("#"))
    assert following == "levels:"


def test_ostergotland_is_the_published_structure(tmp_path: Path):
    """Östergötland: four levels, Ge förutsättningar over Veta & delta only; 5 areas."""
    text, _ = _init(tmp_path, "--from", "ostergotland", "--lang", "sv")
    data = yaml.safe_load(text)
    assert [(lv["id"], lv["name"], lv.get("includes")) for lv in data["levels"]] == [
        ("veta", "Veta & delta", None),
        ("driva", "Driva & leda", None),
        ("ge-forutsattningar", "Ge förutsättningar", ["veta"]),
        ("ge-stod", "Ge stöd", None),
    ]
    assert [a["name"] for a in data["areas"]] == [
        "Förbättringskunskap",
        "Innovationskunskap",
        "Informationsdriven utveckling",
        "Projektkunskap",
        "Patientsäkerhet",
    ]
    assert data["roles"] == [] and data["courses"] == [] and "groups" not in data
    meaning = Meaning(Model.model_validate(data))
    assert not meaning.satisfies("ge-forutsattningar", "driva")
    assert meaning.satisfies("ge-forutsattningar", "veta")
    assert all(meaning.satisfies("ge-stod", lv) for lv in ("veta", "driva"))
    assert meaning.satisfies("ge-stod", "ge-forutsattningar")


def test_ostergotland_validates_with_only_unused_warnings(tmp_path: Path):
    """A fresh Östergötland model is valid; its warnings say levels and areas wait."""
    _init(tmp_path, "--from", "ostergotland", "--lang", "sv")
    result = run("validate", "--format", "json", str(tmp_path / "modell.yaml"))
    assert result.exit_code == 0, result
    codes = re.findall(r'"code": "([a-z-]+)"', result.stdout)
    assert codes == ["level-unused"] * 4 + ["area-unused"] * 5


def test_the_commented_examples_are_valid_yaml(tmp_path: Path):
    """Uncommenting the example role and course gives a model with no errors."""
    text, _ = _init(tmp_path, "--from", "ostergotland", "--lang", "sv")
    lines = []
    for line in text.splitlines():
        if line.startswith("#   "):
            lines.append(line[4:])
        elif line not in ("roles: []", "courses: []"):
            lines.append(line)
    model = tmp_path / "uncommented.yaml"
    model.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("validate", "--format", "json", str(model))
    assert result.exit_code == 0, result
    assert '"need-unsatisfied"' not in result.stdout


@pytest.mark.parametrize("start", STARTS)
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_comment_points_at_a_file_the_region_lacks(
    tmp_path: Path, start: str, lang: str
):
    """The new model names no file but itself and the schema written beside it."""
    text, _ = _init(tmp_path, "--from", start, "--lang", lang)
    without_urls = re.sub(r"https?://\S+", "", text)
    named = set(re.findall(r"[\w./-]+\.(?:md|ya?ml|json|csv|xlsx|pdf)\b", without_urls))
    assert named <= {"modell.yaml", "dosering.schema.json"}
    assert run("validate", str(tmp_path / "modell.yaml")).exit_code == 0


def test_init_never_overwrites(tmp_path: Path):
    """An existing file is left alone: exit 3, same bytes, in the run's language."""
    target = tmp_path / "model.yaml"
    target.write_text("mine\n", encoding="utf-8")
    (tmp_path / "model-2.yaml").write_text("also mine\n", encoding="utf-8")
    result = run("init", str(target), "--lang", "sv")
    assert result.exit_code == 3
    free = tmp_path / "model-3.yaml"
    assert result.stderr == (
        f"dosering: {target}: finns redan; dosering init skriver aldrig över en fil: "
        f"ange ett annat namn (till exempel {free}), eller kontrollera modellen som "
        f"finns där med dosering validate {target}\n"
    )
    assert target.read_text("utf-8") == "mine\n"
    assert not free.exists()


def test_init_on_a_directory(tmp_path: Path):
    """init on a folder says it is a folder: exit 3."""
    result = run("init", str(tmp_path))
    assert result.exit_code == 3
    assert result.stderr == (
        f"dosering: {tmp_path}: is a directory; give the name of the model file to "
        "write\n"
    )


_SWEDISH = (
    "och är att som inte på för med av den det om eller efter har ger vart varje "
    "bara ingen inga kurser nivå nivån roller behöver kan ska hos var"
)
SWEDISH_WORDS = frozenset(_SWEDISH.split())
"""Swedish words that no English sentence has (names such as `Veta & delta`,
`Klinisk vård` or `Region Östergötland` may stand in an English comment)."""
_ENGLISH = (
    "the and is are of with not for your to each when who what they their you "
    "a an as at by from this these"
)
ENGLISH_WORDS = frozenset(_ENGLISH.split())
"""English words that no Swedish sentence has (`headcount`, `needs` as keys aside)."""


def _comments(text: str) -> list[str]:
    """The prose of a model's comments: no modeline, commented YAML, URL or `code`."""
    prose = []
    for line in text.splitlines():
        comment = line.partition("#")[2] if "#" in line else None
        if comment is None or comment.startswith(("   ", " yaml-language-server")):
            continue  # not a comment, or a commented example's YAML
        comment = re.sub(r"https?://\S+|`[^`]*`", " ", comment)
        prose.append(comment)
    return prose


def _words(comments: list[str]) -> set[str]:
    return {w.casefold() for c in comments for w in re.findall(r"[^\W\d_]+", c)}


@pytest.mark.parametrize("start", STARTS)
@pytest.mark.parametrize(
    ("lang", "foreign"), [("en", SWEDISH_WORDS), ("sv", ENGLISH_WORDS)]
)
def test_every_comment_is_in_the_runs_language(
    tmp_path: Path, start: str, lang: str, foreign: frozenset[str]
):
    """Every comment init writes, the starting model's own too, is in --lang."""
    text, _ = _init(tmp_path, "--from", start, "--lang", lang)
    comments = _comments(text)
    assert len(comments) > 15
    assert sorted(_words(comments) & foreign) == []
    native = ENGLISH_WORDS if lang == "en" else SWEDISH_WORDS
    assert len(_words(comments) & native) > 5


def _own_comments(model: Path) -> list[str]:
    """A starting model's own comments (not its leading one, nor its region's)."""
    blocks: list[list[str]] = []
    indent: str | None = None
    skipping, started = False, False
    for line in model.read_text("utf-8").splitlines():
        found = re.match(r"^(\s*)#\s?(.*)$", line)
        if not started:
            started = bool(line.strip()) and found is None
            if not started:
                continue
        if re.match(r"^[a-z]\w*:", line):
            skipping = line.startswith("region:")
        if skipping or found is None:
            indent = None
            continue
        if found.group(1) != indent:
            blocks.append([])
            indent = found.group(1)
        blocks[-1].append(found.group(2))
    return [" ".join(" ".join(b).split()) for b in blocks]


def _comments_with_urls(text: str) -> list[str]:
    """Every comment's text, URLs and all."""
    return [
        line.partition("# ")[2]
        for line in text.splitlines()
        if line.lstrip().startswith("# ")
    ]


@pytest.mark.parametrize("start", STARTS)
def test_each_comment_of_a_starting_model_is_in_both_languages(
    tmp_path: Path, start: str
):
    """The catalogue words each comment of a model; init writes it in each language."""
    from dosering.core.resources import starting_model
    from dosering.i18n.init import COMMENTS

    flat = [tuple(" ".join(t.split()) for t in pair) for pair in COMMENTS.values()]
    own = _own_comments(starting_model(start))
    assert len(own) >= 2
    written = {}
    for lang in ("en", "sv"):
        (tmp_path / lang).mkdir()
        text, _ = _init(tmp_path / lang, "--from", start, "--lang", lang)
        written[lang] = " ".join(" ".join(_comments_with_urls(text)).split())
    for comment in own:
        pair = next((p for p in flat if comment in p), None)
        assert pair is not None, f"no words for the comment: {comment}"
        assert pair[0] in written["en"]
        assert pair[1] in written["sv"]
