"""Readings in context: the polyphones a reader notices, in both scripts, made only where asked."""

from __future__ import annotations

import pytest

from gui.engine.pinyin_readings import PinyinReadings, read_in_context


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("银行", ["yín", "háng"]),
        ("行走", ["xíng", "zǒu"]),
        ("重庆", ["chóng", "qìng"]),
        ("长大", ["zhǎng", "dà"]),
        # Traditional text is read folded to Simplified (pypinyin's phrases are Simplified) …
        ("銀行", ["yín", "háng"]),
        ("重慶", ["chóng", "qìng"]),
        ("還錢", ["huán", "qián"]),
        # … unless the folded reading is not one of the character's own (乾隆 is not 干隆 gàn).
        ("乾隆", ["qián", "lóng"]),
        ("乾淨", ["gān", "jìng"]),
    ],
)
def test_polyphones_read_in_context(text, readings):
    assert read_in_context(text) == readings


def test_one_reading_per_character_and_none_off_han():
    assert read_in_context("AI 中文，𠝹1") == [None, None, None, "zhōng", "wén", None, None, None]


def test_the_sources_own_annotations_win(bundled_raw):
    from gui.engine.article import parse_article

    article = parse_article(bundled_raw)
    readings = PinyinReadings(article.text, article.annotations)
    offset = article.text.index("政協") + 1
    (ruby,) = readings.readings(offset, offset + 1)
    assert (ruby.text, ruby.from_source) == ("xié", True)
    assert not readings.readings(0, 1)[0].from_source


def test_numbered_annotations_are_shown_with_marks():
    readings = PinyinReadings("中文", {1: "wen2"})
    assert [(r.offset, r.text, r.from_source) for r in readings.readings(0, 2)] == [
        (0, "zhōng", False),
        (1, "wén", True),
    ]


def test_only_the_paragraphs_asked_for_are_read():
    paragraph = "行长说银行的行情很好。" * 50
    text = "\n".join([paragraph] * 400)  # 200,000 characters
    readings = PinyinReadings(text)
    start = len(text) // 2
    rubies = readings.readings(start, start + 40)
    assert len(readings._chunks) <= 2  # the paragraphs of those 40 characters, not the book
    assert all(start <= r.offset < start + 40 for r in rubies)


def test_a_long_paragraph_is_read_in_fixed_pieces():
    text = "我们去银行取钱。" * 2000  # 16,000 characters on one line
    readings = PinyinReadings(text)
    middle = text.index("银行", 8000)
    assert readings.reading_at(middle + 1) == "háng"
    assert len(readings._chunks) == 1
    assert [r.text for r in readings.readings(0, 3)] == [r.text for r in PinyinReadings(text).readings(0, 3)]
