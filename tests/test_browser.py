"""The HTML document in a real browser: headless Chromium's DOM and a screenshot.

Needs Debian's `chromium` (`apt-get install chromium`). Without it the tests are
skipped, unless DOSERING_REQUIRE_BROWSER=1 (set by .ci/run), which makes that a
failure so CI always runs them.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.browser import browse, measure, screenshot
from tests.conftest import ROOT, run
from tests.test_render import HOSTILE_NAME, hostile_model


def chromium_path() -> str:
    """The Chromium binary, or skip (fail under DOSERING_REQUIRE_BROWSER=1)."""
    found = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )
    if found:
        return found
    message = (
        "headless Chromium is not installed; install it with "
        "`sudo apt-get install chromium` (Debian/Ubuntu) to run the browser tests"
    )
    if os.environ.get("DOSERING_REQUIRE_BROWSER") == "1":
        pytest.fail(message + " (DOSERING_REQUIRE_BROWSER=1 makes this a failure)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def chromium() -> str:
    """The browser binary."""
    return chromium_path()


class DomCounter(HTMLParser):
    """Counts what the tests look for in a serialised DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.cells = 0
        self.rows = 0
        self.in_matrix = False
        self.in_title = False
        self.title = ""
        """The first <title>: the document's (SVG titles come later)."""
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Count scripts, matrix cells and rows; collect ids."""
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if tag == "script":
            self.scripts += 1
        if tag == "title" and not self.title:
            self.in_title = True
        if tag == "table":
            self.in_matrix = attributes.get("id") == "dosing-matrix"
        classes = (attributes.get("class") or "").split()
        if self.in_matrix and tag == "td" and "cell" in classes:
            self.cells += 1
        if self.in_matrix and tag == "th" and attributes.get("scope") == "row":
            self.rows += 1

    def handle_endtag(self, tag: str) -> None:
        """Leave the title or the matrix."""
        if tag == "title":
            self.in_title = False
        if tag == "table":
            self.in_matrix = False

    def handle_data(self, data: str) -> None:
        """Collect the document title as the browser left it."""
        if self.in_title:
            self.title += data


def dom_of(chromium: str, page: Path) -> DomCounter:
    """The DOM Chromium built for `page`, after any script would have run."""
    counter = DomCounter()
    counter.feed(browse(chromium, page, "--dump-dom"))
    return counter


def render_html(model: Path, target: Path) -> Path:
    """Render a model to an HTML file."""
    result = run("render", str(model), "-o", str(target), "--lang", "en")
    assert result.exit_code == 0, result
    return target


def test_matrix_has_a_cell_per_role_and_area(chromium: str, tmp_path):
    """Kalmar's matrix in the browser: 14 roles × 5 areas = 70 cells, no script."""
    page = render_html(ROOT / "examples" / "kalmar.yaml", tmp_path / "kalmar.html")
    dom = dom_of(chromium, page)
    assert dom.rows == 14
    assert dom.cells == 70
    assert dom.scripts == 0
    assert {"matrix", "role-enhetschef", "area-patientsakerhet"} <= dom.ids
    assert dom.title == "Dosing model for improvement knowledge – Region Kalmar län"


def test_hostile_names_run_no_script(chromium: str, write_tree):
    """A name holding <script>document.title='pwned'</script> stays text."""
    root = write_tree({"hostile.yaml": hostile_model()})
    page = render_html(root / "hostile.yaml", root / "hostile.html")
    dom = dom_of(chromium, page)
    assert dom.scripts == 0
    # Had the script run, the title would be "pwned"; it is the name, as text.
    assert dom.title == f"Dosing model for improvement knowledge – {HOSTILE_NAME}"
    assert dom.cells == 2


def test_the_script_check_can_fail(chromium: str, tmp_path):
    """Control: a page whose script runs shows up with a changed title."""
    page = tmp_path / "control.html"
    page.write_text(
        "<!DOCTYPE html><title>before</title><script>document.title='ran'</script>",
        encoding="utf-8",
    )
    dom = dom_of(chromium, page)
    assert dom.title == "ran"
    assert dom.scripts == 1


def png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """Decode an 8-bit RGB(A) PNG with the standard library: size, channels, pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset = 8
    width = height = channels = 0
    compressed = b""
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8, depth
            channels = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            compressed += body
        offset += 12 + length
    raw = zlib.decompress(compressed)
    stride = width * channels
    out = bytearray()
    previous = bytearray(stride)
    for row in range(height):
        start = row * (stride + 1)
        method = raw[start]
        line = bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if method == 1:
                line[i] = (line[i] + left) & 0xFF
            elif method == 2:
                line[i] = (line[i] + up) & 0xFF
            elif method == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif method == 4:
                guess = left + up - corner
                pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                pick = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pick) & 0xFF
        out += line
        previous = line
    return width, height, channels, bytes(out)


def test_screenshot_is_not_blank(chromium: str, tmp_path):
    """A screenshot of the document shows text and colour, not an empty page."""
    page = render_html(ROOT / "examples" / "kalmar.yaml", tmp_path / "kalmar.html")
    shot = tmp_path / "shot.png"
    browse(chromium, page, "--window-size=800,600", f"--screenshot={shot}")
    width, height, channels, pixels = png_pixels(shot.read_bytes())
    assert (width, height) == (800, 600)
    grey = [sum(pixels[i : i + 3]) // 3 for i in range(0, len(pixels), channels * 7)]
    mean = sum(grey) / len(grey)
    variance = sum((g - mean) ** 2 for g in grey) / len(grey)
    dark = sum(1 for g in grey if g < 100)
    assert variance > 200, variance
    assert dark > len(grey) // 200, dark


def test_blank_page_fails_the_blank_check(chromium: str, tmp_path):
    """Control: an empty page's screenshot has (almost) no variance."""
    page = tmp_path / "blank.html"
    page.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
    shot = tmp_path / "blank.png"
    browse(chromium, page, "--window-size=200,100", f"--screenshot={shot}")
    _, _, channels, pixels = png_pixels(shot.read_bytes())
    values = {pixels[i : i + 3] for i in range(0, len(pixels), channels)}
    assert len(values) == 1


def long_title_model() -> str:
    """Kalmar with a region name of 2,000 characters (words and one long word)."""
    text = (ROOT / "examples" / "kalmar.yaml").read_text(encoding="utf-8")
    name = ("Förbättringskunskapsregionen " * 60 + "X" * 200)[:2000]
    return text.replace("name: Region Kalmar län", f"name: {name}", 1)


@pytest.mark.parametrize("width", [400, 1400])
@pytest.mark.parametrize("example", ["vgr", "kalmar"])
def test_nothing_is_wider_than_the_viewport(
    chromium: str, tmp_path: Path, example: str, width: int
):
    """At 400 and 1400 px only tables' scroll boxes scroll; no TOC entry overlaps."""
    page = render_html(ROOT / "examples" / f"{example}.yaml", tmp_path / "doc.html")
    found = measure(chromium, page.read_text(encoding="utf-8"), width, tmp_path)
    assert found["width"] == width
    assert found["wide"] == []
    assert found["overlaps"] == []
    assert found["page"] == width
    assert found["scrolls"] >= 8


def test_a_2000_character_title_fits_a_phone(chromium: str, write_tree):
    """A region name of 2,000 characters wraps inside 400 px."""
    root = write_tree({"long.yaml": long_title_model()})
    page = render_html(root / "long.yaml", root / "long.html")
    found = measure(chromium, page.read_text(encoding="utf-8"), 400, root)
    assert found["wide"] == []
    assert found["page"] == 400


def test_the_width_check_can_fail(chromium: str, tmp_path: Path):
    """Control: a wide block and overlapping TOC entries are both found."""
    page = (
        "<!DOCTYPE html><html><body style='margin:0'>"
        "<div id='wide' style='width:900px'>x</div>"
        "<nav class='toc'><ol><li style='height:20px'>a</li>"
        "<li style='margin-top:-10px'>b</li></ol></nav>"
        "<div class='scroll' style='overflow:auto'><div style='width:900px'>y</div>"
        "</div></body></html>"
    )
    found = measure(chromium, page, 400, tmp_path)
    assert found["wide"] == ["div#wide 0..900"]
    assert found["overlaps"] == ["a / b"]
    assert found["page"] == 900


@pytest.mark.parametrize("width", [400, 1400])
def test_screenshots_at_phone_and_desktop_width(
    chromium: str, tmp_path: Path, width: int
):
    """VGR's screenshot at 400 and 1400 px shows text and colour, not a blank page."""
    page = render_html(ROOT / "examples" / "vgr.yaml", tmp_path / "vgr.html")
    shot = screenshot(
        chromium,
        page.read_text(encoding="utf-8"),
        width,
        800,
        tmp_path / "s.png",
        tmp_path,
    )
    shown, height, channels, pixels = png_pixels(shot.read_bytes())
    assert (shown, height) == (max(width, 500), round(800 * max(width, 500) / width))
    grey = [sum(pixels[i : i + 3]) // 3 for i in range(0, len(pixels), channels * 7)]
    assert sum(1 for g in grey if g < 100) > len(grey) // 200


def test_print_has_page_numbers_and_date(chromium: str, tmp_path: Path):
    """Chromium's print of the HTML has "Sida N av M" and the date on each page."""
    from pypdf import PdfReader

    page = tmp_path / "kalmar.html"
    assert run("render", str(ROOT / "examples" / "kalmar.yaml"), "-o", str(page))
    pdf = tmp_path / "kalmar.pdf"
    browse(chromium, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    pages = PdfReader(pdf).pages
    assert len(pages) > 3
    for number, sheet in enumerate(pages, 1):
        text = sheet.extract_text()
        assert f"Sida {number} av {len(pages)}" in text
        assert "Utskrivet 2026-01-01" in text
