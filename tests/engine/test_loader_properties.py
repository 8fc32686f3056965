"""Property-based: whatever the bytes or the pasted string, the loader returns a document or
raises LoadError, nothing else."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from loader_samples import build_epub

from gui.engine.formats.loader import LoadedDocument, LoadError, document_from_clipboard, load_document
from gui.engine.formats.text_decoding import tidy_text

EXTENSIONS = ["", ".txt", ".md", ".html", ".htm", ".xhtml", ".epub", ".json", ".png", ".TXT"]

# Prefixes that steer the bytes into each branch of the loader: byte-order marks, HTML, ZIP/EPUB,
# binary signatures, and valid Chinese text in the usual encodings.
PREFIXES = [
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"\x84\x31\x95\x33",
    b"<!DOCTYPE html><html><head><meta charset=big5>",
    b"<?xml version='1.0' encoding='gbk'?><html><body><p>",
    b"PK\x03\x04",
    b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x14\x00\x00\x00\x14\x00\x00\x00"
    b"\x08\x00\x00\x00mimetypeapplication/epub+zip",
    b"\x89PNG\r\n\x1a\n",
    b"%PDF-",
    b"---\ntitle: ",
    "他說：「".encode("big5"),
    "他说：“".encode("gb18030"),
    "他說：「".encode(),
]

file_bytes = st.one_of(
    st.binary(max_size=3000),
    st.builds(lambda prefix, rest: prefix + rest, st.sampled_from(PREFIXES), st.binary(max_size=2000)),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(alphabet=st.characters(codec="gb18030"), max_size=300).map(lambda t: t.encode("gb18030")),
    st.text(alphabet=st.characters(codec="big5"), max_size=300).map(lambda t: t.encode("big5")),
)


def check_document(document: LoadedDocument) -> None:
    assert document.chapters and all(isinstance(c.text, str) for c in document.chapters)
    assert all("\r" not in c.text for c in document.chapters)
    assert isinstance(document.has_chinese, bool)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=file_bytes,
    extension=st.sampled_from(EXTENSIONS),
    encoding=st.sampled_from([None, None, "big5", "utf-8"]),
)
def test_arbitrary_bytes_give_a_document_or_a_load_error(data, extension, encoding):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{extension}"
        path.write_bytes(data)
        try:
            document = load_document(path, encoding=encoding)
        except LoadError as error:
            assert str(error) and "\n" not in str(error)
        else:
            check_document(document)


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(min_value=0, max_value=10_000), flip=st.integers(min_value=0, max_value=10_000))
def test_damaged_epub_gives_a_document_or_a_load_error(cut, flip):
    book = bytearray(
        build_epub([("a.xhtml", "第一章", "<p>他說：「好。」</p>"), ("b.xhtml", "第二章", "<p>完。</p>")])
    )
    if flip < len(book):
        book[flip] ^= 0xFF
    data = bytes(book[: max(1, len(book) - cut)])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.epub"
        path.write_bytes(data)
        with contextlib.suppress(LoadError):
            check_document(load_document(path))


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=2000), st.text(alphabet=" \t\r\n\u3000\u200b\ufeff\xa0", max_size=20)))
def test_arbitrary_pasted_text_gives_a_document_or_a_load_error(text):
    try:
        document = document_from_clipboard(text)
    except LoadError as error:
        assert str(error)
        assert all(c.isspace() or c in "\u200b\u200c\u200d\u2060\ufeff" for c in tidy_text(text))
    else:
        check_document(document)
        # line breaks as "\n", meaningless controls (NUL, ESC, C1) dropped, nothing else changed
        assert document.text == tidy_text(text).removeprefix("\ufeff")
