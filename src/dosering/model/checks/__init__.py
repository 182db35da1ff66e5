"""Checks: the semantic rules of a valid model, and the catalogue of every code.

`REGISTRY` maps each check's code to its module (yamllint style): a module has `ID`
and `check(meaning)`, and its docstring is its user documentation. `CATALOGUE` lists
every code dosering can report, loader and schema codes included, with its severity
and title: `dosering checks` prints it and the README carries it.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from dosering.core.findings import Severity
from dosering.model.checks import (
    area_unused,
    audience_unneeded,
    course_unused,
    duplicate_hr,
    duplicate_id,
    duplicate_lms,
    include_order,
    level_unused,
    multiline_text,
    need_unsatisfied,
    no_headcount,
    prescribed_audience,
    prescribed_mismatch,
    unknown_area,
    unknown_audience,
    unknown_course,
    unknown_group,
    unknown_level,
)

REGISTRY: dict[str, ModuleType] = {
    module.ID: module
    for module in (
        duplicate_id,
        unknown_group,
        unknown_area,
        unknown_level,
        unknown_course,
        unknown_audience,
        include_order,
        duplicate_lms,
        duplicate_hr,
        multiline_text,
        need_unsatisfied,
        course_unused,
        area_unused,
        level_unused,
        prescribed_mismatch,
        prescribed_audience,
        audience_unneeded,
        no_headcount,
    )
}


@dataclass(frozen=True, slots=True)
class Rule:
    """One entry of the code catalogue."""

    code: str
    severity: Severity
    title: str
    title_sv: str
    stage: str


E, W, N = Severity.ERROR, Severity.WARNING, Severity.INFO

CATALOGUE: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule(
            "file-too-large",
            E,
            "File over the size limit (--max-bytes)",
            "Filen är större än gränsen (--max-bytes)",
            "load",
        ),
        Rule(
            "yaml-encoding",
            E,
            "Not UTF-8 text (UTF-16, Windows-1252, NUL bytes)",
            "Inte UTF-8-text (UTF-16, Windows-1252, NUL-byte)",
            "load",
        ),
        Rule("yaml-syntax", E, "YAML syntax error", "Fel i YAML-syntaxen", "load"),
        Rule(
            "yaml-duplicate-key",
            E,
            "Key given twice in one mapping",
            "Nyckel två gånger i samma mappning",
            "load",
        ),
        Rule(
            "yaml-tag",
            E,
            "Custom YAML tag (never constructed)",
            "Egen YAML-tagg (konstrueras aldrig)",
            "load",
        ),
        Rule(
            "yaml-aliases",
            E,
            "Aliases expand beyond the limit (alias bomb)",
            "Alias expanderar över gränsen (aliasbomb)",
            "load",
        ),
        Rule(
            "yaml-too-deep",
            E,
            "Values nested too deep",
            "Värden nästlade för djupt",
            "load",
        ),
        Rule(
            "yaml-number",
            E,
            "An integer too long to read",
            "Ett heltal för långt för att läsas",
            "load",
        ),
        Rule(
            "yaml-key",
            E,
            "A key that is a list or mapping",
            "En nyckel som är en lista eller mappning",
            "load",
        ),
        Rule(
            "yaml-multiple-documents",
            E,
            "More than one YAML document in the file",
            "Mer än ett YAML-dokument i filen",
            "load",
        ),
        Rule(
            "not-a-model",
            E,
            "Empty file, or no `dosering:` key",
            "Tom fil, eller ingen nyckel `dosering:`",
            "load",
        ),
        Rule(
            "format-version",
            E,
            "Written for a newer format version",
            "Skriven för en nyare formatversion",
            "load",
        ),
        Rule(
            "schema",
            E,
            "A value of the wrong type, range or form",
            "Ett värde av fel typ, storlek eller form",
            "schema",
        ),
        Rule(
            "unknown-key",
            E,
            "A key the format does not have",
            "En nyckel som formatet inte har",
            "schema",
        ),
        Rule(
            duplicate_id.ID,
            E,
            "An id used twice in one list",
            "Ett id som används två gånger i samma lista",
            "check",
        ),
        Rule(
            unknown_group.ID,
            E,
            "A role's group is not a known group",
            "En rolls grupp finns inte",
            "check",
        ),
        Rule(
            unknown_area.ID,
            E,
            "A need or course names an unknown knowledge area",
            "Ett behov eller en kurs anger ett okänt kunskapsområde",
            "check",
        ),
        Rule(
            unknown_level.ID,
            E,
            "A need, course, outcome or include names an unknown level",
            "En okänd nivå anges",
            "check",
        ),
        Rule(
            unknown_course.ID,
            E,
            "A need prescribes an unknown course",
            "Ett behov föreskriver en okänd kurs",
            "check",
        ),
        Rule(
            unknown_audience.ID,
            E,
            "A course's audience names no group or role",
            "Kursens målgrupp (`audience`) anger ingen grupp eller roll",
            "check",
        ),
        Rule(
            include_order.ID,
            E,
            "`includes` names a level not listed before it",
            "`includes` anger en nivå som inte står före",
            "check",
        ),
        Rule(
            duplicate_lms.ID,
            E,
            "An LMS code belongs to two courses",
            "En LMS-kod hör till två kurser",
            "check",
        ),
        Rule(
            duplicate_hr.ID,
            E,
            "An HR code or title belongs to two roles",
            "En HR-kod eller titel hör till två roller",
            "check",
        ),
        Rule(
            multiline_text.ID,
            E,
            "A name or title spans several lines",
            "Ett namn eller en titel har flera rader",
            "check",
        ),
        Rule(
            need_unsatisfied.ID,
            W,
            "No course satisfies a role's need",
            "Ingen kurs uppfyller en rolls behov",
            "check",
        ),
        Rule(
            course_unused.ID,
            W,
            "A course satisfies no need",
            "En kurs uppfyller inget behov",
            "check",
        ),
        Rule(
            area_unused.ID,
            W,
            "No role needs a knowledge area",
            "Ingen roll behöver ett kunskapsområde",
            "check",
        ),
        Rule(
            level_unused.ID,
            W,
            "No need or course uses a level",
            "Inget behov och ingen kurs använder en nivå",
            "check",
        ),
        Rule(
            prescribed_mismatch.ID,
            W,
            "A prescribed course does not give the needed area at a satisfying level",
            "En föreskriven kurs ger inte det som behövs",
            "check",
        ),
        Rule(
            prescribed_audience.ID,
            W,
            "A need prescribes a course whose audience excludes the role",
            "Ett behov föreskriver en kurs vars målgrupp inte omfattar rollen",
            "check",
        ),
        Rule(
            audience_unneeded.ID,
            W,
            "No role in a course's audience needs what it gives",
            "Ingen roll i kursens målgrupp behöver det den ger",
            "check",
        ),
        Rule(
            no_headcount.ID,
            N,
            "A role without headcount has no demand",
            "En roll utan antal ger ingen efterfrågan",
            "check",
        ),
        # Findings in a course list or a mapping (`dosering gap`)
        Rule(
            "row-empty",
            W,
            "A list row with neither code nor title",
            "En rad i listan utan kod och namn",
            "gap",
        ),
        Rule(
            "row-number",
            W,
            "A list cell that should be a number is not",
            "En cell i listan som ska vara ett tal är det inte",
            "gap",
        ),
        Rule(
            "row-negative",
            W,
            "A negative number of hours or seats in the list",
            "Ett negativt antal timmar eller platser i listan",
            "gap",
        ),
        Rule(
            "row-whole-number",
            W,
            "Seats in the list that are not a whole number",
            "Platser i listan som inte är ett heltal",
            "gap",
        ),
        Rule(
            "row-cells",
            W,
            "A list row with more filled cells than the header has columns",
            "En rad i listan med fler ifyllda celler än rubrikraden har kolumner",
            "gap",
        ),
        Rule(
            "mapping-yaml",
            E,
            "The mapping file is not readable YAML",
            "Mappningsfilen är inte läsbar YAML",
            "gap",
        ),
        Rule(
            "mapping-shape",
            E,
            "The mapping file is not `match:`/`ignore:` as documented",
            "Mappningsfilen har inte formen `match:`/`ignore:`",
            "gap",
        ),
        Rule(
            "mapping-unknown-key",
            E,
            "A key the mapping file does not have",
            "En nyckel som mappningsfilen inte har",
            "gap",
        ),
        Rule(
            "mapping-unknown-course",
            E,
            "The mapping names a course the model does not have",
            "Mappningen anger en kurs som modellen inte har",
            "gap",
        ),
        # Findings in a crosswalk (`dosering diff --map`)
        Rule(
            "crosswalk-invalid",
            E,
            "The crosswalk is not readable or not shaped as documented",
            "Korsreferensen är inte läsbar eller har fel form",
            "diff",
        ),
        Rule(
            "crosswalk-unknown-id",
            E,
            "The crosswalk names an id neither model has",
            "Korsreferensen anger ett id som ingen av modellerna har",
            "diff",
        ),
        Rule(
            "crosswalk-duplicate",
            E,
            "The crosswalk pairs an id twice",
            "Korsreferensen parar ett id två gånger",
            "diff",
        ),
        # Findings in a workbook read back (`dosering import`)
        Rule(
            "workbook-sheet",
            E,
            "A sheet of the model workbook is missing or renamed",
            "Ett blad i modellens arbetsbok saknas eller har bytt namn",
            "import",
        ),
        Rule(
            "workbook-column",
            E,
            "A header cell that is missing, unknown or given twice",
            "En rubrikcell som saknas, är okänd eller står två gånger",
            "import",
        ),
        Rule(
            "workbook-cell",
            E,
            "A cell of the wrong kind (a number as text, a date in an id cell)",
            "En cell av fel slag (ett tal som text, ett datum i en id-cell)",
            "import",
        ),
        Rule(
            "workbook-merged",
            E,
            "Merged cells",
            "Sammanfogade celler",
            "import",
        ),
        Rule(
            "workbook-formula",
            E,
            "A formula without a calculated value",
            "En formel utan uträknat värde",
            "import",
        ),
        Rule(
            "workbook-role",
            E,
            "A row of needs for a role the workbook does not have",
            "En rad med behov för en roll som arbetsboken inte har",
            "import",
        ),
    )
}


def severity_of(code: str) -> Severity:
    """The severity a code always has."""
    return CATALOGUE[code].severity
