"""What a new user sees at launch: the whole line of text, in every script and common window size."""

from __future__ import annotations

import pytest

from gui.app import build_window, open_first_article
from gui.engine.scripts.script_variants import Variant
from gui.settings import Settings


@pytest.mark.parametrize("size", [(1180, 780), (1400, 900), (900, 600)])
@pytest.mark.parametrize("variant", list(Variant))
def test_the_text_fits_the_viewport_at_launch(qtbot, tmp_path, variant, size):
    # The order of ``run_reader``: the article is shown before the window gets its size and appears.
    window = build_window(Settings.open(tmp_path / "yanlu.ini"))
    qtbot.addWidget(window)
    window.set_variant(variant, remember=False)
    open_first_article(window, None)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    view = window.article_view
    assert view.document().size().width() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0


def test_a_narrow_window_keeps_a_margin_before_the_text(qtbot, window):
    from PySide6.QtGui import QTextCursor

    window.resize(760, 600)
    qtbot.wait(50)
    view = window.article_view
    assert view.viewport().width() < 600  # too narrow for the reading column: nothing to centre
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document().lastBlock().position())
    for position in (0, cursor.position()):
        cursor.setPosition(position)
        assert view.cursorRect(cursor).left() >= view.document().documentMargin() - 1
