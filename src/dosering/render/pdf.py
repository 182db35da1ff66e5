"""The PDF writer: the document's blocks typeset by Typst (the `typst` package).

The Typst template (`document.typ`, built in or from `--templates`) receives the
blocks as JSON through `sys.inputs`, never as spliced markup, so no model text can
be read as Typst: there is nothing to escape. Fonts are Typst's own embedded ones
(system fonts are ignored), so a PDF comes out the same on every machine.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from dosering.core.errors import OsReason, UserError
from dosering.core.resources import templates_dir
from dosering.i18n.render import labels
from dosering.render.blocks import build_blocks, chart_svg
from dosering.render.environment import check_templates_dir, printed_on

if TYPE_CHECKING:
    from dosering.analyses.document import Document

TEMPLATE = "document.typ"
"""The Typst template's file name (a `--templates` folder may hold its own)."""

_CHART = b"""#set page(width: auto, height: auto, margin: 6pt, fill: white)
#image(bytes(sys.inputs.svg), format: "svg", width: 16cm)
"""


def document_data(
    document: Document, lang: str, offer: str | None = None
) -> dict[str, Any]:
    """What the Typst template receives: title, footer words and the blocks."""
    words = labels(lang)
    return {
        "lang": lang,
        "title": f"{words['doc.title']} – {document.title.region}",
        "printed": words["print.printed"].format(printed_on().isoformat()),
        "page": words["print.page"],
        "blocks": build_blocks(document, lang, offer),
    }


def _template(templates: Path | None) -> tuple[bytes, bool]:
    """The Typst template's source, and whether it is the user's own."""
    if templates is not None:
        check_templates_dir(templates)
        own = templates / TEMPLATE
        if own.is_file():
            try:
                return own.read_bytes(), True
            except OSError as exc:
                raise UserError(
                    "templates.unreadable", where=own, reason=OsReason.of(exc)
                ) from exc
    return (templates_dir() / TEMPLATE).read_bytes(), False


def _compile(
    source: bytes, inputs: dict[str, str], fmt: Literal["pdf", "png"], user: Path | None
) -> bytes:
    """Run Typst; a user template's error is a `UserError` naming the file."""
    import typst

    try:
        out: Any = typst.compile(
            source, format=fmt, ppi=150, sys_inputs=inputs, ignore_system_fonts=True
        )
    except typst.TypstError as exc:
        if user is None:
            raise  # a bug in the built-in template: keep the traceback
        raise UserError(f"{user}: the Typst template failed: {exc.message}") from exc
    return bytes(out[0] if isinstance(out, list) else out)  # PNG: one per page


def render_pdf(
    document: Document,
    lang: str,
    templates: Path | None = None,
    offer: str | None = None,
) -> bytes:
    """The whole document as an A4 PDF (tagged, with page numbers and print date).

    `offer` names the course list the numbers were computed against.
    """
    source, own = _template(templates)
    data = json.dumps(document_data(document, lang, offer), ensure_ascii=False)
    user = templates / TEMPLATE if own and templates is not None else None
    return _compile(source, {"data": data}, "pdf", user)


def chart_png(document: Document, lang: str) -> bytes:
    """The demand-and-seats chart as a PNG (for Word, which takes no SVG)."""
    return _compile(_CHART, {"svg": chart_svg(document, lang)}, "png", None)
