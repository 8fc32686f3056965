"""Corpus mode: ``yanlu export DIR --format jsonl`` on 2 processes against 1, over 200 files.

Run with ``python tests/benchmarks/bench_export_corpus.py [--files 200] [--chars 2500 10000] [--runs 3]``.

The files are made at run time in a temporary folder (nothing is committed): varied synthetic
articles assembled from the labelled articles (``bench_analysis.build_text``, a different seed per
file: shuffled sentences, new names, re-drawn digits, a third in the other script), about
``--chars`` characters each (news-length and long-read), written as UTF-8 text, Markdown, GB18030
text and HTML in turn, plus two bad files that must be reported and skipped. Each run is the
real command in a fresh process (start-up, lexicon loading and writing included), timed from
outside; one-process and two-process runs alternate, so both see the same machine load (the
load average before each run is printed: the machine is shared). The target: the two-process
run at least 1.6× as fast as the one-process run (medians).

Whatever the number of processes, the lexicons are loaded once (about 0.4 s here) before the
first article can be analysed, and the workers are forked from the process that loaded them;
that part cannot run in parallel, so the speed-up grows with the size of the corpus. (The HTML
extractor, 0.2-0.5 s more, is loaded while the first workers analyse the files that are not web
pages.) Each run's CPU time (the command and its workers) is printed beside its wall time: a
two-process run that used much less than two cores' worth of its wall time shared the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import build_text  # noqa: E402

TARGET_RATIO = 1.6


def write_corpus(folder: Path, files: int, chars: int) -> int:
    """``files`` articles of about ``chars`` characters, and two bad files; total characters."""
    total = 0
    for number in range(files):
        text = build_text(chars, seed=1000 + number)
        kind = number % 4
        if kind == 0:
            (folder / f"article-{number:03}.txt").write_text(text, encoding="utf-8")
        elif kind == 1:
            markdown = "# 新聞\n\n" + text.replace("\n", "\n\n")
            (folder / f"article-{number:03}.md").write_text(markdown, encoding="utf-8")
        elif kind == 2:
            (folder / f"article-{number:03}.txt").write_bytes(text.encode("gb18030", "replace"))
        else:
            body = "".join(f"<p>{line}</p>\n" for line in text.split("\n"))
            page = (
                '<html><head><meta charset="utf-8"><title>新聞</title></head>'
                f"<body><article>{body}</article></body></html>"
            )
            (folder / f"article-{number:03}.html").write_text(page, encoding="utf-8")
        total += len(text)
    (folder / "bad-empty.txt").write_text("", encoding="utf-8")
    (folder / "bad-binary.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return total


def run_export(folder: Path, out: Path, jobs: int) -> tuple[float, float, float, str]:
    """Wall time of the command, its CPU time (with its workers), the time its summary gives
    the articles (after the lexicons are loaded), and that summary."""
    before = os.times()
    started = time.perf_counter()
    command = ["export", str(folder), "--format", "jsonl", "-o", str(out), "--jobs", str(jobs)]
    result = subprocess.run(
        [sys.executable, "-m", "gui", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    after = os.times()
    cpu = after.children_user + after.children_system - before.children_user - before.children_system
    if result.returncode not in (0, 1):
        raise SystemExit(f"export failed ({result.returncode}): {result.stderr}")
    summary = result.stderr.strip().splitlines()[-1]
    articles = float(re.search(r"([\d.]+) s for the articles", summary).group(1))
    return seconds, cpu, articles, summary


def measure(files: int, chars: int, runs: int) -> tuple[float, bool]:
    """Speed-up of two processes over one (medians) on ``files`` articles of ``chars`` characters."""
    with tempfile.TemporaryDirectory(prefix="yanlu-corpus-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        total = write_corpus(folder, files, chars)
        print(f"{files} articles of ~{chars:,} characters ({total:,} in all) + 2 bad files")
        times: dict[int, list[float]] = {1: [], 2: []}
        phase: dict[int, list[float]] = {1: [], 2: []}
        for run in range(runs):
            for jobs in (1, 2):
                load = os.getloadavg()[0]
                seconds, cpu, articles, summary = run_export(folder, Path(tmp) / f"out-{jobs}.jsonl", jobs)
                times[jobs].append(seconds)
                phase[jobs].append(articles)
                print(
                    f"  run {run + 1}, {jobs} process(es): {seconds:.2f} s, CPU {cpu:.2f} s "
                    f"({cpu / seconds:.2f} cores) (load {load:.1f}) — {summary}"
                )
        same = (Path(tmp) / "out-1.jsonl").read_bytes() == (Path(tmp) / "out-2.jsonl").read_bytes()
    one, two = statistics.median(times[1]), statistics.median(times[2])
    ratios = [a / b for a, b in zip(times[1], times[2], strict=True)]
    print(
        f"  whole command: one process median {one:.2f} s (best {min(times[1]):.2f}), two: median "
        f"{two:.2f} s (best {min(times[2]):.2f}); speed-up {one / two:.2f}× (runs: "
        f"{', '.join(f'{r:.2f}' for r in ratios)}; best against best {min(times[1]) / min(times[2]):.2f}×); "
        f"target ≥ {TARGET_RATIO}×: {'met' if one / two >= TARGET_RATIO else 'MISSED'}"
    )
    a1, a2 = statistics.median(phase[1]), statistics.median(phase[2])
    print(
        f"  articles only (after the lexicons): one process {a1:.2f} s, two {a2:.2f} s: {a1 / a2:.2f}× "
        f"(best against best {min(phase[1]) / min(phase[2]):.2f}×); identical output: {same}"
    )
    return one / two, same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--chars", type=int, nargs="+", default=[2500, 10000], help="characters per article")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    print(f"{os.cpu_count()} CPU(s); one process = --jobs 1, two = --jobs 2")
    outcomes = [measure(options.files, chars, options.runs) for chars in options.chars]
    return 0 if all(same for _, same in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
