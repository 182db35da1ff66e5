"""Benchmark rows for `dosering validate` with many findings (loaded by bench/run.py).

Issue 11's targets, on generated models with one course per four roles: about two
warnings per role (random prescriptions, no course at the top level: ~41,000
warnings at 20,000 roles) in `text` and `json`, and a `format` the contract refuses
in three courses of five (~3,000 schema errors at 20,000 roles): each within 2.5x
the libyaml compose floor of the same file at 20,000 roles, and linear (the 20,000
run at most 12x the 2,000 one). And the 1,000 unknown-area references of
`tests/data/validate-slow-unknown-areas-117KB.yaml` (once 13.5 s) in under 1 s.
`Benchmark` and `YAML_FLOOR` are given by run.py.
"""

from __future__ import annotations

from typing import Any

Benchmark: Any = globals()["Benchmark"]  # given by run.py
YAML_FLOOR: list[str] = globals()["YAML_FLOOR"]

ROWS = {
    "validate-warnings-text": ("{model_warnings}", []),
    "validate-warnings-json": ("{model_warnings}", ["-f", "json"]),
    "validate-schema-errors": ("{model_schema}", []),
}

BENCHMARKS = []
for name, (model, extra) in ROWS.items():
    command = ["{dosering}", "validate", model, *extra]
    floor = [model if item == "{model}" else item for item in YAML_FLOOR]
    BENCHMARKS += [
        Benchmark(name=name, size=2000, command=command, floor=floor, target=""),
        Benchmark(
            name=name,
            size=20000,
            command=command,
            floor=floor,
            target="≤2.5×",
            max_ratio=2.5,
        ),
        Benchmark(
            name=f"{name}-linearity",
            size=20000,
            command=[],
            floor=None,
            target="20k/2k ≤12",
            max_ratio=12.0,
            ratio_of=((name, 20000), (name, 2000)),
        ),
    ]

UNKNOWN_AREAS = "{root}/tests/data/validate-slow-unknown-areas-117KB.yaml"
BENCHMARKS.append(
    Benchmark(
        name="validate-unknown-areas",
        size=None,
        command=["{dosering}", "validate", UNKNOWN_AREAS],
        floor=[UNKNOWN_AREAS if item == "{model}" else item for item in YAML_FLOOR],
        target="<1 s",
        max_seconds=1.0,
    )
)
