"""The engine in a process of its own: analysis and script views without touching the UI's GIL.

Pure-Python conversion in a thread of the window's process starves the event loop (the UI
waits for the interpreter lock between every callback: stalls of ~1 s on a book). A second
process runs on the second core instead. It reads requests from one queue and answers on
another; a shared job number lets it drop work that a newer request made stale.

Requests:  ("analyse", job, raw_text, taiwan_phrases)
           ("adopt", job, raw_text, taiwan_phrases, analysis)   # already analysed: views only
           ("view", job, variant_value)
Answers:   ("analysed", job, analysis)
           ("view", job, variant_value, display_view, names)    # names: name → (shown name, title)
           ("failed", job, message)
"""

from __future__ import annotations

import multiprocessing
import queue
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized
from typing import Any

from gui.engine.model import Analysis
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Cancelled, Variant

SpeakerNames = dict[str, tuple[str, str | None]]
_PARENT_CHECK_S = 1.0


def serve(requests: Queue, answers: Queue, current_job: Synchronized) -> None:
    """Answer requests until a ``None`` arrives or the parent process is gone."""
    readings: dict[int, Reading] = {}
    while (request := _next_request(requests)) is not None:
        kind, job = request[0], request[1]
        if job != current_job.value:
            readings.pop(job, None)
            continue  # stale: a newer article or setting replaced this job
        try:
            answers.put(_answer(kind, job, request[2:], readings, lambda j=job: j != current_job.value))
        except Cancelled:
            continue
        except Exception as error:  # reported to the window; the process lives on
            answers.put(("failed", job, f"{type(error).__name__}: {error}"))


def _next_request(requests: Queue) -> tuple[Any, ...] | None:
    """The next request; None once the window's process has ended (killed, crashed or exited
    without its clean-up), so this process never lingers holding the parent's pipes."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            return requests.get(timeout=_PARENT_CHECK_S)
        except queue.Empty:
            if parent is not None and not parent.is_alive():
                return None


def _answer(
    kind: str, job: int, args: tuple[Any, ...], readings: dict[int, Reading], cancelled: Any
) -> tuple[Any, ...]:
    if kind in ("analyse", "adopt"):
        readings.clear()  # one article at a time: the previous one's views are not needed here
        reading = Reading.parse(args[0], taiwan_phrases=args[1])
        readings[job] = reading
        if kind == "adopt":
            reading.analysis = args[2]
            return ("adopted", job)
        return ("analysed", job, reading.analyse())
    reading = readings[job]
    variant = Variant(args[0])
    view = reading.display_view(variant, cancelled)
    return ("view", job, variant.value, view, speaker_names(reading, reading.analysis, variant))


def speaker_names(reading: Reading, analysis: Analysis, variant: Variant) -> SpeakerNames:
    """Each speaker's name and title as shown in ``variant``."""
    return {
        speaker.name: (reading.display_name(speaker, variant), reading.display_title(speaker, variant))
        for speaker in analysis.speakers
    }
