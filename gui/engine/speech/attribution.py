"""Speech cues and their subjects: who 说/表示/指出 and which quotation they govern.

A *cue* is a speech verb outside any quotation. Its subject is looked for in the clause before
it (X表示, X在发言中说); a pronoun or a document noun (声明表示) is resolved to an earlier
speaker, and an elided subject (……，并称) inherits the previous cue of the same sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.clauses import Layout
from gui.engine.speech.demonstratives import demonstrated_head
from gui.engine.speech.mentions import gender, jieba_mentions, pattern_mentions, ruled_out_gender
from gui.engine.speech.names import (
    PEOPLE_WORDS,
    cuts_word,
    dictionary,
    dictionary_words,
    names_an_organisation,
    person_names,
    word_tag_at,
)
from gui.engine.speech.patterns import HAN, KIN, LATIN_GLOSS, ORG, PERSON, TITLE, alternation
from gui.engine.speech.phrases import (
    DESCRIPTION_REACH,
    NOT_A_SUBJECT,
    SOURCE_OPENERS,
    after_apposition,
    after_existential,
    after_time_clause,
    after_when_clause,
    counted_people,
    demonstrated_person,
    described_person,
    framed_source,
    indefinite_people,
    initial_noun,
    latin_name,
    named_by_family_name,
    opening_organisation,
    opens_with_verb,
    passive_agent,
    positional_subject,
    publisher,
    subject_before_predicate,
)
from gui.engine.speech.plausibility import plausible_speaker, without_implausible_name
from gui.engine.speech.recognised import missed_subject
from gui.engine.speech.recogniser import active
from gui.engine.speech.registry import Entry, Mention, Registry
from gui.engine.speech.subjects import (
    after_addressee,
    bare_subject,
    has_function_characters,
    initial_reach,
    is_blocked,
    is_clause_initial,
    joins_predicates,
    strip_clause,
)

_CUE = re.compile(alternation(lx.SPEECH_VERBS))
_BLOCK_BEFORE = tuple(sorted(lx.CUE_BLOCKING_PREFIXES, key=len, reverse=True))
# Characters that make a one-character verb part of a noun (名称, 声称) but not a longer verb (齐声高喊).
# (访问 is a word, 受访表示 a clause; 街道, 味道 are nouns, but 部门表示, 一味表示 are clauses)
_NOUN_MAKERS = set("声名号昵简俗自堪小传虽再人叫一访街车频轨渠门味")
_BLOCK_BEFORE_LONG = tuple(prefix for prefix in _BLOCK_BEFORE if prefix not in _NOUN_MAKERS)
_BLOCK_BEFORE_LONG_WORDS = tuple(prefix for prefix in _BLOCK_BEFORE_LONG if len(prefix) > 1)
_FINDINGS = ("显示", "发现", "表明")
_BLOCK_AFTER = tuple(sorted(lx.CUE_BLOCKING_SUFFIXES, key=len, reverse=True))
PRONOUN_LOOKBACK = 400


@dataclass
class Cue:
    """A speech verb at ``[start, end)`` and, once resolved, the speaker entry it belongs to."""

    start: int
    end: int
    verb: str
    subject: Mention | None = None
    speaker: int | None = None  # Entry.ident
    elided: bool = False
    possessed: bool = False  # 某某的名言：/ 用某某的话说：: the possessor before 的 is the speaker


def _inside_noun(folded: str, start: int, end: int) -> bool:
    """True when the verb and the characters after it form a noun in the dictionary (分析师,
    分析报告, 评论员): the verb is then part of a word, not a verb."""
    if end - start < 2:
        return False  # one-character verbs have their own suffix list (说法, 称号)
    _, tags = dictionary()
    for word in (folded[start : end + 1], folded[start : end + 2]):
        if len(word) > end - start and (tags.get(word) or "").startswith("n"):
            return True
    return False


def _blocked_by_prefix(folded: str, start: int, verb: str) -> bool:
    """True when what stands before the verb makes it part of another word or negates it (据说,
    听说, 小说, 劝说, 没说)."""
    before = folded[max(0, start - 4) : start]
    aloud = verb in _SAID_ALOUD and before.endswith("声")  # 大声说, 轻声问: a manner, not 声称
    blocks = _BLOCK_BEFORE if len(verb) == 1 else _BLOCK_BEFORE_LONG
    return (
        not aloud
        and before.endswith(blocks)
        and not _after_person_noun(folded, start)
        and not _after_press_addressee(folded, start)
        and not _prefix_ends_word(folded, start, verb)
        and not folded.endswith("方面", 0, start)  # 某公司方面表示: a party speaks, not 面
    )


def _blocked(folded: str, start: int, end: int, verb: str) -> bool:
    """True when the verb is part of another word (据说, 说法, 作出回应) or a noun use."""
    if _blocked_by_prefix(folded, start, verb):
        return True
    after = folded[end : end + 3]
    if after.startswith(_FINDINGS) and _names_an_activity(verb):
        return True  # 气象预报显示, 数据分析发现: the verb names a finding, the subject of what follows
    if len(verb) == 1 and after.startswith(_BLOCK_AFTER) and not _ENDS_WHILE_SAYING.match(after):
        return True
    # 道/问/答 alone are speech only when a mark follows (他问：“…”, 丽丽问。), not in 知道/问题;
    # 道 never before a full stop (隧道。, 管道。).
    marks = ("：", "，", "“", "「") if verb == "道" else ("：", "，", "“", "「", "。", "！", "？", "\n")
    if verb in ("问", "答") and _ADDRESSEE_THEN_COLON.match(folded, end):
        return False  # 偷偷问女儿：, 问徐治功：
    if verb in ("问", "答") and _ADDRESSEE_THEN_END.match(folded, end):
        # 少平问妹妹。: a short addressee ends the sentence, unless 问 starts a word (问题。)
        _, tags = dictionary()
        return folded[start : end + 1] in tags
    if verb == "指":
        return not after.startswith(("，", "：")) and _zhi_in_word(folded, start)
    if verb in lx.COMMA_VERBS:
        return not after.startswith(("，", "："))
    if verb in lx.MARKED_VERBS:
        return _MARK_AFTER.match(folded, end) is None
    return verb in ("道", "问", "答") and not after.startswith(marks)


# 指 reports words straight after it in Hong Kong and Taiwan news (她指之前……, 报警指街站……)
# wherever it is no part of a word: a dictionary word it starts (指数, 指标, 指名道姓) or ends
# (手指, 暗指, 股指), or a copula before it (是指, 即指: a definition), or a market index's
# abbreviation (沪指, 深指: the dictionary lacks them, an index rises or falls).
_ZHI_WORD_REACH = 4
_ZHI_BEFORE = frozenset("是即乃系沪深综恒")


def _zhi_in_word(folded: str, start: int) -> bool:
    if start > 0 and folded[start - 1] in _ZHI_BEFORE:
        return True
    _, tags = dictionary()
    return any(
        folded[start : start + size] in tags for size in range(2, _ZHI_WORD_REACH + 1)
    ) or any(folded[start - size : start + 1] in tags for size in range(1, _ZHI_WORD_REACH) if start >= size)


# One-character prefixes that negate or make a condition in every word they end (并不, 从未,
# 倘若, 宁可), and 的, which makes the verb after it a noun (他的回应).
_NEGATING_PREFIXES = frozenset("不没未若可的")
_NEGATIONS = ("不", "没", "未", "没有", "未有", "并未", "从未", "从不", "别")


def _prefix_ends_word(folded: str, start: int, verb: str) -> bool:
    """True when the one-character prefix before a verb of two or more characters is the end of
    the dictionary word before it (方面|表示, 年报|表示, 特别|指出, 询问|表示), not a word
    made with the verb; an adverb that is the word keeps a negation before it (未有正面|回应)."""
    if len(verb) < 2 or start < 2 or folded[start - 1] in _NEGATING_PREFIXES:
        return False
    if folded.endswith(_BLOCK_BEFORE_LONG_WORDS, 0, start):
        return False  # (作出|回应, 拒绝|解释: the word is a prefix of its own)
    tag = word_tag_at(folded, start - 2, 2)
    if not tag:
        return False
    if tag.startswith(("d", "ad")):
        return not folded[max(0, start - 4) : start - 2].endswith(_NEGATIONS)
    return True


def _names_an_activity(verb: str) -> bool:
    """True when the verb is also the noun of its activity (分析, 预报, 预测: tagged vn), so it can
    be the subject of a finding verb; 表示, 说 before 发现 report what was found (警方表示发现……)."""
    _, tags = dictionary()
    return tags.get(verb) == "vn"


# Words for a person whose last character would otherwise make a word with the verb (同学|说,
# 导演|说): not 学说 (a theory) nor 演说 (a speech), but the subject and its verb.
_PEOPLE_BEFORE_VERB = tuple(word for word in PEOPLE_WORDS if word[-1] in _BLOCK_BEFORE and word[-1] != "人")


def _after_person_noun(folded: str, start: int) -> bool:
    """True when a noun for a person ending in 人 stands right before the verb (负责人称, 发言人说,
    有人说): it is the verb's subject, not the 人 of 人称 (so-called) or 听人说 (heard it said);
    so does a word for a person that ends in another prefix of the verb (同学说, 导演说)."""
    if start < 2:
        return False
    if folded[start - 1] != "人":
        return folded.endswith(_PEOPLE_BEFORE_VERB, 0, start)
    _, tags = dictionary()
    return any(
        (tags.get(folded[start - size : start]) or "").startswith(("n", "r", "l"))
        for size in (2, 3, 4)
        if start - size >= 0
    )


# 对某证券报透露, 向本报表示, 对《某刊》说: an outlet spoken to before the verb; its last
# character (报, 刊, 台) is no prefix of the verb (报道, 报称).
_PRESS_ADDRESSEE = re.compile(
    rf"(?:对|向|跟|给)[{HAN}《》·]{{0,10}}?(?:{alternation(lx.PRESS_ADDRESSEES)})》?$"
)
PRESS_ADDRESSEE_REACH = 16


def _after_press_addressee(folded: str, start: int) -> bool:
    """True when an outlet or a reporter addressed by 对/向 stands right before the verb."""
    return _PRESS_ADDRESSEE.search(folded[max(0, start - PRESS_ADDRESSEE_REACH) : start]) is not None


_SAID_ALOUD = frozenset("说问道喊叫答")
# What must follow a verb that is speech only before the words (判断：, 骂她“……”): a mark, maybe
# after the pronoun the words are aimed at.
_MARK_AFTER = re.compile(f"(?:{alternation(lx.ADDRESSED_PRONOUNS)})?[，：“「]")
# 她轻声说着。: a sentence that ends while the words are said attributes them (他说着就走 does not).
_ENDS_WHILE_SAYING = re.compile("着[。！\n]")
# A complement or an aspect between a verb of saying and the words it utters (说出了“……”, 喊过「……」).
_UTTERED = re.compile("(?:出了?|过|了)(?=[“「])")
_ADDRESSEE_THEN_COLON = re.compile(rf"[{HAN}]{{1,4}}：")
_ADDRESSEE_THEN_END = re.compile(rf"[{HAN}]{{1,4}}[。！？]?(?:\n|$)")
# A clause that is nothing but an addressee (对俊武, 跟他, 朝院子里的人): 对方 and 对此 are no
# addressee phrases but a subject and an adverbial.
_ADDRESSEE_ONLY = re.compile(rf"(?:对着|冲着|对(?![方此于])|向|跟|朝|给)[{HAN}]{{1,8}}")


_CUE_WORDS = frozenset(lx.SPEECH_VERBS)


def find_cues(layout: Layout) -> list[Cue]:
    """Every speech verb outside quotations, in text order."""
    folded = layout.folded
    cues: list[Cue] = []
    pairs, slot, count = layout.pairs, 0, len(layout.pairs)
    for match in _CUE.finditer(folded):
        start, end = match.span()
        # The pairs are in order and disjoint: the first one not closed yet is the only one that
        # can hold this verb (same answer as ``layout.pair_containing``).
        while slot < count and pairs[slot].close <= start:
            slot += 1
        if slot < count and pairs[slot].open < start:
            continue
        if start > 0 and folded[start - 1] == "的" and folded.startswith(_IS_THEN_MARK, end):
            # 某某的解释是，……: the speech noun and 是 report the possessor's words
            cues.append(Cue(start - 1, end + 1, match.group()))
            continue
        verb = match.group()
        if len(verb) >= 2 and verb[1:] in _CUE_WORDS and cuts_word(folded, start):
            start, verb = start + 1, verb[1:]  # 某|开玩笑|称: 笑 ends a word, the verb is 称
        uttered = _UTTERED.match(folded, end) if verb in _SAID_ALOUD else None
        if uttered is not None:
            # 说出了“……”: the words are what was said; not after 听, 据, 小, 没 (听说过“……”)
            if not _blocked_by_prefix(folded, start, verb) and not _inside_noun(folded, start, end):
                cues.append(Cue(start, uttered.end(), verb))
            continue
        if _blocked(folded, start, end, verb) or _inside_noun(folded, start, end):
            continue
        cues.append(Cue(start, end, verb))
    return _without_passing_on(folded, _with_source_frames(layout, _with_press_told(layout, cues)))


# 告诉《某报》记者, 告诉本报记者: telling a named paper's reporter is 告诉记者 (the verb and its
# addressee, as 对记者说); the words follow it.
_PRESS = alternation((*lx.AUTHOR_WORDS, "媒体"))
_TOLD_PRESS = re.compile(rf"告诉[{HAN}《》·]{{1,12}}?(?:{_PRESS})(?=[，：“「])")


def _with_press_told(layout: Layout, cues: list[Cue]) -> list[Cue]:
    starts = {cue.start for cue in cues}
    told = [
        Cue(match.start(), match.end(), "告诉记者")
        for match in _TOLD_PRESS.finditer(layout.folded)
        if match.start() not in starts and layout.pair_containing(match.start()) is None
    ]
    return sorted(cues + told, key=lambda cue: cue.start) if told else cues


# 据某某的介绍，/ 按照某某的说法，/ 根据某公司网站的介绍，: the possessor of the account (a
# company for its own website) is the source of the clause after it (the verb is a noun here,
# so the verb list blocks it after 的).
_ACCOUNT_NOUNS = {"介绍": "介绍", "说法": "说", "解释": "解释", "分析": "分析", "描述": "介绍", "讲述": "说"}
# (each opener's first character is matched before the look-behind at the clause boundary, which
# then spans it: a search can jump to those characters instead of testing the boundary at every
# place of a book; no opener is the start of another, so the branches' order does not matter)
_OPENER_AT_BOUNDARY = "|".join(
    f"{opener[0]}(?<![^，。！？：；“”「」\n ].){opener[1:]}" for opener in SOURCE_OPENERS
)
_SOURCE_FRAME = re.compile(
    rf"(?:{_OPENER_AT_BOUNDARY})[^，。！？：；“”「」\n]{{2,24}}?"
    rf"(?P<site>官方网站|网站|官网|网页|主页)?(?P<account>的(?:{alternation(tuple(_ACCOUNT_NOUNS))}))(?=[，：])"
)


# 摘录某某的名句：「……」, 用某某的话说：“……”, 获得网友的回应「……」: words passed on inside
# another's account, or someone's reply, are the possessor's (the innermost speaker), not the one
# who passes them on.
_WORDS_OF_POSSESSOR = re.compile(
    "的(?:名言|名句|原话|金句|一句话|话|回应|回复|回覆|回答|留言|评论)(?:说|来说|讲)?(?=[：:]?[“「『‘])"
    "|的话说(?=[，：])"
)


def _with_source_frames(layout: Layout, cues: list[Cue]) -> list[Cue]:
    framed = [
        # (a company's own website speaks for the company: the cue starts at 网站)
        Cue(match.start("site") if match.group("site") else match.start("account"), match.end(),
            _ACCOUNT_NOUNS[match.group("account")[1:]])
        for match in _SOURCE_FRAME.finditer(layout.folded)
        if layout.pair_containing(match.start()) is None
    ] + [
        Cue(match.start(), match.end(), "说", possessed=True)
        for match in _WORDS_OF_POSSESSOR.finditer(layout.folded)
        if match.start() >= 2 and layout.pair_containing(match.start()) is None
    ]
    if not framed:
        return cues
    # the verb inside a frame (的话说) is part of it, not a cue of its own
    inside = {index for cue in framed for index in range(cue.start + 1, cue.end)}
    return sorted([cue for cue in cues if cue.start not in inside] + framed, key=lambda cue: cue.start)


QUOTING_REACH = 24  # characters from 引述 to the verb of the words it passes on


def _without_passing_on(folded: str, cues: list[Cue]) -> list[Cue]:
    """Drop a quoting verb that another speech verb follows in the same clause (某某引述某官员
    说): that verb attributes the words, to the one quoted (``quoted_source``)."""
    kept: list[Cue] = []
    for index, cue in enumerate(cues):
        following = cues[index + 1] if index + 1 < len(cues) else None
        passes_on = (
            cue.verb in lx.QUOTING_VERBS
            and following is not None
            and following.start - cue.end <= QUOTING_REACH
            and not any(char in _CLAUSE_BREAKS for char in folded[cue.end : following.start])
        )
        if not passes_on:
            kept.append(cue)
    return kept


_CLAUSE_BREAKS = frozenset("，。！？；：、\n“”「」")
_QUOTING = re.compile(alternation(lx.QUOTING_VERBS))
_WORDS_OF = ("的话", "的说法", "的讲话")


def quoted_source(folded: str, lo: int, hi: int) -> tuple[Mention | None, int]:
    """For a clause that passes on someone's words (某某引述卫生部长某某的话说), the one quoted
    and where the quoting verb starts; (None, ``hi``) when the clause quotes no one."""
    found = None
    for match in _QUOTING.finditer(folded, lo, hi):
        found = match  # the last one: the nearest to the verb
    if found is None:
        return None, hi
    source_lo, source_hi = found.end(), hi
    for words in _WORDS_OF:
        if folded.endswith(words, source_lo, source_hi):
            source_hi -= len(words)
            break
    if source_hi - source_lo < 2:
        return None, found.start()
    source = bare_subject(folded, source_lo, source_hi) or positional_subject(folded, source_lo, source_hi)
    return source, found.start()


_IS_THEN_MARK = ("是，", "是：")


def _nearest(folded: str, mentions: list[Mention], lo: int, verb_at: int = -1) -> Mention | None:
    """The mention closest to the verb that is not an object or a possessor.

    A mention right before the verb (``verb_at``) is its subject even after a verb (听到X说); only
    an addressee preposition (对X说) disqualifies it.
    """
    for mention in reversed(mentions):
        if mention.end == verb_at and not after_addressee(folded, mention, lo):
            return mention
        if not is_blocked(folded, mention, lo):
            return mention
    return None


def explicit_subject(layout: Layout, registry: Registry, cue: Cue) -> Mention | None:
    """The mention in the clause before ``cue`` that is its subject, if the clause names one
    (and can name a speaker: ``plausibility``)."""
    found = _explicit_subject(layout, registry, cue)
    if found is not None:
        return without_implausible_name(layout.folded, found)
    if cue.possessed or cue.elided or not active().available:
        return None
    # a name no rule knows, by the trained recogniser (installed and switched on only)
    lo, hi = strip_clause(layout.folded, layout.clause_start(cue.start), cue.start)
    return missed_subject(layout, lo, hi, cue.start, cue.end)


def _explicit_subject(layout: Layout, registry: Registry, cue: Cue) -> Mention | None:
    folded = layout.folded
    clause_lo = layout.clause_start(cue.start)
    if cue.possessed:
        return possessor(folded, registry, clause_lo, cue.start)
    if folded[cue.start - 1 : cue.start] == "所" and cue.start - 1 > clause_lo:
        return relative_agent(folded, registry, clause_lo, cue.start - 1)
    lo, hi = strip_clause(folded, clause_lo, cue.start)
    if lo >= hi or folded[lo:hi] in lx.MANNER_NOUNS or _ADDRESSEE_ONLY.fullmatch(folded, lo, hi):
        # ……，对父亲说: a clause that only names whom the words are for has its subject earlier.
        cue.elided = True
        return None
    indefinite = indefinite_people(folded, lo, hi) or counted_people(folded, lo, hi)
    if indefinite is not None:
        return indefinite
    source, quoting = quoted_source(folded, lo, hi)
    if source is not None:
        return source
    hi = quoting  # 某台引述分析指出: no one is quoted, the one who passes the words on speaks
    agent = passive_agent(folded, lo, hi)
    if agent is not None:
        return agent
    lo = after_apposition(folded, after_existential(folded, lo, hi), hi)
    lo = after_time_clause(folded, lo, hi)
    if joins_predicates(folded, clause_lo, lo) and opens_with_verb(folded, lo):
        # 并且还扮演主持人介绍: a second predicate of the subject named before, with its object
        cue.elided = True
        return None
    bare = (
        bare_subject(folded, lo, hi)
        or latin_name(folded, lo, hi)
        or described_person(folded, lo, hi)
    )
    if bare is not None:
        return bare
    if demonstrated_head(folded[lo:hi]) is not None:
        return Mention(lo, hi, "org", lo, hi)  # 该校表示: the school named before (``demonstratives``)
    pointed = demonstrated_person(folded, lo, hi)
    if pointed is not None:
        return pointed
    if hi - lo == 1 and registry.lookup(folded[lo:hi]) is not None:
        return Mention(lo, hi, "person", lo, hi)  # 杨笑着说: a foreign name's one-character end
    if hi - lo == 1 and registry.by_family_name(folded[lo]) is not None:
        return Mention(lo, hi, "person", lo, hi)  # 丘表示: the family name of one who spoke
    if hi - lo == 1:
        named = named_by_family_name(folded, folded[lo], lo)
        if named is not None:
            return named  # 羅表示 after 三、羅某某: the one person of that name the text named
        if hi < cue.start and folded.startswith(lx.REACTIONS, hi) and folded[lo] in lx.SURNAMES:
            return Mention(lo, hi, "person", lo, hi)  # 某闻言随即骂: the family name reacts and speaks
    mentions = [m for m in pattern_mentions(folded, clause_lo, hi, registry) if m.end <= hi]
    chosen = _nearest(folded, mentions, clause_lo, hi)
    if chosen is not None and chosen.kind == "document":
        # 某部公布的报告指出: the organisation in the clause speaks through its document.
        owners = [m for m in mentions if m.kind != "document" and m.end <= chosen.start]
        chosen = (
            _nearest(folded, owners, clause_lo)
            or publisher(folded, clause_lo, chosen.start)
            or opening_organisation(folded, lo, chosen.start)
            or chosen
        )
    if chosen is not None:
        return chosen
    chosen = _nearest(folded, jieba_mentions(folded, clause_lo, hi), clause_lo, hi)
    if chosen is None and (joins_predicates(folded, clause_lo, lo) or after_when_clause(folded, clause_lo)):
        # ……，并举例说 / 某某谈及此事时，举例反问: the subject is the one of the clause before
        cue.elided = True
        return None
    if chosen is None:
        chosen = positional_subject(folded, lo, hi)
        if chosen is None or chosen.kind != "org":
            # (某些机构开始大力呼吁: a noun phrase and a verb read as one phrase is a clause; an
            # organisation's name may hold a verb: 某某发展改革委)
            chosen = subject_before_predicate(folded, lo, hi) or chosen or initial_noun(folded, lo, hi)
    if chosen is None:
        chosen = framed_source(folded, clause_lo, lo, hi)
    if chosen is None:
        # 扭过头问, 站住吼叫说: a clause that opens with a verb or an adverb has no subject of its own
        cue.elided = lo == clause_lo and (hi - lo <= 2 or (hi - lo <= 6 and opens_with_verb(folded, lo)))
    return chosen


_ALIAS_AFTER = re.compile(rf"[{HAN}]{{2,4}}[（(][{HAN}A-Za-z]{{2,8}}[）)]")
_BRACKETED_END = re.compile(r"[（(][^（()）]{1,40}[）)]$")


def relative_agent(folded: str, registry: Registry, clause_lo: int, hi: int) -> Mention | None:
    """The agent of 所 + verb (认同某某在书中所说：): the name right before 所 and its adverbials,
    maybe with its romanisation in brackets, whatever the clause says before it (我认同……)."""
    hi = strip_clause(folded, clause_lo, hi)[1]
    bracket = _BRACKETED_END.search(folded, clause_lo, hi)
    end = bracket.start() if bracket is not None else hi
    # (read up to ``hi``: the romanisation after a name is what shows it whole)
    named = [m for m in pattern_mentions(folded, clause_lo, hi, registry) if m.end == end]
    named = named or [m for m in jieba_mentions(folded, clause_lo, hi) if m.end == end]
    return named[-1] if named else None


def possessor(folded: str, registry: Registry, clause_lo: int, hi: int) -> Mention | None:
    """The speaker named right before the 的 of 某某的名言 (one counted, 一位队内人士, or a name);
    None when no one is named there: the one who passes the words on is not their speaker."""
    for start in range(max(clause_lo, hi - 12), hi - 1):
        counted = counted_people(folded, start, hi)
        if counted is not None and counted.end == hi:
            return counted
    named = [m for m in pattern_mentions(folded, clause_lo, hi, registry) if m.end == hi]
    named = named or [m for m in jieba_mentions(folded, clause_lo, hi) if m.end == hi]
    if named:
        return named[-1]
    if folded[hi - 1] in lx.SINGULAR_PRONOUNS and hi - 1 >= clause_lo:
        return Mention(hi - 1, hi, "pronoun", hi - 1, hi)  # 他的一句话：
    _, tags = dictionary()
    for size in (4, 3, 2):  # a noun the dictionary knows right before 的 (a foreign name: 某地)
        if hi - size >= clause_lo and (tags.get(folded[hi - size : hi]) or "").startswith("n"):
            return Mention(hi - size, hi, "person", hi - size, hi)
    return None


def antecedent(layout: Layout, registry: Registry, position: int) -> Mention | None:
    """The person a 他/她 at ``position`` refers to: the nearest earlier subject-like mention."""
    folded = layout.folded
    floor = max(0, position - PRONOUN_LOOKBACK)
    mismatch = ruled_out_gender(folded, position)
    # “……”他说: the pronoun stands for the one who said the words, named before them.
    step_over = 1 if _after_words(layout, position) else 0
    for clause_lo, clause_hi in layout.clause_ranges_back(position, floor, step_over):
        asked = interviewee(layout, registry, clause_lo, min(clause_hi, position))
        if asked is not None and gender(folded, asked) != mismatch:
            return asked
        # Only a clause-initial mention can be the subject: the rest of the clause is not read.
        reach = initial_reach(folded, clause_lo, clause_hi)
        mentions = [
            m
            for m in pattern_mentions(folded, clause_lo, clause_hi, registry, reach)
            if m.kind == "person" and m.end <= position
        ]
        initial = [m for m in mentions if is_clause_initial(folded, m, clause_lo)]
        if not initial:
            titled = _titled_name_clause(folded, registry, clause_lo, min(clause_hi, position))
            if titled is not None and gender(folded, titled) != mismatch:
                return titled
        if not initial and clause_hi - clause_lo > 1:
            mentions = jieba_mentions(folded, clause_lo, min(clause_hi, position), reach) + mentions
        for mention in mentions:
            subject = _is_subject(folded, mention, clause_lo) or _is_pivot(folded, mention, clause_lo)
            if subject and gender(folded, mention) != mismatch:
                return mention
        head = described_head(layout, registry, clause_lo, clause_hi)
        if head is not None and head.end <= position and gender(folded, head) != mismatch:
            return head
        # 持这种看法的人士举例说明。……他还说: people described by a 的-phrase open the clause
        described = opening_description(folded, *strip_clause(folded, clause_lo, min(clause_hi, position)))
        if described is not None and gender(folded, described) != mismatch:
            return described
    return None


TITLED_CLAUSE_REACH = 40  # characters of a clause that may be one long title and a name
_LATIN_GLOSS_AT_END = re.compile(rf"{LATIN_GLOSS}\s*$")  # closing a name


def _titled_name_clause(folded: str, registry: Registry, lo: int, hi: int) -> Mention | None:
    """The titled person a whole clause names (某大学某学院某系教授某某（Name Surname），……):
    a clause that is one noun phrase, a long role ending in a name, is the topic of its
    sentence, though its title is too long for the name to count as clause-initial."""
    if hi - lo > TITLED_CLAUSE_REACH:
        return None
    start, end = strip_clause(folded, lo, hi)
    gloss = _LATIN_GLOSS_AT_END.search(folded, start, end)
    name_end = gloss.start() if gloss is not None else end
    if has_function_characters(folded, start, name_end - 2):
        return None  # (most clauses: a predicate; asked before the patterns are read)
    # (the name is read with its gloss, which shows where a short transliterated name ends)
    mentions = pattern_mentions(folded, start, end, registry)
    end = name_end
    head = mentions[-1] if mentions else None
    if head is None or head.kind != "person" or head.end != end or head.name_start == head.start:
        return None
    if has_function_characters(folded, start, head.name_start):
        return None  # 在某会上发言的教授某某: a clause with a predicate in it
    return Mention(start, head.end, "person", head.name_start, head.name_end)


def _after_words(layout: Layout, position: int) -> bool:
    """True when ``position`` follows the closing mark of spoken words, maybe after a comma."""
    index = position - 1
    if index >= 0 and layout.folded[index] == "，":
        index -= 1
    pair = layout.by_close.get(index)
    return pair is not None and layout.speechlike[pair.open]


# 记者问某某……, 记者采访某某时: the reporter asks, the one asked answers (他说 after the answer).
_ASKING = re.compile(
    rf"(?:{alternation(lx.AUTHOR_WORDS)})[{HAN}]{{0,4}}?(?:追问|询问|请教|问及|问到|采访|专访|问)"
)


def interviewee(layout: Layout, registry: Registry, lo: int, hi: int) -> Mention | None:
    """The person the writer asks or interviews in the clause ``[lo, hi)`` (记者问某某对此有何
    看法): the one whose answer follows, so the antecedent of a pronoun after it."""
    folded = layout.folded
    if _ASKING.search(folded, lo, hi) is None:
        return None  # (most clauses: no writer asks in them, and they need no stripping)
    start = strip_clause(folded, lo, hi)[0]
    asking = _ASKING.match(folded, start, hi)
    if asking is None:
        return None
    after = asking.end()
    people = [m for m in pattern_mentions(folded, after, hi, registry) if m.kind == "person"]
    mentions = sorted(people + jieba_mentions(folded, after, hi))
    first = next(iter(mentions), None)
    return first if first is not None and first.start == after else None


HEAD_REACH = 12  # characters from a 的 to the end of the noun phrase it opens


def described_head(layout: Layout, registry: Registry, lo: int, hi: int) -> Mention | None:
    """The person a whole clause describes: a 的-phrase and the name it ends with (一位投资基金
    五年的老基民吴先生，……; ……的捷克参议院议长某某，今表示): a clause that is one noun phrase
    has its head as the subject of the sentence."""
    folded = layout.folded
    while hi > lo and folded[hi - 1] in " 　\n":
        hi -= 1
    mark = folded.rfind("的", lo, hi)
    if mark < 0 or hi - mark > HEAD_REACH:
        return None
    mentions = pattern_mentions(folded, mark + 1, hi, registry)
    if not mentions or mentions[-1].end != hi or is_author(folded, mentions[-1]):
        return None
    head = mentions[-1]
    # Only a name with its role (议长某某, 老基民吴先生) makes the clause a description: in a story
    # ……的少平 is mostly the object of a verb whose subject was left out.
    described = head.title_span is not None or _KIN_END.search(folded, head.start, head.end) is not None
    if head.kind == "person" and described:
        return head
    return None


_KIN_END = re.compile(f"(?:{KIN})$")


def _is_subject(folded: str, mention: Mention, clause_lo: int) -> bool:
    """A clause-initial mention that is not a possessor (X的) is the clause's subject."""
    return is_clause_initial(folded, mention, clause_lo) and not is_blocked(folded, mention, clause_lo)


_PIVOT_VERBS = ("让", "令", "使")


def _is_pivot(folded: str, mention: Mention, clause_lo: int) -> bool:
    """True when the clause is a causative verb, ``mention`` and what it undergoes (让某某遭到
    批评, 令某某失望): the one it happens to is the topic a following 他/她 refers to."""
    start = strip_clause(folded, clause_lo, mention.start)[0]
    return folded[start : mention.start] in _PIVOT_VERBS


def counterpart(layout: Layout, registry: Registry, position: int) -> Mention | None:
    """Whom 对方 at ``position`` stands for: the person or organisation that ends the clause
    before it as the object of its verb (记者致电某基金公司，对方……)."""
    folded = layout.folded
    end = layout.clause_start(position) - 1
    while end > 0 and folded[end - 1] in "，。；：、 \n":
        end -= 1
    if end <= 0:
        return None
    lo = layout.clause_start(end - 1)
    known = registry.known_in(lo, end)
    if known and known[-1][1] == end and known[-1][0] > lo:
        start = known[-1][0]
        entry = registry.lookup(folded[start:end])
        return Mention(start, end, entry.kind if entry else "person", start, end)
    _, tags = dictionary()
    for start in range(lo + 1, end - 1):
        verb = tags.get(folded[start - 2 : start]) or tags.get(folded[start - 1]) or ""
        named = names_an_organisation(folded[start:end]) and not has_function_characters(folded, start, end)
        boundary = folded[start - 1 : start + 1] not in tags  # not 致|电 inside 致电
        if verb.startswith("v") and named and boundary:
            return Mention(start, end, "org", start, end)
    return None


def is_author(folded: str, mention: Mention) -> bool:
    """The writer of the article (记者, 笔者) is not a reported speaker."""
    if folded[mention.name_start : mention.name_end] not in lx.AUTHOR_WORDS:
        return False
    # 有记者问: a reporter asking at a briefing is a speaker, not the writer.
    return not (mention.start > 0 and folded[mention.start - 1] == "有")


def register(registry: Registry, mention: Mention) -> int | None:
    """Enter a (non-pronoun) mention in the registry and return the speaker's ident."""
    if is_author(registry.folded, mention) or not plausible_speaker(registry.folded, mention):
        return None
    return registry.add(mention).ident


def pronoun_may_stand_for(folded: str, pronoun_start: int, entry: Entry) -> bool:
    """True when the 他/她 at ``pronoun_start`` can refer to the speaker ``entry``: a person of
    a gender the pronoun does not rule out."""
    if entry.kind != "person":
        return False
    named = Mention(entry.name_span[0], entry.name_span[1], "person", *entry.name_span)
    return gender(folded, named) != ruled_out_gender(folded, pronoun_start)


PRONOUN_SPEAKERS = 4  # the latest speakers a gendered pronoun may go back to when none is named


class Resolver:
    """Resolves subjects to speaker idents in text order, remembering the last speaker."""

    def __init__(self, layout: Layout, registry: Registry) -> None:
        self.layout = layout
        self.registry = registry
        self.last_speaker: int | None = None
        self.last_group: int | None = None
        self._speakers: list[int] = []  # every speaker noted, the latest last
        self._antecedents: dict[int, Mention | None] = {}

    def antecedent_at(self, position: int) -> Mention | None:
        """The person the pronoun at ``position`` refers to (``antecedent``, memoised)."""
        if position not in self._antecedents:
            self._antecedents[position] = antecedent(self.layout, self.registry, position)
        return self._antecedents[position]

    def resolve(self, mention: Mention | None, position: int) -> int | None:
        """Speaker ident of ``mention`` (pronouns and document nouns resolved to earlier speakers)."""
        if mention is None:
            return None
        if mention.kind == "pronoun":
            found = self.antecedent_at(mention.start)
            ident = register(self.registry, found) if found else None
            if ident is None:
                ident = self._latest_of_gender(mention)
            if ident is not None:
                self.registry.entries[ident].mention_spans.append((mention.start, mention.end))
            return ident
        if mention.kind == "counterpart":
            found = counterpart(self.layout, self.registry, mention.start)
            return register(self.registry, found) if found is not None else None
        if mention.kind == "plural_pronoun":
            return self.last_group
        if mention.kind == "document":
            # An organisation's statement, or else the writing of the person last speaking.
            org = self.registry.org_before(position)
            return org.ident if org else self.last_speaker
        ident = register(self.registry, mention)
        return ident

    def _latest_of_gender(self, pronoun: Mention) -> int | None:
        """The latest speaker 他/她 can stand for: the current one unless its gender is the other
        (……她的丈夫某先生表示：“……”她补充说 — she is the woman who spoke before him)."""
        folded = self.layout.folded
        if ruled_out_gender(folded, pronoun.start) is None or self.last_speaker is None:
            return self.last_speaker
        for ident in reversed(self._speakers[-PRONOUN_SPEAKERS:]):
            if pronoun_may_stand_for(folded, pronoun.start, self.registry.entries[ident]):
                return ident
        return self.last_speaker

    def note(self, ident: int | None) -> None:
        """Remember ``ident`` as the current turn's speaker."""
        if ident is None:
            return
        if not self._speakers or self._speakers[-1] != ident:
            self._speakers.append(ident)
        self.last_speaker = ident
        if self.registry.entries[ident].kind == "group":
            self.last_group = ident


def _clause_mentions(
    layout: Layout, registry: Registry, lo: int, hi: int, initial_only: bool = False
) -> list[Mention]:
    """Candidate subjects in one clause: a bare name, the patterns, or jieba's names (with
    ``initial_only``, at least every candidate that can be clause-initial)."""
    folded = layout.folded
    start, end = strip_clause(folded, lo, hi)
    bare = bare_subject(folded, start, end) if 0 < end - start <= 4 else None
    if bare is not None:
        return [bare]
    reach = initial_reach(folded, lo, hi) if initial_only else None
    mentions = [m for m in pattern_mentions(folded, lo, hi, registry, reach) if m.kind != "document"]
    if not any(is_clause_initial(folded, m, lo) for m in mentions) and hi - lo > 1:
        mentions = jieba_mentions(folded, lo, hi, reach) + mentions
    opener = next((m for m in mentions if is_clause_initial(folded, m, lo)), None)
    if opener is None:
        opener = _after_existential(folded, start, end, mentions)
        mentions = mentions if opener is None else [opener, *mentions]
    if opener is None or folded.startswith("的", opener.end):
        # (她的母亲说: a possessor opens the phrase, the noun it modifies is the subject)
        described = opening_role_phrase(folded, start, end)
        if described is None and opener is None:
            # 一位外国人在路上迷了路: people counted or pointed to, and their predicate
            described = subject_before_predicate(folded, start, end, marked_only=True)
            described = described or _organisation_before_adverb(folded, start, end)
        if described is not None:
            opener = described
            mentions = [opener, *mentions]
    if opener is not None and opener.kind in ("person", "org", "group") and opener.name_start == opener.start:
        titled = _named_after_role(folded, opener, mentions)
        if titled is not None:
            mentions = [titled, *(m for m in mentions if m is not opener)]
    return mentions


def _after_existential(folded: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    """The people an existential 有 opens the clause with (有几位基金经理早已减仓, 也有部分
    投资者……): the clause's subject, named with its 有 (some fund managers, not the managers)."""
    opened = after_existential(folded, start, end)
    if opened == start:
        return None
    for mention in mentions:
        if mention.start == opened and mention.kind in ("person", "group"):
            return mention._replace(start=start, name_start=start)
    return None


_ADVERBS = frozenset(lx.ADVERBS)
_NEGATING = frozenset("不没未别无非")
_ORG_SUFFIX = re.compile(ORG)
ORGANISATION_REACH = 10  # characters of an organisation's name opening a clause before its adverb


def _organisation_before_adverb(folded: str, lo: int, hi: int) -> Mention | None:
    """The organisation that opens a clause right before an adverb (市政府明明已经……, 政府却……):
    the subject of its sentence, named by its suffix, though no list knows it."""
    if _ORG_SUFFIX.search(folded, lo, min(hi, lo + ORGANISATION_REACH)) is None:
        return None  # (most clauses: no organisation's suffix to end a name; cheap to ask first)
    for start, end, tag in dictionary_words(folded, lo, min(hi, lo + ORGANISATION_REACH + 1)):
        if not tag.startswith("d") and folded[start:end] not in _ADVERBS:
            continue  # (the lexicon's adverbs: jieba tags 明明 as a time)
        if start - lo < 2 or folded[start] in _NEGATING or not names_an_organisation(folded[lo:start]):
            return None  # (机构不健全: a negated predicate describes the body, it does not act)
        subject = positional_subject(folded, lo, start)
        return subject if subject is not None and subject.kind == "org" else None
    return None


TITLE_CHAIN_REACH = 12  # characters of more roles and units between a role and the name it titles


def _named_after_role(folded: str, role: Mention, mentions: list[Mention]) -> Mention | None:
    """The named person a long title is about (某部主管装备部队次长某某): a role phrase or an
    organisation that opens a clause and runs on, through more units and roles only, into a
    titled name is that person's title, not a speaker of its own."""
    for mention in mentions:
        if mention.kind != "person" or mention.start < role.end:
            continue
        between = (role.end, mention.start)
        chained = between[1] - between[0] <= TITLE_CHAIN_REACH
        if chained and mention.name_start > mention.start and not has_function_characters(folded, *between):
            return Mention(role.start, mention.end, "person", mention.name_start, mention.name_end)
        return None
    return None


# A short noun phrase that ends in a word for people (全场球迷, 主队球员, 在场记者).
ROLE_PHRASE_LEAD = 6
_ROLE_PHRASE = re.compile(rf"[{HAN}]{{0,{ROLE_PHRASE_LEAD}}}(?:{TITLE}|{PERSON})(?:们)?")
# Where a word for people starts (one trie of both lists: the search jumps from one of their first
# characters to the next), to pass over the clauses, most, where none starts near enough to open it.
_PEOPLE_WORD = re.compile(alternation((*lx.TITLE_WORDS, *lx.PERSON_NOUNS)))


def _role_phrase(folded: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_ROLE_PHRASE`` at ``lo``, if it opens ``folded[lo:hi]``."""
    word = _PEOPLE_WORD.search(folded, lo, hi)
    if word is None or word.start() > lo + ROLE_PHRASE_LEAD:
        return None  # (no word for people near enough to end the phrase: most clauses)
    return _ROLE_PHRASE.match(folded, lo, hi)


def opening_role_phrase(folded: str, lo: int, hi: int) -> Mention | None:
    """The noun phrase for people that opens a clause whose predicate runs on after it (全场球迷
    激动地为某某喝彩): its subject, though the clause is too long to be read as one phrase."""
    if folded[lo : lo + 1] in NOT_A_SUBJECT:
        return None  # 被网友称为……的某某: the agent of a passive is not what the clause is about
    role = _role_phrase(folded, lo, hi)
    if role is None or role.end() >= hi or folded.startswith("的", role.end()):
        return opening_description(folded, lo, hi)
    if word_tag_at(folded, lo).startswith("v"):
        return None  # 扮演主持人介绍: a verb and its object, no subject
    return positional_subject(folded, lo, role.end()) or opening_description(folded, lo, hi)


def opening_description(folded: str, lo: int, hi: int) -> Mention | None:
    """The 的-phrase for people that opens a clause (持这种看法的人士举例说明, 她的父亲(某爸)
    3日谈到): ``described_person`` of the longest opening that is one; a preposition or a verb
    that opens the clause makes it none (在某某相关的个人账户中)."""
    if folded[lo : lo + 1] in NOT_A_SUBJECT:
        return None
    of = folded.find("的", lo + 1, min(hi, lo + DESCRIPTION_REACH + 1))
    while of >= 0:
        alias = _ALIAS_AFTER.match(folded, of + 1, hi)
        for end in ([alias.end()] if alias else []) + [of + size for size in (6, 5, 4, 3)]:
            described = described_person(folded, lo, end) if end < hi else None
            if described is not None and not person_names(folded[end : end + 4], 0):
                # (某某的女儿王小丽说: the name after the description is the subject)
                return described
        of = folded.find("的", of + 1, min(hi, lo + DESCRIPTION_REACH + 1))
    return None


def clause_subject(layout: Layout, registry: Registry, index: int, floor: int) -> Mention | None:
    """The subject of the sentence before ``index``: the nearest clause-initial mention.

    In the nearest clause a non-initial mention that is not an object also counts (听到X说).
    """
    folded = layout.folded
    for number, (clause_lo, clause_hi) in enumerate(layout.clause_ranges_back(index, floor)):
        mentions = _clause_mentions(layout, registry, clause_lo, clause_hi, initial_only=number > 0)
        for mention in mentions:
            if _is_subject(folded, mention, clause_lo):
                return mention
        if number == 0:
            free = [m for m in mentions if not is_blocked(folded, m, clause_lo)]
            if free:
                return free[-1]
    return None


OWNER_REACH = 60  # characters after words read for the one they are then said to be from
# What the sentence after words says of them (forward reference): they are what someone said
# (……是某某分享的心法, 是某某所说的), or came from someone's mouth (出自某某之口).
_OWNER_AFTER = re.compile(
    rf"(?:是|为|乃)(?P<said>[^，。！？；：“”「」]{{2,24}}?)(?:所|曾)?(?:{alternation(lx.SPEECH_VERBS)})的"
    rf"|出自(?P<mouth>[^，。！？；：“”「」]{{2,24}}?)之口"
)


def owner_named_after(layout: Layout, registry: Registry, index: int) -> Mention | None:
    """The person the sentence right after words at ``index`` names as their source, when it
    says whose words they were (“……”这是工程师某某分享的经验, “……”这番话出自某某之口)."""
    folded = layout.folded
    end = min(layout.sentence_end(index), index + OWNER_REACH)
    found = _OWNER_AFTER.search(folded, index, end)
    if found is None:
        return None
    group = "said" if found.group("said") is not None else "mouth"
    lo, hi = found.span(group)
    people = [m for m in pattern_mentions(folded, lo, hi, registry) if m.kind in ("person", "group", "org")]
    if people and people[-1].end >= hi > people[-1].name_start:
        # (a name read on past the phrase, 某某之|口, ends with it)
        return people[-1]._replace(end=hi, name_end=min(people[-1].name_end, hi))
    return positional_subject(folded, lo, hi)


def subject_ahead(layout: Layout, registry: Registry, start: int, end: int) -> Mention | None:
    """The first clause-initial mention in ``[start, end)``, reading forwards clause by clause."""
    folded = layout.folded
    lo = start
    while lo < end:
        hi = lo
        while hi < end and folded[hi] not in "，。！？；：\n":
            pair = layout.by_open.get(hi)
            hi = pair.close + 1 if pair is not None else hi + 1
        for mention in _clause_mentions(layout, registry, lo, min(hi, end), initial_only=True):
            if _is_subject(folded, mention, lo):
                return mention
        lo = hi + 1
    return None


def subject_after(layout: Layout, registry: Registry, index: int) -> Mention | None:
    """A mention that opens the text right after a closing mark (“……”某某在……): its speaker."""
    folded = layout.folded
    hi = min(len(folded), index + 30)
    end = index
    while end < hi and folded[end] not in "，。！？；：\n“「":
        end += 1
    mentions = pattern_mentions(folded, index, end, registry)
    if not mentions:
        mentions = jieba_mentions(folded, index, end) if end - index > 1 else []
    for mention in mentions:
        if mention.kind == "document":
            continue
        # “……”正准备买房的钱先生表达了……: a 的-phrase may describe the speaker first
        if mention.start == index or _describes(folded, index, mention.start):
            return mention
        return None
    return None


RELATIVE_REACH = 12  # characters of a 的-phrase before a speaker (正准备买房的)


def _describes(folded: str, lo: int, hi: int) -> bool:
    """True when ``folded[lo:hi]`` is a short modifier ending in 的 (正准备买房的), nothing else."""
    return 1 < hi - lo <= RELATIVE_REACH and folded[hi - 1] == "的" and folded[lo] not in "的是"
