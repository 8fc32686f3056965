"""jieba's word list as the two lookups the name finder needs, cached so a process loads it fast.

jieba builds a prefix dictionary (about 1.5 s) and a part-of-speech table (about 1.2 s) on first
use; the analysis needs neither, only each word's tag and, for words tagged as names, whether the
name is common. jieba's ``dict.txt`` (found without importing jieba) is parsed once into those
tables and written to the user's cache folder; later processes read it back in a few hundredths
of a second. The cache file's name carries the word list's size and time, so an upgraded jieba
makes a new one; a cache that cannot be read or written is simply not used.

The tags come as a ``TagTable``: the sorted word list, searched by bisection and remembered word
by word, which is what a news article needs (it asks about a few thousand words of 349,000).
A book asks about most of them: ``as_dict`` then makes the plain dictionary once.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib.util
import marshal
import os
import tempfile
from pathlib import Path
from typing import NamedTuple

NAME_TAGS = ("nr", "nrt", "nrfg")
_FORMAT = 2
_REMEMBERED_AT_MOST = 200_000  # words looked up one by one; past that, the whole dict is cheaper


class TagTable:
    """Every word of the list → its part-of-speech tag, read like a ``dict`` (``get``, ``in``,
    ``[]``) from the sorted words and one tag code per word."""

    def __init__(self, words: list[str], codes: bytes, tag_names: list[str]) -> None:
        self._words, self._codes, self._tag_names = words, codes, tag_names
        self._found: dict[str, str | None] = {}

    def get(self, word: str, default: str | None = None) -> str | None:
        found = self._found
        if word in found:
            tag = found[word]
        else:
            tag = found[word] = self._search(word)
        return default if tag is None else tag

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __getitem__(self, word: str) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __len__(self) -> int:
        return len(self._words)

    @property
    def worth_a_dict(self) -> bool:
        """True once so many words were looked up that the plain dict is the cheaper table."""
        return len(self._found) > _REMEMBERED_AT_MOST

    def as_dict(self) -> dict[str, str]:
        names = self._tag_names
        return dict(zip(self._words, [names[code] for code in self._codes], strict=True))

    def _search(self, word: str) -> str | None:
        at = bisect.bisect_left(self._words, word)
        if at < len(self._words) and self._words[at] == word:
            return self._tag_names[self._codes[at]]
        return None


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


def cache_folder() -> Path:
    """$YANLU_CACHE_DIR, else $XDG_CACHE_HOME/yanlu, else ~/.cache/yanlu."""
    explicit = os.environ.get("YANLU_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "yanlu"


def load() -> WordTags:
    """The tables, from the cache when it is there, else parsed (and cached for next time)."""
    source = word_list()
    stat = source.stat()
    cache = cache_folder() / f"word-tags-{_FORMAT}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    try:
        joined, codes, tag_names, counts = marshal.loads(cache.read_bytes())
        return WordTags(TagTable(joined.split("\n"), codes, tag_names), counts)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tags, counts = parse(source)
    words, codes, tag_names = _sorted_table(tags)
    _write(cache, marshal.dumps(("\n".join(words), codes, tag_names, counts)))
    return WordTags(TagTable(words, codes, tag_names), counts)


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


def _sorted_table(tags: dict[str, str]) -> tuple[list[str], bytes, list[str]]:
    """The words in order, each word's tag as a one-byte code, and the tags the codes stand for."""
    words = sorted(tags)
    tag_names = sorted(set(tags.values()))
    code_of = {tag: code for code, tag in enumerate(tag_names)}
    return words, bytes(code_of[tags[word]] for word in words), tag_names


def _write(target: Path, data: bytes) -> None:
    """Write ``data`` atomically; a folder that cannot be written only costs the speed-up."""
    temporary: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, prefix=".word-tags-") as handle:
            temporary = handle.name
            handle.write(data)
        os.replace(temporary, target)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
