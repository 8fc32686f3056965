"""Web pages: sniff them, decode them as a browser would, and keep only the article.

Extraction is trafilatura's (a library built to separate an article from navigation, footers and
other boilerplate), imported without its crawler (:mod:`gui.engine.formats.article_extractor`).
It is only ever given a string that is already in memory: no URL, so it has nothing to
download, and it never runs a script. Images are left out, so remote pictures are
neither fetched nor mentioned.

Text layout: one extracted paragraph (or heading, or list item) per line, joined with "\\n".
If the page's title is not already the first line of the article (trafilatura usually keeps the
``<h1>``), it is put in front as its own first line, so the reader sees the headline; the title is
also returned separately for the window's title bar.
"""

from __future__ import annotations

import codecs
import contextlib
from types import SimpleNamespace

from gui.engine.document import LoadError
from gui.engine.formats.article_extractor import extractor

_SNIFF_BYTES = 1024
_PRESCAN_BYTES = 4096  # browsers look at 1,024; some Chinese portals put <meta charset> later
# Above this, libxml2's safety limits (10 MB text nodes, 256 levels of nesting) are lifted: they
# stay on for ordinary pages, and the loader's own size limit bounds what a big one can cost.
_HUGE_PAGE_CHARS = 3_000_000
_LABEL_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:")


def looks_like_html(data: bytes) -> bool:
    """Whether content (whatever its file name) is an HTML page: it starts with a tag and has
    an <html>, <head> or <body> tag or an HTML doctype near the top."""
    head = _ascii_view(data[: _SNIFF_BYTES * 4])
    if not head.lstrip().startswith(b"<"):
        return False
    return any(tag in head for tag in (b"<!doctype html", b"<html", b"<head", b"<body"))


def declared_charset(data: bytes) -> str | None:
    """The encoding label from ``<meta charset=…>``, ``<meta http-equiv … content="…; charset=…">``
    or an XML declaration near the top of the page, or None. Plain string scanning, no regex."""
    head = data[:_PRESCAN_BYTES].lower()
    if head.startswith(b"<?xml"):
        label = _attribute_value(head[: head.find(b"?>") + 1], b"encoding")
        if label:
            return label
    start = head.find(b"<meta")
    while start != -1:
        end = head.find(b">", start)
        tag = head[start : end if end != -1 else len(head)]
        label = _attribute_value(tag, b"charset")
        if label:
            return label
        start = head.find(b"<meta", start + 5)
    return None


def extract_article(html: str) -> tuple[str | None, str]:
    """The page's title (or None) and its article text (see the module docstring for the layout).

    Raises :class:`LoadError` when the page has no readable text.
    """
    title, text, credits = _trafilatura_extract(html)
    text = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    if not text:
        raise LoadError("This web page has no article text that Yanlu can read.")
    if title and text.split("\n", 1)[0] != title:
        text = f"{title}\n{text}"
    # The page's byline and date, as credit lines the reader shows in the article's footer.
    extra = [line for line in credits if line.split("：", 1)[1] not in text]
    return title, "\n".join([text, *extra])


def _trafilatura_extract(html: str) -> tuple[str | None, str, list[str]]:
    """Run trafilatura on an in-memory string; a page too small or odd for the article extractor
    falls back to all of the page's visible text (trafilatura's html2txt, scripts still removed)."""
    try:
        trafilatura = extractor()
    except ImportError as error:  # e.g. lxml_html_clean missing from the installation
        missing = error.name or "lxml_html_clean"  # lxml's own ImportError for html.clean has no name
        raise LoadError(f"Yanlu cannot read web pages on this computer ({missing} is missing).") from None
    try:
        tree = _parse(html)
        title, author = _title_and_author(trafilatura, tree)
        document = trafilatura.bare_extraction(
            tree,  # copied by trafilatura before it prunes anything
            url=None,  # nothing to resolve, nothing to fetch
            with_metadata=False,  # see _title_and_author
            include_comments=False,
            include_images=False,
            include_links=False,
            include_tables=True,
            deduplicate=False,
        )
        text = (getattr(document, "text", None) or "") if document is not None else ""
        credits = [
            f"{label}：{value}"
            for label, value in (
                ("作者", author or _declared_author(tree)),
                ("日期", _declared_date(tree)),  # trafilatura guesses dates; only a declared one
            )
            if value
        ]
        if not text.strip():
            text = trafilatura.html2txt(_parse(html)) or ""
    except LoadError:
        raise
    except Exception:  # a parser failure on hostile markup is a bad page, not a crash
        raise LoadError("This web page is damaged and Yanlu cannot read it.") from None
    return title, text, credits


def _title_and_author(trafilatura: SimpleNamespace, tree: object) -> tuple[str | None, str | None]:
    """The page's title and author as trafilatura's metadata pass finds them, without the rest
    of that pass: its date search (htmldate, then dateparser over some 200 locales) took 2-20 s
    on a Chinese page, on a date Yanlu would not use (only a declared one is shown)."""
    _drop_page_urls(tree)
    metadata = trafilatura.examine_meta(tree)
    if metadata.author and " " not in metadata.author:  # as trafilatura does: one word is no byline
        metadata.author = None
    with contextlib.suppress(Exception):  # trafilatura's own guard around its JSON-LD reader
        metadata = trafilatura.extract_meta_json(tree, metadata)
    metadata.title = metadata.title or trafilatura.extract_title(tree)
    metadata.author = metadata.author or trafilatura.extract_author(tree)
    metadata.clean_and_trim()
    return _clean(metadata.title), _clean(metadata.author)


def _drop_page_urls(tree: object) -> None:
    """Remove the page's own address (og:url, twitter:url) from its <head>: Yanlu has no use for
    it, and validating it is what would make trafilatura import its URL library (courlan)."""
    for meta in list(tree.iterfind(".//head/meta")):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:url", "twitter:url"):
            meta.getparent().remove(meta)


_DATE_META = (
    "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "date"
)  # fmt: skip


def _declared_date(tree: object) -> str | None:
    """The publication date the page declares in a <meta> tag (YYYY-MM-DD), or None."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        value = (meta.get("content") or "").strip()
        if key in _DATE_META and len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return value[:10]
    return None


def _declared_author(tree: object) -> str | None:
    for meta in tree.iter("meta"):
        if (meta.get("name") or meta.get("property") or "").lower() in ("author", "article:author"):
            return _clean(meta.get("content"))
    return None


def _parse(html: str) -> object:
    """Parse with lxml ourselves rather than let trafilatura do it, to fix the parser's settings:
    no network, comments and processing instructions dropped, and for a very big page libxml2's
    10 MB text-node limit lifted (a one-line 5 M-character page would otherwise come back empty).
    """
    from lxml import html as lxml_html

    if html.lstrip().startswith("<?xml"):  # lxml refuses a str that still declares an encoding
        html = html[html.find("?>") + 2 :] if "?>" in html else ""
    parser = lxml_html.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=len(html) > _HUGE_PAGE_CHARS,
    )
    if not html.strip():
        raise LoadError("This web page is empty.")
    return lxml_html.document_fromstring(html, parser=parser)


def _clean(title: str | None) -> str | None:
    if title is None:
        return None
    title = " ".join(title.split())
    return title or None


def _ascii_view(data: bytes) -> bytes:
    """Lower-cased bytes with a BOM and NULs dropped, so UTF-16 markup can be sniffed like ASCII."""
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            data = data[len(bom) :]
            break
    return data.replace(b"\x00", b"").lower()


def _attribute_value(tag: bytes, name: bytes) -> str | None:
    """The value after ``name=`` in a tag (quoted or not), e.g. ``charset=gbk`` → "gbk"."""
    at = tag.find(name)
    while at != -1:
        rest = tag[at + len(name) :].lstrip()
        if rest.startswith(b"="):
            value = rest[1:].lstrip().lstrip(b"\"'")
            length = 0
            while length < min(len(value), 40) and value[length] in _LABEL_BYTES:
                length += 1
            return value[:length].decode("ascii") if length else None
        at = tag.find(name, at + len(name))
    return None
