"""Bad input: each case ends in a LoadError with a one-line message, fast, and nothing is written."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import os
import threading
import time
import zipfile
from pathlib import Path

import pytest
from loader_samples import build_epub, corpus_text, news_page, paragraphs

from gui.engine.formats import loader
from gui.engine.formats.loader import (
    LARGE_FILE_BYTES,
    NO_CHINESE_MESSAGE,
    LoadedDocument,
    LoadError,
    TooLargeError,
    load_document,
)

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
)


def load_error(path: Path, **kwargs: object) -> LoadError:
    """Load ``path`` expecting a LoadError; check its message is one readable line."""
    with pytest.raises(LoadError) as caught:
        load_document(path, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message and "\n" not in message and "Traceback" not in message
    assert len(message) < 200
    return caught.value


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def test_missing_file(tmp_path):
    error = load_error(tmp_path / "nowhere.txt")
    assert "nowhere.txt" in str(error) and "no file" in str(error)


def test_directory(tmp_path):
    assert "folder" in str(load_error(tmp_path))


def test_unreadable_file_via_permission_error(tmp_path, monkeypatch):
    """Tests run as root, who can read anything, so the refusal is simulated at the open call."""
    path = write(tmp_path, "secret.txt", "中文".encode())

    def refuse(_path: Path) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loader, "_open_read_only", refuse)
    assert "permission" in str(load_error(path))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file_for_real(tmp_path):
    path = write(tmp_path, "secret.txt", "中文".encode())
    path.chmod(0)
    assert "permission" in str(load_error(path))


def test_other_open_failures(tmp_path):
    load_error(tmp_path / "bad\0name.txt")
    load_error(tmp_path / ("x" * 5000 + ".txt"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(_try_load(fifo)), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert not worker.is_alive(), "loading a FIFO hung"
    assert isinstance(outcome[0], LoadError) and "not an ordinary file" in str(outcome[0])


def _try_load(path: Path) -> object:
    try:
        return load_document(path)
    except LoadError as error:
        return error


def test_empty_file(tmp_path):
    assert str(load_error(write(tmp_path, "empty.txt", b""))) == "This file is empty."


@pytest.mark.parametrize(
    "data",
    [b"   ", b"\r\n\r\n\t \n", "\u3000\u3000\n".encode(), "\ufeff \n".encode("utf-16"), b"\xef\xbb\xbf"],
)
def test_only_white_space(tmp_path, data):
    assert "white space" in str(load_error(write(tmp_path, "blank.txt", data)))


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("picture.png", PNG, "PNG image"),
        ("picture.txt", PNG, "PNG image"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        ("archive.zip", zip_bytes({"a.txt": b"hello"}), "ZIP archive"),
        ("report.docx", zip_bytes({"[Content_Types].xml": b"<Types/>"}), "ZIP archive"),
        ("notes.txt.gz", gzip.compress("中文".encode()), "gzip"),
        ("program", b"\x7fELF\x02\x01\x01" + bytes(100), "a program"),
    ],
)
def test_binary_files_are_named(tmp_path, name, data, what):
    message = str(load_error(write(tmp_path, name, data)))
    assert what in message and "not text" in message


def test_unknown_binary(tmp_path):
    data = bytes(range(256)) * 64
    assert "not look like text" in str(load_error(write(tmp_path, "blob.dat", data)))


@pytest.mark.parametrize(
    "data", [b"\x80\xff" * 500, b"\x81\x7f" * 300 + b"\xff", bytes(4096)], ids=["80ff", "817f", "nul"]
)
def test_invalid_in_every_candidate_encoding(tmp_path, data):
    load_error(write(tmp_path, "garbage.txt", data))


def test_too_large_file_needs_permission(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: instant, and no 50 MB committed anywhere
        stream.truncate(50 * 1024 * 1024)
    with pytest.raises(TooLargeError) as caught:
        load_document(path)
    assert caught.value.size == 50 * 1024 * 1024
    assert caught.value.limit == LARGE_FILE_BYTES and not caught.value.hard
    assert "52.4 MB" in str(caught.value)


def test_large_file_loads_with_allow_large(tmp_path):
    line = "他說：「這是一個很長的檔案。」\n"
    repeats = LARGE_FILE_BYTES // len(line.encode()) + 1000
    path = tmp_path / "large.txt"
    path.write_bytes(line.encode() * repeats)
    with pytest.raises(TooLargeError):
        load_document(path)
    document = load_document(path, allow_large=True)
    assert document.text.startswith(line) and len(document.text) == len(line) * repeats


def test_over_the_hard_limit_even_with_allow_large(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path, "big.txt", "中".encode() * 400)
    with pytest.raises(TooLargeError) as caught:
        load_document(path, allow_large=True)
    assert caught.value.hard and caught.value.size == 1200


@pytest.mark.parametrize(
    ("name", "unit"),
    [("line.txt", "他說「好」。"), ("line.md", "*他[說*「好」"), ("line.html", "中")],
    ids=str,
)
def test_five_million_character_line_loads(tmp_path, name, unit):
    text = unit * (5_000_000 // len(unit))
    data = text.encode("utf-8")
    if name.endswith(".html"):
        data = f"<html><body><p>{text}</p></body></html>".encode()
    path = write(tmp_path, name, data)
    document = load_document(path)
    expected = text.replace("*", "") if name.endswith(".md") else text  # emphasis markers go
    assert document.text == expected


def test_five_million_character_line_in_gbk(tmp_path):
    text = "他說「好」。" * 833_334
    path = write(tmp_path, "line-gbk.txt", text.encode("gb18030"))
    assert load_document(path).text == text


def test_text_without_chinese_loads_with_a_flag(tmp_path):
    path = write(tmp_path, "english.txt", b'The minister said: "We will act."\r\n')
    document = load_document(path)
    assert document.text == 'The minister said: "We will act."\n'
    assert not document.has_chinese
    assert document.warnings == (NO_CHINESE_MESSAGE,)


def test_chinese_text_has_no_warning(tmp_path):
    document = load_document(write(tmp_path, "zh.txt", "他說：「好。」".encode()))
    assert document.has_chinese and document.warnings == ()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.epub", b"PK\x03\x04" + b"\x00" * 200),
        ("not-a-book.epub", "這不是一本書".encode()),
        ("empty-zip.epub", zip_bytes({"mimetype": b"application/epub+zip"})),
        ("no-opf.epub", zip_bytes({"mimetype": b"application/epub+zip", "META-INF/container.xml": b"<c/>"})),
    ],
)
def test_broken_epub(tmp_path, name, data):
    message = str(load_error(write(tmp_path, name, data)))
    assert "EPUB" in message


def test_truncated_epub(tmp_path):
    book = build_epub([("a.xhtml", "第一章", "<p>他說：「好。」</p>")])
    load_error(write(tmp_path, "cut.epub", book[: len(book) // 2]))


# ---------------------------------------------------------------------------------------------
# Yanlu never writes to what it opened


def all_fixtures(tmp_path: Path) -> list[Path]:
    """One file of every kind the loader meets, good and bad, in its own folder."""
    folder = tmp_path / "fixtures"
    folder.mkdir()
    article = corpus_text("tw-jeju-bird-radar")
    files = {
        "utf8.txt": article.encode("utf-8"),
        "utf8-bom.txt": article.encode("utf-8-sig"),
        "utf16.txt": article.encode("utf-16"),
        "gb18030.txt": corpus_text("cn-roy-comeback").encode("gb18030"),
        "big5-crlf.txt": article.replace("。", "。\r\n").encode("big5"),
        "notes.md": "# 標題\n\n**他說**：「好。」\n".encode(),
        "page.html": news_page("標題", paragraphs(article), charset="big5").encode("big5"),
        "book.epub": build_epub([("a.xhtml", "第一章", "<p>他說：「好。」</p>")]),
        "english.txt": b"No Chinese here.",
        "empty.txt": b"",
        "blank.txt": b" \r\n",
        "picture.png": PNG,
        "garbage.txt": b"\x80\xff" * 100,
        "broken.epub": b"PK\x03\x04broken",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    # read-only files too: loading must not need (or try) write access
    (folder / "readonly.txt").write_bytes(article.encode("utf-8"))
    (folder / "readonly.txt").chmod(0o444)
    return sorted(folder.iterdir())


def snapshot(folder: Path) -> dict[str, tuple[str, int, int]]:
    return {
        path.name: (
            hashlib.sha256(path.read_bytes()).hexdigest(),
            path.stat().st_mtime_ns,
            path.stat().st_mode,
        )
        for path in folder.iterdir()
    }


def test_loading_never_writes_to_the_file_or_beside_it(tmp_path):
    fixtures = all_fixtures(tmp_path)
    folder = fixtures[0].parent
    before = snapshot(folder)
    time.sleep(0.01)  # a write now would move mtime visibly
    outcomes = {}
    for path in fixtures:
        try:
            outcomes[path.name] = load_document(path).format
        except LoadError as error:
            outcomes[path.name] = type(error).__name__
    assert snapshot(folder) == before  # same names (nothing created), same bytes, same mtimes
    assert outcomes["book.epub"] == "epub" and outcomes["page.html"] == "html"
    assert outcomes["empty.txt"] == outcomes["broken.epub"] == "LoadError"


def test_files_are_opened_read_only(tmp_path, monkeypatch):
    flags_seen: list[int] = []
    real_open = os.open

    def spy(path: object, flags: int, *args: object) -> int:
        flags_seen.append(flags)
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(loader.os, "open", spy)
    for path in all_fixtures(tmp_path):
        with contextlib.suppress(LoadError):
            load_document(path)
    assert flags_seen
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    assert all(flags & write_flags == 0 for flags in flags_seen)


def test_result_is_immutable(tmp_path):
    document = load_document(write(tmp_path, "zh.txt", "中文".encode()))
    assert isinstance(document, LoadedDocument)
    with pytest.raises(AttributeError):
        document.title = "x"  # type: ignore[misc]
