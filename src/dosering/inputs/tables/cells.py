"""Table cells: one cell's text, number or date, as spreadsheets and exports hold them.

Dates are read without ever guessing between day-first and month-first: ISO dates
(with or without a time), spreadsheet date cells, Unix seconds (Moodle's
`timecompleted`, in Europe/Stockholm), and dates that name their month in Swedish
or English (`3 mars 2025`, `Monday, 3 March 2025, 1:45 PM`). Any other numeric
date needs an explicit strftime pattern.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any

UNIX_MIN = 100_000_000
"""The smallest whole number read as Unix seconds (1973): smaller ones are no date."""
UNIX_MAX = 32_503_680_000
"""The largest (year 3000)."""

_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_SIMPLE = re.compile(r"\d+(?:[.,]\d+)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.,]*(?:Z|[+-]\d\d:?\d\d)?)?")
_DIGITS = re.compile(r"\d{9,11}(?:\.0+)?")
_WORDS = re.compile(r"[^\W\d_]+\.?|\d+")

MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "february", "feb"), 2),
    **dict.fromkeys(("mars", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("maj", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("augusti", "august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("december", "dec"), 12),
}
"""Month names and abbreviations, Swedish and English."""
_IGNORED_WORDS = frozenset(
    {
        *("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday"),
        *("sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        *("am", "pm", "kl", "den", "the", "of"),
    }
)


def fold(text: str) -> str:
    """A header compared case-, accent-, whitespace- and punctuation-insensitively."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in bare.casefold() if c.isalnum())


def cell_text(value: Any) -> str | None:
    """A cell as trimmed text (a whole-number cell without `.0`); blank is None."""
    if value.__class__ is str:
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() or None


def parse_number(value: Any) -> float | None:
    """A cell as a number: `1,5`, `1.5`, `1 200`, or a number cell; None if blank.

    Raises ValueError when the cell holds something that is no number.
    """
    if value is None:
        return None
    if value.__class__ is str:
        text = value.strip()
        if not text:
            return None
        if _SIMPLE.fullmatch(text) and len(text) < 300:  # noqa: PLR2004
            return float(text.replace(",", "."))
        text = _SPACES.sub("", text)
        if len(text) >= 300 or not _NUMBER.fullmatch(text):  # noqa: PLR2004
            raise ValueError(value)
        return float(text.replace(",", "."))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ValueError(value)
        return float(value)
    raise ValueError(value)


_STOCKHOLM: dt.tzinfo | None = None


def _stockholm() -> dt.tzinfo:
    global _STOCKHOLM  # noqa: PLW0603 - loaded once, on the first Unix time
    if _STOCKHOLM is None:
        try:
            from zoneinfo import ZoneInfo

            _STOCKHOLM = ZoneInfo("Europe/Stockholm")
        except (ImportError, KeyError, OSError):  # pragma: no cover - no tz data
            _STOCKHOLM = dt.timezone(dt.timedelta(hours=1))
    return _STOCKHOLM


def unix_date(seconds: float) -> dt.date:
    """Unix seconds as the calendar day in Europe/Stockholm."""
    return dt.datetime.fromtimestamp(seconds, _stockholm()).date()


def parse_date(value: Any, pattern: str | None = None) -> dt.date | None:
    """A cell as a calendar day (times dropped); None when blank or `0` (Moodle).

    Raises ValueError for a cell that is no date this reader can be sure of: a
    numeric date that is not ISO (`03/04/25`) without `pattern`, an unknown word.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value == 0:
            return None
        if math.isfinite(value) and UNIX_MIN <= value <= UNIX_MAX:
            return unix_date(value)
        raise ValueError(value)
    if value.__class__ is not str:
        raise ValueError(value)
    text = value.strip()
    if not text or text in ("0", "-", "–"):
        return None
    if len(text) > 80:  # noqa: PLR2004 - no date is this long
        raise ValueError(value)
    iso = _ISO.fullmatch(text)
    if iso:
        return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    if pattern is not None:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            pass
    if _DIGITS.fullmatch(text):
        seconds = float(text)
        if UNIX_MIN <= seconds <= UNIX_MAX:
            return unix_date(seconds)
    return _named_month(text)


def _named_month(text: str) -> dt.date:
    """`3 mars 2025`, `Monday, 3 March 2025, 1:45 PM`, `March 3, 2025`."""
    words = _WORDS.findall(text.casefold())
    numbers: list[int] = []
    month: int | None = None
    for word in words:
        if word.isdigit():
            numbers.append(int(word))
            continue
        bare = word.rstrip(".")
        if bare in MONTHS and month is None:
            month = MONTHS[bare]
        elif bare not in _IGNORED_WORDS:
            raise ValueError(text)
    if month is None or len(numbers) < 2:  # noqa: PLR2004 - a day and a year
        raise ValueError(text)
    day, year = numbers[0], numbers[1]
    if year < 1000:  # noqa: PLR2004 - a two-digit year is a guess
        raise ValueError(text)
    return dt.date(year, month, day)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), clamped to the month's last day."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    if not 1 <= year <= 9999:  # noqa: PLR2004 - beyond the calendar: never reached
        return dt.date.max if months > 0 else dt.date.min
    last = _last_day(year, month)
    return dt.date(year, month, min(day.day, last))


def _last_day(year: int, month: int) -> int:
    if month == 12:  # noqa: PLR2004
        return 31
    return (dt.date(year, month + 1, 1) - dt.timedelta(days=1)).day
