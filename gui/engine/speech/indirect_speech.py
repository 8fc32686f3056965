"""Indirect (reported) speech: the unquoted clause a speech verb governs.

Rules (as in the corpus README): the span starts right after the cue and a following comma or
colon, and ends before the sentence-final 。！？, before a direct quotation that opens a new clause
(……，“……”), or before a clause that starts with another speech verb (……，并称……). A short quoted
fragment inside the clause (表示将“严格执法”) stays inside the span.
"""

from __future__ import annotations

from gui.engine import regex_cache as re
from gui.engine.speech import lexicon as lx
from gui.engine.speech.clauses import Layout
from gui.engine.speech.names import dictionary
from gui.engine.speech.patterns import alternation
from gui.engine.speech.quotation_marks import CLOSERS, OPENERS, STRAIGHT, QuotePair

MAX_SPAN = 300
_ASPECT = "了过着"
MIN_SPAN = 3  # (是口误, 好紧张, 见京官: a verb and its object are words enough)
_STOP = "。！？\n"
# Characters at which the span may end or a quotation may open (every mark that is paired).
_EVENT = re.compile("[" + re.escape(_STOP + "，；" + "".join(OPENERS) + "".join(CLOSERS) + STRAIGHT) + "]")
_CONNECTIVES = re.compile(f"(?:{alternation(lx.LEADING_CONNECTIVES)})*")
# An amount of talk as the verb's object (说一段话, 说几句, 问两个问题): it says how much was said,
# not what.
_AMOUNT_OF_TALK = re.compile("[一二两三几数这那些][段句番席些个]?(?:话|问题)|[一二两三几数][段句番席]")


# A clause naming a publication, a report, a study or the writer: its words are a media
# attribution, a finding or the author's own view (报道称, 《某刊》指出, 该研究强调, 笔者认为),
# which the rules leave unlabelled; 据此 (on this basis) frames the writer's own inference.
# A body or person named after the work it does is a source (调查团, 研究员, 统计处).
_WORKING_BODY = "(?!员|所|院|中心|团|组|小组|委员会|人员|局|处|科|机构|部门|单位)"
# (a press conference, 记者会, is where a source speaks, not the writer)
_WRITER = "|".join(f"{word}(?!会|招待会|见面会)" if word == "记者" else word for word in lx.AUTHOR_WORDS)
_WORKS = f"据此|报道|报导|《|文章|论文|(?:研究|调查|统计){_WORKING_BODY}|数据|民调"
_NOT_A_SOURCE = re.compile(f"{_WORKS}|[令让使]人$|" + alternation(lx.MEDIA_SUFFIXES) + f"|{_WRITER}")
# The same read over a whole sentence, where a bare 报 is as often part of an object (发表简报,
# 年报补充公告) as an outlet's name (an outlet's name in 《》 is caught by its mark).
_OUTLETS_BUT_BAO = tuple(suffix for suffix in lx.MEDIA_SUFFIXES if suffix != "报")
_NO_SOURCE_IN_SENTENCE = re.compile(f"{_WORKS}|" + alternation(_OUTLETS_BUT_BAO) + f"|{_WRITER}")
SOURCE_REACH = 80
# A verb with its words straight after it reports an unnamed source only after a short noun
# phrase of its own (中方表示将……, 该网民强调自己……); after a long clause or none it is as often
# a noun, a finding or a question (市场分析人士, 结果证实, 是不是认为).
_SHORT_SUBJECT = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _short_noun_subject(phrase: str) -> bool:
    """A short phrase that ends in a noun of the dictionary or in 方 (a party: 中方, 校方)."""
    if not _SHORT_SUBJECT.fullmatch(phrase):
        return False
    if phrase.endswith("方"):
        return True
    _, tags = dictionary()
    return any(
        (tags.get(phrase[-size:]) or "").startswith("n") for size in (4, 3, 2) if size <= len(phrase)
    )
# (and after adverbs that add one more act of the same speaker: 又反驳, 亦指)
_CLAUSE_OPENERS = re.compile(f"(?:{alternation((*lx.LEADING_CONNECTIVES, '又', '亦', '再', '更'))})*")
# 对于某人来说，/ 通常来说，: a frame for a view, not someone saying it.
_FRAME = re.compile("来$")


def reports_unnamed(layout: Layout, cue_start: int, cue_end: int) -> bool:
    """True when a verb whose speaker the text does not name still reports a source's words
    (某方表示，…, 监管层曾表示，…): the verb opens its clause with a comma or colon, and what
    stands before it in the clause is not a publication, a study or a frame (对…来说，)."""
    folded = layout.folded
    # (read within reach: a clause of unpunctuated text may run on for a whole paragraph)
    before = folded[max(layout.clause_start(cue_start), cue_start - SOURCE_REACH) : cue_start]
    # (又指, 亦表示: one more act of the subject before, no subject of its own)
    subject = before[_CLAUSE_OPENERS.match(before).end() :]
    verb = folded[cue_start:cue_end]
    marked = folded.startswith(("，", "："), cue_end)
    if verb == "指" and not marked:
        # 指 with its words straight after it and no subject is as often a definition or an
        # apposition (所谓的“某疫情”，指……); it reports only as another act (又指, 亦指).
        return subject == "" and before != "" and _continues_subject(layout, cue_start - len(before), verb)
    if marked or _short_noun_subject(subject):
        return _NOT_A_SOURCE.search(before) is None and _FRAME.search(before) is None
    return subject == "" and _continues_subject(layout, cue_start - len(before), verb)


# Verbs that make a statement whoever the subject is; 认为, 建议, 说 or 表明 with no subject of
# their own are as often the writer's view, advice, manner of speaking or conclusion.
_STATING = frozenset((
    "表示", "称", "指出", "强调", "透露", "证实", "宣布", "重申", "坦言", "承认", "否认", "指", "回应",
    "澄清", "解释", "补充", "声称", "宣称", "确认",
))


def _continues_subject(layout: Layout, clause: int, verb: str) -> bool:
    """True when a verb that opens its clause after a comma goes on for the subject of the
    sentence (某公司发表简报，证实……; 某某停顿良久，表示……): the clause before is more than a
    connective, and nothing in the sentence so far names a publication, a study or the writer."""
    folded = layout.folded
    if verb not in _STATING or clause < 1 or folded[clause - 1] != "，":
        return False
    previous = layout.clause_start(clause - 1)
    if _CONNECTIVES.match(folded, previous, clause - 1).end() == clause - 1:
        return False  # (所以，认为……: a connective alone, the writer's own reasoning)
    sentence = layout.sentence_start(clause)
    return _NO_SOURCE_IN_SENTENCE.search(folded, sentence, clause) is None


def _clause_opens_with_cue(folded: str, index: int, cue_starts: set[int]) -> bool:
    """True when the clause starting at ``index`` begins (after connectives) with a speech verb."""
    return _CLAUSE_OPENERS.match(folded, index).end() in cue_starts


# Verbs whose first object is the one told (告诉某人，……): the words start after that clause.
_TELLING = ("告诉",)
ADDRESSEE_REACH = 16
# A first clause ending in 时 is a when-clause (提及此事时，说到改编的时候): the verb is no report.
# Its object is short; a long clause before 时 has a subject and predicate of its own and opens the
# words reported (强调某法官当年拒绝某议员誓词前后加字时，……: 20 characters and more in the tuning
# articles, the verb's own when-phrase 13 at most).
WHEN_OBJECT = 16
_WHEN = re.compile(f"[^，；。！？\n]{{0,{WHEN_OBJECT}}}?时候?[，,]")
WHEN_REACH = 40  # a when-clause is short; in text without punctuation the match must not run on


def _after_addressee(folded: str, start: int) -> int | None:
    """Where the words start after the addressee of a telling verb (告诉盟友，……), or None
    when the addressee is followed by quoted words or no comma within reach."""
    limit = min(len(folded), start + ADDRESSEE_REACH)
    found = _EVENT.search(folded, start, limit)
    if found is None or found.group() != "，":
        return None
    return found.start()


# What may stand right before a verb that then reports nothing after it: a passive (被认为,
# 被业内认为: the subject is what is said about), a frame (对某队来说，), a listening verb whose
# object the verb is, as a noun (听取医护人员说明，), a manner that points back at words already
# given (这样说, 可以这么说), or a publication (某报报导称, 社论指出, 《某刊》称: a media report,
# which the rules leave unlabelled).
# (nouns in 被 name one who then speaks: 被访投资者表示, 被告某公司辩称, 被害人称)
_NO_REPORT_BEFORE = re.compile(
    "被(?!访|采访|告|害|上诉|保险|调查人)[^，。！？；：\n]{0,6}$|(?:对|对于|就)[^，。！？；：\n]*来$|"
    "(?:听取|聆听|听完)[^，。！？；：\n]{0,12}$|"
    "(?:报道|报导|社论|新闻稿|文章|法|法案|条例|决议)$|^《[^》]*》$"
)
# 采纳某会建议, 根据某组织建议，, 尊重医疗建议, 基于以上判断，: the verb is the object of a verb of taking up
# advice or of a source frame, a noun there (read before connectives are stripped: 根据 is one).
# (无根据 is no 根据)
_ADVICE_TAKEN = re.compile(
    "(?<![无没])(?:采纳|听从|尊重|根据|按照|依照|依据|基于)[^，。！？；：\n]{0,12}(?<!的)$"
)
# (only before a comma or a full stop: 这样解释……： introduces the words after the colon)
_MANNER_BEFORE = re.compile("(?:这么|这样|那样|这般)$")


# The press as the whole subject (有港媒称, 多家外媒指出, 美国媒体报道): a media attribution, also
# where the short form was read as a person's name; not the press spoken to (对媒体表示, 某某向
# 外媒透露: no addressee preposition anywhere before it).
_PRESS_WORDS = (*lx.PRESS_SHORT_FORMS, "媒体", "传媒")
_PRESS_SUBJECT = re.compile(f"(?:(?![对向跟给])[\u4e00-\u9fff]){{0,4}}(?:{alternation(_PRESS_WORDS)})")


def _press_subject(before: str) -> bool:
    """True when ``before`` is the press as the whole subject (``_PRESS_SUBJECT``)."""
    # (what ends in no word for the press, most, is none: no match tried)
    return before.endswith(_PRESS_WORDS) and _PRESS_SUBJECT.fullmatch(before) is not None


# News or rumour as the subject (有消息称, 球队中有流言认为, 多方消息源证实, 某社最新消息指出):
# hearsay, like 据说 or a report, which the rules leave unlabelled; 消息人士 is a source who speaks.
_HEARSAY = re.compile("消息(?!人士)|流言|传言|传闻|谣言|风声")
# A verb under a modal of possibility, necessity or permission, or a negation, names words that
# may, must or were not said (也许会说, 必须承认, 不要说, 可以和某某说, 从来没有公开说明, 需要
# 补充): nothing reported. (A plain 会 is habitual, 会说 of what people say, and ends nouns:
# 记者会, 协会.)
_UNREAL_BEFORE = re.compile(
    "(?:也许会|可能会|或许会|大概会|不要|不必|必须|需要|应该|应当|可以|没有|从未|从没|不曾|未曾|"
    "无法|不能|难以|想要|打算)[^，。！？；：“”「」\n]{0,3}$"
)
# A share of those asked as the subject (六成受访者称, 近三分之一的父母说, 大多数人……，称): the
# sentence reports a survey's result, which the rules leave unlabelled. The share opens a clause.
_SHARE = (
    r"(?:\d+(?:\.\d+)?\s*[%％]|[一二三四五六七八九十几两]+分之[一二三四五六七八九十几]+|"
    "大多数|大部分|绝大多数|多数|少数|半数|过半|逾半|近半|[一二三四五六七八九]成)"
)
_SURVEY_SUBJECT = re.compile(
    f"(?<![^，；：。！？\n])(?:{alternation(lx.LEADING_CONNECTIVES)})*(?:约|大约|近|逾|超过|将近|接近|仅|只有|有)?"
    + _SHARE
)
# What every ``_SHARE`` holds, found in one pass of a short stretch before the verb. (Each
# alternative opens with one literal character, so that the search jumps from one of them to the
# next instead of trying every alternative at every place: five times faster.)
_SHARE_HINT = re.compile(
    "%|％|分之|多数|部分|半数|过半|逾半|近半|" + "|".join(f"{digit}成" for digit in "一二三四五六七八九")
)
SHARE_REACH = 200  # characters before the verb where a sentence's share may stand (a long one)
# 感到无奈及感慨，: a feeling named by 感到/深感, not words said.
_FEELING_BEFORE = re.compile("感到|深感|倍感|颇感|觉得")
_FEELING_VERBS = ("感慨", "感叹")
# 所谓某某是指：/ 即指: a definition, not a report.
_DEFINING_BEFORE = re.compile("(?:是|即|乃|系|意)$")


def _survey_result(layout: Layout, cue_start: int) -> bool:
    """True when a clause of the verb's sentence (up to a semicolon) opens with a share."""
    folded = layout.folded
    if _SHARE_HINT.search(folded, max(0, cue_start - SHARE_REACH), cue_start) is None:
        return False  # (the cheap test first: no share is written without one of these)
    lo = layout.sentence_start(cue_start)
    semicolon = folded.rfind("；", lo, cue_start)
    return _SURVEY_SUBJECT.search(folded, max(lo, semicolon + 1), cue_start) is not None


def reports_after(layout: Layout, cue_start: int, cue_end: int, verb: str) -> bool:
    """False when what stands before the verb in its clause leaves the verb no reported clause."""
    folded = layout.folded
    clause = layout.clause_start(cue_start)
    # (a cue that is more than its verb is a source frame already: 根据某公司网站的介绍，)
    if folded.startswith(verb, cue_start) and _ADVICE_TAKEN.search(folded, clause, cue_start):
        return False
    before = folded[_CONNECTIVES.match(folded, clause, cue_start).end() : cue_start]
    if _MANNER_BEFORE.search(before) and folded.startswith(("，", "。"), cue_end):
        return False
    if _survey_result(layout, cue_start) or _press_subject(before):
        return False
    if _HEARSAY.search(before) or _UNREAL_BEFORE.search(folded, clause, cue_start):
        return False
    if verb in _FEELING_VERBS and _FEELING_BEFORE.search(before):
        return False
    if verb == "指" and _DEFINING_BEFORE.search(before):
        return False
    return _NO_REPORT_BEFORE.search(before) is None


# A short quotation with no clause punctuation, followed by more of the clause (“成人期”以……,
# 「某书」一书……), is a term the clause is about, not direct speech opening a clause of its own.
TERM_MAX = 12


def _term_in_clause(layout: Layout, index: int) -> QuotePair | None:
    """The pair opening at ``index`` when it is such a term, else None."""
    pair = layout.by_open.get(index)
    if pair is None or layout.speechlike[pair.open] or pair.close - pair.open > TERM_MAX + 1:
        return None
    after = layout.folded[pair.close + 1 : pair.close + 2]
    return pair if after and (after in "（(" or after.isalnum()) else None


# 解释该办法的背景：……, 指出今年的三个目标：……: a short object right after the verb, then a
# colon that introduces unquoted words (before quoted ones the words are direct speech).
_OBJECT_THEN_COLON = re.compile("[^，。！？；：\n“”「」『』]{2,16}：(?![“「『‘])")


def _after_object_colon(folded: str, start: int) -> int:
    found = _OBJECT_THEN_COLON.match(folded, start)
    return found.end() if found else start


_SPEECH_VERB_SET = frozenset(lx.SPEECH_VERBS)
_LONGEST_VERB = max(map(len, lx.SPEECH_VERBS))
_CLAUSE_END = re.compile("[，；。！？\n：" + re.escape("".join(OPENERS) + STRAIGHT) + "]")


def verb_after_object(folded: str, cue_end: int, cue_starts: set[int]) -> int | None:
    """Where another speech verb starts when the verb's object runs straight into it and it
    opens words with a comma or colon (回应某团体的说法表示，, 在回答……问题时表示，, 引述某人
    报导指出，): the first verb took an object or a when-clause, and the later verb reports for
    the same speaker. None otherwise."""
    if cue_end >= len(folded) or folded[cue_end] in "，：":
        return None
    found = _CLAUSE_END.search(folded, cue_end, cue_end + MAX_SPAN)
    if found is None or found.group() not in "，：":
        return None
    end = found.start()
    for size in range(1, _LONGEST_VERB + 1):
        if end - size > cue_end and end - size in cue_starts and folded[end - size : end] in _SPEECH_VERB_SET:
            return end - size
    return None


# A later clause of the sentence that is a speech act of its own ends the span: after a semicolon
# any clause with a speech verb near its start (……；书中提到, ……；但随后有名社工表示), after a comma
# one whose subject is 他/她 (……，他强调……, ……，但他随即声称): the narrator speaks again. (A name
# there is as often someone the speaker cites: ……，某某认为…… inside the reported clause.)
NEW_ACT_REACH = 16
_PRONOUN_SUBJECT = re.compile(
    f"(?:{alternation(lx.LEADING_CONNECTIVES)})*(?:{alternation(lx.PLURAL_PRONOUNS + lx.SINGULAR_PRONOUNS)})"
)
PRONOUN_TO_VERB = 6
_TIME_CLAUSE_END = re.compile("(?:时|时候|之后|以后)$")
_CLAUSE_PUNCT = re.compile("[，；。！？：\n“”「」『』]")


def _opens_new_act(folded: str, mark: int, cue_starts: set[int]) -> bool:
    """True when the clause after the comma or semicolon at ``mark`` is a new speech act."""
    start = mark + 1
    if _TIME_CLAUSE_END.search(folded, max(0, mark - 2), mark):
        return False  # (……时，她回答……: the clause before waits for its main clause)
    if folded[mark] == "；":
        reach = NEW_ACT_REACH
    else:
        subject = _PRONOUN_SUBJECT.match(folded, start)
        if subject is None:
            return False
        start, reach = subject.end(), PRONOUN_TO_VERB + 1
    stop = _CLAUSE_PUNCT.search(folded, start, start + reach)
    end = stop.start() if stop else min(len(folded), start + reach)
    return any(index in cue_starts for index in range(start, end))


# Verbs naming an act (宣布, 确认) whose object ends in 后/前 make a time clause (用户确认付款后，,
# 球队宣布某人缺席后，), not a report; a verb of saying may open its words with one (表示回来之后，……).
_ACT_VERBS = frozenset(("宣布", "确认", "证实", "回应", "澄清", "承认", "否认", "公布"))
_AFTER_ACT = re.compile("[^，；。！？\n]*?(?:之?后|以后|之?前|以前)[，,]")
# 过 that opens a time word or a degree adverb (坦承过去……, 认为过于乐观) is no aspect particle.
_DEGREE_WITH_PARTICLE = ("过于", "过度", "过多", "过分")


def _word_with_particle(folded: str, index: int) -> bool:
    """True when the aspect character at ``index`` starts a time word or a degree adverb."""
    word = folded[index : index + 2]
    _, tags = dictionary()
    return word in _DEGREE_WITH_PARTICLE or tags.get(word) == "t"


def _when_particle(folded: str, index: int) -> bool:
    """True when 时 at ``index`` ends a when-phrase (问时, 回应时) rather than starting a noun
    the verb takes as its object (表示时间, 说时代)."""
    if not folded.startswith("时", index):
        return False
    _, tags = dictionary()
    return not any((tags.get(folded[index : index + size]) or "").startswith("n") for size in (2, 3))


_PERSON_HEADS = ("人士", "人员")
_ONE_WORD_OBJECT = re.compile(r"[\u4e00-\u9fff]{1,2}[，；。]")


def indirect_span(
    layout: Layout, cue_end: int, cue_starts: set[int], verb: str = ""
) -> tuple[int, int] | None:
    """The span of reported speech governed by the cue ``verb`` ending at ``cue_end``, if any."""
    folded = layout.folded
    length = len(folded)
    start = cue_end
    if verb in _TELLING:
        start = _after_addressee(folded, start)
        if start is None:
            return None
    if _WHEN.match(folded, start, min(length, start + WHEN_REACH)):
        return None
    if verb in _ACT_VERBS and _AFTER_ACT.match(folded, start, min(length, start + WHEN_REACH)):
        return None
    if folded.startswith("的", start):
        return None  # 说的时候, 表示的意见: the verb modifies a noun
    if _when_particle(folded, start):
        return None  # 回应时再次致歉，……: the verb and 时 make a when-adverbial
    if start < length and folded[start] in _ASPECT and not _word_with_particle(folded, start):
        return None  # 证实了这一消息, 表示过关切: the verb takes an object, not a reported clause
    if _AMOUNT_OF_TALK.match(folded, start):
        return None
    if folded.startswith(_PERSON_HEADS, start):
        return None  # 市场分析人士, 评论人员: the verb modifies a noun for people
    if _ONE_WORD_OBJECT.match(folded, start):
        return None  # 表示支持，/ 承认错误，: a one-word object, an attitude, not a clause
    if start < length and folded[start] in "，：":
        start += 1
    else:
        start = _after_object_colon(folded, start)
    if start >= length or folded[start] in _STOP:
        return None
    if start in layout.by_open and (folded[start - 1] != "，" or _term_in_clause(layout, start) is None):
        return None
    if folded[start] in "—―":
        return None  # 说——本月初……: a dash opens the narrator's aside, not reported words
    if _clause_opens_with_cue(folded, start, cue_starts):
        return None  # 引用某会的解释，表示……: the next verb reports, the first took an object
    end = start
    limit = min(length, start + MAX_SPAN)
    while end < limit:
        # Jump to the next character that can end the span or open a quotation.
        found = _EVENT.search(folded, end, limit)
        if found is None:
            end = limit
            break
        end = found.start()
        char = found.group()
        if char in _STOP:
            break
        pair = layout.by_open.get(end)
        if pair is not None:
            if folded[end - 1] == "：" or (folded[end - 1] == "，" and _term_in_clause(layout, end) is None):
                end -= 1  # a quotation opening its own clause is direct speech, not part of this
                break
            end = pair.close + 1
            continue
        if char in "，；" and (
            _clause_opens_with_cue(folded, end + 1, cue_starts) or _opens_new_act(folded, end, cue_starts)
        ):
            break
        end += 1
    end = min(end, limit)
    while end > start and folded[end - 1] in "，、；：… ":
        end -= 1
    if end - start < MIN_SPAN:
        return None
    return start, end
