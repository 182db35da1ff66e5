"""Reporters of `dosering diff`: text (rich), JSON and Markdown for a PR comment."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from dosering import __version__
from dosering.analyses.diff import ENTITIES, Change, ChangeClass, DemandRow, Diff
from dosering.i18n.diff import counted, word
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


Reporter = Callable[[Diff, IO[str], DiffContext], None]


def summary(diff: Diff, ctx: DiffContext) -> str:
    """One line: how many changes of which classes (or that there are none)."""
    counts = diff.counts()
    a, b = terminal(ctx.a), terminal(ctx.b)
    if not counts:
        return word("no-changes", ctx.lang, a, b)
    parts = counted(counts, ctx.lang)
    return word("summary", ctx.lang, len(diff.changes), a, b, parts)


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
        return f"{value:g}"
    if isinstance(value, list):
        return "[" + ", ".join(fmt_value(v, lang, None) for v in value) + "]"
    text = terminal(" ".join(str(value).split()))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _entity_label(change: Change, lang: str) -> str:
    if change.old_id is not None and change.change is not ChangeClass.RENAMED:
        return f"{change.id} ({word('was', lang)} {change.old_id})"
    return change.id


def _groups(diff: Diff) -> Iterator[tuple[str, list[tuple[str, list[Change]]]]]:
    """Changes grouped by kind, then entity, in the diff's order."""
    for kind in ENTITIES:
        entities: dict[str, list[Change]] = {}
        for change in diff.changes:
            if change.entity == kind:
                entities.setdefault(change.id, []).append(change)
        if entities:
            yield kind, list(entities.items())


def _change_text(change: Change, lang: str) -> str:
    if change.change is ChangeClass.RENAMED:
        return f"{change.old_id} → {change.id}"
    if change.change in (ChangeClass.ADDED, ChangeClass.REMOVED):
        return fmt_value(change.after if change.before is None else change.before, lang)
    before, after = fmt_value(change.before, lang), fmt_value(change.after, lang)
    return f"{change.field}: {before} → {after}"


_STYLES = {
    ChangeClass.STRICTER: "bold red",
    ChangeClass.LOOSER: "green",
    ChangeClass.REMOVED: "red",
    ChangeClass.ADDED: "green",
    ChangeClass.RENAMED: "cyan",
    ChangeClass.UPDATED: "yellow",
    ChangeClass.COSMETIC: "dim",
}


def _number(value: float) -> str:
    return f"{value:,.1f}".replace(",", " ")


def _demand_cells(row: DemandRow, lang: str) -> list[str]:
    label = row.course if row.old_id is None else f"{row.course} ({row.old_id})"
    cells = [label]
    for side in (row.a, row.b):
        if side is None:
            cells += ["–", "–"]
        else:
            cells += [
                _number(side.demand_per_year),
                f"{side.backlog:,}".replace(",", " "),
            ]
    return [cells[0], cells[1], cells[3], cells[2], cells[4]]


def report_text(diff: Diff, out: IO[str], ctx: DiffContext) -> None:
    """Human-readable: grouped by entity kind, then entity, stricter first."""
    from rich.text import Text

    console = _console(out, ctx)
    lang = ctx.lang
    console.print(Text(summary(diff, ctx), style="bold"))
    note = level_note(diff, lang)
    if note:
        console.print(Text(note))
    width = max((len(word(f"class.{c}", lang)) for c in ChangeClass), default=8)
    for kind, entities in _groups(diff):
        console.print()
        console.print(Text(word(f"kind.{kind}", lang), style="bold underline"))
        for _, changes in entities:
            console.print(Text("  " + _entity_label(changes[0], lang), style="bold"))
            for change in changes:
                label = word(f"class.{change.change}", lang).ljust(width)
                console.print(
                    Text.assemble(
                        "    ",
                        (label, _STYLES[change.change]),
                        "  ",
                        _change_text(change, lang),
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
            [[(cell, "") for cell in _demand_cells(row, lang)] for row in rows],
            right=frozenset({1, 2, 3, 4}),
        )
    if diff.matrix is not None:
        console.print()
        console.print(Text(word("matrix", lang), style="bold underline"))
        none = "–"
        lines: list[list[tuple[str, str]]] = []
        for matrix_row in diff.matrix.rows:
            cells = [(_matrix_role(matrix_row.role, matrix_row.old_id), "")]
            for cell in matrix_row.cells:
                sign = " ≠ " if cell.differs else " | "
                text = f"{cell.a or none}{sign}{cell.b or none}"
                cells.append((text, "bold yellow" if cell.differs else ""))
            lines.append(cells)
        columns = [word("matrix.role", lang), *diff.matrix.areas]
        _write_table(console, columns, lines)


def _console(out: IO[str], ctx: DiffContext, width: int | None = None) -> Any:
    """A rich console on `out`: colour as the context says, lines never wrapped."""
    from rich.console import Console

    return Console(
        file=out,
        width=width,
        highlight=False,
        soft_wrap=True,
        force_terminal=ctx.color,
        no_color=(ctx.color is False) or None,
    )


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


def _matrix_role(role: str, old_id: str | None) -> str:
    return role if old_id is None else f"{role} ({old_id})"


def _unmapped_lines(diff: Diff, ctx: DiffContext) -> Iterator[str]:
    for side, path, ids in (("a", ctx.a, diff.only_a), ("b", ctx.b, diff.only_b)):
        name = terminal(path)
        listed = [f"{kind}: {', '.join(v)}" for kind, v in ids.items() if v]
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
        "changes": [change.as_dict() for change in diff.changes],
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


def report_md(diff: Diff, out: IO[str], ctx: DiffContext) -> None:
    """Markdown for a pull-request comment: a summary line, then tables."""
    lang = ctx.lang
    out.write(f"**dosering diff**: {markdown(summary(diff, ctx))}\n")
    note = level_note(diff, lang)
    if note:
        out.write(f"\n{markdown(note)}\n")
    if diff.changes:
        out.write("\n")
        heads = ("entity", "id", "change", "field", "before", "after")
        out.write(_md_row([word(f"table.{h}", lang) for h in heads]))
        out.write(_md_row(["---"] * len(heads)))
        for change in diff.changes:
            label = word(f"class.{change.change}", lang)
            if change.change is ChangeClass.STRICTER:
                label = f"**{label}**"
            ident = change.id
            if change.old_id is not None:
                ident = f"{change.id} ({word('was', lang)} {change.old_id})"
            out.write(
                _md_row(
                    [
                        change.entity,
                        markdown(ident),
                        label,
                        markdown(change.field or ""),
                        markdown(fmt_value(change.before, lang, None)),
                        markdown(fmt_value(change.after, lang, None)),
                    ]
                )
            )
    if diff.cross_region:
        lines = list(_unmapped_lines(diff, ctx))
        if lines:
            out.write(f"\n#### {word('unmapped', lang)}\n\n")
            for line in lines:
                out.write(f"- {markdown(line)}\n")
    rows = [row for row in diff.demand if row.changed]
    if rows:
        out.write(f"\n#### {markdown(word('demand', lang))}\n\n")
        names = ("course", "a", "b", "backlog-a", "backlog-b")
        out.write(_md_row([word(f"demand.{h}", lang) for h in names]))
        out.write(_md_row(["---"] + ["---:"] * 4))
        for row in rows:
            out.write(_md_row([markdown(c) for c in _demand_cells(row, lang)]))
    if diff.matrix is not None:
        out.write(f"\n#### {markdown(word('matrix', lang))}\n\n")
        out.write(
            _md_row([word("matrix.role", lang), *map(markdown, diff.matrix.areas)])
        )
        out.write(_md_row(["---"] * (len(diff.matrix.areas) + 1)))
        for matrix_row in diff.matrix.rows:
            cells = [markdown(_matrix_role(matrix_row.role, matrix_row.old_id))]
            for cell in matrix_row.cells:
                a, b = markdown(cell.a or "–"), markdown(cell.b or "–")
                cells.append(f"**{a} ≠ {b}**" if cell.differs else f"{a} \\| {b}")
            out.write(_md_row(cells))


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "md": report_md,
}
