"""The labelled corpus: every file is well formed, and the analysis keeps its measured level.

Floors are the totals measured when the engine last changed (README, "Measuring"). The locked
part is measured, never tuned on: its floor is set loose, near the level before this corpus
existed, so that it catches a broken engine without becoming a signal to tune against.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from gui.engine.speech.evaluation import evaluate_folder, total

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "corpus"
sys.path.insert(0, str(CORPUS / "labelling"))
from label_tool import quotation_pairs  # noqa: E402

LABELLED = sorted((CORPUS / "tuning").glob("*.json")) + sorted((CORPUS / "locked").glob("*.json"))


def test_the_corpus_is_large_enough_and_split():
    tuning = {p.stem for p in (CORPUS / "tuning").glob("*.json")}
    locked = {p.stem for p in (CORPUS / "locked").glob("*.json")}
    assert not tuning & locked
    assert len(locked) >= 20
    assert len(tuning) >= 40


@pytest.mark.parametrize("path", LABELLED, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_labelled_article_is_consistent(path):
    article = json.loads(path.read_text(encoding="utf-8"))
    text = article["text"]
    names = {speaker["name"] for speaker in article["speakers"]}
    for speaker in article["speakers"]:
        assert all(mention in text for mention in speaker["mentions"]), speaker
    spans = article["quotes"] + article["indirect"] + article["not_speech"]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
    for span in article["quotes"] + article["indirect"]:
        assert span["speaker"] in names
    labelled_pairs = [(s["start"], s["end"]) for s in article["quotes"] + article["not_speech"]]
    assert len(labelled_pairs) == len(set(labelled_pairs)), "a quotation pair labelled twice"
    pairs, _ = quotation_pairs(text)
    assert not set(pairs) - set(labelled_pairs), "a quotation pair left unlabelled"


# (direct F1, speaker accuracy, indirect recall, indirect precision), strict scoring.
# Probes: two invented articles leave 建议 + clause unlabelled, which the real tuning articles
# label as reported speech (8 of 8 across 7 articles), so their indirect precision is 39/42.
# Locked (49 articles: 21, 8 double-labelled at the end of 2026-11-28, 10 the next session and 10
# (locked-f) the session after, each batch scored unseen; nothing chosen by it): F1 0.908, speakers
# 0.715, indirect 196/234 and 187/226. Tuning (205 articles; every batch from tuning-13 on joined
# after being scored unseen): F1 0.931, speakers 0.849, indirect 807/910 and 783/890.
FLOORS = {
    "tuning": (0.92, 0.83, 0.87, 0.87),
    "locked": (0.90, 0.70, 0.82, 0.82),
    "probes": (0.99, 0.97, 0.95, 0.92),
}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_analysis_keeps_its_measured_level(part):
    folder = DATA / "probes" if part == "probes" else CORPUS / part
    score = total(evaluate_folder(folder))
    f1, speakers, indirect_recall, indirect_precision = FLOORS[part]
    assert score.f1 >= f1
    assert score.speaker_accuracy >= speakers
    assert score.indirect_recall >= indirect_recall
    assert score.indirect_precision >= indirect_precision


# The seed and the six dev articles the engine was first built on (inside the tuning part).
ORIGINAL_SEVEN = (
    "seed-henan-cppcc", "cn-fan-bin-apology", "cn-li-sinjie-horror", "cn-roy-comeback",
    "cn-mutombo-visit", "tw-jeju-bird-radar", "tw-meme-page-prosecutors",
)


def test_the_original_seven_articles_keep_their_level(tmp_path):
    for name in ORIGINAL_SEVEN:
        (tmp_path / f"{name}.json").symlink_to(CORPUS / "tuning" / f"{name}.json")
    score = total(evaluate_folder(tmp_path))
    # Measured: F1 0.989, speakers 0.932 (one verbatim fragment inside reported speech is now
    # read as a term by the speech model; the later annotation batches label such fragments
    # either way), indirect 22/22 and 22/22.
    assert score.f1 >= 0.98
    assert score.speaker_accuracy >= 0.93
    assert score.indirect_recall == score.indirect_precision == 1.0
