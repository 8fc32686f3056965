"""Reported speech by the corpus rules, on invented sentences: which verbs open it, where it
starts, and what the rules leave unlabelled."""

from __future__ import annotations

from gui.engine.speech.analysis import analyze


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(text[q.start : q.end], q.speaker) for q in analyze(text).quotes if q.kind == "indirect"]


def test_words_of_an_unnamed_source_are_reported_speech_without_a_speaker():
    text = "事故发生后，有关方面曾表示，将尽快公布调查结果。"
    assert [span for span, _ in _reported(text)] == ["将尽快公布调查结果"]


def test_a_frame_with_laisuo_is_no_report():
    assert _reported("对于很多刚入市的新手来说，选股往往比择时更难。") == []
    assert _reported("通常来说，春天的雨水比秋天多一些。") == []


def test_a_news_report_or_a_study_is_no_reported_speaker():
    assert _reported("报道称，两国领导人昨晚通了电话。") == []
    assert _reported("这项研究也强调，遗传的影响并非绝对。") == []
    assert _reported("笔者认为，这样的安排并不合理。") == []


def test_telling_someone_reports_the_words_after_the_addressee():
    spans = _reported("部长周文涛告诉来访的代表团，双方会继续扩大合作。")
    assert spans == [("双方会继续扩大合作", "周文涛")]


def test_telling_someone_quoted_words_opens_no_reported_speech():
    text = "部长周文涛告诉电视台：“我们会继续扩大合作。”"
    assert _reported(text) == []
    assert [q.kind for q in analyze(text).quotes] == ["direct"]


def test_an_announcement_is_reported_speech():
    assert _reported("市政府昨天宣布，地铁三号线将在下月通车。") == [("地铁三号线将在下月通车", "市政府")]


def test_a_question_put_back_is_reported_speech():
    spans = _reported("律师孔德明反问，当时为何没有人提出异议。")
    assert spans == [("当时为何没有人提出异议", "孔德明")]


def test_a_when_clause_after_a_speech_verb_is_no_report():
    text = "王立新在提及这次比赛时，称赞了队友们的坚持。"
    assert all(not span.startswith("这次比赛") for span, _ in _reported(text))


def test_a_passive_speech_verb_reports_nothing():
    assert _reported("周海明出道时，他被认为是全队最有潜力的新人。") == []
    assert _reported("这家公司被业内普遍认为经营稳健。") == []


def test_one_interviewed_still_speaks():
    assert [span for span, _ in _reported("被访投资者表示，目前仓位已经很低。")] == ["目前仓位已经很低"]


def test_a_frame_with_laisuo_reports_nothing_even_after_a_named_team():
    assert _reported("对于红星队来说，这一场只许胜不许败。") == []


def test_a_verb_heard_as_a_noun_reports_nothing():
    assert _reported("林美华上午抵达医院，听取医生说明，约半小时后离开。") == []


def test_a_manner_that_points_back_reports_nothing():
    assert _reported("甚至可以这么说，没有他就没有这场胜利。") == []
    spans = _reported("周海明这样解释这项规定的来由：过去的做法太过繁琐。")
    assert [span for span, _ in spans] == ["过去的做法太过繁琐"]


def test_a_publications_report_is_no_reported_speech():
    assert _reported("某国官方媒体的社论指出，两国有很大的合作空间。") == []
    assert _reported("《晨光周刊》称，这家公司正在裁员。") == []
    assert _reported("新闻稿称，双方将继续合作。") == []


def test_a_quoted_term_opening_the_clause_stays_inside_the_reported_speech():
    spans = _reported("研究员周海明说，几十年前，“成年”以结婚生子为标志，如今不再如此。")
    assert [span for span, _ in spans] == ["几十年前，“成年”以结婚生子为标志，如今不再如此"]
    spans = _reported("馆长周海明表示，「风与沙」一书于去年出版。")
    assert [span for span, _ in spans] == ["「风与沙」一书于去年出版"]


def test_a_quotation_opening_its_own_clause_still_ends_the_reported_speech():
    text = "周海明表示，比赛很艰苦，“我们已经尽力了。”"
    assert [span for span, _ in _reported(text)] == ["比赛很艰苦"]


def test_suggestions_appeals_and_predictions_are_reported_speech():
    assert _reported("有关专家建议，新生先学好当地语言。") == [("新生先学好当地语言", "有关专家")]
    assert _reported("工会昨天呼吁政府尽快公布新的配额办法。") == [("政府尽快公布新的配额办法", "工会")]
    spans = _reported("分析师周海明预测，明年的汇率将在小幅区间内波动。")
    assert spans == [("明年的汇率将在小幅区间内波动", "周海明")]


def test_an_admission_by_litotes_is_reported_speech():
    spans = _reported("商会会长周海明不否认曾与南下官员会面。")
    assert spans == [("曾与南下官员会面", "周海明")]


def test_advice_taken_up_or_named_as_a_source_is_a_noun():
    assert _reported("联盟或采纳工会建议修改规则。") == []
    assert _reported("根据世界卫生组织建议，婴儿出生后应以母乳喂养。") == []
    assert _reported("其他建议包括开设新的申请渠道。") == []


def test_a_law_or_a_resolution_is_no_speaker():
    assert _reported("新通过的保障法呼吁政府定期检讨对外政策。") == []


def test_nouns_in_bei_still_speak():
    spans = _reported("被告某公司辩称，合同早已履行完毕。被害人称，对方当晚一直在场。")
    assert [span for span, _ in spans] == ["合同早已履行完毕", "对方当晚一直在场"]


def test_possibility_and_condition_are_no_report():
    assert _reported("周海明可说是这家医院的创建者。") == []
    assert _reported("若说煽动，煽动者另有其人。") == []


def test_a_verb_whose_object_runs_into_another_verb_leaves_the_words_to_that_one():
    spans = _reported("议员周海明今天回应反对团体拟发起联署的说法表示，人权不适合表决。")
    assert spans == [("人权不适合表决", "周海明")]
    spans = _reported("发言人周海明在回答关于新片送审的问题时表示，审查正在进行。")
    assert spans == [("审查正在进行", "周海明")]


def test_an_unnamed_party_with_its_words_straight_after_the_verb_reports_them():
    assert [span for span, _ in _reported("法案签署后，中方表示将对此作出回应。")] == ["将对此作出回应"]


def test_an_adverb_or_a_verb_before_a_bare_verb_is_no_unnamed_source():
    assert _reported("但这能说明基金的选股能力很强吗？") == []
    assert _reported("他们拒绝解释旗下基金全线落后的原因。") == []
    assert _reported("当市场走高时，市场分析人士对继续加仓表示担忧。") == []


def test_one_more_act_of_the_speaker_ends_the_reported_speech():
    spans = _reported("律师周海明说正式宣读誓词才算，又反驳对方的说法。")
    assert spans[0][0] == "正式宣读誓词才算"


def test_a_one_word_object_is_an_attitude_not_reported_speech():
    assert _reported("工会到场表示支持，我们共四人参加了集会。") == []


def test_a_surveys_share_of_those_asked_is_no_reported_speech():
    assert _reported("受访的家长中，约六成称，孩子每天上网超过两小时。") == []
    assert _reported("近三分之一的店主称，生意比去年差了不少。") == []
    assert _reported("接受访问的市民中，大多数人心情不错，说明年还会再来。") == []
    # (a share elsewhere in the sentence is no survey: 周海明 still speaks)
    spans = _reported("今年营收只增长了3%；董事长周海明说，明年会好很多。")
    assert spans == [("明年会好很多", "周海明")]


def test_a_semicolon_then_a_new_speech_verb_ends_the_reported_speech():
    spans = _reported("董事长周海明表示，公司明年会扩大生产；但随后有员工表示，工厂已经满负荷运转。")
    assert spans[0] == ("公司明年会扩大生产", "周海明")


def test_he_or_she_speaking_again_ends_the_reported_speech():
    spans = _reported("教练周海明表示，球队的防守还需要加强，他强调，新秀们要多练习投篮。")
    assert spans[0] == ("球队的防守还需要加强", "周海明")
    assert ("新秀们要多练习投篮", "周海明") in spans


def test_he_or_she_after_a_when_clause_is_still_the_reported_speech():
    spans = _reported("周海明说，每当孩子们问起爷爷的时候，她就说爷爷出远门了。")
    assert spans == [("每当孩子们问起爷爷的时候，她就说爷爷出远门了", "周海明")]


def test_an_act_verb_with_a_time_clause_is_no_report():
    assert _reported("顾客确认付款后，平台会把款项转给商家。") == []
    spans = _reported("球队宣布队长周海明因伤缺阵后，替补球员挑起了大梁。")
    assert spans == []


def test_a_verb_of_saying_may_open_its_words_with_a_time_clause():
    spans = _reported("教练周海明表示队员们回来之后，便和他们谈了一次。")
    assert spans == [("队员们回来之后，便和他们谈了一次", "周海明")]


def test_a_verb_that_modifies_a_noun_with_de_is_no_report():
    assert _reported("周海明说的时候大家都笑了。") == []
    assert _reported("周海明表示的意见很快得到了回应。") == []


def test_a_feeling_or_a_definition_is_no_reported_speech():
    assert _reported("董事长周海明对公司的处境感到无奈及感慨，只能重新出发。") == []
    assert _reported("所谓久期是指：债券到期前的平均剩余期限。") == []


def test_based_on_a_judgement_is_a_frame_not_a_source():
    assert _reported("基于以上宏观判断，债券基金应该缩短久期。") == []


def test_an_investigating_body_is_a_source_but_a_survey_is_not():
    spans = _reported("由多国专家组成的调查团今天表示，已确认飞机曾遭到鸟击。")
    assert [span for span, _ in spans] == ["已确认飞机曾遭到鸟击"]
    assert _reported("这项调查表示，多数家庭仍有储蓄。") == []


def test_guo_opening_a_time_word_is_no_aspect_particle():
    spans = _reported("前锋周海明坦承过去这段时间非常痛苦。")
    assert spans == [("过去这段时间非常痛苦", "周海明")]
    assert _reported("前锋周海明表示过关切。") == []


def test_foreign_or_state_media_are_news_outlets():
    assert _reported("多家外媒指出，这名男子曾多次出入该地。") == []
    assert _reported("有港媒称，两地领导人昨晚通了电话。") == []


def test_a_statement_verb_goes_on_for_the_subject_of_its_sentence():
    spans = _reported("交通部今天召开记者会，证实飞机引擎中发现了鸟类羽毛。")
    assert [span for span, _ in spans] == ["飞机引擎中发现了鸟类羽毛"]
    spans = _reported("证人周海明沉默良久，表示不知道如何形容当时的感受。")
    assert [span for span, _ in spans] == ["不知道如何形容当时的感受"]


def test_a_bare_verb_after_a_publication_a_connective_or_a_conclusion_reports_nothing():
    assert _reported("《海港晚报》也就此展开讨论，并认为球队需要补强。") == []
    assert _reported("《海港晚报》也就此展开讨论，并强调球队需要补强。") == []
    assert _reported("所以，认为公投通过以后就会天下大乱是没有根据的。") == []
    assert _reported("这家公司接连出手买地，表明公司资金非常充裕。") == []


def test_the_press_spoken_to_after_the_speakers_name_is_no_media_subject():
    assert _reported("周海明对媒体表示，明年会好很多。") == [("明年会好很多", "周海明")]
    assert _reported("周海明向外媒透露，两地领导人昨晚通了电话。") == [("两地领导人昨晚通了电话", "周海明")]


def test_zhi_reports_the_words_straight_after_it():
    # (Hong Kong and Taiwan news: 某某指…… with no comma)
    assert _reported("证人孔德华指之前一直没有人理会这项要求。") == [("之前一直没有人理会这项要求", "孔德华")]
    spans = _reported("保安员孔德明发现有人闹事，之后报警指街站违反限聚令。")
    assert [span for span, _ in spans] == ["街站违反限聚令"]


def test_zhi_inside_a_word_or_a_definition_reports_nothing():
    assert _reported("孔德华用手指着远处的山头。") == []
    assert _reported("沪指昨日上涨百分之二，成交量明显放大。") == []
    assert _reported("孔德华的发言暗指对手在比赛中作弊。") == []
    assert _reported("所谓的“流行季”，指传染病在特定地区的病例数超过预期。") == []


def test_zhi_as_one_more_act_of_the_subject_before_reports():
    text = "证人孔德华多番停顿，表示不知道如何形容当时的感受，又指听到消息时非常愤怒。"
    spans = [span for span, _ in _reported(text)]
    assert spans == ["不知道如何形容当时的感受", "听到消息时非常愤怒"]


def test_a_speech_verb_with_shi_is_a_when_phrase():
    text = "林雅文被问到此事，林雅文回应时再次致歉，指在安排上出现了错误。"
    assert [span for span, _ in _reported(text)] == ["在安排上出现了错误"]


def test_reported_words_of_three_characters_are_reported_speech():
    assert _reported("发言人孔德华随即声称是口误。") == [("是口误", "孔德华")]
    assert _reported("家长们都直呼好紧张。") == [("好紧张", "家长们")]


def test_a_pronoun_whose_antecedent_is_no_named_speaker_still_reports():
    text = "不少基金经理对下个季度持谨慎态度。他们认为，流动性对市场的推动力可能逐步减弱。"
    assert [span for span, _ in _reported(text)] == ["流动性对市场的推动力可能逐步减弱"]
    assert _reported("笔者认为，流动性对市场的推动力可能逐步减弱。") == []


def test_news_or_rumour_as_the_subject_is_hearsay_not_a_source():
    assert _reported("另有消息称，下月新增贷款或将大幅增加。") == []
    assert _reported("球队中有流言认为，这名老将并不适合留队。") == []
    assert _reported("经过多方消息源证实，球队决定执行这份合同。") == []
    spans = _reported("一位接近球队的消息人士称，这名老将下月将会复出。")
    assert [span for span, _ in spans] == ["这名老将下月将会复出"]


def test_words_that_may_must_or_were_not_said_are_not_reported():
    assert _reported("你也许会说，这是运气，也许会说是实力。") == []
    assert _reported("况且必须承认，确实有一部分基金表现很好。") == []
    assert _reported("写信时不要说太多客套的话去打扰别人。") == []
    assert _reported("虽然孔德华从来没有公开说明，但谁都知道他的目标。") == []
    # (habitual 会 still reports what people say)
    spans = _reported("有些支持者会说，我们是在帮助他们。")
    assert [span for span, _ in spans] == ["我们是在帮助他们"]


def test_a_long_when_clause_after_the_verb_opens_the_reported_words():
    text = "律师孔德华强调当年高等法院的法官拒绝一名议员在誓词前后加字时，从没有提及宣誓的神态。"
    assert [span for span, _ in _reported(text)] == [text[7:-1]]
    assert text[7:].startswith("当年")
    # (a short object before 时 is the verb's own when-phrase)
    assert _reported("孔德华在提及此事时，称赞了队友们的坚持。") == []
