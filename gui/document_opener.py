"""Opening what the reader brings (files, pasted text, dropped files) into the main window.

Imported on first use: the format readers (HTML, EPUB, encoding detection) are not needed to
show the bundled article, so they stay out of start-up.

Files are loaded (read, decoded, extracted, parsed into a :class:`Reading`) on a thread of their
own. The window waits up to :data:`QUICK_LOAD_S` for it, frozen for no longer than a click takes;
a load that takes longer shows "Opening …" with its progress and a Cancel button above the
article, which stays readable, and the document replaces it when it is ready. A newer open
cancels an older one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from gui.engine.document import LoadCancelled, LoadedDocument, LoadError, TooLargeError
from gui.engine.formats.file_names import short_name
from gui.engine.formats.loader import OFFERED_ENCODINGS, document_from_clipboard, load_document
from gui.engine.reading import Reading
from gui.engine.scripts.script_variants import Variant, convert_fragment
from gui.messages import translated

QUICK_LOAD_S = 0.3
_POLL_MS = 50


class _LoadJob:
    """One file being loaded on a thread; the window polls ``done`` and reads the outcome."""

    def __init__(self, path: str, encoding: str | None, allow_large: bool) -> None:
        self.path, self.encoding, self.allow_large = path, encoding, allow_large
        self.cancelled = threading.Event()
        self.done = threading.Event()
        self.share = 0.0
        self.result: tuple[LoadedDocument, Reading] | None = None
        self.error: LoadError | None = None
        threading.Thread(target=self._run, name="yanlu-load", daemon=True).start()

    def _run(self) -> None:
        try:
            document = load_document(
                self.path, encoding=self.encoding, allow_large=self.allow_large, progress=self._progress
            )
            self.result = (document, _parsed(document))
        except LoadError as error:
            self.error = error
        except Exception as error:  # a bug must still end in a message, not a silent window
            self.error = LoadError(f"Yanlu could not open this file ({type(error).__name__}).")
        finally:
            self.done.set()

    def _progress(self, share: float) -> None:
        if self.cancelled.is_set():
            raise LoadCancelled()
        self.share = share

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def _parsed(document: LoadedDocument) -> Reading:
    """The document's first chapter (its whole text, unless it is an EPUB) ready to read."""
    headings = document.chapters[0].headings if document.chapters else ()
    return Reading.parse(document.text, heading_lines=headings)


class DocumentOpener(QObject):
    """Loads documents for one window and remembers the open one (for chapters and re-encoding)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.document: LoadedDocument | None = None
        self._retry: Callable[[], object] | None = None  # what the message bar's button does
        self._job: _LoadJob | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._check_job)

    @property
    def loading(self) -> bool:
        """True while a file is being loaded in the background."""
        return self._job is not None

    def open_file(self, path: str, encoding: str | None = None, allow_large: bool = False) -> bool | None:
        """Open ``path``: True when it is shown, False when it failed (the message bar says why
        and the current article stays), None when it is still loading (see the module docstring)."""
        self.cancel_loading()
        job = _LoadJob(path, encoding, allow_large)
        if job.done.wait(QUICK_LOAD_S):
            return self._finish(job)
        self._job = job
        self._retry = self.cancel_loading
        self._show_progress()
        self._poll.start()
        return None

    def cancel_loading(self) -> None:
        """Stop the background load, if any; the article on screen stays."""
        if self._job is None:
            return
        self._job.cancelled.set()
        self._job = None
        self._poll.stop()
        self._retry = None
        self._window.message_bar.hide()

    def _show_progress(self) -> None:
        assert self._job is not None
        name = short_name(self._job.path)
        percent = int(self._job.share * 100)
        self._window.message_bar.show_message(
            self.tr("Opening “%1”… %2 %").replace("%1", name).replace("%2", str(percent)),
            self.tr("Cancel"),
        )

    def _check_job(self) -> None:
        job = self._job
        if job is None:
            self._poll.stop()
        elif job.done.is_set():
            self._poll.stop()
            self._job = None
            self._retry = None
            self._finish(job)
        else:
            self._show_progress()

    def _finish(self, job: _LoadJob) -> bool:
        path, encoding = job.path, job.encoding
        if job.error is not None or job.result is None:
            error = job.error or LoadError("Yanlu could not open this file.")
            hard = not isinstance(error, TooLargeError) or error.hard
            self._retry = None if hard else (lambda: self.open_file(path, encoding, allow_large=True))
            self._window.message_bar.show_message(
                translated(str(error)), None if hard else self.tr("Open Anyway")
            )
            return False
        document, reading = job.result
        self._show(document, reading)
        self._window.settings.add_recent_file(str(Path(path).resolve()))
        self._window.settings.last_article = str(Path(path).resolve())
        return True

    def open_pasted_text(self, text: str) -> bool:
        self.cancel_loading()
        try:
            document = document_from_clipboard(text)
        except LoadError as error:
            self._retry = None
            self._window.message_bar.show_message(translated(str(error)))
            return False
        self._show(document)
        return True

    def _show(self, document: LoadedDocument, reading: Reading | None = None) -> None:
        self.document = document
        window = self._window
        notes = document.warnings
        if notes:
            window.message_bar.show_message(" ".join(translated(note) for note in notes))
        else:
            window.message_bar.hide()
        path = str(document.path) if document.path else None
        window.show_reading(reading or _parsed(document), path)
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
            title = self._convert_title(chapter.title, variant) if chapter.title else ""
            box.setItemText(number - 1, title or self.tr("Chapter %1").replace("%1", str(number)))

    def _convert_title(self, title: str, variant: Variant) -> str:
        """A chapter's title in ``variant``, in the script the reader gave the book (if they did)."""
        reading = self._window.reading
        traditional = reading.script_given if reading is not None else None
        return convert_fragment(title, variant, traditional=traditional)

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
        # The script the reader gave belongs to the whole book, not to one chapter.
        shown = self._window.reading
        traditional = shown.script_given if shown is not None else None
        reading = Reading.parse(chapter.text, traditional=traditional, heading_lines=chapter.headings)
        self._window.show_reading(reading, path)

    def run_message_action(self) -> None:
        retry, self._retry = self._retry, None
        self._window.message_bar.hide()
        if retry is not None:
            retry()
