"""The entry point of `dosering` and `python -m dosering`.

Ctrl-C is made a quiet exit 130 before anything else is imported, so an interrupt
during the first milliseconds (while typer and the commands load) shows no
traceback either.
"""

from __future__ import annotations

import signal
import sys


def _interrupted(signum: int, frame: object) -> None:
    sys.exit(130)


def main() -> None:
    """Run dosering's command line (`dosering.cli.main`)."""
    signal.signal(signal.SIGINT, _interrupted)
    from dosering.cli import main as run

    run()


if __name__ == "__main__":
    main()
