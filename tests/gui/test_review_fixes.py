"""Behaviour found wanting in review: long texts switched mid-job, documents kept alive, places
carried between articles, shortcuts with the toolbar hidden, menus that disable themselves."""

from __future__ import annotations

import gc

from loader_samples import corpus_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant
from gui.highlights import ALL_SPEAKERS
from gui.main_window import SMALL_TEXT
from gui.settings import Settings


def _long_text() -> str:
    """Over SMALL_TEXT, so views come only from the engine process; 软件 tests the Taiwan swap."""
    parts = [corpus_text(name) for name in ("cn-fan-bin-apology", "cn-li-sinjie-horror", "cn-roy-comeback")]
    text = "这个软件很好用。\n" + "\n".join(parts)
    return "\n".join([text] * (SMALL_TEXT // len(text) + 2))


def test_switching_script_mid_job_on_a_long_text_keeps_the_analysis(qtbot, window):
    window.show_reading(Reading.parse(_long_text()))
    window.set_variant(Variant.HANS)  # before the analysis has arrived
    qtbot.waitUntil(window.is_idle, timeout=60_000)
    assert window._shown.variant is Variant.HANS
    assert len(window.reading.analysis.speakers) >= 3
    assert window.speaker_model.rowCount() == len(window.reading.analysis.speakers) + 1


def test_taiwan_vocabulary_switched_on_mid_job_is_used(qtbot, window):
    window.show_reading(Reading.parse(_long_text()))
    window.taiwan_phrases_action.setChecked(True)
    window.set_variant(Variant.TW)
    qtbot.waitUntil(window.is_idle, timeout=60_000)
    shown = window.article_view.toPlainText()
    assert "軟體" in shown and "軟件" not in shown
    window.taiwan_phrases_action.setChecked(False)
    qtbot.waitUntil(window.is_idle, timeout=60_000)
    assert "軟件" in window.article_view.toPlainText()


def test_old_documents_are_freed(qtbot, window):
    for variant in [Variant.HANS, Variant.HANT, Variant.TW, Variant.HK, Variant.ORIGINAL] * 3:
        window.set_variant(variant)
    qtbot.wait(50)  # deleteLater runs in the event loop
    gc.collect()
    documents = window.article_view.findChildren(QTextDocument)
    assert len(documents) <= 2  # the shown one, and at most Qt's own first one


def test_a_new_article_opens_at_its_top(qtbot, window):
    window.resize(700, 400)
    view = window.article_view
    view.scroll_to_top(window.reading.text.index("南陽市政協組織"))
    assert view.verticalScrollBar().value() > 0
    window.show_reading(Reading.parse(corpus_text("cn-roy-comeback")))
    assert view.verticalScrollBar().value() == 0


def test_chapter_list_is_wired(qtbot, window, tmp_path):
    from loader_samples import build_epub

    book = tmp_path / "book.epub"
    book.write_bytes(build_epub([
        ("one.xhtml", "第一章", "<p>“我們今天就出發。”他說。</p>"),
        ("two.xhtml", "第二章", "<p>她回答：“好的，明天見。”</p>"),
    ]))
    assert window.open_file(str(book))
    window.chapter_box.activated.emit(1)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert "明天見" in window.article_view.toPlainText()


def test_script_shortcuts_work_with_the_toolbar_hidden(qtbot, window):
    window.toolbar.hide()
    qtbot.keyClick(window.article_view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.variant is Variant.HANT
    qtbot.keyClick(window.article_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.variant is Variant.HANS
    assert "简体" not in window.article_view.toPlainText() or window._shown.variant is Variant.HANS


def test_recent_menu_recovers_after_being_empty(qtbot, window, tmp_path):
    window.recent_menu.aboutToShow.emit()
    assert [a.isEnabled() for a in window.recent_menu.actions()] == [False]  # "(no recent files)"
    path = tmp_path / "a.txt"
    path.write_text("他說：“好。”", encoding="utf-8")
    assert window.open_file(str(path))
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()] == ["a.txt"]


def test_keyboard_selects_a_speaker_once(qtbot, window):
    panel = window.speaker_panel
    panel.list.setFocus()
    panel.list.setCurrentIndex(window.speaker_model.index(window.speaker_model.row_of("孔昌生"), 0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.selection == "孔昌生"
    qtbot.keyClick(panel.list, Qt.Key.Key_Space)
    assert window.selection is None


def test_all_speakers_says_whose_quotation_is_current(qtbot, window):
    window.select_speaker(ALL_SPEAKERS)
    assert "黃庚倜" in window.speaker_label.text()
    window.step_quote(1)
    window.step_quote(1)
    assert "徐慧前" in window.speaker_label.text()


def test_an_absurd_font_size_resets_settings_and_keeps_a_copy(settings_path):
    settings_path.write_text('{"font_size": NaN, "variant": "tw"}', encoding="utf-8")
    settings = Settings.open(settings_path)
    assert settings.recovered and settings.font_size == 14.0 and settings.variant is Variant.ORIGINAL
    broken = settings_path.with_name(settings_path.name + ".broken")
    assert '"font_size": NaN' in broken.read_text(encoding="utf-8")
