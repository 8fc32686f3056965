"""Subjects: where a mention stands in its clause, and whether it can be the one speaking.

A speech verb's subject is in the clause before it, once connectives (但, 同时) and adverbials
(也, 在会上, 今天) are stripped off; a mention is no subject when it is an object or a possessor
(对X说, 看到X, X的), and an antecedent of 他/她 has to open its clause.
"""

from __future__ import annotations

from functools import lru_cache

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.names import dictionary, looks_like_name, word_cut_at, word_tag_at
from gui.engine.speech.patterns import HAN, ORG_PHRASE, PERSON, SURNAME, TITLE, alternation
from gui.engine.speech.registry import Mention
from gui.engine.speech.roles import ROLE_AT_END, TITLE_STOPS

_LEADING = re.compile(rf"(?:{alternation(lx.LEADING_CONNECTIVES)})+")
_TIME_UNITS = ("年", "月", "日", "号")
_DAYPARTS = ("上午", "下午", "晚间", "晚上", "早上", "凌晨", "中午", "晚")
_TIME = rf"(?:\d+|[一二三四五六七八九十]+)(?:{'|'.join(_TIME_UNITS)})(?:{'|'.join(_DAYPARTS)})?"
_IN_ENDS = ("中", "上", "时", "后", "里", "前", "期间", "之际", "同时")  # 在……中
_AT_ENDS = ("时", "中", "上", "后")  # 于……时
_INTERVIEWS = ("采访", "专访", "访问")  # 接受……采访(时)
_PRESS = lx.PRESS_ADDRESSEES  # 对……记者, 向某证券报, 对本报
# Adverbials that sit between a subject and its verb: X也表示, X在发言中说, X今天表示.
_TRAILING = re.compile(
    rf"(?:{alternation(lx.ADVERBS)}|{_TIME}|在[^，。！？]{{1,20}}?(?:{'|'.join(_IN_ENDS)})"
    rf"|于[^，。！？]{{1,10}}?(?:{'|'.join(_AT_ENDS)})|接受[^，。！？]{{0,12}}?(?:{'|'.join(_INTERVIEWS)})(?:时)?"
    rf"|(?:对|向)[{HAN}《》·]{{0,10}}?(?:{'|'.join(_PRESS)})》?|通过[^，。！？]{{1,10}}"
    # a publication spoken to, its title in any script (向《The Times》透露)
    rf"|(?:对|向|跟|给)《[^《》，。！？]{{1,24}}》"
    # manner adverbials marked by 地 or 着 (着急地, 急切着, 客气地): the subject stands before them
    rf"|(?<=[{HAN}])[{HAN}]{{1,3}}?[地着]"
    # an addressee (给徐主任, 对她, 跟大家)
    rf"|(?<=[{HAN}]{{2}})(?:给|对|向|跟|朝|冲着|对着)[{HAN}]{{1,6}}?)$"
)
# The characters an adverbial of ``_TRAILING`` can end with, but for 通过……, which ends anywhere.
_TRAILING_LAST = frozenset(
    word[-1]
    for word in (*lx.ADVERBS, *_TIME_UNITS, *_DAYPARTS, *_IN_ENDS, *_AT_ENDS, *_INTERVIEWS, *_PRESS,
                 "时", "地", "着", "》")
)
_TIME_AT = re.compile(_TIME)
_BARE_NAME = re.compile(rf"^{SURNAME}[{HAN}]{{1,2}}$")
_TITLE_NP = re.compile(
    rf"^(?P<title>[{HAN}]{{0,12}}?(?:{TITLE}))"
    # a Chinese name, or a foreign one spelt out in transliteration characters (主帅阿德尔曼)
    rf"(?P<name>{SURNAME}[{HAN}]{{1,2}}|[{lx.TRANSLITERATION_CHARS}]{{3,8}})?$"
)
# A phrase without a role word (most) is no ``_TITLE_NP``: a search that jumps to the role words'
# characters tells so sooner than the match, which tries the role words at each place of its reach.
_TITLE_WORD = re.compile(TITLE)
# A role or a noun for a person, then a familiar name (居民老李, 房东阿芳, 球迷小王): the name is
# the speaker's, the words before it their role.
_ROLE_AND_FAMILIAR_NAME = re.compile(
    rf"^(?P<title>[{HAN}]{{0,12}}?(?:{TITLE}|{PERSON}))(?P<name>(?:老|小){SURNAME}|阿[{HAN}])$"
)
_FAMILIAR_MARKS = frozenset(lx.FAMILIAR_PREFIXES)  # (one of them opens every familiar name)
# Characters right before a mention that make it an object (站在X旁边, 看到X, 让X).
_BLOCKING_BEFORE = (
    "在", "把", "被", "让", "使", "令", "帮", "请", "叫", "及", "、", "到", "看", "见", "找",
    *lx.ADDRESSEE_PREPOSITIONS,
)
_ADDRESSEE_NEAR_END = re.compile("[给对向跟朝冲]")
_SPACE = " \t\u3000\n\r"


# (the verb's clause is stripped again by the later passes, and by the pronoun look-back of
# every 他说 nearby: memoised; keyed on the whole text, so emptied after each analysis)
@lru_cache(maxsize=8192)
def strip_clause(folded: str, lo: int, hi: int) -> tuple[int, int]:
    """Narrow ``[lo, hi)`` to its subject: drop leading connectives and trailing adverbials."""
    while lo < hi and folded[lo] in _SPACE:
        lo += 1
    while hi > lo and folded[hi - 1] in _SPACE:
        hi -= 1
    lead = _LEADING.match(folded, lo, hi)
    if lead:
        lo = lead.end()
        if folded.startswith("的", lo):
            lo += 1  # 其中的一位经理: 的 ties the opener to the subject, it opens no name
    while hi > lo:
        if (
            folded[hi - 1] not in _TRAILING_LAST
            and folded.find("通过", lo, hi - 1) < 0
            and folded[hi - 1] != folded[hi - 2]
            and _ADDRESSEE_NEAR_END.search(folded, max(lo, hi - 8), hi) is None
        ):
            break  # (a cheap test first: the phrase cannot end with an adverbial)
        if _reduplicated_adverb(folded, lo, hi):
            hi -= 2
            continue
        tail = _TRAILING.search(folded, lo, hi)
        if tail is None or tail.start() == hi:
            break
        if folded.startswith("于", tail.start()) and ROLE_AT_END.search(folded, lo, tail.start()):
            break  # 基金经理于鑫在年报中表示: after a role word 于 is a surname, not "at"
        # (all adverbial: the subject was elided, lo == hi; an adverbial that starts inside a word
        # takes the whole word: 某开玩|笑)
        start = _manner_start(folded, lo, tail.start(), hi)
        hi = min(start, max(lo, word_cut_at(folded, start)))
    return lo, hi


def _manner_start(folded: str, lo: int, start: int, hi: int) -> int:
    """Where a manner adverbial ending in 地 or 着 (matched from ``start``) really starts: at the
    longest dictionary word before the mark (孙少平|惊恐地, not 孙少|平惊恐地; 孙玉亭|气喘吁吁地),
    else at a one-character verb before it (某女士|哭着)."""
    if folded[hi - 1] not in "地着":
        return start
    _, tags = dictionary()
    for size in (4, 3, 2):
        if hi - 1 - size >= lo and folded[hi - 1 - size : hi - 1] in tags:
            return hi - 1 - size
    if (tags.get(folded[hi - 2]) or "").startswith("v"):
        return hi - 2  # 某女士|哭着: a verb of one character, not 女士哭 read as one adverbial
    return start


def _reduplicated_adverb(folded: str, lo: int, hi: int) -> bool:
    """A doubled character that the dictionary knows as an adverb or adjective ends the phrase
    (少平轻轻说, 他慢慢说), not a doubled given name (王菲菲, 干露露)."""
    if hi - lo < 3 or folded[hi - 1] != folded[hi - 2]:
        return False
    _, tags = dictionary()
    return (tags.get(folded[hi - 2 : hi]) or "").startswith(("d", "a", "z"))


def bare_subject(folded: str, lo: int, hi: int) -> Mention | None:
    """Read ``folded[lo:hi]`` (an already stripped subject phrase) as one mention, if it is one."""
    phrase = folded[lo:hi]
    if not phrase or len(phrase) > LONGEST_ROLE_AND_NAME:
        return None
    if len(phrase) > 16:
        return _role_and_unknown_name(folded, lo, hi)  # (a long role phrase: 某会副理事长及某委员会主任)
    # (the phrase ends where the speech verb starts: a name may end in 强 or 道, 张国强|直言)
    if _BARE_NAME.match(phrase) and phrase[-1] not in lx.FUNCTION_CHARS and looks_like_name(phrase):
        return Mention(lo, hi, "person", lo, hi)
    familiar = _ROLE_AND_FAMILIAR_NAME.match(phrase) if not _FAMILIAR_MARKS.isdisjoint(phrase) else None
    if familiar and not _clause_in_title(familiar.group("title")):
        return Mention(lo, hi, "person", lo + familiar.start("name"), hi)
    titled = _TITLE_NP.match(phrase) if _TITLE_WORD.search(phrase) else None
    if titled and _clause_in_title(titled.group("title")):
        titled = None  # 传出他与前院长某某: a clause before the role word, not one long title
    if titled:
        if titled.group("name"):
            name_start = lo + titled.start("name")
            return Mention(lo, hi, "person", name_start, hi)
        return Mention(lo, hi, "person", lo, hi)  # a role without a name: 外交部发言人
    if len(phrase) >= 2 and ORG_PHRASE.match(phrase) and not has_bare_adverb(phrase):
        return Mention(lo, hi, "org", lo, hi)
    return _role_and_unknown_name(folded, lo, hi)


_ROLE_AT_END = re.compile(f"(?:{TITLE})$")
LONGEST_ROLE_AND_NAME = 24


def _role_and_unknown_name(folded: str, lo: int, hi: int) -> Mention | None:
    """A role word and two or three characters that make no dictionary word (委员会主任丘某某):
    a name whose surname no list knows."""
    role = next((end for end in (hi - 3, hi - 2) if end > lo and _ROLE_AT_END.search(folded, lo, end)), None)
    if role is None or _clause_in_title(folded[lo:role]):
        return None
    name = folded[role:hi]
    _, tags = dictionary()
    if any(char in lx.NON_NAME_CHARS or char in TITLE_STOPS for char in name) or name in tags:
        return None
    if (name[:2] in tags or name[1:] in tags) and not (len(name) == 3 and tags.get(name[0]) == "nr"):
        # 主任今天, 局长表态: a word, not a name; but a character the dictionary tags as a family
        # name opens a full name whatever its given name makes (院长璩|大成)
        return None
    return Mention(lo, hi, "person", role, hi)


# Connectives that join a second predicate to the subject already named (他批评……，并举例说): a
# clause they open has no subject of its own.
_PREDICATE_JOINERS = ("并且", "并", "且", "还", "也", "又")


def joins_predicates(folded: str, clause_lo: int, lo: int) -> bool:
    """True when the connectives stripped from a clause (``folded[clause_lo:lo]``) end with one
    that joins predicates (并, 也, 又), so the words after it start a verb phrase, not a subject."""
    return folded[clause_lo:lo].strip(_SPACE).endswith(_PREDICATE_JOINERS)


# Adverbs of one character that no organisation's name holds as a word of its own.
_ADVERB_CHARS = frozenset("已曾也还就才却又都便")


def has_bare_adverb(phrase: str) -> bool:
    """True when an adverb stands as a word of its own before a verb in ``phrase`` (某议员参选前
    已签署): the phrase is then a clause, not a name (再生能源署, 新都区政府, 南曾村 are names)."""
    _, tags = dictionary()
    return any(
        char in _ADVERB_CHARS
        and phrase[max(0, i - 1) : i + 1] not in tags
        and phrase[i : i + 2] not in tags
        and word_tag_at(phrase, i + 1, longest=2, shortest=1).startswith("v")
        for i, char in enumerate(phrase)
    )


def _clause_in_title(title: str) -> bool:
    """True when a role phrase holds a pronoun (传出他与前院长) or a speech verb with an object
    (包括引述社会人士): it is then a clause about someone else, not a description of the speaker
    (棲身在中心的民眾, 市场分析人士 are descriptions)."""
    if any(char in "他她我你您它" for char in title):
        return True
    role = ROLE_AT_END.search(title)
    head = title[: role.start()] if role else title
    return any(not head.endswith(verb.group()) for verb in _SPEECH_VERB.finditer(head))


# Speech verbs of two characters or more (one character is too often part of a word: 街道, 指挥).
_SPEECH_VERB = re.compile(alternation(tuple(verb for verb in lx.SPEECH_VERBS if len(verb) >= 2)))


def has_function_characters(folded: str, lo: int, hi: int) -> bool:
    """True when ``folded[lo:hi]`` holds a pronoun or a function character (的, 在, 对…), so it
    is not a bare name."""
    return any(char in TITLE_STOPS or char in "他她我你您它" for char in folded[lo:hi])


def is_blocked(folded: str, mention: Mention, lo: int) -> bool:
    """True when the mention is an object or a possessor (对X说, 看到X, X的), not a subject."""
    if folded.startswith("的", mention.end):
        return True
    before = folded[max(lo, mention.start - 2) : mention.start]
    return before.endswith(_BLOCKING_BEFORE)


def after_addressee(folded: str, mention: Mention, lo: int) -> bool:
    """True when an addressee preposition stands right before the mention (对X, 冲着X)."""
    before = folded[max(lo, mention.start - 2) : mention.start]
    return before.endswith(lx.ADDRESSEE_PREPOSITIONS)


def initial_reach(folded: str, clause_start: int, hi: int) -> int:
    """The last position at which a mention can start and still be clause-initial
    (``is_clause_initial``) in the clause ``folded[clause_start:hi]``.

    Before such a mention stand connectives, then nothing, four characters at most, or a time.
    The connectives before a mention are never more than the longest run of them at the clause
    start, and a time there never ends after the longest time that starts right after that run.
    """
    lead = _LEADING.match(folded, clause_start, hi)
    base = lead.end() if lead else clause_start
    time = _TIME_AT.match(folded, base, hi)
    return base + max(4, time.end() - base if time else 0)


def is_clause_initial(folded: str, mention: Mention, clause_start: int) -> bool:
    """True when only connectives, times or a 的-modifier precede the mention in its clause."""
    prefix = folded[clause_start : mention.start].lstrip(_SPACE)  # (a paragraph break flattened to spaces)
    lead = _LEADING.match(prefix)
    if lead:
        prefix = prefix[lead.end() :]
    return prefix == "" or (len(prefix) <= 4 and prefix.endswith("的")) or bool(_TIME_AT.fullmatch(prefix))
