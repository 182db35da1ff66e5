"""The documents name only what exists: links, anchors, repository paths, releases."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from dosering.model.checks import CATALOGUE
from tests.conftest import ROOT

DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
EXAMPLES = sorted(
    [*(ROOT / "examples").glob("*.yaml"), *(ROOT / "models").glob("*.yaml")]
)
TEXTS = DOCS + EXAMPLES

FENCE = re.compile(r"^(```|~~~)")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+")
TOP_DIRS = (
    "bench",
    "docs",
    "examples",
    "models",
    "scripts",
    "src",
    "templates",
    "tests",
)
REPO_PATH = re.compile(r"(?<![\w./-])((?:" + "|".join(TOP_DIRS) + r")/[\w./-]*[\w/])")
# Files named bare (a design note, a changelog) must exist at the top or in docs/.
BARE_DOC = re.compile(r"(?<![\w./-])([A-Z][A-Z_-]*\.md)\b")


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _prose(path: Path) -> list[tuple[int, str]]:
    """The lines of a Markdown file outside fenced code blocks, numbered from 1."""
    lines, fenced = [], False
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            lines.append((number, line))
    return lines


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to -."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    anchors = set()
    for _, line in _prose(path):
        match = re.match(r"^#{1,6} (.*)$", line)
        if not match:
            continue
        slug = _slug(match.group(1))
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def _links() -> list[tuple[str, str]]:
    return [
        (f"{_rel(path)}:{number}", target)
        for path in DOCS
        for number, line in _prose(path)
        for target in LINK.findall(line)
        if not URL.match(target) and not target.startswith("mailto:")
    ]


@pytest.mark.parametrize(("where", "target"), _links())
def test_relative_link_exists(where: str, target: str):
    """Every relative link in README.md and docs/ names an existing file and heading."""
    source = ROOT / where.split(":", 1)[0]
    file_part, _, anchor = target.partition("#")
    linked = (source.parent / file_part).resolve() if file_part else source
    assert linked.exists(), f"{where}: {target} does not exist"
    if anchor and linked.suffix == ".md":
        assert anchor in _anchors(linked), f"{where}: no heading #{anchor}"


def _mentions() -> list[tuple[str, str]]:
    found = []
    for path in TEXTS:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            text = URL.sub(" ", line)
            for name in REPO_PATH.findall(text) + BARE_DOC.findall(text):
                if not any(mark in name for mark in "*<{"):
                    found.append((f"{_rel(path)}:{number}", name))
    return found


@pytest.mark.parametrize(("where", "name"), _mentions())
def test_mentioned_repository_path_exists(where: str, name: str):
    """Every repository path a document or example mentions is in the repository."""
    candidates = [ROOT / name.rstrip("/")]
    if "/" not in name:
        candidates.append(ROOT / "docs" / name)
    assert any(c.exists() for c in candidates), f"{where}: {name} is not in the repo"


def test_the_checks_find_what_they_should():
    """The path and anchor helpers see what a reader sees (guards the tests above)."""
    assert _slug("`dosering init`, `schema`, `checks`") == "dosering-init-schema-checks"
    assert _slug("Kom igång · Getting started") == "kom-igång--getting-started"
    assert REPO_PATH.findall("see `examples/vgr.yaml:12` and docs/") == [
        "examples/vgr.yaml"
    ]
    assert BARE_DOC.findall("(se DOMAIN.md §3)") == ["DOMAIN.md"]


def _tags() -> set[str]:
    done = subprocess.run(
        ["git", "-C", str(ROOT), "tag", "--list"],
        capture_output=True,
        text=True,
        check=False,
    )
    return set(done.stdout.split()) if done.returncode == 0 else set()


PLACEHOLDER = re.compile(r"^<[A-Z][A-Z0-9-]*>$")


def _snippet_lines() -> list[tuple[str, str]]:
    return [
        (f"{_rel(path)}:{number}", line)
        for path in DOCS
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
    ]


def test_snippets_name_no_release_that_does_not_exist():
    """No snippet uses a tag, an action ref or a registry package the repo lacks."""
    tags = _tags()
    wrong = []
    for where, line in _snippet_lines():
        for ref in re.findall(r"\bdosering@([\w.<>-]+)", line):
            if not PLACEHOLDER.match(ref) and ref not in tags:
                wrong.append(f"{where}: dosering@{ref}")
        for ref in re.findall(r"^\s*rev:\s*(\S+)", line):
            if not PLACEHOLDER.match(ref) and ref not in tags:
                wrong.append(f"{where}: rev {ref}")
        if re.search(r"\bpip[x3]? install (--\S+ )*dosering\b", line):
            wrong.append(f"{where}: dosering from a package registry")
        for uses in re.findall(r"uses:\s*(\S+)", line):
            if "dosering" in uses and not uses.startswith("./"):
                wrong.append(f"{where}: uses {uses}")
    assert wrong == []


def test_each_finding_code_has_its_heading_in_findings_md():
    """Each catalogue code is a heading of docs/findings.md, where SARIF points."""
    anchors = _anchors(ROOT / "docs" / "findings.md")
    assert [code for code in CATALOGUE if code not in anchors] == []


def test_no_invented_project_address():
    """No document or source names an address for dosering that the project lacks."""
    invented = re.compile(r"github\.com/dosering\b|gitlab\.com/dosering\b")
    texts = [*TEXTS, *sorted((ROOT / "src").rglob("*.py"))]
    named = [_rel(path) for path in texts if invented.search(path.read_text("utf-8"))]
    assert named == []
