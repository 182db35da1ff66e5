"""The columns that name a person and a completion: HR and LMS exports share them.

The staff list and the completion exports read them; the course list looks for
them only to tell a completion export given as a course list.
"""

from __future__ import annotations

from dosering.inputs.tables import Field

PERSON = Field(
    "person",
    (
        "Anställningsnummer",
        "Anställningsnr",
        "Anst.nr",
        "Personnummer",
        "HSA-id",
        "E-post",
        "Email address",
        "user_id",
        "ID number",
        "Employee ID",
    ),
)
"""The person's key: an employee number, an HSA-id, an e-mail (never shown)."""
COMPLETED = Field(
    "completed",
    (
        "Slutförd",
        "Slutdatum",
        "Genomförd",
        "Genomförd datum",
        "Datum",
        "completed_at",
        "Time completed",
        "Course complete",
        "Completion date",
    ),
)
"""The date a course was completed."""
