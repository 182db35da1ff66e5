"""Generate a staff list and a completion export for a generated benchmark model.

For ``dosering progress``: 50,000 persons (``--persons``) in 20 units of two or three
levels (Förvaltning;Verksamhet;Enhet), each with one of the model's role ids in the
role column and a start date; and a completion export of ``ROWS`` rows, half of them
courses outside the model (an LMS lists every course), a few of persons not in the
staff list, a few not completed. Both ``;``-separated Windows-1252 as HR and LMS
systems write them. Deterministic, standard library only; written as a stream.

Usage::

    python bench/generate_progress.py MODEL STAFF.csv DONE.csv --rows 200000
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import re
from pathlib import Path

SEED = 20260331
UNITS = [
    ("Sahlgrenska Universitetssjukhuset", "Akutmedicin", "Akutmottagningen"),
    ("Sahlgrenska Universitetssjukhuset", "Akutmedicin", "Avdelning 32"),
    ("Sahlgrenska Universitetssjukhuset", "Kirurgi", "Avdelning 14"),
    ("Sahlgrenska Universitetssjukhuset", "Kirurgi", ""),
    ("Sahlgrenska Universitetssjukhuset", "Ortopedi", "Mottagningen"),
    ("Skaraborgs Sjukhus", "Medicin", "Avdelning 5"),
    ("Skaraborgs Sjukhus", "Barn och ungdom", ""),
    ("Skaraborgs Sjukhus", "Psykiatri", "Avdelning 2"),
    ("Södra Älvsborgs Sjukhus", "Kvinnokliniken", "Förlossningen"),
    ("Södra Älvsborgs Sjukhus", "Kvinnokliniken", "BB"),
    ("Södra Älvsborgs Sjukhus", "Medicin", ""),
    ("NU-sjukvården", "Psykiatri", "Avdelning 7"),
    ("NU-sjukvården", "Geriatrik", ""),
    ("NU-sjukvården", "Kirurgi", "Avdelning 3"),
    ("Folktandvården", "Område Nord", ""),
    ("Folktandvården", "Område Syd", ""),
    ("Primärvården", "Vårdcentralen Angered", ""),
    ("Primärvården", "Vårdcentralen Lerum", ""),
    ("Regionens hus", "Koncernstab HR", ""),
    ("Regionens hus", "Koncernstab Digitalisering", ""),
]
_ROLE = re.compile(r"^  - id: (\S+)$")
_LMS = re.compile(r"^    lms: (.+)$")


def model_ids(model: Path) -> tuple[list[str], list[str]]:
    """The model's role ids and one LMS code per course (read from its YAML text)."""
    roles: list[str] = []
    codes: list[str] = []
    section = ""
    for line in model.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            section = line.rstrip(":")
        if section == "roles" and (found := _ROLE.match(line)):
            roles.append(found.group(1))
        elif section == "courses" and (found := _LMS.match(line)):
            codes.append(re.findall(r'"([^"]+)"', found.group(1))[0])
    return roles, codes


def main(argv: list[str] | None = None) -> int:
    """Write both files."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model", type=Path)
    parser.add_argument("staff", type=Path)
    parser.add_argument("done", type=Path)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--persons", type=int, default=50_000)
    args = parser.parse_args(argv)
    rng = random.Random(SEED)
    roles, codes = model_ids(args.model)
    keys = [f"VGR{100000 + i * 7}" for i in range(args.persons)]
    days = [dt.date(2015, 1, 1) + dt.timedelta(days=d) for d in range(4100)]
    for path in (args.staff, args.done):
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.staff.with_suffix(".tmp")
    with tmp.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            [
                "Anställningsnummer",
                "Befattning",
                "Förvaltning",
                "Verksamhet",
                "Enhet",
                "Anställd från",
            ]
        )
        for key in keys:
            unit = UNITS[rng.randrange(len(UNITS))]
            writer.writerow(
                [key, rng.choice(roles), *unit, rng.choice(days).isoformat()]
            )
    tmp.replace(args.staff)
    tmp = args.done.with_suffix(".tmp")
    with tmp.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            ["Anställningsnummer", "Kurskod", "Kursnamn", "Status", "Slutdatum"]
        )
        for row in range(args.rows):
            outside = rng.random() < 0.02  # a person who is not staff (left)
            key = f"EXT{row}" if outside else keys[rng.randrange(len(keys))]
            if row % 2:
                code, title = (
                    f"X{rng.randrange(5000):04d}",
                    "Utbildning utanför modellen",
                )
            else:
                code, title = rng.choice(codes), ""
            status = "Ej slutförd" if rng.random() < 0.05 else "Slutförd"
            writer.writerow([key, code, title, status, rng.choice(days).isoformat()])
    tmp.replace(args.done)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
