"""Traditional input: recognised, left correct where it is, repaired where a machine converted it."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.engine.article import parse_article
from gui.engine.scripts.punctuation import widen_punctuation
from gui.engine.scripts.script_variants import Conversions, Variant, render_view
from gui.engine.scripts.traditional_input import is_traditional, plan_repair

# Correct Taiwan text in the spelling CNA uses (invented sentences): 台, 公布, 計畫, 歷來, 幹的, 複訊.
TAIWAN = (
    "行政院今天在台北公布新的計畫，強調政府歷來重視司法改革。"
    "法院已複訊被告，檢方說這是他幹的。控制台旁的小丑說，里長范先生會干涉。"
)
# The same kind of text after a naive character-by-character Simplified→Traditional conversion.
NAIVE = "我們最后決定加強規范管理，并一只貓在台上，皇后說于是公布結果。"


def test_correct_taiwan_text_is_not_rewritten_in_the_taiwan_view():
    assert render_view(TAIWAN, Variant.TW).text == widen_punctuation(TAIWAN)


@pytest.mark.parametrize("variant", [Variant.HANT, Variant.HK])
def test_correct_taiwan_text_keeps_its_words_in_the_other_traditional_views(variant):
    text = render_view(TAIWAN, variant).text
    for word in ("公布", "計畫", "歷來", "幹的", "複訊", "小丑", "控制台", "里長范先生", "干涉"):
        assert word in text


def test_naive_conversion_is_repaired_by_context():
    text = render_view(NAIVE, Variant.TW).text
    for right in ("最後決定", "規範管理", "並一隻貓", "於是", "公佈"):
        assert right in text
    for kept in ("台上", "皇后"):  # 台 is a regional standard form of 臺; 皇后 is a phrase
        assert kept in text


def test_simplified_view_is_t2s_of_the_repaired_text():
    simplified = "我们最后决定加强规范管理，并一只猫在台上，皇后说于是公布结果。"
    assert render_view(NAIVE, Variant.HANS).text == simplified
    assert "历来" in render_view(TAIWAN, Variant.HANS).text


def test_weak_repairs_need_naive_conversion_elsewhere_in_the_text():
    # 愿 → 願 by the character default alone: not in a text that shows no naive conversion …
    assert plan_repair("鶴壁市政協愿做開路先鋒").strong == "鶴壁市政協愿做開路先鋒"
    assert plan_repair("鶴壁市政協愿做開路先鋒").full == "鶴壁市政協願做開路先鋒"
    conversions = Conversions()
    alone = "鶴壁市政協愿做開路先鋒。"
    assert render_view(alone, Variant.TW, memos=conversions).text == alone
    assert conversions.naive is False
    # … but yes in one that does (規范, 最后 are unmistakable).
    text = "鶴壁市政協愿做開路先鋒。規范化建設，打通黨建最后一公里。"
    assert render_view(text, Variant.TW).text.startswith("鶴壁市政協願做")


def test_a_simplified_span_inside_traditional_text_is_left_alone():
    text = "他說：「这是简体的引文」，然後離開了會議室。"
    shown = render_view(text, Variant.TW).text
    assert "这是简体的引文" in shown and "然後離開了會議室" in shown


def test_traditional_input_is_told_by_a_majority_of_telling_characters():
    assert is_traditional("這個")  # 這: Traditional only
    assert not is_traditional("这个")
    assert not is_traditional("我們的他们")  # one of each: a tie counts as Simplified
    assert is_traditional("我們的他们說")  # one more Traditional-only character tips it
    assert not is_traditional("人口大中")  # nothing telling
    assert not is_traditional("")


def test_detection_boundary_moves_with_each_character():
    traditional, simplified = "說", "说"
    for count in range(1, 6):
        assert not is_traditional(traditional * count + simplified * count)
        assert is_traditional(traditional * (count + 1) + simplified * count)
        assert not is_traditional(traditional * count + simplified * (count + 1))


def test_the_script_can_be_given_instead_of_detected():
    line = "狸猫 狸貓 貍貓"
    assert render_view(line, Variant.TW, memos=Conversions(traditional=True)).text == "狸猫 狸貓 貍貓"
    assert render_view(line, Variant.TW, memos=Conversions(traditional=False)).text == "狸貓 狸貓 貍貓"


def test_a_reading_takes_the_script_from_the_reader_and_remakes_its_views():
    from gui.engine.reading import Reading

    reading = Reading.analysed("王明說：「狸猫 狸貓 貍貓。」")
    assert reading.script_given is None
    detected = reading.view(Variant.TW).text
    analysis = reading.analysis
    reading.set_script_given(not reading.traditional)
    assert reading.view(Variant.TW).text != detected
    assert reading.analysis is analysis  # the analysis does not depend on the script
    reading.set_script_given(None)
    assert reading.view(Variant.TW).text == detected


def test_bundled_article_is_traditional_and_shows_naive_conversion(bundled_raw):
    conversions = Conversions()
    render_view(parse_article(bundled_raw).text, Variant.TW, memos=conversions)
    assert conversions.traditional and conversions.naive


# -- offsets ---------------------------------------------------------------------------------

# Characters that take every path: Traditional-only, Simplified-only, traps, regional forms,
# phrases that change length under s2twp (U盘 → 隨身碟), separators, quotation marks, Extension
# B and emoji (outside the Basic Multilingual Plane).
PIECES = st.sampled_from(
    ["說", "说", "規范", "最后", "并", "于", "台", "臺", "里", "裡", "后", "範", "公布", "U盘", "软件",
     "軟體", "𨋢", "𠝹", "😀", "，", "。", "?!", "“", "”", "「", "」", " ", "\n", "a", "3"]
)
TEXTS = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sets(st.integers(min_value=0, max_value=200)), st.sampled_from(list(Variant)),
       st.booleans(), st.sampled_from([None, True, False]))
def test_every_path_keeps_cut_points_exact(text, cuts, variant, phrases, traditional):
    cuts = sorted(cut for cut in cuts if cut <= len(text))
    view = render_view(text, variant, cuts, phrases, memos=Conversions(traditional))
    forward = [view.offsets.to_view(offset) for offset in range(len(text) + 1)]
    assert forward == sorted(forward)
    assert view.offsets.to_view(len(text)) == len(view.text)
    for cut in [0, *cuts, len(text)]:
        assert view.offsets.to_source(view.offsets.to_view(cut)) == cut or (
            cut and view.offsets.to_view(cut) == view.offsets.to_view(cut - 1)
        )
    if variant is not Variant.TW or not phrases:
        assert len(view.text) == len(text)  # only s2twp's vocabulary changes lengths


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_repairs_replace_one_character_by_one(text):
    repair = plan_repair(text)
    assert len(repair.strong) == len(repair.full) == len(text)
    assert repair.evidence <= sum(a != b for a, b in zip(text, repair.strong, strict=True))
