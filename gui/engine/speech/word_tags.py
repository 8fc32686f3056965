"""jieba's word list as the two lookups the name finder needs, cached so a process loads it fast.

jieba builds a prefix dictionary (about 1.5 s) and a part-of-speech table (about 1.2 s) on first
use; the analysis needs neither, only each word's tag and, for words tagged as names, whether the
name is common. jieba's ``dict.txt`` (found without importing jieba) is parsed once into those
tables and written to the user's cache folder; later processes read it back in about a tenth of a
second. The cache file's name carries the word list's size and time, so an upgraded jieba makes a
new one; a cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import tempfile
from pathlib import Path
from typing import NamedTuple

NAME_TAGS = ("nr", "nrt", "nrfg")
_FORMAT = 1


class WordTags(NamedTuple):
    """``tags``: every word of the list → its part-of-speech tag; ``name_counts``: how often each
    word tagged as a name occurs in jieba's corpus (a common one is a word, not a name)."""

    tags: dict[str, str]
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
        grouped, counts = marshal.loads(cache.read_bytes())
        return WordTags(_ungroup(grouped), counts)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tags, counts = parse(source)
    _write(cache, marshal.dumps((_group(tags), counts)))
    return WordTags(tags, counts)


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


def _group(tags: dict[str, str]) -> dict[str, str]:
    """Words by tag, each group one newline-joined string: compact, and fast to read back."""
    groups: dict[str, list[str]] = {}
    for word, tag in tags.items():
        groups.setdefault(tag, []).append(word)
    return {tag: "\n".join(words) for tag, words in groups.items()}


def _ungroup(grouped: dict[str, str]) -> dict[str, str]:
    tags: dict[str, str] = {}
    for tag, words in grouped.items():
        tags.update(dict.fromkeys(words.split("\n"), tag))
    return tags


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
