"""The reading pane: the article in one script, quotations highlighted without touching the text.

Highlights are extra selections (drawn over the laid-out document), so a script switch or a
new speaker never rebuilds the document. On a long text only the highlights on and near the
screen are made (and made again as the reader scrolls past them): each one placed costs Qt a
layout of the text up to it, and a book has thousands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractSlider, QTextEdit, QToolTip, QWidget

from gui.text_positions import Utf16Positions

READING_COLUMN_EM = 38  # characters per line: a comfortable measure for Chinese prose
_LINE_HEIGHT_PERCENT = 150
_PARAGRAPH_GAP_EM = 0.8
LAYERS = ("quotes", "find")  # highlight layers, bottom to top
# Texts up to this many characters get all their highlights at once; longer ones those near the screen.
_HIGHLIGHT_ALL_UP_TO = 60_000

HighlightSpan = tuple[int, int, QTextCharFormat]
# The highlights overlapping [start, end) of the shown text, as (start, end, format).
HighlightSource = Callable[[int, int], Sequence[HighlightSpan]]


class ArticleView(QTextEdit):
    """A read-only, selectable article with a title, a body and a quiet footer.

    Every offset this widget takes or gives is an offset into the shown text as Python counts
    it (code points); Qt's positions count UTF-16 units and are mapped here, so characters
    outside the Basic Multilingual Plane (𨋢, 😀) do not shift highlights, clicks or tooltips.

    Signals:
        clicked_at(int): a plain click (no text selected) at this offset of the shown text.
        zoom_requested(int): Ctrl+wheel asked for the text this many steps larger (negative: smaller).
    """

    clicked_at = Signal(int)
    zoom_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("Article"))  # again on LanguageChange, in changeEvent
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setUndoRedoEnabled(False)
        self.document().setUndoRedoEnabled(False)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self._wheel_steps = 0.0
        self._tooltip_provider: Callable[[int], str | None] | None = None
        self._positions = Utf16Positions("")
        # Room for pinyin over the text (gui/widgets/ruby_text.py): taller lines, wider characters.
        self.line_height_percent = _LINE_HEIGHT_PERCENT
        self.letter_spacing_percent = 100.0
        self._overlay: Callable[[QPainter, QRect], None] | None = None
        self._length = 0  # of the shown text, in code points
        # Highlight sources by layer (see LAYERS), each asked only for the text near the screen.
        self._layers: dict[str, HighlightSource] = {}
        self._highlighted = (0, -1)  # the range of the text whose highlights are drawn
        # Whether the shown document is one of ours (the first is Qt's own). Tracked rather than
        # asked of document().parent(): shiboken's first wrap of Qt's private text control
        # costs 50-70 ms, on the way to the first paint.
        self._document_is_ours = False
        self.verticalScrollBar().valueChanged.connect(self._follow_scroll)

    # -- content ---------------------------------------------------------------------------

    def show_text(
        self,
        text: str,
        title_end: int,
        footer_start: int,
        font: QFont,
        headings: list[tuple[int, int]] | None = None,
    ) -> None:
        """Show ``text``: characters [0, title_end) as the title, [footer_start, end) as the footer,
        and each (start, end) of ``headings`` as a heading."""
        self._layers.clear()
        self.setExtraSelections([])
        self._release_document()  # before the new one is built: never two books in memory
        self._positions = positions = Utf16Positions(text)
        self._length = len(text)
        title_end, footer_start = positions.to_qt(title_end), positions.to_qt(footer_start)
        end = positions.length
        em = font.pointSizeF()
        if self.letter_spacing_percent != 100:
            font = QFont(font)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, self.letter_spacing_percent)
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(font)
        document.setDocumentMargin(em * 1.5)
        self._set_column(document)  # before the text goes in: a book is laid out once, not twice
        cursor = QTextCursor(document)
        # Setting the body format before inserting makes every paragraph inherit it: formatting a
        # book's blocks afterwards costs a second or more, this costs nothing.
        cursor.setBlockFormat(_body_format(em, self.line_height_percent))
        cursor.insertText(text)
        if title_end:
            _format_range(document, 0, title_end, _title_block_format(em), _bold_char_format(font, 1.5))
        for heading_start, heading_end in headings or ():
            first, last = positions.to_qt(heading_start), positions.to_qt(heading_end)
            _format_range(document, first, last, _heading_block_format(em), _bold_char_format(font, 1.2))
        if footer_start < end:
            muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
            footer = _footer_char_format(em, muted)
            _format_range(document, footer_start, end, _footer_block_format(em), footer)
            gap = QTextBlockFormat()
            gap.setTopMargin(em * 1.5)  # sets the credits apart from the last paragraph
            _format_range(document, footer_start, footer_start, gap, None)
        self.setDocument(document)
        self._document_is_ours = True
        # A reader, not an editor: no blinking caret before the title (selection still works).
        # The width belongs to the document's layout, so it is set for each new document.
        self.setCursorWidth(0)
        self.verticalScrollBar().setValue(0)  # a new text starts at its top; callers restore a place

    def _release_document(self) -> None:
        """Take the shown document off the widget and free it now, laid out as it is.

        Left to ``deleteLater`` it stayed alive until the event loop ran again, so a switch or a
        zoom on a book laid the new document out beside the old one (+40 MiB at the peak). The
        widget shows an empty document of its own meanwhile; nothing is painted before the new
        one is set. QTextEdit deletes only documents its text control owns, so ours is deleted
        here.
        """
        if not self._document_is_ours:
            return
        previous = self.document()
        self.setDocument(None)  # the text control makes itself an empty document
        self._document_is_ours = False
        shiboken6.delete(previous)

    def set_highlights(
        self, spans: Sequence[HighlightSpan] | HighlightSource | None, layer: str = "quotes"
    ) -> None:
        """Draw highlights over the text, replacing the layer's earlier ones: a list of (start,
        end, format), or a function giving those that overlap a range (asked again as the reader
        scrolls). Layers are drawn in the order of ``LAYERS``: find matches over quotations."""
        if spans is not None and not callable(spans):
            fixed = list(spans)
            spans = (lambda start, end: [s for s in fixed if s[0] < end and s[1] > start]) if fixed else None
        if spans is None:
            self._layers.pop(layer, None)
        else:
            self._layers[layer] = spans
        self._highlighted = (0, -1)
        self._draw_highlights()

    def _follow_scroll(self) -> None:
        if self._layers:
            first, last = self._visible_range()
            if not (self._highlighted[0] <= first and last <= self._highlighted[1]):
                self._draw_highlights()

    def _visible_range(self, screens: int = 0) -> tuple[int, int]:
        """Offsets of the first and last characters on screen, widened by ``screens`` screenfuls
        of text each way (counted in characters: asking Qt about places off screen would make it
        lay them out)."""
        end = self._length
        if end <= _HIGHLIGHT_ALL_UP_TO:
            return 0, end
        viewport = self.viewport()
        first = self.first_visible_offset()
        last = self.offset_at(QPoint(viewport.width(), viewport.height()))
        # A hit test below the part Qt has laid out so far answers the document's end: no more
        # characters fit on a screen than em squares do.
        em = self.em_pixels(self.document()) or 1.0
        last = min(last, first + int(viewport.width() * viewport.height() / (em * em)) + 1)
        margin = screens * (last - first)
        return max(0, first - margin), min(end, last + margin)

    def _draw_highlights(self) -> None:
        if not self._layers:
            self._highlighted = (0, -1)
            self.setExtraSelections([])
            return
        first, last = self._visible_range(screens=1)  # a screen's margin: short scrolls cost nothing
        self._highlighted = (first, last)
        selections = []
        to_qt = self._positions.to_qt
        order = sorted(self._layers, key=lambda name: LAYERS.index(name) if name in LAYERS else len(LAYERS))
        for name in order:
            for start, end, char_format in self._layers[name](first, last):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(to_qt(start))
                cursor.setPosition(to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = char_format
                selections.append(selection)
        self.setExtraSelections(selections)

    def highlighted_ranges(self, layer: str = "quotes") -> list[tuple[int, int, QColor]]:
        """Every highlight of a layer, drawn or not, as (start, end, background): for tests and
        accessibility."""
        return [(start, end, fmt.background().color()) for start, end, fmt in self.highlight_formats(layer)]

    def highlight_formats(self, layer: str = "quotes") -> list[tuple[int, int, QTextCharFormat]]:
        """Every highlight of a layer as (start, end, format), drawn or not, e.g. to print them."""
        source = self._layers.get(layer)
        return list(source(0, self._length)) if source is not None else []

    def set_tooltip_provider(self, provider: Callable[[int], str | None]) -> None:
        """``provider(offset)`` gives the tooltip for the character at ``offset`` (None: no tooltip).

        Asked on hover only, so a book with thousands of quotations costs nothing up front.
        """
        self._tooltip_provider = provider

    def tooltip_at(self, offset: int) -> str | None:
        return self._tooltip_provider(offset) if self._tooltip_provider else None

    def set_overlay(self, paint: Callable[[QPainter, QRect], None] | None) -> None:
        """``paint(painter, rect)`` draws over the laid-out text after each paint (pinyin)."""
        self._overlay = paint
        self.viewport().update()

    @property
    def positions(self) -> Utf16Positions:
        """The shown text's map between engine offsets and Qt positions."""
        return self._positions

    # -- position ---------------------------------------------------------------------------

    def first_visible_offset(self) -> int:
        """The offset of the first character at the top of the viewport (the reader's place).

        The probe may lie in the pinyin room :meth:`scroll_to_top` leaves above the line: Qt's
        hit test counts the spacing below a line as the place after it, the next line's start,
        so the place does not move up a line at each script switch (tests/gui/test_pinyin_at_the_top.py).
        """
        if self.verticalScrollBar().value() == 0:
            return 0  # no hit test: on a book not laid out yet it would lay out the whole text
        return self.offset_at(QPoint(4, 4))

    def offset_at(self, point: QPoint) -> int:
        """The offset of the character under ``point`` (viewport coordinates)."""
        return self._positions.to_engine(self.cursorForPosition(point).position())

    def scroll_to_top(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` is the first one shown, with its pinyin room."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(self._positions.to_qt(offset), self.document().characterCount() - 1)))
        block = cursor.block()
        line = block.layout().lineForTextPosition(cursor.position() - block.position())
        room = _room_above(block, line) if line.isValid() else 0.0
        # The pinyin is drawn in the room above the line: the line's own top would cut it off.
        self.scroll_by(self.cursorRect(cursor).top() - int(room))

    def reveal(self, start: int, end: int) -> None:
        """Bring [start, end) into view, a little below the top edge, without selecting it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._positions.to_qt(start))
        top = self.cursorRect(cursor).top()
        cursor.setPosition(self._positions.to_qt(end))
        bottom = self.cursorRect(cursor).bottom()
        height = self.viewport().height()
        if top < 0 or bottom > height:
            self.scroll_by(top - height // 5)

    def scroll_by(self, pixels: int) -> None:
        """Scroll down by ``pixels`` (up if negative), to places Qt has just laid out too.

        Qt lays a long document out in steps and updates the scroll bar's range only between
        them: a place the code just laid out (by asking where a character is) can lie beyond the
        range, and the bar would stop short of it. The range is widened to reach it (asking the
        document's height instead would lay out the whole book); Qt's next step sets the range
        right, which moves the bar only for a place within the last screen of the text.
        """
        bar = self.verticalScrollBar()
        wanted = bar.value() + pixels
        if wanted > bar.maximum():
            bar.setMaximum(wanted)
        bar.setValue(wanted)

    # -- events -----------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked_at.emit(self.offset_at(event.position().toPoint()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A reader's keys, as in a browser: the arrows and Page Up/Down scroll the text, Home and
        End (with or without Ctrl) go to its top and end. The caret is hidden (see show_text):
        moving it, the arrows showed nothing until it left the screen, and after scrolling with
        the mouse they did nothing at all. With Shift they still select, from the caret."""
        action = _scroll_action(event)
        if action is None:
            super().keyPressEvent(event)
            return
        self.verticalScrollBar().triggerAction(action)
        if action == QAbstractSlider.SliderAction.SliderToMaximum:
            self._reach_end()
        event.accept()

    def _reach_end(self) -> None:
        """Make sure the text's last line is on screen: on a book Qt has not laid out to its end
        yet, the scroll bar's maximum stops short of it."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        below = self.cursorRect(cursor).bottom() - self.viewport().height()
        if below > 0:
            self.scroll_by(below + int(self.document().documentMargin()))

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms the reading font through the window (QTextEdit's own zoom would scale
        the 9-pt widget font, and the next script switch would undo it)."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        self._wheel_steps += event.angleDelta().y() / 120
        steps = int(self._wheel_steps)
        if steps:
            self._wheel_steps -= steps
            self.zoom_requested.emit(steps)
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._overlay is not None:
            painter = QPainter(self.viewport())
            self._overlay(painter, event.rect())
            painter.end()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(self.offset_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Article"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Text wrapped anew to another width moves under a scroll bar that keeps its pixels:
        # the line the reader was at is put back at the top (a resized window, the panel closed).
        rewrapped = event.size().width() != event.oldSize().width() and event.oldSize().width() > 0
        place = self.first_visible_offset() if rewrapped else 0
        super().resizeEvent(event)
        self._set_column(self.document())
        if place:
            self.scroll_to_top(place)
        self._follow_scroll()  # more or less of the text on screen

    def em_pixels(self, document: QTextDocument) -> float:
        """The size of ``document``'s text on this screen, in pixels (one em)."""
        return document.defaultFont().pointSizeF() * self.logicalDpiY() / 72

    def _set_column(self, document: QTextDocument) -> None:
        """Keep the text in a readable column centred in a wide window.

        The column is made with the root frame's side margins, not viewport margins: QTextEdit
        re-wraps its document only when the viewport itself is resized, so a document set while
        the viewport margins changed kept an older, wider layout and was clipped on the right.
        """
        em = self.em_pixels(document)
        margin = document.documentMargin()
        column = int(em * READING_COLUMN_EM + 2 * margin)
        # The side margins replace the document margin: never below it, or a narrow window
        # (where there is nothing to centre) shows the text flush against its left edge.
        side = max(margin, (self.viewport().width() - column) // 2)
        root = document.rootFrame()
        frame_format = root.frameFormat()
        if frame_format.leftMargin() != side or frame_format.rightMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            root.setFrameFormat(frame_format)

    def text_fits(self) -> bool:
        """True when every laid-out line fits the viewport (nothing clipped on the right)."""
        return self.document().size().width() <= self.viewport().width() + 0.5


def _scroll_action(event: QKeyEvent) -> QAbstractSlider.SliderAction | None:
    """The scroll bar's action for a reading key (see ArticleView.keyPressEvent), else None."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    slider = QAbstractSlider.SliderAction  # (PySide builds the enum on first use, not at start-up)
    if modifiers == Qt.KeyboardModifier.NoModifier:
        steps = {
            Qt.Key.Key_Up: slider.SliderSingleStepSub,
            Qt.Key.Key_Down: slider.SliderSingleStepAdd,
            Qt.Key.Key_PageUp: slider.SliderPageStepSub,
            Qt.Key.Key_PageDown: slider.SliderPageStepAdd,
        }
        if key in steps:
            return steps[key]
    if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        ends = {Qt.Key.Key_Home: slider.SliderToMinimum, Qt.Key.Key_End: slider.SliderToMaximum}
        return ends.get(key)
    return None


def _format_range(
    document: QTextDocument, start: int, end: int, block: QTextBlockFormat, chars: QTextCharFormat | None
) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeBlockFormat(block)
    if chars is not None:
        cursor.mergeCharFormat(chars)


def _room_above(block: QTextBlock, line: QTextLine) -> float:
    """The pinyin room above ``line``: the spacing of a line taller than the plain body's (Qt puts
    it below each line, so the room above a line is the spacing of the one before), else 0."""
    block_format = block.blockFormat()
    proportional = block_format.lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    if not proportional or block_format.lineHeight() <= _LINE_HEIGHT_PERCENT:
        return 0.0
    return line.height() * (block_format.lineHeight() - 100) / 100


def _body_format(em: float, line_height_percent: float = _LINE_HEIGHT_PERCENT) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setLineHeight(line_height_percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block.setBottomMargin(em * _PARAGRAPH_GAP_EM)
    block.setTextIndent(0)
    return block


def _title_block_format(em: float) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block.setBottomMargin(em * 1.4)
    block.setHeadingLevel(1)
    return block


def _bold_char_format(font: QFont, scale: float) -> QTextCharFormat:
    """Bold text ``scale`` times the reading size: the title (1.5) and headings (1.2)."""
    chars = QTextCharFormat()
    chars.setFontPointSize(font.pointSizeF() * scale)
    chars.setFontWeight(QFont.Weight.Bold)
    return chars


def _heading_block_format(em: float) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setTopMargin(em * 0.6)
    block.setHeadingLevel(2)
    return block


def _footer_block_format(em: float) -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block.setBottomMargin(em * 0.15)
    return block


def _footer_char_format(em: float, muted: QColor) -> QTextCharFormat:
    chars = QTextCharFormat()
    chars.setFontPointSize(em * 0.85)
    chars.setForeground(muted)
    return chars
