"""``yanlu export``: speakers and quotations to files, for one article or for a whole corpus.

One article:  ``yanlu export FILE --format csv|json|md [--variant V] [-o OUT]`` (stdout without -o).
A corpus:     ``yanlu export DIR_OR_FILES… --format jsonl|csv [-o OUT] [--jobs N]``: every file
Yanlu opens (text, Markdown, HTML, EPUB: each chapter), analysed on all cores, one record per
quotation; bad files are reported on stderr and skipped. Exit status 0, or 1 when some files
were skipped, 2 when nothing could be read. No Qt here.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from gui.analyze_command import analysis_json
from gui.cli import SCRIPT_CHOICES, SCRIPT_HELP
from gui.engine import export
from gui.engine.formats.loader import HTML_SUFFIXES, LoadError, load_document
from gui.engine.reading import Reading
from gui.engine.scripts import quotation_style
from gui.engine.scripts.quotation_style import REGIONAL_CORNER_QUOTES
from gui.engine.scripts.script_variants import Variant

ARTICLE_FORMATS = ("csv", "json", "md")
CORPUS_FORMATS = ("jsonl", "csv")
# What a folder is searched for: the formats the reader opens.
ARTICLE_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".mdown", ".mkd", ".html", ".htm", ".xhtml", ".shtml", ".epub"}
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line on stderr and status 2, as for bad input
        print(f"yanlu export: {message}", file=sys.stderr)
        raise SystemExit(2)


def main(argv: list[str]) -> int:
    parser = _Parser(
        prog="yanlu export",
        description="Write an article's speakers and quotations (or a corpus' quotations) to a file.",
        epilog="One file: --format csv|json|md (json by default). Several files or a folder: a "
        "corpus, --format jsonl|csv (jsonl by default), analysed in parallel.",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    parser.add_argument("--format", choices=sorted({*ARTICLE_FORMATS, *CORPUS_FORMATS}))
    parser.add_argument("--variant", choices=[v.value for v in Variant], default=Variant.ORIGINAL.value)
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parser.add_argument("--jobs", type=int, default=0, help="processes for a corpus (default: all cores)")
    parser.add_argument("--allow-large", action="store_true", help="read files over the size limit")
    parser.add_argument(
        "--script", choices=list(SCRIPT_CHOICES), default="auto", metavar="S", help=SCRIPT_HELP
    )
    options = parser.parse_args(argv)
    variant = Variant(options.variant)
    script = SCRIPT_CHOICES[options.script]
    corpus = len(options.paths) > 1 or Path(options.paths[0]).is_dir() or options.format == "jsonl"
    if corpus:
        fmt = options.format or "jsonl"
        if fmt not in CORPUS_FORMATS:
            parser.error(f"a corpus is written as jsonl or csv, not {fmt}")
        return export_corpus(
            options.paths, fmt, variant, options.output, options.jobs, options.allow_large, script
        )
    return export_article(
        options.paths[0], options.format or "json", variant, options.output, options.allow_large, script
    )


# -- one article --------------------------------------------------------------------------------


def export_article(
    path: str, fmt: str, variant: Variant, output: str | None, allow_large: bool, script: bool | None = None
) -> int:
    try:
        document = load_document(path, allow_large=allow_large)
    except LoadError as error:
        print(f"yanlu export: {path}: {error}", file=sys.stderr)
        return 2
    reading = Reading.analysed(document.text, traditional=script)
    text = render_article(reading, fmt, variant, Path(path).name)
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_export(text, output, fmt)
    except OSError as error:
        print(f"yanlu export: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 2
    return 0


def render_article(
    reading: Reading,
    fmt: str,
    variant: Variant,
    source: str = "",
    words: export.MarkdownWords | None = None,
    corner_quotes: bool = False,
) -> str:
    """One analysed article in ``fmt`` (csv, json or md; ``words`` for Markdown's own).
    ``corner_quotes``: Markdown, read by people, quotes with 「」『』 as the 臺灣 and 香港 views
    show them (CSV and JSON keep the ``analyze --json`` text)."""
    result = analysis_json(reading, variant)
    title = export.article_title(reading, variant)
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False) + "\n"
    if fmt == "md":
        if corner_quotes and variant in REGIONAL_CORNER_QUOTES:
            result = _with_corner_quotes(result)
            title = quotation_style.corner_quotes(title)
        return export.markdown_text(result, title, source, words)
    return export.csv_text(export.quotation_records(result, source, None, title))


def _with_corner_quotes(result: dict) -> dict:
    """An ``analysis_json`` result with its text's quotation marks as corner brackets (one mark
    for one: the offsets stay)."""
    text = quotation_style.corner_quotes(result["text"])
    quotes = [dict(quote, text=text[quote["start"] : quote["end"]]) for quote in result["quotes"]]
    return dict(result, text=text, quotes=quotes)


def write_export(text: str, path: str, fmt: str) -> None:
    """Write an export to ``path``; CSV files start with a BOM, which spreadsheet software needs
    to read UTF-8 (pipes get none). Raises OSError."""
    Path(path).write_text(text, encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="")


# -- a corpus -----------------------------------------------------------------------------------


def corpus_files(paths: Iterable[str]) -> list[Path]:
    """The files named, and every article file under the folders named (sorted, recursively)."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            )
        else:
            files.append(path)  # named explicitly: tried whatever its suffix (a missing one is reported)
    return files


Task = tuple[str, str, bool, bool | None]  # file, script view, allow large, the article's script


def analyse_file(task: Task) -> tuple[str, list[dict], str | None]:
    """(file, records, None) or (file, [], reason): runs in a worker process."""
    name, variant_value, allow_large, script = task
    variant = Variant(variant_value)
    try:
        document = load_document(name, allow_large=allow_large)
        records: list[dict] = []
        several = len(document.chapters) > 1
        for number, chapter in enumerate(document.chapters, start=1):
            reading = Reading.analysed(chapter.text, traditional=script)
            title = export.article_title(reading, variant) or chapter.title
            result = analysis_json(reading, variant)
            records += export.quotation_records(result, name, number if several else None, title)
    except LoadError as error:
        return name, [], str(error)
    except Exception as error:  # a file that breaks the engine must not stop a night's run
        return name, [], f"could not be analysed ({type(error).__name__}: {error})"
    return name, records, None


def _warm_up() -> None:
    """Load the lexicons and the segmenter once, before the workers are forked from this process."""
    Reading.analysed("記者問他，他說：“今天天氣很好。”")


# Long enough for trafilatura's own extraction: on a page too short it falls back to jusText,
# whose stop-word list for every language takes 0.2-0.5 s to build (news pages seldom need it).
_WARM_UP_PARAGRAPH = "記者今天在市中心採訪了幾位市民，他們說：“今天天氣很好，我們都出來走走。”" * 3
_WARM_UP_PAGE = (
    '<html><head><meta charset="utf-8"><title>天氣</title></head><body><article>'
    + f"<p>{_WARM_UP_PARAGRAPH}</p>" * 4
    + "</article></body></html>"
)


def _warm_up_web_pages() -> None:
    """Import the HTML extractor (trafilatura: 0.2-0.4 s) and run it on a first page."""
    with tempfile.TemporaryDirectory(prefix="yanlu-") as folder:
        page = Path(folder) / "warm-up.html"
        page.write_text(_WARM_UP_PAGE, "utf-8")
        load_document(page)


def _is_web_page(task: Task) -> bool:
    return Path(task[0]).suffix.lower() in HTML_SUFFIXES


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _forking() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def results(tasks: list[Task], jobs: int) -> Iterator[tuple[str, list[dict], str | None]]:
    """``analyse_file`` over ``tasks``, in order, in ``jobs`` processes (in this one when 1).

    Forked workers share the lexicons (and the HTML extractor) this process loaded
    (``_warm_up``: ~0.4 s a process otherwise); frozen, the collector leaves those objects
    alone, so fewer of the shared pages are copied into each worker.
    """
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(analyse_file, tasks)
        return
    gc.freeze()
    context = multiprocessing.get_context("fork" if _forking() else "spawn")
    with context.Pool(min(jobs, len(tasks))) as pool:
        yield from pool.imap(analyse_file, tasks, chunksize=1)


def export_corpus(
    paths: list[str],
    fmt: str,
    variant: Variant,
    output: str | None,
    jobs: int,
    allow_large: bool,
    script: bool | None = None,
) -> int:
    files = corpus_files(paths)
    if not files:
        print("yanlu export: no article files found", file=sys.stderr)
        return 2
    jobs = jobs or default_jobs()
    tasks = [(str(f), variant.value, allow_large, script) for f in files]
    try:
        stream = sys.stdout if output is None else open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
    except OSError as error:
        print(f"yanlu export: cannot write {output}: {error.strerror or error}", file=sys.stderr)
        return 2
    progress = ProgressBar(len(files), sys.stderr)
    if jobs == 1 or _forking():
        _warm_up()  # the one part that cannot run in parallel: timed apart in the summary
        if any(_is_web_page(task) for task in tasks):
            _warm_up_web_pages()
    lexicons = progress.elapsed()
    bad: list[tuple[str, str]] = []
    quotations = 0
    try:
        if fmt == "csv":
            stream.write(("\ufeff" if output else "") + export.csv_header())
        for name, records, error in results(tasks, jobs):
            if error is not None:
                bad.append((name, error))
                progress.note(f"yanlu export: skipped {name}: {error}")
            elif fmt == "csv":
                stream.write(export.csv_rows(records))
            else:
                stream.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            quotations += len(records)
            progress.advance(len(bad))
    finally:
        if output is not None:
            stream.close()
    progress.finish(
        f"{len(files) - len(bad)} file(s) read, {quotations} quotation(s)"
        + (f", {len(bad)} skipped" if bad else "")
        + f" in {progress.elapsed():.1f} s with {min(jobs, len(files))} process(es)"
        + f" ({lexicons:.1f} s loading the lexicons, {progress.elapsed() - lexicons:.1f} s for the articles)"
    )
    if len(bad) == len(files):
        return 2
    return 1 if bad else 0


class ProgressBar:
    """A one-line bar on a terminal (redrawn at most ten times a second); on a pipe or a log
    file, a line every tenth of the way instead."""

    WIDTH = 30

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.done = 0
        self._stream = stream
        self._tty = stream.isatty()
        self._start = time.monotonic()
        self._drawn = 0.0
        self._tenth = 0
        self._line = False

    def elapsed(self) -> float:
        return time.monotonic() - self._start

    def advance(self, skipped: int) -> None:
        self.done += 1
        now = time.monotonic()
        if self._tty:
            if now - self._drawn >= 0.1 or self.done == self.total:
                self._drawn = now
                self._draw(skipped)
        elif self.done * 10 // self.total > self._tenth:
            self._tenth = self.done * 10 // self.total
            self._draw(skipped)

    def _draw(self, skipped: int) -> None:
        filled = self.WIDTH * self.done // self.total
        bar = "█" * filled + "░" * (self.WIDTH - filled)
        extra = f" · {skipped} skipped" if skipped else ""
        text = f"[{bar}] {self.done}/{self.total} files{extra} · {self.elapsed():.1f} s"
        if self._tty:
            self._stream.write("\r" + text + "\x1b[K")
            self._line = True
        else:
            self._stream.write(text + "\n")
        self._stream.flush()

    def note(self, message: str) -> None:
        """A line printed where the bar was (the next step draws the bar again under it)."""
        self._print(message, bar_ending="\r\x1b[K")

    def finish(self, summary: str) -> None:
        """End the bar's line (it stays on screen) and print ``summary`` under it."""
        self._print(summary, bar_ending="\n")

    def _print(self, line: str, bar_ending: str) -> None:
        if self._line:
            self._stream.write(bar_ending)
            self._line = False
        self._stream.write(line + "\n")
        self._stream.flush()
