#!/usr/bin/env python3
"""Opening a news page as HTML against opening the same article as plain text.

    python tests/benchmarks/bench_html.py [--repeats N]

The bundled article is written as a page (title, byline and date in <meta> tags, one <p> per
paragraph, no date anywhere else) and as .txt, in a temporary folder. Two figures, each against
its .txt baseline measured in the same run, alternating, medians:

1. ``yanlu analyze FILE``, whole process (fresh interpreter each time, word-table cache warm).
2. In the window (a child process, offscreen): ``open_file`` until the article is shown and the
   speaker list filled. Each run is a fresh child, so the first page of a session is what counts
   (trafilatura's import included).

Target (issue 9): HTML ≤ 1.5× the .txt. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO / "resources" / "article.txt"
TARGET = 1.5

WINDOW_CHILD = r"""
import json, sys, time
start = time.perf_counter()
from gui.app import build_window, create_application
from gui.settings import Settings
app = create_application()
window = build_window(Settings.open(sys.argv[2]))
window.show()
ready = time.perf_counter()
window.open_file(sys.argv[1])
while not (window.is_idle() and window.speaker_model.rowCount()):
    app.processEvents()
    time.sleep(0.002)
opened = time.perf_counter() - ready
print("RESULT " + json.dumps({"open_s": opened, "footer": window.reading.article.footer}))
sys.stdout.flush()
import os
os._exit(0)
"""


def write_page(folder: Path) -> tuple[Path, Path]:
    lines = [line.strip() for line in ARTICLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    title, body = lines[0], lines[1:]
    page = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title>",
        "<meta name='author' content='本報記者'>",
        "<meta property='article:published_time' content='2024-06-29T08:00:00+08:00'>",
        "</head><body><nav><a href='/'>首頁</a> <a href='/news'>新聞</a></nav><article>",
        f"<h1>{html.escape(title)}</h1>",
        *(f"<p>{html.escape(paragraph)}</p>" for paragraph in body),
        "</article><footer>版權所有</footer></body></html>",
    ]
    html_path, text_path = folder / "article.html", folder / "article.txt"
    html_path.write_text("\n".join(page), encoding="utf-8")
    text_path.write_text("\n".join(lines), encoding="utf-8")
    return html_path, text_path


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise RuntimeError(f"{command[-1]}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
    return elapsed, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="yanlu-bench-html-") as folder:
        home = Path(folder)
        page, text = write_page(home)
        # PYTHONDONTWRITEBYTECODE would leave the temporary pycache empty, so every run would compile
        # every module from source (the .txt's few, the page's many): not what a reader's launch costs.
        drop = ("QT_", "YANLU_", "PYTHONDONTWRITEBYTECODE")
        env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
        env.update(
            HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
            PYTHONPYCACHEPREFIX=str(home / "pycache"), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO),
        )  # fmt: skip
        analyze = {kind: [sys.executable, "-m", "gui", "analyze", str(path)] for kind, path in
                   (("html", page), ("txt", text))}  # fmt: skip
        window = {kind: [sys.executable, "-c", WINDOW_CHILD, str(path), str(home / "settings.json")]
                  for kind, path in (("html", page), ("txt", text))}  # fmt: skip
        for command in [*analyze.values(), *window.values()]:  # warm-up: caches, .pyc
            timed(command, env)
        cli: dict[str, list[float]] = {"html": [], "txt": []}
        gui: dict[str, list[float]] = {"html": [], "txt": []}
        footer = ""
        for attempt in range(args.repeats):
            print(f"[bench] round {attempt + 1}/{args.repeats}", file=sys.stderr, flush=True)
            for kind in ("html", "txt") if attempt % 2 == 0 else ("txt", "html"):
                cli[kind].append(timed(analyze[kind], env)[0])
                _, out = timed(window[kind], env)
                result = json.loads(out.split("RESULT ", 1)[1])
                gui[kind].append(result["open_s"])
                if kind == "html":
                    footer = result["footer"]
    print(f"\nOPENING A WEB PAGE vs THE SAME ARTICLE AS .txt ({args.repeats} runs each, medians)")
    print(f"  {'figure':<52} {'HTML':>9} {'.txt':>9} {'ratio':>7}  target   result")
    for label, runs in (("yanlu analyze FILE, whole process", cli),
                        ("window: open_file → speakers listed", gui)):  # fmt: skip
        h, t = statistics.median(runs["html"]), statistics.median(runs["txt"])
        verdict = "PASS" if h / t <= TARGET else "FAIL"
        print(f"  {label:<52} {h:8.3f}s {t:8.3f}s {h / t:6.2f}×  ≤ {TARGET}×   {verdict}")
        print(f"    spread: HTML {min(runs['html']):.3f}–{max(runs['html']):.3f} s, "
              f".txt {min(runs['txt']):.3f}–{max(runs['txt']):.3f} s")  # fmt: skip
    print(f"  · the page's footer as shown: {footer!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
