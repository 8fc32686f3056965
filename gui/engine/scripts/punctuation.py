"""Half-width punctuation beside Han characters, shown full-width as Chinese typesetting wants.

A run of marks is one unit (真的?! → 真的？！, 好!! → 好！！): it is widened whole when it touches
a Han character or CJK punctuation on either side, and a widened bracket widens its partner
(（記者 姚?) → （記者 姚？）). The replacement is one character for one, so
every offset into the text stays valid.
"""

from __future__ import annotations

from gui.engine import regex_cache as re
from gui.engine.script import HAN_CLASS

_HALF = ",?!:;()"
_FULL_WIDTH = str.maketrans(_HALF, "，？！：；（）")
_HAN_OR_CJK = re.compile(f"[{HAN_CLASS}\u3000-\u303f\uff00-\uffef“”‘’「」『』]")
# Whole runs of marks (the lookbehind keeps a run from being entered half-way). It follows the
# first mark, so that the search can jump from mark to mark instead of testing it at every place
# (five times faster on a book); at the text's start it cannot fit and so allows the match.
_RUN = re.compile(r"[,?!:;()](?<![,?!:;()].)[,?!:;()]*")


def _widen_run(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    # Digits and Latin on both sides (3,000 / 10:30 / f(x)) keep their ASCII form.
    if (start and _HAN_OR_CJK.match(text, start - 1)) or _HAN_OR_CJK.match(text, end):
        return match.group().translate(_FULL_WIDTH)
    return match.group()


_BRACKET = re.compile("[()（）]")


def widen_punctuation(text: str) -> str:
    """Return ``text`` with runs of half-width , ? ! : ; ( ) next to Han characters made full-width.

    A widened bracket widens its partner too, so a pair never mixes widths.
    """
    widened = _RUN.sub(_widen_run, text)
    return _pair_brackets(widened) if "(" in widened or ")" in widened else widened


def _pair_brackets(text: str) -> str:
    """Give both brackets of a pair the same width: （記者 姚？) has its ) widened too."""
    widened: list[int] = []  # positions of the brackets to make full-width
    opened: list[int] = []
    for match in _BRACKET.finditer(text):
        index, char = match.start(), match.group()
        if char in "(（":
            opened.append(index)
        elif char in ")）" and opened:
            start = opened.pop()
            if (text[start] == "（") != (char == "）"):
                widened += (start, index)
    if not widened:
        return text
    # Rebuilt from the stretches between them (a list of a book's characters costs far more).
    parts: list[str] = []
    previous = 0
    for index in sorted(widened):
        parts += (text[previous:index], "（" if text[index] in "(（" else "）")
        previous = index + 1
    parts.append(text[previous:])
    return "".join(parts)
