"""The dialogue speaker ranker: which quotations it may re-attribute, and when it overrides the rules.

Every text here was written for these tests (no novel or article is quoted). A model that weighs
the rules' choice far down makes the ranker's hand visible: wherever it acts, the rules' speaker
is replaced by another candidate.
"""

from __future__ import annotations

import pytest
from speech_samples import direct

from gui.engine.speech import speaker_ranker
from gui.engine.speech.speaker_ranker import decide

DIALOGUE = "“你去哪儿？”\n春妮问。\n秋生说：\n“去镇上。”"


@pytest.fixture
def against_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speaker_ranker, "weights", lambda: {"is_rules": -10.0})


def test_the_shipped_ranker_keeps_clear_dialogue_as_the_rules_read_it():
    assert direct(DIALOGUE) == [("你去哪儿？", "春妮"), ("去镇上。", "秋生")]


def test_a_dialogue_line_gets_the_rankers_choice(against_the_rules: None):
    assert direct(DIALOGUE) == [("你去哪儿？", "秋生"), ("去镇上。", "春妮")]


def test_a_quotation_inside_news_narration_is_never_ranked(against_the_rules: None):
    text = (
        "气象员李国梁说，台风路径仍不确定，“民众最好提早做好准备。”\n"
        "交通局长王建华表示，已在山区道路预先部署抢修机具，“明早以前一定抢通。”"
    )
    assert direct(text) == [("民众最好提早做好准备。", "李国梁"), ("明早以前一定抢通。", "王建华")]


def test_a_quotation_under_a_transcript_label_is_never_ranked(against_the_rules: None):
    text = "## 张德明：\n\n「今年的预算一定会平衡。」\n\n## 刘慧芬：\n\n「平衡靠什么？」"
    assert [speaker for _, speaker in direct(text)] == ["张德明", "刘慧芬"]


def test_the_rules_stand_on_a_near_tie():
    rows = [{"a": 1.0}, {"b": 1.0}]
    assert decide(rows, {"a": 1.0, "b": 1.1}, rules_index=0) is None
    assert decide(rows, {"a": 1.0, "b": 2.0}, rules_index=0) == 1


def test_a_lone_candidate_does_not_fill_a_line_the_rules_leave_open():
    assert decide([{"a": 1.0}], {"a": 5.0}, rules_index=None) is None
    assert decide([{"a": 1.0}, {"b": 1.0}], {"a": 5.0}, rules_index=None) == 0


def test_the_shipped_weights_trust_the_rules_choice():
    assert speaker_ranker.weights()["is_rules"] > 0
