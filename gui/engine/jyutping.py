"""Cantonese readings (Jyutping) for the 香港 view, from ToJyutping (BSD-2, maintained by CanCLID).

ToJyutping reads in context from its own word list (銀行 ngan4 hong4, 行人 hang4 jan4) and wants
Traditional text, which the 香港 view is. Like pypinyin, it is imported on a thread the first
time it is wanted (its word list takes ~0.3 s); readings come a paragraph at a time through
:class:`~gui.engine.pinyin_readings.PinyinReadings`.
"""

from __future__ import annotations

from gui.engine.pinyin_readings import LazyLibrary


def read_jyutping(text: str) -> list[str | None]:
    """One Jyutping syllable per character of ``text`` (e.g. ``hoeng1``); None off Han characters
    and for characters ToJyutping has no reading for."""
    import ToJyutping  # loaded on a thread beforehand (TOJYUTPING.preload)

    pairs = ToJyutping.get_jyutping_list(text)
    if len(pairs) != len(text):  # never seen; read each character alone rather than misplace
        pairs = [(ch, (ToJyutping.get_jyutping_list(ch) or [(ch, None)])[0][1]) for ch in text]
    return [reading or None for _, reading in pairs]


TOJYUTPING = LazyLibrary("ToJyutping", read_jyutping)
