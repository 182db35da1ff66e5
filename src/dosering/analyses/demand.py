"""Demand: who is sent to which course, and how many course places a year that makes.

Each role takes its learning path (`analyses.paths`, DESIGN.md "Coverage and
capacity"). A course's yearly demand is the sum of the yearly demand of the roles
whose path holds it: course places per year (one person taking three courses counts
three times). The people needing training per year is the sum of the roles' yearly
demand. An offered course that no path holds has no demand (`no_demand`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dosering.analyses.paths import plan_paths
from dosering.model.schema import UNLIMITED, Role
from dosering.model.semantics import Meaning

Seats = int | str | None
"""Seats a year: a number, `"unlimited"` (never short), or None (not known)."""

DIGITS = 6
"""Decimals to which demand is known, as JSON shows it: seats less demand is taken
to these, so float noise (100 × (0.1 + 1/5) = 30.000000000000004 against 30 seats)
is no shortfall and no spare seat."""


def spare(seats: int, demand: float) -> float:
    """Seats left after `demand` (negative: a shortfall), to `DIGITS` decimals."""
    return round(seats - demand, DIGITS) + 0.0  # + 0.0: no -0.0


@dataclass(frozen=True, slots=True)
class Offer:
    """A course as offered: its seats and hours (from a course list, or the model)."""

    seats_per_year: Seats
    hours: float | None


@dataclass(frozen=True, slots=True)
class CourseDemand:
    """The demand on one offered course."""

    course: str
    demand_per_year: float
    seats_per_year: Seats
    hours: float | None
    backlog: int
    roles: tuple[str, ...]
    """The ids of the roles whose learning path holds the course."""

    @property
    def unlimited(self) -> bool:
        """True when the course has unlimited seats (never short)."""
        return self.seats_per_year == UNLIMITED

    @property
    def no_demand(self) -> bool:
        """True when no learning path holds the course."""
        return not self.roles

    @property
    def spare_seats(self) -> float | None:
        """Seats left after the yearly demand (negative: a shortfall)."""
        seats = self.seats_per_year
        if seats is None:
            return None
        if isinstance(seats, str):
            return float("inf")
        return spare(seats, self.demand_per_year)

    @property
    def years_to_cover(self) -> float | None:
        """Years until everyone served has had the dose, at today's spare seats.

        None when there are no seats data or no spare seats (never); 0 with
        unlimited seats or no one to train.
        """
        spare = self.spare_seats
        if spare is None or spare <= 0:
            return 0.0 if spare is not None and self.backlog == 0 else None
        return self.backlog / spare

    @property
    def short(self) -> bool:
        """True when the seats a year are below the yearly demand."""
        spare = self.spare_seats
        return spare is not None and spare < 0

    @property
    def shortfall_people(self) -> float:
        """Course places a year the seats fall short by (0 when they cover it)."""
        spare = self.spare_seats
        return 0.0 if spare is None or spare >= 0 else -spare

    @property
    def shortfall_hours(self) -> float | None:
        """Training hours a year the seats fall short by; None without hours."""
        if self.hours is None:
            return None
        return self.shortfall_people * self.hours


@dataclass(frozen=True, slots=True)
class Allocation:
    """Where each need's demand goes, and the demand on each offered course."""

    courses: tuple[CourseDemand, ...]
    """Every offered course, in model order."""
    targets: Mapping[tuple[int, str], tuple[str, ...]]
    """(role index, area) -> the courses on the role's path that serve that need."""
    roles_without_headcount: tuple[str, ...]
    not_assessed: tuple[str, ...]
    """Offered courses without seats: their capacity cannot be assessed."""
    paths: tuple[tuple[str, ...], ...] = ()
    """Each role's learning path (course ids), by role index."""
    people_per_year: float = 0.0
    """The people needing training a year: the roles' yearly demand summed."""

    def by_course(self) -> dict[str, CourseDemand]:
        """Course id to its demand."""
        return {entry.course: entry for entry in self.courses}

    @property
    def total_demand(self) -> float:
        """Course places a year summed over the offered courses."""
        return sum(entry.demand_per_year for entry in self.courses)

    @property
    def total_seats(self) -> int:
        """Seats a year summed over the offered courses with a number of seats."""
        return sum(
            entry.seats_per_year
            for entry in self.courses
            if isinstance(entry.seats_per_year, int)
        )

    @property
    def no_demand(self) -> tuple[str, ...]:
        """Offered courses that no learning path holds, in model order."""
        return tuple(entry.course for entry in self.courses if entry.no_demand)

    @property
    def short(self) -> tuple[CourseDemand, ...]:
        """Offered courses whose seats fall short of their demand."""
        return tuple(entry for entry in self.courses if entry.short)


def yearly_demand(role: Role) -> float | None:
    """People a year who need the role's dose: headcount × (turnover + 1/refresh).

    None when the role has no headcount (no demand is guessed).
    """
    if role.headcount is None:
        return None
    rate = role.turnover or 0.0
    if role.refresh_years is not None:
        rate += 1.0 / role.refresh_years
    return role.headcount * rate


def model_offer(meaning: Meaning) -> dict[str, Offer]:
    """Every model course offered with the model's own seats and hours."""
    return {
        course.id: Offer(course.seats_per_year, course.hours)
        for course in meaning.course_by_id.values()
    }


def allocate(
    meaning: Meaning, offered: Mapping[str, Offer] | None = None
) -> Allocation:
    """Send every role along its learning path and sum the demand per course.

    Without `offered`, every model course is offered with its own seats and hours.
    """
    offer = model_offer(meaning) if offered is None else offered
    roles = meaning.model.roles
    planned = plan_paths(
        meaning, offer.keys(), {course: o.hours for course, o in offer.items()}
    )
    targets = {
        (need.role_index, need.area): planned.roles[need.role_index].serves[need.area]
        for need in meaning.needs
    }
    holders = planned.holders()
    # Each role's figures once, not once per course it serves.
    rates = [yearly_demand(role) or 0.0 for role in roles]
    heads = [role.headcount or 0 for role in roles]
    ids = [role.id for role in roles]
    entries: list[CourseDemand] = []
    for course in meaning.course_by_id.values():
        if course.id not in offer:
            continue
        role_indices = holders.get(course.id, ())
        entries.append(
            CourseDemand(
                course=course.id,
                demand_per_year=sum(rates[i] for i in role_indices),
                seats_per_year=offer[course.id].seats_per_year,
                hours=offer[course.id].hours,
                backlog=sum(heads[i] for i in role_indices),
                roles=tuple(ids[i] for i in role_indices),
            )
        )
    return Allocation(
        courses=tuple(entries),
        targets=targets,
        roles_without_headcount=tuple(r.id for r in roles if r.headcount is None),
        not_assessed=tuple(e.course for e in entries if e.seats_per_year is None),
        paths=tuple(path.courses for path in planned.roles),
        people_per_year=sum(rates),
    )
