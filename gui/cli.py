"""The ``yanlu`` command: the reader window, or ``yanlu analyze`` / ``yanlu evaluate`` headless.

Argument checks run before Qt is imported, so a typo costs no window and no start-up time.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from dataclasses import dataclass

from gui.engine.scripts.script_variants import Variant

VARIANT_CHOICES = [variant.value for variant in Variant]
VARIANT_HELP = (
    "original (the text as it arrived), hans (简体), hant (繁體, OpenCC standard), "
    "tw (臺灣 standard characters), hk (香港 standard characters)"
)

# --script: the article's own script; "auto" finds it from the text (a short or mixed text can
# fool the detector, as it can a reader: then say it).
SCRIPT_CHOICES: dict[str, bool | None] = {"auto": None, "simplified": False, "traditional": True}
SCRIPT_HELP = (
    "the script the article is written in: auto (found from the text; default), simplified, traditional"
)


@dataclass(frozen=True)
class ReaderOptions:
    """What the command line asks of the window."""

    file: str | None
    variant: Variant | None
    speaker: str | None
    screenshot: str | None
    color_scheme: str | None
    pdf: str | None = None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``yanlu`` console script and of ``python -m gui``."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["analyze"]:
        from gui.analyze_command import main as analyze_main

        return analyze_main(args[1:])
    if args[:1] == ["export"]:
        from gui.export_command import main as export_main

        return export_main(args[1:])
    if args[:1] == ["evaluate"]:
        from gui.engine.speech.evaluation import main as evaluate_main

        return evaluate_main(args[1:])
    options = parse_reader_options(args)
    if options.pdf:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: no window, no display needed
    from gui.engine_link import start_engine

    # Start-up makes some 40,000 objects that live as long as the process (modules, PySide's
    # classes and enums, the window); the collector would scan them again and again, ~10 ms in
    # each process before the first paint. It resumes once the window has painted (run_reader)
    # and in the engine once the analysis is loaded; what was made until then is frozen (never
    # scanned again), as the gc documentation advises before a fork.
    gc.disable()
    try:
        gc.freeze()
        # Before Qt: the engine loads the analysis, and analyses the article the window will
        # most likely open (the file named, else the bundled one), while the window is built.
        start_engine(options.file or True)
        from gui.engine import regex_cache
        from gui.pyside_import import import_pyside

        # The patterns PySide6 and the libraries compile as they are imported, from the cache.
        with regex_cache.serving_libraries():
            import_pyside()  # Qt is imported only now, shiboken's own code read from the cache
            from gui.app import run_reader

        return run_reader(options)
    finally:
        gc.enable()  # whatever run_reader did (an early return for an error, a test's process)


def parse_reader_options(args: list[str]) -> ReaderOptions:
    # The usual launches (from a menu, or a file manager with one file) need no parser (~2 ms).
    if not args or (len(args) == 1 and not args[0].startswith("-")):
        return ReaderOptions(file=args[0] if args else None, variant=None, speaker=None, screenshot=None,
                             color_scheme=None)
    parser = argparse.ArgumentParser(
        prog="yanlu",
        usage=(
            "yanlu [FILE] [options]\n"
            "       yanlu analyze FILE [--variant V] [--script S] [--json] [--allow-large]\n"
            "       yanlu export FILE_OR_FOLDER [...] [--format csv|json|md|jsonl] [--script S] [-o OUT]\n"
            "       yanlu evaluate FOLDER [FOLDER ...] [--json] [--errors]"
        ),
        description="Yanlu 言錄: read Chinese news in your script and see who said what.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "commands (each has its own --help):\n"
            "  analyze FILE     who said what in FILE, as a table or JSON, without a window\n"
            "  evaluate FOLDER  score the analysis against the labelled articles in FOLDER (or several)\n"
            "  export FILE…     speakers and quotations as CSV, JSON or Markdown; given a folder or\n"
            "                   several files, one record per quotation (JSONL or CSV) on all cores\n"
            "\n"
            f"scripts for --variant: {VARIANT_HELP}"
        ),
    )
    parser.add_argument("file", nargs="?", help="article to open (text, Markdown, HTML or EPUB)")
    parser.add_argument("--variant", choices=VARIANT_CHOICES, metavar="V", help="script to show (see below)")
    parser.add_argument(
        "--speaker", metavar="NAME", help="select this speaker (either script; 'all' for everyone)"
    )
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture of the window and exit")
    parser.add_argument("--color-scheme", choices=["light", "dark"], help="override the system scheme")
    parser.add_argument("--pdf", metavar="PDF", help="print the article to a PDF file and exit (no window)")
    parsed = parser.parse_args(args)
    if parsed.speaker is not None and not parsed.speaker.strip():
        parser.error("--speaker needs a name (or 'all')")
    return ReaderOptions(
        file=parsed.file,
        variant=Variant(parsed.variant) if parsed.variant else None,
        speaker=parsed.speaker,
        screenshot=parsed.screenshot,
        color_scheme=parsed.color_scheme,
        pdf=parsed.pdf,
    )
