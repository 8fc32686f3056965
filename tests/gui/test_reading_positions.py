"""The reading position per article (file path + content hash), restored in any script; books
also get their chapter back."""

from __future__ import annotations

from loader_samples import build_epub, corpus_text, paragraphs
from PySide6.QtCore import QSettings

from gui.app import build_window
from gui.bundled import bundled_article_text
from gui.engine.scripts.script_variants import Variant
from gui.reading_positions import PositionStore, article_key
from gui.settings import Settings

LONG = bundled_article_text() + "\n" + "\n".join(paragraphs(corpus_text("tw-jeju-bird-radar")))


def _place(window):
    """Source offset of the first character on screen."""
    return window.shown_view.offsets.to_source(window.article_view.first_visible_offset())


def _open(qtbot, window, path):
    assert window.open_file(str(path))
    qtbot.waitUntil(window.is_idle, timeout=30_000)


def _scroll_to(qtbot, window, snippet):
    target = window.reading.text.index(snippet)
    window.article_view.scroll_to_top(window.shown_view.offsets.to_view(target))
    positions = window.reading_tools.positions
    qtbot.waitUntil(lambda: positions.store.get(positions._key) is not None, timeout=5_000)
    return _place(window)


def test_place_comes_back_when_the_article_is_opened_again_in_another_script(qtbot, window, tmp_path):
    first, other = tmp_path / "first.txt", tmp_path / "other.txt"
    first.write_text(LONG, encoding="utf-8")
    other.write_text(bundled_article_text(), encoding="utf-8")
    window.resize(700, 420)
    _open(qtbot, window, first)
    place = _scroll_to(qtbot, window, "南陽市政協組織")
    assert place > 300
    _open(qtbot, window, other)
    assert _place(window) == 0  # another article opens at its top
    window.set_variant(Variant.HANS)
    _open(qtbot, window, first)
    qtbot.waitUntil(lambda: window.shown_view.variant is Variant.HANS)
    assert abs(_place(window) - place) < 40  # the same line, give or take its wrapping in 简体


def test_place_survives_a_restart_and_an_edit_starts_afresh(qtbot, window, tmp_path, settings_path):
    path = tmp_path / "article.txt"
    path.write_text(LONG, encoding="utf-8")
    window.resize(700, 420)
    _open(qtbot, window, path)
    place = _scroll_to(qtbot, window, "鄭州市金水區")
    window.close()

    again = build_window(Settings.open(settings_path))
    qtbot.addWidget(again)
    again.resize(700, 420)
    again.show()
    _open(qtbot, again, path)
    assert abs(_place(again) - place) < 40
    path.write_text(LONG.replace("鄭州市", "鄭州"), encoding="utf-8")  # another text: another article
    _open(qtbot, again, path)
    assert _place(again) == 0


def test_a_book_reopens_at_its_chapter_and_place(qtbot, window, tmp_path):
    body = "".join(f"<p>{p}</p>" for p in paragraphs(LONG))
    book = tmp_path / "book.epub"
    book.write_bytes(
        build_epub(
            [
                ("one.xhtml", "第一章", "<p>“我們今天就出發。”他說。</p>"),
                ("two.xhtml", "第二章", "<p>她回答：“好的，明天見。”</p>"),
                ("three.xhtml", "第三章", body),
            ]
        )
    )
    other = tmp_path / "other.txt"
    other.write_text(bundled_article_text(), encoding="utf-8")
    window.resize(700, 420)
    _open(qtbot, window, book)
    window.chapter_box.setCurrentIndex(2)
    window._on_chapter_chosen(2)  # what choosing the chapter in the list does
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    place = _scroll_to(qtbot, window, "南陽市政協組織")
    _open(qtbot, window, other)
    _open(qtbot, window, book)
    qtbot.waitUntil(lambda: window.chapter_box.currentIndex() == 2 and "南陽市" in window.reading.text)
    qtbot.waitUntil(window.is_idle, timeout=30_000)
    assert abs(_place(window) - place) < 40


def test_the_number_of_remembered_articles_is_bounded(tmp_path):
    store = PositionStore(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat), limit=3)
    keys = [article_key(f"/articles/{n}.txt", f"text {n}") for n in range(5)]
    for number, key in enumerate(keys):
        store.put(key, number * 10)
    assert sorted(store.keys()) == sorted(keys[2:])  # the two read longest ago are forgotten
    assert store.get(keys[4]).offset == 40
    assert store.get(keys[0]) is None
    assert article_key("/a.txt", "same") != article_key("/b.txt", "same") != article_key(None, "same")


def test_article_keys_are_the_sha1_digests_places_were_saved_under():
    import hashlib

    from gui.reading_positions import article_key

    text, path = "王大明說：「好。」", "/home/reader/新聞.txt"
    where, digest = hashlib.sha1(path.encode()).hexdigest()[:12], hashlib.sha1(text.encode()).hexdigest()[:20]
    assert article_key(path, text) == f"{where}-{digest}"
    assert article_key(None, text) == f"text-{digest}"
