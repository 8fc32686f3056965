"""Pinyin annotations in running text: ``協(xié)`` → ``協`` with the syllable kept aside.

Web pages for learners (and text scraped from them) put a syllable in parentheses after a
character. Only a real pinyin syllable after a Han character counts, so ``(2023年07月05日)``,
``(AI)`` or ``(巅峰期)`` stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.engine import regex_cache as re
from gui.engine.script import HAN_CLASS

_TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# Each vowel with its four tone marks, and the plain letter it folds to.
_TONELESS = str.maketrans(_TONE_MARKS + "v", "a" * 4 + "e" * 4 + "i" * 4 + "o" * 4 + "u" * 4 + "ü" * 5)

_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = (
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|ia|ie|"
    "in|iu|ua|uo|ui|un|ün|ve|üe|ue|a|o|e|i|u|ü|v|ng|n|m)"
)
_SYLLABLE = re.compile(f"{_INITIALS}{_FINALS}")

# A parenthesised run of Latin letters (tone marks allowed) and an optional tone digit.
_ANNOTATION = re.compile(rf"(?<=[{HAN_CLASS}])[(（]([a-zü{_TONE_MARKS}]{{1,6}})([1-5]?)[)）]")


@dataclass(frozen=True)
class StrippedText:
    """Text with its annotations removed; ``annotations`` maps a character offset to its syllable."""

    text: str
    annotations: dict[int, str]


def is_pinyin_syllable(letters: str) -> bool:
    """True for one toned or toneless Hanyu Pinyin syllable (``xié``, ``xie``, ``lü``)."""
    plain = letters.translate(_TONELESS)
    marks = sum(ch in _TONE_MARKS for ch in letters)
    return marks <= 1 and _SYLLABLE.fullmatch(plain) is not None


def strip_annotations(text: str) -> StrippedText:
    """Remove pinyin annotations after Han characters, keeping each syllable by offset."""
    pieces: list[str] = []
    annotations: dict[int, str] = {}
    # A learner's text repeats a few hundred syllables hundreds of thousands of times: each
    # spelling is checked once and kept as one string (None: not pinyin).
    syllables: dict[tuple[str, str], str | None] = {}
    kept = 0  # characters of `text` copied so far
    removed = 0
    for match in _ANNOTATION.finditer(text):
        letters_and_tone = match.groups()
        syllable = syllables.get(letters_and_tone, "")
        if syllable == "":
            letters, tone = letters_and_tone
            syllable = letters + tone if is_pinyin_syllable(letters) else None
            syllables[letters_and_tone] = syllable
        if syllable is None:
            continue
        start, end = match.span()
        pieces.append(text[kept:start])
        # The annotated character is the one just before the parenthesis.
        annotations[start - 1 - removed] = syllable
        removed += end - start
        kept = end
    if not annotations:
        return StrippedText(text, {})
    pieces.append(text[kept:])
    return StrippedText("".join(pieces), annotations)


# The vowel that carries the tone mark: a or e if present, o in "ou", else the last vowel.
_MARKED = {
    vowel: marks
    for vowel, marks in zip("aeiouü", ("āáǎà", "ēéěè", "īíǐì", "ōóǒò", "ūúǔù", "ǖǘǚǜ"), strict=True)
}
_NUMBERED = re.compile(r"([A-Za-züÜ:]+)([1-5])")


def numbered_to_marks(syllable: str) -> str:
    """``hang2`` → ``háng``, ``lu:4`` / ``lv4`` → ``lǜ``, ``ma5`` → ``ma``; anything else unchanged
    (``xié``, ``A``, ``,``)."""
    match = _NUMBERED.fullmatch(syllable)
    if match is None:
        return syllable.replace("u:", "ü").replace("U:", "Ü")
    letters, tone = match.group(1).replace("u:", "ü").replace("U:", "Ü"), int(match.group(2))
    if "v" in letters.lower() and letters.lower() != "v":
        letters = letters.replace("v", "ü").replace("V", "Ü")
    if tone == 5:
        return letters
    lower = letters.lower()
    if "a" in lower:
        index = lower.index("a")
    elif "e" in lower:
        index = lower.index("e")
    elif "ou" in lower:
        index = lower.index("o")
    else:
        vowels = [i for i, ch in enumerate(lower) if ch in _MARKED]
        if not vowels:
            return letters  # r5, m2, ng2 …: nothing to mark
        index = vowels[-1]
    marked = _MARKED[lower[index]][tone - 1]
    if letters[index].isupper():
        marked = marked.upper()
    return letters[:index] + marked + letters[index + 1 :]
