"""The hostile and odd inputs of issue 12, generated at test time (nothing large is committed).

Each case is a name, a category, a builder that makes the input in a folder and returns its path,
and what must happen: ``refused`` (a LoadError whose message contains ``expect``) or ``opens``
(a document whose text or warnings contain ``expect``). Heavy cases (big archives, big pages) are
marked so the suite also runs them in a subprocess that measures its memory.
"""

from __future__ import annotations

import codecs
import io
import os
import socket
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from loader_samples import build_epub

ARTICLE = "王大明說：“我們明天就出發。”他表示，天氣不錯，大家都很高興。李小華回應稱：“會議很順利。”\n"
ARTICLE_SIMPLIFIED = (
    "王大明说：“我们明天就出发。”他表示，天气不错，大家都很高兴。李小华回应称：“会议很顺利。”\n"
)
KOREAN = "대한민국 정부는 오늘 새로운 경제 정책을 발표했다. 대통령은 “국민의 삶이 나아질 것”이라고 말했다.\n"
MiB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    name: str
    category: str
    build: Callable[[Path], Path]
    outcome: str  # "refused" or "opens"
    expect: str  # a word of the message (refused) or of the text or warnings (opens)
    heavy: bool = False  # memory measured in a subprocess

    def __str__(self) -> str:
        return self.name


def _file(name: str | bytes, data: bytes) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name))))
        path.write_bytes(data)
        return path

    return build


def _page(body: str, head: str = "", encoding: str = "utf-8") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}<title>標題</title></head><body>{body}</body></html>".encode(
        encoding
    )


# -- file kinds ---------------------------------------------------------------------------------


def _missing(name: str) -> Callable[[Path], Path]:
    return lambda folder: folder / name


def _folder(name: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        (folder / name).mkdir()
        return folder / name

    return build


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def _socket(folder: Path) -> Path:
    path = folder / "sock.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()
    return path


def _link(target: str, name: str = "link.txt") -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        os.symlink(target, folder / name)
        return folder / name

    return build


def _loop(folder: Path) -> Path:
    os.symlink(folder / "b.txt", folder / "a.txt")
    os.symlink(folder / "a.txt", folder / "b.txt")
    return folder / "a.txt"


def _sparse(size: int, name: str = "sparse.txt") -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        with (folder / name).open("wb") as handle:
            handle.truncate(size)
        return folder / name

    return build


def _through_file(folder: Path) -> Path:
    (folder / "file.txt").write_text(ARTICLE, encoding="utf-8")
    return folder / "file.txt" / "inside.txt"


def file_kind_cases() -> list[Case]:
    cases = [
        Case("missing", "file kinds", _missing("missing.txt"), "refused", "There is no file"),
        Case("folder", "file kinds", _folder("folder"), "refused", "is a folder"),
        Case("fifo", "file kinds", _fifo, "refused", "not an ordinary file"),
        Case("socket", "file kinds", _socket, "refused", "not an ordinary file"),
        Case("dev-null-link", "file kinds", _link("/dev/null"), "refused", "not an ordinary file"),
        Case("dev-zero-link", "file kinds", _link("/dev/zero"), "refused", "not an ordinary file"),
        Case("dev-urandom-link", "file kinds", _link("/dev/urandom"), "refused", "not an ordinary file"),
        Case("tty-link", "file kinds", _link("/dev/tty"), "refused", "ordinary"),
        Case("proc-self-link", "file kinds", _link("/proc/self/status"), "opens", "Name"),
        Case("symlink-loop", "file kinds", _loop, "refused", "cannot open"),
        Case("dangling-link", "file kinds", _link("/nonexistent/none.txt"), "refused", "There is no file"),
        Case("link-to-folder", "file kinds", _link("/"), "refused", "is a folder"),
        Case("through-a-file", "file kinds", _through_file, "refused", "cannot open"),
        Case("empty", "file kinds", _file("empty.txt", b""), "refused", "empty"),
        Case(
            "blank",
            "file kinds",
            _file("blank.txt", " \n\t\u3000\n\ufeff".encode()),
            "refused",
            "white space",
        ),
        Case("nul-only", "file kinds", _file("nul.txt", bytes(4096)), "refused", "not look like text"),
        Case("sparse-50MB", "file kinds", _sparse(50 * MiB), "refused", "MB"),
        Case("sparse-over-max", "file kinds", _sparse(700 * MiB), "refused", "too large"),
        Case("long-name", "file kinds", _missing("長" * 80 + ".txt"), "refused", "…"),
        Case("name-too-long", "file kinds", _missing("x" * 300 + ".txt"), "refused", "cannot open"),
    ]
    return cases


# -- file names ---------------------------------------------------------------------------------

HOSTILE_NAMES = {
    "img-dev-zero": '<img src="file:%2Fdev%2Fzero">.txt',
    "img-heading": '<img src="red.png"><h1 style="color:red">UPDATE REQUIRED',
    "html-bold": "<b>bold</b>.txt",
    "newline-escape": "a\n\x1b[31mred\x1b[0m.txt",
    "carriage-return": "ok\rFAKE.txt",
    "bell-backspace": "a\x07\x08b.txt",
    "c1-csi": "a\u009b31mb.txt",
    "rtl-override": "evil\u202etxt.exe",
    "leading-dash": "-x.txt",
    "double-dash": "--help.txt",
    "spaces": "  spaced  .txt",
    "ampersand": "Tom & Jerry.txt",
    "percent": "100%.txt",
    "quotes": "“引號” 'x' \"y\".txt",
    "emoji": "📰新聞.txt",
}
NON_UTF8_NAMES = {
    "gbk-name": "新聞稿".encode("gbk") + b".txt",
    "big5-name": "新聞稿".encode("big5") + b".txt",
    "latin1-name": b"caf\xe9.txt",
    "lone-ff": b"\xff\xfe.txt",
}


def name_cases() -> list[Case]:
    cases = []
    for key, name in HOSTILE_NAMES.items():
        cases.append(Case(f"name-missing-{key}", "file names", _missing(name), "refused", "There is no file"))
        if "/" not in name:
            cases.append(
                Case(f"name-opens-{key}", "file names", _file(name, ARTICLE.encode()), "opens", "王大明")
            )
    cases.append(
        Case(
            "name-folder-img-heading",
            "file names",
            _folder(HOSTILE_NAMES["img-heading"]),
            "refused",
            "folder",
        )
    )
    for key, raw in NON_UTF8_NAMES.items():
        cases.append(Case(f"name-opens-{key}", "file names", _file(raw, ARTICLE.encode()), "opens", "王大明"))
        cases.append(Case(f"name-empty-{key}", "file names", _file(raw, b""), "refused", "empty"))
    return cases


# -- binary files ---------------------------------------------------------------------------------

SIGNATURES = {
    "png": b"\x89PNG\r\n\x1a\n",
    "jpeg": b"\xff\xd8\xff\xe0",
    "gif": b"GIF89a",
    "tiff": b"II*\x00",
    "icon": b"\x00\x00\x01\x00",
    "pdf": b"%PDF-1.7\n",
    "rtf": b"{\\rtf1",
    "ole": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "zip": b"PK\x03\x04",
    "empty-zip": b"PK\x05\x06",
    "gzip": b"\x1f\x8b\x08",
    "7z": b"7z\xbc\xaf\x27\x1c",
    "rar": b"Rar!\x1a\x07",
    "xz": b"\xfd7zXZ\x00",
    "zstd": b"\x28\xb5\x2f\xfd",
    "bzip2": b"BZh91AY&SY",
    "elf": b"\x7fELF",
    "java": b"\xca\xfe\xba\xbe",
    "macho": b"\xcf\xfa\xed\xfe",
    "wasm": b"\x00asm",
    "sqlite": b"SQLite format 3\x00",
    "ogg": b"OggS",
    "flac": b"fLaC",
    "mp4": b"\x00\x00\x00\x18ftypmp42",
    "woff": b"wOFF",
    "webp": b"RIFF\x00\x00\x00\x00WEBP",
    "wav": b"RIFF\x00\x00\x00\x00WAVE",
    "mp3": b"ID3\x03\x00",
    "exe": b"MZ\x90\x00\x03\x00",
}


def binary_cases() -> list[Case]:
    cases = [
        Case(
            f"binary-{key}",
            "binary",
            _file(f"file-{key}.txt", signature + bytes(range(256)) * 4),
            "refused",
            "",
        )
        for key, signature in SIGNATURES.items()
    ]
    cases.append(
        Case(
            "random-high-bytes",
            "binary",
            _file("garbage.txt", bytes(range(128, 256)) * 40),
            "refused",
            "text",
        )
    )
    cases.append(
        Case(
            "utf16-binary",
            "binary",
            _file("u16.txt", codecs.BOM_UTF16_LE + bytes(range(256)) * 8),
            "refused",
            "text",
        )
    )
    return cases


# -- encodings and decoding ---------------------------------------------------------------------

NON_TEXT_CODECS = ("undefined", "hex", "rot13", "base64", "zlib", "uu", "quopri", "idna", "punycode", "bz2")


def _with_controls(count: int, char: str) -> bytes:
    text = ARTICLE * 12
    step = len(text) // (count + 1)
    chars = list(text)
    for index in range(1, count + 1):
        chars.insert(index * step, char)
    return "".join(chars).encode("utf-8")


def encoding_cases() -> list[Case]:
    gbk_body = f"<p>{ARTICLE_SIMPLIFIED}</p>" * 3
    cases = []
    for codec in NON_TEXT_CODECS:
        cases.append(
            Case(
                f"meta-charset-{codec}",
                "encodings",
                _file(f"meta-{codec}.html", _page(gbk_body, f'<meta charset="{codec}">', "gbk")),
                "opens",
                "王大明",
            )
        )
        xml = f'<?xml version="1.0" encoding="{codec}"?>'.encode() + _page(gbk_body, encoding="gbk")
        cases.append(
            Case(f"xml-declares-{codec}", "encodings", _file(f"xml-{codec}.xhtml", xml), "opens", "王大明")
        )
    cases += [
        Case(
            "gbk-text",
            "encodings",
            _file("gbk.txt", ARTICLE_SIMPLIFIED.encode("gbk") * 5),
            "opens",
            "王大明说",
        ),
        Case("big5-text", "encodings", _file("big5.txt", ARTICLE.encode("big5") * 5), "opens", "王大明說"),
        Case(
            "gb18030-bom",
            "encodings",
            _file("gb.txt", b"\x84\x31\x95\x33" + ARTICLE.encode("gb18030")),
            "opens",
            "王大明",
        ),
        Case("utf16-le-bom", "encodings", _file("u16le.txt", ARTICLE.encode("utf-16")), "opens", "王大明"),
        Case(
            "utf16-be-bom",
            "encodings",
            _file("u16be.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")),
            "opens",
            "王大明",
        ),
        Case("utf32-bom", "encodings", _file("u32.txt", ARTICLE.encode("utf-32")), "opens", "王大明"),
        Case(
            "utf16-no-bom",
            "encodings",
            _file("u16nb.txt", ("標題 title\n" + ARTICLE).encode("utf-16-le")),
            "opens",
            "王大明",
        ),
        Case("korean-euc-kr", "encodings", _file("ko.txt", (KOREAN * 5).encode("euc-kr")), "opens", "Korean"),
        Case("korean-utf8", "encodings", _file("ko8.txt", (KOREAN * 5).encode()), "opens", "Korean"),
        Case(
            "japanese-utf8",
            "encodings",
            _file("ja.txt", "東京都は今日、新しい政策を発表した。\n".encode() * 5),
            "opens",
            "東京",
        ),
        Case("three-nuls", "encodings", _file("nuls.txt", _with_controls(3, "\x00")), "opens", "王大明"),
        Case("escape-codes", "encodings", _file("esc.txt", _with_controls(4, "\x1b")), "opens", "王大明"),
        Case("c1-controls", "encodings", _file("c1.txt", _with_controls(4, "\u0093")), "opens", "王大明"),
        Case(
            "nel-line-breaks",
            "encodings",
            _file("nel.txt", (ARTICLE.replace("\n", "\u0085") * 10).encode()),
            "opens",
            "王大明",
        ),
        Case("form-feeds", "encodings", _file("ff.txt", (ARTICLE + "\x0c").encode() * 10), "opens", "王大明"),
        Case(
            "crlf-and-cr",
            "encodings",
            _file("crlf.txt", (ARTICLE.replace("\n", "\r\n") + ARTICLE.replace("\n", "\r")).encode()),
            "opens",
            "王大明",
        ),
        Case(
            "damaged-utf8",
            "encodings",
            _file("dam.txt", (ARTICLE * 20).encode()[:-1] + b"\xff" + ARTICLE.encode()),
            "opens",
            "damaged",
        ),
        Case(
            "truncated-gbk",
            "encodings",
            _file("trunc.txt", (ARTICLE_SIMPLIFIED * 20).encode("gbk")[:-1]),
            "opens",
            "王大明",
        ),
        Case(
            "mostly-nul-utf8",
            "encodings",
            _file("mnul.txt", ARTICLE.encode() + bytes(3000)),
            "refused",
            "text",
        ),
        Case(
            "reading-ends-in-bom",
            "encodings",
            _file("bomonly.txt", codecs.BOM_UTF8),
            "refused",
            "white space",
        ),
        Case("overlong-utf8", "encodings", _file("overlong.txt", b"\xc0\xaf" * 500), "opens", ""),
        Case("surrogates-in-utf8", "encodings", _file("surr.txt", b"\xed\xa0\x80" * 300), "refused", "text"),
        Case("private-use", "encodings", _file("pua.txt", "\ue000".encode() * 500), "refused", "text"),
        Case(
            "no-chinese",
            "encodings",
            _file("en.txt", b"Hello world, this is an English text.\n" * 5),
            "opens",
            "no Chinese",
        ),
    ]
    return cases


# -- web pages ----------------------------------------------------------------------------------

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def _nested(depth: int) -> bytes:
    return _page("<div>" * depth + f"<p>{ARTICLE}</p>" + "</div>" * depth)


def html_cases() -> list[Case]:
    article = f"<article><h1>標題</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article>"
    return [
        Case(
            "billion-laughs-html",
            "web pages",
            _file(
                "lol.html",
                (BILLION_LAUGHS + "<html><body><p>&lol9;</p>" + f"<p>{ARTICLE}</p></body></html>").encode(),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "xxe-file",
            "web pages",
            _file(
                "xxe.html",
                (
                    f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><html><body><p>&e;</p><p>{ARTICLE}</p></body></html>'
                ).encode(),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "xxe-http",
            "web pages",
            _file(
                "xxeh.html",
                (
                    f'<!DOCTYPE x [<!ENTITY e SYSTEM "http://example.invalid/">]><html><body><p>&e;</p><p>{ARTICLE}</p></body></html>'
                ).encode(),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "remote-everything",
            "web pages",
            _file(
                "remote.html",
                _page(
                    article
                    + '<img src="http://x.invalid/a.png"><iframe src="http://x.invalid"></iframe><link rel=import href="http://x.invalid">'
                ),
            ),
            "opens",
            "王大明",
        ),
        # libxml2 drops what is nested deeper than 256 levels: a clear refusal, in linear time
        Case("nested-5000", "web pages", _file("nest.html", _nested(5000)), "refused", "no article text"),
        Case(
            "nested-100000", "web pages", _file("nest2.html", _nested(100_000)), "refused", "no article text"
        ),
        Case(
            "entity-flood",
            "web pages",
            _file("ent.html", _page(f"<p>{ARTICLE}</p><p>" + "&nbsp;&amp;&#x4e2d;" * 150_000 + "</p>")),
            "opens",
            "王大明",
            heavy=True,
        ),
        Case(
            "only-scripts",
            "web pages",
            _file("script.html", _page("<script>" + "x=1;" * 1000 + "</script><style>p{}</style>")),
            "refused",
            "no article text",
        ),
        Case(
            "empty-page",
            "web pages",
            _file("emptyp.html", b"<html><head></head><body></body></html>"),
            "refused",
            "",
        ),
        Case(
            "comment-only",
            "web pages",
            _file("comm.html", b"<html><body><!-- " + b"x" * 10000 + b" --></body></html>"),
            "refused",
            "",
        ),
        Case(
            "unclosed-comment",
            "web pages",
            _file("unc.html", _page(f"<p>{ARTICLE}</p><!-- never closed")),
            "opens",
            "王大明",
        ),
        Case(
            "cdata-soup",
            "web pages",
            _file("cdata.html", _page(f"<p>{ARTICLE}</p>" + "<![CDATA[" * 1000)),
            "opens",
            "王大明",
        ),
        Case(
            "meta-refresh",
            "web pages",
            _file(
                "refresh.html",
                _page(f"<p>{ARTICLE}</p>", '<meta http-equiv="refresh" content="0;url=http://x.invalid">'),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "long-attribute",
            "web pages",
            _file("attr.html", _page(f'<p title="{"x" * 2_000_000}">{ARTICLE}</p>')),
            "opens",
            "王大明",
        ),
        Case(
            "many-tags",
            "web pages",
            _file("tags.html", _page("<span></span>" * 80_000 + f"<p>{ARTICLE}</p>")),
            "opens",
            "王大明",
            heavy=True,
        ),
        Case(
            "page-17MB",
            "web pages",
            _file("big.html", _page(f"<p>{ARTICLE}</p>" * 120_000)),
            "refused",
            "web pages up to",
            heavy=True,
        ),
        Case(
            "utf16-page",
            "web pages",
            _file("u16.html", _page(f"<p>{ARTICLE}</p>", encoding="utf-16")),
            "opens",
            "王大明",
        ),
        Case(
            "gbk-declared-big5",
            "web pages",
            _file("lie.html", _page(f"<p>{ARTICLE}</p>" * 3, '<meta charset="gbk">', "big5")),
            "opens",
            "王大明說",
        ),
        Case(
            "svg-in-html",
            "web pages",
            _file("svg.html", _page(f'<svg><use href="http://x.invalid#a"/></svg><p>{ARTICLE}</p>')),
            "opens",
            "王大明",
        ),
        Case(
            "processing-instructions",
            "web pages",
            _file("pi.html", _page(f"<?php evil(); ?><p>{ARTICLE}</p>")),
            "opens",
            "王大明",
        ),
    ]


# -- Markdown -----------------------------------------------------------------------------------


def markdown_cases() -> list[Case]:
    return [
        Case(
            "md-star-line",
            "markdown",
            _file("stars.md", ("*" * 2_000_000 + "\n" + ARTICLE).encode()),
            "opens",
            "王大明",
        ),
        Case(
            "md-brackets",
            "markdown",
            _file("brackets.md", ("[" * 200_000 + "](" * 200_000 + "\n" + ARTICLE).encode()),
            "opens",
            "王大明",
        ),
        Case(
            "md-front-matter-open",
            "markdown",
            _file("fm.md", ("---\ntitle: x\n" + ARTICLE * 3).encode()),
            "opens",
            "王大明",
        ),
        Case("md-only-markup", "markdown", _file("markup.md", b"---\n***\n```\n```\n"), "refused", "markup"),
        Case(
            "md-html-inside",
            "markdown",
            _file("inline.md", (f'<img src="file:///dev/zero">\n{ARTICLE}').encode()),
            "opens",
            "王大明",
        ),
        Case(
            "md-many-fences",
            "markdown",
            _file("fences.md", (("```\n" + ARTICLE) * 500).encode()),
            "opens",
            "王大明",
        ),
    ]


# -- EPUB books ---------------------------------------------------------------------------------

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
    '<rootfiles><rootfile full-path="{opf}" media-type="application/oebps-package+xml"/></rootfiles></container>'
)


def _opf(items: list[tuple[str, str, str]], spine: list[str], *, prolog: str = "", title: str = "書") -> str:
    manifest = "".join(f'<item id="{i}" href="{h}" media-type="{t}"/>' for i, h, t in items)
    refs = "".join(f'<itemref idref="{i}"/>' for i in spine)
    return (
        f'<?xml version="1.0"?>{prolog}<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></metadata>'
        f"<manifest>{manifest}</manifest><spine>{refs}</spine></package>"
    )


def _chapter(body: str, declaration: str = "") -> str:
    return f'{declaration}<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'


def raw_epub(
    members: dict[str, bytes | str], *, opf: str = "OEBPS/content.opf", method: int = zipfile.ZIP_DEFLATED
) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as book:
        book.writestr(zipfile.ZipInfo("mimetype"), b"application/epub+zip", compress_type=zipfile.ZIP_STORED)
        if "META-INF/container.xml" not in members:
            book.writestr("META-INF/container.xml", CONTAINER.format(opf=opf))
        for name, data in members.items():
            book.writestr(name, data.encode() if isinstance(data, str) else data)
    return out.getvalue()


def _simple_book(chapter: bytes | str, **opf: str) -> bytes:
    return raw_epub(
        {
            "OEBPS/content.opf": _opf([("c1", "c1.xhtml", "application/xhtml+xml")], ["c1"], **opf),
            "OEBPS/c1.xhtml": chapter,
        }
    )


def _big_chapter_book(size: int) -> Callable[[Path], Path]:
    """A small file with one honest chapter of ``size`` bytes (highly compressible), streamed into
    the archive so the test never holds it in memory either."""

    def build(folder: Path) -> Path:
        path = folder / f"big-{size // MiB}.epub"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
            book.writestr(zipfile.ZipInfo("mimetype"), b"application/epub+zip")
            book.writestr("META-INF/container.xml", CONTAINER.format(opf="content.opf"))
            book.writestr("content.opf", _opf([("c1", "c1.xhtml", "application/xhtml+xml")], ["c1"]))
            with book.open("c1.xhtml", "w", force_zip64=True) as member:
                member.write(b"<html><body><p>")
                line = ("王大明說我們明天就出發" * 100).encode()
                written = 0
                while written < size:
                    member.write(line)
                    written += len(line)
                member.write(b"</p></body></html>")
        return path

    return build


def _lying_sizes(claimed: int, real: int, method: int = zipfile.ZIP_DEFLATED) -> Callable[[Path], Path]:
    """A chapter whose ZIP headers (local and central) give ``claimed`` as its size."""

    def build(folder: Path) -> Path:
        chapter = (
            b"<html><body><p>"
            + ARTICLE.encode() * (real // len(ARTICLE.encode()) + 1)
            + b"</p></body></html>"
        )
        data = bytearray(
            _simple_book(chapter)
            if method == zipfile.ZIP_DEFLATED
            else raw_epub(
                {
                    "OEBPS/content.opf": _opf([("c1", "c1.xhtml", "application/xhtml+xml")], ["c1"]),
                    "OEBPS/c1.xhtml": chapter,
                },
                method=method,
            )
        )
        name = b"OEBPS/c1.xhtml"
        for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            at = data.find(signature)
            while at != -1:
                name_at = at + (30 if signature == b"PK\x03\x04" else 46)
                if data[name_at : name_at + len(name)] == name:
                    struct.pack_into("<I", data, at + offset, claimed & 0xFFFFFFFF)
                at = data.find(signature, at + 4)
        path = folder / f"lie-{claimed}-{real}.epub"
        path.write_bytes(bytes(data))
        return path

    return build


def _many_chapters(count: int) -> bytes:
    items = [(f"c{i}", f"c{i}.xhtml", "application/xhtml+xml") for i in range(count)]
    members: dict[str, bytes | str] = {"OEBPS/content.opf": _opf(items, [i for i, _, _ in items])}
    for i in range(count):
        members[f"OEBPS/c{i}.xhtml"] = _chapter(f"<h1>第{i}章</h1><p>{ARTICLE}</p>")
    return raw_epub(members)


def _nested_zip_bomb() -> bytes:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros", bytes(20 * MiB))
    return _simple_book(_chapter(f"<p>{ARTICLE}</p>")) + inner.getvalue()


def _password_flag(folder: Path) -> Path:
    data = bytearray(_simple_book(_chapter(f"<p>{ARTICLE}</p>")))
    at = data.find(b"PK\x01\x02")
    while at != -1:  # set the "encrypted" bit on every entry in the central directory
        struct.pack_into("<H", data, at + 8, struct.unpack_from("<H", data, at + 8)[0] | 1)
        at = data.find(b"PK\x01\x02", at + 4)
    path = folder / "password.epub"
    path.write_bytes(bytes(data))
    return path


def _unknown_method(folder: Path) -> Path:
    data = bytearray(_simple_book(_chapter(f"<p>{ARTICLE}</p>")))
    at = data.find(b"PK\x01\x02")
    while at != -1:
        struct.pack_into("<H", data, at + 10, 99)  # AES / unknown compression
        at = data.find(b"PK\x01\x02", at + 4)
    path = folder / "method.epub"
    path.write_bytes(bytes(data))
    return path


def epub_cases() -> list[Case]:
    good = _chapter(f"<h1>第一章</h1><p>{ARTICLE}</p>")
    gbk = _chapter(
        f"<h1>第一章</h1><p>{ARTICLE_SIMPLIFIED}</p>" * 3, '<?xml version="1.0" encoding="GBK"?>'
    ).encode("gbk")
    opf_one = _opf([("c1", "c1.xhtml", "application/xhtml+xml")], ["c1"])
    lol_prolog = BILLION_LAUGHS.replace('<?xml version="1.0"?>', "")
    cases = [
        Case(
            "epub-ebooklib",
            "epub",
            _file("good.epub", build_epub([("a.xhtml", "甲", f"<p>{ARTICLE}</p>")])),
            "opens",
            "王大明",
        ),
        Case("epub-raw", "epub", _file("raw.epub", _simple_book(good)), "opens", "王大明"),
        Case("epub-gbk-chapter", "epub", _file("gbk.epub", _simple_book(gbk)), "opens", "王大明说"),
        Case(
            "epub-big5-chapter",
            "epub",
            _file(
                "big5.epub",
                _simple_book(
                    _chapter(f"<p>{ARTICLE}</p>" * 3, '<?xml version="1.0" encoding="big5"?>').encode("big5")
                ),
            ),
            "opens",
            "王大明說",
        ),
        Case(
            "epub-utf16-chapter",
            "epub",
            _file("u16.epub", _simple_book(good.encode("utf-16"))),
            "opens",
            "王大明",
        ),
        Case(
            "epub-rot13-declared",
            "epub",
            _file(
                "rot.epub",
                _simple_book(
                    _chapter(
                        f"<p>{ARTICLE_SIMPLIFIED}</p>" * 3, '<?xml version="1.0" encoding="rot13"?>'
                    ).encode("gbk")
                ),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "epub-korean-chapter",
            "epub",
            _file(
                "ko.epub",
                _simple_book(
                    _chapter(f"<p>{KOREAN}</p>" * 3, '<?xml version="1.0" encoding="euc-kr"?>').encode(
                        "euc-kr"
                    )
                ),
            ),
            "opens",
            "Korean",
        ),
        Case("epub-honest-200MiB", "epub", _big_chapter_book(200 * MiB), "refused", "too much", heavy=True),
        Case("epub-honest-40MiB", "epub", _big_chapter_book(40 * MiB), "refused", "too much", heavy=True),
        Case("epub-lies-small", "epub", _lying_sizes(1000, 30 * MiB), "refused", "damaged", heavy=True),
        Case("epub-lies-large", "epub", _lying_sizes(0xFFFFFFF0, 10_000), "opens", "王大明", heavy=True),
        Case("epub-lies-zero", "epub", _lying_sizes(0, 2 * MiB), "refused", "damaged", heavy=True),
        Case(
            "epub-stored-lies",
            "epub",
            _lying_sizes(100, 3 * MiB, zipfile.ZIP_STORED),
            "refused",
            "damaged",
            heavy=True,
        ),
        Case(
            "epub-5000-chapters",
            "epub",
            _file("many.epub", _many_chapters(5000)),
            "opens",
            "第0章",
            heavy=True,
        ),
        # zipfile reads the last central directory: the appended archive, with no book in it
        Case("epub-nested-zip", "epub", _file("nested.epub", _nested_zip_bomb()), "refused", "damaged"),
        Case("epub-password-flag", "epub", _password_flag, "refused", "DRM"),
        Case("epub-unknown-method", "epub", _unknown_method, "refused", "damaged"),
        Case("epub-truncated", "epub", _file("trunc.epub", _simple_book(good)[:300]), "refused", ""),
        Case(
            "epub-no-container",
            "epub",
            _file("nocont.epub", raw_epub({"META-INF/container.xml": b"<x/>", "OEBPS/c1.xhtml": good})),
            "refused",
            "damaged",
        ),
        Case(
            "epub-no-opf",
            "epub",
            _file("noopf.epub", raw_epub({"OEBPS/c1.xhtml": good})),
            "refused",
            "damaged",
        ),
        Case(
            "epub-opf-garbage",
            "epub",
            _file(
                "opfg.epub", raw_epub({"OEBPS/content.opf": bytes(range(256)) * 10, "OEBPS/c1.xhtml": good})
            ),
            "refused",
            "damaged",
        ),
        Case(
            "epub-opf-billion-laughs",
            "epub",
            _file(
                "opflol.epub",
                raw_epub(
                    {
                        "OEBPS/content.opf": _opf(
                            [("c1", "c1.xhtml", "application/xhtml+xml")],
                            ["c1"],
                            prolog=lol_prolog,
                            title="&lol9;",
                        ),
                        "OEBPS/c1.xhtml": good,
                    }
                ),
            ),
            "refused",
            "no text",
        ),  # libxml2 stops at the amplification
        Case(
            "epub-opf-xxe",
            "epub",
            _file(
                "opfxxe.epub",
                raw_epub(
                    {
                        "OEBPS/content.opf": _opf(
                            [("c1", "c1.xhtml", "application/xhtml+xml")],
                            ["c1"],
                            prolog='<!DOCTYPE p [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
                            title="&e;",
                        ),
                        "OEBPS/c1.xhtml": good,
                    }
                ),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "epub-chapter-xxe",
            "epub",
            _file(
                "chxxe.epub",
                _simple_book(
                    '<!DOCTYPE h [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                    + _chapter(f"<p>&e;{ARTICLE}</p>")
                ),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "epub-traversal-href",
            "epub",
            _file(
                "trav.epub",
                raw_epub(
                    {
                        "OEBPS/content.opf": _opf(
                            [
                                ("c1", "../../../../etc/passwd", "application/xhtml+xml"),
                                ("c2", "c2.xhtml", "application/xhtml+xml"),
                            ],
                            ["c1", "c2"],
                        ),
                        "OEBPS/c2.xhtml": good,
                    }
                ),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "epub-traversal-member",
            "epub",
            _file(
                "travm.epub",
                raw_epub(
                    {
                        "OEBPS/content.opf": _opf([("c1", "../../x.xhtml", "application/xhtml+xml")], ["c1"]),
                        "../../x.xhtml": good,
                    }
                ),
            ),
            "refused",
            "",
        ),
        Case(
            "epub-absolute-member",
            "epub",
            _file(
                "abs.epub",
                raw_epub({"OEBPS/content.opf": opf_one, "/etc/c1.xhtml": good, "OEBPS/c1.xhtml": good}),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "epub-empty-spine",
            "epub",
            _file(
                "nospine.epub",
                raw_epub(
                    {
                        "OEBPS/content.opf": _opf([("c1", "c1.xhtml", "application/xhtml+xml")], []),
                        "OEBPS/c1.xhtml": good,
                    }
                ),
            ),
            "refused",
            "no text",
        ),
        Case(
            "epub-spine-to-image",
            "epub",
            _file(
                "img.epub",
                raw_epub(
                    {
                        "OEBPS/content.opf": _opf([("i", "a.png", "image/png")], ["i"]),
                        "OEBPS/a.png": SIGNATURES["png"] + bytes(100),
                    }
                ),
            ),
            "refused",
            "no text",
        ),
        Case(
            "epub-missing-chapter",
            "epub",
            _file("miss.epub", raw_epub({"OEBPS/content.opf": opf_one})),
            "refused",
            "no text",
        ),
        Case(
            "epub-duplicate-names",
            "epub",
            _file("dup.epub", raw_epub({"OEBPS/content.opf": opf_one, "OEBPS/c1.xhtml": good})),
            "opens",
            "王大明",
        ),
        Case(
            "epub-quoted-href",
            "epub",
            _file(
                "quoted.epub",
                raw_epub(
                    {
                        "OEBPS/content.opf": _opf(
                            [("c1", "%E7%AC%AC1.xhtml", "application/xhtml+xml")], ["c1"]
                        ),
                        "OEBPS/第1.xhtml": good,
                    }
                ),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "epub-spine-loop",
            "epub",
            _file(
                "loop.epub",
                raw_epub(
                    {
                        "OEBPS/content.opf": _opf(
                            [("c1", "c1.xhtml", "application/xhtml+xml")], ["c1"] * 2000
                        ),
                        "OEBPS/c1.xhtml": good,
                    }
                ),
            ),
            "opens",
            "王大明",
        ),
        Case(
            "epub-binary-chapter",
            "epub",
            _file("binch.epub", _simple_book(bytes(range(256)) * 100)),
            "refused",
            "no text",
        ),
        Case("epub-named-not-zip", "epub", _file("fake.epub", ARTICLE.encode()), "refused", "not one"),
        Case("epub-zip-of-nothing", "epub", _file("nothing.epub", b"PK\x05\x06" + bytes(18)), "refused", ""),
    ]
    return cases


def all_cases() -> list[Case]:
    return [
        *file_kind_cases(),
        *name_cases(),
        *binary_cases(),
        *encoding_cases(),
        *html_cases(),
        *markdown_cases(),
        *epub_cases(),
    ]
