from gui.engine.scripts.folding import fold
from gui.engine.speech.mentions import pattern_mentions
from gui.engine.speech.registry import Registry


def mentions(text):
    folded = fold(text)
    registry = Registry(folded)
    return folded, [(folded[m.start : m.end], m.kind, folded[m.name_start : m.name_end])
                    for m in pattern_mentions(folded, 0, len(folded), registry)]


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


def test_a_name_whose_first_characters_make_a_word_ends_before_a_noun():
    from gui.engine.speech.names import person_names

    assert person_names("柯文杰庭讯") == ((0, 3),)  # 柯文 is a word, 庭讯 a noun: the name is 柯文杰
    assert person_names("梅花听春生") == ()  # 听 is a verb: 梅花 and no name
