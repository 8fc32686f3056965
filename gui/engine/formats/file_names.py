"""File names as they may be shown: in a message, a window title, a menu or a terminal.

A file name is whatever bytes the file system allows: newlines, terminal escape codes, bytes that
are not UTF-8 (Python hands those over as lone surrogates, ``os.fsdecode``'s "surrogateescape"),
right-to-left overrides that reverse what follows. :func:`printable` shows every such character
as an escape (``\\n``, ``\\x1b``, ``\\xff``, ``\\u202e``), so the name stays one line, draws nothing
and can be read back. It is plain text: widgets must still show it as plain text, never as HTML.
"""

from __future__ import annotations

import os

from gui.engine import regex_cache as re

# C0 and C1 controls and DEL, lone surrogates, and the invisible bidirectional formatting marks.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
SHORT_NAME_CHARS = 60


def printable(text: str) -> str:
    """``text`` with every control, undecodable byte and bidi mark shown as an escape."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not valid UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def short_name(path: str | os.PathLike[str]) -> str:
    """The last part of ``path`` (its file name), printable and shortened to one readable line."""
    text = os.fspath(path)
    return shortened(os.path.basename(text.rstrip("/\\")) or text)


def shortened(text: str) -> str:
    """``text`` printable, and cut in the middle to one readable line when it is long (a link
    dropped from a browser may be a data: address of a whole image, and a label does not wrap
    inside a word: the window grew as wide as the address)."""
    if len(text) > SHORT_NAME_CHARS:
        return f"{printable(text[:40])}…{printable(text[-15:])}"
    return printable(text)
