"""Speech or term, decided by a small learned model rather than a cascade of thresholds.

Whether words in quotation marks are someone's words (“我们会赢。”) or a term being named (“港独”,
“双减”) depends on several weak signals at once: how the quotation is attached to a speech verb,
its length, its punctuation, whether it speaks in the first or second person, whether it is a
dictionary word or an idiom, what stands right around it. A logistic regression over those
signals, trained on the tuning part of the labelled corpus (``tools/train_speech_model.py``;
never on the locked part), weighs them; the weights ship as ``speech_model.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import cache
from importlib import resources

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.names import word_tag_at

ROUTES = ("cue_before", "colon", "cue_after", "fragment", "continued", "none")
_SENTENCE_FINAL = "。！？…!?"
_CLAUSE_PUNCT = re.compile("[，。！？；：…,!?;:]")
_PERSONAL = re.compile("[我你您咱俺]")
_CANTONESE = re.compile("[嘅咗啲喺嗰冇唔佢哋囉喇咁乜嘢]")
_LATIN_OR_DIGITS = re.compile(r"^[\sA-Za-z0-9.\-%/]+$")
_NUMBERED = re.compile(rf"^[{lx.NUMERALS}]+(?:[大项个条化种点好严实为有不]|$)")
_NAMING = tuple(sorted(lx.NAMING_VERBS, key=len, reverse=True))
_LENGTHS = ((1, 1), (2, 2), (3, 3), (4, 5), (6, 9), (10, 10**9))
THRESHOLD = 0.5


def features(folded: str, start: int, end: int, route: str, own_line: bool,
             tags: Mapping[str, str]) -> dict[str, float]:
    """The signals for the quotation whose inside is ``folded[start:end]``, reached by ``route``."""
    inside = folded[start:end].strip()
    size = len(inside)
    before = folded[max(0, start - 5) : start - 1]
    after = folded[end + 1 : end + 2]
    tag = tags.get(inside, "")
    following = word_tag_at(folded, end + 1, longest=4)
    values: dict[str, float] = {"bias": 1.0, f"route_{route}": 1.0}
    for low, high in _LENGTHS:
        if low <= size <= high:
            values[f"length_{low}"] = 1.0
    values |= {
        "clause_punctuation": float(_CLAUSE_PUNCT.search(inside) is not None),
        "sentence_final": float(inside[-1:] in _SENTENCE_FINAL),
        "first_or_second_person": float(_PERSONAL.search(inside) is not None),
        "cantonese": float(_CANTONESE.search(inside) is not None),
        "numbered": float(_NUMBERED.match(inside) is not None),
        "after_naming_verb": float(before.endswith(_NAMING)),
        "dictionary_word": float(bool(tag)),
        "idiom": float(tag in ("i", "l")),
        "latin_or_digits": float(_LATIN_OR_DIGITS.match(inside) is not None),
        "followed_by_de": float(after == "的"),
        "followed_by_list": float(after in ("、", "等")),
        "after_modifier": float(before[-1:] in ("的", "个", "种", "为", "成", "是", "被")),
        "own_line": float(own_line),
        # “强化党建引领”主题 / “…”活动: a noun right after names what the quotation is
        # (not when a verb after the quotation names its speaker: “……”主教练某某说)
        "followed_by_noun": float(following in ("n", "nz", "vn", "ng") and route != "cue_after"),
        "followed_by_name": float(following in ("nr", "nrt", "nrfg", "nt", "ns")),
    }
    return values


@cache
def _weights() -> dict[str, float]:
    data = json.loads(resources.files("gui.engine.speech").joinpath("speech_model.json").read_text("utf-8"))
    return dict(zip(data["features"], data["weights"], strict=True))


def probability(values: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """How likely the quotation is speech (0..1), by the shipped weights unless others are given."""
    weights = _weights() if weights is None else weights
    score = sum(weights.get(name, 0.0) * value for name, value in values.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def is_speech(values: dict[str, float]) -> bool:
    return probability(values) >= THRESHOLD
