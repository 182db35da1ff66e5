"""Make the pictures in docs/: the examples at phone width and VGR's first PDF pages.

    .venv/bin/python scripts/docs_images.py

Writes docs/vgr-400.png and docs/kalmar-400.png (the HTML document at 400 px in
headless Chromium, /usr/bin/chromium) and docs/vgr-pdf-1.png, docs/vgr-pdf-2.png
(the PDF's first two pages, rasterised by Typst from the same data). The print date
is pinned (SOURCE_DATE_EPOCH) so the pictures change only when the document does.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")

from tests.browser import CHROMIUM, screenshot  # noqa: E402

from dosering.analyses.document import Document, build_document  # noqa: E402
from dosering.core.resources import templates_dir  # noqa: E402
from dosering.model.semantics import Meaning  # noqa: E402
from dosering.pipeline.check import Options, load_model  # noqa: E402
from dosering.render.environment import render_document  # noqa: E402
from dosering.render.pdf import TEMPLATE, document_data  # noqa: E402

DOCS = ROOT / "docs"


def document(example: str) -> Document:
    """The analysed document of an example model, in its own language."""
    path = ROOT / "examples" / f"{example}.yaml"
    checked = load_model(path, str(path), Options(lang="sv"))
    assert checked.model is not None, checked.findings
    return build_document(Meaning(checked.model), checked.findings)


def phone(example: str, folder: Path) -> None:
    """docs/<example>-400.png: the top of the HTML document at 400 px."""
    page = "".join(render_document(document(example), "html", "sv"))
    target = DOCS / f"{example}-400.png"
    screenshot(CHROMIUM, page, 400, 1400, target, folder)
    print(f"wrote {target.relative_to(ROOT)}")


def pdf_pages(example: str, count: int) -> None:
    """docs/<example>-pdf-N.png: the PDF's first pages, as Typst rasterises them."""
    import typst

    data = json.dumps(document_data(document(example), "sv"), ensure_ascii=False)
    pages = typst.compile(
        (templates_dir() / TEMPLATE).read_bytes(),
        format="png",
        ppi=80,
        sys_inputs={"data": data},
        ignore_system_fonts=True,
    )
    assert isinstance(pages, list)
    for number, png in enumerate(pages[:count], 1):
        target = DOCS / f"{example}-pdf-{number}.png"
        target.write_bytes(png)
        print(f"wrote {target.relative_to(ROOT)}")


def main() -> None:
    """Make every picture."""
    with tempfile.TemporaryDirectory() as folder:
        for example in ("vgr", "kalmar"):
            phone(example, Path(folder))
    pdf_pages("vgr", 2)


if __name__ == "__main__":
    main()
