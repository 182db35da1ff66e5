"""Regenerate the golden documents in tests/golden/ (and, asked, docs/screenshot.png).

Run it after an intended change to the templates or the document, then review the
diff of tests/golden/ before committing:

    .venv/bin/python scripts/regen_golden.py               # golden files
    .venv/bin/python scripts/regen_golden.py --screenshot  # also docs/screenshot.png
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = ("vgr", "kalmar")
FORMATS = ("md", "html")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
# The screenshot shows the title and the dosing matrix: a one-file template override
# of document.html (which is how --templates works for users too).
SCREENSHOT_PAGE = """<!DOCTYPE html>
<html lang="{{ lang }}"><head><meta charset="utf-8">
<style>
{% include "style.css" %}
</style></head><body>
<h1>{{ doc.title.region }}</h1>
<p class="subtitle">{{ L["doc.title"] }}</p>
{% include "matrix.html" %}
</body></html>
"""


def render(example: str, fmt: str, extra: tuple[str, ...] = ()) -> str:
    """One example rendered by the installed dosering, as the golden test does."""
    env = dict(os.environ, LANG="C.UTF-8", NO_COLOR="1", SOURCE_DATE_EPOCH="1767225600")
    env.pop("LC_ALL", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dosering",
            "render",
            f"examples/{example}.yaml",
            "-f",
            fmt,
            *extra,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def golden() -> None:
    """Write tests/golden/<example>.<format> for both examples and formats."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for example in EXAMPLES:
        for fmt in FORMATS:
            target = GOLDEN / f"{example}.{fmt}"
            target.write_text(render(example, fmt), encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")


def screenshot() -> None:
    """docs/screenshot.png: the Kalmar example's matrix in headless Chromium."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "templates"
        folder.mkdir()
        (folder / "document.html").write_text(SCREENSHOT_PAGE, encoding="utf-8")
        page = Path(tmp) / "page.html"
        page.write_text(
            render("kalmar", "html", ("--lang", "en", "--templates", str(folder))),
            encoding="utf-8",
        )
        target = ROOT / "docs" / "screenshot.png"
        target.parent.mkdir(exist_ok=True)
        subprocess.run(
            [
                CHROMIUM,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={Path(tmp) / 'profile'}",
                "--window-size=1500,1150",
                f"--screenshot={target}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        shutil.rmtree(Path(tmp) / "profile", ignore_errors=True)
    print(f"wrote {target.relative_to(ROOT)}")


def main() -> None:
    """Parse the arguments and regenerate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--screenshot", action="store_true", help="also make docs/screenshot.png"
    )
    args = parser.parse_args()
    golden()
    if args.screenshot:
        screenshot()


if __name__ == "__main__":
    main()
