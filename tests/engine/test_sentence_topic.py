"""Whose words a quotation with no verb of its own carries, by the sentence around it: the
subject of the clause it goes on from, the one whose reported speech a colon ends, and the holder
of a view framed by 在……看来/眼中/心中. Invented sentences."""

from speech_samples import direct


def test_words_after_a_comma_are_the_sentence_subjects_not_the_next_sentences():
    text = (
        "某证券公司营业部经理孙立每次接待客户时，最喜欢向客户推荐指数基金，“它们费用低、透明度高，"
        "适合普通人。”另一家公司的经理刘海峰则更看好债券基金。"
    )
    assert direct(text)[0][1] == "孙立"


def test_words_that_open_their_sentence_are_still_the_next_subjects():
    text = "比赛进入了最后一节。“我们不会放弃任何一个球。”中锋马建军赛后对自己的表现很满意。"
    assert direct(text)[0][1] == "马建军"


def test_a_colon_that_ends_reported_speech_gives_the_words_to_its_speaker():
    text = "市长周海明表示，市民们最关心的是房价：“我们会尽快拿出办法。”"
    assert direct(text)[0][1] == "周海明"
    text = "校长孙文博介绍，学生们最喜欢的是周末的社团活动：“每个人都能找到自己的兴趣。”"
    assert direct(text)[0][1] == "孙文博"


def test_a_colon_after_narration_still_gives_the_words_to_its_subject():
    text = "王建华昨天表示会继续努力。球迷们在场外高声呼喊：“冠军！冠军！”"
    assert direct(text)[0][1] == "球迷们"


def test_a_view_frame_names_whose_words_follow():
    assert direct("在主教练高建国看来，这场失利并不可怕：“年轻球员需要这样的教训。”")[0][1] == "高建国"
    assert direct("在许多家长眼里，补习班已经成了必需品：“别人都上，我们不能不上。”")[0][1] == "许多家长"
    text = "前锋刘志远很清楚队长的作用，在他心中，队长与教练一样重要：“没有他，我们赢不了球。”"
    assert direct(text)[0][1] == "刘志远"


def test_a_latin_gloss_in_brackets_is_no_part_of_the_name():
    assert direct("世界卫生组织（WHO）在声明中表示：“目前疫情仍在扩散。”")[0][1] == "世界卫生组织"
    assert direct("美国联邦航空总署(FAA)表示：“调查仍在进行。”")[0][1] == "美国联邦航空总署"


def test_a_verb_after_an_unnamed_askers_verb_speaks_for_the_sentence_subject():
    # 追问's asker is left unnamed; 表示 and 又指 are the answer of the one asked, who opens the clause
    text = (
        "控方盘问时，多次追问证人王丽华当时有何感受，王丽华多番停顿，表示不知如何形容，"
        "又指当时比较愤怒，因觉得对方「讲大话」。"
    )
    assert direct(text)[0][1] == "王丽华"


def test_an_organisation_before_an_adverb_is_the_sentence_subject():
    text = "而市政府明明已经签了协议，却还是天天喊口号，永远都是“我们一定会赢”。"
    assert direct(text)[0][1] == "市政府"
    text = "政府明明知道实情，却还是天天喊口号，“我们一定会赢。”"
    assert direct(text)[0][1] == "政府"


def test_a_body_described_by_a_negation_is_no_speaker_of_the_words_after():
    text = ("据陈立群介绍，由于法规建设滞后，监管效率较差，“目前只有部门规章”。"
            "同时，基金监督力量薄弱，机构不健全，人手配置少也是问题，“面对那么多风险源，人手实在不够”。")
    assert [speaker for _, speaker in direct(text)] == ["陈立群", "陈立群"]
