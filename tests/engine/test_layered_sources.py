"""Speakers in layered news accounts (issue 8): the outlet spoken to, the source named by 据,
the organisation 该基金 refers to. Every name here is invented."""

from speech_samples import direct, reported

from gui.engine.speech.analysis import analyze


def test_a_paper_spoken_to_before_the_verb_is_no_speaker():
    text = "周海涛向东方证券报表示，银行对这项业务持鼓励态度。"
    assert reported(text) == [("银行对这项业务持鼓励态度", "周海涛")]


def test_the_words_after_telling_a_paper_are_the_speakers():
    text = "“一些商会也对这类产品颇感兴趣。”一家银行理财人士对东方证券报透露，银行已和商会达成合作意向。"
    assert direct(text) == [("一些商会也对这类产品颇感兴趣。", "一家银行理财人士")]
    assert reported(text) == [("银行已和商会达成合作意向", "一家银行理财人士")]


def test_the_writers_own_paper_spoken_to_is_no_speaker():
    assert reported("马立文向本报表示，公司今年不会裁员。") == [("公司今年不会裁员", "马立文")]
    assert direct("马立文对《北方周刊》说：“公司今年不会上市。”") == [("公司今年不会上市。", "马立文")]


def test_a_paper_before_a_verb_without_an_addressee_still_blocks_nothing_new():
    # 报道 stays the outlet's report, not a verb 道 with a speaker
    assert reported("东方晚报报道，星河公司今年亏损了三亿元。") == []


def test_the_possessor_of_an_account_after_ju_is_the_source():
    assert reported("按照马立文的说法，公司今年不会上市。") == [("公司今年不会上市", "马立文")]
    assert reported("据星河公司的介绍，今年的销售额增长了两成。") == [("今年的销售额增长了两成", "星河公司")]


def test_a_companys_own_website_speaks_for_the_company():
    text = "根据星河天下网站的介绍，随着银行的加入，今后投资者可用任意银行卡投资。"
    assert [speaker for _, speaker in reported(text)] == ["星河天下"]


def test_a_long_role_phrase_after_ju_is_the_source_whatever_its_length():
    text = "据民丰银行地产金融事业部东城分部负责人介绍，今年的贷款额度已经用完。"
    assert reported(text) == [("今年的贷款额度已经用完", "民丰银行地产金融事业部东城分部负责人")]


def test_ju_ci_and_ju_liaojie_frame_the_writer_not_a_source():
    assert reported("据此分析，两家公司已经达成初步协议。") == []
    assert reported("据了解，两家公司已经达成初步协议。") == []
    assert reported("依据数据的分析，今年的销售额增长了两成。") == []


def test_an_organisation_is_not_the_person_whose_title_contains_its_name():
    text = (
        "星河天下市场部有关人士说，公司今年不会上市。"
        "根据星河天下网站的介绍，随着银行的加入，今后投资者可用任意银行卡投资。"
    )
    assert [speaker for _, speaker in reported(text)] == ["星河天下市场部有关人士", "星河天下"]


def test_words_passed_on_in_anothers_account_are_the_possessors():
    text = "他在信中还摘录了甘多的名句：「非暴力是人类可使用的最强大力量。」"
    assert direct(text) == [("非暴力是人类可使用的最强大力量。", "甘多")]
    text = "马立文引用了周大海的一句话：“不要在市场下跌的时候轻易赎回。”"
    assert direct(text) == [("不要在市场下跌的时候轻易赎回。", "周大海")]


def test_in_the_words_of_a_counted_source_the_source_speaks():
    text = "据悉，球队也在寻找其他外援，用一位队内人士的话说：“我们要做多手准备，以免太被动。”"
    assert direct(text) == [("我们要做多手准备，以免太被动。", "一位队内人士")]


def test_a_conditional_de_hua_is_no_frame():
    assert analyze("如果你愿意的话，我们明天再谈。").quotes == ()
