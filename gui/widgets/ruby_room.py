"""Room for pinyin in the article view: the blocks on screen at once, the rest in idle steps.

Pinyin needs taller lines and wider characters (``widgets/ruby_text.py``). Building the document
again with them makes Qt lay a book out again from its start (0.14 s for 1 M characters at its
top, 0.3 s and more deep in it), all in one go. Instead the formats of the document on screen are
changed in place: the blocks on screen first, while the toggle is handled, then the others in
small steps while the event loop is idle, outward from the screen. Qt lays out again only the
blocks that changed (the ones after them are only moved), and the reader's place is kept when
the blocks above it grow or shrink. The characters, and so every offset map, selection and
highlight, stay as they are.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from gui.widgets.article_view import ArticleView

ALL_AT_ONCE_UP_TO = 60_000  # characters: a text this short is given its room in one go (~10 ms)
STEP_MS = 16.0  # aim of one idle step (Qt then repaints and moves the scroll bar: a little more)
_FIRST_STEP_CHARS = 8_000  # a step's size before its time is known; then sized to STEP_MS
# Each step also moves every laid-out block after it (~2 µs a block: 8 ms at a book's start),
# whatever its size: a floor keeps steps near the start from shrinking to that cost alone.
_MIN_STEP_CHARS, _MAX_STEP_CHARS = 4_000, 80_000
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


class RubyRoom(QObject):
    """Taller lines and wider characters for pinyin, or the plain ones back, block by block.

    Signals:
        formatted(int, int): blocks ``first`` … ``last`` (numbers) were laid out with new room.
        finished(): every block has the room last asked for.
    """

    formatted = Signal(int, int)
    finished = Signal()

    def __init__(
        self, view: ArticleView, plain_line_height: float, line_height: float, letter_spacing: float
    ) -> None:
        super().__init__(view)
        self._view = view
        self._plain_line_height = plain_line_height
        self._line_height = line_height
        self._letter_spacing = letter_spacing
        self._document: QTextDocument | None = None
        self._rooms = bytearray()  # per block of that document: 1 = laid out with room
        self._next_built_with_room = False
        self._wanted = False
        self._below = self._above = 0  # the next block to give room going down, going up
        self._downward = True  # steps alternate down and up from the screen
        self._step_chars = {True: _FIRST_STEP_CHARS, False: _FIRST_STEP_CHARS}  # by direction (down?)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    # -- state ---------------------------------------------------------------------------

    def expect_document(self, with_room: bool) -> None:
        """The view is about to build a new document, all of it with room or all without."""
        self._timer.stop()
        self._next_built_with_room = with_room
        self._document = None

    def has_room(self, block_number: int) -> bool:
        rooms = self._current()
        return 0 <= block_number < len(rooms) and rooms[block_number] == 1

    @property
    def busy(self) -> bool:
        """True while blocks off screen are still being given the room last asked for."""
        return self._timer.isActive()

    def _current(self) -> bytearray:
        document = self._view.document()
        if document is not self._document:  # a new document: built whole as expect_document said
            self._timer.stop()
            self._document = document
            self._rooms = bytearray([self._next_built_with_room]) * document.blockCount()
        return self._rooms

    # -- giving room ----------------------------------------------------------------------

    def apply(self, with_room: bool) -> None:
        """Give every block room (or take it back): those on screen now, the others in steps."""
        rooms = self._current()
        self._wanted = with_room
        self._next_built_with_room = with_room
        document = self._view.document()
        if document.characterCount() <= ALL_AT_ONCE_UP_TO:
            place = self._view.first_visible_offset()
            self._format(0, len(rooms) - 1)
            if place:  # taller lines above the reader's line would push it down the screen
                self._view.scroll_to_top(place)
            self._timer.stop()
            self.finished.emit()
            return
        first, last = self._give_screen()
        self._below, self._above = last + 1, first - 1
        self._timer.start()

    def _give_screen(self) -> tuple[int, int]:
        """Give room to the blocks on screen, the reader's line kept at the top; their numbers."""
        view = self._view
        place = view.first_visible_offset()
        first, last = self._screen_blocks()
        for _ in range(8):  # blocks that shrink bring more on screen: those get theirs too
            if self._screen_done():
                break
            bottom = self._screen_blocks()[1]
            self._format(first, bottom)
            if place:  # at the very top there is nothing to keep (and the margin is not a line)
                view.scroll_to_top(place)
        return first, max(last, self._screen_blocks()[1])

    def _screen_blocks(self) -> tuple[int, int]:
        """The numbers of the first and last blocks on screen."""
        bottom = self._view.viewport().height()
        return self._block_at(0).blockNumber(), self._block_at(bottom).blockNumber()

    def _screen_done(self) -> bool:
        first, last = self._screen_blocks()
        return all(self._rooms[n] == self._wanted for n in range(first, last + 1))

    def _step(self) -> None:
        """One idle step: blocks scrolled onto the screen meanwhile first, then the next below
        or above it, sized so that a step takes about ``STEP_MS``."""
        if self._view.document() is not self._document:  # replaced meanwhile: built whole
            self._current()
            return
        rooms = self._rooms
        started = time.perf_counter()
        downward = self._below < len(rooms) and (self._downward or self._above < 0)
        if not self._screen_done():
            self._give_screen()
        else:
            if downward:
                self._below = self._give(self._below, self._step_chars[True], 1)
            elif self._above >= 0:
                self._above = self._give(self._above, self._step_chars[False], -1)
            self._downward = not self._downward
            # Steps below cost less than steps above (fewer blocks after them to move): each
            # direction is sized by its own last step.
            scale = min(2.0, STEP_MS / max((time.perf_counter() - started) * 1000, 1.0))
            size = self._step_chars[downward] * scale
            self._step_chars[downward] = int(min(_MAX_STEP_CHARS, max(_MIN_STEP_CHARS, size)))
        if self._below < len(rooms) or self._above >= 0:
            self._timer.start()
        else:
            self.finished.emit()

    def _give(self, start: int, budget: int, step: int) -> int:
        """Give room to blocks from ``start`` on, down (``step`` 1) or up (-1), skipping those that
        have it; the next block in that direction."""
        rooms = self._rooms
        while 0 <= start < len(rooms) and rooms[start] == self._wanted:
            start += step
        if not 0 <= start < len(rooms):
            return start
        block = self._view.document().findBlockByNumber(start)
        end = start
        while block.isValid() and budget > 0 and rooms[block.blockNumber()] != self._wanted:
            budget -= block.length()
            end = block.blockNumber()
            block = block.next() if step > 0 else block.previous()
        self._format_off_screen(min(start, end), max(start, end))
        return end + step

    def _format_off_screen(self, first: int, last: int) -> None:
        """Format blocks off screen; when they are above it, the screen's first block stays put."""
        anchor = self._block_at(0)
        if anchor.blockNumber() < first:
            self._format(first, last)
            return
        if anchor.blockNumber() <= last:  # the top's hit was the gap after a block not yet done
            anchor = anchor.document().findBlockByNumber(last + 1)
        layout = self._view.document().documentLayout()
        bar = self._view.verticalScrollBar()
        into = bar.value() - layout.blockBoundingRect(anchor).top()
        self._format(first, last)
        self._view.scroll_by(round(layout.blockBoundingRect(anchor).top() + into - bar.value()))

    def _format(self, first: int, last: int) -> None:
        """Blocks ``first`` … ``last`` with (or without) room, in one edit: Qt lays them out once.

        Only blocks with the body's line height change it (the title and footer keep theirs, as
        when the document is built with room); every character gets the letter spacing.
        """
        document = self._view.document()
        old, new = (
            (self._plain_line_height, self._line_height)
            if self._wanted
            else (self._line_height, self._plain_line_height)
        )
        line_height = QTextBlockFormat()
        line_height.setLineHeight(new, _PROPORTIONAL)
        spacing = QTextCharFormat()
        spacing.setFontLetterSpacingType(QFont.SpacingType.PercentageSpacing)
        spacing.setFontLetterSpacing(self._letter_spacing if self._wanted else 100.0)
        start, end = document.findBlockByNumber(first), document.findBlockByNumber(last)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for run_first, run_last in _body_runs(start, end, old):
            cursor.setPosition(run_first.position())
            cursor.setPosition(run_last.position() + run_last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeBlockFormat(line_height)
        cursor.setPosition(start.position())
        cursor.setPosition(end.position() + end.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(spacing)
        cursor.endEditBlock()
        self._rooms[first : last + 1] = bytes([self._wanted]) * (last - first + 1)
        self.formatted.emit(first, last)

    def _block_at(self, y: int) -> QTextBlock:
        """The block at ``y`` in the viewport (the nearest one off the text)."""
        view = self._view
        document = view.document()
        point = QPointF(0, y + view.verticalScrollBar().value())
        position = document.documentLayout().hitTest(point, Qt.HitTestAccuracy.FuzzyHit)
        return document.findBlock(max(0, position))


def _body_runs(start: QTextBlock, end: QTextBlock, line_height: float) -> list[tuple[QTextBlock, QTextBlock]]:
    """Runs of consecutive blocks from ``start`` to ``end`` whose line height is ``line_height``."""
    runs: list[tuple[QTextBlock, QTextBlock]] = []
    run_first: QTextBlock | None = None
    previous = start
    block = start
    stop = end.blockNumber()
    while block.isValid() and block.blockNumber() <= stop:
        block_format = block.blockFormat()
        body = block_format.lineHeightType() == _PROPORTIONAL and block_format.lineHeight() == line_height
        if body and run_first is None:
            run_first = block
        elif not body and run_first is not None:
            runs.append((run_first, previous))
            run_first = None
        previous = block
        block = block.next()
    if run_first is not None:
        runs.append((run_first, previous))
    return runs
