"""Turn-taking in dialogue: who speaks the lines that no verb attributes.

Fiction (and interviews) set each utterance on a line of its own and name the speaker only now
and then. Two rules fill the rest (after He & al. 2013, "Identification of speakers in novels",
the rules every later model is compared with):

- consecutive utterance lines with nothing between them alternate between two participants
  (A/B/A/B), anchored on any line whose speaker a verb or a colon names;
- a run with no anchor starts with the participant who did not speak last before it.

The participants are the speakers named nearest the run. Nothing here knows a name: it works on
the speaker idents the attribution pass found.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from gui.engine import regex_cache as re
from gui.engine.speech.clauses import LINE_SPACE

_NOT_SPACE = re.compile(f"[^{LINE_SPACE}]")


@dataclass
class Turn:
    """A direct quotation as the dialogue model sees it."""

    open: int
    close: int
    speaker: int | None
    explicit: bool  # named by a verb, a colon, a label or the narration after it
    addressee: int | None = None  # whom the verb says the words are for


def own_line(folded: str, open_: int, close: int) -> bool:
    """True when the quotation opens its line and nothing but space follows it on that line."""
    line_start = folded.rfind("\n", 0, open_) + 1
    after = folded.find("\n", close)
    line_end = len(folded) if after < 0 else after
    # (searched for, not cut out and stripped: a paragraph can be thousands of characters long)
    blank_before = _NOT_SPACE.search(folded, line_start, open_) is None
    return blank_before and _NOT_SPACE.search(folded, close + 1, line_end) is None


def _adjacent(folded: str, first: Turn, second: Turn) -> bool:
    """Nothing but line breaks and space between two quotations."""
    between = folded[first.close + 1 : second.open]
    return not between.strip(LINE_SPACE) and "\n" in between


def runs(folded: str, turns: Sequence[Turn]) -> list[list[Turn]]:
    """Maximal sequences of utterance lines that follow each other directly."""
    found: list[list[Turn]] = []
    current: list[Turn] = []
    for turn in turns:
        if current and _adjacent(folded, current[-1], turn):
            current.append(turn)
            continue
        if len(current) >= 2:
            found.append(current)
        current = [turn]
    if len(current) >= 2:
        found.append(current)
    return found


def _other(participants: Sequence[int], speaker: int | None) -> int | None:
    return next((ident for ident in participants if ident != speaker), None)


def _participants(
    turns: Sequence[Turn], run: list[Turn], index: int, present: Sequence[int] = ()
) -> list[int]:
    """The two speakers nearest the run: its anchors first, then explicit speakers around it,
    then the people the narration last named before it (``present``, nearest first)."""
    ordered: list[int] = []
    # Read lazily, from the run outwards: a book has thousands of runs, and two names are enough.
    before = _named(turns[position] for position in range(index - 1, -1, -1))
    after = _named(turns[position] for position in range(index + len(run), len(turns)))
    nearest_before = next(before, None)
    pools = (_named(run), () if nearest_before is None else (nearest_before,), present, before, after)
    for pool in pools:
        for ident in pool:
            if ident not in ordered:
                ordered.append(ident)
            if len(ordered) == 2:
                return ordered
    return ordered


def _named(turns: Iterable[Turn]) -> Iterator[int]:
    """The speakers a verb, colon, label or narration names, in the order given."""
    return (turn.speaker for turn in turns if turn.explicit and turn.speaker is not None)


def _line_after(folded: str, close: int) -> tuple[int, int]:
    """The line that follows the one a quotation ends."""
    start = folded.find("\n", close)
    if start < 0:
        return len(folded), len(folded)
    while start < len(folded) and folded[start] in LINE_SPACE:
        start += 1
    end = folded.find("\n", start)
    return start, len(folded) if end < 0 else end


def narrated_speakers(
    folded: str, turns: list[Turn], subject_of_line: Callable[[int, int], int | None]
) -> None:
    """An utterance no verb attributes, followed by a line of narration, is spoken by the person
    that line is about (“什么约会？” / 少平愣住了。). (The line *before* an utterance was measured
    too, on the training split of the novel benchmark: it names the listener about as often as
    the speaker, so it is not used.)"""
    openers = {turn.open for turn in turns}
    for turn in turns:
        if turn.explicit or not own_line(folded, turn.open, turn.close):
            continue
        start, end = _line_after(folded, turn.close)
        if start >= end or start in openers or folded[start] in "“「『‘":
            continue
        if folded[start:end].rstrip(LINE_SPACE).endswith("："):
            continue  # 老太太更急了，指着猫蛋说： introduces the next utterance, not this one's
        ident = subject_of_line(start, end)
        if ident is not None:
            turn.speaker, turn.explicit = ident, True


def alternate(
    folded: str,
    turns: list[Turn],
    named_near: Callable[[int, int], Sequence[int]] = lambda _start, _end: (),
) -> None:
    """Give the unattributed lines of each dialogue run their speaker, in place.

    ``named_near(start, end)`` lists the people the narration names around ``[start, end)``,
    nearest first: the participants of a run no verb anchors."""
    position = {id(turn): index for index, turn in enumerate(turns)}
    for run in runs(folded, turns):
        start = position[id(run[0])]
        participants = _participants(turns, run, start, named_near(run[0].open, run[-1].close))
        if len(participants) < 2:
            continue
        anchors = [index for index, turn in enumerate(run) if turn.explicit and turn.speaker is not None]
        # Each anchor's pair of speakers: the anchor's and the one it addressed (问少安: the next
        # line is 少安's), or else the other participant.
        pairs: dict[int, tuple[int | None, int | None]] = {}
        if not anchors:
            before = next((turns[p] for p in range(start - 1, -1, -1) if turns[p].speaker is not None), None)
            previous = before.speaker if before is not None else None
            if before is not None and before.addressee is not None:
                pairs[-1] = (previous, before.addressee)
            else:
                first = _other(participants, previous) if previous in participants else participants[0]
                pairs[0] = (first, _other(participants, first))
        for index in anchors:
            speaker, addressee = run[index].speaker, run[index].addressee
            pairs[index] = (speaker, addressee if addressee is not None else _other(participants, speaker))
        for index, turn in enumerate(run):
            if turn.explicit and turn.speaker is not None:
                continue
            nearest = min(pairs, key=lambda anchor: (abs(anchor - index), anchor))
            speaker, other = pairs[nearest]
            turn.speaker = speaker if (index - nearest) % 2 == 0 else other
