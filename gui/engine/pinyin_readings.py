"""Pinyin for each Han character of a text, read in context (银行 háng, 行走 xíng, 长大 zhǎng).

pypinyin (MIT) chooses a polyphone's reading from the words around it, but its phrase tables are
Simplified: 銀行 comes out yín xíng. So a Traditional passage is read folded to Simplified (one
character for one, offsets unchanged), and a character whose folded reading is not one of its own
(乾隆 folded is 干隆, gàn) is read in its own script instead.

Readings are made a paragraph at a time and only for the paragraphs asked for: a window shows a
few thousand characters of a book, and only those are ever read (pypinyin reads about 200,000
characters a second). A source's own annotations (``協(xié)``) take the place of pypinyin's.
"""

from __future__ import annotations

import bisect
import importlib
import importlib.util
import threading
from collections.abc import Callable
from dataclasses import dataclass

from gui.engine import regex_cache as re
from gui.engine.background import StartOnce
from gui.engine.pinyin import numbered_to_marks
from gui.engine.script import HAN_CLASS
from gui.engine.scripts.folding import to_simplified

_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
_CHUNK = 2000  # a paragraph longer than this is read in pieces cut after a sentence end
_SENTENCE_END = re.compile(r"[。！？；!?;]")


class LazyLibrary:
    """A reading library imported on a thread the first time it is wanted (its tables take a
    few tenths of a second), so that the window never waits for it."""

    def __init__(self, module: str, read: Callable[[str], list[str | None]]) -> None:
        self.module = module
        self.read = read  # one reading per character of a paragraph, once the module is loaded
        self._loaded = threading.Event()
        self._starter = StartOnce(self._load, f"{module}-import")
        self._installed: bool | None = None

    def preload(self) -> None:
        """Import the library on a thread unless it is loaded or loading."""
        self._starter.start()

    def _load(self) -> None:
        try:
            importlib.import_module(self.module)  # the import is the work
        except ImportError:
            return  # not installed: no readings, and the window says nothing worse than that
        self._loaded.set()

    def loaded(self) -> bool:
        """True once the library is imported (readings are then made without waiting for it)."""
        return self._loaded.is_set()

    def installed(self) -> bool:
        """True when the library can be imported (asked without importing it)."""
        if self._installed is None:
            self._installed = importlib.util.find_spec(self.module) is not None
        return self._installed




@dataclass(frozen=True)
class Ruby:
    """The reading over one character: ``offset`` into the text, ``text`` its syllable, and
    whether it is the source's own annotation (``from_source``)."""

    offset: int
    text: str
    from_source: bool = False


class PinyinReadings:
    """The readings of one text, made on demand a paragraph at a time and kept.

    ``annotations`` maps an offset of ``text`` to the syllable the source gave for that
    character (numbered syllables such as ``xie2`` are shown with tone marks). ``read`` gives
    one reading per character of a paragraph: pinyin by default (``engine/jyutping.py`` gives
    Cantonese).
    """

    def __init__(
        self,
        text: str,
        annotations: dict[int, str] | None = None,
        read: Callable[[str], list[str | None]] | None = None,
    ) -> None:
        self.text = text
        self._read = read or read_in_context
        self._annotations = {offset: numbered_to_marks(s) for offset, s in (annotations or {}).items()}
        self._chunks: dict[int, tuple[str | None, ...]] = {}  # chunk start → a reading per character
        self._line_starts = [0, *(match.end() for match in re.finditer("\n", text))]

    def readings(self, start: int, end: int) -> list[Ruby]:
        """The rubies of the Han characters in ``[start, end)``, in order."""
        start, end = max(0, start), min(len(self.text), end)
        rubies: list[Ruby] = []
        position = start
        while position < end:
            chunk_start, chunk_end = self._chunk_around(position)
            readings = self._chunk(chunk_start, chunk_end)
            for offset in range(position, min(end, chunk_end)):
                source = self._annotations.get(offset)
                if source is not None:
                    rubies.append(Ruby(offset, source, True))
                    continue
                reading = readings[offset - chunk_start]
                if reading:
                    rubies.append(Ruby(offset, reading))
            position = max(chunk_end, position + 1)
        return rubies

    def reading_at(self, offset: int) -> str | None:
        """The reading shown over the character at ``offset`` (None for no reading)."""
        rubies = self.readings(offset, offset + 1)
        return rubies[0].text if rubies else None

    def _chunk_around(self, offset: int) -> tuple[int, int]:
        """The paragraph holding ``offset``, or the piece of it when the paragraph is long."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        line_start = self._line_starts[line]
        line_end = self._line_starts[line + 1] if line + 1 < len(self._line_starts) else len(self.text)
        if line_end - line_start <= _CHUNK:
            return line_start, line_end
        # Pieces of a long paragraph are fixed by position, so a piece is always read the same way.
        start = line_start
        while True:
            stop = min(line_end, start + _CHUNK)
            if stop < line_end:
                cut = None
                for match in _SENTENCE_END.finditer(self.text, start + _CHUNK // 2, stop):
                    cut = match.end()
                stop = cut or stop
            if offset < stop:
                return start, stop
            start = stop

    def _chunk(self, start: int, end: int) -> tuple[str | None, ...]:
        readings = self._chunks.get(start)
        if readings is None:
            readings = self._chunks[start] = tuple(self._read(self.text[start:end]))
        return readings


def read_in_context(text: str) -> list[str | None]:
    """One reading per character of ``text`` (None where a character has none: not Han, or unknown)."""
    folded = to_simplified(text)
    readings = _pypinyin(folded)
    if folded == text:
        return readings
    own: list[str | None] | None = None
    for index, (character, simplified) in enumerate(zip(text, folded, strict=True)):
        if character == simplified or readings[index] is None:
            continue
        if readings[index] not in heteronyms(character):
            own = own if own is not None else _pypinyin(text)
            readings[index] = own[index] or readings[index]
    return readings


def heteronyms(character: str) -> tuple[str, ...]:
    """Every reading pypinyin knows for ``character`` (with tone marks)."""
    from pypinyin.pinyin_dict import pinyin_dict

    return tuple(pinyin_dict.get(ord(character), "").split(","))


def _pypinyin(text: str) -> list[str | None]:
    """pypinyin's contextual reading of each Han character of ``text``; None for anything else."""
    from pypinyin import Style, pinyin  # 0.2 s to import: only when readings are first wanted

    readings: list[str | None] = [None] * len(text)
    for run in _HAN_RUN.finditer(text):
        # A character without a reading comes back as one item from ``errors``, one per character.
        items = pinyin(run.group(), style=Style.TONE, errors=_no_reading)
        if len(items) != len(run.group()):  # never seen; read each character alone rather than misplace
            items = [pinyin(ch, style=Style.TONE, errors=_no_reading)[0] for ch in run.group()]
        for k, item in enumerate(items):
            readings[run.start() + k] = item[0] if item and item[0] else None
    return readings


def _no_reading(characters: str) -> list[list[str]]:
    """pypinyin's ``errors`` hook: an empty reading for each character it has none for."""
    return [[""]] * len(characters)


PYPINYIN = LazyLibrary("pypinyin", read_in_context)  # its phrase tables take 0.2 s to import
