"""Where each kind of id is referred to, for the unknown-* checks."""

from __future__ import annotations

from collections.abc import Iterator

from dosering.checks._base import closest
from dosering.findings import Anchor, Draft, Path
from dosering.schema import need_parts
from dosering.semantics import Meaning

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
    for i, role in enumerate(model.roles):
        for area_id, value in role.needs.items():
            level_id, _, _ = need_parts(value)
            path: Path = ("roles", i, "needs", area_id)
            if not isinstance(value, str):
                path = (*path, "level")
            yield level_id, path, Anchor.VALUE
    for i, course in enumerate(model.courses):
        for area_id, level_id in course.gives.items():
            yield level_id, ("courses", i, "gives", area_id), Anchor.VALUE


def iter_area_refs(meaning: Meaning) -> Iterator[Ref]:
    """Each place an area id is used."""
    for i, role in enumerate(meaning.model.roles):
        for area in role.needs:
            yield area, ("roles", i, "needs", area), Anchor.KEY
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
    for i, role in enumerate(meaning.model.roles):
        for area, value in role.needs.items():
            _, courses, _ = need_parts(value)
            for j, course in enumerate(courses or ()):
                yield course, ("roles", i, "needs", area, "courses", j), Anchor.VALUE


def unknown(
    code: str, list_name: str, refs: Iterator[Ref], meaning: Meaning
) -> Iterator[Draft]:
    """Drafts for the references that name no entity of `list_name`."""
    known = [entity.id for entity in getattr(meaning.model, list_name)]
    known_set = set(known)
    for name, path, anchor in refs:
        if name in known_set:
            continue
        yield Draft(
            code,
            path,
            {
                "id": name,
                "suggestion": closest(name, known),
                "@list_line": (list_name,),
            },
            anchor=anchor,
        )
