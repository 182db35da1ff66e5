"""The diff analysis: each change class, renames, crosswalks, demand and the matrix."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from dosering.analyses.diff import ChangeClass, Diff, diff_models
from dosering.model.crosswalk import Crosswalk
from dosering.model.schema import Model

BASE: dict[str, Any] = {
    "dosering": 1,
    "region": {"id": "exempel", "name": "Region Exempel"},
    "levels": [
        {"id": "veta", "name": "Veta"},
        {"id": "driva", "name": "Driva"},
        {"id": "ge", "name": "Ge förutsättningar", "includes": ["veta"]},
    ],
    "areas": [
        {
            "id": "fk",
            "name": "Förbättringskunskap",
            "outcomes": {"veta": "Känner till."},
        },
        {"id": "ps", "name": "Patientsäkerhet"},
    ],
    "groups": [{"id": "g1", "name": "Vård"}, {"id": "g2", "name": "Ledning"}],
    "roles": [
        {
            "id": "r1",
            "name": "Sjuksköterska",
            "group": "g1",
            "headcount": 100,
            "turnover": 0.1,
            "refresh_years": 5,
            "needs": {
                "fk": "veta",
                "ps": {"level": "veta", "courses": ["c1"], "within_months": 6},
            },
        },
        {
            "id": "r2",
            "name": "Chef",
            "group": "g2",
            "headcount": 10,
            "needs": {"fk": "driva"},
        },
    ],
    "courses": [
        {
            "id": "c1",
            "title": "Intro",
            "format": "e-learning",
            "hours": 2.0,
            "gives": {"fk": "veta", "ps": "veta"},
            "lms": "100",
            "seats_per_year": 50,
        },
        {
            "id": "c2",
            "title": "Leda",
            "format": "classroom",
            "hours": 8.0,
            "gives": {"fk": "driva"},
            "lms": "200",
            "seats_per_year": 10,
        },
        {"id": "c3", "title": "Ledning", "format": "workshop", "gives": {"fk": "ge"}},
    ],
}

Edit = Callable[[dict[str, Any]], object]


def model(edit: Edit | None = None) -> Model:
    """The base model, edited."""
    data = copy.deepcopy(BASE)
    if edit is not None:
        edit(data)
    return Model.model_validate(data)


def changes(edit: Edit, crosswalk: Crosswalk | None = None) -> list[dict[str, Any]]:
    """The changes from the base model to an edited copy, as JSON objects."""
    return [c.as_dict() for c in diff_models(model(), model(edit), crosswalk).changes]


def role(data: dict[str, Any], index: int) -> dict[str, Any]:
    """A role of the data."""
    return data["roles"][index]  # type: ignore[no-any-return]


def course(data: dict[str, Any], index: int) -> dict[str, Any]:
    """A course of the data."""
    return data["courses"][index]  # type: ignore[no-any-return]


def one(
    entity: str, ident: str, change: str, field: str | None, before: Any, after: Any
):
    """One expected change."""
    return {
        "entity": entity,
        "id": ident,
        "change": change,
        "field": field,
        "before": before,
        "after": after,
    }


CASES: list[tuple[str, Edit, list[dict[str, Any]]]] = [
    (
        "new need",
        lambda d: role(d, 1)["needs"].update(ps="veta"),
        [one("role", "r2", "stricter", "needs.ps", None, "veta")],
    ),
    (
        "need dropped",
        lambda d: role(d, 0)["needs"].pop("fk"),
        [one("role", "r1", "looser", "needs.fk", "veta", None)],
    ),
    (
        "level raised",
        lambda d: role(d, 0)["needs"].update(fk="driva"),
        [one("role", "r1", "stricter", "needs.fk", "veta", "driva")],
    ),
    (
        "level lowered",
        lambda d: role(d, 1)["needs"].update(fk="veta"),
        [one("role", "r2", "looser", "needs.fk", "driva", "veta")],
    ),
    (
        "moved to another branch",
        lambda d: role(d, 1)["needs"].update(fk="ge"),
        [one("role", "r2", "stricter", "needs.fk", "driva", "ge")],
    ),
    (
        "prescribed course added",
        lambda d: role(d, 1)["needs"].update(fk={"level": "driva", "courses": ["c2"]}),
        [one("role", "r2", "stricter", "needs.fk.courses", None, ["c2"])],
    ),
    (
        "prescribed course dropped",
        lambda d: role(d, 0)["needs"]["ps"].pop("courses"),
        [one("role", "r1", "looser", "needs.ps.courses", ["c1"], None)],
    ),
    (
        "within_months shortened",
        lambda d: role(d, 0)["needs"]["ps"].update(within_months=3),
        [one("role", "r1", "stricter", "needs.ps.within_months", 6, 3)],
    ),
    (
        "within_months lengthened",
        lambda d: role(d, 0)["needs"]["ps"].update(within_months=12),
        [one("role", "r1", "looser", "needs.ps.within_months", 6, 12)],
    ),
    (
        "within_months added",
        lambda d: role(d, 1)["needs"].update(fk={"level": "driva", "within_months": 6}),
        [one("role", "r2", "stricter", "needs.fk.within_months", None, 6)],
    ),
    (
        "refresh_years shortened",
        lambda d: role(d, 0).update(refresh_years=3),
        [one("role", "r1", "stricter", "refresh_years", 5, 3)],
    ),
    (
        "refresh_years dropped",
        lambda d: role(d, 0).pop("refresh_years"),
        [one("role", "r1", "looser", "refresh_years", 5, None)],
    ),
    (
        "short and mapping forms are equal",
        lambda d: role(d, 1)["needs"].update(fk={"level": "driva"}),
        [],
    ),
    (
        "includes grow",
        lambda d: d["levels"][2].update(includes=["veta", "driva"]),
        [one("level", "ge", "looser", "includes", ["veta"], ["veta", "driva"])],
    ),
    (
        "includes shrink",
        lambda d: d["levels"][1].update(includes=[]),
        [one("level", "driva", "stricter", "includes", ["veta"], [])],
    ),
    (
        "includes written out, same meaning",
        lambda d: d["levels"][1].update(includes=["veta"]),
        [],
    ),
    (
        "course gives an area less",
        lambda d: course(d, 0)["gives"].pop("fk"),
        [one("course", "c1", "stricter", "gives.fk", "veta", None)],
    ),
    (
        "course gives a lower level",
        lambda d: course(d, 1)["gives"].update(fk="veta"),
        [one("course", "c2", "stricter", "gives.fk", "driva", "veta")],
    ),
    (
        "course gives a higher level",
        lambda d: course(d, 0)["gives"].update(fk="driva"),
        [one("course", "c1", "looser", "gives.fk", "veta", "driva")],
    ),
    (
        "course gives another area",
        lambda d: course(d, 1)["gives"].update(ps="driva"),
        [one("course", "c2", "looser", "gives.ps", None, "driva")],
    ),
    (
        "figures and facts",
        lambda d: (
            role(d, 0).update(headcount=120, turnover=0.12, group="g2"),
            course(d, 0).update(
                seats_per_year=60, hours=1.5, format="classroom", lms=["100", "101"]
            ),
        ),
        [
            one("role", "r1", "updated", "group", "g1", "g2"),
            one("role", "r1", "updated", "headcount", 100, 120),
            one("role", "r1", "updated", "turnover", 0.1, 0.12),
            one("course", "c1", "updated", "format", "e-learning", "classroom"),
            one("course", "c1", "updated", "hours", 2.0, 1.5),
            one("course", "c1", "updated", "lms", "100", ["100", "101"]),
            one("course", "c1", "updated", "seats_per_year", 50, 60),
        ],
    ),
    (
        "the same lms code written as a list",
        lambda d: course(d, 0).update(lms=[" 100 "]),
        [],
    ),
    (
        "words",
        lambda d: (
            d["region"].update(name="Region Ny", version="2"),
            d["levels"][0].update(description="Alla."),
            d["areas"][0].update(outcomes={"veta": "Vet.", "driva": "Driver."}),
            d["groups"][0].update(name="Klinisk vård"),
            role(d, 1).update(name="Enhetschef"),
            course(d, 0).update(
                title="Introduktion", provider="Akademin", url="https://example.org"
            ),
        ),
        [
            one("region", "exempel", "cosmetic", "name", "Region Exempel", "Region Ny"),
            one("region", "exempel", "cosmetic", "version", None, "2"),
            one("level", "veta", "cosmetic", "description", None, "Alla."),
            one("area", "fk", "cosmetic", "outcomes.veta", "Känner till.", "Vet."),
            one("area", "fk", "cosmetic", "outcomes.driva", None, "Driver."),
            one("group", "g1", "cosmetic", "name", "Vård", "Klinisk vård"),
            one("role", "r2", "cosmetic", "name", "Chef", "Enhetschef"),
            one("course", "c1", "cosmetic", "title", "Intro", "Introduktion"),
            one("course", "c1", "cosmetic", "provider", None, "Akademin"),
            one("course", "c1", "cosmetic", "url", None, "https://example.org"),
        ],
    ),
    (
        "order of a list",
        lambda d: d["roles"].reverse(),
        [one("role", "r2", "updated", "order", 1, 0)],
    ),
    (
        "added and removed",
        lambda d: (
            d["courses"].pop(2),
            d["groups"].append({"id": "g3", "name": "Stöd"}),
        ),
        [
            one("group", "g3", "added", None, None, "Stöd"),
            one("course", "c3", "removed", None, "Ledning", None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [pytest.param(edit, expected, id=name) for name, edit, expected in CASES],
)
def test_change_classes(edit: Edit, expected: list[dict[str, Any]]):
    """Each kind of edit gives exactly the expected classified changes."""
    assert changes(edit) == expected


def test_renamed_role_is_one_change():
    """A role with a new id and the same content is renamed, not removed + added."""

    def edit(d: dict[str, Any]) -> None:
        role(d, 1)["id"] = "enhetschef"

    assert changes(edit) == [
        {
            "entity": "role",
            "id": "enhetschef",
            "old_id": "r2",
            "change": "renamed",
            "field": None,
            "before": "r2",
            "after": "enhetschef",
        }
    ]


def test_renamed_course_by_lms_code_keeps_its_other_changes():
    """A course with a new id, a new title and the same lms code is renamed."""

    def edit(d: dict[str, Any]) -> None:
        course(d, 0).update(id="intro", title="Introduktion")
        role(d, 0)["needs"]["ps"]["courses"] = ["intro"]

    result = changes(edit)
    assert [(c["id"], c.get("old_id"), c["change"], c["field"]) for c in result] == [
        ("intro", "c1", "renamed", None),
        ("intro", "c1", "cosmetic", "title"),
    ]


def test_renames_pair_in_model_order():
    """Two identical removed roles pair with two identical added ones in order."""

    def twins(d: dict[str, Any]) -> None:
        d["roles"] = [
            {"id": "a1", "name": "Tvilling"},
            {"id": "a2", "name": "Tvilling"},
        ]

    def renamed(d: dict[str, Any]) -> None:
        twins(d)
        d["roles"][0]["id"] = "b1"
        d["roles"][1]["id"] = "b2"

    result = diff_models(model(twins), model(renamed)).changes
    assert [(c.id, c.old_id, c.change) for c in result] == [
        ("b1", "a1", ChangeClass.RENAMED),
        ("b2", "a2", ChangeClass.RENAMED),
    ]


def test_stricter_entities_come_first_within_a_kind():
    """Within roles, the role with a stricter change is listed before others."""

    def edit(d: dict[str, Any]) -> None:
        role(d, 0)["name"] = "Ny"
        role(d, 1)["needs"]["ps"] = "veta"

    assert [(c["id"], c["change"]) for c in changes(edit)] == [
        ("r2", "stricter"),
        ("r1", "cosmetic"),
    ]


def test_no_changes():
    """A model compared with itself has no changes and the same demand."""
    result = diff_models(model(), model())
    assert result.changes == ()
    assert result.counts() == {}
    assert not any(row.changed for row in result.demand)
    assert result.levels_by == "id"
    assert not result.cross_region


def test_demand_effect():
    """Demand per course on both sides follows the allocation rule."""

    def edit(d: dict[str, Any]) -> None:
        role(d, 0)["headcount"] = 200

    result = diff_models(model(), model(edit))
    rows = {row.course: row.as_dict() for row in result.demand}
    # r1: 100 × (0.1 + 1/5) = 30 a year; c1 gets both its needs (fk/veta, ps named).
    assert rows["c1"] == {
        "course": "c1",
        "a": {"demand_per_year": pytest.approx(30.0), "backlog": 100},
        "b": {"demand_per_year": pytest.approx(60.0), "backlog": 200},
    }
    assert rows["c2"]["a"] == rows["c2"]["b"] == {"demand_per_year": 0.0, "backlog": 10}


def region_b(d: dict[str, Any]) -> None:
    """Another region: other level ids, one role id different."""
    d["region"] = {"id": "annan", "name": "Region Annan"}
    d["levels"] = [
        {"id": "grund", "name": "Grund"},
        {"id": "fordjupad", "name": "Fördjupad"},
        {"id": "ledning", "name": "Ledning", "includes": ["grund"]},
    ]
    d["areas"][0]["outcomes"] = {"grund": "Känner till."}
    role(d, 0)["needs"] = {
        "fk": "fordjupad",
        "ps": {"level": "grund", "courses": ["c1"], "within_months": 6},
    }
    role(d, 1)["needs"] = {"fk": "fordjupad"}
    role(d, 1)["id"] = "chef"
    role(d, 1)["name"] = "Chef i B"
    course(d, 0)["gives"] = {"fk": "grund", "ps": "grund"}
    course(d, 1)["gives"] = {"fk": "fordjupad"}
    course(d, 2)["gives"] = {"fk": "ledning"}


def test_levels_by_order_across_regions():
    """Without a crosswalk for levels, two regions' levels pair by their order."""
    result = diff_models(model(), model(region_b), matrix=True)
    assert result.levels_by == "order"
    assert result.cross_region
    assert result.level_pairs == (
        ("grund", "veta"),
        ("fordjupad", "driva"),
        ("ledning", "ge"),
    )
    stricter = [c.as_dict() for c in result.changes if c.change == "stricter"]
    assert stricter == [
        one("role", "r1", "stricter", "needs.fk", "veta", "fordjupad"),
    ]
    # chef has r2's needs (driva = fordjupad by order): one renamed role (format 1.1)
    assert result.only_a["roles"] == ()
    renamed = [c.as_dict() for c in result.changes if c.change == "renamed"]
    assert [(c["id"], c["old_id"]) for c in renamed] == [("chef", "r2")]
    assert result.matrix is not None
    assert result.matrix.areas == ("fk", "ps")
    first = result.matrix.rows[0]
    assert (first.role, first.cells[0].a, first.cells[0].b, first.cells[0].differs) == (
        "r1",
        "veta",
        "fordjupad",
        True,
    )
    assert (first.cells[1].a, first.cells[1].b, first.cells[1].differs) == (
        "veta",
        "grund",
        False,
    )


def test_crosswalk_pairs_ids():
    """A crosswalk pairs B's ids with A's, so only real differences remain."""
    crosswalk = Crosswalk(
        {
            "levels": {"grund": "veta", "fordjupad": "driva", "ledning": "ge"},
            "roles": {"chef": "r2"},
        }
    )
    result = diff_models(model(), model(region_b), crosswalk, matrix=True)
    assert result.levels_by == "crosswalk"
    assert [c.as_dict() for c in result.changes if c.entity == "role"] == [
        one("role", "r1", "stricter", "needs.fk", "veta", "fordjupad"),
        {
            "entity": "role",
            "id": "chef",
            "old_id": "r2",
            "change": "cosmetic",
            "field": "name",
            "before": "Chef",
            "after": "Chef i B",
        },
    ]
    assert result.only_a["roles"] == ()
    assert result.matrix is not None
    assert [(row.role, row.old_id) for row in result.matrix.rows] == [
        ("r1", None),
        ("chef", "r2"),
    ]


def test_crosswalk_target_taken_by_an_unmapped_id():
    """A B id that another id is mapped onto stays its own entity (only in B)."""

    def edit(d: dict[str, Any]) -> None:
        d["groups"].append({"id": "g3", "name": "Stöd"})

    result: Diff = diff_models(
        model(), model(edit), Crosswalk({"groups": {"g3": "g1"}})
    )
    assert result.only_b["groups"] == ("g1",)
    assert result.only_a["groups"] == ()


def test_added_levels_and_areas_in_the_matrix():
    """Areas only in B become matrix columns after A's; B-only roles come last."""

    def edit(d: dict[str, Any]) -> None:
        d["areas"].append({"id": "inno", "name": "Innovation"})
        d["roles"].append({"id": "r3", "name": "Ny", "needs": {"inno": "veta"}})

    result = diff_models(model(), model(edit), matrix=True)
    assert result.matrix is not None
    assert result.matrix.areas == ("fk", "ps", "inno")
    last = result.matrix.rows[-1]
    assert last.role == "r3"
    assert [(c.a, c.b, c.differs) for c in last.cells] == [
        (None, None, False),
        (None, None, False),
        (None, "veta", True),
    ]


ROLE_EDITS: list[tuple[str, Edit]] = [
    ("headcount", lambda d: role(d, 0).update(headcount=150)),
    ("need raised", lambda d: role(d, 0)["needs"].update(fk="driva")),
    ("name only", lambda d: role(d, 1).update(name="Ny chef")),
    ("role added", lambda d: d["roles"].append(dict(role(d, 0), id="r99"))),
    ("role removed", lambda d: d["roles"].pop(0)),
    ("refresh", lambda d: role(d, 0).update(refresh_years=3, turnover=0.3)),
]


@pytest.mark.parametrize(
    "edit", [pytest.param(edit, id=name) for name, edit in ROLE_EDITS]
)
def test_demand_from_a_equals_a_full_allocation(edit: Edit):
    """When only roles change, B's demand derived from A's equals a full allocation."""
    from dosering.analyses.diff import _Differ

    def roles_only(d: dict[str, Any]) -> None:
        d["roles"] = [copy.deepcopy(role(d, i % 2)) for i in range(12)]
        for i, item in enumerate(d["roles"]):
            item["id"] = f"r{i}"
            item["headcount"] = 10 + i

    a = model(roles_only)

    def edited(d: dict[str, Any]) -> None:
        roles_only(d)
        edit(d)

    b = model(edited)
    quick = _Differ(a, b, Crosswalk())
    full = _Differ(a, b, Crosswalk())
    full.incremental = False
    quick_rows, full_rows = quick.run(False).demand, full.run(False).demand
    assert quick_rows == full_rows
    from dosering.analyses.demand import allocate

    assert quick._demand_b_from_a(allocate(quick.ma)) is not None


def test_renamed_role_carries_its_name_and_headcount_changes():
    """The usual next-year edit (new id, name and headcount) is one renamed role."""

    def edit(d: dict[str, Any]) -> None:
        role(d, 1).update(id="enhetschef", name="Enhetschef", headcount=12)

    assert [
        (c["id"], c.get("old_id"), c["change"], c["field"]) for c in changes(edit)
    ] == [
        ("enhetschef", "r2", "renamed", None),
        ("enhetschef", "r2", "updated", "headcount"),
        ("enhetschef", "r2", "cosmetic", "name"),
    ]


def test_rename_ties_go_to_the_closest_name():
    """Two removed roles with the same needs: the added one pairs with its namesake."""

    def base(d: dict[str, Any]) -> None:
        d["roles"].append({"id": "r3", "name": "Läkare", "needs": {"fk": "driva"}})

    def edit(d: dict[str, Any]) -> None:
        base(d)
        d["roles"][2]["id"] = "lakare"
        d["roles"][2]["name"] = "Läkare (ST)"
        role(d, 1)["id"] = "chef"

    result = diff_models(model(base), model(edit))
    renamed = [(c.id, c.old_id) for c in result.changes if c.change == "renamed"]
    assert renamed == [("chef", "r2"), ("lakare", "r3")]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (None, ["g1"], "stricter"),
        (["g1"], None, "looser"),
        (["g1"], ["g1", "g2"], "looser"),
        (["g1", "g2"], ["r1"], "stricter"),
    ],
)
def test_audience_changes(before: Any, after: Any, expected: str):
    """A course open to fewer roles is stricter; open to more, looser."""

    def base(d: dict[str, Any]) -> None:
        if before is not None:
            course(d, 1)["audience"] = before

    def edit(d: dict[str, Any]) -> None:
        if after is not None:
            course(d, 1)["audience"] = after

    result = diff_models(model(base), model(edit))
    assert [c.as_dict() for c in result.changes] == [
        one("course", "c2", expected, "audience", before, after)
    ]


def test_hr_codes_are_updated():
    """A role's HR codes changing is an updated fact."""

    def edit(d: dict[str, Any]) -> None:
        role(d, 0)["hr"] = ["222110"]

    assert changes(edit) == [one("role", "r1", "updated", "hr", None, ["222110"])]
