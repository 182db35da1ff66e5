"""Benchmark rows for `dosering export` and `dosering import` (issue 15).

Targets: `export` of the 20,000-role model within 3x `validate`; `import` of that
workbook within 4x `validate` and under 512 MiB; `import --onto` linear (10x the
roles at most ~12x the time). A workbook is made once by `export` (in the warm-up
run) beside the generated model; `--onto` writes the workbook of the model with
1 % of its roles changed onto the model, so its values really change.
`Benchmark` and `VALIDATE` are given by run.py.
"""

from __future__ import annotations

from typing import Any

Benchmark: Any = globals()["Benchmark"]  # given by run.py
VALIDATE: list[str] = globals()["VALIDATE"]

DATA = "{root}/bench/.data"


def _with_workbook(model: str, book: str, *command: str) -> list[str]:
    """Make `book` from `model` when missing or older, then run `command` alone."""
    script = (
        f'[ "{book}" -nt "{model}" ] || "{{dosering}}" export "{model}" '
        f'-o "{book}" >/dev/null 2>&1; exec "$@"'
    )
    return ["sh", "-c", script, "sh", *command]


def _rows(size: int, **targets: Any) -> list[Any]:
    book = f"{DATA}/model-{size}.xlsx"
    changed = f"{DATA}/model-{size}-changed.xlsx"
    out = f"{DATA}/imported-{size}.yaml"
    return [
        Benchmark(
            name="export-vs-validate",
            size=size,
            command=[
                "{dosering}",
                "export",
                "{model}",
                "-o",
                f"{DATA}/export-{size}.xlsx",
            ],
            floor=VALIDATE,
            target=targets.get("export", ""),
            **({"max_ratio": 3.0} if "export" in targets else {}),
        ),
        Benchmark(
            name="import-vs-validate",
            size=size,
            command=_with_workbook(
                "{model}", book, "{dosering}", "import", book, "-o", out
            ),
            floor=VALIDATE,
            target=targets.get("import", ""),
            **({"max_ratio": 4.0, "max_mib": 512.0} if "import" in targets else {}),
        ),
        Benchmark(
            name="import-onto",
            size=size,
            command=_with_workbook(
                "{model_changed}",
                changed,
                "{dosering}",
                "import",
                changed,
                "--onto",
                "{model}",
                "-o",
                out,
            ),
            floor=VALIDATE,
            target="",
        ),
    ]


BENCHMARKS = [
    *_rows(2000),
    *_rows(20000, export="≤3.0×", **{"import": "≤4.0×, <512 MiB"}),
    Benchmark(
        name="import-onto-linearity",
        size=20000,
        command=[],
        floor=None,
        target="20k/2k ≤12",
        max_ratio=12.0,
        ratio_of=(("import-onto", 20000), ("import-onto", 2000)),
    ),
]
