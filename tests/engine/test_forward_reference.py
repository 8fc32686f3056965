"""Words whose speaker is named after them, or by the verb that utters them (invented sentences)."""

from speech_samples import direct


def speakers(text):
    return [speaker for _, speaker in direct(text)]


def test_a_verb_with_a_complement_right_before_the_words_utters_them():
    # 说出了“……”: a nickname before the verb is its subject, as before 说：
    text = "有记者问他明天的比赛怎么打？皇帝就说出了“我们只是要先吃完早餐”这一言论。"
    assert speakers(text) == ["皇帝"]
    assert speakers("队长李海涛当场喊出了“我们一定会赢”这句话。") == ["李海涛"]


def test_the_sentence_after_the_words_names_whose_they_were():
    assert speakers("“苦读了半年才考上。”这是工程师简明德分享的经验。") == ["简明德"]
    assert speakers("“我们只是要先吃完早餐。”这番话出自队长李海涛之口。") == ["李海涛"]
    text = "「苦讀了6個月、有些人更久。」做足準備參加面試是工程師簡明德分享的求職心法。"
    assert speakers(text) == ["簡明德"]


def test_a_sentence_after_the_words_about_something_else_names_no_owner():
    text = "教练郑海波说：“我们会赢。”“这是我们的主场。”比赛是在周日进行的。"
    assert speakers(text) == ["郑海波", "郑海波"]
