from gui.engine.scripts.folding import fold
from gui.engine.speech.subjects import bare_subject, strip_clause


def test_bare_subject_needs_a_name_shaped_phrase():
    folded = fold("王建华")
    assert bare_subject(folded, 0, len(folded)).kind == "person"
    folded = fold("一边")
    assert bare_subject(folded, 0, len(folded)) is None
    folded = fold("国家统计局")
    assert bare_subject(folded, 0, len(folded)).kind == "org"


def test_strip_clause_drops_connectives_and_adverbials():
    folded = "但王建华在会上也"
    lo, hi = strip_clause(folded, 0, len(folded))
    assert folded[lo:hi] == "王建华"


def test_a_phrase_with_an_adverb_of_its_own_is_a_clause_not_an_organisation():
    from gui.engine.speech.subjects import has_bare_adverb

    assert has_bare_adverb("委员上任前已签署")
    assert not has_bare_adverb("星河再生能源署")
    folded = "委员上任前已签署"
    assert bare_subject(folded, 0, len(folded)) is None
