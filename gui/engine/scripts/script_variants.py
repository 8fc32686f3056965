"""The reading scripts (原文, 简体, 繁體, 臺灣, 香港) and offset-exact conversion between them.

Conversion runs OpenCC 1.4.2's configs (see ``dictionaries``). Simplified input is converted
with s2t, s2tw, s2hk (and t2s for 简体); Traditional input (see ``traditional_input``) keeps its
own characters: it is first repaired where it shows naive machine conversion (規范 → 規範,
最后 → 最後), then converted with the Traditional→Traditional configs (t2tw, t2hk; tw2t and
hk2t for 繁體) and t2s for 简体, so correct Taiwan or Hong Kong text is not rewritten. OpenCC may
change a text's length (s2twp turns U盘 into 隨身碟), so each view carries an ``OffsetMap``: the
text is converted piece by piece, cut at OpenCC's own separators and at every offset the caller
must keep exact (quotation boundaries), and the map is exact at every cut.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from gui.engine import regex_cache as re
from gui.engine.scripts.punctuation import widen_punctuation

if TYPE_CHECKING:
    from gui.engine.scripts.dictionaries import BundledOpenCC
    from gui.engine.scripts.traditional_input import Repair


class Variant(str, Enum):
    """A script the reader can choose; the value is the command-line spelling."""

    ORIGINAL = "original"
    HANS = "hans"
    HANT = "hant"
    TW = "tw"
    HK = "hk"

    @property
    def label(self) -> str:
        """The short name on the toolbar button."""
        return _LABELS[self][0]

    @property
    def description(self) -> str:
        """The full name, for tooltips."""
        return _LABELS[self][1]


_LABELS = {
    Variant.ORIGINAL: ("原文", "原文 — the text as it arrived (pinyin annotations removed)"),
    Variant.HANS: ("简体", "简体中文 — Simplified Chinese"),
    Variant.HANT: ("繁體", "繁體中文 — Traditional Chinese, OpenCC standard"),
    Variant.TW: ("臺灣", "臺灣正體 — Traditional Chinese, Taiwan standard characters"),
    Variant.HK: ("香港", "香港繁體 — Traditional Chinese, Hong Kong standard characters"),
}

# OpenCC's sentence separators (copied from opencc-python-reimplemented, which splits on the
# same set): no dictionary entry spans one, so converting between them changes nothing.
_SEPARATORS = re.compile(
    r"\s+|[-,.?!*　，。、；：？！…“”‘’『』「」﹁﹂—－（）《》〈〉～．／＼"
    r"︒︑︔︓︿﹀︹︺︙︐［﹇］﹈︕︖︰︳︴︽︾︵︶｛︷｝︸﹃﹄【︻】︼]"
)


def conversion_chain(
    variant: Variant, taiwan_phrases: bool = False, traditional: bool = False
) -> tuple[str, ...]:
    """OpenCC configurations applied in turn to make ``variant`` from Simplified or Traditional input."""
    if variant is Variant.ORIGINAL:
        return ()
    if variant is Variant.HANS:
        return ("t2s",)
    if traditional:
        return {
            Variant.HANT: ("tw2t", "hk2t"),
            Variant.TW: ("t2twp",) if taiwan_phrases else ("t2tw",),
            Variant.HK: ("t2hk",),
        }[variant]
    return {
        Variant.HANT: ("s2t",),
        Variant.TW: ("s2twp",) if taiwan_phrases else ("s2tw",),
        Variant.HK: ("s2hk",),
    }[variant]


def _converter(config: str) -> BundledOpenCC:
    from gui.engine.scripts.dictionaries import (
        converter,  # loading dictionaries costs ~100 ms: only when a view needs it
    )

    return converter(config)


@dataclass
class Conversions:
    """What the views of one text share: its script, its repairs and its converted pieces."""

    traditional: bool | None = None  # None: not known yet (found from the whole text)
    naive: bool | None = None  # Traditional text that shows naive conversion: weak repairs too
    pieces: dict[str, dict[str, str]] = field(default_factory=dict)  # config → piece → result
    repairs: dict[str, Repair] = field(default_factory=dict)

    def repaired(self, piece: str) -> str:
        """``piece`` of Traditional input with its naive-conversion artefacts repaired."""
        from gui.engine.scripts.traditional_input import may_need_strong_repair

        if not self.naive and not may_need_strong_repair(piece):
            return piece
        repair = self.repair(piece)
        return repair.full if self.naive else repair.strong

    def repair(self, piece: str) -> Repair:
        """The repairs ``piece`` may get (planned once)."""
        repair = self.repairs.get(piece)
        if repair is None:
            from gui.engine.scripts.traditional_input import plan_repair

            repair = self.repairs[piece] = plan_repair(piece, self.pieces)
        return repair


@lru_cache(maxsize=8192)
def convert_fragment(
    text: str,
    variant: Variant,
    taiwan_phrases: bool = False,
    traditional: bool | None = None,
    naive: bool = False,
) -> str:
    """Convert a short string (a name, a title) the same way as the view's text; ``traditional``
    and ``naive`` are the article's (by default the fragment's own script is used)."""
    if variant is Variant.ORIGINAL:
        return text
    return render_view(text, variant, (), taiwan_phrases, memos=Conversions(traditional, naive)).text


class OffsetMap:
    """Maps offsets of the source text to offsets of a view of it, and back."""

    def to_view(self, source_offset: int) -> int:
        raise NotImplementedError

    def to_source(self, view_offset: int) -> int:
        """The source offset of the character shown at ``view_offset``."""
        raise NotImplementedError


@dataclass(frozen=True)
class IdentityMap(OffsetMap):
    """The view is the source: no table, so a book-length original costs nothing to map."""

    length: int

    def to_view(self, source_offset: int) -> int:
        return max(0, min(source_offset, self.length))

    def to_source(self, view_offset: int) -> int:
        return max(0, min(view_offset, self.length))


@dataclass(frozen=True)
class TableMap(OffsetMap):
    """Source offset → view offset, kept as runs of consecutive offsets.

    Run ``r`` starts at source offset ``sources[r]``, shown at ``views[r]``, and goes on one
    view character per source character up to the next run; ``last`` is the source's length.
    A view is nearly all one character for one, so a book's map is a few kilobytes instead of
    four bytes a character (20 MB for five views of a 1 M-character book).
    """

    sources: array
    views: array
    last: int

    def to_view(self, source_offset: int) -> int:
        source_offset = max(0, min(source_offset, self.last))
        run = bisect.bisect_right(self.sources, source_offset) - 1
        return self.views[run] + source_offset - self.sources[run]

    def to_source(self, view_offset: int) -> int:
        """The last source offset shown at or before ``view_offset``."""
        run = bisect.bisect_right(self.views, view_offset) - 1
        if run < 0:
            return 0
        run_end = self.sources[run + 1] - 1 if run + 1 < len(self.sources) else self.last
        return min(run_end, self.sources[run] + view_offset - self.views[run])


class RunsBuilder:
    """Collects a ``TableMap`` in source order, opening a run only where the offsets jump."""

    def __init__(self) -> None:
        self.sources = array("i")  # 4 bytes an offset: texts stay far below 2**31 characters
        self.views = array("i")
        self._next: tuple[int, int] | None = None  # where the open run goes on

    def add(self, source_offset: int, view_offset: int) -> None:
        if self._next != (source_offset, view_offset):
            self.sources.append(source_offset)
            self.views.append(view_offset)
        self._next = (source_offset + 1, view_offset + 1)

    def add_run(self, source_offset: int, view_offset: int, length: int) -> None:
        """``length`` offsets shown one for one from ``view_offset``."""
        if length:
            self.add(source_offset, view_offset)
            self._next = (source_offset + length, view_offset + length)

    def table(self) -> TableMap:
        assert self._next is not None, "a map needs the end offset at least"
        return TableMap(self.sources, self.views, self._next[0] - 1)


@dataclass(frozen=True)
class ScriptView:
    """The article in one script, with the map from source offsets to offsets in ``text``."""

    variant: Variant
    text: str
    offsets: OffsetMap
    # What the conversion found out about the whole text (None for the original): fragments
    # converted elsewhere (names, quotations) are converted the same way.
    traditional: bool | None = None
    naive: bool | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A source span's place in this view."""
        return self.offsets.to_view(start), self.offsets.to_view(end)


class Cancelled(Exception):
    """Raised inside a conversion whose result nobody wants any more."""


_CHECK_EVERY = 4096  # pieces between two looks at the cancel flag (a few milliseconds of work)


def render_view(
    text: str,
    variant: Variant,
    cut_points: Iterable[int] = (),
    taiwan_phrases: bool = False,
    cancelled: Callable[[], bool] | None = None,
    memos: Conversions | None = None,
) -> ScriptView:
    """Show ``text`` in ``variant``; offsets in ``cut_points`` map exactly, the rest closely.

    ``cancelled`` is polled now and then; when it says yes, ``Cancelled`` is raised. ``memos``
    may be shared between the views of one text, so its script is found, its repairs made and
    each converted piece computed once.
    """
    if variant is Variant.ORIGINAL:
        return ScriptView(variant, text, IdentityMap(len(text)))
    memos = Conversions() if memos is None else memos
    text = widen_punctuation(text)
    cuts = sorted(set(cut_points))
    if memos.traditional is None:
        from gui.engine.scripts.traditional_input import is_traditional

        memos.traditional = is_traditional(text)
    # Naive conversion only ever picks the wrong Traditional form of a character (範/范, 後/后),
    # and t2s folds every form back to the same Simplified one: the 简体 view needs no repairs.
    repairing = bool(memos.traditional) and variant is not Variant.HANS
    if repairing and memos.naive is None:
        memos.naive = _shows_naive_conversion(text, cuts, memos, cancelled)
    chain = [
        (_converter(config), memos.pieces.setdefault(config, {}))
        for config in conversion_chain(variant, taiwan_phrases, memos.traditional)
    ]
    out: list[str] = []
    runs = RunsBuilder()
    consumed = produced = 0
    for count, (piece, convertible) in enumerate(_pieces(text, cuts)):
        if cancelled is not None and count % _CHECK_EVERY == 0 and cancelled():
            raise Cancelled
        converted = piece
        if convertible:
            converted = _convert_piece(memos.repaired(piece) if repairing else piece, chain)
        _add_piece_offsets(runs, consumed, produced, len(piece), len(converted))
        out.append(converted)
        consumed += len(piece)
        produced += len(converted)
    runs.add(consumed, produced)
    return ScriptView(variant, "".join(out), runs.table(), memos.traditional, memos.naive)


def _shows_naive_conversion(
    text: str, cuts: list[int], memos: Conversions, cancelled: Callable[[], bool] | None
) -> bool:
    """True when enough pieces of Traditional ``text`` carry unmistakable naive-conversion marks."""
    from gui.engine.scripts.traditional_input import NAIVE_EVIDENCE, may_need_strong_repair

    evidence = 0
    for count, (piece, convertible) in enumerate(_pieces(text, cuts)):
        if cancelled is not None and count % _CHECK_EVERY == 0 and cancelled():
            raise Cancelled
        if convertible and may_need_strong_repair(piece):
            evidence += memos.repair(piece).evidence
            if evidence >= NAIVE_EVIDENCE:
                return True
    return False


def _convert_piece(piece: str, chain: list[tuple[BundledOpenCC, dict[str, str]]]) -> str:
    for converter, memo in chain:
        converted = memo.get(piece)
        if converted is None:
            converted = memo[piece] = converter.convert(piece)
        piece = converted
    return piece


def _add_piece_offsets(
    runs: RunsBuilder, source_start: int, view_start: int, source_length: int, view_length: int
) -> None:
    if source_length == view_length:
        runs.add_run(source_start, view_start, source_length)
        return
    # A phrase changed length: spread its characters evenly; the piece's ends stay exact.
    for k in range(source_length):
        runs.add(source_start + k, view_start + k * view_length // source_length)


def _pieces(text: str, cuts: list[int]) -> Iterator[tuple[str, bool]]:
    """Runs between OpenCC separators, cut again at ``cuts``; separators come as unconvertible."""
    position = 0
    for separator in _SEPARATORS.finditer(text):
        yield from _cut(text, position, separator.start(), cuts)
        yield separator.group(), False
        position = separator.end()
    yield from _cut(text, position, len(text), cuts)


def _cut(text: str, start: int, end: int, cuts: list[int]) -> Iterator[tuple[str, bool]]:
    index = bisect.bisect_right(cuts, start)
    while index < len(cuts) and cuts[index] < end:
        yield text[start : cuts[index]], True
        start = cuts[index]
        index += 1
    if start < end:
        yield text[start:end], True
