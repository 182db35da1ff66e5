"""Messages of `dosering diff`: labels, headings and errors in English and Swedish."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dosering.i18n import render
from dosering.i18n._text import fill, pick, pick_count
from dosering.i18n.numbers import count

WORDS: dict[str, tuple[str, str]] = {
    "class.stricter": ("stricter", "striktare"),
    "class.looser": ("looser", "lösare"),
    "class.removed": ("removed", "borttagen"),
    "class.added": ("added", "tillagd"),
    "class.renamed": ("renamed", "bytt id"),
    "class.updated": ("updated", "uppdaterad"),
    "class.cosmetic": ("cosmetic", "kosmetisk"),
    "class.stricter.region": ("requires more than A", "kräver mer än A"),
    "class.looser.region": ("requires less than A", "kräver mindre än A"),
    "class.stricter.region.course": ("gives less than A", "ger mindre än A"),
    "class.looser.region.course": ("gives more than A", "ger mer än A"),
    "count.stricter.region": ("requiring more than A", "som kräver mer än A"),
    "count.looser.region": ("requiring less than A", "som kräver mindre än A"),
    "hidden": ("({0} not shown)", "({0} visas inte)"),
    "s.renamed": ("new id: {0} → {1}", "nytt id: {0} → {1}"),
    "s.entity": ("{0} with id {1}", "{0} med id {1}"),
    "s.need-new": ("new need: {0}, {1}", "nytt krav på {0}, {1}"),
    "s.need-gone": (
        "no longer needs {0} (was {1})",
        "behöver inte längre {0} (var {1})",
    ),
    "s.need": ("needs {0}: {1} → {2}", "behöver {0}: {1} → {2}"),
    "s.gives": ("gives {0}: {1} → {2}", "ger {0}: {1} → {2}"),
    "s.within-new": (
        "{0} within {1} months of starting (no time limit before)",
        "{0} inom {1} månader från start (ingen tidsgräns förut)",
    ),
    "s.within-gone": (
        "{0} with no time limit (within {1} months of starting before)",
        "{0} utan tidsgräns (förut inom {1} månader från start)",
    ),
    "s.within": (
        "{0} within {1} → {2} months of starting",
        "{0} inom {1} → {2} månader från start",
    ),
    "s.courses": (
        "{0}: prescribed courses {1} → {2}",
        "{0}: föreskrivna kurser {1} → {2}",
    ),
    "s.field": ("{0}: {1} → {2}", "{0}: {1} → {2}"),
    "field.id": ("id", "id"),
    "field.name": ("name", "namn"),
    "field.title": ("title", "titel"),
    "field.description": ("description", "beskrivning"),
    "field.headcount": ("headcount", "antal anställda"),
    "field.turnover": ("turnover", "personalomsättning"),
    "field.refresh_years": ("refresh interval (years)", "förnyelseintervall (år)"),
    "field.group": ("group", "grupp"),
    "field.seats_per_year": ("seats a year", "platser per år"),
    "field.hours": ("hours", "timmar"),
    "field.format": ("format", "format"),
    "field.lms": ("LMS code", "LMS-kod"),
    "field.hr": ("HR codes", "HR-koder"),
    "field.audience": ("audience", "målgrupp"),
    "field.provider": ("provider", "anordnare"),
    "field.url": ("link", "länk"),
    "field.order": ("position in the list", "plats i listan"),
    "field.includes": ("also satisfies", "uppfyller också"),
    "field.outcomes": ("outcome", "förmåga"),
    "field.version": ("version", "version"),
    "field.published": ("published", "publicerad"),
    "field.source": ("source", "källa"),
    "field.language": ("language", "språk"),
    "language.sv": ("Swedish", "svenska"),
    "language.en": ("English", "engelska"),
    "entity.region": ("region", "region"),
    "entity.level": ("level", "nivå"),
    "entity.area": ("area", "område"),
    "entity.group": ("group", "grupp"),
    "entity.role": ("role", "roll"),
    "entity.course": ("course", "kurs"),
    "table.name": ("name", "namn"),
    "table.what": ("what", "vad"),
    "only.bad": (
        "`{0}` is not a change class; use one or more of {1}",
        "`{0}` är ingen ändringsklass; använd en eller flera av {1}",
    ),
    # Counted changes (`pick_count`): `.one` for one change, else the plural.
    "count.stricter.one": ("stricter", "striktare"),
    "count.stricter": ("stricter", "striktare"),
    "count.looser.one": ("looser", "lösare"),
    "count.looser": ("looser", "lösare"),
    "count.removed.one": ("removed", "borttagen"),
    "count.removed": ("removed", "borttagna"),
    "count.added.one": ("added", "tillagd"),
    "count.added": ("added", "tillagda"),
    "count.renamed.one": ("renamed", "med nytt id"),
    "count.renamed": ("renamed", "med nytt id"),
    "count.updated.one": ("updated", "uppdaterad"),
    "count.updated": ("updated", "uppdaterade"),
    "count.cosmetic.one": ("cosmetic", "kosmetisk"),
    "count.cosmetic": ("cosmetic", "kosmetiska"),
    "kind.region": ("Region", "Region"),
    "kind.level": ("Levels", "Nivåer"),
    "kind.area": ("Knowledge areas", "Kunskapsområden"),
    "kind.group": ("Groups", "Grupper"),
    "kind.role": ("Roles", "Roller"),
    "kind.course": ("Courses", "Kurser"),
    "none": ("(none)", "(saknas)"),
    "everyone": ("(everyone)", "(alla)"),
    "no-changes": (
        "No changes between {0} and {1}.",
        "Inga ändringar mellan {0} och {1}.",
    ),
    "summary.one": (
        "{0} change between {1} and {2}: {3}",
        "{0} ändring mellan {1} och {2}: {3}",
    ),
    "summary": (
        "{0} changes between {1} and {2}: {3}",
        "{0} ändringar mellan {1} och {2}: {3}",
    ),
    "levels.crosswalk": (
        "Levels across regions are compared through the crosswalk.",
        "Nivåerna jämförs mellan regionerna genom korsreferensen.",
    ),
    "levels.order": (
        "Levels across regions are compared by their order (no crosswalk for "
        "levels): {0}.",
        "Nivåerna jämförs mellan regionerna efter sin ordning (ingen korsreferens "
        "för nivåer): {0}.",
    ),
    "unmapped": ("Without a counterpart", "Utan motsvarighet"),
    "unmapped.levels": ("levels", "nivåer"),
    "unmapped.areas": ("areas", "områden"),
    "unmapped.groups": ("groups", "grupper"),
    "unmapped.roles": ("roles", "roller"),
    "unmapped.courses": ("courses", "kurser"),
    "unmapped.a": ("only in A ({0})", "bara i A ({0})"),
    "unmapped.b": ("only in B ({0})", "bara i B ({0})"),
    "demand": (
        "Demand per course (course places a year; backlog = people who need the "
        "dose once)",
        "Efterfrågan per kurs (kursplatser per år; eftersläpning = personer som "
        "behöver dosen en gång)",
    ),
    "demand.course": ("course", "kurs"),
    "demand.a": ("A a year", "A per år"),
    "demand.b": ("B a year", "B per år"),
    "demand.backlog-a": ("A backlog", "A eftersläpning"),
    "demand.backlog-b": ("B backlog", "B eftersläpning"),
    "demand.same": (
        "Demand per course: unchanged.",
        "Efterfrågan per kurs: oförändrad.",
    ),
    "matrix": (
        "Role × area: A's level | B's level (≠ where they differ)",
        "Roll × område: A:s nivå | B:s nivå (≠ där de skiljer sig)",
    ),
    "matrix.role": ("role", "roll"),
    "table.entity": ("entity", "entitet"),
    "table.id": ("id", "id"),
    "table.change": ("change", "ändring"),
    "table.field": ("field", "fält"),
    "table.before": ("before (A)", "före (A)"),
    "table.after": ("after (B)", "efter (B)"),
    "fail.classes": (
        "dosering: the models differ ({0}); exit 1 because of {1}",
        "dosering: modellerna skiljer sig ({0}); slutkod 1 på grund av {1}",
    ),
    "was": ("was", "var"),
    # Errors that stop the run (exit 3).
    # Crosswalk findings (message, hint).
    "kindname.levels": ("level", "nivån"),
    "kindname.roles": ("role", "rollen"),
    "kindname.areas": ("area", "området"),
    "kindname.groups": ("group", "gruppen"),
    "kindname.courses": ("course", "kursen"),
}


MESSAGES: dict[str, tuple[str, str]] = {
    # cannot run (exit 3): reading a side from git, or the crosswalk
    "git.missing": (
        "{path}: git is not installed, so a REV:PATH cannot be read",
        "{path}: git är inte installerat, så REV:SÖKVÄG kan inte läsas",
    ),
    "git.no-repo": (
        "{path}: not inside a git repository, so {path} cannot be read from git; "
        "give a file path, or run dosering inside the repository",
        "{path}: inte i ett git-förråd, så {path} kan inte läsas ur git; ange en "
        "filsökväg eller kör dosering inne i förrådet",
    ),
    "git.bad-rev": (
        "{path}: git cannot resolve the revision `{rev}`; check the branch, tag or "
        "commit (in CI, fetch it first, e.g. actions/checkout with fetch-depth: 0)",
        "{path}: git hittar inte revisionen `{rev}`; kontrollera gren, tagg eller "
        "commit (i CI: hämta den först, t.ex. actions/checkout med fetch-depth: 0)",
    ),
    "git.no-path": (
        "{path}: `{file}` does not exist in `{rev}`; paths are relative to the "
        "repository's top folder (write `{rev}:./{file}` for one relative to this "
        "folder)",
        "{path}: `{file}` finns inte i `{rev}`; sökvägar räknas från förrådets "
        "översta mapp (skriv `{rev}:./{file}` för en sökväg från den här mappen)",
    ),
    "git.tree": (
        "{path}: is a folder in git, not a model file",
        "{path}: är en mapp i git, inte en modellfil",
    ),
    "git.other": (
        "{path}: git could not read it: {reason}",
        "{path}: git kunde inte läsa den: {reason}",
    ),
    "map.missing": (
        "{path}: no such crosswalk file",
        "{path}: korsreferensfilen finns inte",
    ),
    "map.directory": (
        "{path}: is a folder, not a crosswalk file",
        "{path}: är en mapp, inte en korsreferensfil",
    ),
    "map.unreadable": (
        "{path}: cannot read the crosswalk: {reason}",
        "{path}: kan inte läsa korsreferensen: {reason}",
    ),
    "map.is-table": (
        "{path}: this looks like a table (a course list), not a crosswalk; --map "
        "takes a YAML file that pairs the two models' ids per kind (`levels:`, "
        "`areas:`, `groups:`, `roles:`, `courses:`), such as `roles: {{rehab: "
        "paramedicinare}}`",
        "{path}: detta ser ut som en tabell (en kurslista), inte en korsreferens; "
        "--map tar en YAML-fil som parar de två modellernas id per slag (`levels:`, "
        "`areas:`, `groups:`, `roles:`, `courses:`), till exempel `roles: {{rehab: "
        "paramedicinare}}`",
    ),
    # findings in a crosswalk
    "cw.not-mapping": (
        "the crosswalk is not a mapping of kinds (`levels`, `roles`, `areas`, "
        "`groups`, `courses`)",
        "korsreferensen är ingen mappning av slag (`levels`, `roles`, `areas`, "
        "`groups`, `courses`)",
    ),
    "cw.unknown-kind": (
        "`{key}` is not a kind of entity",
        "`{key}` är inget slag av entitet",
    ),
    "cw.kind-not-mapping": (
        "`{key}` must map ids to ids, not be {kind_text}",
        "`{key}` ska mappa id till id, inte vara {kind_text}",
    ),
    "cw.not-id": (
        "`{shown}` in `{key}` is not an id (it reads as {kind_text})",
        "`{shown}` i `{key}` är inget id (det läses som {kind_text})",
    ),
    "cw.unknown": (
        "{entity_text} `{id}` does not exist in {side}",
        "{entity_text} `{id}` finns inte i {side}",
    ),
    "cw.twice": (
        "{entity_text} `{id}` is mapped to twice (also from `{other}`)",
        "{entity_text} `{id}` mappas till två gånger (också från `{other}`)",
    ),
}

HINTS: dict[str, tuple[str, str]] = {
    "cw.not-mapping": (
        "Write e.g. `levels: {{grundniva: veta}}`: B's id, then A's.",
        "Skriv t.ex. `levels: {{grundniva: veta}}`: B:s id, sedan A:s.",
    ),
    "cw.unknown-kind": (
        "Use `levels`, `roles`, `areas`, `groups` or `courses`. {suggestion}",
        "Använd `levels`, `roles`, `areas`, `groups` eller `courses`. {suggestion}",
    ),
    "cw.kind-not-mapping": (
        "Write one `B-id: A-id` pair per line under `{key}:`.",
        "Skriv ett par `B-id: A-id` per rad under `{key}:`.",
    ),
    "cw.not-id": (
        'Quote it: "{shown}".',
        'Sätt den inom citattecken: "{shown}".',
    ),
    "cw.unknown": (
        "Check the spelling against {side}, or remove the line. {suggestion}",
        "Kontrollera stavningen mot {side} eller ta bort raden. {suggestion}",
    ),
    "cw.twice": (
        "A crosswalk pairs one id with one id; remove one of the lines.",
        "En korsreferens parar ett id med ett id; ta bort en av raderna.",
    ),
}


def counted(counts: Mapping[Any, int], lang: str, *, cross_region: bool = False) -> str:
    """Counts of change classes in words: `1 stricter, 2 cosmetic` (sv: plurals).

    Between two regions, stricter and looser read "requiring more/less than A".
    """

    def label(cls: Any, n: int) -> str:
        if cross_region and str(cls) in ("stricter", "looser"):
            return word(f"count.{cls}.region", lang)
        return counted_word(f"count.{cls}", n, lang)

    return ", ".join(f"{count(n, lang)} {label(cls, n)}" for cls, n in counts.items())


def word(key: str, lang: str, *args: Any) -> str:
    """A label or message of `diff` in the chosen language (the key as fallback)."""
    return fill(pick(WORDS, key, lang) or key, args, {})


def counted_word(key: str, n: int, lang: str, *args: Any) -> str:
    """`word` for `n` things: `key.one` for one, else `key` (`pick_count`)."""
    return fill(pick_count(WORDS, key, n, lang) or key, args, {})


_RENDERED = {"format": "format.{}", "seats_per_year": "seats.{}"}
"""Fields whose coded values `render` words: its entries word them here too."""


def value_word(field: str, value: object, lang: str) -> str | None:
    """A field's coded value in words, or None when the value is not a code.

    A course's `format` and `seats_per_year: unlimited` read as `render` words
    them (one entry of its catalogue); the region's `language` by its name.
    """
    if not isinstance(value, str):
        return None
    if field == "language":
        return pick(WORDS, f"language.{value}", lang)
    key = _RENDERED.get(field)
    return None if key is None else pick(render.LABELS, key.format(value), lang)


def class_labels(cls: str, lang: str) -> tuple[str, ...]:
    """A change class's names in `lang` (`--fail-on`, `--only`, `--hide` take them).

    The first is how output shows it; then how a count of one and of more words
    it and, for `stricter` and `looser`, how a diff between regions words them.
    """
    keys = [f"class.{cls}", f"count.{cls}.one", f"count.{cls}"]
    if cls in ("stricter", "looser"):
        keys += [f"class.{cls}.region", f"count.{cls}.region"]
        keys += [f"class.{cls}.region.course"]
    return tuple(dict.fromkeys(word(key, lang) for key in keys))
