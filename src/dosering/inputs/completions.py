"""Completion exports: which person completed which model course, and when.

One row per person and course completed (an LMS export; several files add up). The
course is matched like a course-list row (the mapping file, an `lms` code, the
normalised title), or fixed for a whole file (`COURSE=PATH`, Moodle's per-course
completion report). A row whose status says it is not completed, or whose date is
blank, is no completion; an unknown status word or an unreadable date is a warning
(one per kind, at its first row, with how many rows are like it), never naming the
person. The file is read as a stream: only the completions that count are kept.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dosering.core.findings import Draft
from dosering.inputs.courselist import Row
from dosering.inputs.mapping import RowMapping
from dosering.inputs.people import COMPLETED, PERSON
from dosering.inputs.tables import (
    Field,
    HeaderNotFound,
    Spec,
    TableError,
    cell_text,
    open_table,
    parse_date,
)
from dosering.model.keys import code_key, title_key
from dosering.model.schema import lms_codes
from dosering.model.semantics import Meaning

COURSE = Field(
    "course",
    (
        "Kurskod",
        "Aktivitets-ID",
        "course_code",
        "Course short name",
        "ID number (course)",
        "Kurs-id",
    ),
)
TITLE = Field(
    "title", ("Kursnamn", "Aktivitetsnamn", "course_name", "Course full name")
)
STATUS = Field("status", ("Status", "Resultat", "Completion status"))
FIELDS = (PERSON, COURSE, TITLE, COMPLETED, STATUS)
SPEC = Spec(FIELDS, (("person",), ("course", "title"), ("completed",)))
ONE_COURSE_SPEC = Spec(FIELDS, (("person",), ("completed",)))
"""A file given as `COURSE=PATH` needs no course column."""

DONE_WORDS = frozenset(
    (
        "slutförd",
        "genomförd",
        "godkänd",
        "klar",
        "completed",
        "complete",
        "passed",
        "completed (achieved pass grade)",
        "completed (did not achieve pass grade)",
    )
)
NOT_DONE_WORDS = frozenset(
    (
        "ej slutförd",
        "ej genomförd",
        "ej godkänd",
        "pågående",
        "påbörjad",
        "anmäld",
        "not completed",
        "incomplete",
        "in progress",
        "failed",
        "not started",
    )
)
_SHAPE = re.compile(r"\d")


def status_word(value: Any) -> str | None:
    """A status cell as compared: casefolded, spaces collapsed; None when blank."""
    text = cell_text(value)
    return None if text is None else " ".join(text.casefold().split())


class CourseMatcher:
    """A row's code and title to a model course id (None: not a model course)."""

    def __init__(self, meaning: Meaning, mapping: RowMapping | None = None) -> None:
        self.mapping = mapping
        self.by_code: dict[str, str] = {}
        self.by_title: dict[str, list[str]] = {}
        for course in meaning.course_by_id.values():
            for code in lms_codes(course):
                self.by_code.setdefault(code_key(code), course.id)
            self.by_title.setdefault(title_key(course.title), []).append(course.id)
        self.cache: dict[tuple[Any, Any], str | None] = {}

    def match(self, code: Any, title: Any) -> str | None:
        """The course, by the mapping, then the `lms` code, then a unique title."""
        key = (code, title)
        if key in self.cache:
            return self.cache[key]
        found = self._match(cell_text(code), cell_text(title))
        self.cache[key] = found
        return found

    def _match(self, code: str | None, title: str | None) -> str | None:
        if self.mapping is not None:
            decided, course = self.mapping.decide(Row(0, code, title, None, None))
            if decided:
                return course
        if code is not None and code_key(code) in self.by_code:
            return self.by_code[code_key(code)]
        titled = self.by_title.get(title_key(title)) if title else None
        return titled[0] if titled and len(titled) == 1 else None


@dataclass(frozen=True)
class CompletionFile:
    """What one completion export held, beyond the completions kept."""

    name: str
    rows: int
    unknown_person: int
    unknown_course: Mapping[str, int]
    """A course code or title that is no model course -> its rows."""
    after_on: int
    not_completed: int
    drafts: tuple[Draft, ...]
    columns: Mapping[str, tuple[str, ...]]
    chosen: frozenset[str] = frozenset()
    """The `--column` choices this file used."""


Done = dict[int, dict[str, list[dt.date]]]
"""Person index -> course id -> completion dates (on or before D)."""


def read_completions(
    path: Path,
    name: str,
    matcher: CourseMatcher,
    people: Mapping[str, int],
    on: dt.date,
    done: Done,
    counted: Counter[str],
    *,
    course: str | None = None,
    columns: Mapping[str, Sequence[str]] | None = None,
    date_format: str | None = None,
    sheet: str | None = None,
) -> CompletionFile:
    """Read one completion export, adding its completions to `done` and `counted`.

    Args:
        path: The file.
        name: How it is named in findings.
        matcher: Matches a row's course.
        people: Person key (folded) -> person index (today's staff).
        on: The date D: later completions do not count yet.
        done: Where the completions that count are added.
        counted: Completion rows counted per course (added to).
        course: The model course of every row (`COURSE=PATH`).
        columns: `--column` choices.
        date_format: A strftime pattern for dates that are not ISO.
        sheet: A workbook's sheet.
    """
    spec = SPEC if course is None else ONE_COURSE_SPEC
    try:
        table = open_table(path, name, spec, columns=columns, sheet=sheet, strict=False)
    except HeaderNotFound as exc:
        if exc.header is None:
            raise TableError(
                "completions.no-header-row", path=name, row=exc.row
            ) from exc
        missing = next(
            group[0]
            for group in spec.required
            if not any(f in exc.matched for f in group)
        )
        raise TableError(
            f"completions.no-{missing}",
            path=name,
            row=exc.row,
            found=exc.params["found"],
        ) from exc
    with table:
        return _read_rows(
            table, name, matcher, people, on, done, counted, course, date_format
        )


def _read_rows(
    table: Any,
    name: str,
    matcher: CourseMatcher,
    people: Mapping[str, int],
    on: dt.date,
    done: Done,
    counted: Counter[str],
    fixed: str | None,
    date_format: str | None,
) -> CompletionFile:
    at_person = table.column("person")
    at_code = table.column("course")
    at_title = table.column("title")
    at_date = table.column("completed")
    at_status = table.column("status")
    width = max(i for indices in table.columns.values() for i in indices) + 1
    rows = unknown_person = after_on = not_completed = 0
    unknown_course: Counter[str] = Counter()
    statuses: dict[Any, bool | None] = {}
    dates: dict[Any, dt.date | None] = {}
    bad_status: dict[str, list[int]] = {}
    bad_date: dict[str, list[Any]] = {}
    courses = matcher.cache
    unknown: Counter[tuple[Any, Any]] = Counter()
    find_person = people.get
    for number, raw in table.rows:
        rows += 1
        cells = raw if len(raw) >= width else [*raw, *[None] * (width - len(raw))]
        if fixed is None:
            key = (
                None if at_code is None else cells[at_code],
                None if at_title is None else cells[at_title],
            )
            course = courses.get(key)
            if course is None and key not in courses:
                course = matcher.match(*key)
            if course is None:
                unknown[key] += 1
                continue
        else:
            course = fixed
        value = cells[at_person]
        person = find_person(
            value.strip().casefold() if value.__class__ is str else _key(value)
        )
        if person is None:
            unknown_person += 1
            continue
        if at_status is not None:
            status = cells[at_status]
            verdict = statuses.get(status, 0)
            if verdict == 0:
                verdict = statuses[status] = _verdict(status)
            if verdict is None:
                bad_status.setdefault(status_word(status) or "", []).append(number)
                continue
            if verdict is False:
                not_completed += 1
                continue
        stamp = cells[at_date]
        day = dates.get(stamp)
        if day is None and stamp not in dates:
            try:
                day = dates[stamp] = parse_date(stamp, date_format)
            except ValueError:
                shape = _SHAPE.sub("9", str(cell_text(stamp)))
                bad_date.setdefault(shape, [number, cell_text(stamp), 0])
                bad_date[shape][2] += 1
                continue
        if day is None:
            not_completed += 1
            continue
        if day > on:
            after_on += 1
            continue
        own = done.get(person)
        if own is None:
            own = done[person] = {}
        found = own.get(course)
        if found is None:
            own[course] = [day]
        else:
            found.append(day)
        counted[course] += 1
    for (code, title), count in unknown.items():
        label = cell_text(code) or cell_text(title) or ""
        unknown_course[" ".join(label.split())] += count
    drafts = _drafts(bad_status, bad_date, people, at_status, at_date)
    if not rows:  # a course nobody has completed yet, or an export cut short
        drafts = (Draft("completion-no-rows", (), {}, line=table.header_row),)
    return CompletionFile(
        name,
        rows,
        unknown_person,
        dict(unknown_course),
        after_on,
        not_completed,
        drafts,
        {f: table.headers(f) for f in table.columns},
        table.chosen,
    )


def _key(value: Any) -> str:
    text = cell_text(value)
    return "" if text is None else text.casefold()


def _verdict(value: Any) -> bool | None:
    """True: completed; False: not (or blank, then the date decides); None: unknown."""
    word = status_word(value)
    if word is None or word in DONE_WORDS:
        return True
    if word in NOT_DONE_WORDS:
        return False
    return None


def _drafts(
    bad_status: Mapping[str, list[int]],
    bad_date: Mapping[str, list[Any]],
    people: Mapping[str, int],
    at_status: int | None,
    at_date: int | None,
) -> tuple[Draft, ...]:
    """One warning per unknown status word and per shape of unreadable date.

    A cell that is a person key (a column taken for another) is never shown.
    """
    out: list[Draft] = []
    for word, numbers in bad_status.items():
        shown = None if word in people else word
        out.append(
            Draft(
                "completion-status",
                (),
                {"word": shown, "count": len(numbers)},
                line=numbers[0],
                col=None if at_status is None else at_status + 1,
            )
        )
    for first, value, count in bad_date.values():
        shown = None if value is None or value.casefold() in people else value
        out.append(
            Draft(
                "completion-date",
                (),
                {"value": shown, "count": count},
                line=first,
                col=None if at_date is None else at_date + 1,
            )
        )
    out.sort(key=lambda d: (d.line or 0, d.code))
    return tuple(out)


def finish(done: Done) -> dict[int, dict[str, tuple[dt.date, ...]]]:
    """The completions sorted and without repeats, ready for the analysis."""
    return {
        person: {course: tuple(sorted(set(days))) for course, days in courses.items()}
        for person, courses in done.items()
    }
