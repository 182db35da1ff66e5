"""Words of `dosering progress`: its findings, messages, labels, in English and Swedish.

Each entry is `key: (english, swedish)`, formatted with `str.format_map`. Codes, keys
and JSON stay English. No entry ever holds a person key: findings name file and row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dosering.i18n._text import fill
from dosering.i18n.findings import NO_QUOTES_IN_CELL
from dosering.i18n.gap import MESSAGES as GAP_MESSAGES

MESSAGES: dict[str, tuple[str, str]] = {
    # cannot run (exit 3): tables in general
    "table.no-header": (
        "{path}: no header row found (row {row} has {found})",
        "{path}: ingen rubrikrad hittades (rad {row} har {found})",
    ),
    "table.missing": ("{path}: no such file", "{path}: filen finns inte"),
    "completions.unknown-course": (
        "--completions {given}: {course} is no course of the model; before `=` "
        "write a course id or one of its lms codes ({courses})",
        "--completions {given}: {course} är ingen kurs i modellen; skriv före `=` "
        "ett kurs-id eller en av kursens lms-koder ({courses})",
    ),
    "completions.unknown-course-near": (
        "--completions {given}: {course} is no course of the model; did you mean "
        "`{near}`?",
        "--completions {given}: {course} är ingen kurs i modellen; menade du `{near}`?",
    ),
    "table.directory": (
        "{path}: is a directory; give a file",
        "{path}: är en mapp; ange en fil",
    ),
    "table.unreadable": (
        "{path}: cannot read the file: {reason}",
        "{path}: kan inte läsa filen: {reason}",
    ),
    "table.empty": (
        "{path}: the file is empty; export it again with its rows",
        "{path}: filen är tom; exportera den igen med raderna",
    ),
    "table.extension": (
        "{path}: dosering reads tables as .csv, .txt, .tsv, .xlsx, .xlsm, .xls or "
        ".ods, not `{suffix}`: export it from the HR system or the LMS as Excel "
        "or CSV",
        "{path}: dosering läser tabeller som .csv, .txt, .tsv, .xlsx, .xlsm, .xls "
        "eller .ods, inte `{suffix}`: exportera den från HR-systemet eller "
        "lärplattformen som Excel eller CSV",
    ),
    "table.not-regular": (
        "{path}: is not a regular file (a pipe or a device?); give a file",
        "{path}: är ingen vanlig fil (ett rör eller en enhet?); ange en fil",
    ),
    "table.inflated": (
        "{path}: the workbook inflates to {size} bytes, more than the limit of "
        "{limit}; set {variable} to raise it if the file is trusted",
        "{path}: arbetsboken packas upp till {size} byte, mer än gränsen {limit}; "
        "sätt {variable} för att höja den om filen är pålitlig",
    ),
    "table.too-large": (
        "{path}: the workbook is {size} bytes, more than the limit of {limit}; "
        "set {variable} to raise it if the file is trusted",
        "{path}: arbetsboken är {size} byte, mer än gränsen {limit}; sätt "
        "{variable} för att höja den om filen är pålitlig",
    ),
    "table.extent": (
        "{path}: sheet {sheet} reaches {rows} rows × {columns} columns ({cells} "
        "cells), more than the limit of {limit} cells; delete the far cells, or "
        "set {variable} to raise the limit",
        "{path}: bladet {sheet} når {rows} rader × {columns} kolumner ({cells} "
        "celler), mer än gränsen {limit} celler; ta bort de avlägsna cellerna, "
        "eller sätt {variable} för att höja gränsen",
    ),
    "table.no-sheets": (
        "{path}: the workbook has no sheet",
        "{path}: arbetsboken har inget blad",
    ),
    "table.child-crash": (
        "{path}: the workbook could not be read within {limit} bytes of memory; "
        "save it as .xlsx or CSV",
        "{path}: arbetsboken gick inte att läsa inom {limit} byte minne; spara "
        "den som .xlsx eller CSV",
    ),
    "table.child-time": (
        "{path}: reading the workbook took more than {seconds} s; save it as "
        ".xlsx or CSV",
        "{path}: att läsa arbetsboken tog mer än {seconds} s; spara den som .xlsx "
        "eller CSV",
    ),
    # cannot run: staff lists
    "staff.no-person": (
        "{path}: no person column in the header (row {row}: {found}); name it "
        "with --column person=HEADER (e.g. Anställningsnummer, HSA-id, E-post)",
        "{path}: ingen personkolumn i rubrikraden (rad {row}: {found}); ange den "
        "med --column person=RUBRIK (t.ex. Anställningsnummer, HSA-id, E-post)",
    ),
    "staff.no-role": (
        "{path}: no role column in the header (row {row}: {found}); name it with "
        "--column role=HEADER (e.g. Befattning, Befattningskod, AID)",
        "{path}: ingen befattningskolumn i rubrikraden (rad {row}: {found}); ange "
        "den med --column role=RUBRIK (t.ex. Befattning, Befattningskod, AID)",
    ),
    "staff.no-header-row": (
        "{path}: the staff list has no header row (row {row} looks like data); "
        "add a row of column names such as Anställningsnummer;Befattning;Enhet",
        "{path}: personallistan saknar rubrikrad (rad {row} ser ut som data); "
        "lägg till en rad med kolumnnamn som Anställningsnummer;Befattning;Enhet",
    ),
    "staff.no-rows": (
        "{path}: the staff list has a header but no rows; export it again with "
        "its rows (check the HR report's filters)",
        "{path}: personallistan har en rubrikrad men inga rader; exportera den "
        "igen med raderna (se över filtren i HR-rapporten)",
    ),
    "staff.per-person": (
        "{path}: the column `{column}`, read as the job title, has a different "
        "value on almost every row ({distinct} of {rows}) or is the person's own "
        "column: it looks like names or person keys, which dosering never shows; "
        "name the column with the job titles: --column role=COLUMN",
        "{path}: kolumnen `{column}`, läst som befattning, har ett eget värde på "
        "nästan varje rad ({distinct} av {rows}) eller är personens egen kolumn: "
        "den ser ut att innehålla namn eller personnummer, som dosering aldrig "
        "visar; ange kolumnen med befattningarna: --column role=KOLUMN",
    ),
    "staff.per-person.unit": (
        "{path}: the column `{column}`, read as a unit, has a different value on "
        "almost every row ({distinct} of {rows}) or is the person's own column: "
        "it looks like names or person keys, which dosering never shows; name the "
        "columns with the units: --column unit=COLUMN,…",
        "{path}: kolumnen `{column}`, läst som enhet, har ett eget värde på nästan "
        "varje rad ({distinct} av {rows}) eller är personens egen kolumn: den ser "
        "ut att innehålla namn eller personnummer, som dosering aldrig visar; ange "
        "kolumnerna med enheterna: --column unit=KOLUMN,…",
    ),
    "staff.is-completions": (
        "{path}: this looks like a completion export (row {row} names courses "
        "and dates), not a staff list; give it to --completions, and the HR "
        "export to --staff",
        "{path}: detta ser ut som en export av genomförda kurser (rad {row} "
        "anger kurser och datum), inte en personallista; ange den med "
        "--completions, och HR-exporten med --staff",
    ),
    # cannot run: completion exports
    "completions.no-header-row": (
        "{path}: the completion export has no header row (row {row} looks like data)",
        "{path}: exporten av genomförda kurser saknar rubrikrad (rad {row} ser ut "
        "som data)",
    ),
    "completions.no-person": (
        "{path}: no person column in the header (row {row}: {found}); name it "
        'with --column person=HEADER (e.g. --column person="Email address")',
        "{path}: ingen personkolumn i rubrikraden (rad {row}: {found}); ange den "
        'med --column person=RUBRIK (t.ex. --column person="Email address")',
    ),
    "completions.no-course": (
        "{path}: no course column in the header (row {row}: {found}); name it "
        "with --column course=HEADER, or give a one-course report as "
        "COURSE=PATH",
        "{path}: ingen kurskolumn i rubrikraden (rad {row}: {found}); ange den "
        "med --column course=RUBRIK, eller en rapport för en kurs som KURS=SÖKVÄG",
    ),
    "completions.no-completed": (
        "{path}: no completion date column in the header (row {row}: {found}); "
        "name it with --column completed=HEADER",
        "{path}: ingen kolumn med slutdatum i rubrikraden (rad {row}: {found}); "
        "ange den med --column completed=RUBRIK",
    ),
    "columns.bad": (
        "`{value}` is not FIELD=HEADER with a field of: {fields}",
        "`{value}` är inte FÄLT=RUBRIK med ett av fälten: {fields}",
    ),
    "date-format.bad": (
        "`{value}` is no strftime pattern with a day, month and year (e.g. %d/%m/%y)",
        "`{value}` är inget strftime-mönster med dag, månad och år (t.ex. %d/%m/%y)",
    ),
    "share.bad": (
        "`{value}` is not a share between 0 and 1 (e.g. 0.8 or 80%)",
        "`{value}` är ingen andel mellan 0 och 1 (t.ex. 0.8 eller 80%)",
    ),
    "on.bad": (
        "`{value}` is not a date as YYYY-MM-DD",
        "`{value}` är inget datum som ÅÅÅÅ-MM-DD",
    ),
    "staff.missing": (
        "give the staff list with --staff (or progress.staff in .dosering.yaml)",
        "ange personallistan med --staff (eller progress.staff i .dosering.yaml)",
    ),
    "completions.missing": (
        "give a completion export with --completions (or progress.completions in "
        ".dosering.yaml)",
        "ange en export av genomförda kurser med --completions (eller "
        "progress.completions i .dosering.yaml)",
    ),
    "people.stdout": (
        "--people writes person-level data only to a file (.csv or .xlsx), "
        "never to standard output",
        "--people skriver uppgifter per person bara till en fil (.csv eller "
        ".xlsx), aldrig till skärmen",
    ),
    "people.suffix": (
        "{path}: --people writes .csv or .xlsx, not `{suffix}`",
        "{path}: --people skriver .csv eller .xlsx, inte `{suffix}`",
    ),
    "people.html": (
        "{path}: person-level data is never written into HTML; give --people a "
        ".csv or .xlsx file",
        "{path}: uppgifter per person skrivs aldrig i HTML; ge --people en .csv- "
        "eller .xlsx-fil",
    ),
    # row findings (warnings)
    "duplicate-person": (
        "this person key is on row {first} already; the first row counts",
        "denna personnyckel finns redan på rad {first}; den första raden räknas",
    ),
    "typographic-quotes.staff": (
        "the role code `{raw}` in column {column} keeps its typographic quotes as "
        "part of the code, so it never matches `{inner}` among the roles' `hr` "
        "codes ({count} {count:row|rows}: {rows})",
        "befattningskoden `{raw}` i kolumnen {column} behåller sina typografiska "
        "citattecken som en del av koden, så den matchar aldrig `{inner}` bland "
        "rollernas `hr`-koder ({count} {count:rad|rader}: {rows})",
    ),
    "unmapped-staff": (
        "the role `{title}` matches no role of the model ({count} "
        "{count:row|rows}: {rows}); these persons are not counted",
        "befattningen `{title}` motsvarar ingen roll i modellen ({count} "
        "{count:rad|rader}: {rows}); dessa personer räknas inte",
    ),
    "staff-no-person": (
        "the person cell is blank; the row is skipped",
        "personcellen är tom; raden hoppas över",
    ),
    "blank-unit": (
        "the unit cell holds only spaces; the person has no unit at this level",
        "enhetscellen innehåller bara mellanslag; personen saknar enhet på denna nivå",
    ),
    "staff-start-date": (
        "the start date `{value}` cannot be read; counted as unknown",
        "startdatumet `{value}` går inte att läsa; räknas som okänt",
    ),
    "completion-status": (
        "the status `{word}` is neither completed nor not completed ({count} "
        "{count:row|rows} like it); such rows count as no completion",
        "statusen `{word}` är varken slutförd eller ej slutförd ({count} "
        "{count:rad|rader} som den); sådana rader räknas inte som genomförda",
    ),
    "completion-date": (
        "the date `{value}` cannot be read for sure ({count} {count:row|rows} like "
        "it); such rows count as no completion",
        "datumet `{value}` går inte att läsa säkert ({count} {count:rad|rader} som "
        "det); sådana rader räknas inte som genomförda",
    ),
    "completion-no-rows": (
        "the export has a header but no rows: nobody has completed its courses, or "
        "the export was cut short",
        "exporten har en rubrikrad men inga rader: ingen har genomfört dess kurser, "
        "eller så avbröts exporten",
    ),
}

HINTS: dict[str, tuple[str, str]] = {
    "duplicate-person": (
        "Remove the repeated row, or give each person one row.",
        "Ta bort den upprepade raden, eller ge varje person en rad.",
    ),
    "typographic-quotes.staff": NO_QUOTES_IN_CELL,
    "unmapped-staff": (
        "Map the title to a role under `roles:` in --mapping, add it to a role's "
        "`hr:`, or list it under `ignore_roles:`.",
        "Koppla befattningen till en roll under `roles:` i --mapping, lägg den i "
        "en rolls `hr:`, eller lista den under `ignore_roles:`.",
    ),
    "staff-no-person": (
        "Fill in the person key, or delete the row.",
        "Fyll i personnyckeln, eller ta bort raden.",
    ),
    "blank-unit": (
        "Fill in the unit, or leave the cell empty.",
        "Fyll i enheten, eller lämna cellen tom.",
    ),
    "staff-start-date": (
        "Write dates as YYYY-MM-DD, or give --date-format (e.g. %d/%m/%Y).",
        "Skriv datum som ÅÅÅÅ-MM-DD, eller ange --date-format (t.ex. %d/%m/%Y).",
    ),
    "completion-status": (
        "Known words: slutförd, genomförd, godkänd, klar, completed, passed; ej "
        "slutförd, pågående, påbörjad, anmäld, not completed, in progress, failed.",
        "Kända ord: slutförd, genomförd, godkänd, klar, completed, passed; ej "
        "slutförd, pågående, påbörjad, anmäld, not completed, in progress, failed.",
    ),
    "completion-no-rows": (
        "If people have completed the course, export it again from the LMS with "
        "its rows.",
        "Om personer har genomfört kursen, exportera den igen från lärplattformen "
        "med raderna.",
    ),
    "completion-date": (
        "dosering never guesses between day-first and month-first: give "
        "--date-format (e.g. %d/%m/%y, %H:%M for Moodle's completion report).",
        "dosering gissar aldrig mellan dag först och månad först: ange "
        "--date-format (t.ex. %d/%m/%y, %H:%M för Moodles kursrapport).",
    ),
}

WORDS: dict[str, tuple[str, str]] = {
    "heading": ("Follow-up of {model} on {on}", "Uppföljning av {model} den {on}"),
    "inputs": (
        "{staff} persons from {staff_file}; {completions} completion rows from {files}",
        "{staff} personer från {staff_file}; {completions} rader med genomförda "
        "kurser från {files}",
    ),
    "region-line": (
        "At dose: {at_dose} of {staff} ({share})",
        "Har sin dos: {at_dose} av {staff} ({share})",
    ),
    "gained-line": (
        "Reached their dose in the last 12 months: {gained}",
        "Nådde sin dos de senaste 12 månaderna: {gained}",
    ),
    "target-line": (
        "Years to the target of {target}: {years}",
        "År till målet {target}: {years}",
    ),
    "target-reached": ("reached", "nått"),
    "never": ("never (no one gained)", "aldrig (ingen har tillkommit)"),
    "not-counted": (
        "Not counted: {unmapped} staff {unmapped:row|rows} with no model role, "
        "{unknown_course} completion {unknown_course:row|rows} of courses outside "
        "the model{top}, {unknown_person} {unknown_person:row|rows} of persons not "
        "in the staff list, {after} dated after {on}",
        "Räknas inte: {unmapped} {unmapped:rad|rader} i personallistan utan roll i "
        "modellen, {unknown_course} {unknown_course:rad|rader} med kurser utanför "
        "modellen{top}, "
        "{unknown_person} {unknown_person:rad|rader} för personer som inte finns i "
        "personallistan, {after} daterade efter {on}",
    ),
    "top-codes": (" (most: {codes})", " (flest: {codes})"),
    "suppressed": ("fewer than {n}", "färre än {n}"),
    "suppressed-note": (
        "Groups of fewer than {n} persons show no counts (--min-group). Note: "
        "only the small groups are hidden, so a hidden count can still be worked "
        "out as the total less the groups shown.",
        "Grupper med färre än {n} personer visas utan antal (--min-group). Obs: "
        "bara de små grupperna döljs, så ett dolt antal kan ändå räknas fram "
        "som summan minus de grupper som visas.",
    ),
    "roles-heading": ("Per role", "Per roll"),
    "units-heading": ("Per unit", "Per enhet"),
    "needs-heading": ("Needs, the worst first", "Behov, de sämsta först"),
    "courses-heading": ("Per course", "Per kurs"),
    "trend-heading": ("Trend", "Utveckling"),
    "findings-heading": ("Rows with problems", "Rader med problem"),
    "summary-heading": ("Summary", "Sammanfattning"),
    "col.role": ("Role", "Roll"),
    "col.unit": ("Unit", "Enhet"),
    "col.need": ("Need", "Behov"),
    "col.staff": ("Staff", "Personal"),
    "col.at_dose": ("At dose", "Har dos"),
    "col.share": ("Share", "Andel"),
    "col.met": ("Met", "Uppfyllt"),
    "col.lapsed": ("Lapsed", "Förfallet"),
    "col.expiring": ("Expiring", "Förfaller"),
    "col.due": ("Due", "I tid"),
    "col.overdue": ("Overdue", "Försenat"),
    "col.missing": ("Missing", "Saknas"),
    "col.course": ("Course", "Kurs"),
    "col.completions": ("Completions", "Genomförda"),
    "col.backlog": ("Backlog", "Kvar"),
    "col.seats": ("Seats per year", "Platser per år"),
    "col.years": ("Years to cover", "År att täcka"),
    "col.date": ("Date", "Datum"),
    "col.person": ("Person", "Person"),
    "col.area": ("Area", "Område"),
    "col.level": ("Level", "Nivå"),
    "col.category": ("Category", "Kategori"),
    "col.deadline": ("Deadline", "Tidsgräns"),
    "col.what": ("What", "Vad"),
    "col.value": ("Value", "Värde"),
    # the workbook's summary sheet: one figure a row
    "xlsx.on": ("Date of the follow-up", "Uppföljningens datum"),
    "xlsx.share": ("Share at dose", "Andel som har sin dos"),
    "xlsx.gained": (
        "Reached their dose in the last 12 months",
        "Nådde sin dos de senaste 12 månaderna",
    ),
    "xlsx.target": ("Target share at dose", "Mål för andelen som har sin dos"),
    "xlsx.years-to-target": ("Years to the target", "År till målet"),
    "xlsx.unmapped": (
        "Not counted: staff rows with no model role",
        "Räknas inte: rader i personallistan utan roll i modellen",
    ),
    "xlsx.unknown-course": (
        "Not counted: completion rows of courses outside the model",
        "Räknas inte: rader med kurser utanför modellen",
    ),
    "xlsx.top-codes": (
        "Course codes outside the model, most rows first",
        "Kurskoder utanför modellen, flest rader först",
    ),
    "xlsx.unknown-person": (
        "Not counted: completion rows of persons not in the staff list",
        "Räknas inte: rader med genomförda kurser för personer som inte finns i "
        "personallistan",
    ),
    "xlsx.after": (
        "Not counted yet: completion rows dated after {on}",
        "Räknas inte än: rader med genomförda kurser daterade efter {on}",
    ),
    "unlimited": ("unlimited", "obegränsat"),
    "none": ("–", "–"),  # the en dash of `gap` and the document
    "never-short": ("never", "aldrig"),
    "yes": ("yes", "ja"),
    "no": ("no", "nej"),
    "more": ("… and {count} more", "… och {count} till"),
    "sheet.summary": ("Summary", "Sammanfattning"),
    "sheet.trend": ("Trend", "Utveckling"),
    "sheet.roles": ("Roles", "Roller"),
    "sheet.units": ("Units", "Enheter"),
    "sheet.courses": ("Courses", "Kurser"),
    "sheet.people": ("People", "Personer"),
    "exit.below": (
        "the share at dose {share} is below --fail-below {limit}",
        "andelen med dos {share} är under --fail-below {limit}",
    ),
    "people-written": (
        "wrote {path}: {rows} {rows:row|rows} of person-level data; handle it as "
        "personal data",
        "skrev {path}: {rows} {rows:rad|rader} med uppgifter per person; hantera "
        "filen som personuppgifter",
    ),
    "legend": (
        "backlog: persons still to take the course; years to cover: backlog / "
        "spare seats per year (never: no spare seats). "
        "met: has the dose; lapsed: had it, renewal is due; expiring: met but "
        "lapsing soon; due: within its deadline; overdue: past its deadline; "
        "missing: no deadline known",
        "kvar: personer som ännu ska gå kursen; år att täcka: kvar / lediga "
        "platser per år (aldrig: inga lediga platser). "
        "uppfyllt: har dosen; förfallet: hade den, förnyelse krävs; förfaller: "
        "uppfyllt men förfaller snart; i tid: före sin tidsgräns; försenat: efter "
        "sin tidsgräns; saknas: ingen tidsgräns känd",
    ),
    "html.title": ("Follow-up: {region}", "Uppföljning: {region}"),
    "html.trend-caption": (
        "Persons at dose on {on} and 3, 6 and 12 months before it (counted on "
        "today's staff list)",
        "Personer som har sin dos den {on} och 3, 6 och 12 månader före (räknat på "
        "dagens personallista)",
    ),
    "html.sort-note": (
        "Click a column's heading to sort (the tables read well without scripts too).",
        "Klicka på en kolumnrubrik för att sortera (tabellerna fungerar också "
        "utan skript).",
    ),
}


def _pick(table: Mapping[str, tuple[str, str]], key: str, lang: str) -> str | None:
    entry = table.get(key)
    if entry is None:
        return None
    return entry[1] if lang == "sv" else entry[0]


def message(key: str, lang: str, /, **params: Any) -> str:
    """A message or finding of `progress` (or a table message of `gap`'s)."""
    text = _pick(MESSAGES, key, lang) or _pick(GAP_MESSAGES, key, lang) or key
    return fill(text, (), params, always=True)


def hint(key: str, lang: str, /, **params: Any) -> str | None:
    """The hint for a finding code, or None."""
    text = _pick(HINTS, key, lang)
    return None if text is None else fill(text, (), params, always=True)


def word(key: str, lang: str, /, **params: Any) -> str:
    """A label or phrase of `progress`."""
    return fill(_pick(WORDS, key, lang) or key, (), params)
