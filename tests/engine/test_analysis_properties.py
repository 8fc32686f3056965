from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.engine.speech.analysis import analyze

# Text built from the characters the engine reacts to, so the interesting paths are exercised.
PIECES = st.sampled_from(
    ["“", "”", "「", "」", "‘", "’", "『", "』", '"', "'", "\n", "，", "。", "：", ",", ":", "！",
     "说", "表示", "指出", "他", "她", "主席", "王建华", "各位", "部", "的", "在", "称为", "一名村民",
     "专家们", "·", "布朗", "我们", "很好", "3", "a", " "]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=80).map("".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_a_consistent_analysis(text):
    analysis = analyze(text)
    names = {speaker.name for speaker in analysis.speakers}
    for quote in analysis.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert quote.kind in ("direct", "indirect")
        assert quote.speaker is None or quote.speaker in names
    for term in analysis.terms:
        assert 0 <= term.start <= term.end <= len(text)
    direct = [q for q in analysis.quotes if q.kind == "direct"]
    for before, after in pairwise(direct):
        assert before.end <= after.start
    assert [q.start for q in analysis.quotes] == sorted(q.start for q in analysis.quotes)
    assert len(names) == len(analysis.speakers)
    assert analyze(text) == analysis


# Pathological inputs: they must finish (a quadratic path would hang the suite) and come out
# right. How fast they finish is measured by tests/benchmarks/bench_analysis.py, not here.


def test_ten_thousand_opening_marks():
    assert analyze("“" * 10_000).quotes == ()


def test_five_million_character_line():
    text = "字" * 5_000_000 + "“末了，我们走吧。”他说。"
    assert [q.kind for q in analyze(text).quotes] == ["direct"]


def test_many_distinct_speakers():
    # Thousands of different names in one text: look-ups must not grow with the speaker count.
    surnames, given = "王李张刘陈杨黄赵吴周", "伟芳敏静丽强磊军洋勇艳杰涛明超秀霞平刚"
    names = [s + a + b for s in surnames for a in given for b in given][:3000]
    text = "".join(f"{name}表示，今年的收成不错。“我们很满意，”{name}说。" for name in names)
    analysis = analyze(text)
    assert len(analysis.quotes) >= len(names)
