"""Reading crosswalk files: direction, ids that do not exist, shape problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from dosering.core.errors import UserError
from dosering.inputs.crosswalk import read_crosswalk
from dosering.model.schema import Model
from dosering.report.words import word_report
from tests.conftest import said
from tests.unit.test_diff import model, region_b


def read(
    text: str | bytes,
    a: Model | None = None,
    b: Model | None = None,
    lang: str = "en",
    **kw,
):
    """Write a crosswalk file, read it for A = base, B = another region; word it."""
    path = Path("cw.yaml")
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    crosswalk, found = read_crosswalk(
        path, a or model(), b or model(region_b), names=("a.yaml", "b.yaml"), **kw
    )
    return crosswalk, word_report(found, [str(path)], lang)


def lines(report) -> list[str]:
    """Findings as `line:col code message`."""
    return [f"{f.line}:{f.col} {f.code} {f.message}" for f in report.findings]


def test_pairs_read_b_to_a():
    """Keys are B's ids, values A's."""
    crosswalk, report = read("levels:\n  grund: veta\nroles:\n  chef: r2\n")
    assert report.findings == ()
    assert crosswalk is not None
    assert dict(crosswalk.of("levels")) == {"grund": "veta"}
    assert dict(crosswalk.of("roles")) == {"chef": "r2"}
    assert dict(crosswalk.of("areas")) == {}


def test_pairs_written_the_other_way_are_turned_round():
    """Pairs whose keys are A's ids and values B's are read reversed."""
    crosswalk, report = read("levels: {veta: grund, driva: fordjupad}\n")
    assert report.findings == ()
    assert crosswalk is not None
    assert dict(crosswalk.of("levels")) == {"grund": "veta", "fordjupad": "driva"}


def test_empty_file_and_empty_sections_are_no_pairs():
    """A file of comments only, or a kind without pairs, maps nothing."""
    crosswalk, _ = read("# nothing yet\n")
    assert crosswalk is not None
    assert crosswalk.maps == {}
    crosswalk, _ = read("roles:\nlevels: {}\n")
    assert crosswalk is not None
    assert crosswalk.maps == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "roles:\n  chef: r9\n",
            ["2:9 crosswalk-unknown-id role `r9` does not exist in a.yaml"],
        ),
        (
            "roles:\n  boss: r2\n",
            ["2:3 crosswalk-unknown-id role `boss` does not exist in b.yaml"],
        ),
        (
            "courses:\n  c1: c1\n  c2: c1\n",
            ["3:7 crosswalk-duplicate course `c1` is mapped to twice (also from `c1`)"],
        ),
        (
            "- levels\n",
            [
                "1:1 crosswalk-invalid the crosswalk is not a mapping of kinds "
                "(`levels`, `roles`, `areas`, `groups`, `courses`)"
            ],
        ),
        (
            "roles: [chef, r2]\n",
            ["1:8 crosswalk-invalid `roles` must map ids to ids, not be a list"],
        ),
        (
            "levels:\n  grund: 10\n",
            [
                "2:10 crosswalk-invalid `10` in `levels` is not an id (it reads as "
                "a whole number)"
            ],
        ),
        (
            "roles: {chef: r2\n",
            ["1:8 yaml-syntax the `{` opened here is never closed with `}`"],
        ),
        (
            "roles:\n  chef: r2\n  chef: r1\n",
            [
                "3:3 yaml-duplicate-key the key `chef` is given twice in the same "
                "mapping"
            ],
        ),
    ],
)
def test_findings_with_positions(text: str, expected: list[str]):
    """Each problem is a finding at its line and column; no crosswalk comes back."""
    crosswalk, report = read(text)
    assert crosswalk is None
    assert lines(report) == expected
    assert not report.ok


def test_hints_suggest_a_close_id():
    """An id close to an existing one gets a "did you mean"."""
    _, report = read("courses:\n  c1: c11\n")
    assert report.findings[0].hint == (
        "Check the spelling against a.yaml, or remove the line. Did you mean `c1`?"
    )


def test_swedish_findings():
    """--lang sv words the findings in Swedish."""
    _, report = read("roles:\n  chef: r9\n", lang="sv")
    assert lines(report) == ["2:9 crosswalk-unknown-id rollen `r9` finns inte i a.yaml"]


def test_bad_bytes_are_findings():
    """A crosswalk saved as UTF-16 is a finding at 1:1."""
    _, report = read("roles: {}\n".encode("utf-16"))
    assert [(f.code, f.line, f.col) for f in report.findings] == [
        ("yaml-encoding", 1, 1)
    ]


def test_too_large_is_a_finding():
    """A crosswalk over --max-bytes is a finding without a line."""
    _, report = read("roles: {}\n" + "#" * 100 + "\n", max_bytes=50)
    assert [(f.code, f.line) for f in report.findings] == [("file-too-large", None)]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: None, "nothing.yaml: no such crosswalk file"),
        (
            lambda: Path("nothing.yaml").mkdir(),
            "nothing.yaml: is a folder, not a crosswalk file",
        ),
    ],
)
def test_unreadable_files_stop_the_run(make, message: str):
    """A missing crosswalk or a folder: UserError (exit 3)."""
    make()
    with pytest.raises(UserError) as caught:
        read_crosswalk(Path("nothing.yaml"), model(), model())
    assert said(caught.value) == message


def test_unreadable_file_stops_the_run(monkeypatch: pytest.MonkeyPatch):
    """A file that cannot be read: UserError with the reason in the run's words."""
    Path("cw.yaml").write_text("roles: {}\n", encoding="utf-8")

    def refuse(*_args: object, **_kw: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("dosering.inputs.crosswalk.load_file", refuse)
    with pytest.raises(UserError) as caught:
        read_crosswalk(Path("cw.yaml"), model(), model())
    assert said(caught.value) == (
        "cw.yaml: cannot read the crosswalk: access denied (is the file open in "
        "another program? close it; else ask for access)"
    )
    assert said(caught.value, "sv") == (
        "cw.yaml: kan inte läsa korsreferensen: åtkomst nekad (är filen öppen i "
        "ett annat program? stäng det; annars be om behörighet)"
    )
