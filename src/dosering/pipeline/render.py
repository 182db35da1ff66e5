"""`render`'s run: the model checked once, for the document and its warnings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dosering.model.semantics import Meaning
from dosering.pipeline.check import Checked, Options, load_model
from dosering.pipeline.gap import Gap, analyse_offer


@dataclass(frozen=True)
class RenderRun:
    """`render`'s outcome: the model's check, and its meaning when it is valid.

    The findings are worded only once the document's language is known (the
    model's `region.language` unless `--lang` says otherwise): the file is read
    and checked once, whatever language its findings end up in.
    """

    checked: Checked
    meaning: Meaning | None
    offer: Gap | None = None
    """With `--courses`: the model against the list, as `gap` computes it."""

    def language(self, explicit: str | None) -> str:
        """The document's language: `explicit`, else the model's own."""
        assert self.meaning is not None
        return explicit or self.meaning.model.region.language


def run_render(
    model: Path,
    options: Options,
    *,
    courses: Path | None = None,
    mapping: Path | None = None,
    columns: Mapping[str, str] | None = None,
    sheet: str | None = None,
) -> RenderRun:
    """Check the model once, and with `courses` analyse it against the list.

    A file that cannot be read stops the run (`UserError`).
    """
    checked_file = load_model(model, str(model), options)
    checked = Checked.of([checked_file])
    if checked_file.model is None:
        return RenderRun(checked, None)
    meaning = Meaning(checked_file.model)
    offer = None
    if courses is not None:
        offer = analyse_offer(
            str(model),
            meaning,
            courses=courses,
            mapping=mapping,
            columns=columns,
            sheet=sheet,
        )
    return RenderRun(checked, meaning, offer)
