"""A book stays as quick as an article: highlights only near the screen, the reader's place kept,
and a panel that says when it is still finding speakers."""

from __future__ import annotations

import pytest
import shiboken6
from book_samples import open_book, quoted_book

from gui.app import build_window
from gui.bundled import bundled_article_text
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant
from gui.highlights import ALL_SPEAKERS
from gui.settings import Settings

PARAGRAPHS = 16_000  # ~700,000 characters: Qt lays a text this long out in steps


def _book() -> Reading:
    paragraph = (
        "第{n}段。李明說："
        "“這是第{n}段的話，我們明天再談。”他說完就走了，大家都沒有再問。"
    )
    return quoted_book("一本很長的書", paragraph, PARAGRAPHS, "李明")


@pytest.fixture
def book_window(qtbot, tmp_path):
    window = open_book(qtbot, tmp_path / "settings.json", _book())
    yield window
    window.worker.cancel()


def test_a_book_draws_only_the_highlights_near_the_screen(qtbot, book_window):
    view = book_window.article_view
    book_window.select_speaker(ALL_SPEAKERS, reveal=False)
    assert len(view.highlighted_ranges()) == PARAGRAPHS  # every one is known …
    drawn = view.extraSelections()
    assert 0 < len(drawn) < 200  # … but only those on and near the screen are made
    view.scroll_to_top(int(len(book_window._shown.text) * 0.9))
    qtbot.wait(50)
    first = view.first_visible_offset()
    drawn = view.extraSelections()  # made again for the new place as the reader scrolled
    assert drawn and all(abs(s.cursor.selectionStart() - first) < 20_000 for s in drawn)


@pytest.mark.parametrize("steps", [2, -2])
def test_zoom_keeps_the_readers_paragraph_deep_in_a_book(qtbot, book_window, steps):
    view = book_window.article_view
    text = book_window._shown.text
    view.scroll_to_top(text.index("第14400段"))
    place = view.first_visible_offset()
    paragraph = text.rfind("\n", 0, place + 1)
    book_window.zoom(steps)
    view.viewport().repaint()
    assert text.rfind("\n", 0, view.first_visible_offset() + 1) == paragraph
    qtbot.wait(300)  # Qt goes on laying the book out in steps: the place must survive them
    assert text.rfind("\n", 0, view.first_visible_offset() + 1) == paragraph


def test_the_panel_says_it_is_finding_speakers_and_the_buttons_wait(qtbot, tmp_path):
    window = build_window(Settings.open(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    panel = window.speaker_panel
    assert not panel.next_button.isEnabled() and not window.next_action.isEnabled()
    window.show_reading(Reading.parse(bundled_article_text()))
    window.show()
    assert panel.status.isVisibleTo(panel) and panel.status.text() == "Finding speakers…"
    assert not panel.previous_button.isEnabled() and not panel.next_button.isEnabled()
    assert not window.next_action.isEnabled() and not window.previous_action.isEnabled()
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert not panel.status.isVisibleTo(panel)
    assert window.speaker_model.rowCount() > 1
    assert panel.previous_button.isEnabled() and panel.next_button.isEnabled()
    assert window.next_action.isEnabled()


def test_a_text_without_speakers_says_so(qtbot, tmp_path):
    window = build_window(Settings.open(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.show_reading(Reading.parse("天氣\n今天天氣很好，我們去公園散步。"))
    window.show()
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.speaker_panel.status.text() == "No speakers in this text."
    assert not window.speaker_panel.next_button.isEnabled()


@pytest.mark.parametrize("change", ["zoom", "switch"])
def test_the_books_old_layout_is_freed_before_the_new_one_is_made(qtbot, book_window, change):
    """Never two laid-out books in memory: the old document is gone as soon as the call returns,
    not when the event loop next runs, and the new one shows the reader's paragraph."""
    view = book_window.article_view
    text = book_window._shown.text
    view.scroll_to_top(text.index("第12000段"))
    old = view.document()
    if change == "zoom":
        book_window.zoom(1)
    else:
        qtbot.waitUntil(book_window.is_idle, timeout=60_000)
        book_window.set_variant(Variant.HANS, remember=False)
    assert not shiboken6.isValid(old)
    shown = book_window._shown.text
    assert shown[shown.rfind("\n", 0, view.first_visible_offset() + 1) + 1 :].startswith("第12000段")
