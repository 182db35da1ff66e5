"""Reporters: one function per output format, found by name in a registry.

The registries' keys feed each command's `--format` choices. Reporters take the
result and an output stream; rich is imported only inside the reporters that use it.
"""

from __future__ import annotations
