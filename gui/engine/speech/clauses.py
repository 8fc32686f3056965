"""Clause and sentence boundaries of the folded text, aware of quotation pairs.

A short quoted term (“抢跑”) is part of the clause around it, so the scans step over it; the marks
of a quotation that reads like speech end a clause.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from gui.engine import regex_cache as re
from gui.engine.speech.quotation_marks import CLOSERS, OPENERS, STRAIGHT, QuotePair

CLAUSE_END = "，。！？；：\n"
SENTENCE_END = "。！？\n"
SPEECH_PUNCT = "，。！？；：…"
LINE_SPACE = "\n\r \t\u3000"  # the white space around and between lines
# How far back a clause or a sentence is looked for; keeps every scan bounded (linear overall).
CLAUSE_LIMIT = 60
SENTENCE_LIMIT = 300


_SPEECH_PUNCT = re.compile("[" + re.escape(SPEECH_PUNCT) + "]")
# A news agency's dateline in brackets ((中央社记者某某台北4日电), (中央社首尔1日综合外电报导)):
# the article's first sentence starts after it, as after a full stop.
_DATELINE = re.compile(r"[（(][^（()）\n]{2,30}(?:电|报导|报道|讯)[）)]")
# Every quotation mark that ``quotation_marks`` pairs, with the stops of a clause or a sentence.
_MARKS = "".join(OPENERS) + "".join(CLOSERS) + STRAIGHT
_CLAUSE_MARKS = re.compile("[" + re.escape(CLAUSE_END + _MARKS) + "]")
_SENTENCE_MARKS = re.compile("[" + re.escape(SENTENCE_END + _MARKS) + "]")


def is_speechlike(folded: str, pair: QuotePair) -> bool:
    """A quotation whose inside has clause punctuation reads like speech, not like a term."""
    return _SPEECH_PUNCT.search(folded, pair.start, pair.end) is not None


class Layout:
    """The folded text with its quotation pairs, answering where clauses and sentences start."""

    def __init__(self, folded: str, pairs: list[QuotePair]) -> None:
        self.folded = folded
        self.pairs = pairs
        self.by_open = {pair.open: pair for pair in pairs}
        self.by_close = {pair.close: pair for pair in pairs}
        self.opens = [pair.open for pair in pairs]
        self.speechlike = {pair.open: is_speechlike(folded, pair) for pair in pairs}
        self.reverse = folded[::-1]  # for the backward scans (see ``_scan_back``)
        # Clause and sentence starts already found, by index: the layout never changes, and the
        # same verb's clause is asked for by several passes (a third of the scans repeat).
        self._clause_starts: dict[int, int] = {}
        self._sentence_starts: dict[int, int] = {}
        self._dateline_ends = [found.end() for found in _DATELINE.finditer(folded)]

    def pair_containing(self, index: int) -> QuotePair | None:
        """The top-level pair whose inside (marks excluded) contains ``index``."""
        slot = bisect.bisect_right(self.opens, index) - 1
        if slot >= 0:
            pair = self.pairs[slot]
            if pair.open < index < pair.close:
                return pair
        return None

    def pairs_between(self, start: int, end: int) -> list[QuotePair]:
        """Top-level pairs whose opening mark lies in ``[start, end)``."""
        first = bisect.bisect_left(self.opens, start)
        last = bisect.bisect_left(self.opens, end)
        return self.pairs[first:last]

    def _scan_back(self, index: int, stops: str, limit: int) -> int:
        """Start of the stretch ending at ``index``: after the nearest stop mark or speech quote."""
        floor = max(0, index - limit)
        # The scan runs as a regex search over the reversed text that jumps to the next stop or
        # quotation mark; reversed position r is position ``last - r`` of the folded text.
        last = len(self.folded) - 1
        search = (_CLAUSE_MARKS if stops is CLAUSE_END else _SENTENCE_MARKS).search
        reverse = self.reverse
        position = index - 1
        while position >= floor:
            found = search(reverse, last - position, last - floor + 1)
            if found is None:
                break
            position = last - found.start()
            if found.group() in stops:
                return position + 1
            pair = self.by_close.get(position)
            if pair is not None:
                if self.speechlike[pair.open]:
                    return position + 1
                position = pair.open - 1  # step over a quoted term
                continue
            if position in self.by_open:
                return position + 1
            position -= 1
        return floor

    def _after_dateline(self, index: int, start: int) -> int:
        """``start``, or the end of a dateline between it and ``index`` (a sentence starts there)."""
        if not self._dateline_ends or index < self._dateline_ends[0]:
            return start  # (no dateline before: most of a text)
        slot = bisect.bisect_right(self._dateline_ends, index) - 1
        return max(start, self._dateline_ends[slot]) if slot >= 0 else start

    def _opens_line(self, pair: QuotePair) -> bool:
        """True when the quotation opens its line (dialogue), only white space before it."""
        index = pair.open
        while index > 0 and self.folded[index - 1] in " \t\u3000":
            index -= 1
        return index == 0 or self.folded[index - 1] in "\n\r"

    def clause_start(self, index: int) -> int:
        """Start of the clause that contains ``index`` (looking back at most CLAUSE_LIMIT)."""
        start = self._clause_starts.get(index)
        if start is None:
            start = self._scan_back(index, CLAUSE_END, CLAUSE_LIMIT)
            start = self._clause_starts[index] = self._after_dateline(index, start)
        return start

    def sentence_start(self, index: int) -> int:
        """Start of the sentence that contains ``index``."""
        start = self._sentence_starts.get(index)
        if start is None:
            start = self._scan_back(index, SENTENCE_END, SENTENCE_LIMIT)
            start = self._sentence_starts[index] = self._after_dateline(index, start)
        return start

    def sentence_end(self, index: int) -> int:
        """Index of the sentence-final mark at or after ``index`` (or where the scan gave up)."""
        folded = self.folded
        ceiling = min(len(folded), index + SENTENCE_LIMIT)
        position = index
        search = _SENTENCE_MARKS.search
        while position < ceiling:
            found = search(folded, position, ceiling)
            if found is None:
                break
            position = found.start()
            if found.group() in SENTENCE_END:
                return position
            pair = self.by_open.get(position)
            if pair is not None:
                position = pair.close + 1
                continue
            position += 1
        return ceiling

    def clause_ranges_back(self, index: int, floor: int, step_over: int = 0) -> Iterator[tuple[int, int]]:
        """Clauses between ``floor`` and ``index``, nearest first (found as they are asked for:
        a look-back usually stops at one of the first few).

        A spoken quotation separates turns and ends the look-back, except the first
        ``step_over`` ones, which are skipped whole (the words of the one a pronoun after them
        stands for: “……”他说 looks for 他 before the words, not inside them)."""
        end = index
        while end > floor:
            start = max(floor, self.clause_start(end))
            yield start, end
            end = start - 1
            # Words that end right before the clause (“……”他说) inside a paragraph of narration
            # (news) separate turns too; a line that opens with the words (dialogue) is read
            # through, as before.
            pair = self.by_close.get(end)
            if pair is not None and step_over <= 0 and self._opens_line(pair):
                pair = None
            if pair is None:
                # Step over the mark that ended the previous clause.
                while end > floor and self.folded[end - 1] in CLAUSE_END:
                    end -= 1
                pair = self.by_close.get(end)
            if pair is not None and self.speechlike.get(pair.open):
                if step_over <= 0:
                    break  # a spoken quotation separates turns
                step_over -= 1
                end = pair.open
                while end > floor and self.folded[end - 1] in CLAUSE_END + LINE_SPACE:
                    end -= 1
                if end in self.by_close:
                    break  # quotations in a row: several turns
