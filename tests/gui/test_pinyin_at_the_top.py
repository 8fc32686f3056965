"""The pinyin of the line at the top of the screen stays whole, and the reader's line stays put,
through script switches and the pinyin toggle (the pinyin is drawn in the room above a line)."""

from __future__ import annotations

import pytest
from loader_samples import corpus_text, paragraphs
from PySide6.QtGui import QFontMetricsF, QTextCursor

from gui.bundled import bundled_article_text
from gui.engine.pinyin_readings import PYPINYIN
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant

LONG = bundled_article_text() + "\n" + "\n".join(paragraphs(corpus_text("tw-jeju-bird-radar")))
SWITCHES = [Variant.HANS, Variant.ORIGINAL, Variant.HANT, Variant.HANS, Variant.ORIGINAL]


def _place(window) -> int:
    """Source offset of the first character on screen."""
    return window.shown_view.offsets.to_source(window.article_view.first_visible_offset())


def _paragraph(window) -> int:
    return window.reading.text.count("\n", 0, _place(window))


def _painted(qtbot, window):
    """Repaint once pypinyin is loaded and the screen has its room: the syllables' boxes."""
    ruby = window.reading_help.ruby
    qtbot.waitUntil(lambda: window.is_idle() and not ruby.room.busy, timeout=30_000)
    qtbot.waitUntil(PYPINYIN.loaded, timeout=10_000)
    window.article_view.viewport().repaint()
    return ruby.painted_boxes()


def _assert_top_pinyin_whole(qtbot, window) -> None:
    boxes = _painted(qtbot, window)
    assert boxes, "no pinyin drawn"
    on_screen = [box for box in boxes if box.bottom() > 0]
    assert min(box.top() for box in on_screen) >= 0  # no syllable cut by the top edge
    # The top line's own syllables are among them, above its characters (not only the line below).
    assert min(box.top() for box in on_screen) < _line_top(window)


def _line_top(window, place: int | None = None) -> int:
    """Where the line holding ``place`` (a source offset; default: the reader's line) starts in
    the viewport: its characters, not its pinyin."""
    view = window.article_view
    offset = view.first_visible_offset() if place is None else window.shown_view.offsets.to_view(place)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(offset))
    return view.cursorRect(cursor).top()


@pytest.mark.parametrize("into", ["paragraph start", "inside a paragraph"])
def test_top_line_pinyin_is_whole_and_the_place_stays_through_switches(qtbot, window, into):
    window.settings.set_pinyin_shown(Variant.ORIGINAL, True)  # each script remembers its own
    for variant in SWITCHES:
        window.settings.set_pinyin_shown(variant, True)
    PYPINYIN.preload()
    window.resize(800, 500)
    window.show_reading(Reading.parse(LONG))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    view = window.article_view
    assert window.reading_help.ruby.shown
    start = window.reading.text.index("南陽市政協組織")
    start = window.reading.text.rindex("\n", 0, start) + 1  # the paragraph's first line
    view.scroll_to_top(window.shown_view.offsets.to_view(start))
    if into == "inside a paragraph":
        view.scroll_to_top(view.first_visible_offset())  # settle, then a line further down
        view.scroll_by(round(QFontMetricsF(view.document().defaultFont()).lineSpacing() * 2))
        view.scroll_to_top(view.first_visible_offset())
    place, paragraph = _place(window), _paragraph(window)
    assert place > 300 and view.verticalScrollBar().value() > 0
    _assert_top_pinyin_whole(qtbot, window)

    for variant in SWITCHES:
        window.set_variant(variant)
        qtbot.waitUntil(lambda v=variant: window.shown_view.variant is v, timeout=30_000)
        _assert_top_pinyin_whole(qtbot, window)
        assert _paragraph(window) == paragraph
        assert abs(_place(window) - place) < 40  # the same line, give or take its wrapping
    assert _place(window) == place  # back in the original script: exactly where it was

    help_ = window.reading_help
    help_.pinyin_action.trigger()  # off: the line's own top at the screen's top
    qtbot.waitUntil(lambda: not help_.ruby.room.busy, timeout=10_000)
    assert not help_.ruby.shown
    # Narrower characters wrap the paragraph anew: the line holding the place is the top one,
    # with no room left above it.
    assert _line_top(window, place) == 0 and _paragraph(window) == paragraph
    plain_place = _place(window)
    help_.pinyin_action.trigger()  # on again: room above it, its syllables whole
    _assert_top_pinyin_whole(qtbot, window)
    assert _line_top(window, plain_place) == _line_top(window) > 0  # its line on top, room above
    assert _paragraph(window) == paragraph
