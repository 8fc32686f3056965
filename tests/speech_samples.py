"""What the analysis makes of a short invented text, in the form the speech tests compare."""

from __future__ import annotations

from gui.engine.speech.analysis import analyze


def direct(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) of every direct quotation, in order."""
    return [(text[q.start : q.end], q.speaker) for q in analyze(text).quotes if q.kind == "direct"]


def reported(text: str) -> list[tuple[str, str | None]]:
    """(reported words, speaker) of every indirect span, in order."""
    return [(text[q.start : q.end], q.speaker) for q in analyze(text).quotes if q.kind == "indirect"]
