"""The model as a Moodle competency framework (`dosering export --format moodle`).

The CSV that Moodle's Site administration › Competencies › Import competency
framework (`tool_lpimportcsv`) reads: its fourteen columns in its order, one row
that is the framework (`Is framework` = 1, carrying the scale and the taxonomies),
the knowledge areas at depth 1 (`Parent ID number` empty) and each area × level dose
at depth 2 (parent: the area). Competencies leave `Scale values` empty, so they use
the framework's scale. Texts go in as plain text (`Description format` 2, Moodle's
FORMAT_PLAIN), so nothing in them is read as HTML.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from dosering.i18n.excel import word
from dosering.model.schema import Model, need_parts

HEADERS = (
    "Parent ID number",
    "ID number",
    "Short name",
    "Description",
    "Description format",
    "Scale values",
    "Scale configuration",
    "Rule type (optional)",
    "Rule outcome (optional)",
    "Rule config (optional)",
    "Cross-referenced competency ID numbers",
    "Exported ID (optional)",
    "Is framework",
    "Taxonomy",
)
"""`framework_importer::list_required_headers()`, in its order."""

FORMAT_PLAIN = "2"
TAXONOMIES = "domain,level"
"""Depth 1 are domains (the knowledge areas), depth 2 levels (the doses)."""
SEPARATOR = "."
"""Between area and level in a dose's ID number; never part of an id."""


def scale_configuration() -> str:
    """The scale's configuration: the first value is the default, the second proficient.

    Moodle replaces `scaleid` with the scale it finds or creates for the values.
    """
    return json.dumps(
        [
            {"scaleid": "1"},
            {"id": 1, "scaledefault": 1, "proficient": 0},
            {"id": 2, "scaledefault": 0, "proficient": 1},
        ],
        separators=(",", ":"),
    )


def framework_id(model: Model) -> str:
    """The framework's ID number: `<region>-<version>`, or `<region>` without one."""
    region = model.region
    return f"{region.id}-{region.version}" if region.version else region.id


def doses(model: Model) -> Iterator[tuple[str, str]]:
    """The (area, level) pairs the model speaks of, in area and then level order.

    A pair counts when the area describes an outcome at the level, a role needs it,
    or a course gives it.
    """
    used: set[tuple[str, str]] = set()
    for area in model.areas:
        used.update((area.id, level) for level in area.outcomes or {})
    for role in model.roles:
        for area_id, value in role.needs.items():
            used.add((area_id, need_parts(value)[0]))
    for course in model.courses:
        used.update(course.gives.items())
    for area in model.areas:
        for level in model.levels:
            if (area.id, level.id) in used:
                yield area.id, level.id


def framework_rows(model: Model, lang: str) -> Iterator[list[str]]:
    """The rows below the header: the framework, then each area and its doses."""
    region = model.region
    description = word(
        "moodle.framework", lang, region=region.name, version=region.version or "-"
    )
    blank = ["", "", "", "", ""]
    yield [
        "",
        framework_id(model),
        region.name,
        description,
        FORMAT_PLAIN,
        word("moodle.scale", lang),
        scale_configuration(),
        *blank,
        "1",
        TAXONOMIES,
    ]
    level_by_id = {level.id: level for level in model.levels}
    pairs: dict[str, list[str]] = {}
    for area_id, level_id in doses(model):
        pairs.setdefault(area_id, []).append(level_id)
    for area in model.areas:
        yield [
            "",
            area.id,
            area.name,
            area.description or "",
            FORMAT_PLAIN,
            "",
            "",
            *blank,
            "",
            "",
        ]
        for level_id in pairs.get(area.id, ()):
            level = level_by_id[level_id]
            text = (area.outcomes or {}).get(level_id) or level.description or ""
            yield [
                area.id,
                f"{area.id}{SEPARATOR}{level_id}",
                f"{area.name} – {level.name}",
                text,
                FORMAT_PLAIN,
                "",
                "",
                *blank,
                "",
                "",
            ]


def framework_csv(model: Model, lang: str) -> str:
    """The whole CSV: UTF-8 text, `,` between fields, fields quoted where needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADERS)
    writer.writerows(framework_rows(model, lang))
    return buffer.getvalue()
