"""Document analysis: the model's published document as plain, analysed data.

`build_document` turns a valid model (and the pipeline's findings about it) into the
frozen values the templates receive: title block, levels, areas, the dosing matrix,
each role's learning path, the course catalogue, the dimensioning (from
`analyses.demand.allocate`, the numbers `gap` shows) and the warnings. Templates
never see raw YAML; every text here is still plain text, to be escaped on output.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from dosering.analyses.demand import Allocation, CourseDemand, allocate, yearly_demand
from dosering.core.findings import Finding, Severity
from dosering.model.schema import Course, Model, Role, is_open, lms_codes
from dosering.model.semantics import Meaning, RoleNeed

CELL_ALTERNATIVES = 3
"""At most this many courses besides the role's own are named in a matrix cell."""


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """Who the model belongs to, and which edition this is."""

    region_id: str
    region: str
    language: str
    version: str | None
    published: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class LevelInfo:
    """A level for the legend."""

    id: str
    number: int
    name: str
    description: str | None
    includes: tuple[str, ...]
    """Names of the other levels a course at this level also satisfies."""
    excludes: tuple[str, ...]
    """Names of earlier levels it does NOT satisfy (non-empty: not cumulative)."""

    @property
    def cumulative(self) -> bool:
        """True when the level covers every level before it."""
        return not self.excludes


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a person at one level of an area can do."""

    level_id: str
    level: str
    text: str


@dataclass(frozen=True, slots=True)
class AreaInfo:
    """A knowledge area with its outcomes in level order."""

    id: str
    name: str
    description: str | None
    outcomes: tuple[Outcome, ...]


@dataclass(frozen=True, slots=True)
class CellCourse:
    """A course shown in a matrix cell."""

    id: str
    title: str
    chosen: bool
    """True when the role's demand goes to this course (its learning path)."""


@dataclass(frozen=True, slots=True, eq=False)
class Cell:
    """One role × area cell of the dosing matrix; `level_id` None: no need.

    Roles with the same need share one Cell object; it compares and hashes by
    identity, so templates can cheaply render each distinct cell once.
    """

    area_id: str
    level_id: str | None
    level: str | None
    number: int | None
    """The level's 1-based position (drives the colour and the printed marker)."""
    prescribed: bool
    within_months: int | None
    courses: tuple[CellCourse, ...]
    more: int = 0
    """Further courses that give the dose, left to the catalogue."""


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """A role's row of the dosing matrix."""

    id: str
    name: str
    headcount: int | None
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class MatrixGroup:
    """The roles of one group (`id` None: roles without a group)."""

    id: str | None
    name: str | None
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True, slots=True, eq=False)
class PathStep:
    """One course on a role's learning path (shared, compared by identity)."""

    course_id: str
    title: str
    format: str
    hours: float | None
    areas: tuple[str, ...]
    """Names of the areas this course covers for the role."""
    within_months: int | None


@dataclass(frozen=True, slots=True)
class LearningPath:
    """The courses one role takes, in order, and their total."""

    role_id: str
    role: str
    group: str | None
    headcount: int | None
    demand_per_year: float | None
    steps: tuple[PathStep, ...]
    total_hours: float
    hours_unknown: int
    """Steps without hours (not in the total)."""
    missing: tuple[str, ...]
    """Names of the needed areas no offered course serves."""
    description: str | None = None
    """The role's own description, shown under its heading."""


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """A course in the catalogue."""

    id: str
    title: str
    description: str | None
    format: str
    hours: float | None
    gives: tuple[tuple[str, str], ...]
    """(area name, level name) pairs."""
    seats_per_year: int | str | None
    """A number, `"unlimited"`, or None (not known)."""
    provider: str | None
    url: str | None
    """Only an http(s) address; anything else is never a link."""
    lms: tuple[str, ...]
    no_demand: bool = False
    """True when no learning path holds the course."""


@dataclass(frozen=True, slots=True)
class CourseLoad:
    """A course's yearly demand against its seats (from `allocate`)."""

    course_id: str
    title: str
    demand_per_year: float
    seats_per_year: int | str | None
    """A number, `"unlimited"`, or None (not known)."""
    shortfall_people: float
    """Course places a year the seats fall short by."""
    backlog: int
    years_to_cover: float | None
    no_demand: bool = False
    """True when no learning path holds the course (shown as –, with a note)."""
    unlimited: bool = False
    """True with `seats_per_year: unlimited` (never short)."""


@dataclass(frozen=True, slots=True)
class GroupLoad:
    """Training volume of one group of roles."""

    id: str | None
    name: str | None
    headcount: int
    people_per_year: float
    hours_per_year: float
    backlog_hours: float


@dataclass(frozen=True, slots=True)
class Dimensioning:
    """The feasibility numbers: per course and per group."""

    courses: tuple[CourseLoad, ...]
    groups: tuple[GroupLoad, ...]
    total: GroupLoad
    roles_without_headcount: tuple[str, ...]
    """Names of the roles without headcount."""
    max_value: float
    """The largest demand or seat figure (the chart's scale)."""


@dataclass(frozen=True, slots=True)
class Warning:
    """A finding the published document shows."""

    severity: str
    code: str
    message: str
    location: str | None
    line: int | None


@dataclass(frozen=True, slots=True)
class Document:
    """Everything the templates receive about the model."""

    title: TitleBlock
    levels: tuple[LevelInfo, ...]
    areas: tuple[AreaInfo, ...]
    matrix: tuple[MatrixGroup, ...]
    paths: tuple[LearningPath, ...]
    catalogue: tuple[CatalogueEntry, ...]
    dimensioning: Dimensioning
    warnings: tuple[Warning, ...]

    @property
    def role_count(self) -> int:
        """How many roles the matrix has."""
        return sum(len(group.rows) for group in self.matrix)

    @property
    def grouped(self) -> bool:
        """Whether the model has groups (else every role is "without a group")."""
        return any(group.id is not None for group in self.matrix)


def safe_url(url: str | None) -> str | None:
    """`url` when it is an http(s) address with a host, else None (never a link)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 0x20 for ch in url):  # noqa: PLR2004 - controls
        return None
    return url


def build_document(
    meaning: Meaning,
    findings: Iterable[Finding] = (),
    allocation: Allocation | None = None,
) -> Document:
    """The analysed document of a valid model.

    Args:
        meaning: The model's lookups.
        findings: The pipeline's findings about the model; its warnings and notes
            appear in the document.
        allocation: The demand against a course list (`find_gaps(...).allocation`,
            as `gap` computes it); None: against the model's own catalogue.
    """
    model = meaning.model
    if allocation is None:
        allocation = allocate(meaning)
    level_names = {level.id: level.name for level in model.levels}
    area_names = {area.id: area.name for area in model.areas}
    paths = _paths(meaning, allocation, area_names)
    no_demand = set(allocation.no_demand)
    return Document(
        title=_title(model),
        levels=_levels(meaning),
        areas=_areas(model, level_names),
        matrix=_matrix(meaning, allocation, level_names),
        paths=paths,
        catalogue=tuple(
            _entry(c, area_names, level_names, c.id in no_demand) for c in model.courses
        ),
        dimensioning=_dimensioning(meaning, allocation, paths),
        warnings=tuple(
            Warning(str(f.severity), f.code, f.message, f.location, f.line)
            for f in findings
            if f.severity is not Severity.ERROR
        ),
    )


def _title(model: Model) -> TitleBlock:
    region = model.region
    return TitleBlock(
        region_id=region.id,
        region=region.name,
        language=region.language,
        version=region.version,
        published=region.published.isoformat() if region.published else None,
        source=safe_url(region.source),
    )


def _levels(meaning: Meaning) -> tuple[LevelInfo, ...]:
    levels = meaning.model.levels
    names = {level.id: level.name for level in levels}
    out: list[LevelInfo] = []
    for index, level in enumerate(levels):
        reach = meaning.closure.get(level.id, frozenset())
        earlier = [lv.id for lv in levels[:index]]
        out.append(
            LevelInfo(
                id=level.id,
                number=index + 1,
                name=level.name,
                description=level.description,
                includes=tuple(names[i] for i in earlier if i in reach),
                excludes=tuple(names[i] for i in earlier if i not in reach),
            )
        )
    return tuple(out)


def _areas(model: Model, level_names: dict[str, str]) -> tuple[AreaInfo, ...]:
    out: list[AreaInfo] = []
    for area in model.areas:
        outcomes = area.outcomes or {}
        out.append(
            AreaInfo(
                id=area.id,
                name=area.name,
                description=area.description,
                outcomes=tuple(
                    Outcome(level.id, level.name, outcomes[level.id])
                    for level in model.levels
                    if level.id in outcomes
                ),
            )
        )
    return tuple(out)


def _grouped(model: Model) -> list[tuple[str | None, str | None, list[int]]]:
    """Role indices per group: the groups in model order, then roles without one."""
    members: dict[str | None, list[int]] = {}
    for index, role in enumerate(model.roles):
        members.setdefault(role.group, []).append(index)
    out: list[tuple[str | None, str | None, list[int]]] = [
        (group.id, group.name, members.pop(group.id))
        for group in model.groups
        if group.id in members
    ]
    rest = [i for indices in members.values() for i in indices]
    if rest:
        out.append((None, None, sorted(rest)))
    return out


def _matrix(
    meaning: Meaning, allocation: Allocation, level_names: dict[str, str]
) -> tuple[MatrixGroup, ...]:
    model = meaning.model
    titles = {c.id: c.title for c in model.courses}
    # Many roles share a need: one Cell object per distinct need and allocation.
    made: dict[tuple[object, ...], Cell] = {}
    empty = {
        area.id: Cell(area.id, None, None, None, False, None, ())
        for area in model.areas
    }
    column = {area.id: i for i, area in enumerate(model.areas)}
    blank = [empty[area.id] for area in model.areas]
    cells_of: dict[int, list[Cell]] = {}
    named = {n for c in model.courses for n in c.audience or ()}
    for need in meaning.needs:
        if need.area not in column:
            continue
        # Roles alike share a cell: same need, the same course on their path, and
        # the same courses open to them (`audience`).
        role = model.roles[need.role_index]
        chosen = allocation.targets.get((need.role_index, need.area), ())
        memo = (
            need.area,
            need.level,
            need.courses,
            need.within_months,
            chosen,
            role.group,
            role.id if role.id in named else None,
        )
        cell = made.get(memo)
        if cell is None:
            cell = made[memo] = _cell(meaning, need, role, chosen, titles, level_names)
        row = cells_of.get(need.role_index)
        if row is None:
            row = cells_of[need.role_index] = blank.copy()
        row[column[need.area]] = cell
    groups: list[MatrixGroup] = []
    for group_id, group_name, indices in _grouped(model):
        rows: list[MatrixRow] = []
        for index in indices:
            role = model.roles[index]
            cells = tuple(cells_of.get(index, blank))
            rows.append(MatrixRow(role.id, role.name, role.headcount, cells))
        groups.append(MatrixGroup(group_id, group_name, tuple(rows)))
    return tuple(groups)


def _cell(
    meaning: Meaning,
    need: RoleNeed,
    role: Role,
    chosen: tuple[str, ...],
    titles: dict[str, str],
    level_names: dict[str, str],
) -> Cell:
    if need.courses:
        shown = [c for c in dict.fromkeys(need.courses) if c in titles]
        more = 0
    else:
        dose = [
            c for c in _right_dose(meaning, need.area, need.level, role) if c in titles
        ]
        others = [c for c in dose if c not in chosen][:CELL_ALTERNATIVES]
        kept = set(others) | set(chosen)
        shown = [c for c in dict.fromkeys((*dose, *chosen)) if c in kept]
        more = len([c for c in dose if c not in kept])
    return Cell(
        area_id=need.area,
        level_id=need.level,
        level=level_names.get(need.level, need.level),
        number=meaning.level_order.get(need.level, 0) + 1,
        prescribed=bool(need.courses),
        within_months=need.within_months,
        courses=tuple(CellCourse(c, titles[c], c in chosen) for c in shown),
        more=more,
    )


def _right_dose(meaning: Meaning, area: str, level: str, role: Role) -> tuple[str, ...]:
    """The satisfiers open to the role that give the area at the lowest level.

    Courses at higher levels satisfy the need too, but they are not its dose; the
    catalogue lists them. A course whose `audience` excludes the role is none.
    """
    courses = meaning.course_by_id
    found = [c for c in meaning.satisfiers(area, level) if is_open(courses[c], role)]
    order = meaning.level_order
    ranks = {c: order.get(courses[c].gives[area], len(order)) for c in found}
    lowest = min(ranks.values(), default=0)
    return tuple(c for c in found if ranks[c] == lowest)


@dataclass(frozen=True, slots=True)
class _Route:
    """What a set of needs gives a role: the steps, their hours, what is missing."""

    steps: tuple[PathStep, ...]
    total_hours: float
    hours_unknown: int
    missing: tuple[str, ...]


def _paths(
    meaning: Meaning, allocation: Allocation, area_names: dict[str, str]
) -> tuple[LearningPath, ...]:
    model = meaning.model
    group_names = {group.id: group.name for group in model.groups}
    position: dict[str, int] = {}
    for i, course in enumerate(model.courses):
        position.setdefault(course.id, i)
    needs_of: dict[int, list[RoleNeed]] = {}
    for need in meaning.needs:
        needs_of.setdefault(need.role_index, []).append(need)
    # Roles with the same needs and the same learning path take the same route:
    # work each distinct one out once.
    routes: dict[tuple[object, ...], _Route] = {}
    made: dict[tuple[str, tuple[str, ...], int | None], PathStep] = {}
    reach: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, int], ...]] = {}
    out: list[LearningPath] = []
    for index, role in enumerate(model.roles):
        needs = needs_of.get(index, [])
        targets = allocation.targets
        key = tuple(
            (n.area, n.within_months, targets.get((index, n.area), ())) for n in needs
        )
        route = routes.get(key)
        if route is None:
            route = routes[key] = _route(
                meaning, allocation, area_names, needs, position, made, reach
            )
        out.append(
            LearningPath(
                role_id=role.id,
                role=role.name,
                group=group_names.get(role.group or ""),
                headcount=role.headcount,
                demand_per_year=yearly_demand(role),
                steps=route.steps,
                total_hours=route.total_hours,
                hours_unknown=route.hours_unknown,
                missing=route.missing,
                description=role.description,
            )
        )
    return tuple(out)


def _route(
    meaning: Meaning,
    allocation: Allocation,
    area_names: dict[str, str],
    needs: list[RoleNeed],
    position: dict[str, int],
    made: dict[tuple[str, tuple[str, ...], int | None], PathStep],
    reach: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, int], ...]],
) -> _Route:
    """The courses a role with these needs takes, in order (see the README)."""
    courses = meaning.course_by_id
    order = meaning.level_order
    # course id -> (areas, earliest deadline, smallest level position)
    served: dict[str, tuple[list[str], int | None, int]] = {}
    missing: list[str] = []
    for need in needs:
        targets = allocation.targets.get((need.role_index, need.area), ())
        found = reach.get((need.area, targets))
        if found is None:
            found = reach[need.area, targets] = tuple(
                (c, order.get(courses[c].gives.get(need.area) or "", len(order)))
                for c in targets
            )
        name = area_names.get(need.area, need.area)
        if not found:
            missing.append(name)
        for course_id, level_rank in found:
            areas, deadline, rank = served.get(course_id, ([], None, len(order)))
            areas.append(name)
            if need.within_months is not None:
                deadline = min(deadline or need.within_months, need.within_months)
            served[course_id] = (areas, deadline, min(rank, level_rank))
    ranked = sorted(
        served.items(),
        key=lambda item: (
            item[1][1] is None,
            item[1][1] or 0,
            item[1][2],
            position[item[0]],
        ),
    )
    steps: list[PathStep] = []
    for course_id, (areas, deadline, _) in ranked:
        covered = tuple(areas)
        step = made.get((course_id, covered, deadline))
        if step is None:
            course = courses[course_id]
            step = made[course_id, covered, deadline] = PathStep(
                course_id=course_id,
                title=course.title,
                format=course.format,
                hours=course.hours,
                areas=covered,
                within_months=deadline,
            )
        steps.append(step)
    return _Route(
        steps=tuple(steps),
        total_hours=sum(step.hours or 0.0 for step in steps),
        hours_unknown=sum(1 for step in steps if step.hours is None),
        missing=tuple(missing),
    )


def _entry(
    course: Course,
    area_names: dict[str, str],
    level_names: dict[str, str],
    no_demand: bool,
) -> CatalogueEntry:
    return CatalogueEntry(
        id=course.id,
        title=course.title,
        description=course.description,
        format=course.format,
        hours=course.hours,
        gives=tuple(
            (area_names.get(area, area), level_names.get(level, level))
            for area, level in course.gives.items()
        ),
        seats_per_year=course.seats_per_year,
        provider=course.provider,
        url=safe_url(course.url),
        lms=lms_codes(course),
        no_demand=no_demand,
    )


def _load(entry: CourseDemand, title: str) -> CourseLoad:
    return CourseLoad(
        course_id=entry.course,
        title=title,
        demand_per_year=entry.demand_per_year,
        seats_per_year=entry.seats_per_year,
        shortfall_people=entry.shortfall_people,
        backlog=entry.backlog,
        years_to_cover=entry.years_to_cover,
        no_demand=entry.no_demand,
        unlimited=entry.unlimited,
    )


def _dimensioning(
    meaning: Meaning, allocation: Allocation, paths: Sequence[LearningPath]
) -> Dimensioning:
    model = meaning.model
    titles = {c.id: c.title for c in model.courses}
    loads = tuple(_load(entry, titles[entry.course]) for entry in allocation.courses)
    path_hours = [path.total_hours for path in paths]
    groups = tuple(
        _group_load(group_id, name, model.roles, indices, path_hours)
        for group_id, name, indices in _grouped(model)
    )
    total = _group_load(None, None, model.roles, range(len(model.roles)), path_hours)
    figures = [c.demand_per_year for c in loads] + [
        float(c.seats_per_year) for c in loads if isinstance(c.seats_per_year, int)
    ]
    names = {role.id: role.name for role in model.roles}
    return Dimensioning(
        courses=loads,
        groups=groups,
        total=total,
        roles_without_headcount=tuple(
            names[r] for r in allocation.roles_without_headcount
        ),
        max_value=max(figures, default=0.0),
    )


def _group_load(
    group_id: str | None,
    name: str | None,
    roles: Sequence[Role],
    indices: Iterable[int],
    path_hours: Sequence[float],
) -> GroupLoad:
    people = 0.0
    hours_year = 0.0
    backlog_hours = 0.0
    headcount = 0
    for index in indices:
        role = roles[index]
        demand = yearly_demand(role) or 0.0
        people += demand
        hours_year += demand * path_hours[index]
        backlog_hours += (role.headcount or 0) * path_hours[index]
        headcount += role.headcount or 0
    return GroupLoad(group_id, name, headcount, people, hours_year, backlog_hours)
