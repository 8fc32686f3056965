import json
from pathlib import Path

import pytest

from gui.engine.speech.analysis import analyze

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "tuning"


def load(name):
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed():
    gold = load("seed-henan-cppcc")
    return gold, analyze(gold["text"])


def test_bundled_article_speakers_exactly(seed):
    _, analysis = seed
    assert [(s.name, s.group) for s in analysis.speakers] == [
        ("黃庚倜", False),
        ("徐慧前", False),
        ("馮芳喜", False),
        ("各市縣政協主席", True),
        ("孔昌生", False),
    ]
    assert analysis.speaker("黃庚倜").title == "平頂山市政協主席"
    assert analysis.speaker("孔昌生").title == "省政協主席"


def test_bundled_article_direct_quotes_exactly(seed):
    gold, analysis = seed
    direct = [(q.start, q.end, q.speaker) for q in analysis.quotes if q.kind == "direct"]
    assert direct == [(q["start"], q["end"], q["speaker"]) for q in gold["quotes"]]


def test_bundled_article_indirect_spans(seed):
    gold, analysis = seed
    indirect = [q for q in analysis.quotes if q.kind == "indirect"]
    assert len(indirect) == 3
    for predicted, expected in zip(indirect, gold["indirect"], strict=True):
        assert predicted.speaker == expected["speaker"]
        assert predicted.start == expected["start"]
        assert abs(predicted.end - expected["end"]) <= 1  # the gold sometimes keeps the final 。


def test_bundled_article_terms_are_not_speech(seed):
    gold, analysis = seed
    assert [(t.start, t.end) for t in analysis.terms] == [(s["start"], s["end"]) for s in gold["not_speech"]]


def test_speakers_listed_only_with_spans_and_in_order(seed):
    _, analysis = seed
    first = {}
    for quote in analysis.quotes:
        first.setdefault(quote.speaker, quote.start)
    assert [s.name for s in analysis.speakers] == sorted(first, key=first.get)


def test_simplified_and_traditional_give_the_same_spans():
    simplified = "市长王建华表示，明年将加大投入。“我们有信心完成任务。”王建华说。"
    traditional = "市長王建華表示,明年將加大投入。「我們有信心完成任務。」王建華說。"
    a, b = analyze(simplified), analyze(traditional)
    assert [(q.start, q.end, q.kind) for q in a.quotes] == [(q.start, q.end, q.kind) for q in b.quotes]
    assert [s.name for s in b.speakers] == ["王建華"]
    assert b.speakers[0].title == "市長"


def test_interrupted_quotation_gives_two_entries_for_one_speaker():
    text = "“这场比赛很难，”主教练李强说，“但我们赢了。”"
    analysis = analyze(text)
    assert [(text[q.start : q.end], q.speaker) for q in analysis.quotes] == [
        ("这场比赛很难，", "李强"),
        ("但我们赢了。", "李强"),
    ]


def test_short_terms_and_nicknames_are_not_speech():
    text = "他有“铁人”的称号。所谓“三项机制”已经落实。"
    analysis = analyze(text)
    assert analysis.quotes == ()
    assert len(analysis.terms) == 2


def test_pronoun_joins_the_previous_speaker():
    text = "教练张明在赛后接受采访。他表示，球队的防守还需要加强。"
    analysis = analyze(text)
    assert [s.name for s in analysis.speakers] == ["张明"]
    assert analysis.quotes[0].kind == "indirect"
    assert text[analysis.quotes[0].start : analysis.quotes[0].end] == "球队的防守还需要加强"


def test_organisation_speaker():
    text = "国家统计局今天指出，物价总体稳定。"
    analysis = analyze(text)
    assert [s.name for s in analysis.speakers] == ["国家统计局"]
    assert analysis.quotes[0].kind == "indirect"


def test_empty_text():
    analysis = analyze("")
    assert analysis.quotes == () and analysis.speakers == ()


def test_reported_speech_nested_in_reported_speech_is_not_a_second_span():
    text = "外交部发言人陈明表示，中方对此表示严重关切。"
    analysis = analyze(text)
    assert [(text[q.start : q.end], q.speaker) for q in analysis.quotes] == [("中方对此表示严重关切", "陈明")]
    assert analysis.speakers[0].title == "外交部发言人"


def test_bare_institution_as_speaker_and_unnamed_source():
    text = "警方证实，嫌犯已被逮捕。“价格还会涨，”一名业内人士告诉记者，“至少涨到年底。”"
    analysis = analyze(text)
    assert [s.name for s in analysis.speakers] == ["警方", "一名业内人士"]
    assert [q.speaker for q in analysis.quotes] == ["警方", "一名业内人士", "一名业内人士"]


def test_issuer_of_a_statement_is_an_organisation_without_a_suffix():
    text = "某某科技今天上午发布声明称，网传消息与事实不符。声明表示，“我们将依法追究责任。”"
    analysis = analyze(text)
    spans = [(q.kind, q.speaker) for q in analysis.quotes]
    assert spans == [("indirect", "某某科技"), ("direct", "某某科技")]


def test_statement_issued_by_a_pronoun_is_the_person():
    text = "王刚是一名教师。他昨天发表声明称，自己没有任何违规行为。"
    assert [q.speaker for q in analyze(text).quotes] == ["王刚"]


def test_parties_to_a_lawsuit_open_reported_speech():
    text = "原告李女士诉称，对方拖欠货款长达两年。被告某公司辩称，合同早已履行完毕。"
    analysis = analyze(text)
    spans = [(text[q.start : q.end], q.speaker) for q in analysis.quotes]
    assert spans == [("对方拖欠货款长达两年", "李女士"), ("合同早已履行完毕", "被告某公司")]


def test_a_famous_name_before_the_verb_is_the_speaker():
    # jieba knows 李娜 as a frequent name; alone before the verb it is the speaker.
    text = "“这不是我想要的结果。”李娜赛后坦言，自己在关键分上处理得不够好。"
    analysis = analyze(text)
    assert [s.name for s in analysis.speakers] == ["李娜"]
    assert [(q.kind, q.speaker) for q in analysis.quotes] == [("direct", "李娜"), ("indirect", "李娜")]


def test_time_words_between_speaker_and_verb():
    text = "“球队还需要时间磨合。”王海会后对记者说。张伟赛前表示，全队已经做好了准备。"
    analysis = analyze(text)
    assert [(q.kind, q.speaker) for q in analysis.quotes] == [("direct", "王海"), ("indirect", "张伟")]


def test_a_ministry_name_with_he_is_one_title():
    text = "本报讯 人力资源和社会保障部部长王建国昨天在发布会上说，今年将继续提高退休人员养老金。"
    analysis = analyze(text)
    assert [(s.name, s.title) for s in analysis.speakers] == [("王建国", "人力资源和社会保障部部长")]


def test_a_verb_with_an_aspect_particle_reports_no_clause():
    text = "发言人随后证实了这一消息。他表示，新规定将在下周生效。"
    analysis = analyze(text)
    assert [text[q.start : q.end] for q in analysis.quotes] == ["新规定将在下周生效"]


def test_a_quotation_ending_the_reported_speech_is_the_same_speakers():
    text = (
        "预报员李四说，台风预计明天清晨登陆，“民众务必做好防台准备”。"
        "该公司回应称，产品符合标准，“我们欢迎监督”。"
    )
    analysis = analyze(text)
    spans = [(q.kind, q.speaker, text[q.start : q.end]) for q in analysis.quotes]
    assert spans == [
        ("indirect", "李四", "台风预计明天清晨登陆"),
        ("direct", "李四", "民众务必做好防台准备"),
        ("indirect", "该公司", "产品符合标准"),
        ("direct", "该公司", "我们欢迎监督"),
    ]


def test_a_term_inside_the_sentence_stays_a_term():
    text = "他表示，今年将推进三项改革，“稳就业”是重点。"
    assert [q.kind for q in analyze(text).quotes] == []


def test_yu_after_a_role_word_is_a_surname():
    text = "虽然基金经理于鑫在年报中表示“对未来市场仍充满希望”，但仓位很高。"
    assert [q.speaker for q in analyze(text).quotes] == ["于鑫"]
