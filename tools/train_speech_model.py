"""Train the speech-or-term model (gui/engine/speech/speech_model.json) on the tuning corpus.

Every quotation pair of every article in tests/data/corpus/tuning is run through the analysis,
which reports the signals it decides on (``speech_model.features``); the label is the corpus's:
a direct quotation is speech, a ``not_speech`` pair a term. A logistic regression with an L2
penalty is fitted by gradient descent (a few hundred examples, a score of features: no library
needed). The locked part of the corpus is never read here.

    python3 tools/train_speech_model.py [--rounds 3] [--l2 0.1]

The analysis' own state (which reported speech a quotation sits in) depends a little on earlier
decisions, so the features are collected again with the new weights for a few rounds.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gui.engine.speech import analysis, speech_model  # noqa: E402

TUNING = ROOT / "tests" / "data" / "corpus" / "tuning"
MODEL = ROOT / "gui" / "engine" / "speech" / "speech_model.json"


def examples() -> list[tuple[dict[str, float], int]]:
    """(features, 1 for speech / 0 for a term) of every labelled pair in the tuning corpus."""
    found = []
    for path in sorted(TUNING.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        labels = {(s["start"], s["end"]): 1 for s in article["quotes"]}
        labels |= {(s["start"], s["end"]): 0 for s in article["not_speech"]}
        analyzer = analysis._Analyzer(article["text"])
        analyzer.observed = []
        analyzer.run()
        for pair, values in analyzer.observed:
            label = labels.get((pair.start, pair.end))
            if label is not None:
                found.append((values, label))
    return found


def fit(data: list[tuple[dict[str, float], int]], l2: float, steps: int = 4000) -> dict[str, float]:
    names = sorted({name for values, _ in data for name in values})
    weights = dict.fromkeys(names, 0.0)
    rate = 0.5
    for _ in range(steps):
        gradient = dict.fromkeys(names, 0.0)
        for values, label in data:
            error = speech_model.probability(values, weights) - label
            for name, value in values.items():
                gradient[name] += error * value
        for name in names:
            penalty = 0.0 if name == "bias" else l2 * weights[name]
            weights[name] -= rate * (gradient[name] / len(data) + penalty / len(data))
    return weights


def accuracy(data: list[tuple[dict[str, float], int]], weights: dict[str, float]) -> float:
    right = sum(
        (speech_model.probability(values, weights) >= speech_model.THRESHOLD) == bool(label)
        for values, label in data
    )
    return right / len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--l2", type=float, default=0.1)
    args = parser.parse_args(argv)
    for round_number in range(1, args.rounds + 1):
        data = examples()
        weights = fit(data, args.l2)
        print(f"round {round_number}: {len(data)} pairs, training accuracy {accuracy(data, weights):.3f}")
        MODEL.write_text(json.dumps({
            "features": list(weights), "weights": [round(w, 4) for w in weights.values()],
            "trained_on": f"tests/data/corpus/tuning: {len(data)} quotation pairs, "
                          f"L2 {args.l2}, {date.today().isoformat()} (tools/train_speech_model.py)",
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        speech_model._weights.cache_clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
