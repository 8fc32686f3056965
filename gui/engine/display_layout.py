"""Display-only tidying of a view: no empty lines, no indents at the start of a line.

Paragraph spacing is the reader's job: the blank lines that separate paragraphs in a .txt file
(and the full-width 　　 indents of Chinese typesetting) would otherwise add a gap three lines
tall, or push a title off its edge. They are dropped from the displayed text only; an offset map
keeps every highlight and click exact, and the analysis never sees the difference.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from gui.engine import regex_cache as re
from gui.engine.scripts.script_variants import OffsetMap, ScriptView

# Spaces, tabs and ideographic spaces that open a line, and the line breaks of empty lines.
_DROPPED = re.compile(r"(?:^|(?<=\n))[ \t\u3000\u00a0]+|\n(?=[ \t\u3000\u00a0]*\n)|\n+\Z")


@dataclass(frozen=True)
class DroppedMap(OffsetMap):
    """``base`` with the characters at the base-view offsets ``dropped`` removed."""

    base: OffsetMap
    dropped: tuple[int, ...]  # sorted offsets into the base view

    def to_view(self, source_offset: int) -> int:
        offset = self.base.to_view(source_offset)
        return offset - bisect.bisect_left(self.dropped, offset)

    def to_source(self, view_offset: int) -> int:
        # The smallest base offset b with b + 1 - (dropped ≤ b) > view_offset: the kept character.
        low, high = view_offset, view_offset + len(self.dropped)
        while low < high:
            middle = (low + high) // 2
            if middle + 1 - bisect.bisect_right(self.dropped, middle) > view_offset:
                high = middle
            else:
                low = middle + 1
        return self.base.to_source(low)


def tidy_layout(view: ScriptView) -> ScriptView:
    """``view`` without empty lines and line-opening indents (the same object when it has none)."""
    runs = [match.span() for match in _DROPPED.finditer(view.text)]
    if not runs:
        return view
    pieces, previous, dropped = [], 0, []
    for start, end in runs:
        pieces.append(view.text[previous:start])
        dropped.extend(range(start, end))
        previous = end
    pieces.append(view.text[previous:])
    return replace(view, text="".join(pieces), offsets=DroppedMap(view.offsets, tuple(dropped)))
