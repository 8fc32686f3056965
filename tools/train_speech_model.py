"""Train the speech-or-term model (gui/engine/speech/speech_model.json) on the tuning corpus.

Every quotation pair of every article in tests/data/corpus/tuning (or the folder given by
``--corpus``, e.g. the fit articles of a fit/validation split) is run through the analysis,
which reports the signals it decides on (``speech_model.features``); the label is the corpus's:
a direct quotation is speech, a ``not_speech`` pair a term. A logistic regression with an L2
penalty is fitted by Newton's method (a few hundred examples, a few dozen features: no library
needed). The locked part of the corpus is never read here.

The penalty is chosen by cross-validation that leaves whole articles out (an article's
quotations share a writer and a topic, so leaving single quotations out would flatter the
model): the articles are dealt into folds, each fold is scored by a model fitted on the others,
and the penalty with the lowest pooled log loss wins (the F1 of the speech decisions is reported
beside it).

    python3 tools/train_speech_model.py [--rounds 3] [--l2 L2] [--folds 10] [--without a,b] [--cv-only]
        [--corpus DIR] [--engine-cv]

``--engine-cv`` scores the model as a reader meets it, writing nothing: each fold's articles are
analysed by the whole engine with weights fitted on the other folds and scored as ``yanlu
evaluate`` scores them (direct P/R/F1, speakers, reported speech). The in-sample score of
weights trained on the same articles flatters them; this one does not, and it has ten times
the articles of a validation split.

The analysis' own state (which reported speech a quotation sits in) depends a little on earlier
decisions, so the features are collected again with the new weights for a few rounds.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.engine.speech import analysis, evaluation, speech_model  # noqa: E402

TUNING = ROOT / "tests" / "data" / "corpus" / "tuning"
MODEL = ROOT / "gui" / "engine" / "speech" / "speech_model.json"
L2_GRID = (0.03, 0.1, 0.3, 1.0, 2.0, 4.0, 8.0)


@dataclass(frozen=True)
class Example:
    article: str
    values: dict[str, float]
    label: int  # 1 speech, 0 a term


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    accuracy: float
    log_loss: float


def examples(without: frozenset[str] = frozenset(), corpus: Path = TUNING) -> list[Example]:
    """Every labelled pair of the articles in ``corpus`` the model decides on, with its features
    (less the features named in ``without``, for ablation)."""
    found = []
    for path in sorted(corpus.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        labels = {(s["start"], s["end"]): 1 for s in article["quotes"]}
        labels |= {(s["start"], s["end"]): 0 for s in article["not_speech"]}
        analyzer = analysis._Analyzer(article["text"])
        analyzer.observed = []
        analyzer.run()
        for pair, values in analyzer.observed:
            label = labels.get((pair.start, pair.end))
            if label is not None:
                kept = {name: value for name, value in values.items() if name not in without}
                found.append(Example(path.stem, kept, label))
    return found


def fit(data: list[Example], l2: float, iterations: int = 30) -> dict[str, float]:
    """L2-penalised logistic regression by Newton's method (the bias is not penalised)."""
    names = sorted({name for example in data for name in example.values})
    index = {name: i for i, name in enumerate(names)}
    size = len(names)
    weights = [0.0] * size
    rows = [([(index[n], v) for n, v in e.values.items() if v], e.label) for e in data]
    for _ in range(iterations):
        gradient = [0.0 if names[i] == "bias" else l2 * weights[i] for i in range(size)]
        hessian = [[0.0] * size for _ in range(size)]
        for i in range(size):
            if names[i] != "bias":
                hessian[i][i] += l2
        for row, label in rows:
            score = sum(weights[i] * v for i, v in row)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
            curvature = max(p * (1.0 - p), 1e-9)
            for i, v in row:
                gradient[i] += (p - label) * v
                for j, w in row:
                    hessian[i][j] += curvature * v * w
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return dict(zip(names, weights, strict=True))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix · x = vector (Gaussian elimination with partial pivoting)."""
    size = len(vector)
    rows = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col] or 1e-12
        for r in range(col + 1, size):
            factor = rows[r][col] / lead
            if factor:
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    solution = [0.0] * size
    for r in range(size - 1, -1, -1):
        total = rows[r][size] - sum(rows[r][c] * solution[c] for c in range(r + 1, size))
        solution[r] = total / (rows[r][r] or 1e-12)
    return solution


def _describe(corpus: Path) -> str:
    """What the weights were trained on, as the model file says it (the tuning part, or a split
    of it such as the fit articles of a fit/validation protocol)."""
    if corpus.resolve() == TUNING.resolve():
        return "tests/data/corpus/tuning"
    count = len(list(corpus.glob("*.json")))
    return f"{count} tuning articles ({corpus.name} split)"


def _decides_speech(example: Example, weights: dict[str, float]) -> bool:
    # as the analysis decides: a quotation on a line of its own is an utterance whatever the model
    # says, and the engine's own rules (words said after 说过) come before the weights
    if example.values.get("own_line"):
        return True
    return speech_model.is_speech(example.values, weights)


def score(data: list[Example], predictions: list[tuple[bool, float]]) -> Score:
    hits = sum(1 for e, (said, _) in zip(data, predictions, strict=True) if said and e.label)
    said_count = sum(1 for said, _ in predictions if said)
    gold_count = sum(e.label for e in data)
    precision = hits / said_count if said_count else 0.0
    recall = hits / gold_count if gold_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    right = sum((said == bool(e.label)) for e, (said, _) in zip(data, predictions, strict=True))
    pairs = zip(data, predictions, strict=True)
    loss = -sum(math.log(max(1e-9, p if e.label else 1.0 - p)) for e, (_, p) in pairs)
    return Score(precision, recall, f1, right / len(data), loss / len(data))


def cross_validate(data: list[Example], l2: float, folds: int) -> Score:
    """Pooled held-out score, whole articles left out: fold k holds every k-th article."""
    articles = sorted({e.article for e in data})
    fold_of = {article: i % folds for i, article in enumerate(articles)}
    predictions: dict[int, tuple[bool, float]] = {}
    for fold in range(folds):
        weights = fit([e for e in data if fold_of[e.article] != fold], l2)
        for i, e in enumerate(data):
            if fold_of[e.article] == fold:
                predictions[i] = (_decides_speech(e, weights), speech_model.probability(e.values, weights))
    return score(data, [predictions[i] for i in range(len(data))])


def engine_cross_validate(data: list[Example], corpus: Path, l2: float, folds: int) -> evaluation.Score:
    """Totals of ``yanlu evaluate`` over ``corpus``, each fold analysed with weights fitted on
    the others (the articles dealt into folds as in ``cross_validate``)."""
    articles = sorted(path.stem for path in corpus.glob("*.json"))
    fold_of = {article: i % folds for i, article in enumerate(articles)}
    shipped = speech_model._weights
    scores = []
    try:
        for fold in range(folds):
            weights = fit([e for e in data if fold_of[e.article] != fold], l2)
            speech_model._weights = lambda weights=weights: weights  # (the engine reads them here)
            for article in articles:
                if fold_of[article] == fold:
                    labelled = json.loads((corpus / f"{article}.json").read_text(encoding="utf-8"))
                    scores.append(evaluation.score_article(labelled, analysis.analyze(labelled["text"])))
    finally:
        speech_model._weights = shipped
    return evaluation.total(scores)


def choose_l2(data: list[Example], folds: int) -> float:
    results = {}
    for l2 in L2_GRID:
        result = cross_validate(data, l2, folds)
        results[l2] = result
        print(f"  L2 {l2:<5} CV P {result.precision:.3f} R {result.recall:.3f} F1 {result.f1:.3f} "
              f"accuracy {result.accuracy:.3f} log loss {result.log_loss:.3f}")
    # log loss, not F1: on a few hundred examples F1 moves by single decisions, log loss smoothly
    return min(results, key=lambda l2: results[l2].log_loss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--l2", type=float, default=None, help="fixed penalty (default: chosen by CV)")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--without", default="", help="comma-separated features to leave out (ablation)")
    parser.add_argument("--cv-only", action="store_true", help="report the CV scores, write nothing")
    parser.add_argument("--engine-cv", action="store_true",
                        help="score held-out folds through the whole engine, write nothing")
    parser.add_argument("--corpus", type=Path, default=TUNING,
                        help="folder of labelled articles to train on (default: the tuning part)")
    args = parser.parse_args(argv)
    without = frozenset(filter(None, args.without.split(",")))
    if any("locked" in part for part in args.corpus.resolve().parts):
        parser.error("the locked part of the corpus is never trained on")
    if args.engine_cv:
        data = examples(without, args.corpus)
        l2 = args.l2 if args.l2 is not None else 1.0
        result = engine_cross_validate(data, args.corpus, l2, args.folds)
        print(f"engine, {args.folds} folds over {len({e.article for e in data})} articles, L2 {l2}: "
              f"direct P {result.precision:.3f} R {result.recall:.3f} F1 {result.f1:.3f}, "
              f"speakers {result.speaker_accuracy:.3f}, indirect {result.indirect_found}/"
              f"{result.indirect_gold} and {result.indirect_right}/{result.indirect_predicted}")
        return 0
    for round_number in range(1, args.rounds + 1):
        data = examples(without, args.corpus)
        print(f"round {round_number}: {len(data)} pairs from {len({e.article for e in data})} articles")
        l2 = args.l2 if args.l2 is not None else choose_l2(data, args.folds)
        if args.l2 is not None or args.cv_only:
            result = cross_validate(data, l2, args.folds)
            print(f"  L2 {l2}: CV P {result.precision:.3f} R {result.recall:.3f} F1 {result.f1:.3f} "
                  f"accuracy {result.accuracy:.3f} log loss {result.log_loss:.3f}")
        if args.cv_only:
            return 0
        weights = fit(data, l2)
        training = score(data, [(_decides_speech(e, weights), 0.5) for e in data])
        print(f"  L2 {l2}: training accuracy {training.accuracy:.3f}, F1 {training.f1:.3f}")
        MODEL.write_text(json.dumps({
            "features": list(weights), "weights": [round(w, 4) for w in weights.values()],
            "trained_on": f"{_describe(args.corpus)}: {len(data)} quotation pairs, L2 {l2} "
                          f"(by {args.folds}-fold cross-validation over articles), "
                          f"{date.today().isoformat()} (tools/train_speech_model.py)",
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        speech_model._weights.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
