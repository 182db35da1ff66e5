"""Git files: reading a model given as `REV:PATH` (`HEAD~1:model.yaml`) from git.

A path that exists on disk is always a file, even with a colon in its name; so is a
Windows drive path (`C:/models/vgr.yaml`). Anything else with a colon is a git
revision and a path, read with `git show` (never through a textconv filter). When
git cannot resolve it, the run stops with one line (exit 3).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from dosering.core.errors import UserError

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass(frozen=True, slots=True)
class GitSpec:
    """A file in git: a revision (empty: the index) and a path."""

    rev: str
    path: str

    def __str__(self) -> str:
        return f"{self.rev}:{self.path}"


def parse_spec(argument: str) -> GitSpec | None:
    """A `REV:PATH` argument as a GitSpec, or None when it names a file on disk."""
    if (
        ":" not in argument
        or argument.startswith("-")  # never let git read it as an option
        or _DRIVE.match(argument)
        or Path(argument).exists()
    ):
        return None
    rev, _, path = argument.partition(":")
    if not path:
        return None
    return GitSpec(rev, path)


def read_git(spec: GitSpec, max_bytes: int) -> bytes | None:
    """The bytes of a file in git, or None when it is larger than `max_bytes`.

    Raises:
        UserError: git is missing, there is no repository, the revision or the
            path cannot be resolved, or the path is a folder.
    """
    name = str(spec)
    git = shutil.which("git")
    if git is None:
        raise UserError("git.missing", path=name)
    kind = _run([git, "cat-file", "-t", name], spec)
    if kind.strip() != b"blob":
        raise UserError("git.tree", path=name)
    data = _run([git, "show", "--no-textconv", name], spec)
    return None if len(data) > max_bytes else data


def _run(argv: list[str], spec: GitSpec) -> bytes:
    done = subprocess.run(argv, capture_output=True, check=False)
    if done.returncode == 0:
        return done.stdout
    raise _explain(done.stderr.decode("utf-8", "replace"), spec)


def _explain(stderr: str, spec: GitSpec) -> UserError:
    """Git's complaint as a `UserError` in plain words."""
    name = str(spec)
    lowered = stderr.lower()
    if "not a git repository" in lowered:
        return UserError("git.no-repo", path=name)
    if "exists on disk, but not in" in lowered or "does not exist in" in lowered:
        return UserError("git.no-path", path=name, rev=spec.rev, file=spec.path)
    if (
        "invalid object name" in lowered
        or "unknown revision" in lowered
        or "not a valid object name" in lowered
        or "bad revision" in lowered
    ):
        return UserError("git.bad-rev", path=name, rev=spec.rev)
    detail = " ".join(stderr.split()) or "unknown error"
    return UserError("git.other", path=name, reason=detail)
