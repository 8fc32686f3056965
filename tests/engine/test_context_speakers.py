"""Speakers of quotations that have no speech verb of their own (the context route): the
evidence the discourse around them gives. Invented sentences."""

from speech_samples import direct


def test_people_an_existential_you_opens_a_clause_with_speak_the_words_after_it():
    text = (
        "王立华上周表示，市场已经见底。股市昨日大涨。"
        "有几位基金经理上周就把仓位降得很低，“现在想加仓，又怕买在高点。”持此观点的人不少。"
    )
    assert direct(text)[-1][1] == "有几位基金经理"
