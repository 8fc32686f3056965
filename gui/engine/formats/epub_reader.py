"""EPUB books: chapters in reading (spine) order, each with a title and its text.

The container is read here with :mod:`zipfile` and lxml, not with an EPUB library, so that every
byte taken out of the archive is counted *as it inflates*: a chapter may claim any size in its
ZIP header (or claim nothing), and reading stops at :data:`MAX_MEMBER_BYTES` per file and
:data:`MAX_UNPACKED_BYTES` for the whole book, whatever the header said. Pictures, fonts and styles
are never unpacked at all. Each chapter is decoded from its raw bytes by Yanlu's own detector, so
an encoding named in the chapter's XML declaration (GBK in many Chinese books) is honoured.

Package files (container, OPF, NCX) go through lxml's XML parser with entities, DTDs and the
network switched off; chapters through its HTML parser, which is lenient with the broken markup
real books contain, knows HTML entities such as ``&nbsp;`` without a DTD and never loads anything.

Chapter text: one block (paragraph, heading, list item…) per line, white space inside a line
collapsed as a browser would; ruby annotations become ``字(zì)``, the form the article parser
already understands. Chapters without any text (a cover picture) are left out.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Callable, Iterator
from urllib.parse import unquote

from gui.engine.document import Chapter, LoadError, TooLargeError, describe_size
from gui.engine.formats.html_extraction import declared_charset
from gui.engine.formats.text_decoding import decode_bytes

EPUB_MIMETYPE = b"application/epub+zip"
# No chapter of a real book comes near this (a whole novel in one file is 3-5 MB of UTF-8).
MAX_MEMBER_BYTES = 16 * 1024 * 1024
# All chapters together, counted as they are unpacked: keeps a small, very compressible book from
# filling the memory (the text, its parse tree and the window's copy stay well under 300 MB).
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 100_000
MAX_CHAPTERS = 20_000
_PACKAGE_BYTES = 4 * 1024 * 1024  # container.xml, the OPF, the NCX, encryption.xml
_CHUNK = 64 * 1024
_DOCUMENT_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/html"})

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
_PROTECTED = "This EPUB book is copy-protected (DRM), so Yanlu cannot read its text."

Progress = Callable[[float], None]


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
            return "mimetype" in names and _read_member(archive, "mimetype", 1024).strip() == EPUB_MIMETYPE
    except Exception:  # not a readable ZIP at all: the caller reports it as binary
        return False


def read_epub(data: bytes, progress: Progress | None = None) -> tuple[str | None, tuple[Chapter, ...]]:
    """The book's title (or None) and its chapters in spine order. Raises :class:`LoadError`.

    ``progress`` is called with the share of chapters done (0…1); it may raise to stop.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _read_book(archive, progress)
    except LoadError:
        raise
    except RuntimeError as error:  # zipfile: "File … is encrypted, password required"
        if "encrypted" in str(error):
            raise LoadError(_PROTECTED) from None
        raise LoadError(_DAMAGED) from None
    except Exception:  # BadZipFile, bad CRC, unsupported compression, lxml errors…
        raise LoadError(_DAMAGED) from None


def _read_book(
    archive: zipfile.ZipFile, progress: Progress | None
) -> tuple[str | None, tuple[Chapter, ...]]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise LoadError(f"This EPUB book has {len(infos):,} files in it, too many to be a real book.")
    names = {info.filename for info in infos}
    if "META-INF/encryption.xml" in names:
        _refuse_encrypted_text(_read_member(archive, "META-INF/encryption.xml", _PACKAGE_BYTES))
    opf_path = _package_path(archive, names)
    if opf_path is None:
        raise LoadError(_DAMAGED)
    package = _parse_xml(_read_member(archive, opf_path, _PACKAGE_BYTES))
    if package is None:
        raise LoadError(_DAMAGED)
    base = posixpath.dirname(opf_path)
    manifest = _manifest(package, base)
    spine = [manifest[idref] for idref in _spine_ids(package) if idref in manifest]
    documents = [
        item for item in spine if item["type"] in _DOCUMENT_TYPES and "nav" not in item["properties"].split()
    ]
    if len(documents) > MAX_CHAPTERS:
        raise LoadError(f"This EPUB book has {len(documents):,} chapters, more than Yanlu can show.")
    titles = _toc_titles(archive, package, manifest, names)
    budget = _Budget()
    chapters: list[Chapter] = []
    for number, item in enumerate(documents):
        if progress is not None:
            progress(number / max(1, len(documents)))
        if item["path"] not in names:
            continue
        content = _read_member(archive, item["path"], MAX_MEMBER_BYTES, budget)
        heading, text = chapter_text(content)
        if not text:
            continue
        title = titles.get(item["path"]) or heading
        chapters.append(Chapter(title=title or text.split("\n", 1)[0][:40], text=text))
    if not chapters:
        raise LoadError("This EPUB book has no text that Yanlu can read.")
    return _book_title(package), tuple(chapters)


class _Budget:
    """What the whole book may still unpack."""

    def __init__(self) -> None:
        self.left = MAX_UNPACKED_BYTES


def _too_much(what: str, limit: int) -> TooLargeError:
    return TooLargeError(
        f"This EPUB book unpacks to more than {describe_size(limit)} {what}, too much to open.",
        size=limit + 1,
        limit=limit,
        hard=True,
    )


def _read_member(archive: zipfile.ZipFile, name: str, limit: int, budget: _Budget | None = None) -> bytes:
    """A member's bytes, counted while they inflate: past ``limit`` (or the book's budget) reading
    stops, whatever size the ZIP header gave. A header that understates the size ends in a CRC
    error from zipfile (reported as damage), never in more memory."""
    parts: list[bytes] = []
    total = 0
    with archive.open(name) as stream:
        while chunk := stream.read(_CHUNK):
            total += len(chunk)
            if total > limit:
                raise _too_much("in one chapter" if budget is not None else "in one file", limit)
            if budget is not None:
                budget.left -= len(chunk)
                if budget.left < 0:
                    raise _too_much("of text", MAX_UNPACKED_BYTES)
            parts.append(chunk)
    return b"".join(parts)


def _parse_xml(data: bytes) -> object | None:
    """An XML tree with entities, DTDs and the network off (billion laughs and XXE are inert)."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False
    )
    try:
        return etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _package_path(archive: zipfile.ZipFile, names: set[str]) -> str | None:
    """The OPF file named by META-INF/container.xml, or the first .opf in the archive."""
    if "META-INF/container.xml" in names:
        root = _parse_xml(_read_member(archive, "META-INF/container.xml", _PACKAGE_BYTES))
        if root is not None:
            for rootfile in root.iter("{*}rootfile"):
                path = unquote(rootfile.get("full-path") or "")
                if path in names:
                    return path
    return next((name for name in sorted(names) if name.lower().endswith(".opf")), None)


def _resolve(base: str, href: str) -> str:
    """A manifest or TOC link as an archive member name (fragment dropped; never the disk)."""
    href = unquote(href.split("#", 1)[0])
    return posixpath.normpath(posixpath.join(base, href)) if href else ""


def _manifest(package: object, base: str) -> dict[str, dict[str, str]]:
    items: dict[str, dict[str, str]] = {}
    for item in package.iter("{*}item"):  # type: ignore[attr-defined]
        ident, href = item.get("id"), item.get("href")
        if ident and href:
            items[ident] = {
                "path": _resolve(base, href),
                "type": (item.get("media-type") or "").strip().lower(),
                "properties": item.get("properties") or "",
            }
    return items


def _spine_ids(package: object) -> list[str]:
    return [ref.get("idref") for ref in package.iter("{*}itemref") if ref.get("idref")]  # type: ignore[attr-defined]


def _book_title(package: object) -> str | None:
    for element in package.iter("{http://purl.org/dc/elements/1.1/}title"):  # type: ignore[attr-defined]
        title = " ".join("".join(element.itertext()).split())
        if title:
            return title
    return None


def _toc_titles(
    archive: zipfile.ZipFile, package: object, manifest: dict[str, dict[str, str]], names: set[str]
) -> dict[str, str]:
    """Chapter file → first table-of-contents title pointing into it, from the EPUB 2 NCX (most
    Chinese books) or else the EPUB 3 navigation document."""
    titles: dict[str, str] = {}
    for item in manifest.values():
        is_ncx = item["type"] == "application/x-dtbncx+xml"
        is_nav = "nav" in item["properties"].split()
        if not (is_ncx or is_nav) or item["path"] not in names:
            continue
        data = _read_member(archive, item["path"], _PACKAGE_BYTES)
        base = posixpath.dirname(item["path"])
        for href, title in _ncx_links(data) if is_ncx else _nav_links(data):
            path = _resolve(base, href)
            if path and title:
                titles.setdefault(path, title)
        if titles:
            break
    return titles


def _ncx_links(data: bytes) -> Iterator[tuple[str, str]]:
    root = _parse_xml(data)
    if root is None:
        return
    for point in root.iter("{*}navPoint"):
        label = next(point.iter("{*}text"), None)
        content = next(point.iter("{*}content"), None)
        if label is not None and content is not None:
            yield content.get("src") or "", " ".join("".join(label.itertext()).split())


def _nav_links(data: bytes) -> Iterator[tuple[str, str]]:
    root = _parse_html(data)
    if root is None:
        return
    for link in root.iter("a"):
        yield link.get("href") or "", _inline_text(link)


def _refuse_encrypted_text(encryption_xml: bytes) -> None:
    """Encrypted fonts are common and harmless; encrypted chapters mean DRM we cannot read."""
    root = _parse_xml(encryption_xml)
    if root is None:
        return
    for element in root.iter("{*}CipherReference"):
        uri = (element.get("URI") or "").lower()
        if uri.endswith((".xhtml", ".html", ".htm", ".xml")):
            raise LoadError(_PROTECTED)


def chapter_text(content: bytes) -> tuple[str | None, str]:
    """A chapter's first heading (or None) and its text, from XHTML bytes."""
    root = _parse_html(content)
    if root is None:
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


def _parse_html(content: bytes) -> object | None:
    from lxml import etree, html

    markup = _decode_markup(content)
    if not markup.strip():
        return None
    parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    try:
        return html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _decode_markup(content: bytes) -> str:
    """Chapter bytes to text: the encoding its XML declaration or ``<meta>`` names (GBK in many
    Chinese books) is a candidate for the detector, which checks it. The XML declaration is then
    removed: lxml refuses a str that still declares an encoding."""
    try:
        text = decode_bytes(content, declared=declared_charset(content)).text
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
