"""The learned speech-or-term decision, on invented sentences."""

from __future__ import annotations

import json
from importlib import resources

from gui.engine.speech.analysis import analyze
from gui.engine.speech.speech_model import features, probability


def _kinds(text: str) -> dict[str, str]:
    analysis = analyze(text)
    kinds = {text[q.start : q.end]: "speech" for q in analysis.quotes if q.kind == "direct"}
    kinds |= {text[t.start : t.end]: "term" for t in analysis.terms}
    return kinds


def test_the_shipped_weights_name_every_feature_once():
    data = json.loads(resources.files("gui.engine.speech").joinpath("speech_model.json").read_text("utf-8"))
    assert len(data["features"]) == len(set(data["features"])) == len(data["weights"])
    assert "tuning" in data["trained_on"] and "locked" not in data["trained_on"]


def test_words_after_a_colon_are_speech_and_a_quoted_word_in_reported_speech_is_a_term():
    text = "局长王明说：“今年我们一定完成任务。”他表示，所谓“双减”政策执行得很好。"
    assert _kinds(text) == {"今年我们一定完成任务。": "speech", "双减": "term"}


def test_a_theme_named_before_its_noun_is_a_term():
    text = "与会代表围绕“强化基层治理、提升服务能力”主题交流发言。"
    assert _kinds(text) == {"强化基层治理、提升服务能力": "term"}


def test_first_person_words_are_more_likely_speech_than_a_bare_word():
    tags: dict[str, str] = {"港独": "n"}
    folded = "他指“我们不会让步”，又提到“港独”。"
    spoken = features(folded, 3, 9, "fragment", False, tags)
    term = features(folded, 15, 17, "fragment", False, tags)
    assert probability(spoken) > 0.5 > probability(term)
