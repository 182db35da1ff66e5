"""dosering: check, analyse, compare and render dosing models (förbättringskunskap)."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
