"""Dialogue as fiction and transcripts set it: one utterance a line, speakers named now and then.

Every text here was written for these tests (no novel or article is quoted).
"""

from __future__ import annotations

from speech_samples import direct

from gui.engine.speech.analysis import analyze


def test_a_line_that_only_names_the_speaker_attributes_the_line_before():
    text = "“你今天还去镇上吗？”\n秋生问。\n“不去了。”\n春妮说。"
    assert direct(text) == [("你今天还去镇上吗？", "秋生"), ("不去了。", "春妮")]


def test_a_news_paragraph_after_a_quotation_does_not_claim_it():
    text = (
        "气象员李国梁说，台风路径仍不确定，“民众最好提早做好准备。”\n\n"
        "交通局指出，已在山区道路预先部署抢修机具。"
    )
    assert direct(text)[0] == ("民众最好提早做好准备。", "李国梁")


def test_unattributed_lines_alternate_between_the_two_speakers():
    text = (
        "秋生走进院子，春妮正在井边洗衣裳。\n"
        "“你回来了？”\n春妮问。\n"
        "“回来了。”\n"
        "“吃饭了没有？”\n"
        "“还没有。”\n"
        "秋生放下背包。"
    )
    assert [speaker for _, speaker in direct(text)] == ["春妮", "秋生", "春妮", "秋生"]


def test_a_colon_at_the_end_of_the_line_governs_the_next_line():
    text = "秋生叹了口气，嘴里喃喃地说：\n“这场雨下得太久了。”\n秋生又说：\n“明天再去吧。”"
    assert [speaker for _, speaker in direct(text)] == ["秋生", "秋生"]


def test_a_given_name_stands_for_the_full_name():
    text = "孙秋生是村里的会计。\n“账对不上。”\n秋生说。\n秋生把账本合上了。"
    analysis = analyze(text)
    assert [s.name for s in analysis.speakers] == ["孙秋生"]


def test_transcript_labels_give_the_following_quotations_to_the_label():
    text = (
        "## 张德明：\n\n「今年的预算一定会平衡。」\n\n「这一点我可以保证。」\n\n"
        "## 刘慧芬：\n\n「平衡靠什么？」"
    )
    assert [speaker for _, speaker in direct(text)] == ["张德明", "张德明", "刘慧芬"]


def test_narration_with_a_verb_and_a_colon_is_no_speaker_label():
    text = "春妮马上对他们说：\n“我一会儿还要回城。”\n“住一夜再走吧！”\n秋生对妹妹说。"
    assert [speaker for _, speaker in direct(text)] == ["春妮", "秋生"]


def test_the_line_after_an_utterance_names_its_speaker_by_narration():
    text = (
        "秋生和春妮坐在河边，秋生看着河水。\n“水又涨了。”\n春妮点了点头。\n"
        "“明天怕是过不去了。”\n秋生叹了口气。"
    )
    assert [speaker for _, speaker in direct(text)] == ["春妮", "秋生"]


def test_a_doubled_given_name_is_not_taken_for_an_adverb():
    text = "演员干露露表示，她今天心情很好。\n“好。”\n秋生轻轻说。"
    analysis = analyze(text)
    assert [q.speaker for q in analysis.quotes] == ["干露露", "秋生"]


def test_a_clause_that_only_names_the_addressee_leaves_the_speaker_to_the_sentence():
    text = "孙秋生和春妮坐在炕上。\n秋生点着一支烟，对妹妹说：\n“明天去镇上。”"
    assert direct(text) == [("明天去镇上。", "孙秋生")]


def test_a_verb_with_its_addressee_before_the_colon_governs_the_next_line():
    text = "孙秋林放下碗，扭过头问春妮：\n“你吃了吗？”"
    assert direct(text) == [("你吃了吗？", "孙秋林")]


def test_a_question_line_naming_its_addressee_gives_the_answer_to_the_addressee():
    text = (
        "冬梅说：\n“我先走了。”\n春妮说：\n“路上小心。”\n"
        "“你吃了吗？”\n秋生问冬梅。\n“吃过了。”\n“吃的什么？”"
    )
    assert [speaker for _, speaker in direct(text)] == ["冬梅", "春妮", "秋生", "冬梅", "秋生"]


def test_narration_that_introduces_the_next_utterance_does_not_claim_the_one_before():
    text = "秋生和春妮坐在河边。\n“水又涨了。”\n春妮看着河水，说：\n“明天怕是过不去了。”"
    assert [speaker for _, speaker in direct(text)] == [None, "春妮"]


def test_a_given_name_stops_where_the_predicate_starts():
    text = "“姐夫……”\n兰香刚一开口，就哭了。\n兰香揩了一把眼泪说：\n“他叫人拉走了……”"
    assert [speaker for _, speaker in direct(text)] == ["兰香", "兰香"]


def test_a_quotation_over_several_lines_closed_at_the_start_of_a_line_is_one_utterance():
    text = "李春妮在炕上坐着。\n“我没去过。\n我哥去过。\n”她轻声说着。\n秋林大声问：\n“去哪里？”"
    quotes = direct(text)
    assert quotes[0][0] == "我没去过。\n我哥去过。\n"
    assert [speaker for _, speaker in quotes] == ["李春妮", "秋林"]
