"""Benchmark rows of issue 16 (a planner's first hour), read by bench/run.py.

`validate examples/vgr.yaml` must be no slower than on the `main` of the day the
issue was taken (commit 1603b0b, `BENCH_BASELINE` to change it): both run through
`bench/at_revision.py` in the same run, paired and alternating. `--help` against
the bare typer app is the row `help` of bench/run.py.
"""

# ruff: noqa: F821 - Benchmark is given by bench/run.py
import os

BASELINE = os.environ.get("BENCH_BASELINE", "1603b0b")

BENCHMARKS = [
    Benchmark(
        name="validate-vgr-vs-baseline",
        size=None,
        command=[
            "{python}",
            "{bench}/at_revision.py",
            ".",
            "validate",
            "{root}/examples/vgr.yaml",
        ],
        floor=[
            "{python}",
            "{bench}/at_revision.py",
            BASELINE,
            "validate",
            "{root}/examples/vgr.yaml",
        ],
        target=f"≤1.05× {BASELINE}",
        max_ratio=1.05,
    ),
]
