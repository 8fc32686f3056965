"""Analysis and script conversion in a second process, so a long book never freezes the window.

The engine is pure Python: in a thread of this process it would hold the interpreter lock the
event loop needs (stalls of a second on a book). The engine process (``gui.engine.engine_process``)
runs on the other core; this module feeds it and turns its answers into Qt signals.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant

if TYPE_CHECKING:
    from multiprocessing.sharedctypes import Synchronized


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


class _EngineProcess:
    """The one engine process of this application, started on first use, ended with the app."""

    def __init__(self) -> None:
        # Imported here, after the first paint: neither is needed to show the article.
        import multiprocessing

        from gui.engine import engine_process

        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
        self.requests = context.Queue()
        self._answers = context.Queue()
        self.current_job: Synchronized = context.Value("i", 0, lock=False)
        self._process = context.Process(
            target=engine_process.serve,
            args=(self.requests, self._answers, self.current_job),
            name="yanlu-engine",
            daemon=True,  # ends with the application, even in the middle of a book
        )
        self._process.start()
        self._workers: dict[int, weakref.ref[ReadingWorker]] = {}
        self._jobs = 0
        threading.Thread(target=self._listen, name="yanlu-engine-answers", daemon=True).start()

    def new_job(self, worker: ReadingWorker) -> int:
        self._jobs += 1
        self._workers[self._jobs] = weakref.ref(worker)
        self.current_job.value = self._jobs
        return self._jobs

    def _listen(self) -> None:
        while True:
            answer = self._answers.get()
            worker = self._workers.get(answer[1], lambda: None)()
            if worker is None:
                continue
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                worker.answer_arrived.emit(answer)  # queued to the worker's (the UI) thread


_engine: _EngineProcess | None = None


def _engine_process() -> _EngineProcess:
    global _engine
    if _engine is None:
        _engine = _EngineProcess()
    return _engine


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
        self.answer_arrived.connect(self._on_answer)

    def start(self, reading: Reading, variants: list[Variant], analyse: bool) -> int:
        """Analyse ``reading`` (unless ``analyse`` is false) and make its views, in this order."""
        engine = _engine_process()
        self._job = engine.new_job(self)
        # The reading and the Taiwan-phrase setting the job was made with (the reader may change it).
        self._readings = {self._job: (reading, reading.taiwan_phrases)}
        if analyse:
            engine.requests.put(("analyse", self._job, reading.text, reading.taiwan_phrases))
        else:
            engine.requests.put(("adopt", self._job, reading.text, reading.taiwan_phrases, reading.analysis))
        for variant in variants:
            engine.requests.put(("view", self._job, variant.value))
        return self._job

    def cancel(self) -> None:
        """Make the running job stale: the engine process drops what is left of it."""
        if _engine is not None and _engine.current_job.value == self._job:
            _engine.current_job.value = 0
        self._readings.clear()

    def _on_answer(self, answer: tuple[Any, ...]) -> None:
        kind, job = answer[0], answer[1]
        if job not in self._readings:
            return  # stale: a newer job replaced this one
        reading, taiwan_phrases = self._readings[job]
        if kind == "analysed":
            reading.adopt_analysis(answer[2])
            self.signals.analysed.emit(job)
        elif kind == "view":
            _, _, value, view, names = answer
            reading.adopt_view(Variant(value), view, names, taiwan_phrases)
            self.signals.view_ready.emit(job, value)
        elif kind == "failed":
            self.signals.failed.emit(job, answer[2])
