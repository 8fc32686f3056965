"""``yanlu analyze FILE``: who said what, as a table or as JSON, with no window.

The JSON contract: {"variant", "text", "speakers": [{name, title, group, quotes, indirect}],
"quotes": [{start, end, text, speaker, kind}]}; offsets index "text", the article as shown
in that script.

Bad input is one line on stderr (the file name with control characters escaped, then the same
message the window shows) and exit status 2. The result is written as UTF-8 whatever the locale;
a full disk (``> /dev/full``) is one line and status 2, a reader that stops early (``| head``)
ends the command quietly with status 1, as Python's documentation recommends for SIGPIPE.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter

from gui.cli import SCRIPT_CHOICES, SCRIPT_HELP, VARIANT_HELP
from gui.engine.formats.file_names import printable
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant

PROG = "yanlu analyze"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line on stderr and status 2, as for bad input
        say(printable(message))
        raise SystemExit(2)


def say(message: str) -> None:
    """One line on stderr, prefixed with the command's name."""
    print(f"{PROG}: {message}", file=sys.stderr)


def main(argv: list[str]) -> int:
    parser = _Parser(
        prog="yanlu analyze",
        description="Find quotations and speakers in an article and print who said what.",
        epilog=f"scripts for --variant: {VARIANT_HELP}",
    )
    parser.add_argument("file", metavar="FILE", help="the article: text, Markdown, HTML or EPUB")
    parser.add_argument(
        "--variant",
        choices=[v.value for v in Variant],
        default=Variant.ORIGINAL.value,
        metavar="V",
        help="show text, names and offsets in this script (default: original)",
    )
    parser.add_argument(
        "--script", choices=list(SCRIPT_CHOICES), default="auto", metavar="S", help=SCRIPT_HELP
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--allow-large", action="store_true", help="read files over the size limit")
    options = parser.parse_args(argv)
    from gui.engine.formats.loader import LoadError, load_document

    name = printable(options.file)
    try:
        document = load_document(options.file, allow_large=options.allow_large)
    except LoadError as error:
        say(f"{name}: {error}")
        return 2
    try:
        reading = Reading.analysed(document.text, traditional=SCRIPT_CHOICES[options.script])
        result = analysis_json(reading, Variant(options.variant))
    except Exception as error:  # an engine bug must still be one line, not a traceback
        say(f"{name}: Yanlu could not analyse this text ({type(error).__name__}).")
        return 2
    output = json.dumps(result, ensure_ascii=False) + "\n" if options.json else analysis_table(result)
    return write_output(output)


def write_output(text: str) -> int:
    """Write the result to stdout as UTF-8; 0 when it all arrived, else see the module docstring."""
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8", errors="replace"))
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        _detach_stdout()
        return 1
    except OSError as error:
        _detach_stdout()
        say(f"cannot write the result: {(error.strerror or str(error)).lower()}.")
        return 2
    return 0


def _detach_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of it cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def analysis_json(reading: Reading, variant: Variant) -> dict:
    """The analysis of ``reading`` in ``variant``, as the JSON contract describes."""
    view = reading.view(variant)
    names = {s.name: reading.display_name(s, variant) for s in reading.analysis.speakers}
    # Counted in one pass: a book has hundreds of speakers and thousands of quotations.
    counts = Counter((q.speaker, q.kind == "direct") for q in reading.analysis.quotes)
    speakers = [
        {
            "name": names[speaker.name],
            "title": reading.display_title(speaker, variant),
            "group": speaker.group,
            "quotes": counts[speaker.name, True],
            "indirect": counts[speaker.name, False],
        }
        for speaker in reading.analysis.speakers
    ]
    quotes = [
        {
            "start": span.start,
            "end": span.end,
            "text": view.text[span.start : span.end],
            "speaker": names.get(span.quote.speaker) if span.quote.speaker else None,
            "kind": span.quote.kind,
        }
        for span in reading.spans(view)
    ]
    return {"variant": variant.value, "text": view.text, "speakers": speakers, "quotes": quotes}


def analysis_table(result: dict) -> str:
    """A readable summary: the speakers, then each quotation with its speaker."""
    lines = [f"Speakers ({len(result['speakers'])}):"]
    for speaker in result["speakers"]:
        title = f" ({speaker['title']})" if speaker["title"] else ""
        group = " [group]" if speaker["group"] else ""
        lines.append(
            f"  {speaker['name']}{title}{group}: {speaker['quotes']} direct, {speaker['indirect']} indirect"
        )
    lines.append(f"Quotations ({len(result['quotes'])}):")
    for quote in result["quotes"]:
        text = quote["text"] if len(quote["text"]) <= 60 else quote["text"][:59] + "…"
        kind = "“”" if quote["kind"] == "direct" else "~ "
        lines.append(f"  {quote['start']:>6}-{quote['end']:<6} {kind} {quote['speaker'] or '?'}: {text}")
    return "\n".join(lines) + "\n"
