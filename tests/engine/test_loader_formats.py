"""Web pages, EPUB books, Markdown and pasted text."""

from __future__ import annotations

import ast
import io
import os
import socket
import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest
from loader_samples import (
    FOOTER_MARKER,
    NAV_MARKER,
    SCRIPT_MARKER,
    build_epub,
    corpus_text,
    news_page,
    paragraphs,
)

from gui.engine.formats.loader import (
    LARGE_TEXT_CHARS,
    LoadError,
    TooLargeError,
    document_from_clipboard,
    load_document,
)


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to reach the network fails the test (and is recorded)."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    yield attempts
    assert attempts == []


# ---------------------------------------------------------------------------------------------
# HTML


@pytest.mark.parametrize(
    ("name", "encoding", "charset"),
    [
        ("cn-roy-comeback", "utf-8", "utf-8"),
        ("cn-li-sinjie-horror", "gb18030", "gb2312"),  # declared GB2312, really GBK/GB18030, as often
        ("tw-jeju-bird-radar", "big5", "big5"),
        ("tw-meme-page-prosecutors", "utf-8-sig", None),  # BOM, no meta
        ("cn-mutombo-visit", "gb18030", None),  # no declaration at all: the detector decides
        ("seed-henan-cppcc", "big5", None),
    ],
)
def test_news_page_gives_the_article_and_nothing_else(tmp_path, no_network, name, encoding, charset):
    paras = paragraphs(corpus_text(name))
    path = tmp_path / "page.html"
    path.write_bytes(news_page("頭條新聞標題", paras, charset=charset).encode(encoding))

    document = load_document(path)

    assert document.format == "html"
    assert document.title == "頭條新聞標題"
    lines = document.text.split("\n")
    assert lines[0] == "頭條新聞標題"
    assert lines[1:] == paras
    for unwanted in (SCRIPT_MARKER, NAV_MARKER, FOOTER_MARKER, "廣告", "http", "財經"):
        assert unwanted not in document.text
    assert document.has_chinese and len(document.chapters) == 1


def test_html_is_sniffed_whatever_the_name(tmp_path, no_network):
    paras = paragraphs(corpus_text("cn-fan-bin-apology"))
    path = tmp_path / "saved-page.txt"
    path.write_bytes(news_page("范斌道歉", paras).encode())
    document = load_document(path)
    assert document.format == "html" and document.text.split("\n")[1:] == paras


def test_title_is_added_when_the_page_has_no_heading(tmp_path, no_network):
    paras = paragraphs(corpus_text("cn-fan-bin-apology"))
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = f"<html><head><title>范斌道歉</title></head><body><div>{body}</div></body></html>"
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    document = load_document(path)
    assert document.title == "范斌道歉"
    assert document.text.split("\n") == ["范斌道歉", *paras]


def test_tiny_page_falls_back_to_all_visible_text(tmp_path, no_network):
    path = tmp_path / "tiny.html"
    path.write_text("<html><body><p>他說：「好。」</p><script>x()</script></body></html>", encoding="utf-8")
    assert load_document(path).text == "他說：「好。」"


def test_page_without_text_is_a_load_error(tmp_path, no_network):
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><script>var a = 1;</script></head><body><img src='http://x.invalid/a.png'></body></html>"
    )
    with pytest.raises(LoadError, match="no article text"):
        load_document(path)


def test_xhtml_with_xml_declaration(tmp_path, no_network):
    page = '<?xml version="1.0" encoding="big5"?>\n' + news_page(
        "標題", ["他說：「好。」這是正文。"], charset=None
    )
    path = tmp_path / "page.xhtml"
    path.write_bytes(page.encode("big5"))
    assert "他說：「好。」這是正文。" in load_document(path).text


def test_encoding_override_applies_to_html(tmp_path, no_network):
    paras = paragraphs(corpus_text("tw-jeju-bird-radar"))
    path = tmp_path / "page.html"
    path.write_bytes(news_page("標題", paras, charset="utf-8").encode("big5"))  # the page lies
    assert load_document(path).text.split("\n")[1:] == paras  # not UTF-8: the detector steps in
    assert load_document(path, encoding="big5").encoding == "big5"


# ---------------------------------------------------------------------------------------------
# EPUB


def three_chapter_book() -> bytes:
    # file names in reverse of reading order, so only the spine can give the right order
    return build_epub(
        [
            ("c.xhtml", "第一章 歸來", "<p>羅伊說：「我回來了。」</p><p>第二段。</p>"),
            ("b.xhtml", "第二章 協商", "<p>雙方<ruby>協<rp>(</rp><rt>xié</rt><rp>)</rp></ruby>商。</p>"),
            ("a.xhtml", "第三章 結局", "<p>全文完。</p><script>alert('x')</script>"),
        ],
        title="測試之書",
    )


def test_epub_chapters_in_spine_order_with_titles(tmp_path, no_network):
    path = tmp_path / "book.epub"
    path.write_bytes(three_chapter_book())

    document = load_document(path)

    assert document.format == "epub" and document.title == "測試之書"
    assert [c.title for c in document.chapters] == ["第一章 歸來", "第二章 協商", "第三章 結局"]
    assert document.chapters[0].text == "第一章 歸來\n羅伊說：「我回來了。」\n第二段。"
    assert document.chapters[1].text == "第二章 協商\n雙方協(xié)商。"  # ruby kept as pinyin annotation
    assert document.chapters[2].text == "第三章 結局\n全文完。"
    assert document.text == document.chapters[0].text
    assert document.has_chinese


def test_epub_spine_order_beats_file_order(tmp_path):
    book = build_epub([("a.xhtml", "甲", "<p>一</p>"), ("b.xhtml", "乙", "<p>二</p>")], spine=[1, 0])
    path = tmp_path / "book.epub"
    path.write_bytes(book)
    assert [c.title for c in load_document(path).chapters] == ["乙", "甲"]


def test_epub_is_sniffed_without_its_extension(tmp_path):
    path = tmp_path / "book.zip"
    path.write_bytes(three_chapter_book())
    assert load_document(path).format == "epub"


def test_epub_with_encrypted_chapters_is_refused(tmp_path):
    original = zipfile.ZipFile(io.BytesIO(three_chapter_book()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        for info in original.infolist():
            book.writestr(info, original.read(info))
        book.writestr(
            "META-INF/encryption.xml",
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
            'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
            '<enc:CipherReference URI="EPUB/c.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>',
        )
    path = tmp_path / "drm.epub"
    path.write_bytes(out.getvalue())
    with pytest.raises(LoadError, match="DRM"):
        load_document(path)


def test_epub_zip_bomb_is_refused(tmp_path, monkeypatch):
    from gui.engine.formats import epub_reader

    monkeypatch.setattr(epub_reader, "MAX_UNPACKED_BYTES", 1000)
    path = tmp_path / "bomb.epub"
    path.write_bytes(three_chapter_book())
    with pytest.raises(TooLargeError):
        load_document(path)


def test_epub_without_text_is_a_load_error(tmp_path):
    path = tmp_path / "pictures.epub"
    path.write_bytes(build_epub([("a.xhtml", "", "<img src='cover.png'/>")]))
    # the <h1> is empty too, so no chapter has text
    with pytest.raises(LoadError, match="no text"):
        load_document(path)


# ---------------------------------------------------------------------------------------------
# Markdown


def test_markdown_is_read_as_commonmark(tmp_path):
    source = (
        "---\r\ntitle: 羅伊復出\r\nauthor: 記者\r\n---\r\n"
        "# 羅伊復出 #\r\n\r\n"
        "**羅伊**說：「我*回來*了。」見[新浪](http://sina.invalid)。![圖](http://img.invalid/a.png)\r\n\r\n"
        "> 引用的話\r\n\r\n"
        "---\r\n"
        "- 清單項目\r\n"
        "兩岸協(xié)商，`代碼`與~~刪除~~。\r\n"
    )
    path = tmp_path / "notes.md"
    path.write_bytes(source.encode("gb18030"))
    document = load_document(path)
    assert document.format == "markdown" and document.title == "羅伊復出"
    # One block a line; the list item's lazy continuation line joins it (no space between Han).
    assert document.text == (
        "羅伊復出\n羅伊說：「我回來了。」見新浪。圖\n引用的話\n• 清單項目兩岸協(xié)商，代碼與刪除。"
    )
    assert document.chapters[0].headings == (0,)


def test_raw_html_in_markdown_keeps_its_text_only(tmp_path):
    # A tag alone on a line opens an HTML block that runs to the next blank line.
    source = (
        '<img src="file:///dev/zero">\n王大明說：「好。」\n\n'
        "<div>\n<b>粗</b> &amp; 字\n</div>\n\n<script>\nalert(1)\n</script>\n"
    )
    path = tmp_path / "page.md"
    path.write_text(source, encoding="utf-8")
    assert load_document(path).text == "王大明說：「好。」\n粗 & 字"


def test_markdown_headings_lists_and_emphasis(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(
        "# 標題\n\n## 小標題\n\n1. 第*一*\n2. 第**二**\n\n- 甲\n- 乙\n\n正文*強調*。\n", encoding="utf-8"
    )
    document = load_document(path)
    assert document.text == "標題\n小標題\n1. 第一\n2. 第二\n• 甲\n• 乙\n正文強調。"
    assert document.chapters[0].headings == (0, 1)


def test_markdown_title_from_first_heading(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("前言\n\n## 第一節\n內文", encoding="utf-8")
    document = load_document(path)
    assert document.title == "第一節" and document.text == "前言\n第一節\n內文"


def test_markdown_with_only_markup_is_a_load_error(tmp_path):
    path = tmp_path / "rules.md"
    path.write_text("---\n---\n***\n", encoding="utf-8")
    with pytest.raises(LoadError):
        load_document(path)


# ---------------------------------------------------------------------------------------------
# Pasted text


def test_clipboard_text_is_normalised():
    document = document_from_clipboard("\ufeff標題\r\n他說：「好。」\r協(xié)商\n")
    assert document.format == "clipboard" and document.path is None and document.encoding is None
    assert document.text == "標題\n他說：「好。」\n協(xié)商\n"
    assert document.has_chinese and len(document.chapters) == 1


@pytest.mark.parametrize("text", ["", "   ", "\r\n\t", "\u3000\u200b\n"])
def test_clipboard_empty_or_blank(text):
    with pytest.raises(LoadError):
        document_from_clipboard(text)


def test_clipboard_without_chinese():
    document = document_from_clipboard("Hello")
    assert not document.has_chinese and document.warnings


def test_clipboard_size_limit():
    text = "中" * (LARGE_TEXT_CHARS + 1)
    with pytest.raises(TooLargeError) as caught:
        document_from_clipboard(text)
    assert caught.value.size == LARGE_TEXT_CHARS + 1
    assert document_from_clipboard(text, allow_large=True).text == text


def test_a_web_page_keeps_its_byline_and_date_in_the_footer(tmp_path):
    from gui.engine.article import parse_article

    page = (
        "<html><head><title>市長視察</title><meta name='author' content='王小明'>"
        "<meta property='article:published_time' content='2024-06-29'></head><body><article>"
        "<h1>市長視察</h1><p>市長李大同今天表示：「我們會加快建設，讓市民早日用上新的公園。」</p>"
        "<p>他說，工程預計明年完工，目前進度良好，附近居民都很期待。</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    text = load_document(path).text
    assert "作者：王小明" in text and "日期：2024-06-29" in text
    article = parse_article(text)
    assert "王小明" in article.footer and "2024-06-29" in article.footer


_FRESH_OPEN = """
import sys
from gui.engine.formats.loader import load_document
document = load_document(sys.argv[1])
crawler = ("trafilatura", "courlan", "htmldate", "urllib3", "charset_normalizer")
crawler = [name for name in crawler if name in sys.modules]
print(repr((document.title, document.text, crawler)))
import trafilatura  # the whole package still imports afterwards, reusing the extraction modules
print(repr(trafilatura.extract("<html><body><p>" + "他說：「好。」" * 20 + "</p></body></html>")))
"""


def test_a_web_page_opens_without_trafilaturas_crawler_and_its_address_is_ignored(tmp_path):
    head = (
        "<meta property='og:url' content='https://news.example.invalid/a/1.html'>"
        "<meta name='twitter:url' content='https://news.example.invalid/a/1.html'>"
        "<meta property='og:title' content='市長視察工地'><meta name='author' content='王小明'>"
    )
    paras = paragraphs(corpus_text("seed-henan-cppcc"))
    page = news_page("市長視察", paras)
    path = tmp_path / "page.html"
    path.write_text(page.replace("<title>", head + "<title>", 1), encoding="utf-8")
    opened, extracted = _in_a_fresh_process(_FRESH_OPEN, path)
    title, text, crawler = opened
    assert crawler == []
    assert title == "市長視察工地"
    assert text.split("\n") == ["市長視察工地", "市長視察", *paras, "作者：王小明"]
    assert NAV_MARKER not in text and FOOTER_MARKER not in text and "example.invalid" not in text
    assert extracted.startswith("他說：「好。」")


_FRESH_OPEN_WHOLE = """
import sys
from gui.engine.formats import article_extractor
article_extractor._STAND_IN_FUNCTIONS["courlan"] = ()  # as if a newer trafilatura needed more
from gui.engine.formats.loader import load_document
document = load_document(sys.argv[1])
print(repr((document.text, getattr(sys.modules.get("courlan"), "__file__", None) is not None)))
"""


def test_when_the_stand_ins_do_not_fit_trafilatura_is_imported_whole(tmp_path):
    paras = paragraphs(corpus_text("tw-jeju-bird-radar"))
    path = tmp_path / "page.html"
    path.write_text(news_page("雷達", paras), encoding="utf-8")
    (opened,) = _in_a_fresh_process(_FRESH_OPEN_WHOLE, path)
    text, real_courlan = opened
    assert text.split("\n")[1:] == paras
    assert real_courlan  # the library itself (a stand-in has no file)


def _in_a_fresh_process(script: str, path: Path) -> list:
    """What ``script`` prints (one Python literal a line), run on ``path`` in a new interpreter:
    other tests may already have imported the whole of trafilatura in this one."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    command = [sys.executable, "-c", script, str(path)]
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return [ast.literal_eval(line) for line in run.stdout.splitlines()]
