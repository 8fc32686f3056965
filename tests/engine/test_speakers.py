from gui.engine.scripts.folding import fold
from gui.engine.speech import speakers as sp


def mentions(text):
    folded = fold(text)
    registry = sp.Registry(folded)
    return folded, [(folded[m.start : m.end], m.kind, folded[m.name_start : m.name_end])
                    for m in sp.pattern_mentions(folded, 0, len(folded), registry)]


def test_title_is_separated_from_name_and_extended_over_the_organisation():
    _, found = mentions("”某县教育局局长张建国表示")
    assert ("某县教育局局长张建国", "person", "张建国") in found


def test_groups_unnamed_people_and_gendered_surnames():
    _, found = mentions("各区县教育局长纷纷，一名村民，专家们，周姓男子")
    kinds = {surface: kind for surface, kind, _ in found}
    assert kinds["各区县教育局长"] == "group"
    assert kinds["专家们"] == "group"
    assert kinds["一名村民"] == "person"
    assert kinds["周姓男子"] == "person"


def test_transliterated_name_does_not_swallow_neighbours():
    _, found = mentions("从安东尼·卡特在场上说")
    assert ("安东尼·卡特", "person", "安东尼·卡特") in found


def test_bare_subject_needs_a_name_shaped_phrase():
    folded = fold("王建华")
    assert sp.bare_subject(folded, 0, len(folded)).kind == "person"
    folded = fold("一边")
    assert sp.bare_subject(folded, 0, len(folded)) is None
    folded = fold("国家统计局")
    assert sp.bare_subject(folded, 0, len(folded)).kind == "org"


def test_strip_clause_drops_connectives_and_adverbials():
    folded = "但王建华在会上也"
    lo, hi = sp.strip_clause(folded, 0, len(folded))
    assert folded[lo:hi] == "王建华"


def test_registry_joins_short_forms():
    folded = "凯文·杜兰特 杜兰特 张姓男子 张男"
    registry = sp.Registry(folded)
    full = registry.add(sp.Mention(0, 6, "person", 0, 6))
    assert registry.lookup("杜兰特") is full
    woman = registry.add(sp.Mention(11, 15, "person", 11, 15))
    assert registry.lookup("张男") is woman
    assert registry.lookup("李四") is None
