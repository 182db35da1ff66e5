"""Words of `dosering init`: the comments it writes into a new model, its messages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Keys: `start.NAME` describes a starting model; `header`, `region.*` and `ask.*` are
# comments written into the new model; `cli.*` are the command's messages.
WORDS: dict[str, tuple[str, str]] = {
    "header": (
        "Dosing model for improvement knowledge (förbättringskunskap): who needs to\n"
        "know what, at which level, and through which courses. Started with\n"
        "`dosering init --from {start}` from {origin}.\n"
        "\n"
        "Check it with: dosering validate {file}\n\n"
        "The editor completes and checks keys through the first line (the schema\n"
        "dosering.schema.json beside this file); `dosering checks` lists every code.",
        "Doseringsmodell för förbättringskunskap: vem behöver kunna vad, på vilken\n"
        "nivå och genom vilka kurser. Startad med `dosering init --from {start}`\n"
        "från {origin}.\n"
        "\n"
        "Kontrollera den med: dosering validate {file}\n\n"
        "Editorn fyller i och kontrollerar nycklarna via första raden (schemat\n"
        "dosering.schema.json bredvid filen); `dosering checks` listar alla koder.",
    ),
    "start.ihi": (
        "IHI's dosing approach (a generic model in English; IHI gives no formula\n"
        "for how many to train, so every headcount, turnover and seat figure is\n"
        "yours to add: https://www.ihi.org/insights/building-improvement-capacity-"
        "and-capability-dosing-approach)",
        "IHI:s dosing approach (en generell modell på engelska; IHI ger ingen formel\n"
        "för hur många som ska utbildas, så antal anställda, omsättning och platser\n"
        "fyller ni i: https://www.ihi.org/insights/building-improvement-capacity-"
        "and-capability-dosing-approach)",
    ),
    "start.vgr": (
        "the example model of Västra Götalandsregionen (courses, hours and figures\n"
        "are made up: replace them with your region's)",
        "exempelmodellen för Västra Götalandsregionen (kurser, timmar och siffror är\n"
        "påhittade: byt dem mot er regions)",
    ),
    "start.kalmar": (
        "the example model of Region Kalmar län (courses, hours and figures are made\n"
        "up: replace them with your region's)",
        "exempelmodellen för Region Kalmar län (kurser, timmar och siffror är\n"
        "påhittade: byt dem mot er regions)",
    ),
    "start.ostergotland": (
        "Region Östergötland's published structure: its four levels and five\n"
        "knowledge areas; the roles and courses are your region's to fill in",
        "Region Östergötlands publicerade struktur: dess fyra nivåer och fem\n"
        "kunskapsområden; roller och kurser fyller ni i",
    ),
    "region.id": (
        "fill in: your region's id (lowercase, - and _)",
        "fyll i: regionens id (små bokstäver, - och _)",
    ),
    "region.name": ("fill in: your region's name", "fyll i: regionens namn"),
    "region.language": (
        "sv or en: the language of the rendered document",
        "sv eller en: det renderade dokumentets språk",
    ),
    "region.version": ("free text, in quotes", "fri text, inom citattecken"),
    "region.placeholder.id": ("my-region", "min-region"),
    "region.placeholder.name": ("My region", "Region Exempel"),
    "ask.what": (
        "What must they know? The levels (smallest dose first; `includes` says which\n"
        "earlier levels a level covers, all of them when it is left out) and the\n"
        "knowledge areas.",
        "Vad behöver personen kunna? Nivåerna (minsta dosen först; `includes` anger\n"
        "vilka tidigare nivåer en nivå omfattar, alla om den utelämnas) och\n"
        "kunskapsområdena.",
    ),
    "ask.who": (
        "Who needs to know? The roles, with headcount, turnover (the share leaving\n"
        "each year) and needs: knowledge area -> level.",
        "Vem behöver kunna? Rollerna, med antal anställda (headcount),\n"
        "personalomsättning per år (turnover) och behov (needs): kunskapsområde ->\n"
        "nivå.",
    ),
    "ask.who.example": (
        "Replace [] with your roles, for example:",
        "Byt [] mot era roller, till exempel:",
    ),
    "ask.how": (
        "How do they get it? The courses, each giving knowledge areas at a level\n"
        "(gives); lms is the course's code in your learning platform's export.",
        "Hur tillgodogör sig personen kompetensen? Kurserna, som var och en ger\n"
        "kunskapsområden på en nivå (gives); lms är kursens kod i lärplattformens\n"
        "export.",
    ),
    "ask.how.example": (
        "Replace [] with your courses, for example:",
        "Byt [] mot era kurser, till exempel:",
    ),
    "example.role.id": ("nurse", "sjukskoterska"),
    "example.role.name": ("Nurse", "Sjuksköterska"),
    "example.course.id": ("qi-intro", "fk-intro"),
    "example.course.title": (
        "Introduction to improvement work",
        "Introduktion till förbättringsarbete",
    ),
    "cli.wrote": ("wrote {file} (from {start})", "skrev {file} (från {start})"),
    "cli.wrote-schema": ("wrote {file}", "skrev {file}"),
    "cli.next": (
        "next: fill in the region block, then run: dosering validate {file}",
        "nästa steg: fyll i regionen och kör sedan: dosering validate {file}",
    ),
}


def word(key: str, lang: str, /, **params: Any) -> str:
    """A comment or message of `init` in the language asked for."""
    pair = WORDS[key]
    text = pair[1] if lang == "sv" else pair[0]
    return text.format_map(params) if params else text


def words(lang: str) -> Mapping[str, str]:
    """Every word of `init` in one language."""
    return {key: pair[1] if lang == "sv" else pair[0] for key, pair in WORDS.items()}
