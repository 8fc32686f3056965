"""Script-insensitive find, without Qt."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gui.engine.find import FoldedText, Match, fold_for_search, merged_spans, nearest_match


def test_either_script_finds_both():
    text = FoldedText("政協和政协，臺灣和台灣，這裏、那裡、鄰里。")
    assert [text.text[m.start : m.end] for m in text.find_all("協")] == ["協", "协"]
    assert [text.text[m.start : m.end] for m in text.find_all("台")] == ["臺", "台"]
    assert [text.text[m.start : m.end] for m in text.find_all("里")] == ["裏", "裡", "里"]
    assert text.find_all("") == []


def test_latin_letters_ignore_case_and_punctuation_width():
    text = FoldedText("他用AI寫稿,她說:好")
    assert text.find_all("ai") == [Match(2, 4)]
    assert text.find_all("，") == [Match(6, 7)]  # half-width by Han reads as full-width


def test_within_keeps_only_matches_inside_the_spans():
    text = FoldedText("甲說好。乙說“好的好”。丙說好。")
    spans = [(7, 10)]
    assert text.find_all("好", within=spans) == [Match(7, 8), Match(9, 10)]
    assert text.find_all("好的好", within=spans) == [Match(7, 10)]
    assert text.find_all("說", within=spans) == []
    assert merged_spans([(5, 9), (0, 2), (1, 3), (8, 12)]) == [(0, 3), (5, 12)]


def test_nearest_match_wraps():
    matches = [Match(3, 4), Match(10, 11)]
    assert nearest_match(matches, 0) == 0
    assert nearest_match(matches, 4) == 1
    assert nearest_match(matches, 11) == 0


@given(
    st.text(alphabet="協协臺台裏裡里說的İAa ,", max_size=40),
    st.text(alphabet="協协臺台里說A", min_size=1, max_size=3),
)
def test_matches_are_where_the_folded_query_is(text, query):
    folded = FoldedText(text)
    assert len(folded.folded) == len(text)
    for match in folded.find_all(query):
        assert fold_for_search(text[match.start : match.end]) == fold_for_search(query)
