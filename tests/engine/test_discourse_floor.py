"""Who holds the floor in a news passage: the speaker of the reported speech a quotation goes
on with, kept across other people's names, until a verb passes the turn. Invented sentences."""

from speech_samples import direct, reported


def test_a_verb_after_the_words_that_opens_its_own_words_passes_the_turn():
    text = (
        "王立华回应时再次道歉，指安排上出了差错，「我会尽快补上这次活动。」"
        "赵明德则指，自己上周已去过那里，「路一点也不远，半小时就到。」"
        "孙海平则说，「那里我也去过，大家都很热情。」"
    )
    assert [speaker for _, speaker in direct(text)] == ["王立华", "赵明德", "孙海平"]


def test_a_verb_after_the_words_that_ends_its_sentence_still_attributes_them():
    text = "王立华表示，安排上出了差错，“我会尽快补上这次活动。”赵明德说。"
    assert direct(text)[0][1] == "赵明德"


def test_words_that_go_on_with_reported_speech_keep_its_speaker_past_another_subject():
    text = "刘美玲今天回应时表示，人权不适合拿来投票，“我们不是法官”，陈国栋当场也点头认同。"
    assert direct(text)[0][1] == "刘美玲"


def test_a_name_that_only_modifies_a_longer_phrase_is_another_speaker():
    text = "王建华昨天表示，“我们会继续努力。”王建华方面的工作人员表示：“目前正在接洽发行。”"
    assert [speaker for _, speaker in direct(text)] == ["王建华", "王建华方面的工作人员"]


def test_a_name_with_its_role_before_or_after_it_is_the_same_speaker():
    text = "王建华昨天表示，“我们会继续努力。”局长王建华表示：“正在接洽。”王建华局长又说：“没问题。”"
    assert [speaker for _, speaker in direct(text)] == ["王建华", "王建华", "王建华"]


def test_a_sentence_that_only_says_who_spoke_attributes_the_words_before_it():
    text = (
        "专家指出，外资涌入推高了房价。“这场危机对我们更多的是一种警示。”"
        "东岳社科院金融研究所东岳经济评价中心主任郑立新在接受《东岳日报》记者采访时如此表示。"
    )
    assert direct(text)[0][1] == "郑立新"



def test_a_name_first_read_inside_a_phrase_it_only_modifies_is_a_speaker_of_its_own():
    text = (
        "昨日，该片导演王建华方面的工作人员表示，“影片正在接洽发行。”"
        "王建华本人随后表示：“我们会配合审查。”"
    )
    assert [speaker for _, speaker in direct(text)] == ["该片导演王建华方面的工作人员", "王建华"]


def test_a_name_read_short_is_still_the_full_name_seen_before():
    text = "陈佩琪昨天表示，“我们会继续努力。”陈佩今天又说：“没问题。”"
    assert [speaker for _, speaker in direct(text)] == ["陈佩琪", "陈佩琪"]


def test_ying_in_a_given_name_marks_no_woman():
    text = (
        "何志明和他握手。钟振英下午见记者时说：“刚才同何主席交谈时，何主席勉励我。”"
        "他又称：“我们要做好服务。”"
    )
    assert [speaker for _, speaker in direct(text)] == ["钟振英", "钟振英"]


def test_he_speaking_again_in_the_sentence_keeps_the_floor_with_its_speaker():
    text = (
        "何东昨天表示：「欢迎大家回来。」何东宿舍文物保育及征集计划联席召集人郑立新表示，"
        "宿舍对许志强有特别待遇，他说：「当年宿生都要剪短发。」他续说：「许志强当年住在三楼。」"
    )
    assert [speaker for _, speaker in direct(text)] == ["何东", "郑立新", "郑立新"]


def test_a_name_in_the_title_of_a_work_names_no_speaker():
    text = (
        "发言人范立群在回答关于电影《赛德克·莫那》在大陆公映的问题时表示，“这部电影反映的是一段历史。”"
        "她还表示，“我们乐见该片上映。”"
    )
    assert [speaker for _, speaker in direct(text)] == ["范立群", "范立群"]



def test_a_sentence_with_no_subject_goes_on_about_the_topic_of_the_one_before():
    text = (
        "分析师许志强指出，“星河基金表现显著落后。”记者致电星河基金公司，对方以“不便评论”为由，"
        "拒绝解释原因。而在随后的简短回复中则表示：“我们一直紧密关注市场的变化。”"
    )
    assert direct(text)[-1][1] == "星河基金公司"


def test_a_refusal_to_speak_reports_nothing():
    assert reported("星河基金公司拒绝回应，只说了一句话。") == []


def test_a_new_paragraph_after_words_that_end_a_sentence_opens_the_next_turn():
    text = (
        "星河酒店表示，将尽力撑过疫情。"
        "星河酒店昨天在脸书上公告，「谢谢大家近20年来的陪伴，本店已于5月31日结束营业。」 "
        "同业透露，这波疫情来得又急又猛，只要开店就是赔钱。"
    )
    assert direct(text)[0][1] == "星河酒店"


def test_he_after_attributed_words_is_their_speaker_in_the_next_sentence_too():
    text = (
        "主教练王建国赛后表示，球队没有放弃。\n\n"
        "九局上击出全垒打的李志明说，「我只想把球打强。」他也感谢到场的家人，「听到他们加油，整个人都热起来了。」"
    )
    assert [speaker for _, speaker in direct(text)] == ["李志明", "李志明"]


def test_a_family_name_after_a_when_phrase_speaks_inside_a_judges_account():
    text = (
        "三、罗志成\n"
        "莫：开始时罗表示不能「囚禁我的肉身」，是表达某些讯息，属拒绝宣誓。"
    )
    assert direct(text)[0][1] == "罗志成"
