"""Corner brackets for the Taiwan and Hong Kong views: matched pairs only, one mark for one."""

from hypothesis import given
from hypothesis import strategies as st

from gui.engine.scripts.quotation_style import corner_quotes

_CORNERS = {"“": "「", "”": "」", "‘": "『", "’": "』"}


def _reference(text: str) -> str:
    """The rule, written the plain way: pair each closing mark with the nearest open one."""
    chars, open_marks = list(text), []
    for at, mark in enumerate(text):
        if mark in "“‘":
            open_marks.append((mark, at))
        elif mark in "”’":
            opening = "“" if mark == "”" else "‘"
            for depth in range(len(open_marks) - 1, -1, -1):
                if open_marks[depth][0] == opening:
                    chars[open_marks[depth][1]], chars[at] = _CORNERS[opening], _CORNERS[mark]
                    del open_marks[depth:]
                    break
    return "".join(chars)


def test_pairs_nested_pairs_and_strays():
    assert corner_quotes("他說：“她說‘好’。”") == "他說：「她說『好』。」"
    assert corner_quotes("Xi’an “西安”") == "Xi’an 「西安」"  # the apostrophe pairs with nothing
    assert corner_quotes("“沒有關上") == "“沒有關上"
    assert corner_quotes("沒有引號") == "沒有引號"


@given(st.text(alphabet="“”‘’說a\n", max_size=60))
def test_matches_the_plain_rule_and_keeps_every_offset(text):
    shown = corner_quotes(text)
    assert shown == _reference(text)
    assert len(shown) == len(text)
