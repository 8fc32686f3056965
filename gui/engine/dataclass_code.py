"""Dataclasses whose generated methods are read from the cache, not compiled at every start.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``
… and compiles it as the class is defined: the 21 classes on the way to the window's first paint
spent ~11 ms compiling at every start (2026-11-28, Python 3.11), before and after the engine's
fork. Once installed (``gui/__init__.py``), the code objects are kept in the user's cache folder
(marshal, keyed by the whole source, in a file named for the interpreter) and later starts run
them instead: the same code, compiled as ``dataclasses`` compiles it (no ``__future__`` flags),
so equality, ordering, hashing and repr are Python's own. A missing, damaged or foreign file means
compiling, as without the cache; a file others could write is not read (the code in it would run).
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from gui.engine.user_cache import read_private, table_file, write_checked

_FORMAT = 1
_HEADER = (_FORMAT, sys.version, marshal.version)
_LIMIT = 2000  # sources; Yanlu's classes make about 200 (a program defining classes on the fly would not)
_stored: dict[str, CodeType] | None = None  # read from the file on first use
_used: set[str] = set()
_unsaved = False


def install() -> None:
    """From now on ``dataclasses`` runs its generated methods' code from the cache."""
    dataclasses.exec = _exec_cached  # type: ignore[attr-defined]  # (its module global shadows the builtin)


def _exec_cached(source: Any, globals: Any = None, locals: Any = None) -> None:
    builtins.exec(_code(source) if isinstance(source, str) else source, globals, locals)


def _code(source: str) -> CodeType:
    global _unsaved
    stored = _stored_code()
    _used.add(source)
    code = stored.get(source)
    if code is None:
        # What exec(source) in dataclasses compiles: its module selects no __future__ feature.
        code = stored[source] = compile(source, "<string>", "exec", dont_inherit=True)
        if not _unsaved:
            atexit.register(save)
        _unsaved = True
    return code


def save() -> None:
    """Write the code compiled since the file was read (nothing when there is none)."""
    global _unsaved
    if not _unsaved or _stored is None:
        return
    _unsaved = False
    path = _cache_file()
    kept = {**_read(path), **_stored}  # another process may have saved its own meanwhile
    if len(kept) > _LIMIT:
        kept = {source: code for source, code in kept.items() if source in _used}
    write_checked(path, _HEADER, kept, replacing="dataclass-code-*")


def _stored_code() -> dict[str, CodeType]:
    global _stored
    if _stored is None:
        _stored = _read(_cache_file())
    return _stored


def _cache_file() -> Path:
    return table_file("dataclass-code", _HEADER)


def _read(path: Path) -> dict[str, CodeType]:
    """The code kept in ``path``; none when it is missing, damaged, foreign or not private."""
    table = read_private(path, _HEADER)
    return {source: code for source, code in table.items() if isinstance(code, CodeType)}
