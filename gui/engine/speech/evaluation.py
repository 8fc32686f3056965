"""Score ``analyze`` against a folder of labelled articles (the format of tests/data/corpus).

Metrics, per article and in total (totals are micro-averaged: counts are summed first):

- Direct quotes: precision, recall and F1. A predicted direct quote matches a gold quote when
  their texts are equal; each gold quote can be matched at most once.
- Speaker accuracy: over *all* gold direct quotes, the share whose matching predicted quote has
  the right speaker. A gold quote that was not found counts as wrong. A name is right when, after
  folding to simplified script, it equals the gold speaker or one of ``speaker_alt``, or one
  contains the other (安东尼·卡特 vs 卡特).
- Indirect recall: a gold indirect span is found when one predicted indirect span covers at
  least half of its characters. Speakers of indirect spans are not scored.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from gui.engine.model import Analysis
from gui.engine.scripts.folding import fold
from gui.engine.speech.analysis import analyze

INDIRECT_OVERLAP = 0.5


def _share(part: int, whole: int) -> float:
    """``part / whole``, and 1.0 when there was nothing to find (nothing missed, nothing wrong)."""
    return part / whole if whole else 1.0


@dataclass
class Score:
    """Counts for one article (or the sum over several)."""

    article: str
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    speaker_right: int = 0
    indirect_gold: int = 0
    indirect_found: int = 0

    @property
    def precision(self) -> float:
        return _share(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _share(self.matched, self.gold)

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return _share(self.speaker_right, self.gold)

    @property
    def indirect_recall(self) -> float:
        return _share(self.indirect_found, self.indirect_gold)

    def add(self, other: Score) -> None:
        for name in ("predicted", "gold", "matched", "speaker_right", "indirect_gold", "indirect_found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, object]:
        values: dict[str, object] = asdict(self)
        for name in ("precision", "recall", "f1", "speaker_accuracy", "indirect_recall"):
            values[name] = round(getattr(self, name), 4)
        return values


def names_match(predicted: str | None, gold: list[str]) -> bool:
    """Lenient name comparison: equal after folding, or one contains the other."""
    if not predicted:
        return False
    mine = fold(predicted)
    for name in gold:
        theirs = fold(name)
        if theirs and (mine == theirs or mine in theirs or theirs in mine):
            return True
    return False


def _overlap(start: int, end: int, other_start: int, other_end: int) -> int:
    return max(0, min(end, other_end) - max(start, other_start))


def score_article(labelled: dict, analysis: Analysis) -> Score:
    """Compare one analysis with one labelled article."""
    text: str = labelled["text"]
    score = Score(article=labelled.get("id", "?"))
    predicted = [quote for quote in analysis.quotes if quote.kind == "direct"]
    score.predicted = len(predicted)
    score.gold = len(labelled.get("quotes", []))
    unused = list(predicted)
    for gold in labelled.get("quotes", []):
        gold_text = text[gold["start"] : gold["end"]]
        match = next((quote for quote in unused if text[quote.start : quote.end] == gold_text), None)
        if match is None:
            continue
        unused.remove(match)
        score.matched += 1
        accepted = [gold.get("speaker") or "", *gold.get("speaker_alt", [])]
        if names_match(match.speaker, accepted):
            score.speaker_right += 1
    indirect = [quote for quote in analysis.quotes if quote.kind == "indirect"]
    for gold in labelled.get("indirect", []):
        score.indirect_gold += 1
        length = max(1, gold["end"] - gold["start"])
        covered = max((_overlap(gold["start"], gold["end"], q.start, q.end) for q in indirect), default=0)
        if covered >= INDIRECT_OVERLAP * length:
            score.indirect_found += 1
    return score


def evaluate_folder(folder: Path) -> list[Score]:
    """Scores of every ``*.json`` article in ``folder``, sorted by file name."""
    scores = []
    for path in sorted(folder.glob("*.json")):
        labelled = json.loads(path.read_text(encoding="utf-8"))
        scores.append(score_article(labelled, analyze(labelled["text"])))
    return scores


def total(scores: list[Score]) -> Score:
    """Micro-averaged sum of ``scores``."""
    summed = Score(article="TOTAL")
    for score in scores:
        summed.add(score)
    return summed


def format_table(scores: list[Score]) -> str:
    """A plain-text table, one row per article and a total row."""
    header = f"{'article':<28} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6} {'spk':>6} {'ind':>7}"
    lines = [header, "-" * len(header)]
    for score in [*scores, total(scores)]:
        indirect = f"{score.indirect_found}/{score.indirect_gold}"
        lines.append(
            f"{score.article:<28} {score.gold:>4} {score.predicted:>4} {score.precision:>6.3f} "
            f"{score.recall:>6.3f} {score.f1:>6.3f} {score.speaker_accuracy:>6.3f} {indirect:>7}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """``yanlu evaluate FOLDER [--json]``: print the scores; 2 when the folder is unusable."""
    arguments = [argument for argument in argv if argument != "--json"]
    as_json = "--json" in argv
    if len(arguments) != 1:
        print("usage: evaluate FOLDER [--json]", file=sys.stderr)
        return 2
    folder = Path(arguments[0])
    if not folder.is_dir() or not any(folder.glob("*.json")):
        print(f"evaluate: {folder} is not a folder of labelled .json files", file=sys.stderr)
        return 2
    try:
        scores = evaluate_folder(folder)
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"evaluate: cannot read {folder}: {error}", file=sys.stderr)
        return 2
    if as_json:
        report = {"articles": [s.as_dict() for s in scores], "total": total(scores).as_dict()}
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(format_table(scores))
    return 0


if __name__ == "__main__":  # pragma: no cover - convenience entry point
    sys.exit(main(sys.argv[1:]))
