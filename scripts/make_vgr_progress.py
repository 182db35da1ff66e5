"""Write examples/vgr-staff.csv and examples/vgr-completions.xlsx (fixed seed).

A made-up staff list as an HR system exports it (Windows-1252, `;`, two unit levels:
förvaltning and enhet) and an LMS completion export as an Excel workbook, for the
follow-up of examples/vgr.yaml (`dosering progress`, `make demo`). No real person:
keys are made up (`VGR` and five digits). Run from the repository root:

    .venv/bin/python scripts/make_vgr_progress.py [FOLDER]
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path

import xlsxwriter

ROOT = Path(__file__).resolve().parent.parent
SEED = 20260331
ON = dt.date(2026, 3, 31)
UNITS = {
    "Sahlgrenska Universitetssjukhuset": (
        "Akutmottagningen",
        "Medicinavdelning 32",
        "Kirurgavdelning 14",
        "Ortopedmottagningen",
    ),
    "Skaraborgs Sjukhus": ("Akutvårdsavdelningen", "Barn- och ungdomsmedicin"),
    "Södra Älvsborgs Sjukhus": ("Medicinavdelning 5", "Kvinnokliniken"),
    "NU-sjukvården": ("Psykiatriska avdelningen", "Geriatriken"),
    "Folktandvården": ("Tandvården Angered",),
}
ROLES = (
    ("Sjuksköterska", 110),
    ("Undersköterska", 95),
    ("Specialistläkare och överläkare", 55),
    ("ST-läkare", 16),
    ("Fysioterapeut och arbetsterapeut", 24),
    ("Biomedicinsk analytiker", 12),
    ("Tandvårdspersonal i Folktandvården", 14),
    ("Medicinsk sekreterare och vårdadministratör", 26),
    ("Enhetschef och vårdenhetschef", 14),
    ("Sektionsledare och biträdande enhetschef", 8),
    ("Verksamhetschef", 5),
    ("Förbättringscoach", 7),
    ("Patientsäkerhetssamordnare", 3),
    ("Verksamhetsutvecklare och analytiker", 6),
    ("Kurator", 9),
    ("Sjukhusfysiker", 2),
)
# Per role title: the LMS codes its people take, and how likely each is done.
TAKES = {
    "Sjuksköterska": (("LP-10234", 0.8), ("LP-10251", 0.75), ("LP-10262", 0.55)),
    "Undersköterska": (("LP-10234", 0.7), ("LP-10251", 0.7)),
    "Specialistläkare och överläkare": (
        ("LP-10234", 0.6),
        ("LP-10251", 0.65),
        ("LP-10262", 0.5),
    ),
    "ST-läkare": (("LP-20110", 0.4), ("LP-10251", 0.7), ("LP-10262", 0.6)),
    "Fysioterapeut och arbetsterapeut": (("LP-10234", 0.75), ("LP-10251", 0.7)),
    "Biomedicinsk analytiker": (
        ("LP-10234", 0.7),
        ("LP-10251", 0.6),
        ("LP-10262", 0.6),
    ),
    "Tandvårdspersonal i Folktandvården": (("LP-10234", 0.5), ("LP-10251", 0.6)),
    "Medicinsk sekreterare och vårdadministratör": (("LP-10234", 0.85),),
    "Enhetschef och vårdenhetschef": (
        ("LP-20145", 0.6),
        ("LP-20170", 0.7),
        ("LP-10262", 0.8),
    ),
    "Sektionsledare och biträdande enhetschef": (
        ("LP-20110", 0.5),
        ("LP-10251", 0.8),
        ("LP-10262", 0.7),
    ),
    "Verksamhetschef": (("LP-20146", 0.8), ("LP-20170", 0.8), ("LP-20188", 0.6)),
    "Förbättringscoach": (("LP-30150", 0.7),),
    "Patientsäkerhetssamordnare": (
        ("LP-20110", 0.9),
        ("LP-30102", 0.9),
        ("LP-20188", 0.7),
    ),
    "Verksamhetsutvecklare och analytiker": (("LP-20110", 0.6), ("LP-30125", 0.5)),
}
TITLES = {
    "LP-10234": "Introduktion till förbättringskunskap",
    "LP-10251": "Patientsäkerhet – grundkurs",
    "LP-10262": "Mäta för förbättring",
    "LP-20110": "Förbättringsarbete i praktiken",
    "LP-20145": "Förbättrings- och förändringsledning för chefer",
    "LP-20146": "Förbättrings- och förändringsledning för chefer (distans)",
    "LP-20170": "Patientsäkerhet för chefer",
    "LP-20188": "Mätning och analys för verksamhetsutveckling",
    "LP-30102": "Händelseanalys och riskanalys",
    "LP-30125": "Styrdiagram i praktiken – statistisk processtyrning",
    "LP-30150": "Utbildning till förbättringscoach",
    "H-0100": "HLR vuxen",
    "B-0200": "Brandskydd – grund",
}
OTHER = ("H-0100", "B-0200")


def day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """A random day from `first` to `last`."""
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def main(argv: list[str] | None = None) -> None:
    """Write both files (into `examples/`, or the folder given)."""
    out = Path(argv[0]) if argv else ROOT / "examples"
    rng = random.Random(SEED)
    staff: list[list[str]] = []
    done: list[list[object]] = []
    number = 10000
    units = [(f, e) for f, enheter in UNITS.items() for e in enheter]
    for title, count in ROLES:
        for _ in range(count):
            number += rng.randrange(1, 40)
            key = f"VGR{number}"
            forvaltning, enhet = rng.choice(
                units[-1:] if title.startswith("Tandvård") else units[:-1]
            )
            start = day_between(rng, dt.date(1995, 1, 1), dt.date(2026, 2, 28))
            staff.append([key, title, forvaltning, enhet, start.isoformat()])
            for code, chance in TAKES.get(title, ()):
                if rng.random() >= chance:
                    if rng.random() < 0.15:
                        when = day_between(rng, dt.date(2025, 1, 1), ON)
                        done.append([key, code, TITLES[code], "Ej slutförd", when])
                    continue
                first = max(start, dt.date(2019, 1, 1))
                when = day_between(rng, min(first, ON), ON)
                done.append([key, code, TITLES[code], "Slutförd", when])
            for code in OTHER:
                if rng.random() < 0.6:
                    when = day_between(rng, dt.date(2021, 1, 1), ON)
                    done.append([key, code, TITLES[code], "Slutförd", when])
    done.append(["VGR99999", "LP-10234", TITLES["LP-10234"], "Slutförd", ON])
    done.sort(key=lambda row: (row[4], row[0], row[1]))
    with (out / "vgr-staff.csv").open(
        "w", encoding="cp1252", newline=""
    ) as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            ["Anställningsnummer", "Befattning", "Förvaltning", "Enhet", "Anställd från"]
        )
        writer.writerows(staff)
    book = xlsxwriter.Workbook(str(out / "vgr-completions.xlsx"))
    book.set_properties({"created": dt.datetime(2026, 3, 31), "author": "dosering"})
    sheet = book.add_worksheet("Genomförda")
    dates = book.add_format({"num_format": "yyyy-mm-dd"})
    bold = book.add_format({"bold": True})
    sheet.write_string(0, 0, f"Lärportalen: genomförda utbildningar t.o.m. {ON}", bold)
    header = ["Anställningsnummer", "Kurskod", "Kursnamn", "Status", "Slutdatum"]
    for col, text in enumerate(header):
        sheet.write_string(2, col, text, bold)
    for row, (key, code, title, status, when) in enumerate(done, start=3):
        sheet.write_string(row, 0, str(key))
        sheet.write_string(row, 1, str(code))
        sheet.write_string(row, 2, str(title))
        sheet.write_string(row, 3, str(status))
        assert isinstance(when, dt.date)
        sheet.write_datetime(row, 4, dt.datetime(when.year, when.month, when.day), dates)
    sheet.set_column(0, 1, 18)
    sheet.set_column(2, 2, 52)
    sheet.set_column(3, 4, 12)
    book.close()


if __name__ == "__main__":
    main(sys.argv[1:])
