"""Write examples/kalmar-courses.xlsx: Region Kalmar län's course list as Excel holds it.

Run from the repository root with the dev install (openpyxl):
`.venv/bin/python scripts/make_kalmar_xlsx.py`. The list leaves out some of the
model's courses and carries rows the model does not know, so `dosering gap
examples/kalmar.yaml --courses examples/kalmar-courses.xlsx` shows every category.
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parent.parent / "examples" / "kalmar-courses.xlsx"
HEADER = ["Kod", "Benämning", "Timmar", "Platser per år", "Länk"]
URL = "https://example.org/regionkalmar/kurser/"
ROWS: list[list[object]] = [
    # Codes as numbers, as Excel stores them when a planner types 21010.
    [21010, "Förbättringsarbete i vardagen – introduktion", 1, 1500, URL + "21010"],
    [None, "Förbättringstavlan på arbetsplatsen", 4, None, None],
    # Two occasions of the e-learning course: 150 + 150 seats.
    [21020, "Patientsäkerhet för nyanställda", 1.5, 150, None],
    [21020, "Patientsäkerhet för nyanställda", None, 150, None],
    [21040, "Att läsa och förstå verksamhetsdata", 2, 300, None],
    [22040, "Mäta och följa upp förbättringsarbete", 7, 72, None],
    [21050, "Grundläggande projektkunskap", 2, 200, None],
    [22050, "Projektledning i praktiken", 21, 24, None],
    [22060, "Facilitering och coaching", 12, 30, URL + "22060"],
    # The chefs' programme under its second code.
    [23011, "Ge förutsättningar för förbättringsarbete – chefsprogram", 21, 50, None],
    [24010, "Förbättringscoach – påbyggnadsutbildning", 49, 16, URL + "24010"],
    [24020, "Utvecklingsledarprogrammet", 84, 8, None],
    [None, "Nätverk för förbättringscoacher", 12, 80, None],
    [25020, "Förbättringskunskap för förtroendevalda", 3, 30, None],
    # A near miss of ps-driva ("Patientsäkerhetsarbete i praktiken"): a suggestion.
    [22031, "Patientsäkerhetsarbete i praktiken, del 1", 7, 30, None],
    # Rows that are no course of the model.
    [31001, "Brandskydd – grundutbildning", 2, 400, None],
    [31002, "HLR vuxen", 2.5, 300, None],
    # A bad cell: hours written in words.
    [31003, "Hot och våld i vården", "en dag", 120, None],
]


def main() -> int:
    """Write the workbook (same content every run)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Kurskatalog"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    notes = workbook.create_sheet("Anteckningar")
    notes.append(["Utdrag ur kurskatalogen 2025, sammanställt av HR-enheten."])
    stamp = datetime.datetime(2025, 1, 15, 8, 0, 0)
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    workbook.properties.creator = "dosering"
    workbook.save(OUT)
    sys.stderr.write(f"wrote {OUT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
