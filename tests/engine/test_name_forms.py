"""Where a name starts and ends, and which name a short form stands for (invented sentences)."""

from speech_samples import direct


def speakers(text):
    return [speaker for _, speaker in direct(text)]


def test_a_word_before_a_short_foreign_name_is_no_family_name():
    # 实际上|沃尔: 上 ends a word and opens only the family name 上官
    text = ("沃尔说：“我还年轻。”但是，实际上沃尔的得分也不那么容易。"
            "“人们总是放手来袭击我。”沃尔也知道为什么。")
    assert speakers(text) == ["沃尔", "沃尔"]


def test_a_family_name_the_dictionary_knows_opens_a_name_after_a_role_whatever_follows():
    # 璩 is no usual family name, and 大成 is a word: the dictionary tags 璩 as a family name
    text = "而北市联医副总院长璩大成表示「第一波疫情已暂告一段落」。"
    assert speakers(text) == ["璩大成"]
    # a role and a word stay a role (局长|表态)
    assert speakers("局长表态说：“我们会处理。”") == ["局长"]
