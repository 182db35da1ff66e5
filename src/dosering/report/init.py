"""Starting a model: a bundled model with its region block left for the user.

The comments `init` writes (the header, the region block's, and the model's three
questions above the sections that answer them) are in the run's language, and so are
the starting model's own comments on its figures: each is written as the catalogue
words it in that language (`i18n.init.COMMENTS`).
"""

from __future__ import annotations

import re
import textwrap

from dosering.core.resources import starting_model
from dosering.i18n.init import COMMENTS, word

MODELINE = "# yaml-language-server: $schema=dosering.schema.json"
WIDTH = 88  # of the comments written

_TOP_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:", re.MULTILINE)
_LANGUAGE = re.compile(r"^\s+language:\s*(\w+)", re.MULTILINE)
# The model's three questions, above the first of the sections that answer each.
_QUESTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ask.what", ("levels",)),
    ("ask.who", ("groups", "roles")),
    ("ask.how", ("courses",)),
)


def new_model_text(name: str, lang: str, file_name: str) -> str:
    """The text of a new model started from the bundled model `name`.

    Args:
        name: the starting model (`ihi`, `vgr`, `kalmar`, `ostergotland`).
        lang: the language of the comments written (`sv` or `en`).
        file_name: the new file's name, for the header's `validate` line.
    """
    lines = starting_model(name).read_text(encoding="utf-8").splitlines()
    body = _drop_header(lines)
    text = "\n".join(body) + "\n"
    text = _replace_region(text, lang)
    lines = _own_comments(text.splitlines(), lang)
    for key, sections in _QUESTIONS:
        lines = _ask(lines, sections, _comment(word(key, lang)))
    lines = _examples(lines, lang)
    origin = word(f"start.{name}", lang)
    header = word("header", lang, start=name, origin=origin, file=file_name)
    return "\n".join([MODELINE, "#", *_comment(header), *lines]) + "\n"


def _comment(text: str, indent: str = "") -> list[str]:
    """`text` as comment lines: each paragraph refilled to the width of the file."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        flat = " ".join(paragraph.split())
        wrapped = textwrap.wrap(
            flat,
            WIDTH - 2 - len(indent),
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines += [f"{indent}#"] if lines else []
        lines += [f"{indent}# {line}" for line in wrapped]
    return lines


_COMMENT_LINE = re.compile(r"^(\s*)#(?: (.*))?$")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _own_comments(lines: list[str], lang: str) -> list[str]:
    """The starting model's comments in the run's language.

    A run of comment lines at one indent is one comment; the catalogue knows it by
    its text in either language. One it does not know stays as it is.
    """
    pick = 1 if lang == "sv" else 0
    known = {_flat(text): pair for pair in COMMENTS.values() for text in pair}
    out: list[str] = []
    at = 0
    while at < len(lines):
        found = _COMMENT_LINE.match(lines[at])
        if found is None:
            out.append(lines[at])
            at += 1
            continue
        indent, end = found.group(1), at
        texts: list[str] = []
        while end < len(lines):
            line = _COMMENT_LINE.match(lines[end])
            if line is None or line.group(1) != indent:
                break
            texts.append(line.group(2) or "")
            end += 1
        pair = known.get(_flat(" ".join(texts)))
        if pair is None or _flat(pair[pick]) == _flat(" ".join(texts)):
            out += lines[at:end]  # unknown, or already in the run's language
        else:
            out += _comment(pair[pick], indent)
        at = end
    return out


def _drop_header(lines: list[str]) -> list[str]:
    """The lines after the starting model's own leading comment block."""
    for index, line in enumerate(lines):
        if line.strip() and not line.lstrip().startswith("#"):
            return lines[index:]
    return []  # pragma: no cover - every bundled model has content


def _replace_region(text: str, lang: str) -> str:
    start = re.search(r"^region\s*:", text, re.MULTILINE)
    if start is None:  # pragma: no cover - every bundled model has a region
        return text
    following = _TOP_KEY.search(text, start.end())
    end = following.start() if following else len(text)
    found = _LANGUAGE.search(text[start.start() : end])
    language = found.group(1) if found else "sv"
    fields = (
        ("id", word("region.placeholder.id", lang), "region.id"),
        ("name", word("region.placeholder.name", lang), "region.name"),
        ("language", language, "region.language"),
        ("version", '"0.1"', "region.version"),
    )
    block = ["region:"]
    for key, value, comment in fields:
        block.append(f"  {f'{key}: {value}':<24}  # {word(comment, lang)}")
    return text[: start.start()] + "\n".join(block) + "\n" + text[end:]


def _ask(lines: list[str], sections: tuple[str, ...], question: list[str]) -> list[str]:
    """The lines with `question` above the first top-level key among `sections`."""
    for found, line in enumerate(lines):
        if any(re.match(rf"{key}\s*:", line) for key in sections):
            at = found
            while at > 0 and lines[at - 1].startswith("#"):
                at -= 1  # above the comments that belong to the section
            gap = [""] if at > 0 and lines[at - 1].strip() else []
            return [*lines[:at], *gap, *question, *lines[at:]]
    return lines


def _examples(lines: list[str], lang: str) -> list[str]:
    """An empty `roles: []` or `courses: []` gets a commented example above it."""
    text = "\n".join(lines)
    area = re.search(r"^areas:\s*\n\s*- id:\s*(\S+)", text, re.MULTILINE)
    level = re.search(r"^levels:\s*\n(?:\s*#.*\n)*\s*- id:\s*(\S+)", text, re.MULTILINE)
    if area is None or level is None:  # pragma: no cover - every model has both
        return lines
    need = f"{area.group(1)}: {level.group(1)}"
    examples = {
        "roles: []": [
            word("ask.who.example", lang),
            "roles:",
            f"  - id: {word('example.role.id', lang)}",
            f"    name: {word('example.role.name', lang)}",
            "    headcount: 1200",
            "    turnover: 0.1",
            "    needs:",
            f"      {need}",
        ],
        "courses: []": [
            word("ask.how.example", lang),
            "courses:",
            f"  - id: {word('example.course.id', lang)}",
            f"    title: {word('example.course.title', lang)}",
            "    format: e-learning",
            "    hours: 1.5",
            "    gives:",
            f"      {need}",
            '    lms: "1234"',
            "    seats_per_year: 500",
        ],
    }
    out: list[str] = []
    for line in lines:
        example = examples.get(line.strip())
        if example is not None and line == line.strip():
            out += [f"# {example[0]}", *(f"#   {x}" for x in example[1:])]
        out.append(line)
    return out
