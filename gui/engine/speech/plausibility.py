"""Whether a string read as a speaker can name one: a gate on every path that yields a speaker.

The recognisers upstream read names by their shape and place (a surname and a given name, a
short noun phrase before a speech verb), and a shape alone lets ordinary words through: an
adverb after a role (球迷|高声), a noun that opens a clause (横线表示), a place before the noun it
modifies (某雄|市民众, 某宜|机场), a reaction after a family name (闻言), a phrase that runs over
a word boundary (楼市趋|势). A candidate the gate refuses is passed over, so the next candidate —
another mention, the pronoun's antecedent, the current speaker — takes its place.
"""

from __future__ import annotations

from functools import lru_cache

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.names import SURNAME_FIRSTS, dictionary, looks_like_name, names_an_organisation
from gui.engine.speech.patterns import NAME_DOTS, alternation
from gui.engine.speech.registry import Mention
from gui.engine.speech.subjects import has_bare_adverb, has_function_characters

# Tags of the word classes that name no one: adverbs, prepositions, conjunctions, particles,
# time and direction words, classifiers, interjections.
_FUNCTION_TAGS = ("d", "ad", "p", "c", "u", "f", "t", "q", "y", "e", "o")
# Tags of proper nouns: names, places, organisations, other proper nouns, abbreviations.
_PROPER_TAGS = ("nr", "ns", "nt", "nz", "j", "eng")
# Last characters of nouns for people or bodies of people (校方, 网友, 球迷, 民众, 业界, 台商).
_PEOPLE_HEADS = frozenset("人者员家民迷友生师商手士工方长官众属主客警兵军将帅队伍组位会团党界府")
_PEOPLE_WORDS = frozenset((*lx.PERSON_NOUNS, *lx.TITLE_WORDS, *lx.KINSHIP_WORDS, *lx.INDEFINITE_PEOPLE))
# Nouns of places and facilities a place name modifies (某宜机场, 某山车站): the name before
# them is a place, not a person.
_FACILITIES = (
    "机场", "车站", "港口", "码头", "大桥", "公园", "广场", "海峡", "半岛", "地区", "市区", "县城",
    "山区", "村落", "街道", "路口", "火车站", "高铁站", "捷运站", "地铁站", "海滩", "水库",
)
# One-character place suffixes (市, 县) that, with the name before them, form a place the
# dictionary knows (某雄|市); read two characters on, so 市长 is a role after a name, not a suffix.
_PLACE_SUFFIXES = frozenset("市县省州区镇乡村岛港湾")
_COMPOUND_SURNAMES = frozenset(lx.COMPOUND_SURNAMES)


def people_word(word: str) -> bool:
    """True when ``word`` is a noun for people or a body of people (网友, 校方, 外援, 当局)."""
    return word in _PEOPLE_WORDS or word[-1:] in _PEOPLE_HEADS or names_an_organisation(word)


# Last characters of dictionary nouns for persons (孩子 and 母亲 are in ``lx.RELATION_NOUNS``);
# not those of bodies (会, 党, 队), which end many a thing's name too (聚会, 舞会).
_PERSON_HEAD_ENDS = frozenset("人者员民迷友生师士手商客警兵属")


def person_noun(word: str) -> bool:
    """True when ``word`` is a noun for a person or people (孩子, 球迷, 业内人士)."""
    if word in lx.RELATION_NOUNS or word in lx.PERSON_NOUNS or word in lx.KINSHIP_WORDS:
        return True
    _, tags = dictionary()
    return 2 <= len(word) <= 4 and word[-1] in _PERSON_HEAD_ENDS and (tags.get(word) or "").startswith("n")


def ordinary_word(word: str) -> bool:
    """True when ``word`` is a dictionary word of a class that never names anyone: an adverb, a
    preposition, a conjunction, a particle, a time or place word, a classifier (普遍, 高度, 此外),
    or a reaction (闻言). Nouns, verbs and pronouns are left alone: roles are often verbs in the
    dictionary (翻译, 评审), groups pronouns (大家), and a common noun is many a nickname (小花)."""
    _, tags = dictionary()
    tag = tags.get(word)
    if tag is None or people_word(word):
        return False
    return word in lx.REACTIONS or tag.startswith(_FUNCTION_TAGS)


def common_word(word: str) -> bool:
    """True when ``word`` is in the dictionary as anything but a proper noun (高声, 现场)."""
    _, tags = dictionary()
    tag = tags.get(word)
    return tag is not None and not tag.startswith(_PROPER_TAGS) and not NAME_DOTS.search(word)


def opens_with_conjunction(name: str) -> bool:
    """True when a conjunction that is also a surname opens ``name`` and the dictionary knows
    no name of that spelling (球迷|和到某: 和 joins two phrases; 但某某 opens a clause)."""
    _, tags = dictionary()
    return tags.get(name[0]) == "c" and not (tags.get(name) or "").startswith("nr")


# Tags of one-character words that open a verb phrase, never a name: verbs (使人, 做足) and
# pronouns (怎有本事: an interrogative before a verb).
_PREDICATE_OPENERS = ("v", "r")


def opens_with_verb_phrase(name: str) -> bool:
    """True when ``name`` is no dictionary word and opens with a verb or a pronoun that is no
    family name and no sound of a transliteration (使人|出汗, 做足|功课, 怎有本|事): a verb and
    what follows it, read where a name is expected, is a predicate without its subject."""
    if not 2 <= len(name) <= 3 or NAME_DOTS.search(name) or name in _PEOPLE_WORDS or name[1] == name[0]:
        return False  # (a longer phrase is a description: 某券商分析师, 相关人士)
    _, tags = dictionary()
    first = name[0]
    if name in tags or first in SURNAME_FIRSTS or first in lx.TRANSLITERATION_CHARS:
        return False
    if name[1:] in _PEOPLE_WORDS or person_noun(name[1:]):
        return False  # 该男子, 该网民: a demonstrative before a noun for a person, no predicate
    return (tags.get(first) or "").startswith(_PREDICATE_OPENERS)  # (亮亮: a doubled nickname)


def _name_runs_on(name: str, after: str) -> bool:
    """True when ``name`` is the start of a longer name the dictionary knows (候俊|杰: a name read
    short, completed later from its other occurrences)."""
    _, tags = dictionary()
    return any((tags.get(name + after[:size]) or "").startswith("nr") for size in (1, 2))


def modifies_place(folded: str, start: int, end: int) -> bool:
    """True when ``folded[start:end]`` is the first part of a place name or modifies a place
    noun right after it (某雄|市, 某宜|机场): then it names a place, never a person."""
    _, tags = dictionary()
    if folded.startswith(_FACILITIES, end):
        return True
    suffix = folded[end : end + 1]
    if suffix not in _PLACE_SUFFIXES:
        return False
    after = folded[end : end + 2]
    role = after in lx.TITLE_WORDS and after not in lx.PERSON_NOUNS  # 市长, not 市民
    return tags.get(folded[start : end + 1]) == "ns" and not role


def straddles_words(folded: str, start: int, end: int) -> bool:
    """True when a three-character name begins with an ordinary word and ends with the first
    character of another (楼市|趋势): the phrase cuts through words, so it is none. A compound
    family name is no ordinary word (欧阳 is a place too): 欧阳明|说 is a name and its verb."""
    if end - start != 3 or end >= len(folded) or folded[start : start + 2] in _COMPOUND_SURNAMES:
        return False
    if folded[start] in lx.SURNAMES and folded[start + 1 : end] in _PEOPLE_WORDS:
        return False  # 王导演|说: a family name and a role (王导 is a word too), not 王导|演说
    _, tags = dictionary()
    opening = tags.get(folded[start : start + 2])
    return opening is not None and not opening.startswith("nr") and folded[end - 1 : end + 1] in tags


def plausible_name(folded: str, start: int, end: int) -> bool:
    """True when ``folded[start:end]``, read as a person's name without a role, can be one."""
    # (the answer depends on the name and the few characters after it only: memoised, since the
    # same candidates are read again clause after clause)
    name = folded[start:end]
    verdict = _plausible_name(name, folded[end : end + _LOOKAHEAD])
    if verdict is None:
        return opens_clauses(folded, name)  # a novel's given name: the text shows it one
    return verdict


# How often the text must use a verb-initial non-word as a name for it to be one (某叶说, 对某叶
#说, 某叶笑了: a character of a novel comes back again and again; 使人 or 怎有本事 once or twice):
# that many uses, or half as many opening a clause.
NAME_EVIDENCE = 4
_CLAUSE_BOUNDARY = "，。！？；：\n“”「」『』"


@lru_cache(maxsize=256)
def opens_clauses(folded: str, name: str) -> bool:
    """True when the text uses ``name`` as a name often enough (``NAME_EVIDENCE``, a clause
    opening counting twice), never counting it as a modifier before 的 or cut across a word."""
    _, tags = dictionary()
    count, at = 0, folded.find(name)
    while at >= 0 and count < NAME_EVIDENCE:
        end = at + len(name)
        # (买股票的人: a modifier; 买股|票: the end of the string opens a word with what follows)
        if at > 0 and looks_like_name(folded[at - 1 : end]):
            return True  # 田|某叶: the family name the text gives it shows a given name
        if folded[end : end + 1] != "的" and folded[end - 1 : end + 1] not in tags:
            count += 2 if at == 0 or folded[at - 1] in _CLAUSE_BOUNDARY else 1
        at = folded.find(name, end)
    return count >= NAME_EVIDENCE


_LOOKAHEAD = max(map(len, _FACILITIES))
_REACTION_IN = re.compile(alternation(lx.REACTIONS))


@lru_cache(maxsize=8192)
def _plausible_name(name: str, after: str) -> bool | None:
    """The verdict on ``name`` before ``after``; None when it opens with a verb and only the
    text's evidence can tell (``opens_clauses``)."""
    if not name or NAME_DOTS.search(name):
        return bool(name)  # a transliterated name with its parts joined
    if _REACTION_IN.search(name):
        return False  # 闻言, 某闻言: a reaction, no part of a name
    if len(name) >= 2 and ordinary_word(name):
        return False
    if opens_with_conjunction(name):
        return False
    text = name + after
    if modifies_place(text, 0, len(name)) or straddles_words(text, 0, len(name)):
        return False
    return None if opens_with_verb_phrase(name) and not _name_runs_on(name, after) else True


TITLE_REACH = 30  # characters of a title in 《》 read around a candidate


def in_title(folded: str, start: int, end: int) -> bool:
    """True when ``folded[start:end]`` stands inside the title of a work (电影《某克·某尔》): a
    person's name there names the work or a character of it, not anyone who speaks in the text."""
    opening = folded.rfind("《", max(0, start - TITLE_REACH), start + 1)
    if opening < 0 or "》" in folded[opening:start]:
        return False
    closing = folded.find("》", end - 1, end + TITLE_REACH)
    return closing >= 0 and "《" not in folded[end:closing]


_NON_HUMAN_PRONOUNS = frozenset(("它", "它们", "牠", "牠们"))


# (a verb's subject is asked about when it is read, when it is registered and when it is resolved:
# memoised, the answer depending on the text and the mention alone)
@lru_cache(maxsize=8192)
def plausible_speaker(folded: str, mention: Mention) -> bool:
    """True when ``mention`` can name a speaker (only people are checked: organisations and
    groups are recognised by their own endings, pronouns and documents are resolved later);
    a pronoun for animals and things (它们, 牠们) names no speaker of any kind."""
    if folded[mention.name_start : mention.name_end] in _NON_HUMAN_PRONOUNS:
        return False
    if mention.kind != "person":
        return True  # (a newspaper in 《》 speaks through its reporters)
    if in_title(folded, mention.start, mention.end):
        return False
    if mention.name_start > mention.start:
        # a role and a name: the name must be one, and no word of the dictionary but a name
        # (球迷|高声 is a role and the manner of its verb)
        name = folded[mention.name_start : mention.name_end]
        return plausible_name(folded, mention.name_start, mention.name_end) and not common_word(name)
    return plausible_name(folded, mention.start, mention.end)


def without_implausible_name(folded: str, mention: Mention) -> Mention | None:
    """``mention`` as it can name a speaker: unchanged, the role alone when the name after it
    is none (现场球迷|高声 → 现场球迷), or None."""
    if plausible_speaker(folded, mention):
        return mention
    if mention.name_start > mention.start and people_word(folded[mention.name_start : mention.name_end]):
        return Mention(mention.start, mention.end, "person", mention.start, mention.end)  # 被告|商家
    if mention.name_start > mention.start:
        # (有旁听人士|闻言: an existential 有 opens no role)
        start = mention.start + (folded[mention.start] == "有" and mention.name_start - mention.start > 2)
        if has_function_characters(folded, start, mention.name_start) or has_bare_adverb(
            folded[start : mention.name_start]
        ):
            return None  # 他仍感谢某国球迷|和某: a clause before the role, no role phrase
        return Mention(start, mention.name_start, "person", start, mention.name_start)
    return None
