"""EPUB books: chapters in reading (spine) order, each with a title and its text.

ebooklib reads the package (container, OPF, spine, table of contents); lxml's HTML parser turns
each chapter's XHTML into text. The HTML parser is used even for XHTML because it is lenient with
the broken markup real books contain, knows HTML entities such as ``&nbsp;`` without a DTD and
never loads anything from the network.

Chapter text: one block (paragraph, heading, list item…) per line, white space inside a line
collapsed as a browser would; ruby annotations become ``字(zì)``, the form the article parser
already understands. Chapters without any text (a cover picture) are left out.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator

from gui.engine.document import Chapter, LoadError, TooLargeError, describe_size
from gui.engine.formats.text_decoding import decode_bytes

EPUB_MIMETYPE = b"application/epub+zip"
# A zip bomb must not fill the memory: refuse books that unpack to more than this.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024

_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_DROPPED_TAGS = ("script", "style", "noscript", "template", "rp", "head")
_DAMAGED = "This EPUB book is damaged and Yanlu cannot open it."


def is_epub_archive(data: bytes) -> bool:
    """Whether ZIP bytes are an EPUB: a ``mimetype`` entry saying so (first, as the standard
    requires, or anywhere, as sloppy tools write it) or an OCF container file."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    if data[30:38] == b"mimetype" and EPUB_MIMETYPE in data[38:120]:
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "META-INF/container.xml" in names:
                return True
            return "mimetype" in names and archive.read("mimetype").strip() == EPUB_MIMETYPE
    except Exception:  # not a readable ZIP at all: the caller reports it as binary
        return False


def read_epub(data: bytes) -> tuple[str | None, tuple[Chapter, ...]]:
    """The book's title (or None) and its chapters in spine order. Raises :class:`LoadError`."""
    _check_archive(data)
    try:
        from ebooklib import ITEM_DOCUMENT, epub

        # ignore_ncx=False: EPUB 2 books (most Chinese ones) only have their chapter titles in the NCX
        book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": False})
        toc_titles = _toc_titles(book.toc)
        documents = []
        for idref, *_ in book.spine:
            item = book.get_item_with_id(idref)
            if item is not None and item.get_type() == ITEM_DOCUMENT and not _is_navigation(item):
                documents.append((item.get_name(), item.get_content()))
        metadata = book.get_metadata("DC", "title")
    except LoadError:
        raise
    except Exception:  # ebooklib raises KeyError, EpubException, lxml errors… on broken books
        raise LoadError(_DAMAGED) from None
    chapters = tuple(_chapters(documents, toc_titles))
    if not chapters:
        raise LoadError("This EPUB book has no text that Yanlu can read.")
    title = " ".join(str(metadata[0][0]).split()) if metadata and metadata[0][0] else None
    return title or None, chapters


def _is_navigation(item: object) -> bool:
    """The EPUB 3 navigation document lists the chapters: it is the chapter list the window
    builds, not a chapter (many books put it in the spine all the same)."""
    return "nav" in (getattr(item, "properties", None) or []) or type(item).__name__ == "EpubNav"


def _check_archive(data: bytes) -> None:
    """Refuse a ZIP that is not one, unpacks to too much, or whose chapters are encrypted (DRM)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_UNPACKED_BYTES:
                raise TooLargeError(
                    f"This EPUB book unpacks to {describe_size(unpacked)}, too much to open.",
                    size=unpacked,
                    limit=MAX_UNPACKED_BYTES,
                    hard=True,
                )
            if "META-INF/encryption.xml" in archive.namelist():
                _refuse_encrypted_text(archive.read("META-INF/encryption.xml"))
    except LoadError:
        raise
    except Exception:
        raise LoadError(_DAMAGED) from None


def _refuse_encrypted_text(encryption_xml: bytes) -> None:
    """Encrypted fonts are common and harmless; encrypted chapters mean DRM we cannot read."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    root = etree.fromstring(encryption_xml, parser=parser)
    if root is None:
        return
    for element in root.iter("{*}CipherReference"):
        uri = (element.get("URI") or "").lower()
        if uri.endswith((".xhtml", ".html", ".htm", ".xml")):
            raise LoadError("This EPUB book is copy-protected (DRM), so Yanlu cannot read its text.")


def _toc_titles(toc: Iterable[object]) -> dict[str, str]:
    """File name → first table-of-contents title pointing into it (fragments dropped)."""
    titles: dict[str, str] = {}
    for link in _walk_toc(toc):
        href = (getattr(link, "href", "") or "").split("#", 1)[0]
        title = " ".join((getattr(link, "title", "") or "").split())
        if href and title:
            titles.setdefault(href, title)
            titles.setdefault(href.rsplit("/", 1)[-1], title)
    return titles


def _walk_toc(toc: Iterable[object]) -> Iterator[object]:
    """ebooklib's TOC is nested lists of Link objects and (Section, children) tuples; walk it
    with an explicit stack so a deeply nested TOC cannot exhaust the recursion limit."""
    stack = [iter(toc)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, (tuple, list)):
            if entry:
                yield entry[0]
                stack.append(iter(entry[1] if len(entry) > 1 and isinstance(entry[1], list) else entry[1:]))
        else:
            yield entry


def _chapters(documents: list[tuple[str, bytes]], toc_titles: dict[str, str]) -> Iterator[Chapter]:
    for name, content in documents:
        heading, text = chapter_text(content)
        if not text:
            continue
        title = toc_titles.get(name) or toc_titles.get(name.rsplit("/", 1)[-1]) or heading
        yield Chapter(title=title or text.split("\n", 1)[0][:40], text=text)


def chapter_text(content: bytes) -> tuple[str | None, str]:
    """A chapter's first heading (or None) and its text, from XHTML bytes."""
    from lxml import etree, html

    markup = _decode_markup(content)
    if not markup.strip():
        return None, ""
    parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None, ""
    heading = next((_inline_text(h) for h in root.iter("h1", "h2", "h3") if _inline_text(h)), None)
    if heading is None:
        heading = next((_inline_text(t) for t in root.iter("title") if _inline_text(t)), None)
    for element in list(root.iter(*_DROPPED_TAGS)):
        element.drop_tree()
    for element in root.iter("rt"):
        element.text = f"({element.text or ''}"
        if len(element):
            element[-1].tail = f"{element[-1].tail or ''})"
        else:
            element.text += ")"
    return heading, _block_text(root)


def _decode_markup(content: bytes) -> str:
    """XHTML in an EPUB is UTF-8 or UTF-16; anything else goes through the general detector.
    The XML declaration is removed: lxml refuses a str that still declares an encoding."""
    try:
        text = decode_bytes(content).text
    except LoadError:
        return ""
    if text.lstrip().startswith("<?xml"):
        end = text.find("?>")
        text = text[end + 2 :] if end != -1 else ""
    return text


def _inline_text(element: object) -> str:
    return " ".join("".join(element.itertext()).split())  # type: ignore[attr-defined]


def _block_text(root: object) -> str:
    """Text with a line break around every block element; linear, no recursion."""
    from lxml import etree

    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        is_block = isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS
        if event == "start":
            if is_block:
                parts.append("\n")
            parts.append(element.text or "")
        else:
            if is_block:
                parts.append("\n")
            parts.append(element.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
