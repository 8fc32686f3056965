"""OpenCC 1.4.2's own regression lines run through Yanlu's script views, as pass rates per view.

Run ``python3 tests/opencc_regression.py`` for the table (add ``-v`` to see each failing line);
``tests/engine/test_opencc_regression.py`` holds the floors. Each line is read as an article
(``Reading.analysed``, as ``yanlu analyze`` does) and shown in the view that stands for the
OpenCC config; output and expectation are compared after NFKC, so punctuation width (which the
views widen on purpose) does not count.

Two readings are measured. *Given*: the input's script is the one the config names (s2… lines
are Simplified input, t2…/tw2…/hk2… lines Traditional), as OpenCC is told by the config and a
reader tells Yanlu (View ▸ Article's Script, ``yanlu analyze --script``).
*Detected*: Yanlu finds the script itself, as it does for an article. Some lines mix both
scripts on purpose (狸猫 狸貓 貍貓) and appear under s2tw and t2tw with different expectations
for the same input: whichever script a reader takes such a line to be, one of the two fails.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from gui.engine.reading import Reading  # noqa: E402
from gui.engine.scripts.script_variants import Variant  # noqa: E402

CASES = ROOT / "tests" / "data" / "opencc" / "testcases.json"

# OpenCC config → (view, Taiwan phrases on): the view a reader would pick for that output.
VIEWS = {
    "t2s": (Variant.HANS, False),
    "s2t": (Variant.HANT, False),
    "s2tw": (Variant.TW, False),
    "s2hk": (Variant.HK, False),
    "t2tw": (Variant.TW, False),
    "t2hk": (Variant.HK, False),
    "s2twp": (Variant.TW, True),
    "tw2s": (Variant.HANS, False),
    "hk2s": (Variant.HANS, False),
}


@dataclass(frozen=True)
class Line:
    config: str
    source: str
    expected: str
    shown: str

    @property
    def passed(self) -> bool:
        return unicodedata.normalize("NFKC", self.shown) == unicodedata.normalize("NFKC", self.expected)


def cases() -> list[dict]:
    # OpenCC's file allows trailing commas (its C++ reader is told so); Python's json does not.
    text = re.sub(r",(\s*[}\]])", r"\1", CASES.read_text(encoding="utf-8"))
    return json.loads(text)["cases"]


def run(detect: bool, configs: tuple[str, ...] = tuple(VIEWS)) -> dict[str, list[Line]]:
    """Every regression line of ``configs``, shown in its view; ``detect``: Yanlu finds the script."""
    lines: dict[str, list[Line]] = {config: [] for config in configs}
    readings: dict[tuple[str, bool, bool | None], Reading] = {}
    for case in cases():
        for config, expected in case["expected"].items():
            if config not in lines:
                continue
            variant, phrases = VIEWS[config]
            traditional = None if detect else not config.startswith("s")
            key = (case["input"], phrases, traditional)
            if key not in readings:
                readings[key] = Reading.analysed(case["input"], phrases, traditional)
            lines[config].append(Line(config, case["input"], expected, readings[key].view(variant).text))
    return lines


def pass_rate(lines: list[Line]) -> float:
    return sum(line.passed for line in lines) / len(lines)


def _cell(lines: list[Line]) -> str:
    return f"{sum(line.passed for line in lines):3}/{len(lines):3} = {pass_rate(lines):6.1%}"


def main(verbose: bool) -> None:
    given, detected = run(detect=False), run(detect=True)
    print("config view  script given       script detected")
    for config, lines in given.items():
        cells = [_cell(ls) for ls in (lines, detected[config])]
        print(f"{config:6} {VIEWS[config][0].label}  {cells[0]}   {cells[1]}")
    if verbose:
        for name, run_lines in (("given", given), ("detected", detected)):
            for config, lines in run_lines.items():
                for line in lines:
                    if not line.passed:
                        print(f"[{name} {config}]\n    in  {line.source}")
                        print(f"    out {line.shown}\n    exp {line.expected}")


if __name__ == "__main__":
    main("-v" in sys.argv)
