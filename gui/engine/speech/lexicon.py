"""Word lists for quotation and speaker analysis, all in simplified script.

The analysis runs on a simplified *folding* of the text (see ``folding``), so one set of lists
serves simplified and traditional articles alike. Everything here is generic Chinese news
vocabulary: speech verbs, role words, pronouns, group markers. No list may hold a name, place or
phrase taken from a particular article.
"""

from __future__ import annotations

# Verbs that introduce reported speech, direct or indirect. Longer forms come first in the
# compiled pattern (see ``cue_pattern``) so that 介绍说 wins over 介绍.
SPEECH_VERBS: tuple[str, ...] = (
    # compound forms ending in 说/道
    "介绍说", "透露说", "表示说", "解释说", "补充说", "回忆说", "强调说", "指出说", "坦言说", "笑着说",
    "感慨说", "感叹说", "回应说", "承认说", "分析说", "总结说", "描述说", "告诉记者说",
    "说道", "问道", "答道", "写道", "笑道", "叹道", "喊道", "骂道", "称道", "回答道", "说了一句",
    "来了一句",
    # statement verbs + 称 (某公司回应称, 警方通报称)
    "回应称", "发文称", "表态称", "透露称", "证实称", "解释称",
    # plain verbs
    "表示", "指出", "强调", "介绍", "透露", "坦言", "坦承", "坦陈", "承认", "否认", "宣称", "声称",
    "诉称", "辩称", "称", "说",
    "分析", "确认", "批评", "抨击", "质疑", "回应", "认为", "解释", "补充", "直言",
    "感叹", "感慨", "回忆", "称赞", "赞扬", "表态", "呼吁", "警告", "提醒", "重申", "证实", "笑称",
    "戏称", "指称", "发文", "留言", "写道", "回答", "反问", "追问", "喊", "大喊", "高喊", "大呼",
    "抱怨", "坦白", "驳斥", "反驳", "澄清", "告诉记者", "问", "答", "道",
    # statement and judgement verbs of reported speech (暗示, 表明, 忆述, 指控, 研判)
    "暗示", "表明", "说明", "痛诉", "控诉", "直呼", "形容", "忆述", "引述", "指控", "认定", "判断", "研判",
    "指", "宣布", "告诉", "提及", "提到",
    # suggestions and appeals (呼吁 is in the list above), predictions, admissions by litotes,
    # a sharper 批评 and a threat made public (issue 8: labelled as reported speech across the
    # tuning articles)
    "建议", "提议", "促请", "预测", "预报", "不否认", "不讳言", "痛批", "扬言",
    # abuse shouted at someone (大骂, 指骂, 骂她“……”)
    "骂", "大骂", "怒骂", "痛骂", "指骂", "叫喊",
    # a reply, in the Taiwan and Hong Kong form (他回覆，「……」; 回复 is a document too: 采访回复中)
    "回覆",
    # speech only before a comma or a colon (see COMMA_VERBS)
    "分享", "谈到", "相信", "认同", "提出",
)

# Verbs whose unquoted complement is labelled as indirect speech (the corpus README list plus
# close synonyms, questions, announcements, suggestions and appeals). Verbs like 警告/提醒 report
# speech too, but annotators leave their complement unlabelled more often than not, so they
# attribute quotations without opening an indirect span.
INDIRECT_VERBS: frozenset[str] = frozenset(
    {
        "说", "表示", "指出", "强调", "介绍", "透露", "坦言", "坦承", "坦陈", "称", "宣称", "声称",
        "分析", "确认", "承认", "否认", "批评", "抨击", "质疑", "回应", "认为", "直言", "解释",
        "笑称", "指称", "证实", "重申", "补充", "诉称", "辩称",
        "介绍说", "透露说", "表示说", "解释说", "补充说", "强调说", "指出说", "坦言说", "回应说",
        "承认说", "分析说", "说道", "告诉记者", "告诉记者说",
        "回应称", "发文称", "表态称", "透露称", "证实称", "解释称",
        "暗示", "表明", "说明", "痛诉", "控诉", "直呼", "形容", "忆述", "引述", "指控", "认定", "判断",
        "研判", "指", "澄清",
        "反问", "追问", "回答", "感叹", "感慨",
        # statements made public and words told to someone (宣布，…; 告诉盟友，…; 提及…)
        "宣布", "告诉", "提及", "提到",
        # suggestions and appeals (他建议，…; 某会呼吁政府……), predictions (预测，明年……),
        # admissions by litotes (不否认曾与对方会面) and a sharper 批评 (痛批)
        "建议", "提议", "呼吁", "促请", "预测", "预报", "不否认", "不讳言", "痛批", "扬言",
        # (before a comma or a colon only: 他分享，……; 某某相信，……)
        "分享", "谈到", "相信", "认同", "提出",
    }
)

# Verbs that name rather than quote: 被称为“X”, 号称“X”, 叫做“X”. A quotation right after them
# is a term.
NAMING_VERBS: tuple[str, ...] = (
    "称为", "称作", "称之为", "号称", "叫做", "叫作", "誉为", "俗称", "简称", "昵称", "人称", "堪称",
    "所谓", "名为", "写着", "印着", "标有", "写有", "打出", "喊出", "提出", "冠以", "题为", "命名为",
)

# Characters or words that, right before 说/称/道/问/答, turn them into something else
# (据说 hearsay, 小说 novel, 应该说 discourse filler, 知道 know...).
CUE_BLOCKING_PREFIXES: tuple[str, ...] = (
    "据", "听", "小", "传", "虽", "再", "应该", "可以", "就是", "比如", "或者", "也就是", "换句话",
    "老实", "实话", "不用", "不消", "难", "胡", "瞎", "学", "邪", "演", "游", "解", "劝", "著",
    "知", "报", "味", "街", "车", "频", "轨", "渠", "门", "之", "叫", "人", "声", "名", "号", "昵",
    "简", "俗", "自", "堪", "对", "宣", "疑", "提", "学", "访", "顾", "请", "询", "发", "作", "做出",
    # a determiner makes the verb a noun (其他建议, 这些说法)
    "其他", "其它", "这些", "那些",
    # possibility and condition: 可说是 (may be called), 若说/如果说 (if one says)
    "可", "若", "如果", "假如", "倘若", "要是",
    "作出", "给予", "给出", "的", "予以", "面", "一", "回", "解答", "抢", "问", "追", "没", "不", "未",
    "没有", "未有", "别",
    # Verbs that take a speech verb as their object, a noun then (寻求回应, 得到回应, 引发批评).
    "寻求", "等待", "期待", "得到", "获得", "赢得", "博得", "引起", "引发",
    # A refusal to speak is no speech (拒绝回应, 拒绝解释).
    "拒绝", "拒不",
)

# What may follow a one-character cue and make it a noun or another word (说法, 称号, 称为).
CUE_BLOCKING_SUFFIXES: tuple[str, ...] = (
    "服", "法", "话", "明", "谎", "笑", "唱", "书", "客", "教", "辞", "号", "呼", "赞", "霸", "职",
    "得上", "不上", "得", "题", "卷", "案", "路", "理", "德", "歉", "谢", "候", "好", "心", "清",
    "之为", "为", "作", "过", "完", "起来", "什么", "啥", "出", "不出", "给", "着", "了",
)

# Role words that can precede a person's name (某市教育局局长 + name).
TITLE_WORDS: tuple[str, ...] = (
    "主席", "副主席", "书记", "副书记", "市长", "副市长", "省长", "副省长", "县长", "区长", "镇长",
    "乡长", "村长", "部长", "副部长", "局长", "副局长", "厅长", "处长", "科长", "司长", "署长",
    "主任", "副主任", "总统", "副总统", "总理", "副总理", "首相", "院长", "副院长", "校长", "会长",
    "理事长", "董事长", "总裁", "总经理", "经理", "董事", "行长", "社长", "总编", "主编", "秘书长",
    "发言人", "委员", "代表", "议员", "立委", "议长", "大使", "领事", "主教练", "教练", "助教",
    "领队", "队长", "球员", "选手", "后卫", "前锋", "中锋", "导演", "制片人", "编剧", "演员", "主演",
    "歌手", "主持人", "作家", "教授", "副教授", "研究员", "专家", "学者", "分析师", "律师", "法官",
    "检察官", "警官", "医生", "医师", "护士", "院士", "博士", "老师", "工程师", "负责人", "创始人",
    "主管", "官员", "部长级", "处长级", "老板", "店主", "村民", "居民", "市民", "网友", "民众",
    "球迷", "家长", "学生", "局长级", "政委", "司令", "司令员", "参谋长", "将军", "大法官", "庭长",
    "检察长", "所长", "站长", "台长", "馆长", "团长", "组长", "股长", "班长", "首席执行官", "执行官",
    "总监", "监事", "合伙人", "版主", "站长", "博主", "小生", "花旦", "新秀", "老将", "名宿",
    "人士", "人员", "干部", "党员", "总干事", "干事", "预报员", "分析员", "发言人",
    # parties to a lawsuit (原告张先生诉称)
    "原告", "被告", "上诉人", "被上诉人",
    # Taiwan and Hong Kong offices and professions (次长, 主委, 执行长, 召集人, 特首)
    "次长", "政务次长", "常务次长", "主委", "副主委", "执行长", "召集人", "特首", "副议长", "副署长",
    "常委", "立法会议员", "区议员", "市议员", "县议员", "里长", "创办人", "董事总经理", "经济学家",
    "首席经济学家", "策略师", "营养师", "心理师", "社工", "督察", "警司", "总警司", "副总经理", "副总裁",
    "主帅", "外援", "队员", "门将", "控卫",
    # a legislative caucus's whip and a committee's convener (党团总召, 召委)
    "总召", "召委", "干事长",
    # envoys beside 大使 (特使某某说)
    "特使", "公使", "专使",
)

# Nouns that denote a person by role or kinship and can stand alone as a speaker
# (一名村民, 大叔, 知情人士). A one-character surname may precede the kinship words.
PERSON_NOUNS: tuple[str, ...] = (
    "村民", "居民", "市民", "网友", "民众", "群众", "球迷", "家长", "学生", "游客", "乘客", "司机",
    "患者", "病人", "家属", "员工", "工人", "农民", "老人", "男子", "女子", "男孩", "女孩", "少年",
    "妇女", "老汉", "老太", "小伙", "姑娘", "人士", "知情人士", "消息人士", "业内人士", "业界人士",
    "官员", "专家", "学者", "律师", "医生", "警察", "民警", "议员", "代表", "委员", "店主",
    "老板", "商户", "摊主", "业主", "房东", "租客", "志愿者", "目击者", "受害者", "当事人",
    "负责人", "工作人员", "发言人", "女士", "先生", "师傅", "老师", "同学", "教练", "球员", "选手",
    "母亲", "父亲", "妈妈", "爸爸", "丈夫", "妻子", "儿子", "女儿", "业者", "店家", "商家", "团体",
    # executives, in the short forms jieba's word list lacks (一位基金公司的高管)
    "高管", "老总",
)

KINSHIP_WORDS: tuple[str, ...] = (
    "大叔", "大爷", "大妈", "大娘", "阿姨", "大姐", "大哥", "老伯", "阿伯", "婆婆", "奶奶", "爷爷",
    "阿婆", "伯伯", "叔叔", "姐姐", "哥哥", "老汉", "老太",
)

# Nouns for a person by relation (family, friends, colleagues) that head a description of the
# speaker (她的母亲, 山区的孩子, 死者的邻居); their last characters mark no people noun.
RELATION_NOUNS: tuple[str, ...] = (
    "孩子", "母亲", "父亲", "妈妈", "爸爸", "女儿", "儿子", "妻子", "丈夫", "太太", "老公", "老婆",
    "家人", "朋友", "同事", "邻居", "亲友", "亲戚", "姐妹", "兄弟", "外婆", "外公", "祖母", "祖父",
)

# A name ending in one of these is an organisation (卫生部, 某国当局, 外交部).
ORG_SUFFIXES: tuple[str, ...] = (
    "当局", "政府", "部", "局", "署", "厅", "委员会", "委", "办公室", "办", "院", "法院", "检察院",
    "公司", "集团", "银行", "协会", "联合会", "学会", "基金会", "俱乐部", "联盟", "组织", "中心",
    "大学", "学院", "医院", "警方", "检方", "官方", "军方", "党", "党团", "党部", "队", "球队", "机构",
    "研究所", "研究院", "交易所", "法庭", "议会", "国会", "内阁", "警察局", "地检署", "消防局",
    "新闻处", "工会", "商会", "媒体", "电视台", "报社", "通讯社",
)

# Documents that "say" things on behalf of an organisation (声明表示, 报告指出).
DOCUMENT_NOUNS: tuple[str, ...] = (
    "声明", "报告", "公告", "通报", "新闻稿", "通知", "文件", "公报", "调查报告", "判决书", "起诉书",
    "文告", "公告", "简报",
    # what a person writes: the writer speaks through it (他在文章中指出, 其贴文写道)
    "文章", "贴文", "帖子", "社论", "专栏", "来信", "书面回应", "回复",
)

# Verbs by which an organisation issues a document (某公司发布声明称): the noun phrase before
# them is the document's owner, even without an organisation suffix.
ISSUING_VERBS: tuple[str, ...] = (
    "发布", "发表", "发出", "发", "公布", "印发", "下发", "刊登", "贴出",
)

# Accounts and pages whose quoted name is the speaker: 粉专「X」发文.
ACCOUNT_NOUNS: tuple[str, ...] = (
    "粉专", "粉丝专页", "粉丝页", "专页", "脸书", "帐号", "账号", "微博", "频道", "网站", "公众号",
    "官网", "官方帐号", "推特", "页面",
)

# Markers of a group speaker: 各+role, role+们, 与会+role, 多名+role.
GROUP_PREFIXES: tuple[str, ...] = (
    "各", "与会", "多名", "多位", "多个", "多家", "不少", "许多", "部分", "众多", "一些", "数名", "几位",
)
GROUP_SUFFIX = "们"

SINGULAR_PRONOUNS: tuple[str, ...] = ("他", "她")
PLURAL_PRONOUNS: tuple[str, ...] = ("他们", "她们")

# Voice and body nouns that stand where a subject would (声音低沉地说, 嘴里喃喃地说): they say how
# the sentence's subject speaks, so the speaker is that subject.
MANNER_NOUNS: tuple[str, ...] = (
    "声音", "嗓音", "嗓子", "语气", "口气", "语调", "声调", "嘴", "嘴里", "嘴上", "嘴巴", "眼睛", "脸上",
    "心里",
)

# The press named by origin or owner (多家外媒指出, 官媒称): two characters shaped like a name.
PRESS_SHORT_FORMS: tuple[str, ...] = (
    "外媒", "官媒", "党媒", "央媒", "港媒", "台媒", "陆媒", "美媒", "日媒", "韩媒", "英媒", "俄媒",
)

# News outlets: what they report is a media attribution (美国媒体指出, 有中国媒体称), not a
# source's reported speech; their quoted words are still theirs.
MEDIA_SUFFIXES: tuple[str, ...] = (
    "媒体", "传媒", "报", "日报", "时报", "晚报", "电视台", "电台", "通讯社", "新闻社", "网站", "之音",
    "杂志", "周刊", *PRESS_SHORT_FORMS,
)

# Verbs of judgement that are also nouns (判断, 形容): they report a view only before a comma or
# a colon (他判断，…), not in 市场判断上.
MARKED_VERBS: frozenset[str] = frozenset({"判断", "认定", "研判", "形容", "骂"})

# Verbs of telling, sharing a view or believing that report words only when a comma or a colon
# follows them (他分享，……; 某某相信，……; 在节目中提出，……): before an object they are no
# speech (分享经验, 相信自己, 提出“某方案”: a term).
COMMA_VERBS: frozenset[str] = frozenset({"分享", "谈到", "相信", "认同", "提出"})

# Writers of the article itself: their words are never reported speech.
AUTHOR_WORDS: tuple[str, ...] = (
    "记者", "笔者", "本报", "本台", "本刊", "本网", "编者", "小编", "编辑", "译者",
)

# The press as the one spoken to (对某报透露, 向本报表示, 对记者说): the words are the speaker's,
# the outlet only hears them.
PRESS_ADDRESSEES: tuple[str, ...] = (*MEDIA_SUFFIXES, *AUTHOR_WORDS)

# Indefinite subjects that name unidentified people (有人叫喊“……”): a speaker of their own.
INDEFINITE_PEOPLE: tuple[str, ...] = ("有人", "有些人", "不少人", "很多人", "许多人")

# Pronouns that stand as the addressee between a speech verb and the words (骂她“……”, 问他：).
ADDRESSED_PRONOUNS: tuple[str, ...] = ("他们", "她们", "我们", "你们", "他", "她", "我", "你", "您")

# Words after which a following noun is the addressee, not the speaker (对队友说, 冲着记者说).
ADDRESSEE_PREPOSITIONS: tuple[str, ...] = (
    "对", "向", "冲着", "朝", "跟", "给", "和", "与", "替", "同", "对着",
)

# Clause openers that stand between a clause's start and its subject.
LEADING_CONNECTIVES: tuple[str, ...] = (
    "而且", "而", "但是", "但", "不过", "可是", "可", "于是", "然后", "随后", "同时", "此外", "另外",
    "对此", "其中", "并且", "因此", "所以", "据悉", "另", "并", "且", "也", "还", "就", "则", "最后",
    "最终", "接着", "当时", "如今", "后来", "之后", "随即", "事后", "会上", "现场",
    # concessive and source openers (虽然基金经理表示, 据业内人士透露)
    "虽然", "尽管", "虽", "据", "根据", "按照", "依照", "依据",
    # times of the report that open a clause before its subject (近期某公司人士表示)
    "近期", "近日", "日前", "目前", "此前", "早前", "稍早", "昨日", "今日", "昨天", "今天", "当天",
    "当日",
)

# Verbs by which one source passes on another's words (某某引述某官员说): the one quoted speaks.
QUOTING_VERBS: tuple[str, ...] = ("引述", "转述", "援引", "引用", "转引")

# Perception verbs that open a reply (闻言, 见状, 听罢): adverbials between a speaker and the
# speech verb, never names (jieba's dictionary tags 闻言 as one).
REACTIONS: tuple[str, ...] = (
    "闻言", "闻讯", "闻此", "闻后", "见状", "见此", "听后", "听罢", "听完", "听了", "听到后", "看后", "看罢",
)

# Adverbs and adverbial phrases that stand between a subject and its speech verb (X也表示,
# X在发言中说). Compiled into a trailing pattern by ``speakers``.
ADVERBS: tuple[str, ...] = (
    "也", "还", "则", "却", "又", "更", "并", "亦", "就", "都", "便", "才", "再", "先", "只", "曾", "已",
    "已经", "随即", "随后", "同时", "当时", "当场", "现场", "公开", "再次", "一再", "多次", "继续",
    "进一步", "特别", "专门", "甚至", "直接", "坦率地", "笑着", "激动地", "高兴地", "兴奋地", "不禁",
    "连连", "纷纷", "均", "皆", "最后", "最终", "首先", "接着", "然后", "今天", "昨天", "今日", "昨日",
    "日前", "近日", "此前", "当天", "当日", "今晨", "昨晚", "稍后", "后来", "一直", "始终", "反复",
    "明确", "直率地", "笑", "明明", "也曾", "曾经", "亦曾", "早前", "早些时候", "不久前", "私下", "事后",
    "对记者", "向记者", "对媒体", "向媒体", "告诉记者", "对此", "透过", "顺口", "赶紧", "一边", "边",
    # when, in sports and meeting reports (X赛后表示, X会后对记者说)
    "赛后", "赛前", "会后", "会前", "当晚", "今晚", "散会后", "席间",
    "审理", "经审理", "齐声", "上午", "下午", "晚间", "晚上", "早上", "凌晨", "中午", "傍晚",
    # how someone speaks (润叶突然说, 少安连忙解释): manner and time adverbs of dialogue
    "突然", "忽然", "连忙", "赶忙", "急忙", "忙", "马上", "立刻", "立即", "低声", "小声", "大声", "高声",
    "轻声", "悄声", "厉声", "随口", "不禁", "忍不住", "终于", "只好", "于是", "也就", "这才", "才又",
    "又对", "接着又", "一边", "一面", "仍然", "依然", "还是", "竟", "竟然", "居然", "仍", "果然", "甚至还",
    "即", "随之", "旋即", "受访", "接受访问", "接受采访",
    # where and before whom (检方当庭表示, 当面说, 当众宣布)
    "当庭", "当面", "当众",
    # pointing back at the words just quoted (“……”某公司如此表示)
    "如此", "如是", "这样", "这么", "这般",
    # reacting to what was just said or seen (某某闻言说, 见状表示, 听后笑说): the speaker is before them
    *REACTIONS,
)

# Familiar forms of a name (老孟, 小胡, 阿亮; 孟帅, 郭总, 邱哥): a prefix before a family name or a
# given-name character, or a suffix of respect or fondness after a family name.
FAMILIAR_PREFIXES = "老小阿"
FAMILIAR_GIVEN_PREFIXES = "小阿"  # also before a given-name character (阿亮; 老 only before a family name)
FAMILIAR_SUFFIXES = "帅总董导哥姐叔姨伯嫂"  # (not 老: 高老 is an elder of his own)

# A copula before a subject phrase (是某队的球迷们在喊, 正是老师们说): no part of the speaker.
# Longest first, so the one that matches is the one stripped.
LEADING_COPULAS: tuple[str, ...] = ("正是", "就是", "是")

# Chinese numerals: quoted items that start with one (“四个意识”, “五大工程”) are slogans.
NUMERALS = "一二三四五六七八九十百千万两双零〇0123456789"

# Common one-character surnames (the most frequent family names) and compound surnames; used to
# accept a two- or three-character string before a speech verb as a person's name.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应"
    "臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁"
    "胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰"
    "支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜"
    "印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧"
    "闭由"
)
COMPOUND_SURNAMES: tuple[str, ...] = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "澹台", "轩辕",
)

# Characters used to transliterate foreign names (安东尼·卡特, 约翰-史密斯); a dotted name is a run of
# these on both sides of the dot.
TRANSLITERATION_CHARS = (
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰"
    "冯弗福富盖甘冈高戈哥格根贡古瓜圭哈海汉豪赫黑亨洪胡华怀惠霍基吉加佳贾杰捷金卡凯坎康考柯科克肯"
    "库夸奎昆拉莱赖兰朗劳勒雷蕾里理利莉连林琳卢鲁路伦罗洛马玛迈麦曼梅美门蒙米密明莫姆穆纳娜奈南内"
    "尼妮努诺欧帕潘佩彭皮普奇齐恰乔切琴丘萨塞赛桑瑟森沙莎珊尚舍申什施史舒斯松苏索塔泰坦汤唐特提"
    "汀廷图托瓦万旺威韦维温文沃乌伍武西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹兹佐朱茨翰顿逊纽荷赞"
    "曼茜丽黛露薇娅琪雯蒂芙萝芭奇让廉伽琼斐夫涅瑙珀茹钦列"
)

# Characters that cannot end a Chinese given name in the position right before a verb; they
# belong to the predicate (X在说, X也说). Used to trim a name candidate.
FUNCTION_CHARS = "在也还则却又更并亦就都便才再先只曾已的了着过是和与及对向被把将让给从于为等"
NON_NAME_CHARS = FUNCTION_CHARS + "说称道表指强透坦认"  # (and the first characters of speech verbs)
