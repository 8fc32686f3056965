"""The engine in a process of its own: analysis and script views without touching the UI's GIL.

Pure-Python conversion in a thread of the window's process starves the event loop (the UI
waits for the interpreter lock between every callback: stalls of ~1 s on a book). A second
process runs on the second core instead. It reads requests from one pipe and answers on
another; a shared job number lets it drop work that a newer request made stale.

Requests:  ("analyse", job, article, taiwan_phrases, script_given)   # the window's parsed Article
           ("adopt", job, article, taiwan_phrases, script_given, analysis)   # views only
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
import functools
import gc
import os
import signal
import sys
import threading
import zlib
from collections.abc import Callable
from typing import Any, Protocol

from gui.engine.model import Analysis
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Cancelled, Variant

SpeakerNames = dict[str, tuple[str, str | None]]
# What the window is expected to open first: a file's path, True for the bundled article, or None.
FirstArticle = str | bool | None
AnalysedText = tuple[str, Analysis]  # an article's parsed text and its analysis
_PR_SET_PDEATHSIG = 1
_NICENESS = 10
_AHEAD_MAX_BYTES = 1024 * 1024  # news, not books: a book's analysis is not worth doing twice
_AHEAD_MAX_CHARS = 200_000


class Closable(Protocol):
    def close(self) -> None: ...


class SharedInt(Protocol):
    """An integer both processes see (``gui.engine_link.shared_int``): a job number, a text's key."""

    value: int


class Connection(Protocol):
    """What serve needs of a pipe end (``multiprocessing.connection.Connection`` has both)."""

    def recv(self) -> Any: ...

    def send(self, obj: Any) -> None: ...


def main(
    requests: Connection,
    answers: Connection,
    current_job: SharedInt,
    parent_ends: tuple[Closable, ...] = (),
    first_article: FirstArticle = None,
    ahead_key: SharedInt | None = None,
    parent_watch: tuple[int, int] | None = None,
) -> None:
    """The engine process's entry point: tie its life to the parent's, get ready, then serve
    until the end. ``parent_ends`` are the window's ends of the pipes, which a forked engine
    holds copies of: closed, so that either side's death is an end-of-file at the other.
    ``first_article`` is what the window will most likely show first (see ``warm_up``); once it
    is analysed, ``ahead_key`` holds its ``text_key``, so the window knows it need not wait.
    ``parent_watch`` (a forked engine's): the window's process id and a pipe end that ends with it."""
    for end in parent_ends:
        end.close()
    _die_with_parent(parent_watch)
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        # Background work: on a busy machine the window's own process gets the processor first.
        os.nice(_NICENESS)
    try:
        ahead = _warm_up_uncollected(first_article)
        if ahead is not None and ahead_key is not None:
            ahead_key.value = text_key(ahead[0])
        serve(requests, answers, current_job, ahead)
    except (EOFError, OSError):  # the window's end of a pipe is gone: nobody to work for
        pass
    finally:
        os._exit(0)  # no clean-up that could wait on a pipe or a thread


def _warm_up_uncollected(first_article: FirstArticle) -> AnalysedText | None:
    """``warm_up`` without the garbage collector, which would scan the analysis' tables again and
    again while they load (a forked engine starts with it off, see gui/cli.py); what was loaded
    is then frozen: it lasts as long as the process, and later collections skip it."""
    gc.disable()
    try:
        return warm_up(first_article)
    finally:
        gc.freeze()
        gc.enable()


def warm_up(first_article: FirstArticle = None) -> AnalysedText | None:
    """Load the analysis (its modules and jieba's word tables) before the first article arrives,
    and analyse that article already if it can be read here: the engine starts with the window,
    so the speakers are ready when the window asks for them instead of only starting then.

    ``first_article``: a file the reader named (read only when it is small: a book's analysis
    is not worth doing twice), else True for the bundled article, else None (nothing ahead).
    """
    from gui.engine import regex_cache
    from gui.engine.speech.analysis import analyze
    from gui.engine.speech.names import dictionary

    dictionary()
    text = _first_text(first_article)
    try:
        if text is None:
            analyze("王小明说：“好。”")
            return None
        reading = Reading.analysed(text)
        return reading.text, reading.analysis
    finally:
        regex_cache.save()  # this process ends with os._exit, which skips the exit handlers


def text_key(text: str) -> int:
    """A checksum naming an article's text across the two processes (never -1: "none yet")."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def _first_text(first_article: FirstArticle) -> str | None:
    """The first article's raw text as the window will send it, or None if it is not at hand."""
    try:
        if first_article is True:
            from gui.bundled import bundled_article_text

            return bundled_article_text()
        if isinstance(first_article, str) and os.path.getsize(first_article) <= _AHEAD_MAX_BYTES:
            from gui.engine.formats.loader import load_document

            document = load_document(first_article)
            # A compressed book can hold millions of characters in a small file, and a book may
            # reopen at another chapter: only a news-sized single text is worth analysing ahead.
            if len(document.chapters) == 1 and len(document.text) <= _AHEAD_MAX_CHARS:
                return document.text
    except Exception:  # unreadable, gone, not an article: the window will say so, not the engine
        return None
    return None


def serve(
    requests: Connection, answers: Connection, current_job: SharedInt, ahead: AnalysedText | None = None
) -> None:
    """Answer requests until a ``None`` arrives. ``requests.recv()`` raises EOFError at the end.

    ``ahead`` is the analysis of the article the window was expected to open; it answers the
    request for that article (same text, same analysis: it depends on nothing else), once. A file
    named at start-up arrives after the bundled article the window shows while it loads, so the
    analysis ahead waits for its request rather than for the first one."""
    readings: dict[int, Reading] = {}
    while (request := requests.recv()) is not None:
        kind, job = request[0], request[1]
        if job != current_job.value:
            readings.pop(job, None)
            continue  # stale: a newer article or setting replaced this job
        try:
            answer = _answer(kind, job, request[2:], readings, lambda j=job: j != current_job.value, ahead)
            if answer[0] == "analysed" and ahead is not None and answer[2] is ahead[1]:
                ahead = None  # used: the article named at start-up, opened after the bundled one
        except Cancelled:
            continue
        except Exception as error:  # reported to the window; the process lives on
            answer = ("failed", job, f"{type(error).__name__}: {error}")
        answers.send(answer)


def _die_with_parent(parent_watch: tuple[int, int] | None = None) -> None:
    """End this process as soon as the window's process is gone, whatever this one is doing.
    ``parent_watch``: its id and a pipe end that ends with it (a forked engine); else
    multiprocessing's record of the parent (a spawned one)."""
    parent = _parent(parent_watch)
    if parent is None:
        return
    parent_pid, wait_for_parent = parent
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):  # ctypes or prctl unavailable: the watchdog remains
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # died before prctl took effect
        os._exit(0)

    def watch() -> None:
        wait_for_parent()
        os._exit(0)

    threading.Thread(target=watch, name="yanlu-parent-watch", daemon=True).start()


def _parent(parent_watch: tuple[int, int] | None) -> tuple[int, Callable[[], object]] | None:
    """The window's process id, and a call that returns once that process has ended."""
    if parent_watch is not None:
        parent_pid, watch_end = parent_watch
        return parent_pid, functools.partial(os.read, watch_end, 1)  # an end-of-file: it is gone
    import multiprocessing  # a spawned engine: multiprocessing started it and knows its parent
    import multiprocessing.connection

    parent = multiprocessing.parent_process()
    if parent is None or parent.pid is None:
        return None
    return parent.pid, functools.partial(multiprocessing.connection.wait, [parent.sentinel])


def _answer(
    kind: str,
    job: int,
    args: tuple[Any, ...],
    readings: dict[int, Reading],
    cancelled: Any,
    ahead: AnalysedText | None = None,
) -> tuple[Any, ...]:
    if kind in ("analyse", "adopt"):
        readings.clear()  # one article at a time: the previous one's views are not needed here
        reading = Reading.of_article(args[0], taiwan_phrases=args[1], traditional=args[2])
        readings[job] = reading
        if kind == "adopt":
            reading.analysis = args[3]
            return ("adopted", job)
        if ahead is not None and ahead[0] == reading.text:
            reading.adopt_analysis(ahead[1])
            return ("analysed", job, ahead[1])
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
