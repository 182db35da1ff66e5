"""Words of the workbooks: `export`, `import`, the Moodle CSV and `--format xlsx`.

Each entry is `key: (english, swedish)`, formatted with `str.format_map`. Sheet and
column names are read back in either language, so a workbook exported in Swedish
imports with `--lang en` too; codes, keys and ids stay English.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dosering.i18n.findings import _Lenient

SHEETS: dict[str, tuple[str, str]] = {
    "about": ("About", "Om"),
    "levels": ("Levels", "Nivåer"),
    "areas": ("Areas", "Områden"),
    "groups": ("Groups", "Grupper"),
    "roles": ("Roles", "Roller"),
    "needs": ("Needs", "Behov"),
    "courses": ("Courses", "Kurser"),
}
"""The model workbook's sheets, in order."""

COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("Id", "Id"),
    "name": ("Name", "Namn"),
    "title": ("Title", "Titel"),
    "description": ("Description", "Beskrivning"),
    "includes": ("Includes", "Inkluderar"),
    "group": ("Group", "Grupp"),
    "headcount": ("Headcount", "Antal"),
    "turnover": ("Turnover", "Omsättning"),
    "refresh_years": ("Refresh (years)", "Förnyas (år)"),
    "hr": ("HR codes", "HR-koder"),
    "format": ("Format", "Form"),
    "hours": ("Hours", "Timmar"),
    "lms": ("LMS codes", "LMS-koder"),
    "seats_per_year": ("Seats per year", "Platser per år"),
    "audience": ("Audience", "Målgrupp"),
    "provider": ("Provider", "Anordnare"),
    "url": ("URL", "Webbadress"),
    "role": ("Role id", "Roll-id"),
    "role_name": ("Role", "Roll"),
    "order": ("Order of needs", "Behovens ordning"),
    "field": ("Field", "Fält"),
    "value": ("Value", "Värde"),
    "meaning": ("What it is", "Vad det är"),
}
"""Fixed column headers, by the model key they hold."""

PREFIXES: dict[str, tuple[str, str]] = {
    "outcome": ("Outcome", "Utfall"),
    "gives": ("Gives", "Ger"),
    "courses": ("Courses", "Kurser"),
    "within_months": ("Within months", "Inom månader"),
}
"""Grid column headers: `<prefix>: <id>` (an area or level id)."""

NONE_WORDS: tuple[str, str] = ("none", "inga")
"""What an `includes` cell says for `includes: []`."""

WORDS: dict[str, tuple[str, str]] = {
    "about.title": ("Dosing model: {region}", "Doseringsmodell: {region}"),
    "about.what": (
        "This workbook is the dosing model for improvement knowledge "
        "(förbättringskunskap) of {region}, exported by dosering {tool} from "
        "{source} (model version {version}).",
        "Arbetsboken är doseringsmodellen för förbättringskunskap för {region}, "
        "exporterad av dosering {tool} från {source} (modellens version {version}).",
    ),
    "about.edit": (
        "Edit the values on the sheets Levels, Areas, Groups, Roles, Needs and "
        "Courses. Keep the sheet names and header rows; ids are lowercase letters, "
        "digits, - and _. A level cell takes a level id (the drop-down lists them).",
        "Ändra värdena på bladen Nivåer, Områden, Grupper, Roller, Behov och Kurser. "
        "Behåll bladens namn och rubrikraderna; id:n är små bokstäver, siffror, - "
        "och _. En nivåcell tar ett nivå-id (listrutan visar dem).",
    ),
    "about.back": (
        "Bring it back to YAML: dosering import {file} -o model.yaml — or "
        "dosering import {file} --onto {source} to change only the values in the "
        "original file (its comments and order stay).",
        "Läs tillbaka till YAML: dosering import {file} -o modell.yaml — eller "
        "dosering import {file} --onto {source} för att bara ändra värdena i "
        "originalfilen (kommentarer och ordning står kvar).",
    ),
    "about.none": ("(none)", "(ingen)"),
    "about.dosering": ("format version of the model", "modellens formatversion"),
    "about.region.id": ("the region's id", "regionens id"),
    "about.region.name": ("the region's name", "regionens namn"),
    "about.region.language": (
        "language of the rendered document (sv or en)",
        "det renderade dokumentets språk (sv eller en)",
    ),
    "about.region.version": ("the model's version", "modellens version"),
    "about.region.published": ("date published", "publiceringsdatum"),
    "about.region.source": ("where the model is published", "var modellen publiceras"),
    "validation.level": (
        "A level id from the sheet Levels",
        "Ett nivå-id från bladet Nivåer",
    ),
    "validation.group": (
        "A group id from the sheet Groups",
        "Ett grupp-id från bladet Grupper",
    ),
    "validation.format": ("One of the course formats", "En av kursformerna"),
    "too-long": (
        "{cell}: the text is longer than an Excel cell holds ({limit} characters)",
        "{cell}: texten är längre än en Excel-cell rymmer ({limit} tecken)",
    ),
    "moodle.scale": ("Not yet competent,Competent", "Ej uppnådd,Uppnådd"),
    "moodle.framework": (
        "Dosing model for improvement knowledge (förbättringskunskap) of {region}, "
        "version {version}: the knowledge areas and the levels each role needs.",
        "Doseringsmodell för förbättringskunskap för {region}, version {version}: "
        "kunskapsområdena och nivåerna som varje roll behöver.",
    ),
    "needs-output": (
        "give the workbook's file name with -o FILE.xlsx",
        "ange arbetsbokens filnamn med -o FIL.xlsx",
    ),
    "exported": (
        "wrote {path}: {roles} roles, {courses} courses",
        "skrev {path}: {roles} roller, {courses} kurser",
    ),
}


def _pick(table: Mapping[str, tuple[str, str]], key: str, lang: str) -> str:
    entry = table.get(key)
    if entry is None:
        return key
    return entry[1] if lang == "sv" else entry[0]


def word(key: str, lang: str, /, **params: Any) -> str:
    """A phrase of the workbooks in the language asked for."""
    text = _pick(WORDS, key, lang)
    return text.format_map(_Lenient(params)) if params else text


def sheet(key: str, lang: str) -> str:
    """A sheet's name in the language asked for."""
    return _pick(SHEETS, key, lang)


def column(key: str, lang: str) -> str:
    """A fixed column's header in the language asked for."""
    return _pick(COLUMNS, key, lang)


def grid(prefix: str, ident: str, lang: str) -> str:
    """A grid column's header: `<prefix>: <id>`."""
    return f"{_pick(PREFIXES, prefix, lang)}: {ident}"


def vocabulary() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every name a sheet, column or grid prefix may have, in both languages."""
    return {
        "sheets": dict(SHEETS),
        "columns": dict(COLUMNS),
        "prefixes": dict(PREFIXES),
        "none": {"none": (*NONE_WORDS, "-", "[]")},
    }
