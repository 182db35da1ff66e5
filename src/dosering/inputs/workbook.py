"""The model workbook: its layout, and reading it back into values and drafts.

`export` writes a model as sheets (levels, areas, groups, roles, needs, courses) and
`import` reads them back. The layout is named here by model keys; the words (sheet
and column names in Swedish and English) come from the catalogue, handed in as a
vocabulary by the command.
"""

from __future__ import annotations

from dosering.model.schema import Course, Role

SHEET_KEYS = ("about", "levels", "areas", "groups", "roles", "needs", "courses")


def _known(keys: tuple[str, ...], fields: object) -> tuple[str, ...]:
    """The keys this dosering's format has (format 1.1 keys only when it knows them)."""
    return tuple(key for key in keys if key in fields)  # type: ignore[operator]


LEVEL_COLUMNS = ("id", "name", "description", "includes")
AREA_COLUMNS = ("id", "name", "description")
"""… then one `outcome: <level>` column per level."""
GROUP_COLUMNS = ("id", "name", "description")
ROLE_COLUMNS = _known(
    (
        "id",
        "name",
        "group",
        "headcount",
        "turnover",
        "refresh_years",
        "hr",
        "description",
    ),
    Role.model_fields,
)
NEED_COLUMNS = ("role", "role_name")
"""… then per area its level, then per area `courses: <area>`, then per area
`within_months: <area>`, then `order`."""
COURSE_COLUMNS = _known(
    (
        "id",
        "title",
        "format",
        "hours",
        "seats_per_year",
        "lms",
        "audience",
        "provider",
        "url",
        "description",
    ),
    Course.model_fields,
)
"""… then one `gives: <area>` column per area."""

LIST_KEYS = frozenset({"includes", "hr", "lms", "audience", "courses"})
"""Keys whose lists are one cell, joined with `, `."""
INTEGER_KEYS = frozenset({"headcount", "seats_per_year", "within_months", "dosering"})
NUMBER_KEYS = frozenset({"turnover", "refresh_years", "hours"})
REGION_KEYS = ("id", "name", "language", "version", "published", "source")
JOIN = ", "
