"""Speed of ``analyze`` against one OpenCC t2s conversion of the same ≥1M-character text.

Run with ``python tests/benchmarks/bench_analysis.py``. The text repeats the labelled corpus
articles (one per line) until it reaches the target size. jieba's dictionary is loaded before
timing (it loads once per process, ~1 s) and its load time is reported separately.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET = 1_000_000


def build_text(target: int = TARGET) -> str:
    """Repeat the corpus articles (newline-separated) until ``target`` characters."""
    articles = [
        json.loads(path.read_text(encoding="utf-8"))["text"]
        for path in sorted((ROOT / "tests" / "data" / "corpus").glob("*.json"))
    ]
    parts: list[str] = []
    size = 0
    while size < target:
        for article in articles:
            parts.append(article)
            size += len(article) + 1
    return "\n".join(parts)


def cold_run() -> tuple[int, float]:
    """Characters and seconds for analysing each corpus article once with empty caches."""
    from gui.engine import speakers
    from gui.engine.analysis import analyze

    chars, seconds = 0, 0.0
    for path in sorted((ROOT / "tests" / "data" / "corpus").glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        for cached in (speakers.jieba_person_names, speakers.looks_like_name, speakers._cut,
                       speakers._static_mentions):
            cached.cache_clear()
        started = time.perf_counter()
        analyze(text)
        seconds += time.perf_counter() - started
        chars += len(text)
    return chars, seconds


def main() -> int:
    import jieba
    import opencc

    from gui.engine.analysis import analyze

    text = build_text()
    started = time.perf_counter()
    jieba.initialize()
    import jieba.posseg  # its tag table loads on import

    jieba_load = time.perf_counter() - started

    started = time.perf_counter()
    analysis = analyze(text)
    analyze_seconds = time.perf_counter() - started

    converter = opencc.OpenCC("t2s")
    started = time.perf_counter()
    converter.convert(text)
    opencc_seconds = time.perf_counter() - started

    spans, speakers = len(analysis.quotes), len(analysis.speakers)
    print(f"text: {len(text):,} characters, {spans:,} spans, {speakers} speakers")
    print(f"jieba dictionary load (once per process): {jieba_load:.2f} s")
    print(f"analyze:            {analyze_seconds:6.2f} s  {len(text) / analyze_seconds:12,.0f} chars/s")
    print(f"OpenCC t2s convert: {opencc_seconds:6.2f} s  {len(text) / opencc_seconds:12,.0f} chars/s")
    # Without the memo caches (each distinct article analysed once on empty caches): the
    # repeated text above lets the caches of jieba and pattern scans work for free.
    cold_chars, cold_seconds = cold_run()
    print(f"analyze, cold caches (distinct articles only): {cold_chars / cold_seconds:,.0f} chars/s")
    print(f"ratio analyze/opencc: {analyze_seconds / opencc_seconds:.2f} (must be <= 1)")
    return 0 if analyze_seconds <= opencc_seconds else 1


if __name__ == "__main__":
    sys.exit(main())
