"""`render --format pdf|docx`: read back with pypdf and python-docx."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from dosering import __version__
from tests.conftest import ROOT, run
from tests.test_render import HOSTILE_TEXT, hostile_model

VGR = ROOT / "examples" / "vgr.yaml"
KALMAR = ROOT / "examples" / "kalmar.yaml"
TYPST_HOSTILE = (
    '#panic("boom") $x^2$ *b* _i_ @ref <label> \\ `c` [a] ~ // c /* d */ = h '
    '#import "/etc/passwd" #{1/0} <script>alert(1)</script> {{ 7*7 }}'
)


def squash(text: str) -> str:
    """Text without whitespace or hyphens (PDF lines break and hyphenate words)."""
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text)


def role_names(model: Path) -> list[str]:
    """The role names of an example model (as the YAML writes them)."""
    text = model.read_text(encoding="utf-8")
    block = text[text.index("\nroles:") : text.index("\ncourses:")]
    return re.findall(r"^    name: (.+)$", block, flags=re.MULTILINE)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF."""
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def vgr_pdf(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """VGR's document as a Swedish PDF, page by page."""
    target = tmp_path_factory.mktemp("pdf") / "vgr.pdf"
    result = run("render", str(VGR), "-o", str(target))
    assert result.exit_code == 0, result
    assert result.stderr == f"wrote {target}\n"
    return pdf_pages(target)


def test_pdf_pages_are_numbered_and_dated(vgr_pdf: list[str]):
    """Every page's footer says "Sida N av M" and the print date."""
    assert len(vgr_pdf) >= 6
    for number, text in enumerate(vgr_pdf, 1):
        assert f"Sida {number} av {len(vgr_pdf)}" in text
        assert "Utskrivet 2026-01-01" in text


def test_pdf_holds_every_role_and_section(vgr_pdf: list[str]):
    """Every role name and every section heading is in the PDF's text."""
    names = role_names(VGR)
    assert len(names) >= 10
    text = squash("".join(vgr_pdf))
    for name in names:
        assert squash(name) in text, name
    for heading in ("Doseringsmatrisen", "Lärvägar", "Kurskatalog", "Dimensionering"):
        assert heading in text


def test_pdf_is_a4_and_the_matrix_landscape(tmp_path: Path):
    """Pages are A4; the matrix pages are turned, the others upright."""
    target = tmp_path / "kalmar.pdf"
    assert run("render", str(KALMAR), "-f", "pdf", "-o", str(target)).exit_code == 0
    reader = PdfReader(target)
    sizes = {(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages}
    assert sizes == {(595, 842), (842, 595)}
    turned = [i for i, p in enumerate(reader.pages) if p.mediabox.width > 600]
    assert "Doseringsmatrisen" in reader.pages[turned[0]].extract_text()


def test_pdf_in_english(tmp_path: Path):
    """--lang en gives "Page N of M"."""
    target = tmp_path / "k.pdf"
    result = run("render", str(KALMAR), "-o", str(target), "--lang", "en")
    assert result.exit_code == 0, result
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Printed 2026-01-01" in pages[-1]


def test_pdf_is_tagged_with_a_title(tmp_path: Path):
    """The PDF is tagged (structure tree) and carries the document title."""
    target = tmp_path / "k.pdf"
    assert run("render", str(KALMAR), "-o", str(target)).exit_code == 0
    reader = PdfReader(target)
    assert "/StructTreeRoot" in reader.root_object
    assert reader.metadata is not None
    assert reader.metadata.title == (
        "Doseringsmodell för förbättringskunskap – Region Kalmar län"
    )


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_model_text_is_literal(write_tree, fmt: str):
    """Typst and HTML markup in every model text comes out as that text."""
    root = write_tree({"hostile.yaml": hostile_model(TYPST_HOSTILE)})
    target = root / f"hostile.{fmt}"
    result = run("render", str(root / "hostile.yaml"), "-o", str(target))
    assert result.exit_code == 0, result
    if fmt == "pdf":
        text = squash("".join(pdf_pages(target)))
    else:
        text = squash(docx_text(docx.Document(str(target))))
    assert text.count(squash(TYPST_HOSTILE)) >= 5
    for line in HOSTILE_TEXT.split("\n"):
        assert squash(line) in text


def docx_text(word: docx.document.Document) -> str:
    """Every paragraph and table cell of a Word document, in order."""
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.fixture(scope="module")
def vgr_docx(tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    """VGR's document as a Swedish Word file."""
    target = tmp_path_factory.mktemp("docx") / "vgr.docx"
    result = run("render", str(VGR), "-o", str(target))
    assert result.exit_code == 0, result
    return docx.Document(str(target))


def test_docx_headings_are_word_headings(vgr_docx: docx.document.Document):
    """Sections and roles are Heading 1–3 paragraphs (Word's navigation pane)."""
    headings = [
        (p.style.name, p.text)
        for p in vgr_docx.paragraphs
        if p.style is not None and str(p.style.name).startswith("Heading")
    ]
    assert headings[0] == ("Heading 1", "Västra Götalandsregionen")
    assert ("Heading 2", "Doseringsmatrisen") in headings
    assert ("Heading 2", "Lärvägar") in headings
    level3 = {text for style, text in headings if style == "Heading 3"}
    for name in role_names(VGR):
        assert any(text.startswith(name) for text in level3), name


def test_docx_tables_repeat_their_header(vgr_docx: docx.document.Document):
    """Every table's first row repeats on each page; the matrix has its cells."""
    for table in vgr_docx.tables:
        first = table.rows[0]._tr
        assert first.trPr is not None
        assert first.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    matrix = next(t for t in vgr_docx.tables if t.rows[0].cells[0].text == "Roll")
    assert matrix.rows[0].cells[1].text == "Antal"
    sjuk = next(r for r in matrix.rows if r.cells[0].text == "Sjuksköterska")
    assert sjuk.cells[1].text == "11\u00a0500"
    assert sjuk.cells[2].text.startswith("1 · Grundnivå")


def test_docx_has_chart_picture_and_fields(vgr_docx: docx.document.Document):
    """The chart is a PNG with alt text; the footer has PAGE and NUMPAGES fields."""
    assert len(vgr_docx.inline_shapes) == 1
    shape = vgr_docx.inline_shapes[0]
    assert shape._inline.docPr.get("descr").startswith("Kursplatser per år")
    footer = vgr_docx.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer
    assert 'w:instr="NUMPAGES"' in footer
    assert "Utskrivet 2026-01-01" in footer
    orients = [s.orientation for s in vgr_docx.sections]
    assert len(orients) == 3
    assert orients[1] != orients[0] == orients[2]


def test_reference_docx_gives_the_styles(tmp_path: Path):
    """A region's Word file gives its styles; its own body text is not kept."""
    reference = docx.Document()
    reference.styles["Heading 1"].font.name = "Region Sans"
    reference.add_paragraph("Mallens egen text")
    reference.save(str(tmp_path / "mall.docx"))
    target = tmp_path / "k.docx"
    result = run(
        "render",
        str(KALMAR),
        "-o",
        str(target),
        "--reference-docx",
        str(tmp_path / "mall.docx"),
    )
    assert result.exit_code == 0, result
    word = docx.Document(str(target))
    assert word.styles["Heading 1"].font.name == "Region Sans"
    assert "Mallens egen text" not in docx_text(word)
    assert word.paragraphs[0].text == "Region Kalmar län"


PROPERTIES = {
    "sv": {
        "title": "Doseringsmodell för förbättringskunskap – Region Kalmar län",
        "language": "sv-SE",
        "comments": f"Skapad av dosering {__version__} från regionens modellfil; "
        "ändra i modellen, inte i detta dokument.",
    },
    "en": {
        "title": "Dosing model for improvement knowledge – Region Kalmar län",
        "language": "en-GB",
        "comments": f"Generated by dosering {__version__} from the region's model "
        "file; edit the model, not this document.",
    },
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PRINTED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
"""The documents' print date in the tests (SOURCE_DATE_EPOCH)."""


def docx_properties(path: Path) -> dict[str, object]:
    """A Word file's core properties (File › Info), read back with python-docx."""
    core = docx.Document(str(path)).core_properties
    names = (
        "title author last_modified_by comments keywords subject category "
        "content_status identifier language version revision created modified "
        "last_printed"
    )
    return {name: getattr(core, name) for name in names.split()}


def default_language(path: Path) -> str | None:
    """The language of the styles' default run properties (Word's spelling check)."""
    styles = docx.Document(str(path)).styles.element
    found = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    return None if found is None else found.get(f"{W}val")


@pytest.mark.parametrize("reference", [False, True], ids=["plain", "reference"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_docx_properties_say_what_the_file_is(
    tmp_path: Path, lang: str, reference: bool
):
    """Title, author, language and dates are the document's, not the template's."""
    argv = ["render", str(KALMAR), "-o", str(tmp_path / "k.docx"), "--lang", lang]
    if reference:
        mall = docx.Document()
        core = mall.core_properties
        core.author = core.last_modified_by = "Anna Andersson"
        core.keywords = "mall, logga"
        core.comments = "Regionens mall"
        core.subject = "Mall"
        core.category = "Mallar"
        core.created = core.modified = dt.datetime(2019, 5, 6, 7, 8, tzinfo=dt.UTC)
        core.last_printed = dt.datetime(2020, 1, 2, tzinfo=dt.UTC)
        core.revision = 42
        core.language = "de-DE"
        mall.save(str(tmp_path / "mall.docx"))
        argv += ["--reference-docx", str(tmp_path / "mall.docx")]
    result = run(*argv)
    assert result.exit_code == 0, result
    assert docx_properties(tmp_path / "k.docx") == {
        **PROPERTIES[lang],
        "author": "dosering",
        "last_modified_by": "dosering",
        "keywords": "",
        "subject": "",
        "category": "",
        "content_status": "",
        "identifier": "",
        "version": "2024.2",
        "revision": 1,
        "created": PRINTED,
        "modified": PRINTED,
        "last_printed": None,
    }
    assert default_language(tmp_path / "k.docx") == PROPERTIES[lang]["language"]
    assert app_properties(tmp_path / "k.docx") == {
        "Application": f"dosering {__version__}"
    }


def app_properties(path: Path) -> dict[str, str]:
    """The extended properties (`docProps/app.xml`): element name -> text."""
    import xml.etree.ElementTree as ET
    import zipfile

    with zipfile.ZipFile(path) as package:
        root = ET.fromstring(package.read("docProps/app.xml"))
    return {child.tag.rsplit("}", 1)[1]: child.text or "" for child in root}


def test_docx_of_a_model_without_version_has_none(tmp_path: Path):
    """A model without a version leaves the file's version empty."""
    text = KALMAR.read_text("utf-8").replace('  version: "2024.2"\n', "")
    assert "2024.2" not in text.split("levels:")[0]
    model = tmp_path / "k.yaml"
    model.write_text(text, encoding="utf-8")
    assert run("render", str(model), "-o", str(tmp_path / "k.docx")).exit_code == 0
    assert docx_properties(tmp_path / "k.docx")["version"] == ""


def test_reference_without_heading_styles_still_has_headings(tmp_path: Path):
    """A reference lacking "Heading 2" gets one, with its outline level."""
    reference = docx.Document()
    style = reference.styles["Heading 2"]
    style.element.getparent().remove(style.element)
    reference.save(str(tmp_path / "mall.docx"))
    target = tmp_path / "k.docx"
    result = run(
        "render",
        str(KALMAR),
        "-o",
        str(target),
        "--reference-docx",
        str(tmp_path / "mall.docx"),
    )
    assert result.exit_code == 0, result
    word = docx.Document(str(target))
    assert word.styles["Heading 2"].element.xml.count("w:outlineLvl") == 1
    level2 = [
        p.text for p in word.paragraphs if p.style and p.style.name == "Heading 2"
    ]
    assert "Doseringsmatrisen" in level2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello", "is not a Word document (.docx)"),
        (b"PK\x03\x04broken", "is not a Word document (.docx)"),
        (None, "no such file"),
    ],
)
def test_reference_that_is_not_word_exits_3(tmp_path: Path, content, message: str):
    """A --reference-docx that is not a Word file: one line, exit 3, no output."""
    reference = tmp_path / "mall.docx"
    if content is not None:
        reference.write_bytes(content)
    target = tmp_path / "out.docx"
    result = run(
        "render", str(KALMAR), "-o", str(target), "--reference-docx", str(reference)
    )
    assert result.exit_code == 3, result
    assert result.stderr == f"dosering: {reference}: {message}" + (
        "; --reference-docx takes a file saved from Word\n"
        if content is not None
        else "; --reference-docx takes a Word file\n"
    )
    assert not target.exists()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_missing_output_folder_exits_3(tmp_path: Path, fmt: str):
    """-o into a folder that does not exist: exit 3 before any work."""
    target = tmp_path / "nope" / f"x.{fmt}"
    result = run("render", str(KALMAR), "-o", str(target))
    assert result.exit_code == 3, result
    assert result.stderr == (
        f"dosering: {target}: the folder {target.parent} does not exist\n"
    )


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_failed_render_keeps_the_old_document(write_tree, fmt: str):
    """An invalid model leaves an existing document exactly as it was."""
    root = write_tree({"bad.yaml": "dosering: 1\nregion: {id: x}\n"})
    target = root / f"doc.{fmt}"
    target.write_bytes(b"the old document")
    result = run("render", str(root / "bad.yaml"), "-o", str(target))
    assert result.exit_code == 1, result
    assert target.read_bytes() == b"the old document"


def test_broken_typst_template_exits_3_and_keeps_the_file(tmp_path: Path):
    """A user's document.typ that fails: one line naming it, exit 3, no new file."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "document.typ").write_text('#panic("own template")\n')
    target = tmp_path / "k.pdf"
    target.write_bytes(b"old")
    result = run("render", str(KALMAR), "-o", str(target), "--templates", str(folder))
    assert result.exit_code == 3, result
    assert result.stderr.startswith(
        f"dosering: {folder / 'document.typ'}: the Typst template failed: "
    )
    assert "own template" in result.stderr
    assert target.read_bytes() == b"old"


def test_own_typst_template_is_used(tmp_path: Path):
    """A --templates folder's document.typ typesets the same data its own way."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "document.typ").write_text(
        "#let data = json(bytes(sys.inputs.data))\n= Egen: #data.title\n"
    )
    target = tmp_path / "k.pdf"
    result = run("render", str(KALMAR), "-o", str(target), "--templates", str(folder))
    assert result.exit_code == 0, result
    pages = pdf_pages(target)
    assert len(pages) == 1
    assert " ".join(pages[0].split()) == (
        "Egen: Doseringsmodell för förbättringskunskap – Region Kalmar län"
    )


def big_group_model(roles: int, title: str) -> str:
    """A valid model: one group of `roles` roles and a long region name."""
    lines = [
        "dosering: 1",
        f'region: {{id: stor, name: "{title}", language: sv}}',
        "levels:\n  - {id: veta, name: Veta}\n  - {id: driva, name: Driva}",
        "areas:\n  - {id: fk, name: Förbättringskunskap}",
        "groups:\n  - {id: g, name: Alla}",
        "roles:",
    ]
    lines += [
        f"  - {{id: r{i}, name: Roll nummer {i}, group: g, headcount: {i + 1}, "
        "turnover: 0.1, needs: {fk: veta}}"
        for i in range(roles)
    ]
    lines.append(
        "courses:\n  - {id: c, title: Grundkurs, format: e-learning, hours: 2, "
        "gives: {fk: driva}, seats_per_year: 100}"
    )
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_400_roles_in_one_group_and_a_2000_character_title(write_tree, fmt: str):
    """400 roles in one group and a 2,000-character name render whole."""
    title = ("Förbättringskunskapsregionen " * 80)[:2000].strip()
    root = write_tree({"big.yaml": big_group_model(400, title)})
    target = root / f"big.{fmt}"
    result = run("render", str(root / "big.yaml"), "-o", str(target))
    assert result.exit_code == 0, result
    if fmt == "pdf":
        pages = pdf_pages(target)
        text = squash("".join(pages))
        assert f"Sida {len(pages)} av {len(pages)}" in pages[-1]
    else:
        word = docx.Document(str(target))
        text = squash(docx_text(word))
        matrix = next(t for t in word.tables if t.rows[0].cells[0].text == "Roll")
        assert len(matrix.rows) == 1 + 1 + 400
    assert squash(title) in text
    for i in (0, 199, 399):
        assert squash(f"Roll nummer {i}") in text
