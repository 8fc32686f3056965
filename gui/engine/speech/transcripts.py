"""Transcript-style speaker labels: a line that only names a speaker ("## 张三：", "张三:"), and
the quotations that open the paragraphs under it, which are that speaker's words."""

from __future__ import annotations

import bisect

from gui.engine import regex_cache as re
from gui.engine.speech.attribution import positional_subject
from gui.engine.speech.clauses import LINE_SPACE, Layout
from gui.engine.speech.quotation_marks import QuotePair
from gui.engine.speech.registry import Registry
from gui.engine.speech.subjects import bare_subject, strip_clause

_SPEAKER_LABEL = re.compile(
    r"^[#>*\s\u3000]*([^\n：“”「」『』《》，。！？]{1,16})：[\s\u3000]*$", re.MULTILINE
)


def transcript_turns(layout: Layout, registry: Registry, cue_starts: list[int]) -> dict[int, int]:
    """The quotations under each speaker label (pair.open → the labelled speaker's ident).

    ``cue_starts`` are the sorted starts of the speech verbs: a "label" holding one is narration
    (润叶马上对他们说：), not a label. Each speaker is entered in ``registry``.
    """
    folded = layout.folded
    turns: dict[int, int] = {}
    for label in _SPEAKER_LABEL.finditer(folded):
        lo, hi = label.span(1)
        first_cue = bisect.bisect_left(cue_starts, lo)
        has_cue = first_cue < len(cue_starts) and cue_starts[first_cue] < hi
        if has_cue or strip_clause(folded, lo, hi) != (lo, hi):
            continue
        mention = bare_subject(folded, lo, hi) or positional_subject(folded, lo, hi)
        if mention is None or mention.kind not in ("person", "group", "org"):
            continue
        ident = registry.add(mention).ident
        for pair in _quotations_under(layout, label.end()):
            turns[pair.open] = ident
    return turns


def _quotations_under(layout: Layout, position: int) -> list[QuotePair]:
    """The quotations that open the paragraphs from ``position`` on, until a paragraph that does
    not open with a quotation."""
    folded = layout.folded
    pairs: list[QuotePair] = []
    while True:
        while position < len(folded) and folded[position] in LINE_SPACE:
            position += 1
        pair = layout.by_open.get(position)
        if pair is None:
            return pairs
        pairs.append(pair)
        line_end = folded.find("\n", pair.close)
        position = len(folded) if line_end < 0 else line_end
