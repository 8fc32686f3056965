"""Where a name starts and ends, a role noun before it, and which name a short or familiar form
stands for (invented sentences)."""

from speech_samples import direct


def speakers(text):
    return [speaker for _, speaker in direct(text)]


def test_a_role_noun_ends_before_the_family_name_after_it():
    # 教师 ends in a character that is also a family name: 师陈桂芳 is no double family name
    assert speakers("老教师陈桂芳笑着说：“孩子们都很努力。”") == ["陈桂芳"]
    assert speakers("退休教师林秀英对记者说：“学校变化很大。”") == ["林秀英"]
    # a Hong Kong name with two family names is still read whole
    assert speakers("议员叶刘淑芬表示：“我们会跟进。”") == ["叶刘淑芬"]


def test_a_given_name_ending_in_a_verb_character_stays_whole_before_the_verb():
    assert speakers("老村医韩春生说：“药不够用。”") == ["韩春生"]


def test_a_familiar_form_of_a_family_name_is_the_one_person_of_that_name():
    before = "主教练孟建军赛后很满意。"
    assert speakers(before + "孟帅表示：“球员打得很好。”") == ["孟建军"]
    assert speakers(before + "老孟说：“球员打得很好。”") == ["孟建军"]
    assert speakers("公司总经理郭立新出席了发布会。郭总说：“我们会继续投入。”") == ["郭立新"]
    assert speakers("工程师邓晓峰来自南方。小邓说：“这里太冷了。”") == ["邓晓峰"]


def test_a_familiar_form_of_a_given_name_is_the_one_person_whose_name_holds_it():
    assert speakers("导演郑明亮坐在一旁看着。阿亮笑着说：“这场戏拍了十八次。”") == ["郑明亮"]
    assert speakers("歌手叶康生刚刚出道。小康说：“我很紧张。”") == ["叶康生"]


def test_a_familiar_form_shared_by_two_people_stays_as_written():
    text = "主教练孟建军和助教孟建国赛后很满意。老孟说：“球员打得很好。”"
    assert speakers(text) == ["老孟"]


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


def test_a_compound_family_name_ends_before_a_one_character_speech_verb():
    # 明说 is a word, but after a compound family name 明 ends the name and 说 is the verb
    assert speakers("欧阳明说：“好的。”") == ["欧阳明"]
    assert speakers("村民夏侯明说：“路修好了。”") == ["夏侯明"]


def test_a_role_noun_before_a_compound_family_name_is_no_part_of_the_name():
    assert speakers("记者欧阳明说：“好的。”") == ["欧阳明"]
    # 皇甫 alone is a rare name in jieba's dictionary: the given name after it still belongs
    assert speakers("记者皇甫明表示：“我们到了。”") == ["皇甫明"]
    # a two-character given name right before the verb stays whole (志强: 强 alone is an adjective)
    assert speakers("记者欧阳志强表示：“我们到了。”") == ["欧阳志强"]
    # 欧阳建 is a place in jieba's dictionary, and also the start of this name
    assert speakers("记者欧阳建华称：“我们到了。”") == ["欧阳建华"]


def test_a_family_name_and_a_word_for_a_person_is_the_speaker_before_a_verb_it_could_form_a_word_with():
    # 学说 (a theory) and 演说 (a speech) are words, but here 同学 and 导演 say something
    assert speakers("班上的赵同学说：“明天放假。”") == ["赵同学"]
    assert speakers("导演说：“再拍一条。”") == ["导演"]


def test_a_familiar_form_used_before_the_full_name_is_still_that_person():
    # the first 老孟 (before 今天) is no second person of the family name 孟
    text = "老孟今天来了。孟建国说：“走吧。”老孟还说：“好的。”"
    assert speakers(text) == ["孟建国", "孟建国"]


def test_a_family_name_character_inside_another_name_is_no_family_name_there():
    # 小花 stands for 张花冠: the 花 of 张花冠本人 opens no name 花冠本
    text = ("县长张花冠出席了活动。网友叫她小花。张花冠本人说：“谢谢大家的支持。”"
            "小花还说：“我们下次再来看大家。”")
    assert speakers(text) == ["张花冠", "张花冠"]


def test_a_name_the_dictionary_lists_as_a_frequent_word_is_a_name_after_a_role():
    # 王明 is in jieba's word list often enough to pass for a common word; after a role it is a name
    assert speakers("记者王明说：“比赛很精彩。”") == ["王明"]
    assert speakers("村民王明高兴地说：“今年的收成不错。”") == ["王明"]


def test_a_family_name_before_a_role_is_the_speaker_where_the_two_make_a_word():
    # 王导 is a dictionary word, and so is 演说: the phrase is 王|导演, then the verb
    assert speakers("王导演说：“这部戏很难拍。”") == ["王导演"]


def test_a_demonstrative_before_any_dictionary_noun_for_people_is_a_speaker():
    # 网民, 股民 are in no word list of the engine: the dictionary's noun and its ending show them
    assert speakers("该网民强调：“我有确凿的证据。”") == ["该网民"]
    assert speakers("该股民抱怨：“又被套住了。”") == ["该股民"]
