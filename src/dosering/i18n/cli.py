"""Messages of a run that cannot go on (exit 3) and of the CLI's last line of defence.

Each entry is `key: (english, swedish)`, formatted with `str.format_map` from a
`UserError`'s parameters. The course list's, mapping's, crosswalk's and git's own
"cannot read" messages live beside their other words (`gap`, `diff`).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # texts from a file, listed in a message (`Shown`)
    "shown.none": ("(none)", "(inga)"),
    "shown.more": ("{listed} and {count} more", "{listed} och {count} till"),
    # why the system refused a path (`OsReason`), by its errno's name; an errno
    # not here shows the system's own words
    "os.EACCES": (
        "access denied (is the file open in another program? close it; else ask "
        "for access)",
        "åtkomst nekad (är filen öppen i ett annat program? stäng det; annars be "
        "om behörighet)",
    ),
    "os.EPERM": (
        "the system does not allow it (ask for access, or use a folder of your own)",
        "systemet tillåter det inte (be om behörighet, eller använd en egen mapp)",
    ),
    "os.EISDIR": ("it is a folder, not a file", "det är en mapp, inte en fil"),
    "os.ENOTDIR": (
        "a part of the path is a file, not a folder",
        "en del av sökvägen är en fil, inte en mapp",
    ),
    "os.ENOENT": (
        "no such file or folder",
        "filen eller mappen finns inte",
    ),
    "os.ELOOP": (
        "symbolic links lead round in a loop (or too many in a row); point the link "
        "at the file itself",
        "symboliska länkar leder runt i en slinga (eller för många i rad); låt "
        "länken peka på själva filen",
    ),
    "os.EMLINK": (
        "too many links (symbolic links in a loop?); point the link at the file itself",
        "för många länkar (symboliska länkar i en slinga?); låt länken peka på "
        "själva filen",
    ),
    "os.ENAMETOOLONG": (
        "the name is too long; shorten it, or move the file to a shorter path",
        "namnet är för långt; korta det, eller flytta filen till en kortare sökväg",
    ),
    "os.EIO": (
        "the disk or network drive could not be read or written (input/output "
        "error); try again, or copy the file to your own disk",
        "disken eller nätverksenheten gick inte att läsa eller skriva (in- och "
        "utmatningsfel); försök igen, eller kopiera filen till din egen disk",
    ),
    "os.ENOSPC": (
        "the disk is full; make room, or write elsewhere",
        "disken är full; frigör utrymme, eller skriv någon annanstans",
    ),
    "os.EDQUOT": (
        "your disk quota is used up; make room, or write elsewhere",
        "din diskkvot är slut; frigör utrymme, eller skriv någon annanstans",
    ),
    "os.EFBIG": (
        "the file is larger than the disk allows; write elsewhere",
        "filen är större än disken tillåter; skriv någon annanstans",
    ),
    "os.EROFS": (
        "the disk is read-only; write elsewhere",
        "disken är skrivskyddad; skriv någon annanstans",
    ),
    "os.EBUSY": (
        "the file is in use by another program; close it and try again",
        "filen används av ett annat program; stäng det och försök igen",
    ),
    "os.ETXTBSY": (
        "the file is in use by another program; close it and try again",
        "filen används av ett annat program; stäng det och försök igen",
    ),
    "os.EAGAIN": (
        "the file is busy just now; try again",
        "filen är upptagen just nu; försök igen",
    ),
    "os.EMFILE": (
        "too many files are open; close some programs and try again",
        "för många filer är öppna; stäng några program och försök igen",
    ),
    "os.ENFILE": (
        "too many files are open; close some programs and try again",
        "för många filer är öppna; stäng några program och försök igen",
    ),
    "os.ENXIO": (
        "the device is not there (a drive that is not connected?)",
        "enheten finns inte (en enhet som inte är ansluten?)",
    ),
    "os.ENODEV": (
        "the device is not there (a drive that is not connected?)",
        "enheten finns inte (en enhet som inte är ansluten?)",
    ),
    "os.ETIMEDOUT": (
        "the network drive did not answer in time; try again",
        "nätverksenheten svarade inte i tid; försök igen",
    ),
    "os.ESTALE": (
        "the network drive lost track of the file; open the folder again and retry",
        "nätverksenheten tappade bort filen; öppna mappen igen och försök på nytt",
    ),
    "os.not-regular": (
        "not a regular file (a pipe or a device?)",
        "ingen vanlig fil (ett rör eller en enhet?)",
    ),
    # paths given on the command line
    "path.missing": (
        "{path}: no such file or directory",
        "{path}: filen eller mappen finns inte",
    ),
    "path.unreadable": (
        "{path}: cannot read it: {reason}",
        "{path}: kan inte läsa den: {reason}",
    ),
    "path.special": (
        "{path}: is not a regular file (a pipe or device?)",
        "{path}: är ingen vanlig fil (ett rör eller en enhet?)",
    ),
    "path.folder-unreadable": (
        "{path}: cannot read the folder: {reason}",
        "{path}: kan inte läsa mappen: {reason}",
    ),
    "path.is-dir": (
        "{path}: is a directory, not a model file",
        "{path}: är en mapp, inte en modellfil",
    ),
    "path.file-unreadable": (
        "{path}: cannot read the file: {reason}",
        "{path}: kan inte läsa filen: {reason}",
    ),
    # output files
    "output.is-dir": (
        "{path}: is a directory; give a file name to write",
        "{path}: är en mapp; ange ett filnamn att skriva",
    ),
    "output.no-folder": (
        "{path}: the folder {parent} does not exist",
        "{path}: mappen {parent} finns inte",
    ),
    "output.link-loop": (
        "{path}: is a symbolic link that leads round in a loop; give another file name",
        "{path}: är en symbolisk länk som leder runt i en slinga; ange ett annat "
        "filnamn",
    ),
    "output.cannot-write-here": (
        "{path}: cannot write here: {reason}",
        "{path}: kan inte skriva här: {reason}",
    ),
    "output.cannot-write": (
        "{path}: cannot write the file: {reason}",
        "{path}: kan inte skriva filen: {reason}",
    ),
    "output.is-input": (
        "{path}: is one of the input files; write the output to another file",
        "{path}: är en av indatafilerna; skriv utdata till en annan fil",
    ),
    "output.same-twice": (
        "{path}: -o and --write-mapping name the same file; give two files",
        "{path}: -o och --write-mapping anger samma fil; ange två filer",
    ),
    "init.is-dir": (
        "{path}: is a directory; give the name of the model file to write",
        "{path}: är en mapp; ange namnet på modellfilen att skriva",
    ),
    "init.exists": (
        "{path}: already exists; dosering init never overwrites a file: give "
        "another name (such as {free}), or check the model that is there with "
        "dosering validate {path}",
        "{path}: finns redan; dosering init skriver aldrig över en fil: ange ett "
        "annat namn (till exempel {free}), eller kontrollera modellen som finns där "
        "med dosering validate {path}",
    ),
    "init.not-yaml": (
        "{path}: a model is a YAML text file, not a {suffix} file; name it "
        "model.yaml (a workbook to edit in Excel comes after: dosering export "
        "model.yaml -o model.xlsx)",
        "{path}: en modell är en YAML-textfil, inte en {suffix}-fil; kalla den "
        "modell.yaml (en arbetsbok att redigera i Excel kommer sedan: dosering "
        "export modell.yaml -o modell.xlsx)",
    ),
    # .dosering.yaml
    "config.unreadable": (
        "{path}: cannot read the configuration: {reason}",
        "{path}: kan inte läsa konfigurationen: {reason}",
    ),
    "config.yaml": (
        "{path}:{line}:{col}: the configuration cannot be read: {reason}",
        "{path}:{line}:{col}: konfigurationen går inte att läsa: {reason}",
    ),
    "config.not-mapping": (
        "{path}:1:1: the configuration must be a mapping of keys",
        "{path}:1:1: konfigurationen ska vara en mappning av nycklar",
    ),
    "config.unknown-code": (
        "{path}: `ignore.{index}.code`: no finding has the code `{code}` "
        "(dosering checks lists them)",
        "{path}: `ignore.{index}.code`: inget fynd har koden `{code}` "
        "(dosering checks listar dem)",
    ),
    "config.unknown-code.near": (
        "{path}: `ignore.{index}.code`: no finding has the code `{code}`; did you "
        "mean `{near}`? (dosering checks lists them)",
        "{path}: `ignore.{index}.code`: inget fynd har koden `{code}`; menade du "
        "`{near}`? (dosering checks listar dem)",
    ),
    "config.unknown-column": (
        "{path}: `gap.columns.{field}`: no field is called `{field}` (the fields, "
        "in English whatever the language: {fields})",
        "{path}: `gap.columns.{field}`: inget fält heter `{field}` (fälten, på "
        "engelska oavsett språk: {fields})",
    ),
    "config.unknown-column.near": (
        "{path}: `gap.columns.{field}`: no field is called `{field}`; did you mean "
        "`{near}`? (the fields, in English whatever the language: {fields})",
        "{path}: `gap.columns.{field}`: inget fält heter `{field}`; menade du "
        "`{near}`? (fälten, på engelska oavsett språk: {fields})",
    ),
    "config.column-blank": (
        "{path}: `gap.columns.{field}` must name a column (a header of the course "
        "list)",
        "{path}: `gap.columns.{field}` ska ange en kolumn (en rubrik i kurslistan)",
    ),
    "config.unknown-key": (
        "{path}: unknown key `{where}` (allowed here: {allowed})",
        "{path}: okänd nyckel `{where}` (tillåtna här: {allowed})",
    ),
    "config.unknown-key.near": (
        "{path}: unknown key `{where}`; did you mean `{near}`? (allowed here: "
        "{allowed})",
        "{path}: okänd nyckel `{where}`; menade du `{near}`? (tillåtna här: {allowed})",
    ),
    "config.not-list": (
        "{path}: `{where}` must be a list, e.g. [{value}]",
        "{path}: `{where}` ska vara en lista, t.ex. [{value}]",
    ),
    "config.not-section": (
        "{path}: `{where}` must be a mapping of keys (allowed: {allowed})",
        "{path}: `{where}` ska vara en mappning av nycklar (tillåtna: {allowed})",
    ),
    "config.not-allowed": (
        "{path}: `{where}` cannot be `{value}` (allowed: {allowed})",
        "{path}: `{where}` kan inte vara `{value}` (tillåtna: {allowed})",
    ),
    "config.missing": ("{path}: `{where}` is missing", "{path}: `{where}` saknas"),
    "config.not-bool": (
        "{path}: `{where}` must be true or false",
        "{path}: `{where}` ska vara true eller false",
    ),
    "config.not-text": (
        "{path}: `{where}` must be text",
        "{path}: `{where}` ska vara text",
    ),
    "config.not-positive": (
        "{path}: `{where}` must be a whole number above 0",
        "{path}: `{where}` ska vara ett heltal över 0",
    ),
    "config.invalid": (
        "{path}: `{where}` is not valid here",
        "{path}: `{where}` är inte giltigt här",
    ),
    # --fail-on, on the command line (exit 2) or from .dosering.yaml (exit 3)
    "fail-on.bad": (
        "`{value}` is not one of {choices}",
        "`{value}` är inte ett av {choices}",
    ),
    "choice.all": ("all", "alla"),
    "choice.none": ("none", "inga"),
    "fail-on.config": (
        "{path}: {section}.fail_on: `{value}` is not one of {choices}",
        "{path}: {section}.fail_on: `{value}` är inte ett av {choices}",
    ),
    # -o FILE and --format, for every command that writes one (exit 2)
    "output.unknown-suffix": (
        "{path}: `{suffix}` is none of this command's formats; end the name in one "
        "of {suffixes}, or choose the format with --format ({formats})",
        "{path}: `{suffix}` är inget av kommandots format; låt namnet sluta på en "
        "av {suffixes}, eller välj formatet med --format ({formats})",
    ),
    "output.needs-file": (
        "{kind} cannot be shown in the terminal: give the file's name with "
        "-o FILE.{format}",
        "{kind} kan inte visas i terminalen: ange filens namn med -o FIL.{format}",
    ),
    "output.kind.xlsx": ("an Excel workbook", "en Excel-arbetsbok"),
    "output.kind.pdf": ("a PDF file", "en PDF-fil"),
    "output.kind.docx": ("a Word document", "ett Word-dokument"),
    "output.wrote": ("wrote {path}", "skrev {path}"),
    # templates (render)
    "templates.missing": (
        "{path}: no such template folder",
        "{path}: mallmappen finns inte",
    ),
    "templates.not-dir": (
        "{path}: is not a folder; --templates takes a folder",
        "{path}: är ingen mapp; --templates tar en mapp",
    ),
    "templates.syntax": (
        "{where}: template syntax error: {reason}; fix the template",
        "{where}: syntaxfel i mallen: {reason}; rätta mallen",
    ),
    "templates.unclosed": (
        "{where}: the template ends before its `{{% {block} %}}` is closed; add "
        "`{{% end{block} %}}` where the block ends",
        "{where}: mallen tar slut innan dess `{{% {block} %}}` stängs; lägg till "
        "`{{% end{block} %}}` där blocket slutar",
    ),
    "templates.wrong-end": (
        "{where}: `{{% {tag} %}}` here, but the open block is `{{% {block} %}}`: close "
        "it with `{{% end{block} %}}` first",
        "{where}: `{{% {tag} %}}` här, men blocket som är öppet är `{{% {block} %}}`: "
        "stäng det med `{{% end{block} %}}` först",
    ),
    "templates.unknown-tag": (
        "{where}: `{{% {tag} %}}` is no tag Jinja knows (or closes no open block); "
        "fix or remove it",
        "{where}: `{{% {tag} %}}` är ingen tagg som Jinja känner till (eller stänger "
        "inget öppet block); rätta eller ta bort den",
    ),
    "templates.unexpected": (
        "{where}: `{token}` was not expected here (is a `{{{{` or `{{%` left "
        "unclosed, or closed twice?); fix the template",
        "{where}: `{token}` väntades inte här (står en `{{{{` eller `{{%` utan slut, "
        "eller stängs den två gånger?); rätta mallen",
    ),
    "templates.no-filter": (
        "{where}: there is no filter `{name}`; fix the template",
        "{where}: det finns inget filter `{name}`; rätta mallen",
    ),
    "templates.no-test": (
        "{where}: there is no test `{name}`; fix the template",
        "{where}: det finns inget test `{name}`; rätta mallen",
    ),
    "templates.undefined-name": (
        "{where}: `{name}` is no value of the document data; fix the template",
        "{where}: `{name}` är inget värde i dokumentets data; rätta mallen",
    ),
    "templates.no-attribute": (
        "{where}: the document data has no `{name}` here; fix the template",
        "{where}: dokumentets data har inget `{name}` här; rätta mallen",
    ),
    "templates.not-utf8": (
        "{where}: the template is not UTF-8 text (byte {byte}); save it as UTF-8",
        "{where}: mallen är inte UTF-8-text (byte {byte}); spara den som UTF-8",
    ),
    "github.summary-unwritable": (
        "cannot write the step summary {path}: {reason}",
        "kan inte skriva stegsammanfattningen {path}: {reason}",
    ),
    "docx.reference-missing": (
        "{path}: no such file; --reference-docx takes a Word file",
        "{path}: filen finns inte; --reference-docx tar en Word-fil",
    ),
    "docx.reference-not-word": (
        "{path}: is not a Word document (.docx); --reference-docx takes a file "
        "saved from Word",
        "{path}: är inget Word-dokument (.docx); --reference-docx tar en fil "
        "sparad från Word",
    ),
    "docx.reference-unreadable": (
        "{path}: cannot read the file: {reason}",
        "{path}: kan inte läsa filen: {reason}",
    ),
    "templates.unreadable": (
        "{where}: cannot read the template: {reason}",
        "{where}: kan inte läsa mallen: {reason}",
    ),
    "templates.recursion": (
        "{where}: the templates include or call themselves without end "
        "(an {{% include %}} of itself, or a macro calling itself)",
        "{where}: mallarna inkluderar eller anropar sig själva utan slut "
        "(en {{% include %}} av sig själv, eller ett makro som anropar sig självt)",
    ),
    "templates.refused": (
        "{where}: refused: {reason}; templates run in a sandbox and may not reach "
        "Python internals",
        "{where}: nekat: {reason}; mallar körs i en sandlåda och når inte Pythons "
        "inre delar",
    ),
    "templates.undefined": (
        "{where}: {reason} (no such value in the document data); fix the template",
        "{where}: {reason} (inget sådant värde i dokumentets data); rätta mallen",
    ),
    "templates.not-found": (
        "{where}: no template named `{name}` (neither in the --templates folder "
        "nor built in)",
        "{where}: ingen mall heter `{name}` (varken i mappen för --templates eller "
        "inbyggd)",
    ),
    "templates.failed": (
        "{where}: the template failed: {reason}",
        "{where}: mallen misslyckades: {reason}",
    ),
    "templates.eject-file": (
        "{path}: is a file; give a folder to copy the templates to",
        "{path}: är en fil; ange en mapp att kopiera mallarna till",
    ),
    "templates.eject-exists": (
        "{path}: already exists; templates eject never overwrites (choose an empty "
        "folder)",
        "{path}: finns redan; templates eject skriver aldrig över (välj en tom mapp)",
    ),
    "templates.eject-unwritable": (
        "{path}: cannot write the templates: {reason}",
        "{path}: kan inte skriva mallarna: {reason}",
    ),
    # the last line of defence (main)
    "internal-error": (
        "internal error — please report it, with the file if you can ({kind}); "
        "run with --debug for the details",
        "internt fel — rapportera det gärna, med filen om du kan ({kind}); "
        "kör med --debug för detaljerna",
    ),
    "broken-pipe": (
        "the output was closed before everything was written",
        "utdata stängdes innan allt hade skrivits",
    ),
    "output-failed": (
        "cannot write the output: {reason}",
        "kan inte skriva utdata: {reason}",
    ),
}
