"""Cantonese readings for the 香港 view: ToJyutping's, one per character, in context."""

from __future__ import annotations

import pytest

from gui.engine.jyutping import read_jyutping
from gui.engine.pinyin_readings import PinyinReadings

pytest.importorskip("ToJyutping")


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("香港", ["hoeng1", "gong2"]),
        ("行人", ["hang4", "jan4"]),  # 行 read by its word: hang4 here …
        ("銀行", ["ngan4", "hong4"]),  # … hong4 in 銀行
    ],
)
def test_words_read_in_cantonese(text, readings):
    assert read_jyutping(text) == readings


def test_one_reading_per_character_and_none_off_han():
    assert read_jyutping("A1 香港，𨋢") == [None, None, None, "hoeng1", "gong2", None, "lip1"]


def test_readings_of_a_paragraph_through_the_same_cache_as_pinyin():
    text = "新聞\n今日香港天氣好。"
    readings = PinyinReadings(text, read=read_jyutping)
    start = text.index("香港")
    assert [(r.offset, r.text) for r in readings.readings(start, start + 2)] == [
        (start, "hoeng1"),
        (start + 1, "gong2"),
    ]
    assert len(readings._chunks) == 1  # the paragraph asked for, not the title
