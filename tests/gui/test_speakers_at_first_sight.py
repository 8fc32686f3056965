"""At launch the engine analyses the article the window will open while the window is built;
when that analysis is ready, the window takes it before it first paints: the speakers are on
screen with the text, not a frame later."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from gui import engine_link
from gui.app import build_window, open_first_article
from gui.bundled import bundled_article_text
from gui.engine.reading import Reading
from gui.engine_link import EngineProcess
from gui.settings import Settings


@pytest.fixture
def engine_started_with(request) -> Iterator[EngineProcess]:
    """A new engine started as ``yanlu`` starts it (with the first article to analyse ahead),
    made the window's engine for the test; the shared one is put back afterwards."""
    previous = engine_link._engine
    engine = EngineProcess(first_article=request.param)
    engine_link._engine = engine
    try:
        yield engine
    finally:
        engine.kill()
        engine_link._engine = previous


def _wait_until(predicate, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "the engine never finished its analysis ahead"
        time.sleep(0.02)


@pytest.mark.parametrize("engine_started_with", [True], indirect=True)
def test_speakers_analysed_ahead_are_listed_before_the_first_paint(qtbot, tmp_path, engine_started_with):
    _wait_until(lambda: engine_started_with.analysed_ahead(Reading.parse(bundled_article_text()).text))
    window = build_window(Settings.open(tmp_path / "yanlu.ini"))
    qtbot.addWidget(window)
    open_first_article(window, None)
    assert window.speaker_model.rowCount() == 0  # nothing yet: the answer waits in the pipe

    assert window.take_ready_analysis()

    assert not window.isVisible()  # no event loop ran, nothing was painted
    assert window.speaker_model.rowCount() > 1
    assert not window.speaker_panel.status.isVisibleTo(window.speaker_panel)  # no "Finding speakers…"


@pytest.mark.parametrize("engine_started_with", [None], indirect=True)
def test_without_an_analysis_ahead_the_window_does_not_wait(qtbot, tmp_path, engine_started_with):
    window = build_window(Settings.open(tmp_path / "yanlu.ini"))
    qtbot.addWidget(window)
    open_first_article(window, None)

    assert not window.take_ready_analysis()

    assert window.speaker_model.rowCount() == 0
    qtbot.waitUntil(lambda: window.speaker_model.rowCount() > 1, timeout=60_000)  # it comes later
