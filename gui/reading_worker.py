"""Analysis and script conversion off the UI thread, so a long book never freezes the window."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from gui.engine.reading import Reading
from gui.engine.script_variants import Cancelled, Variant


class ReadingSignals(QObject):
    """Progress of the background work on one reading, tagged with its job number.

    Signals:
        analysed(int): the analysis of job N is done.
        view_ready(int, str): job N has made the view of this script.
        failed(int, str): job N stopped with this message.
    """

    analysed = Signal(int)
    view_ready = Signal(int, str)
    failed = Signal(int, str)


class ReadingJob(QRunnable):
    """Analyse a reading (unless done), then make its views, wanted script first."""

    def __init__(
        self, job: int, reading: Reading, variants: list[Variant], signals: ReadingSignals, analyse: bool
    ) -> None:
        super().__init__()
        self.job = job
        self._reading = reading
        self._variants = variants
        self._signals = signals
        self._analyse = analyse
        self.cancelled = threading.Event()

    def run(self) -> None:
        try:
            if self._analyse:
                self._reading.analyse()
                if self.cancelled.is_set():
                    return
                self._signals.analysed.emit(self.job)
            for variant in self._variants:
                if self.cancelled.is_set():
                    return
                self._reading.display_view(variant, self.cancelled.is_set)
                self._signals.view_ready.emit(self.job, variant.value)
        except Cancelled:
            return  # a newer job replaced this one
        except Exception as error:
            self._signals.failed.emit(self.job, f"{type(error).__name__}: {error}")


class ReadingWorker(QObject):
    """Runs at most one job at a time that matters: starting a new one cancels the last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = ReadingSignals(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: ReadingJob | None = None
        self._count = 0

    @property
    def current_job(self) -> int:
        return self._count

    def start(self, reading: Reading, variants: list[Variant], analyse: bool) -> int:
        """Cancel the running job and queue a new one; returns its number."""
        self.cancel()
        self._count += 1
        self._job = ReadingJob(self._count, reading, variants, self.signals, analyse)
        self._job.setAutoDelete(False)  # kept so cancel() can reach it after it starts
        self._pool.start(self._job)
        return self._count

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancelled.set()

    def wait(self, milliseconds: int = -1) -> bool:
        return self._pool.waitForDone(milliseconds)
