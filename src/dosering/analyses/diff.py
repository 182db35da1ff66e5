"""Diff analysis: two valid models to classified changes and the effect on demand.

The rules are DESIGN.md "Change classes". Entities are matched by id; B's ids are
first translated into A's through a crosswalk (two regions), then renames are found
kind by kind (levels, areas, groups, courses, roles: each kind's references point
only at kinds before it), so a renamed course named in a need is no change of the
need. Every comparison is then made in A's ids; changes name B's ids (A's for a
removed entity, with `old_id` where A's id differs).
"""

from __future__ import annotations

import difflib
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from dosering.analyses.demand import Allocation, CourseDemand, allocate, yearly_demand
from dosering.model.crosswalk import Crosswalk
from dosering.model.keys import code_key, title_key
from dosering.model.schema import (
    Area,
    Course,
    Group,
    Level,
    Model,
    Role,
    lms_codes,
    need_parts,
)
from dosering.model.semantics import Meaning


class ChangeClass(enum.StrEnum):
    """The classes of DESIGN.md "Change classes", most important first."""

    STRICTER = "stricter"
    LOOSER = "looser"
    REMOVED = "removed"
    ADDED = "added"
    RENAMED = "renamed"
    UPDATED = "updated"
    COSMETIC = "cosmetic"


CLASS_RANK = {cls: rank for rank, cls in enumerate(ChangeClass)}
ENTITIES = ("region", "level", "area", "group", "role", "course")
"""Entity kinds in the order outputs group them."""
PLURAL = {
    "level": "levels",
    "area": "areas",
    "group": "groups",
    "role": "roles",
    "course": "courses",
}
_ORDER = ("level", "area", "group", "course", "role")
"""The order kinds are matched in: each refers only to kinds before it."""

LevelBasis = Literal["id", "crosswalk", "order"]
Side = Literal["a", "b"]


@dataclass(frozen=True, slots=True)
class Change:
    """One classified change of one entity."""

    entity: str
    id: str
    change: ChangeClass
    field: str | None = None
    before: Any = None
    after: Any = None
    old_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The change as DESIGN.md "Machine outputs" shapes it."""
        out: dict[str, Any] = {"entity": self.entity, "id": self.id}
        if self.old_id is not None:
            out["old_id"] = self.old_id
        out.update(
            change=str(self.change),
            field=self.field,
            before=self.before,
            after=self.after,
        )
        return out


@dataclass(frozen=True, slots=True)
class DemandSide:
    """A course's yearly demand and one-time backlog on one side."""

    demand_per_year: float
    backlog: int


@dataclass(frozen=True, slots=True)
class DemandRow:
    """One course's demand on A and on B (None: the course is not on that side)."""

    course: str
    old_id: str | None
    a: DemandSide | None
    b: DemandSide | None

    @property
    def changed(self) -> bool:
        """True when the numbers (or the course's presence) differ."""
        return self.a != self.b

    def as_dict(self) -> dict[str, Any]:
        """The row as JSON: `course`, (`old_id`), `a`, `b`."""
        out: dict[str, Any] = {"course": self.course}
        if self.old_id is not None:
            out["old_id"] = self.old_id
        for name, side in (("a", self.a), ("b", self.b)):
            out[name] = (
                None
                if side is None
                else {
                    "demand_per_year": side.demand_per_year,
                    "backlog": side.backlog,
                }
            )
        return out


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """A role's level for an area on A and on B (ids as written on each side)."""

    a: str | None
    b: str | None
    differs: bool


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One role in the role × area matrix."""

    role: str
    old_id: str | None
    cells: tuple[MatrixCell, ...]
    side: Side = "b"
    """Whose id `role` is: B's, or A's for a role only A has."""


@dataclass(frozen=True, slots=True)
class Matrix:
    """The role × area matrix side by side; areas named by B's id (A's if only A)."""

    areas: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
    area_sides: tuple[Side, ...] = ()
    """Whose id each of `areas` is: B's, or A's for an area only A has."""

    def as_dict(self) -> dict[str, Any]:
        """The matrix as JSON: areas, and per role its cells (`a`, `b`, `differs`)."""
        return {
            "areas": list(self.areas),
            "roles": [
                {
                    "role": row.role,
                    "old_id": row.old_id,
                    "cells": [
                        {"a": cell.a, "b": cell.b, "differs": cell.differs}
                        for cell in row.cells
                    ],
                }
                for row in self.rows
            ],
        }


@dataclass(frozen=True, slots=True)
class Diff:
    """The classified difference of two models (B against A)."""

    changes: tuple[Change, ...]
    demand: tuple[DemandRow, ...]
    levels_by: LevelBasis
    level_pairs: tuple[tuple[str, str], ...]
    """With `levels_by == "order"`: (B's level, A's level) as paired."""
    only_a: Mapping[str, tuple[str, ...]]
    """Kind (plural) -> A's ids without a counterpart in B."""
    only_b: Mapping[str, tuple[str, ...]]
    """Kind (plural) -> B's ids without a counterpart in A."""
    cross_region: bool = False
    """True for two regions (a crosswalk, or different region ids)."""
    matrix: Matrix | None = None
    names_a: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Kind -> A's id -> its name (a course's title), for the human formats."""
    names_b: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Kind -> B's id -> its name (a course's title)."""

    def counts(self) -> dict[ChangeClass, int]:
        """How many changes of each class, in class order (zeros left out)."""
        out = dict.fromkeys(ChangeClass, 0)
        for change in self.changes:
            out[change.change] += 1
        return {cls: n for cls, n in out.items() if n}


_Entity = Level | Area | Group | Course | Role
_B_ONLY = "\x00"
"""Prefix of the key of a B entity whose id is taken by another one's mapping."""


class _Ids:
    """B's ids translated into A's, per kind (crosswalk, level order, renames)."""

    def __init__(self) -> None:
        self.to_a: dict[str, dict[str, str]] = {kind: {} for kind in _ORDER}
        self.targets: dict[str, set[str]] = {kind: set() for kind in _ORDER}

    def pair(self, kind: str, b_id: str, a_id: str) -> None:
        self.to_a[kind][b_id] = a_id
        self.targets[kind].add(a_id)

    def key(self, kind: str, b_id: str) -> str:
        """The A-space key of one of B's ids."""
        mapped = self.to_a[kind].get(b_id)
        if mapped is not None:
            return mapped
        if b_id in self.targets[kind]:
            return _B_ONLY + b_id  # its id now names another B entity's counterpart
        return b_id


def _identity(_kind: str, value: str) -> str:
    return value


_Translate = Callable[[str, str], str]


def _entities(model: Model, kind: str) -> Sequence[_Entity]:
    return getattr(model, PLURAL[kind])  # type: ignore[no-any-return]


def _by_id(items: Sequence[_Entity]) -> dict[str, _Entity]:
    out: dict[str, _Entity] = {}
    for item in items:
        out.setdefault(item.id, item)
    return out


def _need_content(value: Any, t: _Translate) -> tuple[str, tuple[str, ...], int | None]:
    level, courses, within = need_parts(value)
    return t("level", level), tuple(t("course", c) for c in courses or ()), within


def _signature(item: _Entity, t: _Translate) -> Any:
    """What must be equal for a removed and an added entity to be one renamed.

    Format 1.1: the same apart from id and cosmetic or updated fields (in A's ids):
    a role's needs, a course's `gives`, a level's `includes`, an area's outcome
    levels; a group has nothing else (any two may pair, by the closest name).
    """
    if isinstance(item, Level):
        return (
            None
            if item.includes is None
            else tuple(t("level", i) for i in item.includes)
        )
    if isinstance(item, Area):
        return tuple(sorted(t("level", k) for k in item.outcomes or {}))
    if isinstance(item, Group):
        return ()
    if isinstance(item, Course):
        return tuple(
            sorted((t("area", k), t("level", v)) for k, v in item.gives.items())
        )
    return tuple(
        sorted((t("area", k), _need_content(v, t)) for k, v in item.needs.items())
    )


def _name_key(item: _Entity) -> str:
    return title_key(_title(item))


def _lms_key(course: Course) -> tuple[str, ...]:
    return tuple(code_key(code) for code in lms_codes(course))


def diff_models(
    a: Model,
    b: Model,
    crosswalk: Crosswalk | None = None,
    *,
    matrix: bool = False,
) -> Diff:
    """Classify every change from model A to model B (DESIGN.md "Change classes").

    Args:
        a: The earlier version, or the region compared against.
        b: The later version, or the other region.
        crosswalk: B's ids mapped to A's, per kind, for two regions.
        matrix: Also build the role × area matrix side by side.

    Returns:
        The changes (grouped by entity kind, then entity, the most important class
        first), the demand per course on both sides, and what has no counterpart.
    """
    return _Differ(a, b, crosswalk or Crosswalk()).run(matrix)


class _Differ:
    """One diff in the making; `run` returns the frozen result."""

    def __init__(self, a: Model, b: Model, crosswalk: Crosswalk) -> None:
        self.a, self.b = a, b
        self.ma, self.mb = Meaning(a), Meaning(b)
        self.ids = _Ids()
        self.a_by = {kind: _by_id(_entities(a, kind)) for kind in _ORDER}
        self.b_by = {kind: _by_id(_entities(b, kind)) for kind in _ORDER}
        for kind in _ORDER:
            for b_id, a_id in crosswalk.of(PLURAL[kind]).items():
                self.ids.pair(kind, b_id, a_id)
        self.levels_by: LevelBasis = "crosswalk" if crosswalk.of("levels") else "id"
        self.level_pairs: tuple[tuple[str, str], ...] = ()
        self.cross_region = bool(crosswalk.maps) or a.region.id != b.region.id
        a_levels = [level.id for level in a.levels]
        b_levels = [level.id for level in b.levels]
        if (
            self.levels_by == "id"
            and self.cross_region
            and set(a_levels) != set(b_levels)
        ):
            self.levels_by = "order"
            self.level_pairs = tuple(zip(b_levels, a_levels, strict=False))
            for b_id, a_id in self.level_pairs:
                self.ids.pair("level", b_id, a_id)
        self.same_roles: set[str] = set()
        """Roles equal on both sides (found while comparing, when ids are the same)."""
        self.incremental = True
        """Compute B's demand from A's when only roles changed (False: in full)."""
        self.a_index = {kind: _index(self.a_by[kind]) for kind in _ORDER}
        self.b_index = {kind: _index(self.b_by[kind]) for kind in _ORDER}
        self.changes: list[tuple[int, Change]] = []
        self.b_key: dict[str, dict[str, str]] = {}
        self.a_key_to_b: dict[str, dict[str, str]] = {}

    def t(self, kind: str, b_id: str) -> str:
        return self.ids.key(kind, b_id)

    def run(self, with_matrix: bool) -> Diff:
        self._region()
        only_a: dict[str, tuple[str, ...]] = {}
        only_b: dict[str, tuple[str, ...]] = {}
        for kind in _ORDER:
            removed, added = self._match(kind)
            only_a[PLURAL[kind]] = tuple(removed)
            only_b[PLURAL[kind]] = tuple(added)
        self.closure_b = {
            self.t("level", level): frozenset(self.t("level", x) for x in reach)
            for level, reach in self.mb.closure.items()
        }
        for kind in _ORDER:
            self._compare_kind(kind, only_a[PLURAL[kind]], only_b[PLURAL[kind]])
        kind_rank = {kind: i for i, kind in enumerate(ENTITIES)}
        best: dict[tuple[str, str], int] = {}
        for _, change in self.changes:
            key = (change.entity, change.id)
            best[key] = min(best.get(key, 99), CLASS_RANK[change.change])
        ordered = sorted(
            enumerate(self.changes),
            key=lambda item: (
                kind_rank[item[1][1].entity],
                best[(item[1][1].entity, item[1][1].id)],
                item[1][0],
                CLASS_RANK[item[1][1].change],
                item[0],
            ),
        )
        return Diff(
            changes=tuple(change for _, (_, change) in ordered),
            demand=self._demand(),
            levels_by=self.levels_by,
            level_pairs=self.level_pairs,
            only_a=only_a,
            only_b=only_b,
            cross_region=self.cross_region,
            matrix=self._matrix() if with_matrix else None,
            names_a=_names(self.a_by),
            names_b=_names(self.b_by),
        )

    # -- matching -------------------------------------------------------------

    def _match(self, kind: str) -> tuple[list[str], list[str]]:
        """Match one kind by id, then find renames; return (A-only, B-only) ids."""
        a_by, b_by = self.a_by[kind], self.b_by[kind]
        keys = {b_id: self.t(kind, b_id) for b_id in b_by}
        b_keys = set(keys.values())
        removed = [a_id for a_id in a_by if a_id not in b_keys]
        added = [b_id for b_id, key in keys.items() if key not in a_by]
        if removed and added:
            self._renames(kind, removed, added)
            keys = {b_id: self.t(kind, b_id) for b_id in b_by}
            b_keys = set(keys.values())
            removed = [a_id for a_id in removed if a_id not in b_keys]
            added = [b_id for b_id in added if keys[b_id] not in a_by]
        self.b_key[kind] = keys
        self.a_key_to_b[kind] = {key: b_id for b_id, key in keys.items()}
        return removed, added

    def _renames(self, kind: str, removed: list[str], added: list[str]) -> None:
        """Pair removed and added entities that are one renamed (DESIGN.md).

        Candidates share a signature (or, for courses, an `lms` code); among them
        the closest names pair first (rapidfuzz ratio of normalised names), then
        A's model order, then B's; each entity pairs at most once.
        """
        from rapidfuzz import fuzz

        a_by, b_by = self.a_by[kind], self.b_by[kind]
        by_content: dict[Any, list[int]] = {}
        for j, b_id in enumerate(added):
            by_content.setdefault(_signature(b_by[b_id], self.t), []).append(j)
        pairs: set[tuple[int, int]] = set()
        for i, a_id in enumerate(removed):
            for j in by_content.get(_signature(a_by[a_id], _identity), ()):
                pairs.add((i, j))
        if kind == "course":
            by_code: dict[str, list[int]] = {}
            for j, b_id in enumerate(added):
                for code in _lms_key(b_by[b_id]):  # type: ignore[arg-type]
                    by_code.setdefault(code, []).append(j)
            for i, a_id in enumerate(removed):
                for code in _lms_key(a_by[a_id]):  # type: ignore[arg-type]
                    pairs.update((i, j) for j in by_code.get(code, ()))
        if not pairs:
            return
        a_names = [_name_key(a_by[a_id]) for a_id in removed]
        b_names = [_name_key(b_by[b_id]) for b_id in added]
        ranked = sorted(
            pairs, key=lambda p: (-fuzz.ratio(a_names[p[0]], b_names[p[1]]), p)
        )
        taken_a: set[int] = set()
        taken_b: set[int] = set()
        for i, j in ranked:
            if i in taken_a or j in taken_b:
                continue
            taken_a.add(i)
            taken_b.add(j)
            self._rename(kind, removed[i], added[j])

    def _rename(self, kind: str, a_id: str, b_id: str) -> None:
        self.ids.pair(kind, b_id, a_id)
        self._add(kind, b_id, ChangeClass.RENAMED, None, a_id, b_id, old_id=a_id)

    # -- recording ------------------------------------------------------------

    def _position(self, kind: str, b_id: str | None, a_id: str) -> int:
        """Where an entity sorts: B's model order, then A-only ones in A's order."""
        if kind == "region":
            return 0
        if b_id is not None:
            index = self.b_index[kind].get(b_id)
            if index is not None:
                return index
        return len(self.b_index[kind]) + self.a_index[kind].get(a_id, 0)

    def _add(
        self,
        kind: str,
        entity_id: str,
        cls: ChangeClass,
        path: str | None,
        before: Any,
        after: Any,
        *,
        old_id: str | None = None,
        removed: bool = False,
    ) -> None:
        position = self._position(
            kind, None if removed else entity_id, old_id or entity_id
        )
        change = Change(kind, entity_id, cls, path, before, after, old_id)
        self.changes.append((position, change))

    # -- comparing ------------------------------------------------------------

    def _region(self) -> None:
        a, b = self.a.region, self.b.region
        for name in type(a).model_fields:
            before, after = getattr(a, name), getattr(b, name)
            if before != after:
                self._add(
                    "region",
                    b.id,
                    ChangeClass.COSMETIC,
                    name,
                    _plain(before),
                    _plain(after),
                    old_id=a.id if a.id != b.id else None,
                )

    def _compare_kind(
        self, kind: str, removed: Sequence[str], added: Sequence[str]
    ) -> None:
        a_by, b_by = self.a_by[kind], self.b_by[kind]
        for a_id in removed:
            self._add(
                kind,
                a_id,
                ChangeClass.REMOVED,
                None,
                _title(a_by[a_id]),
                None,
                removed=True,
            )
        for b_id in added:
            self._add(kind, b_id, ChangeClass.ADDED, None, None, _title(b_by[b_id]))
        compare = getattr(self, f"_compare_{kind}")
        # With every id its own, equal entities have no changes (a level's meaning
        # also depends on the levels before it, so levels are always compared).
        quick = kind != "level" and not any(self.ids.to_a.values())
        same: set[str] = self.same_roles if kind == "role" else set()
        for b_id, key in self.b_key[kind].items():
            a_item = a_by.get(key)
            if a_item is None:
                continue
            b_item = b_by[b_id]
            if quick and a_item == b_item:
                same.add(b_id)
                continue
            old_id = key if key != b_id else None
            emit = _Emitter(self, kind, b_id, old_id)
            compare(a_item, b_item, emit)
        self._order(kind)

    def _order(self, kind: str) -> None:
        a_ids = list(self.a_by[kind])
        keys = self.b_key[kind]
        a_set = set(a_ids)
        common_a = [a_id for a_id in a_ids if a_id in self.a_key_to_b[kind]]
        common_b = [keys[b_id] for b_id in self.b_by[kind] if keys[b_id] in a_set]
        if common_a == common_b:
            return
        matcher = difflib.SequenceMatcher(None, common_a, common_b, autojunk=False)
        kept: set[str] = set()
        for block in matcher.get_matching_blocks():
            kept.update(common_a[block.a : block.a + block.size])
        a_index, b_index = self.a_index[kind], self.b_index[kind]
        for key in common_b:
            if key in kept:
                continue
            b_id = self.a_key_to_b[kind][key]
            _Emitter(self, kind, b_id, key if key != b_id else None).add(
                ChangeClass.UPDATED, "order", a_index[key], b_index[b_id]
            )

    def _compare_level(self, a: Level, b: Level, emit: _Emitter) -> None:
        emit.texts(a, b, ("name", "description"))
        before = self.ma.closure.get(a.id, frozenset({a.id})) - {a.id}
        after = self.closure_b.get(self.t("level", b.id), frozenset()) - {a.id}
        if before == after:
            return
        cls = ChangeClass.LOOSER if after > before else ChangeClass.STRICTER
        a_order = self.ma.level_order
        b_reach = sorted(
            (x for x in self.mb.closure.get(b.id, frozenset()) if x != b.id),
            key=lambda x: self.mb.level_order.get(x, 0),
        )
        emit.add(
            cls, "includes", sorted(before, key=lambda x: a_order.get(x, 0)), b_reach
        )

    def _compare_area(self, a: Area, b: Area, emit: _Emitter) -> None:
        emit.texts(a, b, ("name", "description"))
        a_out = a.outcomes or {}
        b_out = {self.t("level", k): (k, v) for k, v in (b.outcomes or {}).items()}
        for level, text in a_out.items():
            b_level, b_text = b_out.get(level, (level, None))
            if text != b_text:
                emit.add(ChangeClass.COSMETIC, f"outcomes.{b_level}", text, b_text)
        for key, (b_level, b_text) in b_out.items():
            if key not in a_out:
                emit.add(ChangeClass.COSMETIC, f"outcomes.{b_level}", None, b_text)

    def _compare_group(self, a: Group, b: Group, emit: _Emitter) -> None:
        emit.texts(a, b, ("name", "description"))

    def _compare_course(self, a: Course, b: Course, emit: _Emitter) -> None:
        emit.texts(a, b, ("title", "description"))
        for name in ("format", "hours"):
            emit.fact(a, b, name)
        if _lms_key(a) != _lms_key(b):
            emit.add(ChangeClass.UPDATED, "lms", _plain(a.lms), _plain(b.lms))
        emit.fact(a, b, "seats_per_year")
        emit.texts(a, b, ("provider", "url"))
        self._compare_audience(a, b, emit)
        b_gives = {self.t("area", k): (k, v) for k, v in b.gives.items()}
        for area, level in a.gives.items():
            if area not in b_gives:
                emit.add(ChangeClass.STRICTER, f"gives.{area}", level, None)
                continue
            b_area, b_level = b_gives[area]
            new = self.t("level", b_level)
            if new == level:
                continue
            reach = self.closure_b.get(new) or self.ma.closure.get(new, frozenset())
            cls = ChangeClass.LOOSER if level in reach else ChangeClass.STRICTER
            emit.add(cls, f"gives.{b_area}", level, b_level)
        for key, (b_area, b_level) in b_gives.items():
            if key not in a.gives:
                emit.add(ChangeClass.LOOSER, f"gives.{b_area}", None, b_level)

    def _compare_audience(self, a: Course, b: Course, emit: _Emitter) -> None:
        """`audience` (format 1.1): fewer roles served is stricter, more looser."""
        if a.audience == b.audience:
            return

        def translated(ids: list[str]) -> set[str]:
            # an audience id is a group or a role id: translate it as either
            return {self.t("group", i) for i in ids} | {self.t("role", i) for i in ids}

        if b.audience is None:
            cls = ChangeClass.LOOSER  # now for everyone
        elif a.audience is None:
            cls = ChangeClass.STRICTER
        else:
            before, after = set(a.audience), translated(b.audience)
            cls = ChangeClass.LOOSER if before <= after else ChangeClass.STRICTER
        emit.add(cls, "audience", _plain(a.audience), _plain(b.audience))

    def _compare_role(self, a: Role, b: Role, emit: _Emitter) -> None:
        emit.texts(a, b, ("name", "description"))
        b_group = None if b.group is None else self.t("group", b.group)
        if a.group != b_group:
            emit.add(ChangeClass.UPDATED, "group", a.group, b.group)
        emit.fact(a, b, "headcount")
        emit.fact(a, b, "turnover")
        emit.fact(a, b, "hr")
        emit.shorter("refresh_years", a.refresh_years, b.refresh_years)
        b_needs = {self.t("area", k): (k, v) for k, v in b.needs.items()}
        for area, value in a.needs.items():
            level = need_parts(value)[0]
            if area not in b_needs:
                emit.add(ChangeClass.LOOSER, f"needs.{area}", level, None)
                continue
            b_area, b_value = b_needs[area]
            self._compare_need(area, value, b_area, b_value, emit)
        for key, (b_area, b_value) in b_needs.items():
            if key not in a.needs:
                level = need_parts(b_value)[0]
                emit.add(ChangeClass.STRICTER, f"needs.{b_area}", None, level)

    def _compare_need(
        self, area: str, a_value: Any, b_area: str, b_value: Any, emit: _Emitter
    ) -> None:
        a_level, a_courses, a_within = need_parts(a_value)
        b_level, b_courses, b_within = need_parts(b_value)
        new = self.t("level", b_level)
        if new != a_level:
            reach = self.closure_b.get(a_level)
            if reach is None:
                reach = self.ma.closure.get(a_level, frozenset({a_level}))
            cls = ChangeClass.LOOSER if new in reach else ChangeClass.STRICTER
            emit.add(cls, f"needs.{b_area}", a_level, b_level)
        before = set(a_courses or ())
        after = {self.t("course", c) for c in b_courses or ()}
        if before != after:
            cls = ChangeClass.STRICTER if after - before else ChangeClass.LOOSER
            emit.add(
                cls,
                f"needs.{b_area}.courses",
                None if a_courses is None else list(a_courses),
                None if b_courses is None else list(b_courses),
            )
        emit.shorter(f"needs.{b_area}.within_months", a_within, b_within)

    # -- demand and matrix ----------------------------------------------------

    def _demand(self) -> tuple[DemandRow, ...]:
        full_a = allocate(self.ma)
        on_a = {e.course: _side(e) for e in full_a.courses}
        on_b = self._demand_b_from_a(full_a) if self.incremental else None
        if on_b is None:
            on_b = {e.course: _side(e) for e in allocate(self.mb).courses}
        rows: list[DemandRow] = []
        to_b = self.a_key_to_b["course"]
        for a_id in self.a_by["course"]:
            b_id = to_b.get(a_id)
            rows.append(
                DemandRow(
                    course=b_id or a_id,
                    old_id=a_id if b_id is not None and b_id != a_id else None,
                    a=on_a.get(a_id),
                    b=None if b_id is None else on_b.get(b_id),
                )
            )
        keys = self.b_key["course"]
        for b_id in self.b_by["course"]:
            if keys[b_id] not in self.a_by["course"]:
                rows.append(DemandRow(b_id, None, None, on_b.get(b_id)))
        return tuple(rows)

    def _demand_b_from_a(self, full_a: Allocation) -> dict[str, DemandSide] | None:
        """B's demand from A's when only roles changed, or None when it cannot be.

        Where a role's demand goes depends only on its needs and on the levels and
        courses (DESIGN.md's allocation rule), so with those unchanged an unchanged
        role serves the same courses on both sides. Only the changed roles are
        allocated again (by `allocate` itself, on a model of just those roles), and
        each course's numbers move by what those roles take away and bring.
        """
        a, b = self.a, self.b
        if (
            any(self.ids.to_a.values())
            or a.levels != b.levels
            or a.courses != b.courses
        ):
            return None
        same = self.same_roles
        old = [role for role in a.roles if role.id not in same]
        new = [role for role in b.roles if role.id not in same]
        if 4 * (len(old) + len(new)) > len(b.roles):
            return None  # most roles changed: a full allocation is as quick
        gone = allocate(Meaning(a.model_copy(update={"roles": old}))).by_course()
        came = allocate(Meaning(b.model_copy(update={"roles": new}))).by_course()
        a_roles = {role.id: role for role in old}
        b_roles = {role.id: role for role in new}
        out: dict[str, DemandSide] = {}
        for entry in full_a.courses:
            delta, backlog = 0.0, entry.backlog
            removed, added = (
                set(gone[entry.course].roles),
                set(came[entry.course].roles),
            )
            for role_id in sorted(removed | added):
                before = a_roles[role_id] if role_id in removed else None
                after = b_roles[role_id] if role_id in added else None
                delta += _yearly(after) - _yearly(before)
                backlog += _headcount(after) - _headcount(before)
            out[entry.course] = DemandSide(
                _people(entry.demand_per_year + delta), backlog
            )
        return out

    def _matrix(self) -> Matrix:
        area_keys: list[tuple[str, str | None, str | None]] = []
        area_to_b = self.a_key_to_b["area"]
        for a_id in self.a_by["area"]:
            area_keys.append((area_to_b.get(a_id, a_id), a_id, area_to_b.get(a_id)))
        for b_id, key in self.b_key["area"].items():
            if key not in self.a_by["area"]:
                area_keys.append((b_id, None, b_id))
        rows: list[MatrixRow] = []
        role_to_b = self.a_key_to_b["role"]
        a_roles = {role.id: role for role in self.a.roles}
        b_roles = {role.id: role for role in self.b.roles}
        pairs: list[tuple[Role | None, Role | None]] = []
        for a_id, a_role in a_roles.items():
            b_match = role_to_b.get(a_id)
            pairs.append((a_role, None if b_match is None else b_roles[b_match]))
        for b_id, key in self.b_key["role"].items():
            if key not in a_roles:
                pairs.append((None, b_roles[b_id]))
        for a_side, b_side in pairs:
            cells = []
            for _, a_area, b_area in area_keys:
                a_level = _need_level(a_side, a_area)
                b_level = _need_level(b_side, b_area)
                b_key = None if b_level is None else self.t("level", b_level)
                cells.append(MatrixCell(a_level, b_level, a_level != b_key))
            a_name = a_side.id if a_side is not None else None
            name = b_side.id if b_side is not None else a_name or ""
            old = a_name if b_side is not None and a_name != name else None
            side: Side = "a" if b_side is None else "b"
            rows.append(MatrixRow(name, old, tuple(cells), side))
        return Matrix(
            tuple(label for label, _, _ in area_keys),
            tuple(rows),
            tuple("a" if b_id is None else "b" for _, _, b_id in area_keys),
        )


class _Emitter:
    """Records the changes of one matched entity."""

    def __init__(self, differ: _Differ, kind: str, b_id: str, old_id: str | None):
        self.differ, self.kind, self.b_id, self.old_id = differ, kind, b_id, old_id

    def add(self, cls: ChangeClass, path: str, before: Any, after: Any) -> None:
        self.differ._add(
            self.kind, self.b_id, cls, path, before, after, old_id=self.old_id
        )

    def texts(self, a: Any, b: Any, names: Iterable[str]) -> None:
        for name in names:
            before, after = getattr(a, name), getattr(b, name)
            if before != after:
                self.add(ChangeClass.COSMETIC, name, before, after)

    def fact(self, a: Any, b: Any, name: str) -> None:
        before, after = getattr(a, name), getattr(b, name)
        if before != after:
            self.add(ChangeClass.UPDATED, name, before, after)

    def shorter(self, path: str, before: float | None, after: float | None) -> None:
        """A limit in time: added or shortened is stricter, the reverse looser."""
        if before == after:
            return
        stricter = after is not None and (before is None or after < before)
        cls = ChangeClass.STRICTER if stricter else ChangeClass.LOOSER
        self.add(cls, path, before, after)


def _names(by_kind: Mapping[str, Mapping[str, _Entity]]) -> dict[str, dict[str, str]]:
    return {
        kind: {entity_id: _title(item) for entity_id, item in items.items()}
        for kind, items in by_kind.items()
    }


def _index(items: Mapping[str, Any]) -> dict[str, int]:
    return {key: i for i, key in enumerate(items)}


def _need_level(role: Role | None, area: str | None) -> str | None:
    if role is None or area is None or area not in role.needs:
        return None
    return need_parts(role.needs[area])[0]


def _side(entry: CourseDemand) -> DemandSide:
    return DemandSide(_people(entry.demand_per_year), int(entry.backlog))


def _people(value: float) -> float:
    """People a year to 6 decimals: sums in another order agree to that precision."""
    return round(float(value), 6) + 0.0


def _yearly(role: Role | None) -> float:
    return 0.0 if role is None else yearly_demand(role) or 0.0


def _headcount(role: Role | None) -> int:
    return 0 if role is None else role.headcount or 0


def _title(item: _Entity) -> str:
    return item.title if isinstance(item, Course) else item.name


def _plain(value: Any) -> Any:
    """A value as JSON carries it (dates as ISO text, tuples as lists)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)
