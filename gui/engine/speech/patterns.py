"""Regex building blocks shared by the speaker modules: Han characters, word alternations and the
role, person, kinship, organisation and surname patterns built from the lexicon."""

from __future__ import annotations

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx

HAN = "\u3400-\u4dbf\u4e00-\u9fff"


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of ``words`` that prefers the longest word (副主席 wins over 主席).

    The words are written as a trie (副(?:主(?:席|任)|...)), so the regex engine reads each
    character once instead of trying every word in turn; the matches are those of a plain
    alternation with the longest words first, because the words that match at one position are
    prefixes of each other and the trie tries the longer one first."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = []
    for char in sorted(key for key in node if key):
        child = node[char]
        rest = _trie_pattern(child)
        if not rest:
            branches.append(re.escape(char))
        elif "" in child:
            branches.append(f"{re.escape(char)}(?:{rest})?")
        else:
            branches.append(f"{re.escape(char)}(?:{rest})" if "|" in rest else re.escape(char) + rest)
    return "|".join(branches)


TITLE = alternation(lx.TITLE_WORDS)
PERSON = alternation(lx.PERSON_NOUNS)
KIN = alternation(lx.KINSHIP_WORDS)
ORG = alternation(lx.ORG_SUFFIXES)
SURNAME = f"(?:{alternation(lx.COMPOUND_SURNAMES)}|[{lx.SURNAMES}])"
HAN_CHAR = re.compile(f"[{HAN}]")
NAME_DOTS = re.compile("[·・•‧\\-－]")  # the marks that join the parts of a foreign name
# A romanisation or an acronym in brackets after a Chinese name (某某（Name Surname）, 某署（NFA）).
LATIN_GLOSS = r"[（(][A-Za-z][A-Za-z .,&'’\-]*[）)]"
# A phrase that ends like an organisation (某市教育局, 国家统计局).
ORG_PHRASE = re.compile(rf"^[{HAN}（）]{{0,14}}?(?:{ORG})$")


def char_class(chars: set[str] | frozenset[str], cached: bool = True) -> re.Pattern[str]:
    """A regex that matches any one of ``chars``; not ``cached`` when they come from a text."""
    source = "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"
    return re.compile(source) if cached else re.compile_uncached(source)
