"""Schema: the pydantic models of format version 1, and their errors as findings."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PlainValidator,
    StringConstraints,
    Tag,
    ValidationError,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from dosering.core.findings import Anchor, Draft, Path
from dosering.model.hidden import code_of, hidden_in, is_hidden, marked
from dosering.model.hidden import sort_of as hidden_sort
from dosering.model.keys import ID_MAX, slug
from dosering.model.quotes import inside_quotes, reads_as_text
from dosering.model.suggestions import Suggestions

FORMAT_VERSION = 1
ID_PATTERN = r"^[a-z0-9åäö][a-z0-9åäö_-]*$"
URL_PATTERN = r"^https?://[^\s]+$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"

Id = Annotated[
    str, StringConstraints(strict=True, pattern=ID_PATTERN, max_length=ID_MAX)
]
Text = Annotated[str, StringConstraints(strict=True)]
Url = Annotated[str, StringConstraints(strict=True, pattern=URL_PATTERN)]
HEADCOUNT_MAX = 10_000_000
"""More staff than Sweden has people is a typing slip (`1e30` from a workbook cell)."""
Count = Annotated[int, Field(strict=True, ge=0, le=HEADCOUNT_MAX)]
Share = Annotated[float, Field(strict=True, ge=0, le=1, allow_inf_nan=False)]
Hours = Annotated[float, Field(strict=True, ge=0, allow_inf_nan=False)]
Years = Annotated[float, Field(strict=True, gt=0, allow_inf_nan=False)]
Months = Annotated[int, Field(strict=True, ge=1)]


def _published(value: Any) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and re.match(DATE_PATTERN, value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("dosering_date", "not a date")


Published = Annotated[
    dt.date,
    PlainValidator(_published),
    WithJsonSchema({"type": "string", "format": "date"}),
]
Format = Literal[
    "e-learning",
    "classroom",
    "workshop",
    "programme",
    "on-the-job",
    "coaching",
    "network",
    "other",
]
FORMATS: tuple[str, ...] = get_args(Format)


class _Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, strict=True, hide_input_in_errors=False
    )


class Region(_Strict):
    """Who the model belongs to."""

    id: Id
    name: Text
    language: Literal["sv", "en"] = "sv"
    version: Text | None = None
    published: Published | None = None
    source: Url | None = None


class Level(_Strict):
    """A level of knowledge, smallest dose first."""

    id: Id
    name: Text
    description: Text | None = None
    includes: list[Id] | None = Field(
        default=None,
        description="Earlier levels a course at this level also satisfies. "
        "Default: all earlier levels (cumulative); [] for none.",
    )


class Area(_Strict):
    """A knowledge area, with what a person at each level can do."""

    id: Id
    name: Text
    description: Text | None = None
    outcomes: dict[Id, Text] | None = None


class Group(_Strict):
    """A function or group of roles."""

    id: Id
    name: Text
    description: Text | None = None


class Need(_Strict):
    """A need in its mapping form: a level and, optionally, courses and a deadline."""

    level: Id
    courses: list[Id] | None = None
    within_months: Months | None = None


def _need_form(value: Any) -> str:
    return "full" if isinstance(value, dict) else "short"


NeedValue = Annotated[
    Annotated[Id, Tag("short")] | Annotated[Need, Tag("full")],
    Discriminator(_need_form),
]


def _codes_form(value: Any) -> str:
    return "list" if isinstance(value, list) else "one"


CodesValue = Annotated[
    Annotated[Text, Tag("one")] | Annotated[list[Text], Tag("list")],
    Discriminator(_codes_form),
]
"""One code or title, or a list of them (`lms` on courses, `hr` on roles)."""
LmsValue = CodesValue

UNLIMITED = "unlimited"
"""`seats_per_year: unlimited` (format 1.1): a course never short of places."""


def _seats(value: Any) -> int | str:
    if type(value) is int and value >= 0:
        return value
    if value == UNLIMITED:
        return UNLIMITED
    raise PydanticCustomError("dosering_seats", "not a number of seats")


Seats = Annotated[
    int | Literal["unlimited"],
    PlainValidator(_seats),
    WithJsonSchema(
        {"anyOf": [{"type": "integer", "minimum": 0}, {"const": UNLIMITED}]}
    ),
]
"""Seats a year: a whole number >= 0, or `unlimited`."""


class Role(_Strict):
    """A role: who needs to know what, how many they are and how often they leave."""

    id: Id
    name: Text
    description: Text | None = None
    group: Id | None = None
    headcount: Count | None = None
    turnover: Share | None = None
    refresh_years: Years | None = None
    hr: CodesValue | None = Field(
        default=None,
        description="Format 1.1: codes or titles in the HR export that mean this "
        "role; unique across roles (trimmed, case-insensitive).",
    )
    needs: dict[Id, NeedValue] = Field(default_factory=dict)


class Course(_Strict):
    """A course and what it gives."""

    id: Id
    title: Text
    description: Text | None = None
    format: Format
    hours: Hours | None = None
    gives: Annotated[dict[Id, Id], Field(min_length=1)]
    lms: LmsValue | None = None
    seats_per_year: Seats | None = None
    audience: list[Id] | None = Field(
        default=None,
        description="Format 1.1: group or role ids; the course satisfies needs of "
        "those roles only.",
    )
    provider: Text | None = None
    url: Url | None = None


class Model(_Strict):
    """A dosing model, format version 1."""

    model_config = ConfigDict(
        title="dosering model (format 1)",
        json_schema_extra={
            "$id": "https://dosering.invalid/schema/v1/dosering.schema.json",
            "description": "A region's dosing model for improvement knowledge "
            "(förbättringskunskap): who needs to know what, at which level, "
            "through which courses.",
        },
    )

    dosering: Literal[1]
    region: Region
    levels: Annotated[list[Level], Field(min_length=1)]
    areas: Annotated[list[Area], Field(min_length=1)]
    groups: list[Group] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    courses: list[Course] = Field(default_factory=list)


def need_parts(value: str | Need) -> tuple[str, tuple[str, ...] | None, int | None]:
    """A need in either form as (level, prescribed courses or None, within_months)."""
    if isinstance(value, str):
        return value, None, None
    courses = tuple(value.courses) if value.courses is not None else None
    return value.level, courses, value.within_months


def lms_codes(course: Course) -> tuple[str, ...]:
    """A course's LMS codes as a tuple (none, one or several)."""
    if course.lms is None:
        return ()
    if isinstance(course.lms, str):
        return (course.lms,)
    return tuple(course.lms)


def hr_codes(role: Role) -> tuple[str, ...]:
    """A role's HR codes or titles as a tuple (none, one or several)."""
    if role.hr is None:
        return ()
    if isinstance(role.hr, str):
        return (role.hr,)
    return tuple(role.hr)


def is_open(course: Course, role: Role) -> bool:
    """True when a course's `audience` (if any) names the role or its group."""
    audience = course.audience
    return audience is None or role.id in audience or role.group in audience


def json_schema() -> dict[str, Any]:
    """The JSON Schema of format 1, as committed in `models/dosering.schema.json`."""
    schema = Model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def validate_model(data: dict[str, Any]) -> tuple[Model | None, list[Draft]]:
    """Validate plain data as format 1: the model, or the errors as drafts."""
    try:
        return Model.model_validate(data), []
    except ValidationError as exc:
        suggest = _References(data)
        return None, [
            draft
            for error in exc.errors(include_url=False)
            for draft in _drafts_for(error, data, suggest)
        ]


class _References:
    """Did-you-mean for references that are no ids (`Veta & delta` for `veta`).

    One `Suggestions` per kind of reference, built from the data at its first use.
    """

    def __init__(self, data: Any) -> None:
        self._data = data
        self._by_lists: dict[tuple[str, ...], Suggestions] = {}

    def __call__(self, lists: tuple[str, ...], text: str) -> str | None:
        suggest = self._by_lists.get(lists)
        if suggest is None:
            entries = [
                entry
                for name in lists
                for entry in _entries(self._data, name)
                if isinstance(entry.get("id"), str)
            ]
            suggest = Suggestions(
                (entry["id"] for entry in entries),
                (
                    (entry[field], entry["id"])
                    for entry in entries
                    for field in ("name", "title")
                    if isinstance(entry.get(field), str)
                ),
            )
            self._by_lists[lists] = suggest
        return suggest(text)


def _entries(data: Any, name: str) -> list[dict[Any, Any]]:
    """The mappings listed under `name:`, as far as the data has them."""
    entries = data.get(name) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    return [entry for entry in entries if isinstance(entry, dict)]


def referred_lists(path: Path, is_key: bool) -> tuple[str, ...] | None:
    """The lists whose ids a value (or key) at `path` names; None for no reference."""
    if len(path) < 3 or not isinstance(path[1], int):  # noqa: PLR2004
        return None
    head, field, depth = path[0], path[2], len(path)
    if head == "roles" and field == "group" and depth == 3:  # noqa: PLR2004
        return ("groups",)
    if head == "roles" and field == "needs":
        if depth == 4:  # noqa: PLR2004
            return ("areas",) if is_key else ("levels",)
        if depth == 5 and path[4] == "level":  # noqa: PLR2004
            return ("levels",)
        if depth == 6 and path[4] == "courses":  # noqa: PLR2004
            return ("courses",)
    if head == "courses" and field == "gives" and depth == 4:  # noqa: PLR2004
        return ("areas",) if is_key else ("levels",)
    if head == "courses" and field == "audience" and depth == 4:  # noqa: PLR2004
        return ("groups", "roles")
    if head == "levels" and field == "includes" and depth == 4:  # noqa: PLR2004
        return ("levels",)
    if head == "areas" and field == "outcomes" and depth == 4 and is_key:  # noqa: PLR2004
        return ("levels",)
    return None


_TAGS = frozenset({"short", "full", "one", "list"})
_ALLOWED: dict[str, tuple[str, ...]] = {
    "": tuple(Model.model_fields),
    "region": tuple(Region.model_fields),
    "levels": tuple(Level.model_fields),
    "areas": tuple(Area.model_fields),
    "groups": tuple(Group.model_fields),
    "roles": tuple(Role.model_fields),
    "needs": tuple(Need.model_fields),
    "courses": tuple(Course.model_fields),
}


def _clean_loc(loc: tuple[Any, ...], data: Any) -> tuple[Path, bool]:
    """Drop pydantic's union tags from a location; say whether it names a dict key."""
    out: list[Any] = []
    node = data
    is_key = False
    for part in loc:
        if part == "[key]":
            is_key = True
            continue
        if isinstance(part, str) and part in _TAGS and not _has(node, part):
            continue
        out.append(part)
        node = _child(node, part)
    return tuple(out), is_key


def _has(node: Any, key: Any) -> bool:
    return isinstance(node, dict) and key in node


def _child(node: Any, key: Any) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return None


def _container(path: Path) -> str:
    """Which kind of mapping a path's parent is, for the allowed-keys lists."""
    names = [p for p in path if isinstance(p, str)]
    if not names:
        return ""
    if len(path) >= 4 and path[-2] not in _ALLOWED and path[-3] == "needs":  # noqa: PLR2004
        return "needs"
    if len(path) >= 3 and path[-3] == "needs":  # noqa: PLR2004
        return "needs"
    return str(names[0]) if names[0] in _ALLOWED else ""


def value_kind(value: Any) -> str:
    """The kind of a YAML value, for messages: null, bool, int, float, date, …."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dict):
        return "mapping"
    if isinstance(value, list):
        return "list"
    return "text"


def _field(path: Path) -> str:
    """The name a message uses for a value: its key, or `roles[3]` for an entry."""
    if len(path) >= 2 and isinstance(path[-1], int) and isinstance(path[-2], str):  # noqa: PLR2004
        return f"{path[-2]}[{path[-1]}]"
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return ""


_STRING_ERRORS = {"string_type", "str_type"}
_NUMBER_ERRORS = {"int_type", "float_type", "int_from_float", "int_parsing"}
_RANGE_ERRORS = {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}


def _drafts_for(error: Any, data: Any, suggest: _References) -> Iterator[Draft]:
    kind_of_error = error["type"]
    path, is_key = _clean_loc(tuple(error["loc"]), data)
    value = error.get("input")
    field = _field(path)
    ctx = error.get("ctx") or {}
    params: dict[str, Any] = {"field": field, "kind": value_kind(value), "value": value}
    if kind_of_error == "extra_forbidden":
        allowed = _ALLOWED.get(_container(path), ())
        params["key"] = path[-1] if path else ""
        params["allowed"] = allowed
        yield Draft("unknown-key", path, params, anchor=Anchor.KEY)
        return
    if kind_of_error == "missing":
        yield Draft(
            "schema", path, params, anchor=Anchor.FIRST_KEY, message_key="missing"
        )
        return
    anchor = Anchor.KEY if is_key else Anchor.VALUE
    if is_key:
        params["field"] = path[-2] if len(path) > 1 else field
    quoted = inside_quotes(value) if isinstance(value, str) else None
    if path == ("dosering",):
        key = "version"
    elif quoted is not None and _fixed_without_quotes(kind_of_error, ctx, quoted):
        # `id: “veta”`, `headcount: “120”`: pasted from Word, quotes and all
        params["inner"] = quoted
        params["plain"] = reads_as_text(quoted)
        number = kind_of_error in _NUMBER_ERRORS or (
            kind_of_error == "dosering_seats" and quoted.isdigit()
        )
        key = "quotes.number" if number else "quotes"
    elif kind_of_error in _STRING_ERRORS and params["kind"] in (
        "null",
        "list",
        "mapping",
    ):
        key = "no-text"
    elif kind_of_error in _STRING_ERRORS:
        key = "not-text-key" if is_key else "not-text"
    elif kind_of_error == "string_pattern_mismatch":
        pattern = ctx.get("pattern", "")
        if pattern == ID_PATTERN:
            key = "bad-id"
        elif pattern == URL_PATTERN:
            key = "bad-url"
        else:
            key = "bad-date"
    elif kind_of_error == "string_too_long":
        key = "long-id"
    elif kind_of_error in _NUMBER_ERRORS and _numeric_text(value):
        key = "quoted-number"
    elif (
        kind_of_error in _NUMBER_ERRORS
        and isinstance(value, str)
        and (written := _number_as_written(value, whole="int" in kind_of_error))
    ):
        key, params["plain"] = written  # `1 750`, `10 %`, `0,1`: a number as typed
    elif kind_of_error in _NUMBER_ERRORS:
        key = "not-integer" if "int" in kind_of_error else "not-number"
        if isinstance(value, float) and key == "not-integer" and value.is_integer():
            params["whole"] = int(value)
            key = "float-for-integer"
    elif kind_of_error == "finite_number" or (
        isinstance(value, float) and not math.isfinite(value)
    ):
        key = "not-finite"
    elif kind_of_error in _RANGE_ERRORS:
        params["limit"] = _number(next(iter(ctx.values()), ""))
        key = kind_of_error.replace("_", "-")
        if key == "less-than-equal" and params["limit"] == _number(HEADCOUNT_MAX):
            key = "less-than-equal.count"
    elif kind_of_error == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        params["expected"] = expected
        key = "not-allowed"
    elif kind_of_error in ("dict_type", "model_type", "model_attributes_type"):
        key = "not-mapping"
    elif kind_of_error == "list_type":
        key = "not-list"
    elif kind_of_error == "too_short":
        key = "empty"
    elif kind_of_error == "dosering_date":
        key = "bad-date"
    elif kind_of_error == "dosering_seats":
        key = "bad-seats"
    elif kind_of_error == "union_tag_invalid":  # pragma: no cover - tags are total
        key = "not-text"
    else:
        params["detail"] = _plain(error.get("msg", ""))
        key = "invalid"
    lists = referred_lists(path, is_key) if key in ("bad-id", "long-id") else None
    if lists is not None and isinstance(value, str):
        params["suggestion"] = suggest(lists, value)  # a name written for its id
    if key == "bad-id" and isinstance(value, str):
        hidden = hidden_in(value)
        plain = "".join(c for c in value if not is_hidden(c))
        params["example"] = slug(plain)  # the value as an id would be written
        if hidden:  # `avdelnings\u200bchef`: pasted, and right once it is gone
            params.update(char=code_of(hidden[0]), sort=hidden_sort(hidden[0]))
            params["shown"] = marked(value)
            key = "bad-id.hidden"
    if path and path[0] == "dosering" and key != "version":
        key = "version"
    none = value is None or value is False
    if isinstance(value, str):
        none = value.strip().casefold() in NONE_WORDS
    none_key = level_of(path)
    levels = _level_ids(data) if none_key is not None else []
    if type(value) is int and value == 0:
        none = "0" not in levels  # `fk: 0`, unless a level has the id `0`
    if none and none_key is not None:
        params["levels"] = ", ".join(levels) or "…"
        key = f"{none_key}.empty" if value is None else none_key  # a planner's "none"
    yield Draft("schema", path, params, anchor=anchor, message_key=key)


def _fixed_without_quotes(kind_of_error: str, ctx: dict[str, Any], inner: str) -> bool:
    """True when a value in typographic quotes is right once they are gone."""
    if kind_of_error == "string_pattern_mismatch":
        return re.match(str(ctx.get("pattern", "")), inner) is not None
    if kind_of_error == "literal_error":
        return f"'{inner}'" in str(ctx.get("expected", ""))
    if kind_of_error in _NUMBER_ERRORS:
        return _numeric_text(inner)
    if kind_of_error == "dosering_seats":
        return inner == UNLIMITED or inner.isdigit()
    if kind_of_error == "dosering_date":
        return re.match(DATE_PATTERN, inner) is not None
    return False


NONE_WORDS = frozenset(
    {"no", "nej", "ingen", "inget", "inga", "none", "nothing"}
    | {"-", "–", "—", "n/a", "0"}
)
"""What planners write under `needs:` for "needs nothing here" (casefolded)."""


def is_need_level(path: Path) -> bool:
    """True when `path` is the level of a need: `roles[i].needs.AREA[.level]`."""
    return (
        len(path) in (4, 5)
        and path[0] == "roles"
        and path[2] == "needs"
        and (len(path) == 4 or path[4] == "level")  # noqa: PLR2004
    )


def is_gives_level(path: Path) -> bool:
    """True when `path` is the level a course gives: `courses[i].gives.AREA`."""
    return len(path) == 4 and path[0] == "courses" and path[2] == "gives"  # noqa: PLR2004


def level_of(path: Path) -> str | None:
    """`none-need` or `none-gives` when `path` holds a level a planner may "none"."""
    if is_need_level(path):
        return "none-need"
    if is_gives_level(path):
        return "none-gives"
    return None


def _level_ids(data: Any) -> list[str]:
    """The ids listed under `levels:`, as far as the data has them."""
    levels = data.get("levels") if isinstance(data, dict) else None
    if not isinstance(levels, list):
        return []
    return [
        level["id"]
        for level in levels
        if isinstance(level, dict) and isinstance(level.get("id"), str)
    ]


def _numeric_text(value: Any) -> bool:
    """True for text that is plainly a number (`"100"`, `"0.1"`): quoted, surely."""
    return (
        isinstance(value, str)
        and re.fullmatch(r"[-+]?\d+(\.\d+)?", value.strip()) is not None
    )


def _number_as_written(value: str, *, whole: bool) -> tuple[str, str] | None:
    """The catalogue key and plain number for a number as people type it.

    `1 750` (or `1,750` for a whole number) has thousands separators; `10 %` is a
    percentage where a share is meant; `0,1` has a decimal comma.
    """
    text = value.strip()
    separators = "[ \u00a0\u202f,]" if whole else "[ \u00a0\u202f]"
    if re.fullmatch(rf"[-+]?\d{{1,3}}(?:{separators}\d{{3}})+", text):
        return "spaced-number", re.sub(r"[^\d+-]", "", text)
    percent = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%", text)
    if percent and not whole:
        share = float(percent.group(1).replace(",", ".")) / 100
        return "percent", f"{share:.6f}".rstrip("0").rstrip(".")
    if not whole and re.fullmatch(r"[-+]?\d+,\d+", text):
        return "decimal-comma", text.replace(",", ".")
    return None


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _plain(message: str) -> str:
    return re.sub(r"\s*\[type=.*$", "", message)
