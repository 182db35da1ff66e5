"""Progress: how far each role, unit and need has come towards its dose, at a date.

DESIGN.md "Follow-up": per person and need one of met, lapsed, due, overdue,
missing (plus expiring for a met need that lapses soon), a person at dose when every
need of their role is met, roll-ups per role and per unit path (every prefix), the
backlog per course from the real state, and the trend at D − 12, − 6, − 3 months and
D. Pure functions over a valid model, the persons and their completions; counts
are never suppressed here (that is how they are shown, `min_group`, in `report`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from dosering.analyses.demand import allocate, spare
from dosering.analyses.paths import learning_paths
from dosering.inputs.staff import Person
from dosering.inputs.tables import add_months
from dosering.model.schema import Role, is_open
from dosering.model.semantics import Meaning, RoleNeed

CATEGORIES = ("met", "lapsed", "due", "overdue", "missing")
"""A person's state for one need; exclusive (`expiring` is a flag on `met`)."""
TREND_MONTHS = (12, 6, 3, 0)
DEFAULT_EXPIRING_DAYS = 90
DEFAULT_MIN_GROUP = 5


Completions = Mapping[int, Mapping[str, Sequence[dt.date]]]
"""Person index -> course id -> completion dates on or before D, sorted."""


class NeedState(NamedTuple):
    """One person's state for one need."""

    area: str
    level: str
    category: str
    expiring: bool
    deadline: dt.date | None


class NeedCounts(NamedTuple):
    """The persons of a group per category, for one need of its role."""

    area: str
    level: str
    met: int
    lapsed: int
    expiring: int
    due: int
    overdue: int
    missing: int


class RoleProgress(NamedTuple):
    """A role's persons (in the region or in one unit) and their needs."""

    role: str
    staff: int
    at_dose: int
    needs: tuple[NeedCounts, ...]

    @property
    def share(self) -> float:
        """The share at dose (0 without staff)."""
        return self.at_dose / self.staff if self.staff else 0.0


@dataclass(frozen=True, slots=True)
class UnitProgress:
    """A unit path (one prefix) with its persons, per role."""

    unit: tuple[str, ...]
    staff: int
    at_dose: int
    roles: tuple[RoleProgress, ...]

    @property
    def share(self) -> float:
        """The share at dose (0 without staff)."""
        return self.at_dose / self.staff if self.staff else 0.0


@dataclass(frozen=True, slots=True)
class CourseProgress:
    """One model course: completions counted at D, backlog and years to cover."""

    course: str
    completions: int
    backlog: int
    seats_per_year: int | str | None
    demand_per_year: float
    years_to_cover: float | None


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """Persons at dose at one date (today's staff list)."""

    on: dt.date
    at_dose: int
    staff: int

    @property
    def share(self) -> float:
        """The share at dose (0 without staff)."""
        return self.at_dose / self.staff if self.staff else 0.0


@dataclass(frozen=True)
class Progress:
    """The follow-up at date D."""

    on: dt.date
    staff: int
    at_dose: int
    roles: tuple[RoleProgress, ...]
    units: tuple[UnitProgress, ...]
    courses: tuple[CourseProgress, ...]
    trend: tuple[TrendPoint, ...]
    gained: int
    target: float | None
    years_to_target: float | None
    states: tuple[tuple[NeedState, ...], ...]
    """Per person (in staff order), the state of each need of their role."""

    @property
    def share(self) -> float:
        """The region's share at dose (0 without staff)."""
        return self.at_dose / self.staff if self.staff else 0.0


def refresh_months(role: Role) -> int | None:
    """A role's `refresh_years` as whole months (2.5 years: 30), or None."""
    if role.refresh_years is None:
        return None
    return round(12 * role.refresh_years)


@dataclass(frozen=True, slots=True)
class _NeedRule:
    """How one need of a role is met: all of `every`, or any one of `some`."""

    need: RoleNeed
    every: tuple[str, ...]
    some: frozenset[str]
    serving: frozenset[str]
    """Courses whose completion would serve this need (for the backlog)."""


def _rules(meaning: Meaning) -> tuple[tuple[_NeedRule, ...], ...]:
    """Per role, its needs as rules over course ids."""
    roles = meaning.model.roles
    known = meaning.course_by_id
    per_role: list[list[_NeedRule]] = [[] for _ in roles]
    for need in meaning.iter_known_needs():
        role = roles[need.role_index]
        named = tuple(dict.fromkeys(c for c in need.courses or () if c in known))
        if named:
            per_role[need.role_index].append(
                _NeedRule(need, named, frozenset(), frozenset(named))
            )
            continue
        some = frozenset(
            c
            for c in meaning.satisfiers(need.area, need.level)
            if is_open(known[c], role)
        )
        per_role[need.role_index].append(_NeedRule(need, (), some, some))
    return tuple(tuple(rules) for rules in per_role)


class _Judge:
    """Decides one person's needs from their completions."""

    def __init__(self, done: Mapping[str, Sequence[dt.date]], months: int | None):
        self.done = done
        self.months = months

    def current(self, course: str, at: dt.date, upto: dt.date, lapse: bool) -> bool:
        """A completion on or before `upto` that still counts at `at`."""
        dates = self.done.get(course)
        if not dates:
            return False
        index = bisect.bisect_right(dates, upto)
        if index == 0:
            return False
        if not lapse or self.months is None:
            return True
        return at < add_months(dates[index - 1], self.months)

    def met(self, rule: _NeedRule, at: dt.date, upto: dt.date, lapse: bool) -> bool:
        """True when the need is met at `at`, counting completions up to `upto`."""
        if not self.done:
            return False
        if rule.every:
            return all(self.current(c, at, upto, lapse) for c in rule.every)
        # A person has few completions, a need may have many satisfiers.
        some = rule.some
        return any(self.current(c, at, upto, lapse) for c in self.done if c in some)


def analyse(
    meaning: Meaning,
    persons: Sequence[Person],
    completions: Completions,
    on: dt.date,
    *,
    expiring_days: int = DEFAULT_EXPIRING_DAYS,
    target: float | None = None,
    paths: Sequence[Sequence[str]] | None = None,
    counted: Mapping[str, int] | None = None,
) -> Progress:
    """The follow-up of `persons` at date `on` (D).

    Args:
        meaning: The valid model.
        persons: Today's staff (roles matched).
        completions: Per person index, per course, dates on or before D.
        on: The date D.
        expiring_days: A met need lapsing by D + this many days is expiring.
        target: The share at dose aimed at, for the years to target.
        paths: Each role's learning path, by role index (default: the one of
            `analyses.paths`, over the whole model catalogue).
        counted: Completion rows counted at D per course (shown per course).
    """
    roles = meaning.model.roles
    rules = _rules(meaning)
    months = [refresh_months(role) for role in roles]
    trend_dates = tuple(add_months(on, -m) for m in TREND_MONTHS)
    soon = on + dt.timedelta(days=expiring_days)
    empty: dict[str, Sequence[dt.date]] = {}
    if paths is None:
        by_id = learning_paths(meaning)
        paths = [by_id[role.id] for role in roles]
    states: list[tuple[NeedState, ...]] = []
    dosed_at: list[tuple[bool, ...]] = []
    backlog: dict[str, int] = dict.fromkeys(meaning.course_by_id, 0)
    for index, person in enumerate(persons):
        judge = _Judge(completions.get(index, empty), months[person.role])
        own = rules[person.role]
        need_states: list[NeedState] = []
        for rule in own:
            need_states.append(_state(judge, rule, person, on, soon))
        states.append(tuple(need_states))
        dosed_at.append(
            tuple(
                all(judge.met(rule, day, day, True) for rule in own)
                for day in trend_dates
            )
        )
        _add_backlog(backlog, judge, own, need_states, paths[person.role], on)
    signatures = [
        (person.role, tuple((s.category, s.expiring) for s in own), flags[-1])
        for person, own, flags in zip(persons, states, dosed_at, strict=True)
    ]
    role_groups = _tally(meaning, rules, Counter(signatures))
    units = _unit_groups(meaning, rules, persons, signatures)
    trend = tuple(
        TrendPoint(day, sum(flags[i] for flags in dosed_at), len(persons))
        for i, day in enumerate(trend_dates)
    )
    gained = sum(1 for flags in dosed_at if flags[-1] and not flags[0])
    at_dose = sum(flags[-1] for flags in dosed_at)
    return Progress(
        on=on,
        staff=len(persons),
        at_dose=at_dose,
        roles=role_groups,
        units=units,
        courses=_courses(meaning, backlog, counted or {}),
        trend=trend,
        gained=gained,
        target=target,
        years_to_target=years_to_target(target, len(persons), at_dose, gained),
        states=tuple(states),
    )


def _state(
    judge: _Judge, rule: _NeedRule, person: Person, on: dt.date, soon: dt.date
) -> NeedState:
    """One need of one person at D."""
    need = rule.need
    deadline = None
    if need.within_months is not None and person.start is not None:
        deadline = add_months(person.start, need.within_months)
    if judge.met(rule, on, on, True):
        expiring = not judge.met(rule, soon, on, True)
        return NeedState(need.area, need.level, "met", expiring, deadline)
    if judge.met(rule, on, on, False):
        category = "lapsed"
    elif deadline is not None:
        category = "overdue" if on >= deadline else "due"
    else:
        category = "missing"
    return NeedState(need.area, need.level, category, False, deadline)


def _add_backlog(
    backlog: dict[str, int],
    judge: _Judge,
    rules: Sequence[_NeedRule],
    states: Sequence[NeedState],
    path: Sequence[str],
    on: dt.date,
) -> None:
    """Count the person for each course on their path that an unmet need awaits."""
    open_needs = [r for r, s in zip(rules, states, strict=True) if s.category != "met"]
    if not open_needs:
        return
    for course in path:
        if judge.current(course, on, on, True):
            continue
        if any(course in rule.serving for rule in open_needs):
            backlog[course] += 1


def years_to_target(
    target: float | None, staff: int, at_dose: int, gained: int
) -> float | None:
    """(target × staff − at dose) / gained per year; 0 when reached; None: never."""
    if target is None:
        return None
    missing = target * staff - at_dose
    if missing <= 0:
        return 0.0
    if gained == 0:
        return None
    return missing / gained


Signature = tuple[int, tuple[tuple[str, bool], ...], bool]
"""What counting needs of a person: role, (category, expiring) per need, at dose."""
_COLUMN = {"met": 0, "lapsed": 1, "due": 3, "overdue": 4, "missing": 5}
"""A category's place in `NeedCounts` (expiring is place 2)."""


def _tally(
    meaning: Meaning,
    rules: Sequence[Sequence[_NeedRule]],
    signatures: Counter[Signature],
) -> tuple[RoleProgress, ...]:
    """Per role (model order) the counts of a group, from its persons' signatures.

    Persons alike count once per kind, so a unit's groups cost its kinds of
    persons, not its persons times its roles.
    """
    by_role: dict[int, list[tuple[Signature, int]]] = {}
    for signature, count in signatures.items():
        by_role.setdefault(signature[0], []).append((signature, count))
    out: list[RoleProgress] = []
    for role_index in sorted(by_role):
        entries = by_role[role_index]
        own = rules[role_index]
        table = [[0] * 6 for _ in own]
        for (_, needs, _), count in entries:
            for row, (category, expiring) in zip(table, needs, strict=True):
                row[_COLUMN[category]] += count
                if expiring:
                    row[2] += count
        out.append(
            RoleProgress(
                meaning.model.roles[role_index].id,
                sum(count for _, count in entries),
                sum(count for signature, count in entries if signature[2]),
                tuple(
                    NeedCounts(rule.need.area, rule.need.level, *row)
                    for rule, row in zip(own, table, strict=True)
                ),
            )
        )
    return tuple(out)


def _unit_groups(
    meaning: Meaning,
    rules: Sequence[Sequence[_NeedRule]],
    persons: Sequence[Person],
    signatures: Sequence[Signature],
) -> tuple[UnitProgress, ...]:
    """Every unit path prefix with its persons, in Swedish alphabetical order."""
    members: dict[tuple[str, ...], Counter[Signature]] = {}
    for person, signature in zip(persons, signatures, strict=True):
        for depth in range(1, len(person.unit) + 1):
            prefix = person.unit[:depth]
            found = members.get(prefix)
            if found is None:
                found = members[prefix] = Counter()
            found[signature] += 1
    out: list[UnitProgress] = []
    for unit in sorted(members, key=unit_sort_key):
        kinds = members[unit]
        out.append(
            UnitProgress(
                unit,
                sum(kinds.values()),
                sum(count for signature, count in kinds.items() if signature[2]),
                _tally(meaning, rules, kinds),
            )
        )
    return tuple(out)


def _courses(
    meaning: Meaning, backlog: Mapping[str, int], counted: Mapping[str, int]
) -> tuple[CourseProgress, ...]:
    """Per model course, its completions, backlog and years to cover."""
    demand = allocate(meaning).by_course()
    out: list[CourseProgress] = []
    for course in meaning.course_by_id.values():
        entry = demand.get(course.id)
        yearly = entry.demand_per_year if entry is not None else 0.0
        seats: int | str | None = course.seats_per_year
        waiting = backlog.get(course.id, 0)
        out.append(
            CourseProgress(
                course.id,
                counted.get(course.id, 0),
                waiting,
                seats,
                yearly,
                years_to_cover(waiting, seats, yearly),
            )
        )
    return tuple(out)


def years_to_cover(
    backlog: int, seats: int | str | None, yearly: float
) -> float | None:
    """Backlog / spare seats (seats − yearly demand); None: no seats data or spare."""
    if backlog == 0:
        return 0.0
    if isinstance(seats, str):  # unlimited
        return 0.0
    left = None if seats is None else spare(seats, yearly)
    if left is None or left <= 0:
        return None
    return backlog / left


_AFTER_Z = {"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"}


def swedish_key(text: str) -> str:
    """A text as Swedish sorts it: case-insensitive, å, ä, ö after z, é as e."""
    out: list[str] = []
    for char in text.casefold():
        if char in _AFTER_Z:
            out.append(_AFTER_Z[char])
            continue
        base = unicodedata.normalize("NFD", char)[0]
        out.append(base)
    return "".join(out)


def unit_sort_key(unit: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """A unit path's place: Swedish order part by part, a parent before its units."""
    return tuple((swedish_key(part), part) for part in unit)
