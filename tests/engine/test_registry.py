from gui.engine.speech.registry import Mention, Registry


def test_registry_joins_short_forms():
    folded = "凯文·杜兰特 杜兰特 张姓男子 张男"
    registry = Registry(folded)
    full = registry.add(Mention(0, 6, "person", 0, 6))
    assert registry.lookup("杜兰特") is full
    woman = registry.add(Mention(11, 15, "person", 11, 15))
    assert registry.lookup("张男") is woman
    assert registry.lookup("李四") is None
