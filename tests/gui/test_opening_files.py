"""Opening what readers bring, through the real window: good files show, bad ones get a message
and the article being read stays on screen; nothing is ever written to an opened file."""

from __future__ import annotations

import hashlib
import zipfile

import pytest
from loader_samples import build_epub, corpus_text, news_page, paragraphs
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from gui.engine.formats import loader
from gui.engine.scripts.script_variants import Variant

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def _fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _bad_inputs(tmp_path):
    """Each bad input a reader might open, with a word its message must contain."""
    (tmp_path / "folder").mkdir()
    files = {
        "empty.txt": b"",
        "blank.txt": " \n\t\u3000\n".encode(),
        "picture.png": PNG + bytes(200),
        "archive.zip": b"PK\x03\x04" + bytes(100),
        "paper.pdf": b"%PDF-1.7\n" + bytes(100),
        "garbage.txt": bytes(range(128, 256)) * 40,
        "broken.epub": b"PK\x03\x04 not really a book",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    cases = [(tmp_path / name, None) for name in files]
    return [(tmp_path / "missing.txt", None), (tmp_path / "folder", None), *cases]


def test_bad_inputs_get_a_message_and_the_article_stays(qtbot, window, tmp_path):
    shown = window.article_view.toPlainText()
    reading = window.reading
    for path, _ in _bad_inputs(tmp_path):
        before = _fingerprint(path) if path.is_file() else None
        assert window.open_file(str(path)) is False
        message = window.message_bar.text()
        assert message and "Traceback" not in message, path.name
        assert window.reading is reading and window.article_view.toPlainText() == shown
        if before is not None:
            assert _fingerprint(path) == before, f"{path.name} was changed"


def test_a_huge_file_is_offered_not_forced(qtbot, window, tmp_path, monkeypatch):
    article = tmp_path / "long.txt"
    article.write_text(corpus_text("cn-roy-comeback"), encoding="utf-8")
    monkeypatch.setattr(loader, "LARGE_FILE_BYTES", 1000)  # the real limit is 20 MiB
    assert window.open_file(str(article)) is False
    assert window.message_bar.action_button.text() == "Open Anyway"
    assert window.message_bar.action_button.isVisible()
    window.message_bar.action_button.click()
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.article_view.toPlainText().startswith("本季最强励志片")
    assert window.message_bar.text() == ""


def test_fifty_megabytes_is_refused_quickly_with_the_size(qtbot, window, tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert window.open_file(str(big)) is False
    assert "MB" in window.message_bar.text()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030", "big5"])
def test_encoded_articles_open_with_identical_text_and_quotations(qtbot, window, tmp_path, encoding):
    name = "tw-jeju-bird-radar" if encoding == "big5" else "cn-fan-bin-apology"
    text = corpus_text(name)
    path = tmp_path / f"{name}.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    assert window.open_file(str(path))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.reading.text == text
    from gui.engine.speech.analysis import analyze

    assert window.reading.analysis == analyze(text)
    assert path.name in window.windowTitle()


def test_opening_keeps_the_chosen_script(qtbot, window, tmp_path):
    window.script_bar.button(Variant.HK).click()
    path = tmp_path / "a.txt"
    path.write_text(corpus_text("cn-mutombo-visit"), encoding="gbk")
    assert window.open_file(str(path))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.script_bar.variant() is Variant.HK
    assert window._shown.variant is Variant.HK
    assert "穆大叔" in window.article_view.toPlainText()  # 大叔 is the same in every script


def test_html_page_shows_the_article_not_the_page(qtbot, window, tmp_path):
    text = corpus_text("tw-meme-page-prosecutors")
    page = tmp_path / "news.html"
    page.write_text(news_page("迷因粉專遭搜索", paragraphs(text)), encoding="utf-8")
    assert window.open_file(str(page))
    shown = window.article_view.toPlainText()
    assert "SCRIPT_RAN" not in shown and "網站導航" not in shown
    assert paragraphs(text)[0] in shown


def test_epub_chapters_are_listed_in_order(qtbot, window, tmp_path):
    book = tmp_path / "book.epub"
    book.write_bytes(
        build_epub(
            [
                ("one.xhtml", "第一章", "<p>“我們今天就出發。”他說。</p>"),
                ("two.xhtml", "第二章", "<p>她回答：“好的，明天見。”</p>"),
            ]
        )
    )
    assert window.open_file(str(book))
    box = window.chapter_box
    assert [box.itemText(i) for i in range(box.count())] == ["第一章", "第二章"]
    assert window._chapter_action.isVisible()
    window._on_chapter_chosen(1)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert "明天見" in window.article_view.toPlainText()


def test_reopen_with_another_encoding(qtbot, window, tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("他說：“今天很好。”".encode("gb18030"))
    assert window.open_file(str(path))
    actions = {a.text(): a for a in window.encoding_menu.actions()}
    assert actions["gb18030"].isChecked() or actions["gbk"].isChecked()
    actions["utf-8"].trigger()  # wrong on purpose: the reader gets a message, the text stays
    assert window.message_bar.text()
    assert "今天很好" in window.article_view.toPlainText()


def test_paste_as_article(qtbot, window):
    QGuiApplication.clipboard().setText("記者問他怎麼看。王大明說：“我們會繼續努力。”")
    window.paste_action.trigger()
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.article_view.toPlainText().startswith("記者問他")


def test_pasting_nothing_says_so(qtbot, window):
    shown = window.article_view.toPlainText()
    QGuiApplication.clipboard().setText("   ")
    window.paste_action.trigger()
    assert window.message_bar.text()
    assert window.article_view.toPlainText() == shown


def test_dropping_a_file_opens_it(qtbot, window, tmp_path):
    path = tmp_path / "dropped.txt"
    path.write_text(corpus_text("cn-li-sinjie-horror"), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert "dropped.txt" in window.windowTitle()


def test_recent_files_drop_what_no_longer_exists(qtbot, window, tmp_path):
    paths = []
    for number in range(3):
        path = tmp_path / f"article{number}.txt"
        path.write_text(f"第{number}篇。他說：“好。”", encoding="utf-8")
        assert window.open_file(str(path))
        paths.append(path)
    paths[1].unlink()
    window._fill_recent_menu()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names == ["article2.txt", "article0.txt"]


def test_text_without_chinese_opens_with_a_note(qtbot, window, tmp_path):
    path = tmp_path / "english.txt"
    path.write_text('"We will win," he said.', encoding="utf-8")
    assert window.open_file(str(path))
    assert "no Chinese" in window.message_bar.text()


def test_ten_thousand_opening_marks_do_not_hang(qtbot, window, tmp_path):
    path = tmp_path / "marks.txt"
    path.write_text("他說：" + "“" * 10_000, encoding="utf-8")
    assert window.open_file(str(path))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.reading.analysis.quotes == () or all(
        q.end <= len(window.reading.text) for q in window.reading.analysis.quotes
    )


def test_zip_that_is_not_a_book(qtbot, window, tmp_path):
    path = tmp_path / "fake.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    assert window.open_file(str(path)) is False
    assert window.message_bar.text()


def test_a_newer_article_wins_over_stale_work(qtbot, window):
    from gui.engine.reading import Reading
    from gui.engine.speech.analysis import analyze

    window.show_reading(Reading.parse(corpus_text("cn-roy-comeback")))
    stale = window._job
    window.show_reading(Reading.parse(corpus_text("tw-jeju-bird-radar")))
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert window.article_view.toPlainText() == corpus_text("tw-jeju-bird-radar")
    assert window.reading.analysis == analyze(corpus_text("tw-jeju-bird-radar"))
    # A late answer for the first article changes nothing on screen.
    shown = window._shown
    window._pending_variant = Variant.HANS  # as if the reader were waiting for 简体
    window.worker.signals.view_ready.emit(stale, Variant.HANS.value)
    window.worker.signals.analysed.emit(stale)
    assert window._shown is shown and window.article_view.toPlainText() == corpus_text("tw-jeju-bird-radar")
    window._pending_variant = None


def test_a_five_million_character_line_opens_without_freezing_layout(qtbot, window, tmp_path, monkeypatch):
    from gui.engine.long_paragraphs import PARAGRAPH_LIMIT

    # The engine's side of such a file is tested headless (tests/engine); here the window's own
    # work: the first screen, laid out in paragraphs Qt can handle, every offset still exact.
    monkeypatch.setattr(window.worker, "start", lambda *args: 0)
    path = tmp_path / "one-line.txt"
    path.write_text("他說「好」。" * 833_334, encoding="utf-8")
    assert window.open_file(str(path)) is not False  # None: loading in the background
    qtbot.waitUntil(lambda: not window.opener.loading, timeout=60_000)
    assert window.message_bar.text() == ""
    document = window.article_view.document()
    assert document.blockCount() > 1000
    longest = max(len(document.findBlockByNumber(n).text()) for n in range(0, document.blockCount(), 97))
    assert longest <= PARAGRAPH_LIMIT
    shown = window._shown
    source = window.reading.text
    for offset in (0, 1_234_567, len(source) - 1):
        assert shown.text[shown.offsets.to_view(offset)] == source[offset]


def test_a_file_without_read_permission(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("他說：“好。”", encoding="utf-8")
    shown = window.article_view.toPlainText()

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")  # as root, chmod 000 would not stop us

    monkeypatch.setattr(loader, "_open_read_only", refuse)
    assert window.open_file(str(path)) is False
    assert "permission" in window.message_bar.text()
    assert window.article_view.toPlainText() == shown
