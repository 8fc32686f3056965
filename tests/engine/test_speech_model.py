"""The learned speech-or-term decision, on invented sentences."""

from __future__ import annotations

import json
from importlib import resources

from gui.engine.speech.analysis import analyze
from gui.engine.speech.names import dictionary
from gui.engine.speech.speech_model import (
    _COSTLY,
    _RULES,
    _plain_signals,
    _Quoted,
    features,
    is_speech,
    probability,
    says_speech,
)


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
    # (a bare word inside reported speech may still be a verbatim fragment: only the order and
    # the clause's side of the threshold are fixed)
    assert probability(spoken) > 0.5
    assert probability(spoken) - probability(term) > 0.3


def _signals(text: str, quoted: str, route: str = "none", reported: bool = False) -> dict[str, float]:
    start = text.index(quoted)
    _, tags = dictionary()
    return features(text, start, start + len(quoted), route, False, tags, reported)


def test_a_predicate_is_read_by_words_not_characters():
    assert _signals("他说“我们一定赢了”。", "我们一定赢了")["predicate_word"] == 1.0
    assert "predicate_word" not in _signals("今年的重点是“稳就业”。", "稳就业")


def test_grammatical_words_tell_a_clause_from_a_name():
    # two grammatical characters (还, 了), or one and an adverb the dictionary knows (没, 一直)
    clause = "办事的窗口还是太少了"
    assert _signals(f"群众反映“{clause}”。", clause)["grammatical_words"] == 1.0
    adverb = "停车难问题一直没有解决"
    assert _signals(f"居民反映“{adverb}”。", adverb)["grammatical_words"] == 1.0
    name = "城乡一体化发展示范区建设规划"
    assert "grammatical_words" not in _signals(f"会上印发了“{name}”。", name)


def test_a_long_name_in_the_narration_is_a_term_and_a_complaint_with_its_grammar_is_speech():
    text = "会上印发了“城乡一体化发展示范区建设规划”，不少群众反映“办事的窗口还是太少了”。"
    assert _kinds(text) == {"城乡一体化发展示范区建设规划": "term", "办事的窗口还是太少了": "speech"}


def test_a_sentence_set_off_after_its_verb_and_half_a_split_quotation_are_speech():
    # (a head word such as 调查 does not make a clause a title)
    assert _kinds("该校表示，“将全力配合调查”。") == {"将全力配合调查": "speech"}
    assert _kinds("记者问她是否满意。“非常满意，”她说，“比去年好多了。”") == {
        "非常满意，": "speech", "比去年好多了。": "speech"}
    assert "title_head" not in _signals("国防部称：“此事正在调查。”", "此事正在调查。")


def test_the_shape_of_a_title_or_a_slogan_is_seen_inside():
    assert _signals("第三届“亚太青年创新论坛”开幕。", "亚太青年创新论坛")["title_head"] == 1.0
    assert _signals("墙上写着“人人为我，我为人人”。", "人人为我，我为人人")["parallel"] == 1.0
    assert _signals("她问“你们还来吗？”", "你们还来吗？")["particle"] == 1.0


def test_what_stands_around_the_marks_is_read():
    assert _signals("有人骂他“骗子”。", "骗子")["after_shouting"] == 1.0
    assert _signals("网上流行“内卷”一词。", "内卷")["followed_by_word_noun"] == 1.0
    assert _signals("他否认说过“太贵了”，只说价格合理。", "太贵了")["speech_verb_in_clause"] == 1.0
    assert _signals("所谓“双减”就是减负。", "双减")["after_naming_verb"] == 1.0


def test_words_the_text_repeats_are_marked_and_a_short_quotation_in_reported_speech_is_told_apart():
    text = "“智慧校园”计划今年推广，“智慧校园”将覆盖全市。"
    assert _signals(text, "智慧校园")["repeated"] == 1.0
    assert _signals("他表示，这是“大方向”。", "大方向", reported=True)["short_in_reported"] == 1.0
    assert "short_in_reported" not in _signals("这是“大方向”。", "大方向")


def test_a_forum_named_in_the_narration_is_a_term_and_shouted_words_are_speech():
    text = "第三届“亚太青年创新论坛”今天在北京开幕。球迷们在场边大叫“加油，加油！”，气氛热烈。"
    assert _kinds(text) == {"亚太青年创新论坛": "term", "加油，加油！": "speech"}


def test_words_right_after_a_verb_of_saying_made_a_modifier_or_a_perfect_are_speech():
    # 说过/说的 take no cue (说过去, 说了算), so no route reaches these words: a rule does
    text = "王明在会上提到对手。他说的“三座靠山”，是指三位前任官员。李华没有否认说过“太贵了”。"
    assert _kinds(text) == {"三座靠山": "speech", "太贵了": "speech"}
    assert _signals(text, "三座靠山")["after_said"] == 1.0


def test_a_noun_that_ends_in_a_verb_of_saying_says_nothing():
    # 小说的“……”: 小说 is a noun (a novel), not 说 made a modifier
    assert "after_said" not in _signals("这部小说的“主角”是一只猫。", "主角")
    assert _kinds("这部小说的“主角”是一只猫。") == {"主角": "term"}


def test_a_title_framed_by_yi_and_wei_ti_is_read_as_a_word_not_words_said():
    text = "教授以“城市如何面对老龄化”为题发表演讲。"
    assert _signals(text, "城市如何面对老龄化")["followed_by_word_noun"] == 1.0


def test_the_early_decision_is_the_models_and_every_costly_stage_answers_the_names_it_declares():
    # (says_speech skips a stage by the weights of the names it declares: an undeclared one would
    # be left out of the bound)
    _, tags = dictionary()
    text = (
        "局长王明说：“今年我们一定完成任务。”他表示，所谓“双减”政策执行得很好。墙上写着“人人为我，我为人人”。"
        "“智慧校园”计划今年推广，“智慧校园”将覆盖全市。有人骂他“骗子”。他否认说过“太贵了”。第三届“亚太青年创新论坛”开幕。"
    )
    decisions = set()
    for start in (index + 1 for index, char in enumerate(text) if char == "“"):
        end = text.index("”", start)
        for route in ("cue_before", "fragment", "none"):
            for reported in (False, True):
                expected = is_speech(features(text, start, end, route, False, tags, reported))
                assert says_speech(text, start, end, route, False, tags, reported) == expected
                decisions.add(expected)
                quoted = _Quoted(text, start, end, route, False, tags, reported)
                for names, costly in _COSTLY:
                    assert tuple(costly(quoted)) == names
                assert _plain_signals(quoted).keys() >= _RULES  # (read before any costly signal)
    assert decisions == {True, False}
