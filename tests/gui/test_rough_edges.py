"""The rough edges a new user hit: the panel and the keyboard, the status bar and title following
the script, zoom, the caret, corner quotation marks, help, accessibility and small windows."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication

from gui.engine.scripts.script_variants import Variant
from gui.highlights import ALL_SPEAKERS
from gui.settings import DEFAULT_FONT_SIZE, Settings


def test_arrow_keys_in_the_panel_move_the_highlights(qtbot, window):
    panel = window.speaker_panel
    panel.list.setFocus()
    window.select_speaker("黃庚倜")
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert window.selection == "徐慧前"
    assert window.speaker_model.key_at(panel.list.currentIndex().row()) == "徐慧前"
    expected = {q.start for q in window.reading.analysis.quotes_of("徐慧前")}
    shown = window.article_view.highlighted_ranges()
    assert {window._shown.offsets.to_source(start) for start, _, _ in shown} == expected
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    qtbot.keyClick(panel.list, Qt.Key.Key_Up)
    assert window.selection == ALL_SPEAKERS


def test_the_status_bar_and_title_follow_the_script(qtbot, window):
    window.select_speaker("馮芳喜")
    window.script_bar.button(Variant.HANS).click()
    qtbot.waitUntil(lambda: window._shown.variant is Variant.HANS)
    assert "冯芳喜" in window.speaker_label.text() and "馮" not in window.speaker_label.text()
    assert window.windowTitle().startswith("如何强化党建引领")
    window.script_bar.button(Variant.HANT).click()
    assert "馮芳喜" in window.speaker_label.text()
    assert window.windowTitle().startswith("如何強化黨建引領")


def test_ctrl_wheel_zooms_the_reading_font_and_it_stays(qtbot, window, settings_path):
    view = window.article_view
    before = view.document().defaultFont().pointSizeF()
    event = QWheelEvent(
        QPointF(50, 50), QPointF(view.mapToGlobal(QPoint(50, 50))), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)
    assert view.document().defaultFont().pointSizeF() == before + 1
    window.script_bar.button(Variant.TW).click()  # a script switch keeps the size
    assert view.document().defaultFont().pointSizeF() == before + 1
    assert Settings.open(settings_path).font_size == before + 1 or window.settings.font_size == before + 1


def test_ctrl_equals_and_ctrl_0(qtbot, window):
    assert QKeySequence("Ctrl+=") in window.zoom_in_action.shortcuts()
    window.zoom_in_action.trigger()
    assert window.settings.font_size == DEFAULT_FONT_SIZE + 1
    assert window.zoom_reset_action.shortcut() == QKeySequence("Ctrl+0")
    window.zoom_reset_action.trigger()
    assert window.settings.font_size == DEFAULT_FONT_SIZE


def test_no_caret_blinks_in_the_article(window):
    assert window.article_view.cursorWidth() == 0


def test_corner_quotation_marks_in_taiwan_and_hong_kong_only(qtbot, window):
    for variant in (Variant.TW, Variant.HK):
        window.script_bar.button(variant).click()
        qtbot.waitUntil(lambda v=variant: window._shown.variant is v)
        text = window.article_view.toPlainText()
        assert "「" in text and "“" not in text and "『" in text
    window.corner_quotes_action.trigger()  # off
    assert "“" in window.article_view.toPlainText()
    window.corner_quotes_action.trigger()
    window.script_bar.button(Variant.HANS).click()
    assert "「" not in window.article_view.toPlainText()


def test_quotations_stay_exact_with_corner_marks(qtbot, window):
    window.script_bar.button(Variant.TW).click()
    qtbot.waitUntil(lambda: window._shown.variant is Variant.TW)
    window.select_speaker(ALL_SPEAKERS)
    text = window.article_view.toPlainText()
    for start, end, _ in window.article_view.highlighted_ranges():
        quote = window.reading.quote_at(window._shown.offsets.to_source(start))
        if quote.kind == "direct":
            assert text[start - 1] == "「" and text[end] == "」"


def test_the_panel_leaves_a_small_window_to_the_article(qtbot, window):
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.speaker_panel.width() <= 640 // 3)
    assert window.article_view.width() >= 640 // 2


def test_the_panel_explains_its_numbers(window):
    legend = window.speaker_panel.legend
    assert legend.isVisibleTo(window) and "indirect" in legend.text()


def test_help_menu_has_shortcuts_and_about(qtbot, window):
    assert window.shortcuts_action in window.help_menu.actions()
    assert window.about_action in window.help_menu.actions()
    about = window.about_text()
    assert "OpenCC" in about and "Apache" in about and "Open Font License" in about
    assert "CC-CEDICT" in about and "ShareAlike 4.0" in about  # the dictionary popup's data
    window.show_shortcuts()
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "shortcutsDialog"]
    assert boxes and "F3" in boxes[0].text() and "Ctrl+0" in boxes[0].text()
    boxes[0].close()


def test_the_current_quotation_is_announced(qtbot, window, monkeypatch):
    events = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(lambda e: events.append(e.type())))
    window.select_speaker("徐慧前")
    description = window.article_view.accessibleDescription()
    assert "徐慧前" in description and "1" in description and "2" in description
    assert QAccessible.Event.DescriptionChanged in events
    window.step_quote(1)
    assert window.article_view.accessibleDescription() != description
    window.select_speaker(None)
    assert window.article_view.accessibleDescription() == ""
