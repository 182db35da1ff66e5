"""Generate an LMS course list (CSV, optionally XLSX) for a generated benchmark model.

The list is what Swedish Excel or an LMS export writes: ``;``-separated, Windows-1252,
decimal comma, CRLF, with the columns ``Kurskod;Kursnamn;Timmar;Platser per år``
(as in ``shared/contract/courses.csv``).  Its rows are occasions of the model's
courses: most matched by LMS code, some only by title (a new code, or none, and the
title written with other case and punctuation), several occasions of one course
whose seats add up, blank cells now and then, and about one row in ten unrelated to
the model.  Deterministic, standard library only (XLSX needs openpyxl).

Usage::

    python bench/generate_courses.py 2000 bench/.data/courses-2000.csv --roles 20000
    python bench/generate_courses.py 2000 list.csv --xlsx list.xlsx
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import random
import sys
from pathlib import Path
from typing import Any

from generate import SEED, _norm_title, build_courses, write_atomic

HEADER = ["Kurskod", "Kursnamn", "Timmar", "Platser per år"]
UNRELATED = [
    ("Excel för nybörjare", 3.0, 100),
    ("Brandskydd – grundutbildning", 2.0, 400),
    ("HLR vuxen", 2.5, 300),
    ("Hot och våld i vården", 4.0, 120),
    ("Informationssäkerhet för medarbetare", 1.0, 3000),
    ("Basala hygienrutiner", 0.5, 5000),
    ("Läkemedelshantering i slutenvården", 6.0, 200),
    ("Arbetsmiljö och systematiskt arbetsmiljöarbete", 8.0, 60),
    ("Lyftteknik och ergonomi", 3.0, 150),
    ("Journalföring för nyanställda", 2.0, 800),
]
Row = tuple[str, str, float | None, int | None]


def _number(value: float | None) -> str:
    """Format hours with a decimal comma; blank when unknown."""
    if value is None:
        return ""
    text = str(int(value)) if float(value).is_integer() else repr(value)
    return text.replace(".", ",")


def _retitle(rng: random.Random, title: str) -> str:
    """Write a title differently but equal after normalisation (case, punctuation)."""
    variant = rng.choice((title.upper(), title.lower(), title.replace(" – ", " - ")))
    return "  ".join(variant.split(" ", 1)) if rng.random() < 0.5 else variant


def build_rows(rows: int, roles: int, seed: int = SEED) -> list[Row]:
    """Build ``rows`` course-list rows for the model with ``roles`` roles."""
    rng = random.Random(f"{seed}-courselist-{rows}")
    courses = build_courses(roles, seed)
    model_codes: set[str] = set()
    titles = {_norm_title(c["title"]) for c in courses}
    for known in courses:
        model_codes.update(
            [known["lms"]] if isinstance(known["lms"], str) else known["lms"]
        )
    # New codes (title-only and unrelated rows) start well above the model's.
    new_code = (max(int(code) for code in model_codes) // 10000 + 8) * 10000
    unrelated_count = max(1, rows // 10)
    out: list[Row] = []
    order = courses[:]
    rng.shuffle(order)
    position = 0
    while len(out) < rows - unrelated_count:
        course: dict[str, Any] = order[position % len(order)]
        position += 1
        lms = course["lms"]
        codes = [lms] if isinstance(lms, str) else lms
        occasions = min(
            rng.choice((1, 1, 1, 2, 2, 3)), rows - unrelated_count - len(out)
        )
        seats_left = max(
            occasions, round(course["seats_per_year"] * rng.uniform(0.6, 1.2))
        )
        how = rng.random()
        new_code += rng.randint(1, 9)
        for occasion in range(occasions):
            if how < 0.85:  # matched by LMS code
                code, title = rng.choice(codes), course["title"]
                if rng.random() < 0.05:
                    code = f" {code} "
            else:  # matched by title only: a code the model does not know, or none
                code = str(new_code) if how < 0.95 else ""
                title = _retitle(rng, course["title"])
            last = occasion == occasions - 1
            seats = seats_left if last else rng.randint(1, max(1, seats_left // 2))
            seats_left -= seats
            hours: float | None = course["hours"] if occasion == 0 else None
            if occasion > 0 and rng.random() < 0.5:
                hours = course["hours"]
            out.append((code, title, hours, None if rng.random() < 0.03 else seats))
    for index in range(len(out), rows):
        title, hours, seats = UNRELATED[index % len(UNRELATED)]
        if index >= len(UNRELATED):
            title = f"{title}, tillfälle {index // len(UNRELATED) + 1}"
        assert _norm_title(title) not in titles, title
        new_code += rng.randint(1, 9)
        out.append((str(new_code), title, hours, seats))
    rng.shuffle(out)
    return out


def to_csv(rows: list[Row]) -> bytes:
    """Render the rows as Swedish Excel CSV: ``;``, Windows-1252, CRLF."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for code, title, hours, seats in rows:
        writer.writerow([code, title, _number(hours), "" if seats is None else seats])
    return buffer.getvalue().encode("cp1252")


def write_xlsx(path: Path, rows: list[Row]) -> bool:
    """Write the rows as an XLSX sheet; return False if openpyxl is missing."""
    try:
        openpyxl = importlib.import_module("openpyxl")  # optional dependency
    except ImportError:
        return False
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Kurser"
    sheet.append(HEADER)
    for code, title, hours, seats in rows:
        sheet.append([code, title, hours, seats])
    tmp = path.with_name(f".{path.name}.tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(tmp)
    tmp.replace(path)
    return True


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=int, help="number of rows (header not counted)")
    parser.add_argument("out", type=Path, help="CSV file to write")
    parser.add_argument("--xlsx", type=Path, help="also write the rows as XLSX here")
    parser.add_argument(
        "--roles",
        type=int,
        default=20000,
        help="the model's role count, which fixes its catalogue (default 20000)",
    )
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("rows must be at least 1")
    rows = build_rows(args.rows, args.roles)
    write_atomic(args.out, to_csv(rows))
    print(
        f"{args.out}: {len(rows)} rows for the {args.roles}-role model", file=sys.stderr
    )
    if args.xlsx:
        if write_xlsx(args.xlsx, rows):
            print(f"{args.xlsx}: {len(rows)} rows", file=sys.stderr)
        else:
            print(f"{args.xlsx}: skipped, openpyxl is not installed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
