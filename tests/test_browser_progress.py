"""The `progress` page in a real browser: bars, the trend, sorting, no person data.

Needs Debian's `chromium`, like tests/test_browser.py (whose helpers it uses).
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

from tests.browser import browse
from tests.conftest import DATA, ROOT, run
from tests.test_browser import chromium, png_pixels

__all__ = ["chromium"]  # the fixture, used by name

CONTRACT = DATA / "progress"


class PageCounter(HTMLParser):
    """What the tests look for in the page's DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.bars = 0
        self.segments = 0
        self.points = 0
        self.lines = 0
        self.sortable = 0
        self.rows = 0
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Count bars, their segments, the trend's points and sortable headings."""
        attributes = dict(attrs)
        if tag == "div" and attributes.get("role") == "img":
            self.bars += 1
        if tag == "span" and (attributes.get("class") or "").startswith("c-"):
            self.segments += 1
        if tag == "circle":
            self.points += 1
        if tag == "polyline":
            self.lines += 1
        if tag == "th" and attributes.get("aria-sort") is not None:
            self.sortable += 1
        if tag == "tr":
            self.rows += 1

    def handle_data(self, data: str) -> None:
        """Keep the page's text."""
        self.text += data


def page_of(tmp_path: Path) -> Path:
    """The contract's follow-up as an HTML page."""
    page = tmp_path / "progress.html"
    done = run(
        "progress",
        str(CONTRACT / "model.yaml"),
        "--staff",
        str(CONTRACT / "staff.csv"),
        "--completions",
        str(CONTRACT / "completions.csv"),
        "--on",
        "2026-03-31",
        "--min-group",
        "3",
        "--format",
        "html",
        "-o",
        str(page),
    )
    assert done.exit_code == 0, done
    return page


def dom(chromium: str, page: Path) -> PageCounter:
    """The DOM Chromium built, after the page's script ran."""
    counter = PageCounter()
    counter.feed(browse(chromium, page, "--dump-dom"))
    return counter


def test_bars_trend_and_sorting_in_the_browser(chromium: str, tmp_path):
    """3 roles and 4 shown units have bars; the trend has 4 points; headings sort."""
    page = dom(chromium, page_of(tmp_path))
    assert page.bars == 3 + 4  # Kvinnokliniken / BB is suppressed: no bar
    assert page.segments >= page.bars
    assert (page.lines, page.points) == (1, 4)
    # the script ran: every heading of the three sortable tables got aria-sort
    assert page.sortable == 5 + 7 + 5
    assert "fewer than 3" in page.text
    assert "SE2321000016" not in page.text


def test_the_page_reads_without_scripts(tmp_path):
    """Without JavaScript every row is in the page as written; only sorting needs it."""
    page = PageCounter()
    page.feed(page_of(tmp_path).read_text(encoding="utf-8"))
    assert page.sortable == 0  # the script adds the sort state
    assert page.bars == 7
    assert page.rows == (1 + 3) + (1 + 5) + (1 + 5) + (1 + 4)


def green_pixels(shot: Path) -> int:
    """How many sampled pixels of a screenshot are the met bars' green."""
    width, height, channels, pixels = png_pixels(shot.read_bytes())
    assert (width, height) == (1000, 1400)
    return sum(
        1
        for i in range(0, len(pixels), channels * 3)
        if abs(pixels[i] - 0x2D) < 12
        and abs(pixels[i + 1] - 0xA4) < 12
        and abs(pixels[i + 2] - 0x4E) < 12
    )


def test_the_bars_have_colour(chromium: str, tmp_path):
    """A screenshot shows the met bars' green, not an empty page."""
    shot = tmp_path / "shot.png"
    browse(
        chromium,
        page_of(tmp_path),
        "--window-size=1000,1400",
        f"--screenshot={shot}",
    )
    assert green_pixels(shot) > 200


CLICK_SEATS = """
<script>
var table = document.querySelector("#courses table");
var seats = table.querySelectorAll("thead th")[3];
seats.click();
var order = Array.from(table.tBodies[0].rows, function (r) {
  return r.cells[3].textContent; });
document.body.insertAdjacentHTML("beforeend",
  "<pre id=" + '"order">' + JSON.stringify(order) + "</pre>");
</script>
"""


def test_grouped_numbers_sort_as_numbers(chromium: str, tmp_path: Path) -> None:
    """`8 000` sorts above `500` (not as 8), in either language's grouping."""
    import json
    import re

    examples = ROOT / "examples"
    for lang in ("sv", "en"):
        page = tmp_path / f"p-{lang}.html"
        done = run(
            "progress",
            str(examples / "vgr.yaml"),
            "--staff",
            str(examples / "vgr-staff.csv"),
            "--completions",
            str(examples / "vgr-completions.xlsx"),
            "--on",
            "2026-03-31",
            "--lang",
            lang,
            "-o",
            str(page),
        )
        assert done.exit_code == 0, done
        text = page.read_text(encoding="utf-8")
        page.write_text(text.replace("</body>", CLICK_SEATS + "</body>"), "utf-8")
        found = re.search(
            r'<pre id="order">(.*?)</pre>', browse(chromium, page, "--dump-dom")
        )
        assert found is not None
        order = [
            cell for cell in json.loads(html.unescape(found.group(1))) if cell != "–"
        ]
        numbers = [float(c.replace("\u00a0", "").replace(",", "")) for c in order]
        assert numbers == sorted(numbers), order
        assert numbers[-1] == 8000
