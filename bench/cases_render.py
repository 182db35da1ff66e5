"""Benchmark rows of `dosering render` (loaded by bench/run.py).

Targets (issues 6 and 14): a 20,000-role model to HTML within 3× and to Markdown
within 2× the time of `validate` on the same model, in the same run, each under
256 MiB (the document is written as it is rendered); the 2,000-role model to PDF
and to Word within 10× its HTML's time; output size roughly
linear in roles (the 2,000-role rows give the time ratio 20k/2k; the output sizes
are checked by tests/test_render.py::test_output_size_is_linear_in_roles).
"""

# Names given by bench/run.py: Benchmark, VALIDATE.
RENDER_MD = ["{dosering}", "render", "{model}", "--format", "md"]
RENDER_HTML = ["{dosering}", "render", "{model}", "--format", "html"]
# Written to a file: PDF and Word are binary (and real users write them so).
RENDER_PDF = ["{dosering}", "render", "{model}", "-o", "{bench}/.data/out.pdf"]
RENDER_DOCX = ["{dosering}", "render", "{model}", "-o", "{bench}/.data/out.docx"]
RENDER_HTML_FILE = ["{dosering}", "render", "{model}", "-o", "{bench}/.data/out.html"]

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
        target="≤2.0×, <256 MiB",
        max_ratio=2.0,
        max_mib=256.0,
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
        target="≤3.0×, <256 MiB",
        max_ratio=3.0,
        max_mib=256.0,
    ),
    Benchmark(  # noqa: F821
        name="render-pdf-vs-html",
        size=2000,
        command=RENDER_PDF,
        floor=RENDER_HTML_FILE,
        target="≤10×",
        max_ratio=10.0,
    ),
    Benchmark(  # noqa: F821
        name="render-docx-vs-html",
        size=2000,
        command=RENDER_DOCX,
        floor=RENDER_HTML_FILE,
        target="≤10×",
        max_ratio=10.0,
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
