"""A learned ranker of the speaker of a novel's dialogue line (issue 8).

Applied after turn-taking, to gated quotations only: a quotation that is a line of its own and
not under a transcript label (dialogue; no news quotation found in the tuning corpus is one).
Its candidates are the rules' answer, the speaker of every speech verb and every mention the
rules registered within ``REACH`` characters on either side, the floor holder when it was read
and the speakers of the quotations before and after it. Each is described by general features
(the rules' choice and how they attached it, a verb right before or after, with a colon, the
nearest mention and its distance, same sentence or paragraph, kind, how often the text names it
or the rules give it words, whether the name is a common word …) and scored by a linear model
(a conditional logit) trained on the *World of Plainness* train split only
(``tools/train_speaker_ranker.py``); the weights ship as ``speaker_ranker.json``. News never
reaches it: those weights would cost news attribution a third of its right speakers.
"""

from __future__ import annotations

import bisect
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from gui.engine.speech.dialogue import own_line
from gui.engine.speech.names import dictionary
from gui.engine.speech.plausibility import common_word, people_word

if TYPE_CHECKING:
    from gui.engine.speech.analysis import _Analyzer
    from gui.engine.speech.attribution import Cue
    from gui.engine.speech.quotation_marks import QuotePair
    from gui.engine.speech.registry import Entry
    from gui.engine.speech.word_tags import TagTable

REACH = 400  # characters looked at on either side (a novel's speaker is often lines away)
# The rules' speaker is replaced only when the ranker's choice is more probable by this much
# (a near-tie is noise, and the rules read the text more closely than the features).
MARGIN = 0.05
Row = dict[str, float]


@cache
def weights() -> dict[str, float]:
    text = resources.files("gui.engine.speech").joinpath("speaker_ranker.json").read_text("utf-8")
    return json.loads(text)["weights"]


def gated(analyzer: _Analyzer, position: int) -> bool:
    """True for a dialogue line: a quotation alone on its line, not under a transcript label."""
    pair = analyzer.directs[position].pair
    return pair.open not in analyzer.labelled and own_line(analyzer.folded, pair.open, pair.close)


def rank_dialogue(analyzer: _Analyzer) -> None:
    """Give every gated quotation the speaker the ranker scores highest (ties: the rules')."""
    positions = [p for p in range(len(analyzer.directs)) if gated(analyzer, p)]
    if not positions:
        return
    context = Context(analyzer)
    model = weights()
    chosen: dict[int, int] = {}
    for position in positions:  # all scored on the rules' speakers before any is changed
        pair = analyzer.directs[position].pair
        idents, rows = context.candidates(position, *context.window(pair.open, pair.close))
        choice = decide(rows, model, context.rules_index(position, idents))
        if choice is not None:
            chosen[position] = idents[choice]
    for position, ident in chosen.items():
        analyzer.directs[position].speaker = ident


def decide(rows: list[Row], model: dict[str, float], rules_index: int | None) -> int | None:
    """The candidate the line is given: the ranker's choice when it is clearly better than the
    rules' one; None (the rules stand) otherwise, and where the rules name no one and there is a
    single candidate (on the train split such a lone guess is wrong three times in five)."""
    if not rows or (rules_index is None and len(rows) == 1):
        return None
    scores = [sum(model.get(name, 0.0) * value for name, value in row.items()) for row in rows]
    top = max(range(len(scores)), key=lambda i: (scores[i], i == rules_index))
    if top == rules_index:
        return None
    if rules_index is not None:
        total = sum(math.exp(score - scores[top]) for score in scores)
        if (1.0 - math.exp(scores[rules_index] - scores[top])) / total <= MARGIN:
            return None
    return top


def paragraph_bounds(folded: str, index: int) -> tuple[int, int]:
    start = folded.rfind("\n", 0, index) + 1
    end = folded.find("\n", index)
    return start, len(folded) if end < 0 else end


def _log(value: float) -> float:
    return math.log1p(max(0.0, value))


@dataclass
class Context:
    """What every quotation's candidates are read from (built once per text)."""

    analyzer: _Analyzer
    mentions: list[tuple[int, int, int]] = field(init=False)  # (start, end, ident), sorted

    def __post_init__(self) -> None:
        analyzer = self.analyzer
        self.folded, self.layout, self.registry = analyzer.folded, analyzer.layout, analyzer.registry
        self.tags = dictionary()[1]
        self.quoted_by_rules = Counter(d.speaker for d in analyzer.directs if d.speaker is not None)
        self.verbs_by_speaker = Counter(i for i in analyzer.resolved.values() if i is not None)
        self.cue_speakers = [(cue, analyzer.resolved.get(cue.start)) for cue in analyzer.cues]
        self.cue_starts = [cue.start for cue, _ in self.cue_speakers]
        self.mentions = sorted((start, end, entry.ident) for entry in self.registry.entries
                               for start, end in entry.mention_spans)
        self.mention_starts = [start for start, _, _ in self.mentions]
        self._placements: dict[int, tuple[bool, bool, bool]] = {}
        self._entity_rows: dict[int, Row] = {}

    def window(self, open_: int, close: int) -> tuple[int, int]:
        return max(0, open_ - REACH), min(len(self.folded), close + REACH)

    def rules_index(self, position: int, idents: list[int]) -> int | None:
        speaker = self.analyzer.directs[position].speaker
        return idents.index(speaker) if speaker in idents else None

    def candidates(self, position: int, lo: int, hi: int) -> tuple[list[int], list[Row]]:
        """The candidate speakers of quotation ``position`` seen in [lo, hi) and their features."""
        analyzer, layout = self.analyzer, self.layout
        direct = analyzer.directs[position]
        pair = direct.pair
        par_lo, par_hi = paragraph_bounds(self.folded, pair.open)
        sentence = (layout.sentence_start(pair.open), layout.sentence_end(pair.close + 1))
        features: dict[int, dict[str, float]] = {}
        self._mention_features(features, pair, lo, hi, (par_lo, par_hi), sentence)
        self._verb_features(features, pair, lo, hi, par_lo, sentence)
        previous = analyzer.directs[position - 1].speaker if position else None
        following = analyzer.directs[position + 1].speaker if position + 1 < len(analyzer.directs) else None
        for ident, name in ((direct.speaker, "rules"), (previous, "previous_quote"),
                            (following, "next_quote"), (analyzer.floor_at.get(pair.open), "floor")):
            if ident is not None:
                features.setdefault(ident, {})[f"is_{name}"] = 1.0
        for key in ("before", "after"):  # the nearest candidate mentioned before / after
            near = [(v[f"dist_{key}"], i) for i, v in features.items() if f"dist_{key}" in v]
            if near:
                features[min(near)[1]][f"nearest_{key}"] = 1.0
        route = analyzer.routes.get(pair.open, "decided")
        idents = list(features)
        return idents, [self._row(ident, features[ident], route, direct.explicit) for ident in idents]

    def _mention_features(self, features: dict[int, dict[str, float]], pair: QuotePair, lo: int, hi: int,
                          paragraph: tuple[int, int], sentence: tuple[int, int]) -> None:
        mentions = self.mentions
        for index in range(bisect.bisect_left(self.mention_starts, lo), len(mentions)):
            start, end, ident = mentions[index]
            if start >= hi:
                break
            if pair.open <= start < pair.close:
                continue  # named inside the words themselves
            values = features.setdefault(ident, {})
            mark_mention(values, (start, end), pair, sentence, paragraph, self._placement(start))

    def _placement(self, start: int) -> tuple[bool, bool, bool]:
        """Whether the mention at ``start`` is inside words, opens a sentence, opens a paragraph
        (memoised: a mention lies in the windows of many neighbouring lines)."""
        found = self._placements.get(start)
        if found is None:
            layout = self.layout
            found = (layout.pair_containing(start) is not None,
                     start - layout.sentence_start(start + 1) <= 2,
                     start - paragraph_bounds(self.folded, start)[0] <= 2)
            self._placements[start] = found
        return found

    def _verb_features(self, features: dict[int, dict[str, float]], pair: QuotePair, lo: int, hi: int,
                       par_lo: int, sentence: tuple[int, int]) -> None:
        folded, layout = self.folded, self.layout
        first, last = bisect.bisect_left(self.cue_starts, lo), bisect.bisect_left(self.cue_starts, hi)
        outside: list[tuple[Cue, int]] = []
        for cue, ident in self.cue_speakers[first:last]:
            if ident is None:
                continue
            values = features.setdefault(ident, {})  # (a verb inside words still names a candidate)
            if layout.pair_containing(cue.start) is not None:
                continue
            outside.append((cue, ident))
            mark_verb(values, folded, cue, pair, sentence, par_lo)
        last_before = [ident for cue, ident in outside if cue.end <= pair.open]
        first_after = [ident for cue, ident in outside if cue.start >= pair.close]
        if last_before:
            features[last_before[-1]]["last_verb_before"] = 1.0
        if first_after:
            features[first_after[0]]["first_verb_after"] = 1.0

    def _row(self, ident: int, values: dict[str, float], route: str, explicit: bool) -> Row:
        row = placement_row(values, route, explicit)
        row.update(self._entity_row(ident))
        return {k: v for k, v in row.items() if v}

    def _entity_row(self, ident: int) -> Row:
        """The features of the candidate itself, whatever line it is ranked for (memoised)."""
        found = self._entity_rows.get(ident)
        if found is not None:
            return found
        row = entity_row(
            self.registry.entries[ident],
            self.tags,
            self.quoted_by_rules.get(ident, 0),
            self.verbs_by_speaker.get(ident, 0),
        )
        self._entity_rows[ident] = row
        return row


def mark_mention(
    values: dict[str, float],
    mention: tuple[int, int],
    pair: QuotePair,
    sentence: tuple[int, int],
    paragraph: tuple[int, int],
    placement: tuple[bool, bool, bool],
) -> None:
    """Mark in ``values`` where a mention of the candidate stands to the quotation ``pair``:
    its distance and side, and whether it is quoted, opens a sentence or a paragraph, or lies in
    the quotation's sentence or paragraph. ``placement`` is (quoted, opens sentence, opens
    paragraph). (Shared with tools/speaker_ranker_experiment.py.)"""
    start, end = mention
    before = start < pair.open
    distance = (pair.open - end) if before else (start - pair.close)
    key = "before" if before else "after"
    values[f"mentions_{key}"] = values.get(f"mentions_{key}", 0.0) + 1.0
    quoted, opens_sentence, opens_paragraph = placement
    if quoted:
        values["mention_quoted"] = 1.0
        return
    best = values.get(f"dist_{key}")
    if best is None or distance < best:
        values[f"dist_{key}"] = float(max(0, distance))
    if sentence[0] <= start < sentence[1]:
        values["mention_same_sentence"] = 1.0
    if opens_sentence:
        values["opens_sentence"] = 1.0
    if opens_paragraph:
        values["opens_paragraph"] = 1.0
    if paragraph[0] <= start < paragraph[1]:
        values["mention_same_paragraph"] = 1.0
    elif start < paragraph[0]:
        values["mention_previous_paragraph"] = 1.0
    else:
        values["mention_next_paragraph"] = 1.0


def mark_verb(
    values: dict[str, float], folded: str, cue: Cue, pair: QuotePair, sentence: tuple[int, int], par_lo: int
) -> None:
    """Mark in ``values`` how a speech verb of the candidate stands to the quotation ``pair``:
    right before it (with a colon or not), after it, in the same sentence, paragraph or earlier.
    (Shared with tools/speaker_ranker_experiment.py.)"""
    if cue.end <= pair.open:
        gap = folded[cue.end : pair.open]
        near = len(gap) <= 8 and "。" not in gap and "\n" not in gap
        if near and "：" in gap:
            values["verb_colon"] = 1.0
        elif near:
            values["verb_right_before"] = 1.0
        if cue.start >= sentence[0]:
            values["verb_before_same_sentence"] = 1.0
        elif cue.start >= par_lo:
            values["verb_before_same_paragraph"] = 1.0
        else:
            values["verb_previous_paragraph"] = 1.0
    elif cue.start >= pair.close:
        if cue.start - pair.close <= 12 and "。" not in folded[pair.close : cue.start]:
            values["verb_right_after"] = 1.0
        if cue.start < sentence[1]:
            values["verb_after_same_sentence"] = 1.0
        else:
            values["verb_after_later"] = 1.0


def placement_row(values: dict[str, float], route: str, explicit: bool) -> Row:
    """A candidate's features for one quotation: where it stands and how the rules attached it.
    (Shared with tools/speaker_ranker_experiment.py, so the experiment measures these features.)"""
    row: Row = {}
    for key in ("before", "after"):
        if f"dist_{key}" in values:
            row[f"log_dist_{key}"] = _log(values[f"dist_{key}"]) / 6.0
            row[f"has_{key}"] = 1.0
        if f"mentions_{key}" in values:
            row[f"log_mentions_{key}"] = _log(values[f"mentions_{key}"])
    for name, value in values.items():
        if not name.startswith(("dist_", "mentions_")):
            row[name] = value
    if values.get("is_rules"):
        row[f"rules_via_{route}"] = 1.0
        if explicit:
            row["rules_explicit"] = 1.0
    if values.get("is_previous_quote"):
        row[f"previous_via_{route}"] = 1.0
    if values.get("nearest_before"):
        row[f"nearest_before_via_{route}"] = 1.0
    return row


def entity_row(entry: Entry, tags: TagTable, quotes_by_rules: int, verbs_by_rules: int) -> Row:
    """A candidate's own features, whatever quotation it is ranked for: its kind and name."""
    key = entry.key
    return {
        f"kind_{entry.kind}": 1.0,
        "has_title": 1.0 if entry.title_span is not None else 0.0,
        "log_article_mentions": _log(len(entry.mention_spans)),
        "log_quotes_by_rules": _log(quotes_by_rules),
        "log_verbs_in_article": _log(verbs_by_rules),
        "name_length": min(len(key), 12) / 6.0,
        "name_common_word": 1.0 if common_word(key) and not people_word(key) else 0.0,
        "name_people_word": 1.0 if people_word(key) else 0.0,
        "name_proper": 1.0 if (tags.get(key) or "").startswith("nr") else 0.0,
        "name_has_de": 1.0 if "的" in key else 0.0,
    }
