"""Speed of a 1 M-character script view: the conversion before OpenCC 1.4.2 against today's, in one run.

Run with ``python3 tests/benchmarks/bench_conversion.py``.

*Before* is the pipeline Yanlu had until the 1.4.2 data: every view made from a simplified
folding (stock opencc-python-reimplemented t2s, then s2t / s2tw / s2hk), piece by piece with a
memo, as ``render_view`` did. *Now* is ``render_view`` itself (script detection, repairs of
Traditional input, the 1.4.2 configs). Both run on the same varied text (bench_analysis's
generator: sentences shuffled across the labelled articles, a third of them in the other
script), once as it is (mostly Simplified) and once converted to Traditional, each view on a
fresh memo so nothing is answered from an earlier view (the first view of a Traditional text
pays for finding its repairs, which the other views of a Reading share). Each time is the best
of three runs, before and now interleaved; ratios now/before are printed; nothing is asserted
(the machine is shared and noisy).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import build_text  # noqa: E402

from gui.engine.scripts.punctuation import widen_punctuation  # noqa: E402
from gui.engine.scripts.script_variants import (  # noqa: E402
    Conversions,
    Variant,
    _piece_offsets,
    _pieces,
    render_view,
)

BEFORE_CHAINS = {
    Variant.HANS: ("t2s",),
    Variant.HANT: ("t2s", "s2t"),
    Variant.TW: ("t2s", "s2tw"),
    Variant.HK: ("t2s", "s2hk"),
}


_STOCK: dict[str, object] = {}


def _stock(config: str) -> object:
    """Stock opencc-python-reimplemented, loaded once (loading is not converting)."""
    import opencc

    if config not in _STOCK:
        _STOCK[config] = opencc.OpenCC(config)
    return _STOCK[config]


def before(text: str, variant: Variant, memos: dict | None = None) -> str:
    """The view as Yanlu made it before: stock dictionaries, t2s first, the same pieces and maps;
    ``memos`` (config → piece → result) shared between views as the Reading shared them."""
    memos = {} if memos is None else memos
    chain = [(_stock(config), memos.setdefault(config, {})) for config in BEFORE_CHAINS[variant]]
    out, forward, produced = [], [], 0
    for piece, convertible in _pieces(widen_punctuation(text), []):
        converted = piece
        if convertible:
            for converter, memo in chain:
                result = memo.get(converted)
                if result is None:
                    result = memo[converted] = converter.convert(converted)
                converted = result
        forward.extend(_piece_offsets(produced, len(piece), len(converted)))
        out.append(converted)
        produced += len(converted)
    return "".join(out)


def now(text: str, variant: Variant) -> str:
    return render_view(text, variant, memos=Conversions()).text


def before_all(text: str, _: Variant) -> None:
    memos: dict = {}
    for variant in BEFORE_CHAINS:
        before(text, variant, memos)


def now_all(text: str, _: Variant) -> None:
    conversions = Conversions()
    for variant in BEFORE_CHAINS:
        render_view(text, variant, memos=conversions)


REPEAT = 3  # the machine is shared: each figure is the best of three


def timed(make, text: str, variant: Variant) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        started = time.perf_counter()
        make(text, variant)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    import opencc

    mixed = build_text()
    traditional = opencc.OpenCC("s2t").convert(mixed)
    for variant in BEFORE_CHAINS:  # load every table once, outside the timings
        before("說说", variant), now("說说", variant), now("說說規范", variant)
    print(f"text: {len(mixed):,} characters")
    ratios = []
    for name, text in (("mostly Simplified", mixed), ("Traditional", traditional)):
        for variant in BEFORE_CHAINS:
            old, new = timed(before, text, variant), timed(now, text, variant)
            ratios.append(new / old)
            print(f"{name:18} {variant.label}  before {old:6.2f} s   now {new:6.2f} s", end="")
            print(f"   now/before {new / old:5.2f}")
        old, new = timed(before_all, text, Variant.HANS), timed(now_all, text, Variant.HANS)
        ratios.append(new / old)
        print(f"{name:18} all four views (one shared memo)  before {old:6.2f} s   now {new:6.2f} s", end="")
        print(f"   now/before {new / old:5.2f}")
    print(f"worst ratio now/before: {max(ratios):.2f} (target <= 1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
