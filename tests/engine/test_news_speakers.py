"""Who said what in news sentences: each test is one mechanism, on invented names."""

from speech_samples import direct, reported

from gui.engine.speech.analysis import analyze


def test_an_organisation_that_issues_a_statement_speaks_through_it():
    text = "青联当日发声明称：“本会强烈谴责此等阻碍采访的行为，要求各方立即停止。”"
    assert direct(text) == [("本会强烈谴责此等阻碍采访的行为，要求各方立即停止。", "青联")]


def test_a_clause_joined_by_bing_keeps_the_subject_before_it():
    text = "陈立新批评新规不合理，并举例说，“去年同一路段就出过三次问题，谁来负责？”"
    assert direct(text)[0][1] == "陈立新"


def test_words_after_a_verb_and_its_pronoun_addressee_are_the_verbs():
    text = "“你们都出去！”周大海说着，李大山随即骂他“你快给我滚回去！”、“以后别再来这里了！”"
    assert [speaker for _, speaker in direct(text)] == ["周大海", "李大山", "李大山"]


def test_a_verb_that_opens_its_own_words_attributes_no_quotation_before_it():
    text = "李小梅劝他“你先回家去吧，别在这里闹了！”，周大海随即骂她“我的事你管不着！”，然后走开了。"
    assert [speaker for _, speaker in direct(text)] == ["李小梅", "周大海"]


def test_a_document_named_after_its_organisation_is_the_organisations():
    text = "星河基金公司采访回复中一再强调：“今年以来我们紧密关注市场变化，并据此调整投资组合。”"
    assert direct(text)[0][1] == "星河基金公司"


def test_the_other_party_is_whom_the_clause_before_called():
    text = "记者致电星河基金公司，对方表示：“受制于监管规定，我们不便评论个股，也不会宣传短期业绩。”"
    assert direct(text)[0][1] == "星河基金公司"


def test_a_speaker_after_the_quotation_may_be_described_first():
    text = "“开发商又在大量买地，房价会不会再涨？”正准备买房的丁先生向记者表达了担忧。"
    assert direct(text)[0][1] == "丁先生"


def test_many_of_a_kind_speak_as_a_group():
    text = "不少房地产企业判断，“只要调控得当，今年不会再出现高价抢地的现象。”"
    analysis = analyze(text)
    assert [q.speaker for q in analysis.quotes if q.kind == "direct"] == ["不少房地产企业"]
    assert analysis.speaker("不少房地产企业").group


def test_a_name_with_its_romanisation_after_a_role_is_a_person():
    text = "某研究局（BPXT）的海啸专家威桥（Rudi Mortari）日前分析，“沿岸的监测站并没有在运作。”"
    assert direct(text)[0][1] == "威桥"


def test_existential_you_opens_no_subject():
    text = (
        "有业内人士认为，“散户难以自行选时，只能交给专业机构。”"
        "但随后有名社工表示，“你这样做是在伤害孩子。”"
    )
    assert [speaker for _, speaker in direct(text)] == ["业内人士", "社工"]


def test_a_clause_holding_a_pronoun_before_a_role_is_no_title():
    text = "市长林志豪近日拜会政坛老友时，传出他与前院长王大明透露“局势已经被少数人掌控”，引发议论。"
    assert direct(text)[0][1] == "林志豪"


def test_he_refers_back_to_a_role_and_name_that_a_clause_describes():
    text = (
        "曾率团访问多国的议长韦德明，今透过影片致词表示，开放议会的前提是自由选举；"
        "他更称，“阻挡独裁的方式，就是公民社会。”"
    )
    assert direct(text)[0][1] == "韦德明"


def test_a_speech_noun_possessed_and_followed_by_shi_reports_the_possessors_words():
    text = "对于业绩落后，基金经理孙立平对此的解释是，一季度中题材股涨幅巨大，估值大幅攀升。"
    assert reported(text) == [("一季度中题材股涨幅巨大，估值大幅攀升", "孙立平")]


def test_clarifying_reports_speech():
    text = "针对言语侮辱一事，赵姓主管澄清只是开玩笑。"
    assert reported(text) == [("只是开玩笑", "赵姓主管")]


def test_an_organisation_with_its_abbreviation_reports_speech():
    text = "海岸气象气候暨地壳物理局（BMXG）指出，这次海啸是由火山爆发引致，加上监测浮标失灵。"
    # (the abbreviation in brackets glosses the name: listed among its mentions, not in its name)
    assert reported(text)[0][1] == "海岸气象气候暨地壳物理局"


def test_the_name_after_a_dash_of_apposition_is_the_subject():
    text = "预警系统的开发机构—北海地壳科学研究中心（NXG）表示，岛上的预警系统在最后一步失败了。"
    assert reported(text)[0][1] == "北海地壳科学研究中心"


def test_a_long_role_phrase_ends_in_a_name_no_list_knows():
    text = "该会副理事长及权益委员会主任丘燿翔则称，部分跨境司机疫情前长居内地，如今只能滞留。"
    assert reported(text)[0][1] == "丘燿翔"


def test_a_sentence_that_opens_by_describing_a_person_has_them_speak():
    text = "曾率团访问多国的议长韦德明，今透过影片致词表示，开放议会的前提是自由选举。"
    assert reported(text) == [("开放议会的前提是自由选举", "韦德明")]


def test_a_family_name_alone_refers_to_the_one_speaker_who_has_it():
    text = "副理事长丘燿翔表示，跨境司机只能滞留内地。丘表示，类似的司机约有两千名，当局应该优先处理。"
    assert [speaker for _, speaker in reported(text)] == ["丘燿翔", "丘燿翔"]


def test_a_when_clause_lends_its_subject_to_the_clause_after_it():
    text = "律师莫立新谈及此事时，举例反问，“法官就职时可以这样喊口号吗？”"
    assert direct(text)[0][1] == "莫立新"


def test_a_dash_after_the_verb_opens_an_aside_not_reported_words():
    text = "队友们都这样说——本月初他因左膝挫伤错过了最近八场比赛，如今终于回来了。"
    assert reported(text) == []


def test_a_verb_followed_by_another_verbs_clause_reports_nothing_itself():
    text = "莫立新引用委员会解释，表示新规不溯及既往。"
    assert [words for words, _ in reported(text)] == ["新规不溯及既往"]


def test_a_role_phrase_with_a_speech_verb_and_its_object_is_a_clause():
    text = (
        "保安局局长邓志刚再批评记协，包括引述社会人士质疑记协是否中立。"
        "他引述，每当有记者宣称受到不当对待，记协就“第一时间跳出来谴责”。"
    )
    assert [speaker for _, speaker in direct(text)] == ["邓志刚"]


def test_someone_unidentified_is_a_speaker_of_their_own():
    text = "街站义工王小华派发口罩时表示，口罩免费。期间有人叫喊“光复家园”，王小华没有回应。"
    assert direct(text) == [("光复家园", "有人")]


def test_a_passive_that_describes_a_person_opens_a_subject():
    text = (
        "有被访投资者表示，自己没有能力判断市场。"
        "另一方面，他也表示：“基金经理如果说他不选时，我是不会去买的。”"
    )
    assert direct(text)[0][1] == "被访投资者"


def _indirect(text):
    return [text[q.start : q.end] for q in analyze(text).quotes if q.kind == "indirect"]


def test_an_amount_of_talk_is_the_verbs_object_not_reported_words():
    assert _indirect("王小明说一段话，然后不自觉地回望李教练。") == []
    assert _indirect("主任在会上说，今年的工作重点是改善农村道路。") == ["今年的工作重点是改善农村道路"]


def test_a_speech_verb_sought_or_received_is_a_noun():
    text = "王小明说话时身体前倾，不时看向李教练，仿佛寻求回应……周大海也说：“他今天打得很好。”"
    assert _indirect(text) == []


def test_an_adverb_character_inside_a_name_is_no_clause():
    # 都 in 新都区 is part of a place name, not the adverb: only an adverb before a verb makes a clause.
    assert direct("新都区政府表示：“我们将加快道路建设。”")[0][1] == "新都区政府"
    assert direct("新都区公安分局昨天表示：“案件仍在调查中。”")[0][1] == "新都区公安分局"


def test_a_reaction_between_speaker_and_verb_is_no_name():
    # 闻言 (on hearing this) is tagged as a name by jieba's dictionary; it is an adverbial here.
    assert direct("陈国栋闻言说：“没有问题。”") == [("没有问题。", "陈国栋")]
    assert direct("张伟闻言笑道：“你说得对。”") == [("你说得对。", "张伟")]
    assert direct("有旁听人士闻言即笑说「好」。") == [("好", "旁听人士")]
    assert direct("王志强见状表示：“我不同意。”") == [("我不同意。", "王志强")]


def test_a_person_noun_ending_in_ren_is_the_subject_of_the_verb_after_it():
    # 负责人|称, 发言人|说: not the noun 人称 (so-called), which still blocks the verb
    assert direct("涉事企业负责人称：“我们已经停产整顿。”") == [("我们已经停产整顿。", "涉事企业负责人")]
    assert direct("有人说：“这不公平。”") == [("这不公平。", "有人")]
    analysis = analyze("人称“铁嘴”的周立文也来了。")
    assert [q for q in analysis.quotes if q.kind == "direct"] == []


def test_words_after_nested_reported_speech_stay_the_outer_speakers():
    text = "周丽娟说，有人说新路是为市民修的，可笑的借口，“钱不都是建商拿走了吗？”"
    assert direct(text) == [("钱不都是建商拿走了吗？", "周丽娟")]


def test_words_passed_on_from_someone_are_theirs():
    text = "林宏达引述卫生部长黄建平的话说，“疫情已经得到控制。”"
    analysis = analyze(text)
    assert direct(text) == [("疫情已经得到控制。", "黄建平")]
    assert [q for q in analysis.quotes if q.kind == "indirect"] == []  # 引述 is no verb of its own here
    assert direct("周明远转述李德胜说：“这件事不能再拖。”")[0][1] == "李德胜"
    # quoting something that is no speaker: the one who passes it on speaks
    assert direct("周明远引述分析指出，“双方对抗已成定局。”")[0][1] == "周明远"


def test_a_demonstrative_phrase_points_back_to_the_speaker_with_its_head_noun():
    text = "一名知情人士透露，公司将裁员。该人士说，“名单已经拟好。”"
    assert direct(text) == [("名单已经拟好。", "一名知情人士")]
    text = "财政部表示，预算会增加。该部还说，“明年预算将增加。”"
    assert direct(text) == [("明年预算将增加。", "财政部")]


def test_fragments_listed_at_the_end_of_reported_speech_are_the_speakers():
    text = "吴建华表示，他对结果很满意，“球队打得非常好”，“下一场会更难”。"
    assert direct(text) == [("球队打得非常好", "吴建华"), ("下一场会更难", "吴建华")]


def test_a_given_name_may_end_in_a_character_that_starts_speech_verbs():
    assert direct("张国强直言：“这根本不合理。”") == [("这根本不合理。", "张国强")]


def test_a_count_of_people_opens_a_described_speaker():
    # 位 and 名 count only people: what they open is the speaker, whatever its head noun
    assert direct("“价格还会涨。”一位不愿具名的开发商说。")[0][1] == "一位不愿具名的开发商"
    analysis = analyze("两名目击的路人表示，“车开得很快”。")
    assert [q.speaker for q in analysis.quotes if q.kind == "direct"] == ["两名目击的路人"]
    assert analysis.speaker("两名目击的路人").group


def test_an_adverb_pointing_back_at_the_words_stands_between_speaker_and_verb():
    assert direct("“我们会继续努力。”星河公司在年报中如此表示。")[0][1] == "星河公司"
    assert direct("“我们会继续努力。”星河公司如是说。")[0][1] == "星河公司"


def test_an_interviewed_speaker_speaks_after_shou_fang():
    # 受访 is an adverbial (when interviewed), not the 访 of 访问 that makes 问 a noun
    assert direct("王建华出席活动时受访指出，「市府会全力配合」。") == [("市府会全力配合", "王建华")]
    assert direct("王建华受访表示，「市府会全力配合」。") == [("市府会全力配合", "王建华")]


def test_taiwan_offices_are_roles_before_a_name():
    analysis = analyze("卫福部次长王必胜说明，目前疫情稳定。")
    assert [q.speaker for q in analysis.quotes] == ["王必胜"]


def test_short_quotations_listed_after_a_verb_share_its_speaker():
    text = "网友看完纷纷留言：「太可爱了吧！」「笑死我了」。"
    assert direct(text) == [("太可爱了吧！", "网友"), ("笑死我了", "网友")]
    # a quoted term that opens the next clause is no part of the list
    analysis = analyze("周大海说：“好。”“团结”是我们的口号。")
    assert [text for text, _ in direct("周大海说：“好。”“团结”是我们的口号。")] == ["好。"]
    assert len(analysis.terms) == 1


def test_a_role_before_a_transliterated_name():
    assert direct("火箭队主帅阿德尔曼赛后接受采访时表示：“我们打得很好。”")[0][1] == "阿德尔曼"
    assert direct("对于这笔交易，湖人总经理库普切克表示：“我们很满意。”")[0][1] == "库普切克"


def test_telling_a_named_papers_reporter_is_telling_the_press():
    assert direct("某基金经理告诉《星河日报》记者，“仓位已经降到五成”。")[0][1] == "某基金经理"
    analysis = analyze("王大明告诉中央社记者，仓位已经降到五成。")
    assert [(q.kind, q.speaker) for q in analysis.quotes] == [("indirect", "王大明")]


def test_a_noun_that_makes_a_word_with_dao_does_not_block_a_longer_verb():
    assert reported("交通部门表示，将尽快处理此事。") == [("将尽快处理此事", "交通部门")]
    assert direct("检方却一味表示「证人都很重要」来搪塞。")[0][1] == "检方"


def test_a_name_in_latin_letters_before_the_verb_is_the_speaker():
    assert direct("宿舍以运动见称。Parrey说：「精神是团结、忠诚、牺牲。」")[0][1] == "Parrey"
    assert direct("宿舍以运动见称。John Smith表示：「精神是团结。」")[0][1] == "John Smith"
    assert direct("宿舍以运动见称。NASA表示：「精神是团结。」")[0][1] != "NASA"


def test_a_subject_stands_before_a_predicate_that_runs_on_to_the_speech_verb():
    text = "昨天下午发生了一起事故。孩子在上午9时37分传讯息说：“为什么我打不通你的电话？”"
    assert direct(text)[0][1] == "孩子"


def test_a_predicate_that_names_another_agent_leaves_the_subject_open():
    # 某国要胁某地必须承认: the one made to speak is named inside the predicate, not before it
    text = "有人说过不少话。北国用游客要胁南岛必须承认这一点：“我们不会让步。”"
    assert direct(text)[0][1] != "北国"


def test_a_demonstrative_before_a_noun_for_a_person_names_the_speaker():
    text = "昨天下午发生了一起事故。这名男子被捕后向警方说：“我只是想吓吓她。”"
    assert direct(text)[0][1] == "这名男子"


def test_a_demonstrative_points_back_to_the_person_of_that_noun():
    text = "一名男子对记者说：“我没有恶意。”警方随后赶到。该男子说：“我只是想吓吓她。”"
    assert [speaker for _, speaker in direct(text)] == ["一名男子", "一名男子"]


def test_a_familiar_name_after_a_role_is_the_speakers_name():
    assert direct("当地居民老李对记者说：“这条路修了三年。”")[0][1] == "老李"
    assert direct("房东阿芳说：“房客一直不缴租。”")[0][1] == "阿芳"


def test_a_noun_for_a_person_before_a_family_name_is_a_role_not_part_of_the_name():
    assert direct("母亲张女士哭着说：“我的孩子才十岁。”")[0][1] == "张女士"


def test_a_name_that_starts_with_a_numeral_is_a_name_not_a_date():
    assert direct("三星电子在声明中表示：“我们将全力配合调查。”")[0][1] == "三星电子"


def test_a_name_ends_before_a_degree_adverb():
    text = "分析师李四表示：“市场会涨。”销售经理张林很看好这类基金：“它们费用低，适合散户。”"
    assert [speaker for _, speaker in direct(text)] == ["李四", "张林"]


def test_the_time_of_the_report_is_no_part_of_the_speaker():
    text = "市场很冷清。近期一家上海基金公司人士表示：“渠道的考验将加大。”"
    assert direct(text)[0][1] == "一家上海基金公司人士"
    assert direct("市场很冷清。“股票全抛了。”其中的一位基金经理称。")[0][1] == "一位基金经理"


def test_a_noun_phrase_and_its_verb_are_subject_and_predicate():
    text = "市场很冷清。近期国内一些机构开始大力呼吁：“交易所基金应尽快扩容。”"
    assert direct(text)[0][1] == "国内一些机构"


def test_a_name_standing_alone_before_its_predicate_is_read_whole():
    # (时 and 中 are characters no given name is read with inside running text)
    assert direct("方時中受訪時說，「疫情仍然嚴峻。」")[0][1] == "方時中"


def test_a_name_with_two_family_names_is_read_whole():
    assert direct("特首林鄭秀嫦說：「政府會嚴格執法。」")[0][1] == "林鄭秀嫦"
    assert direct("葉劉美琪批評：「政府做法不可接受。」")[0][1] == "葉劉美琪"
    assert direct("趙應松接受訪問時表示：「大家會繼續緊守崗位。」")[0][1] == "趙應松"
    assert direct("王林強調：「政府會嚴格執法。」")[0][1] == "王林"


def test_a_caucus_whip_is_a_title():
    assert direct("民眾黨團總召黃國強痛批：「這是政治追殺。」")[0][1] == "黃國強"


def test_people_counted_by_their_classifier_speak_after_whom_they_belong_to():
    text = "市场很冷清。“我们已经把股票全抛了。”4月上旬，星河基金的一位高层向理财周报记者不经意透露。"
    assert direct(text)[0][1] == "星河基金的一位高层"


def test_a_party_named_with_fangmian_speaks():
    text = "市场很冷清。基金公司方面表示，人才很重要。“一家基金公司想要壮大，业绩是最基本的支持。”"
    assert direct(text)[0][1] == "基金公司方面"


def test_the_agent_of_a_passive_says_the_words():
    assert direct("他曾被王五骂「你这个骗子」。")[0][1] == "王五"
    assert direct("该议员遭网友批评「只会作秀」。")[0][1] == "网友"
    assert direct("被访投资者表示：“市场太难了。”")[0][1] == "被访投资者"


def test_a_reply_is_its_possessors():
    text = "影片获得许多网友的回应「哈哈会笑死」、「我到底看了什么」。"
    assert [speaker for _, speaker in direct(text)] == ["许多网友", "许多网友"]


def test_the_agent_of_a_causative_says_the_words():
    assert direct("他的表现令球迷高喊「MVP!」")[0][1] == "球迷"


def test_a_word_for_a_role_stands_as_the_subject_before_its_predicate():
    text = "被告警诫下承认，他有接触女学生的癖好，因「咸湿」而犯案。"
    assert direct(text)[0][1] == "被告"


def test_a_dotted_name_is_read_whole_whatever_its_characters():
    text = "上次交锋拿下16个篮板的大卫-周就说：“称霸篮板我们取胜希望就大些。”"
    assert direct(text)[0][1] == "大卫-周"


def test_a_pairing_of_teams_is_no_name():
    text = "湖人-勇士一役后，主帅李明说：“我们会赢。”"
    assert direct(text)[0][1] == "李明"


def test_people_counted_at_the_start_of_the_sentence_say_the_words_of_its_verb():
    text = "一位外国人在马路上迷了路，见到一位姑娘，立即冲上前去，说道：“我想问你。”"
    assert direct(text)[0][1] == "一位外国人"


def test_a_quotation_after_anothers_is_given_by_its_own_verb_after_it():
    text = ("此外，也有分析人士表示乐观，“业绩会回升。”“目前市场的确存在巨大分歧。”"
            "星河基金经理陈亮坦言，综合以上因素，目前投资比较稳妥。")
    assert [speaker for _, speaker in direct(text)] == ["分析人士", "陈亮"]


def test_a_pronoun_after_listed_quotations_keeps_them_with_the_verb_before():
    # (a pronoun's speaker depends on what was handled before it: it is not asked out of order)
    speakers = [speaker for _, speaker in direct("王伟骂李娟：“骗子！”“滚！”她回应说。")]
    assert speakers[1] is not None and speakers[1] == speakers[0]


def test_a_second_predicate_that_opens_with_a_verb_keeps_the_subject_before_it():
    text = "赛后，海耶特搞怪地向大家介绍：“你们好！”并且还扮演主持人介绍各路媒体：“我们有晚报！”"
    assert [speaker for _, speaker in direct(text)] == ["海耶特", "海耶特"]


def test_a_titled_name_ends_before_a_negation():
    text = "张三认为基因很重要。教授李四不认同上述结论，他说：“就像有人戴眼镜。”"
    assert direct(text)[0][1] == "李四"


def test_a_gendered_pronoun_goes_back_past_a_speaker_of_the_other_gender():
    text = "张女士对记者说：“我很失望。”她的丈夫李先生则表示：“我们会上诉。”她补充说：“这不公平。”"
    assert [speaker for _, speaker in direct(text)] == ["张女士", "李先生", "张女士"]


def test_the_traditional_aspect_particle_zhe_is_read_as_one():
    text = "古斯塔問:「你為什麼恨我們?」婦女回答:「因為你們是外國人。」這名婦女接著笑說:「沒錯。」"
    assert [speaker for _, speaker in direct(text)][-1] == "婦女"


def test_a_reply_in_the_taiwan_form_attributes_the_words():
    text = "古斯塔問:「你為什麼恨我們?」婦女回答:「因為你們是外國人。」他回覆,「可是我們是老實人」。"
    assert [speaker for _, speaker in direct(text)] == ["古斯塔", "婦女", "古斯塔"]


def test_a_given_name_never_ends_in_a_one_character_speech_verb():
    text = "王伟骂李娟：“骗子！”“滚！”"
    assert [speaker for _, speaker in direct(text)] == ["王伟", "王伟"]


def test_an_envoy_is_a_title_and_a_word_ending_in_a_causative_mark_no_passive():
    assert direct("美国特使王明说：“我们会努力。”")[0][1] == "王明"


def test_a_role_after_an_acronym_ends_in_a_word_for_people():
    assert direct("新闻稿写道。FBI发言人说：“调查仍在进行。”")[0][1] == "FBI发言人"


def test_a_publication_spoken_to_is_no_part_of_the_subject():
    text = "新闻稿写道。一名匿名的球队高管向《The Athletic》透露：“交易已经谈妥。”"
    assert direct(text)[0][1] == "一名匿名的球队高管"


def test_a_four_character_name_the_dictionary_knows_is_read_whole_after_a_title():
    assert direct("新闻稿写道。日本前首相安倍晋三说：“我们会努力。”")[0][1] == "安倍晋三"
    assert direct("新闻稿写道。市长今天上午表示：“我们会努力。”")[0][1] == "市长"
