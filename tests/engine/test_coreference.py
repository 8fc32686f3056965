"""References back in news (issue 8): pronouns, roles and demonstratives, on invented names."""

from speech_samples import direct

from gui.engine.speech.mentions import gender
from gui.engine.speech.registry import Mention


def name_gender(name):
    return gender(name, Mention(0, len(name), "person", 0, len(name)))


def test_only_a_chinese_given_name_marks_gender_by_its_characters():
    assert name_gender("王秀兰") == "female"
    assert name_gender("张志强") == "male"
    assert name_gender("欧阳丽") == "female"
    # a family name that is also a woman's name character (燕, 梅) says nothing
    assert name_gender("燕飞") is None
    assert name_gender("梅森") is None
    # transliterated names have no Chinese given name
    assert name_gender("莉迪亚") is None
    assert name_gender("安娜·卡特") is None


def test_he_refers_to_a_man_whose_family_name_looks_female():
    text = ("燕飞赛前表示，“我们会赢。”张建国射入了致胜球。燕飞也获得了最佳球员奖，"
            "他坦承这段时间非常痛苦，“这场胜利是极大的解脱。”")
    assert [speaker for _, speaker in direct(text)] == ["燕飞", "燕飞"]


def test_a_demonstrative_skips_a_description_of_the_organisations_kind():
    text = ("东海基金昨日发布季报。老牌基金经理李文涛也认为市场将回暖。"
            "该基金在季报中称：“下季度将增加消费行业的配置。”")
    assert direct(text)[-1][1] == "东海基金"


def test_a_demonstrative_skips_a_count_of_organisations():
    text = ("东海基金昨日发布季报。有166只股票型基金净值下跌。"
            "该基金在季报中称：“下季度将增加消费行业的配置。”")
    assert direct(text)[-1][1] == "东海基金"


def test_a_long_title_is_the_title_of_the_name_after_it():
    text = ("东陆国防部主管装备部队次长卡佩(John Keppey)一开始告诉海风电视台："
            "“据我所知，确实有这件事。”")
    assert direct(text)[0][1] == "卡佩"


def test_an_organisation_and_a_chain_of_roles_open_the_titled_name():
    text = ("东陆国防部今天表示，此事正在调查。东陆国防部主管装备部队次长卡佩(John Keppey)"
            "一开始告诉海风电视台(Sea News)：“据我所知，确实有这件事。”")
    assert direct(text)[0][1] == "卡佩"


def test_an_organisation_before_a_verb_stays_the_speaker():
    text = "东陆国防部今天发表声明称：“此事正在调查。”"
    assert direct(text)[0][1] == "东陆国防部"


def test_a_pronoun_for_animals_is_no_speaker_and_a_long_romanised_name_is_one():
    text = ("笼子里塞满了猫咪，牠們頻頻害怕地喊叫。救援機構的執行長琪雅朗娜德(Kiara Nadel)"
            "將這段影片PO上網並表示，「這使我感到沮喪。」")
    assert direct(text) == [("這使我感到沮喪。", "琪雅朗娜德")]


def test_a_pronoun_for_animals_never_takes_the_words():
    text = "猫咪们被关在笼子里，它们一直害怕地叫着说：“放我们出去。”"
    assert all(speaker not in ("它们", "牠们") for _, speaker in direct(text))


def test_he_refers_to_a_clause_that_is_a_long_title_and_a_romanised_name():
    # the clause is one noun phrase: its title runs too long for the name to open the clause
    text = ("遗传学家卡尔森(Eric Carlson)说:「基因决定一切。」"
            "北陆大学教育学院科学教育教授瑞斯(Mark Rees),虽然同意环境重要,却不认同上述结论,"
            "他说:「事情没那么简单。」")
    assert [speaker for _, speaker in direct(text)] == ["卡尔森", "瑞斯"]


def test_he_skips_a_clause_with_a_predicate_before_the_titled_name():
    text = ("遗传学家卡尔森(Eric Carlson)说:「基因决定一切。」"
            "他在会上见到了大学教授瑞斯(Mark Rees),他说:「事情没那么简单。」")
    assert direct(text)[-1][1] == "卡尔森"
