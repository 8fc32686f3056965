"""Where a name starts and ends, and which name a short form stands for (invented sentences)."""

from speech_samples import direct


def speakers(text):
    return [speaker for _, speaker in direct(text)]


def test_a_word_before_a_short_foreign_name_is_no_family_name():
    # 实际上|沃尔: 上 ends a word and opens only the family name 上官
    text = ("沃尔说：“我还年轻。”但是，实际上沃尔的得分也不那么容易。"
            "“人们总是放手来袭击我。”沃尔也知道为什么。")
    assert speakers(text) == ["沃尔", "沃尔"]
