"""Open whatever a reader brings (a text file in any Chinese encoding, Markdown, a web page, an EPUB
book, or pasted text) and turn it into a :class:`LoadedDocument`, or fail with a :class:`LoadError`
whose message is one plain sentence.

Guarantees:

* Only :class:`LoadError` (and its subclass :class:`TooLargeError`) escapes, whatever the bytes.
* Nothing is written: files are opened read-only (``os.O_RDONLY``), read once into memory, and
  nothing is created beside them. Devices and pipes are refused before they are read, so opening
  one cannot hang.
* Loading is linear in the size of the input; files over :data:`LARGE_FILE_BYTES` need
  ``allow_large=True`` and nothing over :data:`MAX_FILE_BYTES` is read at all.
* Text comes back with its original characters (no script conversion, pinyin annotations kept)
  and every line ending turned into "\\n". Plain text is otherwise untouched; for Markdown, web
  pages and EPUB chapters see :mod:`gui.engine.formats.markdown_text`,
  :mod:`gui.engine.formats.html_extraction` and :mod:`gui.engine.formats.epub_reader`.

No Qt here: the window calls these functions (from a worker thread if it likes; they keep no state).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from gui.engine.document import (
    NO_CHINESE_MESSAGE,
    Chapter,
    DocumentFormat,
    LoadedDocument,
    LoadError,
    TooLargeError,
    describe_size,
)
from gui.engine.formats.epub_reader import is_epub_archive, read_epub
from gui.engine.formats.file_sniffing import describe_binary
from gui.engine.formats.html_extraction import declared_charset, extract_article, looks_like_html
from gui.engine.formats.markdown_text import read_markdown
from gui.engine.formats.text_decoding import (
    ENCODING_LABELS,
    OFFERED_ENCODINGS,
    contains_chinese,
    decode_bytes,
    normalise_newlines,
)

__all__ = [
    "ENCODING_LABELS",
    "LARGE_FILE_BYTES",
    "LARGE_TEXT_CHARS",
    "MAX_FILE_BYTES",
    "NO_CHINESE_MESSAGE",
    "OFFERED_ENCODINGS",
    "Chapter",
    "LoadError",
    "LoadedDocument",
    "TooLargeError",
    "document_from_clipboard",
    "load_document",
]

# A news article is a few kB and a whole novel in GBK about 2 MB: 20 MiB is far beyond any real
# article, yet still loads in about a second, so above it the window asks before going on.
LARGE_FILE_BYTES = 20 * 1024 * 1024
# Even with allow_large=True nothing bigger is read: it would not fit comfortably in memory
# once decoded (a str of Chinese text takes 2-4 bytes a character) and shown in a text widget.
MAX_FILE_BYTES = 512 * 1024 * 1024
# The same check for pasted text, in characters (20 MiB of GBK is about 10 M characters).
LARGE_TEXT_CHARS = 10_000_000

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

# White space and invisible characters: a text of only these is "empty" to a reader.
_BLANK_CHARS = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"
)


def load_document(
    path: str | os.PathLike[str], *, encoding: str | None = None, allow_large: bool = False
) -> LoadedDocument:
    """Load the file at ``path``.

    ``encoding`` overrides detection for text, Markdown and HTML (any Python codec name; the
    window offers :data:`OFFERED_ENCODINGS`); EPUB books ignore it. ``allow_large`` lets files
    over :data:`LARGE_FILE_BYTES` through (after the reader agreed to wait).
    Raises :class:`LoadError` (or :class:`TooLargeError`) with a message for the reader.
    """
    path = Path(path)
    data = _read_file(path, allow_large=allow_large)
    return _document_from_bytes(path, data, encoding)


def document_from_clipboard(text: str, *, allow_large: bool = False) -> LoadedDocument:
    """Make a document from pasted text: same line-ending normalisation and same errors for
    empty or blank text as a file; over :data:`LARGE_TEXT_CHARS` characters needs ``allow_large``."""
    if len(text) > LARGE_TEXT_CHARS and not allow_large:
        raise TooLargeError(
            f"The pasted text has {len(text):,} characters, more than the {LARGE_TEXT_CHARS:,} "
            "Yanlu takes without asking.",
            size=len(text),
            limit=LARGE_TEXT_CHARS,
        )
    text = normalise_newlines(text).removeprefix("\ufeff")
    if not text:
        raise LoadError("There is no text to paste.")
    _require_content(text, "The pasted text is only white space.")
    return LoadedDocument(
        path=None,
        format="clipboard",
        encoding=None,
        title=None,
        chapters=(Chapter(title="Pasted text", text=text),),
        has_chinese=contains_chinese(text),
    )


# ---------------------------------------------------------------------------------------------
# Reading the file


def _open_read_only(path: Path) -> int:
    """Open for reading only. O_NONBLOCK: opening a FIFO returns at once instead of waiting for a
    writer (fstat then refuses it); it changes nothing for regular files."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_NOCTTY", 0)
    return os.open(path, flags)


def _read_file(path: Path, *, allow_large: bool) -> bytes:
    name = _display_name(path)
    try:
        descriptor = _open_read_only(path)
    except FileNotFoundError:
        raise LoadError(f"There is no file “{name}” (it may have been moved or deleted).") from None
    except IsADirectoryError:
        raise LoadError(f"“{name}” is a folder, not a file.") from None
    except PermissionError:
        raise LoadError(f"You do not have permission to read “{name}”.") from None
    except (OSError, ValueError) as error:  # name too long, symlink loop, NUL in the name…
        raise LoadError(f"Yanlu cannot open “{name}”: {_reason(error)}.") from None
    try:
        info = os.fstat(descriptor)
        _check_kind_and_size(info, name, allow_large=allow_large)
        limit = MAX_FILE_BYTES if allow_large else LARGE_FILE_BYTES
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            # Ask for the size fstat gave (a read of `limit` bytes would reserve that much memory);
            # read on only if the file grew meanwhile, or reports no size (as /proc files do).
            data = stream.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += stream.read(limit + 1 - len(data))
    except OSError as error:  # I/O error on a bad disk or a vanished network share
        raise LoadError(f"Yanlu could not read “{name}”: {_reason(error)}.") from None
    finally:
        os.close(descriptor)
    if len(data) > limit:  # the file grew after fstat
        raise _too_large(len(data), allow_large=allow_large)
    return data


def _display_name(path: Path) -> str:
    """The file name for a message, shortened so the message stays one readable line."""
    name = path.name or str(path)
    return name if len(name) <= 60 else f"{name[:40]}…{name[-15:]}"


def _check_kind_and_size(info: os.stat_result, name: str, *, allow_large: bool) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"“{name}” is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(f"“{name}” is not an ordinary file (it is a device, pipe or socket).")
    if info.st_size > MAX_FILE_BYTES or (info.st_size > LARGE_FILE_BYTES and not allow_large):
        raise _too_large(info.st_size, allow_large=allow_large)


def _too_large(size: int, *, allow_large: bool) -> TooLargeError:
    if allow_large or size > MAX_FILE_BYTES:
        return TooLargeError(
            f"This file is {describe_size(size)}, too large for Yanlu to open "
            f"(the limit is {describe_size(MAX_FILE_BYTES)}).",
            size=size,
            limit=MAX_FILE_BYTES,
            hard=True,
        )
    return TooLargeError(
        f"This file is {describe_size(size)}; files over {describe_size(LARGE_FILE_BYTES)} "
        "may take a while to open.",
        size=size,
        limit=LARGE_FILE_BYTES,
    )


def _reason(error: BaseException) -> str:
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return reason[:1].lower() + reason[1:]


# ---------------------------------------------------------------------------------------------
# Bytes to document


def _document_from_bytes(path: Path, data: bytes, encoding: str | None) -> LoadedDocument:
    if not data:
        raise LoadError("This file is empty.")
    suffix = path.suffix.lower()
    if suffix == ".epub" or is_epub_archive(data):
        return _epub_document(path, data)
    binary = describe_binary(data)
    if binary is not None:
        raise LoadError(f"This looks like {binary}, not text.")
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and looks_like_html(data)):
        return _html_document(path, data, encoding)
    return _text_document(path, data, encoding, markdown=suffix in MARKDOWN_SUFFIXES)


def _text_document(path: Path, data: bytes, encoding: str | None, *, markdown: bool) -> LoadedDocument:
    decoded = decode_bytes(data, encoding)
    text = normalise_newlines(decoded.text)
    _require_content(text, "This file contains only white space.")
    title: str | None = None
    kind: DocumentFormat = "text"
    headings: tuple[int, ...] = ()
    if markdown:
        kind = "markdown"
        document = read_markdown(text)
        title, text, headings = document.title, document.text, document.heading_lines
        _require_content(text, "This Markdown file has no text, only markup.")
    return _single_chapter(path, kind, decoded.encoding, title, text, decoded.replacements, headings)


def _html_document(path: Path, data: bytes, encoding: str | None) -> LoadedDocument:
    decoded = decode_bytes(data, encoding, declared=declared_charset(data))
    page = normalise_newlines(decoded.text)
    _require_content(page, "This file contains only white space.")
    title, text = extract_article(page)
    return _single_chapter(path, "html", decoded.encoding, title, text, decoded.replacements)


def _epub_document(path: Path, data: bytes) -> LoadedDocument:
    if not data.startswith(b"PK"):
        raise LoadError("This file is named like an EPUB book but is not one.")
    title, chapters = read_epub(data)
    chapters = tuple(Chapter(c.title, normalise_newlines(c.text)) for c in chapters)
    return LoadedDocument(
        path=path,
        format="epub",
        encoding=None,
        title=title,
        chapters=chapters,
        has_chinese=any(contains_chinese(c.text) for c in chapters),
    )


def _single_chapter(
    path: Path,
    kind: DocumentFormat,
    encoding: str,
    title: str | None,
    text: str,
    replacements: int,
    headings: tuple[int, ...] = (),
) -> LoadedDocument:
    return LoadedDocument(
        path=path,
        format=kind,
        encoding=encoding,
        title=title,
        chapters=(Chapter(title=title or path.stem, text=text, headings=headings),),
        has_chinese=contains_chinese(text),
        replacements=replacements,
    )


def _require_content(text: str, message: str) -> None:
    """Raise ``message`` when the text is nothing but white space and invisible characters."""
    if not text.strip(_BLANK_CHARS):
        raise LoadError(message)
