"""One way to test a check: a model's text in, its findings' (code, line, col) out.

In the spirit of yamllint's `RuleTestCase.check`: `BASE` is a small valid model
with no finding at all, each test module edits it for its check and lists exactly
what `dosering validate` must report.
"""

from __future__ import annotations

from dosering.pipeline.check import Options, check_bytes
from dosering.report.words import word_findings

BASE = """\
dosering: 1
region: {id: exempel, name: Region Exempel}
levels:
  - id: veta
    name: Veta & delta
  - id: driva
    name: Driva & leda
areas:
  - id: fk
    name: Förbättringskunskap
  - id: ps
    name: Patientsäkerhet
groups:
  - id: vard
    name: Vård
  - id: ledning
    name: Ledning
roles:
  - id: ssk
    name: Sjuksköterska
    group: vard
    headcount: 100
    hr: ["222110"]
    needs:
      fk: veta
      ps: {level: veta, courses: [ps-intro]}
  - id: chef
    name: Enhetschef
    group: ledning
    headcount: 10
    hr: ["131210"]
    needs:
      fk: driva
courses:
  - id: fk-intro
    title: Introduktion
    format: e-learning
    hours: 1
    gives: {fk: veta}
    lms: "6149"
  - id: fk-leda
    title: Leda förbättring
    format: classroom
    hours: 8
    gives: {fk: driva}
    lms: "6255"
    audience: [ledning]
  - id: ps-intro
    title: Patientsäkerhet
    format: e-learning
    hours: 1
    gives: {ps: veta}
    lms: "7001"
"""
"""A valid model without findings; line numbers in the tests refer to its edits."""


def edit(old: str, new: str, text: str = BASE) -> str:
    """`text` with its one `old` replaced by `new` (a typo in a test fails loudly)."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new)


def findings_of(yaml_text: str) -> list[tuple[str, int | None, int | None]]:
    """The (code, line, col) of each finding `validate` reports, in its order."""
    checked = check_bytes(yaml_text.encode("utf-8"), "model.yaml", Options())
    return [(f.code, f.line, f.col) for f in checked.findings]


def assert_findings(
    yaml_text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    """Exactly these findings, in this order (yamllint's `RuleTestCase.check`)."""
    assert findings_of(yaml_text) == expected


def hints_of(yaml_text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    """The (code, hint) of each finding, worded in `lang`."""
    checked = check_bytes(yaml_text.encode("utf-8"), "model.yaml", Options())
    return [(f.code, f.hint) for f in word_findings(checked.findings, lang)]
