"""Demand: who is sent to which course, and how many people a year that makes.

The allocation rule is DESIGN.md "Coverage and capacity": a need that names courses
sends the role's demand to each named course that is offered; otherwise (or when
none of them is offered) to one *chosen satisfier*: the offered course whose level
for that area comes first in model order, then the one with fewest hours (a course
without hours after those with), then model order. A course's yearly demand is the
sum of the yearly demand of the roles it serves, each role counted once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dosering.model.schema import Course, Role
from dosering.model.semantics import Meaning, RoleNeed


@dataclass(frozen=True, slots=True)
class Offer:
    """A course as offered: its seats and hours (from a course list, or the model)."""

    seats_per_year: int | None
    hours: float | None


@dataclass(frozen=True, slots=True)
class CourseDemand:
    """The demand on one offered course."""

    course: str
    demand_per_year: float
    seats_per_year: int | None
    hours: float | None
    backlog: int
    roles: tuple[str, ...]

    @property
    def spare_seats(self) -> float | None:
        """Seats left after the yearly demand (negative: a shortfall)."""
        if self.seats_per_year is None:
            return None
        return self.seats_per_year - self.demand_per_year

    @property
    def years_to_cover(self) -> float | None:
        """Years until everyone served has had the dose, at today's spare seats.

        None when there are no seats data or no spare seats (never).
        """
        spare = self.spare_seats
        if spare is None or spare <= 0:
            return 0.0 if spare is not None and self.backlog == 0 else None
        return self.backlog / spare

    @property
    def shortfall_people(self) -> float:
        """People a year the seats fall short by (0 when they cover the demand)."""
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
    """(role index, area) -> the course ids that need's demand goes to."""
    roles_without_headcount: tuple[str, ...]
    not_assessed: tuple[str, ...]
    """Offered courses without seats: their capacity cannot be assessed."""

    def by_course(self) -> dict[str, CourseDemand]:
        """Course id to its demand."""
        return {entry.course: entry for entry in self.courses}

    @property
    def total_demand(self) -> float:
        """Yearly demand summed over the offered courses."""
        return sum(entry.demand_per_year for entry in self.courses)

    @property
    def total_seats(self) -> int:
        """Seats a year summed over the offered courses that have seats data."""
        return sum(entry.seats_per_year or 0 for entry in self.courses)


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


def satisfiers(
    meaning: Meaning, need: RoleNeed, offered: Mapping[str, Offer]
) -> tuple[str, ...]:
    """The offered courses that satisfy a need, in model order."""
    return tuple(c for c in meaning.satisfiers(need.area, need.level) if c in offered)


def chosen_satisfier(
    meaning: Meaning, need: RoleNeed, offered: Mapping[str, Offer]
) -> str | None:
    """The one satisfier a need's demand goes to when no named course is offered."""
    candidates = satisfiers(meaning, need, offered)
    if not candidates:
        return None
    order = meaning.level_order
    position = {course.id: i for i, course in enumerate(meaning.model.courses)}

    def rank(course_id: str) -> tuple[int, int, float, int]:
        course: Course = meaning.course_by_id[course_id]
        hours = offered[course_id].hours
        return (
            order.get(course.gives[need.area], len(order)),
            1 if hours is None else 0,
            hours or 0.0,
            position[course_id],
        )

    return min(candidates, key=rank)


def targets_of(
    meaning: Meaning, need: RoleNeed, offered: Mapping[str, Offer]
) -> tuple[str, ...]:
    """The courses a need's demand goes to (DESIGN.md's allocation rule)."""
    named = tuple(dict.fromkeys(c for c in need.courses or () if c in offered))
    if named:
        return named
    chosen = chosen_satisfier(meaning, need, offered)
    return () if chosen is None else (chosen,)


def allocate(
    meaning: Meaning, offered: Mapping[str, Offer] | None = None
) -> Allocation:
    """Allocate every role's demand to the offered courses.

    Without `offered`, every model course is offered with its own seats and hours.
    """
    offer = model_offer(meaning) if offered is None else offered
    roles = meaning.model.roles
    served: dict[str, dict[int, None]] = {course: {} for course in offer}
    targets: dict[tuple[int, str], tuple[str, ...]] = {}
    # Without an offered named course, where a need's demand goes depends only on its
    # area and level: choose once per pair, not once per need (else it is quadratic).
    by_pair: dict[tuple[str, str], tuple[str, ...]] = {}
    for need in meaning.needs:
        if need.courses and not offer.keys().isdisjoint(need.courses):
            chosen = targets_of(meaning, need, offer)
        else:
            pair = (need.area, need.level)
            if pair not in by_pair:
                by_pair[pair] = targets_of(meaning, need, offer)
            chosen = by_pair[pair]
        targets[(need.role_index, need.area)] = chosen
        for course_id in chosen:
            served[course_id][need.role_index] = None
    # Each role's figures once, not once per course it serves.
    rates = [yearly_demand(role) or 0.0 for role in roles]
    heads = [role.headcount or 0 for role in roles]
    ids = [role.id for role in roles]
    entries: list[CourseDemand] = []
    for course in meaning.course_by_id.values():
        if course.id not in offer:
            continue
        role_indices = tuple(served[course.id])
        demand = sum(rates[i] for i in role_indices)
        backlog = sum(heads[i] for i in role_indices)
        entries.append(
            CourseDemand(
                course=course.id,
                demand_per_year=demand,
                seats_per_year=offer[course.id].seats_per_year,
                hours=offer[course.id].hours,
                backlog=backlog,
                roles=tuple(ids[i] for i in role_indices),
            )
        )
    return Allocation(
        courses=tuple(entries),
        targets=targets,
        roles_without_headcount=tuple(r.id for r in roles if r.headcount is None),
        not_assessed=tuple(e.course for e in entries if e.seats_per_year is None),
    )
