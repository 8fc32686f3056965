"""Which quotations to highlight for the current selection, and in what order to step them.

Pure Python (no Qt): the window turns these into coloured extra selections.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.engine.model import Quote
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import ScriptView

ALL_SPEAKERS = "*"  # the selection key of the "all speakers" row


@dataclass(frozen=True)
class Highlight:
    """One highlighted span in view offsets, with the index of its speaker in the panel."""

    start: int
    end: int
    speaker_index: int
    indirect: bool
    current: bool


def selected_quotes(reading: Reading, selection: str | None) -> tuple[Quote, ...]:
    """The quotations a selection covers, in reading order (unattributed ones only under 'all')."""
    if not selection:
        return ()
    if selection == ALL_SPEAKERS:
        return reading.analysis.quotes
    return reading.analysis.quotes_of(selection)


def plan_highlights(
    reading: Reading, view: ScriptView, selection: str | None, current: int | None
) -> list[Highlight]:
    """Highlights for ``selection``; ``current`` is the index of the quotation being visited."""
    index_of = {speaker.name: i for i, speaker in enumerate(reading.analysis.speakers)}
    plan = []
    for i, span in enumerate(reading.spans(view, selected_quotes(reading, selection))):
        speaker = span.quote.speaker
        plan.append(
            Highlight(
                start=span.start,
                end=span.end,
                speaker_index=index_of.get(speaker, -1) if speaker else -1,
                indirect=span.quote.kind == "indirect",
                current=i == current,
            )
        )
    return plan
