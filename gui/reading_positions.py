"""Where the reader stopped in each article, restored when it is opened again, in any script.

An article is known by its file path and a hash of its text (an edited file starts afresh;
pasted text and the bundled article by the hash alone). The place is kept as an offset into
the source text, so it maps into whichever script the article is shown in; a book also
remembers its chapter. Places live in ``reading-positions.ini`` (QSettings, INI format) beside
the settings file, at most ``MAX_ARTICLES`` of them (the longest unread go first): a file of
their own, so a damaged one costs the places and never the settings.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer

if TYPE_CHECKING:
    from gui.engine.document import LoadedDocument
    from gui.engine.reading import Reading
    from gui.main_window import MainWindow

MAX_ARTICLES = 200
POSITIONS_FILE_NAME = "reading-positions.ini"
_GROUP = "positions"
_SAVE_DELAY_MS = 400  # after the scrolling stops


try:  # CPython's own SHA-1: hashlib would load OpenSSL (~4 ms of start-up) for the same digest
    from _sha1 import sha1
except ImportError:
    from hashlib import sha1


def article_key(path: str | None, text: str) -> str:
    """A settings key for the article ``text`` read from ``path`` (None: pasted or bundled)."""
    digest = sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    where = sha1(path.encode("utf-8", "surrogatepass")).hexdigest()[:12] if path else "text"
    return f"{where}-{digest}"


def book_key(document: LoadedDocument) -> str:
    """A key for a whole book (all its chapters), under which its last chapter is kept."""
    path = str(document.path) if document.path else None
    return "book-" + article_key(path, "\0".join(chapter.text for chapter in document.chapters))


@dataclass(frozen=True)
class Place:
    offset: int  # source offset of the first character on screen (in a book: in its chapter)
    used: float  # when it was last saved, to forget the oldest first


class PositionStore:
    """The remembered places (and books' chapters), bounded in number: in a QSettings file, or
    without one (no settings file) in memory for as long as the window lasts."""

    def __init__(self, store: QSettings | None, limit: int = MAX_ARTICLES) -> None:
        if store is not None and store.status() != QSettings.Status.NoError:
            store.clear()  # unreadable: start afresh rather than trip over it
        self._store = store
        self._memory: dict[str, str] = {}
        self._limit = limit
        self._last = 0.0

    @classmethod
    def beside(cls, settings_file: Path | None) -> PositionStore:
        """The store in ``reading-positions.ini`` next to ``settings_file``."""
        if settings_file is None:
            return cls(None)
        return cls(QSettings(str(settings_file.with_name(POSITIONS_FILE_NAME)), QSettings.Format.IniFormat))

    def get(self, key: str) -> Place | None:
        value = self._store.value(f"{_GROUP}/{key}") if self._store else self._memory.get(key)
        try:
            offset, used = str(value).split(",")
            return Place(int(offset), float(used))
        except ValueError:
            return None  # absent (None → "None") or damaged by hand: start at the top

    def put(self, key: str, offset: int) -> None:
        self._last = max(time.time(), self._last + 1e-6)  # two saves in one tick still keep their order
        value = f"{offset},{self._last:.6f}"
        if self._store is None:
            self._memory[key] = value
        else:
            self._store.setValue(f"{_GROUP}/{key}", value)
        self._forget_oldest()

    def keys(self) -> list[str]:
        if self._store is None:
            return list(self._memory)
        self._store.beginGroup(_GROUP)
        try:
            return list(self._store.childKeys())
        finally:
            self._store.endGroup()

    def sync(self) -> None:
        """Write the file now (QSettings also does on its own, a little later)."""
        if self._store is not None:
            self._store.sync()

    def _forget_oldest(self) -> None:
        keys = self.keys()
        if len(keys) <= self._limit:
            return
        places = {key: self.get(key) for key in keys}
        by_age = sorted(keys, key=lambda key: places[key].used if places[key] else 0.0)
        for key in by_age[: len(keys) - self._limit]:
            if self._store is None:
                del self._memory[key]
            else:
                self._store.remove(f"{_GROUP}/{key}")


class ReadingPositions(QObject):
    """Notes the window's place as the reader scrolls, saves it shortly after, and puts it back
    when an article opens."""

    def __init__(self, window: MainWindow, store: PositionStore) -> None:
        super().__init__(window)
        self._window = window
        self.store = store
        self._key: str | None = None
        self._reading: Reading | None = None  # the article the key belongs to
        self._document: LoadedDocument | None = None  # the book on screen, if any
        self._book: str | None = None  # its book key
        self._pending: int | None = None  # a place noted but not saved yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        window.article_shown.connect(self._on_article_shown)
        window.article_view.verticalScrollBar().valueChanged.connect(lambda _value: self._note_place())
        window.installEventFilter(self)  # a last save when the window closes

    def _note_place(self) -> None:
        window = self._window
        view = window.shown_view
        # While another article is being put on screen its scrolling is not this article's place.
        if self._key is None or window.reading is not self._reading or view is None:
            return
        self._pending = view.offsets.to_source(window.article_view.first_visible_offset())
        self._timer.start()

    def save(self) -> None:
        """Write the last place noted (the settings file itself is written by the window)."""
        if self._key is not None and self._pending is not None:
            self.store.put(self._key, self._pending)
        self._pending = None

    def _on_article_shown(self) -> None:
        self.save()  # the previous article's last place
        self._timer.stop()
        window = self._window
        if window.reading is None:
            return
        self._key = article_key(window.source_path, window.reading.text)
        self._reading = window.reading
        document = self._open_document()
        if document is not None and len(document.chapters) < 2:
            document = None
        if document is not None and document is not self._document:
            self._document, self._book = document, book_key(document)
            # The opener fills the chapter list after showing the first chapter: go on from there.
            QTimer.singleShot(0, lambda: self._restore_chapter(document))
            return
        if document is not None and self._book is not None:
            self.store.put(self._book, self._chapter_index(document))  # the reader chose a chapter
        self._document = document
        self._restore_place()

    def _restore_chapter(self, document: LoadedDocument) -> None:
        if self._document is not document or self._book is None:
            return  # another file was opened meanwhile
        place = self.store.get(self._book)  # a book's "offset" is its chapter
        window = self._window
        if place is None or not 0 < place.offset < len(document.chapters):
            self._restore_place()
            return
        window.chapter_box.setCurrentIndex(place.offset)
        window.opener.show_chapter(place.offset)  # shows the chapter: its own place follows

    def _restore_place(self) -> None:
        window = self._window
        place = self.store.get(self._key) if self._key else None
        view = window.shown_view
        if place is not None and place.offset > 0 and view is not None:
            window.article_view.scroll_to_top(view.offsets.to_view(place.offset))

    def _open_document(self) -> LoadedDocument | None:
        """The loaded file behind the shown article (None for pasted text and the bundled one)."""
        if self._window.source_path is None:
            return None  # nothing was loaded from a file: do not create the opener for nothing
        document = self._window.opener.document
        return document if document is not None and document.path is not None else None

    def _chapter_index(self, document: LoadedDocument) -> int:
        index = self._window.chapter_box.currentIndex()
        return index if 0 <= index < len(document.chapters) else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.save()
            self.store.sync()
        return False
