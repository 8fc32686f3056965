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
* Memory stays under ten times the file's size plus 300 MB: ZIP members are counted as they
  inflate (:mod:`gui.engine.formats.epub_reader`), web pages over :data:`MAX_HTML_BYTES` are not
  parsed, and the hostile-input suite (``tests/hostile``) measures it.
* Text comes back with its original characters (no script conversion, pinyin annotations kept),
  every line break turned into "\\n" and meaningless control characters (NUL, ESC, C1) dropped.
  Plain text is otherwise untouched; for Markdown, web
  pages and EPUB chapters see :mod:`gui.engine.formats.markdown_text`,
  :mod:`gui.engine.formats.html_extraction` and :mod:`gui.engine.formats.epub_reader`.

No Qt here: the window calls these functions from a worker thread (they keep no state); the
``progress`` callback reports how far a load is, and may raise :class:`LoadCancelled` to stop it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from gui.engine.document import (
    NO_CHINESE_MESSAGE,
    Chapter,
    DocumentFormat,
    LoadCancelled,
    LoadedDocument,
    LoadError,
    TooLargeError,
    describe_size,
)
from gui.engine.formats.epub_reader import Progress, is_epub_archive, read_epub
from gui.engine.formats.file_names import short_name
from gui.engine.formats.file_sniffing import describe_binary
from gui.engine.formats.html_extraction import declared_charset, extract_article, looks_like_html
from gui.engine.formats.markdown_text import read_markdown
from gui.engine.formats.text_decoding import (
    ENCODING_LABELS,
    OFFERED_ENCODINGS,
    contains_chinese,
    decode_bytes,
    looks_korean,
    tidy_text,
)

__all__ = [
    "ENCODING_LABELS",
    "LARGE_FILE_BYTES",
    "LARGE_TEXT_CHARS",
    "MAX_FILE_BYTES",
    "MAX_HTML_BYTES",
    "NO_CHINESE_MESSAGE",
    "OFFERED_ENCODINGS",
    "Chapter",
    "LoadCancelled",
    "LoadError",
    "LoadedDocument",
    "TooLargeError",
    "document_from_clipboard",
    "load_document",
]

# A news article is a few kB and a whole novel in GBK about 2 MB: 20 MiB is far beyond any real
# article, yet still loads in about a second, so above it the window asks before going on.
LARGE_FILE_BYTES = 20 * 1024 * 1024
# Even with allow_large=True nothing bigger is read: 64 MiB of GBK is 30 M characters, which the
# window, its five script views and the engine process's copy already take gigabytes to hold.
MAX_FILE_BYTES = 64 * 1024 * 1024
# A news page is well under 5 MB of markup; a bigger one is not parsed (the parse tree and the
# article extractor's copies of it take about ten times the page's size).
MAX_HTML_BYTES = 16 * 1024 * 1024
_READ_CHUNK = 4 * 1024 * 1024
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
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    allow_large: bool = False,
    progress: Progress | None = None,
) -> LoadedDocument:
    """Load the file at ``path``.

    ``encoding`` overrides detection for text, Markdown and HTML (any Python codec name; the
    window offers :data:`OFFERED_ENCODINGS`); EPUB books ignore it. ``allow_large`` lets files
    over :data:`LARGE_FILE_BYTES` through (after the reader agreed to wait). ``progress`` is
    called now and then with the share done (0…1); it may raise :class:`LoadCancelled`.
    Raises :class:`LoadError` (or :class:`TooLargeError`) with a message for the reader.
    """
    path = Path(path)
    report = progress or _no_progress
    data = _read_file(path, allow_large=allow_large, progress=lambda share: report(share / 2))
    return _document_from_bytes(path, data, encoding, lambda share: report(0.5 + share / 2))


def _no_progress(_share: float) -> None:
    pass


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
    text = tidy_text(text).removeprefix("\ufeff")
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


def _read_file(path: Path, *, allow_large: bool, progress: Progress) -> bytes:
    name = short_name(path)
    try:
        descriptor = _open_read_only(path)
    except FileNotFoundError:
        raise LoadError(f"There is no file “{name}” (it may have been moved or deleted).") from None
    except IsADirectoryError:
        raise LoadError(f"“{name}” is a folder, not a file.") from None
    except PermissionError:
        raise LoadError(f"You do not have permission to read “{name}”.") from None
    except (OSError, ValueError) as error:  # name too long, symlink loop, NUL in the name…
        if getattr(error, "errno", None) == errno.ENXIO:  # a socket, or a device with nothing behind it
            raise LoadError(_not_ordinary(name)) from None
        raise LoadError(f"Yanlu cannot open “{name}”: {_reason(error)}.") from None
    try:
        info = os.fstat(descriptor)
        _check_kind_and_size(info, name, allow_large=allow_large)
        limit = MAX_FILE_BYTES if allow_large else LARGE_FILE_BYTES
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            # Read in chunks (progress, cancel) up to the size fstat gave; read on only if the file
            # grew meanwhile, or reports no size (as /proc files do), and never past the limit.
            chunks: list[bytes] = []
            total = 0
            while total <= limit:
                chunk = stream.read(min(_READ_CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                progress(min(1.0, total / max(1, info.st_size)))
            data = b"".join(chunks)
            del chunks
    except OSError as error:  # I/O error on a bad disk or a vanished network share
        raise LoadError(f"Yanlu could not read “{name}”: {_reason(error)}.") from None
    finally:
        os.close(descriptor)
    if len(data) > limit:  # the file grew after fstat
        raise _too_large(len(data), allow_large=allow_large)
    return data


def _check_kind_and_size(info: os.stat_result, name: str, *, allow_large: bool) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"“{name}” is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(_not_ordinary(name))
    if info.st_size > MAX_FILE_BYTES or (info.st_size > LARGE_FILE_BYTES and not allow_large):
        raise _too_large(info.st_size, allow_large=allow_large)


def _not_ordinary(name: str) -> str:
    return f"“{name}” is not an ordinary file (it is a device, pipe or socket)."


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


def _document_from_bytes(
    path: Path, data: bytes, encoding: str | None, progress: Progress
) -> LoadedDocument:
    if not data:
        raise LoadError("This file is empty.")
    suffix = path.suffix.lower()
    if suffix == ".epub" or is_epub_archive(data):
        return _epub_document(path, data, progress)
    binary = describe_binary(data)
    if binary is not None:
        raise LoadError(f"This looks like {binary}, not text.")
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and looks_like_html(data)):
        if len(data) > MAX_HTML_BYTES:
            raise TooLargeError(
                f"This web page is {describe_size(len(data))}; Yanlu reads web pages up to "
                f"{describe_size(MAX_HTML_BYTES)}.",
                size=len(data),
                limit=MAX_HTML_BYTES,
                hard=True,
            )
        return _html_document(path, data, encoding)
    return _text_document(path, data, encoding, markdown=suffix in MARKDOWN_SUFFIXES)


def _text_document(path: Path, data: bytes, encoding: str | None, *, markdown: bool) -> LoadedDocument:
    decoded = decode_bytes(data, encoding)
    text = tidy_text(decoded.text)
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
    page = tidy_text(decoded.text)
    _require_content(page, "This file contains only white space.")
    title, text = extract_article(page)
    return _single_chapter(path, "html", decoded.encoding, title, text, decoded.replacements)


def _epub_document(path: Path, data: bytes, progress: Progress) -> LoadedDocument:
    if not data.startswith(b"PK"):
        raise LoadError("This file is named like an EPUB book but is not one.")
    title, chapters = read_epub(data, progress)
    chapters = tuple(Chapter(c.title, tidy_text(c.text)) for c in chapters)
    return LoadedDocument(
        path=path,
        format="epub",
        encoding=None,
        title=title,
        chapters=chapters,
        has_chinese=any(contains_chinese(c.text) for c in chapters),
        language="ko" if looks_korean(chapters[0].text) else None,
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
        language="ko" if looks_korean(text) else None,
    )


def _require_content(text: str, message: str) -> None:
    """Raise ``message`` when the text is nothing but white space and invisible characters."""
    if not text.strip(_BLANK_CHARS):
        raise LoadError(message)
