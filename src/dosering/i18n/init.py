"""Words of `dosering init`: the comments it writes into a new model, its messages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Keys: `start.NAME` describes a starting model; `header`, `region.*` and `ask.*` are
# comments written into the new model; `cli.*` are the command's messages. The
# starting models' own comments are in `COMMENTS`.
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

COMMENTS: dict[str, tuple[str, str]] = {
    # models/ihi.yaml
    "ihi.not-cumulative": (
        "Not cumulative: leaders need the foundation, not the practitioner's "
        "hands-on dose.",
        "Inte kumulativ: ledare behöver grunden, inte utövarens praktiska dos.",
    ),
    "ihi.roles": (
        "Add headcount, turnover and refresh_years to each role when you know them.",
        "Lägg till headcount, turnover och refresh_years på varje roll när ni vet dem.",
    ),
    "ihi.courses": (
        "Add seats_per_year, lms codes, provider and url when you map these to your "
        "own courses.",
        "Lägg till seats_per_year, lms-koder, provider och url när ni kopplar "
        "kurserna till era egna.",
    ),
    "ihi.open-school": (
        "Like the IHI Open School courses; hours depend on the modules you choose.",
        "Som kurserna i IHI Open School; timmarna beror på vilka moduler ni väljer.",
    ),
    "ihi.glasgow": (
        'NHS Greater Glasgow & Clyde\'s Level 1 "Foundation": e-learning plus a '
        "one-day workshop.",
        'Nivå 1 "Foundation" hos NHS Greater Glasgow & Clyde: e-utbildning och '
        "en endagsworkshop.",
    ),
    "ihi.three-days": (
        'Three days, as IHI\'s "Improvement Science in Action" (ELFT, CNWL).',
        'Tre dagar, som IHI:s "Improvement Science in Action" (ELFT, CNWL).',
    ),
    "ihi.four-months": (
        "Four months with 6 hours taught, coaching clinics and a live project (CNWL "
        "Level 2).",
        "Fyra månader med 6 timmars undervisning, coachningstillfällen och ett "
        "skarpt projekt (CNWL:s nivå 2).",
    ),
    "ihi.board": (
        "No published hours for a board-level dose were found; fill in your own.",
        "Inga publicerade timmar för en dos på styrelsenivå hittades; fyll i era egna.",
    ),
    "ihi.coaching": (
        "About six months with 7 workshop days (ELFT's IHI improvement coaching).",
        "Omkring sex månader med 7 workshopdagar (ELFT:s utbildning av "
        "förbättringscoacher efter IHI).",
    ),
    "ihi.advisor": (
        "Nine months with three 4-day sessions (IHI Improvement Advisor), plus "
        "monthly calls and a project of one's own.",
        "Nio månader med tre fyradagarsträffar (IHI Improvement Advisor), därtill "
        "samtal varje månad och ett eget projekt.",
    ),
    # examples/vgr.yaml and examples/kalmar.yaml
    "vgr.clinical": (
        "Clinical care (Klinisk vård): about 39,500 of VGR's some 45,000 staff in "
        "health care.",
        "Klinisk vård: cirka 39 500 av VGR:s omkring 45 000 i hälso- och sjukvården.",
    ),
    "vgr.hr": (
        "The job title in the HR system's export (format 1.1; used by progress).",
        "Befattningen i HR-systemets export (format 1.1; används av progress).",
    ),
    "vgr.st": (
        "Specialist trainees (ST-läkare) carry out an improvement project of their "
        "own during their training.",
        "ST-läkare gör ett eget förbättringsarbete under utbildningen.",
    ),
    "vgr.line": (
        "Line organisation (Linjeorganisation): managers renew their dose every "
        "five years.",
        "Linjeorganisation: chefer förnyar sin dos vart femte år.",
    ),
    "kalmar.line": (
        "Line organisation (Linjeorganisation): managers renew their dose every "
        "four years.",
        "Linjeorganisation: chefer förnyar sin dos vart fjärde år.",
    ),
    "process-roles": ("Process roles (Processroller).", "Processroller."),
    "coaches-renew": (
        "Coaches who do not keep their skills alive stop coaching (at ELFT only "
        "63 % of the trained coaches were active, https://qi.elft.nhs.uk/"
        "how-are-we-improving-our-imrpovement-coaching-programme/): renew every "
        "three years.",
        "Coacher som inte håller färdigheterna vid liv slutar coacha (hos ELFT var "
        "bara 63 % av de utbildade coacherna aktiva, https://qi.elft.nhs.uk/"
        "how-are-we-improving-our-imrpovement-coaching-programme/): förnya vart "
        "tredje år.",
    ),
    "vgr.top": ("Top management and boards.", "Högsta ledning och styrelser."),
    "term-of-office": (
        "The term of office is four years: new members after every election.",
        "Mandatperioden är fyra år: nya ledamöter efter varje val.",
    ),
    "vgr.apt": (
        "Material the manager uses at the workplace meeting (APT); no seats to count.",
        "Material som chefen använder på APT; inga platser att räkna.",
    ),
    "coach-days": (
        "Seven training days over six months, as ELFT's coaching programme "
        "(https://qi.elft.nhs.uk/training/ihi-improvement-coaching/).",
        "Sju utbildningsdagar under ett halvår, som ELFT:s coachprogram "
        "(https://qi.elft.nhs.uk/training/ihi-improvement-coaching/).",
    ),
    "vgr.cohorts": ("Two cohorts of 30 a year.", "Två kohorter om 30 per år."),
    "vgr.advisor": (
        "Three four-day sessions over nine months, as IHI's Improvement Advisor "
        "(https://docest.com/doc/567369/improvement-advisor-professional-"
        "development-program): 12 days of 7 hours, besides a project of one's own.",
        "Tre fyradagarsträffar under nio månader, som IHI:s Improvement Advisor "
        "(https://docest.com/doc/567369/improvement-advisor-professional-"
        "development-program): 12 dagar à 7 timmar, utöver eget projekt.",
    ),
    "vgr.residential": (
        "Two residential days for the management team.",
        "Två dagar i internat för ledningsgruppen.",
    ),
    "elected-only": (
        "For elected representatives only (format 1.1): no path to the dose for "
        "the care roles.",
        "Bara för förtroendevalda (format 1.1): ingen väg till dosen för vårdens "
        "roller.",
    ),
    "kalmar.clinical": (
        "Clinical care (Klinisk vård): the health-care, primary-care and psychiatry "
        "administrations, and the Public Dental Service.",
        "Klinisk vård: Hälso- och sjukvårds-, Primärvårds- och "
        "Psykiatriförvaltningen samt Folktandvården.",
    ),
    "kalmar.deliberate": (
        "A deliberate warning: no course gives innovation knowledge "
        "(innovationskunskap) at the level Driva & leda yet. The region plans a "
        "course for 2026; until then `dosering gap` shows the need as "
        '"partial" (only Veta & delta is offered).',
        "Avsiktlig varning: ingen kurs ger innovationskunskap på nivån Driva & leda "
        "ännu. Regionen planerar en kurs till 2026; tills dess visar `dosering gap` "
        'behovet som "partial" (bara Veta & delta erbjuds).',
    ),
    "kalmar.top": (
        "Regional management and elected representatives.",
        "Regionledning och förtroendevalda.",
    ),
    "kalmar.everyday": (
        "The everyday part of the Varjedag-påbyggnad model: learning in the daily "
        "work, no limit on places.",
        "Vardagsdelen av Varjedag-påbyggnadsmodellen: lärande i det dagliga "
        "arbetet, ingen platsbegränsning.",
    ),
    "kalmar.three-sessions": (
        "Three sessions of 24 a year.",
        "Tre tillfällen om 24 per år.",
    ),
    "kalmar.two-rounds": (
        "Two rounds of 25 a year; the unit managers' need is larger.",
        "Två omgångar om 25 per år; enhetschefernas behov är större.",
    ),
    "kalmar.cohort": ("One cohort a year.", "En kohort per år."),
    "kalmar.scil": (
        "Ten months with four cohorts a year in Scotland (ScIL, "
        "https://learn.nes.nhs.scot/813); here one small cohort of eight, 12 days "
        "of 7 hours.",
        "Tio månader med fyra kohorter per år i Skottland (ScIL, "
        "https://learn.nes.nhs.scot/813); här en liten kohort om åtta, 12 dagar à "
        "7 timmar.",
    ),
    "kalmar.top-up": (
        "Four meetings of three hours a year: the coaches' top-up between the courses.",
        "Fyra träffar om tre timmar per år; coachernas påfyllnad mellan "
        "utbildningarna.",
    ),
    "kalmar.election": (
        "After an election more places than this are needed; enough for an "
        "ordinary year only.",
        "Efter ett val behövs fler platser än så; räcker bara för ett vanligt år.",
    ),
    # models/ostergotland.yaml
    "ostergotland.ge-forutsattningar": (
        "Those who enable (Ge förutsättningar: managers, leadership) need the "
        "foundation but need not drive improvement work themselves: the level "
        "covers Veta & delta, not Driva & leda.",
        "Den som ger förutsättningar (chefer, ledning) behöver grunden men inte "
        "själv kunna driva förbättringsarbete: nivån omfattar Veta & delta, inte "
        "Driva & leda.",
    ),
    "ostergotland.ge-stod": (
        "Those who support (Ge stöd: coaches, process roles) have all three levels "
        "below them.",
        "Den som ger stöd (coacher, processroller) har alla tre nivåerna under sig.",
    ),
}
"""The starting models' own comments, in both languages.

A model's comment is found here by its text (in the model's language, whitespace
aside), and `init` writes it in the run's language. Each model file keeps its
comments as they are; a changed comment needs its entry changed here too (a test
holds every comment of every starting model to an entry).
"""


def word(key: str, lang: str, /, **params: Any) -> str:
    """A comment or message of `init` in the language asked for."""
    pair = WORDS[key]
    text = pair[1] if lang == "sv" else pair[0]
    return text.format_map(params) if params else text


def words(lang: str) -> Mapping[str, str]:
    """Every word of `init` in one language."""
    return {key: pair[1] if lang == "sv" else pair[0] for key, pair in WORDS.items()}
