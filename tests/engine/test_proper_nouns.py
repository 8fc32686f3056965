"""Names stay as written in every script; everything else still converts, with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.engine.reading import Reading
from gui.engine.scripts.proper_nouns import convert_name
from gui.engine.scripts.script_variants import Variant

# Invented article: surnames that OpenCC would "correct" as words (范 → 範, 于 → 於, 干 → 幹, 余 → 餘,
# 沈 → 瀋) and a page name with 台 (→ 臺) in it.
ARTICLE = """新剧开机
编剧于正表示：“剧本还在改，于正工作室会再看一遍。”
主演沈腾说：“我演一个厨师。”
作家余华在微博上说：“祝贺。”
制片人范斌说：“首播定在明年。”
演员干文博表示：“我很喜欢这个角色。”
网友在粉丝专页“迷因台式民主”留言，范斌随后发布了声明。
"""
# Written the same in every script: these must come out exactly as they went in.
NAMES = ["于正", "范斌", "干文博", "迷因台式民主"]


@pytest.fixture(scope="module")
def reading():
    return Reading.analysed(ARTICLE)


def test_the_analysis_finds_the_invented_speakers(reading):
    assert {"于正", "沈腾", "余华", "范斌", "干文博"} <= {s.name for s in reading.analysis.speakers}


@pytest.mark.parametrize("variant", list(Variant))
def test_names_are_unchanged_in_every_view(reading, variant):
    view = reading.view(variant)
    for name in NAMES:
        assert view.text.count(name) == ARTICLE.count(name), (variant, name)
    # 沈腾 and 余华 change script (腾 → 騰, 华 → 華) but their surnames are never "corrected".
    assert "瀋" not in view.text and "餘華" not in view.text
    for speaker in reading.analysis.speakers:
        shown = reading.display_name(speaker, variant)
        assert shown[0] == speaker.name[0]
        if speaker.name in NAMES:
            assert shown == speaker.name


@pytest.mark.parametrize("variant", [Variant.HANT, Variant.TW, Variant.HK])
def test_the_prose_around_names_still_converts(reading, variant):
    text = reading.view(variant).text
    assert "發佈會" in text or "發布" in text or "釋出" in text or "聲明" in text
    assert "劇本" in text and "廚師" in text and "網友" in text


@pytest.mark.parametrize("variant", list(Variant))
def test_quotations_map_exactly_around_kept_names(reading, variant):
    view = reading.view(variant)
    for quote in reading.analysis.quotes:
        start, end = view.span(quote.start, quote.end)
        shown = view.text[start:end]
        assert len(shown) == quote.end - quote.start  # nothing in these quotations changes length
        assert view.offsets.to_source(start) == quote.start


def test_a_character_that_exists_in_one_script_only_still_converts():
    assert convert_name("馮芳喜", Variant.HANS) == "冯芳喜"
    assert convert_name("冯芳喜", Variant.HANT) == "馮芳喜"
    assert convert_name("乾隆", Variant.HANS) == "乾隆"  # 乾 is a valid simplified character too
    assert convert_name("范斌", Variant.TW) == "范斌"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="范于干余姜沈台发后里张王说：“”。，\n", max_size=40))
def test_convert_name_is_one_character_for_one(text):
    for variant in Variant:
        assert len(convert_name(text, variant)) == len(text)


# The same kind of article written in Traditional characters by a naive converter (規范, 最后):
# the repairs fix the prose, never the names (范斌 is no 規范, 于正 no 於).
NAIVE_TRADITIONAL = """新劇開機
編劇于正表示：“劇本還在改，規范最后再定。”
製片人范斌說：“首播定在明年，最后一集很長。”
演員干文博表示：“我很喜歡這個角色，規范的工作最后完成。”
網友在粉絲專頁“迷因台式民主”留言，范斌隨后發布了聲明。
"""


@pytest.mark.parametrize("variant", [Variant.HANT, Variant.TW, Variant.HK])
def test_names_are_kept_when_traditional_input_is_repaired(variant):
    reading = Reading.analysed(NAIVE_TRADITIONAL)
    view = reading.view(variant)
    assert view.traditional and view.naive  # the Traditional-input path, with its repairs
    assert "規範" in view.text and "最後" in view.text and "規范" not in view.text
    for name in ("于正", "范斌", "干文博", "迷因台式民主"):
        assert view.text.count(name) == NAIVE_TRADITIONAL.count(name), name
    for speaker in reading.analysis.speakers:
        assert reading.display_name(speaker, variant) == speaker.name
    for quote in reading.analysis.quotes:
        start, end = view.span(quote.start, quote.end)
        assert view.offsets.to_source(start) == quote.start and end - start == quote.end - quote.start
