"""shiboken's support code, compiled at one start, is read back from the cache at the next:
the same code, and never from a file that others could have written."""

from __future__ import annotations

import builtins
from pathlib import Path

import pytest

from gui import pyside_import

SOURCE = "def twice(x):\n    return x * 2\n"


@pytest.fixture
def compiles(tmp_path, monkeypatch) -> list[str]:
    """The cache in ``tmp_path``; what reaches the real ``compile`` is recorded."""
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[str] = []
    real = builtins.compile

    def recorded(source, filename, *args, **kwargs):
        calls.append(filename)
        return real(source, filename, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", recorded)
    return calls


def _start() -> object:
    with pyside_import._compiled_from_cache():
        return compile(SOURCE, "<support>", "exec")


def test_code_compiled_at_one_start_is_read_back_at_the_next(compiles):
    first = _start()
    assert compiles == ["<support>"]
    second = _start()
    assert compiles == ["<support>"]  # read back, not compiled again
    assert second == first
    namespace: dict = {}
    exec(second, namespace)
    assert namespace["twice"](21) == 42
    assert builtins.compile.__name__ == "recorded"  # the real one is back after the import


def test_a_cache_file_others_could_write_is_not_read(compiles):
    _start()
    (cache,) = Path(pyside_import._cache_file().parent).glob("pyside-code-*")
    cache.chmod(0o666)
    _start()
    assert compiles == ["<support>", "<support>"]


def test_a_damaged_cache_file_means_compiling(compiles):
    _start()
    pyside_import._cache_file().write_bytes(b"\x00not marshal")
    assert _start() == compile(SOURCE, "<support>", "exec")
    assert compiles.count("<support>") == 3
