"""Starting a model: a bundled model with its region block left for the user."""

from __future__ import annotations

import re

from dosering.core.resources import starting_model

MODELINE = "# yaml-language-server: $schema=dosering.schema.json"

REGION_BLOCK = {
    "sv": (
        "region:\n"
        "  id: min-region            # fyll i: regionens id (små bokstäver, - och _)\n"
        "  name: Region Exempel      # fyll i: regionens namn\n"
        "  language: sv              # sv eller en: det renderade dokumentets språk\n"
        '  version: "0.1"            # fri text, inom citattecken\n'
    ),
    "en": (
        "region:\n"
        "  id: my-region             # fill in: your region's id (lowercase, - and _)\n"
        "  name: My region           # fill in: your region's name\n"
        "  language: en              # sv or en: the rendered document's language\n"
        '  version: "0.1"            # free text, in quotes\n'
    ),
}

_MODELINE_RE = re.compile(r"^#\s*yaml-language-server:.*$", re.MULTILINE)
_TOP_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:", re.MULTILINE)


def new_model_text(name: str) -> str:
    """The text of a new model started from the bundled model `name`."""
    text = starting_model(name).read_text(encoding="utf-8")
    if _MODELINE_RE.search(text):
        text = _MODELINE_RE.sub(MODELINE, text, count=1)
    else:
        text = MODELINE + "\n" + text
    start = re.search(r"^region\s*:", text, re.MULTILINE)
    if start is None:  # pragma: no cover - every bundled model has a region
        return text
    following = _TOP_KEY.search(text, start.end())
    end = following.start() if following else len(text)
    block = text[start.start() : end]
    language = "en" if re.search(r"^\s+language:\s*en\b", block, re.MULTILINE) else "sv"
    return text[: start.start()] + REGION_BLOCK[language] + text[end:]
