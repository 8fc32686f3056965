"""Names the trained recogniser (``recogniser``) finds where the rules look for a speaker.

Two places ask it, both only around speech: the clause before a speech verb whose subject the
rules read as nothing (a name no list knows: 某航空表示, a romanised name), and the candidate
names of a clause (beside jieba's), which the subject, pronoun and dialogue rules then weigh as
usual. Where the recogniser has no opinion (not installed, switched off) nothing changes.

Measured (README, issue 8): on news it changes little, since most wrong speakers left are
discourse errors, not unknown names; it is off by default.
"""

from __future__ import annotations

from gui.engine.speech import lexicon as lx
from gui.engine.speech.clauses import Layout
from gui.engine.speech.plausibility import common_word, plausible_name
from gui.engine.speech.recogniser import active
from gui.engine.speech.registry import Mention

WINDOW_BEFORE = 40  # characters before a speech verb given to the tagger (its context)
WINDOW_AFTER = 2  # and after the verb's start: the verb itself helps the tagger
SENTENCE_REACH = 60  # characters looked at either side of a fragment for its sentence's ends
_SENTENCE_ENDS = "。！？\n"
_KINDS = {"PER": "person", "ORG": "org"}


def missed_subject(layout: Layout, lo: int, hi: int, verb_start: int, verb_end: int) -> Mention | None:
    """A person or organisation the tagger finds right before the verb, after the adverbials
    (``[lo, hi)`` is the stripped clause), where the rules found no subject."""
    recogniser = active()
    if not recogniser.available or hi <= lo:
        return None
    folded = layout.folded
    start = max(layout.sentence_start(verb_start), verb_start - WINDOW_BEFORE)
    window = folded[start : min(len(folded), verb_end + WINDOW_AFTER)]
    for token in reversed(recogniser.tokens(window)):
        name_start, name_end = start + token.start, start + token.end
        at_verb = name_end == hi and name_start >= lo
        if at_verb and token.tag in _KINDS and _can_name(folded, name_start, name_end):
            return Mention(lo, hi, _KINDS[token.tag], name_start, name_end)
    return None


def recognised_people(folded: str, lo: int, hi: int) -> list[Mention]:
    """The people the tagger names inside ``folded[lo:hi]``, tagged with the sentence around
    them (a fragment alone is tagged worse)."""
    recogniser = active()
    if not recogniser.available or hi <= lo:
        return []
    start = lo
    floor = max(0, lo - SENTENCE_REACH)
    while start > floor and folded[start - 1] not in _SENTENCE_ENDS:
        start -= 1
    end = hi
    ceiling = min(len(folded), hi + SENTENCE_REACH)
    while end < ceiling and folded[end] not in _SENTENCE_ENDS:
        end += 1
    people = []
    for token in recogniser.tokens(folded[start:end]):
        name_start, name_end = start + token.start, start + token.end
        inside = lo <= name_start and name_end <= hi
        if token.tag == "PER" and inside and _can_name(folded, name_start, name_end):
            people.append(Mention(name_start, name_end, "person", name_start, name_end))
    return people


def _can_name(folded: str, start: int, end: int) -> bool:
    """The rules' own gate on a name the tagger proposes: a romanised name is capitalised; a
    Chinese one has two characters or more, no function character first, is no common word of
    the dictionary (the tagger reads some verbs and nouns as given names) and passes
    ``plausible_name``."""
    name = folded[start:end]
    if name[:1].isascii():
        return name[:1].isupper()
    return (
        len(name) >= 2
        and name[0] not in lx.FUNCTION_CHARS
        and not common_word(name)
        and plausible_name(folded, start, end)
    )
