"""PySide6 imported with shiboken's own Python support compiled once, not at every start.

shiboken6 carries the source of its signature support (``shibokensupport``: the loader, a parser,
a .pyi generator, ~130,000 characters) inside its binary and runs ``compile()`` on it whenever
PySide6 is imported: ~20 ms of every start, before any window (a bare PySide6 program pays it
too; 2026-11-28, PySide6 6.11). The code objects it makes are kept (marshal) in the user's cache
folder, keyed by the whole source, its name and the compile options, in a file named for the
interpreter, so later starts read them back instead: the same code, as a .pyc holds it. A
missing, damaged or foreign file means compiling, as without the cache; a file others could
write is not read (the code in it would run).
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import marshal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

from gui.engine.user_cache import read_private, table_file, write_checked

_FORMAT = 1
_HEADER = (_FORMAT, sys.version, marshal.version)
CompileKey = tuple[Any, ...]  # (source, filename, mode, flags, dont_inherit, optimize)


def import_pyside() -> None:
    """Import PySide6's modules the window needs (and spare PySide's scan of later imports, see
    gui/feature_scan.py), with shiboken's support code read from the cache when it is there."""
    with _compiled_from_cache():
        import PySide6.QtGui
        import PySide6.QtWidgets  # noqa: F401

        import gui.feature_scan  # noqa: F401  (right after QtCore: the scans it spares)


@contextlib.contextmanager
def _compiled_from_cache() -> Iterator[None]:
    """Within: ``compile()`` of a source seen at an earlier start returns that start's code."""
    stored = _read(_cache_file())
    made: dict[CompileKey, CodeType] = {}
    real_compile = builtins.compile

    def compile_cached(
        source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False, optimize: int = -1,
        **options: Any,
    ) -> Any:
        if options or flags & ast.PyCF_ONLY_AST or not isinstance(source, (str, bytes)):
            return real_compile(source, filename, mode, flags, dont_inherit, optimize, **options)
        key = (source, str(filename), mode, flags, dont_inherit, optimize)
        code = stored.get(key)
        if code is None:
            code = made[key] = real_compile(source, filename, mode, flags, dont_inherit, optimize)
        return code

    builtins.compile = compile_cached
    try:
        yield
    finally:
        builtins.compile = real_compile
    if made:
        write_checked(_cache_file(), _HEADER, {**stored, **made}, replacing="pyside-code-*")


def _cache_file() -> Path:
    return table_file("pyside-code", _HEADER)


def _read(path: Path) -> dict[CompileKey, CodeType]:
    """The code objects kept in ``path``; none when it is missing, damaged, foreign or not private."""
    return read_private(path, _HEADER)
