"""The window notices its engine process dying, restarts it once and re-sends the work; a second
death is a message. The engine never outlives the window's process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from gui.bundled import bundled_article_text
from gui.engine.reading import Reading
from gui.reading_worker import engine_pid

ROOT = Path(__file__).resolve().parents[2]


def _busy_reading() -> Reading:
    # long enough that the engine is still at it when it is killed
    return Reading.parse(bundled_article_text() * 40)


def _kill_engine() -> int:
    pid = engine_pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    return pid


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "\nState:\tZ" in state or "\nState:\tX" in state


def test_a_killed_engine_is_replaced_within_a_second_and_the_work_finishes(qtbot, window):
    window.show_reading(_busy_reading())
    qtbot.waitUntil(lambda: engine_pid() is not None, timeout=10_000)
    old = _kill_engine()
    started = time.monotonic()
    qtbot.waitUntil(lambda: engine_pid() not in (None, old), timeout=1_000)
    assert time.monotonic() - started < 1.0
    qtbot.waitUntil(window.is_idle, timeout=120_000)
    assert window.reading.analysis.speakers, "the re-sent job was analysed"
    assert window.message_bar.text() == ""


def test_a_second_death_is_a_message_not_an_endless_spinner(qtbot, window):
    shown = window.article_view.toPlainText()
    window.show_reading(_busy_reading())
    qtbot.waitUntil(lambda: engine_pid() is not None, timeout=10_000)
    first = _kill_engine()
    qtbot.waitUntil(lambda: engine_pid() not in (None, first), timeout=1_000)
    _kill_engine()
    qtbot.waitUntil(window.is_idle, timeout=5_000)
    assert "stopped twice" in window.message_bar.text()
    assert window.progress.isHidden()
    assert window.article_view.toPlainText() != shown  # the new article itself is still shown
    # the next article gets a fresh engine
    window.show_reading(Reading.parse(bundled_article_text()))
    qtbot.waitUntil(window.is_idle, timeout=60_000)
    assert window.reading.analysis.speakers


def test_the_engine_ends_when_the_window_process_is_killed_with_work_queued(tmp_path):
    script = textwrap.dedent(
        """
        import time
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        from gui.bundled import bundled_article_text
        from gui.engine.reading import Reading
        from gui.engine.scripts.script_variants import Variant
        from gui.reading_worker import ReadingWorker, engine_pid
        worker = ReadingWorker()
        text = bundled_article_text() * 400  # ~1.5 M characters: minutes of work, a full pipe
        worker.start(Reading.parse(text), list(Variant), True)
        deadline = time.monotonic() + 30
        while engine_pid() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        print(engine_pid(), flush=True)
        time.sleep(120)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True, env=env
    ) as process:
        pid = int(process.stdout.readline())
        time.sleep(1.5)  # the engine is importing or working; the request pipe is full
        assert not _gone(pid)
        process.kill()
        process.wait(timeout=10)
        deadline = time.monotonic() + 3
        while not _gone(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _gone(pid), "the engine outlived the window's process"


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def test_the_forked_engine_of_a_started_reader_ends_with_it(tmp_path):
    # `yanlu` forks its engine before Qt is loaded (os.fork, plain pipes): it must die with the window.
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        YANLU_CACHE_DIR=str(tmp_path / "cache"),
    )
    with subprocess.Popen([sys.executable, "-m", "gui"], cwd=ROOT, env=env) as process:
        deadline = time.monotonic() + 20
        while not _children(process.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        engines = _children(process.pid)
        assert len(engines) == 1, "no engine was forked"
        time.sleep(1.0)  # the window is up and has asked the engine for the bundled article
        assert not _gone(engines[0])
        process.kill()
        process.wait(timeout=10)
    deadline = time.monotonic() + 3
    while not _gone(engines[0]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(engines[0]), "the forked engine outlived the window's process"
