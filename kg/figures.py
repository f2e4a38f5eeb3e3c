"""Statistics → `Figure`s: value (万/亿 folded in), base unit, metric, period, kind, speaker, subject.

What is not a statistic: dates and durations (2020年, 10个月), ordinals (第三届), list markers
(一是, 第一), codes (5G, R16, 337调查, 第2524号), small Chinese numerals in prose (三个方面).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from kg import lexicon, tables
from kg.layout import END_PUNCT, TURN, introduction
from kg.numbers import MULTIPLIERS, parse_number
from kg.patterns import a_law
from kg.periods import DONE_BY, Cue, find_cues, names_its_year, resolve_period
from kg.policy_text import TASKS_HEADING, is_its_own_text, own_text_start, task_paragraphs
from kg.segment import tokenize
from kg.spans import clause_span, line_span, semicolon_chain
from kg.types import Doc, Figure, Label, Mention, Sentence

__all__ = ["figures", "find_figures", "format_value"]

UNITS = sorted(
    "个百分点 百分点 个基点 基点 % ％ 倍 成 个 家 部 款 项 条 台套 台 件 套 辆 架 艘 座 吨 千瓦时 千瓦 兆瓦时 兆瓦 吉瓦时 吉瓦 瓦 公里 千米 米 平方米 平方公里 平方千米 "
    "亩 公顷 元 美元 欧元 人民币 人次 户次 家次 人份 人 户 名 位 场 次 所 只 头 张 份 批 类 种 届 马力 立方米 方 平米 桶 千克 公斤 斤 克 株 篇 本 册 度 块 片 "
    "吨标准煤 载重吨 修正总吨 综合吨 剂次 标准机架 标准箱 标箱 架次 班次 班 列 笔 单 GB TB PB EB ZB TEU kWh MWh GWh TWh kW MW GW EFLOPS PFLOPS "
    "Gbps Mbps 泽字节 艾字节 拍字节".split(),
    key=len, reverse=True)
CN = "〇零一二两三四五六七八九十百千"
NUMBER = re.compile(
    r"(?P<pre>约|近|不超过|超过|超|逾|将近|接近|突破|不到|不足|不低于|不少于|达|达到)?"
    rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN}]+)"
    r"(?P<more>多|余|来)?(?P<mult>万亿|千亿|百亿|亿|千万|百万|十万|万)?"
    r"(?P<rest>(?<=[亿万])\d{1,4}(?:千万|百万|十万|千|百|万))?(?P<more2>多|余)?"  # 1亿2千万, 3万5千
    rf"(?P<unit>{'|'.join(map(re.escape, UNITS))})?"
)
NOT_AFTER = ("年", "月", "日", "号", "时", "点", "分", "秒", "季度", "周", "天", "岁", "世纪", "代", "期", "届全国", "中全会",
             "G", "g", "K", "k", "D", "d", "C", "c", "T", "+", "次会议", "级", "线", "维", "大", "是", "方面", "带")
REGISTRATION_CLASSES = ("创新药", "新药", "化学药", "医疗器械", "仿制药", "改良型新药")
DURATION_AFTER_GE = ("月", "小时", "工作日", "星期", "季度", "年")
SIZE_CLASS = re.compile(r"(?:以上|以下)(?:规模)?的")
PROGRAMME_AFTER = re.compile(r"专项|工程|行动|计划|招聘")
PROGRAMME_NAMED = re.compile(r"(?:(?![的和与及在将为是])[\u4e00-\u9fff]){2,12}?(?:行动|工程|计划)(?![\u4e00-\u9fff])")
SHARES = ("%", "％", "个百分点", "倍", "成")  # 90%以上的博物馆: a share of them (as 年规模5万亿元以上的市场 a size), still a statistic
ADDRESSEES = re.compile(r"(?:代表|委员)[：:]")
APPROXIMATE_PART = re.compile(r"^[多余半]")  # 5个多小时, 3个半月: still a duration
SPORTS_DISTANCE = re.compile(r"(?:男子|女子|男女|混合)(?:单人|双人|团体)?$")  # 男子60米, 女子单人10米跳台: an event, not a length
SPORTS_AFTER = ("跑", "栏", "跳台", "跳板", "自由泳", "蛙泳", "仰泳", "蝶泳", "混合泳", "接力", "步枪", "手枪", "气步枪", "气手枪")
MONEY_METRIC = re.compile(r"(?:产值|收入|营收|投资|票房|金额|总额|资金|利润|税收|贷款|融资|成交额|销售额|交易额|营业额|GDP|总值)$")
WILL_DO = ("推动|推进|提升|建设|建立|实现|新增|新建|培育|打造|形成|完成|带动|实施|开展|安排|组织|举办|改造|推广|开工|"
           "下调|上调|调降|降低|提高|开通|投产|投运|上线|设立|统筹|投入|投资|加大|加强|扩大|聚焦|创建")  # what 将 says will be done (将下调存款准备金率0.5个百分点)
# a plan's words (目标, but not 以军目标, 军事目标: what is struck; 计划, but not 占年度投资计划的(74.3%): a share of it)
WE_WILL = r"(?:我们|我部|我委|我局|我厅|我省|我市)(?:还|也|今年|明年)?将(?![由从])"  # 我们将…: what the speaker's body will do
TARGET = re.compile(WE_WILL + r"|计划(?!的$)|(?<![军事])目标|力争|预计|争取|确保(?!了)|有望|将达到?|将超过?|将突破|将是|将成为|预期(?!指数)|规划(?!了|的|中|内)|(?<!截止)到(?:\d{4}|[〇零一二三四五六七八九]{4})年(?!(?:底|末)?的(?:[\d.]|$)|同期|" + DONE_BY.pattern + r")|要达到|(?<![主需重只想纪])要(?:推动|实现|确保|保持|完成)|拟(?:安排|新增|新建|投入|实施|发行|下达|建设|支持)|"
                    rf"将再?(?:统筹|继续|进一步|加快|大力|重点|集中)?新?(?:{WILL_DO}|制修订|制定|修订|出台|发布|支持|投入)|将[由从][^，。；]{{1,20}}?(?:{WILL_DO}|扩大|增加|减少|调整)(?:到|至)|将[为向对][^，。；]{{1,20}}?(?:提供|投放|发放|给予)|将[降升增减]$")  # 将由1900个扩大至6600个; …排放将降17%
INDEX_END = re.compile(r"[，。；、,;]|以上|左右|$")  # a whole number ending the clause
INDEX_BEFORE = re.compile(r"指数(?:（[A-Za-z]+）)?(?:为|是|达到?|升至|降至|回升至|录得|报)$")
BARE_COPULA = re.compile(r"为|是|达|达到")
PER = re.compile(r"每[\u4e00-\u9fff]{0,2}$")
TITLE = re.compile(r"《[^》]*》")  # a title's words (…行动计划) say nothing of the figure beside it
# a unit character that is really the start of a word (16部门, 3个人, 5条件)
UNIT_WORDS = frozenset("部门 个人 家庭 家长 家族 台湾 条件 条例 项目 名单 名称 位于 所以 所有 座谈 场景 场所 批准 批次 类型 "
                       "种类 次数 户口 人员 人民 人口 人们 吨位 元素 元旦 届时 倍数 名义 位置 件事 只有 只是 本身 本届 期间 "
                       "头部 张家 台阶 套餐 册子 列车 列入 列为 列出 列举 单位 单独 单一 单项 单元 单个 单列 单日 单月 单车 "
                       "笔记".split())
TARGET_OPENING = re.compile(r"^\s*(?:在[^，。；]{1,10}，)?[^，。；]{0,4}(?:下一(?:步|阶段)|(?<!截止)到(?:\d{4}|[〇零一二三四五六七八九]{4})年(?!" + DONE_BY.pattern + r")|力争|计划|预计)"
                            r"|^\s*要(?![求素闻点])|^\s*[^，。；：:\s]{0,16}目标(?:是|为)?[：:]")  # 今年(经济社会)发展(的)主要预期目标是：…；…: each a goal
POLICY_SETS = re.compile(r"^[^，。；]{0,4}(?:《[^》]{1,60}》|(?<![\u4e00-\u9fff])(?:意见|通知|方案|规划|纲要|办法|决定|会议|大会|政府工作报告|报告))中?(?:提出|明确|要求|强调|部署)[，：:]")  # 《行动方案》提出，…, 会议提出，…: its goals
PLAN_VERB = re.compile(r"计划|预计|力争|争取|有望")
PLANNED_BY_SUBJECT = re.compile(rf"(?:{PLAN_VERB.pattern})(?![的中内])[\u4e00-\u9fff]")  # 209家航空公司计划安排…: they plan
COUNTED_PLANS = ("目标", "计划", "规划")
COUNTED_PLAN = re.compile(r"[\u4e00-\u9fff“”]{0,6}?(?:目标|计划|规划)")  # 27个专项规划: the plans counted
COUNTING_UNITS = ("个", "项", "处", "座", "家")
RETROSPECT = re.compile(r"(?:以来|年来)[，,]?(?:已经?|累计|共|先后)")  # 西部计划实施23年来，已有…: what was done
TERM_BEFORE = ("新", "下", "上", "本", "每", "、", "和", "至")  # 新一届, 下一届, 第十七届、十八届: which term, no count
TERM_AFTER = ("历次", "全会", "全国", "中央", "常委", "人大", "政协", "委员会", "领导", "理事会", "董事会")  # 二十届历次全会精神: the term of a congress
RANKED = ("家", "名", "位", "届")  # 前10家, 前三名: a rank; 前六届: the editions so far
AFTER_QUAL = re.compile(r"^(以上|左右|之多)")
RELATIVE_CLAUSE = re.compile(r"([\u4e00-\u9fff]{2,12}?)的[\u4e00-\u9fff“]")
HEDGED_VERB = re.compile(r"约(?:为|有|达到?|合|计)$")
SHARE_HEDGED = re.compile(r"约占[^，。；：\d]{0,25}的$")
SUBJECT_LABELS = (Label.INDUSTRY, Label.POLICY, Label.EVENT)
BRIEFINGS = ("发布会", "吹风会", "记者会")  # where figures are told, not what they are about (kg.relate: who answers there speaks)
GUIDANCE = re.compile(r"的?(?:决策)?(?:部署|精神|要求)")  # 贯彻落实中央农村工作会议部署: the meeting guides the work, the figures are the work's


def format_value(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros.

    Example:
        >>> format_value(Decimal("144000000.00")), format_value(Decimal("2.30"))
        ('144000000', '2.3')
    """
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


ROUND_NUMERALS = ("十", "百", "千", "万")


def _inside_quotes(text: str, at: int) -> bool:
    """text[at] stands inside a quotation opened earlier in its sentence and not yet closed."""
    opened = text.rfind("“", max(0, at - 20), at)
    return opened >= 0 and "”" not in text[opened:at] and not any(mark in text[opened:at] for mark in "。！？\n")


def _is_statistic(text: str, match: re.Match) -> bool:
    num, unit, mult = match.group("num"), match.group("unit") or "", match.group("mult") or ""
    before, after = text[max(0, match.start("num") - 1):match.start("num")], text[match.end():match.end() + 3]
    if before == "第" or before.isascii() and before.isalpha() or before in ("“", "前") and not unit:
        return False
    if before == "前" and unit in RANKED and not mult:
        return False  # 前10家钢铁企业产量占全国比重: a rank that names what is measured, no count
    if not unit and not mult:
        return INDEX_BEFORE.search(text, max(0, match.start("num") - 12), match.start("num")) is not None \
            and ("." in num or INDEX_END.match(after) is not None)  # 质量竞争力指数达到84.6, 达到86。: an index has no unit
    if num in ("1", "一") and not mult and PER.search(text, max(0, match.start("num") - 3), match.start("num")):
        return False  # 每投入1元，带动3至4元: a rate's unit, no statistic (每桶80美元, 每天有1.6万名 are)
    if unit.isascii() and unit.isalpha():  # 185GWh, 230EFLOPS: a Latin unit, whole
        return not (after[:1].isascii() and after[:1].isalnum())
    if (unit + after).startswith(NOT_AFTER) or (not unit and after.startswith(NOT_AFTER)) or after.startswith("级") \
            or SIZE_CLASS.match(text, match.end()) and unit not in SHARES and not text.endswith("规模", 0, match.start()):
        return False  # …, 千亿元级产业集群, 10万吨级码头, 千亿元以上规模的企业, 2万元以下的退税款: a size class, no amount
    if unit == "个" and APPROXIMATE_PART.sub("", after).startswith(DURATION_AFTER_GE):
        return False
    if unit in ("米", "公里") and (SPORTS_DISTANCE.search(text[max(0, match.start() - 6):match.start()])
                                  or after.startswith(SPORTS_AFTER)):
        return False
    if unit == "位" and ADDRESSEES.match(text, match.end()):
        return False  # 李明等5位代表：: a reply's addressees, no statistic
    if unit == "方" and not mult:
        return False  # 亿方, 千亿方: cubic metres of gas or water; a bare 方 is a side or a square
    if unit == "度" and not mult and not after.startswith("电"):
        return False  # 360度, 30度: an angle or a temperature; 68亿度, 340万度电: electricity
    if unit == "届" and (after[:1] in CN or after.startswith(TERM_AFTER) or lexicon.body_name_at(text, match.end())
                        or re.fullmatch(r"(?:19|20)\d\d", num) or before in TERM_BEFORE):
        return False  # 十九届五中全会, 二十届历次全会, 二十届中央纪委: a term, 2026届(毕业生) a class, not a count (两届中国国际进口博览会 is)
    if unit and (unit[-1] + after[:1]) in UNIT_WORDS:
        return False
    if after.startswith(("=", "＝")) or before in ("=", "＝"):
        return False  # （1吉瓦时=100万千瓦时）: a unit's definition
    if unit == "类" and not mult and text.startswith(REGISTRATION_CLASSES, match.end()):
        return False  # 1类创新药, 3类医疗器械: a class of registration, no count
    if not num[0].isdigit() and not unit and _inside_quotes(text, match.start("num")):
        return False  # “百日千万”招聘专项行动, “千万工程”: a quoted programme's name counts nothing
    if num in ("十", "百", "千", "万") and not unit and (after.startswith(("以上", "以下")) or PROGRAMME_AFTER.match(after)):
        return False  # 千亿以上产业集群: a size class; 百日千万专项招聘行动: a programme's name
    if num in ("十", "百", "千", "万") and PROGRAMME_NAMED.match(text, match.end()):
        return False  # 新一轮千亿斤粮食产能提升行动: the round amount a programme is named after, no figure
    if not num[0].isdigit():  # Chinese numerals: large or approximate amounts, multiples, tenths, sessions
        if num in ROUND_NUMERALS and after[:1] in ROUND_NUMERALS and not (match.group("more") or match.group("more2")):
            return False  # 千家万户, 千军万马, 千方百计: an idiom's round numbers, no amount
        value = parse_number(num)
        approximate = bool(match.group("more") or match.group("more2")) and value is not None and value >= 10
        return value is not None and (bool(mult) or value >= 100 or approximate or unit in ("倍", "成", "届"))
    return not (len(num) >= 7 and not unit and not mult)


def _unit(match: re.Match, metric: str, sentence_text: str) -> str:
    unit = match.group("unit") or ""
    if unit in ("％", "成"):
        return "%"
    if unit in ("百分点", "基点"):
        return "个" + unit  # 下调25基点 is 25个基点 (basis points)
    if unit == "度":
        return "千瓦时"  # 亿度电: kilowatt-hours
    if unit == "公里" and "时速" in sentence_text[: match.start()]:
        return "公里/小时"
    if unit in ("方", "平米"):
        return "立方米" if unit == "方" else "平方米"
    if not unit:
        if match.group("mult") and MONEY_METRIC.search(metric):
            return "元"  # 总产值超7700亿, 票房破200亿: an amount of money, its 元 left out
        if not match.group("mult") and "指数" in metric:
            return "点"  # an index's points (质量竞争力指数达到84.6)
        if metric.endswith("人次"):
            return "人次"  # 国内出游人次27.25亿
        return "人" if metric.endswith(("人数", "人口", "用户数")) else "个"
    return unit


HEDGES = ("约", "近", "超过", "超", "逾", "将近", "接近", "突破", "不到", "不足", "不超过", "不低于", "不少于")  # a qualifier the text puts before the number


COUNT_UNITS = frozenset("个 家 项 款 条 台 台套 件 套 座 所 批 类 种 部 只 名 位".split())
NOT_WHAT_IS_BROKEN = ("大关", "关口", "以上", "的", "人次")


def _breaks_through(match: re.Match, text: str) -> bool:
    """突破百项前沿关键核心技术: 突破 before a count of the things it names is the verb of making them,
    not the hedge of 产量突破100万辆 (exceeds)."""
    following = text[match.end():match.end() + 2]
    return match.group("pre") == "突破" and match.group("unit") in COUNT_UNITS \
        and bool(re.match(r"[\u4e00-\u9fff]", following)) and not following.startswith(NOT_WHAT_IS_BROKEN)


HEDGE_AT_END = re.compile("(?:" + "|".join(sorted(HEDGES, key=len, reverse=True)) + ")$")  # the next number's hedge


def _qualifier(match: re.Match, text: str) -> str:
    after = AFTER_QUAL.match(text[match.end():])
    if _breaks_through(match, text):
        return match.group("more") or match.group("more2") or ""
    if not match.group("pre") and (SHARE_HEDGED.search(text, max(0, match.start() - 30), match.start())
                                   or HEDGED_VERB.search(text, max(0, match.start() - 3), match.start())):
        return "约"  # 工业能耗约占全社会总能耗的65%, 规模约为27亿元: hedged before the verb
    return match.group("pre") if match.group("pre") in HEDGES \
        else (match.group("more") or match.group("more2") or (after.group(1) if after else ""))


LEAD = re.compile(r"^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|此次|本次|提出了?|明确了?|力争|争取|确保|预计|明年|年底前|年内|第[一二三四五六七八九十]+批|第[一二三四五六七八九十]+(?!、|产业)|分[两三四五六七八九十]批|其中|同时|此外|但是?|而且?|并且?|目前|截至目前|今年以来|今年|去年|全年|今天|当天|今日|[（(]\d{1,2}月\d{1,2}日[）)]|"
                  r"将?(?:力争|争取|预计|计划)?(?:到|至)\d{4}年(?:底|末)?|\d{4}年(?:度|全年)?|\d{1,2}[—–-]\d{1,2}月份?|前\d{1,2}个月|[一二三四]季度|上半年|\d{1,2}月份?(?:末|底)?|累计|已经|已|共|先后|"
                  r"连续[一二两三四五六七八九十\d]+(?:个)?(?:年|季度|月)|"  # 连续三年(稳定在2000万吨以上): how long, not what
                  r"我们一共实现对|一共|实现|在|我们|我部|我国|将(?:统筹)?|[\u4e00-\u9fff、]{2,30}?等地(?!区))+")  # 在北京、上海等地(布局建设了12个…): where
VERBS_TAIL = re.compile(r"(?:(?:保持|稳定|维持|控制)在|(?:提升|提高|上升|下降|降低|增长|增加|扩大|减少)(?:至|到)|达到了?|(?<![下到抵送传表发])达|(?<!打)破|增至|降至|升至|超过了?|突破了?|增长了?|增加了?|提升了?|(?:提高|上升)(?=到)|降低了?|缩短了?|下降了?|完成了?|为|是|到|了|对|"
                        r"共|累计|约|分别|同比|环比|实际|名义|将|预计|有望|已经|已|仍|还|也|(?<![年平日月])均|今天|当天|今年|(?<![比较])去年|(?<![比较])全年)+$")  # …车流量预计, …规模将
ASPECTS = re.compile(r"^.*等(?:[一二三四五六七八九十\d]+个)?方面(?=提出|明确|部署|作出)")  # 从挖掘…等方面(提出20项重点任务): where, not what
ORDINAL_BATCH = re.compile(r"第[一二三四五六七八九十\d]+[批轮次]$")  # 第三批(690亿元…资金): which batch, not what is counted
WHEN_PLANNED = re.compile(r"(?:预计|计划|力争|争取|有望)?(?:(?:到|至)?(?:\d{4}|今|明)年(?:底|末|前)?)?(?:将|要|可)?")
BARE_VERB = re.compile(r"(?:全国|全省|全市|我国)?(?:(?:已|还|另|共|仍|现|尚)?有|拥有|包括|以及|涉及|举办|开展|建设|打造|与|同|向)?(?:来自)?")  # what follows the number is what it counts
COUNTED = re.compile(r"(吸引|汇聚|集聚|新增|新建|建成|设立|成立|批复|开通|遴选|覆盖|推动|带动|跟踪|保障|通报|下架|责令|检测|征集|发布|完成|培育|认定|支持|安排|投入|"
                     r"下达|拨付|发放|制修订|制定|修订|收到|形成|打造|建设|创建|组建|引进|突破|提出|开拓|拓展|推广|培养)$")
PLAN_END_OF = r"(?:“?十[一二三四五六]五”?(?:时期)?末的)?"  # 比“十三五”末的2020年: a base named by its plan and year
COMPARISON_TAIL = re.compile(rf"(?:较|比|相比|与){PLAN_END_OF}(?:\d{{4}}年|去年|上年|上季度|上月|上年同期|去年同期)(?:末|底|同期|相比)?$")
OF_A_COUNTED = re.compile(r"\d[多余]?[万亿]?[个家项所座户只名位][\u4e00-\u9fff]{1,8}的$")  # 86个城市的(168个小区)
SHARES_LISTED = re.compile(r"[\d.]+[%％](?:以上|左右|多)?的[\u4e00-\u9fff]{1,12}?(?:、|和|及|以及)")  # 50%以上的税收、(60%以上的…)
OWNER_AT_END = re.compile(r"(?:了|我国|全国|全省|全市)+$")
TITLES_LISTED = re.compile(r"(?<=[\u4e00-\u9fff])(?:《[^》]*》[、和及与]?)+等?(?=[^\W\d_]*\d)")  # before another number (not 呈现《…》等(十余部典籍))
AMOUNT_UNITS = frozenset("吨 元 美元 欧元 千瓦 千瓦时 兆瓦 吉瓦 亩 公顷 平方米 平方公里 公里 立方米 桶 斤 千克 公斤".split())

COUNT_BEFORE_AMOUNT = re.compile(r"\d[多余]?[万亿]?[个家项所座户只名位][\u4e00-\u9fff]{1,8}$")  # 141家钢铁企业(约5.9亿吨粗钢产能)
COUNT_RIGHT_BEFORE = re.compile(COUNT_BEFORE_AMOUNT.pattern.removesuffix("$") + "(?<![和及与并])$")  # 4个方面(26项…), not …工厂和(230余家…)
ACT_AFTER_COUNTED = re.compile("开展|参加|参观|参展|参会|实现|上线|获得|完成|进行|参与|达到|开工|建成|入驻|签约|落户|发布|使用")
NEXT_PAIR = re.compile(r"\d[万亿]?[^\d，。；、]{0,3}、([\u4e00-\u9fff“”]{2,14})$")  # …48项、行业标准(32项)
FROM_VALUE = re.compile(r"(?<=[\u4e00-\u9fff])[由从](?P<rest>[^由从，。；]*)$")  # 上座率由(49%)提升到(98.7%)
TO_VALUE = re.compile(r"^[^，。；\d]{0,6}(?:到|至)")
RANGE_START = re.compile(r"[\d.]+[万亿]?[%％]?\s*[—–\-－~～至到]$")  # 培育3—5家, 增长5%~8%: the range's lower end, no words
COUNTED_ITEMS = re.compile(r"(?:\d[\d.]*[万亿]?[多余]?[个家项所座户只名位台套件条款辆场支片处艘架批类种][^\d，。；、和及]{1,20}(?:、|和|及|以及))+$")  # 3万余家基础级智能工厂、
LIST_OF_NUMBERS = re.compile(r"[\d.]+[万亿]?[^\d，。；]{0,3}[和、与及/／]")  # 165万辆和158.6万辆: numbers listed in one clause


NOUNS_TAGGED_AS_VERBS = frozenset(("产能", "装机", "收入"))  # jieba tags 粗钢|产能 as a verb: a noun here
KINDS_QUALIFIED = frozenset("企业 中心 工厂 基地 园区 平台 项目 单位 机构 学校 医院 示范区 工程 场景".split())  # 示范企业, 领跑企业


ADVERBS_AT_END = re.compile(r"(?:已经|全部|陆续|已|都|均|也|在|为|将|还|亦|未|尚)+$")


def _counted_thing(words: str) -> str:
    """The words after a number up to the verb they are the subject of (国内外航空公司|计划…)."""
    tokens = tokenize(words) if words else []
    noun_seen = False
    for k, tok in enumerate(tokens):
        verb = tok.pos.startswith("v") and tok.pos != "vn" and tok.text not in NOUNS_TAGGED_AS_VERBS \
            or ACT_AFTER_COUNTED.fullmatch(tok.text) or PLAN_VERB.fullmatch(tok.text)
        modifies_last = k == len(tokens) - 2 and tokens[-1].text in KINDS_QUALIFIED  # 可靠性示范企业: 示范 qualifies 企业
        if verb and noun_seen and not modifies_last:
            head = words[:tok.start]
            if head.count("“") > head.count("”") and "”" in words[tok.start:]:
                continue  # 县域商业“领跑县”: a quoted name is whole
            return ADVERBS_AT_END.sub("", head)  # 90%以上的博物馆(已)实现…, APP(未)完成整改, 特别国债(已全部)下达
        noun_seen = noun_seen or tok.pos.startswith(("n", "eng"))
    return words


def _leading_nouns(words: str) -> str:
    """The nouns words open with (企业负责人|参加座谈, 单位|近日): empty when they open otherwise."""
    end = 0
    for tok in tokenize(words) if words else []:
        if not tok.pos.startswith("n"):
            break
        end = tok.end
    return words[:end]


def _metric(text: str, clause: tuple[int, int], match: re.Match) -> str:
    """What a figure measures, in a short phrase: the clause's words before the number (less
    time words and verbs), or the thing counted after it (新增了58万个5G基站 → 新增5G基站)."""
    left = text[clause[0]:match.start("num") if _breaks_through(match, text) else match.start()]
    left = re.sub(r"\s*\n\s*", "", left).strip().replace("约占", "占")  # a sentence joined across a page break
    change = FROM_VALUE.search(left)
    if change and (re.search(r"\d", change.group("rest")) or TO_VALUE.match(text[match.end():clause[1]])):
        left = left[:change.start()]  # 由49%提升到98.7%: both values measure what changed, before 由
    pair = NEXT_PAIR.search(left)
    if pair:
        return pair.group(1)  # 国家标准48项、行业标准32项: the words between the two numbers
    after = AFTER_QUAL.sub("", text[match.end():clause[1]])  # 3000亿元左右超长期特别国债资金
    relative = RELATIVE_CLAUSE.match(after)
    if relative and tokenize(relative.group(1))[0].pos == "v" and tokenize(after[relative.end(1) + 1:])[0].pos.startswith("n"):
        after = after[relative.end(1) + 1:]  # 200家左右具有国际竞争力的领航企业: the firms, not what they have
    right = re.match(r"(?:\d+[A-Za-z]+|[“”\u4e00-\u9fffA-Za-z+]){0,14}", after).group(0)  # “5G+工业互联网”标杆园区
    right = _counted_thing(re.split(r"以及|[和与及等的、]", right.removeprefix("的"))[0])  # (90%以上)的博物馆
    right = HEDGE_AT_END.sub("", right)  # 141家钢铁企业(约)5.9亿吨: the next number's hedge
    left = TITLES_LISTED.sub("", left) or left  # (批准发布)《…》《…》等186项国家标准和(3项…): examples of what is counted
    if right and (OF_A_COUNTED.search(left) or match.group("unit") in AMOUNT_UNITS and COUNT_BEFORE_AMOUNT.search(left)
                  or match.group("unit") in COUNT_UNITS and COUNT_RIGHT_BEFORE.search(left)):  # 4个方面26项(举措)
        return ACT_AFTER_COUNTED.split(right)[0] or right  # 86个城市的168个小区(开展…): what the second number counts
    listed = COUNTED_ITEMS.search(left) if right else None
    if listed:
        left = left[:listed.start()]  # 建成3万余家基础级…工厂、1200余家(先进级智能工厂): the verb counts each item
    left = LIST_OF_NUMBERS.sub("", RANGE_START.sub("", SHARES_LISTED.sub("", left)))  # the second of two listed numbers shares the first one's words
    left = LEAD.sub("", ORDINAL_BATCH.sub("", ASPECTS.sub("", left))).replace("分别", "").strip("“”的，、 ")
    bare = VERBS_TAIL.sub("", left).strip("“”的，、 ")
    if not COMPARISON_TAIL.fullmatch(bare):  # 比去年同期提升: a change of the figure before, said with its verb
        left = COMPARISON_TAIL.sub("", bare or left) or bare or left  # 同比增长 alone is the metric; 投资规模较2023年(增长): the base is the period's
    if right and match.group("unit") in ("%", "％") and after.startswith("的") and left and not COUNTED.search(left) \
            and not bare.endswith(("占", "相当于")):
        return OWNER_AT_END.sub("", left) + right  # 民营企业贡献了我国50%以上的税收: a share of the taxes
    if BARE_VERB.fullmatch(left) or WHEN_PLANNED.fullmatch(left):
        left = ""  # 共有209家国内外航空公司: the airlines; …，预计2030年将超过1000亿元: the same measure's future
    if not left or COUNTED.search(left) or listed or lexicon.label_of(left) is Label.PLACE:
        return (left + right).strip() or right  # 江苏省412家(企业)入选: the place's firms
    if left.endswith("等") and 0 < len(right) <= 6 and "了" not in right and after.strip("。；，、 ") == right:
        return right  # 《…规程》等12项国家标准。: what is counted follows the number and ends the clause
    counted = _leading_nouns(right) if left.endswith("等") and match.group("unit") in COUNT_UNITS else ""
    if counted:
        return counted  # …等20余家企业负责人参加座谈, 生态环境部等18家单位近日…: the nouns after the number
    return left


def _quotes_closed(metric: str) -> str:
    """其中“小巨人”企业 loses its opening quote to the trimming of the clause's edges: give it back."""
    first_close = metric.find("”")
    if first_close >= 0 and "“" not in metric[:first_close]:
        return "“" + metric
    return metric


SAME_PERIOD = re.compile(r"\s*(?:同期|同一时期)[，,]")


def _period(doc: Doc, sent: Sentence, before: list[Cue], turn_start: int, topic_start: int, kind: str) -> str:
    """The period of a figure from the cues before it in its sentence (`before`), else from a part of
    the year opening an earlier sentence of its Q&A turn or paragraph (or, from `topic_start`, of the
    paragraph it breaks down), else the year that turn last named, else the part of the year the
    question it answers asks about, else the document's year."""
    text, published = doc.document.text, doc.document.published
    year = int(published[:4]) if published[:4].isdigit() else 0
    month = int(published[5:7]) if len(published) >= 7 else 12
    reported = _year_reported(doc, year)
    if kind == "actual":  # 印发《“十四五”软件…规划》，软件业务收入达到9.8万亿元: the plan's name, not when it was done
        before = [c for c in before if not _inside_book_title(text, c.start)]
    targets = [c for c in before if c.kind == "by"]  # 到2025年…较2020年下降: the target year, not the base
    if targets and before[-1].kind in ("years", "plan") and before[-1].start > targets[-1].start:
        targets = []  # 到2026年，…，2024—2026年年均增长10%: the years the growth is averaged over
    cue = (targets or before)[-1] if before else None
    if not year and cue is not None and names_its_year(cue):
        return resolve_period(cue, 0, month)
    earlier = [c for c in find_cues(text, turn_start, cue.start if cue else sent.start) if not _starting_point(text, c)]
    context = [c for c in earlier if (c.kind in ("year", "years", "this", "last") or _upto_a_year(c)) and (year or names_its_year(c))]
    context_year = _last_year_of(context[-1], year, month) if context else None
    if cue is None:
        opening = earlier if topic_start == turn_start else \
            [c for c in find_cues(text, topic_start, turn_start) if not _starting_point(text, c)] + earlier
        breakdown = BREAKDOWN_OPENING.match(text, sent.start) is not None  # 全年…。其中，…: the whole year's parts
        whole_from = doc.sentences[sent.index - 1].start if breakdown and sent.index else sent.start
        topics = [c for c in opening if (_part_of_a_year(c) or breakdown and c.kind == "whole")
                  and (_opens_sentence(doc, c.start) or c.start >= whole_from)  # …，3月份，…。其中，…: the whole's time
                  and not _first_of_its_likes(doc, c)]
        if topics and (not context or topics[-1].start >= context[-1].start):
            cue = topics[-1]  # 一季度，工业经济开局良好。…增长6.1%
        elif not topics and not context and SAME_PERIOD.match(text, turn_start):
            before = [c for c in find_cues(text, max(0, turn_start - 2000), turn_start) if _part_of_a_year(c) and _opens_paragraph(doc, c.start)]
            cue = before[-1] if before else None  # 前11个月，…。\n\n同期，我国对东盟进出口…: the period a paragraph last opened with
        elif not topics and not context and sent.part == "answer":
            asked = [c for c in find_cues(text, *_question_before(doc, turn_start)) if _part_of_a_year(c)]
            cue = asked[-1] if asked else None  # 记者：请介绍今年前三季度…。谢少锋：规模以上工业增加值同比增长6.2%
        elif not topics and not context and kind == "actual" and sent.part == "body":
            cue = _headline_time(doc)  # 工信部：1-10月我国软件业务收入同比增长10.0% … 软件业利润总额13428亿元
    if not year:  # undated: a part of a year is of the year the text named last (2024年10月份，…。1—10月份，…)
        if cue is None:
            return str(context_year or "")
        named = _year_named_before(text, cue.start) if _part_of_a_year(cue) else 0
        return resolve_period(cue, named, 12) if named else ""  # 今年, 目前: the text's years are not its date
    if cue:  # a part of a year is of the year the text last named, not a title (《…行动计划（2023—2025年）》。上半年，…)
        plain = [c for c in context if not _inside_book_title(text, c.start)]
        if not plain and reported and (_part_of_a_year(cue) or cue.kind == "whole") and _unmarked(cue):
            return resolve_period(cue, reported, 12)  # 全年… in a year's statistical communiqué: of that year
        if not plain and (_part_of_a_year(cue) or cue.kind == "whole") and _unmarked(cue) \
                and _last_years(resolve_period(cue, year, month), year, month, kind if cue.kind != "month" else ""):
            return resolve_period(cue, year - 1, 12)  # 12月份 in a release of 2025-01-17: last December's
        return resolve_period(cue, year, month, _last_year_of(plain[-1], year, month) if plain else None)
    return str(context_year or (reported if kind == "actual" else 0) or year)


REPORT_OF_A_YEAR = re.compile(r"(\d{4})年度?[^，。；：\d]{0,30}?(?:统计公报|年度报告|年报|决算报告|工作总结|白皮书)")
BRIEFING_ON_A_YEAR = re.compile(r"(?:介绍|举行|召开)(\d{4})年(?:全年)?[^，。；：\d“”]{0,30}?(?:发展|运行)情况")
# 举行2020年工业和信息化发展情况新闻发布会, 介绍2020年工业经济运行情况
INTRODUCTION = 600  # characters: the headline and the note or lead that names the occasion


def _year_reported(doc: Doc, published: int) -> int:
    """2025年杭州市国民经济和社会发展统计公报, 比亚迪发布2025年年报, 举行2020年工业和信息化发展情况新闻发布会
    (published the year after): the year the document reports on, the year its done figures are of when they
    name none; 0 if the title (or, for a press conference, the introduction) names none."""
    titles = [doc.document.text[s.start:s.end] for s in doc.sentences if s.part == "title"] or [doc.document.title]
    reported = REPORT_OF_A_YEAR.search(titles[0]) or BRIEFING_ON_A_YEAR.search(doc.document.text, 0, INTRODUCTION) \
        or BRIEFING_ON_A_YEAR.search(titles[0])  # or a press conference on that year's development, in January
    return int(reported.group(1)) if reported and int(reported.group(1)) < published else 0


def _unmarked(cue: Cue) -> bool:
    """A part of a year that says nothing of its year (12月份, 三季度; not 2024年12月, 截至今年6月底)."""
    return not names_its_year(cue) and not {"upto_this", "upto_last", "qq_last"} & cue.groups.keys()


NEW_YEAR = 2  # in January and February no part of the year has ended: what is done is last year's


def _last_years(period: str, year: int, month: int, kind: str) -> bool:
    """The period, read in the document's year, begins later than it ended a year before, or it is a
    done thing (`kind`) the new year cannot have yet: a release looks back (12月份, 三季度, 全年 in
    January), news of a plan a few months ahead (将于8月 in July, 将从下周起至5月 in January)."""
    months = [int(m) for m in re.findall(r"\d{4}-(\d{2})", period)] or [1, 12]  # 全年
    if not period.lstrip("./").startswith(str(year)):
        return False
    ahead, behind = months[0] - month, month + 12 - months[-1]
    return ahead > 0 and behind < ahead or kind == "actual" and month <= NEW_YEAR < months[-1]


def _year_in(period: str) -> int:
    """The (first) year of a period: 2024, ../2024-06 → 2024."""
    return int(re.search(r"\d{4}", period).group())


def _upto_a_year(cue: Cue) -> bool:
    """截至今年3月, 截至去年底, 截至2024年6月: up to a time of a year it names."""
    return cue.kind == "upto" and any(k in cue.groups for k in ("upto_y", "upto_this", "upto_last"))


def _part_of_a_year(cue: Cue) -> bool:
    """一季度, 1—10月份, 截至2月末 (not 截至目前, nor 今年: no part of a year in particular)."""
    return cue.kind in TOPIC_KINDS and (cue.kind != "upto" or "upto_m" in cue.groups or "upto_y" in cue.groups)


def _inside_book_title(text: str, at: int) -> bool:
    """Inside 《…》 (a title is shorter than 120 characters: the scan stays short in a long document)."""
    window = max(0, at - 120)
    return text.rfind("《", window, at) > text.rfind("》", window, at)


def _year_named_before(text: str, end: int) -> int:
    """The year of the last cue before `end` that names one, not a target's (到2025年) nor a plan's."""
    dated = [c for c in find_cues(text, 0, end) if names_its_year(c) and c.kind not in ("by", "plan")]
    return _last_year_of(dated[-1], 0, 12) if dated else 0


def _last_year_of(cue: Cue, year: int, month: int) -> int:
    """The year a cue leaves the text in: its own, or the last of a range of years (2013—2021年 → 2021)."""
    period = resolve_period(cue, year, month)
    return int(period.rsplit("/", 1)[-1][:4]) if cue.kind == "years" else _year_in(period)


BREAKDOWN = re.compile(r"[从分按][^，。；\n]{1,10}(?:看|来看|分)[，,]")  # 从贸易主体来看，; 分领域看，
ASPECT_OPENING = r"(?:在)?[^，。；：\n]{1,16}方面[，,]"  # 原材料工业方面，一季度…: the field the sentence is about
TOPIC_KINDS = ("range", "first", "quarters", "half", "quarter", "month", "upto")  # a part of a year, or up to a month
SENTENCE_OPENING = re.compile(r"[\s　]*(?:[^，。；：\n（(]{0,16}?[讯电]\s*(?:[（(][^）)]{1,20}[）)])?)?(?:作为[^，。；：\n]{1,20}[，,])?"  # 本报北京10月28日讯（记者 张三丰）
                              r"(?:[^，。；：\n]{1,48}?(?:表示|介绍|指出|说|称|透露|强调|通报|显示|发布数据|公布数据|了解到|获悉)[，,：:]|据[^，。；\n]{0,8}(?:介绍|统计|测算)[，,]"
                              rf"|{BREAKDOWN.pattern}|{ASPECT_OPENING})?"  # 丁明表示，前三季度，…; 据海关统计，; 从贸易主体来看，; 原材料工业方面，
                              r"(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.、]|首先|其次|另外|此外)?[，,]?(?:今年|去年|上年|本年)?")  # 今年1至5月份，…


def _opens_paragraph(doc: Doc, at: int) -> bool:
    """The cue at `at` opens the first sentence of its paragraph (海关统计显示，上半年，…; not …。二季度…)."""
    sent, text = doc.sentence_at(at), doc.document.text
    return sent is not None and _opens_sentence(doc, at) and not text[text.rfind("\n", 0, sent.start) + 1:sent.start].strip()


def _opens_sentence(doc: Doc, at: int) -> bool:
    """The cue opens its sentence (一季度，…; 一是1—9月，…): it sets the period of what follows."""
    sent = doc.sentence_at(at)
    if sent is None:
        return False
    start = sent.start
    if sent.speaker:
        label = TURN.match(doc.document.text[start:at])
        start += label.end() if label else 0  # 辛国斌：一季度，…: the turn's label is no part of the sentence
    return SENTENCE_OPENING.fullmatch(doc.document.text, start, at) is not None


HEADLINE_KINDS = tuple(kind for kind in TOPIC_KINDS if kind != "upto")  # a span of the year, not a date it runs up to


def _headline_time(doc: Doc) -> Cue | None:
    """The part of the year a release's headline names (1-10月, 前三季度, 上半年): the period of the figures
    whose sentence and paragraph name none. Only the first headline, and only a part of a year."""
    title = next((s for s in doc.sentences if s.part == "title"), None)
    if title is None:
        return None
    return next((c for c in find_cues(doc.document.text, title.start, title.end) if c.kind in HEADLINE_KINDS), None)


def _first_of_its_likes(doc: Doc, cue: Cue) -> bool:
    """分季度看，一季度增长5.3%，二季度增长4.7%，三季度增长4.6%: the first of the times a sentence lists
    one by one opens that list, not the sentences after it (分产业看，第一产业… is still 前三季度's)."""
    sent = doc.sentence_at(cue.start)
    end = cue.start + max(1, len(cue.groups.get(cue.kind, "")))  # not 至2月末 inside 截至2月末
    return sent is not None and any(c.kind == cue.kind for c in find_cues(doc.document.text, end, sent.end))


def _breakdown_continues(doc: Doc, sent: Sentence, turn_start: int) -> int:
    """1—10月，软件业务收入…。\n分领域看，软件产品收入…: a paragraph that breaks down the one before it
    is of that paragraph's time, so its cues are read from where that one begins."""
    opening = doc.sentence_at(turn_start)
    if sent.speaker or opening is None or not opening.index or not BREAKDOWN.match(doc.document.text, turn_start):
        return turn_start
    before = doc.sentences[opening.index - 1]
    if before.part != sent.part or before.speaker:
        return turn_start
    return _breakdown_continues(doc, before, _turn_start(doc, before))  # 分领域看，…\n分地区看，…: back to the first


def _turn_start(doc: Doc, sent: Sentence) -> int:
    """Where the Q&A turn (or, outside Q&A, the paragraph) holding `sent` begins."""
    start = sent.start
    for other in reversed(doc.sentences[: sent.index]):
        if other.part != sent.part or other.speaker != sent.speaker or (not sent.speaker and "\n" in doc.document.text[other.end:start]):
            break
        start = other.start
    return start


WHOLE_ECONOMY = re.compile(r"(?<![占于与动对])(?:失业率|国内生产总值|地区生产总值|经济总量|一般公共预算收入|GDP|居民消费价格|消费者价格指数|CPI|居民人均可支配收入|城镇新增就业|社会消费品零售总额|外汇储备|"
                           r"(?:全国|全社会)(?:城镇)?固定资产投资|全[国省市区县]新(?:增|设|登记)(?:注册|登记)?(?:企业|经营主体|市场主体))")
# not 占GDP, 高于GDP: the whole a part is of; 全市新增注册企业: a whole region's new firms, of no sector named before
# (自贸试验区新增企业 are the zone's)
TRADE_TOTALS = re.compile(r"货物贸易|服务贸易|进出口总额|实际使用外资|新设(?:立)?外商投资企业")  # of the economy, unless a sector opens the sentence
SHARE_OF = re.compile(r"占(?!据|领)[\u4e00-\u9fff]{0,6}$")  # 占整个汽车出口的比例, 占全国新增电力装机的88%: the whole a share is of
CHANGE_HEADER = re.compile(r"增长|增速|增幅|下降|降幅|比重|占比|同比|环比")  # a table column of changes or shares
CONTRIBUTION_TO = re.compile(r"对[\u4e00-\u9fff]{0,4}$")  # 对全部规上工业增长贡献率达到45.4%: the whole it contributes to
PULLING = re.compile(r"(?:拉动|带动)[\u4e00-\u9fff]{0,4}$")  # 装备制造业利润…拉动全部规上工业利润增长4.5个百分点: the whole it pulls
COMPARED = re.compile(r"(?:(?:高于|低于|快于|慢于|高出)[\u4e00-\u9fff]{0,8}(?:[^，。；]{1,12}[、和])?|(?:超过|多于|少于)[\u4e00-\u9fff]{0,3}|(?:扣除|剔除|不含)[\u4e00-\u9fff]{0,3}(?:[^，。；]{1,12}[、和])?|比(?![重例])[\u4e00-\u9fff]{0,3}(?:[^，。；]{1,12}[、和])?)$")  # 比同期工业、高技术制造业高; 高出同期工业、高技术制造业


def _about(doc: Doc, clause: tuple[int, int], sent: Sentence, turn_start: int, pos: int, metric: str = "") -> Mention | None:
    """What a figure is about: the first subject in its clause (not the one it is compared with:
    高于整体工业), else the nearest before it in the sentence, else the first after it, else the
    subject its paragraph names most, else its Q&A turn."""
    text = doc.document.text
    subjects = _subjects(doc)
    in_clause = [m for m in subjects if clause[0] <= m.start and m.end <= clause[1]]
    compared = {id(m) for m in in_clause if _compared_in(doc, clause[0], m.start) or _excepted(text, m)}  # 高于整体工业, 扣除食品和能源
    in_clause = [m for m in in_clause if id(m) not in compared]
    share_of = [m for m in in_clause if SHARE_OF.search(text[clause[0]:m.start])
                or CONTRIBUTION_TO.search(text[clause[0]:m.start]) and "贡献" in text[m.end:clause[1]]
                or PULLING.search(text[clause[0]:m.start]) and "增长" in text[m.end:pos]]
    in_clause = [m for m in in_clause if m not in share_of]
    counted = [m for m in in_clause if pos < m.start and COUNTED_RIGHT_AFTER.fullmatch(text, pos, m.start)] if text[pos - 1:pos] == "等" else []
    if counted:
        return counted[0]  # 聚焦集成电路、生物医药…等16个先进制造业集群: what is counted, not the first example
    if in_clause:
        after_last = _after_last_statistic(text, clause[0], pos)  # 轻工业增长6.4%、纺织工业增长4.3%: 纺织
        here = next((m for m in in_clause if after_last <= m.start < pos), None)
        if here is not None or not _a_sibling_s(text, in_clause[0], pos, metric):
            return _narrower_topic(text, subjects, here or in_clause[0], sent, turn_start, clause[0])
    if _negated_subject(text[clause[0]:pos], subjects):
        return None  # 非制造业商务活动指数: the rest of the economy, not the sector named before
    implied = _implied_subject(text[clause[0]:clause[1]], subjects) if not share_of else None  # 对全部规上工业: the whole
    if implied is not None:
        return implied
    if not share_of and WHOLE_ECONOMY.search(text, clause[0], pos):
        return None  # 全国城镇调查失业率为5.2%: a measure of the whole economy, of no industry named before
    in_sentence = [m for m in subjects if (sent.start <= m.start and m.end <= sent.end and m.end <= clause[0] or
                   sent.start <= m.start and m.end <= sent.end and m.start >= clause[1] and "其中" not in text[pos:m.start]
                   and not NEXT_STEP.search(text, pos, m.start) and not _measured_alike_after(text, m, sent, pos))
                   and not _compared(doc, m, sent.start)]
    siblings = {id(m) for m in subjects if sent.start <= m.start and m.end <= sent.end and not clause[0] <= m.start < clause[1]
                and _a_sibling_s(text, m, pos, metric)}  # 铁路客运量…，水路客运量预计145万人次，民航客运量…: neither
    actors = _actors_by_start(doc)
    in_sentence = [m for m in in_sentence if id(m) not in siblings and not _another_actor_s(text, actors, m, sent, clause)]
    before = _specific([m for m in in_sentence if m.end <= pos], text, sent)
    if not before and not share_of and TRADE_TOTALS.search(text, clause[0], pos):
        return None  # 货物贸易进出口总额43.8万亿元 (not 我国机械工业…，累计实现进出口总额5361亿美元)
    if before or share_of or in_sentence:  # 新能源汽车出口…，占整个汽车出口的比例: the part, not the whole
        return _head_of_its_list(text, before, before[-1]) if before else (share_of or in_sentence)[0]
    paragraph_start = max(turn_start, text.rfind("\n", 0, sent.start) + 1)
    if _another_speaker_takes_over(doc, paragraph_start, sent, pos):
        return None  # …王宏志表示，…可再生能源…。苟坪说，中央企业…营业收入9.2万亿元: another official, another subject
    earlier = [m for m in subjects if paragraph_start <= m.start and m.end <= pos and not _compared(doc, m, paragraph_start)
               and id(m) not in siblings and not _another_actor_s(text, actors, m, sent, clause)
               and not _in_an_earlier_item(text, m, paragraph_start, pos)] or \
        [m for m in subjects if turn_start <= m.start and m.end <= pos and not _compared(doc, m, turn_start)
         and id(m) not in siblings and not _another_actor_s(text, actors, m, sent, clause)
         and not _in_an_earlier_item(text, m, turn_start, pos)]  # 三是信息通信业…。…电信业务收入
    if text[sent.start - 1:sent.start] == "；" and OWN_SUBJECT.match(text, clause[0]):
        opening = max(text.rfind(mark, paragraph_start, sent.start) for mark in "。！？")
        earlier = [m for m in earlier if m.start < opening]  # …5G基站总数…；千兆宽带用户…: a sibling's own subject
    if not earlier and sent.part == "answer":  # 近日，工信部通报了157款…APP: what the question asked about
        asked = _question_before(doc, turn_start)
        earlier = [m for m in subjects if asked[0] <= m.start and m.end <= asked[1]]
    named = [m for m in earlier if m.rule != "book-title"] or earlier  # a campaign rather than its notice
    named = [m for m in named if text[m.start - 1:m.start] != "是" or text[m.end:m.end + 1] == "的"] or named  # 新能源汽车产业是战略性
    # 新兴产业: what it is classed as (…，是引汉济渭工程的关键性节点: whose part it is)
    if not named:
        return _plan_of_its_goals(doc, sent, subjects)
    counts = Counter(m.name for m in named)
    topic = max(reversed(named), key=lambda m: counts[m.name])
    a_part = PART_OPENING.search(text, max(0, topic.start - 3), topic.start) is not None
    if counts[topic.name] == 1 and (_listed_with_another(text, topic, named) or a_part):
        return None  # …，其中制造业投资增长7.9%。今年以来，…下达中央预算内投资7000亿元: a part named once is no topic
    if topic.label is Label.POLICY and OUTPUT.search(metric):
        return None  # …开展消费电子以旧换新活动。上半年，智能手机产量5.9亿台: what a sector makes, not what a campaign does
    return topic


def _measured_alike_after(text: str, subject: Mention, sent: Sentence, pos: int) -> bool:
    """商品零售额增长6.5%，餐饮收入增长5.9%: a subject named after the figure, in a clause that measures
    it as the figure's clause measures its own, is that clause's subject (not …为48472.91亿元，…，做到了保证
    国家财政性教育经费…不低于4%: the sentence's topic)."""
    end = clause_span(text, subject.start, subject.end, sent.start, sent.end)[1]
    own = next((m for m in NUMBER.finditer(text, subject.end, end) if _is_statistic(text, m)), None)
    ours = clause_span(text, pos, pos + 1, sent.start, sent.end)
    return own is not None and text[own.start() - 2:own.start()] == text[pos - 2:pos] \
        and subject.text not in text[ours[0]:ours[1]]  # 快递业务量…18%，快递业务收入…10.5%: both 快递's


def _narrower_topic(text: str, subjects: list[Mention], subject: Mention, sent: Sentence, turn_start: int,
                    clause_start: int) -> Mention:
    """工业互联网平台超过70个，连接工业设备数量达4000万台: 工业 modifying a thing counted (not a measure of
    the whole, 工业增加值) in a paragraph on a narrower sector named after it (工业互联网) is that sector's
    (`subjects`: the document's, as _about found them)."""
    if subject.name not in WHOLES or OUTPUT_OF_A_WHOLE.match(text, subject.end) \
            or ABOVE_SCALE.search(text, max(0, subject.start - 4), subject.start):
        return subject  # 规模以上工业企业…数控化率: the statistics' whole, whatever the paragraph is on
    start = max(turn_start, text.rfind("\n", 0, sent.start) + 1)
    narrower = [m for m in subjects if start <= m.start and m.end <= clause_start and m.label is Label.INDUSTRY
                and m.name != subject.name and m.name.startswith(subject.name)]
    return narrower[-1] if narrower else subject


ABOVE_SCALE = re.compile(r"(?:规模以上|规上)$")
OUTPUT_OF_A_WHOLE = re.compile(r"(?:企业)?(?:增加值|利润|营业收入|收入|产值|产能|投资|用电量|出口|增速|增长|生产|经济|运行|产品)")
PART_OPENING = re.compile(r"其中[，,]?$")
NEXT_STEP = re.compile(r"[，；]\s*(?:下一步|下一阶段|接下来|今后)")  # …已批准发布行业标准1200余项，下一步将加快人工智能…标准研制
OUTPUT = re.compile(r"产量|产值|增加值|营业收入")  # what a sector produces, measured


def _a_sibling_s(text: str, subject: Mention, pos: int, metric: str) -> bool:
    """其中制造业投资增长7.9%，基础设施投资增长4.4%: a subject an earlier figure of the sentence measured is
    not that of a figure that measures the same thing (投资) of another subject (not 铁路营业里程…，其中高铁4.8万公里)."""
    same_measure = any(metric.endswith(text[subject.end:subject.end + size]) for size in (2, 3, 4)) \
        and not metric.startswith(("拉动", "带动", "占", "对", "比"))  # …，拉动全部规上工业利润增长4.5个百分点: the part's pull on the whole
    return same_measure and subject.name not in metric and subject.text not in metric \
        and (subject.start > pos or _after_last_statistic(text, subject.end, pos) > subject.end)  # scanned only when the rest holds


def _another_speaker_takes_over(doc: Doc, paragraph_start: int, sent: Sentence, pos: int) -> bool:
    """The sentence is said by someone (苟坪说，…) after another person said the paragraph's sentences
    before it (王令浚介绍，…): a news roundup, each official on a subject of their own."""
    text = doc.document.text
    persons = [m for m in doc.mentions if m.label is Label.PERSON and paragraph_start <= m.start < pos and _says(text, m)]
    now = {m.name for m in persons if m.start >= sent.start}
    before = {m.name for m in persons if m.start < sent.start}
    return bool(now) and bool(before) and not now & before


WHOLES = ("工业", "制造业")  # the whole a clause's measure is named after (企业工业增加值), not its subject


COUNTED_RIGHT_AFTER = re.compile(r"[^，、；。至到]{1,10}")  # 等16个(先进制造业集群); not 等10多种扩展至(电子…): another list


ADDITION = re.compile(r"(?:^|(?<=[。！？\n]))[ \t　]*(?:此外|另外|除此之外)[，,]")
ITEM_OPENER = re.compile(r"(?:^|(?<=[。；：\n]))[ \t　]*[一二三四五六七八九十]+是")


def _in_an_earlier_item(text: str, subject: Mention, start: int, pos: int) -> bool:
    """一是…。二是加大金融支持…。三是…，力争推动50项以上标志性产品…: the subject of an item before the
    figure's own is not its topic (what precedes the first item still is); nor is a subject named before
    a sentence that adds another matter (…“三北”工程…。此外，海洋强国建设…。…海洋生产总值达到4.9万亿)."""
    own_sentence = max(text.rfind(mark, start, pos) for mark in "。！？\n") + 1
    if any(subject.start < m.start() for m in ADDITION.finditer(text, start, own_sentence)):
        return True  # (not in the sentence that adds it: 此外，中国队还夺得了…等5块金牌 at the games named before)
    openers = [m.start() for m in ITEM_OPENER.finditer(text, start, pos)]
    return len(openers) >= 2 and openers[0] <= subject.start < openers[-1]


ACTORS = (Label.COMPANY, Label.GOV, Label.ORG)


def _actors_by_start(doc: Doc) -> dict[int, Mention]:
    """The firms and bodies by where they start: the one a clause opens with is whose clause it is."""
    return {m.start: m for m in reversed(doc.mentions) if m.label in ACTORS}


def _another_actor_s(text: str, actors: dict[int, Mention], subject: Mention, sent: Sentence, clause: tuple[int, int]) -> bool:
    """The subject is in a clause of another firm or body than the figure's (中国石化建成…光伏制氢项目，
    国家电网投运特高压工程12项: no 光伏 figure): each actor's clause says what it did."""
    actor = actors.get(clause[0])
    if actor is None or not sent.start <= subject.start < sent.end:
        return False
    other = actors.get(clause_span(text, subject.start, subject.end, sent.start, sent.end)[0])
    return other is not None and other.name != actor.name


def _specific(subjects: list[Mention], text: str, sent: Sentence) -> list[Mention]:
    """纺织行业规模以上企业工业增加值增长4.4%，出口额3011亿美元: the clause before is about 纺织, not
    about the 工业 its measure's name holds after it."""
    opened: set[int] = set()
    kept = []
    for m in subjects:
        clause = clause_span(text, m.start, m.end, sent.start, sent.end)[0]
        if not (m.name in WHOLES and clause in opened):
            kept.append(m)
        opened.add(clause)
    return kept


NEGATION_GLUED = re.compile(r"(?<![并绝而是莫除])非$")  # 非制造业; not 并非, 而非


def _negated_subject(words: str, subjects: list[Mention]) -> bool:
    """The clause measures what a subject is not: 非制造业商务活动指数."""
    return any(NEGATION_GLUED.search(words[:at]) for name in {m.text for m in subjects}
               for at in [words.find(name)] if at > 0)


def _listed_with_another(text: str, subject: Mention, subjects: list[Mention]) -> bool:
    """集成电路、航空航天、生物医药等产业加快发展。…企业3000余家: an item of a list an earlier sentence
    names once is no topic of the paragraph's figures; nor is the last item of a list of what is
    supported (…、交通基础设施等重点领域。此外，…减轻负担约1.2万亿元)."""
    return any(other.end + 1 == subject.start and text[other.end] in "、和及与" or
               subject.end + 1 == other.start and text[subject.end] in "、和及与" for other in subjects) \
        or text[subject.start - 1:subject.start] == "、" and LAST_EXAMPLE.match(text, subject.end) is not None


LAST_EXAMPLE = re.compile(r"[^，。；、\n]{0,6}等")  # 、交通基础设施等: the last of examples


# a clause that opens with what it counts (千兆宽带用户达2.07亿户) names its own subject
# (not 实现营业收入…, 将减征…企业: the verb goes on with the subject before)
OWN_SUBJECT = re.compile(r"(?!实现|完成|达|累计|新增|增|减|同比|比|占|共|有|建|带动|吸|拉动|将|已|还|也|并|其中|为|是|创|全年|同期)"
                         r"[\u4e00-\u9fffA-Za-z]{2,}?(?:用户|企业|产量|数量|人数|总数|规模|收入|投资|产值|销量|装机)")


def _compared_in(doc: Doc, start: int, end: int) -> bool:
    """text[start:end] ends by saying what is compared (高于整体工业, 比去年): not 比 opening a name (比亚迪)."""
    found = COMPARED.search(doc.document.text, start, end)
    return found is not None and not any(m.start <= found.start() < m.end for m in doc.mentions
                                         if m.label not in SUBJECT_LABELS)


def _compared(doc: Doc, m: Mention, floor: int) -> bool:
    """The subject is named in its own clause as what something is compared with or excluded from
    (高于整体工业, 扣除食品和能源价格的…): the figures after it are not about it."""
    text = doc.document.text
    return _compared_in(doc, max(floor, *(text.rfind(mark, 0, m.start) + 1 for mark in "，。；\n")), m.start) \
        or _excepted(text, m)


EXCEPT_BEFORE = re.compile(r"(?<![扣剔排免解删去消清拆切])除(?:了)?[^，。；除]{0,10}$")
EXCEPT_AFTER = re.compile(r"[^，。；]{0,10}?[以之]外")


def _excepted(text: str, m: Mention) -> bool:
    """除汽车以外的消费品零售额: what 除…以外 sets aside is not what the figure measures."""
    return EXCEPT_BEFORE.search(text, max(0, m.start - 12), m.start) is not None and EXCEPT_AFTER.match(text, m.end) is not None


LIST_UP_TO = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9]{1,8}(?:、|和|及))+$")  # 工业、农业、建筑、…、 before the last item


def _head_of_its_list(text: str, subjects: list[Mention], last: Mention) -> Mention:
    """工业、农业、…、医疗等领域…，这将是…5万亿元: a list named before a figure is what it is about
    as a whole; its first item stands for it, as it does in the figure's own clause."""
    listed = LIST_UP_TO.search(text, max(0, last.start - 60), last.start)
    if listed is None:
        return last
    return next((m for m in subjects if listed.start() <= m.start < last.start), last)


def _after_last_statistic(text: str, start: int, end: int) -> int:
    """Where the last figure in text[start:end] ends (start if none): the subject of a figure listed
    after another with its own verb is named after that one."""
    return max((m.end() for m in NUMBER.finditer(text, start, end) if _is_statistic(text, m)), default=start)


def _subjects(doc: Doc) -> list[Mention]:
    """The mentions a figure can be about: a law is none (以违反欧盟反垄断法为由…处以29.5亿欧元 is a fine,
    选举法 in a paragraph on deputies no topic of their number), nor a plenum whose spirit the text follows, nor
    the press passage (部长通道) a speaker stands in."""
    text = doc.document.text
    return [m for m in doc.mentions if m.label in SUBJECT_LABELS and not m.nested and not m.name.endswith(BRIEFINGS)
            and not (m.label is Label.EVENT and (GUIDANCE.match(text, m.end) or m.name.endswith("全会") or m.rule == "passage"))
            and not (m.label is Label.POLICY and a_law(m.name))
            and not (m.name in DATA_SOURCES and SOURCE_SAYS.match(text, m.end))]


SOURCE_SAYS = re.compile(r"(?:监测|统计)?(?:数据)?显示")  # 商务大数据显示，…冰雪游消费额增长1.2倍: where the figures come from
DATA_SOURCES = ("大数据",)  # an industry that is also how figures are gathered (金融统计数据显示: finance's own figures)


def _question_before(doc: Doc, turn_start: int) -> tuple[int, int]:
    """The span of the question turn an answer starting at `turn_start` replies to (empty if none)."""
    turn = doc.sentence_at(turn_start)
    asked = []
    for other in reversed(doc.sentences[: turn.index] if turn is not None else []):
        if other.part != "question":
            if asked or other.part not in ("byline", "heading"):
                break
            continue
        asked.append(other)
    return (asked[-1].start, asked[0].end) if asked else (0, 0)


def _implied_subject(clause: str, subjects: list[Mention]) -> Mention | None:
    """规模以上…利润 is about 工业 by the statistics' own convention (lexicon: metric_subjects.tsv)."""
    for words, industry in lexicon.load().metric_subjects.items():
        if words in clause:
            return Mention(0, 0, industry, Label.INDUSTRY, industry, "implied")  # no span: named by convention
    return None


REPORTS = re.compile(r"(?:表示|介绍|指出|说|称|透露|强调|通报|补充|宣布|(?:进行了?|作了?)?解读|认为)")
SAYS_AT = re.compile(r"(?:\d{1,2}日|今天|日前|近日|当天)?(?:在(?:[^，。；“”]|“[^，。；“”]{1,12}”){1,30}?(?:上|时|中|期间)(?:致辞|讲话|发言)?[，,]?(?:也|还|同时)?)?"
                     + REPORTS.pattern)  # 于卫宁19日解读称, 在开幕式上致辞表示, 在“部长通道”上介绍
PRONOUN_REPORTS = re.compile(r"(?<![其])(?:他|她)(?:同时|还|也|进一步|随后|最后)?" + REPORTS.pattern)
PRONOUN_REACH = 300  # characters back to the person a 他/她 refers to


def _reporter(doc: Doc, sent: Sentence, pos: int, paragraph_start: int) -> str:
    """Who gives a figure outside a Q&A turn: the person who 表示/介绍/指出 it earlier in the sentence
    (or in the sentences it continues after a ；), else the one a 他/她表示 before it refers to, else
    the one said to say the quotation it stands in, else the one whose words open the paragraph
    (徐旭介绍，…。全年新增…)."""
    text = doc.document.text
    start = semicolon_chain(doc, sent)[0]  # 谢存介绍，…增长2.5%；…电信业务总量同比增长9.5%: the same speaker
    for m in reversed([m for m in doc.mentions if m.label is Label.PERSON and start <= m.start and m.end <= pos]):
        if _says(text, m):
            return m.name
    pronoun = PRONOUN_REPORTS.search(text, start, pos)
    if pronoun:
        at = pronoun.start()
        named = [m for m in doc.mentions if m.label is Label.PERSON and m.end <= at and at - m.end <= PRONOUN_REACH]
        if named:
            return named[-1].name  # 他同时透露，…: the person last named before
    quoted = _quoted_speaker(doc, pos)
    if quoted:
        return quoted
    opening = doc.sentence_at(paragraph_start)
    if opening is not None and opening.index < sent.index and not CITES_ITS_SOURCE.search(text, start, pos):
        return _reporter(doc, opening, opening.end, opening.start)
    return ""


def _briefing_s_figures(doc: Doc, found: list[Figure]) -> list[Figure]:
    """The figures no one is said to give, in the body of a report of one person's briefing, are that
    person's, unless their paragraph cites its source (据…统计, …数据显示)."""
    unclaimed = [f for f in found if not f.reported_by]
    name = _lead_speaker(doc) if unclaimed else ""  # once per document
    if not name:
        return found
    text = doc.document.text

    def theirs(figure: Figure) -> bool:
        sent = doc.sentence_at(figure.start)
        paragraph_start = text.rfind("\n", 0, figure.start) + 1
        return sent is not None and sent.part == "body" and not CITES_ITS_SOURCE.search(text, paragraph_start, figure.start)

    return [dataclasses.replace(f, reported_by=name) if not f.reported_by and theirs(f) else f for f in found]


def _lead_speaker(doc: Doc) -> str:
    """付凌晖15日在国新办新闻发布会上表示，10月份，…。\n\n10月份，全国规模以上工业增加值…: a report of one
    person's briefing, whose lead says who speaks at it and who no one else in it speaks after, gives that
    person's figures throughout (not a leader's visit, nor a roundup of stories)."""
    text = doc.document.text
    lead = introduction(doc)
    speakers = {m.name for m in doc.mentions if m.label is Label.PERSON and m.rule != "byline" and _says(text, m)}
    if len(speakers) != 1:
        return ""
    (name,) = speakers
    said_at_a_briefing = any(m.name == name and s.start <= m.start < s.end and _says(text, m) and BRIEFING_NAMED.search(text, s.start, s.end)
                             for s in lead for m in doc.mentions if m.label is Label.PERSON)
    return name if said_at_a_briefing else ""


BRIEFING_NAMED = re.compile(r"发布会|吹风会|记者会|通气会|解读")  # the lead reports a briefing or an official's reading of a
# release (…首席统计师董莉娟进行了解读), not a visit or a roundup


CITES_ITS_SOURCE = re.compile(r"(?:数据|统计|监测|调查|报告)(?:结果)?显示|据[^，。；]{1,30}?(?:统计|数据|测算|监测|调查)")  # 中国汽车
# 工业协会数据显示，…: the figures are that source's, not those of the speaker who opened the paragraph


def _given_by(doc: Doc, sent: Sentence, pos: int, turn_start: int) -> str:
    """Who gives a figure: the speaker of its Q&A turn, else the one the introduction says answers
    the unnamed 答：turns, else who the text says says it."""
    if sent.part == "answer" and sent.speaker:
        return sent.speaker
    return (_sole_answerer(doc) if sent.part == "answer" else "") or _reporter(doc, sent, pos, turn_start)


ANSWERS_THE_PRESS = re.compile(r"回答了?记者|答记者问|接受(?:了)?(?:[^，。；\s]{0,8}?记者)?的?(?:专访|采访)")  # 接受了本报记者专访


def _sole_answerer(doc: Doc) -> str:
    """问：…答：… after 陶青就…回答了记者提问: the one person the introduction says answers."""
    intro = introduction(doc)
    text = doc.document.text
    if not any(ANSWERS_THE_PRESS.search(text, s.start, s.end) for s in intro):
        return ""
    named = {m.name for m in doc.mentions if m.label is Label.PERSON and any(s.start <= m.start < s.end for s in intro)}
    return named.pop() if len(named) == 1 else ""


def _says(text: str, person: Mention) -> bool:
    """The person's name is followed by a verb of saying (陶青表示, 陶青说, 谢存补充道; 他也表示), maybe
    after when, or when and where (于卫宁19日解读称, 陶青18日在国新办新闻发布会上表示, 梁志峰在回答记者提问时表示)."""
    return bool(REPORTS.match(text, person.end, person.end + 4) or REPORTS.match(text, person.end + 1, person.end + 5)
                or SAYS_AT.match(text, person.end, person.end + 40))


def _quoted_speaker(doc: Doc, pos: int) -> str:
    """“上半年，…305.5万个。”…陶青说: who says the quotation a figure stands in, named after it
    in the paragraph."""
    text = doc.document.text
    line_start, line_end = line_span(text, pos)
    opening = text.rfind("“", line_start, pos)
    if opening < 0 or text.rfind("”", line_start, pos) > opening:
        return ""
    closing = text.find("”", pos, line_end)
    if closing < 0:
        return ""
    for m in doc.mentions:
        if m.label is Label.PERSON and closing < m.start and m.end <= line_end and _says(text, m):
            return m.name
    return ""


def find_figures(doc: Doc) -> Iterator[Figure]:
    """The statistics of every kept sentence of the document; a table's cell that repeats one the
    text states (…累计完成14628亿元 and | 电信业务收入 | 14628亿元 |) only once, as the text says it."""
    found = [figure for sent in doc.sentences if sent.part not in ("byline", "heading", "title", "question")
             for figure in _paired_with_their_subjects(doc, sent, list(_sentence_figures(doc, sent)))]
    text = doc.document.text
    in_table = {id(f) for f in found if tables.cell_at(text, f.start) is not None}
    said = {(f.value, f.unit, f.metric, f.period) for f in found if id(f) not in in_table}
    found = _briefing_s_figures(doc, _tasks_are_targets(doc, _parts_share_the_whole(doc, found)))
    headlined = _headlines_its_story_repeats(doc, found)
    yield from (f for f in found if (id(f) not in in_table or (f.value, f.unit, f.metric, f.period) not in said)
                and id(f) not in headlined)


HEADLINE = 40  # characters: a story's headline inside a roundup of news


def _headlines_its_story_repeats(doc: Doc, found: list[Figure]) -> set[int]:
    """前11个月我国软件业利润同比增长12.9% / 工业和信息化部数据显示，…利润总额…同比增长12.9%。: a story's
    headline (a short line with no closing mark) states a figure the story under it states again, with
    what it measures and when; the story's is kept (ids of the headline's figures)."""
    text = doc.document.text
    repeated = set()
    for f in found:
        start, end = line_span(text, f.start)
        line = text[start:end].strip("*# 　")
        if len(line) > HEADLINE or line[-1:] in END_PUNCT or end >= len(text):
            continue
        story = line_span(text, end + 1)
        if any(g.value == f.value and g.unit == f.unit and story[0] <= g.start < story[1] for g in found):
            repeated.add(id(f))
    return repeated


BREAKDOWN_OPENING = re.compile(r"\s*其中[，,]")


def _parts_share_the_whole(doc: Doc, found: list[Figure]) -> list[Figure]:
    """上半年，…工业增加值同比增长6.0%。其中，二季度增长5.6%。: a sentence that opens by breaking down the
    last figure of the sentence before, and only says how its part changed, measures what that one does."""
    text, out = doc.document.text, []
    for f in found:
        before = out[-1] if out else None
        if before is not None and before.sentence == f.sentence - 1 and before.unit == f.unit \
                and CHANGE_ONLY.fullmatch(f.metric) and BREAKDOWN_OPENING.match(text, doc.sentences[f.sentence].start):
            f = dataclasses.replace(f, metric=before.metric, about=f.about or before.about)
        out.append(f)
    return out


def _tasks_are_targets(doc: Doc, found: list[Figure]) -> list[Figure]:
    """（一）推动产业集群数字化改造。…每年推进30个细分行业…: in a policy's own text, what a numbered task
    sets is a target, unless its sentence says it was done (已, 累计, 截至…) or names a past year."""
    start = own_text_start(doc) if any(f.kind == "actual" for f in found) else None
    if start is None:
        return found
    text, year = doc.document.text, doc.document.published[:4]
    tasks = task_paragraphs(doc, start)
    out = []
    for f in found:
        sent = doc.sentences[f.sentence]
        in_task = any(a <= f.start < b for a, b in tasks)
        past = DONE.search(text, sent.start, f.start) or f.period[:4].isdigit() and f.period[:4] < year
        out.append(dataclasses.replace(f, kind="target") if in_task and f.kind == "actual" and not past else f)
    return out


def _sentence_figures(doc: Doc, sent: Sentence) -> Iterator[Figure]:
    """The figures of one sentence; one that only says how the one before changed shares its metric."""
    text = doc.document.text
    previous: Figure | None = None
    for found in NUMBER.finditer(text, sent.start, sent.end):
        match = _with_table_unit(text, _with_listed_unit(text, found, sent.end))
        if not _is_statistic(text, match) or _numbered_institute(doc, match) or _in_a_policy_s_name(doc, match):
            continue
        figure = _figure(doc, sent, match)
        if previous and tables.cell_at(text, match.start()) is None:
            shared = _shared_metric(figure.metric, previous.metric)
            if shared != figure.metric and not _names_own_subject(doc, sent, match):
                figure = dataclasses.replace(figure, about=previous.about)  # 收入…，同比增长4.2%: the same thing's change
            if previous.kind == "target" and (CHANGE_OF_THE_LAST.fullmatch(text, previous.end, match.start())
                                              or _a_change_clause(text, previous.end, match.start())):
                figure = dataclasses.replace(figure, kind="target")  # 预计将达40.2亿吨，同比增长3.9%: a forecast's change
            figure = dataclasses.replace(figure, metric=shared)
        elif CHANGE_ONLY.fullmatch(figure.metric):
            figure = dataclasses.replace(figure, metric=_subject_before(text, sent, match.start()) + figure.metric)
        elif not figure.metric:  # 社会消费品零售总额方面，1—10月达到40.5万亿元; 转移支付创新高，达10.42万亿元
            figure = dataclasses.replace(figure, metric=_topic_before(text, sent, match.start())
                                         or _subject_before(text, sent, match.start()))
        elif BARE_COPULA.fullmatch(figure.metric):  # 指数值连续5个月上升，其中12月为54.5%
            figure = dataclasses.replace(figure, metric=_subject_before(text, sent, match.start()) or figure.metric)
        previous = figure
        yield figure


def _in_a_policy_s_name(doc: Doc, match: re.Match) -> bool:
    """“外资24条”: a number inside a policy's name names it, no statistic."""
    return any(m.start < match.start() and match.end() <= m.end for m in doc.mentions if m.label is Label.POLICY)


def _numbered_institute(doc: Doc, match: re.Match) -> bool:
    """中电科9所: a group's numbered institute, named right after the group, is no count (高校9所,
    …、香港中文大学2所 are)."""
    return match.group("unit") == "所" and any(m.end == match.start() and m.label is Label.COMPANY for m in doc.mentions)


def _a_change_clause(text: str, start: int, end: int) -> bool:
    """将安排…资金3000亿元支持…，比去年增加1500亿元: a clause that only says how the planned figure
    before changes (its own clause, after what the plan is for)."""
    comma = text.rfind("，", start, end)
    return comma >= 0 and CHANGE_ONLY.fullmatch(text[comma + 1:end].rstrip("约近超过逾")) is not None


CHANGE_OF_THE_LAST = re.compile(r"[，,]\s*(?:同比|环比|比上年|较上年|比去年)?(?:增长|增加|下降|减少|提高|上升|回落)了?(?:约|近|超过?)?")
LISTED = re.compile(r"\s*(?:、|和|(?<![普涉危波触顾论提企])及(?![时早格其])|以及)\s*")  # what joins the items of a list (not 普及率)


class _ListedUnit:
    """A number whose unit is said once, after the last number of its list (分别加快0.7、0.3个百分点;
    4.5个和1.3个百分点): the match, with that unit (and its 万/亿) borrowed."""

    def __init__(self, match: re.Match, unit: str, mult: str) -> None:
        self._match, self._unit, self._mult = match, unit, mult

    def group(self, name: int | str = 0) -> str | None:
        if name == "unit":
            return self._unit
        if name == "mult":
            return self._match.group("mult") or self._mult or None
        return self._match.group(name)

    def start(self, name: int | str = 0) -> int:
        return self._match.start(name)

    def end(self, name: int | str = 0) -> int:
        return self._match.end(name)


TABLE_UNIT = re.compile(rf"[（(](万亿|千亿|百亿|亿|千万|百万|十万|万)?({'|'.join(map(re.escape, UNITS))})[）)]")  # | 集成电路产量（亿块） |


def _with_table_unit(text: str, match: re.Match | _ListedUnit) -> re.Match | _ListedUnit:
    """| 集成电路产量（亿块） | 3242 |: a bare number in a table takes the unit its row or column names."""
    if match.group("unit") or match.group("mult"):
        return match
    cell = tables.cell_at(text, match.start())
    named = cell and (TABLE_UNIT.search(cell.row) or TABLE_UNIT.search(cell.column))
    return _ListedUnit(match, named.group(2), named.group(1) or "") if named else match


def _with_listed_unit(text: str, match: re.Match, end: int) -> re.Match | _ListedUnit:
    """The match, or the match with the unit the last number of its list gives it."""
    own = match.group("unit") or ""
    if own and own != "个":
        return match
    at = match.end()
    while separator := LISTED.match(text, at, end):
        following = NUMBER.match(text, separator.end(), end)
        if following is None:
            return match
        unit = following.group("unit") or ""
        if unit:
            shared = (not own or unit.startswith(own) and unit != own) and _is_statistic(text, following)  # 4.5个和1.3个百分点
            return _ListedUnit(match, unit, following.group("mult") or "") if shared else match
        at = following.end()
    return match


def _paired_with_their_subjects(doc: Doc, sent: Sentence, figures: list[Figure]) -> list[Figure]:
    """Figures listed after a list of as many subjects are about one each, in order (装备制造业、
    高技术制造业增加值分别增长8.1%、9.2%); a list of their changes right after, the same
    (…同比增长6.5%、5.3%，比上年全年分别加快0.7、0.3个百分点)."""
    text = doc.document.text
    paired: list[Figure] = []
    before: list[Mention | None] = []
    alone: list[Figure] = []  # the figures standing alone in the clauses just before
    measured: list[Figure] = []  # the last run of several figures, paired
    for run in _runs(text, figures):
        if len(run) == 1:  # most figures stand alone: nothing to pair
            paired.append(run[0])
            before, measured = [run[0].about], []
            alone.append(run[0])
            continue
        clause = clause_span(text, run[0].start, run[0].end, sent.start, sent.end)
        if RESPECTIVELY.match(text, clause[0]) and len(alone) >= len(run) and _changes_in_kind(run, alone[-len(run):]):
            paired += _changes_of(run, alone[-len(run):])  # A增长7.7%，B增长8.7%，分别快于全部规上工业1.7和2.7个百分点
            before, alone, measured = [f.about for f in alone[-len(run):]], [], []
            continue
        alone = []
        if RESPECTIVELY.match(text, clause[0]) and clause[0] - 1 > sent.start:  # 船舶、汽车、摩托车出口增速较快，分别增长…
            clause = (clause_span(text, clause[0] - 2, clause[0] - 1, sent.start, sent.end)[0], run[0].start)
        listed = _listed_subjects(doc, clause[0], run[0].start)
        items = _items(text, clause[0], run[0].start)
        if len(items) == len(run) and listed:  # an item naming no subject keeps the figure's own
            abouts: list[Mention | None] = [next((m for at, _, m in listed if start <= at < end and not USED_FOR.match(text, m.end)),
                                                 figure.about)
                                            for (start, end), figure in zip(items, run)]  # 汽车用锂离子动力电池: 动力电池
            abouts = [None if about is not None and "非" + about.name in text[start:end] else about
                      for about, (start, end) in zip(abouts, items)]  # 非制造业商务活动指数: what the sector is not
        elif len(listed) == len(run) and _one_per_item(text, listed):
            abouts = [m for _, _, m in listed]
        elif not listed and len(before) == len(run):
            abouts = before
        else:
            abouts = [f.about for f in run]
        if len(items) == len(run):
            metrics = _one_metric_per_item(text, items, run)
        elif not listed and len(measured) == len(run):
            metrics = _changes_of_each(run, measured)
        else:
            metrics = [f.metric for f in run]
        periods = _periods_listed(text, clause[0], run) or [f.period for f in run]
        measured = [dataclasses.replace(f, about=about, metric=metric, period=period)
                    for f, about, metric, period in zip(run, abouts, metrics, periods)]
        paired += measured
        before = abouts
    return paired


def _periods_listed(text: str, start: int, run: list[Figure]) -> list[str] | None:
    """一季度、二季度分别达到9.76万亿元和10.34万亿元: as many times listed before a run of figures are
    one each, in order, of the year the last one's period is in (None: no such list)."""
    cues = [c for c in find_cues(text, start, run[0].start) if c.kind in ("quarter", "month", "half", "year", "range", "first")]
    ends = [c.start + len(c.groups[c.kind]) for c in cues]
    if len(cues) != len(run) or not all(LISTED.fullmatch(text, end, c.start) for end, c in zip(ends, cues[1:])):
        return None
    year = re.search(r"\d{4}", run[-1].period)
    if year is None or resolve_period(cues[-1], int(year.group()), 12) != run[-1].period:
        return None  # the run's period is not its last time's
    return [resolve_period(c, int(year.group()), 12) for c in cues]


MEASURE_HEAD = re.compile(r"(?:率|量|额|数|值|收入|指数|比重|规模|价格|投资|利润|产值|面积|里程|人数|占比|增速|增幅|用电量)$")


def _changes_of_each(run: list[Figure], measured: list[Figure]) -> list[str]:
    """…分别为50.1%、50.2%和50.8%，比上月上升0.3、0.2和0.4个百分点: each change is of the figure listed
    in its place, said with the words after the last one's measure."""
    metric, last = run[0].metric, measured[-1].metric
    at = metric.rfind(last) if last else -1
    if at < 0 or any(f.metric != metric for f in run) or not metric[at + len(last):]:
        return [f.metric for f in run]
    return [f.metric + metric[at + len(last):] for f in measured]


def _one_metric_per_item(text: str, items: list[tuple[int, int]], run: list[Figure]) -> list[str]:
    """…数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%: each figure measures its item of the
    list its metric is, in order."""
    metric = run[0].metric
    named = [VERBS_TAIL.sub("", text[a:b].split("分别")[0]).strip("，、 ") for a, b in items]
    if all(f.unit in COUNT_UNITS for f in run) and all(3 <= len(name) <= 12 and "、" not in name for name in named) \
            and not any(name.endswith(("级", "类", "型", "性", "式")) for name in named):  # 国家级、省级…企业: one head, shared
        return [LEAD.sub("", name) or name for name in named]  # 5G基站、千兆光网端口分别达到483万个和2800万个: each item
        # is what its number counts
    named = [LEAD.sub("", name) or name for name in named]  # 全年新能源汽车产量: the year is the period's
    if any(f.metric != metric for f in run) or not all(name and name in metric and MEASURE_HEAD.search(name) for name in named):
        return [f.metric for f in run]  # 第一、二、三产业用电量: the items share the measure the last one names
    first = metric[:metric.find(named[1])].rstrip("、和及与 ")
    if not first:
        return [f.metric for f in run]
    return [first, *(first[:-len(name)] + name if len(name) <= 3 and len(first) > len(name) + 1 else name for name in named[1:])]
    # 新能源汽车产量、销量: the second measure is of the thing the first names


def _changes_in_kind(run: list[Figure], figures: list[Figure]) -> bool:
    """增长7.7%…增长8.7%，分别快于…1.7和2.7个百分点: changes in points of rates, or in the unit of the values;
    …11.2万亿元，…52.3万亿元，分别占数字经济比重的17.6%和82.4%: the share of each."""
    units = {f.unit for f in figures}
    shares = all(f.unit == "%" for f in run) and SHARE.search(run[0].metric) is not None
    return len(units) == 1 and (run[0].unit == "个百分点" and units == {"%"} or units == {run[0].unit} or shares)


def _changes_of(run: list[Figure], figures: list[Figure]) -> list[Figure]:
    """Each figure of a 分别 clause after as many figures standing alone is the change of one of them, in
    order: about what it is about, its metric that one's with the clause's own words."""
    own = run[0].metric.removeprefix(figures[-1].metric) if run[0].metric.startswith(figures[-1].metric) else ""
    return [dataclasses.replace(f, about=of.about, metric=of.metric + own if own else f.metric) for f, of in zip(run, figures)]


USED_FOR = re.compile(r"用(?![电水气能工地户])")  # 汽车用锂离子动力电池: for cars; 第三产业用电量: the sector's own use

RESPECTIVELY = re.compile(r"\s*(?:同比|环比)?分别")  # a clause of figures whose subjects the clause before lists


def _one_per_item(text: str, listed: list[tuple[int, int, Mention]]) -> bool:
    """Each subject is its own item of the list (纺织服装、干鲜瓜果 has two items, not 纺织 and 服装)."""
    return all(LISTED.search(text, a[1], b[0]) for a, b in zip(listed, listed[1:]))


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the items of the list text[start:end] (工业增加值、…、固定资产投资(分别同比增长))."""
    cuts = [start, *(at for found in LISTED.finditer(text, start, end) for at in (found.start(), found.end())), end]
    return list(zip(cuts[::2], cuts[1::2]))


def _runs(text: str, figures: list[Figure]) -> list[list[Figure]]:
    """Figures in runs of a list (8.1%、9.2%; 0.7、0.3个百分点)."""
    runs: list[list[Figure]] = []
    for figure in figures:
        if runs and LISTED.fullmatch(text, runs[-1][-1].end, figure.start):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    return runs


def _listed_subjects(doc: Doc, start: int, end: int) -> list[tuple[int, int, Mention]]:
    """The subjects named in text[start:end] with where they stand, in order; those the statistics'
    convention implies stand at the words that imply them (全国规模以上工业增加值、服务业增加值)."""
    text = doc.document.text
    named = [(m.start, m.end, m) for m in _subjects(doc) if start <= m.start and m.end <= end
             and not COMPARED.search(text[start:m.start])]
    for words, industry in lexicon.load().metric_subjects.items():
        for at in (start + found.start() for found in re.finditer(re.escape(words), text[start:end])):
            if not any(at <= a < at + len(words) or a <= at < b for a, b, _ in named):  # no span, as in _implied_subject
                named.append((at, at + len(words), Mention(0, 0, industry, Label.INDUSTRY, industry, "implied")))
    return sorted(named, key=lambda item: item[0])


def _names_own_subject(doc: Doc, sent: Sentence, match: re.Match) -> bool:
    """Whether the figure's clause names a subject of its own (not only 同比增长…)."""
    text = doc.document.text
    start, end = clause_span(text, match.start(), match.end(), sent.start, sent.end)
    return any(start <= m.start and m.end <= end and not COMPARED.search(text[start:m.start])
               for m in doc.mentions if m.label in SUBJECT_LABELS and not m.nested)


CHANGE_ONLY = re.compile(r"(?:增速|增幅|降幅|涨幅)?(?:同比|环比|(?:比|较)" + PLAN_END_OF + r"(?:\d{4}年(?:底|末)?|上年|去年|去年全年|上季度|上月|上年末|去年末|年初)(?:同期)?)?(?:名义|实际)?(?:分别)?"
                         r"(?:增长|下降|增加|减少|提高|提升|降低|回落|上升|回升|上涨|下跌|加快|放缓|收窄|扩大|净增|净减)")
SHARE = re.compile(r"占[^，。；]{1,16}")
AVERAGE_AT_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:年均|年平均|平均)$")
FLOW = re.compile(r"^(?:新增|新建|新培育|新认定)")  # the new ones of a year; the total that follows counts them all
CHANGE_AT_END = re.compile(CHANGE_ONLY.pattern + "$")  # 执行额同比增长: already a change


SUBJECT_END = re.compile(r"均|都|也|呈现|保持|实现|继续|持续|连续|进一步|再?创(?:历史)?新高|再?创新纪录|[，；]")


def _subject_before(text: str, sent: Sentence, at: int) -> str:
    """The subject of the clause before a bare change: 第一、二、三产业用电量均呈现增长态势，同比分别增长8.6%."""
    clause_start = max(text.rfind(mark, sent.start, at) for mark in "，；")
    if clause_start < sent.start:
        return ""
    previous_start = max(text.rfind(mark, sent.start, clause_start) for mark in "，；") + 1
    previous_start = max(previous_start, sent.start)
    if any(_is_statistic(text, m) for m in NUMBER.finditer(text, previous_start, clause_start)):
        return ""  # the clause had a figure of its own: its metric is shared the usual way
    words = text[previous_start:clause_start].strip()
    end = SUBJECT_END.search(words)
    subject = words[:end.start()] if end else ""
    return subject if 2 <= len(subject) <= 16 else ""


TOPIC = re.compile(r"(?:在|从)?([^，；。]{2,16}?)方面$")


def _topic_before(text: str, sent: Sentence, at: int) -> str:
    """社会消费品零售总额方面，1—10月达到40.5万亿元: the topic the sentence opens with is what a figure
    naming nothing measures."""
    clause_start = max(text.rfind(mark, sent.start, at) for mark in "，；")
    topic = TOPIC.search(text, sent.start, clause_start) if clause_start > sent.start else None
    return topic.group(1) if topic and topic.start() == sent.start else ""


STILL = re.compile(r"(?:继续|持续|仍然?|依然|始终)(?:保持|稳定)?在?|(?:保持|稳定|维持)在")  # (连续三年)稳定在…: the same measure


def _shared_metric(metric: str, previous: str) -> str:
    """A figure whose words only say how the one before it changed or what share it is measures the
    same thing: 收入4530亿元，同比增长3.5% (收入同比增长); 基站350.9万个，比上年末净增13.2万个，占…30.1%;
    新增…企业307家，累计达到1375家; 分别增长3.1%、4.1%; 增长7.6%，高于全国3个百分点."""
    stem = CHANGE_AT_END.sub("", THAN_AT_END.sub("", previous)) or previous
    if not metric or STILL.fullmatch(metric):
        return FLOW.sub("", AVERAGE_AT_END.sub("", stem))  # 粮食总产量预计超过14000亿斤，继续稳定在1.3万亿斤以上: the same
        # measure; 研发经费年均增长6.5%，连续三年超过1万亿元: the amount, not its average growth
    if previous.endswith(metric):
        return previous  # 占全球市场份额…、…: the same share again
    if CHANGE_ONLY.fullmatch(metric) or SHARE.fullmatch(metric) or THAN.fullmatch(metric):
        return metric if CHANGE_ONLY.fullmatch(previous) else stem + metric  # nothing to share after a bare 同比增长
    return metric


def _past_deadline(cue: Cue, published: str) -> Cue:
    """1949年前，全国…: a year before the document's, said with 前, is when, no deadline (2035年前 is one)."""
    if cue.kind == "by" and "before" in cue.groups and cue.groups["by_y"] < published[:4]:
        return Cue(cue.start, "year", {"year": cue.groups["by_y"] + "年", "year_y": cue.groups["by_y"]})
    return cue


THAN = re.compile(r"(?:增速|增幅|涨幅|降幅)?(?:(?:高于|低于|快于|慢于|好于|超出|高出)[\u4e00-\u9fff]{0,8}|比[\u4e00-\u9fff]{1,8}?(?:高|低|快|慢))")
# 增长7.6%，高于全国3个百分点; 实际增长6.6%，增速比城镇居民快1.8个百分点: how much faster
THAN_AT_END = re.compile(f"(?:{THAN.pattern})$")


def _planned(text: str, clause: tuple[int, int], sent: Sentence, match: re.Match, cues: list[Cue], chain_start: int) -> bool:
    """Whether a figure is a target: a plan's word in its clause (but not a plan its counted subject
    makes: 209家航空公司计划…), a plan opening the sentence or the sentences it goes on from after
    ；(from `chain_start`), or a year it is to be reached by."""
    before = text[sent.start:match.start()]
    opening = text[chain_start:match.start()]
    if RETROSPECT.search(before):
        return False
    after = TITLE.sub("", text[match.end():clause[1]])
    cue_after = TARGET.search(after)
    if cue_after and (PLANNED_BY_SUBJECT.match(after, cue_after.start()) or cue_after.group() in COUNTED_PLANS
                      and match.group("unit") in COUNTING_UNITS and COUNTED_PLAN.fullmatch(after, 0, cue_after.end())):
        cue_after = None  # 摧毁了约800个目标, 印发了27个专项规划: what the number counts, no plan (去产能1.5亿吨目标 is one)
    return bool(TARGET.search(TITLE.sub("", text[clause[0]:match.start("num")])) or cue_after
                or _aim_of_a_policy_issued(text, sent.start, clause[0], match.start("num"), match.end())
                or TARGET_OPENING.search(opening) or POLICY_SETS.search(opening) or any(c.kind == "by" for c in cues) or _will_carry_on(opening))


ISSUED_TITLE = re.compile(r"(?:印发|发布|出台)了?《[^》]{2,80}》")
AIMS = re.compile(r"(?<![促致即假迫行])使(?![用得命])|力争|确保|推动|提出")  # 使…降低10% (not 收集使用); 提出今明两年…
POLICY_PARTS = re.compile(r"[^，。；]{0,6}?(?:措施|举措|任务|方面|政策|条款|内容)")  # (提出)20条具体措施: what it holds


def _aim_of_a_policy_issued(text: str, start: int, clause_start: int, number: int, end: int) -> bool:
    """九部门联合印发《工伤预防五年行动计划（2026—2030年）》，…，使重点行业工伤事故发生率5年降低10%左右: what the
    policy the sentence says was issued aims at (使, 力争, 确保, 提出 …) is a target, unless the sentence says it was
    done; the measures it sets out (提出20条具体措施) are counted, no aim."""
    issued = ISSUED_TITLE.search(text, start, clause_start)
    aim = AIMS.search(text, issued.end(), number) if issued is not None else None
    return aim is not None and not DONE.search(text, issued.end(), number) \
        and not (aim.group() == "提出" and POLICY_PARTS.match(text, end))


WILL = re.compile(rf"{WE_WILL}|力争|争取|确保(?!了)|预计|将(?:要|会|再)?(?:(?:会同|联合|协同|配合|与|同)[^，。；]{{1,20}}?)?(?:深入|全面|大力|加快|继续|进一步|持续|着力)?(?:{WILL_DO})")
CURRENT_VALUE = re.compile(r"[由从](?:目前|现在|当前|现行)的?$")  # 将…由目前的1.7%调降至1.5%: 1.7% is now, 1.5% planned
FROM_HERE = re.compile(r"[由从]$")
FORECAST = re.compile(r"预期|预测|预计")


def _starts_a_change(text: str, clause: tuple[int, int], start: int, match: re.Match) -> bool:
    """The value a planned change starts from is now: 由目前的1.7%调降至1.5%, 从5%调降至0% (1.5% and
    0% are planned)."""
    return CURRENT_VALUE.search(text, clause[0], start) is not None or (
        FROM_HERE.search(text, clause[0], start) is not None and TO_VALUE.match(text[match.end():clause[1]]) is not None
        and FORECAST.search(text, clause[0], start) is None)  # 需求增长量预期从203万桶下调至193万桶: both forecasts
DONE = re.compile(r"已|累计|去年|上年|截至|以来")


GOALS_HEADING = re.compile(r"(?:主要|发展|总体|工作|行动)目标|总体要求")
GOALS_OPENING = re.compile(r"(?P<said>[^，。；\n]{0,30}?(?:提出|明确|目标是)[，：:]?)?(?:力争)?到(?P<year>\d{4}|[〇零一二三四五六七八九]{4})年")


def _goals_section_start(doc: Doc, sent: Sentence) -> int:
    """一、主要目标 / 到2026年，…达到90%以上。…年均增长10%以上。: a plan's goals section is one target,
    its year said once; where the sentence is in none, its own start."""
    text = doc.document.text
    paragraph = text.rfind("\n", 0, sent.start) + 1
    goals = GOALS_OPENING.match(text, paragraph) if paragraph < sent.start else None
    published = doc.document.published[:4]
    if goals and (goals.group("said") or published and goals.group("year") > published):
        return paragraph  # 《实施意见》提出，到2025年，…。建设一批…，打造百项…; 到2027年，…。…: the paragraph states the goals
    for index in range(sent.index - 1, -1, -1):
        other = doc.sentences[index]
        if other.part == "heading":
            return other.end if GOALS_HEADING.search(text, other.start, other.end) else sent.start
    return sent.start


def _plan_of_its_goals(doc: Doc, sent: Sentence, subjects: list[Mention]) -> Mention | None:
    """…行动计划（2026-2028年）/ 一、总体目标 / 到2028年，…日均解析量达到5亿次: a figure of a plan's goals
    or tasks section that names no subject of its own is about the plan whose title heads the text."""
    text = doc.document.text
    heading = next((doc.sentences[k] for k in range(sent.index - 1, -1, -1) if doc.sentences[k].part == "heading"), None)
    if heading is None or not (GOALS_HEADING.search(text, heading.start, heading.end) or TASKS_HEADING.match(text, heading.start)):
        return None
    own = [m for m in subjects if m.label is Label.POLICY and m.end <= heading.start and is_its_own_text(doc, m)]
    return own[-1] if own else None  # the plan whose title heads the text (an attached plan's, or the document's)


def _will_carry_on(before: str) -> bool:
    """今年我们将实施…工程，新建5G基站60万个; 力争到今年底，构建10条…，带动2000家…: what the sentence
    says will be done goes on to the next clauses, until one says what was done."""
    wills = list(WILL.finditer(before))
    return bool(wills) and not DONE.search(before, wills[-1].end())


def _rest_of_the_number(rest: str) -> Decimal:
    """2千万 in 1亿2千万, 5千 in 3万5千: the smaller part of a number said in two."""
    digits = rest.rstrip("千百十万")
    return parse_number(digits, rest[len(digits):]) if rest[len(digits):] in MULTIPLIERS else \
        Decimal(digits) * (1000 if rest.endswith("千") else 100)


def _figure(doc: Doc, sent: Sentence, match: re.Match) -> Figure:
    text = doc.document.text
    clause = clause_span(text, match.start(), match.end(), sent.start, sent.end)
    metric = _quotes_closed(_metric(text, clause, match))
    turn_start = _turn_start(doc, sent)
    value = parse_number(match.group("num"), match.group("mult") or "")
    if match.group("rest"):
        value += _rest_of_the_number(match.group("rest"))
    if match.group("unit") == "成":
        value *= 10  # 两成 = 20%
    start = match.start("pre") if match.group("pre") in HEDGES and match.group("pre") not in ("超", "突破") else match.start("num")
    cues = [_past_deadline(c, doc.document.published) for c in find_cues(text, sent.start, match.start())
            if not _starting_point(text, c, match.start())]
    cell = tables.cell_at(text, match.start())
    if cell is not None:  # | 电信业务收入 | 14628亿元 | 2.6% |: the row says what, the header when and how
        metric = TABLE_UNIT.sub("", cell.row) + (TABLE_UNIT.sub("", cell.column) if CHANGE_HEADER.search(cell.column) else "")
        cues = find_cues(text, *cell.column_span) or find_cues(text, *cell.header_span) or find_cues(text, *cell.lead_in_span)
    chain_start = min(semicolon_chain(doc, sent)[0], _goals_section_start(doc, sent)) if not cues else sent.start
    if chain_start < sent.start and not DONE.search(text, sent.start, match.start()):
        cues = [c for c in find_cues(text, chain_start, sent.start) if c.kind == "by"][-1:]
    kind = "target" if _planned(text, clause, sent, match, cues, chain_start) and not _starts_a_change(text, clause, start, match) \
        and not _of_a_past_year(text, clause, cues, match, doc.document.published) else "actual"
    period = _period(doc, sent, cues, turn_start, _breakdown_continues(doc, sent, turn_start), kind)
    if kind == "target" and not cues and period[:4].isdigit() and period[:4] < doc.document.published[:4]:
        period = ""  # 2023年…。据测算，这将带动每年超过5万亿元: a plan is of no year past
    return Figure(
        start=start, end=match.end(), text=text[start:match.end()], value=format_value(value),
        unit=_unit(match, metric, text[clause[0]:match.end()]),
        sentence=sent.index, metric=metric, period=period, kind=kind,
        qualifier=_qualifier(match, text), about=_about(doc, clause, sent, turn_start, match.start(), metric),
        reported_by=_given_by(doc, sent, match.start(), turn_start),
    )


def _of_a_past_year(text: str, clause: tuple[int, int], cues: list[Cue], match: re.Match, published: str) -> bool:
    """公司将加大研发投入，2025年研发费用达到201亿元 (said in 2026): a clause of its own about a year gone,
    with no plan's word in it, is what was done, whatever the clause before says will be."""
    past = [c for c in cues if clause[0] <= c.start and c.kind == "year"
            and (c.groups.get("year_y") or c.groups.get("by_y", "9999")) < published[:4]]  # by_y: 提高到2021年的15.1%
    return bool(past) and not TARGET.search(TITLE.sub("", text[clause[0]:match.start("num")]))


FROM_TO = re.compile(r"[^，。；]*?(?:(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低)?(?:到|至)|转为|转正|转增)")  # 由1—2月份下降转为增长


def _starting_point(text: str, cue: Cue, pos: int | None = None) -> bool:
    """从2020年时的27万家增加到50万家, 由目前的1.7%调降至1.5%: the time a change starts from dates its
    first value, not the value it reaches (before `pos`), nor the sentences after it."""
    return text[cue.start - 1:cue.start] in ("从", "由") and FROM_TO.match(text, cue.start, len(text) if pos is None else pos) is not None


def figures(doc: Doc) -> Doc:
    """Add the document's figures."""
    return dataclasses.replace(doc, figures=tuple(find_figures(doc)))

