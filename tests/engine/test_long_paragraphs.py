import random

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.engine.long_paragraphs import PARAGRAPH_LIMIT, break_long_paragraphs
from gui.engine.scripts.script_variants import Variant, render_view


def _long_text(length: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("他說我們今天會來。，“”好嗎？") for _ in range(length))


def test_short_paragraphs_are_left_alone():
    view = render_view("第一段。\n第二段。", Variant.ORIGINAL)
    assert break_long_paragraphs(view) is view


def test_a_long_line_is_broken_for_display_with_exact_offsets():
    text = _long_text(5 * PARAGRAPH_LIMIT)
    view = break_long_paragraphs(render_view(text, Variant.ORIGINAL))
    lines = view.text.split("\n")
    assert len(lines) > 2
    assert max(map(len, lines)) <= PARAGRAPH_LIMIT
    assert view.text.replace("\n", "") == text
    for offset in range(0, len(text), 13):
        shown = view.offsets.to_view(offset)
        assert view.text[shown] == text[offset]
        assert view.offsets.to_source(shown) == offset


def test_breaks_follow_a_sentence_end_when_there_is_one():
    text = _long_text(3 * PARAGRAPH_LIMIT)
    view = break_long_paragraphs(render_view(text, Variant.ORIGINAL))
    for line in view.text.split("\n")[:-1]:
        assert line[-1] in "。？"


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="甲乙。！\n“”", min_size=0, max_size=4 * PARAGRAPH_LIMIT))
def test_any_text_maps_both_ways(text):
    view = break_long_paragraphs(render_view(text, Variant.HANS))
    for offset in range(0, len(text) + 1, 97):
        assert view.offsets.to_source(view.offsets.to_view(offset)) == offset
