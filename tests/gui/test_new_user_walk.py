"""Rough edges found walking the window as a new user: keyboard reading, the reader's place
when the layout changes, the PDF export's failure, menus that do nothing."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.language import LANGUAGES


def _place(window) -> int:
    """The reader's place: the source offset of the first character on screen."""
    return window.shown_view.offsets.to_source(window.article_view.first_visible_offset())


def test_arrow_keys_scroll_the_article(qtbot, window):
    view = window.article_view
    bar = view.verticalScrollBar()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert bar.value() > 0  # the first press moves the text, not an invisible caret
    bar.setValue(bar.maximum() // 2)  # scrolled with the mouse: the keys go on from here
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert bar.value() > bar.maximum() // 2
    middle = bar.value()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert bar.value() < middle
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert bar.value() > middle
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0  # the very top, title and margin included
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()


def test_keyboard_selection_and_copy_still_work(qtbot, window):
    view = window.article_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().hasSelection()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().startswith(window.shown_view.text[:10])


def test_pinyin_on_a_short_article_keeps_the_readers_place(qtbot, window):
    window.resize(800, 500)
    bar = window.article_view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = _place(window)
    line = len(window.shown_view.text) // 40  # a line or two of slack
    window.reading_help.pinyin_action.trigger()
    qtbot.waitUntil(lambda: window.reading_help.ruby.shown)
    assert abs(_place(window) - place) <= line
    window.reading_help.pinyin_action.trigger()
    assert abs(_place(window) - place) <= line


def test_resizing_the_window_keeps_the_readers_place(qtbot, window):
    window.resize(800, 500)
    bar = window.article_view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = _place(window)
    line = len(window.shown_view.text) // 40
    window.resize(1000, 500)  # still narrower than the reading column: the text wraps anew
    qtbot.waitUntil(lambda: window.article_view.viewport().width() > 600)
    assert abs(_place(window) - place) <= line
    window.speaker_panel.toggleViewAction().trigger()  # the panel closed: the article widens
    assert abs(_place(window) - place) <= line


def test_a_pdf_that_cannot_be_written_is_said_in_the_window(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "no such folder" / "article.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.reading_tools.pdf_action.trigger()  # used to raise FileNotFoundError out of the slot
    assert str(target) in window.message_bar.text()
    assert not target.exists()
    window.set_language("zh_CN")
    try:
        window.reading_tools.pdf_action.trigger()
        assert "没有那个文件或文件夹" in window.message_bar.text()  # not the system's English words
    finally:
        window.set_language("en")
    good = tmp_path / "article.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(good), ""))
    window.reading_tools.pdf_action.trigger()
    assert good.read_bytes().startswith(b"%PDF")


def test_reopen_with_encoding_is_off_until_a_file_is_open(qtbot, window, tmp_path):
    menu = window.encoding_menu
    assert not menu.isEnabled()  # the bundled article has no file to read again: not an empty menu
    path = tmp_path / "article.txt"
    path.write_bytes(window.reading.text.encode("gb18030"))
    assert window.open_file(str(path)) is True
    assert menu.isEnabled() and menu.actions()


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_mnemonics_are_distinct(window, language):
    """Alt+F, P used to cycle between Paste as Article and Print instead of choosing one."""
    window.set_language(language)
    for menu in (window.file_menu, window.reading_tools.edit_menu, window.view_menu, window.quote_menu):
        keys = []
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if "&" in text:
                keys.append(text[text.index("&") + 1].lower())
        assert len(keys) == len(set(keys)), (menu.title(), keys)


def test_space_on_the_speaker_list_selects_again_after_esc(qtbot, window):
    panel = window.speaker_panel
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    chosen = window.selection
    assert chosen and chosen != "*"
    qtbot.keyClick(panel.list, Qt.Key.Key_Escape)
    assert window.selection is None
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)  # did nothing: the list had lost its place
    assert window.selection == chosen


def test_copy_shortcut_works_after_the_edit_menu_was_opened_with_nothing_selected(qtbot, window):
    window.reading_tools.edit_menu.aboutToShow.emit()  # nothing selected: the copy entries are off
    QApplication.clipboard().setText("")
    window.select_speaker("馮芳喜")
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.article_view, Qt.Key.Key_C, ctrl_shift)
    assert "馮芳喜" in QApplication.clipboard().text()  # the shortcut stayed off until the menu opened again
    assert "馮芳喜" in window.reading_tools.copy_speaker_action.text()


def test_a_dropped_web_link_keeps_the_article(qtbot, window):
    mime = QMimeData()
    mime.setUrls([QUrl("https://news.example.com/2024/article.html")])
    mime.setText("https://news.example.com/2024/article.html")
    text = window.article_view.toPlainText()
    no_keys = Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, no_keys)
    window.dropEvent(drop)
    assert window.article_view.toPlainText() == text  # was replaced by the link, read as an article
    assert "news.example.com" in window.message_bar.text()
    window.set_language("zh_TW")
    try:
        window.dropEvent(drop)
        assert "網頁" in window.message_bar.text()
    finally:
        window.set_language("en")


def test_a_dropped_link_as_long_as_an_image_keeps_the_window_its_width(qtbot, window):
    # A browser's image may come as a data: address of its every byte: shown whole, it made the
    # message one unbreakable line and the window millions of pixels wide.
    window.resize(1000, 700)
    mime = QMimeData()
    mime.setUrls([QUrl("data:image/png;base64," + "QUJD" * 2_000)])
    no_keys = Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, no_keys)
    window.dropEvent(drop)
    qtbot.wait(20)
    assert "data:image/png" in window.message_bar.text() and len(window.message_bar.text()) < 300
    assert window.width() == 1000 and window.minimumSizeHint().width() < 1000


def test_a_markdown_export_from_a_chinese_interface_has_no_english(qtbot, window, tmp_path):
    window.set_language("zh_CN")
    try:
        path = tmp_path / "article.md"
        assert window.reading_tools.export_to(str(path), "md")
        text = path.read_text(encoding="utf-8")
    finally:
        window.set_language("en")
    assert "*(转述)*" in text  # was *(reported)*
    assert not re.search(r"[A-Za-z]{3,}", text)
    assert window.reading_tools.export_to(str(path), "md")
    assert "*(reported)*" in path.read_text(encoding="utf-8")  # English again in an English interface


def test_recent_files_of_the_same_name_say_their_folder(qtbot, window, tmp_path):
    for folder in ("2023", "2024"):
        (tmp_path / folder).mkdir()
        path = tmp_path / folder / "news.txt"
        path.write_text(window.reading.text, encoding="utf-8")
        assert window.open_file(str(path)) is True
    window.recent_menu.aboutToShow.emit()
    labels = [action.text() for action in window.recent_menu.actions()]
    assert len(set(labels)) == len(labels)  # were "news.txt" twice
    assert any("2023" in label for label in labels) and any("2024" in label for label in labels)
