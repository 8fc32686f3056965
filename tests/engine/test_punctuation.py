from gui.engine.scripts.punctuation import widen_punctuation


def test_marks_beside_han_become_full_width():
    assert widen_punctuation("如何?好,是:對;(版)") == "如何？好，是：對；（版）"


def test_marks_between_latin_or_digits_stay():
    text = "3,000 people at 10:30, f(x)!"
    assert widen_punctuation(text) == text


def test_length_is_kept():
    text = "協商,議政!(2023年)"
    assert len(widen_punctuation(text)) == len(text)


def test_a_widened_bracket_widens_its_partner():
    assert widen_punctuation("(記者 姚?)") == "（記者 姚？）"
    assert widen_punctuation("他說(記者 Li)") == "他說（記者 Li）"
    assert widen_punctuation("f(x) = (3,000)") == "f(x) = (3,000)"


def test_runs_of_marks_are_widened_together():
    assert widen_punctuation("真的?!") == "真的？！"
    assert widen_punctuation("好!!") == "好！！"
    assert widen_punctuation("?!真的") == "？！真的"
    assert widen_punctuation("𠝹!?") == "𠝹！？"  # Extension B counts as Han


def test_runs_between_latin_stay():
    assert widen_punctuation("What?! No!!") == "What?! No!!"
