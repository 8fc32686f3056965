"""Messages from the Qt-free parts of Yanlu (the loader, the settings file) in the interface's language.

The engine and the settings store write their messages in English, with the file name or the
reason filled in ("There is no file “新聞.txt” (it may have been moved or deleted)."), and the
command line prints them so. The window passes each one through :func:`translated`, which finds
the template it was made from, translates the template (context "Messages") and puts the filled
in parts back, themselves translated where they are Yanlu's own words (a PNG image, 12 bytes).
A message that matches no template is shown as it is. tests/gui/test_interface_language.py
checks that every message the loader and the settings can give matches one.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Messages"

# Whole messages; %1, %2 stand for what the engine fills in.
TEMPLATES = (
    # Opening files (gui/engine/formats/loader.py)
    QT_TRANSLATE_NOOP(
        "Messages", "The pasted text has %1 characters, more than the %2 Yanlu takes without asking."
    ),
    QT_TRANSLATE_NOOP("Messages", "There is no text to paste."),
    QT_TRANSLATE_NOOP("Messages", "The pasted text is only white space."),
    QT_TRANSLATE_NOOP("Messages", "There is no file “%1” (it may have been moved or deleted)."),
    QT_TRANSLATE_NOOP("Messages", "“%1” is a folder, not a file."),
    QT_TRANSLATE_NOOP("Messages", "You do not have permission to read “%1”."),
    QT_TRANSLATE_NOOP("Messages", "“%1” is not an ordinary file (it is a device, pipe or socket)."),
    QT_TRANSLATE_NOOP("Messages", "Yanlu cannot open “%1”: %2."),
    QT_TRANSLATE_NOOP("Messages", "Yanlu could not read “%1”: %2."),
    QT_TRANSLATE_NOOP("Messages", "This file is %1, too large for Yanlu to open (the limit is %2)."),
    QT_TRANSLATE_NOOP("Messages", "This file is %1; files over %2 may take a while to open."),
    QT_TRANSLATE_NOOP("Messages", "This file is empty."),
    QT_TRANSLATE_NOOP("Messages", "This looks like %1, not text."),
    QT_TRANSLATE_NOOP("Messages", "This web page is %1; Yanlu reads web pages up to %2."),
    QT_TRANSLATE_NOOP("Messages", "This file is named like an EPUB book but is not one."),
    QT_TRANSLATE_NOOP("Messages", "This file contains only white space."),
    QT_TRANSLATE_NOOP("Messages", "This Markdown file has no text, only markup."),
    QT_TRANSLATE_NOOP("Messages", "Opening was cancelled."),
    QT_TRANSLATE_NOOP("Messages", "Yanlu could not open this file (%1)."),
    QT_TRANSLATE_NOOP("Messages", "Yanlu could not open this file."),
    # Encodings (gui/engine/formats/text_decoding.py)
    QT_TRANSLATE_NOOP("Messages", "“%1” is not an encoding Yanlu knows."),
    QT_TRANSLATE_NOOP("Messages", "“%1” is not a text encoding."),
    QT_TRANSLATE_NOOP("Messages", "This file is not valid %1: unreadable bytes from position %2 on."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "This file does not look like text: its bytes are not valid in any encoding Yanlu knows "
        "(it may be damaged, or a binary file).",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "This file does not look like text (it may be a program or a binary file)."
    ),
    QT_TRANSLATE_NOOP("Messages", "This file is damaged: many of its bytes are not valid text."),
    # EPUB books (gui/engine/formats/epub_reader.py)
    QT_TRANSLATE_NOOP("Messages", "This EPUB book is damaged and Yanlu cannot open it."),
    QT_TRANSLATE_NOOP("Messages", "This EPUB book is copy-protected (DRM), so Yanlu cannot read its text."),
    QT_TRANSLATE_NOOP("Messages", "This EPUB book has %1 files in it, too many to be a real book."),
    QT_TRANSLATE_NOOP("Messages", "This EPUB book has %1 chapters, more than Yanlu can show."),
    QT_TRANSLATE_NOOP("Messages", "This EPUB book has no text that Yanlu can read."),
    QT_TRANSLATE_NOOP("Messages", "This EPUB book unpacks to more than %1 in one chapter, too much to open."),
    QT_TRANSLATE_NOOP("Messages", "This EPUB book unpacks to more than %1 in one file, too much to open."),
    QT_TRANSLATE_NOOP("Messages", "This EPUB book unpacks to more than %1 of text, too much to open."),
    # Web pages (gui/engine/formats/html_extraction.py)
    QT_TRANSLATE_NOOP("Messages", "This web page has no article text that Yanlu can read."),
    QT_TRANSLATE_NOOP("Messages", "Yanlu cannot read web pages on this computer (%1 is missing)."),
    QT_TRANSLATE_NOOP("Messages", "This web page is damaged and Yanlu cannot read it."),
    QT_TRANSLATE_NOOP("Messages", "This web page is empty."),
    # Notes above a document that did load (gui/engine/document.py)
    QT_TRANSLATE_NOOP(
        "Messages",
        "This text contains no Chinese characters, so Yanlu will probably find no quotations in it.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "This text is in Korean, not Chinese, so Yanlu will probably find no quotations in it."
    ),
    QT_TRANSLATE_NOOP("Messages", "%1 damaged spot(s) in this file could not be read and are shown as �."),
    # The settings file (gui/settings.py)
    QT_TRANSLATE_NOOP(
        "Messages",
        "Your settings file “%1” is not an ordinary file (a pipe or a device), so Yanlu neither reads "
        "nor saves settings.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Yanlu cannot read its settings file “%1” (%2); it started with defaults and will not save over it.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Your settings could not be read; Yanlu started with defaults (the old file is kept as “%1”).",
    ),
    QT_TRANSLATE_NOOP("Messages", "Your settings could not be read; Yanlu started with defaults."),
    QT_TRANSLATE_NOOP(
        "Messages",
        "Yanlu cannot save its settings in “%1” (permission denied); changes will be lost when it quits.",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "Yanlu cannot save its settings to “%1” (%2); changes will be lost when it quits."
    ),
)

# Filled-in parts that are Yanlu's own words (gui/engine/formats/file_sniffing.py, text_decoding.py).
PARTS = (
    QT_TRANSLATE_NOOP("Messages", "a PNG image"),
    QT_TRANSLATE_NOOP("Messages", "a JPEG image"),
    QT_TRANSLATE_NOOP("Messages", "a GIF image"),
    QT_TRANSLATE_NOOP("Messages", "a TIFF image"),
    QT_TRANSLATE_NOOP("Messages", "an icon file"),
    QT_TRANSLATE_NOOP("Messages", "a PDF document"),
    QT_TRANSLATE_NOOP("Messages", "an RTF document (save it as plain text first)"),
    QT_TRANSLATE_NOOP("Messages", "an old Microsoft Office document (.doc or .xls)"),
    QT_TRANSLATE_NOOP("Messages", "a ZIP archive (or a Word, Excel or other Office file)"),
    QT_TRANSLATE_NOOP("Messages", "an empty ZIP archive"),
    QT_TRANSLATE_NOOP("Messages", "a compressed (gzip) file"),
    QT_TRANSLATE_NOOP("Messages", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("Messages", "a RAR archive"),
    QT_TRANSLATE_NOOP("Messages", "a compressed (xz) file"),
    QT_TRANSLATE_NOOP("Messages", "a compressed (Zstandard) file"),
    QT_TRANSLATE_NOOP("Messages", "a compressed (bzip2) file"),
    QT_TRANSLATE_NOOP("Messages", "a program"),
    QT_TRANSLATE_NOOP("Messages", "a program (Java or macOS)"),
    QT_TRANSLATE_NOOP("Messages", "a macOS program"),
    QT_TRANSLATE_NOOP("Messages", "a WebAssembly program"),
    QT_TRANSLATE_NOOP("Messages", "an SQLite database"),
    QT_TRANSLATE_NOOP("Messages", "an audio or video file (Ogg)"),
    QT_TRANSLATE_NOOP("Messages", "an audio file (FLAC)"),
    QT_TRANSLATE_NOOP("Messages", "a video, audio or image file (MP4/MOV/HEIC)"),
    QT_TRANSLATE_NOOP("Messages", "a web font"),
    QT_TRANSLATE_NOOP("Messages", "a WebP image"),
    QT_TRANSLATE_NOOP("Messages", "an audio file (WAV)"),
    QT_TRANSLATE_NOOP("Messages", "a video file (AVI)"),
    QT_TRANSLATE_NOOP("Messages", "an audio file (MP3)"),
    QT_TRANSLATE_NOOP("Messages", "a Windows program"),
    QT_TRANSLATE_NOOP("Messages", "GB18030 (Simplified Chinese, all characters)"),
    QT_TRANSLATE_NOOP("Messages", "GBK (Simplified Chinese, Windows)"),
    QT_TRANSLATE_NOOP("Messages", "GB2312 (Simplified Chinese, basic)"),
    QT_TRANSLATE_NOOP("Messages", "Big5 (Traditional Chinese, Taiwan)"),
    QT_TRANSLATE_NOOP("Messages", "Big5-HKSCS (Traditional Chinese, Hong Kong)"),
)
# The system's reasons a file could not be written (its strerror: English in the C locale Qt
# leaves Python in, whatever the interface's language).
OS_REASONS = (
    QT_TRANSLATE_NOOP("Messages", "No such file or directory"),
    QT_TRANSLATE_NOOP("Messages", "Permission denied"),
    QT_TRANSLATE_NOOP("Messages", "No space left on device"),
    QT_TRANSLATE_NOOP("Messages", "Read-only file system"),
    QT_TRANSLATE_NOOP("Messages", "Is a directory"),
    QT_TRANSLATE_NOOP("Messages", "File name too long"),
)
_BYTES = QT_TRANSLATE_NOOP("Messages", "%1 bytes")
_SIZE_IN_BYTES = re.compile(r"([\d,]+) bytes")
_PLACEHOLDER = re.compile(r"%(\d)")


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    def pattern(template: str) -> re.Pattern[str]:
        pieces = _PLACEHOLDER.split(template)  # text, digit, text, digit, …, text
        regex = "".join(re.escape(p) if k % 2 == 0 else f"(?P<p{p}>.+?)" for k, p in enumerate(pieces))
        return re.compile(regex, re.DOTALL)

    return tuple((template, pattern(template)) for template in TEMPLATES)


def matches_template(message: str) -> bool:
    """True when ``message`` was made from one of the templates (so it can be translated)."""
    return any(pattern.fullmatch(message) for _, pattern in _patterns())


def translated(message: str) -> str:
    """``message`` in the interface's language (as it is when no template made it)."""
    for template, pattern in _patterns():
        match = pattern.fullmatch(message)
        if match is None:
            continue
        return _filled(QCoreApplication.translate(_CONTEXT, template), match)
    return message


def os_reason(error: OSError) -> str:
    """Why ``error`` happened, in the interface's language where the system's words are known."""
    reason = error.strerror or str(error)
    return QCoreApplication.translate(_CONTEXT, reason) if reason in OS_REASONS else reason


def _filled(text: str, match: re.Match[str]) -> str:
    """``text`` with %1, %2 … replaced at once (a file name holding "%2" stays as it is)."""
    values = {name[1:]: _part(value) for name, value in match.groupdict().items()}
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group()), text)


def _part(value: str) -> str:
    if value in PARTS:
        return QCoreApplication.translate(_CONTEXT, value)
    size = _SIZE_IN_BYTES.fullmatch(value)
    if size:
        return QCoreApplication.translate(_CONTEXT, _BYTES).replace("%1", size.group(1))
    return value
