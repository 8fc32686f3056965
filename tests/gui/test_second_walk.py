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
    assert action.text() == jyutping
