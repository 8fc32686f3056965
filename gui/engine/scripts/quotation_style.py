"""Quotation marks as each region prints them: 「」『』 in Taiwan and Hong Kong, “”‘’ elsewhere.

Only marks that pair up are changed (an apostrophe in “Xi’an” or a stray mark stays), and each
mark is replaced by one character, so the view's offset map stays exact.
"""

from __future__ import annotations

from dataclasses import replace

from gui.engine import regex_cache as re
from gui.engine.scripts.script_variants import ScriptView, Variant

REGIONAL_CORNER_QUOTES = frozenset({Variant.TW, Variant.HK})
_CORNERS = {"“": "「", "”": "」", "‘": "『", "’": "』"}
_MARK = re.compile("[“”‘’]")


def corner_quotes(text: str) -> str:
    """``text`` with each matched pair of curly quotation marks made into corner brackets."""
    replaced: list[tuple[int, str]] = []  # (offset, corner bracket)
    open_marks: list[tuple[str, int]] = []  # (mark, offset) of marks still open
    for match in _MARK.finditer(text):
        mark, at = match.group(), match.start()
        if mark in "“‘":
            open_marks.append((mark, at))
            continue
        opening = "“" if mark == "”" else "‘"
        for depth in range(len(open_marks) - 1, -1, -1):
            if open_marks[depth][0] == opening:
                start = open_marks[depth][1]
                del open_marks[depth:]  # marks opened inside and never closed stay as they are
                replaced += ((start, _CORNERS[opening]), (at, _CORNERS[mark]))
                break
    if not replaced:
        return text
    # Joined from slices: a list of a book's characters would cost ~60 MB (one object each).
    replaced.sort()
    pieces: list[str] = []
    last = 0
    for at, corner in replaced:
        pieces += (text[last:at], corner)
        last = at + 1
    pieces.append(text[last:])
    return "".join(pieces)


def with_corner_quotes(view: ScriptView) -> ScriptView:
    """``view`` with corner brackets for its matched quotation marks (same offsets)."""
    text = corner_quotes(view.text)
    return view if text is view.text else replace(view, text=text)
