"""One article being read: its parsed text, who speaks in it, and its script views.

The analysis runs once, on the text as it arrived; each script view is made on demand, kept,
and maps the analysis' offsets into its own text. Both the window and ``yanlu analyze`` read
articles through this class.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from gui.engine.article import Article, parse_article
from gui.engine.display_layout import tidy_layout
from gui.engine.long_paragraphs import break_long_paragraphs
from gui.engine.model import Analysis, Quote, Speaker
from gui.engine.scripts.proper_nouns import convert_name, keep_names, name_spans
from gui.engine.scripts.script_variants import Conversions, ScriptView, Variant, convert_fragment, render_view


@dataclass(frozen=True)
class ViewSpan:
    """A quotation placed in one script view (offsets into that view's text)."""

    start: int
    end: int
    quote: Quote


@dataclass
class Reading:
    """An article and everything Yanlu knows about it; views are cached per script."""

    article: Article
    analysis: Analysis = field(default_factory=Analysis)
    taiwan_phrases: bool = False
    # The article's own script as the reader gave it (True: Traditional); None: found from the text.
    script_given: bool | None = None
    # (script, Taiwan phrases, for display) → view; display views break overlong paragraphs.
    _views: dict[tuple[Variant, bool, bool], ScriptView] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # The text's script, repairs and converted pieces, shared by the views: each is made once.
    _conversions: Conversions = field(default_factory=Conversions, repr=False)
    # (script, Taiwan phrases) → speaker name → (name, title) as shown: made with the views.
    _names: dict[tuple[Variant, bool], dict[str, tuple[str, str | None]]] = field(
        default_factory=dict, repr=False
    )
    _quote_index: tuple[tuple[Quote, ...] | None, list[int], int] = field(default=(None, [], 0), repr=False)
    _names_found: tuple[Analysis | None, list[tuple[int, int]]] = field(default=(None, []), repr=False)

    @classmethod
    def parse(
        cls,
        raw: str,
        taiwan_phrases: bool = False,
        traditional: bool | None = None,
        heading_lines: tuple[int, ...] = (),
    ) -> Reading:
        """Parse ``raw`` without analysing it (the window analyses in the background).

        ``traditional`` says which script the text is written in; None (the default) finds out
        from the text itself (see ``traditional_input.is_traditional``). ``heading_lines`` are
        the line numbers of headings (from a Markdown file, say).
        """
        return cls.of_article(parse_article(raw, heading_lines), taiwan_phrases, traditional)

    @classmethod
    def of_article(
        cls, article: Article, taiwan_phrases: bool = False, traditional: bool | None = None
    ) -> Reading:
        """A reading of an article parsed already (the window's, in the engine process): parsing
        its text again could strip a second annotation (字(zì)(zi) → 字(zi) → 字) and shift offsets."""
        return cls(
            article,
            taiwan_phrases=taiwan_phrases,
            script_given=traditional,
            _conversions=Conversions(traditional),
        )

    @classmethod
    def analysed(cls, raw: str, taiwan_phrases: bool = False, traditional: bool | None = None) -> Reading:
        reading = cls.parse(raw, taiwan_phrases, traditional)
        reading.analyse()
        return reading

    def analyse(self) -> Analysis:
        from gui.engine.speech.analysis import (
            analyze,  # the analysis pulls in its lexicons: load on first use
        )

        self.analysis = analyze(self.article.text)
        with self._lock:
            # Converted views made before the analysis lack its cut points; the original needs none.
            self._views = {key: view for key, view in self._views.items() if key[0] is Variant.ORIGINAL}
            self._names.clear()
        return self.analysis

    def adopt_analysis(self, analysis: Analysis) -> None:
        """Take an analysis made elsewhere (the engine process); converted views are made anew."""
        with self._lock:
            self.analysis = analysis
            self._views = {key: view for key, view in self._views.items() if key[0] is Variant.ORIGINAL}
            self._names.clear()

    def set_script_given(self, traditional: bool | None) -> None:
        """Take the article's script from the reader (None: find it from the text again).

        A short or mixed text can fool the detector (狸猫 狸貓): the reader's word decides then.
        Converted views are made anew; the analysis does not depend on the script and is kept.
        """
        with self._lock:
            self.script_given = traditional
            self._conversions = Conversions(traditional)
            self._views = {key: view for key, view in self._views.items() if key[0] is Variant.ORIGINAL}
            self._names.clear()

    @property
    def traditional(self) -> bool | None:
        """The article's script: as given, else as found by a view made so far (None: not yet)."""
        return self._conversions.traditional

    @property
    def text(self) -> str:
        return self.article.text

    def cut_points(self) -> list[int]:
        """Source offsets every view must map exactly: quotation ends, title and footer."""
        points = {self.article.title_end, self.article.footer_start}
        for quote in self.analysis.quotes:
            points.update((quote.start, quote.end))
        for start, end in self.name_spans():
            points.update((start, end))
        return sorted(points)

    def name_spans(self) -> list[tuple[int, int]]:
        """Source spans of the names the analysis found; every view keeps them as written."""
        analysis, spans = self._names_found
        if analysis is not self.analysis:
            spans = name_spans(self.article.text, self.analysis)
            self._names_found = (self.analysis, spans)
        return spans

    def has_view(self, variant: Variant) -> bool:
        """True when the display view of ``variant`` is ready (or free, as the original is)."""
        return (variant, self.taiwan_phrases, True) in self._views

    def view(self, variant: Variant, cancelled: Callable[[], bool] | None = None) -> ScriptView:
        """The article in ``variant`` (made once, then kept); see ``render_view`` for ``cancelled``."""
        key = (variant, self.taiwan_phrases, False)
        return self._cached(
            key,
            lambda: keep_names(
                render_view(
                    self.article.text,
                    variant,
                    self.cut_points(),
                    self.taiwan_phrases,
                    cancelled,
                    self._conversions,
                ),
                self.article.text,
                self.name_spans(),
                self.taiwan_phrases,
            ),
        )

    def display_view(self, variant: Variant, cancelled: Callable[[], bool] | None = None) -> ScriptView:
        """``view(variant)`` as displayed: no empty lines or indents, and breaks in paragraphs too
        long for a text widget."""
        key = (variant, self.taiwan_phrases, True)
        return self._cached(key, lambda: break_long_paragraphs(tidy_layout(self.view(variant, cancelled))))

    def _cached(self, key: tuple[Variant, bool, bool], make: Callable[[], ScriptView]) -> ScriptView:
        with self._lock:
            cached = self._views.get(key)
        if cached is not None:
            return cached
        made = make()
        with self._lock:
            self._views[key] = made
        return made

    def spans(self, view: ScriptView, quotes: tuple[Quote, ...] | None = None) -> list[ViewSpan]:
        """``quotes`` (all by default) placed in ``view``."""
        chosen = self.analysis.quotes if quotes is None else quotes
        return [ViewSpan(*view.span(q.start, q.end), q) for q in chosen]

    def quote_at(self, source_offset: int) -> Quote | None:
        """The quotation containing ``source_offset`` (direct speech wins over indirect)."""
        quotes = self.analysis.quotes
        if self._quote_index[0] is not quotes:
            longest = max((q.end - q.start for q in quotes), default=0)
            self._quote_index = (quotes, [q.start for q in quotes], longest)
        _, starts, longest = self._quote_index
        # Quotations are sorted by start: only those starting within ``longest`` before can contain it.
        first = bisect.bisect_left(starts, source_offset - longest)
        last = bisect.bisect_right(starts, source_offset)
        found = [q for q in quotes[first:last] if q.start <= source_offset < q.end]
        found.sort(key=lambda q: q.kind != "direct")
        return found[0] if found else None

    def adopt_view(
        self,
        variant: Variant,
        view: ScriptView,
        names: dict[str, tuple[str, str | None]],
        taiwan_phrases: bool,
    ) -> None:
        """Keep a display view (and the speakers' names in it) made elsewhere, e.g. in the engine
        process, with the Taiwan-phrase setting it was made with."""
        with self._lock:
            self._views[(variant, taiwan_phrases, True)] = view
            self._names[(variant, taiwan_phrases)] = names
            if view.traditional is not None and self._conversions.traditional is None:
                self._conversions.traditional = view.traditional
            # The 简体 view of Traditional text makes no repairs, so it does not know whether the
            # text shows naive conversion (None): only a view that found out says.
            if view.naive is not None and self._conversions.naive is None:
                self._conversions.naive = view.naive

    def display_name(self, speaker: Speaker, variant: Variant) -> str:
        known = self._names.get((variant, self.taiwan_phrases), {}).get(speaker.name)
        return known[0] if known else self.convert_name(speaker.name, variant)

    def display_title(self, speaker: Speaker, variant: Variant) -> str | None:
        if speaker.title is None:
            return None
        known = self._names.get((variant, self.taiwan_phrases), {}).get(speaker.name)
        return known[1] if known else self.convert_name(speaker.title, variant)

    def convert_name(self, name: str, variant: Variant) -> str:
        """A name or title as the views show it: kept as written, in the article's script."""
        return convert_name(name, variant, self.taiwan_phrases, self._conversions.traditional)

    def convert_fragment(self, fragment: str, variant: Variant) -> str:
        """A name, title or quotation converted as the article's text is: with the article's
        script and, for Traditional text, its repairs (known once a view has been made)."""
        conversions = self._conversions
        return convert_fragment(
            fragment, variant, self.taiwan_phrases, conversions.traditional, bool(conversions.naive)
        )

    def find_speaker(self, name: str) -> Speaker | None:
        """A speaker by name in either script (王建華 or 王建华)."""
        wanted = convert_fragment(name.strip(), Variant.HANS)
        for speaker in self.analysis.speakers:
            if convert_fragment(speaker.name, Variant.HANS) == wanted:
                return speaker
        return None
