"""Phrases that can name a speaker, read by their shape and their place in the clause.

A speech verb's subject is often no name a list knows: people counted (一位高层) or pointed to
(这名男子), the agent of a passive (被某某骂), a noun phrase before its predicate (孩子在……传讯息
说), a role and a name no surname list holds, a description (山区的老人), an organisation that
issues a statement. These recognisers read one stretch of folded text (``folded[lo:hi]``, already
stripped of connectives and adverbials by ``subjects``) and say what speaks there, if anything;
``attribution`` decides which of them to ask, and in what order.
"""

from __future__ import annotations

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.names import (
    PEOPLE_WORDS,
    SURNAME_FIRSTS,
    dictionary,
    dictionary_words,
    ends_with_noun,
    names_an_organisation,
    person_names,
    word_tag_at,
)
from gui.engine.speech.patterns import HAN, PERSON, TITLE, alternation
from gui.engine.speech.plausibility import people_word, person_noun
from gui.engine.speech.registry import Mention
from gui.engine.speech.subjects import (
    bare_subject,
    has_bare_adverb,
    has_function_characters,
    strip_clause,
)

# Openers of a source frame (据某某介绍, 根据某公司的说法): the source is the phrase after them.
SOURCE_OPENERS = ("根据", "按照", "依照", "依据", "据")
# The speech verbs: a phrase that holds one is a clause, not a speaker (少安问师傅).
_CUE = re.compile(alternation(lx.SPEECH_VERBS))


# Tags of names: of people, organisations, other proper nouns, places, abbreviations.
_NAMING_TAGS = ("nr", "nt", "nz", "ns", "j")
# A passive (被, 遭) or a causative (让, 令): the noun phrase after it is the verb's agent.
_PASSIVE = re.compile("(?:被|遭到|遭|受到|让|令|使)")


def passive_agent(folded: str, lo: int, hi: int) -> Mention | None:
    """The agent of a passive or of a causative right before the verb (某议员遭网友批评「……」,
    他被某某骂「……」, 他的表现令球迷高喊「……」): the one who says the words, not the subject
    the clause is about. 被告, 被害人, 使用, 特使 are words of their own."""
    _, tags = dictionary()
    for marker in _PASSIVE.finditer(folded, lo, hi):
        start = marker.end()
        if any((tags.get(folded[marker.start() : start + size]) or "").startswith("n") for size in (1, 2)):
            continue
        if marker.start() > lo and folded[marker.start() - 1 : start] in tags:
            continue  # 特使, 即使, 命令: the mark ends a word of its own
        if start >= hi or any(char in "，。！？：；" for char in folded[start:hi]):
            continue
        if word_tag_at(folded, start, shortest=1).startswith("v"):
            continue  # 被访投资者, 遭致: a verb after the mark, no agent
        named = bare_subject(folded, start, hi) or demonstrated_person(folded, start, hi)
        if named is not None:
            return named
        phrase = folded[start:hi]
        if people_word(phrase) or (tags.get(phrase) or "").startswith(_NAMING_TAGS):
            return positional_subject(folded, start, hi)
    return None


# A name in Latin letters, maybe after a role (Parrey说, 舍监John Smith表示).
_LATIN_NAME = re.compile(
    rf"(?P<role>[{HAN}]{{0,12}}?)(?P<name>[A-Z][A-Za-z'’\-]+(?: [A-Z][A-Za-z'’\-]+){{0,3}})"
)
_ROLE_END = re.compile(rf"(?:{TITLE}|{PERSON})$")


def latin_name(folded: str, lo: int, hi: int) -> Mention | None:
    """The subject phrase ``folded[lo:hi]`` read as a person named in Latin letters, alone or
    after a role word (a name no Chinese word list knows, whole up to the verb)."""
    match = _LATIN_NAME.fullmatch(folded, lo, hi)
    if match is None or match.group("name").isupper():
        return None  # (an acronym in capitals is an organisation's)
    role = match.group("role")
    if role and not _ROLE_END.search(role):
        return None
    return Mention(lo, hi, "person", match.start("name"), hi)


_WHEN_THEN_NAME = re.compile(rf"[{HAN}]{{1,8}}?时(?=[{HAN}]{{1,3}}$)")


def after_time_clause(folded: str, lo: int, hi: int) -> int:
    """Where the subject starts after a when-phrase with no comma (开始时某表示, 宣誓时某某说): a
    family name or a short name after 时 is the subject, the phrase before it an adverbial."""
    match = _WHEN_THEN_NAME.match(folded, lo, hi)
    if match is None or folded[match.end()] not in lx.SURNAMES:
        return lo
    return match.end()


DESCRIPTION_REACH = 14  # characters of a 的-modifier before the noun for people it describes
# 如某地的孩子说 ("for example") and a copula (是某地的老人说): no part of the phrase
_EXAMPLE_MARKS = ("比如", "例如", "譬如", "如", *lx.LEADING_COPULAS)
_ALIAS = re.compile(rf"[（(](?P<alias>[{HAN}A-Za-z]{{2,8}})[）)]$")


_POINTING = re.compile("(?:这|那|该|此)(?:名|位|个)?")


def demonstrated_person(folded: str, lo: int, hi: int) -> Mention | None:
    """A demonstrative before a noun for a person (该男子, 这位乘客, 那名球员): the registry
    ties it to the one of that noun named before (``Registry._demonstrated``); where no one was,
    the phrase itself names the speaker, as the text gives it."""
    pointing = _POINTING.match(folded, lo, hi)
    if pointing is None or hi - pointing.end() < 2 or hi - pointing.end() > 4:
        return None
    head = folded[pointing.end() : hi]
    if not (person_noun(head) or head in PEOPLE_WORDS):
        return None
    return Mention(lo, hi, "person", lo, hi)


def described_person(folded: str, lo: int, hi: int) -> Mention | None:
    """A speaker described by a 的-phrase whose head is a noun for people (山区的老人, 主队的球迷们,
    持这种看法的人士): the whole phrase, as the labels give it; with a name in brackets after it
    (她的母亲(某妈)), that name. The modifier holds no speech verb: 某某说的人 is a clause."""
    alias = _ALIAS.search(folded, lo, hi)
    end = alias.start() if alias is not None else hi
    of = folded.rfind("的", lo, end)
    if of <= lo or of >= end - 1 or of - lo > DESCRIPTION_REACH:
        return None
    head = folded[of + 1 : end]
    head = head[:-1] if head.endswith("们") and len(head) > 2 else head
    if not person_noun(head):
        return None
    if _CUE.search(folded, lo, of) or any(char in "，、；：" for char in folded[lo:end]):
        return None
    if alias is not None:  # (the description titles the name, as a role does)
        return Mention(lo, alias.end(), "person", alias.start("alias"), alias.end("alias"))
    start = next((lo + len(mark) for mark in _EXAMPLE_MARKS if folded.startswith(mark, lo)), lo)
    kind = "group" if folded[end - 1] == "们" else "person"
    return Mention(start, end, kind, start, end)


_SOURCE_NP = re.compile(rf"[{HAN}A-Za-z0-9·]{{2,24}}")
_PERSON_AT_END = re.compile(rf"(?:{TITLE}|{PERSON})(?:们)?$")


def framed_source(folded: str, clause_lo: int, lo: int, hi: int) -> Mention | None:
    """The whole phrase between 据/根据 and the verb (据某银行某部某分部负责人介绍, 根据某天下的
    介绍): the frame marks it as the source, whatever its shape; a person when it ends in a role."""
    while clause_lo < lo and folded[clause_lo] in " \t\u3000\n\r":
        clause_lo += 1
    if not folded.startswith(SOURCE_OPENERS, clause_lo) or folded.startswith("据此", clause_lo):
        return None
    if not _SOURCE_NP.fullmatch(folded, lo, hi) or has_function_characters(folded, lo, hi):
        return None
    kind = "person" if _PERSON_AT_END.search(folded, lo, hi) else "org"
    return Mention(lo, hi, kind, lo, hi)


FAMILY_NAME_REACH = 3000  # characters back to the full name a family name alone stands for
FAMILY_NAME_LOOKS = 24  # occurrences of the family name read (bounded work on a book)


def named_by_family_name(folded: str, family: str, position: int) -> Mention | None:
    """The full name (family name + given name) that a family name alone at ``position`` stands
    for, when the text before it names exactly one such person (莫：…… after 法官莫某某)."""
    if family not in lx.SURNAMES:
        return None
    found: dict[str, int] = {}
    at = folded.rfind(family, max(0, position - FAMILY_NAME_REACH), position)
    for _ in range(FAMILY_NAME_LOOKS):
        if at < 0:
            break
        spans = person_names(folded[at : at + 4], 0)
        if spans and spans[0][0] == 0 and spans[0][1] >= 2:
            found.setdefault(folded[at : at + spans[0][1]], at)
        at = folded.rfind(family, max(0, position - FAMILY_NAME_REACH), at)
    if len(found) != 1:
        return None
    name, start = next(iter(found.items()))
    return Mention(start, start + len(name), "person", start, start + len(name))


def indefinite_people(folded: str, lo: int, hi: int) -> Mention | None:
    """有人 (someone) as the subject, alone or after a time word (期间有人叫喊): unidentified
    people are a speaker of their own, not the last one named."""
    _, tags = dictionary()
    for word in lx.INDEFINITE_PEOPLE:
        start = hi - len(word)
        if start < lo or not folded.startswith(word, start):
            continue  # (the cheap test first: most clauses end in no such word)
        if start == lo or (tags.get(folded[lo:start]) or "").startswith(("t", "f")):
            return Mention(start, hi, "group", start, hi)
    return None


# A count of people (一位, 两名, 几位): these classifiers count only people, so what they open is
# someone described (一位不愿具名的开发商, 两名目击的路人), whatever the head noun is.
# (maybe after whom they belong to: 某基金的一位高层)
_COUNTED_PEOPLE = re.compile(
    rf"(?:[{HAN}]{{1,12}}?的)?[一二两三四五六七八九十几数多]+[位名](?P<rest>[{HAN}]{{2,16}})"
)


def counted_people(folded: str, lo: int, hi: int) -> Mention | None:
    """The whole phrase when it counts people and ends with a noun (一位不愿具名的开发商)."""
    if folded.find("位", lo, hi) < 0 and folded.find("名", lo, hi) < 0:
        return None  # (the cheap test first: most phrases hold no classifier of people)
    counted = _COUNTED_PEOPLE.fullmatch(folded, lo, hi)
    if counted is None or not ends_with_noun(counted.group("rest")) or _CUE.search(folded, lo, hi):
        return None
    kind = "person" if folded[lo] == "一" else "group"
    return Mention(lo, hi, kind, lo, hi)


def after_when_clause(folded: str, clause_lo: int) -> bool:
    """True when the clause right before ``clause_lo`` is a when-clause (某某谈及此事时，): the
    clause after it shares its subject rather than opening with one of its own."""
    return clause_lo >= 2 and folded[clause_lo - 1] == "，" and folded[clause_lo - 2] == "时"


def after_apposition(folded: str, lo: int, hi: int) -> int:
    """Where the name starts after a description joined by a dash (某系统的开发机构—某研究中心):
    the name after the dash is the subject, the description before it is about it."""
    dash = max(folded.rfind(mark, lo, hi) for mark in "—―")
    return dash + 1 if dash >= 0 and hi - dash > 2 else lo


def after_existential(folded: str, lo: int, hi: int) -> int:
    """Where the subject starts after an existential 有 (有业内人士认为: an insider says), which
    is no part of it; 有 that forms a word with what follows (有关部门, 有人) stays."""
    if hi - lo < 3 or folded[lo] != "有":
        return lo
    if folded[lo + 1] in _CLASSIFIERS and hi - lo >= 4:
        return lo + 2  # 有名社工表示: 有(一)名
    _, tags = dictionary()
    return lo if folded[lo : lo + 2] in tags else lo + 1


def opens_with_verb(folded: str, lo: int) -> bool:
    """True when a verb, an adverb, an idiom or a set phrase opens ``folded[lo:]`` (扭过头, 站住,
    连连), by the longest dictionary word there, or the single character when none is longer."""
    _, tags = dictionary()
    tag = word_tag_at(folded, lo) or tags.get(folded[lo], "")
    return tag.startswith(("v", "d", "l", "i"))


# A noun phrase that may stand as a subject: Han characters, Latin letters, digits, name dots and
# a parenthesised abbreviation (地球物理局(BMKG)), nothing else.
_SUBJECT_NP = re.compile(
    rf"[{HAN}A-Za-z0-9·・\-－]{{0,10}}[{HAN}]{{2}}(?:[（(][A-Za-z0-9 .\-]{{1,12}}[）)])?"
)
NOT_A_SUBJECT = set("是有没不把被让使令将会要能可应该所以因如若虽尽据经过随到至从自向对给为时")


_CLASSIFIERS = frozenset("位名种个些家批")
_GROUP_OPENING = re.compile(alternation(lx.GROUP_PREFIXES))
_PERSON_ENDINGS = ("者", "人", *lx.PERSON_NOUNS)
_NAMED_TAGS = frozenset({"nr", "nrt", "nrfg", "nt"})


def initial_noun(folded: str, lo: int, hi: int) -> Mention | None:
    """The noun that opens a clause whose verb phrase runs on to the speech verb (网友看了也全都
    笑喷表示): in a Chinese clause the opening noun phrase is the subject."""
    _, tags = dictionary()
    for size in (4, 3, 2):
        word = folded[lo : lo + size]
        tag = tags.get(word)
        # a name or an organisation, or a noun for people (网友, 家长): not 脸书, 文章, 举例
        agent = tag in _NAMED_TAGS or (tag == "n" and (word in PEOPLE_WORDS or names_an_organisation(word)))
        if lo + size < hi and agent and not has_function_characters(folded, lo, lo + size):
            return _noun_phrase(folded, lo, lo + size)
    return None


HAN_CHAR_RUN = re.compile(f"[{HAN}]+")
# A verb, a preposition or an adverb opens the predicate; so does a set phrase or an idiom, which
# stands before a verb as its manner (不经意, 语重心长).
_PREDICATE_TAGS = ("v", "p", "d", "l", "i")


def subject_before_predicate(folded: str, lo: int, hi: int, marked_only: bool = False) -> Mention | None:
    """The noun phrase that opens a clause whose predicate runs on up to the speech verb (孩子
    回复说, 这名男子被捕后向警方供称, 某某电子在声明中说): read word by word, the longest dictionary
    word first, up to the first verb, preposition or adverb; it is the subject when it names a
    person, people or a body (not 文章, 数据)."""
    if marked_only and not (_POINTING.match(folded, lo, hi) or _COUNTED_PEOPLE.match(folded, lo, hi)):
        return None  # (asked of every clause with no opener: answer before cutting it into words)
    words = list(dictionary_words(folded, lo, hi))
    # (a verb of one character is too often part of an unknown name or word: 某联医, 某大成)
    opening = next((
        index for index, (start, end, tag) in enumerate(words)
        if tag.startswith(_PREDICATE_TAGS if end - start > 1 else ("p", "d"))
    ), None)
    if not opening or words[opening][0] - lo < 2:
        return None  # (a clause that opens with its predicate has no subject of its own)
    if _names_another(folded, words[opening:]):
        return None  # 某国要胁某地必须承认: the one the predicate names may be the one who speaks
    at = words[opening][0]
    phrase = folded[lo:at]
    _, tags = dictionary()
    pointed = demonstrated_person(folded, lo, at) or counted_people(folded, lo, at)
    if pointed is not None or marked_only:
        return pointed  # (``marked_only``: only people a classifier or a demonstrative marks)
    if _surname_and_given_name(phrase):
        return Mention(lo, at, "person", lo, at)  # 某时中受访时说: a name whatever its characters
    if phrase in PEOPLE_WORDS:
        return _noun_phrase(folded, lo, at)  # 被告警诫下承认: a word for a role, whatever it holds
    naming = (tags.get(phrase) or "").startswith(_NAMING_TAGS)
    if not (naming or people_word(phrase) or person_noun(phrase)):
        return None
    return positional_subject(folded, lo, at)


def _surname_and_given_name(phrase: str) -> bool:
    """True when ``phrase``, the whole subject before a predicate, is shaped as a Chinese name: a
    family name and one or two characters that make no dictionary word with it and hold no
    function character. Standing alone before its verb it is a name even where its characters
    (时, 中) would not be read as one inside running text."""
    _, tags = dictionary()
    if not 2 <= len(phrase) <= 3 or phrase[0] not in SURNAME_FIRSTS or not HAN_CHAR_RUN.fullmatch(phrase):
        return False
    if any(char in lx.NON_NAME_CHARS for char in phrase[1:]):
        return False
    tag = tags.get(phrase)
    return tag is None or tag.startswith("nr")


def _names_another(folded: str, predicate: list[tuple[int, int, str]]) -> bool:
    """True when the words of a predicate name a person, people or a place other than as the
    addressee of the speech (向某报记者 is whom the words are for, up to its head noun; 要胁某地
    names another agent)."""
    addressing = False
    for start, end, tag in predicate:
        word = folded[start:end]
        naming = tag.startswith(_NAMING_TAGS) or (end - start > 1 and people_word(word))
        if word in lx.ADDRESSEE_PREPOSITIONS:
            addressing = True
        elif naming and addressing:
            addressing = False  # (the addressee's head noun ends the phrase: 向某某周报记者)
        elif naming:
            return True
    return False


def _noun_phrase(folded: str, lo: int, hi: int) -> Mention:
    """``folded[lo:hi]`` as a speaker: an organisation when it ends like one, else a person."""
    kind = "org" if names_an_organisation(folded[lo:hi]) else "person"
    return Mention(lo, hi, kind, lo, hi)


def positional_subject(folded: str, lo: int, hi: int) -> Mention | None:
    """The subject of a speech verb recognised by its place, not by a list: the whole short noun
    phrase that opens the clause and stands right before the verb (当地台商表示, 主办单位表示,
    某研究中心(GFZ)表示). It is an organisation when it ends like one, otherwise a person."""
    # 被访投资者, 被害人: a passive that describes the person the phrase ends with
    described = folded[lo : lo + 1] == "被" and folded[lo:hi].endswith(_PERSON_ENDINGS)
    if not _SUBJECT_NP.fullmatch(folded, lo, hi) or has_function_characters(folded, lo + described, hi):
        return None
    group = _GROUP_OPENING.match(folded, lo, hi)
    if group is not None and hi - group.end() >= 2:
        head = positional_subject(folded, group.end(), hi)  # 不少房地产企业: many of a kind speak
        return Mention(lo, hi, "group", lo, hi) if head is not None else None
    if any(char in NOT_A_SUBJECT for char in folded[lo + described : hi]) or has_bare_adverb(folded[lo:hi]):
        return None
    if (
        folded[lo] in lx.NUMERALS and folded[lo + 1 : lo + 2] not in _CLASSIFIERS
        and not word_tag_at(folded, lo).startswith("n")
    ):
        return None  # 10日 is a time; 一种观点, 两位专家 and a name like 三星 are noun phrases
    if _CUE.search(folded, lo, hi):
        return None  # 少安问师傅: a phrase holding a speech verb is a clause, not a subject
    if not ends_with_noun(folded[lo:hi]) and not names_an_organisation(folded[lo:hi]):
        return None  # (某某物理局: a name of an organisation may end in no dictionary word)
    return _noun_phrase(folded, lo, hi)


def opening_organisation(folded: str, lo: int, hi: int) -> Mention | None:
    """The organisation whose name opens ``folded[lo:hi]`` (某基金公司采访回复中: the owner of a
    document named after it): the longest opening that ends like an organisation."""
    for end in range(hi, lo + 2, -1):
        if names_an_organisation(folded[lo:end]) and not has_function_characters(folded, lo, end):
            return Mention(lo, end, "org", lo, end)
    return None


# 发布声明, 发表了一份书面声明: the verb by which an organisation issues a document.
_ISSUES = re.compile(
    rf"(?:{alternation(lx.ISSUING_VERBS)})了?(?:一份|一则|一纸)?[{HAN}]{{0,2}}$"
)
_PUBLISHER_NP = re.compile(rf"[{HAN}]{{2,12}}")


def publisher(folded: str, clause_lo: int, document_start: int) -> Mention | None:
    """The organisation that issues a document (某公司发布声明称): the subject of a 声明 or 报告
    is an organisation, so the noun phrase before the issuing verb is one, suffix or not."""
    issue = _ISSUES.search(folded, clause_lo, document_start)
    if issue is None:
        return None
    lo, hi = strip_clause(folded, clause_lo, issue.start())
    phrase = folded[lo:hi]
    if phrase in lx.SINGULAR_PRONOUNS or phrase in lx.PLURAL_PRONOUNS:
        kind = "pronoun" if phrase in lx.SINGULAR_PRONOUNS else "plural_pronoun"
        return Mention(lo, hi, kind, lo, hi)  # 他发表声明称: the person, found as usual
    if not _PUBLISHER_NP.fullmatch(folded, lo, hi) or has_function_characters(folded, lo, hi):
        return None
    return Mention(lo, hi, "org", lo, hi)
