"""Recognise common binary files by their first bytes, so a reader who opens a picture or a PDF
is told what it is instead of being shown a screen of mojibake."""

from __future__ import annotations

# (signature, offset, what the file is). Only signatures long or specific enough that no text
# file starts with them; weaker ones are checked in describe_binary below.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"\x00\x00\x01\x00", 0, "an icon file"),
    (b"%PDF-", 0, "a PDF document"),
    (b"{\\rtf", 0, "an RTF document (save it as plain text first)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document (.doc or .xls)"),
    (b"PK\x03\x04", 0, "a ZIP archive (or a Word, Excel or other Office file)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"\x1f\x8b", 0, "a compressed (gzip) file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\xfd7zXZ\x00", 0, "a compressed (xz) file"),
    (b"\x28\xb5\x2f\xfd", 0, "a compressed (Zstandard) file"),
    (b"1AY&SY", 4, "a compressed (bzip2) file"),
    (b"\x7fELF", 0, "a program"),
    (b"\xca\xfe\xba\xbe", 0, "a program (Java or macOS)"),
    (b"\xcf\xfa\xed\xfe", 0, "a macOS program"),
    (b"\x00asm", 0, "a WebAssembly program"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"OggS", 0, "an audio or video file (Ogg)"),
    (b"fLaC", 0, "an audio file (FLAC)"),
    (b"ftyp", 4, "a video, audio or image file (MP4/MOV/HEIC)"),
    (b"wOFF", 0, "a web font"),
    (b"wOF2", 0, "a web font"),
)

_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "an audio file (WAV)", b"AVI ": "a video file (AVI)"}


def describe_binary(data: bytes) -> str | None:
    """What a binary file is ("a PNG image"), or None if its first bytes match no known format."""
    for signature, offset, what in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            return what
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data.startswith(b"ID3") and len(data) > 10 and data[3] in (2, 3, 4) and data[4] == 0:
        return "an audio file (MP3)"
    # "MZ" alone could begin a sentence; a Windows program also has NUL bytes in its header.
    if data.startswith(b"MZ") and len(data) >= 64 and b"\x00" in data[2:64]:
        return "a Windows program"
    return None
