"""Positions: the one place drafts get their file, line, column and severity.

Every reader and check returns `Draft`s; `locate` finds their places in the file's
text in one more walk over its events, and reads each code's severity from the
catalogue. What only the text tells goes into the parameters: `raw` (a value as
written) and, for each `@name` parameter (a path), `name` (the line of that place).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from dosering.core.findings import Anchor, Draft, Located
from dosering.inputs.yaml import KEY_SUFFIX, Positions, Spot, spot_for
from dosering.inputs.yaml import locate as locate_paths
from dosering.model.checks import severity_of


def locate(
    drafts: Sequence[Draft],
    text: str | None,
    file: str,
    positions: Positions | None = None,
) -> list[Located]:
    """The drafts of one file, placed in its text (None: a file never decoded).

    `positions` are the loader's notes of where nodes start (faster than another
    walk over the events). A draft that names its own line keeps it; one whose path
    is not found (inside an alias, or in a file that could not be parsed) points at
    its nearest written ancestor, else at 1:1. A file over the size limit, or a
    folder without models, has no line at all.
    """
    found: dict[Any, Spot] = {}
    if text is not None and drafts:
        found = locate_paths(text, _requests(drafts), positions)
    return [_located(draft, file, found) for draft in drafts]


WHOLE = frozenset({"file-too-large", "no-models"})
"""Codes about a whole file or folder: they have no line."""


def _requests(drafts: Iterable[Draft]) -> Iterator[tuple[Any, Anchor]]:
    for draft in drafts:
        if draft.line is None and draft.code not in WHOLE:
            yield draft.path, draft.anchor
        for key, value in draft.params.items():
            if key.startswith("@"):
                yield value, Anchor.VALUE


def _located(draft: Draft, file: str, found: dict[Any, Spot]) -> Located:
    line, col = draft.line, draft.col
    if line is None and draft.code not in WHOLE:
        spot = spot_for(found, draft.path, draft.anchor)
        line, col = (spot.line, spot.col) if spot else (1, 1)
    params = dict(draft.params)
    for key, value in draft.params.items():
        if key.startswith("@"):
            at = found.get(value)
            params[key[1:]] = at.line if at else "?"
    exact = found.get(draft.path)
    if draft.anchor is Anchor.KEY:
        exact = found.get((*draft.path, KEY_SUFFIX)) or exact
    if exact is not None and exact.raw is not None:
        params["raw"] = exact.raw
    return Located(
        draft.code,
        severity_of(draft.code),
        file,
        line,
        col,
        draft.path,
        draft.key,
        params,
    )
