"""Name patterns over tokens: a head word (…局, …规划, …博览会) and the modifiers to its left.

Chinese names of bodies, policies and events end in a small set of head words; their modifiers
are nouns (and some verbs: 促进, 扩大) to the left. The extension stops at punctuation,
numerals, function words and the verbs that take such a name as object (印发, 开展, 召开 …).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator

from kg import lexicon
from kg.aliases import EDITION
from kg.spans import strip_quotes
from kg.types import Label, Mention, Token

__all__ = ["a_law", "name_patterns", "listed_companies", "company_branches", "rules_named_after_their_law", "HEADS", "BRANCH_HEADS", "APPOSITIVE_KINDS",
           "verb_glued_to_a_country", "KINDS_OF_CITY",
           "DOCUMENT_NUMBER", "NUMBER_AFTER_ISSUER", "document_numbers", "POST_QUALIFIERS"]

HEADS: dict[Label, tuple[str, ...]] = {
    Label.GOV: ("领导小组", "工作小组", "工作专班", "专班", "工作组", "保障组", "协调组", "指导组", "督导组", "督查组", "委员会", "人民政府", "政府", "管理局", "监督管理局",
                "总局", "办公室", "办公厅", "常委会", "局", "司", "厅", "署", "部", "委"),
    Label.COMPANY: ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "银行", "律师事务所", "会计师事务所"),
    Label.ORG: ("协会", "学会", "研究会", "促进会", "联合会", "商会", "联盟", "研究院", "研究所", "研究中心", "科学院", "大学",
                "学院", "基金会", "报社", "日报", "电视台", "创新中心", "实验室"),
    Label.EVENT: ("新闻发布会", "发布会", "记者会", "吹风会", "座谈会", "研讨会", "论坛", "峰会", "博览会",
                  "交易会", "展览会", "设计周", "时装周", "大赛", "监管会", "推进会", "推进大会", "推进会议", "动员大会", "动员会", "部署会", "现场会", "年会", "工作会议", "会议", "大会"),
    Label.POLICY: ("专项行动", "专项计划", "行动计划", "行动方案", "暂行规定", "管理办法", "实施条例", "实施细则", "实施方案", "工作方案", "实施意见", "发展规划", "专项规划", "发展指南", "建设指南",
                   "系列规划", "规划", "工程", "行动", "战略", "标准", "条例", "计划", "协定", "规定",
                   "办法", "纲要", "清单", "目录", "试点示范", "试点", "专项", "示范平台", "示范基地", "试验区", "活动",
                   "法"),
}

# Verbs and words that come before a name without belonging to it.
STOP = frozenset(
    "印发 发布 出台 制定 颁布 实施 开展 启动 推出 发出 编制 修订 召开 举行 举办 主办 承办 成立 设立 组建 建立 建设 "
    "落实 贯彻 推进 推动 深入 加快 加强 完善 健全 支持 做好 抓好 组织 研究 参加 参与 出席 纳入 围绕 按照 根据 依托 "
    "通过 结合 依据 利用 会同 联合 指导 牵头 要求 提出 印发实施 是 为 有 在 由 对 向 与 和 及 等 的 了 着 将 已 "
    "已经 正在 持续 继续 积极 进一步 全面 认真 坚决 大力 着力 相关 有关 各项 各类 一系列 这些 该 此 本 上述 "
    "我们 我国 其 各 这 那 一批 一项 多项 系列 具体 主要 其他 其它 等等 以及 同时 今年 去年 明年 目前 当前 近日 "
    "最近 正式 首次 专门 分别 共同 一起 还 也 又 并 即 就 都 更 最 很 新一轮 新 总体 整体 方面 中 上 下 "
    "了解 介绍 表示 指出 强调 认为 显示 提到 谈到 回答 提问 解读 发挥 作为 担任 任 见 看 说 请 向 让 使 把 被 将要 "
    "负责 关于 面向 针对 涉及 包括 其中 来自 据 以 从 到 至 于 之 所 亦 则 而 但 或 如 若 因 所以 因此 加大 实现 "
    "提高 鼓励 引导 编 制 总结 聚焦 好 调整 培育 主持 列席 看望 慰问 会见 致信 致电 部署 安排 派出 派驻 组成 委派 "
    "交由 交给 办理 隶属 隶属于 出面 委托 摆在 放在 置于 列入 写入 遵守 违反 执行 检查 审议 同志 作出 做出 提供 给予 达到 宣布 "
    "按 作 暨 年前 年后 采取 有权 前往 应当 坚持 愿同 接见 亲切接见 筹备 全力 召集 凌晨 称 宣称 声称 发动 发起 展开 开始 "
    "企图 支撑 完成 挫败 抗议 谴责 反对 批准 提请 设置 报 并报 整个 当时 援引 证实 召见 指责 批评 遭 遭到 宣告 参观 谋划 "
    "精心谋划 恰逢 签署 强推 放弃 导致 化作 寻找 想尽 所谓 代表 优化 深化 充分发挥 今天 昨天 明天 今日 本次 此次 这次 "
    "没有 年版 累计 下达 从事 最严 最严格 修改 遵照 遵循 依照 施行 祝贺 热烈祝贺 细化 获批 获准 力争 争取 确保 预计 "
    "进行 结束 走进 允许 共有 附有 拥有 设有 具有 持有".split()  # 2024年|版…清单: the edition's year, no part of the name
)
WHO_MEETS = ("负责同志", "主要负责同志")
# Policy head words: one policy name does not run on into another (…规划 行动计划), but an event may
# be named after one (国务院政策例行吹风会).
FIRST_OF_ITS_KIND = frozenset("首批次 首台套 首版次".split())  # the first batch, set, edition a programme supports
POLICY_STOP = frozenset("意见 建议 措施 任务 目标 政策 标准 行动 工程 规划 战略".split())
# Allowed at the left edge only when they are not the whole modifier.
LEADING_VERBS_OK = frozenset("促进 扩大 推动 发展 加快 提升 建设 保护 应对 鼓励 支持 服务 创新 突发".split())
PLAN_DURATION = re.compile(r"[一二两三四五六七八九十]年")
NOUNISH = ("n", "nt", "ns", "nz", "nr", "vn", "j", "l", "eng", "an", "a", "b", "i", "nrt", "nrfg", "s", "g", "z", "t")
KINDS_OF_CITY = ("直辖市", "计划单列市", "地级市", "县级市", "副省级城市")  # 各省、自治区、直辖市人民政府: kinds, not places
GENERIC_LEFT = frozenset("国家 行业 技术 国际 地方 各地 当地 全国 中央 有关 相关 重大 重点 产业 企业 部门 相关部门 有关部门 "
                         "系列 专项 多个 一些 各级 省级 市级 县级 其他 总体 统一 新 老 大 小 所有 知名 国内 全球 世界 大型 一流 龙头 "
                         "骨干 优质 区域 重点 积极 主动 全面 深入 上市 控股 子 母 分 国有 民营 外资 合资 "
                         "如下 以下 下列 上述 前述 高端 主旨 平行".split()) | set(KINDS_OF_CITY)
# 现提出如下实施意见: the text's own; 主旨论坛, 平行论坛: a forum's sessions
PROPER = ("ns", "nz", "nr", "nt", "j", "eng", "nrt", "nrfg")
SPECIFIC_ONLY = (Label.COMPANY, Label.ORG)  # their modifier must hold a proper noun
GENERIC_NAMES = frozenset("统筹规划 科学规划 战略规划 总体规划 长远规划 行业标准 国家标准 国际标准 技术标准 发展战略 发展规划 工作会议 "
                          "专题会议 实际行动 联合行动 具体行动 全民行动 形象工程 政绩工程 面子工程 豆腐渣工程 民生工程 民心工程 "
                          "系统工程 城市规划 乡村规划 收费标准 量刑标准 评价标准 考核标准 人民代表大会 代表大会 "
                          "法律规定 法规规定 法律法规规定 国家规定 有关规定 相关规定".split())  # acts of force: ACTS_OF_FORCE; 人民代表大会: the institution
BARE_OK = frozenset({"实施条例", "实施细则"})  # specific enough to stand for the law they implement
NEW_ERA = frozenset({"时代", "时期", "阶段", "征程"})  # after 新, part of a name (新时代…, 新时期…)
MAX_TOKENS = 8
RELATIVE_TIME = re.compile(r"(?:去年|今年|明年|前年|上年|当天|今天|昨天|明天|日前|近日|近期|下次|上次|首日|次日|当日|本周|上周|下周)"
                           r"(?:底|初|末|年底)?")
TIME_WORD = re.compile(r"\d{4}|年|[一二三四]季度|[上下]半年|\d{1,2}月")
MAX_CHARS = 24


HEAD_RANK = {label: {head: rank for rank, head in enumerate(heads)} for label, heads in HEADS.items()}
HEAD_LONGEST = max(len(head) for heads in HEADS.values() for head in heads)


def _head(tok: Token, label: Label, prev: Token | None = None) -> str:
    """The head word of `label` that ends at this token: the token itself, a two-token
    compound (试点 示范, 实施 条例, 监管 会), or a noun ending in it (暂行规定)."""
    heads = HEAD_RANK[label]
    pair = prev.text + tok.text if prev is not None else ""
    if len(pair) >= 3 and pair in heads:
        return pair
    text = tok.text
    if text in heads:
        return text
    for head in _endings(text, label):
        if tok.pos == "nt" or (len(head) > 1 and tok.pos in ("n", "nz", "l", "b")) or (label is Label.GOV and tok.pos == "j" and head == "局" and len(text) >= 3):
            return head  # 房产局, 住建局: jieba's short forms of a bureau's name (常委, 省委 are no body's head)
    return "法" if label is Label.POLICY and _a_law_s_word(tok) else ""


LAW_ACTS = ("执法", "司法", "立法", "违法", "合法", "非法", "守法", "普法", "依法", "护法", "犯法", "知法", "懂法", "用法",
            "变法", "效法", "国法", "家法", "王法", "佛法", "章法", "枉法", "玩法", "魔法")  # 综合执法, 严格守法: acts, no law


def _a_law_s_word(tok: Token) -> bool:
    """One jieba word that ends a law's name (海商法, 反垄断法, 治安管理|处罚法, 食品|安全法): three
    characters or more, a noun, neither a method (工作法, 分析法) nor an act on the law (综合执法)."""
    from kg.ner import word_frequency

    stem = tok.text[:-1]
    return len(tok.text) >= 3 and tok.text.endswith("法") and tok.pos in ("n", "nz", "nr", "l", "j") \
        and not tok.text.endswith(NOT_LAWS) and not tok.text.endswith(LAW_ACTS) \
        and (len(stem) > 3 or word_frequency(stem) > 0)  # not 对拉法 (Rafah), 穆斯塔法, 刘显法: no word before 法


@functools.lru_cache(maxsize=1 << 16)
def _endings(text: str, label: Label) -> tuple[str, ...]:
    """The head words of `label` the word ends with, in HEADS order (as a scan of HEADS finds them);
    cached: the same words come back in every document."""
    heads = HEAD_RANK[label]
    found = sorted((heads[text[-k:]], text[-k:]) for k in range(1, min(len(text), HEAD_LONGEST) + 1) if text[-k:] in heads)
    return tuple(head for _, head in found)


def _is_stop(word: str) -> bool:
    return word in STOP or (len(word) >= 3 and word[-2:] in STOP and word[-2:] not in LEADING_VERBS_OK
                            and lexicon.label_of(word) is None and word[0] != "可") \
        or verb_glued_to_a_country(word)  # 新型显示: a name the lexicon knows, whatever word it ends with; 可持续: an adjective


def verb_glued_to_a_country(word: str) -> bool:
    """愿同土, 愿同斯: jieba's one word for a verb and the one-character short form of the country it
    acts with (中国全国人大愿同土国民会议…): the clause's words, never part of a name."""
    if len(word) != 3 or word[:2] not in STOP:
        return False
    from kg.ner import COUNTRY_CHARS

    return word[2] in COUNTRY_CHARS


def _can_extend(tok: Token, label: Label) -> bool:
    if label is Label.EVENT and tok.text in WHO_MEETS:
        return True  # 全国工业和信息化主管部门负责同志座谈会: who the meeting gathers is part of its name
    if _is_stop(tok.text) or not tok.text.strip() or (label is not Label.EVENT and tok.text in POLICY_STOP):
        return False
    if tok.pos.startswith("nr") and (label in (Label.POLICY, Label.EVENT) and not _word_tagged_as_a_name(tok)
                                     or label is Label.GOV and _personal_name(tok.text)):
        return False  # a person before a policy, event or body name is its author, chair or member
    if tok.pos == "nt" and label is Label.POLICY:
        return False  # a body before a policy name is its issuer (an event may carry its host's name)
    if tok.text.endswith("方") and lexicon.label_of(tok.text) is Label.PLACE:
        return False  # 埃方 (the Egyptian side) is who acts, not part of a name: 愿同埃方深化发展战略对接
    if tok.text in "“”":
        return True
    if label is Label.EVENT and RELATIVE_TIME.fullmatch(tok.text):
        return False  # 去年底(中央经济工作会议), 当天(阿盟峰会): when it was held, no part of its name (2024年…大会 is)
    if (tok.pos == "h" or tok.text == "反") and label in (Label.POLICY, Label.EVENT):
        return True  # 非(物质文化遗产法), 反(外国制裁法), 非(物质文化遗产保护年会): a prefix of the name's first word
    if tok.pos.startswith(("n", "v")) or tok.pos in NOUNISH:
        return any("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in tok.text) and tok.pos != "m"
    if label is Label.EVENT and TIME_WORD.fullmatch(tok.text):
        return True  # 2023年一季度…新闻发布会
    return tok.pos == "x" and tok.text.isascii() and tok.text.isalnum()


PROGRAMME_VERBS = frozenset("培育 引育 建设".split())  # a stop word before names, yet the last word of a programme's name
PROGRAMME_HEADS = ("行动", "计划", "工程")


def _fostering_programme(tokens: list[Token], j: int, i: int) -> bool:
    """培育 (建设) right before a programme's head (or its years: 培育三年行动计划), after a noun it fosters (builds:
    新能源汽车产业集群建设行动)."""
    at_head = j == i or j == i - 1 and PLAN_DURATION.fullmatch(tokens[j].text) is not None
    return at_head and j >= 2 and tokens[j - 1].text in PROGRAMME_VERBS and tokens[i].text.startswith(PROGRAMME_HEADS) \
        and tokens[j - 2].pos in ("n", "nz", "j", "vn", "nt") and not _is_stop(tokens[j - 2].text)


def _word_tagged_as_a_name(tok: Token) -> bool:
    """A dictionary word jieba tags nr that is no Chinese person's name, nor a place we know, nor
    a clause's verb or adjective run into the next word (采取相应, 隆重庆祝): a place or a thing a
    programme or meeting is named after (博鳌|亚洲论坛, 北斗|规模应用工程, 大藤峡|水利枢纽工程)."""
    from kg.ner import COMMON_WORD_FREQUENCY, looks_foreign, word_frequency  # kg.ner imports this module
    from kg.segment import whole_word_tag

    opening = tok.text[:2]
    return tok.pos == "nr" and len(tok.text) >= 2 and word_frequency(tok.text) > 0 and not _personal_name(tok.text) \
        and lexicon.label_of(tok.text) is not Label.PLACE \
        and not looks_foreign(tok.text) and tok.text[0] not in GLUED_PREPOSITIONS \
        and not (len(tok.text) > 2 and whole_word_tag(opening) in CLAUSE_OPENERS and word_frequency(opening) >= COMMON_WORD_FREQUENCY)


CLAUSE_OPENERS = ("v", "a", "r", "d")  # 采取(相应), 隆重(庆祝): a word of the clause opening jieba's one word
GLUED_PREPOSITIONS = "从在向对与和同将把被"  # 从博鳌: the clause's preposition, glued to a name


REGION_SHORT = frozenset("阿拉")  # 中阿 (the Arab states), 中拉 (Latin America): a pair naming a forum, not one country


def _country_pair(tokens: list[Token], k: int) -> bool:
    """tokens[k] is 中 and the next token a country's or a region's one-character short form (中 德,
    中 俄, 中 阿合作论坛)."""
    return tokens[k].text == "中" and k + 1 < len(tokens) and (tokens[k + 1].text in lexicon.load().country_short
                                                                or tokens[k + 1].text in REGION_SHORT)


DASHES = frozenset("—－-–")


def _a_place(tok: Token) -> bool:
    return tok.pos == "ns" or lexicon.label_of(tok.text) is Label.PLACE


def _glued_conjunction(word: str) -> bool:
    from kg.persons import glued_conjunction

    return glued_conjunction(word)


def _conjunction_opening(tokens: list[Token], j: int, label: Label) -> int:
    """1 where the list's 和 (与, 及) is glued to a firm's first word after the item before it
    (《华盛顿邮报》和益|普索集团: 益普索集团), a preposition to a body's level (由市|经济信息化委) or a
    count's measure word to the name (14|场央企), else 0."""
    from kg.ner import COMMON_WORD_FREQUENCY, word_frequency  # kg.ner imports this module

    word = tokens[j].text
    if label is Label.GOV and len(word) == 2 and word[0] in GLUED_PREPOSITIONS + "由经" and word[1] in LEVELS:
        return 1  # 由市|经济信息化委牵头: the clause's preposition glued to the level of the document's own body
    if len(word) > 1 and word[0] in COUNTED and j > 0 and _number(tokens[j - 1]):
        return 1  # 举办14|场央企|消费帮扶聚力行动: the count's measure word glued to the name's first word
    return int(label in SPECIFIC_ONLY and j > 0 and tokens[j - 1].pos == "x" and len(word) >= 2 and word[0] in "和与及"
               and word_frequency(word) < COMMON_WORD_FREQUENCY)


LEVELS = "省市县区"


def _personal_name(word: str) -> bool:
    """习近平, 程立峰: a Chinese personal name jieba tags so (it also tags 布隆迪, 阿根廷 nr)."""
    from kg.persons import valid_name

    lex = lexicon.load()
    return word not in lex.names and valid_name(word, lex.surnames)


def _opening_quote(tokens: list[Token], j: int) -> int:
    """Index of the “ that opens the quotation closed by tokens[j - 1], or -1."""
    for k in range(j - 2, max(j - 12, -1), -1):
        if tokens[k].text == "“":
            return k
        if tokens[k].text in "”。，；\n":
            return -1
    return -1


def _numbered_formula(tokens: list[Token], k: int) -> bool:
    """The quotation opening at tokens[k] is a numbered formula (“三品”, “两新”), not a plan's
    period (国家“十四五”规划, 工业和信息化领域“十四五”系列规划)."""
    return k + 1 < len(tokens) and tokens[k + 1].text[:1] in "一二两三四五六七八九十" \
        and not re.match(r"十[一二三四五六七八九]五", tokens[k + 1].text)


def _an_industry(word: str) -> bool:
    return lexicon.label_of(word) is Label.INDUSTRY


REDUPLICATED_COUNT = re.compile(r"[一]?([个项场批座条家所位名件])\1")  # 一项项超级工程, 一个个: many, not a name's start


def _stray(tok: Token) -> bool:
    if REDUPLICATED_COUNT.fullmatch(tok.text):
        return True
    if len(tok.text) == 1:
        return tok.pos not in ("ns", "nt", "j", "eng", "h") and tok.text not in "“反"  # 非(物质…), 反(外国…): a prefix is no stray
    return tok.pos.startswith("v") and tok.pos != "vn" and tok.text not in LEADING_VERBS_OK


FIELD_TAGS = frozenset("n vn v j an".split())
FIELD_JOINS = ("和", "与", "及")
MAX_FIELD_WORDS = 3
ALL_HEADS = tuple(head for heads in HEADS.values() for head in heads if len(head) >= 2)


def _fields_of(tokens: list[Token], k: int, i: int) -> int:
    """Index of the place or body that opens `fields 和 field… head` (石家庄市 住房 保障 和 房产 管理局,
    西南财经大学 信托 与 理财 研究所), or -1: a body named for two fields (国土资源和房屋管理局), not two bodies
    (金砖国家议会论坛和中俄议会合作委员会, 陕西省人民政府和四川宜宾学院) nor a post and a body
    (副总理兼能源及水务转型部)."""
    second = tokens[k + 1:i]
    if not second or any(tok.pos in ("ns", "nt") or tok.pos.startswith("nr") for tok in second):
        return -1  # 全国人大常委会工作和常委会: no field of its own; …与韩国延世大学: a body of its own
    roles = lexicon.load().roles
    for p in range(k - 1, max(k - 2 - MAX_FIELD_WORDS, -1), -1):
        tok = tokens[p]
        if tok.pos in ("ns", "nt") and p < k - 1:
            return p
        if tok.pos not in FIELD_TAGS or len(tok.text) < 2 or _is_stop(tok.text) or tok.text in roles \
                or tok.text.endswith(ALL_HEADS + LOCAL_BRANCHES + ("分公司",)) or "兼" in tok.text:
            return -1  # 北京大学经济学院和管理学院: two bodies; 伊朗愿与…: the clause's verb
    return -1


def _coordinated(words: str) -> bool:
    return words in lexicon.name_prefixes()


FIELD_POS = ("n", "vn", "an", "a", "v")  # what a meeting is on: 卫生(an) 与 健康(a), 减贫(v) 与 发展(vn)
APPOSITIVE_KINDS = ("巨头", "龙头企业", "龙头", "机构", "运营商", "零售商", "制造商", "供应商", "开发商", "服务商", "生产商",
                    "经销商", "承包商", "品牌", "企业", "央企", "国企", "民企", "外企", "投资银行", "商业银行", "老店",
                    "承办方", "主办方", "协办方", "发行方", "出品方", "投资方", "合作方", "运营方", "承建方", "赞助方", "业主")
# 德国化工巨头巴斯夫集团, 投资银行雷曼兄弟公司: the kind, then the company's name; 承办方富龙集团: its part in an event;
# 项目业主中国三峡集团: its part in a project
NAMED_ACTORS = ("nt", "j", "nr", "nrt", "nrfg")  # an organisation, its short form, a person: who acts in a clause


def _clause_boundary(tokens: list[Token], k: int, i: int, label: Label) -> bool:
    """tokens[k] cannot open the modifier of the company or organisation name whose head is at i:
    a time word (上周交通银行), anything but a place before a company jieba knows whole (本报讯招商银行),
    a verb or an adverb before an organisation it knows whole (参观甘拉雅尼音乐学院),
    or a verb after a named actor (中国银行 收购 信托公司: the verb is the clause's, not the name's).
    Government bodies are left out: their names hold verbs after a body (国务院促进…领导小组)."""
    if label not in SPECIFIC_ONLY:
        return False
    tok = tokens[k]
    whole = tokens[i].pos == "nt" and tokens[i].text not in HEAD_RANK[label]  # 招商银行, not a bare 银行
    if tok.pos == "t" or (whole and label is Label.COMPANY and tok.pos != "ns"):
        return True
    if whole and tok.pos.startswith(("v", "a", "d", "nr")):
        return True  # 参观 甘拉雅尼音乐学院, 成功连任 国际电信联盟, 樊富珉任 北京大学 (but 海军 军医大学)
    if tok.pos in ("l", "i") or (label is Label.COMPANY and tok.pos == "v" and tokens[k + 1].pos in PROPER):
        return True  # 尽快恢复 俄罗斯卢克石油公司, 总书记来到 巴斯夫杉杉电池材料有限公司: the clause's words
    if label is Label.COMPANY and tok.pos == "v" and k == i - 1 and k > 0 and tokens[k - 1].pos.startswith("nr") \
            and not _personal_name(tokens[k - 1].text):
        return False  # 上海天衡 拍卖 公司: a line of business between a brand and 公司 (not 王健林 投资 公司)
    return tok.pos == "v" and k > 0 and tokens[k - 1].pos in NAMED_ACTORS or \
        label is Label.COMPANY and tok.pos == "vn" and k > 0 and tokens[k - 1].pos == "nt"  # 招商银行 投资 永隆银行


def _bracketed_place(tokens: list[Token], j: int) -> bool:
    """tokens[j-3:j] are （ place ）."""
    return j >= 4 and tokens[j - 1].text in ("）", ")") and tokens[j - 3].text in ("（", "(") and tokens[j - 2].pos == "ns"


def _bracketed_abbreviation(tokens: list[Token], j: int) -> bool:
    """tokens[j-3:j] are （ ABBR ）, the short form of the words before it: 移动应用程序（APP）."""
    abbreviation = tokens[j - 2].text if j >= 4 else ""
    return bool(abbreviation) and tokens[j - 1].text in ("）", ")") and tokens[j - 3].text in ("（", "(") \
        and abbreviation.isascii() and abbreviation.isalnum() and abbreviation.isupper()


ABBREVIATED = re.compile(r"[^（(]+[（(]([A-Za-z0-9]+)[）)](.+)")


def _named_by_abbreviation(name: str) -> str:
    """移动应用程序（APP）侵害用户权益专项整治行动 is named with the short form: APP侵害用户权益专项整治行动."""
    match = ABBREVIATED.fullmatch(name)
    return match.group(1) + match.group(2) if match else name


INTO_LISTS = frozenset("进入 纳入 列入 写入 调入 调出 移出 录入".split())


def _wholly_quoted(tokens: list[Token], h: int, i: int, label: Label) -> int:
    """Index of the first word of a programme's or meeting's name quoted whole, words of any kind
    (“百日千万招聘专项行动”: its numerals too; “清朗·网络娱乐…专项行动”: its campaign's brand), else -1."""
    if label not in (Label.POLICY, Label.EVENT) or i + 1 >= len(tokens) or tokens[i + 1].text != "”":
        return -1
    opening = _opening_quote(tokens, i + 2)
    inside = tokens[opening + 1:h]
    if opening < 0 or sum(len(t.text) for t in inside) < 4 or any(t.pos == "x" and t.text != "·" for t in inside):
        return -1
    return -1 if _a_clause_quoted(inside) else opening + 1


def _a_clause_quoted(inside: list[Token]) -> bool:
    """What a quotation holds is a clause, no name: it opens with a frequent verb or adjective, or a
    word jieba runs them into (“实施健康中国战略”, “广泛开展|全民健身活动”; not “推动…行动”, “清剿…
    专项行动”), an adverb, a pronoun or a count (“2个问题清单”, “10大…工程”), or holds 的, 了, 所谓
    or a conjunction other than 和 (“有针对性的行动”, “野蛮且违反国际法”)."""
    from kg.ner import word_frequency  # kg.ner and kg.segment import this module
    from kg.persons import CLAUSE_WORD
    from kg.segment import whole_word_tag

    first = inside[0]
    word, tag = (first.text, first.pos) if len(first.text) <= 2 else (first.text[:2], whole_word_tag(first.text[:2]))
    return tag in ("d", "ad", "c", "p", "r") or tag in ("v", "a", "b") and word not in LEADING_VERBS_OK \
        and word_frequency(word) >= CLAUSE_WORD \
        or first.pos == "m" and len(inside) > 1 and inside[1].text in COUNTED_AFTER_A_NUMBER \
        or any(t.pos in ("uj", "ul") or t.text in CLAUSE_JOINS or t.pos == "c" and t.text not in FIELD_JOINS for t in inside)


COUNTED_AFTER_A_NUMBER = ("个", "大", "项", "类", "批", "条")
CLAUSE_JOINS = ("所谓", "且", "而且", "并且", "或者")  # 野蛮|且|违反国际法: jieba may tag 且 zg


PLACES_LISTED = re.compile(r"等(?:国|地|省|市|城市|地区|国家)$")  # the places of a list before (德等国 may be one word)


def _left_edge(tokens: list[Token], i: int, label: Label) -> int:
    """Index of the leftmost token of the modifier of the head at `i`."""
    j, bracketed = i, 0  # tokens in brackets do not count towards MAX_TOKENS
    while j > 0 and i - j - bracketed < MAX_TOKENS and tokens[i].end - tokens[j - 1].start <= MAX_CHARS:
        if tokens[j - 1].text == "”" and _opening_quote(tokens, j) >= 0:
            if label is Label.COMPANY and any(t.text == "的" for t in tokens[_opening_quote(tokens, j):j]):
                break  # “共和国钢铁工业的长子”鞍钢集团: what the company is called, before its name
            j = _opening_quote(tokens, j)
            if _numbered_formula(tokens, j) and not (j and _an_industry(tokens[j - 1].text)):
                break  # 增品种、提品质、创品牌“三品”战略: a numbered formula takes a sector before it (消费品“三品”战略), no other word
        elif label is Label.COMPANY and _bracketed_place(tokens, j):
            j, bracketed = j - 3, bracketed + 3  # 百度在线网络技术（北京）有限公司: the seat in brackets is part of the name
        elif label in (Label.POLICY, Label.EVENT) and _bracketed_abbreviation(tokens, j):
            j, bracketed = j - 3, bracketed + 3
        elif label is Label.EVENT and tokens[j - 1].text == "同志" and j >= 2 and tokens[j - 2].pos.startswith("nr"):
            j -= 2  # 江泽民同志追悼大会: a memorial is named after the person
        elif tokens[j - 1].text == "建设" and j >= 3 and tokens[j - 2].pos in ("ns", "nz", "j") \
                and tokens[j - 3].pos in ("n", "nz", "an", "a") and tokens[j - 3].text not in STOP:
            j -= 1  # 数字中国建设峰会 (a named goal being built), but not 在北京建设峰会场馆
        elif _clause_boundary(tokens, j - 1, i, label) or label is Label.POLICY and tokens[j - 1].text in INTO_LISTS:
            break  # 通过谈判进入 国家医保药品目录: what enters a list is no part of its name
        elif label in SPECIFIC_ONLY and (tokens[j - 1].text == "等" or PLACES_LISTED.search(tokens[j - 1].text)):
            j = i if tokens[j - 1].text == "等" and PLACES_LISTED.fullmatch("等" + tokens[j].text) else j
            break  # 法、德等国|航空公司: the places listed before, no part of a name
        elif _glued_conjunction(tokens[j - 1].text):
            break  # 梁言|顺和|自治区政府: a name's last character and 和, then the body
        elif tokens[j - 1].text == "兼" or label is Label.EVENT and j < i and tokens[j - 1].text in lexicon.load().roles \
                and tokens[j].pos.startswith(("nr", "ns")) or label is Label.COMPANY and j < i and tokens[j - 1].text in lexicon.load().roles:
            break  # 副总理兼|总统办公厅: the posts a person holds; 前国防部长|绍伊古为俄联邦安全会议: a post, then its
            # holder (but 全国组织部长会议, 阿盟外长理事会会议 are one name); 嘉宾主持人|新浪乐居北京公司: a post
            # before a company's name is whose it is, no part of it
        elif label in SPECIFIC_ONLY and tokens[j - 1].text.endswith(APPOSITIVE_KINDS) and j < i:
            break  # 零售巨头 沃尔玛公司, 评级机构 穆迪公司: what the company is, said before its name
        elif label is Label.COMPANY and len(tokens[j - 1].text) > 2 and lexicon.label_of(tokens[j - 1].text) is Label.GOV:
            break  # 国务院|湖南长沙浏阳市华盛烟花制造燃放有限公司“5·4”…事故调查组: the body's, no part of the firm's name
            # (中央|储备粮哈尔滨直属库有限公司 is the Centre's firm by name)
        elif label is Label.GOV and j < i and tokens[j].text in lexicon.foreign_country_names() and tokens[j - 1].text not in ("驻", *DASHES) \
                and lexicon.label_of(tokens[j - 1].text) is not Label.PLACE:
            break  # …采取行动|黎巴嫩看守政府: a country opens the name of its body (中国驻南非大使馆 goes on)
        elif label is Label.EVENT and tokens[j - 1].pos == "r":
            break  # 中国体育代表团|本届|冬奥会: who takes part, then which edition
        elif label is Label.POLICY and tokens[j - 1].text in LOCATIVES:
            break  # 本行政区域 内|工会法: where it applies, no part of its name
        elif label is Label.POLICY and tokens[j - 1].text == "不" and j >= 2 and tokens[j - 2].text == "反":
            j -= 2  # 反不正当竞争法
        elif label is Label.POLICY and tokens[i].text == "法" and j == i and tokens[j - 1].pos == "nt" \
                and tokens[j - 1].text not in lexicon.load().names and not _endings(tokens[j - 1].text, Label.GOV):
            j -= 1  # 民用航空|法: jieba's nt word, no body, opens the law's name
        elif label is Label.ORG and tokens[j].pos == "ns" and tokens[j - 1].pos.startswith("nr") and _personal_name(tokens[j - 1].text):
            break  # 张元端|中国房地产及住宅研究会: a person, then the body whose name opens with a place
        elif _can_extend(tokens[j - 1], label):
            j -= 1
        elif label is Label.POLICY and j >= 2 and tokens[j - 2].text + tokens[j - 1].text in FIRST_OF_ITS_KIND:
            j -= 2  # 新材料 首批 次 应用保险补偿机制试点: the first batch a programme insures is part of its name
        elif label is Label.POLICY and tokens[j - 1].text in POLICY_STOP and tokens[j].text == "体系":
            j -= 1  # 煤矿智能化 标准体系 建设指南: a system of standards is one noun, no second policy
        elif label is Label.POLICY and j == i and PLAN_DURATION.fullmatch(tokens[j - 1].text) and tokens[i].text.startswith(("行动", "规划", "计划")):
            j -= 1  # 制造业数字化转型 三年 行动计划: how long the plan runs is part of its name
        elif label is Label.POLICY and _fostering_programme(tokens, j, i):
            j -= 1  # 先进制造业集群 培育 行动, 专精特新中小企业 培育 三年行动计划: what the programme fosters, then how
        elif j >= 1 and tokens[j - 1].pos == "m" and tokens[j - 1].text + tokens[j].text in lexicon.load().names:
            j -= 1  # 二 十国集团 (jieba's G10): a number that opens a known name (二十国集团领导人峰会)
        elif _country_pair(tokens, j - 1):
            j -= 1  # 中德汽车大会, 中俄投资合作委员会: a pair of countries opens the name
        elif j >= 2 and tokens[j - 1].text in DASHES and len(tokens[j - 2].text) >= 2 and _a_place(tokens[j - 2]) and _a_place(tokens[j]):
            j -= 2  # 中国－巴西高层协调与合作委员会, 中国—中亚峰会: two places joined by a dash
        elif tokens[j - 1].text == "新" and tokens[j].text in NEW_ERA:
            j -= 1  # 新时代人才强国战略: 新 opens the name
        elif tokens[j - 1].text in ("和", "与") and j >= 2 and _coordinated(tokens[j - 2].text + tokens[j - 1].text + tokens[j].text):
            j -= 2  # 工业和信息化领域: a coordination the lexicon knows as one name's stem
        elif label in (Label.GOV, Label.ORG) and tokens[j - 1].text in FIELD_JOINS and (opening := _fields_of(tokens, j - 1, i)) >= 0:
            j = opening  # 石家庄市住房保障和房产管理局: a city's office for two fields
        elif label is Label.EVENT and tokens[j - 1].text == "与" and j >= 2 and j < i and tokens[j].pos in FIELD_POS \
                and tokens[j - 2].pos in FIELD_POS and not _is_stop(tokens[j - 2].text):
            j -= 2  # 全国卫生与健康大会, 减贫与发展会议: two fields a meeting is on
        elif label is Label.POLICY and tokens[j - 1].text in ("和", "与") and j >= 2 and i - j >= 2 and tokens[j].pos in ("n", "vn") \
                and tokens[j - 2].pos in ("n", "vn") and not _is_stop(tokens[j - 2].text) and not tokens[i].text.endswith("法") \
                and not tokens[j - 2].text.endswith(ALL_HEADS) and tokens[j - 2].text not in GENERIC_LEFT:
            j -= 2  # 国民经济和社会发展计划, 工业互联网和人工智能融合赋能行动: two fields a plan is for (not 根本利益和价值标准,
            # nor two plans: 科教兴国战略和人才强国战略, nor where each applies: 全国和自贸试验区…负面清单)
        elif label is Label.POLICY and tokens[j - 1].text in ("和", "与") and j == i - 1 and j >= 3 and tokens[j].pos == "v" \
                and tokens[j - 2].pos == "v" and tokens[j - 3].pos == "n" and not _is_stop(tokens[j - 2].text) \
                and not _is_stop(tokens[j].text):
            j -= 3  # 未来产业 孵化 与 加速 计划: two acts on a field a programme is named for
        else:
            break
    while j < i and _stray(tokens[j]) and not (tokens[j].text == "新" and tokens[j + 1].text in NEW_ERA) \
            and not _country_pair(tokens, j):
        j += 1  # a name opens with neither a stray character (项, 好) nor an action verb (培育)
    while label is Label.COMPANY and j < i and tokens[j].text in BARE_COMPANY_HEADS:
        j += 1  # 一重|集团|大连核电石化有限公司: a group's subsidiary, named after its place
    while j + 1 < i and tokens[j].text in VISITS and tokens[j + 1].pos == "m":
        j += 1  # 参观调研|2024世界机器人博览会 (not 畅通国内大循环调研协商座谈会: there 调研 is the meeting's kind)
    while j < i and (tokens[j].text in "”" or (tokens[j].pos.startswith("v") and tokens[j].pos != "vn"
                                                 and (tokens[j].text not in LEADING_VERBS_OK or label is Label.EVENT))):
        j += 1  # a name does not open with a verb or a closing quote (a programme may: 促进…行动; a meeting not)
    if label is Label.POLICY:
        j = _count_after_a_list(tokens, j, i)
    for k in range(i - 1, j, -1):
        if tokens[k].text == "“" and tokens[k - 1].text == "”":
            j = k  # “形象工程”“政绩工程”: two quoted names side by side, the head belongs to the last
            break
    quotes = [t.text for t in tokens[j:i + 1] if t.text in "“”"]
    if quotes.count("“") != quotes.count("”"):
        while j < i and tokens[j].text != "“":
            j += 1
        if quotes.count("“") < quotes.count("”"):
            j = i  # an unopened quote: give up the modifier
    return j


BOARD_POSTS = frozenset("董事长 副董事长 总经理 副总经理 总裁 副总裁 首席执行官 董事会".split())
KINDS_OF_FIRMS = ("企业", "央企", "国企", "民企", "外企", "成员", "下属", "上市", "国有", "民营", "外资", "合资", "私营")
HOLDING_VERBS = ("主持", "出席", "召开", "参加", "举行", "列席", "参与", "筹备")  # before a head word inside one token


LISTED_COUNT = re.compile(r"[一二三四五六七八九十两\d]+(?:大|项|个|类|批)")


def _count_after_a_list(tokens: list[Token], j: int, i: int) -> int:
    """数字化转型、智能化改造、绿色化提升三大行动: the count of a list's items opens the programme's name; the
    last item is no part of it (a formula whose items are quoted keeps them: “育、引、用、留”四大工程)."""
    listed, quoted = j > 0 and tokens[j - 1].text == "、", False
    for k in range(j, i):
        if tokens[k].text in "“”":
            quoted = tokens[k].text == "“"  # “育、引、用、留”四大工程: a formula's items, quoted, are its name
        elif tokens[k].text == "、" and not quoted:
            listed = True
        elif listed and k > j and LISTED_COUNT.fullmatch(tokens[k].text):
            return k
    return j


def _plausible(tokens: list[Token], j: int, i: int, head: str, label: Label) -> bool:
    modifier = "".join(t.text for t in tokens[j:i]) + tokens[i].text[: -len(head)]
    words = [t.text for t in tokens[j:i]]
    if len(strip_quotes(modifier)) < 2 or all(w in GENERIC_LEFT or w in "“”" for w in words if w):
        return False
    if tokens[j].pos in ("c", "u", "p", "d", "r", "m", "q", "f", "uj", "ul") and not TIME_WORD.fullmatch(tokens[j].text) \
            and not _country_pair(tokens, j) and tokens[j].text + tokens[j + 1].text not in FIRST_OF_ITS_KIND:
        return False
    introduced = j > 0 and tokens[j - 1].text.endswith(APPOSITIVE_KINDS) \
        or label is Label.COMPANY and i + 1 < len(tokens) and tokens[i + 1].text in BOARD_POSTS \
        and i > j and not tokens[i - 1].text.endswith(KINDS_OF_FIRMS) and not _an_industry(modifier)  # 民调机构 舆观调查公司:
    # named as such; 绿城集团董事长: a firm whose chairman is named, whatever words its name is made of (not 民营企业
    # 集团董事长, 成员公司总经理, nor 石油公司总裁: a kind of firm)
    legal_name = head.endswith(LEGAL_FORMS) and len(modifier) >= 4 and (j == 0 or tokens[j - 1].pos in ("x", "p", "c")) \
        and tokens[j].pos not in ("v", "d")  # 交银国际控股有限公司 (not 多家科技有限公司, nor 安踏|体育用品…: the brand cut off)
    coined = len(tokens[j].text) > 1 and tokens[j].pos != "m" and _unknown_word(tokens[j].text) and tokens[j].text[0] not in "各多几数全该本" \
        and not any(t.pos in ("p", "v", "d", "c", "u", "uj", "r") for t in tokens[j:i])  # 澳际|教育咨询公司: a brand opens it
    if label in SPECIFIC_ONLY and not introduced and not legal_name and not coined and not any(t.pos in PROPER for t in tokens[j:i + 1]):
        return False  # a company's legal name is its own, whatever words its brand is; a brand jieba does not know names one
    if label is Label.COMPANY and _whose_companies(strip_quotes(modifier), head):
        return False  # 一家乌克兰公司, 外国银行, 三大公司: companies of a country, or the big few, not one
    if label is Label.EVENT and not YEAR_EDITION.sub("", strip_quotes(modifier)):
        return False  # 论坛（连云港）2025年大会: a year alone names no meeting (the forum's edition)
    if label in (Label.POLICY, Label.EVENT) and i - j == 1 and tokens[j].pos in ("a", "ad", "an", "b", "d", "v", "vn", "z") \
            and not _process_strategy(tokens[j].text, head):
        return False  # 伟大工程, 双重标准, 抗议活动, 严肃会议: an adjective or verb alone names no programme or meeting
    if label is Label.POLICY and i - j == 1 and tokens[j].pos == "nr":
        return False  # 采取相应|行动, 安保|规定: jieba tags many a common word nr; alone it names no programme
    if head == "活动" and len(strip_quotes(modifier)) < 4:
        return False  # 专题活动, 服务活动: too generic to be a named campaign
    if label is Label.POLICY and _kind_of_programme(modifier, head):
        return False  # 水利工程, 质量标准, 项目清单, 有力行动, 双重标准: a kind of project or act, not a named one
    if label is Label.GOV and len(modifier) < 3 and not any(t.pos in ("ns", "nt") for t in tokens[j:i]):
        return False
    # 国际标准, 区域战略: a generic word right before a one-word head names a kind, not a thing
    generic = GENERIC_LEFT | {"国家", "国际", "行业", "技术"}
    if label is Label.POLICY and (tokens[i].text[: -len(head)] in QUALITIES or (
            i > j and tokens[i - 1].text in SEEKS)):
        return False  # 对接高标准(国际经贸规则): a quality; 为…想办法: an act on ways, no named measure
    return not (len(head) <= 2 and ((words and words[-1] in generic) or tokens[i].text[: -len(head)] in generic))


def _process_strategy(word: str, head: str) -> bool:
    """标准化战略, 城镇化战略: a strategy named by the process it drives (jieba tags 标准化 vn)."""
    return head == "战略" and len(word) >= 3 and word.endswith("化")


FOREIGN_OR_MANY = re.compile(r"外国|外资|国外|海外|本国|[一二三四五六七八九十两几数]+大")
BARE_COMPANY_HEADS = ("公司", "企业", "集团")


def _whose_companies(modifier: str, head: str) -> bool:
    """外国银行, 三大公司, 一家乌克兰公司, 央企集团: the modifier says whose, how many or what kind of
    companies, naming none (美国银行, a country's name before 银行, is a bank's name)."""
    return bool(FOREIGN_OR_MANY.fullmatch(modifier)) or head in BARE_COMPANY_HEADS and (
        modifier == "中国" or modifier in lexicon.foreign_country_names() or modifier.endswith(KINDS_OF_FIRMS))


LEGAL_FORMS = ("有限公司", "有限责任公司")  # 股份有限公司, 集团有限公司 too
SEEKS = frozenset("想 找 出 拿 有 没".split())  # (想)办法, (出)方案: one seeks ways, no measure is named
QUALITIES = frozenset("高 新 老 好 严".split())  # 高标准, 新办法: jieba's one word for a kind of rule, said of its quality


COMMON_MODIFIER_TAGS = frozenset("n vn v a ad an d b z".split())
INSTRUMENTS = frozenset("负面清单 权力清单 责任清单".split())  # the three lists of administrative reform: instruments by name


def _kind_of_programme(modifier: str, head: str) -> bool:
    """水利工程, 质量标准, 项目清单, 有力行动, 双重标准: a common two-character word before a two-character
    head names a kind of project, rule or act, not one (负面清单 is one, 农业法 a law)."""
    return len(modifier) == 2 and len(head) == 2 and _common_modifier(modifier) and modifier + head not in INSTRUMENTS


def _common_modifier(word: str) -> bool:
    """A two-character word the dictionary tags as a common noun, verb, adjective or adverb (not a place,
    a proper noun or an abbreviation: 三北工程, 天网行动, 医保目录 stay)."""
    from kg.segment import whole_word_tag

    return all("\u4e00" <= ch <= "\u9fff" for ch in word) and whole_word_tag(word) in COMMON_MODIFIER_TAGS


def _common_word(word: str) -> bool:
    """商业 (银行), 保险 (公司): a word common enough to name a kind of company, not one."""
    from kg.ner import common_word

    return common_word(word)


def _opens_with_a_place(word: str) -> bool:
    """美国微软 (公司): a place, then more of a name."""
    return any(lexicon.label_of(word[:size]) is Label.PLACE for size in range(2, len(word) - 1))


def _proper_word(word: str) -> bool:
    """清华, 北京 (大学): a frequent word that is still a name, which makes the whole a name too."""
    from kg.segment import whole_word_tag

    return whole_word_tag(word) in PROPER


# After 战略 (and 规划, 标准), words that make it a modifier: 元首战略引领, 战略互惠关系, 国防战略预制.
HEAD_AS_MODIFIER = frozenset("支撑 沟通 互惠 互信 对接 预制 主动 协作 合作 伙伴 定力 眼光 高度 意义 机遇 部署 安排 "
                             "谋划 考量 保障".split())
GUIDED_BY = frozenset("引领 指引".split())  # 元首战略引领: a leader's guidance; 在网络强国战略指引下: the strategy's
LEADERS = ("元首", "领导人", "总统", "主席", "总书记", "国王", "陛下", "总理", "首相", "双方", "两国")
PLANNED = ("计划", "规划")  # nouns and verbs alike: 内蒙古计划开工…, 全会规划了…, 西部地区规划建设…
PLANNED_VERB_NEXT = ("v", "p", "m", "ul")
PLAN_AS_SUBJECT = frozenset("建议 纲要 实施 编制 出台 印发 发布 落地 启动 推进 提出 通过".split())  # 十五五规划建议: still the plan
STIPULATING = ("协议", "协定", "条约", "公约", "党章", "章程", "宪法", "合同", "决议", "法")  # 停火协议规定: what it stipulates
COUNTED = "个余多场项次周届批家种类名位"  # after a number: 10个托位标准, 100余场促消费活动 count a kind
COUNTED_KINDS = ("活动", "标准", "工程")  # designations are counted by name (5个国家数字经济创新发展试验区)
# What a state's forces, police or protesters do (伊朗大规模军事行动, 抗议示威活动): an act, not a programme.
ACTS_OF_FORCE = frozenset("军事 打击 报复 袭击 突袭 空袭 轰炸 抓捕 挑衅 冒险 敌对 地面 吞并 进攻 侵略 清剿 围剿 作战 假旗 "
                          "武装 镇压 示威 游行 集会 恐怖".split())
# Before 活动, words that name a kind of activity (生产经营活动, 科普活动), not a campaign (汽车下乡活动,
# 义务植树活动, 消费品以旧换新活动, quoted names).
ACTIVITY_KINDS = tuple("生产 经营 违法 犯罪 火山 出舱 太空 外事 交流 经贸 科普 科技 民俗 游园 庆祝 纪念 宣传 宣讲 实践 采访 "
                       "体验 文化 联欢 招待 巡游 展演 推介 采购 商务 体育 娱乐 学术 宗教 演出 参观 调研 浓缩 间谍 主题 "
                       "公益 慈善 志愿 展示 普及 处理 处置 监管 管理 研发 创新 经济 金融 投资 贸易 商业 市场 社会 教学 科研 "
                       "执法 监督 检查 审计 交易 运营 开发 施工 作业 捕捞 开采 勘查 勘探 测绘 种植 养殖 诈骗 走私 赌博 传销 "
                       "破坏 分裂 恐怖 暴恐 颠覆 渗透 冷空气 降水 对流 飞行 航行 训练 招聘 展映 对接 特色 亮点 互动 访问 考察".split())
KINDS_BEFORE = frozenset("各类 各种 各项 多种 多类 诸多 此类 这类".split())  # 各类低空飞行活动: kinds, not one campaign
BODIES_COUNT = r"[一二两三四五六七八九十\d]+个?"  # 四(部门), 八个(部委): how many bodies a list names
BODY_GROUPS = r"(?:部门|部委|单位)"
COUNT_OF_ITEMS = re.compile(r"[一二三四五六七八九十两\d]+(?:大|项|个|类|批|方面)?(?:重点|重大|专项)?")
TERM_OF_A_PLAN = re.compile(r"(?:中长期|长期|短期|近期|远期|中期)(?:发展)?")
PLAN_WHEN = ("t", "r")  # 江苏计划今年…, 航空公司计划每周…: a time or a quantifier after 计划 makes it the verb
ABOUT = ("约", "逾", "超")  # 火箭规划约15次发射: an approximate count after 规划


def _misread_policy(tokens: list[Token], j: int, i: int, head: str) -> bool:
    """The head word is not a policy's name here: it modifies what follows (两国元首战略引领下), it
    is the verb 'plan' (内蒙古计划开工建设, 江苏计划今年…; a quoted name is a plan's), the act is one of
    force or a kind of activity (伊朗军事行动, 生产经营活动), a time word or a …性 word names a kind
    (年度计划, 标志性工程), it is what a treaty or charter stipulates (根据停火协议规定), or a number
    before the name counts a kind (100余场促消费活动, 38个老旧小区改造工程)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    modifier = "".join(t.text for t in tokens[j:i]) + tokens[i].text[: -len(head)]
    quoted = any(t.text in "“”" for t in tokens[j:i])
    if nxt is not None and (nxt.text in HEAD_AS_MODIFIER or nxt.text in GUIDED_BY and modifier.endswith(LEADERS)):
        return True
    verb_next = nxt is not None and (nxt.pos in PLANNED_VERB_NEXT or nxt.text == "建设") and nxt.text not in PLAN_AS_SUBJECT
    if head in PLANNED and not quoted and (verb_next or _plan_as_verb(tokens, j, i)):
        return True
    last = tokens[i].text[: -len(head)] or tokens[i - 1].text  # 军事行动 may be one token
    if head in ("行动", "活动") and (last in ACTS_OF_FORCE or i - j == 1 and (_foreign_place(tokens[j]) or army_of(tokens[j].text))) \
            or head == "计划" and last in ACTS_OF_FORCE:
        return True  # 伊朗军事行动, 抗议示威活动, 约旦河西岸行动, 美军行动, 大规模进攻计划: what forces or crowds do
    if head == "活动" and not quoted and (last.endswith(ACTIVITY_KINDS) or j and tokens[j - 1].text in KINDS_BEFORE):
        return True  # 生产经营活动, 违法犯罪活动, 科普活动, 出舱活动, 各类…活动: a kind of activity, not a campaign
    kind = tokens[j].pos == "t" and head not in ("行动", "活动") or len(tokens[j].text) >= 3 and tokens[j].text.endswith("性")
    if i - j == 1 and not quoted and kind or not quoted and TERM_OF_A_PLAN.fullmatch(modifier):
        return True  # 年度计划, 未来规划, 中长期发展规划; 标志性工程, 历史性战略: a kind of plan or project, not one (but 冬季行动)
    if head == "规定" and modifier.endswith(STIPULATING):
        return True
    if not quoted and COUNT_OF_ITEMS.fullmatch(modifier):
        return True  # 实施…、…四大行动, 三项工程: the count of the ones just listed, no name
    return head in COUNTED_KINDS and not quoted and _counted(tokens, j, measured=head == "工程")


def _plan_as_verb(tokens: list[Token], j: int, i: int) -> bool:
    """计划/规划 is the verb 'plan' after its subject: a time or a quantifier follows (江苏计划今年再支持,
    航空公司计划每周安排), an approximate count (火箭规划约15次发射), or a place alone plans what
    follows (达州计划实施城市更新项目)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if nxt is None:
        return False
    if nxt.pos in PLAN_WHEN or nxt.text in ABOUT and after is not None and after.pos == "m":
        return True
    return tokens[i].text == "计划" and i - j == 1 and tokens[j].pos == "ns" and nxt.pos.startswith("v")


def _foreign_place(tok: Token) -> bool:
    """A foreign country or a place named after one (伊朗, 约旦河西岸): its 行动 is what happens there."""
    return tok.pos == "ns" and tok.text.startswith(lexicon.load().foreign_countries)


ARMY_SHORT = {"以": "以色列", "乌": "乌克兰", "叙": "叙利亚"}  # short forms used of an army, not paired with 中 (其中以…)


def army_of(word: str) -> str | None:
    """The country whose armed forces a word like 以军, 俄军, 美军 names (not 欧军, 非军: no country's)."""
    if len(word) != 2 or word[1] != "军":
        return None
    country = lexicon.load().country_short.get(word[0]) or ARMY_SHORT.get(word[0])
    return country if country in lexicon.foreign_country_names() else None


def _counted(tokens: list[Token], j: int, measured: bool = False) -> bool:
    """A number (and a measure word: 100 余场) comes right before the name that opens at tokens[j],
    and no 第 before it (第 138 届中国进出口商品交易会 is an ordinal). `measured`: only with a measure
    word (38个老旧小区改造工程; a bare number is part of a project's name: 西气东输四线…工程)."""
    if j > 0 and _number(tokens[j - 1]) and (not measured or tokens[j - 1].text[-1] in COUNTED):
        k = j - 1
    elif j > 1 and tokens[j - 1].text[0] in COUNTED and _number(tokens[j - 2]):
        k = j - 2
    else:
        return False
    return not (k > 0 and tokens[k - 1].text == "第")


def _number(tok: Token) -> bool:
    """A count (3300, 数百项), not a date (2025年), an ordinal (第一项, 首届) or a serial number (神舟二十一号)."""
    return (tok.pos in ("m", "mq") or tok.text.isdigit()) and not tok.text.startswith(("第", "首")) \
        and not tok.text.endswith(("年", "月", "日", "号", "届", "期", "次", "版", "代"))


VISITS = frozenset("调研 考察 视察 参观".split())
LOCATIVES = frozenset("内 以内 境内 区内".split())
DRAFTS = frozenset("草案 修订草案 修正草案 修正案".split())


def _continues(tokens: list[Token], i: int) -> bool:
    """The head is followed by a noun of the same compound (标准 体系): not the end of a name."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.text in DRAFTS:
        return False  # 社会救助法 草案: the draft of the law just named
    if nxt is not None and (nxt.text in HEADS[Label.POLICY] or nxt.text in HEADS[Label.ORG]):
        return True  # 专项 行动: the name goes on to a longer head; 协同创新战略 联盟: an organisation's
    return nxt is not None and nxt.pos in ("n", "vn", "nz") and len(nxt.text) >= 2 and nxt.text not in STOP | POLICY_STOP \
        and nxt.text != WORK_ON_IT


WORK_ON_IT = "工作"  # 开展…补偿机制试点|工作: the work on the programme, no part of its name (kg.segment splits it off)


def _acts_on_the_body(tokens: list[Token], h: int, i: int, head: str) -> bool:
    """A verb right before a body's head word that a list or 间 follows takes it as its object:
    整合政府、协会、机构…, 凝聚政府、市场…, 签署政府间协定. (Not 格陵兰岛自治政府总理, 俄罗斯联邦侦查委员会:
    there the verb names what the body does.)"""
    before, nxt = tokens[h - 1], tokens[i + 1] if i + 1 < len(tokens) else None
    return before.pos == "v" and before.text not in LEADING_VERBS_OK and tokens[h].text == head \
        and nxt is not None and nxt.text in ("、", "间", "和", "与")


def _jieba_body(word: str, head: str) -> bool:
    """One jieba word for a body the lexicon lacks (深圳市人大常委会, 合肥市公安局, 英国政府), not a
    region (中西部), a common word (新格局), a hall (音乐厅) or a local department without its place."""
    from kg.ner import COMPASS_PART, NOT_BODY_WORDS

    if word in lexicon.load().local_departments:
        return False  # 交通局 alone: a kind of local body, named only after its place (kg/local.py)
    if head == "厅":
        return word.endswith(_hall_departments())
    return not word.endswith(tuple(NOT_BODY_WORDS)) and not COMPASS_PART.search(word)


@functools.cache
def _hall_departments() -> tuple[str, ...]:
    """The departments named …厅 (公安厅, 财政厅): a 厅 that is one of these is a body, not a hall."""
    return tuple(d for d in lexicon.load().local_departments if d.endswith("厅"))


HEAD_ENDINGS = frozenset(head[-1] for heads in HEADS.values() for head in heads)


def name_patterns(text: str, tokens: list[Token]) -> Iterator[Mention]:
    """Mentions whose last token is a head word of some class, with their modifiers."""
    for i, tok in enumerate(tokens):
        if tok.text[-1] not in HEAD_ENDINGS:
            continue  # most tokens: no head word can end here
        for label in HEADS:
            head = _head(tok, label, tokens[i - 1] if i else None)
            if not head:
                continue
            if label is Label.GOV and tok.pos == "nt" and tok.text != head:
                if tok.text.endswith("公司"):
                    continue  # jieba's one word for a company (英国广播公司)
                fields = i >= 3 and tokens[i - 1].text in FIELD_JOINS and tokens[i - 2].pos in FIELD_TAGS \
                    and len(tokens[i - 2].text) >= 2 and tokens[i - 3].pos == "nt" and bool(_head(tokens[i - 3], label)) \
                    and tok.text not in lexicon.load().names and tokens[i - 2].text not in lexicon.load().roles \
                    and not _is_stop(tokens[i - 2].text)  # (not 商务部部长和外交部: a post, then another body)
                if fields:  # 美国商务部 工业 与 安全局: the ministry's bureau of two fields
                    start = tokens[i - 3].start
                    yield Mention(start, tok.end, text[start:tok.end], label, text[start:tok.end], f"head:{head}")
                elif tok.text not in lexicon.load().names and _jieba_body(tok.text, head):
                    prev = tokens[i - 1] if i else None  # 全国政协 经济委员会: a part of the body before it
                    start = prev.start if prev is not None and prev.pos == "nt" and _head(prev, label) else tok.start
                    yield Mention(start, tok.end, text[start:tok.end], label, text[start:tok.end], f"head:{head}")
                break  # a body the lexicon knows is the gazetteer's; jieba's own word is whole
            if tok.text[: -len(head)].endswith(HOLDING_VERBS) or tok.text[: -len(head)] in STOP:
                break  # jieba's one word 主持会议 (李强主持会议, 同志主持会议): an act, not a meeting's name; nor 按计划 a plan
            h = i - 1 if len(tok.text) < len(head) else i  # where the head word starts
            if label is Label.GOV and h > 0 and _acts_on_the_body(tokens, h, i, head):
                break  # 天津市整合政府、协会…, 与80多个国家签署政府间协定: the body is what the verb acts on
            j = _left_edge(tokens, h, label)
            quoted = _wholly_quoted(tokens, h, i, label)
            j = quoted if quoted >= 0 else j
            if label is Label.POLICY and (_continues(tokens, i) or _misread_policy(tokens, j, i, head)):
                break
            if label is Label.EVENT and (_counted(tokens, j) or i + 1 < len(tokens) and tokens[i + 1].text == "制度"):
                break  # 2个分论坛, 80周年大会: a count of meetings, or an anniversary without its name; 人民代表大会制度
            if head == "法" and text[max(0, tok.end - 3):tok.end].endswith(NOT_LAWS):
                break  # 老马工作法, 新方法: a way of working, not a law
            if head == "法" and tok.text == "法" and i + 1 < len(tokens) and tokens[i + 1].pos.startswith("nr"):
                break  # 执行干事法提赫·比罗尔: 法 opens a foreign name, it ends no law
            if head == "法" and tok.text == "法" and i and (tokens[i - 1].text == "中" or tokens[i - 1].text in lexicon.load().country_short):
                break  # 书写中法元首交往的佳话: France, paired with another country
            whole = len(tok.text) > len(head) + 1 and tok.pos in ("n", "nz", "nt") and tok.text not in GENERIC_NAMES \
                and tok.text[: -len(head)] not in GENERIC_LEFT | {"国家", "国际", "行业", "技术"} \
                and not (label in SPECIFIC_ONLY and (_common_word(tok.text[: -len(head)]) or tok.pos == "n")
                         and not _proper_word(tok.text[: -len(head)])
                         and not _opens_with_a_place(tok.text[: -len(head)])) \
                and not (label is Label.POLICY and _kind_of_programme(tok.text[: -len(head)], head))  # 跨国公司, 水利工程: jieba's word for a kind
            if (j < h and (quoted >= 0 or _plausible(tokens, j, h, head, label))) or whole or head in BARE_OK:
                start, end = tokens[j].start + _conjunction_opening(tokens, j, label), tok.end
                name = _named_by_abbreviation(strip_quotes(text[start:end]))
                name = _recurring_edition(name) if label is Label.EVENT else name
                if name in GENERIC_NAMES or tok.text in GENERIC_NAMES and any(t.pos.startswith("v") for t in tokens[j:h]):
                    break  # 作出科学规划: a kind of plan; 以色列扩大军事行动: an act done to a kind
                if label is Label.GOV and name.startswith(KINDS_OF_CITY):
                    break  # 各省、自治区、直辖市通信管理局: the kind of body a notice is addressed to, in each place
                yield from _law_and_its_rules(Mention(start, end, text[start:end], label, name, f"head:{head}"))
            break


YEAR_EDITION = re.compile(r"^(?:19|20)\d{2}年?(?:第[一二三四五六七八九十百\d]+届)?")


def _recurring_edition(name: str) -> str:
    """2026中国国际大数据产业博览会: a year's edition of a recurring event the lexicon knows is that event
    (as 第七届中国国际进口博览会 is 中国国际进口博览会)."""
    edition = YEAR_EDITION.match(name)
    known = lexicon.load().names.get(name[edition.end():]) if edition else None
    return known[1] if known is not None and known[0] is Label.EVENT else name


NOT_LAWS = ("工作法", "方法", "做法", "想法", "看法", "说法", "手法", "疗法", "算法", "语法", "兵法", "书法", "技法", "打法",
            "分析法", "排除法", "归纳法", "演绎法", "辩证法", "分法", "操作法", "教学法", "学习法", "记忆法", "检测法", "测量法",
            "计算法", "评价法", "评估法", "识别法", "养殖法", "栽培法", "种植法", "加法", "减法", "乘法", "除法",
            "奏法", "唱法", "画法", "刀法", "针法", "解法", "教法", "练法", "吃法", "战法", "句法", "文法", "读法",
            "戏法", "魔法", "笔法", "写法", "用法", "玩法", "养法", "种法")


def a_law(name: str) -> bool:
    """职业病防治法, 立法法（修正）; not 管理办法, nor a way of working (NOT_LAWS)."""
    name = EDITION.sub("", name)
    return name.endswith("法") and not name.endswith(("办法", *NOT_LAWS))


LAW_AND = ("及其", "及", "和", "与")
LAW_AND_ITS_RULES = re.compile(r"(.{2,}法)(" + "|".join(LAW_AND) + ")(" + "|".join(BARE_OK) + ")")


def _law_and_its_rules(mention: Mention) -> Iterator[Mention]:
    """外商投资法及实施条例 is two policies: the law, and the rules that implement it (jieba may read
    法及 as one word, so the head rule takes both)."""
    match = LAW_AND_ITS_RULES.fullmatch(mention.text) if mention.label is Label.POLICY else None
    if match is None:
        yield mention
        return
    law, rules = match.group(1), match.group(3)
    yield dataclasses.replace(mention, end=mention.start + len(law), text=law, norm=strip_quotes(law))
    yield dataclasses.replace(mention, start=mention.end - len(rules), text=rules, norm=rules)


def rules_named_after_their_law(text: str, mentions: list[Mention]) -> list[Mention]:
    """实施条例 right after a law and 及其/和 (《安全生产法》及其实施条例) is that law's: 安全生产法实施条例."""
    laws = {m.end: m for m in mentions if m.label is Label.POLICY and m.name.endswith("法")}
    named = []
    for m in mentions:
        if m.label is Label.POLICY and m.name in BARE_OK:
            law = next((laws.get(m.start - len(word)) for word in LAW_AND if text.endswith(word, 0, m.start)), None)
            if law is not None:
                m = dataclasses.replace(m, norm=law.name + m.name)
        named.append(m)
    return named


LIST_HEADS = ("企业", "公司", "厂商", "运营商", "平台", "集团", "APP", "应用")
NOT_COMPANY_KINDS = frozenset("领域 方面 问题 行业 产业 地区 国家 部门 方式 环节 业态 渠道 产品 服务 场景 措施 项目 资产 机构 联盟".split())
COMPANY_HEADS = ("企业", "公司", "厂商", "集团")  # a list closed by these names companies, whatever jieba tags them
ITEM_TAGS = ("nz", "eng", "nrt", "nt", "j", "x")  # and nr with another word, not a known place (永辉 生活, not 乌克兰 危机)


def _list_item(tokens: list[Token], end: int, segments: bool = False) -> int:
    """Start index of the list item whose last token is tokens[end - 1], or `end` if none: the
    whole segment after a 、 when the list is closed by a kind of company (峰飞航空, whatever jieba tags
    峰飞), else the name-like words before it."""
    k = end
    registered = segments and tokens[end - 1].text.endswith(LEGAL_FORMS)  # 、优必选科技股份有限公司、: its registered name, whole
    while k > 0 and end - k < (8 if registered else 4) and tokens[k - 1].text.strip() and tokens[k - 1].text not in "、，。；：“”（）":
        k -= 1
    short = tokens[end - 1].end - tokens[k].start <= 4 if k < end else False
    if registered and k > 0 and tokens[k - 1].text == "、":
        return k  # 优|必选(v)|科技股份|有限公司
    if segments and k < end and k > 0 and tokens[k - 1].text == "、" and (short or not any(t.pos == "v" for t in tokens[k:end])) \
            and any(t.pos in ITEM_TAGS or len(t.text) > 1 and _unknown_word(t.text) for t in tokens[k:end]):
        return k  # 峰飞(v)航空: a word jieba does not know, whatever it tags it (not 专业专卖店, 技术装备)
    j = end
    while j > 0 and end - j < 4 and tokens[j - 1].text.strip() and tokens[j - 1].text not in "、，。；：“”（）" and tokens[j - 1].pos not in (
            "r", "p", "v", "c", "u", "uj", "d", "m", "q", "t", "nrfg") and not _is_stop(tokens[j - 1].text):
        j -= 1
    return j


def _unknown_word(word: str) -> bool:
    from kg.ner import word_frequency

    return word_frequency(word) == 0


def listed_companies(text: str, tokens: list[Token]) -> Iterator[Mention]:
    """Companies named in a list closed by 等 (立讯精密等企业; 包括芒果TV、永辉生活、腾讯动漫等 in a text on apps)."""
    for i, tok in enumerate(tokens):
        if tok.text != "等" or i == 0:
            continue
        after = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if after not in LIST_HEADS and i + 2 < len(tokens) and tokens[i + 2].text in LIST_HEADS and len(after) <= 4 \
                and tokens[i + 1].pos in ("n", "nz", "vn", "l", "b", "a"):
            after = tokens[i + 2].text  # 等人工智能企业, 等龙头企业: a kind of company
        if after in NOT_COMPANY_KINDS or i + 2 < len(tokens) and tokens[i + 2].text in NOT_COMPANY_KINDS:
            continue  # 巴以冲突、乌克兰危机等问题; 科技型中小企业、普惠小微贷款等领域; 城市空中交通…等应用场景: kinds of things
        items, end = [], i
        while True:
            start = _list_item(tokens, end, after in LIST_HEADS)
            if start == end:
                break
            items.append((start, end))
            if start > 0 and tokens[start - 1].text == "、":
                end = start - 1
                continue
            break
        if any(_a_sector(tokens[s:e]) for s, e in items):
            continue  # 围绕先进制造业、专精特新、绿色经济等行业企业: a list of sectors, none a company
        named = [(s, e) for s, e in items if 2 <= tokens[e - 1].end - tokens[s].start <= (20 if tokens[e - 1].text.endswith(LEGAL_FORMS) else 10)
                 and not tokens[e - 1].text.endswith(HEADS[Label.ORG])  # 南开大学、武汉大学等单位: no companies
                 and not _a_sector(tokens[s:e])
                 and (any(t.pos in ITEM_TAGS or t.pos == "nr" and e - s > 1 and t.text not in lexicon.load().names
                          and _unknown_word(t.text) for t in tokens[s:e])  # 永辉 生活, not 大力支持 机器人 (nr in jieba)
                      or after in COMPANY_HEADS and _rare_word_in(tokens[s:e]))]  # 寒武纪、金风科技等企业 (not 高端仪器装备)
        named += _among_companies(tokens, items, named, after)
        if after in LIST_HEADS or (len(named) >= 2 and re.search(r"APP|企业|公司", _sentence_around(text, tok.start, 80, 20))):
            for s, e in named:
                yield Mention(tokens[s].start, tokens[e - 1].end, text[tokens[s].start:tokens[e - 1].end], Label.COMPANY,
                              text[tokens[s].start:tokens[e - 1].end], "listed")


def _among_companies(tokens: list[Token], items: list[tuple[int, int]], named: list[tuple[int, int]], after: str) -> list[tuple[int, int]]:
    """华为、浪潮信息、中科曙光等企业: an item of common nouns (浪潮 信息) listed between 、 among two or more
    companies, in a list closed by a kind of company, is a company too (a brand of common words)."""
    known = [(s, e) for s, e in items if (s, e) in named or lexicon.label_of("".join(t.text for t in tokens[s:e])) is Label.COMPANY]
    if after not in COMPANY_HEADS or len(known) < 2:
        return []
    return [(s, e) for s, e in items if (s, e) not in known and 1 < e - s <= 3 and 3 <= tokens[e - 1].end - tokens[s].start <= 6
            and s > 0 and tokens[s - 1].text == "、" and all(t.pos in ("n", "nz", "nr", "ns", "j") for t in tokens[s:e])
            and not any(t.text in GENERIC_LEFT or _is_stop(t.text) for t in tokens[s:e])]


FIRM_POSTS = frozenset("董事长 副董事长 总裁 副总裁 首席执行官 总经理 创始人".split())
FIRM_WORD_ENDINGS = ("汽车", "科技", "电子", "证券", "保险", "控股", "能源", "石化", "钢铁", "电气", "电器", "药业", "制药",
                     "通信", "航空", "重工", "机械", "实业", "软件", "网络", "传媒", "光电", "智能", "半导体", "新能源")


def firms_by_their_posts(text: str, tokens: list[Token]) -> Iterator[Mention]:
    """长安汽车董事长朱华荣: one word jieba knows as an organisation's or rare, ending as a firm's name
    does, right before a post only a firm has, is that firm."""
    for tok, nxt in zip(tokens, tokens[1:]):
        if nxt.text in FIRM_POSTS and len(tok.text) >= 4 and tok.text.endswith(FIRM_WORD_ENDINGS) \
                and (tok.pos in ("nt", "nz") or _rare_word_in([tok])):
            yield Mention(tok.start, tok.end, tok.text, Label.COMPANY, tok.text, "firm-post")


def _rare_word_in(item: list[Token]) -> bool:
    """A company's own name holds a word rare in jieba's dictionary (金风 科技, 特变 电工); a sector's
    words are all common (高端 仪器 装备). A single word just has to be uncommon (寒武纪)."""
    from kg.ner import COMMON_WORD_FREQUENCY, word_frequency

    if len(item) == 1:
        return not _common_word(item[0].text)
    return any(len(t.text) > 1 and word_frequency(t.text) < COMMON_WORD_FREQUENCY for t in item)


def _a_sector(item: list[Token]) -> bool:
    """支持机器人、高端仪器装备等重点企业: an item of known words ending with an industry names the
    sector of the companies, not one of them (峰飞航空, with a word jieba does not know, is one)."""
    industry = lexicon.label_of(item[-1].text) is Label.INDUSTRY
    return industry and not any(t.pos in ITEM_TAGS or _unknown_word(t.text) and lexicon.label_of(t.text) is None for t in item)
    # 先进制造业: the lexicon's word, unknown to jieba's own dictionary


def _sentence_around(text: str, at: int, before: int, after: int) -> str:
    """Up to `before` and `after` characters around `at`, within its sentence."""
    start = max(text.rfind(mark, max(0, at - before), at) for mark in "。；！？\n") + 1
    ends = [e for e in (text.find(mark, at, at + after) for mark in "。；！？\n") if e >= 0]
    return text[max(start, at - before, 0):min(ends, default=at + after)]


POST_QUALIFIERS = ("特聘", "客座", "兼职", "名誉", "荣誉", "终身", "驻会")  # how a post is held (武汉大学特聘教授): no part of the body
DOCUMENT_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,8})[〔\[［]\d{4}[〕\]］]\d+号")  # 工信部联科〔2024〕121号: a code, no name
NUMBER_AFTER_ISSUER = re.compile(r"[〔\[［]\d{4}[〕\]］]\d+号")
CJK = re.compile(r"[\u4e00-\u9fff]")


def document_numbers(text: str) -> Iterator[tuple[int, int]]:
    """The spans DOCUMENT_NUMBER.finditer gives, found from the bracketed year rather than tried at
    every character (the scan was 1% of recognition): up to eight Chinese characters before it.

    Example:
        >>> list(document_numbers("印发《通知》（工信部联科〔2024〕121号）"))
        [(7, 22)]
    """
    floor = 0  # where the last one ended: no two overlap
    for match in NUMBER_AFTER_ISSUER.finditer(text):
        start = match.start()
        while start > max(match.start() - 8, floor) and CJK.match(text, start - 1):
            start -= 1
        if start < match.start():
            floor = match.end()
            yield start, match.end()


BRANCH_HEADS = ("分行", "支行", "分公司", "营业部", "分理处", "信用卡中心", "财险", "寿险", "证券", "资管", "租赁", "置地", "地产",
                "家居", "控股")
LOCAL_BRANCHES = ("分行", "支行", "营业部", "分理处")  # a bank's office, named after its street or district (东四支行)
MAX_BRANCH_PLACES = 3
SEATS = ("（中国）", "(中国)")  # 渣打银行（中国）: the company's arm in China


def company_branches(text: str, tokens: list[Token], found: list[Mention]) -> Iterator[Mention]:
    """A company's branch or subsidiary is a company of its own, named by the company, the places it
    serves and a branch's head word (中国银行广东珠海分行, 招行东直门支行, 交通银行信用卡中心, 建设银行东四支行; not
    招商银行某分行, which would make every unnamed branch one), its line of business (中国人保财险, 华润置地) or its
    arm in China (渣打银行（中国）, 花旗中国); its name keeps the company's canonical name, so that it can be linked to it."""
    for company in [m for m in found if m.label is Label.COMPANY]:
        first = k = bisect.bisect_left(tokens, company.end, key=lambda tok: tok.start)
        if k == len(tokens) or tokens[k].start != company.end:
            continue  # the company ends inside a word
        seat = next((s for s in SEATS if text.startswith(s, company.end)), "")
        if seat or _arm_in(tokens, k):
            end = company.end + len(seat or tokens[k].text)
            yield Mention(company.start, end, text[company.start:end], Label.COMPANY,
                          f"{company.name}（{(seat or tokens[k].text).strip('（()）')}）", "branch")
            continue
        while True:
            head = next((h for h in BRANCH_HEADS if text.startswith(h, tokens[k].start)), "")
            end = tokens[k].start + len(head)
            if head and any(tok.end == end for tok in tokens[k:k + 2]):
                name = company.name + text[company.end:end]
                yield Mention(company.start, end, text[company.start:end], Label.COMPANY, name, "branch")
                break
            if k + 1 == len(tokens) or k - first >= MAX_BRANCH_PLACES:
                break
            if tokens[k].pos != "ns" and not (k == first and _local_office(text, tokens[k], tokens[k + 1])):
                break
            k += 1


ARMS = ("中国", "香港")
ACTING = ("v", "d", "p", "c", "x", "z")


def _arm_in(tokens: list[Token], k: int) -> bool:
    """花旗 中国、, 渣打 中国 仍将…, 宜家 中国 公关总监: the company's arm in China (or Hong Kong) acts or
    holds a post; 苹果 中国 市场 is a market, and 星展银行 香港 分行 a branch (jieba tags 分行 a verb)."""
    if tokens[k].text not in ARMS:
        return False
    if k + 1 == len(tokens):
        return True
    after, roles = tokens[k + 1], lexicon.load().roles
    if after.text.startswith(BRANCH_HEADS):
        return False
    return after.pos.startswith(ACTING) and after.pos != "vn" or after.text in roles \
        or k + 2 < len(tokens) and (after.text + tokens[k + 2].text in roles or after.pos == "n" and tokens[k + 2].text in roles)


def _local_office(text: str, where: Token, after: Token) -> bool:
    """东四 支行: a short word that is not a verb, a function word or where (某, 内地, 境外), then a bank
    office's head."""
    return 1 <= len(where.text) <= 3 and CJK.match(where.text) is not None and where.pos[0] not in "vpcudfxrs" \
        and not where.text.endswith("地") \
        and text.startswith(LOCAL_BRANCHES, after.start)
