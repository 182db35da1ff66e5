"""Codes that belong to one entity only (`lms` on courses, `hr` on roles)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from dosering.core.findings import Draft, Path
from dosering.model.keys import code_key


def iter_duplicate_codes(
    code: str,
    list_name: str,
    field: str,
    entities: Sequence[Any],
    codes_of: Callable[[Any], tuple[str, ...]],
) -> Iterator[Draft]:
    """Drafts for each code already given to an earlier entity (or twice to one).

    The draft's params are `{field: the code as written, "other": the owner's id}`;
    `message_key` is `<code>.same` when the owner is the entity itself.
    """
    owner: dict[str, str] = {}
    for index, entity in enumerate(entities):
        several = isinstance(getattr(entity, field), list)
        seen: set[str] = set()
        for j, written in enumerate(codes_of(entity)):
            key = code_key(written)
            path: Path = (
                (list_name, index, field, j) if several else (list_name, index, field)
            )
            other = owner.setdefault(key, entity.id)
            if other != entity.id or key in seen:
                same = other == entity.id
                yield Draft(
                    code,
                    path,
                    {field: written, "other": other},
                    message_key=f"{code}.same" if same else None,
                )
            seen.add(key)
