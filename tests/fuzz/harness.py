"""Fuzz targets: one per reader, file bytes in; an exception escaping is a bug.

Each target hands the bytes to one reader the way a user's file reaches it. A
finding is a right answer, and so is a `UserError` (the command's one line and
exit 3); anything else escaping the reader is a failure. `make fuzz` runs the
targets under atheris (coverage-guided, `tests/fuzz/run.py`); `make test` runs
each on its seed corpus and on every crash found so far (`tests/data/fuzz/`).
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from dosering.core.errors import UserError

if TYPE_CHECKING:
    from dosering.model.schema import Model

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
REGRESSIONS = DATA / "fuzz"
"""Crashes found by fuzzing, one folder per target: each stays a test case."""
MAX_SEED_BYTES = 1_000_000


@dataclass(frozen=True)
class Target:
    """A reader under test: how its input is named and where its seeds come from."""

    name: str
    suffix: str
    seeds: tuple[str, ...]
    """Globs under the repository root whose files seed the corpus."""
    run: Callable[[Path, str], None]
    """Read the file at the path (named with `suffix`) in a language."""

    def seed_files(self) -> Iterator[Path]:
        """The seed files: the globs' matches and this target's regression cases."""
        found = {p for pattern in self.seeds for p in ROOT.glob(pattern)}
        found.update(REGRESSIONS.glob(f"{self.name}/*"))
        for path in sorted(found):
            if path.is_file() and path.stat().st_size <= MAX_SEED_BYTES:
                yield path

    def __call__(self, data: bytes) -> None:
        """Run the reader once on `data`; a `UserError` is a right answer."""
        path = _scratch() / f"fuzz{self.suffix}"
        path.write_bytes(data)
        lang = "sv" if len(data) % 2 else "en"
        with contextlib.suppress(UserError):
            self.run(path, lang)


@cache
def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="dosering-fuzz-"))


@cache
def _models() -> tuple[Model, Model]:
    from dosering.pipeline.check import Options, load_model

    a = load_model(ROOT / "examples" / "vgr.yaml", "vgr.yaml", Options()).model
    b = load_model(ROOT / "examples" / "kalmar.yaml", "kalmar.yaml", Options()).model
    assert a is not None and b is not None
    return a, b


def _model(path: Path, lang: str) -> None:
    """The validate path: load, schema, checks, words, and the text and JSON report."""
    from dosering.core.findings import Report
    from dosering.pipeline.check import Options, check_file
    from dosering.report.findings import REPORTERS, Context
    from dosering.report.words import word_findings

    checked = check_file(path, path.name, Options())
    findings = word_findings(checked.findings, lang)
    report = Report.of(findings, [checked.name], checked.ignored)
    for fmt in ("text", "json"):
        REPORTERS[fmt](report, io.StringIO(), Context(lang=lang))


def _config(path: Path, lang: str) -> None:
    from dosering.inputs.config import read_config

    del lang  # the configuration is read before the language is known
    read_config(path)


def _mapping(path: Path, lang: str) -> None:
    from dosering.inputs.mapping import read_mapping

    model, _ = _models()
    del lang  # the reader returns drafts, worded later
    read_mapping(path, path.name, [c.id for c in model.courses])


def _crosswalk(path: Path, lang: str) -> None:
    from dosering.inputs.crosswalk import read_crosswalk
    from dosering.report.words import word_findings

    a, b = _models()
    _, found = read_crosswalk(path, a, b)
    word_findings(found, lang)


def _staff(path: Path, lang: str) -> None:
    """The one table reader (CSV and workbooks, with its bounds), as a staff list."""
    from dosering.inputs.staff import read_staff
    from dosering.model.semantics import Meaning

    del lang  # the table reader returns drafts, worded later
    model, _ = _models()
    read_staff(path, path.name, Meaning(model))


def _completions(path: Path, lang: str) -> None:
    """The completion reader on the table reader: course matching, statuses, dates."""
    import datetime as dt
    from collections import Counter

    from dosering.inputs.completions import CourseMatcher, Done, read_completions
    from dosering.model.semantics import Meaning

    del lang  # the reader returns drafts, worded later
    model, _ = _models()
    meaning = Meaning(model)
    done: Done = {}
    counted: Counter[str] = Counter()
    read_completions(
        path,
        path.name,
        CourseMatcher(meaning, None),
        {"1001": 0, "1002": 1},
        dt.date(2026, 12, 2),
        done,
        counted,
    )


def _ods_content(path: Path, lang: str) -> None:
    """The ODS check before calamine, on the file as an ODS's `content.xml`."""
    import zipfile

    from dosering.inputs.tables.workbook import check_ods

    del lang  # it says what is wrong with a key, worded later
    ods = path.with_suffix(".ods")
    with zipfile.ZipFile(ods, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", path.read_bytes())
    check_ods(ods, ods.name)


def _courses(path: Path, lang: str) -> None:
    from dosering.inputs.courselist import read_course_list

    del lang  # the reader returns drafts, worded later
    read_course_list(path, path.name)


TARGETS: dict[str, Target] = {
    target.name: target
    for target in (
        Target(
            "model",
            ".yaml",
            (
                "examples/*.yaml",
                "models/*.yaml",
                "tests/data/valid/*.yaml",
                "tests/data/invalid/*.yaml",
                "tests/data/hostile/*.yaml",
            ),
            _model,
        ),
        Target(
            "config",
            ".yaml",
            ("tests/data/hostile/hexint/config-*.yaml",),
            _config,
        ),
        Target(
            "mapping",
            ".yaml",
            ("tests/data/hostile/write-mapping-*.yaml",),
            _mapping,
        ),
        Target(
            "crosswalk",
            ".yaml",
            ("examples/crosswalk-*.yaml", "tests/data/hostile/crosswalk-*.yaml"),
            _crosswalk,
        ),
        Target(
            "csv",
            ".csv",
            ("examples/*.csv", "tests/data/hostile/*.csv"),
            _courses,
        ),
        Target(
            "table-csv",
            ".csv",
            ("tests/data/progress/*.csv", "tests/data/tables/*.csv"),
            _staff,
        ),
        Target(
            "table-xlsx",
            ".xlsx",
            (
                "examples/*.xlsx",
                "tests/data/tables/*.xlsx",
                "tests/data/progress/*.xlsx",
            ),
            _staff,
        ),
        Target(
            "ods-content",
            ".xml",
            ("tests/data/tables/ods-content-*.xml",),
            _ods_content,
        ),
        Target(
            "completions",
            ".csv",
            (
                "tests/data/progress/completions*.csv",
                "tests/data/tables/*.csv",
            ),
            _completions,
        ),
        Target(
            "records",
            ".json",
            ("tests/data/hostile/*.json", "tests/data/fuzz/records/*"),
            _courses,
        ),
    )
}
