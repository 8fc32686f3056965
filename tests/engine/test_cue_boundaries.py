"""Which occurrences of a speech verb are verbs, on invented sentences: a prefix that ends the
word before the verb, and a news agency's dateline that ends the sentence before the verb."""

from __future__ import annotations

from gui.engine.scripts.folding import fold
from gui.engine.speech.analysis import analyze
from gui.engine.speech.attribution import find_cues
from gui.engine.speech.clauses import Layout
from gui.engine.speech.quotation_marks import find_pairs


def _verbs(text: str) -> list[str]:
    folded = fold(text)
    return [cue.verb for cue in find_cues(Layout(folded, find_pairs(folded)))]


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in analyze(text).quotes if q.kind == "indirect"]


def test_a_prefix_that_ends_the_word_before_is_no_part_of_the_verb():
    # 年报|表示, 特别|指出, 询问|表示: 报, 别, 问 end a word and make none with the verb
    assert _verbs("海通公司昨天公布年报表示，全年亏损有所收窄。") == ["表示"]
    assert _verbs("他特别指出，明年的预算不会增加。") == ["指出"]
    spans = _reported("发言人周文涛今天答覆媒体询问表示，相关数据并不准确。")
    assert spans == [("相关数据并不准确", "周文涛")]


def test_a_prefix_that_makes_a_word_with_the_verb_still_blocks_it():
    assert _verbs("会议结束后，他们拒绝解释原因。") == []  # 拒绝 is a prefix of its own
    assert _verbs("这只是一种说法。") == []
    assert _verbs("外界都在等待回应。") == []


def test_a_negation_before_an_adverb_word_still_blocks_the_verb():
    # 正面 ends a word, but 未有 before it negates the verb: no speech
    assert _verbs("周文涛未有正面回应，转身离开了会场。") == []
    assert _verbs("周文涛正面回应，相关数据并不准确。") == ["回应"]


def test_a_dateline_ends_the_sentence_before_the_verb():
    text = "（海港社记者周文涛东京5日电）交通部官员今天证实，飞机引擎中发现了鸟类羽毛。"
    assert _reported(text) == [("飞机引擎中发现了鸟类羽毛", "交通部官员")]
    text = "（海港社东京5日综合外电报导）交通部官员今天表示，调查将在下月完成。"
    assert _reported(text) == [("调查将在下月完成", "交通部官员")]


def test_a_bracket_that_is_no_dateline_ends_nothing():
    folded = fold("他（交通部官员）今天表示，调查将在下月完成。")
    layout = Layout(folded, find_pairs(folded))
    assert layout.sentence_start(folded.index("今天")) == 0


def test_a_verb_of_sharing_or_believing_reports_only_before_a_comma():
    assert _reported("周文涛相信，球队下季能够重返季后赛。") == [("球队下季能够重返季后赛", "周文涛")]
    assert _reported("周文涛今天在电台节目提出，选委不应集中投给一个候选人。") == [
        ("选委不应集中投给一个候选人", "周文涛")
    ]
    assert _reported("周文涛相信自己能够重返赛场。") == []
    assert _verbs("他提出“三步走”的方案。") == []
    assert _verbs("他们分享经验，也谈到困难。") == []


def test_a_verb_right_before_a_finding_names_the_finding():
    # 预报显示, 分析发现: the forecast or the analysis shows something; no one speaks
    assert _reported("训练时天色阴沉，气象预报显示当天下午有大雨。") == []
    assert _verbs("研究人员对数据进行分析发现，多数患者已经康复。") == []
    assert _verbs("研究人员分析，多数患者已经康复。") == ["分析"]


def test_a_plain_verb_of_saying_before_a_finding_verb_reports_the_finding():
    # 表示 and 说 name no activity: what they say was found is reported speech
    assert _reported("警方表示发现一名男子倒卧在路边。") == [("发现一名男子倒卧在路边", "警方")]
    assert _reported("周文涛说发现了一具尸体。") == [("发现了一具尸体", "周文涛")]


def test_a_prefix_that_blocks_the_verb_blocks_it_before_the_words_it_would_utter_too():
    # 说出了“……” utters the words, but 听说过, 据说了, 小说出了, 劝说过, 没说过 are no saying
    for text in ("他们都听说过“狼来了”的故事。", "据说了“狼来了”。", "小说出了“新版”。", "有人劝说过“别去”。",
                 "他从来没说过“我不干了”。"):
        assert _verbs(text) == [], text
    assert _verbs("队长李海涛当场喊出了“我们一定会赢”这句话。") == ["喊"]
