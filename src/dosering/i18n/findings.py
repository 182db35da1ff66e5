"""Messages: the Swedish and English words for findings, hints, titles and labels.

Each entry is `key: (english, swedish)`, formatted with `str.format_map` from a
located finding's parameters (`dosering.report.words` does it; the lookup over all
catalogues is `dosering.i18n.catalogue`). Codes, keys and JSON stay English; only
these texts change with `--lang`.
"""

from __future__ import annotations

import locale
import os
from typing import Any

from dosering.i18n._text import fill, pick, pick_count

LANGS = ("en", "sv")

STRAIGHT_QUOTES = (
    'Replace them with straight quotes (`"{inner}"`){or_plain}; text copied from '
    "Word often brings them.",
    'Byt dem mot raka citattecken (`"{inner}"`){or_plain}; text som kopierats från '
    "Word har ofta sådana.",
)
"""The hint of a value in typographic quotes (`quotes`, `typographic-quotes`)."""

NO_QUOTES_IN_CELL = (
    "Remove the typographic quotes from the cell; text copied from Word often "
    "brings them.",
    "Ta bort de typografiska citattecknen ur cellen; text som kopierats från "
    "Word har ofta sådana.",
)
"""The hint of a cell in typographic quotes (in a cell, no quotes are needed): a
workbook's (`import`), a course list's, a staff list's."""

_ADD_DOSERING_LINE = (
    "If it is meant to be a dosing model, add the line `dosering: 1` at the top "
    "(comments may come before it). If not, leave it out of the paths: give the "
    "model files, or a folder (a folder skips files that are not models, so "
    "`dosering validate .` is fine).",
    "Om den ska vara en doseringsmodell, lägg till raden `dosering: 1` överst "
    "(kommentarer får stå före den). Om inte, ta bort den ur sökvägarna: ange "
    "modellfilerna eller en mapp (i en mapp hoppas filer som inte är modeller "
    "över, så `dosering validate .` går bra).",
)
"""The hint of a file with no `dosering:` line (`not-a-model.no-key`, `.no-line`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # loading
    "file-too-large": (
        "the file is larger than {limit_text}; dosering does not read it",
        "filen är större än {limit_text}; dosering läser den inte",
    ),
    "yaml-encoding.utf16": (
        "the file is saved as UTF-16, not UTF-8",
        "filen är sparad som UTF-16, inte UTF-8",
    ),
    "yaml-encoding.cp1252": (
        "byte {byte} is not UTF-8; the file looks saved as Windows-1252 (ANSI)",
        "byte {byte} är inte UTF-8; filen verkar sparad som Windows-1252 (ANSI)",
    ),
    "yaml-encoding.bytes": (
        "byte {byte} is not UTF-8 text",
        "byte {byte} är inte UTF-8-text",
    ),
    "yaml-encoding.nul": (
        "the file contains a NUL byte: it is not a text file",
        "filen innehåller en NUL-byte: det är ingen textfil",
    ),
    "yaml-syntax": (
        "YAML syntax error: {problem}",
        "fel i YAML-syntaxen: YAML kan inte läsa vidare här",
    ),
    "json-syntax": ("{problem}", "{problem}"),
    "yaml-syntax.tab": (
        "a tab is used to indent: YAML indents with spaces only",
        "en tabb används för indrag: YAML drar in med blanksteg",
    ),
    "yaml-syntax.tab.spaces": (
        "a tab is used to indent: YAML indents with spaces only",
        "en tabb används för indrag: YAML drar in med blanksteg",
    ),
    "yaml-syntax.dash-space": (
        "a list item needs a space after its dash: without one, YAML reads `-` as "
        "part of the key",
        "en punkt i en lista behöver ett blanksteg efter bindestrecket: utan det "
        "läser YAML `-` som en del av nyckeln",
    ),
    "yaml-syntax.colon-space": (
        "a key needs a space after its colon: without one, YAML reads the line as "
        "text, not `key: value`",
        "en nyckel behöver ett blanksteg efter kolonet: utan det läser YAML raden "
        "som text, inte som `nyckel: värde`",
    ),
    "yaml-syntax.reserved": (
        "a value cannot start with `{char}` unless it is in quotes",
        "ett värde kan inte börja med `{char}` utan citattecken",
    ),
    "yaml-syntax.alias": (
        "a value starting with `*` is read as a reference to an anchor (`&name`)",
        "ett värde som börjar med `*` läses som en referens till ett ankare (`&namn`)",
    ),
    "yaml-syntax.quote": (
        "the quote opened here is never closed on its line (YAML reads on to the "
        "next quote in the file)",
        "citattecknet som öppnas här stängs aldrig på sin rad (YAML läser vidare till "
        "nästa citattecken i filen)",
    ),
    "yaml-syntax.escape": (
        "in double quotes a backslash starts an escape such as `\\n`, and `\\{char}` "
        "here is none YAML can read",
        "inom dubbla citattecken inleder ett bakstreck en specialkod som `\\n`, och "
        "`\\{char}` här är ingen som YAML kan läsa",
    ),
    "yaml-syntax.flow": (
        "the `{open}` opened here is never closed with `{close}`",
        "`{open}` som öppnas här stängs aldrig med `{close}`",
    ),
    "yaml-syntax.dash": (
        "`-` after `{key}:` starts a list, which YAML does not allow here",
        "`-` efter `{key}:` börjar en lista, vilket YAML inte tillåter här",
    ),
    "none-need": (
        "`{raw}` is no level: a need under `needs:` names a level",
        "`{raw}` är ingen nivå: ett behov under `needs:` anger en nivå",
    ),
    "none-need.empty": (
        "`{field}:` has no level: a need under `needs:` names a level",
        "`{field}:` saknar nivå: ett behov under `needs:` anger en nivå",
    ),
    "none-gives": (
        "`{raw}` is no level: what a course gives under `gives:` names a level",
        "`{raw}` är ingen nivå: det en kurs ger under `gives:` anger en nivå",
    ),
    "none-gives.empty": (
        "`{field}:` has no level: what a course gives under `gives:` names a level",
        "`{field}:` saknar nivå: det en kurs ger under `gives:` anger en nivå",
    ),
    "yaml-syntax.none-need": (
        "`-` is no level: a need under `needs:` names a level",
        "`-` är ingen nivå: ett behov under `needs:` anger en nivå",
    ),
    "yaml-syntax.colon": (
        "a `: ` inside a value makes YAML read a second key here",
        "ett `: ` inuti ett värde gör att YAML läser en ny nyckel här",
    ),
    "yaml-syntax.indent.left": (
        "this line is indented {has} {has:space|spaces}, which does not match the "
        "lines above it",
        "raden är indragen {has} blanksteg, vilket inte stämmer med raderna ovanför",
    ),
    "yaml-syntax.colon.line": (
        "a `: ` inside a value makes YAML read a second key here",
        "ett `: ` inuti ett värde gör att YAML läser en ny nyckel här",
    ),
    "yaml-syntax.indent": (
        "this line is indented {has} {has:space|spaces}, which does not match the "
        "lines above it",
        "raden är indragen {has} blanksteg, vilket inte stämmer med raderna ovanför",
    ),
    "yaml-syntax.no-colon": (
        "a line in a mapping without `key: value`",
        "en rad utan `nyckel: värde` där YAML väntar sig en nyckel",
    ),
    "yaml-control": (
        "the invisible control character {char} is not allowed in YAML",
        "det osynliga styrtecknet {char} är inte tillåtet i YAML",
    ),
    "yaml-separator": (
        "an invisible line separator ({char}), usually from text pasted from Word "
        "or a PDF",
        "en osynlig radavgränsare ({char}), oftast från text som klistrats in från "
        "Word eller en PDF",
    ),
    "yaml-duplicate-key": (
        "the key `{key}` is given twice in the same mapping",
        "nyckeln `{key}` står två gånger i samma grupp `nyckel: värde`",
    ),
    "yaml-tag": (
        "the tag `{tag}` is not allowed",
        "taggen `{tag}` är inte tillåten",
    ),
    "yaml-aliases": (
        "aliases (`*name`) become more than {limit} values when filled in; an "
        "ordinary model comes nowhere near that",
        "alias (`*namn`) blir fler än {limit} värden när de fylls i; en vanlig "
        "modell kommer aldrig i närheten av det",
    ),
    "yaml-too-deep": (
        "the values are nested more than {limit} levels deep",
        "värdena ligger i mer än {limit} nivåer inuti varandra",
    ),
    "yaml-number": (
        "a number written with {length} characters: dosering reads whole numbers "
        "of at most {limit}",
        "ett tal skrivet med {length} tecken: dosering läser heltal med högst {limit}",
    ),
    "yaml-key": (
        "a key must be plain text, not a list or mapping",
        "en nyckel måste vara vanlig text, inte en lista eller en grupp "
        "`nyckel: värde`",
    ),
    "yaml-multiple-documents": (
        "the file holds more than one YAML document",
        "filen innehåller mer än ett YAML-dokument",
    ),
    "not-a-model.empty": (
        "the file is empty: no dosing model in it",
        "filen är tom: ingen doseringsmodell i den",
    ),
    "not-a-model.root": (
        "the file holds {kind_text}, not a dosing model (a mapping of keys)",
        "filen innehåller {kind_text}, inte en doseringsmodell "
        "(en grupp `nyckel: värde`)",
    ),
    "not-a-model.workbook": (
        "the file is a workbook (Excel or Calc), not a dosing model in YAML",
        "filen är en arbetsbok (Excel eller Calc), inte en doseringsmodell i YAML",
    ),
    "not-a-model.no-key": (
        "no `dosering:` key: this is not a dosing model",
        "ingen nyckel `dosering:`: detta är ingen doseringsmodell",
    ),
    "not-a-model.close": (
        "no `dosering:` key, but `{key}` looks like a misspelling of it",
        "ingen nyckel `dosering:`, men `{key}` ser ut som en felstavning av den",
    ),
    "not-a-model.document": (
        "the file is a document ({suffix}), not a dosing model in YAML",
        "filen är ett dokument ({suffix}), inte en doseringsmodell i YAML",
    ),
    "not-a-model.no-line": (
        "no line starts with `dosering:` and the file is not YAML that can be read: "
        "it is no dosing model (a PDF, a web page or a text saved under the wrong "
        "name?)",
        "ingen rad börjar med `dosering:` och filen är inte läsbar YAML: det är "
        "ingen doseringsmodell (en PDF, en webbsida eller en text med fel namn?)",
    ),
    "no-models": (
        "no dosing model in this folder: {count} YAML {count:file|files} skipped, "
        "none with a line starting `dosering:` ({files})",
        "ingen doseringsmodell i mappen: {count} {count:YAML-fil|YAML-filer} "
        "överhoppade, ingen med en rad som börjar `dosering:` ({files})",
    ),
    "no-models.empty": (
        "no dosing model in this folder: it holds no .yaml or .yml file",
        "ingen doseringsmodell i mappen: den innehåller ingen .yaml- eller .yml-fil",
    ),
    "format-version": (
        "this file is written for format {version}; this dosering reads format 1",
        "filen är skriven för format {version}; denna dosering läser format 1",
    ),
    # schema
    "missing": ("`{field}` is missing", "`{field}` saknas"),
    "unknown-key": (
        "unknown key `{key}`{where}",
        "okänd nyckel `{key}`{where}",
    ),
    "version": (
        "`dosering:` must be the format version 1, not `{raw}`",
        "`dosering:` ska vara formatversionen 1, inte `{raw}`",
    ),
    "not-text": (
        "`{field}` must be text, but `{raw}` is read as {kind_text}",
        "`{field}` ska vara text, men `{raw}` läses som {kind_text}",
    ),
    "odd-number": (
        "`{raw}` is read as the number {number} (YAML reads a leading 0 as octal, "
        "0x as hexadecimal)",
        "`{raw}` läses som talet {number} (YAML läser en inledande 0:a som oktalt, "
        "0x som hexadecimalt)",
    ),
    "no-text": (
        "`{field}` must be text, not {kind_text}",
        "`{field}` ska vara text, inte {kind_text}",
    ),
    "not-text-key": (
        "the key `{raw}` in `{field}` must be text, but is read as {kind_text}",
        "nyckeln `{raw}` i `{field}` ska vara text, men läses som {kind_text}",
    ),
    "quoted-number": (
        '`{field}` must be a number, but `"{raw}"` is in quotes (text)',
        '`{field}` ska vara ett tal, men `"{raw}"` står inom citattecken (text)',
    ),
    "bad-id": (
        "`{raw}` is not a valid id",
        "`{raw}` är inget giltigt id",
    ),
    "bad-id.hidden": (
        "the id holds {sort_text} ({char}), which cannot be seen: `{shown}`",
        "id:t innehåller {sort_text} ({char}), som inte syns: `{shown}`",
    ),
    "quotes": (
        "`{raw}` has typographic quotes around it, which stay part of the value",
        "`{raw}` har typografiska citattecken runt sig, som blir kvar i värdet",
    ),
    "quotes.number": (
        "`{raw}` has typographic quotes around it, which stay part of the value",
        "`{raw}` har typografiska citattecken runt sig, som blir kvar i värdet",
    ),
    "long-id": (
        "the id `{raw}` is longer than 64 characters",
        "id:t `{raw}` är längre än 64 tecken",
    ),
    "bad-url": (
        "`{field}` must be an http(s) address, not `{raw}`",
        "`{field}` ska vara en http(s)-adress, inte `{raw}`",
    ),
    "bad-date": (
        "`{field}` must be a date (YYYY-MM-DD), not `{raw}`",
        "`{field}` ska vara ett datum (ÅÅÅÅ-MM-DD), inte `{raw}`",
    ),
    "bad-seats": (
        "`{field}` must be a whole number of seats (0 or more) or `unlimited`, "
        "not `{raw}`",
        "`{field}` ska vara ett antal platser (heltal, 0 eller fler) eller "
        "`unlimited`, inte `{raw}`",
    ),
    "not-integer": (
        "`{field}` must be a whole number, not `{raw}`",
        "`{field}` ska vara ett heltal, inte `{raw}`",
    ),
    "float-for-integer": (
        "`{field}` must be a whole number, not `{raw}`",
        "`{field}` ska vara ett heltal, inte `{raw}`",
    ),
    "not-number": (
        "`{field}` must be a number, not `{raw}`",
        "`{field}` ska vara ett tal, inte `{raw}`",
    ),
    "spaced-number": (
        "`{field}` must be a number, not `{raw}`",
        "`{field}` ska vara ett tal, inte `{raw}`",
    ),
    "percent": (
        "`{field}` must be a share written as a number, not `{raw}`",
        "`{field}` ska vara en andel skriven som tal, inte `{raw}`",
    ),
    "decimal-comma": (
        "`{field}` must be a number, not `{raw}`",
        "`{field}` ska vara ett tal, inte `{raw}`",
    ),
    "not-finite": (
        "`{field}` must be a finite number, not `{raw}`",
        "`{field}` ska vara ett ändligt tal, inte `{raw}`",
    ),
    "greater-than-equal": (
        "`{field}` must be at least {limit}, not `{raw}`",
        "`{field}` ska vara minst {limit}, inte `{raw}`",
    ),
    "greater-than": (
        "`{field}` must be more than {limit}, not `{raw}`",
        "`{field}` ska vara större än {limit}, inte `{raw}`",
    ),
    "less-than-equal": (
        "`{field}` must be at most {limit}, not `{raw}`",
        "`{field}` ska vara högst {limit}, inte `{raw}`",
    ),
    "less-than-equal.count": (
        "`{field}` must be at most {limit}, not `{raw}`",
        "`{field}` ska vara högst {limit}, inte `{raw}`",
    ),
    "less-than": (
        "`{field}` must be less than {limit}, not `{raw}`",
        "`{field}` ska vara mindre än {limit}, inte `{raw}`",
    ),
    "not-allowed": (
        "`{field}` cannot be `{raw}`",
        "`{field}` kan inte vara `{raw}`",
    ),
    "not-mapping": (
        "`{field}` must be a mapping (`key: value` lines), not {kind_text}",
        "`{field}` ska vara en grupp `nyckel: värde` (en per rad), inte {kind_text}",
    ),
    "not-list": (
        "`{field}` must be a list (`- ` lines), not {kind_text}",
        "`{field}` ska vara en lista (rader med `- `), inte {kind_text}",
    ),
    "empty": (
        "`{field}` must name at least one entry",
        "`{field}` måste ha minst en post",
    ),
    "invalid": ("`{field}` is not valid: {detail}", "`{field}` är ogiltigt: {detail}"),
    # checks
    "duplicate-id": (
        "the id `{id}` is used twice among the {list}",
        "id:t `{id}` används två gånger bland {list}",
    ),
    "unknown-group": (
        "no group has the id `{id}`",
        "ingen grupp har id:t `{id}`",
    ),
    "unknown-area": (
        "no knowledge area has the id `{id}`",
        "inget kunskapsområde har id:t `{id}`",
    ),
    "unknown-level": (
        "no level has the id `{id}`",
        "ingen nivå har id:t `{id}`",
    ),
    "unknown-course": (
        "no course has the id `{id}`",
        "ingen kurs har id:t `{id}`",
    ),
    "include-order.self": (
        "level `{level}` includes itself",
        "nivån `{level}` omfattar sig själv",
    ),
    "include-order": (
        "level `{level}` includes `{id}`, which is not listed before it",
        "nivån `{level}` omfattar `{id}`, som inte står före den",
    ),
    "duplicate-hr.same": (
        "the HR code `{hr}` is listed twice for role `{other}`",
        "HR-koden `{hr}` står två gånger för rollen `{other}`",
    ),
    "duplicate-hr": (
        "the HR code or title `{hr}` also belongs to role `{other}`",
        "HR-koden eller titeln `{hr}` hör också till rollen `{other}`",
    ),
    "unknown-audience": (
        "no group or role has the id `{id}` (in the course's `audience`)",
        "ingen grupp eller roll har id:t `{id}` (i kursens `audience`)",
    ),
    "prescribed-audience": (
        "course `{course}` is prescribed for role `{role}`, but its audience is "
        "{audience}",
        "kursen `{course}` föreskrivs för rollen `{role}`, men dess målgrupp är "
        "{audience}",
    ),
    "audience-unneeded": (
        "no role in the audience of course `{course}` ({audience}) needs what it gives",
        "ingen roll i målgruppen för kursen `{course}` ({audience}) behöver det "
        "den ger",
    ),
    "need-unsatisfied.audience": (
        "only courses meant for other roles give {area} at {level} (role "
        "`{role}`): {courses}",
        "bara kurser för andra roller ger {area} på {level} (roll `{role}`): {courses}",
    ),
    "duplicate-lms.same": (
        "the LMS code `{lms}` is listed twice for course `{other}`",
        "LMS-koden `{lms}` står två gånger för kursen `{other}`",
    ),
    "duplicate-lms": (
        "the LMS code `{lms}` also belongs to course `{other}`",
        "LMS-koden `{lms}` hör också till kursen `{other}`",
    ),
    "typographic-quotes": (
        "`{field}` is `{raw}` with typographic quotes, which stay part of the text",
        "`{field}` är `{raw}` med typografiska citattecken, som blir kvar i texten",
    ),
    "typographic-quotes.lms": (
        "the LMS code `{raw}` keeps its typographic quotes as part of the code, so "
        "it never matches `{inner}` in a course list",
        "LMS-koden `{raw}` behåller sina typografiska citattecken som en del av "
        "koden, så den matchar aldrig `{inner}` i en kurslista",
    ),
    "typographic-quotes.hr": (
        "the HR code or title `{raw}` keeps its typographic quotes as part of the "
        "code, so it never matches `{inner}` in a staff list",
        "HR-koden eller titeln `{raw}` behåller sina typografiska citattecken som en "
        "del av koden, så den matchar aldrig `{inner}` i en personallista",
    ),
    "multiline-text": (
        "`{field}` must be one line",
        "`{field}` ska vara en rad",
    ),
    "hidden-character": (
        "`{field}` holds {sort_text} ({char}), which cannot be seen: `{shown}`",
        "`{field}` innehåller {sort_text} ({char}), som inte syns: `{shown}`",
    ),
    "hidden-character.many": (
        "`{field}` holds {count} characters that cannot be seen, the first "
        "{sort_text} ({char}): `{shown}`",
        "`{field}` innehåller {count} tecken som inte syns, det första {sort_text} "
        "({char}): `{shown}`",
    ),
    "need-unsatisfied": (
        "no course gives {area} at {level} or a level that includes it (role `{role}`)",
        "ingen kurs ger {area} på {level} eller en nivå som omfattar den "
        "(roll `{role}`)",
    ),
    "course-unused": (
        "course `{course}` satisfies no role's need",
        "kursen `{course}` uppfyller inget behov hos någon roll",
    ),
    "area-unused": (
        "no role needs the knowledge area {name} (`{area}`)",
        "ingen roll behöver kunskapsområdet {name} (`{area}`)",
    ),
    "level-unused": (
        "no need and no course uses the level {name} (`{level}`)",
        "inget behov och ingen kurs använder nivån {name} (`{level}`)",
    ),
    "prescribed-mismatch": (
        "course `{course}` is prescribed for {area} at {level}, but does not give it "
        "at a level that satisfies it",
        "kursen `{course}` föreskrivs för {area} på {level}, men ger det inte på en "
        "nivå som uppfyller behovet",
    ),
    "no-headcount": (
        "role `{role}` has no headcount, so it adds no demand",
        "rollen `{role}` har inget antal (headcount), så den ger ingen efterfrågan",
    ),
}

_NO_MODELS_HINT = (
    "A dosing model is a .yaml/.yml file with a line starting `dosering:` "
    "(`dosering: 1`, at the top after any comments). Check that the path names the "
    "folder your models are in.",
    "En doseringsmodell är en .yaml/.yml-fil med en rad som börjar `dosering:` "
    "(`dosering: 1`, överst efter eventuella kommentarer). Kontrollera att sökvägen "
    "pekar på mappen där era modeller ligger.",
)
"""The hint of a folder with no model, whether it held YAML files or none."""


HINTS: dict[str, tuple[str, str]] = {
    "file-too-large": (
        "Split the model, or raise the limit with --max-bytes.",
        "Dela upp modellen, eller höj gränsen med --max-bytes.",
    ),
    "yaml-encoding.utf16": (
        "Save it again as UTF-8 (in Notepad: Save as → Encoding: UTF-8).",
        "Spara om den som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8).",
    ),
    "yaml-encoding.cp1252": (
        "Save it again as UTF-8 (in Notepad: Save as → Encoding: UTF-8).",
        "Spara om den som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8).",
    ),
    "yaml-encoding.bytes": (
        "Save the file as UTF-8 text.",
        "Spara filen som UTF-8-text.",
    ),
    "yaml-encoding.nul": (
        "Check that this is the model file and not a document from a word processor.",
        "Kontrollera att detta är modellfilen och inte ett dokument från ett "
        "ordbehandlingsprogram.",
    ),
    "yaml-syntax": (
        "Check the indentation and the quotes around this place.",
        "Kontrollera indraget och citattecknen runt denna plats.",
    ),
    "yaml-syntax.tab": (
        "Replace the tab with spaces (two per level, as the lines around it).",
        "Byt tabben mot blanksteg (två per nivå, som raderna runt omkring).",
    ),
    "yaml-syntax.tab.spaces": (
        "Replace the indentation with {spaces} {spaces:space|spaces}, as the lines "
        "it belongs with.",
        "Byt indraget mot {spaces} blanksteg, som raderna den hör ihop med.",
    ),
    "yaml-syntax.dash-space": (
        "Write a space after the dash: {fixed}",
        "Skriv ett blanksteg efter bindestrecket: {fixed}",
    ),
    "yaml-syntax.colon-space": (
        "Write a space after the colon: {fixed}",
        "Skriv ett blanksteg efter kolonet: {fixed}",
    ),
    "yaml-syntax.reserved": (
        'Put the value in quotes: "{char}…"',
        'Sätt värdet inom citattecken: "{char}…"',
    ),
    "yaml-syntax.alias": (
        'Put text that starts with `*` in quotes: name: "*Obs*"',
        'Sätt text som börjar med `*` inom citattecken: name: "*Obs*"',
    ),
    "yaml-syntax.quote": (
        "Add the closing quote at the end of the text on line {start}.",
        "Lägg till det avslutande citattecknet i slutet av texten på rad {start}.",
    ),
    "yaml-syntax.escape": (
        "Write a backslash as `\\\\`, or put the value in single quotes instead: "
        "'C:\\Kurser'.",
        "Skriv ett bakstreck som `\\\\`, eller sätt värdet inom enkla citattecken i "
        "stället: 'C:\\Kurser'.",
    ),
    "yaml-syntax.flow": (
        "Add `{close}` after the last entry of the `{open}` on line {start}, or write "
        "the entries one per line without `{open}` and `{close}`.",
        "Lägg till `{close}` efter den sista posten i `{open}` på rad {start}, eller "
        "skriv posterna en per rad utan `{open}` och `{close}`.",
    ),
    "yaml-syntax.dash": (
        "Write the value after `{key}:`, put a text that starts with - in quotes "
        '({key}: "- …"), or delete the line.',
        "Skriv värdet efter `{key}:`, sätt en text som börjar med - inom citattecken "
        '({key}: "- …"), eller ta bort raden.',
    ),
    "none-need": (
        "Write a level ({levels}), or delete the line if the role needs nothing in "
        "this area.",
        "Skriv en nivå ({levels}), eller ta bort raden om rollen inte behöver något "
        "inom området.",
    ),
    "none-need.empty": (
        "Write a level ({levels}), or delete the line if the role needs nothing in "
        "this area.",
        "Skriv en nivå ({levels}), eller ta bort raden om rollen inte behöver något "
        "inom området.",
    ),
    "none-gives": (
        "Write a level ({levels}), or delete the line if the course gives nothing in "
        "this area.",
        "Skriv en nivå ({levels}), eller ta bort raden om kursen inte ger något inom "
        "området.",
    ),
    "none-gives.empty": (
        "Write a level ({levels}), or delete the line if the course gives nothing in "
        "this area.",
        "Skriv en nivå ({levels}), eller ta bort raden om kursen inte ger något inom "
        "området.",
    ),
    "yaml-syntax.none-need": (
        "Write a level ({levels}), or delete the line if the role needs nothing in "
        "this area.",
        "Skriv en nivå ({levels}), eller ta bort raden om rollen inte behöver något "
        "inom området.",
    ),
    "yaml-syntax.colon": (
        "Put the whole value in quotes, if this line is a `key: value` of the model.",
        "Sätt hela värdet inom citattecken, om raden är en `nyckel: värde` i modellen.",
    ),
    "yaml-syntax.colon.line": (
        "Put the whole value in quotes: {fixed}",
        "Sätt hela värdet inom citattecken: {fixed}",
    ),
    "yaml-syntax.indent": (
        "Indent it {expected} {expected:space|spaces}, like the lines it belongs with.",
        "Dra in den {expected} blanksteg, som raderna den hör ihop med.",
    ),
    "yaml-syntax.indent.left": (
        "Remove the indentation: the line starts a key of its own at the left edge.",
        "Ta bort indraget: raden börjar en egen nyckel längst till vänster.",
    ),
    "yaml-syntax.no-colon": (
        "Write `key: value`, or put the text in quotes if it belongs to the line "
        "above.",
        "Skriv `nyckel: värde`, eller sätt texten inom citattecken om den hör till "
        "raden ovanför.",
    ),
    "yaml-control": (
        "Delete it and retype the text around it (it often comes with text pasted "
        "from Word or a PDF).",
        "Ta bort det och skriv om texten runt det (det följer ofta med text som "
        "klistrats in från Word eller en PDF).",
    ),
    "yaml-separator": (
        "Delete it (put the cursor after it and press Backspace), or break the line "
        "with Enter.",
        "Ta bort den (ställ markören efter den och tryck Backsteg), eller bryt raden "
        "med Enter.",
    ),
    "yaml-duplicate-key": (
        "Remove one of them or merge them: YAML would silently keep only the last.",
        "Ta bort en av dem eller slå ihop dem: YAML skulle tyst behålla bara "
        "den sista.",
    ),
    "yaml-tag": (
        "Remove the tag; write the value as plain YAML.",
        "Ta bort taggen; skriv värdet som vanlig YAML.",
    ),
    "yaml-aliases": (
        "Write the values out instead of nesting aliases.",
        "Skriv ut värdena i stället för att nästla alias.",
    ),
    "yaml-too-deep": (
        "A dosing model is at most five levels deep; check the indentation.",
        "En doseringsmodell är högst fem nivåer djup; kontrollera indraget.",
    ),
    "yaml-number": (
        "Put it in quotes if it is text; no count in a dosing model is that large.",
        "Sätt det inom citattecken om det är text; inget antal i en "
        "doseringsmodell är så stort.",
    ),
    "yaml-key": (
        "Write the key as text.",
        "Skriv nyckeln som text.",
    ),
    "yaml-multiple-documents": (
        "Keep one model per file; remove the `---` line and what follows, "
        "or move it to a file of its own.",
        "Ha en modell per fil; ta bort raden `---` och det som följer, "
        "eller flytta det till en egen fil.",
    ),
    "not-a-model.empty": (
        "If a model was here, get it back from git (git restore and the file's "
        "name); if not, delete the file, or start a model from a template: "
        "dosering init model.yaml",
        "Om en modell fanns här, hämta tillbaka den från git (git restore och "
        "filens namn); om inte, ta bort filen, eller börja en modell från en mall: "
        "dosering init modell.yaml",
    ),
    "not-a-model.root": (
        "If it is meant to be a dosing model, it starts with `dosering: 1`, then "
        "`region:`, `levels:` … (see dosering init). If not, leave it out of the "
        "paths: give the model files, or a folder (a folder skips files that are "
        "not models, so `dosering validate .` is fine).",
        "Om den ska vara en doseringsmodell börjar den med `dosering: 1`, sedan "
        "`region:`, `levels:` … (se dosering init). Om inte, ta bort den ur "
        "sökvägarna: ange modellfilerna eller en mapp (i en mapp hoppas filer som "
        "inte är modeller över, så `dosering validate .` går bra).",
    ),
    "not-a-model.no-key": _ADD_DOSERING_LINE,
    "not-a-model.document": (
        "Give the model's YAML file (model.yaml), or a folder: a folder skips files "
        "that are not models.",
        "Ange modellens YAML-fil (modell.yaml), eller en mapp: i en mapp hoppas filer "
        "som inte är modeller över.",
    ),
    "not-a-model.no-line": _ADD_DOSERING_LINE,
    "not-a-model.workbook": (
        "A model workbook from `dosering export` is read back into YAML with "
        "`dosering import workbook.xlsx -o model.yaml`; a course list is given to "
        "gap: `dosering gap model.yaml --courses courses.xlsx`.",
        "En modellarbetsbok från `dosering export` läses tillbaka till YAML med "
        "`dosering import arbetsbok.xlsx -o modell.yaml`; en kurslista ges till gap: "
        "`dosering gap modell.yaml --courses kurser.xlsx`.",
    ),
    "not-a-model.close": (
        "Did you mean `dosering`? Write `dosering: 1`.",
        "Menade du `dosering`? Skriv `dosering: 1`.",
    ),
    "no-models": _NO_MODELS_HINT,
    "no-models.empty": _NO_MODELS_HINT,
    "format-version": (
        "Upgrade dosering (pip install --upgrade dosering).",
        "Uppgradera dosering (pip install --upgrade dosering).",
    ),
    "missing": (
        "Add `{field}:` here.",
        "Lägg till `{field}:` här.",
    ),
    "unknown-key": (
        "{suggestion}Allowed here: {allowed}.",
        "{suggestion}Tillåtet här: {allowed}.",
    ),
    "version": ("Write `dosering: 1`.", "Skriv `dosering: 1`."),
    "not-text": (
        'Put it in quotes: {field}: "{raw}"',
        'Sätt det inom citattecken: {field}: "{raw}"',
    ),
    "odd-number": (
        "Write the number in plain decimals without a leading zero, or put text "
        "in quotes.",
        "Skriv talet med vanliga siffror utan inledande nolla, eller sätt text inom "
        "citattecken.",
    ),
    "no-text": (
        "Write the text after `{field}:` on the same line.",
        "Skriv texten efter `{field}:` på samma rad.",
    ),
    "not-text-key": (
        'Put it in quotes: "{raw}": …',
        'Sätt den inom citattecken: "{raw}": …',
    ),
    "quoted-number": (
        "Remove the quotes: {field}: {raw}",
        "Ta bort citattecknen: {field}: {raw}",
    ),
    "bad-id": (
        "{suggestion}Ids use lowercase letters a–z, å, ä, ö, digits, `-` and `_`, "
        "and start with a letter or digit (e.g. `{example}`).",
        "{suggestion}Id:n består av små bokstäver a–z, å, ä, ö, siffror, `-` och "
        "`_`, och börjar med en bokstav eller siffra (t.ex. `{example}`).",
    ),
    "bad-id.hidden": (
        "{suggestion}Delete it where ⟨{char}⟩ stands: `{example}`.",
        "{suggestion}Ta bort det där ⟨{char}⟩ står: `{example}`.",
    ),
    "quotes": STRAIGHT_QUOTES,
    "quotes.number": (
        "Remove them: a number is written without quotes ({inner}).",
        "Ta bort dem: ett tal skrivs utan citattecken ({inner}).",
    ),
    "long-id": ("{suggestion}Shorten the id.", "{suggestion}Korta id:t."),
    "bad-url": (
        "Write the full address, starting with https://",
        "Skriv hela adressen, med början https://",
    ),
    "bad-date": (
        'Write a date such as 2025-03-01 (or "2025-03-01" in quotes).',
        'Skriv ett datum som 2025-03-01 (eller "2025-03-01" inom citattecken).',
    ),
    "bad-seats": (
        "Write a number such as {field}: 120, or {field}: unlimited (lowercase, "
        "no quotes or spaces) for a course that is never full.",
        "Skriv ett tal som {field}: 120, eller {field}: unlimited (små bokstäver, "
        "utan citattecken och mellanslag) för en kurs som aldrig blir full.",
    ),
    "not-integer": (
        "Write a whole number without quotes, e.g. {field}: 120",
        "Skriv ett heltal utan citattecken, t.ex. {field}: 120",
    ),
    "float-for-integer": (
        "Write {whole} without decimals.",
        "Skriv {whole} utan decimaler.",
    ),
    "not-number": (
        "Write a number without quotes, with a point as decimal sign, e.g. 0.1",
        "Skriv ett tal utan citattecken, med punkt som decimaltecken, t.ex. 0.1",
    ),
    "spaced-number": (
        "Write the number without spaces or separators: {field}: {plain}",
        "Skriv talet utan mellanslag eller avskiljare: {field}: {plain}",
    ),
    "percent": (
        "Write the share as a decimal number with a point: {raw} is {field}: {plain}",
        "Skriv andelen som decimaltal med punkt: {raw} är {field}: {plain}",
    ),
    "decimal-comma": (
        "Write a point as the decimal sign: {field}: {plain}",
        "Skriv punkt som decimaltecken: {field}: {plain}",
    ),
    "not-finite": (
        "Write an ordinary number.",
        "Skriv ett vanligt tal.",
    ),
    "greater-than-equal": ("Use {limit} or more.", "Använd {limit} eller mer."),
    "greater-than": ("Use more than {limit}.", "Använd mer än {limit}."),
    "less-than-equal": (
        "Use {limit} or less (a share: 0.1 means 10 %).",
        "Använd {limit} eller mindre (en andel: 0.1 betyder 10 %).",
    ),
    "less-than-equal.count": (
        "Write the number of staff in the role (a region has tens of thousands at "
        "most); is a digit too many, or a cell from Excel in another format?",
        "Skriv antalet anställda i rollen (en region har som mest tiotusentals); "
        "är det en siffra för mycket, eller en cell från Excel i ett annat format?",
    ),
    "less-than": ("Use less than {limit}.", "Använd mindre än {limit}."),
    "not-allowed": (
        "{suggestion}Allowed: {expected}.",
        "{suggestion}Tillåtet: {expected}.",
    ),
    "not-mapping": (
        "See the format in dosering.schema.json or run dosering init for an example.",
        "Se formatet i dosering.schema.json eller kör dosering init för ett exempel.",
    ),
    "not-list": (
        "Write each entry on a line of its own starting with `- `.",
        "Skriv varje post på en egen rad som börjar med `- `.",
    ),
    "empty": (
        "Add at least one entry.",
        "Lägg till minst en post.",
    ),
    "duplicate-id": (
        "Give it another id; the first is at line {first_line}.",
        "Ge den ett annat id; det första står på rad {first_line}.",
    ),
    "unknown-group": (
        "{suggestion}The groups are listed under `groups:` (line {list_line}).",
        "{suggestion}Grupperna står under `groups:` (rad {list_line}).",
    ),
    "unknown-area": (
        "{suggestion}The knowledge areas are listed under `areas:` (line {list_line}).",
        "{suggestion}Kunskapsområdena står under `areas:` (rad {list_line}).",
    ),
    "unknown-level": (
        "{suggestion}The levels are {known} (under `levels:`, line {list_line}).",
        "{suggestion}Nivåerna är {known} (under `levels:`, rad {list_line}).",
    ),
    "unknown-course": (
        "{suggestion}The courses are listed under `courses:` (line {list_line}).",
        "{suggestion}Kurserna står under `courses:` (rad {list_line}).",
    ),
    "include-order.self": (
        "Remove `{id}` from its own `includes`.",
        "Ta bort `{id}` ur sin egen `includes`.",
    ),
    "include-order": (
        "A level can include only levels listed before it; move `{id}` up or "
        "remove it from `includes`.",
        "En nivå kan bara inkludera nivåer som står före den; flytta upp `{id}` "
        "eller ta bort den ur `includes`.",
    ),
    "duplicate-hr.same": ("Remove one of them.", "Ta bort en av dem."),
    "duplicate-hr": (
        "An HR code or title means one role only; remove it from one of them.",
        "En HR-kod eller titel betyder en enda roll; ta bort den från en av dem.",
    ),
    "unknown-audience": (
        "{suggestion}`audience` names group ids (under `groups:`) or role ids "
        "(under `roles:`).",
        "{suggestion}`audience` anger grupp-id (under `groups:`) eller roll-id "
        "(under `roles:`).",
    ),
    "prescribed-audience": (
        "Add the role or its group to the course's `audience`, or prescribe "
        "another course.",
        "Lägg till rollen eller dess grupp i kursens `audience`, eller föreskriv "
        "en annan kurs.",
    ),
    "audience-unneeded": (
        "Check the course's `audience` and what it `gives`.",
        "Kontrollera kursens `audience` och vad den ger (`gives`).",
    ),
    "need-unsatisfied.audience": (
        "Add the role or its group to the `audience` of one of the courses, "
        "prescribe one of them in the need, or add a course for the role.",
        "Lägg till rollen eller dess grupp i `audience` för en av kurserna, "
        "föreskriv en av dem i behovet, eller lägg till en kurs för rollen.",
    ),
    "duplicate-lms.same": (
        "Remove one of them.",
        "Ta bort en av dem.",
    ),
    "duplicate-lms": (
        "An LMS code belongs to one course only; remove it from one of them.",
        "En LMS-kod hör till en enda kurs; ta bort den från en av dem.",
    ),
    "typographic-quotes": STRAIGHT_QUOTES,
    "typographic-quotes.lms": STRAIGHT_QUOTES,
    "typographic-quotes.hr": STRAIGHT_QUOTES,
    "multiline-text": (
        "Write it on one line; put longer text in `description`.",
        "Skriv den på en rad; lägg längre text i `description`.",
    ),
    "hidden-character": (
        "Delete it where ⟨{char}⟩ stands, or write the text again by hand: text "
        "pasted from a web page, Word or a PDF brings such characters.",
        "Ta bort det där ⟨{char}⟩ står, eller skriv texten på nytt för hand: text "
        "som klistrats in från en webbsida, Word eller en PDF för med sig sådana "
        "tecken.",
    ),
    "hidden-character.many": (
        "Write the text again by hand: text pasted from a web page, Word or a PDF "
        "brings such characters.",
        "Skriv texten på nytt för hand: text som klistrats in från en webbsida, Word "
        "eller en PDF för med sig sådana tecken.",
    ),
    "need-unsatisfied": (
        "Add a course that gives it, or lower the need.",
        "Lägg till en kurs som ger det, eller sänk behovet.",
    ),
    "course-unused": (
        "Prescribe it in a role's need (`courses:`), or check what it `gives`.",
        "Föreskriv den i en rolls behov (`courses:`), eller kontrollera vad den "
        "ger (`gives`).",
    ),
    "area-unused": (
        "Add it to a role's `needs`, or remove the area.",
        "Lägg till det i en rolls `needs`, eller ta bort området.",
    ),
    "level-unused": (
        "Use it in a need or a course, or remove the level.",
        "Använd den i ett behov eller en kurs, eller ta bort nivån.",
    ),
    "prescribed-mismatch": (
        "Prescribe a course that gives {area} at {level}, or change what "
        "`{course}` gives.",
        "Föreskriv en kurs som ger {area} på {level}, eller ändra vad `{course}` ger.",
    ),
    "no-headcount": (
        "Add `headcount:` to count its demand for seats.",
        "Lägg till `headcount:` för att räkna dess behov av platser.",
    ),
}

TITLES: dict[str, tuple[str, str]] = {
    "file-too-large": (
        "File over the size limit (--max-bytes)",
        "Filen är större än gränsen (--max-bytes)",
    ),
    "yaml-encoding": (
        "Not UTF-8 text (UTF-16, Windows-1252, NUL bytes)",
        "Inte UTF-8-text (UTF-16, Windows-1252, NUL-byte)",
    ),
    "yaml-syntax": (
        "YAML syntax error",
        "Fel i YAML-syntaxen",
    ),
    "yaml-duplicate-key": (
        "Key given twice in one mapping",
        "Nyckel två gånger i samma grupp",
    ),
    "yaml-tag": (
        "Custom YAML tag (never constructed)",
        "Egen YAML-tagg (konstrueras aldrig)",
    ),
    "yaml-aliases": (
        "Aliases give too many values",
        "Alias ger för många värden",
    ),
    "yaml-too-deep": (
        "Values nested too deep",
        "Värden i för många nivåer inuti varandra",
    ),
    "yaml-number": (
        "An integer too long to read",
        "Ett heltal för långt för att läsas",
    ),
    "yaml-key": (
        "A key that is a list or mapping",
        "En nyckel som är en lista eller en grupp",
    ),
    "yaml-multiple-documents": (
        "More than one YAML document in the file",
        "Mer än ett YAML-dokument i filen",
    ),
    "not-a-model": (
        "Empty file, or no `dosering:` key",
        "Tom fil, eller ingen nyckel `dosering:`",
    ),
    "no-models": (
        "A folder given to validate holds no model",
        "En mapp som ska kontrolleras innehåller ingen modell",
    ),
    "format-version": (
        "Written for a newer format version",
        "Skriven för en nyare formatversion",
    ),
    "schema": (
        "A value of the wrong type, range or form",
        "Ett värde av fel typ, storlek eller form",
    ),
    "unknown-key": (
        "A key the format does not have",
        "En nyckel som formatet inte har",
    ),
    "duplicate-id": (
        "An id used twice in one list",
        "Ett id som används två gånger i samma lista",
    ),
    "unknown-group": (
        "A role's group is not a known group",
        "En rolls grupp finns inte",
    ),
    "unknown-area": (
        "A need or course names an unknown knowledge area",
        "Ett behov eller en kurs anger ett okänt kunskapsområde",
    ),
    "unknown-level": (
        "A need, course, outcome or include names an unknown level",
        "En okänd nivå anges",
    ),
    "unknown-course": (
        "A need prescribes an unknown course",
        "Ett behov föreskriver en okänd kurs",
    ),
    "include-order": (
        "`includes` names a level not listed before it",
        "`includes` anger en nivå som inte står före",
    ),
    "duplicate-lms": (
        "An LMS code belongs to two courses",
        "En LMS-kod hör till två kurser",
    ),
    "typographic-quotes": (
        "A code in typographic quotes (“…”), as copied from Word",
        "En kod inom typografiska citattecken (”…”), som kopierad från Word",
    ),
    "multiline-text": (
        "A name or title spans several lines",
        "Ett namn eller en titel har flera rader",
    ),
    "hidden-character": (
        "A text holds a character that cannot be seen",
        "En text innehåller ett tecken som inte syns",
    ),
    "need-unsatisfied": (
        "No course satisfies a role's need",
        "Ingen kurs uppfyller en rolls behov",
    ),
    "course-unused": (
        "A course satisfies no need",
        "En kurs uppfyller inget behov",
    ),
    "area-unused": (
        "No role needs a knowledge area",
        "Ingen roll behöver ett kunskapsområde",
    ),
    "level-unused": (
        "No need or course uses a level",
        "Inget behov och ingen kurs använder en nivå",
    ),
    "prescribed-mismatch": (
        "A prescribed course does not give the needed area at a satisfying level",
        "En föreskriven kurs ger inte det som behövs",
    ),
    "no-headcount": (
        "A role without headcount has no demand",
        "En roll utan antal ger ingen efterfrågan",
    ),
    "row-empty": (
        "A list row with neither code nor title",
        "En rad i listan utan kod och namn",
    ),
    "row-total": (
        "A total row in the list (Summa, Totalt), left out",
        "En summarad i listan (Summa, Totalt), utelämnad",
    ),
    "row-inactive": (
        "An inactive row in the list (Status: Inaktiv), left out",
        "En inaktiv rad i listan (Status: Inaktiv), utelämnad",
    ),
    "row-code-zeros": (
        "A list code that is a model code without its leading zeros (Excel)",
        "En kod i listan som är en kod i modellen utan inledande nollor (Excel)",
    ),
    "row-number": (
        "A list cell that should be a number is not",
        "En cell i listan som ska vara ett tal är det inte",
    ),
    "row-negative": (
        "A negative number of hours or seats in the list",
        "Ett negativt antal timmar eller platser i listan",
    ),
    "row-whole-number": (
        "Seats in the list that are not a whole number",
        "Platser i listan som inte är ett heltal",
    ),
    "row-cells": (
        "A list row with more filled cells than the header has columns",
        "En rad i listan med fler ifyllda celler än rubrikraden har kolumner",
    ),
    "mapping-yaml": (
        "The mapping file is not readable YAML",
        "Mappningsfilen är inte läsbar YAML",
    ),
    "mapping-shape": (
        "The mapping file is not `match:`/`ignore:` as documented",
        "Mappningsfilen har inte formen `match:`/`ignore:`",
    ),
    "mapping-unknown-key": (
        "A key the mapping file does not have",
        "En nyckel som mappningsfilen inte har",
    ),
    "mapping-unknown-course": (
        "The mapping names a course the model does not have",
        "Mappningen anger en kurs som modellen inte har",
    ),
    "crosswalk-invalid": (
        "The crosswalk is not readable or not shaped as documented",
        "Korsreferensen är inte läsbar eller har fel form",
    ),
    "crosswalk-unknown-id": (
        "The crosswalk names an id neither model has",
        "Korsreferensen anger ett id som ingen av modellerna har",
    ),
    "crosswalk-duplicate": (
        "The crosswalk pairs an id twice",
        "Korsreferensen parar ett id två gånger",
    ),
    "workbook-sheet": (
        "A sheet of the model workbook is missing or renamed",
        "Ett blad i modellens arbetsbok saknas eller har bytt namn",
    ),
    "workbook-column": (
        "A header cell that is missing, unknown or given twice",
        "En rubrikcell som saknas, är okänd eller står två gånger",
    ),
    "workbook-cell": (
        "A cell of the wrong kind (a number as text, a date in an id cell)",
        "En cell av fel slag (ett tal som text, ett datum i en id-cell)",
    ),
    "workbook-merged": (
        "Merged cells",
        "Sammanfogade celler",
    ),
    "workbook-formula": (
        "A formula without a calculated value",
        "En formel utan uträknat värde",
    ),
    "workbook-role": (
        "A row of needs for a role the workbook does not have",
        "En rad med behov för en roll som arbetsboken inte har",
    ),
    "unknown-audience": (
        "A course's audience names no group or role",
        "Kursens målgrupp (`audience`) anger ingen grupp eller roll",
    ),
    "duplicate-hr": (
        "An HR code or title belongs to two roles",
        "En HR-kod eller titel hör till två roller",
    ),
    "prescribed-audience": (
        "A need prescribes a course whose audience excludes the role",
        "Ett behov föreskriver en kurs vars målgrupp inte omfattar rollen",
    ),
    "audience-unneeded": (
        "No role in a course's audience needs what it gives",
        "Ingen roll i kursens målgrupp behöver det den ger",
    ),
    "mapping-unknown-role": (
        "The mapping names a role the model does not have",
        "Mappningen anger en roll som modellen inte har",
    ),
    "staff-no-person": (
        "A staff row without a person key",
        "En rad i personallistan utan personnyckel",
    ),
    "duplicate-person": (
        "A person listed twice in the staff list",
        "En person som står två gånger i personallistan",
    ),
    "unmapped-staff": (
        "Staff rows whose role matches no model role",
        "Rader i personallistan vars roll inte motsvarar någon roll i modellen",
    ),
    "blank-unit": (
        "A staff row without a unit",
        "En rad i personallistan utan enhet",
    ),
    "staff-start-date": (
        "A start date that is not a date",
        "Ett startdatum som inte är ett datum",
    ),
    "completion-status": (
        "A completion status that is not understood",
        "En status i genomförandelistan som inte förstås",
    ),
    "completion-date": (
        "A completion date that is not a date",
        "Ett datum i genomförandelistan som inte är ett datum",
    ),
    "completion-no-rows": (
        "A completion export with a header and no rows",
        "En export av genomförda kurser med rubrikrad men inga rader",
    ),
}
"""The title of each finding code, as `dosering checks` and SARIF rules show it."""

WORDS: dict[str, tuple[str, str]] = {
    "kind.null": ("empty (null)", "tomt (null)"),
    "hidden.zero-width": (
        "a zero-width space or joiner",
        "ett nollbrett mellanslag eller sammanfogningstecken",
    ),
    "hidden.soft-hyphen": ("a soft hyphen", "ett mjukt bindestreck"),
    "hidden.direction": (
        "a mark that turns the direction of the text",
        "ett tecken som vänder textens riktning",
    ),
    "hidden.control": ("a control character", "ett styrtecken"),
    "hidden.other": ("an invisible character", "ett osynligt tecken"),
    "kind.bool": ("a yes/no value (boolean)", "ett ja/nej-värde (boolean)"),
    "kind.int": ("a whole number", "ett heltal"),
    "kind.float": ("a decimal number", "ett decimaltal"),
    "kind.date": ("a date", "ett datum"),
    "kind.datetime": ("a date and time", "ett datum med tid"),
    "kind.mapping": ("a mapping", "en grupp `nyckel: värde`"),
    "kind.list": ("a list", "en lista"),
    "kind.text": ("text", "text"),
    "did-you-mean": ("Did you mean `{0}`? ", "Menade du `{0}`? "),
    "quotes.or-plain": (" or remove them", " eller ta bort dem"),
    "size.megabytes": ("{0} MB", "{0} MB"),
    "size.bytes": ("{0} bytes", "{0} byte"),
    "in": (" in `{0}`", " i `{0}`"),
    "list.levels": ("levels", "nivåerna"),
    "list.areas": ("knowledge areas", "kunskapsområdena"),
    "list.groups": ("groups", "grupperna"),
    "list.roles": ("roles", "rollerna"),
    "list.courses": ("courses", "kurserna"),
    "summary.ok": ("no problems", "inga problem"),
    "summary.none": ("no model files found", "inga modellfiler hittades"),
    # Counts (`counted`): `.one` for one, else the plural.
    "summary.errors.one": ("{0} error", "{0} fel"),
    "summary.errors": ("{0} errors", "{0} fel"),
    "summary.warnings.one": ("{0} warning", "{0} varning"),
    "summary.warnings": ("{0} warnings", "{0} varningar"),
    "summary.infos.one": ("{0} note", "{0} notering"),
    "summary.infos": ("{0} notes", "{0} noteringar"),
    "summary.ignored.one": ("{0} ignored", "{0} ignorerad"),
    "summary.ignored": ("{0} ignored", "{0} ignorerade"),
    "summary.skipped.one": (
        "{0} file skipped (not a model)",
        "{0} fil överhoppad (ingen modell)",
    ),
    "summary.skipped": (
        "{0} files skipped (not models)",
        "{0} filer överhoppade (inga modeller)",
    ),
    "summary.skipped-files": (
        "skipped (no line starts `dosering:`): {0}",
        "överhoppade (ingen rad börjar med `dosering:`): {0}",
    ),
    "summary.files.one": ("{0} file checked", "{0} fil kontrollerad"),
    "summary.files": ("{0} files checked", "{0} filer kontrollerade"),
    "severity.error": ("error", "fel"),
    "severity.warning": ("warning", "varning"),
    "severity.info": ("info", "notering"),
    "checks.code": ("code", "kod"),
    "checks.severity": ("severity", "allvarlighet"),
    "checks.title": ("what it finds", "vad den hittar"),
    "github.more": (
        "dosering: GitHub shows 10 annotations of each kind; not annotated: {0}, "
        "{1}, {2}; {3}.",
        "dosering: GitHub visar 10 annoteringar av varje slag; utan annotering: {0}, "
        "{1}, {2}; {3}.",
    ),
    "github.more.summary": (
        "all are in the step summary",
        "alla står i stegsammanfattningen",
    ),
    "github.more.run": (
        "run dosering validate to see them all",
        "kör dosering validate för att se alla",
    ),
    "table.where": ("where", "var"),
    "table.severity": ("severity", "allvarlighet"),
    "table.code": ("code", "kod"),
    "table.message": ("message", "meddelande"),
    "sarif.help": (
        "`dosering checks` lists every code; dosering's documentation explains "
        "`{0}` under its own heading in docs/findings.md.",
        "`dosering checks` listar alla koder; dokumentationen till dosering "
        "förklarar `{0}` under en egen rubrik i docs/findings.md.",
    ),
}


def detect_lang(explicit: str | None, configured: str | None) -> str:
    """The language: `--lang`, else the config's, else the locale's, else English."""
    for choice in (explicit, configured):
        if choice in LANGS:
            return choice
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    try:
        current = locale.getlocale(locale.LC_MESSAGES)[0] or ""
    except (AttributeError, ValueError):  # pragma: no cover - platform dependent
        current = ""
    return "sv" if current.lower().startswith("sv") else "en"


def word(key: str, lang: str, *args: Any) -> str:
    """A short label or phrase from the word list."""
    return fill(pick(WORDS, key, lang) or key, args, {})


def counted(key: str, n: int, lang: str) -> str:
    """A count in words: `key.one` for one, else `key` (`1 fil`, `2 filer`)."""
    return fill(pick_count(WORDS, key, n, lang) or key, (n,), {})


def title(code: str, lang: str) -> str:
    """The title of a finding code (`dosering checks`, SARIF rules)."""
    return pick(TITLES, code, lang) or code
