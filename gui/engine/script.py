"""Character classes shared by the engine: what counts as Han script and as CJK punctuation."""

from __future__ import annotations

from gui.engine import regex_cache as re

# CJK Unified Ideographs with extension A, the compatibility block and the supplementary planes.
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN = re.compile(f"[{HAN_CLASS}]")


def has_han(text: str) -> bool:
    """True when the text holds at least one Han character."""
    return HAN.search(text) is not None
