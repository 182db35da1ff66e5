"""The command line's own words: `--help` and usage errors in the run's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer

from dosering.cli import app
from dosering.i18n.usage import HELP
from tests.conftest import ROOT, run

ENGLISH_ONLY = ("Usage:", "Options:", "Arguments:", "Commands:", "[required]")
"""Words of typer's help that a Swedish run must not show."""


def _tree() -> list[tuple[str, Any]]:
    """Every command of the app with its path (`dosering templates eject`)."""
    found: list[tuple[str, Any]] = []

    def walk(command: Any, path: str) -> None:
        found.append((path, command))
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(typer.main.get_command(app), "dosering")
    return found


def _help_texts() -> set[str]:
    texts = {"Show this message and exit."}
    for _path, command in _tree():
        if command.help:
            texts.add(command.help)
        texts.update(p.help for p in command.params if getattr(p, "help", None))
    return texts


def test_every_help_text_has_its_swedish_and_no_entry_is_stale():
    """HELP is keyed by the English: a text changed in code must be translated anew."""
    texts = _help_texts()
    assert sorted(texts - HELP.keys()) == []
    assert sorted(HELP.keys() - texts) == []


@pytest.mark.parametrize("path", [path for path, _ in _tree()])
def test_swedish_help_has_no_word_of_typer_english(path: str):
    """`--help` under a Swedish locale: the headings and the help in Swedish."""
    argv = [*path.split()[1:], "--help"]
    result = _run_in("sv_SE.UTF-8", *argv)
    assert result.exit_code == 0, result
    for word in ENGLISH_ONLY:
        assert word not in result.stdout
    assert result.stdout.startswith(f"Användning: {path} [FLAGGOR]")
    assert "Visa den här hjälpen och avsluta." in result.stdout


def test_swedish_help_of_validate_in_full_words():
    result = run("validate", "--help", "--lang", "sv")
    text = " ".join(result.stdout.split())
    assert "Kontrollera doseringsmodeller: alla problem på en gång" in text
    assert "Argument: SÖKVÄG <sökväg> Modellfiler, eller mappar" in text
    assert "[krävs]" in text
    assert "--max-bytes <heltal> Största modellfil som läses" in text
    assert "<list[" not in text


def test_english_help_names_value_kinds_plainly():
    """typer's `<list[Path]>`, `<int range>` are `<path>`, `<int>` in English too."""
    result = run("progress", "--help", "--lang", "en")
    assert result.exit_code == 0
    assert "<list[" not in result.stdout
    assert "<int range>" not in result.stdout
    assert "--min-group <int>" in result.stdout
    assert result.stdout.startswith("Usage: dosering progress [OPTIONS] MODEL")


CASES = [
    (
        ("validate", "--stric", "examples"),
        "dosering validate: there is no option --stric (did you mean --strict, "
        "--no-strict?)",
        "dosering validate: det finns ingen flagga --stric (menade du --strict, "
        "--no-strict?)",
        "validate [OPTIONS] PATH...",
    ),
    (
        ("gap",),
        "dosering gap: MODEL is missing: give it after the command",
        "dosering gap: MODELL saknas: skriv den efter kommandot",
        "gap [OPTIONS] MODEL",
    ),
    (
        ("init", "x.yaml", "--from", "nope"),
        "dosering init: --from: `nope` is not one of ihi, vgr, kalmar, ostergotland",
        "dosering init: --from: `nope` är inte ett av ihi, vgr, kalmar, ostergotland",
        "init [OPTIONS] FILE",
    ),
    (
        ("validate", "--max-bytes", "abc", "examples"),
        "dosering validate: --max-bytes: `abc` is not a whole number",
        "dosering validate: --max-bytes: `abc` är inget heltal",
        "validate [OPTIONS] PATH...",
    ),
    (
        ("validate", "--max-bytes", "0", "examples"),
        "dosering validate: --max-bytes: `0` is less than 1",
        "dosering validate: --max-bytes: `0` är mindre än 1",
        "validate [OPTIONS] PATH...",
    ),
    (
        ("render", "examples/vgr.yaml", "a", "b"),
        "dosering render: more arguments than the command takes: a b",
        "dosering render: fler argument än kommandot tar: a b",
        "render [OPTIONS] MODEL",
    ),
    (
        ("gap", "examples/vgr.yaml", "--fail-on"),
        "dosering gap: the option --fail-on needs a value after it",
        "dosering gap: flaggan --fail-on behöver ett värde efter sig",
        "gap [OPTIONS] MODEL",
    ),
    (
        ("validate", "examples", "--strict=3"),
        "dosering validate: the option --strict takes no value (write it alone)",
        "dosering validate: flaggan --strict tar inget värde (skriv den ensam)",
        "validate [OPTIONS] PATH...",
    ),
    (
        ("valdate", "examples"),
        "dosering: there is no command valdate (did you mean validate?); the "
        "commands are: validate, export, gap, diff, render, progress, import, "
        "schema, checks, init, templates",
        "dosering: det finns inget kommando valdate (menade du validate?); "
        "kommandona är: validate, export, gap, diff, render, progress, import, "
        "schema, checks, init, templates",
        "[OPTIONS] COMMAND [ARGS]...",
    ),
]


@pytest.mark.parametrize(("argv", "english", "swedish", "usage"), CASES)
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_usage_error_is_three_lines_in_the_run_language(
    argv: tuple[str, ...], english: str, swedish: str, usage: str, lang: str
):
    """The error, the usage line, where every option is: exit 2, no typer English."""
    result = _run_in("sv_SE.UTF-8" if lang == "sv" else "C.UTF-8", *argv)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    command = english.split(":", 1)[0]
    if lang == "sv":
        usage = usage.replace("[OPTIONS]", "[FLAGGOR]")
        usage = usage.replace("COMMAND [ARGS]...", "KOMMANDO [ARGUMENT]...")
        for name, swedish_name in (("MODEL", "MODELL"), ("FILE", "FIL")):
            usage = usage.replace(name, swedish_name)
        usage = usage.replace("PATH", "SÖKVÄG")
        assert lines == [
            swedish,
            f"Användning: dosering {usage}".replace("dosering [", "dosering ["),
            f"Se '{command} --help' för alla flaggor.",
        ]
    else:
        assert lines == [
            english,
            f"Usage: dosering {usage}",
            f"See '{command} --help' for every option.",
        ]
    assert result.stdout == ""


def test_a_command_given_lang_words_its_usage_error_so():
    result = _run_in("C.UTF-8", "validate", "--nope", "examples", "--lang", "sv")
    assert result.stderr.startswith("dosering validate: det finns ingen flagga --nope")


def test_the_configured_language_words_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """`.dosering.yaml` with `lang: sv` holds before any command has run."""
    (tmp_path / ".dosering.yaml").write_text("lang: sv\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    result = run("gap")
    assert result.stderr.splitlines()[0] == (
        "dosering gap: MODELL saknas: skriv den efter kommandot"
    )


def test_a_control_character_in_an_option_is_shown_escaped():
    result = _run_in("C.UTF-8", "validate", "--x\x1b[31m", "examples")
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert "there is no option --x\\x1b[31m" in result.stderr


def test_templates_alone_lists_the_built_in_templates():
    """`dosering templates` lists them (exit 0) and says how to copy them."""
    result = _run_in("sv_SE.UTF-8", "templates")
    assert result.exit_code == 0
    names = result.stdout.splitlines()
    assert "document.md" in names
    assert "document.typ" in names
    assert names == sorted(names)
    assert result.stderr == (
        "kopiera dem till en mapp för att ändra dem: dosering templates eject MAPP\n"
    )
    english = run("templates", "--lang", "en")
    assert english.stdout == result.stdout
    assert "dosering templates eject DIR" in english.stderr


def _run_in(lang: str, *argv: str) -> Any:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        patch.setenv("LANG", lang)
        for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            patch.delenv(name, raising=False)
        return run(*argv)


VGR = str(ROOT / "examples" / "vgr.yaml")


def test_root_lang_words_the_root_help():
    """`dosering --lang sv --help` is Swedish under an English locale."""
    result = _run_in("C.UTF-8", "--lang", "sv", "--help")
    assert result.exit_code == 0, result
    assert result.stdout.startswith("Användning: dosering [FLAGGOR] KOMMANDO")
    assert "  --lang <sv|en>  Språk för hjälp och meddelanden: sv eller en" in (
        result.stdout
    )
    english = _run_in("sv_SE.UTF-8", "--lang", "en", "--help")
    assert english.stdout.startswith("Usage: dosering [OPTIONS] COMMAND")


@pytest.mark.parametrize(
    ("argv", "first"),
    [
        (("--lang", "sv", "gap", VGR), f"Luckor i {VGR}"),
        (("--lang=sv", "gap", VGR), f"Luckor i {VGR}"),
        (("--lang", "sv", "gap", "--lang", "en", VGR), f"Gaps in {VGR}"),
        (("--lang", "en", "gap", VGR, "--lang", "sv"), f"Luckor i {VGR}"),
        (("gap", VGR), f"Gaps in {VGR}"),
    ],
)
def test_root_lang_holds_for_the_command_unless_it_has_its_own(
    argv: tuple[str, ...], first: str
):
    """The root's --lang words the command; the command's own --lang wins."""
    result = _run_in("C.UTF-8", *argv)
    assert result.exit_code == 0, result
    assert result.stdout.splitlines()[0] == first


def test_root_lang_words_a_command_help_and_its_usage_errors():
    """Help and usage errors of the command follow the root's --lang too."""
    helped = _run_in("C.UTF-8", "--lang", "sv", "gap", "--help")
    assert helped.stdout.startswith("Användning: dosering gap [FLAGGOR] MODELL")
    own = _run_in("C.UTF-8", "--lang", "sv", "gap", "--lang", "en", "--help")
    assert own.stdout.startswith("Usage: dosering gap [OPTIONS] MODEL")
    wrong = _run_in("C.UTF-8", "--lang", "sv", "gap", "--nope", VGR)
    assert wrong.exit_code == 2
    assert wrong.stderr.startswith("dosering gap: det finns ingen flagga --nope")


def test_root_lang_reaches_messages_and_commands_without_setup():
    """`checks` and a command's one-line error are worded in the root's language."""
    checks = _run_in("C.UTF-8", "--lang", "sv", "checks")
    assert checks.stdout.splitlines()[0].split() == [
        "file-too-large",
        "fel",
        "Filen",
        "är",
        "större",
        "än",
        "gränsen",
        "(--max-bytes)",
    ]
    missing = _run_in("C.UTF-8", "--lang", "sv", "gap", "nope.yaml")
    assert missing.exit_code == 3
    assert missing.stderr == "dosering: nope.yaml: filen eller mappen finns inte\n"


def test_root_lang_refuses_an_unknown_language():
    """`dosering --lang de` is a usage error of the root, listing sv and en."""
    result = _run_in("C.UTF-8", "--lang", "de", "gap", VGR)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        "dosering: --lang: `de` is not one of sv, en"
    )


def test_the_next_run_in_a_process_forgets_the_root_lang():
    """A test process runs many commands: one run's root --lang does not stay."""
    _run_in("C.UTF-8", "--lang", "sv", "gap", VGR)
    assert _run_in("C.UTF-8", "gap", VGR).stdout.startswith("Gaps in")


@pytest.mark.parametrize(
    "jargon", ["fallera", "standard ut", "standard fel", "atomär", "stdout", "stderr"]
)
def test_swedish_words_are_plain(jargon: str):
    """No Swedish help text or message uses programmers' words a planner trips on."""
    from dosering.i18n.catalogue import TABLES

    swedish = [sv for _en, sv in HELP.items()]
    swedish += [sv for table in TABLES.values() for _en, sv in table.values()]
    assert [text for text in swedish if jargon in text.casefold()] == []


def test_swedish_help_says_warnings_count_as_errors():
    """`--strict` in Swedish: warnings count as errors, in plain words."""
    result = _run_in("sv_SE.UTF-8", "validate", "--help")
    assert "Räkna också varningar som fel (slutkod 1)." in " ".join(
        result.stdout.split()
    )
    assert "Slutkod 0 när inget är fel, 1 vid fel" in " ".join(result.stdout.split())


@pytest.mark.parametrize(
    ("argv", "stream", "swedish"),
    [
        (("checks",), "stdout", "notering  En roll utan antal ger ingen efterfrågan"),
        (("checks", "-f", "md"), "stdout", "| kod | allvarlighet | vad den hittar |"),
        (("templates",), "stderr", "kopiera dem till en mapp"),
        (("templates", "eject", "mallar"), "stderr", "skrev 17 mallar till mallar"),
        (("schema", "-o", "s.json"), "stderr", "skrev s.json"),
    ],
)
def test_commands_that_read_no_model_speak_the_configured_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    stream: str,
    swedish: str,
):
    """Issue 16: `lang: sv` in `.dosering.yaml` holds whatever the locale."""
    (tmp_path / ".dosering.yaml").write_text("lang: sv\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    result = run(*argv)
    assert result.exit_code == 0, result
    assert swedish in getattr(result, stream)


@pytest.mark.parametrize(
    "argv",
    [
        ("templates", "--lang", "sv", "eject", "mallar"),
        ("--lang", "sv", "templates", "eject", "mallar"),
        ("--lang", "sv", "schema", "-o", "mallar.json"),
        (
            "--lang",
            "sv",
            "render",
            str(ROOT / "examples" / "kalmar.yaml"),
            "-o",
            "k.md",
        ),
        ("--lang", "sv", "init", "modell.yaml"),
    ],
)
def test_a_lang_before_the_subcommand_holds_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...]
):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    result = run(*argv)
    assert result.exit_code == 0, result
    assert result.stderr.startswith("skrev ")
    if "render" in argv:  # the document too, as `render --lang sv` would
        assert "## Sammanfattning" in (tmp_path / "k.md").read_text(encoding="utf-8")


def test_a_lang_before_render_holds_over_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dosering --lang en render` in a Swedish locale: English words, document."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    result = run("--lang", "en", "render", VGR, "-o", "v.md")
    assert result.exit_code == 0, result
    assert result.stderr == "wrote v.md\n"
    assert "## Summary" in (tmp_path / "v.md").read_text(encoding="utf-8")
