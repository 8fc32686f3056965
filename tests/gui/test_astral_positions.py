"""Characters outside the Basic Multilingual Plane (𨋢, 𠝹, emoji) before and inside quotations:
Qt counts them as two positions, the engine as one; highlights, clicks, stepping and tooltips
must land on the same characters anyway."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant
from gui.text_positions import Utf16Positions

TEXT = (
    "𨋢公司開會😀\n"
    "😀𨋢𠝹報道，公司主席王建華在會上說：“我們的𨋢很安全😀，𠝹刀也收好了。”\n"
    "“😀明年我們再見𨋢。”王建華說。\n"
)


def _showing(qtbot, window, text: str):
    """The window with ``text`` shown and analysed."""
    window.show_reading(Reading.parse(text))
    qtbot.waitUntil(lambda: window.is_idle() and bool(window.reading.analysis.quotes), timeout=30_000)
    return window


@pytest.fixture
def astral_window(qtbot, window):
    return _showing(qtbot, window, TEXT)


def _shown_slice(view, qt_start: int, qt_end: int) -> str:
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _point_on(view, shown: str, word: str) -> tuple[int, QPoint]:
    """The engine offset of ``word`` in the shown text and a point on its first character, after
    checking that Qt positions and clicks land on it."""
    offset = shown.index(word)
    positions = Utf16Positions(shown)
    cursor = QTextCursor(view.document())
    cursor.setPosition(positions.to_qt(offset))
    assert _shown_slice(view, positions.to_qt(offset), positions.to_qt(offset + len(word))) == word
    point = view.cursorRect(cursor).center() + QPoint(2, 0)
    assert view.offset_at(point) == offset
    return offset, point


@pytest.mark.parametrize("variant", [Variant.ORIGINAL, Variant.HANS, Variant.TW])
def test_highlights_cover_exactly_the_quotations(qtbot, astral_window, variant):
    window = astral_window
    window.set_variant(variant)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    window.select_speaker("王建華")
    shown = window._shown.text
    ranges = window.article_view.highlighted_ranges()
    quotes = [shown[start:end] for start, end, _ in ranges]
    assert len(quotes) == 2
    # Both quotations, whole: from their first character to their last (𨋢 is 䢂 in 简体).
    assert quotes[0][:2] in ("我們", "我们") and "安全😀" in quotes[0] and quotes[0].endswith("收好了。")
    assert quotes[1].startswith("😀明年") and quotes[1].endswith("。") and len(quotes[1]) == 9
    # What Qt draws is what the engine means.
    for selection, (start, end, _) in zip(window.article_view.extraSelections(), ranges, strict=True):
        drawn = selection.cursor.selectedText()
        assert drawn == shown[start:end]


def test_clicking_after_astral_characters_selects_the_right_speaker(qtbot, astral_window):
    window = astral_window
    view = window.article_view
    shown = window._shown.text
    _, point = _point_on(view, shown, "明年")
    assert window._tooltip_at(view.offset_at(point)).startswith("王建華")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection == "王建華"
    assert window.current_quote == 1


def test_stepping_reveals_and_underlines_the_right_quotation(qtbot, astral_window):
    window = astral_window
    window.select_speaker("王建華")
    qtbot.keyClick(window.article_view, Qt.Key.Key_F3)
    assert window.current_quote == 1
    shown = window._shown.text
    quote = window.reading.analysis.quotes_of("王建華")[1]
    start, end = window._shown.span(quote.start, quote.end)
    assert (start, end) in [(s, e) for s, e, _ in window.article_view.highlighted_ranges()]
    assert "明年" in shown[start:end]


@given(st.lists(st.sampled_from(["a", "說", "𨋢", "𠝹", "😀", "\n"]), max_size=40).map("".join))
def test_positions_map_both_ways(text):
    positions = Utf16Positions(text)
    assert positions.length == len(text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        qt = positions.to_qt(offset)
        assert qt == len(text[:offset].encode("utf-16-le")) // 2
        assert positions.to_engine(qt) == offset
    for qt in range(positions.length + 1):
        offset = positions.to_engine(qt)
        assert positions.to_qt(offset) <= qt <= positions.to_qt(offset) + 1  # inside a pair: its character


# A .txt laid out as Chinese files are: full-width indents and blank lines, which the display
# drops (display_layout), with Extension B characters before and inside the quotations. Two maps
# compose: source → shown text (lines and indents dropped) → Qt positions (UTF-16 units).
LAID_OUT = (
    "\u3000\u3000𠝹市新聞\n\n\n"
    "\u3000\u3000𠝹市長李大同今天表示：“我們的𠝹刀很安全😀，明天再看。”\n\n  \n"
    "\u3000\u3000“𨋢明年完工。”李大同說。\n"
)


@pytest.fixture
def laid_out_window(qtbot, window):
    return _showing(qtbot, window, LAID_OUT)


@pytest.mark.parametrize("variant", [Variant.ORIGINAL, Variant.HANS, Variant.TW])
def test_dropped_lines_and_astral_characters_compose(qtbot, laid_out_window, variant):
    window = laid_out_window
    window.set_variant(variant)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    view = window.article_view
    shown = window._shown.text
    assert view.toPlainText() == shown and "\n\n" not in shown and "\u3000" not in shown
    window.select_speaker("李大同")
    ranges = view.highlighted_ranges()
    quotes = [shown[start:end] for start, end, _ in ranges]
    assert len(quotes) == 2
    assert quotes[0][:2] in ("我們", "我们") and "𠝹刀" in quotes[0] and quotes[0].endswith("明天再看。")
    assert quotes[1][1:4] == "明年完" and quotes[1].endswith("。") and len(quotes[1]) == 6
    for selection, (start, end, _) in zip(view.extraSelections(), ranges, strict=True):
        assert selection.cursor.selectedText() == shown[start:end]  # what Qt draws
    # Each highlight is the quotation the engine found, mapped through both maps.
    for quote, (start, end, _) in zip(window.reading.analysis.quotes_of("李大同"), ranges, strict=True):
        assert window._shown.span(quote.start, quote.end) == (start, end)
        assert window._shown.offsets.to_source(start) == quote.start

    # A click on 明年 (after 𠝹, 😀, 𨋢 and the dropped lines) selects its quotation.
    window.select_speaker(None)
    offset, point = _point_on(view, shown, "明年")
    assert window._tooltip_at(offset).startswith("李大同")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selection == "李大同" and window.current_quote == 1

    # Stepping lands on the quotations in turn, and the place is found again after a switch.
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert window.current_quote == 0
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert window.current_quote == 1
    start, end, _ = view.highlighted_ranges()[1]
    assert "明年" in shown[start:end]
