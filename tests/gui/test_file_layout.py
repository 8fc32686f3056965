"""Real files laid out as a reader expects: paragraphs without tall gaps, titles without indents,
Markdown headings as headings."""

from __future__ import annotations

from gui.engine.reading import Reading
from gui.highlights import ALL_SPEAKERS

TEXT = (
    "\u3000\u3000市長視察新公園\n\n"
    "\u3000\u3000市長李大同今天表示：「我們會加快建設。」\n\n\n"
    "\u3000\u3000他說，工程預計明年完工。\n"
)


def test_blank_lines_and_indents_are_not_shown(qtbot, window):
    window.show_reading(Reading.parse(TEXT))
    qtbot.waitUntil(lambda: window.is_idle() and bool(window.reading.analysis.quotes), timeout=30_000)
    document = window.article_view.document()
    blocks = [document.findBlockByNumber(i).text() for i in range(document.blockCount())]
    assert blocks == [
        "市長視察新公園",
        "市長李大同今天表示：「我們會加快建設。」",
        "他說，工程預計明年完工。",
    ]
    window.select_speaker(ALL_SPEAKERS)
    text = window.article_view.toPlainText()
    start, end, _ = window.article_view.highlighted_ranges()[0]
    assert text[start:end] == "我們會加快建設。"


def test_markdown_headings_are_headings(qtbot, window, tmp_path):
    path = tmp_path / "news.md"
    path.write_text("# 市長視察\n\n第一段。\n\n## 工程進度\n\n第二段，**重點**在此。\n", encoding="utf-8")
    assert window.open_file(str(path))
    document = window.article_view.document()
    heading = document.findBlockByNumber(2)
    assert heading.text() == "工程進度" and heading.blockFormat().headingLevel() == 2
    assert document.findBlockByNumber(3).text() == "第二段，重點在此。"
    assert document.findBlockByNumber(1).blockFormat().headingLevel() == 0
