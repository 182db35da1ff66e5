"""Helpers for the cog blocks in README.md and docs/: run dosering, paste its output.

`make docs` runs `cog -I scripts -r` on every page; `make test` runs `cog --check`, so
the output shown in the documentation is real and cannot drift.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import textwrap
from typing import Any

import cog  # type: ignore[import-not-found]  # provided by cogapp while it runs

ENV = dict(os.environ, NO_COLOR="1", COLUMNS="88", TERMINAL_WIDTH="88", LANG="C.UTF-8")
for _name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "LC_ALL", "LANGUAGE"):
    ENV.pop(_name, None)
pathlib.Path("build").mkdir(exist_ok=True)  # where the examples write their files


def run(
    *args: str,
    lang: str | None = None,
    stdin: str | None = None,
    cwd: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `dosering ARGS` as a user would, with a fixed terminal."""
    env = dict(ENV)
    if lang:
        env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "dosering", *args],
        env=env,
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        check=False,
    )


def sh(
    *args: str,
    lang: str | None = None,
    stdin: str | None = None,
    limit: int | None = None,
    cwd: str | None = None,
    shown: str | None = None,
) -> None:
    """Paste `$ dosering ARGS`, its output (cut at `limit` lines) and exit code."""
    done = run(*args, lang=lang, stdin=stdin, cwd=cwd)
    out = done.stdout + done.stderr
    if limit is not None and out.count("\n") > limit:
        out = "".join(out.splitlines(keepends=True)[:limit]) + "…\n"
    command = shown if shown is not None else " ".join(args)
    cog.out("```console\n$ dosering " + command + "\n" + out)
    if done.returncode:
        cog.out(f"$ echo $?\n{done.returncode}\n")
    cog.out("```\n")


def literal_blocks(doc: str) -> str:
    """A docstring's reST literal blocks (`text::` + indented lines) as YAML fences."""
    out: list[str] = []
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.endswith("::"):
            out.append(line[:-1])
            i += 1
            block: list[str] = []
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith(" ")):
                block.append(lines[i])
                i += 1
            while block and not block[-1].strip():
                block.pop()
            body = textwrap.dedent("\n".join(block)).strip("\n")
            out += ["", "```yaml", body, "```", ""]
            continue
        out.append(line)
        i += 1
    return "\n".join(out).strip() + "\n"


def json_shape(*args: str) -> None:
    """Paste the JSON `dosering ARGS` prints, each list cut to its first item."""
    done = run(*args)
    cog.out(
        "```json\n"
        + json.dumps(
            _first_items(json.loads(done.stdout)), ensure_ascii=False, indent=2
        )
        + "\n```\n"
    )


def _first_items(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _first_items(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_first_items(item) for item in value[:1]] + (
            ["…"] if len(value) > 1 else []
        )
    return value
