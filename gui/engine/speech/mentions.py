"""Mentions of possible speakers in a region of text: people, groups, organisations, pronouns.

Everything works on the folded (simplified) text and on small regions of it: the stretch of a
clause before a speech verb, or a short look-back for a pronoun's antecedent. Known aliases and
name-free patterns (市教育局局长王建华, 专家们, 一名村民) come first; the name shapes of ``names``
are only consulted for such regions, and only when the cheap patterns find nothing.
"""

from __future__ import annotations

from functools import lru_cache

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.names import dictionary, person_names, titled_name_end
from gui.engine.speech.patterns import HAN, HAN_CHAR, KIN, NAME_DOTS, PERSON, SURNAME, TITLE, alternation
from gui.engine.speech.plausibility import plausible_name, without_implausible_name
from gui.engine.speech.recognised import recognised_people
from gui.engine.speech.registry import Mention, Registry
from gui.engine.speech.roles import TITLE_REACH, extend_title

# Patterns for mentions that need no dictionary of names. Order matters only for naming.
_ONE_CHARACTER_SURNAMES = "".join(surname for surname in lx.SURNAMES if len(surname) == 1)
_PATTERNS: dict[str, re.Pattern[str]] = {
    # 粉专「X」: the account's quoted name is the speaker.
    "account": re.compile(
        rf"(?:{alternation(lx.ACCOUNT_NOUNS)})(?:（[^）]{{0,20}}）)?[「“]([^」”]{{1,30}})[」”]"
    ),
    # Transliterated names joined by a middle dot or hyphen: 安东尼·卡特, and a given name before a
    # Chinese family name of one character (某克-林: Chinese Americans' names).
    "foreign": re.compile(
        rf"[{lx.TRANSLITERATION_CHARS}]{{1,8}}"
        rf"(?:[·・•‧\-－](?:[{lx.TRANSLITERATION_CHARS}]{{1,8}}|[{_ONE_CHARACTER_SURNAMES}]))+"
    ),
    # 张姓男子, 王姓女子, and the short form 张男.
    "surname_gender": re.compile(rf"[{HAN}]姓(?:男子|女子|男|女)|{SURNAME}[男女](?![子孩性人生士篮排足装])"),
    # 王大爷, 大爷.
    "kin": re.compile(rf"{SURNAME}?(?:{KIN})"),
    # 各区县教育局长, 与会专家, 专家们.
    "group": re.compile(
        rf"(?:{alternation(lx.GROUP_PREFIXES)})[{HAN}]{{0,8}}?(?:{TITLE}|{PERSON})(?:们)?"
        # (the look-ahead only skips positions with no 们 in reach, where this cannot match)
        rf"|(?=[{HAN}]{{1,{4 + max(map(len, lx.TITLE_WORDS + lx.PERSON_NOUNS))}}}们)"
        rf"[{HAN}]{{0,4}}(?:{TITLE}|{PERSON})们"
    ),
    # 一名村民, 一位知情人士.
    "unnamed": re.compile(rf"一(?:名|位|个)[{HAN}]{{0,12}}?(?:{PERSON}|{TITLE})"),
    # A role word followed by a surname-led name: 市教育局局长王建华.
    "titled": re.compile(rf"(?:{TITLE})(?P<name>{SURNAME}[{HAN}]{{1,2}})"),
    # A role word, then a name followed by its romanisation (专家威乔（Widjo Kongko）): the
    # bracketed Latin name marks the Han characters before it as a transliterated name.
    "romanised": re.compile(
        rf"(?:{TITLE}|{PERSON})(?P<name>[{HAN}]{{2,6}})"
        r"(?=[（(][A-Z][a-z]+(?:[ \-][A-Za-z][a-z]+)*(?:，音译)?[）)])"
    ),
    # A transliterated name right before its romanisation in two or more words (阿里古巴德（ALI
    # GUBADE）): the brackets show the whole run of sounds is one name, even where a place or a
    # word hides in it (古巴).
    "transcribed": re.compile(
        rf"[{lx.TRANSLITERATION_CHARS}]{{3,8}}(?=[（(][A-Za-z]{{2,}}(?:[ \-][A-Za-z]{{2,}})+(?:，音译)?[）)])"
    ),
    "pronoun": re.compile("他们|她们|他|她"),
    # 对方: the other party, whom the clause before spoke to (记者致电某公司，对方表示).
    "counterpart": re.compile("对方"),
    "document": re.compile(alternation(lx.DOCUMENT_NOUNS)),
}

# A pattern can only match when its guard does; guards are cheap scans that skip most fragments.
_GUARDS: dict[str, re.Pattern[str]] = {
    "account": re.compile("[「“]"),
    "foreign": NAME_DOTS,
    "surname_gender": re.compile("[男女]"),
    "group": re.compile(f"们|{alternation(lx.GROUP_PREFIXES)}"),
    "kin": re.compile(KIN),
    "titled": re.compile(TITLE),
    "counterpart": re.compile("对方"),
    "romanised": re.compile("[（(][A-Z][a-z]"),
    "transcribed": re.compile("[（(][A-Za-z]{2}"),
}

_KIND_OF_PATTERN = {
    "account": "org",
    "foreign": "person",
    "surname_gender": "person",
    "kin": "person",
    "group": "group",
    "unnamed": "person",
    "titled": "person",
    "romanised": "person",
    "transcribed": "person",
    "pronoun": "pronoun",
    "counterpart": "counterpart",
    "document": "document",
}

# (pattern, guard, kind, whether group 1 is the name, how far before ``stop`` a match may start
# and still make a mention that starts at or before it): what ``_static_mentions`` runs.
_PATTERN_TABLE = tuple(
    (
        pattern,
        _GUARDS.get(label),
        "titled" if label == "titled" else _KIND_OF_PATTERN[label],
        label in ("account", "titled", "romanised"),
        TITLE_REACH if label == "titled" else 0,
    )
    for label, pattern in _PATTERNS.items()
)


def pattern_mentions(
    folded: str, lo: int, hi: int, registry: Registry, stop: int | None = None
) -> list[Mention]:
    """Mentions in ``folded[lo:hi]`` found by known aliases and by the name-free patterns.

    With ``stop``, only the mentions that start at or before it (the same ones as without it:
    a mention is only ever dropped for one that starts earlier), which saves reading the rest."""
    known: list[Mention] = []
    for start, end in registry.known_in(lo, hi, stop):
        entry = registry.lookup(folded[start:end])
        kind = entry.kind if entry else "person"
        known.append(Mention(start, end, kind, start, end))
    found: list[Mention] = []
    relative = None if stop is None else stop - lo
    for start, end, kind, name_start, name_end in _static_mentions(folded[lo:hi], relative):
        if kind == "titled":
            name_end = _name_end(folded, lo + name_start, lo + name_end, registry) - lo
            dotted = _FOREIGN.match(folded, lo + name_start, hi)
            if dotted is not None and dotted.end() > lo + name_end:
                # 总教练阿曼多·约翰逊
                name_end = foreign_name_end(folded, dotted.start(), dotted.end()) - lo
            spelt = _TRANSCRIBED.match(folded, lo + name_start, hi)
            if spelt is not None and spelt.end() > lo + name_end:
                name_end = spelt.end() - lo  # 总统某塔雷拉（Name Surname）: the brackets show it whole
            end = name_end
            start = extend_title(folded, lo + start, lo) - lo
            kind = "person"
        found.append(Mention(lo + start, lo + end, kind, lo + name_start, lo + name_end))
    # (a name shape or a role and a name may hold no name at all: 现场球迷|高声, 横线; a speaker
    # already known or a name the text shows passed the gate before)
    gated = (without_implausible_name(folded, mention) for mention in found)
    kept = _drop_nested(known + [mention for mention in gated if mention is not None])
    if "《" in folded[lo:hi]:
        kept = [mention for mention in kept if not _in_title_marks(folded, lo, mention.start)]
    return kept if stop is None else [mention for mention in kept if mention.start <= stop]


def _in_title_marks(folded: str, lo: int, start: int) -> bool:
    """True when ``start`` lies inside 《……》: a name in the title of a work names no speaker
    (……时表示 after 在回答关于电影《某某·某某》的问题时)."""
    return folded.rfind("《", lo, start) > folded.rfind("》", lo, start)


def _name_end(folded: str, start: int, end: int, registry: Registry) -> int:
    """End of the name after a role word: a known name, else the unknown name's own end."""
    for size in (3, 2):
        if registry.knows_alias(folded[start : start + size]):
            return start + size
    return titled_name_end(folded, start, end)


# (a clause's fragment is read again and again — for its verb's subject, then by the resolver —
# and the matches depend on the fragment alone: memoised)
@lru_cache(maxsize=4096)
def _static_mentions(fragment: str, stop: int | None = None) -> tuple[tuple[int, int, str, int, int], ...]:
    """Pattern matches in ``fragment`` as (start, end, kind, name_start, name_end).

    Titled names come back with kind ``titled`` and their raw name span; the caller trims them
    (and may move their start back by up to TITLE_REACH). With ``stop``, matches that cannot end
    up starting at or before it may be left out.
    """
    found: list[tuple[int, int, str, int, int]] = []
    append = found.append
    size = len(fragment)
    for pattern, guard, kind, named, reach in _PATTERN_TABLE:
        if guard is not None and guard.search(fragment) is None:
            continue
        last = size if stop is None else stop + reach
        for match in pattern.finditer(fragment):
            start, end = match.span()
            if start > last:
                break
            if named:
                name_start, name_end = match.span(1)
                append((start, end, kind, name_start, name_end))
            elif kind == "group" and fragment.startswith(lx.LEADING_COPULAS, start):
                copula = next(c for c in lx.LEADING_COPULAS if fragment.startswith(c, start))
                start += len(copula)  # 是某队的球迷们在喊: the copula is no part of the group
                append((start, end, kind, start, end))
            elif pattern is _FOREIGN:
                end = foreign_name_end(fragment, start, end)
                append((start, end, kind, start, end))
            elif kind == "pronoun" and match.group() in lx.PLURAL_PRONOUNS:
                append((start, end, "plural_pronoun", start, end))
            else:
                append((start, end, kind, start, end))
    if NAME_DOTS.search(fragment):
        covered = [(start, end) for start, end, kind, *_ in found if kind == "person"]
        found.extend(_dotted_names(fragment, covered))
    return tuple(found)


_DOTTED = re.compile(f"(?<=[{HAN}]){NAME_DOTS.pattern}(?=[{HAN}])")
# Words that may stand before a dotted name without being part of it (a title, a verb, 的).
_NOT_IN_DOTTED = frozenset(lx.NON_NAME_CHARS) | set("的")
DOTTED_PART = 5  # characters of one part of a dotted name, at most


def _dotted_names(fragment: str, covered: list[tuple[int, int]]) -> list[tuple[int, int, str, int, int]]:
    """Names joined by a name dot or a hyphen whose characters the transliteration list does not
    hold (某卫-李, 某梅隆·某东尼): a dot between two runs of Han characters joins the parts of a
    foreign name. Each part runs up to a function character, less a dictionary word before it (a
    title: 总裁|大卫-某某) and a verb or preposition after it (某某-某某|在)."""
    names = []
    for dot in _DOTTED.finditer(fragment):
        at = dot.start()
        if any(start <= at < end for start, end in covered):
            continue
        start, end = _dotted_start(fragment, at), _dotted_end(fragment, at + 1)
        if at - start < 2 or end - at - 1 < 1:
            continue  # (a given name of two characters at least, then a family name)
        # 湖人-勇士, 化妆品-某某: a pairing of things, not a name (a given name of two characters
        # may be a dictionary word too: 大卫)
        first, last = fragment[start:at], fragment[at + 1 : end]
        if _common_word(last) or (len(first) > 2 and _common_word(first)):
            continue
        names.append((start, end, "person", start, end))
    return names


def _common_word(part: str) -> bool:
    _, tags = dictionary()
    tag = tags.get(part)
    return len(part) > 1 and tag is not None and not tag.startswith("nr")


def _dotted_start(fragment: str, dot: int) -> int:
    _, tags = dictionary()
    start = dot
    while start > 0 and dot - start < DOTTED_PART and HAN_CHAR.match(fragment[start - 1]):
        if fragment[start - 1] in _NOT_IN_DOTTED:
            break
        start -= 1
    while dot - start > 2:  # a word that opens the run and is no name: a title or a verb
        size = next((n for n in (3, 2) if start + n < dot and fragment[start : start + n] in tags), 0)
        tag = tags.get(fragment[start : start + size], "") if size else tags.get(fragment[start], "")
        if tag.startswith("nr") or not (size or tag.startswith(("v", "p", "c", "d", "r"))):
            break
        start += size or 1
    return start


def _dotted_end(fragment: str, start: int) -> int:
    _, tags = dictionary()
    end = start
    while end < len(fragment) and end - start < DOTTED_PART and HAN_CHAR.match(fragment[end]):
        if fragment[end] in _NOT_IN_DOTTED:
            break
        end += 1
    while end - start > 1 and tags.get(fragment[end - 1], "").startswith(("p", "d", "v", "c", "u")):
        end -= 1  # 某某-某某|在, 某某|就说
    return foreign_name_end(fragment, start - 1, end)


_FOREIGN = _PATTERNS["foreign"]
_TRANSCRIBED = _PATTERNS["transcribed"]
_NAME_JOINERS = "·・•‧-－"


def foreign_name_end(text: str, start: int, end: int) -> int:
    """End of the dotted name ``text[start:end]``, which may have run on into the verb after it:
    the characters that spell sounds spell verbs too (某克-某舍夫斯基赞扬道, 赞 and 扬 both sounds).
    The last part is cut where a dictionary verb starts in it and runs to the end of the match."""
    last = max(text.rfind(joiner, start, end) for joiner in _NAME_JOINERS) + 1
    _, tags = dictionary()
    for cut in range(last + 1, end - 1):
        for size in (2, 3):
            word = text[cut : cut + size]
            if len(word) == size and cut + size >= end - 1 and tags.get(word, "").startswith("v"):
                return cut
    return end


def _drop_nested(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (某市教育局局长某某 over 局长)."""
    if len(mentions) < 2:
        return mentions
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def jieba_mentions(folded: str, lo: int, hi: int, stop: int | None = None) -> list[Mention]:
    """Person names in ``folded[lo:hi]`` according to jieba, and to the trained recogniser where
    it is switched on (with ``stop``: those starting at or before it)."""
    fragment = folded[lo:hi]
    relative = None if stop is None else stop - lo
    found = [
        Mention(lo + s, lo + e, "person", lo + s, lo + e)
        for s, e in person_names(fragment, relative)
        if plausible_name(folded, lo + s, lo + e)
    ]
    recognised = recognised_people(folded, lo, hi)
    if not recognised:
        return found
    # the tagger's names beside jieba's, where jieba has none (小雪, 根叔, a transliteration)
    taken = [(m.start, m.end) for m in found]
    found += [m for m in recognised if (stop is None or m.start <= stop) and not any(
        m.start < end and start < m.end for start, end in taken)]
    return sorted(found)


# Words and given-name characters that mark a woman or a man. Chinese given names carry gender
# by their characters (秀兰, 晓霞 vs 志强, 建国), so the last characters of a name are a strong
# prior where the text itself says nothing.
_FEMALE_WORDS = ("女士", "小姐", "太太", "夫人", "女", "妈", "母", "姐", "妹", "嫂", "婶", "姨", "娘", "婆",
                 "奶奶", "妻", "她")
_MALE_WORDS = ("先生", "男", "爸", "父", "哥", "弟", "叔", "伯", "爷", "夫", "公", "他")
_FEMALE_NAME_CHARS = set("霞娟芳丽兰秀梅红玲珍凤莲萍燕娥婷娜妮琳琴慧静淑敏洁雪珠莉菊蓉薇瑶媛嫣倩")
_MALE_NAME_CHARS = set("强刚军勇斌杰涛伟雄龙虎彪豪虎壮坤平安福贵宝堂亭民")


# The gender a pronoun rules out: 她 never stands for a man, 他 (which may stand for anyone) never
# for a woman.
_RULED_OUT = {"她": "male", "他": "female"}


def ruled_out_gender(folded: str, pronoun_start: int) -> str | None:
    """The gender the 他/她 at ``pronoun_start`` cannot stand for (None: any other pronoun)."""
    return _RULED_OUT.get(folded[pronoun_start : pronoun_start + 1])


def gender(folded: str, mention: Mention) -> str | None:
    """"female", "male" or None (unknown) for a person mention, from its role words and name."""
    if mention.kind != "person":
        return None
    whole = folded[mention.start : mention.end]
    if whole.endswith(_FEMALE_WORDS) or any(word in whole for word in ("女士", "小姐", "太太")):
        return "female"
    if whole.endswith(_MALE_WORDS) or "先生" in whole:
        return "male"
    given = given_name(folded[mention.name_start : mention.name_end])
    if any(char in _FEMALE_NAME_CHARS for char in given):
        return "female"
    if any(char in _MALE_NAME_CHARS for char in given):
        return "male"
    return None


def given_name(name: str) -> str:
    """The given name of a Chinese name (what follows its family name), or "" for anything else.

    Only a given name carries gender by its characters: a family name does not (梅 in 梅某 is no
    woman's mark), and a transliterated name (two characters chosen for their sound, a dotted
    name, one that opens with no family name) has no Chinese given name at all.
    """
    if NAME_DOTS.search(name) or not 2 <= len(name) <= 4:
        return ""
    family = next((s for s in lx.COMPOUND_SURNAMES if name.startswith(s)), name[0])
    if family not in lx.COMPOUND_SURNAMES and family not in lx.SURNAMES:
        return ""
    given = name[len(family) :]
    return given if 1 <= len(given) <= 2 else ""
