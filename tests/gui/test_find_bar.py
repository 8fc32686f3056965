"""Find in the article (Ctrl+F) in any script: 协 finds 協, 台 finds 臺, 里 finds 裏 and 裡."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant
from gui.highlights import ALL_SPEAKERS
from gui.widgets.find_bar import ALL_QUOTATIONS


def _open_find(qtbot, window, query):
    qtbot.keyClick(window.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reading_tools.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    bar.field.clear()
    bar.field.insert(query)  # typed (QTest cannot type Han characters)
    return bar


def _matches(window):
    text = window.article_view.toPlainText()
    return [text[m.start : m.end] for m in window.reading_tools.find.matches]


def _switch(qtbot, window, variant):
    window.script_bar.button(variant).click()
    qtbot.waitUntil(lambda: window.is_idle() and window.shown_view.variant is variant)


@pytest.mark.parametrize("variant", list(Variant))
@pytest.mark.parametrize("query", ["协", "協"])
def test_either_script_finds_every_xie_in_every_view(qtbot, window, variant, query):
    _switch(qtbot, window, variant)
    bar = _open_find(qtbot, window, query)
    expected = window.reading.text.count("協")
    found = _matches(window)
    assert len(found) == expected == 38
    assert set(found) == {"协" if variant is Variant.HANS else "協"}
    assert bar.count_label.text() == f"1 / {expected}"
    # All matches drawn in their own layer; the current one is marked apart.
    drawn = window.article_view.highlighted_ranges("find")
    assert len(drawn) == expected + 1


def test_tai_finds_tai_and_li_finds_both_traditional_forms(qtbot, window):
    bar = _open_find(qtbot, window, "台")
    assert _matches(window) == ["臺", "臺"]
    window.show_reading(Reading.parse("村裏的路\n\n這裏和那裡，離村里一公里。他說：“裏面很好。”\n"))
    qtbot.waitUntil(window.is_idle)
    bar.field.setText("里")
    assert _matches(window) == ["裏", "裏", "裡", "里", "里", "裏"]
    _switch(qtbot, window, Variant.HANS)
    assert _matches(window) == ["里"] * 6


def test_enter_and_ctrl_g_step_escape_closes(qtbot, window):
    bar = _open_find(qtbot, window, "政協")
    total = len(window.reading_tools.find.matches)
    assert bar.count_label.text() == f"1 / {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"2 / {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"{total} / {total}"  # wraps round
    qtbot.keyClick(window.article_view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert bar.count_label.text() == f"1 / {total}"
    qtbot.keyClick(
        window.article_view,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert bar.count_label.text() == f"{total} / {total}"
    # F3 still steps the quotations, not the matches.
    qtbot.keyClick(window.article_view, Qt.Key.Key_F3)
    assert window.selection == ALL_SPEAKERS and bar.count_label.text() == f"{total} / {total}"
    bar.field.setFocus()
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert bar.isHidden()
    assert window.article_view.highlighted_ranges("find") == []
    assert window.selection == ALL_SPEAKERS  # Esc in the bar closes it, and clears nothing else


def test_find_highlights_leave_quotation_highlights_alone(qtbot, window):
    window.select_speaker("馮芳喜")
    before = window.article_view.highlighted_ranges()
    _open_find(qtbot, window, "黨建")
    assert window.article_view.highlighted_ranges() == before
    assert (
        len(window.article_view.extraSelections()) == len(before) + len(window.reading_tools.find.matches) + 1
    )


def test_only_inside_quotations_or_one_speakers(qtbot, window):
    bar = _open_find(qtbot, window, "黨建")
    everywhere = len(window.reading_tools.find.matches)
    bar.set_scope(ALL_QUOTATIONS)
    quoted = window.reading_tools.find.matches
    spans = [window.shown_view.span(q.start, q.end) for q in window.reading.analysis.quotes]
    assert 0 < len(quoted) < everywhere
    assert all(any(s <= m.start and m.end <= e for s, e in spans) for m in quoted)
    bar.set_scope("馮芳喜")
    own = [window.shown_view.span(q.start, q.end) for q in window.reading.analysis.quotes_of("馮芳喜")]
    found = window.reading_tools.find.matches
    assert 0 < len(found) < len(quoted)
    assert all(any(s <= m.start and m.end <= e for s, e in own) for m in found)
    assert bar.scope_box.currentText() == "Said by 馮芳喜"
    _switch(qtbot, window, Variant.HANS)
    assert bar.scope_box.currentText() == "Said by 冯芳喜"  # names follow the script, the scope stays
    assert len(window.reading_tools.find.matches) == len(found)


def test_current_match_survives_a_script_switch(qtbot, window):
    bar = _open_find(qtbot, window, "主席")
    for _ in range(3):
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    find = window.reading_tools.find
    before = window.shown_view.offsets.to_source(find.matches[find.current].start)
    _switch(qtbot, window, Variant.HANS)
    after = window.shown_view.offsets.to_source(find.matches[find.current].start)
    assert after == before and bar.count_label.text().startswith("4 / ")


def test_no_matches_is_said(qtbot, window):
    bar = _open_find(qtbot, window, "恐龍")
    assert bar.count_label.text() == "No matches"
    assert not bar.next_button.isEnabled()


def test_a_common_character_in_a_long_text_counts_all_and_draws_those_around(qtbot, window):
    from gui.find_controller import MAX_DRAWN_MATCHES

    window.show_reading(Reading.parse("標題\n\n" + "他說的話。\n" * 2_000))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    bar = _open_find(qtbot, window, "的")
    assert bar.count_label.text() == "1 / 2000"
    assert len(window.article_view.highlighted_ranges("find")) == MAX_DRAWN_MATCHES + 1
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "2000 / 2000"
    last = window.reading_tools.find.matches[-1]
    assert (last.start, last.end) in [(s, e) for s, e, _ in window.article_view.highlighted_ranges("find")]
