"""Pinyin over the text and the dictionary popup, driven on the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant
from gui.highlights import ALL_SPEAKERS
from gui.reading_help import character_at
from gui.settings import Settings


def _point_of(window, offset, right=False):
    """A point over the character at ``offset`` of the shown text (viewport coordinates)."""
    view = window.article_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(offset))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.positions.to_qt(offset + 1))
    end = view.cursorRect(cursor)
    x = (left.left() + end.left()) // 2 if end.top() == left.top() else left.left() + 4
    return QPoint(x + (3 if right else -1), left.center().y())


def _show(window, qtbot, offset):
    """Scroll ``offset`` into view and paint."""
    window.article_view.reveal(offset, offset + 1)
    window.article_view.viewport().repaint()


def _painted(window):
    return {ruby.offset: ruby for ruby in window.reading_help.ruby.painted}


def test_pinyin_on_and_off_keeps_text_and_highlights(qtbot, window, settings_path):
    window.set_variant(Variant.HANS)
    window.select_speaker(ALL_SPEAKERS)
    text = window.article_view.toPlainText()
    highlights = window.article_view.highlighted_ranges()
    assert highlights
    help_ = window.reading_help

    help_.pinyin_action.trigger()
    qtbot.waitUntil(lambda: bool(help_.ruby.painted) or window.article_view.viewport().repaint() or False)
    assert help_.ruby.shown and window.article_view.line_height_percent > 150
    assert window.article_view.toPlainText() == text  # the characters are the document's, untouched
    assert window.article_view.highlighted_ranges() == highlights
    # Readings in context, over the characters on screen only.
    shown = window.shown_view.text
    bank = shown.index("黄庚倜")
    _show(window, qtbot, bank)
    painted = _painted(window)
    assert painted[bank].text == "huáng"
    assert len(painted) < len(shown) / 2  # not the whole article: what a paint reaches
    assert Settings.open(settings_path).pinyin_shown(Variant.HANS)

    # Per script: 繁體 has no pinyin until asked; 简体 keeps its own.
    window.set_variant(Variant.HANT)
    assert not help_.ruby.shown and not help_.pinyin_action.isChecked()
    assert window.article_view.highlighted_ranges() == highlights
    window.set_variant(Variant.HANS)
    assert help_.ruby.shown and help_.pinyin_action.isChecked()

    help_.pinyin_action.trigger()
    assert not help_.ruby.shown and window.article_view.line_height_percent == 150
    assert window.article_view.toPlainText() == text
    assert window.article_view.highlighted_ranges() == highlights
    assert not Settings.open(settings_path).pinyin_shown(Variant.HANS)


def test_original_shows_the_sources_own_annotations(qtbot, window):
    window.set_variant(Variant.ORIGINAL)
    window.reading_help.pinyin_action.trigger()
    shown = window.shown_view.text
    xie = shown.index("政協") + 1  # written 協(xié) in the source
    _show(window, qtbot, xie)
    qtbot.waitUntil(lambda: xie in _painted(window) or window.article_view.viewport().repaint() or False)
    assert (_painted(window)[xie].text, _painted(window)[xie].from_source) == ("xié", True)
    assert "(xié)" not in shown  # still stripped from the text itself
    # A character the source did not annotate gets pypinyin's reading.
    zheng = xie - 1
    assert _painted(window)[zheng].text == "zhèng" and not _painted(window)[zheng].from_source


def test_a_point_over_pinyin_looks_at_the_character_under_it(qtbot, window):
    window.set_variant(Variant.HANS)
    window.reading_help.pinyin_action.trigger()
    offset = window.shown_view.text.index("政协", 300)
    _show(window, qtbot, offset)
    point = _point_of(window, offset)
    assert character_at(window.article_view, point, True) == offset
    above = point + QPoint(0, -int(window.settings.font_size))  # over the syllable
    assert character_at(window.article_view, above, True) == offset


def test_popup_for_a_simplified_word(qtbot, window):
    window.set_variant(Variant.HANS)
    shown = window.shown_view.text
    offset = shown.index("政协", 200)
    window.article_view.reveal(offset, offset + 2)
    help_ = window.reading_help
    help_.dictionary.get(60)
    lookup = help_.look_up(_point_of(window, offset + 1, right=True))
    assert lookup is not None and (lookup.start, lookup.word) == (offset, "政协")
    popup = help_.popup
    assert popup.isVisible()
    text = popup.plain_text()
    assert text.startswith("政协 政協")  # the text's own form first
    assert "Zhèng Xié" in text and "CPPCC" in text
    assert "\n协 協  xié\n" in text  # then the character under the pointer


def test_popup_for_a_traditional_word_and_esc_closes_it(qtbot, window):
    window.set_variant(Variant.HANT)
    window.select_speaker(ALL_SPEAKERS)
    highlights = window.article_view.highlighted_ranges()
    shown = window.shown_view.text
    offset = shown.index("發言")
    window.article_view.reveal(offset, offset + 2)
    help_ = window.reading_help
    help_.dictionary.get(60)
    lookup = help_.look_up(_point_of(window, offset))
    assert lookup is not None and lookup.start == offset
    text = help_.popup.plain_text()
    assert text.startswith("發言 发言  fā yán\n")  # the text's own form first
    assert "\n發 发  fā\n" in text
    qtbot.keyClick(window.article_view, Qt.Key.Key_Escape)
    assert not help_.popup.isVisible()
    assert window.article_view.highlighted_ranges() == highlights  # Esc closed the popup only
    qtbot.keyClick(window.article_view, Qt.Key.Key_Escape)
    assert window.article_view.highlighted_ranges() == []


def test_hover_opens_the_popup_and_leaving_the_word_closes_it(qtbot, window):
    window.set_variant(Variant.HANS)
    help_ = window.reading_help
    help_.dictionary.get(60)
    offset = window.shown_view.text.index("政协", 200)
    window.article_view.reveal(offset, offset + 2)
    viewport = window.article_view.viewport()
    qtbot.mouseMove(viewport, _point_of(window, offset))
    qtbot.waitUntil(help_.popup.isVisible, timeout=3000)
    assert help_.popup.lookup.word == "政协"
    qtbot.mouseMove(viewport, _point_of(window, offset + 1, right=True))  # the same word: stays
    assert help_.popup.isVisible()
    qtbot.mouseMove(viewport, QPoint(2, 2))  # the margin
    qtbot.waitUntil(lambda: not help_.popup.isVisible(), timeout=2000)


def test_click_opens_the_popup_and_hover_can_be_turned_off(qtbot, window, settings_path):
    window.set_variant(Variant.HANS)
    help_ = window.reading_help
    help_.dictionary.get(60)
    offset = window.shown_view.text.index("政协", 200)
    window.article_view.reveal(offset, offset + 2)
    qtbot.mouseClick(window.article_view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(window, offset))
    qtbot.waitUntil(help_.popup.isVisible, timeout=3000)
    help_.dictionary_action.trigger()
    assert not help_.popup.isVisible()
    assert not Settings.open(settings_path).dictionary_on_hover
    qtbot.mouseMove(window.article_view.viewport(), _point_of(window, offset))
    qtbot.wait(600)
    assert not help_.popup.isVisible()



def test_the_hong_kong_view_shows_jyutping_and_the_others_pinyin(qtbot, window):
    pytest.importorskip("ToJyutping")
    window.show_reading(Reading.parse("香港消息\n記者說，今日香港天氣好。"))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    help_ = window.reading_help

    def over_hong_kong() -> tuple[str, str]:
        at = window.shown_view.text.index("香港", 5)
        qtbot.waitUntil(lambda: at in _painted(window) or window.article_view.viewport().repaint() or False)
        return _painted(window)[at].text, _painted(window)[at + 1].text

    window.set_variant(Variant.HK)
    help_.pinyin_action.trigger()
    assert over_hong_kong() == ("hoeng1", "gong2")
    window.set_variant(Variant.HANT)  # 繁體 is read in Mandarin, as every view but 香港's
    help_.pinyin_action.trigger()
    assert over_hong_kong() == ("xiāng", "gǎng")
