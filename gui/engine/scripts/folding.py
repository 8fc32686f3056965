"""Fold a text to simplified script and full-width punctuation, one character for one.

The analysis runs on the folded text so that a single set of simplified lexicons serves both
scripts; because every character maps to exactly one character, an offset into the folded text
is the same offset into the original.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "\u3000-\u303f\uff00-\uffef“”‘’「」『』"
_HALF_TO_FULL = {",": "，", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}
# A half-width mark touching Han or CJK punctuation on either side; 3,000 and 10:30 stay ASCII.
# (Written mark-first so that the regex engine only stops at the marks.)
_HALF_WIDTH_BY_HAN = re.compile(
    rf"[,?!:;()](?:(?<=[{_HAN}{_CJK_PUNCT}].)|(?=[{_HAN}{_CJK_PUNCT}]))"
)
# Variant marks that behave like the common ones.
_EXTRA = {"〝": "“", "〞": "”", "＂": '"', "﹁": "「", "﹂": "」", "﹃": "『", "﹄": "』", "﹐": "，"}


def _dictionary_path() -> Path:
    return Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"


@lru_cache(maxsize=1)
def translation_table() -> dict[int, str]:
    """Traditional→simplified map of single characters (first candidate), for ``str.translate``."""
    table: dict[int, str] = {}
    with _dictionary_path().open(encoding="utf-8") as lines:
        for line in lines:
            source, _, targets = line.rstrip("\n").partition("\t")
            first = targets.split(" ")[0] if targets else ""
            # Only one code point for one code point keeps offsets aligned.
            if len(source) == 1 and len(first) == 1 and source != first:
                table[ord(source)] = first
    for source, target in _EXTRA.items():
        table[ord(source)] = target
    return table


@lru_cache(maxsize=1)
def _fast_tables() -> tuple[list[str], dict[int, str]]:
    """``translation_table`` as a list indexed by code point for the Basic Multilingual Plane
    (``str.translate`` reads a list about twice as fast as a dict), and the rest as a dict."""
    table = translation_table()
    plane = list(map(chr, range(0x10000)))
    beyond: dict[int, str] = {}
    for point, target in table.items():
        if point < 0x10000:
            plane[point] = target
        else:
            beyond[point] = target
    return plane, beyond


_BEYOND_PLANE = re.compile("[\U00010000-\U0010ffff]")


def to_simplified(text: str) -> str:
    """``text.translate(translation_table())``, faster."""
    plane, beyond = _fast_tables()
    # Code points past the list are left alone by ``translate`` (IndexError is a LookupError).
    text = text.translate(plane)
    if beyond and _BEYOND_PLANE.search(text):
        text = text.translate(beyond)
    return text


def widen(text: str) -> str:
    """Make half-width , ? ! : ; ( ) that touch Han characters full-width (same length)."""
    return _HALF_WIDTH_BY_HAN.sub(lambda match: _HALF_TO_FULL[match.group()], text)


def fold(text: str) -> str:
    """Return ``text`` in simplified script with CJK-style punctuation; ``len`` is unchanged."""
    return widen(to_simplified(text))
