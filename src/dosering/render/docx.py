"""The Word writer: the document's blocks as a .docx (python-docx).

Headings use Word's own "Heading 1–3" styles (so the navigation pane and a table
of contents work), tables are real tables whose header row repeats on every page,
the chart is a PNG (Typst rasterises the SVG), and the footer holds the print date
and "Sida N av M" as Word fields. With `--reference-docx` the region's own Word
file gives the styles, page set-up, headers and footers (its body text is not
kept).

python-docx opens and saves the package, keeps the styles and places the picture
and the footer; the body is written as WordprocessingML text (python-docx's
per-cell API is too slow for a 20,000-row matrix), and every text reaches that XML
through `xml_text`, the one escaper for Word.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from dosering import __version__
from dosering.core.errors import OsReason, UserError
from dosering.i18n.render import labels
from dosering.render.blocks import Block, Cell, Run, build_blocks
from dosering.render.environment import printed_on

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

    from dosering.analyses.document import Document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
AUTHOR = "dosering"
"""The file's author and last editor: the program that wrote it."""
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
"""The document's language as Word names it (Swedish of Sweden, British English)."""
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold (the model's checks refuse them already)."""
GROUP_FILL = "EAEEF2"
HEAD_FILL = "F6F8FA"
MISSING = "A40E26"
MUTED = "57606A"
LINE = "D0D7DE"
TEXT_WIDTH = {False: 9638, True: 14570}
"""The width between the margins, in twentieths of a point (A4, 2 cm margins)."""
TITLE_MAX = 255
"""The longest document title Word's properties hold."""
SIZES = {None: 18, "small": 15}
"""Table text sizes in half points."""


def xml_text(text: object) -> str:
    """Any text as the content of a WordprocessingML element or attribute.

    Escapes `&`, `<`, `>` and quotes, and drops the characters XML cannot hold, so
    no model text can become markup.
    """
    return escape(_NOT_XML.sub("", str(text)), {'"': "&quot;"})


def open_reference(path: Path) -> WordDocument:
    """The region's Word file as the base document; not a Word file: exit 3."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not path.is_file():
        raise UserError("docx.reference-missing", path=path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UserError("docx.reference-not-word", path=path) from exc
    except OSError as exc:
        raise UserError(
            "docx.reference-unreadable", path=path, reason=OsReason.of(exc)
        ) from exc
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document


def _run(piece: Run, size: int | None = None, colour: str | None = None) -> str:
    props = []
    if piece.get("b"):
        props.append("<w:b/>")
    if piece.get("i"):
        props.append("<w:i/>")
    if colour:
        props.append(f'<w:color w:val="{colour}"/>')
    if size:
        small = size - 2 if piece.get("s") else size
        props.append(f'<w:sz w:val="{small}"/><w:szCs w:val="{small}"/>')
    brk = "<w:br/>" if piece.get("br") else ""
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return (
        f'<w:r>{rpr}{brk}<w:t xml:space="preserve">{xml_text(piece["t"])}</w:t></w:r>'
    )


def _para(
    runs: list[Run],
    style: str | None = None,
    *,
    size: int | None = None,
    colour: str | None = None,
    right: bool = False,
    keep: bool = False,
    extra: str = "",
) -> str:
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        props.append("<w:keepNext/>")
    props.append(extra)
    if right:
        props.append('<w:jc w:val="right"/>')
    ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if any(props) else ""
    body = "".join(_run(piece, size, colour) for piece in runs)
    return f"<w:p>{ppr}{body}</w:p>"


def _tc(content: str, width: int, fill: str | None = None, span: int = 1) -> str:
    props = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if span > 1:
        props.append(f'<w:gridSpan w:val="{span}"/>')
    if fill:
        props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>')
    return f"<w:tc><w:tcPr>{''.join(props)}</w:tcPr>{content}</w:tc>"


_BORDERS = "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{LINE}"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
)


class _Writer:
    """Turns blocks into WordprocessingML, in the styles of one Word document."""

    def __init__(self, word: WordDocument, lang: str) -> None:
        self.word = word
        self.lang = lang
        self.ids = {style.name: style.style_id for style in word.styles}
        self.landscape = False

    def style_id(self, name: str) -> str | None:
        """The id of the style called `name`, when the document has it."""
        return self.ids.get(name)

    def heading_id(self, level: int) -> str:
        """The id of "Heading N", made when a reference file lacks it."""
        name = f"Heading {level}"
        found = self.ids.get(name)
        if found is None:
            found = self.ids[name] = _add_heading_style(self.word, name, level)
        return found

    def xml(self, block: Block) -> str:
        kind = block["kind"]
        if kind == "heading":
            piece = {"t": block["text"]}
            return _para([piece], self.heading_id(block["level"]))
        if kind == "para":
            return self.para(block)
        if kind == "facts":
            return "".join(
                _para([{"t": f"{label}: ", "b": True}, {"t": value}])
                for label, value in block["items"]
            )
        if kind == "list":
            style = self.style_id("List Number")
            return "".join(
                _para(item if style else [{"t": f"{n}. "}, *item], style)
                for n, item in enumerate(block["items"], 1)
            )
        if kind == "bullets":
            style = self.style_id("List Bullet")
            return "".join(
                _para(item if style else [{"t": "• "}, *item], style)
                for item in block["items"]
            )
        if kind == "table":
            return self.table(block)
        return ""  # outline: Word's navigation pane is the table of contents

    def para(self, block: Block) -> str:
        style = block.get("style")
        runs = block["runs"]
        if style == "note":
            return _para([{**r, "i": True} for r in runs], colour=MUTED, keep=True)
        if style == "missing":
            return _para([{**r, "b": True} for r in runs], colour=MISSING)
        if style == "subtitle":
            return _para(runs, self.style_id("Subtitle"))
        return _para(runs)

    def table(self, block: Block) -> str:
        columns = block["columns"]
        size = SIZES[block.get("size")]
        weights = [spec["weight"] or 0.6 for spec in columns]
        total = sum(weights)
        widths = [round(TEXT_WIDTH[self.landscape] * w / total) for w in weights]
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        head = "".join(
            _tc(
                _para(
                    [{"t": spec["label"], "b": True}],
                    size=size,
                    right=spec["align"] == "right",
                ),
                width,
                HEAD_FILL,
            )
            for spec, width in zip(columns, widths, strict=True)
        )
        rows = [
            "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" + head + "</w:tr>"
        ]
        made: dict[int, str] = {}
        for row in [*block["rows"], *block.get("foot", ())]:
            if "group" in row:
                content = _para([{"t": row["group"], "b": True}], size=size, keep=True)
                cell = _tc(content, sum(widths), GROUP_FILL, span=len(widths))
                rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cell}</w:tr>")
                continue
            cells = "".join(
                self.cell(content, width, size, made)
                for content, width in zip(row["cells"], widths, strict=True)
            )
            rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")
        return (
            '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>'
            f"<w:tblBorders>{_BORDERS}</w:tblBorders>"
            '<w:tblCellMar><w:left w:w="70" w:type="dxa"/>'
            '<w:right w:w="70" w:type="dxa"/></w:tblCellMar>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
            "<w:p/>"
        )

    def cell(self, content: Cell, width: int, size: int, made: dict[int, str]) -> str:
        key = id(content)
        found = made.get(key)
        if found is None:
            ink = content.get("ink")
            fill = content.get("fill")
            paragraph = _para(
                content["runs"],
                size=size,
                colour=ink[1:].upper() if ink else None,
                right=bool(content.get("num")),
            )
            found = made[key] = _tc(
                paragraph, width, fill[1:].upper() if fill else None
            )
        return found


def _add_heading_style(word: WordDocument, name: str, level: int) -> str:
    """A heading style for a reference file without one (outline level kept)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold = True
    style.font.size = Pt({1: 20, 2: 15, 3: 12}.get(level, 12))
    style.paragraph_format.keep_with_next = True
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level - 1))
    style.element.get_or_add_pPr().append(outline)
    return str(style.style_id)


def _property(text: str) -> str:
    """A text as a document property: XML-safe, at most the 255 characters Word has."""
    text = _NOT_XML.sub("", text)
    return text if len(text) <= TITLE_MAX else text[: TITLE_MAX - 1] + "…"


def _properties(word: WordDocument, document: Document, lang: str) -> None:
    """The file's properties (File › Info) say what it is, in place of the template's.

    python-docx's own template says `python-docx` wrote it in 2013, and a region's
    `--reference-docx` carries whoever made that file and when: every core property
    is set or cleared. The author is `dosering`, the program that wrote the file (as
    the HTML's `generator`); the region is in the title, and no person wrote it. The
    dates are the document's print date (its footer), the language the document's,
    also for Word's spelling check (the styles' default run language).
    """
    words = labels(lang)
    moment = dt.datetime.combine(printed_on(), dt.time(), dt.UTC)
    properties = word.core_properties
    properties.title = _property(f"{words['doc.title']} – {document.title.region}")
    properties.author = AUTHOR
    properties.last_modified_by = AUTHOR
    properties.comments = _property(words["doc.generated"].format(__version__))
    properties.version = _property(document.title.version or "")
    properties.language = LANGUAGE_TAGS[lang]
    properties.created = moment
    properties.modified = moment
    properties.revision = 1
    for name in ("subject", "keywords", "category", "content_status", "identifier"):
        setattr(properties, name, "")
    printed = properties._element.find(f"{{{CORE}}}lastPrinted")
    if printed is not None:  # a reference file's; this file has not been printed
        properties._element.remove(printed)
    _default_language(word, LANGUAGE_TAGS[lang])


def _default_language(word: WordDocument, tag: str) -> None:
    """Set the language of the styles' default run properties (spelling, hyphens)."""
    from docx.oxml import parse_xml

    styles = word.styles.element
    defaults = styles.find(f"{{{W}}}docDefaults")
    if defaults is None:
        defaults = parse_xml(f'<w:docDefaults xmlns:w="{W}"/>')
        styles.insert(0, defaults)
    run_default = defaults.find(f"{{{W}}}rPrDefault")
    if run_default is None:
        run_default = parse_xml(f'<w:rPrDefault xmlns:w="{W}"/>')
        defaults.insert(0, run_default)
    run = run_default.find(f"{{{W}}}rPr")
    if run is None:
        run = parse_xml(f'<w:rPr xmlns:w="{W}"/>')
        run_default.append(run)
    language = run.find(f"{{{W}}}lang")
    if language is None:
        language = parse_xml(f'<w:lang xmlns:w="{W}"/>')
        run.append(language)
    language.set(f"{{{W}}}val", tag)


def _field(code: str) -> str:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out pages."""
    return f'<w:fldSimple w:instr="{code}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def _footer(word: WordDocument, lang: str) -> None:
    """Print date and "Sida N av M" in the footer of the document's sections."""
    from docx.oxml import parse_xml

    words = labels(lang)
    printed = words["print.printed"].format(printed_on().isoformat())
    parts = []
    for part in re.split(r"(\{[01]\})", words["print.page"]):
        if part == "{0}":
            parts.append(_field("PAGE"))
        elif part == "{1}":
            parts.append(_field("NUMPAGES"))
        elif part:
            parts.append(_run({"t": part}))
    for section in word.sections:
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = parse_xml(
            f'<w:p xmlns:w="{W}"><w:pPr><w:tabs><w:tab w:val="right" w:pos="'
            f'{TEXT_WIDTH[False]}"/></w:tabs></w:pPr>{_run({"t": printed})}'
            f"<w:r><w:tab/></w:r>{''.join(parts)}</w:p>"
        )
        footer._element.append(paragraph)


def _section_break(section: Any, landscape: bool) -> str:
    """A paragraph ending a section laid out like `section`, turned if asked."""
    properties = copy.deepcopy(section)
    size = properties.find(f"{{{W}}}pgSz")
    if size is not None:
        wide, high = int(size.get(f"{{{W}}}w")), int(size.get(f"{{{W}}}h"))
        if landscape == (wide < high):
            size.set(f"{{{W}}}w", str(high))
            size.set(f"{{{W}}}h", str(wide))
        if landscape:
            size.set(f"{{{W}}}orient", "landscape")
        else:
            size.attrib.pop(f"{{{W}}}orient", None)
    return f"<w:p><w:pPr>{properties.xml}</w:pPr></w:p>"


def render_docx(
    document: Document,
    lang: str,
    reference: Path | None = None,
    offer: str | None = None,
) -> bytes:
    """The whole document as a Word file (styles from `reference` when given).

    `offer` names the course list the numbers were computed against.
    """
    import docx

    word = open_reference(reference) if reference is not None else docx.Document()
    _properties(word, document, lang)
    _footer(word, lang)
    writer = _Writer(word, lang)
    body = word.element.body
    final = body[-1]
    section = copy.deepcopy(final) if final.tag == f"{{{W}}}sectPr" else None
    _write(writer, build_blocks(document, lang, offer), document, section)
    out = io.BytesIO()
    word.save(out)
    return _app_properties(out.getvalue())


_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_APP_PART = "docProps/app.xml"


def _app_properties(package: bytes) -> bytes:
    """The package with its extended properties (`docProps/app.xml`) its own.

    python-docx's template says `Microsoft Macintosh Word` made it from
    `Normal.dotm`, with 1 page and 0 words: only the application (dosering) and a
    reference file's company are kept; Word counts pages and words when it opens.
    python-docx has no API for this part, so the saved zip is written again.
    """
    import zipfile
    from xml.sax.saxutils import escape as xml_text

    from docx.oxml import parse_xml  # python-docx's parser: no entities, no network

    source = zipfile.ZipFile(io.BytesIO(package))
    if _APP_PART not in source.namelist():
        return package
    company = parse_xml(source.read(_APP_PART)).findtext(f"{{{_EXTENDED}}}Company")
    fields = f"<Application>{xml_text(f'{AUTHOR} {__version__}')}</Application>"
    if company:
        fields += f"<Company>{xml_text(_property(company))}</Company>"
    app = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_EXTENDED}">{fields}</Properties>'
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = app if info.filename == _APP_PART else source.read(info.filename)
            target.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _write(
    writer: _Writer, blocks: list[Block], document: Document, section: Any
) -> None:
    """Write the blocks as the document's body, parsed once (the chart a PNG).

    Inserting many parsed pieces one by one into a large body is slow in lxml,
    so the whole body is one string, parsed once, and replaces the old body.
    """
    from docx.oxml import parse_xml

    word = writer.word
    pieces = [f'<w:body xmlns:w="{W}">']
    for block in blocks:
        kind = block["kind"]
        if kind == "figure":
            pieces.append(_picture(writer, document, block))
            pieces.append(_para([{"t": block["caption"]}], writer.style_id("Caption")))
        elif kind == "landscape":
            if section is not None:
                pieces.append(_section_break(section, False))
            writer.landscape = True
            pieces.extend(writer.xml(inner) for inner in block["blocks"])
            if section is not None:
                pieces.append(_section_break(section, True))
            writer.landscape = False
        else:
            pieces.append(writer.xml(block))
    if section is not None:
        pieces.append(section.xml)
    pieces.append("</w:body>")
    body = word.element.body
    body.getparent().replace(body, parse_xml("".join(pieces)))


def _picture(writer: _Writer, document: Document, block: Block) -> str:
    """The chart's paragraph: python-docx stores the PNG, its XML goes in the body."""
    from docx.shared import Cm

    from dosering.render.pdf import chart_png

    word = writer.word
    paragraph = word.add_paragraph()
    paragraph.add_run().add_picture(io.BytesIO(chart_png(document, writer.lang)))
    inline = word.inline_shapes[-1]
    wide, high = inline.width, inline.height
    inline.width = Cm(16)
    inline.height = round(high * Cm(16) / max(wide, 1))
    inline._inline.docPr.set("descr", _NOT_XML.sub("", block["alt"]))
    element = paragraph._p
    element.getparent().remove(element)
    return str(element.xml)
