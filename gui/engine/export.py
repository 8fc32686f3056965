"""Speakers and quotations to take away: CSV, Markdown and quotations with their attribution
for the clipboard, made from the ``analyze --json`` result (``gui.analyze_command.analysis_json``:
{"variant", "text", "speakers": [{name, title, group, quotes, indirect}], "quotes": [{start, end,
text, speaker, kind}]}, offsets into "text"). CSV and corpus records carry one quotation each,
with the same offsets. Pure Python (no Qt).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from gui.engine import regex_cache as re
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant

# One row per quotation. "article" is the article's title; "title" is the speaker's.
CSV_FIELDS = ("file", "chapter", "article", "speaker", "title", "kind", "start", "end", "text")
_OPENING_MARKS = "“「『‘\"'"
_CLOSING_MARKS = "”」』’\"'"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def article_title(reading: Reading, variant: Variant) -> str:
    """The article's title as shown in ``variant`` ("" when it has none)."""
    view = reading.view(variant)
    return view.text[: view.offsets.to_view(reading.article.title_end)].strip()


def quotation_records(
    result: dict, file: str = "", chapter: int | None = None, title: str = ""
) -> list[dict]:
    """One record per quotation of an ``analysis_json`` result, with the speaker's title."""
    titles = {speaker["name"]: speaker["title"] for speaker in result["speakers"]}
    return [
        {
            "file": file,
            "chapter": chapter,
            "article": title,
            "speaker": quote["speaker"],
            "title": titles.get(quote["speaker"]) if quote["speaker"] else None,
            "kind": quote["kind"],
            "start": quote["start"],
            "end": quote["end"],
            "text": quote["text"],
        }
        for quote in result["quotes"]
    ]


def csv_header() -> str:
    return _csv_lines([dict(zip(CSV_FIELDS, CSV_FIELDS, strict=True))])


def csv_rows(records: list[dict]) -> str:
    """``records`` as CSV lines (no header); None is written as an empty cell."""
    return _csv_lines([{key: "" if value is None else value for key, value in r.items()} for r in records])


def csv_text(records: list[dict]) -> str:
    """A whole CSV table; write it with the ``utf-8-sig`` codec so spreadsheets read it as UTF-8."""
    return csv_header() + csv_rows(records)


def _csv_lines(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writerows(rows)
    return out.getvalue()


def quotes_from_csv(text: str) -> list[dict]:
    """The quotations of a CSV written by ``csv_text``, in the JSON contract's shape."""
    rows = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
    return [
        {
            "start": int(row["start"]),
            "end": int(row["end"]),
            "text": row["text"],
            "speaker": row["speaker"] or None,
            "kind": row["kind"],
        }
        for row in rows
    ]


@dataclass(frozen=True)
class MarkdownWords:
    """The words a Markdown export adds around the article's own: English on the command line,
    the interface's language when the window exports."""

    heading: str = "Speakers and quotations"
    source: str = "Source: %s"
    unknown_speaker: str = "Speaker unknown"
    reported: str = "reported"
    none_found: str = "No quotations found."


def markdown_text(result: dict, title: str = "", source: str = "", words: MarkdownWords | None = None) -> str:
    """Speakers and their quotations as Markdown: a section per speaker, a list of quotations."""
    words = words or MarkdownWords()
    lines = [f"# {_md(title or words.heading)}", ""]
    if source:
        lines += [words.source.replace("%s", _md(source)), ""]
    text = result["text"]
    marks = quotation_marks(text)
    by_speaker: dict[str | None, list[dict]] = {}
    for quote in result["quotes"]:
        by_speaker.setdefault(quote["speaker"], []).append(quote)
    sections = [(s["name"], s["title"]) for s in result["speakers"]]
    if None in by_speaker:
        sections.append((None, None))
    for name, speaker_title in sections:
        quotes = by_speaker.get(name, [])
        if not quotes:
            continue
        heading = (
            words.unknown_speaker if name is None else name + (f"，{speaker_title}" if speaker_title else "")
        )
        lines += [f"## {_md(heading)}", ""]
        for quote in quotes:
            if quote["kind"] == "direct":
                lines.append(f"- {_md(marked_quote(text, quote['start'], quote['end'], marks))}")
            else:
                lines.append(f"- {_md(quote['text'])} *({_md(words.reported)})*")
        lines.append("")
    if not result["quotes"]:
        lines += [words.none_found, ""]
    return "\n".join(lines)


def _md(text: str) -> str:
    """``text`` on one line with Markdown's special characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def quotation_marks(text: str) -> tuple[str, str]:
    """The pair of marks ``text`` quotes with: 「」 where corner brackets are its usual marks (a
    Taiwan or Hong Kong text, or a view showing them), “” otherwise."""
    return ("「", "」") if text.count("「") > text.count("“") else ("“", "”")


def marked_quote(text: str, start: int, end: int, marks: tuple[str, str] = ("“", "”")) -> str:
    """The quotation ``text[start:end]`` with the marks the article puts round it (``marks``,
    the text's usual pair, where it puts none right there)."""
    opening = text[start - 1] if start > 0 and text[start - 1] in _OPENING_MARKS else marks[0]
    closing = text[end] if end < len(text) and text[end] in _CLOSING_MARKS else marks[1]
    return f"{opening}{text[start:end]}{closing}"


@dataclass(frozen=True)
class Attribution:
    """Who said a quotation, as shown in the current script."""

    name: str | None
    title: str | None = None

    def line(self) -> str:
        """——王建华，某市交通局局长"""
        if self.name is None:
            return ""
        return "——" + self.name + (f"，{self.title}" if self.title else "")


def attributed_quotation(text: str, start: int, end: int, direct: bool, who: Attribution) -> str:
    """“……” ——王建华，某市交通局局长 (reported speech goes without quotation marks)."""
    words = marked_quote(text, start, end, quotation_marks(text)) if direct else text[start:end]
    attribution = who.line()
    return f"{words} {attribution}" if attribution else words


def speaker_quotations(text: str, spans: list[tuple[int, int, bool]], who: Attribution) -> str:
    """All of one speaker's quotations, one a line, with the attribution on the last line."""
    marks = quotation_marks(text)
    lines = [
        marked_quote(text, start, end, marks) if direct else text[start:end] for start, end, direct in spans
    ]
    attribution = who.line()
    return "\n".join([*lines, attribution] if attribution else lines)
