"""Generate a large, valid format-v1 dosing model for the benchmarks.

The model is deterministic (fixed seed, standard library only) and realistic in
shape: four levels (cumulative except one), six knowledge areas with outcomes, five
groups, N roles with headcount, turnover, some ``refresh_years`` and three to six
needs (short and mapping forms), and a course catalogue of about N/20 courses.

It is built so that ``dosering validate`` finds nothing: every need is satisfied by
some course, every course satisfies some need, every area and level is used, and every
prescribed course gives the needed area at a satisfying level.

``--change-percent P`` writes the same model with P % of the roles changed (a need
level raised, a headcount changed, or a name reworded, in turn) for ``diff``.

``--findings warnings`` and ``--findings schema`` write models with many findings,
both with one course per four roles: ``warnings`` prescribes random courses and has
no course at the top level (about two warnings per role), ``schema`` gives three
courses in five a ``format`` the contract refuses (one schema error each).

Usage::

    python bench/generate.py 20000 bench/.data/model-20000.yaml
    python bench/generate.py 20000 changed.yaml --change-percent 1
    python bench/generate.py 20000 warnings.yaml --findings warnings
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SEED = 20250301
MIN_ROLES = 24  # the first roles need every (area, level) pair between them

LEVELS: list[dict[str, Any]] = [
    {
        "id": "veta",
        "name": "Veta & delta",
        "description": "Alla medarbetare känner till grunderna och deltar i arbetet.",
    },
    {
        "id": "driva",
        "name": "Driva & leda",
        "description": "Kan driva och leda utvecklingsarbete i den egna verksamheten.",
    },
    {
        "id": "ge-forutsattningar",
        "name": "Ge förutsättningar",
        "description": "Chefer ger förutsättningar: tid, mål och uppföljning.",
        # Not cumulative: leading others' work does not mean driving it oneself.
        "includes": ["veta"],
    },
    {
        "id": "ge-stod",
        "name": "Ge stöd",
        "description": "Stödfunktioner handleder, coachar och utbildar andra.",
    },
]
LEVEL_IDS = [level["id"] for level in LEVELS]

# (id, name, lower-case name for titles)
AREAS: list[tuple[str, str, str]] = [
    ("forbattringskunskap", "Förbättringskunskap", "förbättringskunskap"),
    ("innovationskunskap", "Innovationskunskap", "innovationskunskap"),
    (
        "informationsdriven-utveckling",
        "Informationsdriven utveckling",
        "informationsdriven utveckling",
    ),
    ("projektkunskap", "Projektkunskap", "projektkunskap"),
    ("patientsakerhet", "Patientsäkerhet", "patientsäkerhet"),
    ("forandringsledning", "Förändringsledning", "förändringsledning"),
]
AREA_IDS = [area[0] for area in AREAS]

OUTCOME_VERBS = {
    "veta": "Känner till grunderna i {x} och deltar i det gemensamma arbetet.",
    "driva": "Kan driva {x} i den egna enheten, med mätning över tid.",
    "ge-forutsattningar": "Ger medarbetarna tid, mål och uppföljning för {x}.",
    "ge-stod": "Handleder och utbildar andra i {x} och stödjer flera enheter.",
}

GROUPS: list[tuple[str, str]] = [
    ("klinisk-vard", "Klinisk vård"),
    ("linjeorganisation", "Linjeorganisation"),
    ("processroller", "Processroller"),
    ("hogsta-ledning", "Högsta ledning"),
    ("politisk-ledning", "Politisk ledning"),
]

# Per group: share of roles, titles, headcount range, level weights (veta, driva,
# ge-forutsattningar, ge-stod).
GROUP_PROFILE: dict[str, dict[str, Any]] = {
    "klinisk-vard": {
        "share": 0.70,
        "titles": [
            "Sjuksköterska",
            "Undersköterska",
            "Läkare",
            "Specialistläkare",
            "ST-läkare",
            "Barnmorska",
            "Fysioterapeut",
            "Arbetsterapeut",
            "Dietist",
            "Kurator",
            "Psykolog",
            "Logoped",
            "Biomedicinsk analytiker",
            "Röntgensjuksköterska",
            "Tandläkare",
            "Tandhygienist",
            "Apotekare",
            "Medicinsk sekreterare",
        ],
        "headcount": (4, 420),
        "weights": (70, 25, 2, 3),
    },
    "linjeorganisation": {
        "share": 0.12,
        "titles": [
            "Enhetschef",
            "Biträdande enhetschef",
            "Avdelningschef",
            "Sektionschef",
            "Verksamhetschef",
            "Områdeschef",
        ],
        "headcount": (1, 40),
        "weights": (10, 35, 50, 5),
    },
    "processroller": {
        "share": 0.08,
        "titles": [
            "Förbättringscoach",
            "Verksamhetsutvecklare",
            "Analytiker",
            "Projektledare",
            "Patientsäkerhetssamordnare",
            "Processledare",
            "Kvalitetssamordnare",
            "Innovationsledare",
        ],
        "headcount": (1, 25),
        "weights": (5, 40, 5, 50),
    },
    "hogsta-ledning": {
        "share": 0.05,
        "titles": [
            "Regiondirektör",
            "Hälso- och sjukvårdsdirektör",
            "Förvaltningschef",
            "Stabschef",
            "Chefläkare",
            "HR-direktör",
            "Ekonomidirektör",
        ],
        "headcount": (1, 12),
        "weights": (15, 15, 65, 5),
    },
    "politisk-ledning": {
        "share": 0.05,
        "titles": [
            "Ledamot i regionstyrelsen",
            "Ledamot i regionfullmäktige",
            "Ledamot i hälso- och sjukvårdsnämnden",
            "Ersättare i nämnd",
            "Ordförande i nämnd",
        ],
        "headcount": (3, 90),
        "weights": (60, 5, 35, 0),
    },
}

UNITS = [
    "Akutmottagning",
    "Ortopedi",
    "Kardiologi",
    "Geriatrik",
    "Infektion",
    "Onkologi",
    "Psykiatri",
    "Barn- och ungdomsmedicin",
    "Kvinnokliniken",
    "Kirurgi",
    "Medicin",
    "Neurologi",
    "Njurmedicin",
    "Hudkliniken",
    "Ögonkliniken",
    "Öron-näsa-hals",
    "Anestesi och intensivvård",
    "Rehabilitering",
    "Vårdcentral",
    "Tandvård",
    "Röntgen",
    "Laboratoriemedicin",
    "Habilitering",
    "Ambulanssjukvård",
    "Palliativ vård",
]
SITES = [
    "Linköping",
    "Norrköping",
    "Motala",
    "Finspång",
    "Mjölby",
    "Vadstena",
    "Söderköping",
    "Kinda",
    "Ydre",
    "Åtvidaberg",
    "Valdemarsvik",
    "Boxholm",
    "Ödeshög",
    "Kisa",
]
REWORDINGS = [" (omformulerad)", ", dagtid", ", natt", " inom slutenvård"]

FORMATS_BY_LEVEL = {
    "veta": ["e-learning", "e-learning", "e-learning", "classroom", "network"],
    "driva": ["classroom", "workshop", "on-the-job", "classroom"],
    "ge-forutsattningar": ["workshop", "classroom", "network"],
    "ge-stod": ["programme", "coaching", "programme"],
}
HOURS_BY_FORMAT = {
    "e-learning": (1, 6, 0.5),
    "classroom": (3, 24, 1),
    "workshop": (2, 8, 1),
    "on-the-job": (4, 16, 2),
    "network": (2, 12, 1),
    "programme": (40, 160, 8),
    "coaching": (6, 20, 2),
}
SEATS_BY_FORMAT = {
    "e-learning": (500, 5000),
    "classroom": (20, 200),
    "workshop": (15, 120),
    "on-the-job": (10, 80),
    "network": (20, 100),
    "programme": (10, 30),
    "coaching": (5, 40),
}
TITLE_TEMPLATES = {
    "veta": ["Introduktion till {x}", "Grundkurs i {x}", "{X} – webbutbildning"],
    "driva": ["Leda {x} i praktiken", "Fördjupning i {x}", "Metoder och verktyg i {x}"],
    "ge-forutsattningar": [
        "{X} för chefer",
        "Ge förutsättningar för {x}",
        "Ledarskap och {x}",
    ],
    "ge-stod": [
        "Handledning i {x}",
        "Coachutbildning i {x}",
        "Utvecklingsprogram i {x}",
    ],
}
PROVIDERS = [
    "Centrum för verksamhetsutveckling",
    "Regionens utbildningsenhet",
    "Kunskapscentrum för patientsäkerhet",
    "Regionens innovationskontor",
]


@dataclass
class Model:
    """The generated model as plain data, in format-v1 key order."""

    size: int
    courses: list[dict[str, Any]] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    # (area, level) -> ids of courses that satisfy such a need, exact level first.
    satisfiers: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def satisfied_levels(level: str) -> list[str]:
    """Return the levels a course at ``level`` satisfies (itself and its includes)."""
    index = LEVEL_IDS.index(level)
    spec = LEVELS[index]
    direct = spec.get("includes", LEVEL_IDS[:index])
    found = [level]
    for included in direct:
        for sub in satisfied_levels(included):
            if sub not in found:
                found.append(sub)
    return found


def _norm_title(title: str) -> str:
    """Normalise a title as DESIGN.md's matching does (NFC, casefold, punctuation)."""
    text = unicodedata.normalize("NFC", title).casefold()
    text = "".join(
        " " if unicodedata.category(ch).startswith("P") else ch for ch in text
    )
    return " ".join(text.split())


def slug(text: str) -> str:
    """Turn a name into an id, keeping å, ä and ö (valid id letters)."""
    out = []
    for ch in text.lower():
        if ch in "abcdefghijklmnopqrstuvwxyzåäö0123456789":
            out.append(ch)
        elif ch in "éè":
            out.append("e")
        else:
            out.append("-")
    return re.sub(r"-+", "-", "".join(out)).strip("-")


def _short(text: str, length: int) -> str:
    """Return the first ``length`` characters of ``text``'s slug, no trailing dash."""
    return slug(text)[:length].rstrip("-")


def _hours(rng: random.Random, fmt: str) -> float:
    low, high, step = HOURS_BY_FORMAT[fmt]
    steps = int((high - low) / step)
    return low + step * rng.randint(0, steps)


def build_courses(
    size: int, seed: int = SEED, findings: str | None = None
) -> list[dict[str, Any]]:
    """Build the course catalogue for a model of ``size`` roles (own random stream).

    The first eight courses cover every (area, level) pair, three areas each, so
    every need has a satisfier; the rest give one or two areas at one level. With
    ``findings``, one course per four roles; with ``warnings``, none at the top
    level (those give the level below).
    """
    rng = random.Random(f"{seed}-courses")
    count = max(10, size // 4 if findings else size // 20)
    courses: list[dict[str, Any]] = []
    titles: set[str] = set()
    code = 6000
    gives_list: list[tuple[str, list[str]]] = []
    for level in LEVEL_IDS:
        for half in range(2):
            gives_list.append((level, AREA_IDS[half * 3 : half * 3 + 3]))
    while len(gives_list) < count:
        level = rng.choices(LEVEL_IDS, weights=(40, 30, 15, 15))[0]
        areas = sorted(rng.sample(AREA_IDS, rng.choice((1, 1, 2))), key=AREA_IDS.index)
        gives_list.append((level, areas))
    if findings == "warnings":
        top, below = LEVEL_IDS[-1], LEVEL_IDS[-2]
        gives_list = [(below if lv == top else lv, areas) for lv, areas in gives_list]
    for number, (level, areas) in enumerate(gives_list, start=1):
        main = AREAS[AREA_IDS.index(areas[0])]
        fmt = rng.choice(FORMATS_BY_LEVEL[level])
        template = rng.choice(TITLE_TEMPLATES[level])
        lowers = [AREAS[AREA_IDS.index(area)][2] for area in areas]
        subject = " och ".join(
            [", ".join(lowers[:-1]), lowers[-1]] if len(lowers) > 1 else lowers
        )
        title = template.format(x=subject, X=subject[0].upper() + subject[1:])
        suffixes = [
            f" – {rng.choice(SITES)}",
            f" för {rng.choice(UNITS).lower()}",
            f", del {rng.randint(1, 4)}",
            f" {rng.randint(2019, 2025)}",
        ]
        while _norm_title(title) in titles:
            title += suffixes.pop(0) if suffixes else f" ({number})"
        titles.add(_norm_title(title))
        code += rng.randint(1, 7)
        lms: str | list[str] = f"{code:05d}" if rng.random() < 0.04 else str(code)
        if rng.random() < 0.03:
            code += 1
            lms = [str(lms), f"{code}"]
        course: dict[str, Any] = {
            "id": f"{_short(main[0], 12)}-{_short(level, 5)}-{number:04d}",
            "title": title,
            "format": fmt,
            "hours": _hours(rng, fmt),
            "gives": dict.fromkeys(areas, level),
            "lms": lms,
            "seats_per_year": rng.randint(*SEATS_BY_FORMAT[fmt]),
        }
        if rng.random() < 0.3:
            course["provider"] = rng.choice(PROVIDERS)
        if rng.random() < 0.2:
            first = lms if isinstance(lms, str) else lms[0]
            course["url"] = f"https://utbildning.example.org/kurs/{first}"
        courses.append(course)
    return courses


def _satisfiers(courses: list[dict[str, Any]]) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for course in courses:
        for area, level in course["gives"].items():
            for need_level in satisfied_levels(level):
                found.setdefault((area, need_level), []).append(course["id"])
    for (area, level), ids in found.items():
        exact = [c for c in ids if _course_level(courses, c, area) == level]
        found[(area, level)] = exact + [c for c in ids if c not in exact]
    return found


def _course_level(courses: list[dict[str, Any]], course_id: str, area: str) -> str:
    # Course ids end in their 1-based catalogue number.
    return str(courses[int(course_id.rsplit("-", 1)[1]) - 1]["gives"][area])


def _need(rng: random.Random, model: Model, area: str, level: str) -> Any:
    """Return one need: mostly the short form, sometimes the mapping form."""
    if rng.random() < 0.7:
        return level
    need: dict[str, Any] = {"level": level}
    options = model.satisfiers.get((area, level), [])[:6]
    if rng.random() < 0.5 and options:
        need["courses"] = rng.sample(options, min(len(options), rng.choice((1, 1, 2))))
    if rng.random() < 0.6:
        need["within_months"] = rng.choice((1, 3, 6, 6, 12, 24))
    return need


REFUSED_FORMAT = "webinar"
"""A course format the contract refuses (for ``--findings schema``)."""
RANDOM_PRESCRIPTIONS = 0.45
"""Share of needs given a random prescribed course (for ``--findings warnings``)."""


def build_model(size: int, seed: int = SEED, findings: str | None = None) -> Model:
    """Build the whole model for ``size`` roles (with ``findings``, see the top)."""
    model = Model(size=size, courses=build_courses(size, seed, findings))
    model.satisfiers = _satisfiers(model.courses)
    rng = random.Random(f"{seed}-roles")
    pairs = [(area, level) for level in LEVEL_IDS for area in AREA_IDS]
    group_ids = [g[0] for g in GROUPS]
    shares = [GROUP_PROFILE[g]["share"] for g in group_ids]
    seen_ids: set[str] = set()
    for index in range(size):
        group = rng.choices(group_ids, weights=shares)[0]
        profile = GROUP_PROFILE[group]
        title = rng.choice(profile["titles"])
        unit, site = rng.choice(UNITS), rng.choice(SITES)
        name = f"{title}, {site}"
        role_id = f"{slug(title)}-{slug(site)}-{index + 1:05d}"
        if group in {"klinisk-vard", "linjeorganisation"}:
            name = f"{title}, {unit.lower()}, {site}"
            role_id = f"{slug(title)}-{_short(unit, 14)}-{slug(site)}-{index + 1:05d}"
        assert role_id not in seen_ids and len(role_id) <= 64, role_id
        seen_ids.add(role_id)
        low, high = profile["headcount"]
        # Most roles are small, a few large (a rough log-uniform spread).
        headcount = round(math.exp(rng.uniform(math.log(low), math.log(high))))
        role: dict[str, Any] = {
            "id": role_id,
            "name": name,
            "group": group,
            "headcount": headcount,
            "turnover": rng.randint(4, 16) / 100,
        }
        if rng.random() < 0.25:
            role["refresh_years"] = rng.choice((2, 3, 5, 5, 10, 2.5))
        areas = sorted(rng.sample(AREA_IDS, rng.randint(3, 6)), key=AREA_IDS.index)
        levels = {
            a: rng.choices(LEVEL_IDS, weights=profile["weights"])[0] for a in areas
        }
        if index < len(pairs):
            # Every (area, level) pair is needed by someone, so every course
            # satisfies some need and every level and area is used.
            area, level = pairs[index]
            if area not in levels:
                areas = sorted([*areas[:5], area], key=AREA_IDS.index)
                levels = {a: levels.get(a, level) for a in areas}
            levels[area] = level
        role["needs"] = {a: _need(rng, model, a, levels[a]) for a in areas}
        role["_pinned"] = index < len(pairs)
        model.roles.append(role)
    if findings == "warnings":
        _prescribe_at_random(model, rng)
    elif findings == "schema":
        for number, course in enumerate(model.courses):
            if number % 5 < 3:  # three courses in five
                course["format"] = REFUSED_FORMAT
    return model


def _prescribe_at_random(model: Model, rng: random.Random) -> None:
    """Give needs a random prescribed course: most give something else."""
    ids = [course["id"] for course in model.courses]
    for role in model.roles:
        for area, need in role["needs"].items():
            if rng.random() >= RANDOM_PRESCRIPTIONS:
                continue
            full = {"level": need} if isinstance(need, str) else need
            full["courses"] = [rng.choice(ids)]
            role["needs"][area] = full


def apply_changes(model: Model, percent: float, seed: int = SEED) -> int:
    """Change ``percent`` % of the roles in place; return how many were changed.

    The changes take turns: a need level raised (stricter), a headcount changed
    (updated), a name reworded (cosmetic).  The model stays valid.
    """
    count = min(len(model.roles), max(1, round(len(model.roles) * percent / 100)))
    rng = random.Random(f"{seed}-changes")
    candidates = [i for i, r in enumerate(model.roles) if not r["_pinned"]]
    chosen = sorted(rng.sample(candidates, min(count, len(candidates))))
    for turn, index in enumerate(chosen):
        role = model.roles[index]
        kind = turn % 3
        raisable = [
            a for a, n in role["needs"].items() if _level_of(n) != LEVEL_IDS[-1]
        ]
        if kind == 0 and raisable:
            area = rng.choice(raisable)
            need = role["needs"][area]
            higher = LEVEL_IDS[LEVEL_IDS.index(_level_of(need)) + 1]
            if isinstance(need, dict):
                need["level"] = higher
                if "courses" in need:
                    need["courses"] = [model.satisfiers[(area, higher)][0]]
            else:
                role["needs"][area] = higher
        elif kind in (0, 1):
            role["headcount"] = max(
                0, role["headcount"] + rng.choice((-3, -1, 2, 5, 10))
            )
        else:
            role["name"] += rng.choice(REWORDINGS)
    return len(chosen)


def _level_of(need: Any) -> str:
    return str(need["level"] if isinstance(need, dict) else need)


_PLAIN_FIRST = re.compile(r"[A-Za-zÅÄÖåäöÉé]")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}


def scalar(value: Any) -> str:
    """Render a scalar as YAML: plain where that is safe, else double-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    text = str(value)
    if (
        _PLAIN_FIRST.match(text)
        and text.lower() not in _YAML_WORDS
        and ": " not in text
        and " #" not in text
        and "\n" not in text
        and not text.endswith((":", " "))
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def _dump_head(model: Model, changed: int) -> list[str]:
    """Return the region, levels, areas and groups as YAML lines."""
    out: list[str] = [
        "# yaml-language-server: $schema=../../models/dosering.schema.json",
        f"# Generated by bench/generate.py: {model.size} roles, seed {SEED}"
        + (f", {changed} roles changed." if changed else "."),
        "dosering: 1",
        "region:",
        "  id: testland",
        f"  name: {scalar(f'Region Testland ({model.size} roller)')}",
        "  language: sv",
        f'  version: "{"2025.2" if changed else "2025.1"}"',
        "  published: 2025-03-01",
        "  source: https://example.org/testland/doseringsmodell.pdf",
        "levels:",
    ]
    for level in LEVELS:
        out.append(f"  - id: {level['id']}")
        out.append(f"    name: {scalar(level['name'])}")
        out.append(f"    description: {scalar(level['description'])}")
        if "includes" in level:
            out.append(f"    includes: {_flow(level['includes'])}")
    out.append("areas:")
    for number, (area_id, name, lower) in enumerate(AREAS):
        out.append(f"  - id: {area_id}")
        out.append(f"    name: {scalar(name)}")
        if number == 0:
            out.append("    description: |-")
            out.append(f"      Kunskap om hur {lower} bedrivs i vardagen:")
            out.append("      förbättringsmodellen, PDSA och mätning över tid.")
        else:
            out.append(f"    description: {scalar(f'Kunskapsområdet {lower}.')}")
        out.append("    outcomes:")
        for level_id in LEVEL_IDS:
            outcome = OUTCOME_VERBS[level_id].format(x=lower)
            out.append(f"      {level_id}: {scalar(outcome)}")
    out.append("groups:")
    for group_id, name in GROUPS:
        out.append(f"  - id: {group_id}")
        out.append(f"    name: {scalar(name)}")
    return out


def _dump_role(role: dict[str, Any], out: list[str]) -> None:
    """Append one role as YAML lines."""
    out.append(f"  - id: {role['id']}")
    out.append(f"    name: {scalar(role['name'])}")
    for key in ("group", "headcount", "turnover", "refresh_years"):
        if key in role:
            out.append(f"    {key}: {scalar(role[key])}")
    out.append("    needs:")
    for area, need in role["needs"].items():
        if isinstance(need, str):
            out.append(f"      {area}: {need}")
            continue
        out.append(f"      {area}:")
        out.append(f"        level: {need['level']}")
        if "courses" in need:
            out.append(f"        courses: {_flow(need['courses'])}")
        if "within_months" in need:
            out.append(f"        within_months: {need['within_months']}")


def _dump_course(course: dict[str, Any], out: list[str]) -> None:
    """Append one course as YAML lines; ``lms`` codes always quoted."""
    out.append(f"  - id: {course['id']}")
    out.append(f"    title: {scalar(course['title'])}")
    out.append(f"    format: {course['format']}")
    out.append(f"    hours: {scalar(course['hours'])}")
    out.append("    gives:")
    for area, level in course["gives"].items():
        out.append(f"      {area}: {level}")
    lms = course["lms"]
    if isinstance(lms, list):
        out.append(f"    lms: {_flow([json.dumps(code) for code in lms])}")
    else:
        out.append(f"    lms: {json.dumps(lms)}")
    out.append(f"    seats_per_year: {course['seats_per_year']}")
    for key in ("provider", "url"):
        if key in course:
            out.append(f"    {key}: {scalar(course[key])}")


def dump(model: Model, changed: int = 0) -> str:
    """Serialise the model as format-v1 YAML text."""
    out = _dump_head(model, changed)
    out.append("roles:")
    for role in model.roles:
        _dump_role(role, out)
    out.append("courses:")
    for course in model.courses:
        _dump_course(course, out)
    return "\n".join(out) + "\n"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    """Run the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "roles", type=int, help="number of roles (e.g. 100, 2000, 20000)"
    )
    parser.add_argument("out", type=Path, help="YAML file to write")
    parser.add_argument(
        "--change-percent",
        "--variant",
        type=float,
        default=0.0,
        metavar="P",
        help="change P %% of the roles (for the diff benchmark)",
    )
    parser.add_argument(
        "--findings",
        choices=("warnings", "schema"),
        default=None,
        help="a model with many warnings or many schema errors (see the top)",
    )
    args = parser.parse_args(argv)
    if args.roles < MIN_ROLES:
        parser.error(
            f"roles must be at least {MIN_ROLES} (one per area and level pair)"
        )
    model = build_model(args.roles, findings=args.findings)
    changed = (
        apply_changes(model, args.change_percent) if args.change_percent > 0 else 0
    )
    text = dump(model, changed)
    write_atomic(args.out, text.encode("utf-8"))
    print(
        f"{args.out}: {args.roles} roles, {len(model.courses)} courses, "
        f"{len(text.encode('utf-8')) / 1e6:.1f} MB"
        + (f", {changed} roles changed" if changed else ""),
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
