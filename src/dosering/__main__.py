"""Run the command-line interface, so `python -m dosering` works."""

from __future__ import annotations

from dosering.cli import main

main()
