"""The interface in English, 简体中文 and 繁體中文: every label in one language, switchable, remembered."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

from gui.app import build_window
from gui.engine.scripts.dictionaries import read_table
from gui.highlights import ALL_SPEAKERS
from gui.language import ENGLISH, SIMPLIFIED, TRADITIONAL, install_language, language_for_locale
from gui.settings import Settings
from gui.ui_text import count_legend, current_quote_status, quote_counts, quote_description, speaker_count

HAN = re.compile(r"[\u3400-\u9fff]")
# Proper names and keys that stay in Latin letters in a Chinese interface.
LATIN_ALLOWED = {
    "Ctrl", "Shift", "Esc", "OpenCC", "Apache", "License", "SIL", "Open", "Font", "Noto", "Sans", "CJK",
    "Qt", "for", "Python", "PySide", "LGPL", "txt", "md", "html", "htm", "epub",
    "PNG", "EPUB", "DRM", "MB", "kB", "CSV", "JSON", "Markdown", "PDF", "UTF", "Enter",
    "CC", "CEDICT", "MDBG", "cc", "cedict", "org", "pypinyin", "MIT",  # the dictionary's credit
}  # fmt: skip


@pytest.fixture
def english_afterwards():
    yield
    install_language(ENGLISH)


def _labels(window) -> list[str]:
    """Every word the interface shows of its own (not the article's): menus, actions, buttons,
    labels, accessible names, the panel's fixed row and legend, the status texts, About."""
    texts = [window.windowTitle().split(" — ")[-1], window.about_text()]
    data_menus = (window.language_menu, window.encoding_menu, window.recent_menu)  # endonyms, file names
    skipped = {action for menu in data_menus for action in menu.actions()}
    for menu in window.findChildren(QMenu):
        texts.append(menu.title())
        shown = [action for action in menu.actions() if action not in skipped]
        texts += [action.text() for action in shown] + [action.toolTip() for action in shown]
    texts += [a.text() for a in window.actions()] + [a.toolTip() for a in window.actions() if a.text()]
    for widget in window.findChildren(QWidget):
        texts.append(widget.accessibleName())
        if isinstance(widget, QAbstractButton):
            texts += [widget.text(), widget.toolTip()]
        if isinstance(widget, QLabel) and widget is not window.speaker_label:
            texts.append(widget.text())
    texts.append(window.speaker_panel.windowTitle())
    model = window.speaker_model
    texts.append(model.index(model.row_of(ALL_SPEAKERS), 0).data())
    texts += [count_legend(), quote_counts(2, 1), quote_counts(1, 0), speaker_count(5)]
    texts += [quote_description("", True), quote_description("", False), current_quote_status(1, 2, "")]
    window.select_speaker(None)
    texts.append(window.speaker_label.text())
    return [t for t in texts if t]


def _foreign(text: str, language: str) -> list[str]:
    if language == ENGLISH:
        return HAN.findall(text)
    latin = [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in LATIN_ALLOWED]
    table = read_table("TSCharacters.txt" if language == SIMPLIFIED else "STCharacters.txt")
    other_script = [c for c in text if c in table and c not in table[c]]
    return latin + other_script


@pytest.mark.parametrize("language", [ENGLISH, SIMPLIFIED, TRADITIONAL])
def test_every_label_is_in_one_language(qtbot, window, language, english_afterwards):
    window.reading_tools.find.open()  # the find bar is made on first use: show it to check it too
    window.set_language(language)
    qtbot.waitUntil(lambda: (window.file_menu.title() == "&File") == (language == ENGLISH))
    found = {text: _foreign(text, language) for text in _labels(window)}
    assert {text: bad for text, bad in found.items() if bad} == {}


def test_counts_are_spelled_out(qtbot, window, english_afterwards):
    assert quote_counts(2, 1) == "2 quotations, 1 indirect statement"
    assert speaker_count(1) == "1 speaker in this article"
    window.set_language(TRADITIONAL)
    assert quote_counts(2, 1) == "2 句直接引語，1 處轉述"
    window.set_language(SIMPLIFIED)
    assert quote_counts(2, 1) == "2 句直接引语，1 处转述"


def test_the_choice_is_remembered(qtbot, settings_path, window, english_afterwards):
    window.set_language(TRADITIONAL)
    window.close()
    again = build_window(Settings.open(settings_path))
    qtbot.addWidget(again)
    assert again.file_menu.title() == "檔案(&F)"
    assert again.language_actions[TRADITIONAL].isChecked()


def test_qt_standard_dialog_words_are_translated_too(qtbot, window, english_afterwards):
    from PySide6.QtWidgets import QDialogButtonBox

    window.set_language(SIMPLIFIED)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


@pytest.mark.parametrize(
    ("locale", "language"),
    [("zh_CN", SIMPLIFIED), ("zh_SG", SIMPLIFIED), ("zh_TW", TRADITIONAL), ("zh_HK", TRADITIONAL),
     ("zh_MO", TRADITIONAL), ("en_GB", ENGLISH), ("fr_FR", ENGLISH)],
)  # fmt: skip
def test_the_system_locale_picks_the_language(locale, language):
    assert language_for_locale(QLocale(locale)) == language


@pytest.mark.parametrize("language", [SIMPLIFIED, TRADITIONAL])
def test_messages_in_the_window_are_in_one_language(qtbot, window, tmp_path, language, english_afterwards):
    """What the message bar says about files, settings, loading and the engine: translated too."""
    from gui import document_opener
    from gui.messages import translated
    from gui.reading_worker import ENGINE_DIED_TWICE
    from gui.settings import Settings
    from tests.gui.test_loading_in_background import _slow_loader

    window.set_language(language)
    folder, picture, empty = tmp_path / "資料", tmp_path / "圖片.txt", tmp_path / "空白.txt"
    folder.mkdir()
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    empty.write_bytes(b"")
    messages = []
    for path in (tmp_path / "不存在.txt", folder, picture, empty):
        if window.open_file(str(path)) is None:
            qtbot.waitUntil(lambda: not window.opener.loading, timeout=30_000)
        messages.append(window.message_bar.text())
    broken = tmp_path / "設定.json"
    broken.write_bytes(b"\xff\xfe garbage")
    messages.append(translated(Settings.open(broken).problem))
    window._on_failed(window._job, ENGINE_DIED_TWICE)
    messages.append(window.message_bar.text())
    slow = tmp_path / "慢.txt"
    slow.write_text("標題\n王大明說：“我們明天就出發。”", encoding="utf-8")
    original = document_opener.load_document
    document_opener.load_document = _slow_loader(2.0)
    try:
        assert window.open_file(str(slow)) is None
        messages += [window.message_bar.text(), window.message_bar.action_button.text()]
        window.message_bar.action_button.click()
    finally:
        document_opener.load_document = original
    assert all(HAN.search(message) for message in messages), messages
    unquoted = {message: re.sub("[“「][^”」]*[”」]", "", message) for message in messages}  # file names
    found = {message: _foreign(text, language) for message, text in unquoted.items()}
    assert {message: bad for message, bad in found.items() if bad} == {}
