"""Reading help in the window: pinyin over the text (per script) and the dictionary popup.

One object wires both into the main window (``MainWindow._add_reading_help``): two View menu
entries, the layout room pinyin needs before a view is laid out, the readings of the view on
screen, and the hover and click lookups on the article. The work itself is elsewhere: readings
in ``engine/pinyin_readings.py``, lookups in ``engine/dictionary.py``, drawing in
``widgets/ruby_text.py`` and ``widgets/dictionary_popup.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QTextCursor

from gui.engine.scripts.script_variants import ScriptView, Variant
from gui.widgets.article_view import ArticleView
from gui.widgets.ruby_text import RubyLayer

if TYPE_CHECKING:
    from gui.engine.dictionary import DictionaryLoader, Lookup
    from gui.engine.pinyin_readings import LazyLibrary, PinyinReadings, Ruby
    from gui.main_window import MainWindow
    from gui.widgets.dictionary_popup import DictionaryPopup

HOVER_DELAY_MS = 350  # long enough not to flash while the pointer crosses the text
FOLLOW_DELAY_MS = 80  # with the popup open, it follows the pointer to the next word at once
_WAIT_FOR_INDEX_MS = 100  # the first lookup while the index is still being built: ask again
_LOOK_AHEAD = 400  # characters: how far past the caret the keyboard lookup seeks a word
_PINYIN_POLL_MS = 40  # while pypinyin loads on its thread, look this often whether it is there


class ReadingHelp(QObject):
    """Pinyin and the dictionary for one main window."""

    def __init__(self, window: MainWindow, dictionary_folder: Path | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._view: ArticleView = window.article_view
        self.ruby = RubyLayer(self._view)
        self._popup: DictionaryPopup | None = None  # made on the first lookup
        self._dictionary_folder = dictionary_folder
        self._dictionary: DictionaryLoader | None = None
        self._readings: PinyinReadings | None = None
        self._readings_of: tuple[Variant, str] | None = None  # the view they were made for
        self._library: LazyLibrary | None = None  # the one those readings come from
        self._hover_point: QPoint | None = None
        self._hover = QTimer(self)
        self._hover.setSingleShot(True)
        self._hover.timeout.connect(self._look_up_hovered)
        self._pinyin_wait = QTimer(self)  # the syllables appear once pypinyin has loaded
        self._pinyin_wait.setInterval(_PINYIN_POLL_MS)
        self._pinyin_wait.timeout.connect(self._on_pinyin_poll)

        settings = window.settings
        self.pinyin_action = QAction(window)
        self.pinyin_action.setCheckable(True)
        self.pinyin_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pinyin_action.setChecked(settings.pinyin_shown(window.variant))
        self.dictionary_action = QAction(window)
        self.dictionary_action.setCheckable(True)
        self.dictionary_action.setChecked(settings.dictionary_on_hover)
        # The popup from the keyboard: the word at the caret or selection (or the first on
        # screen), then, pressed again, the next word.
        self.look_up_action = QAction(window)
        self.look_up_action.setShortcut(QKeySequence("Ctrl+D"))
        self.look_up_action.triggered.connect(self.look_up_at_caret)
        window.addAction(self.pinyin_action)  # the shortcut works wherever the focus is
        window.addAction(self.look_up_action)
        menu = window.view_menu
        menu.insertActions(
            window.zoom_in_action, [self.pinyin_action, self.dictionary_action, self.look_up_action]
        )
        menu.insertSeparator(window.zoom_in_action)
        self._retranslate()

        self.pinyin_action.toggled.connect(self.set_pinyin)
        self.dictionary_action.toggled.connect(self.set_dictionary)
        window.about_to_display.connect(self._reserve_room)
        window.variant_changed.connect(self._on_view_shown)
        self._view.viewport().installEventFilter(self)
        self._view.verticalScrollBar().valueChanged.connect(self._dismiss)
        window.installEventFilter(self)  # LanguageChange
        menu.aboutToShow.connect(self._preload_readings)

    def _retranslate(self) -> None:
        self._name_pinyin_action()
        self.pinyin_action.setToolTip(
            self.tr(
                "Pinyin over the characters of this script, read in context (Jyutping in the Hong Kong "
                "view; remembered per script)."
            )
        )
        self.dictionary_action.setText(self.tr("&Dictionary on Hover and Click"))
        self.dictionary_action.setToolTip(
            self.tr("Point at a word or click it to see its readings and English meanings (CC-CEDICT).")
        )
        self.look_up_action.setText(self.tr("Look Up &Word at Cursor"))
        self.look_up_action.setToolTip(
            self.tr("The dictionary for the word at the text cursor or selection; again for the next word.")
        )

    def _name_pinyin_action(self) -> None:
        """Named for what it shows in the script on screen: Jyutping in 香港, pinyin elsewhere."""
        view = self._window.shown_view
        variant = view.variant if view is not None else self._window.variant
        if _shows_jyutping(variant):
            self.pinyin_action.setText(self.tr("Show &Jyutping"))
        else:
            self.pinyin_action.setText(self.tr("Show &Pinyin"))

    # -- pinyin ------------------------------------------------------------------------------

    def set_pinyin(self, shown: bool) -> None:
        """Pinyin on or off for the script on screen (each script remembers its own choice)."""
        window = self._window
        view = window.shown_view
        variant = view.variant if view is not None else window.variant
        if window.settings.pinyin_shown(variant) == shown and self.ruby.shown == shown:
            return
        window.settings.set_pinyin_shown(variant, shown)
        if view is None:
            return
        # Room above the lines made (or taken back) in place: the screen now, the rest of a
        # book in idle steps, instead of laying the whole document out again.
        self.ruby.make_room(shown)
        self._show_rubies(shown)

    def _reserve_room(self, variant: str) -> None:
        """Before a view is laid out: pinyin needs taller lines and wider characters."""
        self.ruby.reserve_room(self._window.settings.pinyin_shown(Variant(variant)))

    def _on_view_shown(self, variant: str) -> None:
        shown = self._window.settings.pinyin_shown(Variant(variant))
        self.pinyin_action.blockSignals(True)
        self.pinyin_action.setChecked(shown)
        self.pinyin_action.blockSignals(False)
        self._name_pinyin_action()
        self._show_rubies(shown)

    def _show_rubies(self, shown: bool) -> None:
        """Draw the readings of the view on screen over it, or none."""
        self._dismiss()
        view = self._window.shown_view
        if not shown or view is None:
            self.ruby.show(None)
            return
        if self._readings_of != (view.variant, view.text):  # 原文 may read as 简体 but has annotations
            from gui.engine.pinyin_readings import PinyinReadings

            self._library = _library_for(view.variant)
            self._readings = PinyinReadings(view.text, self._source_annotations(view), self._library.read)
            self._readings_of = (view.variant, view.text)
        self.ruby.show(self._rubies)

    def _rubies(self, start: int, end: int) -> list[Ruby]:
        """The view's readings in [start, end), or none yet while their library is still loading."""
        if self._readings is None or self._library is None:
            return []
        if not self._library.loaded():
            self._library.preload()  # on a thread: the text is laid out at once, its syllables follow
            self._pinyin_wait.start()
            return []
        return self._readings.readings(start, end)

    def _on_pinyin_poll(self) -> None:
        if self._library is None or self._library.loaded():
            self._pinyin_wait.stop()
            self._view.viewport().update()

    def _preload_readings(self) -> None:
        """The View menu is open: Show Pinyin is likely next, so load the view's library meanwhile
        (its module, and the readings', are not needed to start)."""
        _library_for(self._window.variant).preload()

    def _source_annotations(self, view: ScriptView) -> dict[int, str]:
        """The source's own pinyin (協(xié)), placed in the 原文 view; other views use pypinyin's."""
        reading = self._window.reading
        if reading is None or view.variant is not Variant.ORIGINAL:
            return {}
        to_view = view.offsets.to_view
        return {to_view(offset): syllable for offset, syllable in reading.article.annotations.items()}

    @property
    def readings(self) -> PinyinReadings | None:
        """The readings of the view on screen while pinyin is shown."""
        return self._readings if self.ruby.shown else None

    # -- dictionary ----------------------------------------------------------------------------

    @property
    def dictionary(self) -> DictionaryLoader:
        """The CC-CEDICT index's loader, made on first use (its module is not needed to start)."""
        if self._dictionary is None:
            from gui.engine.dictionary import DictionaryLoader

            self._dictionary = DictionaryLoader(self._dictionary_folder)
        return self._dictionary

    def set_dictionary(self, enabled: bool) -> None:
        self._window.settings.dictionary_on_hover = enabled
        if not enabled:
            self._hover.stop()
            self._dismiss()

    def look_up(self, point: QPoint) -> Lookup | None:
        """Show the popup for the word at ``point`` (viewport coordinates) now; what it shows."""
        window = self._window
        view = window.shown_view
        dictionary = self.dictionary.get()
        if view is None or dictionary is None:
            return None
        offset = character_at(self._view, point, self.ruby.shown)
        lookup = dictionary.lookup(view.text, offset) if offset is not None else None
        if lookup is None:
            self._dismiss()
            return None
        self._show(lookup, view, offset)
        return lookup

    def _show(self, lookup: Lookup, view: ScriptView, offset: int) -> None:
        """The popup beside the word, with the speaker of the quotation ``offset`` is in."""
        self.popup.show_lookup(
            lookup,
            self._word_rect(lookup),
            self._window.fonts.font_for(view.variant, self.popup.font().pointSizeF()),
            traditional_first=view.variant is not Variant.HANS,
            note=self._view.tooltip_at(offset),
        )

    def look_up_at_caret(self) -> Lookup | None:
        """Show the popup for the first word at or after the caret (the selection's start; the
        top of the screen when the caret is off it), and leave the caret after that word."""
        window = self._window
        view = window.shown_view
        if view is None:
            return None
        if not self.dictionary.ready:
            self.dictionary.start()
            QTimer.singleShot(_WAIT_FOR_INDEX_MS, self.look_up_at_caret)  # the index is being built
            return None
        dictionary = self.dictionary.get()
        if dictionary is None:
            return None
        cursor = self._view.textCursor()
        offset = self._view.positions.to_engine(cursor.selectionStart())
        if not self._view.viewport().rect().intersects(self._view.cursorRect(cursor)):
            offset = self._view.first_visible_offset()
        lookup = None
        for at in range(offset, min(len(view.text), offset + _LOOK_AHEAD)):
            lookup = dictionary.lookup(view.text, at)
            if lookup is not None and lookup.end > offset:
                break
            lookup = None
        if lookup is None:
            self._dismiss()
            return None
        self._view.reveal(lookup.start, lookup.end)
        caret = QTextCursor(self._view.document())
        caret.setPosition(self._view.positions.to_qt(lookup.end))
        self._view.setTextCursor(caret)
        self._show(lookup, view, lookup.start)
        return lookup

    def _look_up_hovered(self) -> None:
        if self._hover_point is None or not self.dictionary_action.isChecked():
            return
        if not self.dictionary.ready:
            self.dictionary.start()
            self._hover.start(_WAIT_FOR_INDEX_MS)  # the first lookup of a session builds the index
            return
        self.look_up(self._hover_point)

    def _word_rect(self, lookup: Lookup) -> QRect:
        """The looked-up word's rectangle in the window (its first line's part when it wraps)."""
        view = self._view
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.positions.to_qt(lookup.start))
        first = view.cursorRect(cursor)
        cursor.setPosition(view.positions.to_qt(lookup.end))
        last = view.cursorRect(cursor)
        right = last.left() if last.top() == first.top() else first.right() + 1
        rect = QRect(first.topLeft(), QPoint(max(right, first.right()), first.bottom()))
        return QRect(view.viewport().mapTo(self._window, rect.topLeft()), rect.size())

    @property
    def popup(self) -> DictionaryPopup:
        """The popup, made on first use (not on the way to the window's first paint)."""
        if self._popup is None:
            from gui.widgets.dictionary_popup import DictionaryPopup

            self._popup = DictionaryPopup(self._window)
        return self._popup

    def _popup_shown(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def _dismiss(self) -> None:
        if self._popup_shown():
            self.popup.dismiss()

    def _over_shown_word(self, point: QPoint) -> bool:
        if not self._popup_shown():
            return False
        lookup = self.popup.lookup
        if lookup is None:
            return False
        offset = character_at(self._view, point, self.ruby.shown)
        return offset is not None and lookup.start <= offset < lookup.end

    # -- events --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.LanguageChange:
                self._retranslate()
            return False
        if kind == QEvent.Type.ToolTip and self._popup_shown():
            return True  # the popup already names the quotation's speaker
        if not self.dictionary_action.isChecked():
            return False
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            point = event.position().toPoint()
            if event.buttons() != Qt.MouseButton.NoButton:  # selecting text
                self._hover.stop()
                self._dismiss()
            elif not self._over_shown_word(point):
                # An open popup follows the pointer to the next word; a closed one waits for it to rest.
                self._hover_point = point
                self._hover.start(FOLLOW_DELAY_MS if self._popup_shown() else HOVER_DELAY_MS)
                self.dictionary.start()  # the index is ready by the time the pointer rests
        elif kind == QEvent.Type.MouseButtonPress:
            self._hover.stop()
            self._dismiss()
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton and not self._view.textCursor().hasSelection():
                # After the view's own handling (a quotation's speaker is selected); a first
                # click while the index is built is answered when it is ready.
                self._hover_point = event.position().toPoint()
                self._hover.start(0)
        elif kind in (QEvent.Type.Leave, QEvent.Type.Wheel):
            self._hover.stop()
            self._dismiss()
        return False


def _library_for(variant: Variant) -> LazyLibrary:
    """Cantonese (Jyutping) over the 香港 view when ToJyutping is installed; pinyin elsewhere."""
    from gui.engine.jyutping import TOJYUTPING
    from gui.engine.pinyin_readings import PYPINYIN

    return TOJYUTPING if _shows_jyutping(variant) else PYPINYIN


def _shows_jyutping(variant: Variant) -> bool:
    """True when ``variant`` is read in Cantonese (its library imported only for 香港)."""
    if variant is not Variant.HK:
        return False
    from gui.engine.jyutping import TOJYUTPING

    return TOJYUTPING.installed()


def character_at(view: ArticleView, point: QPoint, ruby_shown: bool = False) -> int | None:
    """The engine offset of the character under ``point`` (viewport coordinates), or None off
    the text. A point over a line's pinyin counts as over the character under that pinyin."""
    document = view.document()
    layout = document.documentLayout()
    scroll = QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    target = QPointF(point) + scroll
    position = layout.hitTest(target, Qt.HitTestAccuracy.ExactHit)
    if ruby_shown and (position < 0 or target.y() > _line_box(view, position)[1]):
        # The pinyin of a line sits in the room above it: the point is over the line below.
        below = target + QPointF(0, view.em_pixels(document))
        lower = layout.hitTest(below, Qt.HitTestAccuracy.ExactHit)
        if lower >= 0:
            position, target = lower, QPointF(target.x(), _line_box(view, lower)[0] + 1)
    if position < 0:
        return None
    block = document.findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return None
    x = layout.blockBoundingRect(block).left() + line.cursorToX(position - block.position())[0]
    if target.x() < x:  # a hit is the nearest boundary: the character is the one before it
        position -= 1
    if position < block.position() or position >= block.position() + block.length() - 1:
        return None
    return view.positions.to_engine(position)


def _line_box(view: ArticleView, position: int) -> tuple[float, float]:
    """The top and bottom of the line holding Qt ``position``, in document coordinates (the
    line's own height, without the room a taller line height adds below it)."""
    document = view.document()
    block = document.findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    top = document.documentLayout().blockBoundingRect(block).top() + line.y()
    return top, top + line.height()
