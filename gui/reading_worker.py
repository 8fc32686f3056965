"""Analysis and script conversion in a second process, so a long book never freezes the window.

The engine is pure Python: in a thread of this process it would hold the interpreter lock the
event loop needs (stalls of a second on a book). The engine process (``gui.engine.engine_process``)
runs on the other core; this module feeds it and turns its answers into Qt signals.

Supervision (``gui.engine_link``): the engine's death is seen at once; the job it was working
on is then re-sent to a new engine, once; if that one dies too, the job fails with a message.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from gui.engine.article import Article
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant
from gui.engine_link import DIED, current_engine, engine_pid, engine_process

__all__ = ["ENGINE_DIED_TWICE", "ReadingSignals", "ReadingWorker", "engine_pid"]

ENGINE_DIED_TWICE = (
    "its analysis process stopped twice while working on it (the text may be too large for this "
    "computer's memory)."
)
_last_job = 0


def _article_for_engine(reading: Reading) -> Article:
    """The article as parsed here, so the engine's offsets index this text; without its pinyin
    annotations, which the engine never reads (a learner's book has a million of them to pickle)."""
    return dataclasses.replace(reading.article, annotations={})


class ReadingSignals(QObject):
    """Progress of the background work on one reading, tagged with its job number.

    Signals:
        analysed(int): the analysis of job N is done and stored in its reading.
        view_ready(int, str): job N's view of this script is stored in its reading.
        failed(int, str): job N stopped with this message.
    """

    analysed = Signal(int)
    view_ready = Signal(int, str)
    failed = Signal(int, str)


class ReadingWorker(QObject):
    """Sends one reading at a time to the engine process; starting a new job makes the last stale.

    Signals:
        answer_arrived(object): an answer from the engine process (internal, crosses threads).
    """

    answer_arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = ReadingSignals(self)
        self._readings: dict[int, tuple[Reading, bool]] = {}
        self._job = 0
        self._analysis_pending = False
        self._views_pending: list[Variant] = []
        self._restarted = False
        self.answer_arrived.connect(self._on_answer)

    def start(self, reading: Reading, variants: list[Variant], analyse: bool) -> int:
        """Analyse ``reading`` (unless ``analyse`` is false) and make its views, in this order."""
        global _last_job
        _last_job += 1
        self._job = _last_job
        # The reading and the Taiwan-phrase setting the job was made with (the reader may change it).
        self._readings = {self._job: (reading, reading.taiwan_phrases)}
        self._analysis_pending = analyse
        self._views_pending = list(variants)
        self._restarted = False
        self._send_job()
        return self._job

    def _send_job(self) -> None:
        """Send what is left of the current job to the engine (a new one if the last died)."""
        reading, taiwan_phrases = self._readings[self._job]
        engine = engine_process()
        engine.assign(self, self._job)
        script, article = reading.script_given, _article_for_engine(reading)
        if self._analysis_pending:
            engine.put(("analyse", self._job, article, taiwan_phrases, script))
        else:
            engine.put(("adopt", self._job, article, taiwan_phrases, script, reading.analysis))
        for variant in self._views_pending:
            engine.put(("view", self._job, variant.value))

    def take_ready_analysis(self, timeout_s: float = 0.05) -> bool:
        """Handle the current job's analysis now if the engine already made it (the article it
        analysed ahead at start-up): its answer is a pipe's round trip away, and taking it
        before the window first paints puts the speakers on screen with the text. Waits at
        most ``timeout_s``; False (nothing waited for) when the engine has not analysed it yet."""
        engine = current_engine()
        reading = self._readings.get(self._job, (None, False))[0]
        if not self._analysis_pending or engine is None or reading is None:
            return False
        if not engine.analysed_ahead(reading.text):
            return False
        deadline = time.monotonic() + timeout_s
        while self._analysis_pending and (left := deadline - time.monotonic()) > 0:
            engine.answered.clear()
            QCoreApplication.sendPostedEvents(self, 0)  # answers already queued to this thread
            if self._analysis_pending:
                engine.answered.wait(left)
        return not self._analysis_pending

    def cancel(self) -> None:
        """Make the running job stale: the engine process drops what is left of it, and nothing
        more is delivered to this worker (its window is closing)."""
        engine = current_engine()
        if engine is not None:
            if engine.current_job.value == self._job:
                engine.current_job.value = 0
            engine.release(self)
        self._readings.clear()

    def _on_answer(self, answer: tuple[Any, ...]) -> None:
        kind, job = answer[0], answer[1]
        if job not in self._readings:
            return  # stale: a newer job replaced this one
        reading, taiwan_phrases = self._readings[job]
        if kind == "analysed":
            self._analysis_pending = False
            reading.adopt_analysis(answer[2])
            self.signals.analysed.emit(job)
        elif kind == "view":
            _, _, value, view, names = answer
            variant = Variant(value)
            if variant in self._views_pending:
                self._views_pending.remove(variant)
            reading.adopt_view(variant, view, names, taiwan_phrases)
            self.signals.view_ready.emit(job, value)
        elif kind == "failed":
            self.signals.failed.emit(job, answer[2])
        elif kind == DIED:
            self._on_engine_died(job)

    def _on_engine_died(self, job: int) -> None:
        if not (self._analysis_pending or self._views_pending):
            return  # nothing was left to do; the next job starts a new engine
        if self._restarted:
            self._readings.clear()
            self.signals.failed.emit(job, ENGINE_DIED_TWICE)
            return
        self._restarted = True
        self._send_job()
