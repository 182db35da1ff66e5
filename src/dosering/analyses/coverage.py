"""Coverage: the model against the courses offered, in DESIGN.md's six categories.

Rows of a course list are matched to model courses (the mapping file, then `lms`
codes, then normalised titles; a fuzzy near miss is only a suggestion), the matched
rows make the offer (seats add up, the first row with hours gives the hours), and
the demand is allocated by `analyses.demand.allocate`. Pure functions, frozen
results.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dosering.analyses.demand import Allocation, Offer, Seats, allocate, model_offer
from dosering.inputs.courselist import Row
from dosering.inputs.mapping import RowMapping
from dosering.model.keys import code_key, title_key
from dosering.model.schema import UNLIMITED, Role, is_open, lms_codes
from dosering.model.semantics import Meaning

CATEGORIES = (
    "uncovered",
    "partial",
    "prescribed-missing",
    "not-offered",
    "capacity",
    "unmapped",
)
"""The categories, most serious first (DESIGN.md's table order)."""

SUGGESTION_CUTOFF = 85.0
"""The least fuzzy score (0-100) for a near miss to be suggested."""
SUGGESTION_LIMIT = 3


@dataclass(frozen=True, slots=True)
class RowMatch:
    """What one list row was matched to, and how."""

    row: Row
    course: str | None
    how: str | None
    """`mapping`, `code`, `title`, or None (unmapped or ignored)."""
    ignored: bool = False
    suggestions: tuple[tuple[str, float], ...] = ()
    zeros: tuple[str, str] | None = None
    """(course id, its `lms` code) when the row's code is that code with its leading
    zeros dropped (Excel saves `0412` as `412`), and the row is not matched by code
    or the mapping: unmapped, or matched by its title."""


@dataclass(frozen=True, slots=True)
class NeedRef:
    """One role need: role, area and level ids."""

    role: str
    area: str
    level: str
    prescribed: bool = False
    """True when the need names the course in its `courses`."""

    def as_dict(self) -> dict[str, Any]:
        """The need as the JSON shapes it."""
        return {
            "role": self.role,
            "area": self.area,
            "level": self.level,
            "prescribed": self.prescribed,
        }


@dataclass(frozen=True, slots=True)
class Gap:
    """One item of one category; fields that do not apply are None."""

    category: str
    role: str | None = None
    area: str | None = None
    level: str | None = None
    course: str | None = None
    offered_levels: tuple[str, ...] | None = None
    needs: tuple[NeedRef, ...] | None = None
    demand_per_year: float | None = None
    seats_per_year: Seats = None
    shortfall_people: float | None = None
    shortfall_hours: float | None = None
    hours: float | None = None
    row: int | None = None
    code: str | None = None
    title: str | None = None
    suggestions: tuple[tuple[str, float], ...] | None = None
    zeros: tuple[str, str] | None = None
    """(unmapped) (course id, `lms` code) the row's code is without leading zeros."""
    inactive_rows: tuple[int, ...] = ()
    """(not-offered) Rows of the list that are this course but inactive."""
    closed: tuple[str, ...] = ()
    """(uncovered, partial) Offered satisfiers whose `audience` excludes the role."""
    unoffered: tuple[str, ...] = ()
    """(uncovered, partial) Model courses open to the role that satisfy the need but
    are not in the course list (their own `not-offered` items); words only."""

    def as_dict(self) -> dict[str, Any]:
        """The gap as DESIGN.md "Machine outputs" shapes it."""
        out: dict[str, Any] = {"category": self.category}
        if self.category in ("uncovered", "partial"):
            out.update(role=self.role, area=self.area, level=self.level)
            if self.category == "partial":
                out["offered_levels"] = list(self.offered_levels or ())
            if self.closed:
                out["closed_by_audience"] = list(self.closed)
        elif self.category == "prescribed-missing":
            out.update(course=self.course, role=self.role, area=self.area)
            out["level"] = self.level
        elif self.category == "not-offered":
            out["course"] = self.course
            out["needs"] = [need.as_dict() for need in self.needs or ()]
            if self.inactive_rows:
                out["inactive_rows"] = list(self.inactive_rows)
        elif self.category == "capacity":
            out.update(
                course=self.course,
                demand_per_year=self.demand_per_year,
                seats_per_year=self.seats_per_year,
                shortfall_people=self.shortfall_people,
                shortfall_hours=self.shortfall_hours,
                hours=self.hours,
            )
        else:
            out.update(row=self.row, code=self.code, title=self.title)
            out["suggestions"] = [
                {"course": course, "score": score}
                for course, score in self.suggestions or ()
            ]
        return out


@dataclass(frozen=True)
class Coverage:
    """The result of `find_gaps`: the gaps, the offer and the allocation."""

    gaps: tuple[Gap, ...]
    allocation: Allocation
    offered: Mapping[str, Offer]
    matches: tuple[RowMatch, ...] = ()
    with_list: bool = False
    counts: Mapping[str, int] = field(default_factory=dict)

    def of(self, category: str) -> tuple[Gap, ...]:
        """The gaps of one category, in order."""
        return tuple(gap for gap in self.gaps if gap.category == category)


def match_rows(
    meaning: Meaning,
    rows: Sequence[Row],
    mapping: RowMapping | None = None,
    *,
    suggest: bool = True,
) -> tuple[RowMatch, ...]:
    """Match each row to at most one model course, in DESIGN.md's order.

    `suggest`: add near misses to the rows that match none (else they have none).
    """
    by_code: dict[str, str] = {}
    by_title: dict[str, list[str]] = {}
    for entry in meaning.course_by_id.values():
        for code in lms_codes(entry):
            by_code.setdefault(code_key(code), entry.id)
        by_title.setdefault(title_key(entry.title), []).append(entry.id)
    known = mapping or RowMapping.of({})
    zeroless = _zeroless_codes(meaning)
    out: list[RowMatch] = []
    unmatched: list[int] = []
    for row in rows:
        decided, course = known.decide(row)
        if decided:
            out.append(RowMatch(row, course, "mapping" if course else None, not course))
            continue
        if row.code is not None and (hit := by_code.get(code_key(row.code))):
            out.append(RowMatch(row, hit, "code"))
            continue
        titled = by_title.get(title_key(row.title)) if row.title else None
        if titled and len(titled) == 1:
            out.append(RowMatch(row, titled[0], "title", zeros=_zeros(zeroless, row)))
            continue
        if titled:
            out.append(
                RowMatch(row, None, None, False, tuple((c, 100.0) for c in titled))
            )
            continue
        unmatched.append(len(out))
        out.append(RowMatch(row, None, None))
    if unmatched and suggest:
        _suggest(meaning, out, unmatched, zeroless)
    return tuple(out)


def _suggest(
    meaning: Meaning,
    out: list[RowMatch],
    indices: list[int],
    zeroless: Mapping[str, tuple[str, str]],
) -> None:
    """Add fuzzy near misses (by title) to unmatched rows, in place."""
    from rapidfuzz import fuzz, process

    courses = list(meaning.course_by_id.values())
    choices = [title_key(course.title) for course in courses]
    for index in indices:
        row = out[index].row
        suggestions: list[tuple[str, float]] = []
        zeros = _zeros(zeroless, row)
        if zeros is not None:
            suggestions.append((zeros[0], 100.0))
        if row.title:
            found = process.extract(
                title_key(row.title),
                choices,
                scorer=fuzz.ratio,
                limit=SUGGESTION_LIMIT,
                score_cutoff=SUGGESTION_CUTOFF,
            )
            suggestions += [
                (courses[position].id, round(float(score), 1))
                for _choice, score, position in found
                if all(courses[position].id != seen for seen, _ in suggestions)
            ]
        if suggestions:
            shown = tuple(suggestions[:SUGGESTION_LIMIT])
            out[index] = RowMatch(row, None, None, False, shown, zeros)


def _zeros(zeroless: Mapping[str, tuple[str, str]], row: Row) -> tuple[str, str] | None:
    """(course id, `lms` code) whose code is the row's with its zeros dropped.

    Excel drops a numeric code's leading zeros in a number column (`0412` is
    saved as `412`).
    """
    if not zeroless or row.code is None or not (key := code_key(row.code)).isdigit():
        return None
    return zeroless.get(key.lstrip("0") or "0")


def _zeroless_codes(meaning: Meaning) -> dict[str, tuple[str, str]]:
    """Numeric LMS codes with leading zeros, without them, to (course, code)."""
    found: dict[str, tuple[str, str]] = {}
    for entry in meaning.course_by_id.values():
        for code in lms_codes(entry):
            key = code_key(code)
            if key.isdigit() and key.startswith("0"):
                found.setdefault(key.lstrip("0") or "0", (entry.id, code.strip()))
    return found


def offer_from(meaning: Meaning, matches: Sequence[RowMatch]) -> dict[str, Offer]:
    """The offered courses: seats of matched rows add up; first hours win.

    A course whose rows carry no seats (or hours) keeps the model's; one row with
    unlimited seats makes the course's seats unlimited.
    """
    seats: dict[str, Seats] = {}
    hours: dict[str, float | None] = {}
    for matched in sorted(matches, key=lambda m: m.row.row):
        target = matched.course
        if target is None:
            continue
        row_seats, had = matched.row.seats, seats.get(target)
        if isinstance(row_seats, str) or isinstance(had, str):
            seats[target] = UNLIMITED  # one unlimited occasion: never short
        elif row_seats is not None:
            seats[target] = (had or 0) + row_seats
        else:
            seats.setdefault(target, None)
        if hours.get(target) is None:
            hours[target] = matched.row.hours
    out: dict[str, Offer] = {}
    for course in meaning.course_by_id.values():
        if course.id not in seats:
            continue
        own_seats = seats[course.id]
        own_hours = hours.get(course.id)
        out[course.id] = Offer(
            course.seats_per_year if own_seats is None else own_seats,
            course.hours if own_hours is None else own_hours,
        )
    return out


def find_gaps(
    meaning: Meaning,
    rows: Sequence[Row] | None = None,
    mapping: RowMapping | None = None,
    inactive: Sequence[Row] = (),
) -> Coverage:
    """The gaps of a model against a course list (or, without one, its catalogue).

    Args:
        meaning: The valid model's meaning.
        rows: The course list's rows; None analyses the model's own catalogue.
        mapping: The planner's recorded decisions (`--mapping`).
        inactive: The list's rows left out as inactive: they offer nothing, but
            a course they are (matched as a row is) is `not-offered` with them.
    """
    if rows is None:
        matches: tuple[RowMatch, ...] = ()
        offered = model_offer(meaning)
    else:
        matches = match_rows(meaning, rows, mapping)
        offered = offer_from(meaning, matches)
    allocation = allocate(meaning, offered)
    gaps = [
        *_need_gaps(meaning, offered),
        *_not_offered(
            meaning, offered, rows is not None, _inactive(meaning, inactive, mapping)
        ),
        *_capacity(allocation),
        *(
            Gap(
                "unmapped",
                row=m.row.row,
                code=m.row.code,
                title=m.row.title,
                suggestions=m.suggestions,
                zeros=m.zeros,
            )
            for m in sorted(matches, key=lambda m: m.row.row)
            if m.course is None and not m.ignored
        ),
    ]
    order = {name: i for i, name in enumerate(CATEGORIES)}
    gaps.sort(key=lambda gap: order[gap.category])  # stable: model order kept
    counts = dict.fromkeys(CATEGORIES, 0)
    for gap in gaps:
        counts[gap.category] += 1
    return Coverage(tuple(gaps), allocation, offered, matches, rows is not None, counts)


def _offered_levels(
    meaning: Meaning, offered: Mapping[str, Offer], role: Role, area: str, level: str
) -> tuple[tuple[str, ...] | None, tuple[str, ...], tuple[str, ...]]:
    """The levels at which offered courses open to the role give an area.

    None when an offered course open to the role satisfies (area, level); else
    those levels in model order (empty: the area is not given to the role at all).
    The second value: the offered satisfiers closed to the role by `audience`; the
    third: the model's satisfiers open to the role that the list does not offer.
    """
    courses = meaning.course_by_id
    satisfiers = meaning.satisfiers(area, level)
    found = [c for c in satisfiers if c in offered]
    if any(is_open(courses[c], role) for c in found):
        return None, (), ()
    unoffered = tuple(
        c for c in satisfiers if c not in offered and is_open(courses[c], role)
    )
    order = meaning.level_order
    levels = {
        given
        for course, given in meaning.givers.get(area, ())
        if course in offered and is_open(courses[course], role)
    }
    ranked = tuple(sorted(levels, key=lambda lv: order.get(lv, len(order))))
    return ranked, tuple(found), unoffered


def _need_gaps(meaning: Meaning, offered: Mapping[str, Offer]) -> list[Gap]:
    """Uncovered, partial and prescribed-missing items, need by need."""
    out: list[Gap] = []
    roles = meaning.model.roles
    named = {n for c in meaning.course_by_id.values() for n in c.audience or ()}
    known: dict[
        tuple[object, ...],
        tuple[tuple[str, ...] | None, tuple[str, ...], tuple[str, ...]],
    ]
    known = {}
    for need in meaning.needs:
        role = roles[need.role_index]
        # What is open to a role depends on its group and (when an audience names
        # it) its id: work each (area, level) out once per such kind of role.
        key = (
            need.area,
            need.level,
            role.group,
            role.id if role.id in named else None,
        )
        if key not in known:
            known[key] = _offered_levels(meaning, offered, role, need.area, need.level)
        levels, closed, unoffered = known[key]
        if levels:
            out.append(
                Gap(
                    "partial",
                    need.role,
                    need.area,
                    need.level,
                    offered_levels=levels,
                    closed=closed,
                    unoffered=unoffered,
                )
            )
        elif levels is not None:
            out.append(
                Gap(
                    "uncovered",
                    need.role,
                    need.area,
                    need.level,
                    closed=closed,
                    unoffered=unoffered,
                )
            )
        for course in dict.fromkeys(need.courses or ()):
            if course not in offered:
                out.append(
                    Gap(
                        "prescribed-missing",
                        need.role,
                        need.area,
                        need.level,
                        course=course,
                    )
                )
    return out


def _inactive(
    meaning: Meaning, rows: Sequence[Row], mapping: RowMapping | None
) -> dict[str, tuple[int, ...]]:
    """Course id -> the inactive rows that are it (no near misses: exact only)."""
    found: dict[str, list[int]] = {}
    for matched in match_rows(meaning, rows, mapping, suggest=False):
        if matched.course is not None:
            found.setdefault(matched.course, []).append(matched.row.row)
    return {course: tuple(numbers) for course, numbers in found.items()}


def _not_offered(
    meaning: Meaning,
    offered: Mapping[str, Offer],
    with_list: bool,
    inactive: Mapping[str, tuple[int, ...]],
) -> list[Gap]:
    """Model courses no row matches, with the needs they satisfy or are named by.

    A course that only inactive rows are carries those rows (`inactive_rows`).
    """
    if not with_list:
        return []
    needs = meaning.needs
    by_area_level: dict[tuple[str, str], list[int]] = {}
    prescribed: dict[str, list[int]] = {}
    for index, need in enumerate(needs):
        by_area_level.setdefault((need.area, need.level), []).append(index)
        for course_id in dict.fromkeys(need.courses or ()):
            prescribed.setdefault(course_id, []).append(index)
    refs = [NeedRef(n.role, n.area, n.level) for n in needs]
    out: list[Gap] = []
    for course in meaning.course_by_id.values():
        if course.id in offered:
            continue
        named = set(prescribed.get(course.id, ()))
        found = set(named)
        for area, given in course.gives.items():
            for level in meaning.closure.get(given, ()):
                found.update(by_area_level.get((area, level), ()))
        listed = tuple(
            NeedRef(refs[i].role, refs[i].area, refs[i].level, True)
            if i in named
            else refs[i]
            for i in sorted(found)
        )
        out.append(
            Gap(
                "not-offered",
                course=course.id,
                needs=listed,
                inactive_rows=inactive.get(course.id, ()),
            )
        )
    return out


def _capacity(allocation: Allocation) -> list[Gap]:
    """Offered courses whose seats a year are below their yearly demand."""
    return [
        Gap(
            "capacity",
            course=entry.course,
            demand_per_year=entry.demand_per_year,
            seats_per_year=entry.seats_per_year,
            shortfall_people=entry.shortfall_people,
            shortfall_hours=entry.shortfall_hours,
            hours=entry.hours,
        )
        for entry in allocation.short
    ]
