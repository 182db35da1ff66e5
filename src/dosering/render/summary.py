"""The summary page: the document's key figures as sentences a director reads.

Built from the analysed document only (its dimensioning, matrix and paths), so the
summary can never disagree with the sections after it. Every text is worded from
the catalogue and numbers are formatted in the document's language; model text
stays plain, for each writer's own escaper.
"""

from __future__ import annotations

from dataclasses import dataclass

from dosering.analyses.document import CourseLoad, Document
from dosering.i18n.numbers import up
from dosering.i18n.render import labels
from dosering.render.environment import format_hours, format_number

SHORTFALLS = 5
"""At most this many shortfalls are named."""
LACKS = 8
"""At most this many needs without a course are named; the rest are counted."""


@dataclass(frozen=True, slots=True)
class DoseRow:
    """One group's line of the dose table."""

    group: str
    staff: str
    people: str
    hours: str
    levels: tuple[str, ...]
    """Per area: the level numbers the group's roles need (`1`, `1–3`, or ``)."""


@dataclass(frozen=True, slots=True)
class Summary:
    """The summary page, worded."""

    title: str
    offer: str
    """Which course list the numbers assume (the model's own, or a named list)."""
    facts: tuple[str, ...]
    areas: tuple[str, ...]
    doses: tuple[DoseRow, ...]
    shortfalls_title: str
    shortfalls: tuple[str, ...]
    lacks_title: str
    lacks: tuple[str, ...]


def _levels(numbers: set[int]) -> str:
    """The level numbers as runs: `1–3` only when 2 is needed too, else `1, 3`."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(
        str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs
    )


def _shortfall(load: CourseLoad, L: dict[str, str], lang: str) -> str:
    """A shortfall's sentence ("lacks N places a year"), in whole places.

    No one offers half a place: the places needed are rounded up, and the places
    lacking are those less the seats, so 4.5 needed against 4 lack 1, never 0.
    """
    seats = load.seats_per_year if isinstance(load.seats_per_year, int) else 0
    needed = int(up(load.demand_per_year, 0))
    missing = needed - seats
    key = "summary.shortfall.1" if missing == 1 else "summary.shortfall"
    return L[key].format(
        course=load.title,
        missing=format_number(missing, lang),
        demand=format_number(needed, lang),
        seats=format_number(seats, lang),
    )


def build_summary(document: Document, lang: str, offer: str | None = None) -> Summary:
    """The summary of `document` in `lang`; `offer` names the course list used.

    Args:
        document: The analysed document.
        lang: The document's language.
        offer: How to name the course list the numbers were computed against
            (its file name and date); None: the model's own catalogue.
    """
    L = labels(lang, grouped=document.grouped)

    def num(value: float | None, decimals: int = 0) -> str:
        return format_number(value, lang, decimals)

    dim = document.dimensioning
    total = dim.total
    places = sum(load.demand_per_year for load in dim.courses)
    groups = sum(1 for group in document.matrix if group.id is not None)
    staff = "summary.staff" if groups > 1 else f"summary.staff.{min(groups, 1)}"
    if document.role_count == 1:
        staff += ".one"
    facts = (
        L[staff].format(
            staff=num(total.headcount),
            groups=num(groups),
            roles=num(document.role_count),
        ),
        L["summary.people"].format(
            people=num(up(total.people_per_year, 0)),
            places=num(up(places, 0)),
            hours=format_hours(round(total.hours_per_year), lang),
        ),
    )
    doses = []
    for group, load in zip(document.matrix, dim.groups, strict=True):
        needed: list[set[int]] = [set() for _ in document.areas]
        for row in group.rows:
            for index, cell in enumerate(row.cells):
                if cell.number is not None:
                    needed[index].add(cell.number)
        doses.append(
            DoseRow(
                group=group.name if group.name is not None else L["group.none"],
                staff=num(load.headcount),
                people=num(up(load.people_per_year, 0)),
                hours=num(load.hours_per_year),
                levels=tuple(_levels(numbers) for numbers in needed),
            )
        )
    short = sorted(
        (load for load in dim.courses if load.shortfall_people > 0),
        key=lambda load: -load.shortfall_people,
    )
    shortfalls = tuple(_shortfall(load, L, lang) for load in short[:SHORTFALLS])
    # A need lacks a course when the role's learning path has none for it: over
    # the offered courses, so with a course list these are gap's uncovered and
    # partial needs.
    rows = {row.id: row for group in document.matrix for row in group.rows}
    area_index = {area.name: i for i, area in enumerate(document.areas)}
    lacking = [
        L["summary.lack"].format(
            role=path.role,
            area=area,
            level=rows[path.role_id].cells[area_index[area]].level,
        )
        for path in document.paths
        for area in path.missing
    ]
    lacks = tuple(lacking[:LACKS])
    if len(lacking) > LACKS:
        lacks += (L["summary.lacks-more"].format(num(len(lacking) - LACKS)),)
    own = L["summary.own-offer"]
    return Summary(
        title=L["summary.title"],
        offer=own if offer is None else L["summary.offer"].format(offer),
        facts=facts,
        areas=tuple(area.name for area in document.areas),
        doses=tuple(doses),
        shortfalls_title=L[
            "summary.shortfalls" if shortfalls else "summary.no-shortfall"
        ],
        shortfalls=shortfalls,
        lacks_title=L["summary.lacks"] if lacks else L["summary.lacks-none"],
        lacks=lacks,
    )
