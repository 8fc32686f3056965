"""Demonstrative phrases (该校, 该公司, 该行, 此部门): which organisation they point back to.

News names an organisation once and then refers to it by 该 + a head noun that need not be the
one its name ends with: a university is 该校, a group or a bank is 该公司, a bank is 该行. The
heads below are closed classes of such equivalences; the antecedent is the nearest earlier
organisation-shaped noun phrase of the text whose last word is one of them.
"""

from __future__ import annotations

from gui.engine import regex_cache as re
from gui.engine.speech.names import dictionary
from gui.engine.speech.patterns import HAN

DEMONSTRATIVE = re.compile("(?:该|此|这)(?:名|位|家|个|所|间)?")

# Head of the demonstrative phrase → the heads an organisation's name may end with.
_SCHOOLS = ("大学", "学院", "学校", "中学", "小学", "高中", "高校", "书院", "国中", "国小", "幼儿园")
_FIRMS = ("公司", "集团", "企业", "银行", "控股", "股份", "证券", "保险", "基金", "实业", "科技")
_BODIES = ("协会", "委员会", "学会", "工会", "基金会", "联合会", "商会", "总会", "议会", "公会")
EQUIVALENT_HEADS: dict[str, tuple[str, ...]] = {
    "校": _SCHOOLS,
    "学校": _SCHOOLS,
    "大学": ("大学",),
    "公司": _FIRMS,
    "集团": ("集团", "公司"),
    "企业": _FIRMS,
    "行": ("银行",),
    "银行": ("银行",),
    "基金": ("基金",),
    "会": _BODIES,
    "院": ("医院", "法院", "学院", "研究院", "检察院", "议院", "科学院", "法学院"),
    "医院": ("医院",),
    "所": ("研究所", "事务所", "交易所", "派出所", "诊所"),
    "团": ("集团", "剧团", "乐团", "团体"),
    "队": ("球队", "队"),
    "馆": ("博物馆", "图书馆", "美术馆", "纪念馆", "展览馆"),
    "台": ("电视台", "电台"),
    "党": ("党",),
    "机构": ("机构", "中心", "研究所", "研究院"),
    "组织": ("组织",),
    "部门": ("部", "局", "署", "厅", "委", "办", "处"),
    "单位": ("部", "局", "署", "厅", "公司", "中心", "医院", "学校"),
}

ANTECEDENT_REACH = 800  # characters back to the organisation a 该-phrase refers to
_NAME_REACH = 10  # characters of a name before its head noun
_NAME_CHARS = re.compile(rf"[{HAN}A-Za-z0-9·（）()]")
# Characters that end a noun phrase on its left (的, 了, 于, 在 …): the name starts after them.
_LEFT_STOPS = frozenset("的了于在与和及或由对向被把将给从到自为是这那该其此每各他她它我你们")
_VERB_TAGS = ("v", "p", "c", "d", "r", "u", "m", "q", "t")


def demonstrated_head(phrase: str) -> str | None:
    """The head noun of a demonstrative phrase of the equivalence table (该校 → 校), else None."""
    match = DEMONSTRATIVE.match(phrase)
    if match is None:
        return None
    head = phrase[match.end() :]
    return head if head in EQUIVALENT_HEADS else None


def heads_for(head: str) -> tuple[str, ...]:
    """What the names a ``head`` phrase points to may end with (itself included)."""
    return (head, *EQUIVALENT_HEADS.get(head, ()))


def antecedent_span(
    folded: str, head: str, position: int, quoted: callable = lambda _index: False  # type: ignore[valid-type]
) -> tuple[int, int] | None:
    """The nearest organisation name before ``position`` that ends with a head equivalent to
    ``head`` (北方理工大学 for 该校), outside quotations; None when the text names none."""
    floor = max(0, position - ANTECEDENT_REACH)
    best: tuple[int, int] | None = None
    for ending in heads_for(head):
        if len(ending) < 2:
            continue
        at = folded.rfind(ending, floor, position)
        while at >= 0:
            span = _name_before(folded, at, at + len(ending))
            if span is not None and not quoted(at) and (best is None or span[1] > best[1]):
                best = span
                break
            at = folded.rfind(ending, floor, at)
    return best


def _name_before(folded: str, head_start: int, head_end: int) -> tuple[int, int] | None:
    """The name that ends with the head noun at ``[head_start, head_end)``: the characters before
    it up to a function character, a mark, or a verb (记者致电|东海集团). At least two of them: a
    bare 大学 or 公司 is no name."""
    _, tags = dictionary()
    following = folded[head_start : head_end + 1]
    if len(following) > head_end - head_start and following in tags:
        return None  # 公司法, 大学生: the head is part of a longer word
    lo = head_start
    while lo > head_start - _NAME_REACH and lo > 0:
        char = folded[lo - 1]
        if char in _LEFT_STOPS or not _NAME_CHARS.match(char):
            break
        word = next((folded[lo - size : lo] for size in (3, 2) if folded[lo - size : lo] in tags), "")
        if word and (tags.get(word) or "").startswith(_VERB_TAGS) and word not in _NOUN_LIKE_VERBS:
            break  # 致电, 走访, 加入: a verb before the name
        lo -= len(word) or 1
    if head_start - lo < 2 or _describes_only(folded[lo:head_start]):
        return None
    return lo, head_end


# Words that say what kind an organisation is, never which one (老牌基金, 知名企业, 大型银行):
# a head after one of them alone is a description, not a name a demonstrative can point back to.
_DESCRIPTORS = frozenset({
    "老牌", "知名", "著名", "大型", "中型", "小型", "国有", "民营", "私营", "外资", "合资", "本土",
    "海外", "国内", "国外", "境外", "上市", "龙头", "绩优", "优秀", "明星", "一线", "二线", "新兴",
    "传统", "主要", "相关", "其他", "部分", "多数", "少数", "不少", "众多", "各大", "多家", "一家",
    "这家", "那家", "同类", "同业", "中小", "私募", "公募", "地方", "当地", "全国", "全球", "国际",
})
# 166只股票型基金, 三家银行: a count of organisations names none of them.
_COUNTED = re.compile("[0-9０-９一二三四五六七八九十百千万两几多数逾近约]+[只家个间所支座]")
_DESCRIPTOR_TAGS = ("a", "b", "m", "r")  # adjectives, distinguishing words, numerals, pronouns


def _describes_only(prefix: str) -> bool:
    """True when ``prefix`` (what stands before an organisation's head) only describes it."""
    if prefix in _DESCRIPTORS or _COUNTED.search(prefix):
        return True
    _, tags = dictionary()
    return (tags.get(prefix) or "").startswith(_DESCRIPTOR_TAGS)


# Words tagged as verbs that often stand inside organisation names (发展银行, 建设集团).
_NOUN_LIKE_VERBS = frozenset({"发展", "建设", "投资", "研究", "管理", "教育", "开发", "服务", "交通", "工商"})
