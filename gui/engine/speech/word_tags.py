"""jieba's word list as the two lookups the name finder needs, cached so a process loads it fast.

jieba builds a prefix dictionary (about 1.5 s) and a part-of-speech table (about 1.2 s) on first
use; the analysis needs neither, only each word's tag and, for words tagged as names, whether the
name is common. jieba's ``dict.txt`` (found without importing jieba) is parsed once into those
tables and written to the user's cache folder; later processes read it back in a few tens of
milliseconds. The cache file's name carries the word list's size and time, so an upgraded jieba
makes a new one; a cache that cannot be read or written is simply not used.

The tags of the 349,000 words are kept packed by first character and unpacked one character's
words at a time, on the first look-up of a word starting with it: a news article touches a
fifth of them, and building the whole table cost 0.1-0.3 s on the way to the first speakers.
"""

from __future__ import annotations

import importlib.util
import marshal
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from gui.engine.user_cache import cache_folder, write_atomically

NAME_TAGS = ("nr", "nrt", "nrfg")
_FORMAT = 3  # 2 was a sorted-list layout of a parallel branch: never read it as this one
# First character → (its words, their tags), each list joined with newlines.
Packed = dict[str, tuple[str, str]]


class TagTable(Mapping[str, str]):
    """Every word of the list → its part-of-speech tag, unpacked by first character on demand
    (see the module docstring). Reads as a dict; ``get`` is the look-up the analysis makes."""

    __slots__ = ("_groups", "_packed")

    def __init__(self, packed: Packed) -> None:
        self._packed = packed
        self._groups: dict[str, dict[str, str]] = {}

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        group = self._groups.get(word[:1])
        if group is None:
            group = self._unpack(word[:1])
        return group.get(word, default)

    def __getitem__(self, word: str) -> str:
        group = self._groups.get(word[:1])
        if group is None:
            group = self._unpack(word[:1])
        return group[word]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        for first in self._packed:
            yield from self._groups.get(first) or self._unpack(first)

    def __len__(self) -> int:
        return sum(words.count("\n") + 1 for words, _ in self._packed.values())

    def _unpack(self, first: str) -> dict[str, str]:
        words, tags = self._packed.get(first, ("", ""))
        group = dict(zip(words.split("\n"), tags.split("\n"), strict=True)) if words else {}
        self._groups[first] = group
        return group


class WordTags(NamedTuple):
    """``tags``: every word of the list → its part-of-speech tag; ``name_counts``: how often each
    word tagged as a name occurs in jieba's corpus (a common one is a word, not a name)."""

    tags: TagTable
    name_counts: dict[str, int]


def word_list() -> Path:
    """jieba's dict.txt, located without running jieba's import (which is slow)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("the jieba package is not installed")
    return Path(spec.origin).with_name("dict.txt")


def load() -> WordTags:
    """The tables, from the cache when it is there, else parsed (and cached for next time)."""
    source = word_list()
    stat = source.stat()
    cache = cache_folder() / f"word-tags-{_FORMAT}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    try:
        packed, counts = marshal.loads(cache.read_bytes())
        if isinstance(counts, dict) and _well_formed(packed):
            return WordTags(TagTable(packed), counts)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tags, counts = parse(source)
    packed = pack(tags)
    write_atomically(cache, marshal.dumps((packed, counts)))
    return WordTags(TagTable(packed), counts)


def parse(source: Path) -> tuple[dict[str, str], dict[str, int]]:
    """Read ``word count tag`` lines."""
    tags: dict[str, str] = {}
    counts: dict[str, int] = {}
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) != 3:
                continue
            word, count, tag = fields
            tags[word] = tag
            if tag in NAME_TAGS:
                counts[word] = int(count)
    return tags, counts


def _well_formed(packed: object) -> bool:
    """A cache read back whole: every group has as many tags as words (a few milliseconds)."""
    return isinstance(packed, dict) and all(
        isinstance(group, tuple)
        and len(group) == 2
        and all(isinstance(part, str) for part in group)
        and group[0].count("\n") == group[1].count("\n")
        for group in packed.values()
    )


def pack(tags: dict[str, str]) -> Packed:
    """Words and their tags by first character, as two newline-joined strings each: compact, fast
    to read back, and unpacked only when a word starting with that character is looked up."""
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for word, tag in tags.items():
        words, word_tags = groups.setdefault(word[0], ([], []))
        words.append(word)
        word_tags.append(tag)
    return {first: ("\n".join(words), "\n".join(ts)) for first, (words, ts) in groups.items()}
