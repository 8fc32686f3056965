"""Loading runs off the window's thread: a slow load shows its progress and a Cancel button, the
article being read stays readable, and cancelling leaves it on screen."""

from __future__ import annotations

import time

from gui import document_opener
from gui.engine.formats import loader


def _slow_loader(seconds):
    real = loader.load_document

    def load(path, *, progress=None, **options):
        for step in range(20):
            if progress is not None:
                progress(step / 20)
            time.sleep(seconds / 20)
        return real(path, progress=progress, **options)

    return load


def test_a_slow_load_shows_progress_and_can_be_cancelled(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(document_opener, "load_document", _slow_loader(3.0))
    path = tmp_path / "slow.txt"
    path.write_text("標題\n王大明說：“我們明天就出發。”", encoding="utf-8")
    shown = window.article_view.toPlainText()
    started = time.monotonic()
    assert window.open_file(str(path)) is None  # still loading
    assert time.monotonic() - started < 1.0, "the window waited for the load"
    assert window.message_bar.text().startswith("Opening “slow.txt”")
    assert window.message_bar.action_button.text() == "Cancel"
    assert not window.is_idle()
    window.message_bar.action_button.click()
    assert window.message_bar.text() == "" and window.is_idle()
    qtbot.wait(300)
    assert window.article_view.toPlainText() == shown


def test_a_slow_load_replaces_the_article_when_ready(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(document_opener, "load_document", _slow_loader(0.8))
    path = tmp_path / "slow.txt"
    path.write_text("標題\n王大明說：“我們明天就出發。”", encoding="utf-8")
    assert window.open_file(str(path)) is None
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.article_view.toPlainText().startswith("標題")
    assert window.message_bar.text() == ""


def test_exit_after_speakers_waits_for_the_file_not_the_article_shown_meanwhile(
    qtbot, window, tmp_path, monkeypatch
):
    # YANLU_EXIT_AFTER_SPEAKERS (benchmarks): the bundled article's speakers, listed while a
    # large file loads, once passed for the file's own.
    from gui.app import exit_after_speakers
    from gui.bundled import bundled_article_text
    from gui.engine.reading import Reading

    monkeypatch.setattr(document_opener, "load_document", _slow_loader(2.0))
    path = tmp_path / "slow.txt"
    path.write_text("標題\n王大明說：“我們明天就出發。”", encoding="utf-8")
    assert window.open_file(str(path)) is None
    window.show_reading(Reading.parse(bundled_article_text()))  # as start-up does meanwhile
    listed_while_loading = []
    window.reading_ready.connect(lambda: listed_while_loading.append(window.loading))
    quits = []
    app = type("App", (), {"quit": lambda _self: quits.append(window.source_path)})()
    exit_after_speakers(app, window)
    qtbot.waitUntil(lambda: bool(quits), timeout=30_000)
    assert listed_while_loading[0] is True  # the bundled article's speakers came first
    assert quits == [str(path)]
