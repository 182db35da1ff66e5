"""Pipeline of `dosering export`: the model loaded and checked, ready to be written."""

from __future__ import annotations

from pathlib import Path

from dosering.pipeline.check import CheckedFile, Options, load_model


def run_export(path: Path, options: Options) -> CheckedFile:
    """Load and check the model to export; its `model` is None when it is invalid."""
    return load_model(path, str(path), options)
