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


def _menus(window) -> list[tuple[str, list[str]]]:
    """Each menu of the bar with its entries, submenus unfolded, as a reader would list them."""

    def entries(menu) -> list[str]:
        found = []
        for action in menu.actions():
            found.append(action.text() or "—")
            if action.menu() is not None:
                found.extend(f"  {text}" for text in entries(action.menu()))
        return found

    return [(action.text(), entries(action.menu())) for action in window.menuBar().actions()]


def _layout(window) -> list[tuple[int, int, int, int]]:
    """Where the parts of the window are, menu titles included."""
    parts = [window.menuBar(), window.toolbar, window.article_view, window.speaker_panel, window.statusBar()]
    places = [part.geometry().getRect() for part in parts]
    bar = window.menuBar()
    return places + [bar.actionGeometry(action).getRect() for action in bar.actions()]


def test_a_window_built_for_its_first_frame_gets_every_other_part_right_after(qtbot, tmp_path):
    # At start-up (gui/app.py) the window paints before its menus' entries, shortcuts and
    # reading help are made: the first frame must look the same, and the window end up whole.
    whole = build_window(Settings.open(tmp_path / "whole.json"))
    qtbot.addWidget(whole)
    first = build_window(Settings.open(tmp_path / "first.json"), first_frame_only=True)
    qtbot.addWidget(first)
    for window in (whole, first):
        open_first_article(window, None)
        window.resize(1180, 780)
        window.show()
        qtbot.waitUntil(window.is_idle, timeout=30_000)

    titles = [title for title, _ in _menus(whole)]
    assert [title for title, _ in _menus(first)] == titles  # the same menu bar in the first frame
    assert _layout(first) == _layout(whole)
    assert not hasattr(first, "reading_help")

    first.add_remaining_parts()
    first.add_remaining_parts()  # (a second call, the fallback timer's, adds nothing)
    qtbot.wait(50)
    assert _layout(first) == _layout(whole)  # nothing moved when the rest came
    assert _menus(first) == _menus(whole)
    shortcuts = sorted(a.shortcut().toString() for a in whole.actions())
    assert sorted(a.shortcut().toString() for a in first.actions()) == shortcuts
    assert first.reading_help.pinyin_action.isChecked() is False


def test_with_pinyin_remembered_the_first_frame_already_has_its_room(qtbot, tmp_path):
    settings = Settings.open(tmp_path / "settings.json")
    settings.set_pinyin_shown(Variant.ORIGINAL, True)
    window = build_window(settings, first_frame_only=True)
    qtbot.addWidget(window)
    assert window.reading_help.pinyin_action.isChecked()  # made with the window, not after it


def test_at_start_up_the_rest_of_the_window_follows_its_first_paint(tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QApplication

    import gui.app
    from gui.cli import ReaderOptions
    from gui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(gui.app, "_REMAINING_PARTS_AT_LATEST_MS", 600_000)  # the paint, not the timer
    seen: list[tuple[bool, bool]] = []
    built: list[MainWindow] = []
    real_build = gui.app.build_window
    monkeypatch.setattr(gui.app, "build_window", lambda **kw: built.append(real_build(**kw)) or built[-1])

    def session() -> int:  # the session's event loop, until the window is whole (or 10 s)
        (window,) = built
        painted_without = not hasattr(window, "reading_help")
        qtbot.waitUntil(lambda: hasattr(window, "reading_help"), timeout=10_000)
        seen.append((painted_without, window.reading_tools.find_action.shortcut().isEmpty()))
        window.remember_window = False
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(session))
    options = ReaderOptions(file=None, variant=None, speaker=None, screenshot=None, color_scheme=None)
    assert gui.app.run_reader(options) == 0
    assert seen == [(True, False)]  # shown without them, then given them (Ctrl+F included)


def _first_frame_window(qtbot, tmp_path):
    window = build_window(Settings.open(tmp_path / "settings.json"), first_frame_only=True)
    qtbot.addWidget(window)
    open_first_article(window, None)
    window.show()
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert not hasattr(window, "reading_help")  # (nothing has made the rest yet)
    return window


def test_a_shortcut_pressed_before_the_rest_of_the_window_is_made_still_works(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    window = _first_frame_window(qtbot, tmp_path)
    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.reading_tools.find_bar.isVisible()  # Ctrl+F made the parts, then opened find
    assert hasattr(window, "reading_help") and hasattr(window, "source_script_menu")


def test_a_menu_opened_before_the_rest_of_the_window_is_made_has_its_entries(qtbot, tmp_path):
    window = _first_frame_window(qtbot, tmp_path)
    edit_menu = window.reading_tools.edit_menu
    assert not edit_menu.actions()
    edit_menu.aboutToShow.emit()  # what opening it from the menu bar does first
    assert window.reading_tools.find_action in edit_menu.actions()
    view_entries = len(window.view_menu.actions())
    window.view_menu.aboutToShow.emit()  # (once made, opening a menu adds nothing more)
    assert len(window.view_menu.actions()) == view_entries
