#!/usr/bin/env python3
"""A huge file in the window: the bundled article repeated (a learner's text with pinyin in
parentheses, 17 quotation pairs a copy), opened as a reader does, against one t2s pass.

    python tests/benchmarks/bench_huge_file.py                 # 6,000 copies (25.9 MB, 12.3 M characters)
    python tests/benchmarks/bench_huge_file.py --copies 1600 --repeats 3

Each run is a fresh child process (offscreen, temporary HOME and cache): the engine is forked
before Qt is imported, as ``python -m gui`` does; the window opens the file, which is refused as
too large, and the message bar's "Open Anyway" is clicked. Timed from that click: the article
shown, the speaker list painted with the file's analysis, then All speakers / F3 with a repaint.
Peak memory: the window's process (ru_maxrss) and the engine's (VmHWM). The baseline, in its own
child process alternating with the window's: reading the same file and one
``opencc.OpenCC('t2s').convert`` of it (dictionaries loaded first), and that process's peak.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO / "resources" / "article.txt"
RESULT = "BENCH-RESULT "


def child_window(path: str) -> dict:
    from gui.engine_link import engine_pid, start_engine

    start_engine(None)  # forked before Qt, as gui/cli.py does
    from gui.pyside_import import import_pyside

    import_pyside()
    from PySide6.QtCore import QEvent, QObject, QTimer

    from gui.app import build_window, create_application
    from gui.bundled import bundled_article_text
    from gui.engine.reading import Reading
    from gui.highlights import ALL_SPEAKERS

    app = create_application()
    window = build_window()
    window.show_reading(Reading.parse(bundled_article_text()))
    window.show()
    marks: dict[str, float] = {}
    t0 = [0.0]

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "speakers" not in marks:
                marks["speakers"] = time.perf_counter() - t0[0]
                QTimer.singleShot(0, finish)
            return False

    painted = Painted()

    def on_ready() -> None:
        if window.source_path is not None and not window.opener.loading:
            window.speaker_panel.list.viewport().installEventFilter(painted)
            window.speaker_panel.list.viewport().update()

    def finish() -> None:
        for label, act in (
            ("all_speakers_ms", lambda: window.select_speaker(ALL_SPEAKERS)),
            ("f3_ms", lambda: window.step_quote(1)),
        ):
            start = time.perf_counter()
            act()
            window.article_view.viewport().repaint()
            marks[label] = (time.perf_counter() - start) * 1000
        app.quit()

    def click_open_anyway() -> None:
        t0[0] = time.perf_counter()
        if window.open_file(path) is False:  # over the size limit: the reader is asked
            t0[0] = time.perf_counter()
            window.message_bar.action_button.click()

    def on_shown() -> None:
        if window.source_path is not None:
            marks.setdefault("shown", time.perf_counter() - t0[0])

    window.article_shown.connect(on_shown)
    window.reading_ready.connect(on_ready)
    QTimer.singleShot(300, click_open_anyway)
    QTimer.singleShot(600_000, app.quit)  # (then no speakers figure: the run failed)
    app.exec()
    engine_peak = None
    pid = engine_pid()
    if pid:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                engine_peak = int(line.split()[1]) / 1024
    quotes = len(window.reading.analysis.quotes) if window.reading else 0
    return {**marks, "quotes": quotes, "window_mib": _peak_mib(), "engine_mib": engine_peak}


def child_base(path: str) -> dict:
    import opencc

    converter = opencc.OpenCC("t2s")
    converter.convert("預熱")
    start = time.perf_counter()
    text = Path(path).read_text(encoding="utf-8")
    converter.convert(text)
    return {"t2s": time.perf_counter() - start, "base_mib": _peak_mib()}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(name: str, path: str, home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "YANLU_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        YANLU_CACHE_DIR=str(home / "cache"),
        PYTHONPATH=str(REPO),
    )
    command = [sys.executable, __file__, "--child", name, path]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=1200)
    for line in done.stdout.splitlines():
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT) :])
    return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}


def spread(values: list[float], unit: str = "s") -> str:
    if not values:
        return "—"
    return f"median {statistics.median(values):.2f} {unit} ({min(values):.2f}–{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--copies", type=int, default=6000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--child", nargs=2, metavar=("NAME", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, path = args.child
        result = child_window(path) if name == "window" else child_base(path)
        print(RESULT + json.dumps(result), flush=True)
        os._exit(0)  # the engine is killed at exit; nothing else to wait for
    home = Path(tempfile.mkdtemp(prefix="yanlu-bench-huge-"))
    path = home / "huge.txt"
    path.write_text(ARTICLE.read_text(encoding="utf-8") * args.copies, encoding="utf-8")
    print(f"{args.copies} copies: {path.stat().st_size / 1e6:.1f} MB, load {os.getloadavg()[0]:.1f}")
    runs: dict[str, list[dict]] = {"window": [], "base": []}
    try:
        run_child("base", str(path), home)  # one untimed run: the page cache
        for _ in range(args.repeats):
            for name in ("base", "window"):
                result = run_child(name, str(path), home)
                print(name, result, flush=True)
                runs[name].append(result)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    base = [r["t2s"] for r in runs["base"] if "t2s" in r]
    t2s = statistics.median(base) if base else float("nan")
    rows = [
        ("Open Anyway → article shown", [r["shown"] for r in runs["window"] if "shown" in r]),
        ("Open Anyway → speakers listed", [r["speakers"] for r in runs["window"] if "speakers" in r]),
    ]
    print(f"\nbaseline: read + one OpenCC t2s of the file, same run: {spread(base)}")
    for label, values in rows:
        ratios = ", ".join(f"{v / t2s:.2f}×" for v in values)
        print(f"{label}: {spread(values)} = {ratios} of the baseline")
    for key, label in (("all_speakers_ms", "All speakers"), ("f3_ms", "F3")):
        print(f"{label} with repaint: {spread([r[key] for r in runs['window'] if key in r], 'ms')}")
    print(
        f"peak RSS: window {spread([r['window_mib'] for r in runs['window'] if 'window_mib' in r], 'MiB')}, "
        f"engine {spread([r['engine_mib'] for r in runs['window'] if r.get('engine_mib')], 'MiB')}; "
        f"baseline process {spread([r['base_mib'] for r in runs['base'] if 'base_mib' in r], 'MiB')}"
    )
    return 0 if all("speakers" in r for r in runs["window"]) else 1


if __name__ == "__main__":
    sys.exit(main())
