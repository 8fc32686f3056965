"""Analysis and script conversion in a second process, so a long book never freezes the window.

The engine is pure Python: in a thread of this process it would hold the interpreter lock the
event loop needs (stalls of a second on a book). The engine process (``gui.engine.engine_process``)
runs on the other core; this module feeds it and turns its answers into Qt signals.

Supervision: requests and answers travel on two one-way pipes whose other ends only the engine
holds, so its death (killed, crashed, out of memory) is an end-of-file on the answer pipe, seen
at once. The job it was working on is then re-sent to a new engine, once; if that one dies too,
the job fails with a message. Requests are written by a thread of their own, so a long text never
blocks the window on a busy engine, and quitting never waits for either: both threads are
daemons, and the engine is killed at exit.
"""

from __future__ import annotations

import atexit
import contextlib
import queue
import threading
import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant

if TYPE_CHECKING:
    from multiprocessing.sharedctypes import Synchronized

ENGINE_DIED_TWICE = (
    "its analysis process stopped twice while working on it (the text may be too large for this "
    "computer's memory)."
)
_DIED = "engine-died"  # the listener's note to the workers, on the same path as the answers


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
    """One engine process: started on first use, replaced when it dies, killed at exit."""

    def __init__(self) -> None:
        # Imported here, after the first paint: neither is needed to show the article.
        import multiprocessing

        from gui.engine import engine_process

        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
        requests_in, self._requests = context.Pipe(duplex=False)
        self._answers, answers_out = context.Pipe(duplex=False)
        self.current_job: Synchronized = context.Value("i", 0, lock=False)
        self._process = context.Process(
            target=engine_process.main,
            args=(requests_in, answers_out, self.current_job),
            name="yanlu-engine",
            daemon=True,
        )
        self._process.start()
        # Only the engine holds these ends now: its death is an EOF here, ours an EOF there.
        requests_in.close()
        answers_out.close()
        self.alive = True
        self._workers: dict[int, weakref.ref[ReadingWorker]] = {}
        # Held while an answer is handed to a worker, and while a worker is let go: a window
        # being torn down never receives a signal half-way through.
        self._delivering = threading.Lock()
        self._outbox: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        threading.Thread(target=self._send, name="yanlu-engine-requests", daemon=True).start()
        threading.Thread(target=self._listen, name="yanlu-engine-answers", daemon=True).start()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def assign(self, worker: ReadingWorker, job: int) -> None:
        """Make ``job`` (``worker``'s) the one this engine works on."""
        with self._delivering:
            self._workers = {job: weakref.ref(worker)}  # answers to older jobs are stale anyway
        self.current_job.value = job

    def release(self, worker: ReadingWorker) -> None:
        """Send ``worker`` nothing more (its window is closing)."""
        with self._delivering:
            self._workers = {job: ref for job, ref in self._workers.items() if ref() is not worker}

    def put(self, request: tuple[Any, ...]) -> None:
        self._outbox.put(request)

    def kill(self) -> None:
        """End the engine now, without waiting for it (at exit, or for a replacement)."""
        self.alive = False
        self._outbox.put(None)
        with contextlib.suppress(Exception):
            self._process.kill()

    def _send(self) -> None:
        while (request := self._outbox.get()) is not None:
            if request[1] != self.current_job.value:
                continue  # made stale while it waited: do not make the engine read it
            try:
                self._requests.send(request)
            except (OSError, ValueError):  # the engine is gone; the listener reports it
                return

    def _listen(self) -> None:
        while True:
            try:
                answer = self._answers.recv()
            except (EOFError, OSError):
                break
            except Exception:  # an answer that cannot be unpickled: treat it like a death
                break
            self._deliver(answer[1], answer)
        was_alive, self.alive = self.alive, False
        self._outbox.put(None)
        with contextlib.suppress(Exception):
            self._process.join(timeout=0)  # reap it
        job = self.current_job.value
        if was_alive and job:
            self._deliver(job, (_DIED, job))

    def _deliver(self, job: int, answer: tuple[Any, ...]) -> None:
        with self._delivering:
            if _exiting:  # the process is ending: Qt's objects may already be half torn down
                return
            worker = self._workers.get(job, lambda: None)()
            if worker is None:
                return
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                worker.answer_arrived.emit(answer)  # queued to the worker's (the UI) thread


_engine: _EngineProcess | None = None
_last_job = 0
_exiting = False


def _engine_process() -> _EngineProcess:
    global _engine
    if _engine is None or not _engine.alive:
        _engine = _EngineProcess()
    return _engine


def engine_pid() -> int | None:
    """The running engine process's id (for tests and diagnostics), or None."""
    return _engine.pid if _engine is not None and _engine.alive else None


@atexit.register  # registered after multiprocessing's own handler, so it runs first
def _kill_engine_at_exit() -> None:
    global _exiting
    # The listener thread sees the engine's death as an EOF; at exit it must not report it (a
    # signal emitted while the interpreter and Qt shut down crashed the process now and then).
    if _engine is not None:
        with _engine._delivering:
            _exiting = True
    else:
        _exiting = True
    if _engine is not None:
        _engine.kill()


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
        engine = _engine_process()
        engine.assign(self, self._job)
        if self._analysis_pending:
            engine.put(("analyse", self._job, reading.text, taiwan_phrases))
        else:
            engine.put(("adopt", self._job, reading.text, taiwan_phrases, reading.analysis))
        for variant in self._views_pending:
            engine.put(("view", self._job, variant.value))

    def cancel(self) -> None:
        """Make the running job stale: the engine process drops what is left of it, and nothing
        more is delivered to this worker (its window is closing)."""
        if _engine is not None:
            if _engine.current_job.value == self._job:
                _engine.current_job.value = 0
            _engine.release(self)
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
        elif kind == _DIED:
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
