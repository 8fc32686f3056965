"""Start-up runs without Python's garbage collector (gui/cli.py): it must come back, in the window
once it has painted and in the engine once the analysis is loaded, or a long session would keep
every reference cycle it ever made."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

import pytest

from gui.app import run_reader
from gui.cli import ReaderOptions
from gui.engine.engine_process import _warm_up_uncollected


@pytest.fixture
def collector_paused() -> Iterator[None]:
    """The collector off, as gui/cli.py leaves it; on again (and nothing frozen) afterwards."""
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_window_collects_garbage_again_once_it_has_painted(tmp_path, monkeypatch, collector_paused):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))
    picture = tmp_path / "window.png"
    options = ReaderOptions(file=None, variant=None, speaker=None, screenshot=str(picture), color_scheme=None)

    assert run_reader(options) == 0

    assert picture.is_file()  # the window was shown and painted
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what start-up made is left out of later collections


def test_the_engine_collects_garbage_again_once_the_analysis_is_loaded(collector_paused):
    assert _warm_up_uncollected(None) is None  # no article ahead: only the analysis is loaded

    assert gc.isenabled()
    assert gc.get_freeze_count() > 0


def test_the_window_collects_garbage_again_when_it_is_never_painted(
    tmp_path, monkeypatch, qtbot, collector_paused
):
    # A window the desktop keeps unmapped (started on another workspace, iconified by the window
    # manager) gets no paint event; the collector must not stay off for the whole session.
    from PySide6.QtWidgets import QApplication

    import gui.app
    from gui.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(gui.app, "_COLLECTION_AT_LATEST_MS", 50)
    monkeypatch.setattr(MainWindow, "show", lambda self: None)  # never mapped, never painted
    seen: list[bool] = []

    def session() -> int:  # the event loop of a session, until the collector is back (or 5 s)
        with contextlib.suppress(TimeoutError):
            qtbot.waitUntil(gc.isenabled, timeout=5000)
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(session))
    options = ReaderOptions(file=None, variant=None, speaker=None, screenshot=None, color_scheme=None)

    try:
        assert run_reader(options) == 0
    finally:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.remember_window = False
                window.close()

    assert seen == [True]
    assert gc.get_freeze_count() > 0


def test_an_answer_from_the_engine_is_unpickled_without_a_collection_and_left_frozen():
    import pickle

    from gui.engine.model import Quote
    from gui.engine_link import _load_frozen

    answer = ("analysed", 1, [Quote(i, i + 1, "王", "direct") for i in range(5000)])
    data = pickle.dumps(answer)
    collections_before = gc.get_stats()[0]["collections"]  # 5,000 new objects: ~7 young ones
    try:
        loaded = _load_frozen(data)
        assert loaded == answer
        assert gc.isenabled()
        assert gc.get_stats()[0]["collections"] == collections_before
        assert gc.get_freeze_count() >= 5000  # the answer's objects: never scanned again
    finally:
        gc.unfreeze()
    frozen = gc.get_freeze_count()
    assert _load_frozen(pickle.dumps(answer[:2])) == answer[:2]
    assert gc.get_freeze_count() == frozen  # a small answer (an article's) is not worth it
    gc.disable()  # paused for start-up: it stays paused (start-up freezes when it resumes)
    try:
        assert _load_frozen(pickle.dumps(answer)) == answer
        assert not gc.isenabled()
    finally:
        gc.enable()
