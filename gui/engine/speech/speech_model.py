"""Speech or term, decided by a small learned model rather than a cascade of thresholds.

Whether words in quotation marks are someone's words (“我们会赢。”) or a term being named (“港独”,
“双减”) depends on several weak signals at once:

- how the quotation is attached to a speech verb (before, colon, after, inside reported speech,
  none), and whether a speech verb stands earlier in its clause or sentence;
- what it looks like inside: length, clause punctuation, a sentence-final mark or particle, first
  or second person, Cantonese, a predicate (a verb, negation, a modal, an aspect marker) or only
  nouns, two or more grammatical words (了, 的, 不, 都, 把, 会; 一直, 因为: a clause's shape), a
  head that ends a title (……论坛, ……调查), two halves of one length (a slogan), a dictionary
  word or an idiom;
- what stands around it: a verb of naming (称为, 所谓), a modifier (的, 个) or a copula (是) before
  it, a shouting verb (大叫), a noun, 的, a word for words (一词, 说法) or a title's frame (以……为题)
  or the sentence's end after it, and whether the text repeats its words nearby.

Words right after a verb of saying made a modifier or a perfect (他说的“……”, 未否认说过“……”) are
the words said whatever the model weighs: a rule, as a quotation alone on its line is an utterance.

A logistic regression over those signals, trained on the tuning part of the labelled corpus
(``tools/train_speech_model.py``, its penalty chosen by leave-articles-out cross-validation; never
on the locked part), weighs them; the weights ship as ``speech_model.json``.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from itertools import compress

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.names import word_tag_at
from gui.engine.speech.patterns import alternation

ROUTES = ("cue_before", "colon", "cue_after", "fragment", "continued", "none")
_SENTENCE_FINAL = "。！？…!?"
_CLAUSE_PUNCT = re.compile("[，。！？；：…,!?;:]")
_PERSONAL = re.compile("[我你您咱俺]")
# The grammatical words of a clause, one character each: aspect and structure (了着过的得), mood
# (吗呢吧), the copula, negation, adverbs of scope and degree (也都就还又才很太), coverbs
# (把被让给在从对) and modals (会能要可); longer ones are adverbs, conjunctions and prepositions
# by the dictionary (一直, 因为, 按照). A name for something seldom holds two; words said nearly
# always do (434 of the 453 labelled quotations with two in the fit articles are speech).
_GRAMMATICAL = re.compile("[了着过的得吗呢吧是不没也都就还又才很太把被让给在从对会能要可]")
_GRAMMATICAL_TAGS = frozenset({"d", "c", "p"})
_CANTONESE = re.compile("[嘅咗啲喺嗰冇唔佢哋囉喇咁乜嘢]")
_LATIN_OR_DIGITS = re.compile(r"^[\sA-Za-z0-9.\-%/]+$")
_NUMBERED = re.compile(rf"^[{lx.NUMERALS}]+(?:[大项个条化种点好严实为有不]|$)")
_CLAUSE_REACH = 24
# The last clause mark of a stretch: a greedy run to its end, then back to the mark (one pass,
# where a search for the clause after it tried every place of the stretch).
_LAST_CLAUSE_MARK = re.compile("(?s:.*[，。！？；：\n“”「」,;!?])?")
_SPEECH_VERB = re.compile(alternation(lx.SPEECH_VERBS))
_SEPARATORS = re.compile("[，,；;、 ]")
_NAMING = tuple(sorted(lx.NAMING_VERBS, key=len, reverse=True))
_LENGTHS = ((1, 1), (2, 2), (3, 3), (4, 5), (6, 9), (10, 10**9))
# The length feature of each size up to the last band's start (looked up, not searched for:
# every quotation asks); None for an empty quotation.
_LENGTH_NAMES = tuple(
    next((f"length_{low}" for low, high in _LENGTHS if low <= size <= high), None)
    for size in range(_LENGTHS[-1][0] + 1)
)
THRESHOLD = 0.5
SEGMENT_REACH = 16  # characters of a quotation cut into words: its opening shows its kind
REPEAT_REACH = 1500  # characters either side looked through for the same words (a book is long)
# Sentence-final particles of Mandarin and Cantonese: a mood only an utterance has (……吗, ……啦).
_PARTICLE_END = re.compile("[吗呢吧啊呀啦嘛哦喔哇咧呗咩喇囉嘞]\\W*$")
# Words that make a clause a predicate: adverbs of negation, degree and scope (不, 很, 都, 就:
# jieba's "d"), modals and aspect markers (会, 要, 了, 过) — as words, not characters (就业).
_PREDICATE_WORDS = frozenset({"了", "过", "着", "得", "会", "要", "能", "该", "可以", "应该", "需要", "必须"})
# Heads that end the name of an event, a programme, a document or a talk's title (……论坛,
# ……调查, ……的看法): a quotation ending in one names something rather than saying it.
TITLE_HEADS: tuple[str, ...] = (
    "论坛", "峰会", "大会", "会议", "调查", "计划", "工程", "行动", "活动", "政策", "主义", "精神",
    "理念", "战略", "方案", "项目", "奖", "杯", "赛", "节", "展", "法", "条例", "报告", "研究",
    "分析", "看法", "前景", "取向", "问题", "主题", "运动", "制度", "模式", "效应", "现象", "概念",
    "系列", "专栏", "节目", "组织", "联盟", "协会", "中心", "基金", "公司", "大学", "学院", "小组",
)
# Nouns after a quotation that say it is a word, not words said (“……”一词, “……”的说法), or
# that it is a title (以“……”为题).
_METALINGUISTIC = (
    "一词", "一语", "二字", "两字", "三字", "四字", "字样", "字眼", "说法", "概念", "口号", "标语",
    "称号", "之称", "之名", "一说", "头衔", "名号",
    # 以“……”为题: the title of a talk or an event
    "为题", "为主题", "为标题", "为名",
)
# Verbs that take the words shouted at someone as their object (大叫“……”, 高呼“……”, 骂她“……”).
_SHOUTING = ("叫", "呼", "喊", "吼", "嚷", "唱", "念", "呛", "骂")
# A verb of saying made a modifier or a perfect (他说的「……」, 未否认说过「……」): the words said.
# (The verb finder takes no 说过/说了 for a cue: 说过 is also 说过去, 说了算.)
_SAID = frozenset(verb + aspect for verb in "说讲谈提" for aspect in "过的了")
_MODIFIERS = ("的", "个", "种", "项", "句", "字", "声")
_COPULAS = ("是", "为", "成", "作", "做", "当")
_NOUN_TAGS = frozenset({"n", "nz", "ns", "nt", "nr", "nrt", "nrfg", "ng", "vn", "an", "s", "j"})
_VERB_TAGS = frozenset({"v", "vd", "vi", "vg", "vq", "a", "ad", "d", "i", "l"})
_EXCLAMATION_OR_QUESTION = re.compile("[！？!?]")
_SET_OFF = frozenset("，：,:")
# Signals that make a quotation speech whatever the weights say.
_RULES = frozenset({"after_said", "whole_sentence_after_cue", "split_by_attribution"})


# Word sizes tried at a place, longest first, by how many characters are left (at most four).
_SIZES_LEFT = ((), (), (2,), (3, 2), (4, 3, 2))


def _words(inside: str, tags: Mapping[str, str]) -> list[tuple[str, str]]:
    """``inside`` cut into dictionary words by forward longest match (at most four characters),
    each with its tag ("" for a character no word starts with)."""
    words = []
    append = words.append
    index = 0
    length = len(inside)
    grouped = getattr(tags, "group", None)  # the word table: one look-up per place for all sizes
    while index < length:
        char = inside[index]
        starting = grouped(char) if grouped else tags
        get = starting.get
        # (the sizes come from a table and the loop is inlined: this runs for every quotation)
        for size in _SIZES_LEFT[min(4, length - index)]:
            word = inside[index : index + size]
            tag = get(word)
            if tag is not None:
                append((word, tag))
                index += size
                break
        else:  # (a place's own character is in its group too)
            append((char, get(char) or ""))
            index += 1
    return words


def _parallel(inside: str) -> bool:
    """Two or more halves of one length joined by a comma: the shape of a slogan or a couplet
    (……满仓，……空仓)."""
    parts = [part for part in _SEPARATORS.split(inside.rstrip(_SENTENCE_FINAL)) if part]
    return len(parts) >= 2 and len({len(part) for part in parts}) == 1 and 2 <= len(parts[0]) <= 7


def _inside_features(inside: str, tags: Mapping[str, str]) -> dict[str, bool]:
    """What the quotation itself looks like: a clause someone says, or a name for something."""
    stripped = inside.rstrip(_SENTENCE_FINAL + "，,")
    last_tag = tags.get(stripped[-2:], "") or tags.get(stripped[-1:], "")
    return {
        "ends_in_noun": last_tag in _NOUN_TAGS,
        # (a title is one phrase: 此事正在调查。 ends in a clause, as all 18 such quotations of the
        # fit articles that end in a head word do)
        "title_head": stripped.endswith(TITLE_HEADS) and len(stripped) >= 4
        and _CLAUSE_PUNCT.search(inside) is None,
        "book_title": "《" in inside or "》" in inside,
        "particle": _PARTICLE_END.search(inside) is not None,
        "exclamation_or_question": _EXCLAMATION_OR_QUESTION.search(inside) is not None,
    }


def _without_addressee(before: str) -> str:
    """``before`` less a pronoun the words are aimed at (骂她 → 骂)."""
    if not before.endswith(lx.ADDRESSED_PRONOUNS):
        return before  # (most often: one test instead of one per pronoun)
    for pronoun in lx.ADDRESSED_PRONOUNS:
        if before.endswith(pronoun):
            return before[: -len(pronoun)]
    return before


def _clause_before(folded: str, start: int) -> str:
    """The clause (at most ``_CLAUSE_REACH`` characters) that ends at the opening mark before
    ``start``; behind a line break right before the mark, the last clause of the line before (a
    ``$`` matches before a final line break: how the signal was read when the model was trained)."""
    hi = max(0, start - 1)
    lo = max(0, start - 1 - _CLAUSE_REACH)
    if hi > lo and folded[hi - 1] == "\n":
        hi -= 1
    return folded[_LAST_CLAUSE_MARK.match(folded, lo, hi).end() : hi]


def _context_features(folded: str, start: int, end: int, tags: Mapping[str, str]) -> dict[str, bool]:
    """What stands around the marks: a verb of naming, a modifier or a noun the quotation
    belongs to, or the end of a sentence."""
    before = folded[max(0, start - 5) : start - 1]
    after = folded[end + 1 : end + 4]
    opening = before[-1:]
    after_naming_verb = before.endswith(_NAMING)
    return {
        # (not 小说的「……」: a noun that ends in 说)
        "after_said": before[-2:] in _SAID and not tags.get(before[-3:-1], "").startswith("n"),
        "after_naming_verb": after_naming_verb,
        # 因应「……」, 下达「……」: the object of a verb of doing, in reported speech its own words
        "object_of_verb": tags.get(before[-2:], "") in ("v", "vd") and not after_naming_verb,
        "after_modifier": opening in _MODIFIERS or opening == "被",
        "after_copula": opening in _COPULAS,
        "after_shouting": _without_addressee(before).endswith(_SHOUTING),
        "after_dash": opening in "—―-─:",
        "opens_sentence": not opening or opening in "。！？!?\n #　 ",
        "followed_by_de": after[:1] == "的",
        "followed_by_list": after[:1] in ("、", "等"),
        "followed_by_word_noun": after.lstrip("这个").startswith(_METALINGUISTIC),
        "followed_by_sentence_end": not after or after[:1] in "。！？!?\n",
        "followed_by_copula": after[:1] in ("是", "乃", "即") or after.startswith("成为"),
    }


def _repeated(folded: str, inside: str, start: int, end: int) -> bool:
    """The quotation's words again near it, outside it: a term the text keeps naming."""
    return folded.count(inside, max(0, start - REPEAT_REACH), end + REPEAT_REACH) > 1


class _Quoted:
    """One quotation and how it was reached: what its signals are read from."""

    __slots__ = ("end", "folded", "inside", "own_line", "reported", "route", "size", "start", "tags")

    def __init__(self, folded: str, start: int, end: int, route: str, own_line: bool,
                 tags: Mapping[str, str], reported: bool) -> None:
        self.folded, self.start, self.end = folded, start, end
        self.inside = folded[start:end].strip()
        self.size = len(self.inside)
        self.route, self.own_line, self.tags, self.reported = route, own_line, tags, reported


def _plain_signals(quoted: _Quoted) -> dict[str, bool]:
    """The signals that cost a look-up or a short search each."""
    inside, size, tags, start, route = quoted.inside, quoted.size, quoted.tags, quoted.start, quoted.route
    tag = tags.get(inside, "")
    signals: dict[str, bool] = {"bias": True, f"route_{route}": True}
    length_name = _LENGTH_NAMES[min(size, len(_LENGTH_NAMES) - 1)]
    if length_name is not None:
        signals[length_name] = True
    signals |= {
        "clause_punctuation": _CLAUSE_PUNCT.search(inside) is not None,
        "sentence_final": inside[-1:] in _SENTENCE_FINAL,
        "first_or_second_person": _PERSONAL.search(inside) is not None,
        "cantonese": _CANTONESE.search(inside) is not None,
        "numbered": _NUMBERED.match(inside) is not None,
        "dictionary_word": bool(tag),
        "idiom": tag in ("i", "l"),
        "latin_or_digits": _LATIN_OR_DIGITS.match(inside) is not None,
        "own_line": bool(quoted.own_line),
        "in_reported_speech": bool(quoted.reported),
        # 表示，“……” / 称：“……”: set off from its verb by a comma or a colon, the words it says
        # (提到“一中”: a verb's bare object may be a term)
        "set_off_after_cue": route == "cue_before" and quoted.folded[start - 2 : start - 1] in _SET_OFF,
    }
    signals |= _inside_features(inside, tags)
    signals |= _context_features(quoted.folded, quoted.start, quoted.end, tags)
    # Two frames of the words said, whatever they hold (26 and 16 of 26 and 16 in the fit
    # articles): set off after the verb and closing the sentence (表示，“……”。), and the first half
    # of a quotation its attribution splits (“……，”她说，“……”). (The rules are plain signals:
    # ``says_speech`` reads them before any costly one.)
    signals["whole_sentence_after_cue"] = signals["set_off_after_cue"] and signals["followed_by_sentence_end"]
    signals["split_by_attribution"] = route == "cue_after" and inside[-1:] in ("，", ",")
    return signals


def _parallel_signal(quoted: _Quoted) -> dict[str, bool]:
    return {"parallel": _parallel(quoted.inside)}


def _following_signals(quoted: _Quoted) -> dict[str, bool]:
    following = word_tag_at(quoted.folded, quoted.end + 1, longest=4)
    return {
        # “强化党建引领”主题 / “…”活动: a noun right after names what the quotation is
        # (not when a verb after the quotation names its speaker: “……”主教练某某说)
        "followed_by_noun": following in ("n", "nz", "vn", "ng") and quoted.route != "cue_after",
        "followed_by_name": following in ("nr", "nrt", "nrfg", "nt", "ns"),
    }


def _clause_signals(quoted: _Quoted) -> dict[str, bool]:
    # 说过「……」, 指他是在「……」: a speech verb earlier in the clause takes the words as its object
    in_clause = _SPEECH_VERB.search(_clause_before(quoted.folded, quoted.start)) is not None
    # A short quotation means one thing inside someone's reported speech (a verbatim fragment,
    # 称美国的支持「坚若磐石」) and another in the narration (a term): the one weight a linear
    # model cannot give by itself.
    reported_here = quoted.route == "fragment" or quoted.reported or in_clause
    return {"speech_verb_in_clause": in_clause, "short_in_reported": quoted.size <= 5 and reported_here}


def _word_signals(quoted: _Quoted) -> dict[str, bool]:
    """What the quotation's opening words are: a predicate, or only nouns, and whether two
    grammatical words say it is a clause."""
    inside = quoted.inside
    words = _words(inside[:SEGMENT_REACH], quoted.tags)
    content = [tag for word, tag in words if len(word) > 1 or tag]
    first = _GRAMMATICAL.search(inside)
    grammatical = 0 if first is None else 1 + (_GRAMMATICAL.search(inside, first.end()) is not None)
    if grammatical < 2:  # (the words are counted only when the characters leave it open)
        grammatical += sum(
            1 for word, tag in words
            if len(word) > 1 and tag in _GRAMMATICAL_TAGS and _GRAMMATICAL.search(word) is None
        )
    return {
        "has_verb": not _VERB_TAGS.isdisjoint(content),
        "predicate_word": any(tag == "d" or word in _PREDICATE_WORDS for word, tag in words),
        "nouns_only": bool(content) and _NOUN_TAGS.issuperset(content),
        "grammatical_words": grammatical >= 2,
    }


def _repeated_signal(quoted: _Quoted) -> dict[str, bool]:
    repeated = quoted.size >= 2 and _repeated(quoted.folded, quoted.inside, quoted.start, quoted.end)
    return {"repeated": repeated}


# The signals that cost a word cutting or a search of their own, each with every name it answers,
# cheapest for what it can change first: ``says_speech`` stops reading them once the rest could no
# longer change the decision.
_COSTLY: tuple[tuple[tuple[str, ...], Callable[[_Quoted], dict[str, bool]]], ...] = (
    (("parallel",), _parallel_signal),
    (("followed_by_noun", "followed_by_name"), _following_signals),
    (("speech_verb_in_clause", "short_in_reported"), _clause_signals),
    (("has_verb", "predicate_word", "nouns_only", "grammatical_words"), _word_signals),
    (("repeated",), _repeated_signal),
)
_MARGIN = 1e-9  # a score this near the threshold is summed again in ``features``' own order


def features(folded: str, start: int, end: int, route: str, own_line: bool,
             tags: Mapping[str, str], reported: bool = False) -> dict[str, float]:
    """The signals for the quotation whose inside is ``folded[start:end]``, reached by ``route``;
    ``reported`` when a speech verb earlier in its sentence reports what it sits in."""
    quoted = _Quoted(folded, start, end, route, own_line, tags, reported)
    # (the signals are yes or no: those that hold are the features, each of value 1)
    signals = _plain_signals(quoted)
    for _, costly in _COSTLY:
        signals |= costly(quoted)
    return {name: 1.0 for name, holds in signals.items() if holds}


def says_speech(folded: str, start: int, end: int, route: str, own_line: bool,
                tags: Mapping[str, str], reported: bool = False) -> bool:
    """``is_speech(features(...))`` by the shipped weights, reading the costly signals only while
    they can still change the answer: most quotations are decided well before the last."""
    quoted = _Quoted(folded, start, end, route, own_line, tags, reported)
    signals = _plain_signals(quoted)
    if any(signals[rule] for rule in _RULES):
        return True  # (every rule is a plain signal)
    weight = _weight_of().__getitem__
    score = sum(map(weight, compress(signals, signals.values())))
    for (_, costly), (lowest, highest) in zip(_COSTLY, _swings(), strict=True):
        if score + lowest > _MARGIN:
            return True
        if score + highest < -_MARGIN:
            return False
        answers = costly(quoted)
        score += sum(map(weight, compress(answers, answers.values())))
    if abs(score) > _MARGIN:
        return score > 0
    return is_speech(features(folded, start, end, route, own_line, tags, reported))


@cache
def _weight_of() -> defaultdict[str, float]:
    """The shipped weights, 0 for a name they lack (looked up without a call to ``get``)."""
    return defaultdict(float, _weights())


@cache
def _swings() -> tuple[tuple[float, float], ...]:
    """For each costly stage, how far the score can still move down and up from it on: the sums of
    the negative and of the positive weights of its names and of the stages after it."""
    weights = _weights()
    swings = []
    for index in range(len(_COSTLY)):
        names = [name for names, _ in _COSTLY[index:] for name in names]
        swings.append((sum(min(0.0, weights.get(name, 0.0)) for name in names),
                       sum(max(0.0, weights.get(name, 0.0)) for name in names)))
    return tuple(swings)


@cache
def _weights() -> dict[str, float]:
    data = json.loads(resources.files("gui.engine.speech").joinpath("speech_model.json").read_text("utf-8"))
    return dict(zip(data["features"], data["weights"], strict=True))


def probability(values: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """How likely the quotation is speech (0..1), by the shipped weights unless others are given."""
    weights = _weights() if weights is None else weights
    score = sum(weights.get(name, 0.0) * value for name, value in values.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def is_speech(values: dict[str, float], weights: dict[str, float] | None = None) -> bool:
    """The decision: the words said after 说过/说的, a sentence set off after its verb or half a
    split quotation (rules), else the model at its threshold."""
    if not _RULES.isdisjoint(values):  # (the values hold only the signals that hold)
        return True
    return probability(values, weights) >= THRESHOLD
