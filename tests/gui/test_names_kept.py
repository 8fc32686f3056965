"""Names stay as written in the window: text, panel, tooltip and status bar, in all five scripts."""

from __future__ import annotations

import pytest

from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant
from tests.engine.test_proper_nouns import ARTICLE, NAMES


@pytest.fixture
def names_window(window, qtbot):
    window.show_reading(Reading.parse(ARTICLE))
    qtbot.waitUntil(lambda: window.is_idle() and bool(window.reading.analysis.speakers), timeout=30_000)
    return window


@pytest.mark.parametrize("variant", list(Variant))
def test_names_are_kept_in_text_panel_tooltip_and_status_bar(qtbot, names_window, variant):
    window = names_window
    window.script_bar.button(variant).click()
    qtbot.waitUntil(lambda: window.is_idle() and window._shown.variant is variant, timeout=30_000)
    text = window.article_view.toPlainText()
    for name in NAMES:
        assert text.count(name) == ARTICLE.count(name), name
    model = window.speaker_model
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    for name in ("于正", "范斌", "干文博"):
        assert name in shown
        window.select_speaker(name)
        assert name in window.speaker_label.text()
        quote = window.reading.analysis.quotes_of(name)[0]
        start, _ = window._shown.span(quote.start, quote.end)
        assert name in window.article_view.tooltip_at(start)
