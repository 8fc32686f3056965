"""Fold a text to simplified script and full-width punctuation, one character for one.

The analysis runs on the folded text so that a single set of simplified lexicons serves both
scripts; because every character maps to exactly one character, an offset into the folded text
is the same offset into the original.
"""

from __future__ import annotations

from functools import lru_cache

from gui.engine import regex_cache as re
from gui.engine.scripts.dictionaries import read_table
from gui.engine.scripts.punctuation import widen_punctuation

# Variant marks that behave like the common ones.
_EXTRA = {"〝": "“", "〞": "”", "＂": '"', "﹁": "「", "﹂": "」", "﹃": "『", "﹄": "』", "﹐": "，"}


@lru_cache(maxsize=1)
def translation_table() -> dict[int, str]:
    """Traditional→simplified map of single characters (OpenCC 1.4.2's TSCharacters, first
    candidate), for ``str.translate``."""
    table: dict[int, str] = {}
    for source, targets in read_table("TSCharacters.txt").items():
        # Only one code point for one code point keeps offsets aligned.
        if len(source) == 1 and len(targets[0]) == 1 and source != targets[0]:
            table[ord(source)] = targets[0]
    for source, target in _EXTRA.items():
        table[ord(source)] = target
    return table


@lru_cache(maxsize=1)
def _split_tables() -> tuple[dict[int, str], dict[str, str]]:
    """``translation_table`` in two: the Basic Multilingual Plane's code points, and the rest as
    a dict of characters (replaced apart, see ``to_simplified``)."""
    plane: dict[int, str] = {}
    beyond: dict[str, str] = {}
    for point, target in translation_table().items():
        if point < 0x10000:
            plane[point] = target
        else:
            beyond[chr(point)] = target
    return plane, beyond


@lru_cache(maxsize=1)
def _fast_tables() -> tuple[list[str], re.Pattern[str]]:
    """The plane's part of ``translation_table`` as a list indexed by code point (``str.translate``
    reads a list about twice as fast as a dict), and a search for the characters it changes."""
    table, _ = _split_tables()
    plane = list(map(chr, range(0x10000)))
    for point, target in table.items():
        plane[point] = target
    changed = "".join(re.escape(chr(point)) for point in sorted(table))
    return plane, re.compile(f"[{changed}]")


_BEYOND_PLANE = re.compile("[\U00010000-\U0010ffff]")
# Below this many characters the text is translated whole through the plane's dict: building the
# list and the search costs ~10 ms, more than they save on an article (one `yanlu analyze`).
SHORT_TEXT = 20_000


def to_simplified(text: str) -> str:
    """``text.translate(translation_table())``, faster."""
    table, beyond = _split_tables()
    if len(text) < SHORT_TEXT:
        text = text.translate(table)
    else:
        plane, changed = _fast_tables()
        # ``translate`` costs as much for a character it keeps as for one it changes (about 0.08 s
        # a million), so only the paragraphs with a traditional character go through it: in most
        # texts few do. Code points past the list are left alone by it (IndexError is a
        # LookupError), as they are by the dict.
        paragraphs = text.split("\n")
        text = "\n".join(part.translate(plane) if changed.search(part) else part for part in paragraphs)
    if beyond and _BEYOND_PLANE.search(text):
        # (a handful of characters: replaced one by one rather than by a second pass over all)
        text = _BEYOND_PLANE.sub(lambda match: beyond.get(match.group(), match.group()), text)
    return text


def widen(text: str) -> str:
    """Make half-width , ? ! : ; ( ) that touch Han characters full-width (same length)."""
    return widen_punctuation(text)


# 著 is both a simplified character (著名, 显著) and the traditional aspect particle 着 (笑著說,
# 接著): read as the particle except in the words where it means "to write, to be marked".
# (著 comes first and the character before it is looked at from behind it: a pattern that opens
# with a look-behind is tried at every place of a book, one that opens with 著 jumps to each 著.)
_ASPECT_ZHE = re.compile("著(?<![显卓土名编原巨专论遗拙合新]著)(?![名作称者述录书])")


def fold(text: str) -> str:
    """Return ``text`` in simplified script with CJK-style punctuation; ``len`` is unchanged."""
    folded = widen(to_simplified(text))
    return _ASPECT_ZHE.sub("着", folded) if "著" in folded else folded
