
from gui.engine.speech.quotation_marks import find_pairs


def spans(text):
    return [text[p.start : p.end] for p in find_pairs(text)]


def test_all_mark_styles():
    assert spans("甲“一”乙「二」丙『三』丁‘四’戊\"五\"") == ["一", "二", "三", "四", "五"]


def test_inner_marks_belong_to_the_outer_quotation():
    text = "“好制度，关键在‘严’、重点在‘实’。”他说"
    assert spans(text) == ["好制度，关键在‘严’、重点在‘实’。"]


def test_multi_paragraph_quotation_is_one_pair():
    text = "他说：“第一段。\n“第二段。\n“第三段。”\n下一段"
    assert spans(text) == ["第一段。\n“第二段。\n“第三段。"]


def test_unbalanced_mark_is_dropped_at_paragraph_end():
    text = "他说“没有结束\n新的段落有“引语”。"
    assert spans(text) == ["引语"]


def test_words_opened_after_a_colon_whose_closing_mark_is_lost_run_to_the_paragraph_end():
    text = "教练说：「大家要「团结、拼搏」，打好每一场。\n\n球队下周出发。「好」"
    assert spans(text) == ["大家要「团结、拼搏」，打好每一场。", "好"]
    # without the colon the stray mark is still dropped
    assert spans("教练说「大家要团结\n球队下周出发。") == []


def test_a_closing_mark_wrapped_onto_a_later_line_closes_the_quotation():
    # text split one sentence a line puts the closing mark at the start of the next line
    text = "“我没去过。\n我哥去过。\n”她轻声说着。\n“好。”"
    assert spans(text) == ["我没去过。\n我哥去过。\n", "好。"]


def test_a_mark_on_the_way_to_a_wrapped_closer_leaves_the_open_mark_stray():
    text = "他说“没有结束\n新的段落有“引语”。\n”后面"
    assert spans(text) == ["引语"]


def test_quotation_inside_an_unclosed_one_survives():
    assert spans("“甲“乙”丙") == ["乙"]


def test_stray_closer_is_ignored():
    assert spans("甲”乙“丙”") == ["丙"]


def test_apostrophes_are_not_quotation_marks():
    assert spans("他说 don't 和 it’s “好”") == ["好"]


def test_pathological_inputs():
    # Must finish (a quadratic scan would hang the suite); speed is measured in the benchmarks.
    assert find_pairs("“" * 10_000) == []
    long_line = "字" * 5_000_000 + "“末”"
    assert spans(long_line) == ["末"]
    assert find_pairs("“‘" * 50_000 + "”") != []
