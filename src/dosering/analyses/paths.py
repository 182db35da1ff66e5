"""Learning paths: the one set of courses each role takes (DESIGN.md "Coverage").

`gap` (demand per course), `render` ("Lärvägar" and the matrix) and `progress`
(backlog per course) all use these functions, so a role is sent to the same courses
everywhere.

Public API::

    learning_paths(
        meaning: Meaning,
        offered: Collection[str] | None = None,
        hours: Mapping[str, float | None] | None = None,
    ) -> Mapping[str, tuple[str, ...]]

Role id -> the ids of the courses on its path, in path order (below). `offered` is
the set of offered course ids (None: every model course, as `progress` and `render`
use it); `hours` overrides a course's hours (a course list's own hours; missing ids
keep the model's). Every role of the model is a key (a role with no needs, or none
that an offered course satisfies, has `()`). Pure; linear in the number of roles:
roles with the same group and needs share one computation.

    plan_paths(meaning, offered=None, hours=None) -> Paths

The same, with what each need was given: `Paths.roles[i]` is the `RolePath` of the
model's i-th role, with `courses` (as above) and `serves`, area id -> the course ids
on the path that serve that need (`()`: nothing offered serves it).

The rule, per role:

1. the offered courses named in its needs' `courses` (whether or not they satisfy the
   need), need by need in model order; a need whose named courses are none of them
   offered (or that names none) goes to step 2;
2. its other needs, most constrained first (fewest satisfiers open to the role, then
   model order): a need that a course already on the path satisfies adds nothing;
   otherwise the path gains the satisfier whose level for that area comes first in
   model order, then the one with fewest hours (a course without hours after those
   with), then the one that satisfies most of the role's still-open needs, then model
   order.

A satisfier of a role's need is an offered course that satisfies it ("Satisfies")
and whose `audience`, when set, names the role or its group; a prescribed course goes
on the path whatever its audience.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from dosering.model.schema import Course, Role, is_open
from dosering.model.semantics import Meaning, RoleNeed


@dataclass(frozen=True, slots=True)
class RolePath:
    """One role's learning path."""

    courses: tuple[str, ...]
    """Course ids in path order."""
    serves: Mapping[str, tuple[str, ...]]
    """Area id of each need -> the path's courses that serve it (`()`: none)."""


@dataclass(frozen=True, slots=True)
class Paths:
    """Every role's learning path, by role index (model order)."""

    roles: tuple[RolePath, ...]

    def holders(self) -> dict[str, tuple[int, ...]]:
        """Course id -> the indices of the roles whose path holds it."""
        out: dict[str, list[int]] = {}
        for index, path in enumerate(self.roles):
            for course in path.courses:
                out.setdefault(course, []).append(index)
        return {course: tuple(indices) for course, indices in out.items()}


_NO_HOURS: Mapping[str, float | None] = {}
_Rank = tuple[int, bool, float]
"""A satisfier's rank: level position, no hours, hours (smaller is better)."""


def learning_paths(
    meaning: Meaning,
    offered: Collection[str] | None = None,
    hours: Mapping[str, float | None] | None = None,
) -> Mapping[str, tuple[str, ...]]:
    """Role id -> the course ids on its learning path, in path order."""
    planned = plan_paths(meaning, offered, hours)
    return {
        role.id: path.courses
        for role, path in zip(meaning.model.roles, planned.roles, strict=True)
    }


def plan_paths(
    meaning: Meaning,
    offered: Collection[str] | None = None,
    hours: Mapping[str, float | None] | None = None,
) -> Paths:
    """Every role's learning path over the offered courses (the module's rule)."""
    planner = _Planner(meaning, offered, hours or _NO_HOURS)
    needs_of: dict[int, list[RoleNeed]] = {}
    for need in meaning.needs:
        needs_of.setdefault(need.role_index, []).append(need)
    named = planner.named_in_audience
    done: dict[tuple[object, ...], RolePath] = {}
    out: list[RolePath] = []
    for index, role in enumerate(meaning.model.roles):
        needs = needs_of.get(index, [])
        # The path depends on the group, the needs and (only when some audience
        # names it) the role id: roles alike share one computation.
        key = (
            role.group,
            role.id if role.id in named else None,
            tuple((n.area, n.level, n.courses) for n in needs),
        )
        path = done.get(key)
        if path is None:
            path = done[key] = planner.path(role, needs)
        out.append(path)
    return Paths(tuple(out))


class _Planner:
    """What the rule needs per (area, level), computed once for every role."""

    def __init__(
        self,
        meaning: Meaning,
        offered: Collection[str] | None,
        hours: Mapping[str, float | None],
    ) -> None:
        self.meaning = meaning
        self.courses = meaning.course_by_id
        self.offered = set(self.courses) if offered is None else set(offered)
        self.hours = hours
        self.position: dict[str, int] = {}
        for i, course in enumerate(meaning.model.courses):
            self.position.setdefault(course.id, i)
        self._ranked: dict[tuple[str, str], tuple[tuple[_Rank, str], ...]] = {}
        self._open: dict[tuple[str | None, ...], list[tuple[_Rank, str]]] = {}
        self.named_in_audience = frozenset(
            name
            for course in self.courses.values()
            if course.id in self.offered
            for name in course.audience or ()
        )

    def _hours(self, course_id: str) -> float | None:
        if course_id in self.hours:
            return self.hours[course_id]
        return self.courses[course_id].hours

    def ranked(self, area: str, level: str) -> tuple[tuple[_Rank, str], ...]:
        """The offered satisfiers of (area, level), best first, with their rank.

        The rank is (level position, no hours, hours): the tie-break by open needs
        and model order comes after it, per role.
        """
        key = (area, level)
        found = self._ranked.get(key)
        if found is None:
            order = self.meaning.level_order
            out: list[tuple[_Rank, int, str]] = []
            for course_id in self.meaning.satisfiers(area, level):
                if course_id not in self.offered:
                    continue
                given = self.courses[course_id].gives[area]
                course_hours = self._hours(course_id)
                rank = (
                    order.get(given, len(order)),
                    course_hours is None,
                    course_hours or 0.0,
                )
                out.append((rank, self.position[course_id], course_id))
            out.sort()
            found = self._ranked[key] = tuple((rank, c) for rank, _, c in out)
        return found

    def open_satisfiers(self, role: Role, need: RoleNeed) -> list[tuple[_Rank, str]]:
        """The need's satisfiers open to the role, best rank first.

        Cached per (area, level) and the role's names that some audience holds:
        roles alike share one filtering, so the cost does not grow with roles ×
        satisfiers.
        """
        named = self.named_in_audience
        key = (
            need.area,
            need.level,
            role.group if role.group in named else None,
            role.id if role.id in named else None,
        )
        found = self._open.get(key)
        if found is None:
            found = self._open[key] = [
                (rank, course_id)
                for rank, course_id in self.ranked(need.area, need.level)
                if is_open(self.courses[course_id], role)
            ]
        return found

    def satisfies(self, course: Course, role: Role, need: RoleNeed) -> bool:
        """True when `course` is a satisfier of the role's need."""
        return is_open(course, role) and self.meaning.course_satisfies(
            course, need.area, need.level
        )

    def path(self, role: Role, needs: Sequence[RoleNeed]) -> RolePath:
        """One role's path (the module's rule)."""
        path: dict[str, None] = {}
        serves: dict[str, tuple[str, ...]] = {}
        rest: list[RoleNeed] = []
        for need in needs:
            named = tuple(
                dict.fromkeys(c for c in need.courses or () if c in self.offered)
            )
            if named:
                serves[need.area] = named
                path.update(dict.fromkeys(named))
            else:
                rest.append(need)
        candidates = {need.area: self.open_satisfiers(role, need) for need in rest}
        order = {need.area: i for i, need in enumerate(rest)}
        rest.sort(key=lambda n: (len(candidates[n.area]), order[n.area]))
        still_open = dict.fromkeys(n.area for n in rest)
        by_area = {n.area: n for n in rest}
        for course_id in path:  # the prescribed courses may serve other needs too
            self._settle(self.courses[course_id], role, still_open, by_area, serves)
        for need in rest:
            if need.area not in still_open:
                continue
            chosen = self._choose(role, candidates[need.area], still_open, by_area)
            serves[need.area] = () if chosen is None else (chosen,)
            del still_open[need.area]
            if chosen is None:
                continue
            path[chosen] = None
            self._settle(self.courses[chosen], role, still_open, by_area, serves)
        return RolePath(
            tuple(path), {need.area: serves.get(need.area, ()) for need in needs}
        )

    def _settle(
        self,
        course: Course,
        role: Role,
        still_open: dict[str, None],
        by_area: Mapping[str, RoleNeed],
        serves: dict[str, tuple[str, ...]],
    ) -> None:
        """Close the open needs that a course now on the path satisfies."""
        for area in list(still_open):
            if self.satisfies(course, role, by_area[area]):
                serves[area] = (course.id,)
                del still_open[area]

    def _choose(
        self,
        role: Role,
        ranked: list[tuple[_Rank, str]],
        still_open: Mapping[str, None],
        by_area: Mapping[str, RoleNeed],
    ) -> str | None:
        """The best satisfier: the first tier by rank, then most open needs served."""
        if not ranked:
            return None
        best = ranked[0][0]
        tier = [c for _, c in itertools.takewhile(lambda item: item[0] == best, ranked)]
        if len(tier) == 1:
            return tier[0]

        def served(course_id: str) -> int:
            course = self.courses[course_id]
            return sum(
                1 for area in still_open if self.satisfies(course, role, by_area[area])
            )

        # Ranked lists are in model order within a tier: max keeps the first.
        return max(tier, key=served)
