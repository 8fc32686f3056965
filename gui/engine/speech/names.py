"""Person names: which stretches of text are names of people, read from their shape.

A surname and one or two given-name characters (王建华), a run of transliteration characters
(阿尔德里奇), a rare name in jieba's dictionary, or a pair of characters that the text itself
keeps using as a name (少平, 晓霞). jieba's dictionary (word frequencies and part-of-speech tags)
tells names from the common words they resemble; its tagger is never run here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import chain

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech import word_tags
from gui.engine.speech.patterns import HAN, HAN_CHAR, NAME_DOTS, ORG_PHRASE, SURNAME, char_class
from gui.engine.speech.word_tags import CountTable, TagTable

_DICTIONARY: tuple[CountTable, TagTable] | None = None
_NAME_TAGS = word_tags.NAME_TAGS
_SURNAME_AT = re.compile(SURNAME)
_TRANSLITERATED_RUN = re.compile(f"[{lx.TRANSLITERATION_CHARS}]{{3,8}}")
# A romanised name of two or more words in brackets (ALI GUBADE, Park Ji-hoon，音译).
_ROMANISED_AFTER = re.compile(r"[（(][A-Za-z]{2,}(?:[ \-][A-Za-z]{2,})+(?:，音译)?[）)]")
# Characters that do not start or continue a given name (function words, predicate characters).
_NOT_GIVEN = set(lx.NON_NAME_CHARS) | set("们这那其之个位名些姓年月日时分秒上下中里外前后来去不没很太最地得")
# Characters that start a verb (表示, 指出) but may also end a given name (陈志强).
_VERB_STARTS = set("表指强透坦认")
# A third character may start a verb only when it does not form that verb with the next one.
# (nor a speech verb of one character, which no given name ends with: 某某|骂她, 某某|说)
_NOT_THIRD = (_NOT_GIVEN - _VERB_STARTS) | set("有说骂问喊称答")
# Surname characters that are mostly ordinary words (时, 来, 干); function words are found by tag.
_ASPECT = frozenset("了着过")
_WEAK_SURNAMES = set("时来应相干居官师危计党支门区路易全")
_SPEECH_WORDS = frozenset(lx.SPEECH_VERBS)
COMMON_WORD = word_tags.COMMON_NAME  # jieba frequency from which a name is a common word
_FUNCTION_TAGS = ("c", "d", "p", "r", "f", "ad", "u")
_weak_surnames: frozenset[str] = frozenset()
_name_prefixes: frozenset[str] = frozenset()  # first two characters of the rare names in jieba's dictionary
_TRANSLITERATION_SET = frozenset(lx.TRANSLITERATION_CHARS)
SURNAME_FIRSTS = frozenset(lx.SURNAMES) | {word[0] for word in lx.COMPOUND_SURNAMES}
_ONE_CHARACTER_SURNAMES = frozenset(lx.SURNAMES)
# Words for a person by role, kinship or kind (母亲, 居民, 球迷): no family name or name opens with one.
PEOPLE_WORDS = frozenset((*lx.KINSHIP_WORDS, *lx.PERSON_NOUNS, *lx.TITLE_WORDS))
_PEOPLE_ENDINGS = tuple(sorted(PEOPLE_WORDS, key=len, reverse=True))
_ROLE_ENDINGS = (*_PEOPLE_ENDINGS, *lx.AUTHOR_WORDS)
_SPEECH_FIRSTS = frozenset(word[0] for word in lx.SPEECH_VERBS if len(word) == 2)
# Verbs that take a person as their object and a clause after it (让某某遭到, 令某某失望, 请某某
#发言); 让 also transliterates Jean (让-某某, with a dot), and 令 is a surname.
_CAUSATIVES = frozenset("让令请使叫")
# (and adverbs and negations that no given name ends with: 某某很|看好, 某某都|认为, 某某不|认同)
_NAME_TAIL = re.compile(f"[{lx.NON_NAME_CHARS}很太最都还就却便不没未]+$")
# Characters that can start a name (or a two-character speech verb, which is skipped whole); the
# rare-name prefixes of jieba's dictionary are added when it is loaded.
_name_start = char_class(_TRANSLITERATION_SET | SURNAME_FIRSTS | _SPEECH_FIRSTS)


def dictionary() -> tuple[CountTable, TagTable]:
    """jieba's word list (loaded once per process, see ``word_tags``): how often each word tagged
    as a name occurs, and every word's part-of-speech tag."""
    global _DICTIONARY, _weak_surnames, _name_start, _name_prefixes
    if _DICTIONARY is None:
        tags, counts, rare_prefixes, rare_firsts = word_tags.load()
        # Surname characters that are mostly function words or very common words (和, 都, 时, 成).
        _weak_surnames = frozenset(
            char for char in lx.SURNAMES if tags.get(char) in _FUNCTION_TAGS or char in _WEAK_SURNAMES
        )
        _name_prefixes = rare_prefixes  # (the loaded set itself: a copy of 46,000 costs milliseconds)
        _name_start = char_class(
            _TRANSLITERATION_SET | SURNAME_FIRSTS | _SPEECH_FIRSTS | rare_firsts
        )
        _DICTIONARY = (counts, tags)
    return _DICTIONARY


def word_tag_at(text: str, index: int, longest: int = 3, shortest: int = 2) -> str:
    """The tag of the longest dictionary word of ``shortest`` to ``longest`` characters that
    starts at ``index`` ("" when none does)."""
    _, tags = dictionary()
    words = tags.group(text[index : index + 1])
    for size in range(longest, shortest - 1, -1):
        word = text[index : index + size]
        tag = words.get(word) if len(word) > 1 else tags.get(word)  # one character: maybe apart
        if tag is not None:
            return tag
    return ""


def _common(freq: CountTable, tags: TagTable, word: str) -> bool:
    """A dictionary word that is not a (rare) name."""
    tag = tags.get(word)
    return tag is not None and (tag not in _NAME_TAGS or freq.get(word, 0) >= COMMON_WORD)


def _dictionary_name(freq: CountTable, tags: TagTable, fragment: str, index: int) -> int:
    """Length of a rare name from jieba's dictionary starting at ``index``, or 0."""
    if fragment[index : index + 2] not in _name_prefixes:
        return 0
    for size in (4, 3, 2):
        word = fragment[index : index + size]
        if len(word) < size or tags.get(word) not in _NAME_TAGS or freq.get(word, 0) >= COMMON_WORD:
            continue
        if word in lx.COMPOUND_SURNAMES:
            return 0  # 皇甫|明: a compound family name alone is no whole name (the shape reads on)
        if word in lx.REACTIONS:
            return 0  # 闻言 (tagged as a name): a reaction
        longer = fragment[index : index + size + 1]
        if len(longer) > size and (tags.get(longer) == "ns" or _common(freq, tags, longer)):
            return 0  # 休斯 in 休斯敦
        if word[0] in _weak_surnames:
            return 0
        if word[0] in lx.SURNAMES or word[:2] in lx.COMPOUND_SURNAMES or tags[word] != "nr":
            return size
    return 0


def _covered(freq: CountTable, tags: TagTable, fragment: str, index: int) -> bool:
    """True when a common word that starts before ``index`` runs over it (国王, 大呼小叫)."""
    for back in (1, 2, 3):
        start = index - back
        if start < 0:
            return False
        for size in range(back + 1, 5):
            if start + size <= len(fragment) and _common(freq, tags, fragment[start : start + size]):
                return True
    return False


def _shaped_name(freq: CountTable, tags: TagTable, fragment: str, index: int) -> int:
    """Length of a surname + given-name candidate at ``index`` (0 when the shape does not fit).

    The surname must be a usual one (not 和, 都), must not be inside a common word (国王) nor
    start one with the next character (高兴, 文化); a third character is dropped when it starts
    a word with the one after it (王刚|现场)."""
    surname = _SURNAME_AT.match(fragment, index)
    if surname is None:
        return 0
    # (not where the first family name ends a word: 教|师陈桂芳 is a role, then a name)
    if _double_surname_name(freq, tags, fragment, index) and not _covered(freq, tags, fragment, index):
        return 4
    given = surname.end()
    if fragment.startswith(lx.REACTIONS, given):
        return 0  # 谭|闻言: a reaction after a family name, not a given name
    if given == index + 1 and fragment[index] in _weak_surnames:
        return _surname_also_word(freq, tags, fragment, index)
    size = len(fragment)
    if given >= size or fragment[given] in _NOT_GIVEN or not HAN_CHAR.match(fragment[given]):
        return 0
    if fragment[index : given + 1] in _SPEECH_WORDS or _covered(freq, tags, fragment, index):
        return 0
    opening = fragment[index : given + 1]
    if opening in PEOPLE_WORDS:
        return 0  # 母亲|张女士, 居民|老李: a word for a person opens the phrase, not a family name
    # (a compound family name and a character that jieba lists as a name or a place, 欧阳建, are
    # the start of a name, not a word: 欧阳建华)
    proper = given - index == 2 and tags.get(opening, "").startswith(("nr", "ns"))
    # (nor a name the dictionary lists as a frequent word, right after a word for a person: 记者|王明)
    proper = proper or (_listed_name(opening) and fragment.endswith(_ROLE_ENDINGS, 0, index))
    if _common(freq, tags, opening) and not proper:
        # 林子|豪: a name whose first two characters make a word, right before the verb.
        third = given + 1
        if (
            # (or before a noun, when the third character is no verb or numeral: 王建明|庭讯指出)
            (third + 1 == size or (
                third + 1 < size
                and word_tag_at(fragment, third + 1).startswith("n")
                and not tags.get(fragment[third], "").startswith(("v", "m", "d", "p"))
            ))
            and fragment[third] not in _NOT_THIRD
            and HAN_CHAR.match(fragment[third])
            and not _common(freq, tags, fragment[given : third + 1])
        ):
            return third + 1 - index
        return 0
    end = given + 1
    if (
        end < size
        and fragment[end] not in _NOT_THIRD
        and HAN_CHAR.match(fragment[end])
        # the third character must not start a word with the next one; the last character of
        # the fragment stands right before the verb, so it starts none (李国梁|说)
        and not (end + 1 < size and _common(freq, tags, fragment[end : end + 2]))
        # nor be a verb that takes an aspect particle (兰香|揩了一把眼泪)
        and fragment[end + 1 : end + 2] not in _ASPECT
    ):
        end += 1
    return end - index


_TIME_CHARS = frozenset("今昨明前后日年月时")


def _double_surname_name(freq: CountTable, tags: TagTable, fragment: str, index: int) -> bool:
    """True when four characters at ``index`` are a husband's and a woman's own family name and
    her given name (Hong Kong usage: 林某月某, 叶刘某某): two family names of one character, then
    two characters that make no word, with each other or with the second family name."""
    name = fragment[index : index + 4]
    if len(name) < 4 or name[0] not in _ONE_CHARACTER_SURNAMES or name[1] not in _ONE_CHARACTER_SURNAMES:
        return False
    if name[1] in _SURNAMES_ALSO_WORDS or name[3] in _TIME_CHARS:
        return False  # 某时中|今日, 某应春: a name of three characters and the word after it
    given = name[2:]
    if any(char in lx.NON_NAME_CHARS or not HAN_CHAR.match(char) for char in given):
        return False
    # (nor may the last character open a word with the next one: 某应春|接受)
    parts = (name[:2], name[1:3], given, name[1:], fragment[index + 3 : index + 5])
    return not any(len(part) > 1 and _common(freq, tags, part) for part in parts)


# Usual surnames that are also function words (何, 于, 曾, 向, 莫): they open a name only as a
# full three-character name whose given name is no word (何文涛, 曾志文; not 何时, 向记者).
_SURNAMES_ALSO_WORDS = frozenset("何于任曾易向常莫尤尚全路时区应官师")


def _surname_also_word(freq: CountTable, tags: TagTable, fragment: str, index: int) -> int:
    """3 when ``fragment[index:index + 3]`` is a full name whose surname is also a word, else 0."""
    name = fragment[index : index + 3]
    if fragment[index] not in _SURNAMES_ALSO_WORDS or len(name) < 3 or not all(map(HAN_CHAR.match, name)):
        return 0
    given = name[1:]
    if any(char in _NOT_GIVEN for char in given) or name[:2] in tags or _common(freq, tags, name):
        return 0
    if given in tags and _common(freq, tags, given):
        return 0  # 向记者, 于本周: a word after a preposition
    if _covered(freq, tags, fragment, index) or _common(freq, tags, fragment[index + 2 : index + 4]):
        return 0  # 全港|市民: the last character opens a word with the next one
    return 3


def _transliterated(freq: CountTable, tags: TagTable, fragment: str, index: int) -> int:
    """Length of a run of transliteration characters (阿尔德里奇) with no common word or place in it."""
    run = _TRANSLITERATED_RUN.match(fragment, index)
    if run is None or (index > 0 and fragment[index - 1] in lx.TRANSLITERATION_CHARS):
        return 0
    word = run.group()
    if _ROMANISED_AFTER.match(fragment, run.end()):
        return len(word)  # 阿里古巴德（ALI GUBADE）: the brackets show one name, 古巴 and all
    for start in range(len(word) - 1):
        for size in (2, 3):
            part = word[start : start + size]
            if len(part) == size and (_common(freq, tags, part) or tags.get(part) == "ns"):
                return 0
    return len(word)


# (the answer depends on the fragment alone, and short clauses come back again and again — 他说,
# a novel's 少平说: memoised)
@lru_cache(maxsize=4096)
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
        _SPEECH_WORDS, _name_prefixes, _TRANSLITERATION_SET, SURNAME_FIRSTS
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
            length = _word_bounded(fragment, index, length)
        if (
            length >= 3 and char in _CAUSATIVES and not NAME_DOTS.match(fragment, index + 1)
            and two not in lx.COMPOUND_SURNAMES
        ):
            index, length = index + 1, length - 1  # 让|某某西遭到批评: the verb, then its object
        if length >= 2:
            spans.append((index, index + length))
            index += length
        else:
            index += 1
    return tuple(spans)


def _runs_past(fragment: str, start: int, end: int) -> bool:
    """True when a dictionary word of three or four characters, no name, starts at ``start``
    and ends after ``end`` (开玩笑 after 某|开玩)."""
    _, tags = dictionary()
    for size in (4, 3):
        tag = tags.get(fragment[start : start + size]) if start + size > end else None
        if tag is not None and len(fragment) >= start + size and not tag.startswith("nr"):
            return True
    return False


_NOT_NAME_END_TAGS = ("v", "d", "a", "p", "c", "u", "f", "t")


def _listed_name(word: str) -> bool:
    """True when jieba's dictionary lists ``word`` as a person's name (王明, however frequent)."""
    return dictionary()[1].get(word) == "nr"


def _word_bounded(fragment: str, index: int, length: int) -> int:
    """Shorten a surname-shaped name whose last character opens a verb, an adverb or another
    function word with what follows (杨|笑着说, 高院|竟然, 王建明|庭讯): the name ends before it.
    A two-character name that would lose its given name is no name at all, and so is a name
    whose given name opens a longer word that runs on past it (某|开玩笑称)."""
    if length >= 2 and _runs_past(fragment, index + 1, index + length):
        return 0
    given = length - _family_name_size(fragment, index)
    if index + length == len(fragment) and (length == 3 or given == 2 or _listed_name(fragment[index:])):
        return length  # 韩春生|, 欧阳志强|, 记者王明|: a last character alone before the verb opens no word
    while length >= 2:
        tag = word_tag_at(fragment, index + length - 1)
        if not tag or not tag.startswith(_NOT_NAME_END_TAGS):
            return length
        length = length - 1 if length > 2 else 0
    return length


def _family_name_size(fragment: str, index: int) -> int:
    """2 when a compound family name (欧阳, 司马) opens ``fragment[index:]``, else 1."""
    return 2 if fragment[index : index + 2] in lx.COMPOUND_SURNAMES else 1


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


_CLAUSE_OPENERS = "，。！？；：\n“”「」 　…"
# Function characters that open a clause before a noun (但他, 该公司, 每一, 若国家) or end a word.
_NOT_NAME_FIRST = frozenset(_NOT_GIVEN) | set(
    "他她我你您它咱俺这那但而该每另若当两有据比由连以且故仅既即令能要会如到本某各"
)
_NOT_NAME_SECOND = frozenset(_NOT_GIVEN) | set("他她我你您它一")


def dictionary_words(folded: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """``folded[lo:hi]`` cut into (start, end, tag), the longest dictionary word first."""
    _, tags = dictionary()
    at = lo
    while at < hi:
        words = tags.group(folded[at])  # (one look-up for every size tried at this place)
        size = next((size for size in (4, 3, 2) if at + size <= hi and folded[at : at + size] in words), 1)
        yield at, at + size, words.get(folded[at : at + size]) or ""
        at += size


def word_cut_at(folded: str, start: int) -> int:
    """Where a dictionary word of three or four characters (no name) begins that holds both the
    character before ``start`` and the one at it (开玩|笑称, 开|玩笑: a verb or an adverbial
    that starts there would cut that word in two); ``start`` itself when none does."""
    _, tags = dictionary()
    for begin in range(max(0, start - 3), start):
        words = tags.group(folded[begin])  # (one look-up for the sizes tried at a place)
        for size in (4, 3):
            if begin + size > start:
                tag = words.get(folded[begin : begin + size]) if begin + size <= len(folded) else None
                if tag is not None and not tag.startswith("nr"):
                    return begin
    return start


def cuts_word(folded: str, start: int) -> bool:
    """True when a word of three or four characters runs across ``start`` (``word_cut_at``)."""
    return word_cut_at(folded, start) < start


def recurrent_names(folded: str, quoted: Callable[[int], bool] = lambda _index: False) -> frozenset[str]:
    """Two-character names that no lexicon knows, recognised by how the text uses them.

    In fiction most characters go by a given name (少平, 晓霞). A pair of characters that is no
    dictionary word, cannot start or end a name, and opens a clause again and again (少平说,
    晓霞不笑了) is taken for a name. Only narration counts (``quoted(index)`` tells a position
    inside someone's words): what people say repeats words the dictionary lacks (刚到吗？刚刚到。).
    """
    counts, first_seen = _opening_pair_counts(folded, quoted)
    names = {word for word, count in counts.items() if count >= 2}
    # A pair seen opening a clause once is a name too when a predicate follows it (晓霞不笑了) or
    # the text uses it again nearby (他和少平, 对晓霞说). Every search is bounded to the stretch
    # around the pair's first use, so a book costs no more per name than an article.
    reach = COMPLETION_REACH
    windows = {word: (max(0, at - reach), at + reach) for word, at in first_seen.items()}
    # (A pair seen once was seen only where it was first seen: the predicate is looked for there.)
    names.update(
        word for word, count in counts.items()
        if count == 1
        and (_predicate_follows(folded, first_seen[word] + 2) or folded.count(word, *windows[word]) >= 2)
    )
    return frozenset(name for word in names for name in _family_split(folded, word, *windows[word]))


def _opening_pair_counts(folded: str, quoted: Callable[[int], bool]) -> tuple[dict[str, int], dict[str, int]]:
    """How often each pair that may be a name opens a clause of the narration, counted up to two
    (once or more than once is all ``recurrent_names`` asks: a name said a hundred times is not
    checked a hundred times), and where it first does."""
    _, tags = dictionary()
    counts: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    # Pairs that can be no name (most: dictionary words), so their places need not be checked.
    excluded: set[str] = set()
    for match in _clause_start_pairs(folded):
        word = match.group(1)
        if word in excluded:
            continue
        count = counts.get(word, 0)
        if count == 0 and (word[0] in _NOT_NAME_FIRST or word[1] in _NOT_NAME_SECOND or word in tags):
            excluded.add(word)
            continue
        start = match.start(1)
        if count == 2 or quoted(start) or cuts_word(folded, start + 2):
            continue  # (某开|玩笑: a pair that ends inside a word is none there)
        counts[word] = count + 1
        if count == 0:
            first_seen[word] = start
    return counts, first_seen


_ADVERB_CHARS = frozenset("不也又就便才还都再正却已曾没")


def _predicate_follows(folded: str, index: int) -> bool:
    """True when an adverb or a verb starts at ``index`` (晓霞|不笑了, 少平|再一次, 晓霞|长久地望着)."""
    tag = word_tag_at(folded, index)
    if tag:
        return tag.startswith(("d", "v", "p"))
    return folded[index : index + 1] in _ADVERB_CHARS


def _family_split(folded: str, word: str, lo: int, hi: int) -> list[str]:
    """``word`` itself, or, when the text never uses it alone but always goes on with more name
    characters, the full names it starts: several (孙玉|厚, 孙玉|亭: a family name and a shared
    generation character) or one, read on as far as the text always goes on (阿尔|德里奇)."""
    foreign = all(char in _TRANSLITERATION_SET for char in word)
    names = [word]
    while len(names) == 1 and len(names[0]) < (8 if foreign else 3):
        fuller = _continuations(folded, names[0], lo, hi)
        transliterated = foreign and all(set(name) <= _TRANSLITERATION_SET for name in fuller)
        if not fuller or (len(fuller) == 1 and not transliterated):
            break  # a Chinese pair always read on by one character is left to name completion
        if len(fuller) > 1 and names[0][0] not in SURNAME_FIRSTS:
            break  # several continuations of a pair that is not a family name: keep the pair
        names = sorted(fuller)
    return names


def _continuations(folded: str, word: str, lo: int, hi: int) -> set[str]:
    """``word`` followed by each name character the text puts after it in ``folded[lo:hi]``;
    empty when the text also uses ``word`` alone there."""
    fuller: set[str] = set()
    for position in occurrences(folded, word, lo, hi):
        follower = folded[position + len(word) : position + len(word) + 1]
        if not follower or not HAN_CHAR.match(follower) or follower in _COMPLETION_STOPS:
            return set()
        foreign = follower in _TRANSLITERATION_SET and set(word) <= _TRANSLITERATION_SET
        if not foreign and _opens_predicate(folded, position + len(word)):
            return set()  # 兰香|刚一开口, 兰香|揩了: the pair is used alone, before its predicate
        fuller.add(word + follower)
    return fuller


# Tags of words that follow a subject but never end a name: adverbs, numerals, pronouns,
# conjunctions, prepositions, particles, idioms (突然, 一下子, 此, 毫不, 一针见血).
_PREDICATE_OPENING_TAGS = ("d", "ad", "m", "r", "c", "p", "u", "zg", "i", "l")


def _opens_predicate(folded: str, index: int) -> bool:
    """True when the character at ``index`` starts the predicate rather than continuing a name:
    a function word or idiom starts there, or it is a verb with an aspect particle (揩了)."""
    if folded[index + 1 : index + 2] in _ASPECT:
        return True
    tag = word_tag_at(folded, index, longest=4, shortest=1)
    return bool(tag) and tag.startswith(_PREDICATE_OPENING_TAGS)


# (The mark before the pair is matched rather than looked behind for: the regex engine then
# skips to the next mark instead of trying every place; the text's start is looked at apart.)
_BIGRAM_AFTER_OPENER = re.compile(rf"[{re.escape(_CLAUSE_OPENERS)}]([{HAN}]{{2}})")
_BIGRAM = re.compile(f"([{HAN}]{{2}})")


def _clause_start_pairs(folded: str) -> Iterator[re.Match[str]]:
    """The two Han characters (group 1) that open the text, a line or a clause, each a match (a
    pair of a book's clauses is looked at only once it may be a name: no tuple for each)."""
    opening = _BIGRAM.match(folded)
    later = _BIGRAM_AFTER_OPENER.finditer(folded)
    return chain((opening,), later) if opening is not None else later


# How far around a new name its other occurrences are read for evidence of a fuller form.
COMPLETION_REACH = 6000
_COMPLETION_STOPS = frozenset(lx.NON_NAME_CHARS) | set("们这那其之个位名些姓") | set(
    word[0] for word in lx.SPEECH_VERBS)


OCCURRENCES_READ = 64  # a name's evidence: its first uses in the stretch read, no more


def occurrences(folded: str, key: str, lo: int, hi: int) -> Iterator[int]:
    """Where ``key`` stands in ``folded[lo:hi]``, left to right, not overlapping (the first
    ``OCCURRENCES_READ``)."""
    position = folded.find(key, lo, hi)
    for _ in range(OCCURRENCES_READ):
        if position < 0:
            return
        yield position
        position = folded.find(key, position + len(key), hi)


def family_name_form(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the text gives the two-character given name ``folded[start:end]`` with its family
    name (秋生 → 孙秋生), the span of that fuller form; None when it never does, or does with more
    than one family name."""
    if end - start != 2 or folded[start] in SURNAME_FIRSTS:
        return None  # 刘炜 is a whole name already
    key = folded[start:end]
    if key in PEOPLE_WORDS:
        return None  # 令|球迷: a word for people has no family name
    _, tags = dictionary()
    lo, hi = max(0, start - COMPLETION_REACH), min(len(folded), end + COMPLETION_REACH)
    found: dict[str, int] = {}
    for position in occurrences(folded, key, lo, hi):
        family = folded[position - 1 : position] if position > 0 else ""
        # the character before must not end a word with the one or two before it (队长|刘炜,
        # 印尼|科, 实际上|沃尔), and must be a family name by itself (上 only opens 上官)
        ends_word = any(position > back and folded[position - back : position] in tags for back in (2, 3))
        if family in _ONE_CHARACTER_SURNAMES and family not in _weak_surnames and not ends_word:
            found.setdefault(family, position - 1)
    if len(found) != 1:
        return None
    first = next(iter(found.values()))
    return first, first + 3


def familiar_name_form(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the familiar form ``folded[start:end]`` (老孟, 孟帅, 郭总; 阿亮, 小康) abbreviates one
    full name the text gives, the span of that name; None when it gives none or several.

    A family name after 老/小 or before a suffix of respect (帅, 总, 哥) stands for the one
    three-character name with that family name; a character after 小/阿 that is no family name
    of such a name, for the one whose given name holds it (阿亮 of 蔡明亮)."""
    key = folded[start:end]
    if len(key) != 2 or key in PEOPLE_WORDS or not all(map(HAN_CHAR.match, key)):
        return None
    first, second = key
    families = []
    if first in lx.FAMILIAR_PREFIXES and second in _ONE_CHARACTER_SURNAMES:
        families.append(second)
    if second in lx.FAMILIAR_SUFFIXES and first in _ONE_CHARACTER_SURNAMES:
        families.append(first)
    for family in families:
        found = _full_names(folded, family, start, end, given=False)
        if len(found) == 1:
            return next(iter(found.values()))
        if found:
            return None  # two people of that family name: 老孟 is either
    if first in lx.FAMILIAR_GIVEN_PREFIXES and second not in _NOT_GIVEN:
        found = _full_names(folded, second, start, end, given=True)
        if len(found) == 1:
            return next(iter(found.values()))
    return None


def _full_names(folded: str, char: str, start: int, end: int, given: bool) -> dict[str, tuple[int, int]]:
    """Three-character person names near ``[start, end)`` that open with ``char`` (or, with
    ``given``, hold it in their given name), by name, each with the span of its first use."""
    lo, hi = max(0, start - COMPLETION_REACH), min(len(folded), end + COMPLETION_REACH)
    key = folded[start:end]
    offset = key.find(char)
    found: dict[str, tuple[int, int]] = {}
    for position in occurrences(folded, char, lo, hi):
        if position >= offset and folded.startswith(key, position - offset):
            continue  # this familiar form, here or used again (老孟|今天来了): no full name
        if not given and _inside_name(folded, position):
            continue  # 张|花冠本人: the family name's character is another's given name there
        for name_start in ((position - 1, position - 2) if given else (position,)):
            if name_start < 0:
                continue
            spans = person_names(folded[name_start : name_start + 4], 0)
            name = folded[name_start : name_start + 3]
            if spans and spans[0] == (0, 3) and name[1] not in lx.FAMILIAR_SUFFIXES:
                found.setdefault(name, (name_start, name_start + 3))
    return found


def _inside_name(folded: str, position: int) -> bool:
    """True when a name that starts before ``position`` runs over it (the 花 of 张花冠)."""
    lo = max(0, position - 3)  # (three characters back: 教练|孟 is a role, then a family name)
    return any(start < position - lo < end for start, end in person_names(folded[lo : position + 2]))


def complete_name(folded: str, start: int, end: int) -> int:
    """End of the fullest form of the person's name ``folded[start:end]``.

    A name-shape lexicon cannot know every given-name character (陈佩琪, 韦德齐), so a name read
    too short is completed from the text itself: the character after this mention (or a name dot
    and a character: 尼克-杨) belongs to the name when the longer form recurs nearby, can belong
    to a name, and does not begin a word every time it recurs (晓霞一边, 晓霞一下子).
    """
    lo, hi = max(0, start - COMPLETION_REACH), min(len(folded), end + COMPLETION_REACH)
    dotted = NAME_DOTS.search(folded, start, end) is not None
    foreign = all(char in _TRANSLITERATION_SET for char in folded[start:end])
    while end - start < (12 if dotted else 8 if foreign else 4):
        follower = folded[end : end + 1]
        if NAME_DOTS.fullmatch(follower or "x"):
            follower = folded[end : end + 2]
        last = follower[-1:]
        if not last or not HAN_CHAR.match(last) or last in _COMPLETION_STOPS:
            return end
        longer = folded[start:end] + follower
        count, starts_word = 0, True
        for position in occurrences(folded, longer, lo, hi):
            after = position + len(longer) - 1
            # a word of two to four characters starts there (一下子; the idiom of 一针见血, whose
            # first two characters are no word)
            starts_word = starts_word and bool(word_tag_at(folded, after, longest=4))
            count += 1
        if count < 2 or starts_word:
            return end
        if len(follower) == 2:
            dotted = True
        end += len(follower)
    return end


def titled_name_end(folded: str, start: int, end: int) -> int:
    """End of an unknown name after a role word: the candidate ``folded[start:end]`` without
    predicate characters, cut to two characters when jieba reads the third as the start of a
    word (王刚|现场)."""
    end = _trim_name(folded, start, end)
    if end - start == 3:
        freq, tags = dictionary()
        if _double_surname_name(freq, tags, folded, start):
            return start + 4  # 特首林某月某: the title's pattern reads three characters
        if (tags.get(folded[start : start + 4]) or "").startswith("nr"):
            return start + 4  # 首相安倍某某: a name of four characters the dictionary knows
        third_starts_word = _common(freq, tags, folded[start + 2 : start + 4])
        if third_starts_word and not _common(freq, tags, folded[start + 1 : end]):
            return start + 2
    return end


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


_NOUN_TAGS = ("n", "j", "eng")  # nouns (n, nr, ns, nt, nz, ng …), abbreviations, Latin words


def ends_with_noun(phrase: str) -> bool:
    """True when the last word of ``phrase`` is a noun in jieba's dictionary, or is unknown in a
    phrase short enough to be a name (a verb, an adverb or a time word is never a subject's head)."""
    core = re.sub(r"[（(][^）)]*[）)]$", "", phrase)
    if core.endswith(_PEOPLE_ENDINGS):
        return True  # 某某发言人: a word for people, whether or not jieba lists it
    _, tags = dictionary()
    for size in range(min(4, len(core)), 0, -1):
        tag = tags.get(core[-size:])
        if tag is not None and (size > 1 or len(core) == 1):
            return tag.startswith(_NOUN_TAGS)
    # No word of the dictionary ends it: a name, unless it ends in a verb (边走) or opens with a
    # verb or an adjective (崩溃狂).
    opening = word_tag_at(core, 0)
    return len(core) <= 4 and tags.get(core[-1]) != "v" and not opening.startswith(("v", "a", "d"))


def names_an_organisation(phrase: str) -> bool:
    """True when ``phrase`` ends like an organisation (某研究中心, 某公司(ABC))."""
    core = re.sub(r"[（(][^）)]*[）)]$", "", phrase)
    return core != phrase or ORG_PHRASE.match(core) is not None
