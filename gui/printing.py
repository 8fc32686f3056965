"""Print the article, or write it as a PDF, in the shown script with the quotation highlights.

The page is laid out by the same code as the screen (an ``ArticleView`` that is never shown),
with the reading font at a print size: the bundled Noto Sans CJK is a variable font whose
default instance is Thin, and ``CjkFonts.font_for`` sets its weight axis to 400. Highlights
are extra selections on screen, which do not print, so they are merged into a copy of the
document as character formats. Each page gets a footer: the source and the page number.
Imported on first use (QtPrintSupport is not needed to read).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QRawFont,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from gui.text_positions import Utf16Positions
from gui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from gui.main_window import MainWindow

PRINT_POINT_SIZE = 11.0
# Coordinates in 1/96 inch, as on screen: the layout's pixel margins and gaps keep their look.
PRINT_RESOLUTION = 96
_PAGE_MARGINS_MM = QMarginsF(18, 18, 18, 16)
_FOOTER_GAP = 10  # between the text and the footer line, in device pixels
# CJK radicals (⼒ U+2F12, ⻩ U+2EE9) share their glyph with an ideograph (力, 黄) in CJK fonts.
_RADICALS = re.compile(r"[\u2e80-\u2fdf]")
_UNICODE_MAP = re.compile(rb"begincmap.*?endcmap", re.S)
_HEX_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")


def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def print_document(window: MainWindow, point_size: float = PRINT_POINT_SIZE) -> QTextDocument:
    """The shown article as a document of its own, quotation highlights included."""
    view = window.shown_view
    reading = window.reading
    assert view is not None and reading is not None
    layout_view = ArticleView()  # never shown: only its document is used
    layout_view.setPalette(layout_view.style().standardPalette())  # paper is light: muted credits in grey
    article = reading.article
    layout_view.show_text(
        view.text,
        view.offsets.to_view(article.title_end),
        view.offsets.to_view(article.footer_start),
        window.fonts.font_for(view.variant, point_size, view.text),
        [view.span(start, end) for start, end in article.headings],
    )
    document = layout_view.document().clone()
    layout_view.deleteLater()
    to_qt = Utf16Positions(view.text).to_qt
    for start, end, char_format in window.article_view.highlight_formats("quotes"):
        cursor = QTextCursor(document)
        cursor.setPosition(to_qt(start))
        cursor.setPosition(to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(on_paper(char_format))
    return document


def on_paper(char_format: QTextCharFormat) -> QTextCharFormat:
    """A highlight made for a dark screen, made for white paper: a deep background becomes a pale
    one of the same hue (black ink stays readable on it), a light underline becomes black."""
    printed = QTextCharFormat(char_format)
    background = printed.background().color()
    if background.lightnessF() < 0.5:
        hue, saturation, lightness, alpha = background.getHslF()
        printed.setBackground(QColor.fromHslF(hue, saturation, 1 - lightness / 2, alpha))
    if printed.fontUnderline() and printed.underlineColor().lightnessF() > 0.7:
        printed.setUnderlineColor(QColor(0, 0, 0))
    return printed


def shown_title(window: MainWindow) -> str:
    """The article's title in the shown script ("" when it has none)."""
    view, reading = window.shown_view, window.reading
    if view is None or reading is None:
        return ""
    return view.text[: view.offsets.to_view(reading.article.title_end)].strip()


def source_line(window: MainWindow) -> str:
    """What the footer says the text is: its title and file (or that it is the bundled sample)."""
    title = shown_title(window)
    source = Path(window.source_path).name if window.source_path else tr("Yanlu 言錄")
    return " — ".join(part for part in (title, source) if part)


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer: str, footer_font: QFont) -> int:
    """Lay ``document`` out on ``device``'s pages with ``footer`` and page numbers; pages painted."""
    painter = QPainter(device)
    try:
        page = device.pageLayout().paintRectPixels(device.logicalDpiX())
        footer_height = int(footer_font.pointSizeF() * device.logicalDpiY() / 72 * 1.6) + _FOOTER_GAP
        body = QSizeF(page.width(), page.height() - footer_height)
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(body)
        pages = document.pageCount()
        context = QAbstractTextDocumentLayout.PaintContext()
        # Paper is white whatever the screen's scheme: ink for the text, grey for the footer.
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, QColor(0, 0, 0))
        context.palette = palette
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            context.clip = QRectF(QPointF(0, number * body.height()), body)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor(90, 90, 90))
            line = QRectF(0, page.height() - footer_height + _FOOTER_GAP, page.width(), footer_height)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer)
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tr("%1 / %2").replace("%1", str(number + 1)).replace("%2", str(pages)),
            )
        return pages
    finally:
        painter.end()


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        _PAGE_MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _footer_font(variant_font: QFont) -> QFont:
    font = QFont(variant_font)
    font.setPointSizeF(8.0)
    return font


def write_pdf(window: MainWindow, path: str) -> int:
    """Write the shown article to ``path`` as a PDF (A4); returns the number of pages.
    Raises OSError when the file cannot be written."""
    view = window.shown_view
    assert view is not None
    with open(path, "wb"):  # QPdfWriter would only warn; fail here with the reason instead
        pass
    writer = QPdfWriter(path)
    writer.setResolution(PRINT_RESOLUTION)
    writer.setPageLayout(_page_layout())
    writer.setTitle(shown_title(window))
    writer.setCreator("Yanlu 言錄")
    document = print_document(window)
    font = window.fonts.font_for(view.variant, PRINT_POINT_SIZE)
    pages = paint_pages(document, writer, source_line(window), _footer_font(font))
    del writer  # the file is complete
    text = document.toPlainText() + source_line(window)
    Path(path).write_bytes(repair_unicode_maps(Path(path).read_bytes(), font, text))
    return pages


def repair_unicode_maps(pdf: bytes, font: QFont, text: str) -> bytes:
    """Make copying from the PDF give the characters that were printed.

    Qt's PDF writer maps each glyph back to the *first* code point the font draws with it, and
    CJK fonts draw radicals with the ideograph's glyph: 力 came out of the PDF as the radical ⼒,
    黄 as ⻩. Each radical in the ToUnicode maps is put back to the character of ``text`` with the
    same glyph (four hex digits for four, so no byte offset in the file moves).
    """
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return pdf
    printed = set(text)
    by_glyph = {}
    for char in printed:
        if char > "\u2fff" and len(char.encode("utf-16-le")) == 2:
            glyphs = raw.glyphIndexesForString(char)
            if len(glyphs) == 1 and glyphs[0]:
                by_glyph.setdefault(glyphs[0], char)

    def ideograph(code: re.Match) -> bytes:
        char = chr(int(code.group(1), 16))
        if not _RADICALS.fullmatch(char) or char in printed:
            return code.group(0)
        glyphs = raw.glyphIndexesForString(char)
        found = by_glyph.get(glyphs[0]) if len(glyphs) == 1 else None
        return f"<{ord(found):04X}>".encode() if found else code.group(0)

    return _UNICODE_MAP.sub(lambda cmap: _HEX_CODE.sub(ideograph, cmap.group(0)), pdf)


def print_with_dialog(window: MainWindow) -> bool:
    """Ask for a printer and print the shown article; False when the reader cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    view = window.shown_view
    if view is None:
        return False
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setPageLayout(_page_layout())
    printer.setDocName(source_line(window))
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(tr("Print Article"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = print_document(window)
    footer_font = _footer_font(window.fonts.font_for(view.variant, PRINT_POINT_SIZE))
    paint_pages(document, printer, source_line(window), footer_font)
    return True
