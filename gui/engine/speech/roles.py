"""Roles: the title a speaker is given (外交部发言人, 市教育局局长) and where it is written.

A role word (局长) takes the organisation before it (市教育局|局长); a speaker who is not given a
role where they speak may have been introduced with one earlier (``title_before``, ``RoleIndex``).
"""

from __future__ import annotations

import bisect

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.patterns import HAN_CHAR, TITLE

TITLE_REACH = 10  # how far back from a role word its organisation may start
# Function characters that cannot be part of an organisation or role name (是|某市教育局局长).
TITLE_STOPS = set("的是在和与及由对向被把将让给了着说而但也还则就都据称为从于即其这那此该")
ROLE_AT_END = re.compile(f"(?:{TITLE})$")


def extend_title(folded: str, start: int, floor: int) -> int:
    """Move the start of a role word back over the organisation before it (市教育局|局长), also
    over the 和 inside a ministry's name (住房和城乡建设部, 人力资源和社会保障部)."""
    limit = max(floor, start - TITLE_REACH)
    while start > limit and HAN_CHAR.match(folded, start - 1):
        stop = folded[start - 1] in TITLE_STOPS
        if stop and not (folded[start - 1] in _ORG_JOINERS and _joins_one_organisation(folded, start, limit)):
            break
        start -= 1
    return start


_ORG_JOINERS = "和与"
_ORG_UNIT = re.compile("[部局厅委署办院]")


def _joins_one_organisation(folded: str, start: int, limit: int) -> bool:
    """True when 和/与 right before ``start`` joins two halves of one organisation's name: an
    organisation word follows it and two or more Han characters stand before it."""
    joined = folded[start : start + TITLE_REACH]
    before = folded[max(limit, start - 3) : start - 1]
    return (
        _ORG_UNIT.search(joined) is not None
        and len(before) >= 2
        and bool(HAN_CHAR.fullmatch(before[-1]))
        and before[-1] not in "他她我你您它们"  # 他和X: a person and X, not one organisation
    )


TITLE_WINDOW = 3000  # how far from the speaker's own mentions an introduction is looked for


def title_before(folded: str, name: str, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    """Span of a role (with its organisation) written right before some occurrence of ``name``
    in ``folded[lo:hi]``."""
    hi = len(folded) if hi is None else hi
    index = folded.find(name, lo, hi)
    while index > 0:
        role = ROLE_AT_END.search(folded, max(0, index - 8), index)
        if role is not None:
            return extend_title(folded, role.start(), 0), index
        index = folded.find(name, index + len(name), hi)
    return None


_TITLE_AT = re.compile(TITLE)
_ROLE_REACH = 8
# Every role word → the lengths (within _ROLE_REACH) of the role words it starts with
# (副主席 → 副主席; 主席团 → 主席).
_TITLES = frozenset(lx.TITLE_WORDS)
_TITLE_PREFIX_SIZES = {
    word: tuple(size for size in range(1, min(len(word), _ROLE_REACH) + 1) if word[:size] in _TITLES)
    for word in lx.TITLE_WORDS
}
# Every role word → the offsets inside it where another role word may start (总理事长: 理事长):
# where the rest of the word and some role word agree as far as both go (set look-ups, not a
# comparison of every pair of role words).
_TITLE_STARTS = frozenset(word[:size] for word in lx.TITLE_WORDS for size in range(len(word) + 1))
_TITLE_INNER = {
    word: tuple(
        offset
        for offset in range(1, len(word))
        if word[offset:] in _TITLE_STARTS
        or any(word[offset:end] in _TITLES for end in range(offset, len(word) + 1))
    )
    for word in lx.TITLE_WORDS
}  # a role word ends a name's look-back window of this many characters


class RoleIndex:
    """Where role words end in the whole text, and which text follows them, so that
    ``title_before`` for every speaker costs one pass over the text instead of one per speaker."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        starts: dict[int, int] = {}  # end of a role word → leftmost start of a role word ending there
        match_at = _TITLE_AT.match
        for match in _TITLE_AT.finditer(folded):
            first = match.start()
            # Starts come in increasing order, so the first one noted for an end is the leftmost.
            for size in _TITLE_PREFIX_SIZES[match.group()]:
                starts.setdefault(first + size, first)
            # Role words starting inside this match (总理|事长), only where one can.
            for offset in _TITLE_INNER[match.group()]:
                inner = match_at(folded, first + offset)
                if inner is not None:
                    for size in _TITLE_PREFIX_SIZES[inner.group()]:
                        starts.setdefault(first + offset + size, first + offset)
        self.role_start = starts
        self.ends = sorted(starts)
        # The two characters after each role word → the role ends they follow, in order: one table
        # for names of every length (a name is looked for among the ends its opening follows).
        self._ends_before: dict[str, list[int]] = {}
        for end in self.ends:
            self._ends_before.setdefault(folded[end : end + 2], []).append(end)

    def title_before(self, name: str, lo: int, hi: int) -> tuple[int, int] | None:
        """Same answer as the module's ``title_before(folded, name, lo, hi)``."""
        folded = self.folded
        if len(name) < 2:
            return title_before(folded, name, lo, hi)
        if lo <= 0 and folded.startswith(name, 0, hi):
            return None  # the name opens the text: nothing can stand before it
        index = self._first_end_before(name, lo)
        if index is None or index + len(name) > hi:
            return None
        if _overlapping(name) and not _reachable(folded, name, lo, index):
            return title_before(folded, name, lo, hi)
        return extend_title(folded, self.role_start[index], 0), index

    def _first_end_before(self, name: str, lo: int) -> int | None:
        """The first role end at or after ``lo`` that ``name`` follows."""
        ends = self._ends_before.get(name[:2], ())
        for slot in range(bisect.bisect_left(ends, lo), len(ends)):
            if self.folded.startswith(name, ends[slot]):
                return ends[slot]
        return None


def _overlapping(name: str) -> bool:
    """True when two occurrences of ``name`` can overlap (哈哈哈), so a plain search skips some."""
    return any(name[: len(name) - shift] == name[shift:] for shift in range(1, len(name)))


def _reachable(folded: str, name: str, lo: int, index: int) -> bool:
    """True when a left-to-right search for ``name`` from ``lo`` stops at ``index``."""
    found = folded.find(name, lo, index + len(name))
    while 0 <= found < index:
        found = folded.find(name, found + len(name), index + len(name))
    return found == index
