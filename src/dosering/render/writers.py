"""The binary document writers by format name: PDF and Word (imported when used)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dosering.analyses.document import Document

Writer = Callable[..., bytes]
"""`(document, lang, *, templates, reference, offer)` -> the file's bytes."""


def _pdf(
    document: Document,
    lang: str,
    *,
    templates: Path | None = None,
    reference: Path | None = None,
    offer: str | None = None,
) -> bytes:
    from dosering.render.pdf import render_pdf

    return render_pdf(document, lang, templates, offer)


def _docx(
    document: Document,
    lang: str,
    *,
    templates: Path | None = None,
    reference: Path | None = None,
    offer: str | None = None,
) -> bytes:
    from dosering.render.docx import render_docx

    return render_docx(document, lang, reference, offer)


WRITERS: dict[str, Writer] = {"pdf": _pdf, "docx": _docx}
"""Format name -> writer of the whole document as bytes."""
