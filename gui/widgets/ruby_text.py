"""Pinyin drawn as ruby over the article view's characters, for the lines on screen only.

QTextDocument has no ruby (it drops ``<ruby>``), and a custom text object
(``QTextObjectInterface``) would put U+FFFC in place of each character, so selection, copy and
find would see object marks instead of text. Here the document keeps its characters exactly;
the view lays it out with taller lines and wider characters (:data:`LINE_HEIGHT_PERCENT`,
:data:`LETTER_SPACING_PERCENT`) and this layer paints each syllable centred over its character,
in the room above the line, after Qt has painted the text, its highlights and the selection.
Every offset map stays as it is; only the lines a paint touches are read and annotated. Turning
pinyin on or off changes the room in place, the screen first (``widgets/ruby_room.py``), and a
block is annotated only once it has its room: syllables never run into the line above.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QStaticText,
    QTextBlock,
    QTextDocument,
)

from gui.widgets.article_view import ArticleView
from gui.widgets.ruby_room import RubyRoom

if TYPE_CHECKING:  # pypinyin's side loads only when pinyin is first shown
    from gui.engine.pinyin_readings import Ruby

LINE_HEIGHT_PERCENT = 170  # body lines with pinyin: room for a line of syllables above each
LETTER_SPACING_PERCENT = 128  # a syllable needs more width than its character
RUBY_SCALE = 0.5  # ruby size against the characters under it
_GAP_EM = 0.06  # between a syllable's baseline and the top of its character
_MIN_SQUEEZE = 0.66  # a syllable wider than its room is narrowed at most this much (Jyutping's koeng4)
_ROOM_OF_CELL = 0.92  # a syllable keeps clear of the next one: shàn zhèng, not shànzhèng


class RubyLayer:
    """Pinyin over an :class:`ArticleView`. ``readings(start, end)`` gives the rubies of the shown
    text's characters in [start, end) (engine offsets), e.g. ``PinyinReadings.readings``."""

    def __init__(self, view: ArticleView) -> None:
        self._view = view
        self._readings: Callable[[int, int], list[Ruby]] | None = None
        self._static: dict[tuple[str, float, bool], QStaticText] = {}
        self._plain_line_height = view.line_height_percent
        self.room = RubyRoom(view, self._plain_line_height, LINE_HEIGHT_PERCENT, LETTER_SPACING_PERCENT)
        self.room.formatted.connect(self._forget)
        self.painted: list[Ruby] = []  # what the last paint drew (tests, benchmarks)
        self._painted_at: list[tuple[QPointF, _Placed]] = []  # where (document coordinates)
        self._painted_scroll = QPointF()
        # Block number → its syllables, placed relative to the block (blocks above may grow).
        self._geometry: dict[int, list[_Placed]] = {}
        self._geometry_of: tuple[int, float, int] | None = None

    @property
    def shown(self) -> bool:
        return self._readings is not None

    def reserve_room(self, shown: bool) -> None:
        """Before the view builds a new document: all of it with taller lines and wider
        characters, or all without."""
        self._ask_view(shown)
        self.room.expect_document(shown)

    def make_room(self, shown: bool) -> None:
        """Give the document on screen that room (or take it back): the screen now, the rest
        in idle steps."""
        self._ask_view(shown)
        self.room.apply(shown)

    def _ask_view(self, shown: bool) -> None:
        view = self._view  # its next show_text builds with these
        view.line_height_percent = LINE_HEIGHT_PERCENT if shown else self._plain_line_height
        view.letter_spacing_percent = LETTER_SPACING_PERCENT if shown else 100.0

    def _forget(self, first: int, last: int) -> None:
        """These blocks were laid out again: their syllables are placed anew when next painted."""
        for number in range(first, last + 1):
            self._geometry.pop(number, None)

    def show(self, readings: Callable[[int, int], list[Ruby]] | None) -> None:
        """Draw these readings from now on (None: no pinyin)."""
        self._readings = readings
        self._geometry.clear()
        self.painted = []
        self._painted_at = []
        self._view.set_overlay(self.paint if readings is not None else None)

    # -- painting ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, rect: QRect) -> None:
        """Draw the syllables of the laid-out lines that meet ``rect`` (viewport coordinates).

        Blocks Qt has not laid out yet (a book is laid out in steps) are left for the paint that
        follows their layout: asking for their geometry here would lay the book out at once.
        """
        self.painted = []
        self._painted_at = []
        if self._readings is None:
            return
        view = self._view
        document = view.document()
        key = (id(document), document.textWidth(), view.logicalDpiY())
        if key != self._geometry_of:  # another document, width or screen: every place moved
            self._geometry.clear()
            self._geometry_of = key
        dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        reach = QFontMetricsF(document.defaultFont()).lineSpacing() * 3  # a line's ruby is above it
        top, bottom = rect.top() + dy, rect.bottom() + dy + reach
        groups: dict[tuple[float, bool], list[tuple[QPointF, _Placed]]] = {}
        has_room = self.room.has_room
        for block in _laid_out_blocks(document, top, bottom):
            if not has_room(block.blockNumber()):
                continue  # its room comes in a later idle step: no syllables squeezed in before
            origin = block.layout().position()
            for placed in self._placed(block):
                groups.setdefault((placed.size, placed.ruby.from_source), []).append(
                    (origin + placed.point, placed)
                )
        palette = view.palette()
        colors = (_ruby_color(palette), palette.color(QPalette.ColorRole.Link))
        base_font = _plain(document.defaultFont())
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(-dx, -dy)
        for (size, from_source), items in groups.items():
            painter.setFont(_ruby_font(base_font, size, from_source))
            painter.setPen(colors[from_source])
            for point, placed in items:
                if placed.squeeze == 1.0:
                    painter.drawStaticText(point, placed.text)
                    continue
                painter.save()
                painter.translate(point.x() + placed.text.size().width() / 2, point.y())
                painter.scale(placed.squeeze, 1.0)
                painter.drawStaticText(QPointF(-placed.text.size().width() / 2, 0), placed.text)
                painter.restore()
            self.painted.extend(placed.ruby for _, placed in items)
            self._painted_at.extend(items)
        self._painted_scroll = QPointF(dx, dy)

    def painted_boxes(self) -> list[QRectF]:
        """Where the last paint drew its syllables, in viewport coordinates (tests)."""
        scroll = self._painted_scroll
        return [QRectF(point - scroll, placed.text.size()) for point, placed in self._painted_at]

    def _placed(self, block: QTextBlock) -> list[_Placed]:
        """Where each syllable of ``block`` goes (relative to the block), worked out once."""
        number = block.blockNumber()
        placed = self._geometry.get(number)
        if placed is not None:
            return placed
        view = self._view
        to_engine, to_qt = view.positions.to_engine, view.positions.to_qt
        start = to_engine(block.position())
        end = to_engine(block.position() + block.length() - 1)
        rubies = self._readings(start, end) if self._readings is not None and end > start else []
        if rubies:
            placed = self._place(block, rubies, to_qt)
            if len(self._geometry) > 2000:
                self._geometry.clear()
            self._geometry[number] = placed
        return placed or []

    def _place(self, block: QTextBlock, rubies: list[Ruby], to_qt: Callable[[int], int]) -> list[_Placed]:
        view = self._view
        text_layout = block.layout()
        base = block.position()
        spacing = LETTER_SPACING_PERCENT / 100  # only blocks with their room are placed
        to_points = 72 / view.logicalDpiY()
        font = _plain(view.document().defaultFont())
        ascent_per_em = QFontMetricsF(font).ascent() / _pixel_size(font, view.logicalDpiY())
        placed = []
        for ruby in rubies:
            position = to_qt(ruby.offset) - base
            line = text_layout.lineForTextPosition(position)
            if not line.isValid():
                continue
            left = line.cursorToX(position)[0]
            right = line.cursorToX(to_qt(ruby.offset + 1) - base)[0]
            if right <= left:  # the last character of a line
                right = max(left, line.naturalTextWidth())
            cell = right - left
            glyph = cell / spacing  # the character's own advance, without the added spacing
            em = line.ascent() / ascent_per_em  # this line's text size in pixels (the title's is larger)
            size = round(max(1.0, em * RUBY_SCALE * to_points), 1)
            static = self._text(ruby.text, size, ruby.from_source, font)
            width, height = static.size().width(), static.size().height()
            x = left + glyph / 2
            # The top of a Han glyph sits about 0.88 em above the baseline; the syllable just above it.
            glyph_top = line.y() + line.ascent() - em * _HAN_TOP_EM
            y = glyph_top - em * _GAP_EM - height
            room = cell * _ROOM_OF_CELL
            squeeze = max(_MIN_SQUEEZE, room / width) if width > room > 0 else 1.0
            placed.append(_Placed(ruby, QPointF(x - width / 2, y), static, size, squeeze))
        return placed

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


@dataclass(frozen=True)
class _Placed:
    """A syllable ready to draw: its top-left relative to its block's layout, size and narrowing."""

    ruby: Ruby
    point: QPointF
    text: QStaticText
    size: float
    squeeze: float


def _laid_out_blocks(document: QTextDocument, top: float, bottom: float) -> Iterator[QTextBlock]:
    """The blocks between ``top`` and ``bottom`` (document coordinates) that Qt has laid out.

    Layout runs from the start of the document, so laid-out blocks are a prefix and a binary
    search over block numbers finds the first one without asking Qt for more layout.
    """
    low, high = 0, document.blockCount()
    while low < high:
        middle = (low + high) // 2
        layout = document.findBlockByNumber(middle).layout()
        if layout.lineCount() == 0 or layout.position().y() + layout.boundingRect().bottom() >= top:
            high = middle
        else:
            low = middle + 1
    block = document.findBlockByNumber(low)
    while block.isValid():
        layout = block.layout()
        if layout.lineCount() == 0 or layout.position().y() > bottom:
            return
        yield block
        block = block.next()


def _plain(font: QFont) -> QFont:
    """``font`` without the letter spacing the text has (syllables are set solid)."""
    font = QFont(font)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100)
    return font


_WEIGHT = QFont.Tag("wght")
_HAN_TOP_EM = 0.88  # a Han glyph's top above the baseline, in em (the ideographic em box)


def _pixel_size(font: QFont, dpi: float) -> float:
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * dpi / 72


def _ruby_font(base: QFont, point_size: float, from_source: bool) -> QFont:
    font = QFont(base)
    font.setPointSizeF(point_size)
    if from_source:  # the source's own annotation: a little heavier (and in the link colour)
        font.setWeight(QFont.Weight.DemiBold)
        if _WEIGHT in font.variableAxisTags():  # the bundled variable font takes its axis, not a weight
            font.setVariableAxis(_WEIGHT, 600.0)
    return font


def _ruby_color(palette: QPalette) -> QColor:
    """The text colour, a little quieter: readable, but the characters stay the text."""
    color = QColor(palette.color(QPalette.ColorRole.Text))
    color.setAlphaF(0.72)
    return color
