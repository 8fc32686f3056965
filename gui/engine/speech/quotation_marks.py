"""Find top-level pairs of quotation marks in one linear pass.

Handles “” ‘’ 「」 『』 and straight " and '. Marks nested inside a pair belong to it and are
not reported. The multi-paragraph convention (every paragraph of a long quotation opens with “,
only the last one closes) yields one pair. Unbalanced marks are dropped at the end of their
paragraph, so one stray mark never swallows the rest of the article; one opened right after a
colon runs to its paragraph's end (the closing mark lost, 某某说：「……).
"""

from __future__ import annotations

from typing import NamedTuple

from gui.engine import regex_cache as re

OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
STRAIGHT = "\"'"
_MARK = re.compile("[“”‘’「」『』\"'\n]")
_ASCII_LETTER = re.compile("[A-Za-z]")


class QuotePair(NamedTuple):
    """A top-level quotation: ``open`` and ``close`` are the indices of its marks (a named
    tuple: a book has tens of thousands)."""

    open: int
    close: int

    @property
    def start(self) -> int:
        """First character inside the marks."""
        return self.open + 1

    @property
    def end(self) -> int:
        """End (exclusive) of the inside, i.e. the index of the closing mark."""
        return self.close


def _is_apostrophe(text: str, index: int) -> bool:
    """A ' or ’ between two Latin letters (don't, it’s) is an apostrophe, not a quotation mark."""
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return bool(_ASCII_LETTER.match(before) and _ASCII_LETTER.match(after))


def _continues_next_paragraph(text: str, newline: int, opener: str) -> int | None:
    """Index of the opener that starts the next paragraph with the same mark, if any."""
    index = newline
    length = len(text)
    # Skip blank lines and indentation; bounded by the whitespace itself, so still linear.
    while index < length and text[index] in "\n\r \t\u3000":
        index += 1
    if index < length and text[index] == opener:
        return index
    return None


WRAPPED_CLOSE_REACH = 1200  # how far a quotation may run on to a closing mark that opens a line


def _closed_at_later_line_start(text: str, newline: int, opener: str) -> int | None:
    """Index of the closing mark that opens a later line of a quotation running over several
    lines with no mark of its own (“我爸没上过。 / 我爷上过。 / ”她轻声说着), if one does. Text
    split one sentence a line wraps a closing mark onto the next line; any other mark of the
    kind on the way means the open one was stray."""
    closer = OPENERS[opener]
    limit = min(len(text), newline + WRAPPED_CLOSE_REACH)
    start = newline + 1
    while start < limit:
        end = text.find("\n", start, limit)
        line = text[start : limit if end < 0 else end]
        if line.startswith(closer):
            return start
        if opener in line or closer in line or end < 0:
            return None
        start = end + 1
    return None


class _Scanner:
    """Stack machine over the marks of a text; collects every matched pair at any depth."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[tuple[str, int]] = []  # (opening mark, index)
        self.counts: dict[str, int] = {}  # opening mark → how many are on the stack
        self.pairs: list[tuple[int, int]] = []
        self.skip_until = -1

    def push(self, mark: str, index: int) -> None:
        self.stack.append((mark, index))
        self.counts[mark] = self.counts.get(mark, 0) + 1

    def pop(self) -> tuple[str, int]:
        mark, index = self.stack.pop()
        self.counts[mark] -= 1
        return mark, index

    def close(self, opener: str, index: int) -> None:
        """Close the innermost ``opener``; unclosed marks above it are dropped."""
        if not self.counts.get(opener):
            return  # a stray closing mark
        while True:
            mark, start = self.pop()
            if mark == opener:
                self.pairs.append((start, index))
                return

    def straight(self, mark: str, index: int) -> None:
        """A straight quote closes an open one of its kind on top of the stack, else opens."""
        if mark == "'" and _is_apostrophe(self.text, index):
            return
        if self.stack and self.stack[-1][0] == mark:
            self.close(mark, index)
        else:
            self.push(mark, index)

    def paragraph_end(self, index: int) -> None:
        """At a line break keep a quotation that the next paragraph reopens; drop the rest."""
        if not self.stack:
            return
        bottom_mark, _ = self.stack[0]
        if bottom_mark in "“「『‘":
            reopened = _continues_next_paragraph(self.text, index, bottom_mark)
            if reopened is not None:
                # Only the outer quotation carries over; inner marks left open are errors.
                while len(self.stack) > 1:
                    self.pop()
                self.skip_until = reopened
                return
            closing = _closed_at_later_line_start(self.text, index, bottom_mark)
            if closing is not None:
                while len(self.stack) > 1:
                    self.pop()
                self.skip_until = closing - 1  # the lines between are the quotation's own
                return
        self._close_at_paragraph_end(index)
        while self.stack:
            self.pop()

    def _close_at_paragraph_end(self, index: int) -> None:
        """Words opened right after a colon (某某说：「……) whose closing mark the text lost run to
        the end of their paragraph: the paragraph is what the colon introduced."""
        mark, start = self.stack[0]
        if mark not in "“「" or start == 0 or self.text[start - 1] not in "：:":
            return
        end = index
        while end > start + 1 and self.text[end - 1] in " \t\r\u3000":
            end -= 1
        if end > start + 1:
            self.pairs.append((start, end))

    def feed(self, mark: str, index: int) -> None:
        if index <= self.skip_until:
            return
        if mark == "\n":
            self.paragraph_end(index)
        elif mark in OPENERS:
            self.push(mark, index)
        elif mark in CLOSERS:
            if mark == "’" and _is_apostrophe(self.text, index):
                return
            self.close(CLOSERS[mark], index)
        else:
            self.straight(mark, index)


def find_pairs(text: str) -> list[QuotePair]:
    """Top-level quotation pairs of ``text`` in order; linear in ``len(text)``."""
    scanner = _Scanner(text)
    feed, stack, counts = scanner.feed, scanner.stack, scanner.counts
    for match in _MARK.finditer(text):
        mark = match.group()
        if mark in OPENERS:
            index = match.start()
            if index > scanner.skip_until:  # (``feed`` inlined for the commonest mark)
                stack.append((mark, index))
                counts[mark] = counts.get(mark, 0) + 1
        elif mark != "\n" or stack:  # a line break with nothing open changes nothing
            feed(mark, match.start())
    scanner.paragraph_end(len(text))
    # Pairs are properly nested or disjoint; keep those not inside an earlier kept one.
    top: list[QuotePair] = []
    for start, end in sorted(scanner.pairs):
        if top and start < top[-1].close:
            continue
        top.append(QuotePair(start, end))
    return top
