#!/usr/bin/env python3
"""Reading help: pinyin toggle, pinyin on a 1 M-character text, dictionary popup, each against a
baseline measured in the same run.

    python3 tests/benchmarks/bench_reading_help.py            # about 2-4 minutes on 2 cores
    python3 tests/benchmarks/bench_reading_help.py --quick    # fewer repeats, 250 k characters

1. Toggle on the bundled article (简体, a speaker selected), in the real window:
   ``pinyin_action.trigger()`` + ``viewport().repaint()``. The first toggle of a process also
   loads pypinyin (on a thread: the text is laid out at once, the syllables follow); it is
   reported apart, with the time until the syllables are painted. Baselines: the same view laid
   out again without pinyin (``window.redisplay()`` + repaint: what a zoom step costs), and one
   full repaint with and without pinyin.
2. 1 M characters (tests/benchmarks/bench_reader.py's generated text): once every view is ready,
   with the reader at the top, 50 % and 90 % in, pinyin is turned on and off: the trigger and
   repaint are timed, then a 10 ms timer records the event loop's longest stall until every block
   of the book has its room (and 0.3 s after), and whether the reader's paragraph stayed at the
   top. Baseline, same place: the view laid out again without pinyin (``window.redisplay()``, what
   the toggle did before) and the stalls of Qt's layout steps for 1 s after it. Then the text is
   scrolled (page steps, then jumps across the whole book, each painted) with pinyin and without.
   The syllables painted per paint show that only the screen is read.
3. Dictionary popup: the index is built in a fresh cache folder (reported), then ``look_up`` at
   characters on screen (hit test, segmentation, SQLite, popup laid out and shown); target ≤ 30 ms.
   Baseline: a bare QLabel given the same rich text, sized and shown.

Nothing is written to the repository; settings and caches go to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

TOGGLE_TARGET_MS = 100.0
STALL_TARGET_MS = 100.0
POPUP_TARGET_MS = 30.0


def _ms(seconds: float) -> float:
    return seconds * 1000


def _summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    median = statistics.median(values)
    return f"median {median:6.1f} ms, p95 {p95:6.1f}, max {max(values):6.1f} (n={len(values)})"


def bench_toggle(app, window, rounds: int) -> None:
    from bench_reader import drain

    from gui.engine.scripts.script_variants import Variant

    help_ = window.reading_help
    window.set_variant(Variant.HANS, remember=False)
    speakers = window.reading.analysis.speakers
    if speakers:
        window.select_speaker(speakers[0].name, reveal=False)
    drain(app)
    viewport = window.article_view.viewport()

    start = time.perf_counter()
    help_.pinyin_action.trigger()
    viewport.repaint()
    laid_out = time.perf_counter() - start
    while not help_.ruby.painted and time.perf_counter() - start < 10:
        app.processEvents()
        viewport.repaint()
    painted = time.perf_counter() - start
    print(f"first toggle (pypinyin loads on a thread): text laid out {_ms(laid_out):.1f} ms, "
          f"syllables painted after {_ms(painted):.1f} ms")
    help_.pinyin_action.trigger()
    drain(app)

    on, off, relayout = [], [], []
    for _ in range(rounds):
        for bucket in (on, off):
            start = time.perf_counter()
            help_.pinyin_action.trigger()
            viewport.repaint()
            bucket.append(_ms(time.perf_counter() - start))
            drain(app, 0.02)
        start = time.perf_counter()
        window.redisplay()
        viewport.repaint()
        relayout.append(_ms(time.perf_counter() - start))
        drain(app, 0.02)
    print(f"toggle pinyin on, bundled article:  {_summary(on)}   target ≤ {TOGGLE_TARGET_MS:.0f} ms")
    print(f"toggle pinyin off:                   {_summary(off)}")
    print(f"baseline, same view laid out again:  {_summary(relayout)}")

    paints, drawn = {}, 0
    for shown in (True, False):
        if help_.pinyin_action.isChecked() != shown:
            help_.pinyin_action.trigger()
        drain(app)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            viewport.repaint()
            times.append(_ms(time.perf_counter() - start))
        paints[shown] = times
        drawn = drawn or len(help_.ruby.painted)
    print(f"full repaint with pinyin:            {_summary(paints[True])}"
          f"  ({drawn} syllables)")
    print(f"baseline, full repaint without:      {_summary(paints[False])}")


def bench_large(app, window, chars: int, steps: int) -> None:
    from bench_reader import StallLog, drain, make_large_text, run_loop_until

    from gui.engine.reading import Reading
    from gui.engine.scripts.script_variants import Variant

    text = make_large_text(chars)
    window.set_variant(Variant.HANS, remember=False)
    help_ = window.reading_help
    if help_.pinyin_action.isChecked():
        help_.pinyin_action.trigger()
    window.show_reading(Reading.parse(text))
    if not run_loop_until(app, window.is_idle, 600, interval_ms=20):
        print("large text: views not ready after 600 s")
        return
    drain(app, 0.5)
    view = window.article_view
    bar = view.verticalScrollBar()
    room = help_.ruby.room

    def paragraph_at_top() -> int:
        return window.shown_view.text.count("\n", 0, view.first_visible_offset())

    def timed(action, until) -> tuple[float, float, float]:
        """``action`` + a repaint (ms), then the event loop's worst stall (ms) until ``until()``
        and the time until then (s)."""
        start = time.perf_counter()
        action()
        view.viewport().repaint()
        trigger_ms = _ms(time.perf_counter() - start)
        stalls = StallLog(0.010, last=time.perf_counter())
        run_loop_until(app, until, 60, stalls.tick)
        done_s = time.perf_counter() - start
        run_loop_until(app, lambda: False, 0.3, stalls.tick)  # and a little after: nothing left over
        return trigger_ms, stalls.worst_ms, done_s

    print(f"\n{len(text):,} characters, {text.count(chr(10)) + 1:,} paragraphs; "
          f"load average {os.getloadavg()[0]:.2f}")
    print("pinyin toggle: trigger + repaint, then the event loop's worst stall until every block has")
    print("its room (the longest stall is the larger of the two); baseline: the same view laid out")
    print("again without pinyin (what the toggle used to do), its stalls over 1 s of Qt's layout steps")
    for fraction in (0.0, 0.5, 0.9):
        bar.setValue(int(bar.maximum() * fraction))
        drain(app, 0.3)
        paragraph = paragraph_at_top()
        deadline = time.perf_counter() + 1
        base_ms, base_stall, _ = timed(window.redisplay, lambda end=deadline: time.perf_counter() > end)
        drain(app, 0.2)
        on_ms, on_stall, on_done = timed(help_.pinyin_action.trigger, lambda: not room.busy)
        kept_on = paragraph_at_top() == paragraph
        off_ms, off_stall, off_done = timed(help_.pinyin_action.trigger, lambda: not room.busy)
        kept_off = paragraph_at_top() == paragraph
        longest = max(on_ms, on_stall, off_ms, off_stall)
        print(f"reader {fraction:4.0%} in: on {on_ms:4.0f} ms, worst stall {on_stall:3.0f} ms, book done "
              f"{on_done:4.2f} s; off {off_ms:4.0f} ms, stall {off_stall:3.0f} ms, done {off_done:4.2f} s; "
              f"paragraph kept: {kept_on and kept_off}")
        print(f"   longest stall {longest:4.0f} ms (target ≤ {STALL_TARGET_MS:.0f})   baseline, laid out "
              f"again: {base_ms:4.0f} ms, then stalls ≤ {base_stall:3.0f} ms")

    def scrolling(with_pinyin: bool) -> tuple[list[float], list[int], float]:
        if help_.pinyin_action.isChecked() != with_pinyin:
            help_.pinyin_action.trigger()
        run_loop_until(app, lambda: not room.busy, 60)
        bar.setValue(0)
        drain(app, 0.2)
        stalls = StallLog(0.010, last=time.perf_counter())
        step_ms, syllables = [], []
        rng = random.Random(7)
        targets = [("page", 0)] * steps + [("jump", rng.random()) for _ in range(steps)]
        for kind, fraction in targets:
            start = time.perf_counter()
            if kind == "page":
                bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
            else:
                bar.setValue(int(bar.maximum() * fraction))
            view.viewport().repaint()
            step_ms.append(_ms(time.perf_counter() - start))
            syllables.append(len(help_.ruby.painted))
            stalls.last = time.perf_counter()  # the step itself is timed above; the loop after it here
            end = time.perf_counter() + 0.05
            run_loop_until(app, lambda end=end: time.perf_counter() > end, 2, stalls.tick)
        return step_ms, syllables, stalls.worst_ms

    base_steps, _, base_stall = scrolling(False)
    steps_ms, syllables, stall = scrolling(True)
    help_.pinyin_action.trigger()
    print(f"scroll step + paint with pinyin:      {_summary(steps_ms)}")
    print(f"baseline, the same steps without:     {_summary(base_steps)}")
    print(f"event loop between steps, worst stall: {stall:.0f} ms with pinyin, {base_stall:.0f} ms without")
    print(f"syllables drawn per paint: median {statistics.median(syllables):.0f}, max {max(syllables)} "
          f"(of {sum(1 for ch in text if '一' <= ch <= '鿿'):,} Han characters in the text)")


def bench_popup(app, window, lookups: int, cache: Path) -> None:
    from bench_reader import drain
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QLabel

    from gui.bundled import bundled_article_text
    from gui.engine.dictionary import Dictionary
    from gui.engine.reading import Reading
    from gui.engine.scripts.script_variants import Variant

    start = time.perf_counter()
    Dictionary.open(cache).close()
    print(f"\ndictionary index built in a fresh cache folder: {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    Dictionary.open(cache).close()
    print(f"dictionary opened from the cache:               {_ms(time.perf_counter() - start):.1f} ms")

    window.show_reading(Reading.parse(bundled_article_text()))
    window.set_variant(Variant.HANS, remember=False)
    drain(app, 0.5)
    help_ = window.reading_help
    view = window.article_view
    text = window.shown_view.text
    first = view.cursorForPosition(QPoint(0, 0)).position()
    last = view.cursorForPosition(QPoint(view.viewport().width(), view.viewport().height())).position()
    han = [i for i in range(first, last) if "一" <= text[i] <= "鿿"]
    rng = random.Random(11)

    def point_of(offset: int) -> QPoint:
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.to_qt(offset))
        rect = view.cursorRect(cursor)
        return QPoint(rect.left() + 4, rect.center().y())

    start = time.perf_counter()
    help_.dictionary.get(60)
    help_.look_up(point_of(han[0]))
    print(f"first lookup in the window (index opened):      {_ms(time.perf_counter() - start):.1f} ms")
    times, bare = [], []
    label = QLabel()
    for _ in range(lookups):
        point = point_of(rng.choice(han))
        start = time.perf_counter()
        found = help_.look_up(point)
        app.processEvents()
        times.append(_ms(time.perf_counter() - start))
        if found is None:
            continue
        markup = help_.popup.label.text()
        help_.popup.dismiss()
        start = time.perf_counter()
        label.setText(markup)
        label.adjustSize()
        label.show()
        app.processEvents()
        bare.append(_ms(time.perf_counter() - start))
        label.hide()
    print(f"popup at a word (lookup + show):      {_summary(times)}   target ≤ {POPUP_TARGET_MS:.0f} ms")
    print(f"baseline, bare QLabel + same markup:  {_summary(bare)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    options = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="yanlu-bench-help-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["YANLU_CACHE_DIR"] = str(tmp / "cache")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from bench_reader import open_window

    app, window = open_window(tmp)
    rounds = 5 if options.quick else 20
    bench_toggle(app, window, rounds)
    bench_popup(app, window, 40 if options.quick else 200, tmp / "cache")
    bench_large(app, window, 250_000 if options.quick else 1_000_000, 8 if options.quick else 25)
    window.close()


if __name__ == "__main__":
    main()
