"""Experiment (issue 8): does a learned speaker ranker beat the rules' speaker of a quotation?

For every direct quotation the analysis finds in a tuning article, the speakers it could be are
gathered from what the engine already knows: the rules' answer, the speaker of every speech verb
and every registered mention (names, titled names, organisations, groups, resolved pronouns) in
the quotation's paragraph, the previous paragraph and the sentence after it, the speaker holding
the floor when the quotation was read and the speakers of the quotations before and after it.
Each candidate is described by general features (is the rules' choice, and by which route; a
speech verb before, after or with a colon; distance and direction of the nearest mention; same
sentence, paragraph; kind; how often the article names it; a title; the previous quotation's
speaker; a mention inside someone's words …). A candidate is right when its name matches the gold
speaker by ``evaluation``'s strict matching.

A conditional logit (softmax over a quotation's candidates, L2 penalty, Newton's method) is
fitted and measured by 10-fold cross-validation that leaves whole articles out, against the
rules on the same held-out folds. The 20 articles of batches tuning-11/12
(tests/data/corpus/labelling/selection.json) are also reported apart: scored by a ranker trained
on the other 97. The locked part of the corpus is never read.

    python3 tools/speaker_ranker_experiment.py [--folds 10] [--l2 L2] [--without is_rules,rules_]
        [--by-route] [--routes none,fragment] [--show] [--write weights.json]

--without drops features by prefix (``is_rules,rules_``: a ranker that never sees the rules'
choice), --by-route conjoins every feature with how the rules attached the quotation, --routes
keeps only quotations attached so, --show lists the rules' wrong speakers that a candidate could
fix (tuning only). Measured 2026-11-28 (README, "Who said what"): the ranker does not beat the
rules on news, so none of it reaches news; on novel dialogue (--novel) it does, and the engine
ranks dialogue lines with gui/engine/speech/speaker_ranker.py (tools/train_speaker_ranker.py).
The pooled rules figure here is over the quotations the analysis finds (``evaluate`` divides by
every gold quotation, found or not).
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.engine.speech import analysis  # noqa: E402
from gui.engine.speech.attribution import register  # noqa: E402
from gui.engine.speech.evaluation import accepted_names, names_match  # noqa: E402
from gui.engine.speech.mentions import jieba_mentions, pattern_mentions  # noqa: E402
from gui.engine.speech.names import dictionary  # noqa: E402
from gui.engine.speech.quotation_marks import QuotePair  # noqa: E402
from gui.engine.speech.speaker_ranker import (  # noqa: E402
    entity_row,
    mark_mention,
    mark_verb,
    placement_row,
)

TUNING = ROOT / "tests" / "data" / "corpus" / "tuning"
SELECTION = ROOT / "tests" / "data" / "corpus" / "labelling" / "selection.json"
L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
ROUTES = ("cue_before", "colon", "cue_after", "continued", "fragment", "none", "decided")
REACH = 400  # characters of a long paragraph looked at on either side of the quotation


class _Observed(analysis._Analyzer):
    """The analysis, remembering how each quotation was routed and who held the floor then."""

    def __init__(self, text: str) -> None:
        super().__init__(text, rank_dialogue=False)  # the rules' own speakers
        self.routes: dict[int, str] = {}
        self.floor_at: dict[int, int | None] = {}

    def handle_pair(self, pair: QuotePair) -> None:
        self.floor_at[pair.open] = self.resolver.last_speaker
        if pair.open in self.decided:
            self.routes[pair.open] = "decided"
        super().handle_pair(pair)

    def route(self, pair: QuotePair):  # type: ignore[no-untyped-def]
        found = super().route(pair)
        self.routes.setdefault(pair.open, found[0])
        return found


@dataclass
class Quotation:
    article: str
    rules_right: bool  # the rules' speaker matches gold
    candidates: list[str]  # names
    rows: list[dict[str, float]]
    labels: list[int]
    rules_index: int | None
    route: str = "none"
    alone: bool = False  # the quotation is its line (dialogue), nothing else on it
    weight: float = 1.0  # in training (--with-novel gives the novel's instances less)


def _paragraph_bounds(folded: str, index: int) -> tuple[int, int]:
    start = folded.rfind("\n", 0, index) + 1
    end = folded.find("\n", index)
    return start, len(folded) if end < 0 else end


def _candidate(features: dict[int, dict[str, float]], ident: int | None) -> dict[str, float] | None:
    """The feature dictionary of candidate ``ident`` (made on first sight), None for no one."""
    return None if ident is None else features.setdefault(ident, {})


def _log(value: float) -> float:
    return math.log1p(max(0.0, value))


EXTRA = True  # --registered-only: no pattern/jieba mentions beyond those the rules registered
WIDE = False  # --novel: every line within REACH (a novel's speaker is often lines away)


def _window(analyzer: _Observed, pair: QuotePair) -> tuple[int, int]:
    """The previous paragraph, the quotation's own and the sentence after it (bounded)."""
    folded, layout = analyzer.folded, analyzer.layout
    if WIDE:
        return max(0, pair.open - REACH), min(len(folded), pair.close + REACH)
    par_lo, par_hi = _paragraph_bounds(folded, pair.open)
    prev_lo = _paragraph_bounds(folded, max(0, par_lo - 2))[0] if par_lo > 0 else par_lo
    next_sentence = layout.sentence_end(layout.sentence_end(pair.close + 1) + 1)
    lo = max(prev_lo, pair.open - REACH)
    return lo, min(len(folded), max(par_hi, next_sentence), pair.close + REACH)


def _register_window_mentions(analyzer: _Observed) -> None:
    """Every person, organisation or group the patterns or jieba find around the quotations
    (most are never a verb's subject, so the rules did not register them)."""
    folded, registry = analyzer.folded, analyzer.registry
    known = {span for entry in registry.entries for span in entry.mention_spans}
    for direct in analyzer.directs:
        lo, hi = _window(analyzer, direct.pair)
        found = pattern_mentions(folded, lo, hi, registry) + jieba_mentions(folded, lo, hi)
        for mention in found:
            span = (mention.start, mention.end)
            wanted = mention.kind in ("person", "org", "group") and span not in known
            if wanted and register(registry, mention) is not None:
                known.add(span)


def quotations(path: Path) -> list[Quotation]:
    """The ranked quotations of one labelled article (those the analysis finds exactly)."""
    labelled = json.loads(path.read_text(encoding="utf-8"))
    gold_by_span = {(q["start"], q["end"]): q for q in labelled.get("quotes", [])}

    def judge(pair: QuotePair) -> Callable[[str | None], bool] | None:
        gold = gold_by_span.get((pair.start, pair.end))
        if gold is None:
            return None  # a false quotation: no speaker to rank
        accepted = accepted_names(labelled, gold)
        return lambda name: names_match(name, accepted)

    return ranked(path.stem, labelled["text"], judge)


def ranked(article: str, text: str, judge: Callable[[QuotePair], Callable[[str | None], bool] | None],
           extra: bool = True) -> list[Quotation]:
    """Candidates and features of every quotation ``judge`` gives a test of the right name for."""
    analyzer = _Observed(text)
    analyzer.run()  # speakers of the directs are final (turn-taking applied) after result()
    # the names the analysis reports; registering more may lengthen a key (卡特 → 安东尼·卡特)
    names = {ident: analyzer._speaker(ident).name for ident in range(len(analyzer.registry.entries))}
    if extra:
        _register_window_mentions(analyzer)
    folded, layout, registry = analyzer.folded, analyzer.layout, analyzer.registry
    _, tags = dictionary()
    for ident in range(len(names), len(registry.entries)):
        names[ident] = analyzer._speaker(ident).name
    quoted_by_rules = Counter(d.speaker for d in analyzer.directs if d.speaker is not None)
    verbs_by_speaker = Counter(ident for ident in analyzer.resolved.values() if ident is not None)
    cue_speakers = [(cue, analyzer.resolved.get(cue.start)) for cue in analyzer.cues]
    cue_starts = [cue.start for cue, _ in cue_speakers]
    mentions: list[tuple[int, int, int]] = sorted(
        (start, end, entry.ident) for entry in registry.entries for start, end in entry.mention_spans
    )
    mention_starts = [start for start, _, _ in mentions]
    found: list[Quotation] = []
    for position, direct in enumerate(analyzer.directs):
        pair = direct.pair
        right = judge(pair)
        if right is None:
            continue
        par_lo, par_hi = _paragraph_bounds(folded, pair.open)
        lo, hi = _window(analyzer, pair)
        sentence_lo = layout.sentence_start(pair.open)
        sentence_hi = layout.sentence_end(pair.close + 1)
        previous = analyzer.directs[position - 1].speaker if position else None
        following = analyzer.directs[position + 1].speaker if position + 1 < len(analyzer.directs) else None
        features: dict[int, dict[str, float]] = {}
        candidate = partial(_candidate, features)
        for start, end, ident in mentions[bisect.bisect_left(mention_starts, lo) :]:
            if start >= hi:
                break
            if pair.open <= start < pair.close:
                continue  # named inside the words themselves
            values = candidate(ident)
            placement = (
                layout.pair_containing(start) is not None,
                start - layout.sentence_start(start + 1) <= 2,
                start - _paragraph_bounds(folded, start)[0] <= 2,
            )
            mark_mention(values, (start, end), pair, (sentence_lo, sentence_hi), (par_lo, par_hi), placement)
        for index in range(bisect.bisect_left(cue_starts, lo), len(cue_starts)):
            cue, ident = cue_speakers[index]
            if cue.start >= hi:
                break
            values = candidate(ident)
            if values is None or layout.pair_containing(cue.start) is not None:
                continue
            mark_verb(values, folded, cue, pair, (sentence_lo, sentence_hi), par_lo)
        outside = [(cue, ident) for cue, ident in cue_speakers[bisect.bisect_left(cue_starts, lo):
                                                               bisect.bisect_left(cue_starts, hi)]
                   if ident is not None and layout.pair_containing(cue.start) is None]
        last_before = [ident for cue, ident in outside if cue.end <= pair.open]
        first_after = [ident for cue, ident in outside if cue.start >= pair.close]
        if last_before:
            candidate(last_before[-1])["last_verb_before"] = 1.0  # type: ignore[index]
        if first_after:
            candidate(first_after[0])["first_verb_after"] = 1.0  # type: ignore[index]
        for ident, name in ((direct.speaker, "rules"), (previous, "previous_quote"),
                            (following, "next_quote"), (analyzer.floor_at.get(pair.open), "floor")):
            values = candidate(ident)
            if values is not None:
                values[f"is_{name}"] = 1.0
        if not features:
            found.append(Quotation(article, False, [], [], [], None))
            continue
        route = analyzer.routes.get(pair.open, "decided")
        idents = list(features)
        # the nearest candidate mentioned before / after (outside quotations)
        for key in ("before", "after"):
            near = [(v[f"dist_{key}"], i) for i, v in features.items() if f"dist_{key}" in v]
            if near:
                features[min(near)[1]][f"nearest_{key}"] = 1.0
        rows: list[dict[str, float]] = []
        for ident in idents:
            values = features[ident]
            entry = registry.entries[ident]
            row = placement_row(values, route, direct.explicit)
            row.update(
                entity_row(entry, tags, quoted_by_rules.get(ident, 0), verbs_by_speaker.get(ident, 0))
            )
            rows.append({k: v for k, v in row.items() if v})
        labels = [int(right(names[i])) for i in idents]
        rules_index = idents.index(direct.speaker) if direct.speaker in features else None
        rules_right = right(names.get(direct.speaker) if direct.speaker is not None else None)
        found.append(Quotation(article, rules_right, [names[i] for i in idents], rows, labels, rules_index,
                               route, analysis.own_line(folded, pair.open, pair.close)))
    return found


def novel_quotations(split: str) -> list[Quotation]:
    """World of Plainness instances (tests/benchmarks/bench_novel_speakers.py): the quotation
    covering the 11th line, right when its name is the gold character or an alias; instances are
    grouped in blocks of 200 consecutive ones for cross-validation (neighbours share text)."""
    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    import bench_novel_speakers as bench

    aliases = bench.read_aliases(bench.DEFAULT_DATA / "name_list.txt")
    found: list[Quotation] = []
    for instance in bench.read_instances(bench.DEFAULT_DATA / f"{split}_unsplit.txt"):
        start = sum(len(line) + 1 for line in instance.lines[:10])
        end = start + len(instance.lines[10])
        accepted = aliases.get(instance.speaker, {instance.speaker})
        taken: list[bool] = []

        def judge(pair: QuotePair, start: int = start, end: int = end, accepted: set[str] = accepted,
                  taken: list[bool] = taken) -> Callable[[str | None], bool] | None:
            if taken or not (pair.start < end and pair.end > start):
                return None
            taken.append(True)  # the first quotation covering the line, as the benchmark takes it
            return lambda name: name in accepted

        text = "\n".join(instance.lines)
        found += ranked(f"{split}-{instance.index // 200:03d}", text, judge, EXTRA)
    return found


# -- the conditional logit ------------------------------------------------------------------


def _matrices(data: list[Quotation], index: dict[str, int]) -> list[tuple[np.ndarray, np.ndarray]]:
    groups = []
    for quote in data:
        matrix = np.zeros((len(quote.rows), len(index)))
        for r, row in enumerate(quote.rows):
            for name, value in row.items():
                if name in index:
                    matrix[r, index[name]] = value
        groups.append((matrix, np.array(quote.labels, dtype=float)))
    return groups


def fit(data: list[Quotation], l2: float, iterations: int = 25) -> dict[str, float]:
    """Softmax over each quotation's candidates; the target is spread evenly over the right ones
    (a quotation with none right teaches nothing)."""
    names = sorted({name for quote in data for row in quote.rows for name in row})
    index = {name: i for i, name in enumerate(names)}
    groups = [(m, y / y.sum(), q.weight) for (m, y), q in zip(_matrices(data, index), data, strict=True)
              if y.sum() > 0]
    weights = np.zeros(len(names))

    def loss(w: np.ndarray) -> float:
        total = 0.5 * l2 * float(w @ w)
        for matrix, target, weight in groups:
            scores = matrix @ w
            top = scores.max()
            total += weight * (top + math.log(float(np.exp(scores - top).sum())) - float(target @ scores))
        return total

    current = loss(weights)
    for _ in range(iterations):
        gradient = l2 * weights
        hessian = l2 * np.eye(len(names))
        for matrix, target, weight in groups:
            scores = matrix @ weights
            p = np.exp(scores - scores.max())
            p /= p.sum()
            mean = p @ matrix
            gradient += weight * ((p - target) @ matrix)
            hessian += weight * ((matrix.T * p) @ matrix - np.outer(mean, mean))
        step = np.linalg.solve(hessian, gradient)
        size = 1.0
        while size > 1e-4:  # damped: halve the step until the loss falls
            trial = loss(weights - size * step)
            if trial <= current:
                break
            size /= 2
        weights, current = weights - size * step, trial
        if np.abs(size * step).max() < 1e-6:
            break
    return dict(zip(names, weights.tolist(), strict=True))


ONLY_WHERE_RULES_NAME_NO_ONE = False  # --fallback: the ranker speaks only where the rules name no one


def choose(quote: Quotation, weights: dict[str, float]) -> int:
    if ONLY_WHERE_RULES_NAME_NO_ONE and quote.rules_index is not None:
        return quote.rules_index
    scores = [sum(weights.get(name, 0.0) * value for name, value in row.items()) for row in quote.rows]
    return max(range(len(scores)), key=lambda i: (scores[i], i == quote.rules_index))


@dataclass
class Tally:
    quotes: int = 0
    rules: int = 0
    ranker: int = 0
    reachable: int = 0

    def add(self, data: list[Quotation], weights: dict[str, float]) -> None:
        for quote in data:
            self.quotes += 1
            self.rules += quote.rules_right
            self.ranker += quote.labels[choose(quote, weights)] if quote.rows else 0
            self.reachable += any(quote.labels)

    def line(self, name: str) -> str:
        def share(count: int) -> float:
            return count / self.quotes if self.quotes else 0.0

        return (f"{name:<22} {self.quotes:>5} quotes  rules {share(self.rules):.3f}  ranker "
                f"{share(self.ranker):.3f}  ({self.ranker - self.rules:+d})  any candidate right "
                f"{share(self.reachable):.3f}")


def cross_validate(data: list[Quotation], l2: float, folds: int, verbose: bool = False,
                   always: list[Quotation] | None = None) -> Tally:
    """Pooled held-out tally over ``folds`` folds of whole articles (``always``: more training
    data, in every fold's training set and never scored)."""
    articles = sorted({q.article for q in data})
    fold_of = {article: i % folds for i, article in enumerate(articles)}
    pooled = Tally()
    for fold in range(folds):
        weights = fit([q for q in data if fold_of[q.article] != fold] + (always or []), l2)
        tally = Tally()
        tally.add([q for q in data if fold_of[q.article] == fold], weights)
        pooled.add([q for q in data if fold_of[q.article] == fold], weights)
        if verbose:
            print("  " + tally.line(f"fold {fold}"))
    return pooled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--l2", type=float, default=None)
    parser.add_argument("--write", type=Path, default=None, help="write weights fitted on all tuning")
    parser.add_argument("--without", default="", help="comma-separated feature prefixes to drop (ablation)")
    parser.add_argument("--by-route", action="store_true", help="every feature also conjoined with the route")
    parser.add_argument("--routes", default="", help="only quotations the rules routed so (comma-separated)")
    parser.add_argument("--fallback", action="store_true", help="rank only where the rules name no one")
    parser.add_argument("--novel", action="store_true",
                        help="World of Plainness: CV on train, then trained on train, scored on dev")
    parser.add_argument("--registered-only", action="store_true",
                        help="candidates only from the mentions the rules registered (cheap)")
    parser.add_argument("--with-novel", type=float, default=0.0,
                        help="also train on World of Plainness train, each instance weighted so")
    parser.add_argument("--show", action="store_true", help="list the quotations a candidate could fix")
    args = parser.parse_args(argv)
    global EXTRA
    EXTRA = not args.registered_only
    if args.novel:
        return novel(args)
    data = [q for path in sorted(TUNING.glob("*.json")) for q in quotations(path)]
    global ONLY_WHERE_RULES_NAME_NO_ONE
    ONLY_WHERE_RULES_NAME_NO_ONE = args.fallback
    if args.routes:
        data = [q for q in data if q.route in args.routes.split(",")]
    if args.by_route:
        for q in data:
            q.rows = [row | {f"{k}@{q.route}": v for k, v in row.items() if "_via_" not in k}
                      for row in q.rows]
    dropped = tuple(filter(None, args.without.split(",")))
    if dropped:
        for q in data:
            q.rows = [{k: v for k, v in row.items() if not k.startswith(dropped)} for row in q.rows]
    if args.show:
        for q in data:
            if not q.rules_right and any(q.labels):
                print(q.article, "rules", q.candidates[q.rules_index] if q.rules_index is not None else None)
                for name, row, label in zip(q.candidates, q.rows, q.labels, strict=True):
                    print("   ", "*" if label else " ", name, sorted(row.items()))
    print(f"{len(data)} matched quotations from {len({q.article for q in data})} articles, "
          f"{sum(len(q.rows) for q in data)} candidates")
    grid = (args.l2,) if args.l2 is not None else L2_GRID
    extra_data: list[Quotation] = []
    if args.with_novel:
        global WIDE
        WIDE = True
        extra_data = novel_quotations("train")
        WIDE = False
        for q in extra_data:
            q.weight = args.with_novel
    results = {l2: cross_validate(data, l2, args.folds, always=extra_data) for l2 in grid}
    for l2, tally in results.items():
        print(tally.line(f"CV L2 {l2}"))
    best = max(results, key=lambda l2: results[l2].ranker)
    for l2 in grid:
        inside = Tally()
        inside.add(data, fit(data, l2))
        print(inside.line(f"in-sample L2 {l2}"))
    print(f"folds at L2 {best}:")
    cross_validate(data, best, args.folds, verbose=True)
    selection = json.loads(SELECTION.read_text(encoding="utf-8"))
    recent = set(selection.get("tuning-11", [])) | set(selection.get("tuning-12", []))
    weights = fit([q for q in data if q.article not in recent], best)
    tally = Tally()
    tally.add([q for q in data if q.article in recent], weights)
    print(tally.line("tuning-11/12 (20)"))
    if args.write is not None:
        weights = fit(data, best)
        args.write.write_text(json.dumps({k: round(v, 4) for k, v in weights.items()}, indent=1) + "\n")
    return 0


def chosen_penalty(train: list[Quotation], l2: float | None, folds: int) -> tuple[float, Tally]:
    """The L2 penalty (``l2`` if given, else the grid's best by CV on ``train``) and its CV tally,
    its folds printed."""
    grid = (l2,) if l2 is not None else L2_GRID
    results = {penalty: cross_validate(train, penalty, folds) for penalty in grid}
    for penalty, tally in results.items():
        print(tally.line(f"train CV L2 {penalty}"))
    best = max(results, key=lambda penalty: results[penalty].ranker)
    print(f"folds at L2 {best}:")
    cross_validate(train, best, folds, verbose=True)
    return best, results[best]


def novel(args: argparse.Namespace) -> int:
    global WIDE
    WIDE = True
    train, dev = novel_quotations("train"), novel_quotations("dev")
    print(f"World of Plainness: {len(train)} train and {len(dev)} dev instances with a quotation found")
    best, _ = chosen_penalty(train, args.l2, args.folds)
    weights = fit(train, best)
    tally = Tally()
    tally.add(dev, weights)
    print(tally.line(f"dev, L2 {best}"))
    # the same weights on news (the tuning articles, read with the same wide window)
    news = [q for path in sorted(TUNING.glob("*.json")) for q in quotations(path)]
    for name, part in (("tuning, all", news), ("tuning, own line", [q for q in news if q.alone]),
                       ("tuning, in narration", [q for q in news if not q.alone])):
        tally = Tally()
        tally.add(part, weights)
        print(tally.line(name))
    if args.write is not None:
        args.write.write_text(json.dumps({k: round(v, 4) for k, v in weights.items()}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
