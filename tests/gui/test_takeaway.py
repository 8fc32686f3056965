"""Quotations to take away from the real window: copy with attribution, export, print to PDF."""

from __future__ import annotations

import contextlib
import json
import re
import zlib

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument

from gui.analyze_command import analysis_json
from gui.engine.export import quotes_from_csv
from gui.engine.scripts.script_variants import Variant
from gui.highlights import ALL_SPEAKERS


def _switch(qtbot, window, variant):
    window.script_bar.button(variant).click()
    qtbot.waitUntil(lambda: window.is_idle() and window.shown_view.variant is variant)


def _context_menu_over(window, source_offset):
    """The article's context menu for a right-click at a source offset."""
    view = window.article_view
    offset = window.shown_view.offsets.to_view(source_offset)
    view.reveal(offset, offset + 1)
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    return window.reading_tools.article_menu_at(view.cursorRect(cursor).center() + QPoint(2, 0))


def test_copy_a_quotation_with_its_attribution_in_the_shown_script(qtbot, window):
    _switch(qtbot, window, Variant.HANS)
    first = window.reading.analysis.quotes[0]
    menu = _context_menu_over(window, first.start + 3)
    actions = {a.text(): a for a in menu.actions()}
    assert "Copy All of 黄庚倜's Quotations" in actions
    actions["Copy Quotation with Attribution"].trigger()
    assert QGuiApplication.clipboard().text() == (
        "“我们著力以制度化、规范化、程序化建设为抓手，持续推动政协工作提质增效。” ——黄庚倜，平顶山市政协主席"
    )
    assert "Copy Quotation with Attribution" not in [
        a.text() for a in _context_menu_over(window, window.reading.text.index("完善政協")).actions()
    ]


def test_copy_all_of_a_speakers_quotations(qtbot, window):
    _switch(qtbot, window, Variant.TW)
    window.select_speaker("馮芳喜")
    window.reading_tools.copy_speaker_action.trigger()
    lines = QGuiApplication.clipboard().text().split("\n")
    view = window.shown_view
    quotes = window.reading.analysis.quotes_of("馮芳喜")
    spans = [view.span(q.start, q.end) for q in quotes]
    # The view's own marks: corner brackets in the Taiwan view.
    assert lines[:-1] == [f"「{view.text[start:end]}」" for start, end in spans]
    assert lines[-1] == "——馮芳喜，市政協主席"
    # Keyboard: the quotation being visited, Ctrl+Shift+C.
    qtbot.keyClick(window.article_view, Qt.Key.Key_F3)
    qtbot.keyClick(
        window.article_view,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == lines[1] + " ——馮芳喜，市政協主席"


def test_reported_speech_is_copied_without_quotation_marks(qtbot, window):
    indirect = next(q for q in window.reading.analysis.quotes if q.kind == "indirect")
    copied = window.reading_tools.quotation_text(indirect)
    assert copied == window.reading.text[indirect.start : indirect.end] + " ——黃庚倜，平頂山市政協主席"


@pytest.mark.parametrize("variant", [Variant.ORIGINAL, Variant.HK])
def test_export_csv_parses_back_to_the_analyze_contract(qtbot, window, tmp_path, variant):
    _switch(qtbot, window, variant)
    path = tmp_path / "out.csv"
    assert window.reading_tools.export_to(str(path), "csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheet software needs to read UTF-8
    expected = analysis_json(window.reading, variant)["quotes"]
    assert quotes_from_csv(data.decode("utf-8")) == expected
    assert len(expected) == len(window.reading.analysis.quotes)


def test_export_json_and_markdown(qtbot, window, tmp_path):
    _switch(qtbot, window, Variant.HANS)
    tools = window.reading_tools
    assert tools.export_to(str(tmp_path / "out.json"), "json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == analysis_json(
        window.reading, Variant.HANS
    )
    assert tools.export_to(str(tmp_path / "out.md"), "md")
    rendered = QTextDocument()
    rendered.setMarkdown((tmp_path / "out.md").read_text(encoding="utf-8"))
    text = rendered.toPlainText()
    assert text.startswith("如何强化党建引领")
    assert "黄庚倜，平顶山市政协主席" in text and "“我们著力以制度化" in text
    assert "\\" not in text and "##" not in text  # escapes and markup were consumed by the renderer


def test_export_to_an_unwritable_place_says_so(qtbot, window, tmp_path):
    assert not window.reading_tools.export_to(str(tmp_path / "missing" / "out.csv"), "csv")
    assert "Could not write" in window.message_bar.text()


def _pdf_fonts(data: bytes) -> tuple[int, str]:
    """(embedded font files, the text of every ToUnicode map) of a PDF, without poppler."""
    embedded = len(re.findall(rb"/FontFile[23]?\b", data))
    maps = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        body = match.group(1)
        with contextlib.suppress(zlib.error):
            body = zlib.decompress(body)
        if b"begincmap" in body:
            maps.append(body.decode("latin-1"))
    return embedded, "\n".join(maps)


def test_pdf_is_written_with_the_cjk_font_embedded(qtbot, window, tmp_path):
    from gui.printing import write_pdf

    _switch(qtbot, window, Variant.HANS)
    window.select_speaker(ALL_SPEAKERS)
    path = tmp_path / "article.pdf"
    pages = write_pdf(window, str(path))
    data = path.read_bytes()
    assert pages >= 1 and data.startswith(b"%PDF") and len(data) > 10_000
    embedded, maps = _pdf_fonts(data)
    assert embedded >= 1
    for char in "协党黄庚倜力":  # Han glyphs in the embedded font's Unicode map
        assert f"<{ord(char):04X}>" in maps
    # Copying from the PDF gives 黄 and 力, not the radicals ⻩ and ⼒ that share their glyphs.
    assert not re.search(r"<2[EF][89A-F][0-9A-F]>", maps)
    assert data.count(b"/Type /Page\n") == pages or data.count(b"/Type /Page") >= pages


def test_print_document_carries_the_highlights_and_the_regular_weight(qtbot, window):
    from gui.printing import print_document

    window.select_speaker("孔昌生")
    document = print_document(window)
    assert document.toPlainText() == window.article_view.toPlainText()
    highlighted = window.article_view.highlight_formats()
    assert highlighted
    for start, _end, char_format in highlighted:
        cursor = QTextCursor(document)
        cursor.setPosition(start + 1)
        assert cursor.charFormat().background().color() == char_format.background().color()
    font = document.defaultFont()
    if window.fonts.bundled:  # the variable font's default instance is Thin: the axis must say 400
        assert font.variableAxisTags() and font.variableAxisValue(font.variableAxisTags()[0]) == 400


def test_menus_offer_find_copy_export_and_print(window):
    def titles(menu):
        return [a.text() for a in menu.actions() if not a.isSeparator()]

    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus)[:2] == ["&File", "&Edit"]
    file_menu = titles(menus["&File"])
    assert file_menu[-4:] == ["&Export Speakers and Quotations", "Export P&DF…", "&Print…", "&Quit"]
    export = next(a for a in menus["&File"].actions() if a.text().startswith("&Export")).menu()
    assert titles(export) == ["&CSV (spreadsheet)…", "&JSON…", "&Markdown…"]
    assert titles(menus["&Edit"])[:3] == ["&Find…", "Find &Next", "Find Pre&vious"]
    assert window.reading_tools.find_next_action.shortcut().toString() == "Ctrl+G"
    assert window.next_action.shortcut().toString() == "F3"


def test_dark_screen_highlights_print_pale(qapp):
    from PySide6.QtGui import QColor, QTextCharFormat

    from gui.printing import on_paper

    dark = QTextCharFormat()
    dark.setBackground(QColor.fromHslF(0.1, 0.55, 0.30))
    dark.setFontUnderline(True)
    dark.setUnderlineColor(QColor("#e6e6e6"))
    printed = on_paper(dark)
    assert printed.background().color().lightnessF() > 0.8
    assert abs(printed.background().color().hslHueF() - 0.1) < 0.01
    assert printed.underlineColor() == QColor(0, 0, 0)
    light = QTextCharFormat()
    light.setBackground(QColor.fromHslF(0.1, 0.85, 0.84))
    assert on_paper(light).background().color() == light.background().color()
