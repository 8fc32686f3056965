"""Transcript-style speaker labels: a line that only names a speaker ("## 张三：", "张三:"), and
the quotations that open the paragraphs under it, which are that speaker's words."""

from __future__ import annotations

import bisect

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.attribution import Cue
from gui.engine.speech.clauses import LINE_SPACE, Layout
from gui.engine.speech.names import looks_like_name
from gui.engine.speech.patterns import HAN
from gui.engine.speech.phrases import named_by_family_name, positional_subject
from gui.engine.speech.quotation_marks import QuotePair
from gui.engine.speech.registry import Mention, Registry
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


# A paragraph that opens with a short name and a colon, then the words (莫：当时身穿……): in a
# court or hearing report the colon labels what that person said (the judge's reasons, a
# witness's answers). A label alone on its line is ``_SPEAKER_LABEL``'s.
# A label at the text's start, and after a line break: apart, so that the search for the second
# jumps from line break to line break instead of testing the text's start at every place.
_TEXT_LABEL = re.compile(rf"[ \u3000\t]*([{HAN}]{{1,4}})：(?=[^\s“「『‘])")
_PARAGRAPH_LABEL = re.compile(rf"\n[ \u3000\t]*([{HAN}]{{1,4}})：(?=[^\s“「『‘])")
LABEL_VERB = "："
MIN_LABELS = 2  # one such line may be a headline (某某：……); a transcript has several


def paragraph_labels(layout: Layout, registry: Registry, cue_starts: set[int]) -> list[Cue]:
    """A cue at the colon of each labelled paragraph, its subject the labelled speaker."""
    folded = layout.folded
    matches = (_TEXT_LABEL.match(folded), *_PARAGRAPH_LABEL.finditer(folded))
    found = [match for match in matches if match is not None and match.start(1) > 0]
    if len(found) < MIN_LABELS:
        return []
    cues: list[Cue] = []
    for match in found:
        lo, hi = match.span(1)
        if any(index in cue_starts for index in range(lo, hi + 1)):
            continue  # 问：, 他说：: a verb, not a name
        mention = _label_speaker(folded, registry, lo, hi)
        if mention is not None:
            cues.append(Cue(hi, hi + 1, LABEL_VERB, subject=mention))
    return cues


def _label_speaker(folded: str, registry: Registry, lo: int, hi: int):  # -> Mention | None
    """The speaker a label names: a family name alone (莫) is the one person of that name the
    text named, a longer label a name or a role read as a subject."""
    if hi - lo == 1:
        entry = registry.by_family_name(folded[lo])
        if entry is not None:
            return Mention(lo, hi, "person", lo, hi)
        return named_by_family_name(folded, folded[lo], lo)
    label = folded[lo:hi]
    if not (looks_like_name(label) or label in lx.TITLE_WORDS or label in lx.PERSON_NOUNS):
        return None  # 来源：, 地址：: a field of the page, not a speaker
    mention = bare_subject(folded, lo, hi) or positional_subject(folded, lo, hi)
    return mention if mention is not None and mention.kind in ("person", "group", "org") else None
