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
The one-character words' tags are kept apart (the name finder asks for every surname's at
start), and so are the first two characters of the rare names, which it needs whole. A
checksum, not a walk through every group, tells a cache read back whole.
"""

from __future__ import annotations

import importlib.util
import marshal
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple, TypeVar

from gui.engine.user_cache import cache_folder, write_atomically

NAME_TAGS = ("nr", "nrt", "nrfg")
COMMON_NAME = 300  # jieba frequency from which a word tagged as a name is really a common word
_FORMAT = 5  # 2 was a sorted-list layout of a parallel branch: never read it as this one
_HEADER = (_FORMAT, COMMON_NAME)
# First character → (its words, their values), each list joined with newlines.
Packed = dict[str, tuple[str, str]]
V = TypeVar("V", str, int)


class PackedTable(Mapping[str, V]):
    """Words → values, unpacked by first character on demand (see the module docstring). Reads
    as a dict; ``get`` is the look-up the analysis makes."""

    __slots__ = ("_groups", "_packed", "_singles")

    def __init__(self, packed: Packed, singles: dict[str, V] | None = None) -> None:
        self._packed = packed
        # The one-character words, read without unpacking their group (all or none of them).
        self._singles = singles
        self._groups: dict[str, dict[str, V]] = {}

    def get(self, word: str, default: V | None = None) -> V | None:  # type: ignore[override]
        group = self._groups.get(word[:1])
        if group is None:
            if len(word) == 1 and self._singles is not None:
                return self._singles.get(word, default)
            group = self._unpack(word[:1])
        return group.get(word, default)

    def group(self, first: str) -> dict[str, V]:
        """The words that start with ``first`` (one look-up for all the sizes tried at a place)."""
        group = self._groups.get(first)
        return group if group is not None else self._unpack(first)

    def __getitem__(self, word: str) -> V:
        group = self._groups.get(word[:1])
        if group is None:
            if len(word) == 1 and self._singles is not None:
                return self._singles[word]
            group = self._unpack(word[:1])
        return group[word]

    def __contains__(self, word: object) -> bool:
        # (``in`` is asked of every pair of characters that opens a clause: no call to ``get``)
        if not isinstance(word, str):
            return False
        group = self._groups.get(word[:1])
        if group is not None:
            return group.get(word) is not None
        return self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        for first in self._packed:
            yield from self._groups.get(first) or self._unpack(first)

    def __len__(self) -> int:
        return sum(words.count("\n") + 1 for words, _ in self._packed.values())

    def _unpack(self, first: str) -> dict[str, V]:
        words, values = self._packed.get(first, ("", ""))
        group = dict(zip(words.split("\n"), self._values(values.split("\n")), strict=True)) if words else {}
        self._groups[first] = group
        return group

    def _values(self, values: list[str]) -> Iterable[V]:
        raise NotImplementedError


class TagTable(PackedTable[str]):
    """Every word of the list → its part-of-speech tag."""

    __slots__ = ()

    def _values(self, values: list[str]) -> Iterable[str]:
        return values


class CountTable(PackedTable[int]):
    """Every word tagged as a name → how often it occurs (packed as decimal numbers)."""

    __slots__ = ()

    def _values(self, values: list[str]) -> Iterable[int]:
        return map(int, values)


class WordTags(NamedTuple):
    """``tags``: every word of the list → its part-of-speech tag; ``name_counts``: how often each
    word tagged as a name occurs in jieba's corpus (a common one is a word, not a name);
    ``rare_name_prefixes``: the first two characters of the rare names of two to four, and
    ``rare_name_firsts`` their first characters."""

    tags: TagTable
    name_counts: CountTable
    rare_name_prefixes: frozenset[str]
    rare_name_firsts: frozenset[str]


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
        header, checksum, payload = marshal.loads(cache.read_bytes())
        if header == _HEADER and checksum == zlib.crc32(payload):
            packed, singles, packed_counts, prefixes, firsts = marshal.loads(payload)
            return _tables(packed, singles, packed_counts, prefixes, firsts)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tags, counts = parse(source)
    singles = {word: tag for word, tag in tags.items() if len(word) == 1}
    packed, packed_counts = pack(tags), pack({word: str(count) for word, count in counts.items()})
    prefixes = rare_name_prefixes(counts)
    # (the 46,000 prefixes as one string, split on reading, and their first characters ready:
    # a set of so many strings read back whole, and its first characters taken one by one, cost
    # ~15 ms of every process)
    joined, firsts = "\n".join(sorted(prefixes)), "".join(sorted({prefix[0] for prefix in prefixes}))
    payload = marshal.dumps((packed, singles, packed_counts, joined, firsts))
    write_atomically(cache, marshal.dumps((_HEADER, zlib.crc32(payload), payload)), "word-tags-*.marshal")
    return _tables(packed, singles, packed_counts, joined, firsts)


def _tables(
    packed: Packed, singles: dict[str, str], packed_counts: Packed, prefixes: str, firsts: str
) -> WordTags:
    split = frozenset(prefixes.split("\n")) if prefixes else frozenset()
    return WordTags(TagTable(packed, singles), CountTable(packed_counts), split, frozenset(firsts))


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


def rare_name_prefixes(counts: dict[str, int]) -> frozenset[str]:
    """The first two characters of the names of two to four characters that are not common words."""
    return frozenset(
        word[:2] for word, count in counts.items() if count < COMMON_NAME and 2 <= len(word) <= 4
    )


def pack(tags: dict[str, str]) -> Packed:
    """Words and their tags (or counts) by first character, as two newline-joined strings each:
    compact, fast to read back, and unpacked only when a word starting with that character is
    looked up."""
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for word, tag in tags.items():
        words, word_tags = groups.setdefault(word[0], ([], []))
        words.append(word)
        word_tags.append(tag)
    return {first: ("\n".join(words), "\n".join(ts)) for first, (words, ts) in groups.items()}
