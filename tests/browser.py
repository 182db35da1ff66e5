"""Headless Chromium for the tests and for scripts/docs_images.py.

Chromium's window is never narrower than 500 px, so a phone-width page is laid out
in an `<iframe srcdoc>` of exactly that width inside a wrapper page: its viewport
(and its media queries) are the phone's. A measuring script in the framed copy
writes what it found into the wrapper, which `--dump-dom` prints.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
)
MIN_WINDOW = 500
"""Chromium's narrowest window, in CSS pixels."""

MEASURE = """
(function () {
  var width = document.documentElement.clientWidth;
  var wide = [];
  var all = document.body.getElementsByTagName("*");
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    if (el.parentElement && el.parentElement.closest(".scroll")) continue;
    var r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < -0.5 || r.right > width + 0.5) {
      var name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "");
      wide.push(name + " " + Math.round(r.left) + ".." + Math.round(r.right));
    }
  }
  var items = document.querySelectorAll("nav.toc li");
  var overlaps = [];
  for (var a = 0; a < items.length; a++) {
    var ra = items[a].getBoundingClientRect();
    for (var b = a + 1; b < items.length; b++) {
      if (items[a].contains(items[b])) continue;
      var rb = items[b].getBoundingClientRect();
      if (ra.left < rb.right - 0.5 && rb.left < ra.right - 0.5 &&
          ra.top < rb.bottom - 0.5 && rb.top < ra.bottom - 0.5) {
        overlaps.push(
          items[a].textContent.trim() + " / " + items[b].textContent.trim());
      }
    }
  }
  var out = parent.document.createElement("pre");
  out.id = "measured";
  out.textContent = JSON.stringify({
    width: width,
    page: document.documentElement.scrollWidth,
    wide: wide,
    overlaps: overlaps,
    scrolls: document.querySelectorAll(".scroll").length
  });
  parent.document.body.appendChild(out);
})();
"""
"""Finds every element wider than the viewport (outside a scroll box's inside)."""

_CSP = re.compile(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>")
_MEASURED = re.compile(r"<pre id=\"measured\">(.*?)</pre>", re.DOTALL)


def framed(page: str, width: int, height: int, scale: float = 1.0) -> str:
    """A wrapper page showing `page` in a frame `width` CSS pixels wide."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        "body{margin:0;overflow:hidden}"
        f"iframe{{border:0;display:block;width:{width}px;height:{height}px;"
        f"transform:scale({scale});transform-origin:0 0}}"
        f'</style></head><body><iframe srcdoc="{html.escape(page, quote=True)}">'
        "</iframe></body></html>"
    )


def browse(chromium: str, page: Path, *args: str) -> str:
    """Run headless Chromium on a file with a fresh profile; its stdout."""
    with tempfile.TemporaryDirectory(prefix="dosering-chromium-") as profile:
        argv = [chromium, *BROWSER_FLAGS, f"--user-data-dir={profile}", *args]
        done = subprocess.run(
            [*argv, page.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    if done.returncode != 0:
        raise AssertionError(done.stderr[-2000:])
    return done.stdout


def measure(chromium: str, page: str, width: int, folder: Path) -> dict[str, Any]:
    """Lay `page` out `width` px wide and measure it in the page context.

    Returns:
        `width` (the viewport), `page` (the document's scroll width), `wide` (the
        elements reaching past the viewport, outside scroll boxes), `overlaps`
        (table-of-contents entries drawn over each other), `scrolls` (boxes).
    """
    copy = _CSP.sub("", page).replace("</body>", f"<script>{MEASURE}</script></body>")
    wrapper = folder / f"measure-{width}.html"
    wrapper.write_text(framed(copy, width, 900), encoding="utf-8")
    window = f"--window-size={max(width, MIN_WINDOW)},900"
    dom = browse(chromium, wrapper, window, "--dump-dom")
    found = _MEASURED.search(dom)
    if found is None:
        raise AssertionError("the measuring script did not run:\n" + dom[-2000:])
    result: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return result


def screenshot(
    chromium: str, page: str, width: int, height: int, target: Path, folder: Path
) -> Path:
    """A PNG of the first `height` CSS px of `page` laid out `width` px wide.

    Pages narrower than Chromium's window are framed and scaled up to fill it, so
    the picture shows the phone layout (at a device pixel ratio above 1).
    """
    source = folder / f"shot-{width}.html"
    if width >= MIN_WINDOW:
        source.write_text(page, encoding="utf-8")
        size = f"{width},{height}"
    else:
        scale = MIN_WINDOW / width
        source.write_text(framed(page, width, height, scale), encoding="utf-8")
        size = f"{MIN_WINDOW},{round(height * scale)}"
    browse(chromium, source, f"--window-size={size}", f"--screenshot={target}")
    return target
