"""Quotations to take away, without Qt: attribution, CSV round trip, Markdown."""

from __future__ import annotations

from gui.analyze_command import analysis_json
from gui.engine.export import (
    Attribution,
    article_title,
    attributed_quotation,
    csv_text,
    markdown_text,
    quotation_records,
    quotes_from_csv,
    speaker_quotations,
)
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant


def test_attribution_follows_the_articles_own_marks():
    text = "他說：「我們會努力。」記者問。"
    start, end = text.index("我們"), text.index("」")
    who = Attribution("王建華", "市長")
    assert attributed_quotation(text, start, end, True, who) == "「我們會努力。」 ——王建華，市長"
    assert attributed_quotation(text, start, end, False, Attribution("王建華")) == "我們會努力。 ——王建華"
    assert attributed_quotation(text, start, end, True, Attribution(None)) == "「我們會努力。」"
    assert (
        speaker_quotations(text, [(start, end, True), (0, 2, False)], who)
        == "「我們會努力。」\n他說\n——王建華，市長"
    )


def test_csv_round_trip_with_awkward_text(bundled_raw):
    reading = Reading.analysed(bundled_raw + '\n他說：“有逗號,有引號"和\n換行”。\n')
    result = analysis_json(reading, Variant.HK)
    table = csv_text(quotation_records(result, "a.txt", None, article_title(reading, Variant.HK)))
    assert quotes_from_csv("\ufeff" + table) == result["quotes"]


def test_markdown_has_a_section_per_speaker_and_escapes(bundled_raw):
    reading = Reading.analysed(bundled_raw)
    result = analysis_json(reading, Variant.HANS)
    text = markdown_text(result, "标题 *重要*", "article.txt")
    assert text.startswith("# 标题 \\*重要\\*\n")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[0] == "## 黄庚倜，平顶山市政协主席"
    assert len(headings) == sum(1 for s in result["speakers"] if s["quotes"] + s["indirect"])
    assert "- “大党建，核心在‘大’、基础在‘建’、关键在‘融’。”" in text
    assert markdown_text({"text": "", "speakers": [], "quotes": []}).endswith("No quotations found.\n")
