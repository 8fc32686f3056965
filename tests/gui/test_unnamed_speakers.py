"""Reported speech whose speaker the text does not name (某方面表示，……) is highlighted, stepped
through and exported like any other, with no speaker: never a crash."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from gui.engine.reading import Reading
from gui.highlights import ALL_SPEAKERS

ARTICLE = "標題\n會上表示，明天會下雨。王大明說：「好。」他又說：「走吧。」"


def test_reported_speech_without_a_speaker_is_highlighted_and_stepped(qtbot, window):
    window.show_reading(Reading.parse(ARTICLE))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    unnamed = [q for q in window.reading.analysis.quotes if q.speaker is None]
    assert unnamed and unnamed[0].kind == "indirect"  # the case this file is about

    window.select_speaker(ALL_SPEAKERS)
    for _ in range(len(window.reading.analysis.quotes) + 1):
        window.step_quote(1)  # every quotation, the unnamed one among them
    window.article_view.viewport().repaint()

    start, end = window.shown_view.span(unnamed[0].start, unnamed[0].end)
    highlighted = {(s, e): f for s, e, f in window.article_view.highlight_formats()}
    assert (start, end) in highlighted  # shown with the others, in grey
    underline = highlighted[(start, end)].underlineStyle()
    assert underline is QTextCharFormat.UnderlineStyle.DashUnderline  # reported speech, as for anyone


def test_reported_speech_without_a_speaker_is_exported_with_no_speaker(tmp_path):
    import json
    import subprocess
    import sys

    article = tmp_path / "news.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    command = [sys.executable, "-m", "gui", "analyze", str(article), "--json"]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    quotes = json.loads(result.stdout)["quotes"]
    assert any(q["speaker"] is None and q["kind"] == "indirect" for q in quotes)


def test_hovering_and_clicking_reported_speech_without_a_speaker(qtbot, window):
    window.show_reading(Reading.parse(ARTICLE))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    unnamed = next(q for q in window.reading.analysis.quotes if q.speaker is None)
    start, _ = window.shown_view.span(unnamed.start, unnamed.end)
    window._tooltip_at(start + 1)  # a tooltip or none, but no error
    window.article_view.clicked_at.emit(start + 1)
    qtbot.wait(10)
    assert window.selection in (None, "")  # there is no one to select
