"""The speech model's trainer decides as the engine does, and reads only the folder it is given."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from gui.engine.speech.analysis import analyze

TRAINER = Path(__file__).resolve().parents[2] / "tools" / "train_speech_model.py"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_speech_model", TRAINER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _article(name: str, parts: list[tuple[str, str | None]]) -> dict:
    """An invented article from text pieces, each quoted piece labelled speech or term."""
    text, quotes, terms = "", [], []
    for piece, kind in parts:
        if kind is None:
            text += piece
            continue
        start = len(text) + 1
        text += f"“{piece}”"
        span = {"start": start, "end": start + len(piece), "text": piece}
        (quotes if kind == "speech" else terms).append(span | {"speaker": "王明", "kind": "direct"})
    for span in terms:
        del span["speaker"], span["kind"]
    return {"id": name, "text": text, "speakers": [{"name": "王明", "title": None, "mentions": ["王明"]}],
            "quotes": quotes, "indirect": [], "not_speech": terms}


ARTICLES = [
    _article("a", [("局长王明说：", None), ("今年我们一定完成任务。", "speech"), ("他表示，所谓", None),
                   ("双减", "term"), ("政策执行得很好。第三届", None), ("亚太青年创新论坛", "term"),
                   ("今天开幕。", None)]),
    _article("b", [("王明在会上提到对手。他说的", None), ("三座靠山", "speech"),
                   ("，是指三位前任官员。网上流行", None), ("内卷", "term"), ("一词。", None)]),
]


def test_the_trainer_decides_every_labelled_pair_as_the_engine_does(tmp_path):
    for article in ARTICLES:
        (tmp_path / f"{article['id']}.json").write_text(json.dumps(article, ensure_ascii=False), "utf-8")
    trainer = _trainer()
    found = trainer.examples(corpus=tmp_path)
    weights = trainer.speech_model._weights()
    for article in ARTICLES:
        text = article["text"]
        direct = {(q.start, q.end) for q in analyze(text).quotes if q.kind == "direct"}
        labelled = sorted((s["start"], s["end"]) for s in article["quotes"] + article["not_speech"])
        mine = [e for e in found if e.article == article["id"]]
        assert len(mine) == len(labelled)  # (in the order of the text, as the analysis meets them)
        for example, span in zip(mine, labelled, strict=True):
            assert example.label == (span in {(s["start"], s["end"]) for s in article["quotes"]})
            assert trainer._decides_speech(example, weights) == (span in direct)
        # (the invented labels are what the engine says: the trainer scores what it decides)
        spoken = {(s["start"], s["end"]) for s in article["quotes"]}
        assert {span for span in labelled if span in direct} == spoken

def test_the_trainer_refuses_the_locked_part(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    with pytest.raises(SystemExit):
        _trainer().main(["--corpus", str(locked), "--cv-only"])


def test_engine_cross_validation_scores_every_article_once_and_leaves_the_shipped_weights(tmp_path):
    for article in ARTICLES:
        (tmp_path / f"{article['id']}.json").write_text(json.dumps(article, ensure_ascii=False), "utf-8")
    trainer = _trainer()
    shipped = trainer.speech_model._weights()
    score = trainer.engine_cross_validate(trainer.examples(corpus=tmp_path), tmp_path, 1.0, 2)
    assert score.gold == sum(len(article["quotes"]) for article in ARTICLES)
    assert 0 <= score.matched <= score.predicted
    assert trainer.speech_model._weights() == shipped
