"""Semantics: what a valid model means (levels that include levels, who needs what)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import NamedTuple

from dosering.model.schema import Course, Model, need_parts


class RoleNeed(NamedTuple):
    """One need of one role, in its normal form (a tuple: there are many)."""

    role_index: int
    role: str
    area: str
    level: str
    courses: tuple[str, ...] | None
    within_months: int | None
    full: bool = False
    """True when written in the mapping form (`{level: …, courses: …}`)."""


class Meaning:
    """Lookups derived once from a schema-valid model; tolerant of broken references."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self._satisfiers: dict[tuple[str, str], tuple[str, ...]] = {}

    @cached_property
    def level_order(self) -> dict[str, int]:
        """Level id to its position (the first occurrence wins)."""
        order: dict[str, int] = {}
        for index, level in enumerate(self.model.levels):
            order.setdefault(level.id, index)
        return order

    @cached_property
    def closure(self) -> dict[str, frozenset[str]]:
        """Level id to the levels a course at it satisfies: itself and its includes.

        `includes` defaults to all earlier levels; only earlier levels count (later or
        unknown ones are findings of their own), so the result has no cycles.
        """
        out: dict[str, frozenset[str]] = {}
        earlier: list[str] = []
        for level in self.model.levels:
            if level.id in out:
                continue
            names = earlier if level.includes is None else level.includes
            reach = {level.id}
            for name in names:
                reach |= out.get(name, frozenset())
            out[level.id] = frozenset(reach)
            earlier.append(level.id)
        return out

    def satisfies(self, given: str, needed: str) -> bool:
        """True when a course at level `given` satisfies a need at level `needed`."""
        return needed in self.closure.get(given, ())

    @cached_property
    def area_names(self) -> dict[str, str]:
        """Area id to its name."""
        return {area.id: area.name for area in self.model.areas}

    @cached_property
    def level_names(self) -> dict[str, str]:
        """Level id to its name."""
        return {level.id: level.name for level in self.model.levels}

    def iter_known_needs(self) -> Iterator[RoleNeed]:
        """The needs whose area and level both exist (others are findings)."""
        areas, levels = self.area_names, self.level_names
        return (n for n in self.needs if n.area in areas and n.level in levels)

    @cached_property
    def needs(self) -> tuple[RoleNeed, ...]:
        """Every need of every role, in model order."""
        return tuple(self.iter_needs())

    def iter_needs(self) -> Iterator[RoleNeed]:
        """Every need of every role, in model order."""
        for index, role in enumerate(self.model.roles):
            role_id = role.id
            for area, value in role.needs.items():
                if type(value) is str:  # the short form, by far the most common
                    yield RoleNeed(index, role_id, area, value, None, None)
                else:
                    level, courses, within = need_parts(value)
                    yield RoleNeed(index, role_id, area, level, courses, within, True)

    @cached_property
    def course_by_id(self) -> dict[str, Course]:
        """Course id to course (the first occurrence wins)."""
        out: dict[str, Course] = {}
        for course in self.model.courses:
            out.setdefault(course.id, course)
        return out

    @cached_property
    def givers(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Area id to the (course id, level id) pairs that give it, in model order."""
        out: dict[str, list[tuple[str, str]]] = {}
        for course in self.model.courses:
            for area, level in course.gives.items():
                out.setdefault(area, []).append((course.id, level))
        return {area: tuple(pairs) for area, pairs in out.items()}

    def course_satisfies(self, course: Course, area: str, level: str) -> bool:
        """True when `course` gives `area` at a level that satisfies `level`."""
        given = course.gives.get(area)
        return given is not None and self.satisfies(given, level)

    def satisfiers(self, area: str, level: str) -> tuple[str, ...]:
        """Ids of the model's courses that satisfy a need, in model order."""
        key = (area, level)
        found = self._satisfiers.get(key)
        if found is None:
            found = tuple(
                course
                for course, given in self.givers.get(area, ())
                if self.satisfies(given, level)
            )
            self._satisfiers[key] = found
        return found
