"""Benchmark rows of `dosering diff`, read by bench/run.py (which gives `Benchmark`).

Issue 7: two 20,000-role models differing in 1 % of the roles, within 2.5× the time
of `validate` on one of them (loading two models is the floor); linear in size.
"""

# ruff: noqa: F821 - Benchmark and VALIDATE are given by bench/run.py

BENCHMARKS = [
    Benchmark(
        name="diff-vs-validate",
        size=size,
        command=["{dosering}", "diff", "{model}", "{model_changed}"],
        floor=VALIDATE,
        target="≤2.5×",
        max_ratio=2.5,
    )
    for size in (2000, 20000)
]
BENCHMARKS.append(
    Benchmark(
        name="diff-linearity",
        size=20000,
        command=[],
        floor=None,
        target="20k/2k ≤12",
        max_ratio=12.0,
        ratio_of=(("diff-vs-validate", 20000), ("diff-vs-validate", 2000)),
    )
)
