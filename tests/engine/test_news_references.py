"""Who said what when news refers back: 该-phrases, pronouns after the words, interview questions,
paragraph labels, nested reported speech, names whose surname is also a word (invented names)."""

from speech_samples import direct, reported

from gui.engine.scripts.folding import fold
from gui.engine.speech.demonstratives import antecedent_span, demonstrated_head
from gui.engine.speech.names import person_names

# -- 该 + a head noun that the organisation's name does not end with ---------------------------

def test_gai_xiao_is_the_university_named_before():
    text = "北方理工大学昨日发表声明。该校表示，“将全力配合调查”。"
    assert direct(text) == [("将全力配合调查", "北方理工大学")]


def test_gai_hang_is_the_bank_and_gai_gongsi_the_group():
    assert direct("华信银行发布公告。该行称，“存款利率保持不变”。")[0][1] == "华信银行"
    assert direct("记者走访了东海集团。该公司表示，“利润会继续增长”。")[0][1] == "东海集团"


def test_the_nearest_organisation_of_the_kind_is_the_antecedent():
    text = fold("南湖师范学院与西山大学合办论坛，西山大学负责场地。该校称")
    span = antecedent_span(text, "校", len(text))
    assert span is not None and text[span[0] : span[1]] == "西山大学"


def test_a_verb_before_the_name_is_no_part_of_it():
    text = fold("记者致电东海集团，该公司")
    span = antecedent_span(text, "公司", len(text))
    assert span is not None and text[span[0] : span[1]] == "东海集团"


def test_only_heads_of_the_table_are_demonstrative_heads():
    assert demonstrated_head("该校") == "校"
    assert demonstrated_head("该行") == "行"
    assert demonstrated_head("该名男子") is None  # a person: the registry's own head matching


def test_no_organisation_of_the_kind_leaves_the_phrase_itself():
    assert direct("该公司表示，“利润会继续增长”。")[0][1] == "该公司"


# -- a pronoun right after the words ---------------------------------------------------------

def test_he_after_the_words_is_the_one_the_reporter_asked():
    text = "记者问周立新对此有何看法。“我们会继续努力。”他说。"
    assert direct(text) == [("我们会继续努力。", "周立新")]


def test_she_after_a_split_quotation_is_the_one_interviewed():
    text = "记者采访林美玲时问她是否满意。“非常满意，”她说，“比去年好多了。”"
    assert [speaker for _, speaker in direct(text)] == ["林美玲", "林美玲"]


def test_he_after_the_words_looks_past_them_not_inside_them():
    text = "周立新昨天到访学校。“王老师和学生们都很优秀。”他说。"
    assert direct(text)[0][1] == "周立新"


# -- family names that are also words ---------------------------------------------------------

def test_a_surname_that_is_also_a_word_opens_a_full_name():
    names = lambda fragment: [fragment[a:b] for a, b in person_names(fragment)]  # noqa: E731
    assert names("何文涛为什么离开") == ["何文涛"]
    assert names("曾志文指出") == ["曾志文"]
    assert names("向记者表示") == []
    assert names("全港市民") == []
    assert names("于本周") == []


def test_a_reaction_after_a_family_name_is_no_given_name():
    text = "街站由谭志强设立。王华叫他回家。谭闻言随即骂她「大陆人」。"
    assert direct(text)[0][1] == "谭志强"


# -- paragraph labels -------------------------------------------------------------------------

def test_a_family_name_and_a_colon_open_the_labelled_speakers_paragraph():
    text = (
        "法官莫树联宣读判词。\n"
        "一、第一名议员\n莫：当时身穿口号衣着，断断续续读出誓词。\n"
        "二、第二名议员\n莫：刻意在誓词中加入字句，不认为是意外。"
    )
    assert reported(text) == [
        ("当时身穿口号衣着，断断续续读出誓词", "莫树联"),
        ("刻意在誓词中加入字句，不认为是意外", "莫树联"),
    ]


def test_a_single_colon_line_is_no_label_and_a_field_is_no_speaker():
    assert reported("标题\n周立新：经济会继续增长，明年更好。") == []
    assert reported("正文。\n来源：本市日报，第二版。\n来源：本市晚报，第三版。") == []


# -- nested reported speech -------------------------------------------------------------------

def test_words_quoted_in_nested_reported_speech_are_the_nested_speakers():
    text = "协会批评说，市长王建华宣称要「全力改善交通」，但至今没有行动。"
    assert direct(text) == [("全力改善交通", "王建华")]
    assert reported(text)[0][1] == "协会"


def test_words_inside_a_news_paragraph_end_the_look_back_but_dialogue_lines_do_not():
    from gui.engine.speech.clauses import Layout
    from gui.engine.speech.quotation_marks import find_pairs

    def clauses_back(text):
        folded = fold(text)
        layout = Layout(folded, find_pairs(folded))
        index = folded.index("随后")
        return [folded[lo:hi] for lo, hi in layout.clause_ranges_back(index, 0)]

    assert clauses_back("周立新说：“我们会赢，一定会。”随后") == [""]
    assert len(clauses_back("周立新站起来。\n“我们会赢，一定会。”随后")) > 1
