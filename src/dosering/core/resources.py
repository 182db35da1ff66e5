"""Resources shipped with dosering: templates and starting models.

In the wheel they live inside the package (`dosering/templates`, `dosering/models`);
in a source checkout (an editable install) they are the top-level folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
_SOURCE = _PACKAGE.parent.parent

STARTING_MODELS = {
    "ihi": ("models/ihi.yaml", "models/ihi.yaml"),
    "vgr": ("models/vgr.yaml", "examples/vgr.yaml"),
    "kalmar": ("models/kalmar.yaml", "examples/kalmar.yaml"),
    "ostergotland": ("models/ostergotland.yaml", "models/ostergotland.yaml"),
}


def _find(packaged: str, source: str) -> Path:
    inside = _PACKAGE / packaged
    if inside.exists():
        return inside
    return _SOURCE / source


def starting_model(name: str) -> Path:
    """The file of a bundled starting model (a key of `STARTING_MODELS`)."""
    packaged, source = STARTING_MODELS[name]
    return _find(packaged, source)


def schema_file() -> Path:
    """The committed JSON Schema of format 1."""
    return _find("models/dosering.schema.json", "models/dosering.schema.json")


def templates_dir() -> Path:
    """The folder of the built-in templates."""
    return _find("templates", "templates")
