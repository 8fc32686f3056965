"""`yanlu analyze` on the bundled article, whole process, against a bare `python` process that
imports OpenCC and converts the same text t2s (issue 9: ≤ 4×).

Run ``python3 tests/benchmarks/bench_analyze_command.py [--rounds N]``. The two commands run
alternately, so a change in the machine's load touches both; each is run once first so both
find their bytecode compiled, as an installed package does. Prints the medians, the spread and
the ratio of the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "resources" / "article.txt"
YANLU = [sys.executable, "-m", "gui", "analyze", str(ARTICLE)]
BARE = [
    sys.executable,
    "-c",
    "import sys, opencc; opencc.OpenCC('t2s').convert(open(sys.argv[1], encoding='utf-8').read())",
    str(ARTICLE),
]


def wall_time(command: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    rounds = parser.parse_args().rounds
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    for command in (YANLU, BARE):  # compile bytecode and fill the word-table cache first
        wall_time(command, environment)
    yanlu, bare = [], []
    for _ in range(rounds):
        yanlu.append(wall_time(YANLU, environment))
        bare.append(wall_time(BARE, environment))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"yanlu analyze, bundled article: median {statistics.median(yanlu):.3f} s "
          f"({min(yanlu):.3f}–{max(yanlu):.3f})")
    print(f"python + OpenCC t2s of it:      median {statistics.median(bare):.3f} s "
          f"({min(bare):.3f}–{max(bare):.3f})")
    print(f"ratio of medians {statistics.median(yanlu) / statistics.median(bare):.2f}× "
          f"(target ≤ 4×); {rounds} rounds, load average {load:.2f}")


if __name__ == "__main__":
    main()
