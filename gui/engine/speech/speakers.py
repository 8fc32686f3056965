"""Who is speaking: find mentions of people, groups and organisations, and join them into speakers.

Everything works on the folded (simplified) text and on small regions of it: the stretch of a
clause before a speech verb, or a short look-back for a pronoun's antecedent. jieba's part-of-speech
tagger is only consulted for such regions, and only when the cheap patterns find nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from gui.engine.speech import lexicon as lx

HAN = "\u3400-\u4dbf\u4e00-\u9fff"


def _alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of ``words`` that prefers the longest word (副主席 wins over 主席).

    The words are written as a trie (副(?:主(?:席|任)|...)), so the regex engine reads each
    character once instead of trying every word in turn; the matches are those of a plain
    alternation with the longest words first, because the words that match at one position are
    prefixes of each other and the trie tries the longer one first."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = []
    for char in sorted(key for key in node if key):
        child = node[char]
        rest = _trie_pattern(child)
        if not rest:
            branches.append(re.escape(char))
        elif "" in child:
            branches.append(f"{re.escape(char)}(?:{rest})?")
        else:
            branches.append(f"{re.escape(char)}(?:{rest})" if "|" in rest else re.escape(char) + rest)
    return "|".join(branches)


_TITLE = _alternation(lx.TITLE_WORDS)
_PERSON = _alternation(lx.PERSON_NOUNS)
_KIN = _alternation(lx.KINSHIP_WORDS)
_ORG = _alternation(lx.ORG_SUFFIXES)
_SURNAME = f"(?:{_alternation(lx.COMPOUND_SURNAMES)}|[{lx.SURNAMES}])"

# Patterns for mentions that need no dictionary of names. Order matters only for naming.
_PATTERNS: dict[str, re.Pattern[str]] = {
    # 粉专「X」: the account's quoted name is the speaker.
    "account": re.compile(
        rf"(?:{_alternation(lx.ACCOUNT_NOUNS)})(?:（[^）]{{0,20}}）)?[「“]([^」”]{{1,30}})[」”]"
    ),
    # Transliterated names joined by a middle dot or hyphen: 安东尼·卡特.
    "foreign": re.compile(
        rf"[{lx.TRANSLITERATION_CHARS}]{{1,8}}(?:[·・•‧\-－][{lx.TRANSLITERATION_CHARS}]{{1,8}})+"
    ),
    # 张姓男子, 王姓女子, and the short form 张男.
    "surname_gender": re.compile(rf"[{HAN}]姓(?:男子|女子|男|女)|{_SURNAME}[男女](?![子孩性人生士篮排足装])"),
    # 王大爷, 大爷.
    "kin": re.compile(rf"{_SURNAME}?(?:{_KIN})"),
    # 各区县教育局长, 与会专家, 专家们.
    "group": re.compile(
        rf"(?:{_alternation(lx.GROUP_PREFIXES)})[{HAN}]{{0,8}}?(?:{_TITLE}|{_PERSON})(?:们)?"
        # (the look-ahead only skips positions with no 们 in reach, where this cannot match)
        rf"|(?=[{HAN}]{{1,{4 + max(map(len, lx.TITLE_WORDS + lx.PERSON_NOUNS))}}}们)"
        rf"[{HAN}]{{0,4}}(?:{_TITLE}|{_PERSON})们"
    ),
    # 一名村民, 一位知情人士.
    "unnamed": re.compile(rf"一(?:名|位|个)[{HAN}]{{0,12}}?(?:{_PERSON}|{_TITLE})"),
    # A role word followed by a surname-led name: 市教育局局长王建华.
    "titled": re.compile(rf"(?:{_TITLE})(?P<name>{_SURNAME}[{HAN}]{{1,2}})"),
    "pronoun": re.compile("他们|她们|他|她"),
    "document": re.compile(_alternation(lx.DOCUMENT_NOUNS)),
}

# A pattern can only match when its guard does; guards are cheap scans that skip most fragments.
_GUARDS: dict[str, re.Pattern[str]] = {
    "account": re.compile("[「“]"),
    "foreign": re.compile("[·・•‧\\-－]"),
    "surname_gender": re.compile("[男女]"),
    "group": re.compile(f"们|{_alternation(lx.GROUP_PREFIXES)}"),
    "kin": re.compile(_KIN),
    "titled": re.compile(_TITLE),
}

_KIND_OF_PATTERN = {
    "account": "org",
    "foreign": "person",
    "surname_gender": "person",
    "kin": "person",
    "group": "group",
    "unnamed": "person",
    "titled": "person",
    "pronoun": "pronoun",
    "document": "document",
}

_ROLE_AT_END = re.compile(f"(?:{_TITLE})$")
_LEADING = re.compile(rf"(?:{_alternation(lx.LEADING_CONNECTIVES)})+")
_TIME_UNITS = ("年", "月", "日", "号")
_DAYPARTS = ("上午", "下午", "晚间", "晚上", "早上", "凌晨", "中午", "晚")
_TIME = rf"(?:\d+|[一二三四五六七八九十]+)(?:{'|'.join(_TIME_UNITS)})(?:{'|'.join(_DAYPARTS)})?"
_IN_ENDS = ("中", "上", "时", "后", "里", "前", "期间", "之际", "同时")  # 在……中
_AT_ENDS = ("时", "中", "上", "后")  # 于……时
_INTERVIEWS = ("采访", "专访", "访问")  # 接受……采访(时)
_PRESS = ("记者", "媒体")  # 对……记者
# Adverbials that sit between a subject and its verb: X也表示, X在发言中说, X今天表示.
_TRAILING = re.compile(
    rf"(?:{_alternation(lx.ADVERBS)}|{_TIME}|在[^，。！？]{{1,20}}?(?:{'|'.join(_IN_ENDS)})"
    rf"|于[^，。！？]{{1,10}}?(?:{'|'.join(_AT_ENDS)})|接受[^，。！？]{{1,12}}?(?:{'|'.join(_INTERVIEWS)})(?:时)?"
    rf"|(?:对|向)[{HAN}]{{1,6}}?(?:{'|'.join(_PRESS)})|通过[^，。！？]{{1,10}}"
    # manner adverbials marked by 地 or 着 (着急地, 急切着, 客气地): the subject stands before them
    rf"|(?<=[{HAN}])[{HAN}]{{1,3}}?[地着]"
    # reduplicated adverbs (轻轻, 慢慢, 悄悄) and an addressee (给徐主任, 对她, 跟大家)
    rf"|(?<=[{HAN}]{{2}})([{HAN}])\1|(?<=[{HAN}]{{2}})(?:给|对|向|跟|朝|冲着|对着)[{HAN}]{{1,6}}?)$"
)
# The characters an adverbial of ``_TRAILING`` can end with, but for 通过……, which ends anywhere.
_TRAILING_LAST = frozenset(
    word[-1]
    for word in (*lx.ADVERBS, *_TIME_UNITS, *_DAYPARTS, *_IN_ENDS, *_AT_ENDS, *_INTERVIEWS, *_PRESS,
                 "时", "地", "着")

)
_NAME_TAIL = re.compile(f"[{lx.NON_NAME_CHARS}]+$")
_BARE_NAME = re.compile(rf"^{_SURNAME}[{HAN}]{{1,2}}$")
_ORG_NP = re.compile(rf"^[{HAN}（）]{{0,14}}?(?:{_ORG})$")
_TITLE_NP = re.compile(rf"^(?P<title>[{HAN}]{{0,12}}?(?:{_TITLE}))(?P<name>{_SURNAME}[{HAN}]{{1,2}})?$")
# Characters right before a mention that make it an object (站在X旁边, 看到X, 让X).
_BLOCKING_BEFORE = (
    "在", "把", "被", "让", "使", "令", "帮", "请", "叫", "及", "、", "到", "看", "见", "找",
    *lx.ADDRESSEE_PREPOSITIONS,
)


TITLE_REACH = 10
# (pattern, guard, kind, whether group 1 is the name, how far before ``stop`` a match may start
# and still make a mention that starts at or before it): what ``_static_mentions`` runs.
_PATTERN_TABLE = tuple(
    (
        pattern,
        _GUARDS.get(label),
        "titled" if label == "titled" else _KIND_OF_PATTERN[label],
        label in ("account", "titled"),
        TITLE_REACH if label == "titled" else 0,
    )
    for label, pattern in _PATTERNS.items()
)

# Function characters that cannot be part of an organisation or role name (是|某市教育局局长).
_TITLE_STOPS = set("的是在和与及由对向被把将让给了着说而但也还则就都据称为从于即其这那此该")


class Mention(NamedTuple):
    """A stretch of text that refers to a possible speaker.

    ``name_start``/``name_end`` delimit the name inside the mention (the whole mention for an
    organisation or a group; the part after the role word for 市长某某). (A named tuple: tens of
    thousands are made for a book, and a tuple is made several times faster than a frozen
    dataclass.)
    """

    start: int
    end: int
    kind: str  # person, group, org, pronoun, plural_pronoun, document
    name_start: int
    name_end: int

    @property
    def title_span(self) -> tuple[int, int] | None:
        """Span of the role word(s) before the name, if any."""
        return (self.start, self.name_start) if self.name_start > self.start else None


@dataclass
class Entry:
    """A speaker being built up; ``key`` is the folded canonical name."""

    ident: int
    key: str
    kind: str
    name_span: tuple[int, int]
    title_span: tuple[int, int] | None = None
    aliases: set[str] = field(default_factory=set)
    mention_spans: list[tuple[int, int]] = field(default_factory=list)


_NAME_DOTS = re.compile("[·・•‧\\-－]")
_KIN_AT_END = re.compile(f"(?:{_KIN})$")
_SURNAME_GENDER = re.compile(f"^([{HAN}])姓(男|女)")


def _aliases(key: str, kind: str) -> set[str]:
    """Shorter forms by which a later sentence may refer to the same speaker."""
    aliases = {key}
    if kind != "person":
        return aliases
    parts = _NAME_DOTS.split(key)
    if len(parts) > 1 and parts[-1]:
        aliases.add(parts[-1])  # 安东尼·卡特 → 卡特, 尼克-杨 → 杨
    kin = _KIN_AT_END.search(key)
    if kin and kin.start() > 0:
        aliases.add(kin.group())  # 王大爷 → 大爷
    if len(key) == 3 and key[0] in lx.SURNAMES and not _NAME_DOTS.search(key):
        aliases.add(key[1:])  # 孙少安 → 少安: family and friends use the given name
    gender = _SURNAME_GENDER.match(key)
    if gender:
        aliases.add(gender.group(1) + gender.group(2))  # 张姓男子 → 张男
    return aliases


# How far around a new name its other occurrences are read for evidence of a fuller form.
COMPLETION_REACH = 6000
_COMPLETION_STOPS = frozenset(lx.NON_NAME_CHARS) | set("们这那其之个位名些姓") | set(
    word[0] for word in lx.SPEECH_VERBS)


def complete_name(folded: str, start: int, end: int) -> int:
    """End of the fullest form of the person's name ``folded[start:end]``.

    A name-shape lexicon cannot know every given-name character (陈佩琪, 韦德齐), so a name read
    too short is completed from the text itself: the character after this mention (or a name dot
    and a character: 尼克-杨) belongs to the name when the longer form recurs nearby, can belong
    to a name, and does not begin a word every time it recurs (晓霞一边, 晓霞一下子).
    """
    lo, hi = max(0, start - COMPLETION_REACH), min(len(folded), end + COMPLETION_REACH)
    _, tags = dictionary()
    dotted = _NAME_DOTS.search(folded, start, end) is not None
    foreign = all(char in _TRANSLITERATION_SET for char in folded[start:end])
    while end - start < (12 if dotted else 8 if foreign else 4):
        follower = folded[end : end + 1]
        if _NAME_DOTS.fullmatch(follower or "x"):
            follower = folded[end : end + 2]
        last = follower[-1:]
        if not last or not _HAN_CHAR.match(last) or last in _COMPLETION_STOPS:
            return end
        longer = folded[start:end] + follower
        count, starts_word, position = 0, True, folded.find(longer, lo, hi)
        while position >= 0 and count < 64:
            after = position + len(longer) - 1
            starts_word = starts_word and tags.get(folded[after : after + 2]) is not None
            count += 1
            position = folded.find(longer, position + len(longer), hi)
        if count < 2 or starts_word:
            return end
        if len(follower) == 2:
            dotted = True
        end += len(follower)
    return end


class Registry:
    """Speakers found so far, with the short forms that refer to them."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.entries: list[Entry] = []
        self._by_alias: dict[str, int] = {}
        self.last_org: list[tuple[int, int]] = []  # (position, ident) of organisation subjects
        # Lengths of the aliases of two characters or more by their first two characters, longest
        # first (for region scans).
        self._sizes_by_start: dict[str, list[int]] = {}
        # Their first characters, and a regex search for them (few: mostly surnames), so that a
        # scan jumps from one possible start to the next.
        # The set starts with the surnames, which begin most names, so that it is seldom compiled
        # again; a first character that begins no alias only costs a dictionary miss.
        self._firsts: set[str] = set(_SURNAME_FIRSTS)
        self._first_search: Callable[[str, int, int], re.Match[str] | None] | None = _SURNAME_SEARCH
        # Person names by key, and every substring (2+ characters) of a person name → first ident:
        # containment look-ups in constant time however many speakers the text has.
        self._person_keys: dict[str, int] = {}
        self._person_parts: dict[str, int] = {}
        self._aliased: set[tuple[str, str]] = set()  # (key, kind) whose aliases are indexed
        self._titled: set[tuple[int, str]] = set()  # (ident, key) whose role alias is indexed
        # Names the text itself shows to be names (``recurrent_names``): found like known aliases.
        self._recurrent = recurrent_names(folded)
        for name in self._recurrent:
            self._index_alias_shape(name)

    def _index_alias(self, alias: str, ident: int) -> None:
        if alias in self._by_alias:
            return
        self._by_alias[alias] = ident
        self._index_alias_shape(alias)

    def _index_alias_shape(self, alias: str) -> None:
        """Let the region scans of ``known_in`` find ``alias``."""
        if len(alias) >= 2:
            if alias[0] not in self._firsts:
                self._firsts.add(alias[0])
                self._first_search = None  # compiled again on the next scan
            sizes = self._sizes_by_start.setdefault(alias[:2], [])
            if len(alias) not in sizes:
                sizes.append(len(alias))
                sizes.sort(reverse=True)

    def _index_person(self, entry: Entry) -> None:
        key = entry.key
        if len(key) < 2:
            return
        self._person_keys.setdefault(key, entry.ident)
        for size in range(2, len(key) + 1):
            for start in range(len(key) - size + 1):
                self._person_parts.setdefault(key[start : start + size], entry.ident)

    def known_in(self, lo: int, hi: int, stop: int | None = None) -> list[tuple[int, int]]:
        """Spans of known aliases in ``folded[lo:hi]``: leftmost, longest, not overlapping
        (only those starting at or before ``stop`` when it is given)."""
        folded, by_start, aliases = self.folded, self._sizes_by_start, self._by_alias
        recurrent = self._recurrent

        def known(word: str) -> bool:
            return word in aliases or word in recurrent

        spans: list[tuple[int, int]] = []
        if not by_start:
            return spans
        search = self._first_search
        if search is None:
            search = self._first_search = _char_class(self._firsts).search
        position = lo
        last = hi - 2 if stop is None else min(hi - 2, stop)
        while position <= last:
            found = search(folded, position, last + 1)
            if found is None:
                break
            position = found.start()
            sizes = by_start.get(folded[position : position + 2])
            if sizes is not None:
                fits = (n for n in sizes if position + n <= hi and known(folded[position : position + n]))
                size = next(fits, 0)
                if size:
                    spans.append((position, position + size))
                    position += size
                    continue
            position += 1
        return spans

    def lookup(self, key: str) -> Entry | None:
        """The entry that ``key`` names: exactly, as an alias, or by containment of a person name."""
        if key in self._by_alias:
            return self.entries[self._by_alias[key]]
        if len(key) < 2:
            return None
        found = self._person_parts.get(key)  # key inside a known name
        size = len(key)
        if size <= 24:
            for width in range(2, size + 1):  # a known name inside key
                for start in range(size - width + 1):
                    ident = self._person_keys.get(key[start : start + width])
                    if ident is not None and (found is None or ident < found):
                        found = ident
        return self.entries[found] if found is not None else None

    def add(self, mention: Mention) -> Entry:
        """Register ``mention`` (never a pronoun) and return its speaker entry."""
        key = self.folded[mention.name_start : mention.name_end]
        entry = self.lookup(key)
        if entry is None and mention.kind == "person" and mention.name_end - mention.name_start >= 2:
            name_end = complete_name(self.folded, mention.name_start, mention.name_end)
            if name_end > mention.name_end:
                mention = mention._replace(name_end=name_end, end=max(mention.end, name_end))
                key = self.folded[mention.name_start : name_end]
                entry = self.lookup(key)
        if entry is None:
            entry = Entry(len(self.entries), key, mention.kind, (mention.name_start, mention.name_end))
            self.entries.append(entry)
            if entry.kind == "person":
                self._index_person(entry)
        elif entry.kind == "person" and key.endswith(entry.key) and len(key) > len(entry.key):
            # A fuller form of a name seen earlier in short (卡特 → 安东尼·卡特) becomes canonical.
            entry.key, entry.name_span = key, (mention.name_start, mention.name_end)
            self._index_person(entry)
        if entry.title_span is None and mention.title_span is not None:
            entry.title_span = mention.title_span
        # The aliases of a key and the role alias of a titled entry are indexed once: indexing
        # never replaces an alias, so doing it again would change nothing.
        if (key, entry.kind) not in self._aliased:
            self._aliased.add((key, entry.kind))
            for alias in sorted(_aliases(key, entry.kind) | {key}):
                self._index_alias(alias, entry.ident)
        titled = (entry.ident, entry.key)
        if entry.title_span is not None and entry.kind == "person" and titled not in self._titled:
            self._titled.add(titled)
            title = self.folded[entry.title_span[0] : entry.title_span[1]]
            role = _ROLE_AT_END.search(title)
            if role:
                self._index_alias(entry.key[0] + role.group(), entry.ident)  # 孔主席
        entry.mention_spans.append((mention.start, mention.end))
        if entry.kind == "org":
            self.last_org.append((mention.start, entry.ident))
        return entry

    def org_before(self, position: int) -> Entry | None:
        """The organisation most recently named as a subject before ``position``."""
        for start, ident in reversed(self.last_org):
            if start < position:
                return self.entries[ident]
        return None


_DICTIONARY: tuple[dict[str, int], dict[str, str]] | None = None
_NAME_TAGS = ("nr", "nrt", "nrfg")
_SURNAME_AT = re.compile(_SURNAME)
_HAN_CHAR = re.compile(f"[{HAN}]")
_TRANSLITERATED_RUN = re.compile(f"[{lx.TRANSLITERATION_CHARS}]{{3,8}}")
# Characters that do not start or continue a given name (function words, predicate characters).
_NOT_GIVEN = set(lx.NON_NAME_CHARS) | set("们这那其之个位名些姓年月日时分秒上下中里外前后来去不没很太最地得")
# A third character may start a verb only when it does not form that verb with the next one.
_NOT_THIRD = (_NOT_GIVEN - set("表指强透坦认")) | set("有")
# Surname characters that are mostly ordinary words (时, 来, 干); function words are found by tag.
_WEAK_SURNAMES = set("时来应相干居官师危计党支门区路易全")
_SPEECH_WORDS = frozenset(lx.SPEECH_VERBS)
COMMON_WORD = 300  # jieba frequency from which a word tagged as a name is really a common word
_FUNCTION_TAGS = ("c", "d", "p", "r", "f", "ad", "u")
_weak_surnames: frozenset[str] = frozenset()
_name_prefixes: set[str] = set()  # first two characters of the rare names in jieba's dictionary
_TRANSLITERATION_SET = frozenset(lx.TRANSLITERATION_CHARS)
_SURNAME_FIRSTS = frozenset(lx.SURNAMES) | {word[0] for word in lx.COMPOUND_SURNAMES}
_SPEECH_FIRSTS = frozenset(word[0] for word in lx.SPEECH_VERBS if len(word) == 2)


_CLAUSE_OPENERS = "，。！？；：\n“”「」 　…"
# Function characters that open a clause before a noun (但他, 该公司, 每一, 若国家) or end a word.
_NOT_NAME_FIRST = frozenset(_NOT_GIVEN) | set(
    "他她我你您它咱俺这那但而该每另若当两有据比由连以且故仅既即令能要会如到本某各"
)
_NOT_NAME_SECOND = frozenset(_NOT_GIVEN) | set("他她我你您它一")


def recurrent_names(folded: str) -> frozenset[str]:
    """Two-character names that no lexicon knows, recognised by how the text uses them.

    In fiction most characters go by a given name (少平, 晓霞). A pair of characters that is no
    dictionary word, cannot start or end a name, and opens a clause again and again (少平说,
    晓霞不笑了) is taken for a name.
    """
    freq, tags = dictionary()
    counts: dict[str, int] = {}
    for match in _CLAUSE_START_BIGRAM.finditer(folded):
        word = match.group(1)
        if word in counts:
            counts[word] += 1
            continue
        known = tags.get(word) is not None or freq.get(word, 0) > 0
        excluded = known or word[0] in _NOT_NAME_FIRST or word[1] in _NOT_NAME_SECOND
        counts[word] = -(1 << 30) if excluded else 1
    names = {word for word, count in counts.items() if count >= 2}
    # A pair seen opening a clause once is a name too when the text uses it again elsewhere
    # (他和少平, 对晓霞说); the count is bounded so a book costs a few hundred searches at most.
    once = [word for word, count in counts.items() if count == 1]
    if len(once) <= RECURRENT_SEARCHES:
        names.update(word for word in once if folded.count(word) >= 2)
    return frozenset(names)


RECURRENT_SEARCHES = 300




_CLAUSE_START_BIGRAM = re.compile(rf"(?:^|(?<=[{re.escape(_CLAUSE_OPENERS)}]))([{HAN}]{{2}})", re.MULTILINE)


def _char_class(chars: set[str] | frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(char) for char in sorted(chars)) + "]")


_SURNAME_SEARCH = _char_class(_SURNAME_FIRSTS).search
# Characters that can start a name (or a two-character speech verb, which is skipped whole); the
# rare-name prefixes of jieba's dictionary are added when it is loaded.
_name_start = _char_class(_TRANSLITERATION_SET | _SURNAME_FIRSTS | _SPEECH_FIRSTS)


def dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """jieba's word frequencies and part-of-speech tags (loaded once per process)."""
    global _DICTIONARY, _weak_surnames, _name_start
    if _DICTIONARY is None:
        import jieba
        import jieba.posseg as posseg

        _quiet_jieba()
        jieba.initialize()
        freq, tags = jieba.dt.FREQ, posseg.dt.word_tag_tab
        # Surname characters that are mostly function words or very common words (和, 都, 时, 成).
        _weak_surnames = frozenset(
            char for char in lx.SURNAMES if tags.get(char) in _FUNCTION_TAGS or char in _WEAK_SURNAMES
        )
        _name_prefixes.update(
            word[:2] for word, tag in tags.items()
            if tag in _NAME_TAGS and 2 <= len(word) <= 4 and freq.get(word, 0) < COMMON_WORD
        )
        _name_start = _char_class(
            _TRANSLITERATION_SET | _SURNAME_FIRSTS | _SPEECH_FIRSTS | {word[0] for word in _name_prefixes}
        )
        _DICTIONARY = (freq, tags)
    return _DICTIONARY


def _common(freq: dict[str, int], tags: dict[str, str], word: str) -> bool:
    """A dictionary word that is not a (rare) name."""
    count = freq.get(word, 0)
    return count > 0 and (tags.get(word) not in _NAME_TAGS or count >= COMMON_WORD)


def _dictionary_name(freq: dict[str, int], tags: dict[str, str], fragment: str, index: int) -> int:
    """Length of a rare name from jieba's dictionary starting at ``index``, or 0."""
    if fragment[index : index + 2] not in _name_prefixes:
        return 0
    for size in (4, 3, 2):
        word = fragment[index : index + size]
        if len(word) < size or tags.get(word) not in _NAME_TAGS or freq.get(word, 0) >= COMMON_WORD:
            continue
        longer = fragment[index : index + size + 1]
        if len(longer) > size and (tags.get(longer) == "ns" or _common(freq, tags, longer)):
            return 0  # 休斯 in 休斯敦
        if word[0] in _weak_surnames:
            return 0
        if word[0] in lx.SURNAMES or word[:2] in lx.COMPOUND_SURNAMES or tags[word] != "nr":
            return size
    return 0


def _covered(freq: dict[str, int], tags: dict[str, str], fragment: str, index: int) -> bool:
    """True when a common word that starts before ``index`` runs over it (国王, 大呼小叫)."""
    for back in (1, 2, 3):
        start = index - back
        if start < 0:
            return False
        for size in range(back + 1, 5):
            if start + size <= len(fragment) and _common(freq, tags, fragment[start : start + size]):
                return True
    return False


def _shaped_name(freq: dict[str, int], tags: dict[str, str], fragment: str, index: int) -> int:
    """Length of a surname + given-name candidate at ``index`` (0 when the shape does not fit).

    The surname must be a usual one (not 和, 都), must not be inside a common word (国王) nor
    start one with the next character (高兴, 文化); a third character is dropped when it starts
    a word with the one after it (王刚|现场)."""
    surname = _SURNAME_AT.match(fragment, index)
    if surname is None:
        return 0
    given = surname.end()
    if given == index + 1 and fragment[index] in _weak_surnames:
        return 0
    size = len(fragment)
    if given >= size or fragment[given] in _NOT_GIVEN or not _HAN_CHAR.match(fragment[given]):
        return 0
    if fragment[index : given + 1] in _SPEECH_WORDS or _covered(freq, tags, fragment, index):
        return 0
    if _common(freq, tags, fragment[index : given + 1]):
        # 林子|豪: a name whose first two characters make a word, right before the verb.
        third = given + 1
        if (
            third + 1 == size
            and fragment[third] not in _NOT_THIRD
            and _HAN_CHAR.match(fragment[third])
            and not _common(freq, tags, fragment[given : third + 1])
        ):
            return size - index
        return 0
    end = given + 1
    if (
        end < size
        and fragment[end] not in _NOT_THIRD
        and _HAN_CHAR.match(fragment[end])
        and not _common(freq, tags, fragment[end : end + 2])
    ):
        end += 1
    return end - index


def _transliterated(freq: dict[str, int], tags: dict[str, str], fragment: str, index: int) -> int:
    """Length of a run of transliteration characters (阿尔德里奇) with no common word or place in it."""
    run = _TRANSLITERATED_RUN.match(fragment, index)
    if run is None or (index > 0 and fragment[index - 1] in lx.TRANSLITERATION_CHARS):
        return 0
    word = run.group()
    for start in range(len(word) - 1):
        for size in (2, 3):
            part = word[start : start + size]
            if len(part) == size and (_common(freq, tags, part) or tags.get(part) == "ns"):
                return 0
    return len(word)


def person_names(fragment: str, stop: int | None = None) -> tuple[tuple[int, int], ...]:
    """Spans of person names in a short fragment, without jieba's tagger (linear and cheap):
    rare names of jieba's dictionary, transliterated runs, and the surname + given-name shape
    checked against the dictionary's common words. With ``stop``, only the names starting at
    or before it (the same ones as without it)."""
    freq, tags = dictionary()
    spans: list[tuple[int, int]] = []
    size = len(fragment)
    search = _name_start.search
    speech, prefixes, transliteration, surname_firsts = (
        _SPEECH_WORDS, _name_prefixes, _TRANSLITERATION_SET, _SURNAME_FIRSTS
    )
    last = size - 2 if stop is None else min(size - 2, stop)
    index = 0
    while index <= last:
        # Only a position that can start a name or a speech verb needs a look (one regex jump).
        found = search(fragment, index, last + 1)
        if found is None:
            break
        index = found.start()
        two = fragment[index : index + 2]
        if two in speech:
            index += 2
            continue
        char = two[0]
        length = _dictionary_name(freq, tags, fragment, index) if two in prefixes else 0
        if not length and char in transliteration:
            length = _transliterated(freq, tags, fragment, index)
        if not length and char in surname_firsts:
            length = _shaped_name(freq, tags, fragment, index)
            length = _word_bounded(tags, fragment, index, length)
        if length >= 2:
            spans.append((index, index + length))
            index += length
        else:
            index += 1
    return tuple(spans)


_NOT_NAME_END_TAGS = ("v", "d", "a", "p", "c", "u", "f", "t")


def _word_bounded(tags: dict[str, str], fragment: str, index: int, length: int) -> int:
    """Shorten a surname-shaped name whose last character opens a verb, an adverb or another
    function word with what follows (杨|笑着说, 高院|竟然, 柯文哲|庭讯): the name ends before it.
    A two-character name that would lose its given name is no name at all."""
    while length >= 2:
        last = index + length - 1
        words = (fragment[last : last + size] for size in (3, 2))
        word = next((candidate for candidate in words if candidate in tags), "")
        if not word or not tags[word].startswith(_NOT_NAME_END_TAGS):
            return length
        length = length - 1 if length > 2 else 0
    return length


def looks_like_name(candidate: str) -> bool:
    """True when ``candidate`` starts with a person name (李志|明 yes, 一|边 and 高兴 no).

    A whole subject that jieba's dictionary tags as a name counts even when the name is frequent
    (a famous person, 李娜): standing alone before a speech verb, it is the speaker, not a word."""
    freq, tags = dictionary()
    if 2 <= len(candidate) <= 3 and tags.get(candidate) in _NAME_TAGS:
        return True
    return (
        _dictionary_name(freq, tags, candidate, 0)
        or _transliterated(freq, tags, candidate, 0)
        or _shaped_name(freq, tags, candidate, 0)
    ) >= 2


def _quiet_jieba() -> None:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)


def _name_end(folded: str, start: int, end: int, registry: Registry) -> int:
    """End of the name after a role word: a known name, else the candidate without predicate
    characters, cut to two characters when jieba reads the third as the start of a word (王刚|现场)."""
    for size in (3, 2):
        if folded[start : start + size] in registry._by_alias:
            return start + size
    end = _trim_name(folded, start, end)
    if end - start == 3:
        freq, tags = dictionary()
        third_starts_word = _common(freq, tags, folded[start + 2 : start + 4])
        if third_starts_word and not _common(freq, tags, folded[start + 1 : end]):
            return start + 2
    return end


_VERB_STARTS = set("表指强透坦认")


def _trim_name(folded: str, start: int, end: int) -> int:
    """Drop predicate characters glued to the end of a name candidate (张三在 → 张三, 王刚表|示);
    a character that only starts a verb stays when it does not (陈志强|赛后)."""
    tail = _NAME_TAIL.search(folded, start, end)
    if tail and tail.start() - start >= 2:
        cut = tail.start()
        freq, tags = dictionary()
        while cut < end and folded[cut] in _VERB_STARTS and not _common(freq, tags, folded[cut : cut + 2]):
            cut += 1
        return cut
    return end


def pattern_mentions(
    folded: str, lo: int, hi: int, registry: Registry, stop: int | None = None
) -> list[Mention]:
    """Mentions in ``folded[lo:hi]`` found by known aliases and by the name-free patterns.

    With ``stop``, only the mentions that start at or before it (the same ones as without it:
    a mention is only ever dropped for one that starts earlier), which saves reading the rest."""
    found: list[Mention] = []
    for start, end in registry.known_in(lo, hi, stop):
        entry = registry.lookup(folded[start:end])
        kind = entry.kind if entry else "person"
        found.append(Mention(start, end, kind, start, end))
    relative = None if stop is None else stop - lo
    for start, end, kind, name_start, name_end in _static_mentions(folded[lo:hi], relative):
        if kind == "titled":
            name_end = _name_end(folded, lo + name_start, lo + name_end, registry) - lo
            dotted = _PATTERNS["foreign"].match(folded, lo + name_start, hi)
            if dotted is not None and dotted.end() > lo + name_end:
                name_end = dotted.end() - lo  # 总教练阿曼多·约翰逊
            end = name_end
            start = extend_title(folded, lo + start, lo) - lo
            kind = "person"
        found.append(Mention(lo + start, lo + end, kind, lo + name_start, lo + name_end))
    kept = _drop_nested(found)
    return kept if stop is None else [mention for mention in kept if mention.start <= stop]


def extend_title(folded: str, start: int, floor: int) -> int:
    """Move the start of a role word back over the organisation before it (市教育局|局长), also
    over the 和 inside a ministry's name (住房和城乡建设部, 人力资源和社会保障部)."""
    limit = max(floor, start - TITLE_REACH)
    while start > limit and _HAN_CHAR.match(folded, start - 1):
        stop = folded[start - 1] in _TITLE_STOPS
        if stop and not (folded[start - 1] in _ORG_JOINERS and _names_an_organisation(folded, start, limit)):
            break
        start -= 1
    return start


_ORG_JOINERS = "和与"
_ORG_UNIT = re.compile("[部局厅委署办院]")


def _names_an_organisation(folded: str, start: int, limit: int) -> bool:
    """True when 和/与 right before ``start`` joins two halves of one organisation's name: an
    organisation word follows it and two or more Han characters stand before it."""
    joined = folded[start : start + TITLE_REACH]
    before = folded[max(limit, start - 3) : start - 1]
    return (
        _ORG_UNIT.search(joined) is not None
        and len(before) >= 2
        and bool(_HAN_CHAR.fullmatch(before[-1]))
        and before[-1] not in "他她我你您它们"  # 他和X: a person and X, not one organisation
    )


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
            elif kind == "pronoun" and match.group() in lx.PLURAL_PRONOUNS:
                append((start, end, "plural_pronoun", start, end))
            else:
                append((start, end, kind, start, end))
    return tuple(found)


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
    """Person names in ``folded[lo:hi]`` according to jieba (with ``stop``: those starting at or
    before it)."""
    fragment = folded[lo:hi]
    relative = None if stop is None else stop - lo
    return [Mention(lo + s, lo + e, "person", lo + s, lo + e) for s, e in person_names(fragment, relative)]


_ADDRESSEE_NEAR_END = re.compile("[给对向跟朝冲]")
_SPACE = " \t\u3000\n\r"


def strip_clause(folded: str, lo: int, hi: int) -> tuple[int, int]:
    """Narrow ``[lo, hi)`` to its subject: drop leading connectives and trailing adverbials."""
    while lo < hi and folded[lo] in _SPACE:
        lo += 1
    while hi > lo and folded[hi - 1] in _SPACE:
        hi -= 1
    lead = _LEADING.match(folded, lo, hi)
    if lead:
        lo = lead.end()
    while hi > lo:
        if (
            folded[hi - 1] not in _TRAILING_LAST
            and folded.find("通过", lo, hi - 1) < 0
            and folded[hi - 1] != folded[hi - 2]
            and _ADDRESSEE_NEAR_END.search(folded, max(lo, hi - 8), hi) is None
        ):
            break  # (a cheap test first: the phrase cannot end with an adverbial)
        tail = _TRAILING.search(folded, lo, hi)
        if tail is None or tail.start() == hi:
            break
        hi = tail.start()  # when the whole phrase is adverbial the subject was elided: lo == hi
    return lo, hi


def bare_subject(folded: str, lo: int, hi: int) -> Mention | None:
    """Read ``folded[lo:hi]`` (an already stripped subject phrase) as one mention, if it is one."""
    phrase = folded[lo:hi]
    if not phrase or len(phrase) > 16:
        return None
    if _BARE_NAME.match(phrase) and phrase[-1] not in lx.NON_NAME_CHARS and looks_like_name(phrase):
        return Mention(lo, hi, "person", lo, hi)
    titled = _TITLE_NP.match(phrase)
    if titled:
        if titled.group("name"):
            name_start = lo + titled.start("name")
            return Mention(lo, hi, "person", name_start, hi)
        return Mention(lo, hi, "person", lo, hi)  # a role without a name: 外交部发言人
    if len(phrase) >= 2 and _ORG_NP.match(phrase):
        return Mention(lo, hi, "org", lo, hi)
    return None


_NOUN_TAGS = ("n", "j", "eng")  # nouns (n, nr, ns, nt, nz, ng …), abbreviations, Latin words


def ends_with_noun(phrase: str) -> bool:
    """True when the last word of ``phrase`` is a noun in jieba's dictionary, or is unknown in a
    phrase short enough to be a name (a verb, an adverb or a time word is never a subject's head)."""
    core = re.sub(r"[（(][^）)]*[）)]$", "", phrase)
    _, tags = dictionary()
    for size in range(min(4, len(core)), 0, -1):
        tag = tags.get(core[-size:])
        if tag is not None and (size > 1 or len(core) == 1):
            return tag.startswith(_NOUN_TAGS)
    # No word of the dictionary ends it: a name, unless it ends in a verb (边走) or opens with a
    # verb or an adjective (崩溃狂).
    opening = next((tags[core[:size]] for size in (3, 2) if core[:size] in tags), "")
    return len(core) <= 4 and tags.get(core[-1]) != "v" and not opening.startswith(("v", "a", "d"))


# Words and given-name characters that mark a woman or a man. Chinese given names carry gender
# by their characters (秀兰, 晓霞 vs 志强, 建国), so the last characters of a name are a strong
# prior where the text itself says nothing.
_FEMALE_WORDS = ("女士", "小姐", "太太", "夫人", "女", "妈", "母", "姐", "妹", "嫂", "婶", "姨", "娘", "婆",
                 "奶奶", "妻", "她")
_MALE_WORDS = ("先生", "男", "爸", "父", "哥", "弟", "叔", "伯", "爷", "夫", "公", "他")
_FEMALE_NAME_CHARS = set("霞娟芳丽兰秀梅英红玲珍凤莲萍燕娥婷娜妮琳琴慧静淑敏洁雪珠莉菊蓉薇瑶媛嫣倩")
_MALE_NAME_CHARS = set("强刚军勇斌杰涛伟雄龙虎彪豪虎壮坤平安福贵宝堂亭民")


def gender(folded: str, mention: Mention) -> str | None:
    """"female", "male" or None (unknown) for a person mention, from its role words and name."""
    if mention.kind != "person":
        return None
    whole = folded[mention.start : mention.end]
    if whole.endswith(_FEMALE_WORDS) or any(word in whole for word in ("女士", "小姐", "太太")):
        return "female"
    if whole.endswith(_MALE_WORDS) or "先生" in whole:
        return "male"
    name = folded[mention.name_start : mention.name_end]
    if len(name) <= 4 and not _NAME_DOTS.search(name):
        given = name[-2:] if len(name) >= 2 else name
        if any(char in _FEMALE_NAME_CHARS for char in given):
            return "female"
        if any(char in _MALE_NAME_CHARS for char in given):
            return "male"
    return None


def names_an_organisation(phrase: str) -> bool:
    """True when ``phrase`` ends like an organisation (某研究中心, 某公司(ABC))."""
    core = re.sub(r"[（(][^）)]*[）)]$", "", phrase)
    return core != phrase or _ORG_NP.match(core) is not None


def has_function_characters(folded: str, lo: int, hi: int) -> bool:
    """True when ``folded[lo:hi]`` holds a pronoun or a function character (的, 在, 对…), so it
    is not a bare name."""
    return any(char in _TITLE_STOPS or char in "他她我你您它" for char in folded[lo:hi])


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


TITLE_WINDOW = 3000  # how far from the speaker's own mentions an introduction is looked for


def title_before(folded: str, name: str, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    """Span of a role (with its organisation) written right before some occurrence of ``name``
    in ``folded[lo:hi]``."""
    hi = len(folded) if hi is None else hi
    index = folded.find(name, lo, hi)
    while index > 0:
        role = _ROLE_AT_END.search(folded, max(0, index - 8), index)
        if role is not None:
            return extend_title(folded, role.start(), 0), index
        index = folded.find(name, index + len(name), hi)
    return None


_TITLE_AT = re.compile(_TITLE)
_ROLE_REACH = 8
# Every role word → the lengths (within _ROLE_REACH) of the role words it starts with
# (副主席 → 副主席; 主席团 → 主席).
_TITLE_PREFIX_SIZES = {
    word: tuple(
        sorted({len(o) for o in lx.TITLE_WORDS if len(o) <= _ROLE_REACH and word.startswith(o)})
    )
    for word in lx.TITLE_WORDS
}
# Every role word → the offsets inside it where another role word may start (总理事长: 理事长):
# where the rest of the word and some role word agree as far as both go.
_TITLE_INNER = {
    word: tuple(
        offset
        for offset in range(1, len(word))
        if any(other.startswith(word[offset:]) or word[offset:].startswith(other) for other in lx.TITLE_WORDS)
    )
    for word in lx.TITLE_WORDS
}  # a role word ends a name's look-back window of this many characters


class RoleIndex:
    """Where role words end in the whole text, and which text follows them, so that
    ``title_before`` for every speaker costs one pass over the text instead of one per speaker."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        starts: dict[int, int] = {}  # end of a role word → leftmost start of a role word ending there
        match_at = _TITLE_AT.match
        for match in _TITLE_AT.finditer(folded):
            first = match.start()
            # Starts come in increasing order, so the first one noted for an end is the leftmost.
            for size in _TITLE_PREFIX_SIZES[match.group()]:
                starts.setdefault(first + size, first)
            # Role words starting inside this match (总理|事长), only where one can.
            for offset in _TITLE_INNER[match.group()]:
                inner = match_at(folded, first + offset)
                if inner is not None:
                    for size in _TITLE_PREFIX_SIZES[inner.group()]:
                        starts.setdefault(first + offset + size, first + offset)
        self.role_start = starts
        self.ends = sorted(starts)
        self._after: dict[int, dict[str, list[int]]] = {}  # name length → text after a role → ends

    def title_before(self, name: str, lo: int, hi: int) -> tuple[int, int] | None:
        """Same answer as the module's ``title_before(folded, name, lo, hi)``."""
        folded = self.folded
        if not name:
            return title_before(folded, name, lo, hi)
        if lo <= 0 and folded.startswith(name, 0, hi):
            return None  # the name opens the text: nothing can stand before it
        size = len(name)
        table = self._after.get(size)
        if table is None:
            table = {}
            for end in self.ends:
                table.setdefault(folded[end : end + size], []).append(end)
            self._after[size] = table
        ends = table.get(name)
        if not ends:
            return None
        slot = bisect.bisect_left(ends, lo)
        if slot == len(ends) or ends[slot] + size > hi:
            return None
        index = ends[slot]
        if _overlapping(name) and not _reachable(folded, name, lo, index):
            return title_before(folded, name, lo, hi)
        return extend_title(folded, self.role_start[index], 0), index


def _overlapping(name: str) -> bool:
    """True when two occurrences of ``name`` can overlap (哈哈哈), so a plain search skips some."""
    return any(name[: len(name) - shift] == name[shift:] for shift in range(1, len(name)))


def _reachable(folded: str, name: str, lo: int, index: int) -> bool:
    """True when a left-to-right search for ``name`` from ``lo`` stops at ``index``."""
    found = folded.find(name, lo, index + len(name))
    while 0 <= found < index:
        found = folded.find(name, found + len(name), index + len(name))
    return found == index


_TIME_AT = re.compile(_TIME)


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
    prefix = folded[clause_start : mention.start]
    lead = _LEADING.match(prefix)
    if lead:
        prefix = prefix[lead.end() :]
    return prefix == "" or (len(prefix) <= 4 and prefix.endswith("的")) or bool(_TIME_AT.fullmatch(prefix))
