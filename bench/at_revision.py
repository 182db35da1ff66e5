"""Run `dosering` as it was at a git revision, for "no slower than before" rows.

    python bench/at_revision.py REV ARGS…     # dosering of REV
    python bench/at_revision.py . ARGS…       # the working tree's dosering

REV's `src/` is extracted once (`git archive`) into `bench/.data/rev-<commit>/` and
put first on `sys.path`; the dependencies are this venv's.  Both ways run through
this script, so the pair pays the same start-up and differs only in dosering's code.
Standard library only.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data"


def source_at(rev: str) -> Path:
    """The `src/` folder of dosering at `rev`, extracted once."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", f"{rev}^{{commit}}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    target = DATA / f"rev-{commit[:12]}"
    if not (target / "src" / "dosering").is_dir():
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "src"],
            capture_output=True,
            check=True,
        ).stdout
        partial = target.with_name(target.name + ".partial")
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(partial, filter="data")
        partial.rename(target)
    return target / "src"


def main() -> None:
    rev, args = sys.argv[1], sys.argv[2:]
    if rev != ".":
        sys.path.insert(0, str(source_at(rev)))
    sys.argv = ["dosering", *args]
    from dosering.__main__ import main as dosering

    dosering()


if __name__ == "__main__":
    main()
