"""Pinyin drawn as ruby over the article view's characters, for the lines on screen only.

QTextDocument has no ruby (it drops ``<ruby>``), and a custom text object
(``QTextObjectInterface``) would put U+FFFC in place of each character, so selection, copy and
find would see object marks instead of text. Here the document keeps its characters exactly;
the view lays it out with taller lines and wider characters (:data:`LINE_HEIGHT_PERCENT`,
:data:`LETTER_SPACING_PERCENT`) and this layer paints each syllable centred over its character,
in the room above the line, after Qt has painted the text, its highlights and the selection.
Every offset map stays as it is; only the lines a paint touches are read and annotated.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QStaticText, QTextBlock

from gui.engine.pinyin_readings import Ruby
from gui.widgets.article_view import ArticleView

LINE_HEIGHT_PERCENT = 170  # body lines with pinyin: room for a line of syllables above each
LETTER_SPACING_PERCENT = 128  # a syllable needs more width than its character
RUBY_SCALE = 0.5  # ruby size against the characters under it
_GAP_EM = 0.06  # between a syllable's baseline and the top of its character
_MIN_SQUEEZE = 0.72  # a syllable wider than its cell is narrowed at most this much


class RubyLayer:
    """Pinyin over an :class:`ArticleView`. ``readings(start, end)`` gives the rubies of the shown
    text's characters in [start, end) (engine offsets), e.g. ``PinyinReadings.readings``."""

    def __init__(self, view: ArticleView) -> None:
        self._view = view
        self._readings: Callable[[int, int], list[Ruby]] | None = None
        self._static: dict[tuple[str, float, bool], QStaticText] = {}
        self._plain_line_height = view.line_height_percent
        self.painted: list[Ruby] = []  # what the last paint drew (tests, benchmarks)

    @property
    def shown(self) -> bool:
        return self._readings is not None

    def reserve_room(self, shown: bool) -> None:
        """Ask the view for taller lines and wider characters (used by its next ``show_text``)."""
        view = self._view
        view.line_height_percent = LINE_HEIGHT_PERCENT if shown else self._plain_line_height
        view.letter_spacing_percent = LETTER_SPACING_PERCENT if shown else 100.0

    def show(self, readings: Callable[[int, int], list[Ruby]] | None) -> None:
        """Draw these readings from now on (None: no pinyin)."""
        self._readings = readings
        self._view.set_overlay(self.paint if readings is not None else None)

    # -- painting ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, rect: QRect) -> None:
        """Draw the syllables of the lines that meet ``rect`` (viewport coordinates)."""
        self.painted = []
        if self._readings is None:
            return
        view = self._view
        document = view.document()
        layout = document.documentLayout()
        dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        font = QFont(document.defaultFont())
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100)
        metrics = QFontMetricsF(font)
        # A line's ascent tells the size of its text (the title is larger): em = ascent / ratio.
        ascent_per_em = metrics.ascent() / _pixel_size(font, view.logicalDpiY())
        # Lines whose ruby band (above the line) can reach into rect: look a line lower too.
        reach = int(metrics.lineSpacing() * 3)
        top = view.cursorForPosition(QPoint(0, max(0, rect.top()))).block()
        last = QPoint(view.viewport().width(), rect.bottom() + reach)
        bottom_position = view.cursorForPosition(last).position()
        palette = view.palette()
        colors = (_ruby_color(palette), palette.color(QPalette.ColorRole.Link))
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        to_engine, to_qt = view.positions.to_engine, view.positions.to_qt
        block = top
        while block.isValid() and block.position() <= bottom_position:
            origin = layout.blockBoundingRect(block).topLeft() - QPointF(dx, dy)
            if origin.y() > rect.bottom() + reach:
                break
            start = to_engine(block.position())
            end = to_engine(block.position() + block.length() - 1)
            rubies = self._readings(start, end) if end > start else []
            if rubies:
                self._paint_block(painter, block, origin, rubies, to_qt, colors, font, ascent_per_em)
            block = block.next()

    def _paint_block(
        self,
        painter: QPainter,
        block: QTextBlock,
        origin: QPointF,
        rubies: list[Ruby],
        to_qt: Callable[[int], int],
        colors: tuple[QColor, QColor],
        font: QFont,
        ascent_per_em: float,
    ) -> None:
        text_layout = block.layout()
        base = block.position()
        spacing = self._view.letter_spacing_percent / 100
        to_points = 72 / self._view.logicalDpiY()
        for ruby in rubies:
            position = to_qt(ruby.offset) - base
            line = text_layout.lineForTextPosition(position)
            if not line.isValid():
                continue
            left = line.cursorToX(position)[0]
            right = line.cursorToX(position + 1)[0]
            if right <= left:  # the last character of a line: its end is the line's natural width
                right = left + (line.naturalTextWidth() - left if line.naturalTextWidth() > left else 0)
            glyph = (right - left) / spacing  # the character's own advance, without the spacing
            em = line.ascent() / ascent_per_em  # pixels
            size = max(1.0, em * RUBY_SCALE * to_points)
            static = self._text(ruby.text, size, ruby.from_source, font)
            width = static.size().width()
            cell = right - left
            x = origin.x() + left + glyph / 2
            # The top of a Han glyph sits about 0.88 em above the baseline; the syllable just above it.
            glyph_top = origin.y() + line.y() + line.ascent() - em * _HAN_TOP_EM
            y = glyph_top - em * _GAP_EM - static.size().height()
            painter.save()
            painter.setFont(_ruby_font(font, size, ruby.from_source))
            painter.setPen(colors[ruby.from_source])
            if width > cell > 0:
                squeeze = max(_MIN_SQUEEZE, cell / width)
                painter.translate(x, y)
                painter.scale(squeeze, 1.0)
                painter.drawStaticText(QPointF(-width / 2, 0), static)
            else:
                painter.drawStaticText(QPointF(x - width / 2, y), static)
            painter.restore()
            self.painted.append(ruby)

    def _text(self, text: str, size: float, from_source: bool, font: QFont) -> QStaticText:
        key = (text, round(size, 1), from_source)
        static = self._static.get(key)
        if static is None:
            if len(self._static) > 4000:
                self._static.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=_ruby_font(font, size, from_source))
            self._static[key] = static
        return static


_HAN_TOP_EM = 0.88  # a Han glyph's top above the baseline, in em (the ideographic em box)


def _pixel_size(font: QFont, dpi: float) -> float:
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * dpi / 72


def _ruby_font(base: QFont, point_size: float, from_source: bool) -> QFont:
    font = QFont(base)
    font.setPointSizeF(point_size)
    if from_source:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def _ruby_color(palette: QPalette) -> QColor:
    """The text colour, a little quieter: readable, but the characters stay the text."""
    color = QColor(palette.color(QPalette.ColorRole.Text))
    color.setAlphaF(0.72)
    return color
