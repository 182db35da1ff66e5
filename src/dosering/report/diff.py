"""Reporters of `dosering diff`: text (rich), JSON and Markdown for a PR comment."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from dosering import __version__
from dosering.analyses.diff import (
    ENTITIES,
    Change,
    ChangeClass,
    DemandRow,
    Diff,
    Matrix,
    MatrixCell,
    MatrixRow,
)
from dosering.i18n._text import marking
from dosering.i18n.diff import counted, counted_word, value_word, word
from dosering.i18n.numbers import count, places
from dosering.report.console import text_console
from dosering.report.escape import markdown, terminal

JSON_FORMAT = 1
SHORT = 70
"""Longest text shown whole in the text format (JSON and Markdown carry all)."""


@dataclass(frozen=True)
class DiffContext:
    """What diff reporters need besides the diff: the sides' names, language."""

    a: str
    b: str
    lang: str = "en"
    color: bool | None = None
    shown: frozenset[ChangeClass] | None = None
    """The classes to show (`--only`, `--hide`); None: all. Counts stay whole."""


Reporter = Callable[[Diff, IO[str], DiffContext], None]


def summary(diff: Diff, ctx: DiffContext) -> str:
    """One line: how many changes of which classes (or that there are none)."""
    counts = diff.counts()
    a, b = terminal(ctx.a), terminal(ctx.b)
    if not counts:
        return word("no-changes", ctx.lang, a, b)
    parts = counted(counts, ctx.lang, cross_region=diff.cross_region)
    n = len(diff.changes)
    line = counted_word("summary", n, ctx.lang, count(n, ctx.lang), a, b, parts)
    hidden = {c: n for c, n in counts.items() if not _shown(ctx, c)}
    if hidden:
        line += " " + word(
            "hidden",
            ctx.lang,
            counted(hidden, ctx.lang, cross_region=diff.cross_region),
        )
    return line


def _shown(ctx: DiffContext, cls: ChangeClass) -> bool:
    return ctx.shown is None or cls in ctx.shown


def visible_changes(diff: Diff, ctx: DiffContext) -> tuple[Change, ...]:
    """The changes `--only` / `--hide` leave to show."""
    if ctx.shown is None:
        return diff.changes
    return tuple(c for c in diff.changes if c.change in ctx.shown)


def class_word(
    cls: ChangeClass, diff: Diff, lang: str, change: Change | None = None
) -> str:
    """A change class in words; between regions, stricter/looser compare with A.

    What a course gives does not "require" anything: B's course that makes B
    stricter gives less than A's, so its line says so.
    """
    if diff.cross_region and cls in (ChangeClass.STRICTER, ChangeClass.LOOSER):
        gives = change is not None and (change.field or "").startswith("gives.")
        key = f"class.{cls}.region" + (".course" if gives else "")
        return word(key, lang)
    return word(f"class.{cls}", lang)


def level_note(diff: Diff, lang: str) -> str | None:
    """How levels were compared across regions, or None within one region."""
    if diff.levels_by == "crosswalk":
        return word("levels.crosswalk", lang)
    if diff.levels_by == "order":
        pairs = ", ".join(f"{b} = {a}" for b, a in diff.level_pairs)
        return word("levels.order", lang, pairs)
    return None


def fmt_value(value: Any, lang: str, limit: int | None = SHORT) -> str:
    """A before/after value as people read it: `(none)`, lists joined, 1.5."""
    if value is None:
        return word("none", lang)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "sv" else text
    if isinstance(value, int):
        return count(value, lang)
    if isinstance(value, list):
        return "[" + ", ".join(fmt_value(v, lang, None) for v in value) + "]"
    text = terminal(" ".join(str(value).split()))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _name(diff: Diff, kind: str, entity_id: str, *, side: str = "b") -> str:
    """An entity's name (B's, else A's), or its id when it has none."""
    first, second = (
        (diff.names_b, diff.names_a) if side == "b" else (diff.names_a, diff.names_b)
    )
    return first.get(kind, {}).get(entity_id) or second.get(kind, {}).get(
        entity_id, entity_id
    )


def _entity_label(change: Change, diff: Diff) -> str:
    """Who changed, by name (ids stay in JSON); the region by its name."""
    if change.entity == "region":
        return change.id
    side = "a" if change.change is ChangeClass.REMOVED else "b"
    return _name(diff, change.entity, change.id, side=side)


_FIELD_KINDS = {"group": "group", "includes": "level", "audience": "audience"}
"""Fields whose values are ids of another kind (shown by name); an `audience`
names groups and roles."""


def _values(
    diff: Diff,
    kind: str | None,
    value: Any,
    side: str,
    lang: str,
    field: str = "",
) -> str:
    """A before/after value: ids of `kind` by name, a coded value in words.

    A position in a list reads from 1 (the JSON's `order` counts from 0); no
    audience is everyone.
    """
    if field == "order" and isinstance(value, int):
        return fmt_value(value + 1, lang)
    if field == "audience" and not value:
        return word("everyone", lang)
    if kind is None or value is None:
        return value_word(field, value, lang) or fmt_value(value, lang)
    if isinstance(value, list):
        return ", ".join(_id_name(diff, kind, v, side) for v in value) or word(
            "none", lang
        )
    return _id_name(diff, kind, str(value), side)


def _id_name(diff: Diff, kind: str, entity_id: str, side: str) -> str:
    """An id's name; an audience's id is a group's, else a role's."""
    if kind == "audience":
        names = diff.names_b if side == "b" else diff.names_a
        kind = "group" if entity_id in names.get("group", {}) else "role"
    return _name(diff, kind, entity_id, side=side)


def sentence(change: Change, diff: Diff, lang: str) -> str:
    """One change in plain words, with names instead of ids and YAML paths."""
    if change.change is ChangeClass.RENAMED:
        return word("s.renamed", lang, change.old_id, change.id)
    if change.change in (ChangeClass.ADDED, ChangeClass.REMOVED):
        # the name is the row's name already: say what it is, and its id
        return word("s.entity", lang, word(f"entity.{change.entity}", lang), change.id)
    path = (change.field or "").split(".")
    before, after = change.before, change.after
    if path[0] in ("needs", "gives") and len(path) >= 2:  # noqa: PLR2004
        area = _name(diff, "area", path[1])
        rest = path[2] if len(path) > 2 else None  # noqa: PLR2004
        if rest == "within_months":
            if before is None or after is None:  # a time limit set, or taken away
                key = "s.within-new" if before is None else "s.within-gone"
                return word(key, lang, area, fmt_value(after or before, lang))
            return word(
                "s.within", lang, area, fmt_value(before, lang), fmt_value(after, lang)
            )
        if rest == "courses":
            return word(
                "s.courses",
                lang,
                area,
                _values(diff, "course", before, "a", lang),
                _values(diff, "course", after, "b", lang),
            )
        if path[0] == "needs" and before is None:
            return word("s.need-new", lang, area, _name(diff, "level", after))
        if path[0] == "needs" and after is None:
            return word(
                "s.need-gone", lang, area, _name(diff, "level", before, side="a")
            )
        key = "s.need" if path[0] == "needs" else "s.gives"
        return word(
            key,
            lang,
            area,
            _values(diff, "level", before, "a", lang),
            _values(diff, "level", after, "b", lang),
        )
    kind = _FIELD_KINDS.get(path[0])
    label = word(f"field.{path[0]}", lang)
    if label == f"field.{path[0]}":
        label = change.field or ""
    elif len(path) > 1:  # outcomes.<level>
        label = f"{label} ({_name(diff, 'level', path[1])})"
    return word(
        "s.field",
        lang,
        label,
        _values(diff, kind, before, "a", lang, path[0]),
        _values(diff, kind, after, "b", lang, path[0]),
    )


def _groups(
    changes: tuple[Change, ...],
) -> Iterator[tuple[str, list[tuple[str, list[Change]]]]]:
    """Changes grouped by kind, then entity, in the diff's order."""
    for kind in ENTITIES:
        entities: dict[str, list[Change]] = {}
        for change in changes:
            if change.entity == kind:
                entities.setdefault(change.id, []).append(change)
        if entities:
            yield kind, list(entities.items())


_STYLES = {
    ChangeClass.STRICTER: "bold red",
    ChangeClass.LOOSER: "green",
    ChangeClass.REMOVED: "red",
    ChangeClass.ADDED: "green",
    ChangeClass.RENAMED: "cyan",
    ChangeClass.UPDATED: "yellow",
    ChangeClass.COSMETIC: "dim",
}


def _demand_cells(row: DemandRow, diff: Diff, lang: str) -> list[str]:
    which = "b" if row.b is not None else "a"
    cells = [_name(diff, "course", row.course, side=which)]
    for side in (row.a, row.b):
        if side is None:
            cells += ["–", "–"]
        else:
            cells += [places(side.demand_per_year, lang), count(side.backlog, lang)]
    return [cells[0], cells[1], cells[3], cells[2], cells[4]]


def report_text(diff: Diff, out: IO[str], ctx: DiffContext) -> None:
    """Human-readable: grouped by entity kind, then entity, stricter first.

    Lines are never wrapped (a terminal folds the long ones).
    """
    with text_console(out, ctx.color, soft_wrap=True) as console:
        _write_text(diff, console, ctx)


def _write_text(diff: Diff, console: Any, ctx: DiffContext) -> None:
    from rich.text import Text

    lang = ctx.lang
    console.print(Text(summary(diff, ctx), style="bold"))
    note = level_note(diff, lang)
    if note:
        console.print(Text(note))
    labels = [class_word(c, diff, lang) for c in ChangeClass]
    if diff.cross_region:
        labels += [
            word(f"class.{c}.region.course", lang) for c in ("stricter", "looser")
        ]
    width = max(map(len, labels))
    for kind, entities in _groups(visible_changes(diff, ctx)):
        console.print()
        console.print(Text(word(f"kind.{kind}", lang), style="bold underline"))
        for _, changes in entities:
            label = terminal(_entity_label(changes[0], diff))
            console.print(Text("  " + label, style="bold"))
            for change in changes:
                label = class_word(change.change, diff, lang, change).ljust(width)
                console.print(
                    Text.assemble(
                        "    ",
                        (label, _STYLES[change.change]),
                        "  ",
                        terminal(sentence(change, diff, lang)),
                    )
                )
    if diff.cross_region:
        _text_unmapped(diff, ctx, console)
    rows = [row for row in diff.demand if row.changed]
    console.print()
    if not rows:
        console.print(Text(word("demand.same", lang)))
    else:
        console.print(Text(word("demand", lang), style="bold underline"))
        heads = ("course", "a", "b", "backlog-a", "backlog-b")
        _write_table(
            console,
            [word(f"demand.{key}", lang) for key in heads],
            [[(cell, "") for cell in _demand_cells(row, diff, lang)] for row in rows],
            right=frozenset({1, 2, 3, 4}),
        )
    if diff.matrix is not None:
        console.print()
        console.print(Text(word("matrix", lang), style="bold underline"))
        lines: list[list[tuple[str, str]]] = []
        for matrix_row in diff.matrix.rows:
            cells = [(_matrix_role(diff, matrix_row), "")]
            for cell in matrix_row.cells:
                sign = " ≠ " if cell.differs else " | "
                a, b = _matrix_levels(diff, cell)
                cells.append((f"{a}{sign}{b}", "bold yellow" if cell.differs else ""))
            lines.append(cells)
        columns = [word("matrix.role", lang), *_matrix_areas(diff, diff.matrix)]
        _write_table(console, columns, lines)


def _write_table(
    console: Any,
    heads: list[str],
    rows: list[list[tuple[str, str]]],
    right: frozenset[int] = frozenset(),
) -> None:
    """Aligned columns at their natural width (never wrapped), a rule under the heads.

    Written line by line, with model text as plain text: tens of thousands of rows
    (a role × area matrix) take a moment, where a rich Table would take minutes.
    """
    from rich.cells import cell_len
    from rich.text import Text

    cleaned = [[(terminal(text), style) for text, style in row] for row in rows]
    widths = [cell_len(terminal(head)) for head in heads]
    for row in cleaned:
        for index, (text, _) in enumerate(row):
            widths[index] = max(widths[index], cell_len(text))

    def line(cells: list[tuple[str, str]]) -> Text:
        parts: list[tuple[str, str]] = []
        for index, (text, style) in enumerate(cells):
            pad = " " * (widths[index] - cell_len(text))
            if index:
                parts.append(("   ", ""))
            if index in right:
                parts += [(pad, ""), (text, style)]
            else:
                parts += [(text, style), (pad, "")]
        out = Text.assemble(*parts)
        out.rstrip()
        return out

    def emit(text: Text) -> None:
        if console.color_system is None:  # plain text: skip rich's rendering
            console.file.write(text.plain + "\n")
        else:
            console.print(text)

    emit(line([(terminal(h), "bold") for h in heads]))
    emit(Text("─" * (sum(widths) + 3 * (len(widths) - 1))))
    for row in cleaned:
        emit(line(row))


def _matrix_role(diff: Diff, row: MatrixRow) -> str:
    """A matrix row's role by name (B's, or A's for a role only A has)."""
    return _name(diff, "role", row.role, side=row.side)


def _matrix_areas(diff: Diff, matrix: Matrix) -> list[str]:
    """The matrix's areas by name, as its columns."""
    sides = matrix.area_sides or ("b",) * len(matrix.areas)
    return [
        _name(diff, "area", area, side=side)
        for area, side in zip(matrix.areas, sides, strict=True)
    ]


def _matrix_levels(diff: Diff, cell: MatrixCell) -> tuple[str, str]:
    """A cell's levels by name, A's and B's; `–` where a side needs none."""
    a = "–" if cell.a is None else _name(diff, "level", cell.a, side="a")
    b = "–" if cell.b is None else _name(diff, "level", cell.b, side="b")
    return a, b


def _unmapped_lines(diff: Diff, ctx: DiffContext) -> Iterator[str]:
    for side, path, ids in (("a", ctx.a, diff.only_a), ("b", ctx.b, diff.only_b)):
        name = terminal(path)
        listed = [
            f"{word(f'unmapped.{kind}', ctx.lang)}: {', '.join(v)}"
            for kind, v in ids.items()
            if v
        ]
        if listed:
            yield f"{word(f'unmapped.{side}', ctx.lang, name)}: " + "; ".join(listed)


def _text_unmapped(diff: Diff, ctx: DiffContext, console: Any) -> None:
    from rich.text import Text

    lines = list(_unmapped_lines(diff, ctx))
    if not lines:
        return
    console.print()
    console.print(Text(word("unmapped", ctx.lang), style="bold underline"))
    for line in lines:
        console.print(Text("  " + line))


def as_json(diff: Diff, ctx: DiffContext) -> dict[str, Any]:
    """The diff JSON document (DESIGN.md "Machine outputs")."""
    document: dict[str, Any] = {
        "tool": "dosering",
        "version": __version__,
        "format": JSON_FORMAT,
        "a": ctx.a,
        "b": ctx.b,
        "levels_by": diff.levels_by,
        "level_pairs": [{"b": b, "a": a} for b, a in diff.level_pairs],
        "counts": {str(cls): n for cls, n in diff.counts().items()},
        "changes": [change.as_dict() for change in visible_changes(diff, ctx)],
        "unmapped": {"a": dict(diff.only_a), "b": dict(diff.only_b)},
        "demand": [row.as_dict() for row in diff.demand],
    }
    if diff.matrix is not None:
        document["matrix"] = diff.matrix.as_dict()
    return document


def report_json(diff: Diff, out: IO[str], ctx: DiffContext) -> None:
    """The JSON document, indented, one trailing newline."""
    json.dump(as_json(diff, ctx), out, ensure_ascii=False, indent=2)
    out.write("\n")


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |\n"


@marking
def report_md(diff: Diff, out: IO[str], ctx: DiffContext) -> None:
    """Markdown for a pull-request comment: a summary line, then tables."""
    lang = ctx.lang
    out.write(f"**dosering diff**: {markdown(summary(diff, ctx), in_table=False)}\n")
    note = level_note(diff, lang)
    if note:
        out.write(f"\n{markdown(note, in_table=False)}\n")
    shown = visible_changes(diff, ctx)
    if shown:
        out.write("\n")
        heads = ("entity", "name", "change", "what")
        out.write(_md_row([word(f"table.{h}", lang) for h in heads]))
        out.write(_md_row(["---"] * len(heads)))
        for change in shown:
            label = class_word(change.change, diff, lang, change)
            if change.change is ChangeClass.STRICTER:
                label = f"**{label}**"
            out.write(
                _md_row(
                    [
                        word(f"entity.{change.entity}", lang),
                        markdown(_entity_label(change, diff)),
                        label,
                        markdown(sentence(change, diff, lang)),
                    ]
                )
            )
    if diff.cross_region:
        lines = list(_unmapped_lines(diff, ctx))
        if lines:
            out.write(f"\n#### {word('unmapped', lang)}\n\n")
            for line in lines:
                out.write(f"- {markdown(line, in_table=False)}\n")
    rows = [row for row in diff.demand if row.changed]
    if rows:
        out.write(f"\n#### {markdown(word('demand', lang), in_table=False)}\n\n")
        names = ("course", "a", "b", "backlog-a", "backlog-b")
        out.write(_md_row([word(f"demand.{h}", lang) for h in names]))
        out.write(_md_row(["---"] + ["---:"] * 4))
        for row in rows:
            out.write(_md_row([markdown(c) for c in _demand_cells(row, diff, lang)]))
    if diff.matrix is not None:
        out.write(f"\n#### {markdown(word('matrix', lang), in_table=False)}\n\n")
        areas = _matrix_areas(diff, diff.matrix)
        out.write(_md_row([word("matrix.role", lang), *map(markdown, areas)]))
        out.write(_md_row(["---"] * (len(areas) + 1)))
        for matrix_row in diff.matrix.rows:
            cells = [markdown(_matrix_role(diff, matrix_row))]
            for cell in matrix_row.cells:
                a, b = map(markdown, _matrix_levels(diff, cell))
                cells.append(f"**{a} ≠ {b}**" if cell.differs else f"{a} \\| {b}")
            out.write(_md_row(cells))


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "md": report_md,
}
