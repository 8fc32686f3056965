"""The engine in a process of its own: analysis and script views without touching the UI's GIL.

Pure-Python conversion in a thread of the window's process starves the event loop (the UI
waits for the interpreter lock between every callback: stalls of ~1 s on a book). A second
process runs on the second core instead. It reads requests from one pipe and answers on
another; a shared job number lets it drop work that a newer request made stale.

Requests:  ("analyse", job, raw_text, taiwan_phrases, script_given)
           ("adopt", job, raw_text, taiwan_phrases, script_given, analysis)   # views only
           ("view", job, variant_value)
Answers:   ("analysed", job, analysis)
           ("adopted", job)
           ("view", job, variant_value, display_view, names)    # names: name → (shown name, title)
           ("failed", job, message)

It never outlives the window's process: on Linux the kernel kills it when its parent dies
(``PR_SET_PDEATHSIG``); everywhere a watchdog thread waits on the parent's sentinel and ends the
process at once, even in the middle of a book or blocked writing an answer nobody will read; and
the end of the request pipe (the parent closed it, or died) ends it too.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from multiprocessing.sharedctypes import Synchronized
from typing import Any, Protocol

from gui.engine.model import Analysis
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Cancelled, Variant

SpeakerNames = dict[str, tuple[str, str | None]]
_PR_SET_PDEATHSIG = 1
_NICENESS = 10


class Closable(Protocol):
    def close(self) -> None: ...


class Connection(Protocol):
    """What serve needs of a pipe end (``multiprocessing.connection.Connection`` has both)."""

    def recv(self) -> Any: ...

    def send(self, obj: Any) -> None: ...


def main(
    requests: Connection,
    answers: Connection,
    current_job: Synchronized,
    parent_ends: tuple[Closable, ...] = (),
) -> None:
    """The engine process's entry point: tie its life to the parent's, get ready, then serve
    until the end. ``parent_ends`` are the window's ends of the pipes, which a forked engine
    holds copies of: closed, so that either side's death is an end-of-file at the other."""
    for end in parent_ends:
        end.close()
    _die_with_parent()
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        # Background work: on a busy machine the window's own process gets the processor first.
        os.nice(_NICENESS)
    try:
        warm_up()
        serve(requests, answers, current_job)
    except (EOFError, OSError):  # the window's end of a pipe is gone: nobody to work for
        pass
    finally:
        os._exit(0)  # no clean-up that could wait on a pipe or a thread


def warm_up() -> None:
    """Load the analysis (its modules and jieba's word tables) before the first article arrives:
    the engine starts with the window, and this is most of the time to the first speakers."""
    from gui.engine import regex_cache
    from gui.engine.speech.analysis import analyze
    from gui.engine.speech.names import dictionary

    dictionary()
    analyze("王小明说：“好。”")
    regex_cache.save()  # this process ends with os._exit, which skips the exit handlers


def serve(requests: Connection, answers: Connection, current_job: Synchronized) -> None:
    """Answer requests until a ``None`` arrives. ``requests.recv()`` raises EOFError at the end."""
    readings: dict[int, Reading] = {}
    while (request := requests.recv()) is not None:
        kind, job = request[0], request[1]
        if job != current_job.value:
            readings.pop(job, None)
            continue  # stale: a newer article or setting replaced this job
        try:
            answer = _answer(kind, job, request[2:], readings, lambda j=job: j != current_job.value)
        except Cancelled:
            continue
        except Exception as error:  # reported to the window; the process lives on
            answer = ("failed", job, f"{type(error).__name__}: {error}")
        answers.send(answer)


def _die_with_parent() -> None:
    """End this process as soon as the window's process is gone, whatever this one is doing."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):  # ctypes or prctl unavailable: the watchdog remains
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if parent.pid is not None and os.getppid() != parent.pid:  # died before prctl took effect
        os._exit(0)

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="yanlu-parent-watch", daemon=True).start()


def _answer(
    kind: str, job: int, args: tuple[Any, ...], readings: dict[int, Reading], cancelled: Any
) -> tuple[Any, ...]:
    if kind in ("analyse", "adopt"):
        readings.clear()  # one article at a time: the previous one's views are not needed here
        reading = Reading.parse(args[0], taiwan_phrases=args[1], traditional=args[2])
        readings[job] = reading
        if kind == "adopt":
            reading.analysis = args[3]
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
