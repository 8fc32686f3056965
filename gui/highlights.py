"""Which quotations to highlight for the current selection, and in what order to step them.

Pure Python (no Qt): the window turns these into coloured extra selections. A book selects
thousands of quotations; a :class:`HighlightPlan` places only those in the range asked for (the
part of the text on screen), so a click costs the same on a book as on an article.
"""

from __future__ import annotations

import bisect
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


class HighlightPlan:
    """The highlights of ``selection`` in ``view``; ``current`` is the index of the quotation
    being visited. Spans are placed in the view only when asked for, range by range."""

    def __init__(
        self, reading: Reading, view: ScriptView, selection: str | None, current: int | None
    ) -> None:
        self._view = view
        self._quotes = selected_quotes(reading, selection)
        self._starts = [quote.start for quote in self._quotes]  # sorted: quotations are by start
        self._longest = max((quote.end - quote.start for quote in self._quotes), default=0)
        self._index_of = {speaker.name: i for i, speaker in enumerate(reading.analysis.speakers)}
        self._current = current

    def __len__(self) -> int:
        return len(self._quotes)

    def between(self, start: int, end: int) -> list[Highlight]:
        """The highlights overlapping view offsets [start, end), in reading order."""
        to_source = self._view.offsets.to_source
        # Only quotations starting at most ``longest`` before the range can reach into it.
        first = bisect.bisect_left(self._starts, to_source(max(0, start)) - self._longest)
        last = bisect.bisect_right(self._starts, to_source(end))
        found = []
        for i in range(first, last):
            quote = self._quotes[i]
            view_start, view_end = self._view.span(quote.start, quote.end)
            if view_end < start or view_start > end:
                continue
            speaker = quote.speaker
            found.append(
                Highlight(
                    start=view_start,
                    end=view_end,
                    speaker_index=self._index_of.get(speaker, -1) if speaker else -1,
                    indirect=quote.kind == "indirect",
                    current=i == self._current,
                )
            )
        return found

    def everything(self) -> list[Highlight]:
        return self.between(0, len(self._view.text))


def plan_highlights(
    reading: Reading, view: ScriptView, selection: str | None, current: int | None
) -> list[Highlight]:
    """All highlights for ``selection``; ``current`` is the index of the quotation being visited."""
    return HighlightPlan(reading, view, selection, current).everything()
