"""Find in an article whatever script it is shown in: 协 finds 協 and 协, 台 finds 臺, 里 finds 裏.

Both the shown text and the query are folded to simplified script (``fold`` maps one character
to one character, so an offset into the folded text is the same offset into the shown one) and
Latin letters to lower case. Matches can be limited to quotation spans, given in view offsets.
Pure Python: the window draws the matches.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from gui.engine.scripts.folding import fold


def fold_for_search(text: str) -> str:
    """``text`` folded for matching; ``len`` is unchanged, so offsets carry over."""
    folded = fold(text)
    lowered = folded.lower()
    # A few letters (İ) lower to two characters: keep the case then, offsets matter more.
    return lowered if len(lowered) == len(folded) else folded


@dataclass(frozen=True)
class Match:
    """One match in view offsets, end exclusive."""

    start: int
    end: int


class FoldedText:
    """A shown text folded once, searched many times (a keystroke must not fold a book again)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold_for_search(text)

    def find_all(self, query: str, within: Sequence[tuple[int, int]] | None = None) -> list[Match]:
        """Every non-overlapping match of ``query``; with ``within`` (view spans, in any order,
        possibly nested) only matches lying wholly inside one of them."""
        needle = fold_for_search(query)
        if not needle:
            return []
        matches = []
        position = self.folded.find(needle)
        while position >= 0:
            matches.append(Match(position, position + len(needle)))
            position = self.folded.find(needle, position + len(needle))
        if within is None:
            return matches
        spans = merged_spans(within)
        starts = [start for start, _ in spans]
        kept = []
        for match in matches:
            index = bisect.bisect_right(starts, match.start) - 1
            if index >= 0 and match.end <= spans[index][1]:
                kept.append(match)
        return kept


def merged_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def nearest_match(matches: Sequence[Match], offset: int) -> int:
    """Index of the first match at or after ``offset`` (wrapping to the first)."""
    index = bisect.bisect_left([m.start for m in matches], offset)
    return index if index < len(matches) else 0
