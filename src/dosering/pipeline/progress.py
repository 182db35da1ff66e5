"""`run_progress`: the model, a staff list and completion exports to a follow-up.

Loads and validates the model (an invalid one stops here, with its findings), reads
the mapping (`roles:`, `ignore_roles:`, `match:`, `ignore:`), the staff list and
every completion export (streamed; several add up), and hands them to
`analyses.progress.analyse`. The CLI and the tests call this same function.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dosering.analyses.progress import (
    DEFAULT_EXPIRING_DAYS,
    DEFAULT_MIN_GROUP,
    Progress,
    analyse,
)
from dosering.core.errors import Shown, UserError
from dosering.core.findings import Draft, Located
from dosering.core.paths import path_kind
from dosering.inputs.completions import (
    CompletionFile,
    CourseMatcher,
    Done,
    finish,
    read_completions,
)
from dosering.inputs.mapping import RowMapping, read_mapping
from dosering.inputs.positions import locate
from dosering.inputs.staff import StaffList, read_staff
from dosering.inputs.tables import TableError
from dosering.model.keys import code_key
from dosering.model.schema import lms_codes
from dosering.model.semantics import Meaning
from dosering.pipeline.check import CheckedFile, Options, load_model


@dataclass(frozen=True)
class Source:
    """One completion export: its path, and its course when the file has none."""

    path: Path
    course: str | None = None
    given: str = ""
    """As written on the command line (`COURSE=PATH` or the path)."""


@dataclass(frozen=True)
class ProgressRequest:
    """What `dosering progress` was asked."""

    model: Path
    staff: Path
    completions: tuple[str, ...]
    """As given: a path, or `COURSE=PATH`."""
    on: dt.date
    mapping: Path | None = None
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_format: str | None = None
    expiring_days: int = DEFAULT_EXPIRING_DAYS
    target: float | None = None
    min_group: int = DEFAULT_MIN_GROUP
    sheet: str | None = None


@dataclass(frozen=True)
class ProgressRun:
    """The outcome: the model's check, the inputs as read, and the follow-up."""

    request: ProgressRequest
    checked: CheckedFile
    meaning: Meaning | None = None
    progress: Progress | None = None
    staff: StaffList | None = None
    files: tuple[CompletionFile, ...] = ()
    mapping_findings: tuple[Located, ...] = ()
    """Findings worded by their message key from the shared catalogue: the
    mapping's, and the staff list's role codes in typographic quotes (the row
    problems below are worded by their code alone)."""
    problems: tuple[tuple[str, Draft], ...] = ()
    """Row problems of the staff list and the exports, with their file."""

    @property
    def mapping_failed(self) -> bool:
        """True when the mapping file has errors (the exit code is then 1).

        As in `gap`: the numbers were counted without some of its decisions.
        """
        return any(f.severity == "error" for f in self.mapping_findings)

    @property
    def completions(self) -> int:
        """Completion rows read, over every export."""
        return sum(f.rows for f in self.files)

    @property
    def unknown_person(self) -> int:
        """Completion rows of persons who are not (mapped) staff."""
        return sum(f.unknown_person for f in self.files)

    @property
    def after_on(self) -> int:
        """Completion rows dated after D."""
        return sum(f.after_on for f in self.files)

    def unknown_courses(self) -> Counter[str]:
        """Codes or titles of completion rows that are no model course, counted."""
        total: Counter[str] = Counter()
        for entry in self.files:
            total.update(entry.unknown_course)
        return total


def completion_sources(given: Sequence[str], meaning: Meaning) -> tuple[Source, ...]:
    """`--completions` values as sources: `COURSE=PATH` when COURSE is a course.

    COURSE is a model course id or one of its `lms` codes; any other value with
    `=` is a path.
    """
    by_code: dict[str, str] = {}
    for course in meaning.course_by_id.values():
        by_code.setdefault(code_key(course.id), course.id)
        for code in lms_codes(course):
            by_code.setdefault(code_key(code), course.id)
    out: list[Source] = []
    for value in given:
        left, sep, right = value.partition("=")
        if sep and right and not _exists(Path(value)):
            if code_key(left) in by_code:
                out.append(Source(Path(right), by_code[code_key(left)], value))
                continue
            if left and _exists(Path(right)):
                raise _unknown_course(left, value, meaning)
        out.append(Source(Path(value), None, value))
    return tuple(out)


def _unknown_course(left: str, value: str, meaning: Meaning) -> UserError:
    """`NOPE=export.csv`: NOPE is no course of the model, and the file is there."""
    from dosering.model.suggestions import Suggestions

    courses = list(meaning.course_by_id.values())
    names = [(c.title, c.id) for c in courses]
    names += [(code, c.id) for c in courses for code in lms_codes(c)]
    near = Suggestions([c.id for c in courses], names)
    listed = Shown(tuple(c.id for c in courses[:8]), max(0, len(courses) - 8))
    found = near(left)
    key = "completions.unknown-course" + ("-near" if found else "")
    return UserError(
        key, given=Shown((value,)), course=Shown((left,)), near=found, courses=listed
    )


def _exists(path: Path) -> bool:
    """Whether a path is there; one the system cannot even look at is not."""
    try:
        return path_kind(path) != "missing"
    except OSError:
        return False


def _check_columns(
    columns: Mapping[str, tuple[str, ...]],
    staff: StaffList,
    files: Sequence[CompletionFile],
) -> None:
    """Stop at a `--column` choice that no file used, naming the staff's columns."""
    used = set(staff.chosen).union(*(f.chosen for f in files))
    for field_name, headers in columns.items():
        if field_name not in used:
            raise TableError(
                "list.column-missing",
                path=staff.name,
                field=field_name,
                header=",".join(headers),
                found=Shown.of(staff.header),
            )


def run_progress(request: ProgressRequest, options: Options) -> ProgressRun:
    """Check the model, read the inputs and follow up (DESIGN.md "Follow-up").

    A file that cannot be read raises `UserError` (a `TableError` names its
    message key); an invalid model returns a run without `progress`.
    """
    checked = load_model(request.model, str(request.model), options)
    if checked.model is None:
        return ProgressRun(request, checked)
    meaning = Meaning(checked.model)
    decisions: RowMapping | None = None
    if request.mapping is not None:
        decisions = read_mapping(
            request.mapping,
            str(request.mapping),
            meaning.course_by_id,
            role_ids=[role.id for role in meaning.model.roles],
        )
    sources = completion_sources(request.completions, meaning)
    staff = read_staff(
        request.staff,
        str(request.staff),
        meaning,
        columns=request.columns,
        roles=decisions.roles if decisions else None,
        ignore_roles=decisions.ignore_roles if decisions else (),
        date_format=request.date_format,
        sheet=request.sheet,
    )
    matcher = CourseMatcher(meaning, decisions)
    done: Done = {}
    counted: Counter[str] = Counter()
    files = tuple(
        read_completions(
            source.path,
            str(source.path),
            matcher,
            staff.index,
            request.on,
            done,
            counted,
            course=source.course,
            columns=request.columns,
            date_format=request.date_format,
            sheet=request.sheet,
        )
        for source in sources
    )
    _check_columns(request.columns, staff, files)
    progress = analyse(
        meaning,
        staff.persons,
        finish(done),
        request.on,
        expiring_days=request.expiring_days,
        target=request.target,
        counted=counted,
    )
    problems = (
        *((staff.name, draft) for draft in staff.drafts),
        *((entry.name, draft) for entry in files for draft in entry.drafts),
    )
    return ProgressRun(
        request,
        checked,
        meaning,
        progress,
        staff,
        files,
        (
            *(decisions.findings if decisions else ()),
            *locate(staff.quoted, None, staff.name),
        ),
        problems,
    )
