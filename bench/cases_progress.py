"""Benchmark rows for `dosering progress` (loaded by bench/run.py from `cases_*.py`).

The issue's targets: with 50,000 staff and 2,000,000 completion rows (CSV), at most
3x the floor "one bare `csv.reader` pass over both files" in the same run, peak
memory under 1.5 GiB, and linear (2,000,000 rows at most 12x the time of 200,000).
The model is the benchmark's 2,000-role one; the files come from
bench/generate_progress.py. `Benchmark` is given by run.py.
"""

from __future__ import annotations

from typing import Any

Benchmark: Any = globals()["Benchmark"]  # given by run.py


def progress(done: str) -> list[str]:
    """`dosering progress` on the generated staff list and one completion export."""
    return [
        "{dosering}",
        "progress",
        "{model}",
        "--staff",
        "{staff_50k}",
        "--completions",
        done,
        "--column",
        "unit=Förvaltning,Verksamhet,Enhet",
        "--on",
        "2026-03-31",
        "-f",
        "json",
        "-o",
        "/dev/null",
    ]


def floor(done: str) -> list[str]:
    """One bare `csv.reader` pass over both files, as they are encoded."""
    return [
        "{python}",
        "-c",
        "import csv, sys\n"
        "for name in sys.argv[1:]:\n"
        "    f = open(name, encoding='cp1252', newline='')\n"
        "    sum(1 for _ in csv.reader(f, delimiter=';'))",
        "{staff_50k}",
        done,
    ]


BENCHMARKS = [
    Benchmark(
        name="progress-vs-csv-200k",
        size=2000,
        command=progress("{done_200k}"),
        floor=floor("{done_200k}"),
        target="",
    ),
    Benchmark(
        name="progress-vs-csv-2m",
        size=2000,
        command=progress("{done_2m}"),
        floor=floor("{done_2m}"),
        target="≤3.0×, <1536 MiB",
        max_ratio=3.0,
        max_mib=1536.0,
        slow=True,
    ),
    Benchmark(
        name="progress-linearity",
        size=2000,
        command=[],
        floor=None,
        target="2M/200k ≤12",
        max_ratio=12.0,
        ratio_of=(("progress-vs-csv-2m", 2000), ("progress-vs-csv-200k", 2000)),
        slow=True,
    ),
]
