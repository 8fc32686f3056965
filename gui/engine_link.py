"""The engine process as the window's process sees it: started, fed, watched, killed at exit.

No Qt here, so start-up can start the engine before Qt is even imported: on Linux it is forked
then (a fresh interpreter need not start), and it loads the analysis while the window is built.
Answers reach a worker through its ``answer_arrived`` signal (a queued Qt signal in practice).

Supervision: requests and answers travel on two one-way pipes whose other ends only the engine
holds, so its death (killed, crashed, out of memory) is an end-of-file on the answer pipe, seen
at once. Requests are written by a thread of their own, so a long text never blocks the window
on a busy engine, and quitting never waits for either: both threads are daemons, and the engine
is killed at exit.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import mmap
import os
import pickle
import queue
import signal
import sys
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from gui.engine.engine_process import FirstArticle, SharedInt

DIED = "engine-died"  # the listener's note to the workers, on the same path as the answers


class _Signal(Protocol):
    def emit(self, answer: object) -> None: ...


class AnswerSink(Protocol):
    """What receives the engine's answers (a ``ReadingWorker``)."""

    answer_arrived: _Signal


class EngineProcess:
    """One engine process: started on first use (or early, see ``start_engine``), replaced when
    it dies, killed at exit."""

    def __init__(self, first_article: FirstArticle = None) -> None:
        from gui.engine import engine_process

        if _may_fork():
            # os.fork and plain pipes: multiprocessing (~10 ms of imports) stays out of the
            # window's way to its first paint.
            requests_in, self._requests = _pipe()
            self._answers, answers_out = _pipe()
            self.current_job: SharedInt = _MappedInt(0)
            # The text_key of the article the engine analysed ahead (-1: none, or not yet).
            self._ahead_key: SharedInt = _MappedInt(-1)
        else:
            context = _spawn_context()
            requests_in, self._requests = context.Pipe(duplex=False)
            self._answers, answers_out = context.Pipe(duplex=False)
            self.current_job = shared_int(context, 0)
            self._ahead_key = shared_int(context, -1)
        # A forked engine closes its copies of this process's ends, so that its death and ours
        # are still an end-of-file at the other end.
        args = (
            requests_in,
            answers_out,
            self.current_job,
            (self._requests, self._answers),
            first_article,
            self._ahead_key,
        )
        if isinstance(requests_in, _PipeEnd):
            self._process: _Process = _ForkedEngine(engine_process.main, args)
        else:
            self._process = context.Process(
                target=engine_process.main, args=args, name="yanlu-engine", daemon=True
            )
            self._process.start()
        # Only the engine holds these ends now: its death is an EOF here, ours an EOF there.
        requests_in.close()
        answers_out.close()
        self.alive = True
        self._workers: dict[int, weakref.ref[AnswerSink]] = {}
        # Held while an answer is handed to a worker, and while a worker is let go: a window
        # being torn down never receives a signal half-way through.
        self._delivering = threading.Lock()
        self._outbox: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self.answered = threading.Event()  # set whenever an answer has been handed to a worker
        threading.Thread(target=self._send, name="yanlu-engine-requests", daemon=True).start()
        threading.Thread(target=self._listen, name="yanlu-engine-answers", daemon=True).start()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def analysed_ahead(self, text: str) -> bool:
        """True when this engine has already analysed ``text`` (the article it was started
        with): its answer to the request for it comes back at once."""
        from gui.engine.engine_process import text_key

        return self._ahead_key.value == text_key(text)

    def assign(self, worker: AnswerSink, job: int) -> None:
        """Make ``job`` (``worker``'s) the one this engine works on."""
        with self._delivering:
            self._workers = {job: weakref.ref(worker)}  # answers to older jobs are stale anyway
        self.current_job.value = job

    def release(self, worker: AnswerSink) -> None:
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
                answer = _load_frozen(self._answers.recv_bytes())
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
            self._deliver(job, (DIED, job))

    def _deliver(self, job: int, answer: tuple[Any, ...]) -> None:
        with self._delivering:
            if _exiting:  # the process is ending: Qt's objects may already be half torn down
                return
            worker = self._workers.get(job, lambda: None)()
            if worker is None:
                return
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                worker.answer_arrived.emit(answer)  # queued to the worker's (the UI) thread
            self.answered.set()


_FREEZE_FROM_BYTES = 64 * 1024  # a news article's analysis is a few kilobytes, a book's ~0.6 MB


def _load_frozen(data: bytes) -> Any:
    """Unpickle an answer; a large one with no garbage collection in the middle, then frozen.

    A book's analysis is ~100,000 new objects: unpickling them set off a full collection of the
    window's heap (~70 ms, in this thread but holding the interpreter lock the event loop needs).
    An answer lives as long as its reading and holds no reference cycles (refcounting frees it
    when the reading goes), so it joins the start-up's objects that collections skip. (Freezing
    also keeps whatever cyclic garbage is pending at that moment: only book-sized answers do it.)"""
    if len(data) < _FREEZE_FROM_BYTES:
        return pickle.loads(data)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        if was_enabled:  # (paused for start-up, it stays so: start-up freezes when it resumes)
            gc.freeze()
            gc.enable()


class _Process(Protocol):
    """What the window needs of the engine's process (``multiprocessing.Process`` has it)."""

    @property
    def pid(self) -> int | None: ...

    def kill(self) -> None: ...

    def join(self, timeout: float | None = None) -> None: ...


class _ForkedEngine:
    """The engine forked with ``os.fork`` (Linux, before Qt is loaded): it runs ``target(*args,
    parent_watch=…)`` and exits; ``parent_watch`` is this process's id and the read end of a pipe
    only this process can write, which ends when it does (the engine's sentinel)."""

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...]) -> None:
        parent = os.getpid()
        watch, self._alive_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the engine
            try:
                os.close(self._alive_end)
                target(*args, parent_watch=(parent, watch))
            finally:
                os._exit(0)
        os.close(watch)

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def join(self, timeout: float | None = None) -> None:
        """Reap the engine if it has ended (never waits: the window calls it after an EOF)."""
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, os.WNOHANG)


class _PipeEnd:
    """One end of a one-way pipe carrying pickled objects, each after its length, as
    multiprocessing's ``Connection`` does; an ended other side is an ``EOFError`` here."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def send(self, obj: object) -> None:
        data = pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
        self._write(len(data).to_bytes(8, "little"))
        self._write(data)

    def recv(self) -> Any:
        return pickle.loads(self.recv_bytes())

    def recv_bytes(self) -> bytearray:
        return self._read(int.from_bytes(self._read(8), "little"))

    def close(self) -> None:
        fd, self._fd = self._fd, -1
        if fd >= 0:
            os.close(fd)

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view) :]

    def _read(self, size: int) -> bytearray:
        buffer = bytearray(size)
        view, done = memoryview(buffer), 0
        while done < size:
            count = os.readv(self._fd, [view[done:]])
            if count == 0:
                raise EOFError
            done += count
        return buffer


def _pipe() -> tuple[_PipeEnd, _PipeEnd]:
    """A one-way pipe: (read end, write end)."""
    read, write = os.pipe()
    return _PipeEnd(read), _PipeEnd(write)


def _spawn_context() -> BaseContext:
    """multiprocessing's spawn context, imported now; the exit handler below is registered again
    after multiprocessing's own, so that it still runs first (atexit runs the last one first)."""
    import multiprocessing

    atexit.unregister(_kill_engine_at_exit)
    atexit.register(_kill_engine_at_exit)
    return multiprocessing.get_context("spawn")


class _MappedInt:
    """An integer in a page of shared memory, which a forked engine inherits."""

    def __init__(self, value: int) -> None:
        self._page = mmap.mmap(-1, 8)  # anonymous and shared: the fork sees the same page
        self.value = value

    @property
    def value(self) -> int:
        return int.from_bytes(self._page[:8], "little", signed=True)

    @value.setter
    def value(self, value: int) -> None:
        self._page[:8] = value.to_bytes(8, "little", signed=True)


def shared_int(context: BaseContext, value: int) -> SharedInt:
    """An integer the window and its engine both read and write. For a forked engine, a page
    of shared memory: multiprocessing's ``Value`` needs ctypes, whose import (~4 ms) came before
    the fork, on the way to the first paint. A spawned engine gets a ``Value`` (a mapping cannot
    be sent to it)."""
    if context.get_start_method() == "fork":
        return _MappedInt(value)
    return context.Value("q", value, lock=False)


_engine: EngineProcess | None = None
_exiting = False


def engine_process(first_article: FirstArticle = None) -> EngineProcess:
    """The running engine process, started now if there is none (or it died)."""
    global _engine
    if _engine is None or not _engine.alive:
        _engine = EngineProcess(first_article)
    return _engine


def start_engine(first_article: FirstArticle = None) -> None:
    """Start the engine now, so that it has loaded the analysis by the time the first article
    is sent (called at start-up, before Qt is imported). ``first_article`` (a path, or True for
    the bundled article) is analysed ahead, while the window is being built."""
    engine_process(first_article)


def current_engine() -> EngineProcess | None:
    return _engine


def _may_fork() -> bool:
    """Fork (no new interpreter to start: the engine is ready a few hundred milliseconds sooner)
    only on Linux and only before Qt is loaded or any thread runs; never fork a process that
    runs Qt's threads. Otherwise the engine is spawned."""
    return (
        sys.platform.startswith("linux")
        and threading.active_count() == 1
        and not any(name.startswith("PySide6") for name in sys.modules)
    )


def engine_pid() -> int | None:
    """The running engine process's id (for tests and diagnostics), or None."""
    return _engine.pid if _engine is not None and _engine.alive else None


@atexit.register  # after multiprocessing's own handler, if imported (see _spawn_context): runs first
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
