"""Numbers as each language writes them: the one formatter of every command.

Swedish writes `1 382,0` (a no-break space between thousands, a decimal comma),
English `1,382.0`. `gap`, `diff`, `render` and `progress` all format through here, so
one figure reads the same in every output.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

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


def up(value: float, decimals: int = 1) -> float:
    """`value` rounded *up* to `decimals` (0.04 to 0.1, 4.5 to 5 with none).

    Float noise below the 6th decimal (JSON's precision) is dropped first, so
    30.000000000000004 stays 30.
    """
    exact = Decimal(repr(round(value, 6)))
    return float(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_CEILING))


def places(
    value: float | None, lang: str, decimals: int = 1, *, grouped: bool = True
) -> str:
    """Course places (a demand, a shortfall) as shown: rounded up to `decimals`.

    No one offers part of a place: 4.5 places needed and 4 offered show as 5 and
    4 with no decimals, and the 0.5 short as 1 — never as 0. Seats are whole, so
    the shortfall shown is the demand shown less the seats. "" for None.
    """
    if value is None:
        return ""
    return number(up(value, decimals), lang, decimals, grouped=grouped)
