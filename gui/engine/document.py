"""What the loader hands to the window: a loaded document and the errors a load can end in.

Kept in its own small module so that the format readers (text, HTML, EPUB) and the public
``gui.engine.formats.loader`` can all use these types without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

DocumentFormat = Literal["text", "markdown", "html", "epub", "clipboard"]

NO_CHINESE_MESSAGE = (
    "This text contains no Chinese characters, so Yanlu will probably find no quotations in it."
)
KOREAN_MESSAGE = "This text is in Korean, not Chinese, so Yanlu will probably find no quotations in it."


class LoadError(Exception):
    """A file or pasted text that Yanlu cannot show; ``str(error)`` is one plain-language line."""


class LoadCancelled(LoadError):
    """The reader cancelled the load (raised from a progress callback)."""

    def __init__(self) -> None:
        super().__init__("Opening was cancelled.")


class TooLargeError(LoadError):
    """The input is over the size limit; load it again with ``allow_large=True`` to go ahead.

    ``size`` and ``limit`` are in bytes for files and in characters for pasted text.
    ``hard`` is True when even ``allow_large=True`` will not help (the absolute ceiling).
    """

    def __init__(self, message: str, *, size: int, limit: int, hard: bool = False) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit
        self.hard = hard


@dataclass(frozen=True)
class Chapter:
    """One chapter of a book, or the whole text of any other document."""

    title: str
    text: str
    headings: tuple[int, ...] = ()  # line numbers (0-based) of the text's headings (Markdown)


@dataclass(frozen=True)
class LoadedDocument:
    """A document ready to show: its chapters in reading order, with line endings normalised to "\\n"."""

    path: Path | None
    format: DocumentFormat
    encoding: str | None  # Python codec name the bytes were decoded with; None for pasted text
    title: str | None
    chapters: tuple[Chapter, ...]  # always at least one; exactly one except for EPUB
    has_chinese: bool
    # How many U+FFFD replacement characters stand for undecodable bytes in a slightly damaged file
    # (0 for a clean file; a badly damaged one is a LoadError instead).
    replacements: int = 0
    language: str | None = None  # "ko" when the text is Korean rather than Chinese

    @property
    def text(self) -> str:
        """The first chapter's text: what the window shows first."""
        return self.chapters[0].text

    @property
    def warnings(self) -> tuple[str, ...]:
        """Plain-language notes the window may show above a document that did load."""
        notes: list[str] = []
        if self.language == "ko":
            notes.append(KOREAN_MESSAGE)
        elif not self.has_chinese:
            notes.append(NO_CHINESE_MESSAGE)
        if self.replacements:
            notes.append(
                f"{self.replacements} damaged spot(s) in this file could not be read and are shown as �."
            )
        return tuple(notes)


def describe_size(size: int) -> str:
    """A human-readable size such as "50.0 MB" (decimal megabytes, as file managers show)."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} kB"
    return f"{size} bytes"
