"""Benchmark rows of `dosering render` (loaded by bench/run.py).

Targets (issue 6): a 20,000-role model to HTML within 3× and to Markdown within 2×
the time of `validate` on the same model, in the same run; output size roughly
linear in roles (the 2,000-role rows give the time ratio 20k/2k; the output sizes
are checked by tests/test_render.py::test_output_size_is_linear_in_roles).
"""

# Names given by bench/run.py: Benchmark, VALIDATE.
RENDER_MD = ["{dosering}", "render", "{model}", "--format", "md"]
RENDER_HTML = ["{dosering}", "render", "{model}", "--format", "html"]

BENCHMARKS = [
    Benchmark(  # noqa: F821 - given by bench/run.py
        name="render-md-vs-validate",
        size=2000,
        command=RENDER_MD,
        floor=VALIDATE,  # noqa: F821
        target="",
    ),
    Benchmark(  # noqa: F821
        name="render-md-vs-validate",
        size=20000,
        command=RENDER_MD,
        floor=VALIDATE,  # noqa: F821
        target="≤2.0×",
        max_ratio=2.0,
    ),
    Benchmark(  # noqa: F821
        name="render-html-vs-validate",
        size=2000,
        command=RENDER_HTML,
        floor=VALIDATE,  # noqa: F821
        target="",
    ),
    Benchmark(  # noqa: F821
        name="render-html-vs-validate",
        size=20000,
        command=RENDER_HTML,
        floor=VALIDATE,  # noqa: F821
        target="≤3.0×",
        max_ratio=3.0,
    ),
    Benchmark(  # noqa: F821
        name="render-linearity",
        size=20000,
        command=[],
        floor=None,
        target="20k/2k ≤12",
        max_ratio=12.0,
        ratio_of=(
            ("render-html-vs-validate", 20000),
            ("render-html-vs-validate", 2000),
        ),
    ),
]
