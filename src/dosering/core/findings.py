"""Findings and reports: the values every stage produces; no I/O here."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.StrEnum):
    """How serious a finding is; compares by rank (info < warning < error)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """The rank used for comparisons."""
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank < other.rank
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank <= other.rank
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank > other.rank
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, Severity):
            return self.rank >= other.rank
        return NotImplemented


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}

Path = tuple[str | int | bool | float | None, ...]
"""A location inside a document: mapping keys and 0-based list indices."""


class Anchor(enum.Enum):
    """Which position of a location a finding points at (DESIGN.md "Positions")."""

    VALUE = "value"
    KEY = "key"
    FIRST_KEY = "first_key"


@dataclass(frozen=True, slots=True)
class Draft:
    """A finding before it has a file position, a severity and words.

    Readers and checks produce drafts: a code, where in the document (`path`, or
    `line`/`col` when the reader knows them), the parameters its message needs, and
    the catalogue key when the code has several messages. `inputs.positions.locate`
    turns drafts into `Located` values; `report.words` words those.
    """

    code: str
    path: Path
    params: dict[str, Any] = field(default_factory=dict)
    anchor: Anchor = Anchor.VALUE
    line: int | None = None
    col: int | None = None
    message_key: str | None = None

    @property
    def key(self) -> str:
        """Its catalogue key: its own, else its code (by kind for encodings)."""
        if self.message_key:
            return self.message_key
        if self.code == "yaml-encoding" and self.params.get("kind"):
            return f"yaml-encoding.{self.params['kind']}"
        return self.code


@dataclass(frozen=True, slots=True)
class Located:
    """A draft with its file, position and severity: a finding without its words.

    `key` names its message and hint in the catalogue; `params` are the draft's,
    plus what only the file's text tells (`raw`: the value as written; for each
    `@name` parameter, `name`: the line of that place).
    """

    code: str
    severity: Severity
    file: str
    line: int | None
    col: int | None
    path: Path
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def location(self) -> str | None:
        """The dotted location (`roles[0].needs.x`), None for the whole file."""
        return format_location(self.path)

    def sort_key(self) -> tuple[str, int, int, str]:
        """The order findings are shown in: file, line, col, code."""
        return (self.file, self.line or 0, self.col or 0, self.code)


@dataclass(frozen=True, slots=True, order=False)
class Finding:
    """One problem found in one file, with where it is and how to fix it."""

    code: str
    severity: Severity
    message: str
    file: str
    line: int | None
    col: int | None
    location: str | None
    hint: str | None

    def sort_key(self) -> tuple[str, int, int, str]:
        """The order findings are shown in: file, line, col, code."""
        return (self.file, self.line or 0, self.col or 0, self.code)

    def as_dict(self) -> dict[str, Any]:
        """The finding as the JSON contract shapes it."""
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "location": self.location,
            "hint": self.hint,
        }


def format_location(path: Path) -> str | None:
    """Turn a path into the dotted form with 0-based indices (`roles[0].needs.x`)."""
    if not path:
        return None
    out: list[str] = []
    for part in path:
        if isinstance(part, int) and not isinstance(part, bool):
            out.append(f"[{part}]")
        else:
            text = _key_text(part)
            out.append(f".{text}" if out else text)
    return "".join(out)


def _key_text(part: object) -> str:
    if part is None:
        return "null"
    if isinstance(part, bool):
        return "true" if part else "false"
    return str(part)


@dataclass(frozen=True, slots=True)
class Report:
    """Findings from one run over one or more files; the exit code is derived."""

    findings: tuple[Finding, ...]
    files: tuple[str, ...]
    ignored: int = 0
    skipped: int = 0
    skipped_files: tuple[str, ...] = ()
    """The files skipped as no model (a folder's), as named: the text names them."""

    @classmethod
    def of(
        cls,
        findings: Iterable[Finding],
        files: Iterable[str],
        ignored: int = 0,
        skipped: int = 0,
    ) -> Report:
        """Build a report with its findings sorted by file, line, col, code."""
        return cls(
            tuple(sorted(findings, key=Finding.sort_key)),
            tuple(files),
            ignored,
            skipped,
        )

    def count(self, severity: Severity) -> int:
        """How many findings have this severity."""
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def max_severity(self) -> Severity | None:
        """The most serious severity among the findings, if any."""
        return max((f.severity for f in self.findings), default=None)

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return self.count(Severity.ERROR) == 0

    def by_file(self) -> dict[str, list[Finding]]:
        """Findings grouped by file, files in the order they were checked."""
        out: dict[str, list[Finding]] = {name: [] for name in self.files}
        for finding in self.findings:
            out.setdefault(finding.file, []).append(finding)
        return out

    def exit_code(self, strict: bool = False) -> int:
        """0 when nothing fails at this strictness, else 1 (DESIGN.md section 3)."""
        worst = self.max_severity
        if worst is Severity.ERROR or (strict and worst is Severity.WARNING):
            return 1
        return 0

    def summary(self) -> dict[str, int]:
        """Counts for the JSON summary and the text summary line."""
        return {
            "files": len(self.files),
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "infos": self.count(Severity.INFO),
            "ignored": self.ignored,
            "skipped": self.skipped,
        }
