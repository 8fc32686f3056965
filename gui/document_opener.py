"""Opening what the reader brings (files, pasted text, dropped files) into the main window.

Imported on first use: the format readers (HTML, EPUB, encoding detection) are not needed to
show the bundled article, so they stay out of start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gui.engine.document import LoadedDocument, LoadError, TooLargeError
from gui.engine.formats.loader import OFFERED_ENCODINGS, document_from_clipboard, load_document
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant, convert_fragment

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class DocumentOpener(QObject):
    """Loads documents for one window and remembers the open one (for chapters and re-encoding)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.document: LoadedDocument | None = None
        self._retry: Callable[[], object] | None = None  # what the message bar's button does

    def open_file(self, path: str, encoding: str | None = None, allow_large: bool = False) -> bool:
        """Open ``path``; on failure say why in the message bar and keep the current article."""
        try:
            document = load_document(path, encoding=encoding, allow_large=allow_large)
        except TooLargeError as error:
            action = None if error.hard else self.tr("Open Anyway")
            self._retry = None if error.hard else (lambda: self.open_file(path, encoding, allow_large=True))
            self._window.message_bar.show_message(str(error), action)
            return False
        except LoadError as error:
            self._retry = None
            self._window.message_bar.show_message(str(error))
            return False
        self._show(document)
        self._window.settings.add_recent_file(str(Path(path).resolve()))
        self._window.settings.last_article = str(Path(path).resolve())
        return True

    def open_pasted_text(self, text: str) -> bool:
        try:
            document = document_from_clipboard(text)
        except LoadError as error:
            self._retry = None
            self._window.message_bar.show_message(str(error))
            return False
        self._show(document)
        return True

    def _show(self, document: LoadedDocument) -> None:
        self.document = document
        window = self._window
        notes = document.warnings
        if notes:
            window.message_bar.show_message(" ".join(notes))
        else:
            window.message_bar.hide()
        path = str(document.path) if document.path else None
        window.show_reading(Reading.parse(document.text, heading_lines=document.chapters[0].headings), path)
        self._fill_chapters(document)
        self._fill_encodings(document)

    def _fill_chapters(self, document: LoadedDocument) -> None:
        box = self._window.chapter_box
        box.clear()
        for _ in document.chapters:
            box.addItem("")
        self.retitle_chapters(self._window.variant)
        self._window.show_chapter_box(len(document.chapters) > 1)

    def retitle_chapters(self, variant: Variant) -> None:
        """Show the chapter list in the article's script (and unnamed chapters in the UI's language)."""
        if self.document is None:
            return
        box = self._window.chapter_box
        for number, chapter in enumerate(self.document.chapters[: box.count()], start=1):
            title = convert_fragment(chapter.title, variant) if chapter.title else ""
            box.setItemText(number - 1, title or self.tr("Chapter %1").replace("%1", str(number)))

    def _fill_encodings(self, document: LoadedDocument) -> None:
        menu = self._window.encoding_menu
        menu.clear()
        menu.setEnabled(document.path is not None and document.format in ("text", "markdown", "html"))
        for encoding in OFFERED_ENCODINGS:
            action = menu.addAction(encoding)
            action.setCheckable(True)
            action.setChecked(encoding == document.encoding)
            action.triggered.connect(lambda _checked=False, e=encoding: self.reopen_with(e))

    def reopen_with(self, encoding: str) -> None:
        if self.document is not None and self.document.path is not None:
            self.open_file(str(self.document.path), encoding=encoding, allow_large=True)

    def show_chapter(self, index: int) -> None:
        if self.document is None or not 0 <= index < len(self.document.chapters):
            return
        path = str(self.document.path) if self.document.path else None
        chapter = self.document.chapters[index]
        self._window.show_reading(Reading.parse(chapter.text, heading_lines=chapter.headings), path)

    def run_message_action(self) -> None:
        retry, self._retry = self._retry, None
        self._window.message_bar.hide()
        if retry is not None:
            retry()
