from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.engine.analysis import analyze

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
