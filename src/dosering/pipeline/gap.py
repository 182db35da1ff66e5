"""`gap`'s run: the model, the course list and the mapping to coverage and findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from dosering.analyses.coverage import Coverage, find_gaps
from dosering.core.findings import Draft, Located
from dosering.inputs.courselist import CourseList, read_course_list
from dosering.inputs.mapping import RowMapping, read_mapping
from dosering.inputs.positions import locate
from dosering.inputs.yaml import paused_gc
from dosering.model.semantics import Meaning
from dosering.pipeline.check import Checked, Options, load_model


@dataclass(frozen=True)
class Gap:
    """A gap analysis of a valid model: what every gap reporter shows."""

    model: str
    courses: str | None
    meaning: Meaning
    coverage: Coverage
    findings: tuple[Located, ...]
    """The course list's and the mapping's findings."""
    rows: int
    mapping: RowMapping | None
    inactive: int = 0
    """The list's rows left out as inactive (not in `rows`)."""

    @property
    def mapping_failed(self) -> bool:
        """True when the mapping file has errors (the exit code is then 1)."""
        return bool(self.mapping and self.mapping.errors)


@dataclass(frozen=True)
class GapRun:
    """`gap`'s outcome: the model's check, and the analysis when it is valid."""

    checked: Checked
    gap: Gap | None


def run_gap(
    model: Path,
    options: Options,
    *,
    courses: Path | None = None,
    mapping: Path | None = None,
    columns: Mapping[str, str] | None = None,
    sheet: str | None = None,
) -> GapRun:
    """Check the model; when it is valid, read the list and the mapping and analyse.

    A file that cannot be read stops the run (`UserError`); an invalid model gives
    its findings and no analysis.
    """
    checked_file = load_model(model, str(model), options)
    checked = Checked.of([checked_file])
    if checked_file.model is None:
        return GapRun(checked, None)
    meaning = Meaning(checked_file.model)
    gap = analyse_offer(
        str(model),
        meaning,
        courses=courses,
        mapping=mapping,
        columns=columns,
        sheet=sheet,
    )
    return GapRun(checked, gap)


def analyse_offer(
    model: str,
    meaning: Meaning,
    *,
    courses: Path | None = None,
    mapping: Path | None = None,
    columns: Mapping[str, str] | None = None,
    sheet: str | None = None,
) -> Gap:
    """A valid model against the course list (and mapping): `gap`'s analysis.

    `render --courses` computes its demand through here too, so the document's
    numbers are `gap`'s.
    """
    # The model's many small objects make each cyclic GC pass costly; the
    # analysis builds no cycles.
    with paused_gc():
        course_list = None
        if courses is not None:
            course_list = read_course_list(
                courses, str(courses), columns=columns, sheet=sheet
            )
        decisions = None
        if mapping is not None:
            decisions = read_mapping(mapping, str(mapping), meaning.course_by_id)
        coverage = find_gaps(
            meaning,
            None if course_list is None else course_list.rows,
            decisions,
            () if course_list is None else course_list.inactive,
        )
    drafts = (
        ()
        if course_list is None
        else (
            *_inactive_courses(course_list.findings, coverage),
            *_notes(coverage, course_list),
        )
    )
    findings = (
        *(locate(drafts, None, str(courses)) if course_list else ()),
        *(decisions.findings if decisions else ()),
    )
    return Gap(
        model=model,
        courses=None if courses is None else str(courses),
        meaning=meaning,
        coverage=coverage,
        findings=tuple(findings),
        rows=0 if course_list is None else len(course_list.rows),
        mapping=decisions,
        inactive=0 if course_list is None else len(course_list.inactive),
    )


def _notes(coverage: Coverage, course_list: CourseList) -> Iterator[Draft]:
    """The list's rows that the analysis has more to say about, as drafts.

    A code that is a course's `lms` code with its leading zeros dropped (Excel
    saves `0412` as `412`): `row-code-zeros` at its cell, whether the row stayed
    unmapped or was matched by its title.
    """
    col = course_list.at.get("code")
    for matched in coverage.matches:
        if matched.zeros is None:
            continue
        course, lms = matched.zeros
        row = matched.row
        yield Draft(
            "row-code-zeros",
            (),
            {"row": row.row, "code": row.code, "lms": lms, "course": course},
            line=row.row,
            col=col,
            message_key="row-code-zeros.title" if matched.how == "title" else None,
        )


def _inactive_courses(drafts: Iterable[Draft], coverage: Coverage) -> Iterator[Draft]:
    """The list's drafts; an inactive row that is a course not offered names it.

    Such a row is why the course is `not-offered`: its `row-inactive` says so
    (`row-inactive.course`), with the course's id.
    """
    courses = {
        row: gap.course
        for gap in coverage.of("not-offered")
        for row in gap.inactive_rows
    }
    for draft in drafts:
        inactive = draft.code == "row-inactive"
        course = courses.get(draft.line or 0) if inactive else None
        if course is None:
            yield draft
        else:
            params = {**draft.params, "course": course}
            yield replace(draft, params=params, message_key="row-inactive.course")
