"""Words of the workbooks: `export`, `import`, the Moodle CSV and `--format xlsx`.

Each entry is `key: (english, swedish)`, formatted with `str.format_map`. Sheet and
column names are read back in either language, so a workbook exported in Swedish
imports with `--lang en` too; keys and ids stay English. A cell that holds one of a
fixed set of values (a course's format, `unlimited` seats, `includes: []`) shows it
in the workbook's language and is read back in either language or as the model's own
code, in any case.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from dosering.i18n._text import Lenient
from dosering.i18n.findings import NO_QUOTES_IN_CELL
from dosering.i18n.render import LABELS as _RENDER_LABELS

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

FORMAT_NAMES: dict[str, tuple[str, str]] = {
    key.removeprefix("format."): pair
    for key, pair in _RENDER_LABELS.items()
    if key.startswith("format.")
}
"""A course format's name in a `Format` cell and its drop-down, by the model's code:
the words `render` gives the format (one catalogue entry for both)."""

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
    "import.needs-output": (
        "give the model's file name with -o FILE.yaml (or --onto MODEL.yaml)",
        "ange modellens filnamn med -o FIL.yaml (eller --onto MODELL.yaml)",
    ),
    "import.init-onto": (
        "--init makes a new model; it cannot be written onto one (--onto)",
        "--init skapar en ny modell; den kan inte skrivas på en befintlig (--onto)",
    ),
    "import.comment": (
        "Imported by dosering from {file}.",
        "Importerad av dosering från {file}.",
    ),
    "onto.anew": (
        "{path}: the order of a list changed, or a change could not be made in "
        "place: the model is written anew (its comments are not kept)",
        "{path}: ordningen i en lista ändrades, eller en ändring kunde inte göras "
        "på plats: modellen skrivs om (kommentarerna behålls inte)",
    ),
    "imported": ("wrote {path}", "skrev {path}"),
    "xlsx.sheet.summary": ("Summary", "Sammanfattning"),
    "xlsx.sheet.gaps": ("Gaps", "Luckor"),
    "xlsx.sheet.courses": ("Courses", "Kurser"),
    "xlsx.sheet.unmapped": ("Unmapped rows", "Okopplade rader"),
    "xlsx.sheet.changes": ("Changes", "Ändringar"),
    "xlsx.sheet.demand": ("Demand", "Efterfrågan"),
    "xlsx.gap.title": ("Gaps in {model}", "Luckor i {model}"),
    "xlsx.diff.title": ("Changes from {a} to {b}", "Ändringar från {a} till {b}"),
    "xlsx.what": ("What", "Vad"),
    "xlsx.number": ("Number", "Antal"),
    "xlsx.total-demand": (
        "Course places needed per year",
        "Kursplatser som behövs per år",
    ),
    "xlsx.total-seats": ("Seats per year", "Platser per år"),
    # gap's seats, and a model workbook's `seats_per_year: unlimited` cell
    "xlsx.unlimited": ("unlimited", "obegränsat"),
    "xlsx.course": ("Course", "Kurs"),
    "xlsx.entity": ("Entity", "Del"),
    "xlsx.id": ("Id", "Id"),
    "xlsx.old-id": ("Old id", "Tidigare id"),
    "xlsx.change": ("Change", "Ändring"),
    "xlsx.field": ("Field", "Fält"),
    "xlsx.before": ("Before", "Före"),
    "xlsx.after": ("After", "Efter"),
    "xlsx.demand-a": ("Course places per year, A", "Kursplatser per år, A"),
    "xlsx.demand-b": ("Course places per year, B", "Kursplatser per år, B"),
    "xlsx.backlog-a": ("Backlog, A", "Eftersläpning, A"),
    "xlsx.backlog-b": ("Backlog, B", "Eftersläpning, B"),
    "exported": (
        "wrote {path}: {roles} roles, {courses} courses",
        "skrev {path}: {roles} roller, {courses} kurser",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "workbook-sheet": (
        "no sheet `{sheet}`; the workbook has the sheets {sheets}",
        "inget blad `{sheet}`; arbetsboken har bladen {sheets}",
    ),
    "workbook-column.unknown": (
        "the column `{header}` is not one dosering knows",
        "kolumnen `{header}` känner dosering inte till",
    ),
    "workbook-column.missing": (
        "no column `{header}` on this sheet",
        "ingen kolumn `{header}` på bladet",
    ),
    "workbook-column.twice": (
        "the column `{header}` is there twice",
        "kolumnen `{header}` finns två gånger",
    ),
    "workbook-merged": (
        "merged cells ({range}): each value needs a cell of its own",
        "sammanfogade celler ({range}): varje värde behöver en egen cell",
    ),
    "workbook-formula": (
        "a formula without a value: the workbook was saved without calculating it",
        "en formel utan värde: arbetsboken sparades utan att räkna ut den",
    ),
    "workbook-cell.number": (
        "the number {value} where text belongs",
        "talet {value} där det ska stå text",
    ),
    "workbook-cell.number-as-text": (
        "`{value}` is a number stored as text",
        "`{value}` är ett tal som är lagrat som text",
    ),
    "workbook-cell.date": (
        "a date ({value}) where an id or text belongs",
        "ett datum ({value}) där det ska stå ett id eller en text",
    ),
    "workbook-cell.date-number": (
        "a date ({value}) where a number belongs",
        "ett datum ({value}) där det ska stå ett tal",
    ),
    "workbook-cell.bool": (
        "TRUE/FALSE where a value belongs",
        "SANT/FALSKT där det ska stå ett värde",
    ),
    "workbook-cell.no-level": (
        "courses or months for `{area}` but no level",
        "kurser eller månader för `{area}` men ingen nivå",
    ),
    "workbook-role.unknown": (
        "no role on the sheet Roles has the id `{id}`",
        "ingen roll på bladet Roller har id:t `{id}`",
    ),
    "workbook-role.twice": (
        "the role `{id}` has a second row of needs",
        "rollen `{id}` har en andra rad med behov",
    ),
    "workbook-role.missing": (
        "needs on a row without a role id",
        "behov på en rad utan roll-id",
    ),
}
"""Messages of the workbook's own findings (codes `workbook-*`)."""

_NO_QUOTES = NO_QUOTES_IN_CELL

HINTS: dict[str, tuple[str, str]] = {
    "workbook-sheet": (
        "{suggestion}Keep the sheets' names as `dosering export` wrote them.",
        "{suggestion}Behåll bladens namn som `dosering export` skrev dem.",
    ),
    "workbook-column.unknown": (
        "{suggestion}Keep the header row as `dosering export` wrote it.",
        "{suggestion}Behåll rubrikraden som `dosering export` skrev den.",
    ),
    "workbook-column.missing": (
        "Put the column back in the header row.",
        "Lägg tillbaka kolumnen i rubrikraden.",
    ),
    "workbook-merged": (
        "Unmerge the cells (Home › Merge & Center).",
        "Dela upp cellerna (Start › Centrera över kolumner).",
    ),
    "workbook-formula": (
        "Open the workbook in Excel and save it, or type the value.",
        "Öppna arbetsboken i Excel och spara den, eller skriv in värdet.",
    ),
    "workbook-cell.number": (
        "Format the cell as Text and type the value again.",
        "Formatera cellen som Text och skriv in värdet igen.",
    ),
    "workbook-cell.number-as-text": (
        "Convert it to a number (the green triangle › Convert to Number).",
        "Gör om det till ett tal (den gröna triangeln › Konvertera till tal).",
    ),
    "workbook-cell.date": (
        "Excel turned it into a date: format the cell as Text and type it again.",
        "Excel gjorde om det till ett datum: formatera cellen som Text och skriv "
        "in det igen.",
    ),
    "workbook-cell.no-level": (
        "Choose the level in the area's level column.",
        "Välj nivån i områdets nivåkolumn.",
    ),
    "not-allowed": (
        "{suggestion}Allowed: {expected}.",
        "{suggestion}Tillåtet: {expected}.",
    ),
    "quotes": _NO_QUOTES,
    "quotes.number": _NO_QUOTES,
    "typographic-quotes": _NO_QUOTES,
    "typographic-quotes.lms": _NO_QUOTES,
    "typographic-quotes.hr": _NO_QUOTES,
    "workbook-role.unknown": (
        "Add the role on the sheet {sheet_roles}, or correct the id.",
        "Lägg till rollen på bladet {sheet_roles}, eller rätta id:t.",
    ),
    "duplicate-id": (
        "Give it another id; the first is at {first_cell}.",
        "Ge den ett annat id; det första står i {first_cell}.",
    ),
    "unknown-group": (
        "{suggestion}The groups are on the sheet {sheet_groups}.",
        "{suggestion}Grupperna står på bladet {sheet_groups}.",
    ),
    "unknown-area": (
        "{suggestion}The knowledge areas are on the sheet {sheet_areas}.",
        "{suggestion}Kunskapsområdena står på bladet {sheet_areas}.",
    ),
    "unknown-level": (
        "{suggestion}The levels are on the sheet {sheet_levels}.",
        "{suggestion}Nivåerna står på bladet {sheet_levels}.",
    ),
    "unknown-course": (
        "{suggestion}The courses are on the sheet {sheet_courses}.",
        "{suggestion}Kurserna står på bladet {sheet_courses}.",
    ),
}
"""Hints for findings in a workbook; a finding without one here has no hint (the
model's hints speak of YAML lines)."""

FAILURES: dict[str, tuple[str, str]] = {
    "missing": ("{path}: no such file", "{path}: filen finns inte"),
    "directory": (
        "{path}: is a directory; give the workbook file",
        "{path}: är en mapp; ange arbetsbokens fil",
    ),
    "unreadable": (
        "{path}: cannot read the workbook: {reason}",
        "{path}: kan inte läsa arbetsboken: {reason}",
    ),
    "too-large": (
        "{path}: the workbook is larger than {limit} bytes; dosering does not read it",
        "{path}: arbetsboken är större än {limit} byte; dosering läser den inte",
    ),
    "encrypted": (
        "{path}: the workbook is password-protected (or an old .xls file); save "
        "it without a password as .xlsx",
        "{path}: arbetsboken är lösenordsskyddad (eller en gammal .xls-fil); spara "
        "den utan lösenord som .xlsx",
    ),
    "not-zip": (
        "{path}: not an Excel workbook (.xlsx)",
        "{path}: ingen Excel-arbetsbok (.xlsx)",
    ),
    "not-model": (
        "{path}: a workbook, but none of its sheets ({sheets}) is one of the "
        "model's that `dosering export` writes; import reads such a workbook "
        "(make one with `dosering export MODEL -o model.xlsx`). A course list "
        "goes to `dosering gap --courses`",
        "{path}: en arbetsbok, men inget av dess blad ({sheets}) är något av "
        "modellens blad som `dosering export` skriver; import läser en sådan "
        "arbetsbok (gör en med `dosering export MODELL -o modell.xlsx`). En "
        "kurslista anges till `dosering gap --courses`",
    ),
    "not-workbook": (
        "{path}: a zip file, but no Excel workbook (a Word or other file?)",
        "{path}: en zip-fil, men ingen Excel-arbetsbok (en Word-fil eller annat?)",
    ),
    "damaged": (
        "{path}: the workbook is damaged and cannot be read; open it in Excel and "
        "save it again",
        "{path}: arbetsboken är skadad och går inte att läsa; öppna den i Excel "
        "och spara den igen",
    ),
}
"""Why a workbook cannot be read at all (exit 3)."""


def _pick(table: Mapping[str, tuple[str, str]], key: str, lang: str) -> str:
    entry = table.get(key)
    if entry is None:
        return key
    return entry[1] if lang == "sv" else entry[0]


def word(key: str, lang: str, /, **params: Any) -> str:
    """A phrase of the workbooks in the language asked for."""
    text = _pick(WORDS, key, lang)
    return text.format_map(Lenient(params)) if params else text


def message(key: str, lang: str, params: Mapping[str, Any]) -> str | None:
    """A workbook finding's message, or None when the model's catalogue words it."""
    if key not in MESSAGES:
        return None
    return _pick(MESSAGES, key, lang).format_map(Lenient(params))


def hint(key: str, lang: str, params: Mapping[str, Any]) -> str | None:
    """A workbook finding's hint, or None."""
    if key not in HINTS:
        return None
    return _pick(HINTS, key, lang).format_map(Lenient(params))


def sheet(key: str, lang: str) -> str:
    """A sheet's name in the language asked for."""
    return _pick(SHEETS, key, lang)


def sheet_in(key: str, lang: str, names: Sequence[str]) -> str:
    """A sheet's name as a workbook with these sheets has it, else in `lang`.

    A hint names the tab the reader sees, in whichever language it was exported.
    """
    accepted = {n.casefold() for n in SHEETS[key]}
    return next(
        (n for n in names if n.strip().casefold() in accepted), sheet(key, lang)
    )


def column(key: str, lang: str) -> str:
    """A fixed column's header in the language asked for."""
    return _pick(COLUMNS, key, lang)


def grid(prefix: str, ident: str, lang: str) -> str:
    """A grid column's header: `<prefix>: <id>`."""
    return f"{_pick(PREFIXES, prefix, lang)}: {ident}"


def format_name(code: str, lang: str) -> str:
    """A course format's name in a workbook cell (its code when it has none)."""
    return _pick(FORMAT_NAMES, code, lang)


def vocabulary() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every name a sheet, column, grid prefix or fixed value may have, both languages.

    `formats` and `unlimited` give the names of a cell's values by the model's code;
    the reader takes the code itself too.
    """
    return {
        "sheets": dict(SHEETS),
        "columns": dict(COLUMNS),
        "prefixes": dict(PREFIXES),
        "none": {"none": (*NONE_WORDS, "-", "[]")},
        "formats": dict(FORMAT_NAMES),
        "unlimited": {"unlimited": (*WORDS["xlsx.unlimited"], "∞")},
    }
