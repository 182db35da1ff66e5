"""Checks: the semantic rules of a valid model, and the catalogue of every code.

`REGISTRY` maps each check's code to its module (yamllint style): a module has `ID`,
`SEVERITY`, `KEYS` (its messages in the catalogue) and `check(meaning)`, and its
docstring is its user documentation. `CATALOGUE` lists every code dosering can
report, loader, schema and input codes included, with its severity; the checks'
entries are read from their modules. `dosering checks` prints it, with the titles
from `dosering.i18n.findings.TITLES`, and the README carries it.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from dosering.core.findings import Severity
from dosering.model.checks import (
    area_unused,
    audience_unneeded,
    course_unused,
    duplicate_hr,
    duplicate_id,
    duplicate_lms,
    hidden_character,
    include_order,
    level_unused,
    multiline_text,
    need_unsatisfied,
    no_headcount,
    prescribed_audience,
    prescribed_mismatch,
    typographic_quotes,
    unknown_area,
    unknown_audience,
    unknown_course,
    unknown_group,
    unknown_level,
)

REGISTRY: dict[str, ModuleType] = {
    module.ID: module
    for module in (
        duplicate_id,
        unknown_group,
        unknown_area,
        unknown_level,
        unknown_course,
        unknown_audience,
        include_order,
        duplicate_lms,
        duplicate_hr,
        multiline_text,
        typographic_quotes,
        hidden_character,
        need_unsatisfied,
        course_unused,
        area_unused,
        level_unused,
        prescribed_mismatch,
        prescribed_audience,
        audience_unneeded,
        no_headcount,
    )
}


@dataclass(frozen=True, slots=True)
class Rule:
    """One entry of the code catalogue: a code, its severity and its stage.

    Its title, messages and hints are words: they live in `dosering.i18n`.
    """

    code: str
    severity: Severity
    stage: str


E, W = Severity.ERROR, Severity.WARNING

_OTHERS = (
    # the loader and the schema
    Rule("file-too-large", E, "load"),
    Rule("yaml-encoding", E, "load"),
    Rule("yaml-syntax", E, "load"),
    Rule("yaml-duplicate-key", E, "load"),
    Rule("yaml-tag", E, "load"),
    Rule("yaml-aliases", E, "load"),
    Rule("yaml-too-deep", E, "load"),
    Rule("yaml-number", E, "load"),
    Rule("yaml-key", E, "load"),
    Rule("yaml-multiple-documents", E, "load"),
    Rule("not-a-model", E, "load"),
    Rule("no-models", W, "load"),
    Rule("format-version", E, "load"),
    Rule("schema", E, "schema"),
    Rule("unknown-key", E, "schema"),
)
_INPUTS = (
    # a course list or a mapping (`dosering gap`)
    Rule("row-empty", W, "gap"),
    Rule("row-total", Severity.INFO, "gap"),
    Rule("row-inactive", Severity.INFO, "gap"),
    Rule("row-code-zeros", Severity.INFO, "gap"),
    Rule("row-number", W, "gap"),
    Rule("row-negative", W, "gap"),
    Rule("row-whole-number", W, "gap"),
    Rule("row-cells", W, "gap"),
    Rule("mapping-yaml", E, "gap"),
    Rule("mapping-shape", E, "gap"),
    Rule("mapping-unknown-key", E, "gap"),
    Rule("mapping-unknown-course", E, "gap"),
    Rule("mapping-unknown-role", E, "progress"),
    # a staff list or completion exports (`dosering progress`)
    Rule("staff-no-person", W, "progress"),
    Rule("duplicate-person", W, "progress"),
    Rule("unmapped-staff", W, "progress"),
    Rule("blank-unit", W, "progress"),
    Rule("staff-start-date", W, "progress"),
    Rule("completion-status", W, "progress"),
    Rule("completion-date", W, "progress"),
    Rule("completion-no-rows", W, "progress"),
    # a crosswalk (`dosering diff --map`)
    Rule("crosswalk-invalid", E, "diff"),
    Rule("crosswalk-unknown-id", E, "diff"),
    Rule("crosswalk-duplicate", E, "diff"),
    # a workbook read back (`dosering import`)
    Rule("workbook-sheet", E, "import"),
    Rule("workbook-column", E, "import"),
    Rule("workbook-cell", E, "import"),
    Rule("workbook-merged", E, "import"),
    Rule("workbook-formula", E, "import"),
    Rule("workbook-role", E, "import"),
)

CATALOGUE: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        *_OTHERS,
        *(Rule(m.ID, m.SEVERITY, "check") for m in REGISTRY.values()),
        *_INPUTS,
    )
}


def severity_of(code: str) -> Severity:
    """The severity a code always has (a code not in the catalogue is a bug)."""
    return CATALOGUE[code].severity
