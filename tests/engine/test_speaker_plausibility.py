"""Whether a string can name a speaker, and what takes its place when it cannot (issue 8: wrong
speakers). Every name, place and sentence here is invented."""

from speech_samples import direct

from gui.engine.scripts.folding import fold
from gui.engine.speech.analysis import analyze
from gui.engine.speech.names import person_names
from gui.engine.speech.plausibility import plausible_name, plausible_speaker, without_implausible_name
from gui.engine.speech.registry import Mention


def indirect_speakers(text):
    return [q.speaker for q in analyze(text).quotes if q.kind == "indirect"]


def name_ok(text, name):
    folded = fold(text)
    start = folded.index(fold(name))
    return plausible_name(folded, start, start + len(name))


# -- the gate --------------------------------------------------------------------------------

def test_names_and_words_for_people_pass():
    assert name_ok("王建国表示", "王建国")
    assert name_ok("安德鲁-威廉姆斯说", "安德鲁-威廉姆斯")
    assert name_ok("校方表示", "校方")
    assert name_ok("小花表示", "小花")  # a common noun as a nickname


def test_a_reaction_is_no_name():
    assert not name_ok("周闻言大怒", "闻言")
    assert not name_ok("周闻言大怒", "周闻言")


def test_an_adverb_is_no_name():
    assert not name_ok("业内人士普遍认为", "普遍")


def test_a_place_before_its_suffix_or_a_facility_is_no_person():
    assert not name_ok("松岚机场目前旅客很少", "松岚")
    assert not name_ok("设籍于温岭市民众", "温岭")
    assert name_ok("王建华市长表示", "王建华")  # 市长 is a role, not a place suffix


def test_a_name_cut_across_two_words_is_none():
    assert not name_ok("对于下半年的车市趋势", "车市趋")


def test_a_conjunction_opens_no_name():
    assert not name_ok("国内球迷和到场观众", "和到场")


def test_a_verb_and_what_follows_it_is_no_name():
    assert not name_ok("做足功课再上台", "做足")
    assert not name_ok("比赛时会紧张，使人手心出汗", "使人")
    assert not name_ok("怎有本事管别人的事", "怎有本")


def test_a_name_read_short_is_not_taken_for_a_verb_phrase():
    assert name_ok("候俊杰表示", "候俊")  # 候 is a verb, but 候俊杰 a name the dictionary knows
    assert name_ok("让-皮埃尔说", "让-皮埃尔")  # 让 is a sound of transliteration too


def test_a_given_name_opened_by_a_verb_is_a_name_where_the_text_shows_it_one():
    story = "润青放下碗。润青笑着说：“我吃饱了。”"
    folded = fold(story)
    assert plausible_name(folded, 0, 2)
    assert not name_ok("润青说", "润青")  # once, and no other evidence: a verb and its object


def test_a_role_keeps_its_noun_when_the_word_after_it_is_no_name():
    folded = fold("现场球迷高声喊道")
    mention = Mention(0, 6, "person", 4, 6)  # 现场球迷 + 高声
    assert not plausible_speaker(folded, mention)
    kept = without_implausible_name(folded, mention)
    assert kept is not None and folded[kept.start : kept.end] == "现场球迷"


def test_a_role_and_a_word_for_people_is_one_role_phrase():
    folded = fold("原告房东诉称")
    kept = without_implausible_name(folded, Mention(0, 4, "person", 2, 4))
    assert kept is not None and folded[kept.start : kept.end] == "原告房东"


def test_no_role_is_made_of_a_clause():
    folded = fold("但他仍感谢国内球迷和到场")
    mention = Mention(1, 12, "person", 9, 12)
    assert without_implausible_name(folded, mention) is None


# -- names and their boundaries --------------------------------------------------------------

def test_a_transliterated_name_is_read_whole_across_the_hyphen():
    text = "39岁的主帅安德鲁-威廉姆斯在暂停时说：“继续打，别放弃！”"
    assert direct(text) == [("继续打，别放弃！", "安德鲁-威廉姆斯")]


def test_a_causative_verb_is_no_part_of_the_name_after_it():
    fragment = "让王建国遭到批评"
    assert [fragment[s:e] for s, e in person_names(fragment)] == ["王建国"]
    fragment = "让卡特里娜遭到批评"
    assert [fragment[s:e] for s, e in person_names(fragment)] == ["卡特里娜"]


def test_the_one_a_causative_verb_acts_on_is_whom_he_refers_to():
    text = "前两场都没能赢下来，让王建国遭到各种批评，但他仍感谢球迷，「我们不会被淘汰。」"
    assert direct(text) == [("我们不会被淘汰。", "王建国")]


# -- what takes the place of a refused candidate ----------------------------------------------

def test_a_role_before_an_adverb_speaks():
    text = "王建国罚中三球。“王建国好样的！”“再来一个！”主队球迷高声喊道。"
    assert [speaker for _, speaker in direct(text)] == ["主队球迷", "主队球迷"]


def test_the_group_speaks_not_its_adverb():
    assert indirect_speakers("业内人士普遍认为，明年市场会好转。") == ["业内人士"]


def test_he_refers_past_a_place_to_the_person_who_spoke():
    text = (
        "交通部长林志远坦言，「航空业的寒冬仍持续中」。松岚机场目前旅客量很少。"
        "他在松岚机场的回顾影片中指出，眼前最重要的任务是恢复航班。"
    )
    assert indirect_speakers(text)[-1] == "林志远"


def test_a_family_name_that_reacts_speaks():
    text = "周女士说大家要小心。曹闻言随即骂她「你给我走开！」、「回家去吧你！」，周女士觉得被歧视。"
    said = direct(text)
    assert said and all(speaker == "曹" for _, speaker in said)


def test_a_verb_phrase_after_the_words_does_not_say_them():
    text = "「每天练琴三个小时。」做足功课再上台是钢琴家周佩文分享的秘诀。"
    assert direct(text) == [("每天练琴三个小时。", None)]


def test_a_causative_phrase_does_not_take_over_the_speech():
    text = (
        "「下棋是思考的乐趣。」陈小云提到，棋手在比赛时会紧张，使人手心出汗，"
        "观众也都会受到影响，「那就像看球赛一样。」"
    )
    assert [speaker for _, speaker in direct(text)] == ["陈小云", "陈小云"]


# -- paragraphs whose breaks were flattened to spaces ------------------------------------------

def test_the_one_who_opens_the_next_paragraph_did_not_say_the_words_before_it():
    text = (
        "林美华选择一直喂母乳，也是注意到小杰跟别的孩子不一样，「除非我喂他，否则他就会大哭。」 "
        "小杰与弟弟都患有过敏症。"
    )
    assert direct(text) == [("除非我喂他，否则他就会大哭。", "林美华")]


def test_a_subject_after_a_flattened_paragraph_break_opens_its_clause():
    text = (
        "业者透露，只要开店就是赔钱，「天天都在想何时停损！」 网友们看到公告，也纷纷留言"
        "「太震惊了，这是我的首选」、「真是让人难过」。"
    )
    said = direct(text)
    assert said[0][1] == "业者"
    assert [speaker for _, speaker in said[1:]] == ["网友们", "网友们"]


# -- a noun phrase for people opens a long clause ------------------------------------------------

def test_people_who_open_a_long_clause_shout_the_words_after_it():
    text = "王建国赛后说，球队打得不错。主队球迷激动地为李明高声喝彩，大喊着：“李明好样的！”"
    assert direct(text) == [("李明好样的！", "主队球迷")]


def test_the_agent_of_a_passive_opens_no_subject():
    text = (
        "谈到训练，孙晓梅透露，她扭伤了脚踝。“那几天特别辛苦，每天都练到深夜。”"
        "被球迷称为“铁人”的周立新笑称，这是他最顺利的一季。"
    )
    assert direct(text)[0] == ("那几天特别辛苦，每天都练到深夜。", "孙晓梅")


# -- speakers described by a 的-phrase -----------------------------------------------------------

def test_people_described_by_a_de_phrase_speak_as_the_phrase():
    text = "方言各地不同。如山区的老人说“我要去赶集”，外人就听成了“我要去干急”。"
    assert [speaker for _, speaker in direct(text)] == ["山区的老人", "山区的老人"]


def test_a_de_phrase_about_a_thing_is_no_speaker():
    text = "王建国说，场地有限。上周已满额的社区舞会必须取消，并表示将采取“零容忍”态度。"
    assert all(speaker != "上周已满额的社区舞会" for _, speaker in direct(text))


def test_a_relative_named_in_brackets_after_the_description_speaks_by_that_name():
    text = "王小美(王美玲)上月出院，她的父亲(王爸)昨天谈到，「我们全家都松了一口气。」"
    assert direct(text) == [("我们全家都松了一口气。", "王爸")]


def test_the_description_before_a_bracketed_name_is_its_title_without_the_bracket():
    for opening, closing in ("()", "（）"):
        text = f"王小美上月出院，她的父亲{opening}王爸{closing}昨天表示，全家都松了一口气。"
        speakers = analyze(text).speakers
        assert [(s.name, s.title) for s in speakers] == [("王爸", "她的父亲")]


def test_he_refers_back_to_people_described_by_a_de_phrase():
    text = (
        "另一种看法认为房价会跌。持这种看法的分析师拿租金举例说明。据他估计，空屋很多。"
        "他还说，“明年会更明显。”"
    )
    assert direct(text)[-1] == ("明年会更明显。", "持这种看法的分析师")


def test_a_name_after_the_description_is_the_speaker():
    text = "王建国的女儿王小丽昨天表示，「我很开心。」"
    assert direct(text) == [("我很开心。", "王小丽")]


# -- where a name begins and ends ----------------------------------------------------------------

def test_a_name_in_the_title_of_a_work_is_no_speaker():
    text = (
        "文化局发言人刘美华在答复关于纪录片《山克·巴尔》在本地上映问题时表示，"
        "“纪录片《山克·巴尔》讲的是一段历史。这部片子很好。”"
    )
    assert [speaker for _, speaker in direct(text)] == ["刘美华"]


def test_a_romanisation_in_brackets_shows_the_transliterated_name_whole():
    text = "我很赞同阿里古巴德（ALI GUBADE）在书中所说：「自由的代价，就是永远的警觉。」"
    assert direct(text) == [("自由的代价，就是永远的警觉。", "阿里古巴德")]  # 古巴 is a place too


def test_the_agent_of_suo_and_a_speech_verb_is_the_name_before_suo():
    assert direct("正如王建国在会上所说：「我们不会放弃。」") == [("我们不会放弃。", "王建国")]


def test_a_given_name_then_a_chinese_family_name_is_one_name():
    assert direct("比赛后，马克-林表示：“我们赢了。”") == [("我们赢了。", "马克-林")]


def test_a_verb_that_would_cut_a_word_starts_after_it():
    text = "比赛后，马克-林表示：“我们赢了。”林开玩笑称队友是“小飞侠”。"
    speakers = {speaker for _, speaker in direct(text)}
    assert speakers == {"马克-林"}  # 林|开玩笑|称, not 林开玩|笑称


def test_an_adverbial_that_starts_inside_a_word_takes_the_whole_word():
    text = "回到家后，周雨桐十分满意地对妹妹说：“谢谢你。”"
    assert direct(text) == [("谢谢你。", "周雨桐")]


def test_a_quoted_title_right_before_a_name_is_no_speech():
    text = "报道称，当局“交通部航政司副司长”林建华表示，办法生效后即可申请。"
    assert direct(text) == []


# -- transliterated names: their whole length, never the verb after them ----------------------

def test_a_transliterated_name_in_ov_keeps_its_last_syllables():
    # 夫 spells -ov/-off: without it the name stopped at its third sound
    assert direct("“我们会赢。”主教练安东-科瓦列夫斯基说。") == [("我们会赢。", "安东-科瓦列夫斯基")]
    assert direct("外长谢尔盖-拉夫罗夫表示：“会谈有益。”") == [("会谈有益。", "谢尔盖-拉夫罗夫")]


def test_a_dotted_name_does_not_run_on_into_the_verb_after_it():
    # 赞 and 扬 spell sounds too: 赞扬 after the name is the verb, not its last syllables
    text = "“他很稳定。”主教练伊万-沃罗诺夫赞扬道，“他也很努力。”"
    assert direct(text) == [("他很稳定。", "伊万-沃罗诺夫"), ("他也很努力。", "伊万-沃罗诺夫")]


def test_a_titled_transliteration_is_whole_up_to_its_romanisation():
    text = "该国总统马塔里尼(Sergio Matarini)强调合作必须是“双赢的”，也表示欢迎。"
    assert direct(text) == [("双赢的", "马塔里尼")]


# -- words that stand next to a speaker but are no part of it --------------------------------

def test_a_copula_before_a_group_is_no_part_of_it():
    text = "场边响起一片歌声，是客队的球迷们在高喊：“我们必胜！”"
    assert direct(text) == [("我们必胜！", "客队的球迷们")]
    assert direct("是山区的老人说：“路修好了。”") == [("路修好了。", "山区的老人")]


def test_where_and_before_whom_are_adverbials():
    assert direct("辩方当庭表示：“证据不足。”") == [("证据不足。", "辩方")]
    assert direct("王建国当众宣布：“工程完工。”") == [("工程完工。", "王建国")]


def test_no_text_stays_alive_in_a_cache_after_its_analysis():
    # The evidence for a novel's given names is cached per (text, name) while one text is read;
    # kept afterwards, a worker that reads many books would keep every one of them.
    from gui.engine.speech.plausibility import opens_clauses

    book = "润叶说：“好。”润叶又说：“走吧。”润叶笑了。" * 20
    opens_clauses(book, "润叶")  # (as the analysis of that book leaves it)
    assert opens_clauses.cache_info().currsize == 1
    analyze("少平说：“好。”")
    assert opens_clauses.cache_info().currsize == 0
