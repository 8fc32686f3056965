"""Sample inputs for the loader tests, all built in memory from the labelled corpus (nothing large
is committed): web pages, EPUB books and article texts."""

from __future__ import annotations

import io
import json
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "corpus" / "tuning"
# The first seven labelled articles (the seed and the dev set): enough variety for the loaders.
DEV_ARTICLES = ("cn-fan-bin-apology", "cn-li-sinjie-horror", "cn-mutombo-visit", "cn-roy-comeback",
                "seed-henan-cppcc", "tw-jeju-bird-radar", "tw-meme-page-prosecutors")
TRADITIONAL = ("tw-jeju-bird-radar", "tw-meme-page-prosecutors", "seed-henan-cppcc")

SCRIPT_MARKER = "SCRIPT_RAN_若看到這行就錯了"
NAV_MARKER = "網站導航首頁新聞體育娛樂"
FOOTER_MARKER = "版權所有不得轉載聯絡我們"


def corpus_names() -> list[str]:
    return list(DEV_ARTICLES)


def corpus_text(name: str) -> str:
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))["text"]


def paragraphs(text: str, size: int = 120) -> list[str]:
    """The article cut into paragraphs: at its own line breaks, then every ``size`` characters
    (the CNA and THUCNews texts lost their paragraph breaks)."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(line[i : i + size].strip() for i in range(0, len(line), size))
    return [p for p in out if p]


def news_page(title: str, paras: list[str], *, charset: str | None = "utf-8") -> str:
    """A news page around an article, with everything a reader must not see: scripts (inline and
    remote), navigation, a footer, remote images and a tracking pixel."""
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="zh"><head>{meta}<title>{title} - 測試新聞網</title>
<script>document.title = "{SCRIPT_MARKER}"; fetch("http://tracker.invalid/ping");</script>
<script src="http://cdn.invalid/app.js"></script>
<link rel="stylesheet" href="http://cdn.invalid/site.css">
</head><body>
<nav><ul><li><a href="/">{NAV_MARKER}</a></li><li><a href="/a">財經</a></li>
<li><a href="/b">科技</a></li></ul></nav>
<div class="ad"><img src="http://ads.invalid/banner.png" alt="廣告"></div>
<article><h1>{title}</h1>
<img src="http://images.invalid/photo.jpg" alt="">
{body}
</article>
<footer><p>{FOOTER_MARKER}</p><img src="http://tracker.invalid/pixel.gif" width="1" height="1"></footer>
<script>alert("{SCRIPT_MARKER}")</script>
</body></html>"""


def build_epub(
    chapters: list[tuple[str, str, str]], *, title: str = "測試書", spine: list[int] | None = None
) -> bytes:
    """An EPUB 3 book made with ebooklib: ``chapters`` are (file name, title, body XHTML); the
    spine lists them in ``spine`` order (default: as given)."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("yanlu-test-book")
    book.set_title(title)
    book.set_language("zh")
    items = []
    for file_name, chapter_title, body in chapters:
        item = epub.EpubHtml(title=chapter_title, file_name=file_name, lang="zh")
        item.content = f"<html><body><h1>{chapter_title}</h1>{body}</body></html>"
        book.add_item(item)
        items.append(item)
    order = [items[i] for i in (spine if spine is not None else range(len(items)))]
    book.toc = order
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *order]
    out = io.BytesIO()
    epub.write_epub(out, book)
    return out.getvalue()
