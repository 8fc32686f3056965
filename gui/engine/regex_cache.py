"""``re`` with its compiled programs kept in the user's cache folder, so a new process need not
compile the analysis' patterns again. Modules use it in place of ``re``:
``from gui.engine import regex_cache as re``.

Compiling is most of the cost of importing the analysis (about 0.1 s for some 120 patterns):
CPython builds the bitmap of a character class in a Python loop over every character of each
range, and the Han range alone is 27,000 characters, in most classes of the speaker patterns.
The program that ``re._compiler`` makes of a pattern is a list of integers that ``_sre.compile``
takes back as it is; it is stored with the groups, in a file whose name and header carry the
interpreter's version and ``_sre.MAGIC``, and a checksum. A program is stored only when the
pattern it gives compares equal (same flags and code) to ``re.compile``'s own. Any other
interpreter, a damaged or foreign file, or an internal API that has changed means plain
``re.compile`` and a new file; an unwritable folder only costs the speed-up.

Only patterns fixed by the code and its word lists belong here: one built from an article (its
speakers' names) would add a program for every article read, so it is made with
:func:`compile_uncached`. Should such programs slip in anyway, the file is cut back to the
patterns of one process once it holds more than ``_LIMIT``. New programs are written when the
process ends, or when :func:`save` is called (the engine process ends with ``os._exit``, which
skips the exit handlers).
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from re import IGNORECASE, MULTILINE, Match, Pattern, escape
from typing import Any

from gui.engine.user_cache import private_to_user, read_private, table_file, write_checked

__all__ = [
    "IGNORECASE", "MULTILINE", "Match", "Pattern", "compile", "compile_uncached", "escape", "finditer",
    "save", "sub",
]

_FORMAT = 1
_LIMIT = 300  # programs; the engine has about 100
_HEADER = (_FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE)
# (pattern, flags) → what _sre.compile takes after the pattern: the final flags, the program,
# the number of groups minus one, name → group and group → name.
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_programs: dict[tuple[str, int], Program] | None = None  # read from the file on first use
_unsaved = False
_compiled: dict[tuple[str, int], Pattern[str]] = {}
# The standard library's own compile (see serving_libraries; an interpreter without it: re.compile).
_plain_compile = getattr(re, "_compile", re.compile)


def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    """``re.compile``, from the cache when the program is there."""
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return _plain_compile(pattern, flags)
    key = (pattern, int(flags))
    compiled = _compiled.get(key)
    if compiled is None:
        compiled = _from_cache(key) or _compile_and_keep(key)
        _compiled[key] = compiled
    return compiled


def compile_uncached(pattern: str, flags: int = 0) -> Pattern[str]:
    """``re.compile``, for a pattern made from a text, which the cache must not collect."""
    return _plain_compile(pattern, flags)


def sub(pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str,
        count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string)


@contextlib.contextmanager
def serving_libraries() -> Iterator[None]:
    """Within: what other modules compile with ``re`` itself comes from the cache too.

    For the imports of the window's start-up: PySide6's signature parser and .pyi generator
    compile three verbose patterns at every import of PySide6 (~14 ms, 2026-11-28, PySide6
    6.11), textwrap, json and logging a few more. Their patterns are fixed by their code, as the
    cache wants; nothing made from a text may be compiled within (see ``compile_uncached``).
    """
    real = getattr(re, "_compile", None)
    if real is None:  # (another interpreter's re: nothing to serve)
        yield
        return

    def compile_from_cache(pattern: Any, flags: int) -> Any:
        if isinstance(pattern, str) and isinstance(flags, int):
            return compile(pattern, flags)
        return _plain_compile(pattern, flags)

    re._compile = compile_from_cache  # type: ignore[attr-defined]
    try:
        yield
    finally:
        re._compile = real  # type: ignore[attr-defined]


def save() -> None:
    """Write the programs compiled since the file was read (nothing when there are none)."""
    global _unsaved
    if _unsaved and _programs is not None:
        _unsaved = False
        path = _cache_file()
        # Another process (the window, the engine) may have saved its own patterns meanwhile.
        written = _read(path) if path.exists() and _trusted(path) else {}
        programs = {**written, **_programs}
        if len(programs) > _LIMIT:
            programs = {key: programs[key] for key in _compiled if key in programs}
        # (Other Pythons' files stay: a venv and the system's 3.11 may share the folder, and each
        # removing the other's would make both compile everything on every start.)
        write_checked(_cache_file(), _HEADER, programs)
    # The engine process calls this once its patterns are compiled and ends without exit handlers.
    _unmark(_cache_file().with_name(_cache_file().name + _IN_USE + str(os.getpid())))


def _cache_file() -> Path:
    return table_file("regex", _HEADER)


def _stored_programs() -> dict[tuple[str, int], Program]:
    """The cache file's programs, or none when it is missing, damaged, another interpreter's,
    not the user's own, or the file a process died compiling from."""
    global _programs
    if _programs is None:
        _programs = {}
        path = _cache_file()
        try:
            if not _trusted(path) or _died_using(path):
                return _programs
        except OSError:
            return _programs
        _programs = _read(path)
        if _programs:
            _mark_in_use(path)
    return _programs


def _read(path: Path) -> dict[tuple[str, int], Program]:
    """The programs in the file at ``path``; none when it is missing, damaged, foreign or not
    the user's own (``_trusted``, checked again on the file as it is opened)."""
    return read_private(path, _HEADER)


def _trusted(path: Path) -> bool:
    """A program read from the file goes to ``_sre.compile`` unchecked, and a damaged one can
    crash the interpreter: only the user's own file is read (see ``private_to_user``)."""
    return private_to_user(path)


# A process that reads the file leaves a marker with its process id until it ends (or saves).
# A marker whose process is gone means that process may have died compiling a program from the
# file (a damaged one can crash ``_sre.compile``): the file is then dropped and rebuilt, so one
# bad file costs one crash, not every start. A process killed for another reason only costs the
# file being rebuilt once.
_IN_USE = ".in-use-"


def _died_using(path: Path) -> bool:
    """True (and the file and the stale markers removed) when a reader of ``path`` died."""
    stale = [marker for marker in path.parent.glob(path.name + _IN_USE + "*") if not _alive(marker)]
    if not stale:
        return False
    for leftover in (path, *stale):
        with contextlib.suppress(OSError):
            leftover.unlink()
    return True


def _alive(marker: Path) -> bool:
    try:
        pid = int(marker.name.rsplit(_IN_USE, 1)[1])
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (ValueError, OSError):  # no such number, or a process we may not signal: alive
        return True
    return True


def _mark_in_use(path: Path) -> None:
    marker = path.with_name(path.name + _IN_USE + str(os.getpid()))
    with contextlib.suppress(OSError):
        marker.touch()
        atexit.register(_unmark, marker)


def _unmark(marker: Path) -> None:
    with contextlib.suppress(OSError):
        marker.unlink()


def _from_cache(key: tuple[str, int]) -> Pattern[str] | None:
    program = _stored_programs().get(key)
    if program is None:
        return None
    try:
        return _sre.compile(key[0], *program)
    except Exception:  # a damaged entry: compile it again
        del _stored_programs()[key]
        return None


def _compile_and_keep(key: tuple[str, int]) -> Pattern[str]:
    """``re.compile``'s pattern; its program goes to the cache when it gives the same pattern."""
    global _unsaved
    compiled = _plain_compile(*key)
    program = _program(*key)
    if program is not None and _same(key[0], program, compiled):
        if not _unsaved:
            atexit.register(save)
        _stored_programs()[key] = program
        _unsaved = True
    return compiled


def _program(pattern: str, flags: int) -> Program | None:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` (None where its internals differ)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = [int(word) for word in _compiler._code(parsed, flags)]  # opcodes are int subclasses
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # another Python's internals: no cache
        return None


def _same(pattern: str, program: Program, compiled: Pattern[str]) -> bool:
    try:
        # Patterns compare equal when their flags, pattern and program are the same.
        return _sre.compile(pattern, *program) == compiled and program[3] == compiled.groupindex
    except Exception:
        return False
