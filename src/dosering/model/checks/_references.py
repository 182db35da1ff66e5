"""Where each kind of id is referred to, for the unknown-* checks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dosering.core.findings import Anchor, Draft, Path
from dosering.model.schema import NONE_WORDS, Course, level_of
from dosering.model.semantics import Meaning
from dosering.model.suggestions import Suggestions

Ref = tuple[str, Path, Anchor]


def iter_level_refs(meaning: Meaning) -> Iterator[Ref]:
    """Each place a level id is used."""
    model = meaning.model
    for i, lvl in enumerate(model.levels):
        for j, name in enumerate(lvl.includes or ()):
            yield name, ("levels", i, "includes", j), Anchor.VALUE
    for i, entry in enumerate(model.areas):
        for name in entry.outcomes or {}:
            yield name, ("areas", i, "outcomes", name), Anchor.KEY
    known = meaning.level_names
    for need in meaning.needs:
        if need.level in known:
            continue  # most are: build paths only for the others
        path: Path = ("roles", need.role_index, "needs", need.area)
        if need.full:
            path = (*path, "level")
        yield need.level, path, Anchor.VALUE
    for i, course in enumerate(model.courses):
        for area_id, level_id in course.gives.items():
            yield level_id, ("courses", i, "gives", area_id), Anchor.VALUE


def iter_area_refs(meaning: Meaning) -> Iterator[Ref]:
    """Each place an area id is used."""
    known = meaning.area_names
    for need in meaning.needs:
        if need.area not in known:
            yield need.area, ("roles", need.role_index, "needs", need.area), Anchor.KEY
    for i, course in enumerate(meaning.model.courses):
        for area in course.gives:
            yield area, ("courses", i, "gives", area), Anchor.KEY


def iter_group_refs(meaning: Meaning) -> Iterator[Ref]:
    """Each place a group id is used."""
    for i, role in enumerate(meaning.model.roles):
        if role.group is not None:
            yield role.group, ("roles", i, "group"), Anchor.VALUE


def iter_course_refs(meaning: Meaning) -> Iterator[Ref]:
    """Each place a course id is used."""
    known = meaning.course_by_id
    for need in meaning.needs:
        for j, course in enumerate(need.courses or ()):
            if course in known:
                continue
            path: Path = ("roles", need.role_index, "needs", need.area, "courses", j)
            yield course, path, Anchor.VALUE


def unknown(
    code: str, list_name: str, refs: Iterator[Ref], meaning: Meaning
) -> Iterator[Draft]:
    """Drafts for the references that name no entity of `list_name`."""
    entities = getattr(meaning.model, list_name)
    known = [entity.id for entity in entities]
    known_set = set(known)
    names = ((_name_of(entity), entity.id) for entity in entities)
    suggest = Suggestions(known, names)
    listed = ", ".join(known[:_LISTED]) + (", …" if len(known) > _LISTED else "")
    listed = listed or "…"
    for name, path, anchor in refs:
        if name in known_set:
            continue
        params = {
            "id": name,
            "suggestion": suggest(name),
            "@list_line": (list_name,),
            "known": listed,
        }
        none_key = level_of(path) if list_name == "levels" else None
        if none_key is not None and name.strip().casefold() in NONE_WORDS:
            # a planner's "none" (`ingen`, `nej`): the hint of `fk: no`
            params["levels"] = listed
            yield Draft(code, path, params, anchor=anchor, message_key=none_key)
        else:
            yield Draft(code, path, params, anchor=anchor)


def _name_of(entity: Any) -> str:
    """An entity's name (a course's title): what a planner may write for its id."""
    return str(entity.title if isinstance(entity, Course) else entity.name)


_LISTED = 12
"""How many valid ids a hint lists."""
