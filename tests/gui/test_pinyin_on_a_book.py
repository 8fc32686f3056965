"""Pinyin on a book: the screen gets its room and syllables at once, the rest of the book in idle
steps, the reader's paragraph stays at the top, and turning it off gives the same layout back."""

from __future__ import annotations

import pytest
from book_samples import open_book, quoted_book
from PySide6.QtWidgets import QApplication

from gui.engine.pinyin_readings import PYPINYIN
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant
from gui.highlights import ALL_SPEAKERS
from gui.widgets.ruby_room import ALL_AT_ONCE_UP_TO

PARAGRAPHS = 5_000  # ~250,000 characters: more than is given its room at once


def _book() -> Reading:
    paragraph = (
        "第{n}段。银行的李明说："
        "“这是第{n}段的话，我们明天再谈。”他说完就走了，大家都没有再问。"
    )
    return quoted_book("一本很长的书", paragraph, PARAGRAPHS, "李明")


@pytest.fixture
def book_window(qtbot, tmp_path):
    window = open_book(qtbot, tmp_path / "settings.json", _book(), Variant.ORIGINAL)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert len(window.shown_view.text) > ALL_AT_ONCE_UP_TO
    yield window
    window.worker.cancel()


def _paragraph_at_top(window) -> int:
    text = window.shown_view.text
    return text.count("\n", 0, window.article_view.first_visible_offset())


def _all_blocks_have_room(window, wanted: bool) -> bool:
    room = window.reading_help.ruby.room
    return all(room.has_room(n) == wanted for n in range(window.article_view.document().blockCount()))


def _drawn(qtbot, window):
    """Paint once pypinyin (loading on a thread the first time) is there: the syllables on screen."""
    PYPINYIN.preload()
    qtbot.waitUntil(PYPINYIN.loaded, timeout=10_000)
    window.article_view.viewport().repaint()
    return window.reading_help.ruby.painted


def test_pinyin_on_a_book_starts_on_screen_and_keeps_the_readers_paragraph(qtbot, book_window):
    window, view = book_window, book_window.article_view
    help_, room = book_window.reading_help, book_window.reading_help.ruby.room
    window.select_speaker(ALL_SPEAKERS, reveal=False)
    view.scroll_to_top(window.shown_view.text.index("第3900段"))
    paragraph = _paragraph_at_top(window)
    plain_height = view.document().size().height()
    highlights = view.highlighted_ranges()
    text = view.toPlainText()

    help_.pinyin_action.trigger()
    # The screen has its room now; the far ends of the book are still waiting for theirs.
    first_on_screen = view.cursorForPosition(view.viewport().rect().topLeft()).block().blockNumber()
    assert room.has_room(first_on_screen) and room.busy
    assert not room.has_room(1) and not room.has_room(view.document().blockCount() - 1)
    assert _paragraph_at_top(window) == paragraph
    painted = _drawn(qtbot, window)
    shown = window.shown_view.text
    assert all(abs(ruby.offset - view.first_visible_offset()) < 5_000 for ruby in painted)  # only the screen
    bank = shown.index("银行", view.first_visible_offset())
    assert {ruby.offset: ruby.text for ruby in painted}[bank + 1] == "háng"  # read in context

    qtbot.waitUntil(lambda: not room.busy, timeout=20_000)
    assert _all_blocks_have_room(window, True)
    assert _paragraph_at_top(window) == paragraph
    assert view.toPlainText() == text and view.highlighted_ranges() == highlights
    with_room = view.document().size().height()
    window.redisplay()  # the same view built whole with room: the steps gave exactly that layout
    assert view.document().size().height() == pytest.approx(with_room, abs=1)
    assert with_room > plain_height * 1.1  # taller lines, and more of them

    help_.pinyin_action.trigger()
    assert not help_.ruby.shown and not help_.ruby.painted
    qtbot.waitUntil(lambda: not room.busy, timeout=20_000)
    assert _all_blocks_have_room(window, False)
    assert view.document().size().height() == pytest.approx(plain_height, abs=1)
    assert _paragraph_at_top(window) == paragraph
    assert view.highlighted_ranges() == highlights


def test_a_place_scrolled_to_before_its_turn_gets_room_first(qtbot, book_window):
    view, help_ = book_window.article_view, book_window.reading_help
    room = help_.ruby.room
    PYPINYIN.preload()
    qtbot.waitUntil(PYPINYIN.loaded, timeout=10_000)
    help_.pinyin_action.trigger()
    # Straight to the end of the book, long before the steps would get there going down.
    end = book_window.shown_view.text.index("第4990段")
    view.scroll_to_top(end)
    view.viewport().repaint()
    assert not help_.ruby.painted  # no syllables squeezed into lines that have no room yet
    QApplication.processEvents()  # one idle step: the screen is given its room first
    view.viewport().repaint()
    assert help_.ruby.painted and min(ruby.offset for ruby in help_.ruby.painted) >= end - 100
    assert room.busy and not room.has_room(view.document().blockCount() // 2)  # … before the rest
    assert abs(view.first_visible_offset() - end) < 100  # the reader's line, where it was


def test_pinyin_off_while_the_book_is_still_given_room(qtbot, book_window):
    view, help_ = book_window.article_view, book_window.reading_help
    room = help_.ruby.room
    plain_height = view.document().size().height()
    help_.pinyin_action.trigger()
    qtbot.wait(30)  # some steps, not all
    help_.pinyin_action.trigger()
    qtbot.waitUntil(lambda: not room.busy, timeout=20_000)
    assert _all_blocks_have_room(book_window, False)
    assert view.document().size().height() == pytest.approx(plain_height, abs=1)


def test_a_zoom_while_the_book_is_given_room_builds_it_whole_with_room(qtbot, book_window):
    help_ = book_window.reading_help
    room = help_.ruby.room
    help_.pinyin_action.trigger()
    assert room.busy
    book_window.zoom(1)  # a new document, laid out with room from the start
    assert not room.busy and _all_blocks_have_room(book_window, True)
    qtbot.wait(50)  # no step left over from the old document
    assert _all_blocks_have_room(book_window, True) and help_.ruby.shown
