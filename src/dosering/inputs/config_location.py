"""Where `.dosering.yaml` is: the nearest one from a folder upwards.

Apart from the reader (`inputs.config`) so that finding the file costs no import
of pydantic: `--help` and a usage error look for it before any command runs.
"""

from __future__ import annotations

from pathlib import Path

CONFIG_NAME = ".dosering.yaml"


def find_config(start: Path) -> Path | None:
    """The nearest `.dosering.yaml` in `start` or a folder above it."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None
