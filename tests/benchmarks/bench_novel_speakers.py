"""Speaker identification on novel dialogue: the public *World of Plainness* (平凡的世界) set.

Each instance is 21 consecutive sentences of the novel, one a line; the speaker of the 11th (a
quotation) is wanted. The text is given to ``analyze`` exactly as the dataset has it (lines
joined with "\\n"); the prediction is the speaker of the direct quotation that covers the 11th
line. It is right when it is the gold name or one of that character's aliases in the dataset's
``name_list.txt``. Published test-split figures: rules 53.8 %, CSN (BERT) 82.5 %.

    python3 tests/benchmarks/bench_novel_speakers.py [--split dev|train] [--data DIR] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from gui.engine.speech.analysis import analyze  # noqa: E402

# ../shared beside the checkout; from a worktree under /work/wt, the one beside its parent.
DEFAULT_DATA = next(
    (base / "shared" / "corpus" / "novels" / "wp" for base in (ROOT.parent, ROOT.parent.parent)
     if (base / "shared" / "corpus" / "novels" / "wp").is_dir()),
    ROOT.parent / "shared" / "corpus" / "novels" / "wp",
)


@dataclass(frozen=True)
class Instance:
    index: int
    lines: tuple[str, ...]
    speaker: str
    category: str


def read_instances(path: Path) -> list[Instance]:
    instances = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        rows = block.strip().splitlines()
        fields = {row.split(":", 1)[0]: row.split(":", 1)[1].strip() for row in rows if row.startswith(
            ("Instance index:", "Speaker:", "Category:"))}
        sentences = tuple(row for row in rows[1:] if not row.startswith(("Speaker", "Category")))
        instances.append(Instance(int(fields["Instance index"]), sentences[:21], fields["Speaker"],
                                  fields["Category"]))
    return instances


def read_aliases(path: Path) -> dict[str, set[str]]:
    aliases: dict[str, set[str]] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        names = row.split()[1:]
        for name in names:
            aliases.setdefault(name, set()).update(names)
    return aliases


def predict(instance: Instance) -> str | None:
    text = "\n".join(instance.lines)
    start = sum(len(line) + 1 for line in instance.lines[:10])
    end = start + len(instance.lines[10])
    analysis = analyze(text)
    covering = [q for q in analysis.quotes if q.kind == "direct" and q.start < end and q.end > start]
    return covering[0].speaker if covering else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "train"], default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong instances")
    args = parser.parse_args(argv)
    instances = read_instances(args.data / f"{args.split}_unsplit.txt")
    aliases = read_aliases(args.data / "name_list.txt")
    right, by_category, seen, errors = 0, Counter(), Counter(), []
    for instance in instances:
        guess = predict(instance)
        ok = guess is not None and guess in aliases.get(instance.speaker, {instance.speaker})
        right += ok
        seen[instance.category] += 1
        by_category[instance.category] += ok
        if not ok:
            errors.append((instance, guess))
    print(f"World of Plainness {args.split}: {right}/{len(instances)} = {right / len(instances):.1%}")
    for category in sorted(seen):
        print(f"  {category:<9} {by_category[category]}/{seen[category]} = "
              f"{by_category[category] / seen[category]:.1%}")
    for instance, guess in errors[: args.errors]:
        print(f"\n#{instance.index} gold {instance.speaker} got {guess} ({instance.category})")
        for number, line in enumerate(instance.lines[6:14], start=7):
            print(f"{'>' if number == 11 else ' '} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
