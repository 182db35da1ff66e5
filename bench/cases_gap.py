"""Benchmark rows for `dosering gap` (loaded by bench/run.py from `cases_*.py`).

The issue's targets: with 20,000 roles and a 5,000-row course list, `gap` within 2x
the time of `validate` on the same model; 10x the roles at most ~12x the time; and a
50,000-row CSV and XLSX list read beside a bare `csv.reader` pass (the floor).
`Benchmark` and `VALIDATE` are given by run.py.
"""

from __future__ import annotations

from typing import Any

Benchmark: Any = globals()["Benchmark"]  # given by run.py
VALIDATE: list[str] = globals()["VALIDATE"]

GAP = ["{dosering}", "gap", "{model}", "--courses", "{courses_csv}", "-f", "json"]
READ = [
    "{python}",
    "-c",
    "import sys; from pathlib import Path; "
    "from dosering.inputs.courselist import read_course_list; "
    "read_course_list(Path(sys.argv[1]))",
]
CSV_FLOOR = [
    "{python}",
    "-c",
    "import csv, sys; "
    "f = open(sys.argv[1], encoding='cp1252', newline=''); "
    "sum(1 for _ in csv.reader(f, delimiter=';'))",
    "{courses_50k_csv}",
]

BENCHMARKS = [
    Benchmark(
        name="gap-vs-validate",
        size=2000,
        command=GAP,
        floor=VALIDATE,
        target="",
    ),
    Benchmark(
        name="gap-vs-validate",
        size=20000,
        command=GAP,
        floor=VALIDATE,
        target="≤2.0×",
        max_ratio=2.0,
    ),
    Benchmark(
        name="gap-linearity",
        size=20000,
        command=[],
        floor=None,
        target="20k/2k ≤12",
        max_ratio=12.0,
        ratio_of=(("gap-vs-validate", 20000), ("gap-vs-validate", 2000)),
    ),
    Benchmark(
        name="gap-read-csv-50k",
        size=20000,
        command=[*READ, "{courses_50k_csv}"],
        floor=CSV_FLOOR,
        target="",
    ),
    Benchmark(
        name="gap-read-xlsx-50k",
        size=20000,
        command=[*READ, "{courses_50k_xlsx}"],
        floor=CSV_FLOOR,
        target="",
    ),
]
