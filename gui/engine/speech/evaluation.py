"""Score ``analyze`` against labelled articles (the format of tests/data/corpus).

Metrics, per article and in total (totals are micro-averaged: counts are summed first):

- Direct quotations: precision, recall and F1. A predicted direct quotation matches a gold one
  when both cover exactly the same characters; each gold quotation is matched at most once.
- Speaker accuracy: over *all* gold direct quotations, the share whose match has the right
  speaker; a gold quotation that was not found counts as wrong. Strict: after folding both to
  simplified script, the predicted name must equal the gold speaker's canonical name, one of its
  labelled mentions, or one of the quotation's ``speaker_alt`` names — no credit for a fragment
  (陈女 for 陈女士) or a longer string that merely contains the name.
- Indirect recall: a gold indirect span is found when one predicted indirect span covers at least
  half of its characters. Indirect precision: a predicted indirect span is right when at least
  half of it lies inside gold indirect spans.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from gui.engine.model import Analysis, Quote
from gui.engine.scripts.folding import fold
from gui.engine.speech.analysis import analyze

INDIRECT_OVERLAP = 0.5
_COUNTS = ("predicted", "gold", "matched", "speaker_right", "indirect_gold", "indirect_found",
           "indirect_predicted", "indirect_right")


def _share(part: int, whole: int) -> float:
    """``part / whole``, and 1.0 when there was nothing to find (nothing missed, nothing wrong)."""
    return part / whole if whole else 1.0


@dataclass
class Score:
    """Counts for one article (or the sum over several), and the errors behind them."""

    article: str
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    speaker_right: int = 0
    indirect_gold: int = 0
    indirect_found: int = 0
    indirect_predicted: int = 0
    indirect_right: int = 0
    errors: list[str] = field(default_factory=list, repr=False)

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

    @property
    def indirect_precision(self) -> float:
        return _share(self.indirect_right, self.indirect_predicted)

    def add(self, other: Score) -> None:
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, object]:
        values: dict[str, object] = asdict(self)
        values.pop("errors")
        for name in ("precision", "recall", "f1", "speaker_accuracy", "indirect_recall",
                     "indirect_precision"):
            values[name] = round(getattr(self, name), 4)
        return values


def accepted_names(labelled: dict, gold_span: dict) -> set[str]:
    """Names that count as right for ``gold_span``: canonical, mentions, alternatives
    (``names_match`` folds them to compare)."""
    speaker = gold_span.get("speaker") or ""
    names = {speaker, *gold_span.get("speaker_alt", [])}
    for entry in labelled.get("speakers", []):
        if entry.get("name") == speaker:
            names.update(entry.get("mentions", []))
    return {name for name in names if name}


def names_match(predicted: str | None, accepted: Iterable[str]) -> bool:
    """Strict comparison: equal to one of the accepted names after folding to simplified."""
    return bool(predicted) and fold(predicted) in {fold(name) for name in accepted}


def _overlap(start: int, end: int, other_start: int, other_end: int) -> int:
    return max(0, min(end, other_end) - max(start, other_start))


def _clip(text: str, start: int, end: int, width: int = 24) -> str:
    piece = text[start:end].replace("\n", "⏎")
    return piece if len(piece) <= width else piece[: width - 1] + "…"


def _score_direct(labelled: dict, predicted: list[Quote], score: Score) -> None:
    text: str = labelled["text"]
    by_span: dict[tuple[int, int], Quote] = {}
    for quote in predicted:
        by_span.setdefault((quote.start, quote.end), quote)  # a duplicate stays a false quote
    gold_spans = labelled.get("quotes", [])
    score.predicted, score.gold = len(predicted), len(gold_spans)
    duplicates = len(predicted) - len(by_span)
    for gold in gold_spans:
        match = by_span.pop((gold["start"], gold["end"]), None)
        where = f"{gold['start']}:{_clip(text, gold['start'], gold['end'])}"
        if match is None:
            score.errors.append(f"missed quote   {where} (gold {gold.get('speaker')})")
            continue
        score.matched += 1
        if names_match(match.speaker, accepted_names(labelled, gold)):
            score.speaker_right += 1
        else:
            score.errors.append(f"wrong speaker  {where} got {match.speaker}, gold {gold.get('speaker')}")
    score.errors += [f"duplicate quote ({duplicates})"] if duplicates else []
    for quote in by_span.values():
        score.errors.append(f"false quote    {quote.start}:{_clip(text, quote.start, quote.end)} "
                            f"(said by {quote.speaker})")


def _score_indirect(labelled: dict, predicted: list[Quote], score: Score) -> None:
    text: str = labelled["text"]
    gold_spans = labelled.get("indirect", [])
    score.indirect_gold, score.indirect_predicted = len(gold_spans), len(predicted)
    for gold in gold_spans:
        length = max(1, gold["end"] - gold["start"])
        covered = max((_overlap(gold["start"], gold["end"], q.start, q.end) for q in predicted), default=0)
        if covered >= INDIRECT_OVERLAP * length:
            score.indirect_found += 1
        else:
            score.errors.append(f"missed indirect {gold['start']}:{_clip(text, gold['start'], gold['end'])} "
                                f"(gold {gold.get('speaker')})")
    for quote in predicted:
        inside = sum(_overlap(quote.start, quote.end, g["start"], g["end"]) for g in gold_spans)
        if inside >= INDIRECT_OVERLAP * max(1, quote.end - quote.start):
            score.indirect_right += 1
        else:
            score.errors.append(f"false indirect {quote.start}:{_clip(text, quote.start, quote.end)} "
                                f"(said by {quote.speaker})")


def score_article(labelled: dict, analysis: Analysis) -> Score:
    """Compare one analysis with one labelled article."""
    score = Score(article=labelled.get("id", "?"))
    _score_direct(labelled, [q for q in analysis.quotes if q.kind == "direct"], score)
    _score_indirect(labelled, [q for q in analysis.quotes if q.kind == "indirect"], score)
    return score


def labelled_files(folder: Path) -> list[Path]:
    """Every labelled ``*.json`` article in ``folder`` (not below it), sorted by name."""
    return sorted(folder.glob("*.json"))


def evaluate_folder(folder: Path) -> list[Score]:
    """Scores of every labelled article in ``folder``, sorted by file name."""
    scores = []
    for path in labelled_files(folder):
        labelled = json.loads(path.read_text(encoding="utf-8"))
        scores.append(score_article(labelled, analyze(labelled["text"])))
    return scores


def total(scores: list[Score], name: str = "TOTAL") -> Score:
    """Micro-averaged sum of ``scores``."""
    summed = Score(article=name)
    for score in scores:
        summed.add(score)
    return summed


def format_table(scores: list[Score], name: str = "TOTAL", errors: bool = False) -> str:
    """A plain-text table, one row per article and a total row (and the errors, if asked)."""
    header = (f"{'article':<28} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6} {'spk':>6} "
              f"{'ind R':>9} {'ind P':>9}")
    lines = [header, "-" * len(header)]
    for score in [*scores, total(scores, name)]:
        lines.append(
            f"{score.article:<28} {score.gold:>4} {score.predicted:>4} {score.precision:>6.3f} "
            f"{score.recall:>6.3f} {score.f1:>6.3f} {score.speaker_accuracy:>6.3f} "
            f"{score.indirect_found:>4}/{score.indirect_gold:<4} "
            f"{score.indirect_right:>4}/{score.indirect_predicted:<4}"
        )
    if errors:
        for score in scores:
            lines += [f"{score.article}: {error}" for error in score.errors]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """``yanlu evaluate FOLDER [FOLDER …] [--json] [--errors]``; 2 when a folder is unusable."""
    parser = argparse.ArgumentParser(
        prog="yanlu evaluate",
        description="Score the speaker analysis against folders of labelled articles "
                    "(each folder is reported separately).",
    )
    parser.add_argument("folders", nargs="+", type=Path, metavar="FOLDER",
                        help="a folder of labelled .json articles (e.g. tests/data/corpus/tuning)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", action="store_true", help="list every error under the table")
    args = parser.parse_args(argv)
    reports = {}
    for folder in args.folders:
        if not folder.is_dir() or not labelled_files(folder):
            print(f"evaluate: {folder} is not a folder of labelled .json files", file=sys.stderr)
            return 2
        try:
            reports[folder] = evaluate_folder(folder)
        except (OSError, ValueError, KeyError, TypeError) as error:
            print(f"evaluate: cannot read {folder}: {error}", file=sys.stderr)
            return 2
    if args.json:
        report = {str(folder): {"articles": [s.as_dict() for s in scores],
                                "total": total(scores).as_dict(),
                                **({"errors": {s.article: s.errors for s in scores}} if args.errors else {})}
                  for folder, scores in reports.items()}
        print(json.dumps(report if len(reports) > 1 else next(iter(report.values())),
                         ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(f"{folder}\n{format_table(scores, f'TOTAL {folder.name}', args.errors)}"
                          for folder, scores in reports.items()))
    return 0


if __name__ == "__main__":  # pragma: no cover - convenience entry point
    sys.exit(main(sys.argv[1:]))
