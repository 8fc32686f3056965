"""Engine offsets (Python code points) to Qt text positions (UTF-16 code units) and back.

Qt counts a character outside the Basic Multilingual Plane (𨋢, 𠝹, 😀) as two positions, Python
as one; every offset the window hands to or takes from a QTextDocument goes through this map.
Pure Python: no Qt.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Positions:
    """The map for one text; a text without astral characters costs nothing to map."""

    def __init__(self, text: str) -> None:
        # Qt position of each astral character's first unit, in order.
        self._starts = [match.start() + k for k, match in enumerate(_ASTRAL.finditer(text))]
        self.length = len(text) + len(self._starts)  # the text's length in UTF-16 units

    def to_qt(self, offset: int) -> int:
        """The Qt position of engine offset ``offset`` (a character boundary)."""
        if not self._starts:
            return offset
        # Astral characters before ``offset``: those whose code-point offset is below it.
        low, high = 0, len(self._starts)
        while low < high:
            middle = (low + high) // 2
            if self._starts[middle] - middle < offset:
                low = middle + 1
            else:
                high = middle
        return offset + low

    def to_engine(self, position: int) -> int:
        """The engine offset of Qt ``position``; the middle of a surrogate pair is its character."""
        if not self._starts:
            return position
        return position - bisect.bisect_left(self._starts, position)
