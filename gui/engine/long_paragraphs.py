"""Line breaks for display in paragraphs too long to lay out at once.

Qt lays out a paragraph in one piece: a 5-million-character line (a scraped page, a book with no
line breaks) freezes any text widget for seconds. For display only, such a paragraph gets a line
break after a sentence end every ``PARAGRAPH_LIMIT`` characters or so; an offset map keeps every
highlight and click exact. ``yanlu analyze`` and the analysis never see these breaks.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from gui.engine import regex_cache as re
from gui.engine.scripts.script_variants import OffsetMap, ScriptView

PARAGRAPH_LIMIT = 3000
# A sentence end that is not inside a closing quotation (。” keeps the mark with its sentence).
_SENTENCE_END = re.compile(r"[。！？!?](?![”」』’\"'）)])")


@dataclass(frozen=True)
class BreaksMap(OffsetMap):
    """``base`` followed by line breaks inserted before the base-view offsets ``breaks``."""

    base: OffsetMap
    breaks: tuple[int, ...]  # sorted offsets into the base view

    def to_view(self, source_offset: int) -> int:
        offset = self.base.to_view(source_offset)
        return offset + bisect.bisect_right(self.breaks, offset)

    def to_source(self, view_offset: int) -> int:
        # The k-th inserted break sits at breaks[k] + k in the display text.
        low, high = 0, len(self.breaks)
        while low < high:
            middle = (low + high) // 2
            if self.breaks[middle] + middle < view_offset:
                low = middle + 1
            else:
                high = middle
        return self.base.to_source(view_offset - low)


def break_long_paragraphs(view: ScriptView) -> ScriptView:
    """``view`` with display breaks in paragraphs over the limit (the same object when none are)."""
    breaks = [cut for start, end in _long_paragraphs(view.text) for cut in _cuts(view.text, start, end)]
    if not breaks:
        return view
    pieces, previous = [], 0
    for cut in breaks:
        pieces.append(view.text[previous:cut])
        previous = cut
    pieces.append(view.text[previous:])
    return replace(view, text="\n".join(pieces), offsets=BreaksMap(view.offsets, tuple(breaks)))


def _long_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph over the limit, in one pass (a regex for "a long run without
    a newline" would rescan every paragraph from each of its characters)."""
    if len(text) <= PARAGRAPH_LIMIT:
        return []
    found, start = [], 0
    for paragraph in text.split("\n"):
        if len(paragraph) > PARAGRAPH_LIMIT:
            found.append((start, start + len(paragraph)))
        start += len(paragraph) + 1
    return found


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Where to break [start, end): after a sentence end once a line has grown past a third of the
    limit, and hard at the limit when no sentence ends in time."""
    cuts: list[int] = []
    line_start = start
    while end - line_start > PARAGRAPH_LIMIT:
        window_end = line_start + PARAGRAPH_LIMIT
        match = _SENTENCE_END.search(text, line_start + PARAGRAPH_LIMIT // 3, window_end)
        cut = match.end() if match else window_end
        cuts.append(cut)
        line_start = cut
    return cuts
