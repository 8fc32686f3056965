#!/usr/bin/env python3
"""Reader speed: start-up, script toggle and a 1 M-character text, each against a bare baseline.

    python tests/benchmarks/bench_reader.py            # full run (about 5-10 minutes on 2 cores)
    python tests/benchmarks/bench_reader.py --quick    # fewer repeats, a 250 k-character text

Every figure is measured next to a baseline taken in the same run (these machines are noisy:
repeats, medians, ratios). The parent process only orchestrates; each measurement runs in a fresh
child process (``--child NAME``) under a timeout, with QT_QPA_PLATFORM=offscreen and a temporary
HOME / XDG_CONFIG_HOME, so real settings are never read or written and a hang cannot stall the run.

1. Start: ``python -m gui`` with YANLU_EXIT_AFTER_FIRST_PAINT=1 (gui/app.py quits after the
   article view's first paint and prints the wall-clock epoch of that moment) against a
   ``python -c`` script showing the same text in a bare QTextEdit, timed the same way. Time is
   from just before spawning the process to the printed epoch. Plus ``-X importtime`` of both:
   the modules yanlu imports before its first paint that the bare window does not.
2. Toggle: in-process, bundled article, a speaker selected, all views cached:
   ``script_bar.button(v).click()`` + ``article_view.viewport().repaint()`` for each script;
   baseline: bare QTextEdit ``setPlainText`` of the same view text + repaint.
3. Large text: ~1 M characters built from tests/data/corpus/*.json (quote-balanced sentence
   groups shuffled with a fixed seed, each in its original, simplified or traditional form,
   commas randomly dropped and digits randomised so clauses vary). First screen after
   ``show_reading(Reading.parse(text))`` + forced repaint; event-loop stalls (a 10 ms
   PreciseTimer recording its own lateness, with faulthandler dumping all threads' stacks
   whenever the loop is stuck > 100 ms) until all views are ready; toggles to computed views;
   peak memory (ru_maxrss delta in the timed run, tracemalloc peak in a separate traced run).
   Baselines: one ``opencc.OpenCC('t2s').convert(text)`` and a bare QTextEdit
   ``setPlainText(text)`` + repaint, in their own child process.

The analysis engine (gui.engine.speech.analysis) is used when it imports; otherwise (or with
``--fake-analysis``) /tmp/fake_analysis_plugin.py stands in, and the report says so.
Nothing generated is written to the repository.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import re
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "data" / "corpus" / "tuning"
ARTICLE = REPO / "resources" / "article.txt"
FAKE_PLUGIN_DIR = "/tmp"
FAKE_PLUGIN = "fake_analysis_plugin"
RESULT_PREFIX = "BENCH_RESULT "
WINDOW_W, WINDOW_H = 1180, 780  # MainWindow's default size (no saved geometry)
SEED = 20240601

# Targets from the issue.
START_RATIO_TARGET = 1.3
TOGGLE_TARGET_MS = 16.0
LARGE_FIRST_SCREEN_TARGET_S = 0.5
LARGE_STALL_TARGET_MS = 100.0
LARGE_TOGGLE_TARGET_S = 0.4
CLICK_TARGET_MS = 50.0
SPEAKERS_RATIO_TARGET = 2.0

# -------------------------------------------------------------------------------------------------
# Child-side helpers (Qt is imported only inside children)
# -------------------------------------------------------------------------------------------------

BARE_START_SCRIPT = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextEdit

app = QApplication(sys.argv[:1])
if "--bundled-font" in sys.argv:  # what yanlu does on a machine without a CJK font
    from importlib import resources
    from PySide6.QtGui import QFontDatabase
    QFontDatabase.addApplicationFont(str(resources.files("manimgx_fonts_cjk") / "NotoSansCJK-VF.otf.ttc"))
if "--qt-enums" in sys.argv:  # PySide6 builds the Python enums of the Qt namespace on first use
    from PySide6.QtCore import Qt
    Qt.AlignmentFlag
edit = QTextEdit()
with open(sys.argv[1], encoding="utf-8") as f:
    edit.setPlainText(f.read())
edit.resize(1180, 780)

def report():
    print(f"bare: first paint (epoch {time.time():.6f}) cpu {time.process_time() * 1000:.1f} ms", flush=True)
    app.quit()

class FirstPaint(QObject):  # the same mechanism as gui/app.py's _FirstPaintExit
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

first_paint = FirstPaint(edit)
edit.viewport().installEventFilter(first_paint)
edit.show()
sys.exit(app.exec())
"""

# ``python -m gui`` with time stamps between the start-up steps of gui/app.py's run_reader (each
# step wrapped, nothing else changed); "--no-worker" also keeps the background ReadingJob (analysis
# and conversions, which compete for the GIL) from starting before the first paint.
START_PHASES_SCRIPT = r"""
import json, sys, time
marks = [("interpreter ready", time.time())]
if "--fake-analysis" in sys.argv:
    import fake_analysis_plugin
import PySide6.QtWidgets
marks.append(("PySide6 imported", time.time()))
import gui.app as app_module
import gui.main_window as window_module
marks.append(("gui.app imported (window code, PySide classes)", time.time()))
if "--no-worker" in sys.argv:
    from gui.reading_worker import ReadingWorker
    ReadingWorker.start = lambda self, *args, **kwargs: 0

def after(owner, name, label):
    function = getattr(owner, name)
    def wrapped(*args, **kwargs):
        result = function(*args, **kwargs)
        marks.append((label, time.time()))
        return result
    setattr(owner, name, wrapped)

after(app_module, "create_application", "QApplication created")
after(app_module, "load_cjk_fonts", "CJK fonts found or loaded")
after(window_module.MainWindow, "__init__", "MainWindow built")
after(app_module, "open_first_article", "article parsed and put in the view")
after(window_module.MainWindow, "show", "window.show() returned")
import builtins
real_print = builtins.print
def print_with_phases(*args, **kwargs):
    real_print(*args, **kwargs)
    if args and "first paint" in str(args[0]):
        real_print("PHASES " + json.dumps(marks), flush=True)
builtins.print = print_with_phases
from gui.cli import main
main([])
"""

YANLU_FAKE_MAIN = f"import {FAKE_PLUGIN}, runpy; runpy.run_module('gui', run_name='__main__', alter_sys=True)"


def make_large_text(n_chars: int, seed: int = SEED) -> str:
    """~``n_chars`` of news prose from the labelled corpus, varied (see the module docstring)."""
    import opencc  # generation only; the measured conversions make their own converters

    units: list[str] = []
    sentence = re.compile(r"[^。！？!?\n]*[。！？!?]+[”」’』]*|[^。！？!?\n]+")
    opening, closing = "“「『‘", "”」』’"
    for path in sorted(CORPUS.glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        group, depth = "", 0
        for piece in sentence.findall(text):
            group += piece  # keep a quotation's sentences together so quote marks stay balanced
            depth += sum(piece.count(c) for c in opening) - sum(piece.count(c) for c in closing)
            if depth <= 0:
                if group.strip():
                    units.append(group.strip())
                group, depth = "", 0
        if group.strip():
            units.append(group.strip())
    to_simplified, to_traditional = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    forms = [(u, to_simplified.convert(u), to_traditional.convert(u)) for u in units]
    rng = random.Random(seed)
    paragraphs = ["長文測試：新聞合集一百萬字（简繁混排）"]
    total = len(paragraphs[0]) + 1
    while total < n_chars:
        sentences = []
        for _ in range(rng.randint(2, 7)):
            unit = rng.choice(rng.choice(forms))  # original, simplified or traditional form
            unit = re.sub(r"\d", lambda _m: str(rng.randint(0, 9)), unit)
            unit = re.sub("[，、]", lambda m: "" if rng.random() < 0.5 else m.group(), unit)
            sentences.append(unit)
        paragraph = "".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 1
    paragraphs.append("（責任編輯：測試）")
    return "\n".join(paragraphs)


def maxrss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def current_rss_mib() -> float:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return float("nan")


def font_mappings_mib() -> list[float]:
    """RSS of each mapping of a font file (FreeType maps a file once per face it opens): pages of
    the page cache, one physical copy however many mappings count them."""
    sizes, name = [], ""
    try:
        with open("/proc/self/smaps", encoding="utf-8") as smaps:
            for line in smaps:
                fields = line.split()
                if fields and "-" in fields[0] and not fields[0].endswith(":"):
                    name = fields[5] if len(fields) > 5 else ""
                elif fields[:1] == ["Rss:"] and name.endswith((".ttc", ".otf", ".ttf")):
                    sizes.append(round(int(fields[1]) / 1024, 1))
    except OSError:
        pass
    return sizes


def load_analysis(fake: bool) -> None:
    if fake:
        sys.path.insert(0, FAKE_PLUGIN_DIR)
        __import__(FAKE_PLUGIN)


def run_loop_until(app: Any, done: Any, timeout_s: float, on_tick: Any = None, interval_ms: int = 10) -> bool:
    """Run the Qt event loop, calling ``on_tick`` every ``interval_ms``, until ``done()`` or timeout."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    loop = QEventLoop()
    finished = [False]

    def tick() -> None:
        if on_tick is not None:
            on_tick()
        if done():
            finished[0] = True
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    timer.start()
    deadline.start(int(timeout_s * 1000))
    if not done():
        loop.exec()
    else:
        finished[0] = True
    timer.stop()
    deadline.stop()
    return finished[0]


def drain(app: Any, seconds: float = 0.2) -> None:
    """Let the event loop run for ``seconds``, as the application's own loop would.

    A real QEventLoop, not a processEvents() poll: deleteLater() runs only in an event loop, so a
    poll keeps every replaced document alive and the memory figures grow with each switch
    (+50–75 MiB a switch on a 1 M-character book), which the application never does.
    """
    end = time.perf_counter() + seconds
    run_loop_until(app, lambda: time.perf_counter() > end, seconds + 5)


def open_window(tmp: Path, ready_timeout_s: float = 120.0) -> tuple[Any, Any]:
    """The real window on the bundled article, settings in ``tmp``, all views ready."""
    from gui.app import build_window, create_application
    from gui.bundled import bundled_article_text
    from gui.engine.reading import Reading
    from gui.settings import Settings

    app = create_application()
    window = build_window(Settings.open(tmp / "yanlu.ini"))
    window.resize(WINDOW_W, WINDOW_H)
    window.show_reading(Reading.parse(bundled_article_text()))
    window.show()
    if not run_loop_until(app, window.is_idle, ready_timeout_s, interval_ms=20):
        raise RuntimeError(f"bundled article not ready after {ready_timeout_s} s")
    drain(app)
    return app, window


def emit(result: dict) -> None:
    print(RESULT_PREFIX + json.dumps(result), flush=True)


# -- child: script toggle on the bundled article ---------------------------------------------------


def child_toggle(cfg: dict) -> dict:
    from PySide6.QtWidgets import QTextEdit

    from gui.engine.scripts.script_variants import Variant

    app, window = open_window(Path(cfg["tmp"]))
    reading = window.reading
    shown_view = getattr(reading, "display_view", reading.view)  # the text the window shows
    for variant in Variant:
        shown_view(variant)  # every view cached before timing
    speakers = reading.analysis.speakers
    speaker = max(speakers, key=lambda s: len(reading.analysis.quotes_of(s.name))) if speakers else None
    if speaker is not None:
        window.select_speaker(speaker.name)
    drain(app)
    view = window.article_view.viewport()
    order = [Variant.HANS, Variant.HANT, Variant.TW, Variant.HK, Variant.ORIGINAL]
    yanlu_ms: list[float] = []
    settle_ms: list[float] = []
    for _ in range(cfg["rounds"] + 1):  # round 0 is warm-up (first use of each regional font)
        for variant in order:
            start = time.perf_counter()
            window.script_bar.button(variant).click()
            view.repaint()
            yanlu_ms.append((time.perf_counter() - start) * 1000)
            app.processEvents()  # whatever the click left queued, for the "settled" figure
            settle_ms.append((time.perf_counter() - start) * 1000)
            drain(app, 0.02)
    highlights = len(window.article_view.extraSelections())
    bare = QTextEdit()
    bare.resize(window.article_view.size())
    bare.show()
    drain(app)
    bare_ms: list[float] = []
    for _ in range(cfg["rounds"] + 1):
        for variant in order:
            text = shown_view(variant).text
            start = time.perf_counter()
            bare.setPlainText(text)
            bare.viewport().repaint()
            bare_ms.append((time.perf_counter() - start) * 1000)
            drain(app, 0.02)
    n = len(order)
    return {
        "yanlu_ms": yanlu_ms[n:],
        "yanlu_cold_ms": yanlu_ms[:n],
        "settled_ms": settle_ms[n:],
        "bare_ms": bare_ms[n:],
        "speaker": speaker.name if speaker else None,
        "highlights": highlights,
        "chars": len(reading.text),
    }


# -- child: the large text in the window -------------------------------------------------------------


@dataclass
class StallLog:
    """Lateness of a repeating timer: how long the event loop could not run it."""

    interval_s: float
    last: float = 0.0
    worst_ms: float = 0.0
    origin: float = 0.0
    over: list[tuple[float, float]] | None = None  # (start since origin, lateness ms) of stalls > 100 ms

    def tick(self) -> None:
        now = time.perf_counter()
        late_ms = (now - self.last - self.interval_s) * 1000
        if late_ms > LARGE_STALL_TARGET_MS and self.over is not None:
            self.over.append((self.last - self.origin, late_ms))
        self.worst_ms = max(self.worst_ms, late_ms)
        self.last = now


def parse_faulthandler(dump: str, main_ident: int) -> list[dict]:
    """Each timeout dump → the main thread's and the other threads' innermost frames."""
    samples = []
    for block in dump.split("Timeout (")[1:]:
        threads: list[tuple[str, list[str]]] = []
        for part in re.split(r"\n(?=(?:Current thread|Thread) 0x)", block)[1:]:
            header, *frames = part.strip().splitlines()
            ident = int(re.search(r"0x([0-9a-f]+)", header).group(1), 16)
            name = "main" if ident == main_ident else f"thread {ident:x}"[-12:]
            threads.append((name, [f.strip() for f in frames if f.strip().startswith("File")]))
        samples.append({name: [_short_frame(f) for f in frames[:16]] for name, frames in threads})
    return samples


def _short_frame(frame: str) -> str:
    match = re.match(r'File "(.*)", line (\d+) in (.*)', frame)
    if not match:
        return frame
    path, line, func = match.groups()
    return f"{_short_path(path)}:{line} {func}"


def _short_path(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(REPO))
    except ValueError:
        return "/".join(Path(path).parts[-2:])


def child_large(cfg: dict) -> dict:
    import faulthandler
    import gc
    import threading
    import tracemalloc

    from PySide6.QtCore import Qt

    from gui.engine.reading import Reading
    from gui.engine.scripts.script_variants import Variant

    trace = cfg["trace"]
    tmp = Path(cfg["tmp"])
    app, window = open_window(tmp)
    text = make_large_text(cfg["chars"])
    info: dict[str, Any] = {"chars": len(text), "paragraphs": text.count("\n") + 1}
    try:
        from gui.engine.scripts.script_variants import _pieces

        pieces = [p for p, convertible in _pieces(text, []) if convertible]
        info["pieces"], info["unique_pieces"] = len(pieces), len(set(pieces))
    except Exception:  # a private helper; the figure is only context
        pass

    # Timer jitter of the idle loop (context for the stall figure).
    idle = StallLog(0.010, last=time.perf_counter())
    end_idle = time.perf_counter() + 1.0
    run_loop_until(app, lambda: time.perf_counter() > end_idle, 5, idle.tick)

    # When the worker finishes each step (direct connections: stamped in the worker thread) and
    # when the window has shown the analysis (main thread).
    marks: list[tuple[str, float]] = []
    t0 = [0.0]
    direct = Qt.ConnectionType.DirectConnection
    window.worker.signals.analysed.connect(
        lambda _job: marks.append(("analysis done", time.perf_counter() - t0[0])), direct
    )
    window.worker.signals.view_ready.connect(
        lambda _job, v: marks.append((f"{v} view done", time.perf_counter() - t0[0])), direct
    )
    window.reading_ready.connect(lambda: marks.append(("analysis shown", time.perf_counter() - t0[0])))

    gc.collect()
    rss_before, cur_before = maxrss_mib(), current_rss_mib()
    if trace:
        tracemalloc.start(1)
    t0[0] = time.perf_counter()
    reading = Reading.parse(text)
    t_parse = time.perf_counter() - t0[0]
    window.show_reading(reading)
    t_show = time.perf_counter() - t0[0]
    window.article_view.viewport().repaint()
    t_first = time.perf_counter() - t0[0]

    # Background phase: a 10 ms timer records its lateness; faulthandler dumps every thread's
    # stack whenever the loop has not come back for 100 ms (re-armed on each tick).
    stalls = StallLog(0.010, last=time.perf_counter(), origin=t0[0], over=[])
    dump_file = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (faulthandler writes to it until the end)
    watch = not trace

    def tick() -> None:
        stalls.tick()
        if watch:
            faulthandler.dump_traceback_later(
                LARGE_STALL_TARGET_MS / 1000 + stalls.interval_s, file=dump_file
            )

    if watch:
        faulthandler.dump_traceback_later(0.11, file=dump_file)
    ready = run_loop_until(app, window.is_idle, cfg["ready_timeout_s"], tick)
    t_ready = time.perf_counter() - t0[0]
    # Stalls just after "ready" (the last view's signal is handled in the loop) count too.
    end_tail = time.perf_counter() + 0.5
    run_loop_until(app, lambda: time.perf_counter() > end_tail, 5, tick)
    if watch:
        faulthandler.cancel_dump_traceback_later()
    dump_file.seek(0)
    samples = parse_faulthandler(dump_file.read(), threading.main_thread().ident) if watch else []

    toggles: list[tuple[str, float]] = []
    if ready:
        for variant in (Variant.HANS, Variant.HANT, Variant.TW, Variant.HK, Variant.ORIGINAL):
            start = time.perf_counter()
            window.script_bar.button(variant).click()
            window.article_view.viewport().repaint()
            toggles.append((variant.value, time.perf_counter() - start))
            drain(app, 0.05)
    clicks, deep = (measure_clicks(app, window), measure_deep_switches(app, window)) if ready else ([], [])
    result = {
        **info,
        "trace": trace,
        "parse_s": t_parse,
        "show_reading_s": t_show,
        "first_screen_s": t_first,
        "ready": ready,
        "ready_s": t_ready,
        "worst_stall_ms": stalls.worst_ms,
        "stalls_over": stalls.over,
        "idle_jitter_ms": idle.worst_ms,
        "stall_samples": samples,
        "marks": marks,
        "toggles": toggles,
        "clicks": clicks,
        "deep": deep,
        "maxrss_delta_mib": maxrss_mib() - rss_before,
        "rss_now_delta_mib": current_rss_mib() - cur_before,
        "rss_at_start_mib": cur_before,  # the window on the bundled article, fonts loaded
        "maxrss_total_mib": maxrss_mib(),
        "font_mappings_mib": font_mappings_mib(),
        "speakers": len(reading.analysis.speakers),
        "quotes": len(reading.analysis.quotes),
    }
    if trace:
        result["tracemalloc_peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
        top = tracemalloc.take_snapshot().statistics("lineno")[:6]
        result["tracemalloc_top"] = [
            f"{_short_path(s.traceback[0].filename)}:{s.traceback[0].lineno} {s.size / 2**20:.1f} MiB"
            for s in top
        ]
        tracemalloc.stop()
    return result


def measure_clicks(app: Any, window: Any) -> list[tuple[str, float]]:
    """All speakers, F3, Shift+F3 and Esc with the reader 90 % into the text: (label, seconds),
    each from the call to the repainted viewport."""
    from gui.highlights import ALL_SPEAKERS

    view = window.article_view
    view.scroll_to_top(int(len(window._shown.text) * 0.9))
    drain(app, 0.1)
    steps = (
        ("All speakers", lambda: window.select_speaker(ALL_SPEAKERS, reveal=False)),
        ("F3 (to the next quotation, far above)", lambda: window.step_quote(1)),
        ("F3", lambda: window.step_quote(1)),
        ("Shift+F3", lambda: window.step_quote(-1)),
        ("Esc", lambda: window.select_speaker(None)),
    )
    timed = []
    for label, step in steps:
        start = time.perf_counter()
        step()
        view.viewport().repaint()
        timed.append((label, time.perf_counter() - start))
        drain(app, 0.05)
    return timed


def measure_deep_switches(app: Any, window: Any) -> list[tuple[str, float, bool]]:
    """Zoom and script switches with the reader 90 % into the text: (label, seconds, whether the
    paragraph at the top is still the reader's)."""
    from gui.engine.scripts.script_variants import Variant

    view = window.article_view
    source = window.reading.text

    def paragraph() -> int:
        return source.rfind("\n", 0, window._shown.offsets.to_source(view.first_visible_offset()) + 1)

    steps = (
        ("zoom in", lambda: window.zoom(1)),
        ("zoom out", lambda: window.zoom(-1)),
        ("switch to 繁體", lambda: window.set_variant(Variant.HANT)),
        ("switch to 简体", lambda: window.set_variant(Variant.HANS)),
        ("switch to 原文", lambda: window.set_variant(Variant.ORIGINAL)),
    )
    view.scroll_to_top(int(len(window._shown.text) * 0.9))
    drain(app, 0.1)
    timed = []
    for label, step in steps:
        before = paragraph()
        start = time.perf_counter()
        step()
        view.viewport().repaint()
        elapsed = time.perf_counter() - start
        drain(app, 0.3)  # Qt goes on laying the text out: the place must survive that too
        timed.append((label, elapsed, paragraph() == before))
    return timed


def child_large_base(cfg: dict) -> dict:
    import gc
    import tracemalloc

    import opencc
    from PySide6.QtWidgets import QApplication, QTextEdit

    app = QApplication.instance() or QApplication(sys.argv[:1])
    text = make_large_text(cfg["chars"])
    converter = opencc.OpenCC("t2s")  # dictionaries loaded before timing (yanlu's are warm too)
    converter.convert("預熱")
    edit = QTextEdit()
    edit.resize(WINDOW_W, WINDOW_H)
    edit.show()
    drain(app)
    gc.collect()
    rss_before, rss_at_start = maxrss_mib(), current_rss_mib()
    qt_s, cc_s = [], []
    for attempt in range(cfg["repeats"]):
        if attempt:
            edit.clear()
            drain(app, 0.05)
        start = time.perf_counter()
        edit.setPlainText(text)
        edit.viewport().repaint()
        qt_s.append(time.perf_counter() - start)
        if attempt == 0:  # the stall baseline: what QTextEdit itself does in the loop afterwards
            probe = StallLog(0.010, last=time.perf_counter())
            until = time.perf_counter() + 3.0
            run_loop_until(app, lambda until=until: time.perf_counter() > until, 10, probe.tick)
        drain(app, 0.05)
        start = time.perf_counter()
        converter.convert(text)
        cc_s.append(time.perf_counter() - start)
        if attempt == 0:
            rss_delta = maxrss_mib() - rss_before  # one display + one conversion
            rss_total = maxrss_mib()
    tracemalloc.start(1)
    converter.convert(text)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return {
        "qt_s": qt_s,
        "t2s_s": cc_s,
        "qt_stall_ms": probe.worst_ms,
        "maxrss_delta_mib": rss_delta,
        "rss_at_start_mib": rss_at_start,
        "maxrss_total_mib": rss_total,
        "tracemalloc_peak_mib": peak,
    }


def child_large_profile(cfg: dict) -> dict:
    """cProfile (main thread only) of the first screen and of one toggle to a computed view."""
    import cProfile
    import io
    import pstats

    from gui.engine.reading import Reading
    from gui.engine.scripts.script_variants import Variant

    app, window = open_window(Path(cfg["tmp"]))
    text = make_large_text(cfg["chars"])
    out: dict[str, str] = {}

    def top(profile: cProfile.Profile, title: str) -> None:
        stream = io.StringIO()
        stats = pstats.Stats(profile, stream=stream)
        stats.sort_stats("tottime").print_stats(12)
        stats.sort_stats("cumulative").print_stats(r"gui[/\\]", 14)
        body = "\n".join(
            line
            for line in stream.getvalue().splitlines()
            if line.strip() and not line.lstrip().startswith(("Ordered by", "List reduced", "Random listing"))
        )
        out[title] = body.replace(str(REPO) + "/", "")

    profile = cProfile.Profile()
    profile.enable()
    window.show_reading(Reading.parse(text))
    window.article_view.viewport().repaint()
    profile.disable()
    top(profile, "first screen: Reading.parse + show_reading + repaint")
    if run_loop_until(app, window.is_idle, cfg["ready_timeout_s"]):
        drain(app)
        profile = cProfile.Profile()
        profile.enable()
        window.script_bar.button(Variant.HANT).click()
        window.article_view.viewport().repaint()
        profile.disable()
        top(profile, "toggle to the computed 繁體 view")
    return out


CHILDREN = {
    "toggle": child_toggle,
    "large": child_large,
    "large-base": child_large_base,
    "large-profile": child_large_profile,
}


# -------------------------------------------------------------------------------------------------
# Parent: orchestration, start-up runs, import analysis, report
# -------------------------------------------------------------------------------------------------


@dataclass
class Env:
    home: Path
    fake: bool
    base: dict

    def for_run(self, **extra: str) -> dict:
        shutil.rmtree(self.home / ".config", ignore_errors=True)  # first-run settings every time
        return {**self.base, **extra}


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def make_env(fake_forced: bool) -> Env:
    home = Path(tempfile.mkdtemp(prefix="yanlu-bench-"))
    drop = ("QT_", "PYTHONSTARTUP", "YANLU_", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    base = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    base.update(
        # Cached bytecode, as in an installed copy, kept out of the repository. (This machine sets
        # PYTHONDONTWRITEBYTECODE=1, which would add the compiling of every gui module to yanlu only.)
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONPATH=str(REPO),
        PYTHONUNBUFFERED="1",
    )
    fake = fake_forced
    if not fake:
        check = subprocess.run(
            [sys.executable, "-c", "import gui.engine.speech.analysis as a; a.analyze"],
            cwd=REPO,
            env=base,
            capture_output=True,
            text=True,
            timeout=120,
        )
        fake = check.returncode != 0
        if fake:
            reason = (check.stderr.strip().splitlines() or ["?"])[-1]
            log(f"gui.engine.speech.analysis does not import ({reason}); "
                f"using {FAKE_PLUGIN_DIR}/{FAKE_PLUGIN}.py")
    if fake:
        if not Path(FAKE_PLUGIN_DIR, FAKE_PLUGIN + ".py").is_file():
            sys.exit(f"bench: no analysis engine and no stand-in at {FAKE_PLUGIN_DIR}/{FAKE_PLUGIN}.py")
        base["PYTHONPATH"] = os.pathsep.join([FAKE_PLUGIN_DIR, str(REPO)])
    return Env(home, fake, base)


def run_child(env: Env, name: str, cfg: dict, timeout_s: float) -> dict:
    cfg = {**cfg, "tmp": tempfile.mkdtemp(dir=env.home), "fake": env.fake}
    command = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--config", json.dumps(cfg)]
    try:
        done = subprocess.run(
            command, cwd=REPO, env=env.for_run(), capture_output=True, text=True, timeout=timeout_s
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout_s:.0f} s"}
    for line in done.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX) :])
    tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
    return {"error": f"exit {done.returncode}: {tail}"}


def yanlu_command(env: Env) -> list[str]:
    return [sys.executable, "-c", YANLU_FAKE_MAIN] if env.fake else [sys.executable, "-m", "gui"]


@dataclass
class Spawned:
    stdout: str
    launched: float  # time.time() just before the spawn
    exit_after_s: float | None  # from the wanted output to the process' own exit; None: killed
    error: str | None


def spawn_until(
    env: Env,
    command: list[str],
    wanted: list[str],
    timeout_s: float,
    grace_s: float,
    merge_stderr: bool = False,
) -> Spawned:
    """Run ``command`` until its stdout holds every string in ``wanted``; then give it ``grace_s``
    to exit by itself and kill its process group if it has not (a run never blocks the benchmark)."""
    run_env = env.for_run(YANLU_EXIT_AFTER_FIRST_PAINT="1")
    with tempfile.TemporaryFile() as errors:
        launched = time.time()
        process = subprocess.Popen(
            command,
            cwd=REPO,
            env=run_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merge_stderr else errors,
            start_new_session=True,
        )
        out, found_at, ended_at = b"", None, None
        deadline = launched + timeout_s
        while (remaining := deadline - time.time()) > 0:
            ready, _, _ = select.select([process.stdout], [], [], min(remaining, 0.5))
            if not ready:
                continue
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                ended_at = time.time()
                break
            out += chunk
            if found_at is None and all(w.encode() in out for w in wanted):
                found_at = time.time()
                deadline = min(deadline, found_at + grace_s)
        if process.poll() is None and ended_at is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(max(0.0, deadline - time.time()))
        killed = process.poll() is None
        if killed:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        process.stdout.close()
        errors.seek(0)
        tail = (errors.read().decode(errors="replace").strip().splitlines() or [""])[-1]
    text = out.decode(errors="replace")
    if found_at is None:
        why = f"timed out after {timeout_s:.0f} s" if killed else f"exit {process.returncode}"
        return Spawned(text, launched, None, f"{why}, no first-paint line: {tail}")
    exit_after = None if killed or ended_at is None else max(0.0, ended_at - found_at)
    return Spawned(text, launched, exit_after, None)


def timed_start(
    env: Env,
    command: list[str],
    exits: list[float] | None = None,
    cpu: list[float] | None = None,
    let_exit: bool = False,
) -> float | str:
    """Milliseconds from spawning ``command`` to the epoch it prints at its first paint; the
    process's own CPU time to that moment (all its threads) goes to ``cpu``: unlike wall time,
    it hardly depends on what else the machine is doing. With ``exits`` (the seconds it then
    took to exit are added) or ``let_exit``, the process ends by itself instead of being killed:
    a killed yanlu leaves its engine's regex cache marked as in use by a process that died, and
    the next start, taking that for a crash, compiles every pattern again."""
    graceful = exits is not None or let_exit
    run = spawn_until(env, command, ["(epoch "], timeout_s=60, grace_s=10 if graceful else 0)
    match = re.search(r"\(epoch (\d+\.\d+)\)(?: cpu (\d+\.\d+) ms)?", run.stdout)
    if run.error or not match:
        return run.error or "no epoch in the first-paint line"
    if exits is not None:
        exits.append(run.exit_after_s if run.exit_after_s is not None else float("inf"))
    if cpu is not None and match.group(2):
        cpu.append(float(match.group(2)))
    return (float(match.group(1)) - run.launched) * 1000


def bench_start(env: Env, repeats: int) -> dict:
    bare = [sys.executable, "-c", BARE_START_SCRIPT, str(ARTICLE)]
    # The same start, timed to the first paint of the speaker list that the analysis filled.
    speakers = ["env", "YANLU_EXIT_AFTER_FIRST_PAINT=0", "YANLU_EXIT_AFTER_SPEAKERS=1", *yanlu_command(env)]
    commands = {
        "yanlu": yanlu_command(env),
        "yanlu speakers": speakers,
        "bare": bare,
        "bare+font": [*bare, "--bundled-font"],
        "bare+font+Qt": [*bare, "--bundled-font", "--qt-enums"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    exits: list[float] = []  # yanlu: seconds from its first paint until the process has exited
    errors: dict[str, str] = {}
    for command in commands.values():  # warm-up: disk cache, .pyc, fontconfig, Yanlu's caches
        timed_start(env, command, let_exit=True)
    for attempt in range(repeats):
        log(f"start-up round {attempt + 1}/{repeats}")
        names = list(commands)
        if attempt % 2:
            names.reverse()  # alternate the order so drift hits every command alike
        for name in names:
            value = timed_start(
                env, commands[name], exits if name == "yanlu" else None, cpu[name], name.startswith("yanlu")
            )
            if isinstance(value, str):
                errors[name] = value
            else:
                times[name].append(value)
    phases = {"with background work": [], "background work held back": []}
    for attempt in range(repeats):
        log(f"start-up phases {attempt + 1}/{repeats}")
        for label, flag in (("with background work", []), ("background work held back", ["--no-worker"])):
            fake = ["--fake-analysis"] if env.fake else []
            marks = timed_phases(env, [sys.executable, "-c", START_PHASES_SCRIPT, *fake, *flag])
            if marks:
                phases[label].append(marks)
    return {
        "times": times,
        "cpu": cpu,
        "errors": errors,
        "exits": exits,
        "phases": phases,
        "imports": import_report(env, commands),
    }


def timed_phases(env: Env, command: list[str]) -> list[tuple[str, float]] | None:
    """[(step, ms since spawn)] up to the first paint, or None when the run failed."""
    run = spawn_until(env, command, ["(epoch ", "PHASES "], timeout_s=60, grace_s=10)  # see timed_start
    paint = re.search(r"\(epoch (\d+\.\d+)\)", run.stdout)
    phases = re.search(r"^PHASES (.*)$", run.stdout, re.MULTILINE)
    if run.error or not paint or not phases:
        return None
    marks = [(label, (stamp - run.launched) * 1000) for label, stamp in json.loads(phases.group(1))]
    return [*marks, ("first paint (layout + paint + flush)", (float(paint.group(1)) - run.launched) * 1000)]


@dataclass
class Import:
    name: str
    self_us: int
    cumulative_us: int
    level: int
    before_paint: bool
    parent: str | None = None


def parse_importtime(output: str) -> tuple[list[Import], bool]:
    """All ``-X importtime`` lines, each marked as finished before the first-paint line or not."""
    imports: list[Import] = []
    waiting: list[Import] = []
    painted = False
    for line in output.splitlines():
        if "first paint" in line:
            painted = True
            continue
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( +)(\S+)", line)
        if not match:
            continue
        level = (len(match.group(3)) - 1) // 2
        item = Import(match.group(4), int(match.group(1)), int(match.group(2)), level, not painted)
        while waiting and waiting[-1].level > item.level:
            child = waiting.pop()
            if child.level == item.level + 1:
                child.parent = item.name
        waiting.append(item)
        imports.append(item)
    return imports, painted


# Modules the first screen (the bundled article in 原文, no highlights yet) does not need.
NOT_FOR_FIRST_SCREEN = {
    "opencc": "script conversion; 原文 needs none (imported by the background ReadingJob)",
    "jieba": "word segmentation for the analysis (background)",
    "gui.engine.speech.analysis": "the analysis (background ReadingJob)",
    "gui.engine.speech.lexicon": "analysis lexicons",
    "gui.engine.speech.patterns": "analysis",
    "gui.engine.speech.names": "analysis",
    "gui.engine.speech.roles": "analysis",
    "gui.engine.speech.registry": "analysis",
    "gui.engine.speech.mentions": "analysis",
    "gui.engine.speech.subjects": "analysis",
    "gui.engine.speech.speech_model": "analysis",
    "gui.engine.speech.transcripts": "analysis",
    "gui.engine.speech.attribution": "analysis",
    "gui.engine.speech.clauses": "analysis",
    "gui.engine.speech.quotation_marks": "analysis",
    "gui.engine.scripts.folding": "analysis (imports opencc)",
    "gui.engine.speech.evaluation": "yanlu evaluate only",
    "gui.analyze_command": "yanlu analyze only",
    "gui.document_opener": "file opening (bundled article needs none)",
    "gui.engine.formats.loader": "file opening",
    "gui.engine.formats.epub_reader": "file opening",
    "gui.engine.formats.html_extraction": "file opening",
    "gui.engine.formats.markdown_text": "file opening",
    "gui.engine.formats.text_decoding": "file opening",
    "gui.engine.formats.file_sniffing": "file opening",
    "trafilatura": "HTML extraction (file opening)",
    "lxml": "HTML extraction (file opening)",
    "ebooklib": "EPUB (file opening)",
    "charset_normalizer": "encoding detection (file opening)",
    "argparse": "needed only for options; fine",
}


def verdict(item: Import, by_name: dict[str, Import]) -> str:
    chain = [item.name]
    while by_name.get(chain[-1]) and by_name[chain[-1]].parent:
        chain.append(by_name[chain[-1]].parent)
    for name in chain:
        for prefix, reason in NOT_FOR_FIRST_SCREEN.items():
            if name == prefix or name.startswith(prefix + "."):
                return f"NOT NEEDED: {reason}" if prefix != "argparse" else reason
    return "first screen (window code or its dependencies)"


def import_report(env: Env, commands: dict[str, list[str]]) -> dict:
    log("import times (-X importtime)")
    out: dict[str, tuple[list[Import], bool]] = {}
    for name in ("yanlu", "bare"):
        command = [commands[name][0], "-X", "importtime", *commands[name][1:]]
        run = spawn_until(env, command, ["first paint"], timeout_s=60, grace_s=15, merge_stderr=True)
        out[name] = parse_importtime(run.stdout)
    everything, painted = out["yanlu"]
    by_name = {item.name: item for item in everything}
    bare_names = {item.name for item in out["bare"][0] if item.before_paint}
    before = [item for item in everything if item.before_paint]
    # Imports still running at the first paint: ancestors (finished later) of modules finished before.
    in_progress: dict[str, Import] = {}
    for item in before:
        parent = by_name.get(item.parent) if item.parent else None
        while parent is not None and not parent.before_paint:
            in_progress[parent.name] = parent
            parent = by_name.get(parent.parent) if parent.parent else None
    extra = [item for item in before if item.name not in bare_names]
    rows = []
    shown = [
        *sorted((i for i in extra if i.self_us >= 300), key=lambda i: -i.self_us),
        *sorted((i for i in in_progress.values() if i.cumulative_us >= 1000), key=lambda i: -i.cumulative_us),
    ]
    for item in shown:
        via, parent = [], item.parent
        while parent:
            via.append(parent)
            parent = by_name[parent].parent if parent in by_name else None
        rows.append(
            {
                "name": item.name + ("  (in progress at paint)" if not item.before_paint else ""),
                "self_ms": item.self_us / 1000,
                "cumulative_ms": item.cumulative_us / 1000,
                "via": " < ".join(via[:3]) or "(top level: run_reader's import, or a background thread)",
                "verdict": verdict(item, by_name),
            }
        )
    return {
        "painted": painted,
        "yanlu_total_ms": sum(i.self_us for i in before) / 1000,
        "bare_total_ms": sum(i.self_us for i in out["bare"][0] if i.before_paint) / 1000,
        "extra_total_ms": sum(i.self_us for i in extra) / 1000,
        "not_needed_ms": sum(i.self_us for i in extra if verdict(i, by_name).startswith("NOT")) / 1000,
        "rows": rows,
    }


# -- report ----------------------------------------------------------------------------------------


def fmt_ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} ms" if value < 1000 else f"{value / 1000:.2f} s"


def fmt_s(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f} s"


def fmt_mib(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} MiB"


def ratio(measured: float | None, baseline: float | None) -> str:
    if measured is None or not baseline:
        return "—"
    return f"{measured / baseline:.2f}×"


def row(figure: str, measured: str, baseline: str, rat: str, target: str, ok: bool | None) -> list[str]:
    return [figure, measured, baseline, rat, target, "—" if ok is None else "PASS" if ok else "FAIL"]


def print_table(title: str, rows: list[list[str]], notes: list[str] = ()) -> None:
    header = ["figure", "measured", "baseline", "ratio", "target", "result"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(line)
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))
    for note in notes:
        print(f"  · {note}")


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def report_start(result: dict, repeats: int) -> None:
    times = result["times"]
    yanlu, bare, font = median(times["yanlu"]), median(times["bare"]), median(times["bare+font"])
    floor = median(times["bare+font+Qt"])
    ok = None if yanlu is None or bare is None else yanlu / bare <= START_RATIO_TARGET
    speakers = median(times["yanlu speakers"])
    rows = [
        row(
            "process start → speakers listed (median)",
            fmt_ms(speakers),
            fmt_ms(bare),
            ratio(speakers, bare),
            f"≤ {SPEAKERS_RATIO_TARGET}× bare",
            None if speakers is None or bare is None else speakers / bare <= SPEAKERS_RATIO_TARGET,
        ),
        row(
            "process start → article painted (median)",
            fmt_ms(yanlu),
            fmt_ms(bare),
            ratio(yanlu, bare),
            f"≤ {START_RATIO_TARGET}× bare",
            ok,
        ),
        row(
            "  info: vs bare + bundled CJK font loaded",
            fmt_ms(yanlu),
            fmt_ms(font),
            ratio(yanlu, font),
            "—",
            None,
        ),
        row(
            "  info: vs bare + font + Qt.* enums built",
            fmt_ms(yanlu),
            fmt_ms(floor),
            ratio(yanlu, floor),
            "—",
            None,
        ),
    ]
    cpu = result.get("cpu", {})
    yanlu_cpu, bare_cpu = median(cpu.get("yanlu", [])), median(cpu.get("bare", []))
    rows.append(
        row(
            "  info: window process CPU to first paint",
            fmt_ms(yanlu_cpu),
            fmt_ms(bare_cpu),
            ratio(yanlu_cpu, bare_cpu),
            "—",
            None,
        )
    )
    for label, runs in result["phases"].items():
        painted = median([marks[-1][1] for marks in runs])
        rows.append(
            row(
                f"  info: timed steps run, {label}",
                fmt_ms(painted),
                fmt_ms(bare),
                ratio(painted, bare),
                "—",
                None,
            )
        )
    notes = [
        f"{repeats} runs each after a warm-up, order alternated; yanlu runs: "
        + ", ".join(f"{t:.0f}" for t in times["yanlu"])
        + " ms; yanlu to speakers: "
        + ", ".join(f"{t:.0f}" for t in times["yanlu speakers"])
        + " ms; bare: "
        + ", ".join(f"{t:.0f}" for t in times["bare"])
        + " ms",
    ]
    if cpu.get("yanlu") and cpu.get("bare"):
        notes.append(
            f"CPU to first paint: yanlu {min(cpu['yanlu']):.0f}–{max(cpu['yanlu']):.0f} ms, "
            f"bare {min(cpu['bare']):.0f}–{max(cpu['bare']):.0f} ms"
        )
    exits = sorted(result["exits"])
    if exits:
        slow = sum(e > 1.0 for e in exits)
        notes.append(
            f"after its first paint yanlu took a median {statistics.median(exits):.1f} s to exit "
            f"(max {'> 10 s, killed' if exits[-1] == float('inf') else f'{exits[-1]:.1f} s'}; "
            f"{slow} of {len(exits)} runs > 1 s): quitting waits for the background job"
        )
    notes += [f"{name} FAILED: {error}" for name, error in result["errors"].items()]
    print_table("1. START-UP (subprocesses, QT_QPA_PLATFORM=offscreen, temporary HOME)", rows, notes)
    report_phases(result["phases"])
    imports = result["imports"]
    print(f"\n1c. IMPORTS BEFORE FIRST PAINT (python -X importtime; first paint seen: {imports['painted']})")
    print(
        f"  import time before first paint: yanlu {imports['yanlu_total_ms']:.0f} ms, bare "
        f"{imports['bare_total_ms']:.0f} ms; in modules the bare window does not import: "
        f"{imports['extra_total_ms']:.0f} ms, of which not needed for the first screen: "
        f"{imports['not_needed_ms']:.0f} ms (times are wall time, inflated where threads compete)"
    )
    print(f"  {'module':<40} {'self':>8} {'cumul.':>8}  imported via / verdict")
    running = [r for r in imports["rows"] if "in progress" in r["name"]]
    done = [r for r in imports["rows"] if "in progress" not in r["name"]]
    shown = [r for r in done if r["verdict"].startswith("NOT")][:10] + running[:4]
    shown += [r for r in done if not r["verdict"].startswith("NOT")][:10]
    for r in shown:
        print(f"  {r['name']:<40} {r['self_ms']:>6.1f}ms {r['cumulative_ms']:>6.1f}ms  {r['via']}")
        print(f"  {'':<58}  → {r['verdict']}")


def report_phases(phases: dict[str, list[list[tuple[str, float]]]]) -> None:
    runs = {label: found for label, found in phases.items() if found}
    if not runs:
        print("\n1b. START-UP STEPS: no run completed")
        return
    labels = [label for label, _ in next(iter(runs.values()))[0]]
    print("\n1b. START-UP STEPS (python -m gui with time stamps after each step of run_reader; medians, ms)")
    print(f"  {'step':<48}" + "".join(f"{name:>28}" for name in runs))
    for index, label in enumerate(labels):
        cells = []
        for found in runs.values():
            ends = [marks[index][1] for marks in found]
            starts = [marks[index - 1][1] if index else 0.0 for marks in found]
            step = statistics.median(e - s for e, s in zip(ends, starts, strict=True))
            cells.append(f"{statistics.median(ends):8.1f} (+{step:6.1f})")
        print(f"  {label:<48}" + "".join(f"{cell:>28}" for cell in cells))
    print(
        "  · ms since spawn (+ ms for this step); 'held back' = ReadingWorker.start patched out,"
        " i.e. no analysis/conversion thread competing for the GIL before the first paint"
    )


def report_toggle(result: dict) -> None:
    if "error" in result:
        print_table(
            "2. SCRIPT TOGGLE (bundled article)",
            [row("toggle", "ERROR", "—", "—", "—", False)],
            [result["error"]],
        )
        return
    y, b = result["yanlu_ms"], result["bare_ms"]
    rows = [
        row(
            f"click → repaint, {name}",
            fmt_ms(stat(y)),
            fmt_ms(stat(b)),
            ratio(stat(y), stat(b)),
            f"≤ {TOGGLE_TARGET_MS:.0f} ms",
            stat(y) <= TOGGLE_TARGET_MS,
        )
        for name, stat in (("median", median), ("max", max))
    ] + [
        row(
            "  info: first round (fonts cold), max", fmt_ms(max(result["yanlu_cold_ms"])), "—", "—", "—", None
        ),
        row(
            "  info: + processEvents() after, median",
            fmt_ms(median(result["settled_ms"])),
            "—",
            "—",
            "—",
            None,
        ),
    ]
    notes = [
        f"{len(y)} toggles over 5 scripts ({len(y) // 5} rounds after a warm-up round), "
        f"{result['chars']} characters, speaker {result['speaker']!r} selected "
        f"({result['highlights']} highlight spans); baseline: bare QTextEdit setPlainText + repaint",
    ]
    print_table("2. SCRIPT TOGGLE (bundled article, in-process)", rows, notes)


def memory_row(label: str, measured: dict, base: dict, key: str) -> list[str]:
    """A reported (not judged) memory figure beside its baseline."""
    return row(
        label,
        fmt_mib(measured[key]),
        fmt_mib(base.get(key)),
        ratio(measured[key], base.get(key)),
        "— (report)",
        None,
    )


def report_large(timed: dict, traced: dict, base: dict, quick: bool) -> None:
    errors = [
        f"{name}: {r['error']}"
        for name, r in (("timed", timed), ("traced", traced), ("baseline", base))
        if "error" in r
    ]
    qt = median(base.get("qt_s", []))
    t2s = median(base.get("t2s_s", []))
    rows = []
    if "error" not in timed:
        toggles = [s for _, s in timed["toggles"]]
        stall_ms = timed["worst_stall_ms"]
        rows += [
            row(
                "first screen: parse + show_reading + paint",
                fmt_s(timed["first_screen_s"]),
                fmt_s(qt),
                ratio(timed["first_screen_s"], qt),
                f"≤ {LARGE_FIRST_SCREEN_TARGET_S} s",
                timed["first_screen_s"] <= LARGE_FIRST_SCREEN_TARGET_S,
            ),
            row(
                "longest event-loop stall (background work)",
                fmt_ms(stall_ms),
                fmt_ms(base.get("qt_stall_ms")),
                ratio(stall_ms, max(base.get("qt_stall_ms", 0), 1.0)),
                f"none > {LARGE_STALL_TARGET_MS:.0f} ms",
                stall_ms <= LARGE_STALL_TARGET_MS,
            ),
            row(
                "all views ready (from show_reading)",
                fmt_s(timed["ready_s"]) + ("" if timed["ready"] else " TIMEOUT"),
                fmt_s(t2s),
                ratio(timed["ready_s"], t2s),
                "—",
                None if timed["ready"] else False,
            ),
            row(
                "toggle to a computed view, median",
                fmt_s(median(toggles)),
                fmt_s(qt),
                ratio(median(toggles), qt),
                f"≤ {LARGE_TOGGLE_TARGET_S} s",
                bool(toggles) and median(toggles) <= LARGE_TOGGLE_TARGET_S,
            ),
            row(
                "toggle to a computed view, max",
                fmt_s(max(toggles, default=None)),
                fmt_s(qt),
                ratio(max(toggles, default=None), qt),
                f"≤ {LARGE_TOGGLE_TARGET_S} s",
                bool(toggles) and max(toggles) <= LARGE_TOGGLE_TARGET_S,
            ),
            row(
                "peak memory: ru_maxrss delta",
                fmt_mib(timed["maxrss_delta_mib"]),
                fmt_mib(base.get("maxrss_delta_mib")),
                ratio(timed["maxrss_delta_mib"], base.get("maxrss_delta_mib")),
                "≤ 2× bare display + t2s",
                None if "error" in base else timed["maxrss_delta_mib"] <= 2 * base["maxrss_delta_mib"],
            ),
        ]
        shown = dict(timed["marks"]).get("analysis shown")
        rows.append(
            row(
                "speakers listed (from show_reading)",
                fmt_s(shown),
                fmt_s(t2s),
                ratio(shown, t2s),
                "≤ 1× one t2s",
                None if shown is None or t2s is None else shown <= t2s,
            )
        )
        for label, seconds in timed["clicks"]:
            rows.append(
                row(
                    f"{label}, reader at 90 %",
                    fmt_ms(seconds * 1000),
                    fmt_s(qt),
                    ratio(seconds, qt),
                    f"≤ {CLICK_TARGET_MS:.0f} ms",
                    seconds * 1000 <= CLICK_TARGET_MS,
                )
            )
        for label, seconds, kept in timed["deep"]:
            rows.append(
                row(
                    f"{label}, reader at 90 %" + ("" if kept else " (PLACE LOST)"),
                    fmt_s(seconds),
                    fmt_s(qt),
                    ratio(seconds, qt),
                    f"≤ {LARGE_TOGGLE_TARGET_S} s, place kept",
                    seconds <= LARGE_TOGGLE_TARGET_S and kept,
                )
            )
    if "error" not in traced:
        rows.append(
            memory_row("peak memory: tracemalloc peak (Python)", traced, base, "tracemalloc_peak_mib")
        )
    notes = []
    if "error" not in timed:
        unique = (
            f", {timed['unique_pieces']} distinct of {timed['pieces']} convertible pieces"
            if "pieces" in timed
            else ""
        )
        notes.append(
            f"text: {timed['chars']:,} characters, {timed['paragraphs']:,} paragraphs{unique}"
            + (" (--quick: smaller than 1 M)" if quick else "")
        )
        notes.append(
            f"first screen = parse {timed['parse_s']:.3f} s + show_reading "
            f"{timed['show_reading_s'] - timed['parse_s']:.3f} s + repaint "
            f"{timed['first_screen_s'] - timed['show_reading_s']:.3f} s; analysis found "
            f"{timed['speakers']} speakers, {timed['quotes']} quotations"
        )
        notes.append("toggles: " + ", ".join(f"{v} {s:.3f} s" for v, s in timed["toggles"]))
        notes.append(
            f"stalls > {LARGE_STALL_TARGET_MS:.0f} ms: {len(timed['stalls_over'])}: "
            + ", ".join(f"{late:.0f} ms at {at:.2f} s" for at, late in timed["stalls_over"][:12])
            + f"; stall baseline = bare QTextEdit's own loop stalls in the 3 s after setPlainText; "
            f"idle-loop jitter {timed['idle_jitter_ms']:.1f} ms"
        )
        notes.append(
            "background events (s after show_reading): "
            + ", ".join(f"{name} {at:.2f}" for name, at in timed["marks"])
        )
        notes.append(
            f"ru_maxrss delta {timed['maxrss_delta_mib']:.0f} MiB, "
            f"RSS now +{timed['rss_now_delta_mib']:.0f} MiB; "
            f"baseline = one bare QTextEdit display + one t2s conversion in a fresh process"
        )
        if "error" not in base:
            notes.append(
                f"whole process: yanlu peak {timed['maxrss_total_mib']:.0f} MiB from "
                f"{timed['rss_at_start_mib']:.0f} MiB at the start (window, bundled article), bare peak "
                f"{base['maxrss_total_mib']:.0f} MiB from {base['rss_at_start_mib']:.0f} MiB (no CJK "
                f"font: boxes); font files in yanlu's RSS at the end: "
                f"{sum(timed['font_mappings_mib']):.0f} MiB over {len(timed['font_mappings_mib'])} "
                "mappings (page cache, counted once per mapping)"
            )
    if "error" not in traced:
        notes.append(
            "tracemalloc (separate run, times distorted): largest live allocations at the end: "
            + "; ".join(traced.get("tracemalloc_top", [])[:4])
        )
    if "error" not in base:
        notes.append(
            "baselines (medians): bare QTextEdit setPlainText + repaint "
            + ", ".join(f"{s:.3f}" for s in base["qt_s"])
            + " s; OpenCC('t2s').convert "
            + ", ".join(f"{s:.3f}" for s in base["t2s_s"])
            + " s"
        )
    notes += errors
    print_table(
        "3. LARGE TEXT (in-process)", rows or [row("large text", "ERROR", "—", "—", "—", False)], notes
    )
    if "error" not in timed and timed["stall_samples"]:
        print(
            "\n3b. WHERE THE LOOP WAS STUCK (faulthandler dump 100 ms into each stall; innermost frame first)"
        )
        for k, sample in enumerate(timed["stall_samples"][:10], 1):
            stall = timed["stalls_over"][k - 1] if k - 1 < len(timed["stalls_over"]) else None
            when = f"{stall[1]:.0f} ms stall at {stall[0]:.2f} s" if stall else "stall"
            print(f"  #{k} {when}")
            for name, frames in sample.items():
                if name == "main" and frames and "run_loop_until" in frames[0]:
                    print(f"     {name:<14} idle in the Qt event loop (C++ work, or waiting for the GIL)")
                    continue
                gui_frames = [f for f in frames if f.startswith("gui/")]
                shown = frames[:2] + [f for f in gui_frames[:5] if f not in frames[:2]]
                print(f"     {name:<14} " + " ← ".join(shown))


# -- main ------------------------------------------------------------------------------------------


def git_state() -> str:
    try:
        head = subprocess.run(
            ["git", "log", "-1", "--format=%h %s"], cwd=REPO, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "gui"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.split("\n")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    changed = [line[3:] for line in dirty if line.strip()]
    return head[:90] + (f" + uncommitted changes in {', '.join(changed)}" if changed else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and a 250 k-character text")
    parser.add_argument("--only", default="start,toggle,large", help="comma list of start,toggle,large")
    parser.add_argument("--repeats", type=int, help="start-up runs per command (default 11, quick 5)")
    parser.add_argument("--chars", type=int, help="size of the large text (default 1,000,000; quick 250,000)")
    parser.add_argument("--fake-analysis", action="store_true", help="use /tmp/fake_analysis_plugin.py")
    parser.add_argument(
        "--profile", action="store_true", help="also cProfile the large text's first screen and a toggle"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--config", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        cfg = json.loads(args.config)
        load_analysis(cfg["fake"])
        emit(CHILDREN[args.child](cfg))
        sys.stdout.flush()
        os._exit(0)  # skip Qt teardown: nothing of it is measured, and it must not hang the run

    only = set(args.only.split(","))
    repeats = args.repeats or (5 if args.quick else 11)
    chars = args.chars or (250_000 if args.quick else 1_000_000)
    env = make_env(args.fake_analysis)
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "?"
    print(
        f"Yanlu reader benchmark — {time.strftime('%Y-%m-%d %H:%M')} — {platform.node()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}, PySide6 {pyside}"
        f"{' — QUICK' if args.quick else ''}"
    )
    print(f"working tree: {git_state()}")
    print(
        "analysis engine: "
        + (
            "STAND-IN /tmp/fake_analysis_plugin.py (gui.engine.speech.analysis not importable"
            " or --fake-analysis): analysis costs are NOT included"
            if env.fake
            else "real gui.engine.speech.analysis"
        )
    )
    try:
        if "start" in only:
            report_start(bench_start(env, repeats), repeats)
        if "toggle" in only:
            log("script toggle")
            report_toggle(run_child(env, "toggle", {"rounds": 6 if args.quick else 20}, 300))
        if "large" in only:
            ready_timeout = 240 if args.quick else 600
            log(f"large text ({chars:,} characters): baseline")
            base = run_child(env, "large-base", {"chars": chars, "repeats": 3}, 600)
            log("large text: timed run")
            timed = run_child(
                env,
                "large",
                {"chars": chars, "trace": False, "ready_timeout_s": ready_timeout},
                ready_timeout + 300,
            )
            log("large text: tracemalloc run")
            traced = run_child(
                env,
                "large",
                {"chars": chars, "trace": True, "ready_timeout_s": ready_timeout * 3},
                ready_timeout * 3 + 300,
            )
            report_large(timed, traced, base, args.quick)
            if args.profile:
                log("large text: cProfile run")
                profiled = run_child(
                    env,
                    "large-profile",
                    {"chars": chars, "ready_timeout_s": ready_timeout},
                    ready_timeout + 300,
                )
                for title, body in profiled.items():
                    print(f"\n3c. PROFILE (cProfile, main thread) — {title}\n{body}")
    finally:
        shutil.rmtree(env.home, ignore_errors=True)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
