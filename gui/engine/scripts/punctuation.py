"""Half-width punctuation beside Han characters, shown full-width as Chinese typesetting wants.

The replacement is one character for one, so every offset into the text stays valid.
"""

from __future__ import annotations

import re

from gui.engine.script import HAN_CLASS

_FULL_WIDTH = {",": "，", "?": "？", "!": "！", ":": "：", ";": "；", "(": "（", ")": "）"}
_HAN_OR_CJK = f"{HAN_CLASS}\u3000-\u303f\uff00-\uffef“”‘’「」『』"
# A half-width mark touching a Han character (or CJK punctuation) on either side. Digits and
# Latin on both sides (3,000 / 10:30 / f(x)) keep their ASCII form.
_MARK_BY_HAN = re.compile(rf"(?<=[{_HAN_OR_CJK}])[,?!:;()]|[,?!:;()](?=[{_HAN_OR_CJK}])")


_BRACKET = re.compile("[()（）]")


def widen_punctuation(text: str) -> str:
    """Return ``text`` with half-width , ? ! : ; ( ) next to Han characters made full-width."""
    widened = _MARK_BY_HAN.sub(lambda m: _FULL_WIDTH[m.group()], text)
    return _pair_brackets(widened) if "(" in widened or ")" in widened else widened


def _pair_brackets(text: str) -> str:
    """Give both brackets of a pair the same width: （記者 姚？) has its ) widened too."""
    chars: list[str] | None = None
    opened: list[int] = []
    for match in _BRACKET.finditer(text):
        index, char = match.start(), match.group()
        if char in "(（":
            opened.append(index)
        elif char in ")）" and opened:
            start = opened.pop()
            if (text[start] == "（") != (char == "）"):
                chars = chars or list(text)
                chars[start], chars[index] = "（", "）"
    return text if chars is None else "".join(chars)
