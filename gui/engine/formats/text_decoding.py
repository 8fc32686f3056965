"""Turn the bytes of a text file into a string, guessing the encoding the way a Chinese reader needs.

Order of evidence (strongest first):

1. an explicit encoding chosen by the reader (View ▸ Reopen with encoding…);
2. a byte-order mark (UTF-8, UTF-16, UTF-32, GB18030);
3. strict UTF-8: valid multi-byte UTF-8 is almost never anything else;
4. an encoding the document declares (``<meta charset>`` in HTML), if it decodes cleanly;
5. charset-normalizer's guesses plus the Chinese encodings (GB18030, Big5/cp950, Big5-HKSCS), each
   decoded strictly and ranked by how much the result looks like Chinese text: frequent characters
   score, rare ideographs, control characters and private-use code points cost. This is what stops
   the classic trap of Big5 bytes read as GBK (and back): both usually decode without error, but
   only the right one gives common characters.
6. If nothing decodes cleanly, a file that is Chinese text with a few damaged bytes (a truncated
   download, one bad sector) is still shown, with U+FFFD for the damaged spots; anything else is
   a :class:`LoadError`.

Everything here is linear in the input size: regular expressions are plain character classes, and
the costly ranking only looks at a prefix.
"""

from __future__ import annotations

import codecs
import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from gui.engine import regex_cache as re
from gui.engine.document import LoadError

# The encodings the window offers in View ▸ Reopen with encoding…, in menu order.
OFFERED_ENCODINGS: tuple[str, ...] = ("utf-8", "utf-16", "gb18030", "gbk", "gb2312", "big5", "big5hkscs")

ENCODING_LABELS: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "gb18030": "GB18030 (Simplified Chinese, all characters)",
    "gbk": "GBK (Simplified Chinese, Windows)",
    "gb2312": "GB2312 (Simplified Chinese, basic)",
    "big5": "Big5 (Traditional Chinese, Taiwan)",
    "big5hkscs": "Big5-HKSCS (Traditional Chinese, Hong Kong)",
}

# "Big5" as files on Windows are really written is Microsoft's cp950 (it has 碁銹裏墻恒粧嫺 and €,
# which Python's strict "big5" codec rejects), so that is what the name decodes with here.
_CODEC_FOR_NAME = {"big5": "cp950", "big5-tw": "cp950", "csbig5": "cp950"}
# ...and the names reported back, so LoadedDocument.encoding can be passed straight back as an override.
_NAME_FOR_CODEC = {
    "cp950": "big5",
    "utf-8-sig": "utf-8",
    "utf-16-le": "utf-16",
    "utf-16-be": "utf-16",
    "utf-32-le": "utf-32",
    "utf-32-be": "utf-32",
}

_CHINESE_FALLBACKS = ("gb18030", "cp950", "big5hkscs")
_EBCDIC = frozenset({"cp037", "cp273", "cp424", "cp500", "cp875", "cp1026", "cp1140"})

# Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (b"\x84\x31\x95\x33", "gb18030"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Code points that do not occur in real text: C0/C1 controls (tab, line and page breaks allowed),
# DEL, private use, non-characters and the replacement character. A plain character class, so
# counting is linear.
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\ufffe\uffff\U000f0000-\U0010ffff]")
# The same split in two for _plausible: a few stray control characters (NULs from a bad copy, an
# escape code, C1 controls) are tolerated in otherwise good text; impossible code points much less.
# U+0085 (NEL) is a line break, not a stray control.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_IMPOSSIBLE_CHARS = re.compile("[\ue000-\uf8ff\ufffd\ufffe\uffff\U000f0000-\U0010ffff]")
# What tidy_text removes from a loaded text: controls that have no meaning on screen.
_DROPPED_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]+")

_SAMPLE_BYTES = 256 * 1024  # what the ranking decodes; enough for any article, cheap for 20 MB
_DETECTOR_BYTES = 64 * 1024  # charset-normalizer is slow on big inputs and needs no more than this


@dataclass(frozen=True)
class DecodedText:
    """A decoded string (line endings untouched) and the encoding name to report for it."""

    text: str
    encoding: str
    replacements: int = 0


def decode_bytes(data: bytes, encoding: str | None = None, *, declared: str | None = None) -> DecodedText:
    """Decode ``data`` with ``encoding`` if given, else detect it (see the module docstring).

    ``declared`` is an encoding label the document itself names (HTML ``<meta charset>``).
    A leading U+FEFF is removed. Raises :class:`LoadError` when the bytes are not text.
    """
    if encoding is not None:
        return _strip_bom(_decode_explicit(data, encoding))
    return _strip_bom(_detect_and_decode(data, declared))


def codec_for(name: str) -> str:
    """The Python codec that decodes the encoding a reader or a document calls ``name``.

    Raises :class:`LoadError` for a name that is no known text encoding.
    """
    key = name.strip().lower().replace("_", "-")
    codec = _CODEC_FOR_NAME.get(key, key)
    try:
        info = codecs.lookup(codec)
    except LookupError:
        raise LoadError(f"“{name}” is not an encoding Yanlu knows.") from None
    if not is_text_encoding(info):
        raise LoadError(f"“{name}” is not a text encoding.")
    return info.name


# Codecs Python registers that decode bytes to str but are no document encoding: "undefined" raises
# on every call, idna/punycode are for host names, the escape codecs read Python string literals.
_NOT_DOCUMENT_ENCODINGS = frozenset(
    {"undefined", "idna", "punycode", "unicode-escape", "raw-unicode-escape", "utf-7", "unicode-internal"}
)


def is_text_encoding(info: codecs.CodecInfo) -> bool:
    """Whether a codec decodes the bytes of a document to text. Bytes-to-bytes codecs (base64,
    zlib, hex…) and str-to-str ones (rot13) are flagged by Python itself; the rest are listed."""
    return getattr(info, "_is_text_encoding", True) and info.name not in _NOT_DOCUMENT_ENCODINGS


def reported_name(codec: str) -> str:
    """The name to show for a codec: the OFFERED_ENCODINGS spelling when there is one."""
    name = codecs.lookup(codec).name
    return _NAME_FOR_CODEC.get(name, name)


def replacement_allowance(size: int) -> int:
    """How many undecodable spots a file of ``size`` bytes may have and still be shown: 1 per kB,
    at least 4 (a cut-off last character and a bad byte or two in a short article)."""
    return max(4, size // 1000)


def _strip_bom(decoded: DecodedText) -> DecodedText:
    if decoded.text.startswith("\ufeff"):
        return DecodedText(decoded.text[1:], decoded.encoding, decoded.replacements)
    return decoded


def _decode_explicit(data: bytes, name: str) -> DecodedText:
    """Decode with the reader's choice; tolerate a few bad bytes (1 %) since they asked for it."""
    codec = codec_for(name)
    try:
        return DecodedText(data.decode(codec), reported_name(codec))
    except UnicodeDecodeError as error:
        first_bad = error.start
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    if bad > max(1, len(data) // 100):
        raise LoadError(
            f"This file is not valid {ENCODING_LABELS.get(reported_name(codec), name)}: "
            f"unreadable bytes from position {first_bad} on."
        )
    return DecodedText(text, reported_name(codec), bad)


def _detect_and_decode(data: bytes, declared: str | None) -> DecodedText:
    bom_codec = _bom_codec(data)
    if bom_codec is not None:
        return _decode_with_bom(data, bom_codec)
    utf8 = _try_full(data, "utf-8")
    if utf8 is not None and _plausible(utf8):
        return DecodedText(utf8, "utf-8")
    korean = _korean_reading(data)
    if korean is not None:
        return korean
    candidates = _candidates(data, declared)
    ranked = _rank(data, candidates)
    for codec in ranked:
        text = _try_full(data, codec)
        if text is not None and _plausible(text):
            return DecodedText(text, reported_name(codec))
    damaged = _best_damaged(data, ("utf-8", *candidates))
    if damaged is not None:
        return damaged
    raise LoadError(
        "This file does not look like text: its bytes are not valid in any encoding Yanlu knows "
        "(it may be damaged, or a binary file)."
    )


def _bom_codec(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def _decode_with_bom(data: bytes, codec: str) -> DecodedText:
    """A byte-order mark settles the encoding; only damage or binary content can still fail it."""
    text = _try_full(data, codec)
    if text is not None:
        if not _plausible(text):
            raise LoadError("This file does not look like text (it may be a program or a binary file).")
        return DecodedText(text, reported_name(codec))
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    if bad > replacement_allowance(len(data)):
        raise LoadError("This file is damaged: many of its bytes are not valid text.")
    return DecodedText(text, reported_name(codec), bad)


def _try_full(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):  # UnicodeError: a codec that refuses every input
        return None


def _try_prefix(data: bytes, codec: str) -> str | None:
    """Strictly decode the first _SAMPLE_BYTES; an incomplete character cut off at the end is fine."""
    try:
        decoder = codecs.getincrementaldecoder(codec)(errors="strict")
        return decoder.decode(data[:_SAMPLE_BYTES], final=len(data) <= _SAMPLE_BYTES)
    except (UnicodeError, LookupError):
        return None


def _plausible(text: str) -> bool:
    """Text, not binary: at most 8 (or 1 in 100) control characters and at most 2 (or 1 in 1,000)
    impossible code points (private use, non-characters, U+FFFD)."""
    return _at_most(_CONTROL_CHARS, text, max(8, len(text) // 100)) and _at_most(
        _IMPOSSIBLE_CHARS, text, max(2, len(text) // 1000)
    )


def _at_most(pattern: re.Pattern[str], text: str, limit: int) -> bool:
    # count lazily and stop at the limit: a 20 MB file of NUL bytes must not build a 20 M list
    return all(count <= limit for count, _ in enumerate(pattern.finditer(text), 1))


def _candidates(data: bytes, declared: str | None) -> tuple[str, ...]:
    """Codecs worth ranking, in order of trust (order breaks ties)."""
    names: list[str] = []
    if declared:
        names.extend(_declared_codecs(declared))
    # UTF-16/32 without a byte-order mark only if there are NUL bytes (the high half of ASCII
    # characters): any even-length binary decodes as UTF-16, and a text with no space, digit or
    # line break in it at all is not a plausible article.
    wide = b"\x00" in data[:_SAMPLE_BYTES]
    names.extend(g for g in _detector_guesses(data) if wide or not g.lower().startswith(("utf_16", "utf_32")))
    names.extend(_CHINESE_FALLBACKS)
    if wide:
        names.extend(("utf-16-le", "utf-16-be"))
    return _unique_codecs(names)


def _declared_codecs(label: str) -> tuple[str, ...]:
    """Map an HTML charset label as browsers do (WHATWG): GB2312/GBK mean GB18030, Big5 means cp950
    or HKSCS, Latin-1 means Windows-1252; a declared UTF-16 cannot be true of an ASCII-readable meta."""
    key = label.strip().lower()
    if key in {"gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "gb_2312-80", "iso-ir-58", "gb18030"}:
        return ("gb18030",)
    if key in {"big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"}:
        return ("cp950", "big5hkscs")
    if key in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252"}:
        return ("cp1252",)
    if key.startswith(("utf-16", "utf-32")):
        return ()
    return (key,)


def _detector_guesses(data: bytes) -> list[str]:
    """charset-normalizer's guesses for a prefix cut at a line end (no character split in two)."""
    sample = data[:_DETECTOR_BYTES]
    if len(data) > _DETECTOR_BYTES:
        cut = sample.rfind(b"\n")
        if cut > _DETECTOR_BYTES // 2:
            sample = sample[: cut + 1]
    try:
        from charset_normalizer import from_bytes

        return [match.encoding for match in from_bytes(sample)]
    except Exception:  # a detector failure must not stop the load: the Chinese fallbacks remain
        return []


def _unique_codecs(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for name in names:
        try:
            info = codecs.lookup(_CODEC_FOR_NAME.get(name.lower(), name))
        except LookupError:
            continue
        if not is_text_encoding(info):  # a page may declare charset=rot13 or base64
            continue
        codec = info.name
        # UTF-8 was already tried; "utf-16"/"utf-32" without a mark are spelled out as -le/-be above;
        # EBCDIC (IBM mainframes) turns any byte soup into harmless-looking letters and is never
        # what a reader of Chinese news has.
        if codec not in {"utf-8", "utf-8-sig", "utf-16", "utf-32"} and codec not in _EBCDIC:
            seen.setdefault(codec, None)
    return tuple(seen)


def _rank(data: bytes, codecs_in_order: tuple[str, ...]) -> list[str]:
    """Codecs whose prefix decodes strictly and plausibly, best Chinese-likeness first."""
    scored: list[tuple[float, int, str]] = []
    for index, codec in enumerate(codecs_in_order):
        sample = _try_prefix(data, codec)
        if sample is not None and _plausible(sample) and looks_like_writing(sample):
            scored.append((-chinese_likeness(sample), index, codec))
    return [codec for _, _, codec in sorted(scored)]


def _best_damaged(data: bytes, codecs_in_order: Iterable[str]) -> DecodedText | None:
    """The best reading of a damaged file, if one is clearly Chinese text with only a few bad bytes."""
    best: tuple[float, DecodedText] | None = None
    allowance = replacement_allowance(len(data))
    for codec in dict.fromkeys(("utf-8", *_CHINESE_FALLBACKS, *codecs_in_order)):
        try:
            text = data.decode(codec, errors="replace")
        except (UnicodeError, LookupError):
            continue
        bad = text.count("\ufffd")
        if bad > allowance or common_ratio(text) < 0.3:
            continue
        if not _plausible(text.replace("\ufffd", "")):
            continue
        score = chinese_likeness(text)
        if best is None or score > best[0]:
            best = (score, DecodedText(text, reported_name(codec), bad))
    return best[1] if best else None


# ---------------------------------------------------------------------------------------------
# How Chinese a decoded string looks

# The 500 most frequent characters of the word list shipped with jieba (each character weighted by
# the frequency of the words it occurs in), in simplified script and converted to traditional with
# OpenCC (s2t and s2tw). Hard-coded so this module needs neither package.
_FREQUENT = frozenset(
    "一是人了不在有大中国和为这上他个地年来我会以到时要出的生学说道民家子也成行下们于后就发自之对得主长可过天作分方用多你着部能市等业全里工公经本都而高政法面门动日进区事代那去心小同北定开产前其军还然起种所"
    "如现理机体表力好外与文当两实重新三么只山水关明从化平建又制南内西没此将员名手最东头者月间无安看见各城十相但已些正口通想度加第她合院物性战由位常点海意场武使次二向治因立数样身情入原问把路被并利石老教万知"
    "级量任江及应省资委务元美特期世湖回系比气汉总展电科金先声提品设或义王社很统处四首共马形己儿司太目基领队直计别女权话少流命至报米给打变果书清活几州华解议更称程今决张导术府才保交放管结师便走达族反再题色五"
    "京河接条规式县白它改风光运信受什组听布百济党指论强做取技黄神选记斯真却职号界件花类何眼兵传带空干农边据集联古广完质阳难增历史专官每住商即步认车台林必死游举线言皇土团收考求德叫近备研争非具李众连调感转笑"
    "革该持始英克士尔让拉思根格造较际亲单朝红型价校约器字段周亚深候则功属积快图火千准究往极育装许参半令吃观鱼精办像帝八复影告远群包整构料随划算象容示投势热值夫网望源息语股铁断派速怎需片爱律纪支早况病境证编"
    "國爲這個來會時學說們於後發對長過業裏經門動進區開產軍還種現機體與當兩實麼關從內沒將員東頭間無見戰點場數樣問並萬級應資務氣漢總電聲設義統處馬兒領隊計別權話報給變書幾華議稱決張導術結師達題條規縣風運組聽濟"
    "黨論強黃選記卻職號類傳帶幹農邊據聯廣質陽難歷專認車臺遊舉線團備爭衆連調轉該爾讓較際親單紅價約亞則屬積圖準極裝許參喫觀魚辦復遠羣構隨勢熱網語鐵斷愛紀況證編為著裡眾"
)

# Chinese and Japanese punctuation, kana, Hangul: real text, neutral for Chinese-likeness but not rare.
_NEUTRAL_RANGES = ((0x3000, 0x303F), (0x3040, 0x30FF), (0xFF00, 0xFFEF), (0xAC00, 0xD7AF), (0x2000, 0x206F))


@functools.cache
def _common_ideographs() -> frozenset[str]:
    """GB2312 level 1 (3,755 most used simplified characters) and Big5 level 1 (5,401 traditional
    ones), read off the code tables themselves rather than typed in."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        chars.update(_decode_row((bytes((lead, trail)) for trail in range(0xA1, 0xFF)), "gb2312"))
    for lead in range(0xA4, 0xC7):
        trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
        chars.update(_decode_row((bytes((lead, trail)) for trail in trails), "big5"))
    return frozenset(c for c in chars if _is_ideograph(c)) | _FREQUENT


def _decode_row(pairs: Iterable[bytes], codec: str) -> set[str]:
    return {pair.decode(codec, errors="ignore") for pair in pairs} - {""}


def _is_ideograph(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or code >= 0x20000


_NON_ASCII = re.compile("[^\x00-\x7f]")
_SCORED_CHARS = 20_000  # non-ASCII characters looked at per candidate: plenty to tell GBK from Big5


def _scored_chars(text: str) -> list[str]:
    """The first non-ASCII characters of ``text`` (ASCII reads the same in every candidate)."""
    return _NON_ASCII.findall(text[: _SAMPLE_BYTES * 2])[:_SCORED_CHARS]


def chinese_likeness(text: str) -> float:
    """Average over non-ASCII characters: frequent Chinese +3, common +1, other ideographs −2,
    unassigned or impossible −20; punctuation, kana and Hangul 0.

    So a correct decoding scores well above a mis-decoding into rare ideographs, and a text in
    another script, decoded right (0), still beats its mis-decoding as Chinese (negative).
    """
    chars = _scored_chars(text)
    if not chars:
        return 0.0
    common = _common_ideographs()
    score = 0
    for char in chars:
        if char in _FREQUENT:
            score += 3
        elif char in common:
            score += 1
        elif _is_ideograph(char):
            score -= 2
        elif _is_neutral(char):
            continue
        elif _BAD_CHARS.match(char) or unicodedata.category(char) in {"Cn", "Co", "Cs"}:
            score -= 20
    return score / len(chars)


def looks_like_writing(text: str) -> bool:
    """Whether the non-ASCII characters are mostly letters of some script (ideographs included),
    marks, digits or CJK punctuation: not the symbol soup a wrong code page makes of binary data."""
    chars = _scored_chars(text)
    if len(chars) < 10:
        return True
    fine = sum(1 for c in chars if _is_neutral(c) or unicodedata.category(c)[0] in "LMN")
    return fine >= 0.8 * len(chars)


def _is_neutral(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _NEUTRAL_RANGES)


def common_ratio(text: str) -> float:
    """Share of common Chinese characters among the first non-ASCII, non-space characters."""
    common = _common_ideographs()
    relevant = [c for c in _scored_chars(text) if not c.isspace()]
    if not relevant:
        return 0.0
    return sum(c in common for c in relevant) / len(relevant)


_CHINESE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def contains_chinese(text: str) -> bool:
    """Whether the text has at least one CJK ideograph (Japanese kanji count too)."""
    return _CHINESE.search(text) is not None


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF (linear: two plain replacements)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tidy_text(text: str) -> str:
    """What the window shows of a decoded text: every line break (CRLF, CR, NEL, vertical tab, form
    feed) as "\n" and the control characters that mean nothing on screen (NUL, ESC, C1…) dropped."""
    text = normalise_newlines(text)
    if _DROPPED_CONTROLS.search(text) is not None:
        text = _DROPPED_CONTROLS.sub("", text)
    return text.replace("\x85", "\n").replace("\x0b", "\n").replace("\x0c", "\n")


_HANGUL = re.compile("[\uac00-\ud7a3]")
_SPACED = re.compile("[^\x00-\x7f] [^\x00-\x7f]")


def looks_korean(text: str) -> bool:
    """Whether a text is Korean: most non-ASCII letters are Hangul syllables, and words are
    separated by spaces (Chinese puts none between characters)."""
    sample = text[:_SAMPLE_BYTES]
    letters = len(_NON_ASCII.findall(sample))
    if letters < 10:
        return False
    hangul = len(_HANGUL.findall(sample))
    # Korean has a space every 3-4 syllables (≈ 0.25 a letter); Chinese news a stray one or two.
    spaces = len(_SPACED.findall(sample))
    return hangul >= 0.5 * letters and spaces >= max(3, 0.12 * letters)


def _korean_reading(data: bytes) -> DecodedText | None:
    """Legacy Korean (EUC-KR / Windows cp949) bytes decode as GB18030 too, into common Chinese
    characters separated by spaces: read them as Korean when that reading is clean and Korean."""
    sample = data[:_SAMPLE_BYTES]
    if not _SPACED_BYTES.search(sample):
        return None
    text = _try_prefix(data, "cp949")
    if text is None or not looks_korean(text):
        return None
    full = _try_full(data, "cp949")
    return DecodedText(full, "cp949") if full is not None and _plausible(full) else None


_SPACED_BYTES = re.compile(b"[\x80-\xff] [\x80-\xff]")
