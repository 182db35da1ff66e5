"""The words of the command line itself: usage errors and `--help`, in both languages.

`MESSAGES` words a usage error (exit 2) from what the parser knows (the option, the
value, the choices), so the run's language holds before any command has run.
`WORDS` are the headings, the usage prefix and the value kinds `--help` shows.

`HELP` is keyed by the English text itself, as gettext is: the commands' docstrings
and the options' `help=` stay the English source, and a Swedish run shows the entry
here. A test holds every help text of the app to an entry, and every entry to a
text still in the app, so a changed English text cannot keep an old translation.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "usage.no-such-option": (
        "there is no option {name}",
        "det finns ingen flagga {name}",
    ),
    "usage.did-you-mean": ("did you mean {names}?", "menade du {names}?"),
    "usage.missing-argument": (
        "{name} is missing: give it after the command",
        "{name} saknas: skriv den efter kommandot",
    ),
    "usage.missing-option": ("the option {name} is missing", "flaggan {name} saknas"),
    "usage.needs-value": (
        "the option {name} needs a value after it",
        "flaggan {name} behöver ett värde efter sig",
    ),
    "usage.takes-no-value": (
        "the option {name} takes no value (write it alone)",
        "flaggan {name} tar inget värde (skriv den ensam)",
    ),
    "usage.extra-arguments": (
        "more arguments than the command takes: {args}",
        "fler argument än kommandot tar: {args}",
    ),
    "usage.no-such-command": (
        "there is no command {name}{near}; the commands are: {commands}",
        "det finns inget kommando {name}{near}; kommandona är: {commands}",
    ),
    "usage.missing-command": (
        "a command is missing; the commands are: {commands}",
        "ett kommando saknas; kommandona är: {commands}",
    ),
    "usage.bad-value": ("{name}: {reason}", "{name}: {reason}"),
    "usage.not-one-of": (
        "{value} is not one of {choices}",
        "{value} är inte ett av {choices}",
    ),
    "usage.not-integer": ("{value} is not a whole number", "{value} är inget heltal"),
    "usage.not-number": ("{value} is not a number", "{value} är inget tal"),
    "usage.at-least": ("{value} is less than {limit}", "{value} är mindre än {limit}"),
    "usage.at-most": ("{value} is more than {limit}", "{value} är mer än {limit}"),
    "usage.invalid": ("{value} is not a valid value", "{value} är inget giltigt värde"),
    "usage.see-help": (
        "See '{command} --help' for every option.",
        "Se '{command} --help' för alla flaggor.",
    ),
}
"""Usage errors (exit 2): `dosering CMD: <message>`, then the usage and a pointer."""

WORDS: dict[str, tuple[str, str]] = {
    "usage.prefix": ("Usage: ", "Användning: "),
    "heading.Arguments": ("Arguments", "Argument"),
    "heading.Options": ("Options", "Flaggor"),
    "heading.Commands": ("Commands", "Kommandon"),
    "usage.OPTIONS": ("[OPTIONS]", "[FLAGGOR]"),
    "usage.COMMAND": ("COMMAND [ARGS]...", "KOMMANDO [ARGUMENT]..."),
    "metavar.CLASS": ("CLASS", "KLASS"),
    "metavar.MODEL": ("MODEL", "MODELL"),
    "metavar.FILE": ("FILE", "FIL"),
    "metavar.PATH": ("PATH", "SÖKVÄG"),
    "metavar.DIR": ("DIR", "MAPP"),
    "extra.required": ("required", "krävs"),
    "extra.default": ("default", "förval"),
    "kind.path": ("path", "sökväg"),
    "kind.text": ("text", "text"),
    "kind.int": ("int", "heltal"),
    "kind.number": ("number", "tal"),
    "kind.date": ("date", "datum"),
}
"""Headings and value kinds of `--help`, and the usage line of an error."""

KINDS: dict[str, str] = {
    "path": "path",
    "list[Path]": "path",
    "Path": "path",
    "str": "text",
    "list[str]": "text",
    "text": "text",
    "int range": "int",
    "int": "int",
    "float": "number",
    "float range": "number",
    "date": "date",
}
"""typer's names for a value's type (`<list[str]>`) and the word shown for it."""

HELP: dict[str, str] = {
    # the app and its own options
    "Check, analyse, compare and render a region's dosing model for improvement "
    "knowledge (förbättringskunskap): who needs to know what, at which level, and "
    "through which courses (IHI's dosing approach).": (
        "Kontrollera, analysera, jämför och skriv ut en regions doseringsmodell för "
        "förbättringskunskap: vem behöver kunna vad, på vilken nivå och genom vilka "
        "kurser (IHI:s doseringsmodell)."
    ),
    "Show the version.": "Visa versionen.",
    "Show the traceback of an internal error (also DOSERING_DEBUG=1).": (
        "Visa spårningen (traceback) av ett internt fel (också DOSERING_DEBUG=1)."
    ),
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    # options several commands share
    "Write to this file (atomically) instead of standard output.": (
        "Skriv till den här filen i stället för till skärmen (filen skrivs hel eller "
        "inte alls)."
    ),
    "Language of messages: sv or en (default: .dosering.yaml, else the locale, "
    "else en).": (
        "Språk för meddelanden: sv eller en (förval: .dosering.yaml, annars "
        "systemets språk, annars en)."
    ),
    "Language of help and messages: sv or en, for the command after it unless "
    "that has its own --lang (default: .dosering.yaml, else the locale, else en).": (
        "Språk för hjälp och meddelanden: sv eller en, för kommandot efter den om "
        "inte det har en egen --lang (förval: .dosering.yaml, annars systemets "
        "språk, annars en)."
    ),
    "Largest model file read, in bytes (default 20000000).": (
        "Största modellfil som läses, i byte (förval 20000000)."
    ),
    "The dosing model (YAML).": "Doseringsmodellen (YAML).",
    "Output format.": "Utdataformat.",
    "Output format (default: from -o's suffix, else text).": (
        "Utdataformat (utan flaggan: efter ändelsen på -o, annars text)."
    ),
    # validate
    "Check dosing models: every problem at once, with file:line:col and a code.\n\n"
    "Exit 0 when nothing fails, 1 on errors (or warnings with --strict), 3 when a\n"
    "path cannot be read.": (
        "Kontrollera doseringsmodeller: alla problem på en gång, med fil:rad:kolumn "
        "och en kod.\n\nSlutkod 0 när inget är fel, 1 vid fel (eller varningar med "
        "--strict), 3 när en sökväg inte kan läsas."
    ),
    "Model files, or folders to search for *.yaml/*.yml models.": (
        "Modellfiler, eller mappar att söka igenom efter modeller (*.yaml/*.yml)."
    ),
    "Output format (default text; github when GITHUB_ACTIONS=true).": (
        "Utdataformat (förval text; github när GITHUB_ACTIONS=true)."
    ),
    "Let warnings fail too (exit 1). Default: .dosering.yaml, else off.": (
        "Räkna också varningar som fel (slutkod 1). Förval: .dosering.yaml, annars av."
    ),
    # export
    "Write the model as a workbook planners edit in Excel (förbättringskunskap).\n\n"
    "Sheets for levels, areas, groups, roles, needs (a role × area grid) and courses,\n"
    "with drop-downs for level, group and format cells. Exit 0 when written, 1 when\n"
    "the model is invalid (its findings on stderr, nothing written), 3 when a file\n"
    "cannot be read or written.": (
        "Skriv modellen som en arbetsbok att redigera i Excel (förbättringskunskap)."
        "\n\nBlad för nivåer, områden, grupper, roller, behov (roll × område) och "
        "kurser, med listrutor för nivå, grupp och format. Slutkod 0 när den är "
        "skriven, 1 när modellen är ogiltig (fynden visas på skärmen, inget "
        "skrivs), 3 när en fil inte kan läsas eller skrivas."
    ),
    "xlsx: a workbook to edit and bring back with `dosering import`; moodle: a "
    "competency framework CSV for Moodle's 'Import competency framework'.": (
        "`xlsx`: en arbetsbok att redigera och läsa tillbaka med `dosering import`; "
        "`moodle`: ett kompetensramverk som CSV för Moodles 'Importera "
        "kompetensramverk'."
    ),
    # gap
    "Find where the courses offered fall short of the model (förbättringskunskap).\n\n"
    "The six categories: uncovered, partial, prescribed-missing, not-offered,\n"
    "capacity, unmapped; demand per course, backlog and years to cover. Exit 0 when\n"
    "no gap is in a --fail-on category, 1 when one is (or the model is invalid, or\n"
    "the mapping names unknown courses), 3 when a file cannot be read.": (
        "Hitta var kurserna som erbjuds inte räcker till för modellen "
        "(förbättringskunskap).\n\nDe sex kategorierna: saknas helt (`uncovered`), "
        "för låg nivå (`partial`), föreskriven kurs saknas (`prescribed-missing`), "
        "ges inte (`not-offered`), för få platser (`capacity`), okopplade rader "
        "(`unmapped`); efterfrågan "
        "per kurs, eftersläpning och år att täcka den. Slutkod 0 när ingen lucka är i "
        "en kategori i --fail-on, 1 när någon är det (eller modellen är ogiltig, "
        "eller mappningen nämner okända kurser), 3 när en fil inte kan läsas."
    ),
    "The course list offered: CSV (any delimiter, UTF-8 or Windows-1252), XLSX, XLS, "
    "ODS, YAML or JSON. Default: .dosering.yaml, else the model's own catalogue.": (
        "Kurslistan som erbjuds: CSV (valfri avgränsare, UTF-8 eller Windows-1252), "
        "XLSX, XLS, ODS, YAML eller JSON. Förval: .dosering.yaml, annars modellens "
        "egen kurskatalog."
    ),
    "Recorded decisions: which row is which course (match/ignore).": (
        "Sparade beslut: vilken rad som är vilken kurs (`match`/`ignore`)."
    ),
    "FIELD=COLUMN for a column whose name is not recognised (fields: code, title, "
    "hours, seats, url, status); repeatable.": (
        "FÄLT=KOLUMN för en kolumn vars namn inte känns igen (fält: `code`, `title`, "
        "`hours`, `seats`, `url`, `status`); kan upprepas."
    ),
    "excel-sv (;, UTF-8 BOM, decimal comma, CRLF; default) or plain.": (
        "`excel-sv` (;, UTF-8 med BOM, decimalkomma, CRLF; förval) eller `plain`."
    ),
    "The table of -f csv: gaps (one row per gap; default) or courses (per offered "
    "course: demand, seats, hours, backlog, years to cover, roles).": (
        "Tabellen i -f csv: `gaps` (en rad per lucka; förval) eller `courses` (per "
        "kurs som ges: efterfrågan, platser, timmar, eftersläpning, år att täcka, "
        "roller)."
    ),
    "Categories that make the exit code 1, comma-separated, by code or as the output "
    "names them (default: uncovered,partial,prescribed-missing; `none` for never).": (
        "Kategorier som ger slutkod 1, kommaseparerade, med kod eller som utskriften "
        'kallar dem, t.ex. "saknas helt,för få platser" (förval: saknas helt, för '
        "låg nivå, föreskriven kurs saknas; `inga` för aldrig)."
    ),
    "Also write a starting mapping file here, with near misses as comments.": (
        "Skriv också en första mappningsfil hit, med nästan-träffar som kommentarer."
    ),
    "Let --write-mapping replace an existing file.": (
        "Låt --write-mapping ersätta en fil som redan finns."
    ),
    # diff
    "Compare two dosing models (förbättringskunskap): each change classified.\n\n"
    "Changes are stricter, looser, added, removed, renamed, updated or cosmetic,\n"
    "with the effect on each course's demand. Exit 0 (also when they differ),\n"
    "1 with --exit-code and any change or a --fail-on class (or an invalid model),\n"
    "3 when a file or REV:PATH cannot be read.": (
        "Jämför två doseringsmodeller (förbättringskunskap): varje ändring "
        "klassad.\n\nÄndringar är `stricter` (striktare), `looser` (lösare), "
        "`added` (tillagd), `removed` (borttagen), `renamed` (bytt id), `updated` "
        "(uppdaterad) eller `cosmetic` (kosmetisk), med verkan på varje kurs "
        "efterfrågan. Slutkod 0 "
        "(också när de skiljer sig), 1 med --exit-code och någon ändring eller en "
        "klass i --fail-on (eller en ogiltig modell), 3 när en fil eller "
        "REV:SÖKVÄG inte kan läsas."
    ),
    "The earlier version (or the region compared against): a file, or REV:PATH from "
    "git (HEAD~1:model.yaml).": (
        "Den tidigare versionen (eller regionen som jämförs med): en fil, eller "
        "REV:SÖKVÄG ur git (HEAD~1:model.yaml)."
    ),
    "The later version (or the other region): a file or REV:PATH.": (
        "Den senare versionen (eller den andra regionen): en fil eller REV:SÖKVÄG."
    ),
    "Crosswalk pairing B's ids with A's per kind (levels, roles, areas, groups, "
    "courses), for two regions. Default: .dosering.yaml diff.map.": (
        "Korsreferens som parar B:s id:n med A:s per slag (nivåer, roller, områden, "
        "grupper, kurser), för två regioner. Förval: `diff.map` i .dosering.yaml."
    ),
    "Use no crosswalk, not even .dosering.yaml's (two versions of one region).": (
        "Använd ingen korsreferens, inte ens den i .dosering.yaml (två versioner av "
        "en region)."
    ),
    "Also show the role × area matrix side by side (A's level | B's).": (
        "Visa också matrisen roll × område sida vid sida (A:s nivå | B:s)."
    ),
    "Exit 1 when the models differ at all (as git diff --exit-code).": (
        "Slutkod 1 när modellerna skiljer sig alls (som git diff --exit-code)."
    ),
    "Exit 1 when a change of these classes is found, by code or as the output names "
    "them, e.g. stricter or stricter,removed. Default: .dosering.yaml diff.fail_on.": (
        "Slutkod 1 när en ändring av de här klasserna finns, med kod eller som "
        "utskriften kallar dem, t.ex. `striktare` eller `striktare,borttagen`. Förval: "
        "`diff.fail_on` i .dosering.yaml."
    ),
    "Show only changes of these classes, e.g. stricter,looser (the summary still "
    "counts all; --exit-code and --fail-on see all).": (
        "Visa bara ändringar av de här klasserna, t.ex. `striktare,lösare` "
        "(sammanfattningen räknar ändå alla; --exit-code och --fail-on ser alla)."
    ),
    "Do not show changes of these classes, e.g. cosmetic.": (
        "Visa inte ändringar av de här klasserna, t.ex. `kosmetisk`."
    ),
    # render
    "Render the model's document (förbättringskunskap): Markdown, HTML, PDF or Word."
    "\n\nLevels, areas, the dosing matrix, learning paths, course catalogue,\n"
    "dimensioning and the model's warnings.\n\nExit 0 when written, 1 when the model "
    "is invalid (its findings on stderr, no\nfile written), 3 when a file or template "
    "cannot be read or written.": (
        "Skriv modellens dokument (förbättringskunskap): Markdown, HTML, PDF eller "
        "Word.\n\nNivåer, områden, doseringsmatrisen, lärvägar, kurskatalog, "
        "dimensionering och modellens varningar.\n\nSlutkod 0 när det är skrivet, 1 "
        "när modellen är ogiltig (fynden visas på skärmen, ingen fil skrivs), 3 "
        "när en fil eller mall inte kan läsas eller skrivas."
    ),
    "The model file to render.": "Modellfilen att skriva ut.",
    "md (GitHub Markdown), html (one self-contained file), pdf (A4) or docx (Word). "
    "Default: from -o's suffix, else md.": (
        "`md` (GitHub Markdown), `html` (en fristående fil), `pdf` (A4) eller `docx` "
        "(Word). "
        "Förval: efter filändelsen i -o, annars md."
    ),
    "Language of the document and messages: sv or en (default: .dosering.yaml, else "
    "the model's region.language).": (
        "Språk för dokumentet och meddelanden: sv eller en (förval: .dosering.yaml, "
        "annars modellens `region.language`)."
    ),
    "A folder of templates that override the built-ins by file name (run sandboxed); "
    "start from `dosering templates eject DIR`.": (
        "En mapp med mallar som ersätter de inbyggda efter filnamn (körs i en "
        "sandlåda); börja från `dosering templates eject MAPP`."
    ),
    "The course list the region really offers (as for `gap`): every number of the "
    "document is computed against it. Default: .dosering.yaml's gap.courses, else "
    "the model's own catalogue.": (
        "Kurslistan som regionen verkligen erbjuder (som för `gap`): varje tal i "
        "dokumentet räknas mot den. Förval: `gap.courses` i .dosering.yaml, annars "
        "modellens egen kurskatalog."
    ),
    "Recorded decisions for the list: which row is which course (as for `gap`).": (
        "Sparade beslut för listan: vilken rad som är vilken kurs (som för `gap`)."
    ),
    "A Word file whose styles, page set-up, headers and footers the docx takes (the "
    "region's own template).": (
        "En Word-fil vars format, sidinställningar, sidhuvuden och sidfötter docx-"
        "filen tar (regionens egen mall)."
    ),
    # progress
    "Follow up: how far each role, unit and need has come towards its dose.\n\n"
    "From an HR staff list and LMS completion exports: per person and need met,\n"
    "lapsed, due, overdue or missing; the share at dose per role and unit, the\n"
    "backlog per course and the trend. No person data in any output (groups under\n"
    "--min-group suppressed); person lists only with --people. Exit 0, 1 when the\n"
    "model is invalid, the mapping has errors or the share is below --fail-below,\n"
    "3 when a file cannot be read.": (
        "Följ upp: hur långt varje roll, enhet och behov har kommit mot sin dos.\n\n"
        "Från en personallista ur HR-systemet och exporter av genomförda kurser ur "
        "lärplattformen: per person och behov uppfyllt, förfallet, snart, försenat "
        "eller saknas; andelen med sin dos per roll och enhet, eftersläpningen per "
        "kurs och trenden. Inga personuppgifter i någon utdata (grupper under "
        "--min-group döljs); personlistor bara med --people. Slutkod 0, 1 när "
        "modellen är ogiltig, mappningen har fel eller andelen är under --fail-below, "
        "3 när en fil inte kan läsas."
    ),
    "The staff list (an HR export: person, role, unit, start): CSV in any delimiter "
    "and encoding, XLSX, XLS or ODS.": (
        "Personallistan (en export ur HR-systemet: person, roll, enhet, start): CSV "
        "med valfri avgränsare och teckenkodning, XLSX, XLS eller ODS."
    ),
    "A completion export (LMS: person, course, date); repeatable. COURSE=PATH for a "
    "report of one course (Moodle's).": (
        "En export av genomförda kurser (lärplattform: person, kurs, datum); kan "
        "upprepas. KURS=SÖKVÄG för en rapport över en kurs (Moodles)."
    ),
    "Recorded decisions: roles:, ignore_roles:, match:, ignore:.": (
        "Sparade beslut: `roles:`, `ignore_roles:`, `match:`, `ignore:`."
    ),
    "FIELD=HEADER for a column whose name is not recognised (person, role, "
    "role_code, unit, start, course, title, completed, status; unit=A,B,C for a path "
    "over several columns); repeatable.": (
        "FÄLT=RUBRIK för en kolumn vars namn inte känns igen (`person`, `role`, "
        "`role_code`, `unit`, `start`, `course`, `title`, `completed`, `status`; "
        "`unit=A,B,C` för en väg över flera kolumner); kan upprepas."
    ),
    "A strftime pattern for dates that are not ISO, e.g. '%d/%m/%y, %H:%M' (never "
    "guessed).": (
        "Ett strftime-mönster för datum som inte är ISO, t.ex. '%d/%m/%y, %H:%M' "
        "(gissas aldrig)."
    ),
    "The date D of the follow-up, YYYY-MM-DD (default: today).": (
        "Uppföljningens datum D, ÅÅÅÅ-MM-DD (förval: i dag)."
    ),
    "A met need lapsing within this many days is expiring.": (
        "Ett uppfyllt behov som förfaller inom så här många dagar går snart ut."
    ),
    "The share at dose aimed at (0.8 or 80%), for the years to target.": (
        "Andelen med sin dos som är målet (0,8 eller 80 %), för åren till målet."
    ),
    "Groups of fewer persons show no counts (default 5; 1: off).": (
        "Grupper med färre personer visar inga antal (förval 5; 1: av)."
    ),
    "Also write the person-level list (key, role, unit, each need's category and "
    "deadline) to this .csv or .xlsx file: personal data.": (
        "Skriv också listan per person (nyckel, roll, enhet, varje behovs kategori "
        "och sista dag) till den här .csv- eller .xlsx-filen: personuppgifter."
    ),
    "excel-sv (;, UTF-8 BOM, decimal comma, CRLF) or plain.": (
        "`excel-sv` (;, UTF-8 med BOM, decimalkomma, CRLF) eller `plain`."
    ),
    "The workbook's sheet (default: the first).": (
        "Arbetsbokens blad (förval: det första)."
    ),
    "The workbook sheet (default: the first).": (
        "Arbetsbokens blad (förval: det första)."
    ),
    "Exit 1 when the region's share at dose is below this share.": (
        "Slutkod 1 när regionens andel med sin dos är under den här andelen."
    ),
    # import
    "Read a model workbook back into YAML (förbättringskunskap), then check it.\n\n"
    "Every problem is a finding at its cell (`model.xlsx:Roller!D7`); a workbook with"
    "\nan error writes no YAML. Exit 0 when written, 1 on errors (or warnings with\n"
    "--strict), 3 when the file is no workbook dosering can read.": (
        "Läs tillbaka en modellarbetsbok till YAML (förbättringskunskap) och "
        "kontrollera den.\n\nVarje problem är ett fynd i sin cell "
        "(`model.xlsx:Roller!D7`); en arbetsbok med ett fel skriver ingen YAML. "
        "Slutkod 0 när den är skriven, 1 vid fel (eller varningar med --strict), 3 "
        "när filen inte är en arbetsbok som dosering kan läsa."
    ),
    "The workbook (.xlsx), as `dosering export` wrote it.": (
        "Arbetsboken (.xlsx), som `dosering export` skrev den."
    ),
    "The model the workbook was exported from: only its changed values are written, "
    "its comments, order and quoting stay (default output: this file).": (
        "Modellen som arbetsboken exporterades från: bara ändrade värden skrivs, "
        "dess kommentarer, ordning och citattecken står kvar (förvald utdata: den "
        "här filen)."
    ),
    "The workbook is the region's own matrix (roles in rows, areas in columns, level "
    "names in cells): create the levels, areas and roles.": (
        "Arbetsboken är regionens egen matris (roller i rader, områden i kolumner, "
        "nivånamn i cellerna): skapa nivåerna, områdena och rollerna."
    ),
    "Format of the findings, as validate's.": "Fyndens format, som för validate.",
    "Let warnings fail too (exit 1, nothing written).": (
        "Räkna också varningar som fel (slutkod 1, inget skrivs)."
    ),
    # schema, checks, init
    "Print the JSON Schema of the model format (version 1), for editors.": (
        "Skriv ut modellformatets JSON Schema (version 1), för redigerare."
    ),
    "List every finding code dosering reports, with its severity and title.": (
        "Lista varje kod som dosering rapporterar, med allvarlighetsgrad och rubrik."
    ),
    "Write a new model from a bundled starting model; never overwrites a file.\n\n"
    "Also writes dosering.schema.json beside it (unless one is there), so editors\n"
    "complete and check the model through its first line.": (
        "Skriv en ny modell från en medföljande startmodell; skriver aldrig över en "
        "fil.\n\nSkriver också dosering.schema.json bredvid (om ingen finns där), så "
        "att redigerare fyller i och kontrollerar modellen genom dess första rad."
    ),
    "The new model file to write.": "Den nya modellfilen att skriva.",
    "Starting model: ihi (IHI's generic model, English), vgr or kalmar (example "
    "regions), ostergotland (Region Östergötland's levels and areas; roles and "
    "courses left to you).": (
        "Startmodell: `ihi` (IHI:s allmänna modell, engelska), `vgr` eller `kalmar` "
        "(exempelregioner), `ostergotland` (Region Östergötlands nivåer och områden; "
        "roller och kurser fyller du i)."
    ),
    "Language of the comments written and of messages: sv or en (default: "
    ".dosering.yaml, else the locale, else en).": (
        "Språk för kommentarerna som skrivs och för meddelanden: sv eller en (förval: "
        ".dosering.yaml, annars systemets språk, annars en)."
    ),
    # templates
    "The built-in document templates: lists them; `eject DIR` copies them.": (
        "De inbyggda dokumentmallarna: listar dem; `eject MAPP` kopierar dem."
    ),
    "Copy the built-in templates into DIR, as a start for --templates.\n\n"
    "Never overwrites a file: exit 3 when any of them exists there already.": (
        "Kopiera de inbyggda mallarna till MAPP, som en början för --templates.\n\n"
        "Skriver aldrig över en fil: slutkod 3 när någon av dem redan finns där."
    ),
    "The folder to copy the built-in templates into.": (
        "Mappen att kopiera de inbyggda mallarna till."
    ),
}
"""Swedish help, keyed by the English text of the app (as gettext's msgid)."""
