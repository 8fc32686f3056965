"""Train the dialogue speaker ranker (``gui/engine/speech/speaker_ranker.py``) on *World of Plainness*.

Reads the train split only (``tests/benchmarks/bench_novel_speakers.py``'s data, by default
../shared/corpus/novels/wp): for each instance, the first quotation the rules find covering its
11th line, its candidates and features as the engine builds them (on the rules' speakers, the
ranker off), right when the candidate's name is the gold character or an alias. The L2 penalty is
chosen by 10-fold cross-validation over blocks of 200 consecutive instances (neighbours share
text), the figure reported against the rules on the same folds; then the ranker is fitted on all
of train and written beside ``speech_model.json``. Dev is scored for information only (never
used to choose anything).

    python3 tools/train_speaker_ranker.py [--data DIR] [--folds 10] [--l2 L2] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
sys.path.insert(0, str(ROOT / "tools"))

import bench_novel_speakers as bench  # noqa: E402
from speaker_ranker_experiment import Quotation, Tally, chosen_penalty, fit  # noqa: E402

from gui.engine.speech import analysis  # noqa: E402
from gui.engine.speech.speaker_ranker import Context, decide, gated  # noqa: E402

WEIGHTS = ROOT / "gui" / "engine" / "speech" / "speaker_ranker.json"
BLOCK = 200  # consecutive instances in one cross-validation group


def instances(data: Path, split: str) -> list[Quotation]:
    """One ranked quotation per instance whose 11th line the rules find a quotation on."""
    aliases = bench.read_aliases(data / "name_list.txt")
    found: list[Quotation] = []
    for instance in bench.read_instances(data / f"{split}_unsplit.txt"):
        start = sum(len(line) + 1 for line in instance.lines[:10])
        end = start + len(instance.lines[10])
        accepted = aliases.get(instance.speaker, {instance.speaker})
        analyzer = analysis._Analyzer("\n".join(instance.lines), rank_dialogue=False)
        analyzer.run()
        covering = [p for p, d in enumerate(analyzer.directs) if d.pair.start < end and d.pair.end > start]
        if not covering:
            continue
        position = covering[0]
        article = f"{split}-{instance.index // BLOCK:03d}"
        context = Context(analyzer)
        pair = analyzer.directs[position].pair
        idents, rows = context.candidates(position, *context.window(pair.open, pair.close))
        if not idents:
            found.append(Quotation(article, False, [], [], [], None))
            continue
        names = [analyzer._speaker(ident).name for ident in idents]
        rules_index = context.rules_index(position, idents)
        rules_right = rules_index is not None and names[rules_index] in accepted
        found.append(Quotation(article, rules_right, names, rows, [int(n in accepted) for n in names],
                               rules_index, analyzer.routes.get(pair.open, "decided"),
                               gated(analyzer, position)))
    return found


def engine_right(data: list[Quotation], model: dict[str, float]) -> int:
    """Right speakers as the engine decides: the ranker on gated lines, when it is clearly better."""
    right = 0
    for quote in data:
        choice = decide(quote.rows, model, quote.rules_index) if quote.alone else None
        right += quote.labels[choice] if choice is not None else quote.rules_right
    return right


def engine_cv(data: list[Quotation], l2: float, folds: int) -> int:
    articles = sorted({q.article for q in data})
    fold_of = {article: i % folds for i, article in enumerate(articles)}
    return sum(engine_right([q for q in data if fold_of[q.article] == fold],
                            fit([q for q in data if fold_of[q.article] != fold], l2))
               for fold in range(folds))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=bench.DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--l2", type=float, default=None)
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = parser.parse_args(argv)
    train = instances(args.data, "train")
    print(f"train: {len(train)} instances with a quotation found, {sum(q.alone for q in train)} gated")
    best, cv = chosen_penalty(train, args.l2, args.folds)
    cv_engine = engine_cv(train, best, args.folds)
    print(f"train CV as the engine decides (gated lines, margin, lone guesses left): {cv_engine} of "
          f"{len(train)} = {cv_engine / len(train):.3f}")
    model = fit(train, best)
    inside = Tally()
    inside.add(train, model)
    print(inside.line("train, in-sample"))
    dev = instances(args.data, "dev")
    tally = Tally()
    tally.add(dev, model)
    print(tally.line("dev (information only)"))
    print(f"dev: {sum(q.alone for q in dev)} of {len(dev)} gated; as the engine decides "
          f"{engine_right(dev, model)} right (rules {sum(q.rules_right for q in dev)})")
    if not args.dry_run:
        record = {
            "trained": f"{date.today().isoformat()}, tools/train_speaker_ranker.py, World of Plainness train",
            "l2": best,
            "cv": f"rules {cv.rules}/{cv.quotes}, ranker {cv.ranker}, "
                  f"as the engine decides {cv_engine}",
            "weights": {k: round(v, 4) for k, v in sorted(model.items())},
        }
        WEIGHTS.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)} ({len(model)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
