"""Numbers as each language writes them: the one formatter of every command.

Swedish writes `1 382,0` (a no-break space between thousands, a decimal comma),
English `1,382.0`. `gap`, `diff`, `render` and `progress` all format through here, so
one figure reads the same in every output.
"""

from __future__ import annotations

NBSP = "\u00a0"


def number(
    value: float | None, lang: str, decimals: int = 1, *, grouped: bool = True
) -> str:
    """A number with `decimals` decimals in the language's way; "" for None."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]  # no "-0,0"
    if lang == "sv":
        text = text.replace(",", NBSP).replace(".", ",")
    return text


def count(value: int | None, lang: str) -> str:
    """A whole number in the language's way (`37 900`); "" for None."""
    return number(value, lang, 0)
