from gui.engine.pinyin import is_pinyin_syllable, strip_annotations


def test_bundled_article_loses_exactly_its_annotations(bundled_raw, seed_gold):
    stripped = strip_annotations(bundled_raw)
    assert stripped.text == seed_gold["text"]
    assert len(stripped.annotations) == 179
    # The syllable stays attached to the character it annotated.
    offset = stripped.text.index("政協")
    assert stripped.annotations[offset + 1] == "xié"


def test_real_parentheses_stay():
    text = "來源:《人民政協報》(2023年07月05日第02版) 人工智能(AI) 過去(巅峰期)"
    assert strip_annotations(text).text == text


def test_tone_digits_and_full_width_parentheses():
    stripped = strip_annotations("中（zhong1）文(wen2)")
    assert stripped.text == "中文"
    assert stripped.annotations == {0: "zhong1", 1: "wen2"}


def test_only_real_syllables_are_annotations():
    assert is_pinyin_syllable("xié")
    assert is_pinyin_syllable("lü")
    assert not is_pinyin_syllable("xyz")
    assert not is_pinyin_syllable("xíé")  # two tone marks
    assert strip_annotations("字(xyz)").text == "字(xyz)"


def test_annotation_needs_a_han_character_before_it():
    assert strip_annotations("A(xié) 1(ma)").text == "A(xié) 1(ma)"
