"""Messages of `dosering gap`: the Swedish and English words for lists, gaps, advice.

Each entry is `key: (english, swedish)`, formatted with `str.format_map`. Codes, keys
and JSON stay English; only these texts change with `--lang`.
"""

from __future__ import annotations

from typing import Any

from dosering.i18n._text import fill, pick
from dosering.i18n.findings import NO_QUOTES_IN_CELL, STRAIGHT_QUOTES

MESSAGES: dict[str, tuple[str, str]] = {
    # cannot run (exit 3): reading the course list
    "list.missing": (
        "{path}: no such file; check the name, or export the course list (the "
        "activities) from the LMS (Luvit, Moodle) as CSV or Excel and give that "
        "file to --courses",
        "{path}: filen finns inte; kontrollera namnet, eller exportera kurslistan "
        "(aktiviteterna) från lärplattformen (Luvit, Moodle) som CSV eller Excel "
        "och ange den filen med --courses",
    ),
    "list.directory": (
        "{path}: is a directory; give the course list file",
        "{path}: är en mapp; ange kurslistans fil",
    ),
    "list.unreadable": (
        "{path}: cannot read the course list: {reason}",
        "{path}: kan inte läsa kurslistan: {reason}",
    ),
    "list.too-large": (
        "{path}: the course list is larger than {limit} bytes; dosering does not "
        "read it",
        "{path}: kurslistan är större än {limit} byte; dosering läser den inte",
    ),
    "list.empty": (
        "{path}: the course list is empty; export it again with its rows",
        "{path}: kurslistan är tom; exportera den igen med raderna",
    ),
    "list.no-rows": (
        "{path}: the course list has a header but no rows; export it again with "
        "its rows (check the LMS report's filters)",
        "{path}: kurslistan har en rubrikrad men inga rader; exportera den igen "
        "med raderna (se över filtren i LMS-rapporten)",
    ),
    "list.extension": (
        "{path}: dosering reads course lists as .csv, .txt, .tsv, .xlsx, .xlsm, "
        ".xls, .ods, .yaml, .yml or .json, not `{suffix}`: export the list from "
        "the LMS (Luvit, Moodle) as Excel or CSV",
        "{path}: dosering läser kurslistor som .csv, .txt, .tsv, .xlsx, .xlsm, "
        ".xls, .ods, .yaml, .yml eller .json, inte `{suffix}`: exportera listan "
        "från lärplattformen (Luvit, Moodle) som Excel eller CSV",
    ),
    "list.utf16": (
        "{path}: the file is saved as UTF-16 (Excel's 'Unicode text'); save it as "
        "'CSV UTF-8' or 'CSV (semicolon separated)'",
        "{path}: filen är sparad som UTF-16 (Excels 'Unicode-text'); spara den som "
        "'CSV UTF-8' eller 'CSV (semikolonavgränsad)'",
    ),
    "list.binary": (
        "{path}: the file is not text (it contains NUL bytes); is it another format "
        "than `{suffix}`?",
        "{path}: filen är ingen text (den innehåller NUL-byte); är den ett annat "
        "format än `{suffix}`?",
    ),
    "list.not-text": (
        "{path}:{line}: byte {byte} is neither UTF-8 nor Windows-1252 text",
        "{path}:{line}: byte {byte} är varken UTF-8- eller Windows-1252-text",
    ),
    "list.zip-as-text": (
        "{path}: the file is an Excel workbook (XLSX), not `{suffix}`; rename it "
        "to .xlsx",
        "{path}: filen är en Excel-arbetsbok (XLSX), inte `{suffix}`; byt namn "
        "till .xlsx",
    ),
    "list.ods-as-text": (
        "{path}: the file is an OpenDocument spreadsheet (ODS, as LibreOffice Calc "
        "saves it), not `{suffix}`; rename it to .ods",
        "{path}: filen är ett OpenDocument-kalkylblad (ODS, som LibreOffice Calc "
        "sparar det), inte `{suffix}`; byt namn till .ods",
    ),
    "list.zip-not-text": (
        "{path}: the file is a zip archive (a Word file, or another format?), not "
        "`{suffix}` text; export the list again as CSV or Excel (.xlsx)",
        "{path}: filen är ett zip-arkiv (en Word-fil, eller ett annat format?), "
        "ingen `{suffix}`-text; exportera listan igen som CSV eller Excel (.xlsx)",
    ),
    # cannot run: a workbook (a course list, staff list or completion export)
    "list.workbook-text": (
        "{path}: the file is text, not a {suffix} workbook (some systems write CSV "
        "or HTML under a workbook's name); export it as CSV, or open it in Excel "
        "and save it as .xlsx",
        "{path}: filen är text, inte en {suffix}-arbetsbok (en del system skriver CSV "
        "eller HTML under en arbetsboks namn); exportera den som CSV, eller öppna "
        "den i Excel och spara den som .xlsx",
    ),
    "list.workbook-unknown": (
        "{path}: the file is not a {suffix} workbook, nor any other that dosering "
        "reads (.xlsx, .xlsm, .xls, .ods); open it in Excel and save it as .xlsx",
        "{path}: filen är ingen {suffix}-arbetsbok, och inte heller någon annan "
        "som dosering läser (.xlsx, .xlsm, .xls, .ods); öppna den i Excel och "
        "spara den som .xlsx",
    ),
    "list.workbook-renamed": (
        "{path}: the file is a {found} workbook, though its name ends in {suffix}; "
        "rename it to end in {found}",
        "{path}: filen är en {found}-arbetsbok fast namnet slutar på {suffix}; byt "
        "namn så att det slutar på {found}",
    ),
    "list.workbook-zip": (
        "{path}: a zip file, but no workbook (a Word file, or another format renamed?)",
        "{path}: en zip-fil, men ingen arbetsbok (en Word-fil, eller ett annat "
        "format med nytt namn?)",
    ),
    "list.workbook-damaged": (
        "{path}: the workbook is damaged and cannot be read; open it in Excel or "
        "LibreOffice Calc and save it again",
        "{path}: arbetsboken är skadad och går inte att läsa; öppna den i Excel "
        "eller LibreOffice Calc och spara den igen",
    ),
    "list.encrypted": (
        "{path}: the workbook is locked with a password; save a copy without one "
        "and read that",
        "{path}: arbetsboken är låst med lösenord; spara en kopia utan lösenord "
        "och läs den",
    ),
    "list.no-sheet": (
        "{path}: no sheet named `{sheet}`; the sheets are: {sheets}",
        "{path}: inget blad heter `{sheet}`; bladen är: {sheets}",
    ),
    "list.csv-syntax": (
        "{path}:{line}: the CSV cannot be read: {reason}",
        "{path}:{line}: CSV-filen går inte att läsa: {reason}",
    ),
    "list.csv-open-quote": (
        '{path}:{line}: a quote (") opens a cell here that is never closed, so the '
        "rest of the file runs into one cell: close the quote, or remove it (or "
        "save the sheet again as CSV from Excel)",
        '{path}:{line}: ett citattecken (") öppnar en cell här som aldrig stängs, så '
        "resten av filen hamnar i en enda cell: stäng citattecknet eller ta bort "
        "det (eller spara bladet som CSV från Excel igen)",
    ),
    "list.not-json": (
        "{path}:{line}:{col}: not valid JSON: {reason}",
        "{path}:{line}:{col}: ogiltig JSON: {reason}",
    ),
    "list.not-yaml": (
        "{path}:{line}:{col}: not valid YAML: {reason}",
        "{path}:{line}:{col}: ogiltig YAML: {reason}",
    ),
    "list.not-records": (
        "{path}: a YAML or JSON course list must be a list of records "
        "(`- code: …` with `title`, `hours`, `seats`), or a mapping with such a "
        "list under `courses`",
        "{path}: en kurslista i YAML eller JSON ska vara en lista av poster "
        "(`- code: …` med `title`, `hours`, `seats`), eller en mappning med en "
        "sådan lista under `courses`",
    ),
    "list.is-completions": (
        "{path}: this looks like a completion export (row {row} names persons and "
        "completion dates), not a course list; give the list of the courses the "
        "region offers, one row per course (code, title, hours, seats). A "
        "completion export is read by `dosering progress --completions`",
        "{path}: detta ser ut som en export av genomförda kurser (rad {row} anger "
        "personer och slutdatum), inte en kurslista; ange listan över kurserna "
        "som regionen erbjuder, en rad per kurs (kod, namn, timmar, platser). En "
        "export av genomförda kurser läses av `dosering progress --completions`",
    ),
    "list.no-header": (
        "{path}: no header row names a course code or title column; row {row}, the "
        "likeliest header, has {cells}. A code column is named like {code}; a "
        "title column like {title}. Rename one, or name it with --column "
        "code=HEADER or --column title=HEADER",
        "{path}: ingen rubrikrad anger en kolumn för kurskod eller kursnamn; rad "
        "{row}, den troligaste rubrikraden, har {cells}. En kodkolumn heter t.ex. "
        "{code}; en namnkolumn t.ex. {title}. Byt namn på en, eller ange den med "
        "--column code=RUBRIK eller --column title=RUBRIK",
    ),
    "list.no-keys": (
        "{path}: no column for the course code or title; the columns found are: "
        "{found}. Name them (e.g. Kurskod, Kursnamn) or map them with --column "
        "code=NAME --column title=NAME",
        "{path}: ingen kolumn för kurskod eller kursnamn; kolumnerna som finns är: "
        "{found}. Döp om dem (t.ex. Kurskod, Kursnamn) eller ange dem med --column "
        "code=NAMN --column title=NAMN",
    ),
    "list.column-missing": (
        "{path}: --column {field}={header}: no column is named `{header}`; the "
        "columns found are: {found}",
        "{path}: --column {field}={header}: ingen kolumn heter `{header}`; "
        "kolumnerna som finns är: {found}",
    ),
    "column.bad": (
        "`{value}`: write FIELD=COLUMN with FIELD one of {fields}",
        "`{value}`: skriv FÄLT=KOLUMN där FÄLT är ett av {fields}",
    ),
    "column.unknown-field": (
        "`{value}`: no field is called `{field}`; the fields, in English whatever "
        "the language, are {fields}",
        "`{value}`: inget fält heter `{field}`; fälten, på engelska oavsett "
        "språk, är {fields}",
    ),
    "column.unknown-field.near": (
        "`{value}`: no field is called `{field}`; did you mean --column "
        "{near}={header}? The fields, in English whatever the language, are "
        "{fields}",
        "`{value}`: inget fält heter `{field}`; menade du --column "
        "{near}={header}? Fälten, på engelska oavsett språk, är {fields}",
    ),
    "mapping.missing": (
        "{path}: no such mapping file",
        "{path}: mappningsfilen finns inte",
    ),
    "mapping.unreadable": (
        "{path}: cannot read the mapping file: {reason}",
        "{path}: kan inte läsa mappningsfilen: {reason}",
    ),
    "mapping.directory": (
        "{path}: is a directory; give the mapping file",
        "{path}: är en mapp; ange mappningsfilen",
    ),
    "mapping.is-table": (
        "{path}: this looks like a course list (a table), not a mapping; give it "
        "with --courses. A mapping is a YAML file of decisions (`match:`, "
        "`ignore:`); `dosering gap --write-mapping FILE` writes one for you",
        "{path}: detta ser ut som en kurslista (en tabell), inte en mappning; ange "
        "den med --courses. En mappning är en YAML-fil med beslut (`match:`, "
        "`ignore:`); `dosering gap --write-mapping FIL` skriver en åt dig",
    ),
    "mapping.is-table.progress": (
        "{path}: this looks like a table (a staff list or an LMS export), not a "
        "mapping; give a staff list with --staff and completions with "
        "--completions. A mapping is a YAML file of decisions (`match:`, `roles:`); "
        "`dosering gap --write-mapping FILE` starts one for you",
        "{path}: detta ser ut som en tabell (en personallista eller en export från "
        "lärplattformen), inte en mappning; ange en personallista med --staff och "
        "genomföranden med --completions. En mappning är en YAML-fil med beslut "
        "(`match:`, `roles:`); `dosering gap --write-mapping FIL` påbörjar en åt dig",
    ),
    "write-mapping.exists": (
        "{path}: exists already; dosering does not overwrite it without --force",
        "{path}: finns redan; dosering skriver inte över den utan --force",
    ),
    # findings about rows of the list
    "row-cells": (
        "row {row} has {cells} filled cells but the header only {columns} columns: "
        "the values may have slipped one column",
        "rad {row} har {cells} ifyllda celler men rubrikraden bara {columns} "
        "kolumner: värdena kan ha hamnat en kolumn fel",
    ),
    "row-empty": (
        "row {row} has neither a course code nor a title",
        "rad {row} har varken kurskod eller kursnamn",
    ),
    "row-total": (
        "row {row} is a total (`{cell}`), not a course: left out",
        "rad {row} är en summarad (`{cell}`), ingen kurs: utelämnad",
    ),
    "row-inactive": (
        "row {row} is inactive (`{value}` in column {column}): left out",
        "rad {row} är inaktiv (`{value}` i kolumnen {column}): utelämnad",
    ),
    "row-inactive.course": (
        "row {row} is inactive (`{value}` in column {column}): left out, so the "
        "model's course `{course}` is not offered",
        "rad {row} är inaktiv (`{value}` i kolumnen {column}): utelämnad, så "
        "modellens kurs `{course}` ges inte",
    ),
    "row-code-zeros": (
        "the code `{code}` looks like `{lms}`, the `lms` code of course `{course}`, "
        "with its leading zeros dropped, as Excel does in a number column; the row "
        "matches "
        "no course by its code",
        "koden `{code}` ser ut som `{lms}`, `lms`-koden för kursen `{course}`, utan "
        "sina inledande nollor, som Excel gör i en sifferkolumn; raden motsvarar "
        "ingen kurs genom sin kod",
    ),
    "row-code-zeros.title": (
        "the code `{code}` looks like `{lms}`, the `lms` code of course `{course}`, "
        "with its leading zeros dropped, as Excel does in a number column; the row is "
        "matched by its title instead",
        "koden `{code}` ser ut som `{lms}`, `lms`-koden för kursen `{course}`, utan "
        "sina inledande nollor, som Excel gör i en sifferkolumn; raden kopplas i "
        "stället genom sitt kursnamn",
    ),
    "typographic-quotes.row": (
        "the code `{raw}` in column {column} keeps its typographic quotes as part "
        "of the code, so it never matches `{inner}` in the model",
        "koden `{raw}` i kolumnen {column} behåller sina typografiska citattecken "
        "som en del av koden, så den matchar aldrig `{inner}` i modellen",
    ),
    "typographic-quotes.mapping": (
        "`{raw}` keeps its typographic quotes as part of the text, so it never "
        "matches the code `{inner}` in a list",
        "`{raw}` behåller sina typografiska citattecken som en del av texten, så "
        "den matchar aldrig koden `{inner}` i en lista",
    ),
    "row-number": (
        "`{value}` in column {column} is not a number; counted as unknown",
        "`{value}` i kolumnen {column} är inget tal; räknas som okänt",
    ),
    "row-whole-number": (
        "`{value}` in column {column} is not a whole number of seats; counted "
        "as unknown",
        "`{value}` i kolumnen {column} är inget heltal platser; räknas som okänt",
    ),
    "row-negative": (
        "`{value}` in column {column} is negative; counted as unknown",
        "`{value}` i kolumnen {column} är negativt; räknas som okänt",
    ),
    # findings about the mapping file
    "mapping-unknown-course": (
        "the mapping names the course `{id}`, which the model does not have",
        "mappningen anger kursen `{id}`, som inte finns i modellen",
    ),
    "mapping-unknown-role": (
        "the mapping names the role `{id}`, which the model does not have",
        "mappningen anger rollen `{id}`, som inte finns i modellen",
    ),
    "mapping-shape.mapping": (
        "`{field}` must be a mapping of keys",
        "`{field}` ska vara en mappning av nycklar",
    ),
    "mapping-shape.list": ("`{field}` must be a list", "`{field}` ska vara en lista"),
    "mapping-shape.text": ("`{field}` must be text", "`{field}` ska vara text"),
    "mapping-unknown-key": (
        "unknown key `{key}` in the mapping (allowed: match, ignore; for "
        "progress also roles, ignore_roles)",
        "okänd nyckel `{key}` i mappningen (tillåtna: match, ignore; för "
        "progress även roles, ignore_roles)",
    ),
    "mapping-yaml": (
        "the mapping is not valid YAML: {code}",
        "mappningen är inte giltig YAML: {code}",
    ),
}

_SHAPE_HINT = (
    'Write it as in `match: {{"9001": course-id}}` and `ignore: ["9003"]`.',
    'Skriv den som `match: {{"9001": kurs-id}}` och `ignore: ["9003"]`.',
)

HINTS: dict[str, tuple[str, str]] = {
    "row-cells": (
        "A decimal comma in a comma-separated file splits a number in two: save the "
        "list with `;` as separator, or put such numbers in quotes.",
        "Ett decimalkomma i en kommaseparerad fil delar ett tal i två: spara listan "
        "med `;` som avgränsare, eller sätt sådana tal inom citattecken.",
    ),
    "row-empty": (
        "Fill in the code or the title, or delete the row.",
        "Fyll i kurskod eller kursnamn, eller ta bort raden.",
    ),
    "row-total": (
        "Nothing to do: dosering counts the rows itself.",
        "Inget att göra: dosering räknar själv raderna.",
    ),
    "row-inactive": (
        "No one can take an inactive activity, so it offers no course; activate it "
        "in the LMS if it should count.",
        "En inaktiv aktivitet kan ingen gå, så den ger ingen kurs; aktivera den i "
        "lärplattformen om den ska räknas.",
    ),
    "row-inactive.course": (
        "Activate the activity in the LMS if the course is given, or change the "
        "model so that it no longer counts on the course.",
        "Aktivera aktiviteten i lärplattformen om kursen ges, eller ändra modellen "
        "så att den inte räknar med kursen.",
    ),
    "row-code-zeros": (
        "Keep the codes as text: format the code column as Text in Excel before the "
        "codes go in (Data › From Text/CSV), or give dosering the list as the LMS "
        "exports it (CSV), not saved again by Excel. Until then, map the row in "
        "--mapping.",
        "Behåll koderna som text: formatera kodkolumnen som Text i Excel innan "
        "koderna kommer in (Data › Från text/CSV), eller ge dosering listan som "
        "lärplattformen exporterar den (CSV), utan att spara om den i Excel. Koppla "
        "raden i --mapping så länge.",
    ),
    "row-code-zeros.title": (
        "Keep the codes as text: format the code column as Text in Excel before the "
        "codes go in (Data › From Text/CSV), or give dosering the list as the LMS "
        "exports it (CSV), not saved again by Excel.",
        "Behåll koderna som text: formatera kodkolumnen som Text i Excel innan "
        "koderna kommer in (Data › Från text/CSV), eller ge dosering listan som "
        "lärplattformen exporterar den (CSV), utan att spara om den i Excel.",
    ),
    "typographic-quotes.row": NO_QUOTES_IN_CELL,
    "typographic-quotes.mapping": STRAIGHT_QUOTES,
    "row-number": (
        "Write a number such as 1,5 or 1.5, or leave the cell blank.",
        "Skriv ett tal som 1,5 eller 1.5, eller lämna cellen tom.",
    ),
    "row-whole-number": (
        "Write the seats a year as a whole number, or leave the cell blank.",
        "Skriv platser per år som ett heltal, eller lämna cellen tom.",
    ),
    "row-negative": (
        "Write zero or more, or leave the cell blank.",
        "Skriv noll eller mer, eller lämna cellen tom.",
    ),
    "mapping-unknown-course": (
        "{suggestion}The model's course ids are under `courses:` in the model.",
        "{suggestion}Modellens kurs-id står under `courses:` i modellen.",
    ),
    "mapping-unknown-role": (
        "The model's role ids are under `roles:` in the model.",
        "Modellens roll-id står under `roles:` i modellen.",
    ),
    "mapping-shape.mapping": _SHAPE_HINT,
    "mapping-shape.list": _SHAPE_HINT,
    "mapping-shape.text": _SHAPE_HINT,
    "mapping-unknown-key": (
        "A mapping has only `match` and `ignore`.",
        "En mappning har bara `match` och `ignore`.",
    ),
    "mapping-yaml": ("{code_hint}", "{code_hint}"),
}

WORDS: dict[str, tuple[str, str]] = {
    "category.uncovered": ("uncovered", "saknas helt"),
    "category.partial": ("partial", "för låg nivå"),
    "category.prescribed-missing": (
        "prescribed course missing",
        "föreskriven kurs saknas",
    ),
    "category.not-offered": ("not offered", "ges inte"),
    "category.capacity": ("too few seats", "för få platser"),
    "category.unmapped": ("unmapped rows", "okopplade rader"),
    "heading": ("Gaps in {model}", "Luckor i {model}"),
    "against.list": (
        "against {courses}: {rows} {rows:row|rows}, {matched} matched, {offered} of "
        "{total} model {total:course|courses} offered",
        "mot {courses}: {rows} {rows:rad|rader}, {matched} "
        "{matched:kopplad|kopplade}, {offered} av {total} {total:kurs|kurser} i "
        "modellen ges",
    ),
    "against.list.inactive": (
        "against {courses}: {rows} {rows:row|rows} (and {inactive} inactive, left "
        "out), {matched} matched, {offered} of {total} model {total:course|courses} "
        "offered",
        "mot {courses}: {rows} {rows:rad|rader} (och {inactive} "
        "{inactive:inaktiv, utelämnad|inaktiva, utelämnade}), {matched} "
        "{matched:kopplad|kopplade}, {offered} av {total} {total:kurs|kurser} i "
        "modellen ges",
    ),
    "against.own": (
        "against its own catalogue: all {total} {total:course|courses} offered",
        "mot den egna kurskatalogen: alla {total} kurser ges",
    ),
    "against.own.one": (
        "against its own catalogue: its one course offered",
        "mot den egna kurskatalogen: dess enda kurs ges",
    ),
    # the comments of the file --write-mapping writes
    "mapping.header": (
        "Which rows of the course list are which model course (dosering gap "
        "--mapping).\nReview the commented lines: uncomment a `match` line to accept "
        "a suggestion,\nan `ignore` line for a row that is no course of the model.",
        "Vilka rader i kurslistan som är vilken kurs i modellen (dosering gap "
        "--mapping).\nGå igenom de bortkommenterade raderna: ta bort # framför en "
        "`match`-rad för att\nta ett förslag, framför en `ignore`-rad för en rad som "
        "inte är en kurs i modellen.",
    ),
    "mapping.row": ("row {row}: {title}", "rad {row}: {title}"),
    "mapping.by-title": ("row {row}, by title", "rad {row}, efter kursnamnet"),
    "mapping.zeros": (
        "its code looks like {lms}, the code of {course}, without its leading zeros "
        "(Excel drops them in a number column)",
        "koden ser ut som {lms}, koden för {course}, utan sina inledande nollor "
        "(Excel tar bort dem i en sifferkolumn)",
    ),
    "mapping.close": ("close to {course} ({alike})", "liknar {course} ({alike})"),
    "mapping.unknown": (
        "the model has no course {course}: fix the id or delete the line",
        "modellen har ingen kurs {course}: rätta id:t eller ta bort raden",
    ),
    "table.csv-only": (
        "`courses` is a table of -f csv; text, md, json and xlsx show both tables",
        "`courses` är en tabell för -f csv; text, md, json och xlsx visar båda "
        "tabellerna",
    ),
    "summary": ("Summary", "Sammanfattning"),
    "category": ("category", "kategori"),
    "count": ("count", "antal"),
    "shortfalls": (
        "{courses} {courses:course|courses} short of places: {places} course places "
        "and {hours} "
        "training hours a year missing in all",
        "{courses} {courses:kurs|kurser} har för få platser: sammanlagt saknas "
        "{places} "
        "kursplatser och {hours} utbildningstimmar per år",
    ),
    "shortfalls.no-hours": (
        "({count} of them without hours, not in the hours)",
        "({count} av dem utan timmar, inte med i timmarna)",
    ),
    "no-shortfalls": (
        "No offered course is short of places.",
        "Ingen kurs som ges har för få platser.",
    ),
    "totals": (
        "{people} people a year need training; their learning paths take {places} "
        "course places a year",
        "{people} personer per år behöver utbildning; deras lärvägar tar {places} "
        "kursplatser per år",
    ),
    "no-demand": (
        "No learning path holds {courses}: the roles that need what {n:it gives|"
        "they give} get it from another course on their path (one with fewer hours, "
        "or one that covers more of their needs); prescribe {n:it|one} in a need "
        "(`courses:`) to send a role there",
        "Ingen lärväg innehåller {courses}: rollerna som behöver det {n:den|de} ger "
        "får det genom en annan kurs på sin lärväg (en med färre timmar, eller en "
        "som täcker fler av deras behov); föreskriv {n:den|en av dem} i ett behov "
        "(`courses:`) för att skicka en roll dit",
    ),
    "no-gaps": ("No gaps.", "Inga luckor."),
    "more": (
        "… and {count} more (all of them with --format csv or json)",
        "… och {count} till (alla med --format csv eller json)",
    ),
    "roles-without-headcount": (
        "Roles without headcount (no demand counted): {ids}",
        "Roller utan antal (ingen efterfrågan räknad): {ids}",
    ),
    "not-assessed": (
        "Courses without seats (capacity not assessed): {ids}",
        "Kurser utan platser (kapaciteten inte bedömd): {ids}",
    ),
    "list-findings": (
        "Problems in the course list or the mapping",
        "Problem i kurslistan eller mappningen",
    ),
    "list-notes": (
        "Notes on the course list and the mapping",
        "Noteringar om kurslistan och mappningen",
    ),
    "demand-heading": (
        "Demand per course (course places a year)",
        "Efterfrågan per kurs (kursplatser per år)",
    ),
    "col.role": ("role", "roll"),
    "col.need": ("area / level", "område / nivå"),
    "col.course": ("course", "kurs"),
    "col.row": ("row", "rad"),
    "col.code": ("code", "kod"),
    "col.title": ("title", "kursnamn"),
    "col.todo": ("what to do", "att göra"),
    "col.demand": ("demand/yr", "efterfrågan/år"),
    "col.seats": ("seats/yr", "platser/år"),
    "col.short": ("places short/yr", "platser saknas/år"),
    "col.hours": ("hours short/yr", "timmar saknas/år"),
    "col.backlog": ("backlog (people)", "eftersläpning (personer)"),
    "col.years": ("years to cover", "år att täcka"),
    "never": ("never", "aldrig"),
    "unlimited": ("unlimited", "obegränsat"),
    "none": ("–", "–"),
    "exit.mapping": (
        "Exit 1: the mapping {path} has errors (see the findings above).",
        "Slutkod 1: mappningen {path} har fel (se fynden ovan).",
    ),
    "exit.fail": (
        "Exit 1: gaps in `--fail-on` categories: {categories}.",
        "Slutkod 1: luckor i kategorier som `--fail-on` anger: {categories}.",
    ),
    "exit.fail-default": (
        "Exit 1: gaps in categories that fail by default: {categories} "
        "(choose others with `--fail-on`).",
        "Slutkod 1: luckor i kategorier som ger fel som förval: {categories} "
        "(välj andra med `--fail-on`).",
    ),
    # what to do, per category
    "todo.uncovered": (
        "no offered course gives {area} at any level: add one, or lower the need",
        "ingen kurs som ges ger {area} på någon nivå: lägg till en, eller sänk behovet",
    ),
    "todo.audience": (
        "only courses for others give {area} at {level}: {courses} (for "
        "{audience}); add the role or its group to an `audience`, or prescribe one "
        "in the need",
        "bara kurser för andra ger {area} på {level}: {courses} (för {audience}); "
        "lägg till rollen eller dess grupp i en `audience`, eller föreskriv en i "
        "behovet",
    ),
    "courses-more": ("{courses} and {count} more", "{courses} och {count} till"),
    "todo.unoffered": (
        "{courses} gives it but is not in the course list: offer it, or map its row "
        "in --mapping",
        "{courses} ger det men finns inte i kurslistan: erbjud den, eller koppla "
        "dess rad i --mapping",
    ),
    "todo.unoffered.many": (
        "{courses} give it but are not in the course list: offer one, or map its "
        "row in --mapping",
        "{courses} ger det men finns inte i kurslistan: erbjud en av dem, eller "
        "koppla dess rad i --mapping",
    ),
    "todo.partial": (
        "offered courses give it only at {offered}: add one at {level}, or lower "
        "the need",
        "kurserna som ges ger det bara på {offered}: lägg till en på {level}, "
        "eller sänk behovet",
    ),
    "todo.prescribed-missing": (
        "the prescribed {course} is not offered: offer it, or change the need's "
        "`courses`",
        "den föreskrivna kursen {course} ges inte: erbjud den, eller ändra behovets "
        "`courses`",
    ),
    "todo.not-offered": (
        "no row of the list is {course}: offer it, or map its row in --mapping "
        "({needs})",
        "ingen rad i listan motsvarar {course}: erbjud den, eller koppla dess rad i "
        "--mapping ({needs})",
    ),
    "todo.not-offered-inactive": (
        "{course} is in the list but inactive ({rows}): activate the activity in "
        "the LMS, or change the model ({needs})",
        "{course} finns i listan men är inaktiv ({rows}): aktivera aktiviteten i "
        "lärplattformen, eller ändra modellen ({needs})",
    ),
    "todo.not-offered-inactive-unused": (
        "{course} is in the list but inactive ({rows}); no need uses it",
        "{course} finns i listan men är inaktiv ({rows}); inget behov använder den",
    ),
    "needs.named": ("prescribed for {roles}", "föreskriven för {roles}"),
    "needs.satisfies": (
        "satisfies {count} {count:need|needs} of {roles} {roles:role|roles}",
        "uppfyller {count} behov hos {roles} {roles:roll|roller}",
    ),
    "todo.not-offered-unused": (
        "no row of the list is {course}; no need uses it",
        "ingen rad i listan motsvarar {course}; inget behov använder den",
    ),
    "todo.capacity": (
        "add seats or occasions",
        "lägg till platser eller tillfällen",
    ),
    "todo.unmapped": (
        "no model course matches: map it in --mapping, or ignore it in that file",
        "ingen kurs i modellen motsvarar raden: koppla den i --mapping, eller "
        "ignorera den i samma fil",
    ),
    "alike": ("{score} % alike", "{score} % lika"),
    "suggestion": ("{title} ({course}, {alike})", "{title} ({course}, {alike})"),
    "todo.unmapped-zeros": (
        "the code looks like `{lms}`, the code of {course}, with its leading zeros "
        "dropped, as Excel does in a number column: format the column as text in "
        "Excel, or export the list as CSV; or map it in --mapping",
        "koden ser ut som `{lms}`, koden för {course}, utan sina inledande nollor, "
        "som Excel gör i en sifferkolumn: formatera kolumnen som text i Excel, eller "
        "exportera listan som CSV; eller koppla den i --mapping",
    ),
    "todo.also-close": (
        "; its title is close to {suggestions}",
        "; kursnamnet liknar {suggestions}",
    ),
    "todo.unmapped-suggest": (
        "close to {suggestions}: map it in --mapping if it is that course, or "
        "ignore it",
        "liknar {suggestions}: koppla den i --mapping om det är den kursen, eller "
        "ignorera den",
    ),
    "mapping-not-rewritten": (
        "{path}: not written: the mapping it would rewrite has errors (see the "
        "findings above); fix them and run again",
        "{path}: skrevs inte: mappningsfilen som skulle skrivas om har fel (se "
        "fynden ovan); rätta dem och kör igen",
    ),
    "mapping-written": (
        "wrote {path}: {kept} {kept:decision|decisions} kept, {added} added (matched "
        "by title); commented out for you to review: {suggested} `match` "
        "{suggested:suggestion|suggestions} (near misses), {to_ignore} "
        "{to_ignore:row|rows} matching no course suggested for `ignore`",
        "skrev {path}: {kept} beslut {kept:behållet|behållna}, {added} "
        "{added:nytt|nya} (efter kursnamnet); "
        "bortkommenterade för dig att gå igenom: {suggested} förslag på `match` "
        "(nära träffar), {to_ignore} {to_ignore:rad|rader} utan motsvarande kurs "
        "{to_ignore:föreslagen|föreslagna} för `ignore`",
    ),
    "mapping-written.flagged": (
        "; {flagged} {flagged:decision names|decisions name} a course the model does "
        "not have: kept, and "
        "marked with a comment — fix the id or delete the line",
        "; {flagged} beslut nämner en kurs som modellen inte har: behållna och "
        "markerade med en kommentar — rätta id:t eller ta bort raden",
    ),
}

COLUMNS: dict[str, tuple[str, str]] = {
    "category": ("Category", "Kategori"),
    "role": ("Role", "Roll"),
    "area": ("Area", "Område"),
    "level": ("Level", "Nivå"),
    "course": ("Course", "Kurs"),
    "offered_levels": ("Levels offered", "Nivåer som ges"),
    "demand_per_year": ("Course places per year", "Kursplatser per år"),
    "seats_per_year": ("Seats per year", "Platser per år"),
    "shortfall_people": ("Course places short per year", "Saknade kursplatser per år"),
    "shortfall_hours": (
        "Training hours short per year",
        "Saknade utbildningstimmar per år",
    ),
    "row": ("Row", "Rad"),
    "code": ("Code", "Kod"),
    "title": ("Title in the list", "Kursnamn i listan"),
    "suggestions": ("Suggestions", "Förslag"),
    "what_to_do": ("What to do", "Att göra"),
    "role_name": ("Role's name", "Rollens namn"),
    "area_name": ("Area's name", "Områdets namn"),
    "course_title": ("Title in the model", "Kursnamn i modellen"),
    "hours": ("Hours", "Timmar"),
    "backlog": ("Backlog (people)", "Eftersläpning (personer)"),
    "years_to_cover": ("Years to cover", "År att täcka"),
    "roles": ("Roles", "Roller"),
}
"""The columns of gap's tables, by the JSON key they hold: one name per column for
the CSV in Swedish and the workbook (`-f xlsx`) in either language. The English CSV
keeps the keys themselves as its header: other tools read it."""


def column(key: str, lang: str) -> str:
    """The name of one of gap's table columns (a key of `COLUMNS`) in `lang`."""
    return pick(COLUMNS, key, lang) or key


def message(key: str, lang: str, /, **params: Any) -> str:
    """A message of `gap` (or any catalogue's) in the language asked for."""
    from dosering.i18n.catalogue import message as any_message

    return any_message(key, lang, params)


def word(key: str, lang: str, /, *args: Any, **params: Any) -> str:
    """A label or phrase of `gap` in the language asked for."""
    return fill(pick(WORDS, key, lang) or key, args, params)


def category_labels(category: str, lang: str) -> tuple[str, ...]:
    """A gap category's names in `lang` (`--fail-on` takes them); the first shows."""
    return (word(f"category.{category}", lang),)
