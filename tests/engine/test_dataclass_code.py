"""Dataclasses whose generated methods come from the cache behave as Python's own: the code
compiled at one start is read back at the next, never from a file others could write."""

from __future__ import annotations

import builtins
import dataclasses
from pathlib import Path

import pytest

from gui.engine import dataclass_code


@pytest.fixture
def compiles(tmp_path, monkeypatch) -> list[str]:
    """A new process's cache in ``tmp_path``; the sources that reach the real ``compile``."""
    monkeypatch.setenv("YANLU_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(dataclass_code, "_stored", None)
    monkeypatch.setattr(dataclass_code, "_unsaved", False)
    calls: list[str] = []
    real = builtins.compile

    def recorded(source, *args, **kwargs):
        calls.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(builtins, "compile", recorded)
    return calls


def _define() -> type:
    """A class as a module defines it at start-up."""

    @dataclasses.dataclass(frozen=True, order=True)
    class Span:
        start: int
        end: int = 0
        label: str = dataclasses.field(default="", compare=False)

    return Span


def _next_start(monkeypatch) -> None:
    dataclass_code.save()
    monkeypatch.setattr(dataclass_code, "_stored", None)


def test_code_compiled_at_one_start_is_read_back_at_the_next(compiles, monkeypatch):
    assert dataclasses.exec is dataclass_code._exec_cached  # installed by the package
    first = _define()
    compiled = len(compiles)
    assert compiled >= 5  # __init__, __repr__, __eq__, the orderings, __hash__, __setattr__ …
    _next_start(monkeypatch)
    second = _define()
    assert len(compiles) == compiled, "read back, not compiled again"
    span = second(1, 2, "a")
    assert span == second(1, 2, "b") and span < second(1, 3)
    assert hash(span) == hash(second(1, 2, "c")) and repr(span).endswith("Span(start=1, end=2, label='a')")
    assert second.__init__.__annotations__ == first.__init__.__annotations__  # no __future__ flags
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 5  # type: ignore[misc]


def test_a_cache_file_others_could_write_is_not_read(compiles, monkeypatch, tmp_path):
    _define()
    compiled = len(compiles)
    _next_start(monkeypatch)
    (cache,) = Path(tmp_path).glob("dataclass-code-*")
    cache.chmod(0o666)
    _define()
    assert len(compiles) == 2 * compiled


def test_a_damaged_cache_file_means_compiling(compiles, monkeypatch, tmp_path):
    _define()
    _next_start(monkeypatch)
    (cache,) = Path(tmp_path).glob("dataclass-code-*")
    cache.write_bytes(b"\x00not marshal")
    assert _define()(3).end == 0
