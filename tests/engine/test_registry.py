from gui.engine.speech.registry import Mention, Registry


def test_registry_joins_short_forms():
    folded = "凯文·杜兰特 杜兰特 张姓男子 张男"
    registry = Registry(folded)
    full = registry.add(Mention(0, 6, "person", 0, 6))
    assert registry.lookup("杜兰特") is full
    woman = registry.add(Mention(11, 15, "person", 11, 15))
    assert registry.lookup("张男") is woman
    assert registry.lookup("李四") is None


def test_a_gloss_in_latin_letters_closes_a_name_but_is_never_a_whole_name():
    folded = "消防署（NFA）表示"
    registry = Registry(folded)
    entry = registry.add(Mention(0, 8, "org", 0, 8))
    assert folded[entry.name_span[0] : entry.name_span[1]] == "消防署"  # the bracket glosses the name
    alone = Registry(folded).add(Mention(3, 8, "org", 3, 8))  # (a mention of the bracket alone)
    assert alone.name_span == (3, 8)  # kept as it is, never cut to nothing
