"""Find in the shown article, in any script: the find bar's logic and its highlights.

The shown text is folded to simplified script once per view (``gui.engine.find``), so a query
in either script matches characters in any view; matches live in view offsets and are carried
to the new view through the offset maps when the reader switches scripts. Matches are drawn in
the article view's "find" layer, above the quotation highlights, which stay untouched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat

from gui.engine.find import FoldedText, Match, nearest_match
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import ScriptView
from gui.highlights import selected_quotes
from gui.widgets.find_bar import ALL_QUOTATIONS, WHOLE_ARTICLE, FindBar

if TYPE_CHECKING:
    from gui.main_window import MainWindow

# A one-character query in a book: count every match, draw those around the current one (each
# highlight costs ~0.4 ms to place in a 1 M-character document).
MAX_DRAWN_MATCHES = 600
_MATCH_BACKGROUND = QColor(255, 200, 0, 110)
_CURRENT_BACKGROUND = QColor(255, 140, 0, 210)


class FindController(QObject):
    """Owns the matches of the find bar's query in the window's shown view."""

    def __init__(self, window: MainWindow, bar: FindBar) -> None:
        super().__init__(window)
        self._window = window
        self.bar = bar
        self.matches: list[Match] = []
        self.current: int | None = None
        self._folded: FoldedText | None = None
        self._view: ScriptView | None = None  # the view the matches are in
        self._reading: Reading | None = None
        bar.query_changed.connect(lambda _text: self.search())
        bar.scope_changed.connect(lambda _key: self.search())
        bar.step_requested.connect(self.step)
        bar.closed.connect(self._on_closed)
        window.variant_changed.connect(lambda _value: self._on_view_changed())
        window.reading_ready.connect(self._on_view_changed)

    # -- actions ---------------------------------------------------------------------------

    def open(self) -> None:
        """Show the bar; a selection in the article becomes the query."""
        selected = self._window.article_view.textCursor().selectedText().strip()
        self.bar.open_bar(selected if selected and "\u2029" not in selected else None)
        self._refresh_scopes()
        self.search()

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) match, wrapping round; opens the bar when it is hidden."""
        if self.bar.isHidden():
            self.open()
            if self.current is not None and delta > 0:
                return  # opening already went to the first match after the reader's place
        if not self.matches:
            return
        start = self.current if self.current is not None else -1 if delta > 0 else 0
        self.current = (start + delta) % len(self.matches)
        self._draw(reveal=True)

    def search(self, anchor: int | None = None, reveal: bool = True) -> None:
        """Find the query in the shown view; the current match becomes the first one at or after
        ``anchor`` (by default the current match, else the top of the screen)."""
        window = self._window
        view = window.shown_view
        if self.bar.isHidden() or view is None or not self.bar.query():
            self.matches, self.current = [], None
            self._draw(reveal=False)
            return
        if anchor is None:
            same_view = view is self._view and self.matches and self.current is not None
            anchor = (
                self.matches[self.current].start if same_view else window.article_view.first_visible_offset()
            )
        if self._folded is None or self._folded.text is not view.text:
            self._folded = FoldedText(view.text)
        self.matches = self._folded.find_all(self.bar.query(), self._scope_spans(view))
        self.current = nearest_match(self.matches, anchor) if self.matches else None
        self._view, self._reading = view, window.reading
        self._draw(reveal=reveal)

    # -- state changes -----------------------------------------------------------------------

    def _on_view_changed(self) -> None:
        """Another script: the current match is carried over through the offset maps."""
        if self.bar.isHidden():
            return
        self._refresh_scopes()
        old, new = self._view, self._window.shown_view
        anchor = None
        if self._reading is not self._window.reading:
            anchor = 0  # another article: from its top
        elif old is not None and new is not None and self.matches and self.current is not None:
            anchor = new.offsets.to_view(old.offsets.to_source(self.matches[self.current].start))
        self.search(anchor, reveal=False)

    def _on_closed(self) -> None:
        self.matches, self.current = [], None
        self._draw(reveal=False)
        self._window.article_view.setFocus()

    def _refresh_scopes(self) -> None:
        window = self._window
        view = window.shown_view
        if window.reading is None or view is None:
            self.bar.set_scopes([])
            return
        speakers = window.reading.analysis.speakers
        self.bar.set_scopes([(s.name, window.reading.display_name(s, view.variant)) for s in speakers])

    def _scope_spans(self, view: ScriptView) -> list[tuple[int, int]] | None:
        scope = self.bar.scope()
        reading = self._window.reading
        if scope == WHOLE_ARTICLE or reading is None:
            return None
        quotes = selected_quotes(reading, ALL_QUOTATIONS if scope == ALL_QUOTATIONS else scope)
        return [(span.start, span.end) for span in reading.spans(view, quotes)]

    # -- drawing ---------------------------------------------------------------------------

    def _draw(self, reveal: bool) -> None:
        view = self._window.article_view
        around = (self.current or 0) - MAX_DRAWN_MATCHES // 2
        first = max(0, min(around, len(self.matches) - MAX_DRAWN_MATCHES))
        shown = self.matches[first : first + MAX_DRAWN_MATCHES]
        spans = [(m.start, m.end, self._format(False)) for m in shown]
        if self.current is not None:
            match = self.matches[self.current]
            spans.append((match.start, match.end, self._format(True)))
            if reveal:
                view.reveal(match.start, match.end)
        view.set_highlights(spans, layer="find")
        self.bar.set_count((self.current or 0) + 1, len(self.matches))

    def _format(self, current: bool) -> QTextCharFormat:
        char_format = QTextCharFormat()
        char_format.setBackground(_CURRENT_BACKGROUND if current else _MATCH_BACKGROUND)
        if current:
            # The match being visited is also boxed by a thick underline: not colour alone.
            char_format.setFontUnderline(True)
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(self._window.palette().color(self._window.palette().ColorRole.Text))
        return char_format
