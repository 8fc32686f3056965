"""Rough edges of a second new-user walk: the pinyin entry named for what the view shows, copied
and exported quotations with the view's own marks, the top line's pinyin kept on screen after a
switch, and the dictionary opened from the keyboard."""

from __future__ import annotations

import pytest

from gui.engine.jyutping import TOJYUTPING
from gui.engine.scripts.script_variants import Variant
from gui.language import ENGLISH, SIMPLIFIED, TRADITIONAL, install_language


@pytest.fixture
def english_afterwards():
    yield
    install_language(ENGLISH)


def _switch(qtbot, window, variant):
    window.script_bar.button(variant).click()
    qtbot.waitUntil(lambda: window.is_idle() and window.shown_view.variant is variant)


@pytest.mark.skipif(not TOJYUTPING.installed(), reason="the 香港 view shows pinyin without ToJyutping")
@pytest.mark.parametrize(
    ("language", "pinyin", "jyutping"),
    [(ENGLISH, "Show &Pinyin", "Show &Jyutping"), (SIMPLIFIED, "显示拼音(&P)", "显示粤拼(&J)"),
     (TRADITIONAL, "顯示拼音(&P)", "顯示粵拼(&J)")],
)  # fmt: skip
def test_the_pinyin_entry_is_named_for_what_the_view_shows(
    qtbot, window, language, pinyin, jyutping, english_afterwards
):
    window.set_language(language)
    action = window.reading_help.pinyin_action
    assert action in window.view_menu.actions()
    _switch(qtbot, window, Variant.HK)
    assert action.text() == jyutping
    _switch(qtbot, window, Variant.TW)
    assert action.text() == pinyin
    _switch(qtbot, window, Variant.HK)
    window.set_language(ENGLISH if language != ENGLISH else SIMPLIFIED)
    window.set_language(language)  # a language change names it for the view too
    qtbot.waitUntil(lambda: action.text() == jyutping)


@pytest.mark.parametrize(
    ("variant", "opening", "closing"),
    [(Variant.TW, "「", "」"), (Variant.HK, "「", "」"), (Variant.HANT, "“", "”"), (Variant.HANS, "“", "”")],
)
def test_markdown_export_quotes_with_the_marks_the_view_shows(
    qtbot, window, tmp_path, variant, opening, closing
):
    from PySide6.QtGui import QTextDocument

    _switch(qtbot, window, variant)
    view_text = window.article_view.toPlainText()
    assert opening in view_text and closing in view_text  # what the reader sees
    path = tmp_path / "out.md"
    assert window.reading_tools.export_to(str(path), "md")
    rendered = QTextDocument()
    rendered.setMarkdown(path.read_text(encoding="utf-8"))
    items = [line for line in rendered.toPlainText().splitlines() if line.startswith(opening)]
    direct = [q for q in window.reading.analysis.quotes if q.kind == "direct"]
    assert len(items) == len(direct) > 0
    other = {"「": "“", "“": "「"}[opening]
    assert all(item.endswith(closing) and other not in item for item in items)
    nested = next(item for item in items if ("『" if opening == "「" else "‘") in item)
    assert nested in view_text  # inner marks too, exactly as on screen


def test_markdown_export_keeps_curly_marks_when_corner_marks_are_off(qtbot, window, tmp_path):
    window.corner_quotes_action.trigger()  # off
    _switch(qtbot, window, Variant.TW)
    path = tmp_path / "out.md"
    assert window.reading_tools.export_to(str(path), "md")
    text = path.read_text(encoding="utf-8")
    assert "「" not in text and "- “" in text


def test_copied_quotations_use_the_views_marks_where_the_text_puts_none():
    from gui.engine.export import Attribution, attributed_quotation, speaker_quotations

    # A quotation the analysis found without marks right round it: the text's usual marks.
    taiwan = "王大明說：「好。」又說，走吧。「再見。」"
    start = taiwan.index("走吧")
    who = Attribution("王大明")
    assert attributed_quotation(taiwan, start, start + 2, True, who) == "「走吧」 ——王大明"
    mainland = taiwan.replace("「", "“").replace("」", "”")
    assert attributed_quotation(mainland, start, start + 2, True, who) == "“走吧” ——王大明"
    spans = [(taiwan.index("好"), taiwan.index("好") + 2, True), (start, start + 2, True)]
    assert speaker_quotations(taiwan, spans, who) == "「好。」\n「走吧」\n——王大明"


def test_the_dictionary_opens_from_the_keyboard_at_the_caret_then_steps_on(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QTextCursor

    window.set_variant(Variant.HANS)
    help_ = window.reading_help
    action = help_.look_up_action
    assert action in window.view_menu.actions() and action.shortcut() == QKeySequence("Ctrl+D")
    help_.dictionary.get(60)
    view = window.article_view
    shown = window.shown_view.text
    offset = shown.index("政协", 200)
    view.reveal(offset, offset + 2)
    caret = QTextCursor(view.document())
    caret.setPosition(view.positions.to_qt(offset - 1))  # just before: the caret sits on a non-word
    if shown[offset - 1] != "，":  # the lookup starts at the caret's own word when it is one
        caret.setPosition(view.positions.to_qt(offset))
    view.setTextCursor(caret)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    popup = help_.popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.lookup.start == offset and popup.lookup.word == "政协"
    assert popup.plain_text().startswith("政协 政協")
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # again: the next word
    assert popup.isVisible() and popup.lookup.start == offset + 2
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    # A selection: its first word.
    start = shown.index("平顶山")
    caret.setPosition(view.positions.to_qt(start))
    caret.setPosition(view.positions.to_qt(start + 3), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(caret)
    help_.look_up_action.trigger()
    assert popup.isVisible() and popup.lookup.start == start


def test_the_keyboard_lookup_is_translated(qtbot, window, english_afterwards):
    action = window.reading_help.look_up_action
    window.set_language(SIMPLIFIED)  # Qt posts the LanguageChange
    qtbot.waitUntil(lambda: action.text() == "查询光标处的词语(&W)")
    assert "光标" in action.toolTip()
    window.set_language(TRADITIONAL)
    qtbot.waitUntil(lambda: action.text() == "查詢游標處的詞語(&W)")
