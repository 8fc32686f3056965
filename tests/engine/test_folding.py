from gui.engine.scripts.folding import fold, translation_table, widen


def test_length_is_kept_and_traditional_becomes_simplified():
    text = "某縣教育局局長說:「我們著力規範化建設。」"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("某县教育局局长说：「我们")
    assert "规范化建设" in folded


def test_machine_converted_characters_stay_simplified():
    # 規范/最后/并/于 are already simplified in a badly converted traditional text.
    assert fold("規范 最后 并 于") == "规范 最后 并 于"


def test_half_width_punctuation_next_to_han_is_widened_only_there():
    assert widen("好,是:對?(版)") == "好，是：對？（版）"
    assert widen("3,000 at 10:30, f(x)") == "3,000 at 10:30, f(x)"


def test_table_is_single_characters_only():
    table = translation_table()
    assert all(len(target) == 1 for target in table.values())
    assert table[ord("說")] == "说"


def test_the_aspect_particle_zhe_folds_to_its_simplified_form_but_not_in_words_of_writing():
    assert fold("這名婦女接著笑說，他看著我") == "这名妇女接着笑说，他看着我"
    assert fold("著名作家的名著很顯著") == "著名作家的名著很显著"
