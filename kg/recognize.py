"""Recognition: lexicon look-ups, name patterns and layout rules → non-overlapping `Mention`s.

Every recogniser yields candidate mentions; one overlap policy (`filter_spans`) keeps the
longest, then the leftmost. Aliases are then resolved inside the document (`aliases.py`).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator

from kg import lexicon
from kg.aliases import resolve_aliases
from kg.dates import CN_FULL, CN_SPELLED
from kg.layout import paragraphs
from kg.local import BARE_LEVELS, local_bodies, local_institutions, own_place, place_opening
from kg.ner import (ACTS_AFTER_NAMES, ACTS_TAGGED_AS_NOUNS, COMMON_WORD_FREQUENCY, COMPASS_PART, DEPARTMENT_HEAD_CHARACTERS, FOREIGN_NAME_CHARS, NOT_BODY_WORDS, SIDES, TRANSLITERATION, crf_mentions, looks_foreign,
                    opens_with_a_count, plausible_learned, word_frequency)
from kg.patterns import APPOSITIVE_KINDS, HEADS, NUMBER_AFTER_ISSUER, POST_QUALIFIERS, army_of, company_branches, document_numbers, firms_by_their_posts, listed_companies, name_patterns, rules_named_after_their_law
from kg.persons import (ACTS_AFTER_NAME, BEFORE_TITLE, CJK, CLAUSE_WORD, SPEAKS, after_post_titles, end_before_a_linking_word, find_persons,
                        glued_last, valid_name)
from kg.segment import tokenize, whole_word_tag
from kg.spans import SpanSet, filter_spans, inside, line_span, occurrences, strip_quote_marks, strip_quotes, tokens_over
from kg.types import BODY_LABELS, Doc, Label, Mention, Token

__all__ = ["recognize", "candidates", "home_body", "signatories"]

MAX_JOIN = 10  # tokens: 推进 “ 一带 一路 ” 建设 工作 领导小组 办公室
BOOK_TITLE = re.compile(r"《([^《》\n]{2,80})》")
SLOGAN = re.compile(r"“([一二三四五六七八九十两][^“”\n]{1,7})”")
ARTICLES_NICKNAME = re.compile(r"“([\u4e00-\u9fff]{1,6}(?:\d{1,3}|[一二三四五六七八九十]{1,3})条)”")
NO_FORMULA = re.compile(r"^[一二三四五六七八九十两]次|^一对一|^一站式|^[一二三四五六七八九十两]+连"  # “十连捷”: a run of wins
                        r"|^[一二三四五六七八九十]{2}开$|位数$|^[一二三四五六七八九十]+月"  # “三七开” a ratio, “两位数”, “二月二” a day
                        r"|(?:奖章|勋章|奖|称号)$"  # “二级航天功勋奖章”: an honour
                        r"|(?:事变|势力|家族|见成效)$"  # “七七事变”, “三股势力”: a history, a foe, a promise
                        r"|(?<=[一二三四五六七八九十])号$")  # “九章三号”, “天问一号”: a machine or a craft
PLAN_PERIOD = re.compile(r"“?(十[一二三四五六七八九]五|十五)”?(?:时期|期间|末|以来|规划期)?")
PLENUM = re.compile(r"(?:党的)?((?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)届(?:[一二三四五六七八九]中全会|全国人大[一二三四五六七八九十]次会议))|五中全会|[一二三四五六七八九]中全会")
QUOTED_EVENT = re.compile(r"“([^“”\n]{2,40})”\s*((?:系列)?(?:主题|专题)?(?:新闻)?发布会|论坛|大赛|峰会|博览会|座谈会|研讨会)")
QUOTED_POLICY = re.compile(r"“([^“”\n。，！？；：]{2,20})”((?:[\dA-Za-z]{1,6}|[一二三四五六七八九十]+年|系列|科技)?"
                           r"(?:重大专项|专项行动|专项|示范工程|工程|行动计划|行动方案|行动|计划|试点|战略))"
                           r"(?!布局|部署|目标|性|定力|技术|师|合作)")  # “5G+工业互联网”512工程; not “四个全面”战略布局, “品牌强国工程”战略合作
BRIEFING = re.compile(r"(?:举行|召开|举办|欢迎参加|欢迎出席|(?:^|(?<=\n))#{1,3}[ 　]*(?![^\n]*(?:举行|召开|举办|就)))了?(?!的)"
                      r"([^，。；：“”、《》\n\s]{2,40}?)((?:新闻)?发布会|吹风会)")  # or a heading naming it
BRIEFING_WHEN = re.compile(r"第?[一二三四]季度|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?")  # only when in the year it is held
BRIEFING_TOPIC = re.compile(r"情况|有关|进展|成效|工作|^(?:推动|推进|加快|促进|落实|深化|实施|全面)|(?<![\d一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?$|[一二三四]季度$|例行")  # or its month (3月份新闻发布会), or the drive it is on (推动工业经济高质量发展新闻发布会)
LOCAL_CONGRESS_SESSION = re.compile(r"第?([一二三四五六七八九十]+)届(?:人民代表大会|人大)第?([一二三四五六七八九十]+)次会议")  # 十四届人大四次会议 too
NUMBERED_MEETING = re.compile(r"第[一二三四五六七八九十\d]+次(?:全体|常务)?会议")
TERM = re.compile(r"第?([一二三四五六七八九十]+届)$")  # the term a body's session belongs to
CPPCC = re.compile(r"(?:全国)?政协(?:第?[一二三四五六七八九十]+届)?全国委员会|全国政协")
CPPCC_SESSION = re.compile(r"(?:全国政协|政协)([一二三四五六七八九十]+)届([一二三四五六七八九十]+)次会议"
                           r"|政协第?([一二三四五六七八九十]+)届全国委员会第([一二三四五六七八九十]+)次会议"
                           r"|([一二三四五六七八九十]+)届全国政协第?([一二三四五六七八九十]+)次会议")
STANDARD_CODE = re.compile(r"(?<![A-Za-z0-9])(R1[5-9]|R2\d)(?:标准|版本)?(?![A-Za-z0-9])")
PLACE_SUFFIX = ("省", "市", "县", "自治区", "自治州", "特别行政区", "新区")
HOME_ALIASES = {"部": ("我部", "本部", "部里", "我们部"), "委员会": ("我委", "本委"), "局": ("我局", "本局"), "署": ("我署",),
                "行": ("我行",), "厅": ("我厅", "本厅")}  # how a ministry, commission, administration, bank or province's
# department speaks of itself


def home_aliases(home: str) -> tuple[str, ...]:
    """What the home body calls itself, by the kind of body it is (国家发展和改革委员会: 我委)."""
    return next((aliases for ending, aliases in HOME_ALIASES.items() if home.endswith(ending)), ())


MINISTRY_ENDINGS = ("部", "委员会", "总局", "局", "署", "行")
OFFICIAL_TITLE = re.compile(r"(?=关于|对)(?:(?<=[部院委局厅署府室门会行])|(?<![《\u4e00-\u9fff]))(?:关于[^。，；：\n《》]{2,80}?的(?:APP|App)?(?:[（(]SDK[）)])?(?:函|复函|答复|通知|公告|通告|通报|批复|决定|指导意见|实施意见|若干意见|意见)"
                            r"|对[^。，；：\n《》]{2,40}?第[\d〇零一二三四五六七八九十]+号[^。，；：\n《》]{0,20}?(?:建议|提案)(?:答复)?的(?:答复|函|复函))"  # 对…第7251号建议的答复
                            r"(?=(?:（[^）\n]{1,30}）)?(?:[\s。，；*]|$))", re.M)  # …的APP通报（2024年第3批）
# 您提出的关于加快发展工业软件的建议收悉: the proposal a reply answers, its title written without 《》
RECEIVED_PROPOSAL = re.compile(r"提出的(关于[^。，；：\n《》“”]{2,60}?的(?:建议|提案))(?=(?:（[^）\n]{0,20}）)?收悉)")
# A 《》 title names a policy when it reads like one; others (books, programmes) only when an
# abbreviation defined in the text resolves them to one.
POLICY_TITLE = re.compile(r"^关于|(法|法典|条例|规定|规则|规程|导则|办法|细则|意见|通知|决定|决议|规划|纲要|计划|方案|公约|协定|协议|备忘录|宪章|章程|"
                          r"标准|规范|规范条件|准入条件|目录|清单|政策|措施|举措|要点|建议|提案|报告|白皮书|指南|指引|准则|战略|行动|工程|函|批复|公告|指标|指标体系|技术要求|安全要求|路线图)(（.*）)?$|20\d{2}$")  # 中国制造2025, not 唐探1900
MEDIA_TITLES = ("报", "日报", "周刊", "杂志", "网")
CALLED_A_STANDARD = re.compile(r"(?:[、和等]|《[^》]{1,40}》)*(?:[\d一二三四五六七八九十两]+(?:项|个|部))?(?:国家|行业|团体|地方|强制性)+标准")
# 发布《电动汽车传导充电系统》等3项国家标准: a standard, whatever its title's last word


SECTOR_WORDS = ("产业", "行业")  # 能源行业, 工业机器人产业: the industry as a sector (jieba's words cut across the name)
SUBTYPE_MODIFIERS = frozenset("智能 新型 应急 智慧 传统 高端 低端 小型 大型".split())  # 智能家电 is a product, not 家电


# 中央 before these is "central-level" (中央企业, 中央财政, 中央和国家机关), not the Party centre
CENTRAL_LEVEL = ("企业", "财政", "预算", "决算", "一般公共", "本级", "政府性", "国有资本", "国家机关", "和国家机关", "和地方", "对地方", "部门",
                 "单位", "资金", "投资", "补助", "转移支付", "直属", "银行", "储备", "空调", "厨房",
                 "主要新闻", "新闻单位", "媒体", "主要媒体")


NAME_DOTS = "·•・"  # between the parts of a foreign name


def _cut_from_the_word_before(before: Token, surface: str, names: dict) -> bool:
    """A one-character token before an industry word that, with the word's first characters, makes
    another industry (大 + 数据 → 大数据 in 大|数据中心): the industry word is jieba's wrong cut (not
    after a measure word: 40家|电力企业)."""
    return len(before.text) == 1 and before.pos not in ("q", "m") \
        and any(names.get(before.text + surface[:size], (None,))[0] is Label.INDUSTRY for size in range(1, len(surface)))


def _gazetteer(tokens: tuple[Token, ...]) -> Iterator[Mention]:
    """Lexicon entries made of one to MAX_JOIN whole tokens (an industry word qualified by 智能, 新型 …
    names a kind of product, not the industry)."""
    names, prefixes = lexicon.load().names, lexicon.name_prefixes()
    for i, tok in enumerate(tokens):
        surface = ""
        for k, tok2 in enumerate(tokens[i:i + MAX_JOIN], i + 1):
            surface += tok2.text
            if surface not in prefixes:
                if surface[-1] == "业" and surface.endswith(SECTOR_WORDS) and tok2.text not in SECTOR_WORDS:
                    sector = names.get(surface[:-2])  # 能源行业, 工业机器人|产业: the industry as a sector
                    if sector and sector[0] is Label.INDUSTRY and not (i and tokens[i - 1].text in SUBTYPE_MODIFIERS):
                        yield Mention(tok.start, tok2.end, surface, Label.INDUSTRY, sector[1], "lexicon")
                break  # no lexicon entry starts so: none made of more tokens either
            entry = names.get(surface)
            if entry and i and tokens[i - 1].text[-1] in NAME_DOTS:
                break  # 马丁·海尔: the last part of a foreign person's name, not the firm it spells
            if entry and entry[0] is Label.INDUSTRY and i and _cut_from_the_word_before(tokens[i - 1], surface, names):
                break  # 工业互联网|大|数据中心: jieba's cut of 大数据|中心, no data-centre industry
            if entry and not (entry[0] is Label.INDUSTRY and i and tokens[i - 1].text in SUBTYPE_MODIFIERS) \
                    and not (surface == "中央" and "".join(t.text for t in tokens[k:k + 2]).startswith(CENTRAL_LEVEL)):
                label, canonical = entry
                yield Mention(tok.start, tok2.end, surface, label, canonical, "lexicon")


OWN_MEDIA = ("本报", "本刊", "本台", "本网", "本社")  # 本报记者 (one word to jieba): the paper's reporter


def _roles(tokens: tuple[Token, ...], roles: dict) -> Iterator[Mention]:
    """Posts made of one to three whole tokens (副部长, 党组 成员); 本报记者, one word, is a post too."""
    prefixes = lexicon.role_prefixes()
    for i, tok in enumerate(tokens):
        if tok.text[0] == "本" and tok.text.startswith(OWN_MEDIA) and tok.text[2:] in roles:
            yield Mention(tok.start + 2, tok.end, tok.text[2:], Label.ROLE, tok.text[2:], "role")
        surface = ""
        for tok2 in tokens[i:i + 3]:
            surface += tok2.text
            if surface not in prefixes:
                break  # no post starts so: none made of more tokens either
            if surface in roles:
                yield Mention(tok.start, tok2.end, surface, Label.ROLE, surface, "role")


def _role_tails(tokens: tuple[Token, ...], roles: dict, bodies: list[Mention]) -> list[Mention]:
    """The post in a word that begins with the end of a body's name: 新疆维吾尔自治区|党委常委 is
    the committee's 常委 (jieba has 党委常委 as one word)."""
    ends = {m.end for m in bodies if m.label in BODY_LABELS}
    tails = []
    for tok in tokens:
        for cut in range(tok.start + 1, tok.end - 1):
            if cut in ends and tok.text[cut - tok.start:] in roles:
                tail = tok.text[cut - tok.start:]
                tails.append(Mention(cut, tok.end, tail, Label.ROLE, tail, "role"))
                break
    return tails


def _book_titles(text: str) -> Iterator[Mention]:
    for match in BOOK_TITLE.finditer(text):
        name = match.group(1)
        if name.endswith(MEDIA_TITLES) and len(name) <= 6:
            yield Mention(match.start(), match.end(), match.group(0), Label.ORG, name, "book-title")
            continue
        norm = re.sub(r"[（(]第?[\d一二三四五六七八九十]+号[）)]$", "", strip_quotes(name))
        rule = "book-title" if POLICY_TITLE.search(norm) or CALLED_A_STANDARD.match(text, match.end()) else "book-title-other"
        yield Mention(match.start(), match.end(), match.group(0), Label.POLICY, norm, rule)


def _host_before(text: str, end: int) -> str:
    """The known body named right before text[end] (商务部|召开), as the text names it; empty if none."""
    names = lexicon.load().names
    return next((text[end - size:end] for size in range(min(12, end), 1, -1)
                 if names.get(text[end - size:end], (None,))[0] is Label.GOV), "")


# a bare 发布会 or a 研讨会 held; not one of a list of kinds of event (做好新闻发布会、记者会…的报道工作)
GENERIC_EVENT = re.compile(r"(?<![”、])(?<!、新闻)(?:新闻)?发布会(?!、)|(?<=举行)记者会|(?<=召开了)(?:专家)?研讨会|(?<=召开)(?:专家)?研讨会")


def _events(text: str) -> Iterator[Mention]:
    for match in PLENUM.finditer(text):
        yield Mention(match.start(), match.end(), match.group(0), Label.EVENT, match.group(1) or match.group(0), "plenum")
    for match in QUOTED_EVENT.finditer(text):
        norm = strip_quotes(match.group(1)) + match.group(2)
        yield Mention(match.start(), match.end(), match.group(0), Label.EVENT, norm, "quoted-event")
    for match in BRIEFING.finditer(text):
        if BRIEFING_TOPIC.search(match.group(1)):  # 举行中国交通可持续发展情况新闻发布会: the topic is its name
            topic = match.group(1)[len(lexicon.body_name_at(match.group(1))):] or match.group(1)  # not its host's
            name = topic if BRIEFING_TOPIC.search(topic) and topic != "例行" else match.group(1)
            if name == "例行" or BRIEFING_WHEN.fullmatch(name):  # 商务部召开例行新闻发布会: 商务部例行新闻发布会; 国家发展
                name = (match.group(1)[:-len(name)] or _host_before(text, match.start())) + name  # 改革委12月新闻发布会: its host's
            yield Mention(match.start(1), match.end(), match.group(1) + match.group(2), Label.EVENT, name + match.group(2),
                          "briefing")
    for match in GENERIC_EVENT.finditer(text):
        yield Mention(match.start(), match.end(), match.group(0), Label.EVENT, match.group(0), "generic-event")


ASSEMBLY_LEVELS = ("自治区", "省", "市")  # 省十四届人大三次会议, 市政协十三届四次会议: the document's own


def _local_assembly_at(text: str, match: re.Match) -> tuple[int, str] | None:
    """Where the place (or bare level) whose assembly a session is starts, and the place or level as
    the text names it; None for the national CPPCC (全国政协…, 政协第十四届全国委员会…)."""
    if "全国" in match.group(0):
        return None  # 全国政协…, 政协第十四届全国委员会…, 十四届全国政协…
    start = lexicon.place_ending_at(text, match.start())
    if start >= 0:
        return start, text[start:match.start()]
    level = next((level for level in ASSEMBLY_LEVELS if text.endswith(level, 0, match.start())), "")
    return (match.start() - len(level), level) if level else None


def _assembly_sessions(doc: Doc, found: list[Mention]) -> Iterator[Mention]:
    """A congress or CPPCC in session: the national CPPCC's (政协第十四届全国委员会第四次会议), a place's
    (河南省第十四届人民代表大会第四次会议, 江苏省政协十三届二次会议) or, after a bare level, the document's own
    province's or city's (省十四届人大三次会议, 市政协十三届四次会议)."""
    text = doc.document.text
    for pattern, assembly in ((LOCAL_CONGRESS_SESSION, "第{}届人民代表大会第{}次会议"), (CPPCC_SESSION, "政协{}届{}次会议")):
        for match in pattern.finditer(text):
            term, session = next((match.group(k), match.group(k + 1)) for k in range(1, len(match.groups()), 2) if match.group(k))
            at = _local_assembly_at(text, match)
            if at is None:
                if pattern is CPPCC_SESSION:
                    yield Mention(match.start(), match.end(), match.group(0), Label.EVENT, f"全国政协{term}届{session}次会议", "cppcc")
                continue
            place = at[1] if at[1] not in ASSEMBLY_LEVELS else own_place(found, at[1], doc.document.title)
            if place:
                yield Mention(at[0], match.end(), text[at[0]:match.end()], Label.EVENT, place + assembly.format(term, session),
                              "local-congress")


ISSUING_NOTICE = re.compile(r"关于(?:印发|转发|发布)《([^《》\n]{2,80})》的通知")


def _notices_issuing(text: str, entities: list[Mention]) -> list[Mention]:
    """国务院关于印发《…行动方案》的通知: the notice that issues a policy is a policy of its own, named
    with the title it issues (which stays a policy too); a later 《通知》 stands for it."""
    titles = {(m.start, m.end) for m in entities if m.label is Label.POLICY}
    return [Mention(match.start(), match.end(), match.group(), Label.POLICY, strip_quote_marks(match.group()), "issuing-notice")
            for match in ISSUING_NOTICE.finditer(text) if (match.start(1) - 1, match.end(1) + 1) in titles]


def _official_titles(text: str) -> Iterator[Mention]:
    """Titles of official documents written without 《》: 关于…的函 / 通知 / 意见, also right after
    the body that issues them (国务院关于印发…的通知)."""
    for match in OFFICIAL_TITLE.finditer(text):
        yield Mention(match.start(), match.end(), match.group(0), Label.POLICY, strip_quote_marks(match.group(0)), "official-title")
    for match in RECEIVED_PROPOSAL.finditer(text):
        yield Mention(match.start(1), match.end(1), match.group(1), Label.POLICY, match.group(1), "received-proposal")
    for match in PLAN_TITLE_LINE.finditer(text):
        yield Mention(match.start(1), match.end(1), match.group(1), Label.POLICY, strip_quotes(match.group(1)), "official-title")


# 浙江省加快发展低空经济行动方案（2026—2028年） on a line of its own: a plan's title, the years it runs included
PLAN_TITLE_LINE = re.compile(r"^[ \t　#*]*([\u4e00-\u9fff“”\"、]{4,60}?(?:方案|计划|规划|纲要)（\d{4}[—–-]\d{4}年）)[ \t　*]*$", re.M)


# “十四五”规划和二〇三五年远景目标建议, “十五五”规划建议: the short names of the Central Committee's
# proposal for a five-year plan (中共中央关于制定国民经济和社会发展第十五个五年规划的建议).
PLAN_PROPOSAL = re.compile(r"“?(十[一二三四五六七八九])五”?规划(和二〇三五年远景目标)?的?建议")


def _slogans(text: str) -> Iterator[Mention]:
    """Numbered formulas in quotes (“六稳”, “两个确立”, “一带一路”); not a bare number (“十一”, the
    holiday) nor an idiom with one 一 (“一刀切”, “一盘棋”, “一揽子”)."""
    for match in SLOGAN.finditer(text):
        name = match.group(1)
        numerals = sum(ch in "一二三四五六七八九十两" for ch in name)
        if numerals == len(name) or (name[0] == "一" and numerals < 2) or re.search(r"[。，、！？；：]", name) \
                or NO_FORMULA.search(name) or whole_word_tag(name) in ("i", "t"):
            continue  # no idiom (“一穷二白”), no season (“三秋”); and no sentence (“一口春饼一口春。”), no count of times or manner (“二次爆发”, “一对一”)
        if not PLAN_PERIOD.fullmatch(name) and not re.search(r"[东西南北]{3}", name) and not _region_by_compass(name):
            yield Mention(match.start(), match.end(), match.group(0), Label.POLICY, name, "slogan")
    for match in ARTICLES_NICKNAME.finditer(text):  # “国九条”, “外资24条”, “金融16条”: a policy named by its count of articles
        yield Mention(match.start(), match.end(), match.group(0), Label.POLICY, match.group(1), "slogan")
    for match in QUOTED_POLICY.finditer(text):
        yield Mention(match.start(), match.end(), match.group(0), Label.POLICY, strip_quotes(match.group(0)), "quoted-policy")
    for match in STANDARD_CODE.finditer(text):
        yield Mention(match.start(), match.end(), match.group(0), Label.POLICY, match.group(1), "standard-code")
    for match in re.finditer(r"“(十[一二三四五六七八九]五)”(规划)", text):
        yield Mention(match.start(), match.end(), match.group(0), Label.POLICY, match.group(1) + "规划", "plan")
    for match in PLAN_PROPOSAL.finditer(text):  # the Party's proposal for the plan, not the plan itself
        term, goals = match.group(1), match.group(2) or ""
        title = f"中共中央关于制定国民经济和社会发展第{term}个五年规划{goals}的建议"
        yield Mention(match.start(), match.end(), match.group(0), Label.POLICY, title, "plan-proposal")


def _region_by_compass(name: str) -> bool:
    """“三北”(风电光伏基地, 地区): a count of compass points jieba reads as a place names a region, no formula
    (“三北”工程 is the programme; “两山” stays a formula)."""
    return whole_word_tag(name) == "ns" and all(ch in "东西南北中" for ch in name[1:])


def _places(tokens: tuple[Token, ...]) -> Iterator[Mention]:
    for tok in tokens:
        if tok.pos == "ns" and tok.text.endswith(PLACE_SUFFIX) and len(tok.text) >= 3 and not _kind_of_place(tok.text):
            yield Mention(tok.start, tok.end, tok.text, Label.PLACE, tok.text, "ns-suffix")


def _kind_of_place(word: str) -> bool:
    """大城市, 宜居城市, 繁华都市, 各省市: a kind of place (盐城市 is 盐城's city; 各 opens no name); 非上市
    (公司): jieba's place is a firm's listing."""
    names = lexicon.load().names
    return word.startswith("各") or word.endswith("上市") \
        or word.endswith(("城市", "都市")) and names.get(word[:-1], (None,))[0] is not Label.PLACE


def _bilateral(text: str, short: dict[str, str]) -> Iterator[Mention]:
    """中法联合研制, 中俄关系: the two countries a paired short form names."""
    pattern = re.compile(f"中([{''.join(short)}])(?=两国|双方|关系|合作|联合|友好|建交|贸易|经贸|战略|人文|元首|外长|[、，])")
    for match in pattern.finditer(text):
        yield Mention(match.start(), match.start() + 1, "中", Label.PLACE, "中国", "bilateral")
        yield Mention(match.start(1), match.end(1), match.group(1), Label.PLACE, short[match.group(1)], "bilateral")


def _armies(tokens: tuple[Token, ...]) -> Iterator[Mention]:
    """以军空袭, 俄军控制, 美军和日军: a country's armed forces, one word to jieba, are a state body of that country."""
    for tok in tokens:
        if len(tok.text) == 2 and tok.text[1] == "军" and (country := army_of(tok.text)):  # (checked here: once per token)
            yield Mention(tok.start, tok.end, tok.text, Label.GOV, country + "军队", "army")


SURVEY_OFFICE = re.compile(r"国家统计局[\u4e00-\u9fff]{2,8}?调查(?:总)?队")  # 国家统计局杭州调查队: the bureau's survey office there


def _bodies(text: str) -> Iterator[Mention]:
    for match in CPPCC.finditer(text):
        yield Mention(match.start(), match.end(), match.group(0), Label.GOV, "全国政协", "cppcc")
    for match in SURVEY_OFFICE.finditer(text):
        yield Mention(match.start(), match.end(), match.group(0), Label.GOV, match.group(0), "survey-office")
    yield from _bodies_across_terms(text)
    for match in LEADING_GROUP.finditer(text):  # 国家制造强国建设领导小组: a national leading group, named for its work
        if not ACTS_ON_A_GROUP.search(match.group(0)):
            yield Mention(match.start(), match.end(), match.group(0), Label.GOV, match.group(0), "leading-group")


LEADING_GROUP = re.compile(r"(?:国家|国务院|中央)(?:(?![的了在对把被将由及与和为是、，。；：“”《》（）\s])[\u4e00-\u9fff]){2,14}?"
                           r"领导小组(?:办公室)?")
ACTS_ON_A_GROUP = re.compile(r"成立|设立|组建|召开|主持|部署|印发|要求|发挥|作为|担任|任命")  # 国务院成立…领导小组: a clause


TERM_INSIDE = re.compile(r"第[一二三四五六七八九十百零\d]+届(?:[、和至][一二三四五六七八九十百零\d]+届)*"
                         r"|(?<![第一二三四五六七八九十\d])[一二三四五六七八九十]+届(?=全国)")  # 十四届全国政协: the term before the body
MEMBER_OF = re.compile(r"代表|委员(?![长会])")
IN_SESSION = re.compile(r"[一二三四五六七八九十]+次(?:全体)?会议")  # 十四届全国人大二次会议: a session, an event


def _bodies_across_terms(text: str) -> Iterator[Mention]:
    """A body named with its term inside its name: 中国国民党革命委员会第十一届中央委员会 is 民革中央,
    中国人民政治协商会议第九届、十届全国委员会 全国政协, 中国共产党第二十届中央委员会 中共中央, 十四届全国政协 too."""
    names = lexicon.load().names
    for match in TERM_INSIDE.finditer(text):
        found = next(((x, y) for x in (*range(min(16, match.start()), 1, -1), 0) for y in range(14, 1, -1)
                      if names.get(text[match.start() - x:match.start()] + text[match.end():match.end() + y], (None,))[0]
                      is Label.GOV), None)
        if found:
            x, y = found
            start, end = match.start() - x, match.end() + y
            if not match.group().startswith("第") and (IN_SESSION.match(text, end) or MEMBER_OF.match(text, end)):
                continue  # 十四届全国人大二次会议: a session; 十四届全国人大代表: a deputy, whose term it is
            canonical = names[text[start:match.start()] + text[match.end():end]][1]
            yield Mention(start, end, text[start:end], Label.GOV, canonical, "term")


def home_body(doc: Doc, mentions: list[Mention]) -> str:
    """The ministry that speaks or signs (我部 resolves to it): the ministry named most (its
    departments count for it), provided the document is its own — signed by it at the end, named
    in the title, speaking of itself as 我部/部里, or answering at a press conference. News about
    a ministry has none."""
    counts: dict[str, int] = {}
    surfaces: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for mention in mentions:
        name = mention.name if _speaks_for_itself(mention.name) else lexicon.ministry_of(mention.name)
        if mention.label is Label.GOV and (_speaks_for_itself(name) and name.endswith(MINISTRY_ENDINGS) or _local_department(name)):
            counts[name] = counts.get(name, 0) + 1
            surfaces.setdefault(name, set()).add(mention.text)
            first[name] = min(first.get(name, mention.start), mention.start)
    if not counts:
        return ""
    signed = _signature(doc, mentions)
    signed = lexicon.ministry_of(signed) if signed else ""
    if signed in counts:
        return signed  # 国家发展改革委办公厅 signs: the commission's letter, 我委 its own word
    title = doc.document.title + "".join(doc.document.text[s.start:s.end] for s in doc.sentences if s.part == "title")
    titled = [name for name in counts if any(s in title for s in surfaces[name])]
    best = max(titled or counts, key=lambda name: (counts[name], -first[name]))  # a tie: the one named first
    text = doc.document.text
    answers = any(s.part == "answer" for s in doc.sentences)
    speaks = any(alias in text for alias in home_aliases(best))
    return best if titled or speaks or answers else ""


def _local_department(name: str) -> bool:
    """浙江省经济和信息化厅, 杭州市经济和信息化局: a province's or city's department, which answers its
    congress's deputies in its own name (not its government's general office)."""
    opening = next((place for level in ("省", "自治区", "市") if (place := place_opening(name, level))), "")
    return bool(opening) and len(name) - len(opening) >= 3 and name.endswith(("厅", "局", "委员会")) and not name.endswith("办公厅")


def _speaks_for_itself(name: str) -> bool:
    """A body of the State Council, or a national administration a ministry oversees (国家能源局,
    国家药品监督管理局): each answers proposals and signs in its own name."""
    parents = lexicon.load().parents
    return parents.get(name) == "国务院" or name.startswith("国家") and name.endswith("局") \
        and parents.get(parents.get(name, ""), "") == "国务院"


def _signature(doc: Doc, mentions: list[Mention]) -> str:
    """The body that signs a letter alone."""
    signers = signatories(doc, mentions)
    return signers[0].name if len(signers) == 1 else ""


def signatories(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The bodies that sign a document: a line near the end that is nothing but their names, apart
    by spaces (工业和信息化部 教育部 科技部), and perhaps the date."""
    text = doc.document.text
    bodies: dict[int, Mention] = {}
    for m in mentions:
        if m.label is Label.GOV and (m.start not in bodies or m.end > bodies[m.start].end):
            bodies[m.start] = m  # the longest body named from each place
    for start, end in [(s, e) for s, e in paragraphs(text)][-3:]:
        signers, at = [], start
        while at < end and text[at] == "*":
            at += 1  # **工业和信息化部**: set in bold
        while at < end and at in bodies and bodies[at].end <= end:
            signers.append(bodies[at])
            at = bodies[at].end
            while at < end and text[at] in " 　\t、*":
                at += 1
        if signers and (at == end or SIGNED_ON.fullmatch(text, at, end)):
            return signers  # 工业和信息化部  2024年7月1日: the date may follow on the same line
    return []


SIGNED_ON = re.compile(rf"[ 　\t]*(?:{CN_FULL.pattern}|{CN_SPELLED.pattern})[ 　\t]*")  # the date beside a signature


def _home_aliases(text: str, home: str) -> Iterator[Mention]:
    if not home:
        return
    for alias in home_aliases(home):
        for match in re.finditer(alias, text):
            if not text[match.end():match.end() + 1] in ("门", "分", "署", "队", "员"):
                yield Mention(match.start(), match.end(), alias, Label.GOV, home, "home-alias")


def candidates(doc: Doc) -> list[Mention]:
    """Every candidate mention, before the overlap filter."""
    text, tokens, lex = doc.document.text, doc.tokens, lexicon.load()
    words = list(tokens)
    found = [
        *_gazetteer(tokens),
        *name_patterns(text, words),
        *listed_companies(text, words),
        *firms_by_their_posts(text, words),
        *_book_titles(text),
        *_events(text),
        *_slogans(text),
        *_official_titles(text),
        *_places(tokens),
        *_bodies(text),
        *_bilateral(text, lex.country_short),
        *_armies(tokens),
        *find_persons(doc),
    ]
    found += local_bodies(doc, found)
    found += local_institutions(doc, found)
    found += _assembly_sessions(doc, found)
    found += company_branches(text, words, found)
    found += _foreign_bodies(text, tokens, found)
    named = list(_departments_of_named_bodies(text, found))
    named += [m for m in _departments_at_a_briefing(text, found) if all(m.start != n.start for n in named)]
    return found + list(_numbered_meetings(text, found)) + named + list(_departments_listed_after(text, found + named)) \
        + list(_parts_listed_after(text, found))


FOREIGN_BODY_ENDINGS = ("部", "省", "局", "署", "委员会", "议会", "国会", "军方", "政府", "内阁", "央行", "总统府", "办公室",
                        "司令部", "参谋部", "警方")
JOINS_IN_A_NAME = ("与", "和")  # 国防研究与发展局
FORMER = ("前", "原")  # 意大利前政府总理: a former premier, not a body named 前政府
SECURITY_BODIES = ("安全局", "安全部")  # 乌克兰国家安全局: a body, though it ends like 全局 (the whole picture)
NOT_A_BODYS_END = ("部署", "签署", "反省", "节省", "全省", "总部", *NOT_BODY_WORDS)  # 美国军事部署, 日本…反省


def _foreign_bodies(text: str, tokens: tuple[Token, ...], found: list[Mention]) -> list[Mention]:
    """A foreign country, then up to six words that end with a body's head word: that country's
    body (埃及文化部, 日本防卫省, 印度国防研究与发展局, 俄罗斯军方, 德国联邦经济和气候保护部); jieba and the
    model often miss them."""
    foreign = lexicon.foreign_country_names()
    starts = {tok.start: k for k, tok in enumerate(tokens)}
    bodies = []
    countries = [(m.start, m.end, starts[m.end]) for m in found if m.label is Label.PLACE and m.rule == "lexicon"
                 and m.text in foreign and m.end in starts and not m.text.endswith("方")]  # 莫方 (the Mozambican side) acts
    countries += [(tok.start, tok.end - 2, k + 1) for k, tok in enumerate(tokens)
                  if tok.text.endswith("联邦") and tok.text[:-2] in foreign]  # jieba's one word 德国联邦
    for start, end, k in countries:
        for last in range(k, min(k + 6, len(tokens))):
            if not _inside_a_body_name(tokens, k, last) or (last > k and tokens[last].text.startswith(tuple(foreign))):
                break  # 美国媒体援引|美国国防部: a second country opens a body of its own
            tok, run = tokens[last], text[end:tokens[last].end]
            if run.endswith(FOREIGN_BODY_ENDINGS) and run not in lexicon.load().roles and len(run) >= 2 and tok.pos != "vn" \
                    and (not tok.text.endswith(NOT_A_BODYS_END) or tok.text.endswith(SECURITY_BODIES)) \
                    and not COMPASS_PART.search(run) and not run.startswith(FORMER):
                name = text[start:tok.end] if not (run.startswith("土") and text[end - 1] == "国") else text[start:end] + "国" + run
                bodies.append(Mention(start, tok.end, text[start:tok.end], Label.GOV, name, "foreign-body"))  # 美|国土安全部
                break
    return bodies


CLAUSE_WORD_TAGS = ("v", "p", "c", "uj", "d", "r", "m", "q", "t", "f")


def _inside_a_body_name(tokens: tuple[Token, ...], first: int, k: int) -> bool:
    """tokens[k] may be part of a body's name that opens at tokens[first]: Chinese, and no word of the
    clause, except 与/和 inside it (研究与发展局) and a verb that opens it before a one-character head
    (防卫 省, 气候保护 部); 军事部署, 真诚反省 end no name."""
    tok = tokens[k]
    if not "\u4e00" <= tok.text[0] <= "\u9fff" or tok.text in lexicon.load().roles or tok.pos.startswith("nr") \
            or tok.text in ACTS_TAGGED_AS_NOUNS:
        return False  # 安哥拉总统洛伦索和…委员会: a post and its holder end the country's words; 布鲁塞尔会见…委员会
    if tok.pos not in CLAUSE_WORD_TAGS or k > first and tok.text in JOINS_IN_A_NAME:
        return True
    head_next = k + 1 < len(tokens) and len(tokens[k + 1].text) == 1 and tokens[k + 1].text in FOREIGN_BODY_ENDINGS
    return tok.pos == "v" and head_next  # 防卫 省, 气候 保护 部


DEPARTMENT_HEADS = ("司", "局", "厅", "处", "办公室", "中心")
EVENT_WORDS = re.compile(r"大会|会议|论坛")  # 第二十次全国代表大会秘书处: a congress's secretariat, not the party's
PRESENTED_BY = ("负责人", "负责同志")  # 质量发展局负责人: what follows a department named for its officials


@functools.cache
def _department_re() -> re.Pattern:
    """A department's name (two to twelve characters and a head word) followed by a post title."""
    roles = sorted(lexicon.load().roles, key=len, reverse=True)
    heads, after = "|".join(DEPARTMENT_HEADS), "|".join(map(re.escape, [*PRESENTED_BY, *roles]))
    return re.compile(f"[\u4e00-\u9fff]{{2,12}}?(?:{heads})(?=(?:副)?(?:{after}))")


@functools.cache
def _official_re() -> re.Pattern:
    """A post title, and the name of the official who holds it if given (司长曾衍德, 新闻发言人)."""
    roles = "|".join(map(re.escape, sorted(lexicon.load().roles, key=len, reverse=True)))
    return re.compile(f"(?:副)?(?:{roles})[^《》“”。]{{0,10}}")


def _departments_of_named_bodies(text: str, found: list[Mention]) -> Iterator[Mention]:
    """A department the lexicon lacks, named right after its ministry or a local body and before an
    official's post (市场监管总局质量发展局局长梁小平, 省财政厅经济建设处副处长刘东): named in full after
    the body, so it is part of it."""
    lex = lexicon.load()
    for m in found:
        if m.label is not Label.GOV or m.rule not in ("lexicon", "local-body") or m.name in lex.departments.values() or len(m.text) < 3:
            continue
        match = _department_re().match(text, m.end)
        if match and not any(_body_words(match.group(0))) and not EVENT_WORDS.search(match.group(0)):
            yield Mention(m.start, match.end(), text[m.start:match.end()], Label.GOV, m.name + match.group(0), "department",
                          scope=m.scope)  # 省财政厅经济建设处: of the document's own province, as its hall


LIST_SEPARATOR = re.compile(r"[、，,]|和|及")


def _departments_listed_after(text: str, found: list[Mention]) -> Iterator[Mention]:
    """A department the lexicon lacks, named bare in a list of officials after one of its ministry's
    (农业农村部发展规划司司长曾衍德、种植业管理司司长潘文博): the list leaves the ministry unsaid."""
    lex = lexicon.load()
    local = [m for m in found if m.rule == "local-body"]
    bodies = sorted((m for m in found if m.label is Label.GOV and m.rule in ("lexicon", "department")
                     and not any(b.start <= m.start and m.end <= b.end and b.end - b.start > m.end - m.start for b in local)),
                    key=lambda m: m.end)  # not 发展改革委 inside 省发展改革委: the province's, with its own departments
    body_ends = {(m.start, m.end) for m in found if m.label is Label.GOV}
    for m in bodies:
        whole = lexicon.ministry_of(m.name)
        at = m.end
        while True:  # past the post and the name of the official the body was named for, to the next item
            separator = LIST_SEPARATOR.search(text, at, at + 12)
            if separator is None or not _official_re().fullmatch(text, at, separator.start()):
                break  # 中国共产党章程》，党的二十大秘书处负责人: no official of the body before the list goes on
            match = _department_re().match(text, separator.end())
            if not match or any(_body_words(match.group(0))) or match.group(0) in lex.names or match.group(0)[0] in BARE_LEVELS \
                    or any((match.start(), end) in body_ends for end in range(match.start() + 2, match.end())):
                break  # 省财政厅经济建设处: a department of another body, named after it
            name = whole + match.group(0)
            yield Mention(match.start(), match.end(), match.group(0), Label.GOV, name, "listed-department")
            at = match.end()


HOSTS_A_BRIEFING = re.compile(r"(?:举行|召开)[^，。；]{0,30}?(?:发布会|吹风会|记者会)(?=[，,])")  # the officials who answer follow


def _departments_at_a_briefing(text: str, found: list[Mention]) -> Iterator[Mention]:
    """A department the lexicon lacks, named bare for an official of a body's own press conference
    (国务院国资委举行新闻发布会，…，财务监管与运行评价局局长孙大勇、科技创新局副局长吕敏出席): the host's,
    unless another body is named first in the sentence (国新办举行…，工业和信息化部…)."""
    lex = lexicon.load()
    for host in found:
        hosting = HOSTS_A_BRIEFING.match(text, host.end) if host.label is Label.GOV and host.rule == "lexicon" else None
        if hosting is None or host.name in lex.departments.values():
            continue
        whole = lexicon.ministry_of(host.name)
        end = text.find("。", hosting.end())
        end = len(text) if end < 0 else end  # the sentence the briefing is announced in
        others = [m.start for m in found if m.label is Label.GOV and hosting.end() <= m.start < end
                  and lexicon.ministry_of(m.name) != whole]
        limit = min(others, default=end)
        for separator in LIST_SEPARATOR.finditer(text, hosting.end(), limit):
            match = _department_re().match(text, separator.end())
            if match and match.end() <= limit and not any(_body_words(match.group(0))) and match.group(0) not in lex.names \
                    and not EVENT_WORDS.search(match.group(0)):
                yield Mention(match.start(), match.end(), match.group(0), Label.GOV, whole + match.group(0), "listed-department")


SHARED_PREFIXES = ("全国人大常委会", "全国人大", "全国政协")  # 全国人大监察司法委、财经委、华侨委: each the NPC's


def _parts_listed_after(text: str, found: list[Mention]) -> Iterator[Mention]:
    """A body's part named by its short name in a list after another part of the same whole, which
    alone gave the whole's name (全国人大监察司法委主任委员杨晓超、财经委主任委员钟山、环资委…): the list
    leaves the prefix unsaid, so 财经委 is 全国人大财经委 here, not the Party's."""
    names = lexicon.load().names
    for m in found:
        prefix = next((p for p in SHARED_PREFIXES if m.label is Label.GOV and m.text.startswith(p) and len(m.text) > len(p)), "")
        at = m.end
        while prefix:
            separator = LIST_SEPARATOR.search(text, at, at + 16)
            if separator is None or not (separator.start() == at or _official_re().fullmatch(text, at, separator.start())):
                break
            end = next((e for e in range(min(separator.end() + 10, len(text)), separator.end() + 1, -1)
                        if names.get(prefix + text[separator.end():e], (None,))[0] is Label.GOV), None)
            if end is None:
                break
            yield Mention(separator.end(), end, text[separator.end():end], Label.GOV,
                          names[prefix + text[separator.end():end]][1], "listed-part")
            at = end


HOME_DEPARTMENT_HEADS = ("司", "局", "厅", "办公室")
AFTER_A_BREAK = "、，。；：\n"  # what a department's name opens after


def _home_departments(text: str, found: list[Mention], home: str) -> list[Mention]:
    """新闻发言人、办公厅主任陶凯元, in a ministry's own press conference or reply: a department the
    lexicon lacks or shares among ministries, named bare with no body before it, is the home body's."""
    if not home:
        return []
    taken, lex, departments = SpanSet([m for m in found if m.label in BODY_LABELS]), lexicon.load(), []
    for match in _department_re().finditer(text):
        run, start = match.group(0), match.start()
        if (start and text[start - 1] not in AFTER_A_BREAK) or len(run) > 8 or not run.endswith(HOME_DEPARTMENT_HEADS) \
                or taken.overlaps(start, match.end()) or run in lex.names or run in lex.roles or any(_body_words(run)) \
                or EVENT_WORDS.search(run) or any(tok.pos.startswith(CLAUSE_WORD_TAGS) and tok.pos != "vn" for tok in tokenize(run)):
            continue  # (，我们邀请办公厅…: a clause's words, no department's name)
        departments.append(Mention(start, match.end(), run, Label.GOV, home + run, "home-department"))
    return departments


def _body_words(run: str) -> list[str]:
    """Known body names inside a run of text (a second body is no department's name; another
    ministry's department is: 农业农村部发展规划司 holds 规划司, which is also 工信部's)."""
    lex = lexicon.load()
    return [run[i:j] for i in range(len(run)) for j in range(i + 2, len(run) + 1)
            if lex.names.get(run[i:j], (None,))[0] in (Label.GOV, Label.PLACE) and run[i:j] not in lex.departments]


def _numbered_meetings(text: str, found: list[Mention]) -> Iterator[Mention]:
    """A body's numbered session: 国务院促进中小企业发展工作领导小组第七次会议; with the term of the
    body when the text names it (十四届全国人大常委会第二十三次会议 is not the 十三届's)."""
    for m in found:
        if m.label is Label.GOV:
            match = NUMBERED_MEETING.match(text, m.end)
            if match:
                if m.rule == "term":  # 中国共产党第二十届中央委员会第三次全体会议: the term is inside the body's name
                    start, term = m.start, TERM.search(m.text, 0, TERM_INSIDE.search(m.text).end())
                else:
                    term = TERM.search(text, max(0, m.start - 6), m.start)
                    start = term.start() if term else m.start
                name = (term.group(1) if term else "") + m.name + match.group(0)
                yield Mention(start, match.end(), text[start:match.end()], Label.EVENT, name, "numbered-meeting")


def recognize(doc: Doc) -> Doc:
    """Mentions of every class, Roles included, with aliases resolved inside the document."""
    lex = lexicon.load()
    found = [m for m in candidates(doc) if not inside(m.start, m.end, doc.skipped) and not _counted_kind(doc.document.text, m)
             and not _departments_of_a_kind(doc.document.text, m)]
    home = home_body(doc, found)
    found += _home_aliases(doc.document.text, home)
    found += _home_departments(doc.document.text, found, home)
    rules = filter_spans(found)
    taken = SpanSet(rules)
    learned = [m for m in _learned(doc) if (not taken.overlaps(m.start, m.end) or _covers(m, rules))
               and not _departments_of_a_kind(doc.document.text, m)]
    named = rules + learned
    by_model = SpanSet(learned)  # 孟庆阳、胡嵘苹: 庆阳 is part of a name, no place listed beside the next
    places = [m for m in rules if m.label is Label.PLACE and not by_model.overlaps(m.start, m.end)]
    places = {m.start: m for m in places} | {m.end: m for m in places}
    learned = [m for m in learned if not _word_taken_for_a_name(doc.document.text, m, named)
               and not _listed_among_places(doc.document.text, m, places) and not _listed_among_common_words(doc.document.text, m)]
    learned = _completed_names(doc.document.text, learned)
    persons = {m.text for m in rules + learned if m.label is Label.PERSON and len(m.text) >= 2}
    learned = [m for m in learned if m.label in (Label.PERSON, Label.ROLE) or m.text not in persons]  # 雷军表示: the
    # person the document names, though the model takes the bare name for a body here
    learned += _recurring_names(doc.document.text, learned, rules + learned)
    entities = filter_spans(rules + [m for m in learned if m.label is not Label.ROLE])
    entities = rules_named_after_their_law(doc.document.text, entities)
    entities += _notices_issuing(doc.document.text, entities)
    named, found_by_model = SpanSet(entities), SpanSet(learned)
    roles = [r for r in [*_roles(doc.tokens, lex.roles), *_role_tails(doc.tokens, lex.roles, entities)]
             if not named.overlaps(r.start, r.end) and not found_by_model.overlaps(r.start, r.end)]
    roles += [m for m in learned if m.label is Label.ROLE and not named.overlaps(m.start, m.end)]
    mentions = [m for m in resolve_aliases(doc, entities + roles, home) if m.rule != "book-title-other"]
    mentions = _technologies_are_no_industries(doc.document.text, _kinds_before_names(mentions))
    made_processes = frozenset(t.start for t in doc.tokens if t.text == "化")
    mentions = [m for m in mentions if not (m.label is Label.INDUSTRY and _no_sector_here(doc.document.text, m, made_processes))
                and not (m.label is Label.POLICY and m.rule.startswith("head:") and _in_topic_heading(doc.document.text, m))]
    mentions += _sectors_in_lists(doc, mentions)
    mentions += _nested(found, entities)
    mentions = _organisations_named_like_events(sorted(mentions, key=lambda m: (m.start, m.end)))
    return dataclasses.replace(doc, mentions=tuple(mentions), home_body=home)


ORGANISATION_LIKE_HEADS = ("head:论坛", "head:会议")  # not 大会: 中国共产党第二十次全国代表大会新闻发言人 is the congress's
A_MEETING_S_POSTS = frozenset("主持人 发言人 新闻发言人".split())  # 主席团会议主持人: whoever chairs that sitting


def _organisations_named_like_events(mentions: list[Mention]) -> list[Mention]:
    """A forum or council whose post a person holds is an organisation, not a meeting (世界经济论坛主席
    博尔格·布伦德, 博鳌亚洲论坛秘书长…): a name the head rule took for an event, then a post, then a name."""
    kept = list(mentions)
    for k, m in enumerate(mentions[:-2]):
        post, holder = mentions[k + 1], mentions[k + 2]
        if m.label is Label.EVENT and m.rule in ORGANISATION_LIKE_HEADS and post.label is Label.ROLE and post.start == m.end \
                and post.name not in A_MEETING_S_POSTS and holder.label is Label.PERSON and holder.start == post.end:
            kept[k] = dataclasses.replace(m, label=Label.ORG)
    return kept


NAME_BESIDE = ("、", "和", "与", "及")
SUPPORTS_A_NAME = BEFORE_TITLE + SPEAKS + ACTS_AFTER_NAME + ("在", "等", "认为", "说", "告诉", "一行", "元帅", "将军", "夫人")


def _word_taken_for_a_name(text: str, m: Mention, others: list[Mention]) -> bool:
    """A learned name that is a word of jieba's dictionary (卓越, 晋升, 科普, 从严治党's 严治党 aside:
    jieba tags many words nr) is a person only where the text treats it as one: a post or another
    name right before it, a title or an act of a person right after it, or a name listed beside it."""
    if m.label is not Label.PERSON or m.rule != "crf" or word_frequency(m.text) < COMMON_WORD_FREQUENCY \
            or looks_foreign(m.text) or len(m.text) > 2 and valid_name(m.text) or whole_word_tag(m.text) in ("nrt", "nrfg"):
        return False  # 徐悲鸿, 李时珍, 内塔尼亚胡: a famous name is a dictionary word too
    before, after = text[max(0, m.start - 1):m.start], text[m.end:m.end + 4]
    if after.startswith(SUPPORTS_A_NAME):
        return False
    for o in others:
        if o.label is Label.ROLE and o.end == m.start and not any(
                n.label is Label.PERSON and n.end == o.start for n in others):
            return False  # 主任卓越; but 习近平主席卓越领导下: the post is the name's before it
        if o.label is Label.PERSON and o is not m and (
                o.end == m.start - 1 and before in NAME_BESIDE or m.end + 1 == o.start and after[:1] in NAME_BESIDE):
            return False
    return True


def _listed_among_common_words(text: str, m: Mention) -> bool:
    """对鸡肉、小麦、玉米、棉花加征15%关税: a common word the model took for an organisation, listed
    beside another common word, is an item of a list of things (拉齐奥、桑德兰: rare words, clubs; 大众、奔驰、
    丰田、福特, 中信、兴业、民生、光大: companies, whose brands are often common words, stay)."""
    if m.label is not Label.ORG or m.rule != "crf" or word_frequency(m.text) < COMMON_WORD_FREQUENCY:
        return False
    before = re.search(r"[\u4e00-\u9fff]{2,4}$", text[max(0, m.start - 5):m.start - 1]) if text[m.start - 1:m.start] == "、" else None
    after = re.match(r"[\u4e00-\u9fff]{2,4}(?=[、和及与等，。；])", text[m.end + 1:m.end + 6]) if text[m.end:m.end + 1] == "、" else None
    return any(item is not None and word_frequency(item.group()) >= COMMON_WORD_FREQUENCY for item in (before, after))


ITEM_ENDS = (*NAME_BESIDE, "等", "，", "。", "；", "的", "")  # "": the text ends there
PLACES_LISTED_AFTER = re.compile(r"(?:[、和及与][^、和及与，。；：\s等]{2,8})*等(?:多|\d+个|[一二三四五六七八九十]+个)?"
                                 r"(?:地|州|省|市|国|城市|地区|方向|线路|景点|景区|城镇|口岸)")


def _listed_among_places(text: str, m: Mention, places: dict[int, Mention]) -> bool:
    """A learned name that is an item of a list of places is a place (布良斯克、莫斯科…, 江汉、黄淮、江南的…,
    库尔斯克、库皮扬斯克等方向): a place the lexicon knows right beside it in the list, or the list ends
    with 等地 (等州, 等方向…); a learned company so listed is a place too (广东惠州、山东招远、…, 美国明尼阿波利斯、
    纽约…). `places`: the lexicon's places by where they start and where they end."""
    if m.label not in (Label.PERSON, Label.COMPANY) or m.rule != "crf":
        return False
    marks = NAME_BESIDE if m.label is Label.PERSON else "、"  # 国家铁路集团和江苏、内蒙古…: bodies and provinces
    left = places.get(m.start - 1)
    if left is not None and left.end == m.start - 1 and text[left.end] in marks:
        return True
    right = places.get(m.end + 1)
    if right is not None and right.start == m.end + 1 and text[m.end] in marks and text[right.end:right.end + 1] in ITEM_ENDS:
        return True
    return PLACES_LISTED_AFTER.match(text, m.end) is not None and (m.label is Label.PERSON or text.startswith(("、", "等"), m.end))  # 以及达尔富尔等地


TOPIC_HEADING = re.compile(r"[ \t　#*]*[一二三四五六七八九十]+、关于[^。，；\n]{2,40}$")  # 一、关于统筹低空经济发展规划


def _in_topic_heading(text: str, m: Mention) -> bool:
    """A reply's section heading restates a topic of the proposal (一、关于统筹低空经济发展规划): the
    words after 关于 name what is asked for, no policy (a 《》 title there still is one)."""
    start, end = line_span(text, m.start)
    return TOPIC_HEADING.fullmatch(text, start, end) is not None


COUNT_BEFORE = re.compile(r"(?<![第\d一二两三四五六七八九十百千])(?:\d+|[一二两三四五六七八九十百千]+)[万亿]?(?:项|个|类|批|部|件|条|份|套)(?:以上|左右|多|余)?$")


COUNT_AFTER = re.compile(r"(?:共|累计|达|达到|超过)?(?:\d+|[一二两三四五六七八九十百千]+)[万亿]?(?:项|个|类|批|部|件|条|份|套)")


def _departments_of_a_kind(text: str, m: Mention) -> bool:
    """各地商务部门, 北京市商务部门: the departments of a kind (部门), not a ministry jieba cut out of it; 各省、
    自治区、直辖市…发展改革委、财政厅（局）：: the kinds of body a notice is addressed to, in each place."""
    if m.label not in BODY_LABELS:
        return False
    if m.text.endswith("部") and text.startswith("门", m.end):
        return True
    if m.label is not Label.GOV:
        return False  # 中国电信集团有限公司: a firm a notice is addressed to is that firm
    line_start, line_end = line_span(text, m.start)
    return NOTICE_ADDRESSEES.fullmatch(text, line_start, line_end) is not None


NOTICE_ADDRESSEES = re.compile(r"[ \t　]*各(?:省|地|有关|级|部门|市|县|区|计划|直属)[^\n。]{0,200}[：:][ \t　]*")


def _counted_kind(text: str, m: Mention) -> bool:
    """100项以上绿色低碳标准: what a number counts is a kind of policy, not one policy's name (but
    225项…待遇清单, 两批…目录 count a list's items or editions, 第一项 is an ordinal and 52个“山水工程”
    the projects of one named programme)."""
    return m.label is Label.POLICY and m.rule.startswith("head:") and not m.name.endswith(("清单", "目录")) \
        and not m.text.startswith("“") and text[m.start - 1:m.start] != "“" \
        and (COUNT_BEFORE.search(text, max(0, m.start - 10), m.start) is not None
             or COUNT_AFTER.match(text, m.end) is not None)  # 累计发布行业大模型标准12项


def _kinds_before_names(mentions: list[Mention]) -> list[Mention]:
    """美国评级公司标准普尔: a company named by its kind right before a firm the lexicon knows says
    what that firm is; it is no company of its own."""
    known = {m.start for m in mentions if m.label is Label.COMPANY and m.rule == "lexicon"}
    return [m for m in mentions if not (m.label is Label.COMPANY and m.rule.startswith("head:") and m.end in known)]


def _no_sector_here(text: str, m: Mention, made_processes: frozenset[int]) -> bool:
    """An industry word that is part of something else here: the ministry's remit (工业 in
    工业和信息化发展), the Party's study campaigns (学习教育), a home's utilities (水电气), a body's
    centre (文化和旅游部数据中心), what it is not (非食品价格, 非金融类直接投资), a grade (工业级无人机), a document
    number's code or what jieba's word 化 makes a process of (数字产业|化; not 能源|化工, nor 农业机械化率, the process measured)."""
    return lexicon.party_education(text, m.start, m.end) or UTILITIES.match(text, m.start) is not None \
        or text[m.end:m.end + 1] == "级" \
        or m.name.endswith("中心") and text[m.start - 1:m.start] in BODY_ENDS or text[m.start - 1:m.start] == "非" or (
        m.rule == "lexicon" and lexicon.opens_a_body_stem(text, m.start, m.end - m.start)) \
        or IN_A_DOCUMENT_NUMBER.match(text, m.end) is not None \
        or m.end in made_processes and not text.startswith(PROCESS_MEASURES, m.end + 1)  # 数字产业|化: a process


PROCESS_MEASURES = ("率", "水平", "程度")
IN_A_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,4}" + NUMBER_AFTER_ISSUER.pattern)  # 发改能源〔2024〕688号: a code, no sector
BODY_ENDS = tuple("部局委院署厅办司")  # 文化和旅游部数据中心: the ministry's centre, no data-centre industry
UTILITIES = re.compile(r"水电(?:[气暖路费]|供应|通信|线路|设施|保障|抢修)")  # 恢复水电气供应: a home's utilities, no hydropower


LISTED_TECHNOLOGIES = re.compile(r"等(?:新|先进|前沿|数字|信息|新兴|关键|核心)?技术(?!产业)")  # …等技术产业化应用: industries
LIST_JOINS = ("、", "和", "与", "及", "")


def _technologies_are_no_industries(text: str, mentions: list[Mention]) -> list[Mention]:
    """运用人工智能、大数据等新技术: a list that 技术 sums up names technologies, not industries."""
    ends = {m.end: m for m in mentions if m.label is Label.INDUSTRY}
    dropped: set[int] = set()
    for match in LISTED_TECHNOLOGIES.finditer(text):
        item = ends.get(match.start())
        while item is not None:
            dropped.add(id(item))
            join = next((j for j in LIST_JOINS if text.endswith(j, 0, item.start) and item.start - len(j) in ends), None)
            item = ends.get(item.start - len(join)) if join is not None else None
    return [m for m in mentions if id(m) not in dropped]


# Words that name a sector only among sectors (钢铁、机械、轻工、电子等9个行业): alone they are 电子发票, 机械臂
SECTORS_IN_LISTS = {"电子": "电子信息", "机械": "机械工业"}
SECTOR_SEPARATORS = ("、", "和", "及")


def _sectors_in_lists(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """电子 and 机械 listed next to industries (…建材、机械、汽车、轻工、纺织、电子等9个行业) are industries."""
    text = doc.document.text
    industries = [m for m in mentions if m.label is Label.INDUSTRY]
    starts, ends = {m.start for m in industries}, {m.end for m in industries}
    found = []
    for tok in doc.tokens:
        name = SECTORS_IN_LISTS.get(tok.text)
        if name is None:
            continue
        before = text[tok.start - 1:tok.start] in SECTOR_SEPARATORS and tok.start - 1 in ends
        after = text[tok.end:tok.end + 1] in SECTOR_SEPARATORS and tok.end + 1 in starts
        if before or after:
            found.append(Mention(tok.start, tok.end, tok.text, Label.INDUSTRY, name, "listed-sector"))
    return found


def _learned(doc: Doc) -> list[Mention]:
    """What the CRF finds in the kept paragraphs (whole lines: the model saw whole sentences)."""
    text, tokens, lines = doc.document.text, doc.tokens, []
    starts = [tok.start for tok in tokens]
    bylines = [(s.start, s.end) for s in doc.sentences if s.part == "byline"]
    for start, end in paragraphs(text):
        if inside(start, end, doc.skipped) or inside(start, end, bylines):
            continue
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if lo < hi and tokens[lo].start == start and tokens[hi - 1].end == end:
            lines.append((text[start:end], tokens[lo:hi], start))
    found = crf_mentions(lines)
    bounds = {tok.start for tok in tokens} | {tok.end for tok in tokens}
    names = _joined_foreign_names(text, [_with_foreign_tail(n, text, tokens, starts) for m in found if m.label is Label.PERSON
                                         for n in _split_names(_trim_name(m, text, bounds, tokens_over(tokens, starts, m.start, m.end)), text)])
    aligned = names + \
        [_closed(_after_appositive(_without_post_qualifier(_without_a_head_word(_institution_as_organisation(m)))), text) for m in found
         if m.label is not Label.PERSON and m.start in bounds and m.end in bounds]
    numbers = list(document_numbers(text))  # 工信部联科〔2024〕121号 names nobody
    return [part for m in aligned if plausible_learned(m, tokens_over(tokens, starts, m.start, m.end))
            and not opens_with_a_count(text, m) and not any(s < m.end and m.start < e for s, e in numbers)
            and not (m.label is Label.PERSON and (_quoted(text, m) or _placed(tokens, starts, m)))
            and not (m.label in (Label.GOV, Label.ORG, Label.COMPANY) and _known_bodies_glued(m.text))
            for part in _body_and_post(_event_by_its_head(m))]


def _known_bodies_glued(name: str) -> bool:
    """民政部教育部 (a headline lists its issuers without a comma): two bodies the lexicon knows, not one."""
    return any(lexicon.label_of(name[:k]) in BODY_LABELS and lexicon.label_of(name[k:]) in BODY_LABELS
               for k in range(2, len(name) - 1))


GOVERNMENT_HEADS = (*"委局厅办", "常委会")  # not 部: a company has its 营销管理部 too


GAMES = ("运动会", "亚运会", "奥运会", "冬奥会", "残奥会", "大运会", "全运会", "亚冬会", "世运会", "冬残奥会", "招聘会",
         "博会", "交会", "洽会", "贸会")  # and fairs by their short names: 南博会, 广交会, 辽洽会, 服贸会


def _event_by_its_head(m: Mention) -> Mention:
    """第一届世界林木业大会, 杭州亚运会: what the model took for an organisation but ends as a meeting or
    games do is an event."""
    if m.label is Label.ORG and m.text.endswith(HEADS[Label.EVENT] + GAMES) or m.label in (Label.GOV, Label.COMPANY) and m.text.endswith(GAMES):
        edition = max((m.text.rfind(word) + len(word) for word in THIS_EDITION if word in m.text), default=0)
        if m.text[0] in VERBS_BEFORE_GAMES and m.text[1:] in GAMES:
            edition = 1  # 创|亚冬会(纪录), 赴|亚运会: an act on the games the document names
        text = m.text[edition:]  # 中国体育代表团本届|冬奥会: who takes part, then which edition
        return dataclasses.replace(m, start=m.start + edition, text=text, norm=text, label=Label.EVENT)
        # (北京冬奥会 taken for a body; 全国人民代表大会 is one)
    return m


VERBS_BEFORE_GAMES = "创破赴办迎"
THIS_EDITION = ("本届", "此次", "这次", "本次", "该届", "上届", "下届")


def _body_and_post(m: Mention) -> list[Mention]:
    """A learned post that opens with a body's name of three characters or more is the body and
    the post (首规委|主任, 常委会预算工委|主任); 党委书记, 省委常委 stay posts."""
    if m.label is not Label.ROLE:
        return [m]
    roles = lexicon.load().roles
    cut = next((k for k in range(3, len(m.text) - 1) if m.text[k:] in roles), 0)
    if not cut or not m.text[:cut].endswith(GOVERNMENT_HEADS) or m.text[:cut] in roles:
        return [m]
    body, post = m.text[:cut], m.text[cut:]
    return [Mention(m.start, m.start + cut, body, Label.GOV, body, m.rule),
            Mention(m.start + cut, m.end, post, Label.ROLE, post, m.rule)]


def _closed(m: Mention, text: str) -> Mention:
    """中共中央党校（国家行政学院）: a name the model ended inside its brackets takes the closing one."""
    if m.text.count("（") > m.text.count("）") and text.startswith("）", m.end):
        return dataclasses.replace(m, end=m.end + 1, text=m.text + "）", norm=m.norm + "）")
    return m




def _without_post_qualifier(m: Mention) -> Mention:
    """武汉大学特聘 → 武汉大学: the model took the qualifier of the post that follows into the body."""
    qualifier = next((q for q in POST_QUALIFIERS if m.text.endswith(q) and len(m.text) > len(q) + 1), "")
    if not qualifier or m.label not in (Label.COMPANY, Label.ORG, Label.GOV):
        return m
    text = m.text[:-len(qualifier)]
    return dataclasses.replace(m, end=m.end - len(qualifier), text=text, norm=text)


INSTITUTIONS = ("医院", "卫生院", "学院", "研究院", "设计院", "疗养院", "养老院", "福利院")  # 院, but no body of the state


def _institution_as_organisation(m: Mention) -> Mention:
    """湖南省人民医院, 乡镇卫生院: the model took a hospital or school for a body of the state."""
    return dataclasses.replace(m, label=Label.ORG) if m.label is Label.GOV and m.text.endswith(INSTITUTIONS) else m


def _without_a_head_word(m: Mention) -> Mention:
    """局局长 → 局长: the model took the head word of a department it did not see into the post."""
    if m.label is not Label.ROLE or m.text[0] not in DEPARTMENT_HEAD_CHARACTERS or m.text[1:] not in lexicon.load().roles:
        return m
    return dataclasses.replace(m, start=m.start + 1, text=m.text[1:], norm=m.text[1:])


def _after_appositive(m: Mention) -> Mention:
    """德国化工巨头巴斯夫集团 → 巴斯夫集团: a company's (or organisation's) name starts after the kind
    of company it is."""
    if m.label not in (Label.COMPANY, Label.ORG):
        return m
    cut = max((m.text.rfind(kind) + len(kind) for kind in APPOSITIVE_KINDS if kind in m.text[:-2]), default=0)
    if cut == 0 or len(m.text) - cut < 3:
        return m
    return dataclasses.replace(m, start=m.start + cut, text=m.text[cut:], norm=m.text[cut:])


PLACE_BEFORE = frozenset("首都 首府 城市 城镇 港口 港城 小镇".split())
PLACE_AFTER = frozenset("国际机场 机场 市 州 省 县 港 口岸 核电站 核设施 基地 军事基地 居民点 地区 一带 高铁 铁路 古城 "
                        "市中心 郊区 附近 遗址 古镇 大桥 特大桥 水库 隧道 景区 跨海 大道 公路 高速公路 运河".split())
# 石峁遗址, 安家庄特大桥, 黄茅海|跨海|通道: a site


LIST_MARKS = ("、", "和", "，")  # around a place listed among places (…、新奥尔良、亚特兰大等地)


def _quoted(text: str, m: Mention) -> bool:
    """“萨德”, “卡德尔”, “拉斐尔”: what fills a quotation is a weapon, a brand or a nickname, not a person."""
    return text[m.start - 1:m.start] in "“\"「" and text[m.end:m.end + 1] in "”\"」" and m.start > 0 and m.end < len(text)


def _placed(tokens: list[Token], starts: list[int], m: Mention) -> bool:
    """A learned name where places stand is a place (jieba tags many foreign cities nrt): after
    首都 (首都贝尔格莱德), before 机场, 市, 基地 …, or a foreign-looking name listed between places
    (休斯敦、新奥尔良、亚特兰大等: the place beside it is an item of the list too, not 泰国前国会主席)."""
    at = bisect.bisect_left(starts, m.start)
    after = bisect.bisect_left(starts, m.end)
    if at == len(starts) or starts[at] != m.start or (after < len(starts) and starts[after] != m.end):
        return False
    before = tokens[at - 1] if at else None
    nxt = tokens[after] if after < len(tokens) else None
    if (before is not None and before.text in PLACE_BEFORE) or (nxt is not None and nxt.text in PLACE_AFTER):
        return True
    if before is not None and before.text == "在" and nxt is not None and nxt.text in ("，", "等") and looks_foreign(m.text):
        return True  # 在霍尔果斯，…; 在库尔斯克等三州: where something happens
    listed_before = at >= 3 and before.text == "、" and tokens[at - 2].pos == "ns" and tokens[at - 3].text in LIST_MARKS
    listed_after = after + 2 < len(tokens) and nxt.text in "、和" and tokens[after + 1].pos == "ns" \
        and tokens[after + 2].text in LIST_MARKS + ("等",)
    return (listed_before or listed_after) and not valid_name(m.text)  # jieba tags some Chinese names ns too


OVERRUN = frozenset("的了在和与是及等对为将把被从向也都就还又说才长赴能会要到受以任此遭时")  # a word after a name, half taken: 刘昆受(…委托)
POST_HEAD_CHARS = frozenset("部局司厅省市县院行校处科州议团社")  # 部长, 局长, 议长 …: heads of what a 长 heads
NEVER_ENDS_A_NAME = frozenset("的了在是将把被也都就还又此遭")  # no Chinese nor transliterated name ends so (吕特此(前), 苏莱马尼遭(袭))
NAME_DOTS = "·•‧・"  # between the parts of a foreign name (杰夫•莫雷尔 is 杰夫·莫雷尔)
NAME_DOTS_RE = re.compile(f"[{NAME_DOTS}]")
NAME_BREAK = re.compile(rf"[^\w{NAME_DOTS}-]|_|-(?![\u4e00-\u9fff])|(?<![\u4e00-\u9fff])-")  # 塔赫特-拉万希 is one name


FUNCTION_TAGS = ("p", "c", "d", "u", "uj", "ul", "y", "e", "m", "q", "r", "v", "vd", "a", "ad", "f")
LEADING_PREPOSITIONS = frozenset("关于 对于 按照 根据 依照 通过 随着 围绕 针对 面向 为了".split())
LEADING_JUNK = frozenset("当靠在由向对从把被让给将与和及跟同是为一怎就")


def _junk(tok: Token, singles: frozenset[str]) -> bool:
    """A word the model took along with a name: a function word of two or more characters, or
    one of the single characters that do not end (or open) a name."""
    return tok.text in singles if len(tok.text) == 1 else tok.pos in FUNCTION_TAGS


def _trim_name(mention: Mention, text: str, bounds: set[int], tokens: list[Token]) -> Mention | None:
    """A learned name cut at punctuation, and freed of the words the model took along before or
    after it (当盖蒂 → 盖蒂, 吴江林发起 → 吴江林, 曾梵志长 → 曾梵志, 严开祺是 → 严开祺)."""
    start, end = mention.start, mention.end
    while start < end and NAME_BREAK.match(text[start]):
        start += 1
    cut = NAME_BREAK.search(text, start, end)
    end = cut.start() if cut else end
    end = end - 1 if end > start and text[end - 1] in NAME_DOTS else end
    if end - start > 3 and text[start] == "世" and text[start + 1] in NAME_DOTS:
        start += 2  # 十六世•古斯塔夫: the tail of a regnal number, not a part of the name (but 廷·巴特尔 is whole)
    cut_word = next((tok for tok in tokens if tok.start < start < tok.end and word_frequency(tok.text)), None)
    if cut_word is not None and (looks_foreign(cut_word.text) or cut_word.pos == "nrt"):
        start = cut_word.start  # 阿卜杜拉希扬, 诺罗敦·西哈莫尼: the model began inside the name's first word
    elif cut_word is not None and (cut_word.pos == "ns" or lexicon.label_of(cut_word.text) is Label.PLACE):
        return None  # 乌克兰|利沃夫: begun inside a place, what follows it is a place too
    elif cut_word is not None and len(cut_word.text) > 2:
        start = min(cut_word.end, end)  # 从严治党, 和田玉 → nothing: no name starts inside a word
    if start and start - 1 in bounds and start in bounds and end - start >= 3 and not NAME_DOTS_RE.match(text, start + 2) \
            and word_frequency(text[start - 1:start + 1]) >= CLAUSE_WORD and not valid_name(text[start:end]):
        start += 1  # 宣|布埃尔多安: jieba left a character alone that makes a word with the name's first (宣布)
    split_word = next((tok for tok in tokens if tok.start < end < tok.end), None)
    if split_word is not None and split_word.pos == "n" and end - start == 2 and split_word.end - start == 3 \
            and valid_name(text[start:split_word.end]):
        end = split_word.end  # 陈|锦绣(举行会谈): jieba read the given name's last two characters as a word
    else:
        end = end_before_a_linking_word(split_word, start, end)  # 内塔尼亚胡关|于
    if 0 < start < end and text[start] == "长" and text[start - 1] in POST_HEAD_CHARS:
        start += 1  # 美国财政部|长耶伦: the post's last character, glued to the name
    roles = lexicon.load().roles
    post = next((text[start:k] for k in range(min(end, start + 6), start + 1, -1) if text[start:k] in roles), "")
    start += len(post)  # 时任王储米|沙勒: a post the model took along, no part of the name
    end -= len(next((text[k:end] for k in range(start + 2, end - 1) if text[k:end] in roles), ""))  # 刘雷常委, 威廉-亚历山大国王
    inner = [tok for tok in tokens if start <= tok.start and tok.end <= end]
    while len(inner) > 1 and inner[0].text in LEADING_JUNK and end - inner[1].start >= 2:
        start = inner.pop(0).end
    if inner and inner[0].text in LEADING_PREPOSITIONS:
        start = inner.pop(0).end  # 关于党(的…): no name opens with a preposition
    while len(inner) > 1 and _junk(inner[-1], OVERRUN) and inner[-1].start - start >= 2 \
            and not (len(inner[-1].text) > 1 and (looks_foreign(text[start:end]) or inner[0].pos == "nrt")
                     and word_frequency(inner[-1].text) < COMMON_WORD_FREQUENCY):
        end = inner.pop().start  # but 阿卜杜拉|希扬(v): a rare word ending a foreign name is its part
    if len(inner) > 1 and inner[-1].end == end and inner[-1].text in ACTS_AFTER_NAMES and _name_like(text[start:inner[-1].start]):
        end = inner.pop().start  # 穆萨维|警告(称), 普京|会见: what the official does next, a word of its own
    if len(inner) > 1 and inner[-1].end == end and len(inner[-1].text) >= 3 and not inner[-1].pos.startswith(("nr", "ns", "nz")) \
            and word_frequency(inner[-1].text) > 0 and all(tok.pos.startswith("nr") for tok in inner[:-1]):
        end = inner.pop().start  # 内塔尼亚胡|逃避责任: a phrase of the dictionary after the name jieba read is the clause's
    last = inner[-1] if inner else None  # 普里|戈任(的): jieba read the last character with the one before as a name
    read_with_the_name = last is not None and last.end == end and last.start > start and len(last.text) > 1 and last.pos.startswith("nr")
    if end - start > 2 and text[end - 1] in OVERRUN and not read_with_the_name and (end not in bounds or valid_name(text[start:end - 1])
                                                         or _transliterated(text[start:end - 1])
                                                         or text[end - 1] in NEVER_ENDS_A_NAME):
        end -= 1  # 曾梵志长; or a word jieba glued to a new name: 严开祺是 (…研究员), 佩恩才(是), 铁凝在(参加)
    start, end = _freed_of_words_around(text, start, end)
    joint = next((k for k in range(start + 2, end - 1) if text[k] in AFTER_A_WHOLE_NAME and _name_like(text[start:k])), None)
    if joint is not None:
        end = joint  # 卢拉在贺信中(表示), 李强同朔尔茨(会谈), 格拉西莫夫向普京, 阿巴斯及巴方: the name, then where, with or to whom
    if end - start < 2 or any(ch.isdigit() for ch in text[start:end]) or ACTS_BETWEEN_NAMES.search(text, start + 2, end - 1):
        return None  # 习近平祝贺斯塔默, 亨利请丁薛祥: two people and what one does to the other
    return dataclasses.replace(mention, start=start, end=end, text=text[start:end], norm=text[start:end])


AFTER_A_WHOLE_NAME = frozenset("在同向和及与为")  # inside a learned span after a whole name (金在寅 has one character before it)
LEADING_ACT = frozenset("同令请与对给被让把从在之向朝")  # 同佩泽希齐扬, 令非方, 朝普雷蒂(开枪): none of them a common surname
TRAILING_ACT = frozenset("称作记愿同说刚均")  # 克利奇科称, 丛斌作(的报告), 刘爱军记(三等功), 卢方愿, 马克龙刚(结束), 弗兰肯均(表示)
TRAILING_TIME = ("当天", "今天", "日前")  # 内塔尼亚胡当天表示
SAYS = "称说"  # 克利奇科称，…
MUTUAL_ACTS = "致通访赠换"  # after 互: 互致贺电, 互通电话, 互访
ACTS_BETWEEN_NAMES = re.compile("祝贺|会见|会晤|致电|致信|感谢|请")


def _name_like(name: str) -> bool:
    return valid_name(name) or _transliterated(name)


TRAILING_MODALS = ("无权", "无意", "无法", "不会", "没有", "不能", "拒绝")


def _freed_of_words_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The model's span without a post title before the name (发言人莱克, 党主席罗曼诺夫), a
    preposition or verb glued to its first character (同佩泽希齐扬) or a verb or time word glued to
    its last (克利奇科称, 内塔尼亚胡当天): jieba glues such characters to names it does not know."""
    start = after_post_titles(text, start, end)
    if end - start > 2 and text[start] in LEADING_ACT and text[start + 1] not in NAME_DOTS + "-":
        start += 1  # no name opens with one of them (but 让-诺埃尔·巴罗 does)
    if text.endswith(TRAILING_TIME + TRAILING_MODALS, start, end) and end - start > 3:
        end -= 2  # 内塔尼亚胡当天, 吕特无权(代表…)
    if end - start == 3 and glued_last(text, end):
        end -= 1
    if end - start == 3 and text[end - 1] == text[start] and text.startswith(("女士", "先生"), end):
        end -= 1  # 孙晶孙女士: the name, then Ms Sun
    if end - start > 2 and text[end - 1] == "互" and text[end:end + 1] in MUTUAL_ACTS:
        end -= 1  # 敏昂莱互致贺电: each other, the act both sides do
    rest = text[start:end - 1]
    if end - start > 2 and text[end - 1] in TRAILING_ACT and not valid_name(text[start:end]) and (
            _name_like(rest) or SIDES.fullmatch(rest) or text[end - 1] in SAYS and text[end:end + 1] in "，：,:"):
        end -= 1
    return start, end


def _with_foreign_tail(m: Mention, text: str, tokens: list[Token], starts: list[int]) -> Mention:
    """A transliterated name the model ended before jieba's last name word of it, which ends the
    phrase (总裁格奥尔基|耶娃。), or one character after its dot (侯赛因·伊|比什表示): the whole name."""
    at = bisect.bisect_left(starts, m.end)
    if at == len(tokens) or starts[at] != m.end:
        return m
    tail = tokens[at]
    one_after_dot = len(m.text) >= 3 and m.text[-2] in NAME_DOTS and tail.pos.startswith(("nr", "ns", "nz")) \
        and len(tail.text) <= 3  # 侯赛因·伊|比什: no part of a name after its dot is one character
    ends_the_phrase = _transliterated(m.text) and tail.pos.startswith("nr") and len(tail.text) <= 2 \
        and not re.match(CJK, text[tail.end:tail.end + 1])
    if not (one_after_dot or ends_the_phrase):
        return m
    return dataclasses.replace(m, end=tail.end, text=text[m.start:tail.end], norm=text[m.start:tail.end])


def _joined_foreign_names(text: str, names: list[Mention]) -> list[Mention]:
    """The parts of one foreign name the model tagged apart are one name: across a dot (斯图尔特·卡里·
    韦尔奇, 杰夫•莫雷尔), or side by side when nearly all their characters transliterate (马卡 罗夫) or
    together they are no Chinese name but a foreign one (谢夫 乔维奇)."""
    joined: list[Mention] = []
    for m in sorted(names, key=lambda m: (m.start, m.end)):
        last = joined[-1] if joined and joined[-1].end <= m.start else None
        gap = text[last.end:m.start] if last is not None else None
        whole = text[last.start:m.end] if last is not None else ""
        if last is not None and (gap in tuple(NAME_DOTS) or gap == "" and (_transliterated(whole) or _split_foreign(last.text, m.text))):
            m = dataclasses.replace(last, end=m.end, text=whole, norm="")
            joined.pop()
        joined.append(m)
    return [dataclasses.replace(m, norm=re.sub(f"[{NAME_DOTS}]", "·", m.text)) if not m.norm else m for m in joined]


def _split_foreign(first: str, second: str) -> bool:
    """Two names side by side that are one foreign name (谢夫 乔维奇, 梅德 韦杰夫): no Chinese name
    together, characters of a transliteration (two where each part could be a Chinese name: 何丰伦
    孟昭丽, 罗乐 徐峰 stay two), no common word after (胡塞 武装, 莫 政治), and each part no longer
    than a part of a name (王沪宁 蔡奇丁薛祥李希: a list the model ran together)."""
    whole = first + second
    needed = 2 if valid_name(first) and valid_name(second) else 1
    return len(first) <= 4 and len(second) <= 4 and not valid_name(whole) \
        and sum(ch in FOREIGN_NAME_CHARS for ch in whole) >= needed and word_frequency(second) < COMMON_WORD_FREQUENCY


def _transliterated(name: str) -> bool:
    return sum(ch in TRANSLITERATION for ch in name) * 4 >= len(name) * 3


def _split_names(mention: Mention | None, text: str = "") -> list[Mention]:
    """Chinese names run together (蔡早勤汤华明, a headline's 蔡奇丁薛祥李希韩正) are a mention each; not one
    after a foreign country's post (日本经济产业大臣武藤容治: a Japanese name of four characters)."""
    if mention is None:
        return []
    if _after_a_foreign_post(text, mention.start):
        return [mention]
    text, surnames = mention.text, lexicon.load().surnames
    cuts = _names_run_together(text, surnames) if 4 <= len(text) <= MAX_NAMES_RUN and not valid_name(text, surnames) else None
    if not cuts:
        return [mention]
    bounds = [0, *cuts, len(text)]
    return [dataclasses.replace(mention, start=mention.start + a, end=mention.start + b, text=text[a:b], norm=text[a:b])
            for a, b in zip(bounds, bounds[1:])]


MAX_NAMES_RUN = 12  # characters: four names at most
FOREIGN_POST_REACH = 16  # characters back from a name to the country whose post precedes it


def _after_a_foreign_post(text: str, start: int) -> bool:
    """A post title ends right where the name starts, and a foreign country is named in the clause before it."""
    before = text[max(0, start - FOREIGN_POST_REACH):start]
    clause = before[max(before.rfind(mark) for mark in "，。；：、\n") + 1:]
    return clause.endswith(FOREIGN_POSTS) and any(country in clause for country in lexicon.foreign_country_names())


FOREIGN_POSTS = ("大臣", "部长", "大使", "总理", "外长", "议员", "首相", "总统")


def _names_run_together(text: str, surnames: frozenset[str]) -> list[int] | None:
    """Where `text` splits into Chinese names of two or three characters (the shorter first), or None."""
    for cut in (2, 3):
        if valid_name(text[:cut], surnames):
            if len(text) - cut in (2, 3) and valid_name(text[cut:], surnames):
                return [cut]
            rest = _names_run_together(text[cut:], surnames) if len(text) - cut >= 4 else None
            if rest:
                return [cut, *(cut + at for at in rest)]
    return None


def _nested(found: list[Mention], kept: list[Mention]) -> list[Mention]:
    """Events and bodies named inside a kept title (关于政协…第三次会议…的函, 《中共中央关于…》), the
    place a local body is named after (浙江 in 浙江等省通信管理局), and the company a branch belongs to."""
    titles = [m for m in kept if m.rule in ("official-title", "received-proposal", "book-title", "numbered-meeting")]
    inner = [m for m in found if m.label in (Label.EVENT, Label.GOV) and m.rule in ("cppcc", "plenum", "local-congress", "lexicon")
             or m.label is Label.GOV and m.rule.startswith("head:")]
    inner = [m for m in inner if any(t.start <= m.start and m.end <= t.end and m != t for t in titles)]
    local = [m for m in kept if m.rule == "local-body"]
    inner += [m for m in found if m.label is Label.PLACE and m.rule == "lexicon"
              and any(b.start == m.start and m.end < b.end for b in local)]
    branches = [m for m in kept if m.rule == "branch"]
    inner += [m for m in found if m.label is Label.COMPANY and m.rule != "branch"
              and any(b.start == m.start and m.end < b.end for b in branches)]
    return [dataclasses.replace(m, nested=True) for m in filter_spans(inner)]


def _completed_names(text: str, learned: list[Mention]) -> list[Mention]:
    """托卡耶夫请丁薛|祥转达, 丁薛|祥和斯克利亚尔: a name the model cut short where the text goes on
    with the whole of a longer name it found elsewhere in the document is that name."""
    names = sorted({m.text for m in learned if m.label is Label.PERSON and len(m.text) >= 2}, key=len, reverse=True)
    out = []
    for m in learned:
        longer = next((n for n in names if len(n) > len(m.text) and n.startswith(m.text) and text.startswith(n, m.start)), None) \
            if m.label is Label.PERSON else None
        out.append(dataclasses.replace(m, end=m.start + len(longer), text=longer, norm=longer) if longer else m)
    return out


def _recurring_names(text: str, learned: list[Mention], taken: list[Mention]) -> list[Mention]:
    """A name the model found once is a name wherever else it occurs in the document."""
    extra, before = [], SpanSet(taken)
    for name in sorted({m.text for m in learned if m.label is Label.PERSON and len(m.text) >= 2}):
        for at in occurrences(text, name):
            mention = Mention(at, at + len(name), name, Label.PERSON, name, "crf")
            if not before.overlaps(mention.start, mention.end) and not _overlaps(mention, extra):
                extra.append(mention)
    return extra


def _covers(mention: Mention, others: list[Mention]) -> bool:
    """A learned body name that wholly contains the rule mentions it overlaps (北京市 in 北京市住建委), a
    learned event that wholly contains the place it is named after,
    but no two known bodies with words between them (中共中央热烈祝贺朝鲜劳动党: a clause), or a learned
    Chinese name that holds a city's (胡金华, 王安庆: many cities bear given names)."""
    if mention.label is Label.PERSON:
        inner = [o for o in others if o.start < mention.end and mention.start < o.end]
        return bool(inner) and valid_name(mention.text) and all(
            o.label is Label.PLACE and mention.start < o.start and o.end <= mention.end for o in inner)
    if mention.label is Label.EVENT:  # 杭州亚运会, 哈尔滨亚冬会: the games named after their city
        inner = [o for o in others if o.start < mention.end and mention.start < o.end]
        return bool(inner) and all(o.label is Label.PLACE and mention.start <= o.start and o.end <= mention.end for o in inner)
    if mention.label not in BODY_LABELS:
        return False
    touching = sorted((o for o in others if o.start < mention.end and mention.start < o.end), key=lambda o: o.start)
    if _juxtaposed(mention, touching) or any(o.rule == "term" for o in touching):
        return False  # 中国共产党|第十四届中央书记处: the body named with its term is known, whatever the model adds
    bodies = [o for o in touching if o.label in BODY_LABELS and (o.rule == "lexicon" or o.rule.startswith("head:"))]
    if len(bodies) >= 2 and any(a.end < b.start for a, b in zip(bodies, bodies[1:])):
        return False  # two bodies with words between them: a clause (中共中央热烈祝贺朝鲜劳动党, 信息技术发展司指导中国…研究院)
    if mention.text.endswith(KINDS_OF_BODY) and any(o.label in BODY_LABELS and o.rule == "lexicon" for o in touching):
        return False  # 人民政协|专门协商机构: what a known body is, no new body
    if any(o.rule == "local-body" and o.end == mention.end and mention.start < o.start for o in touching):
        return False  # 并商|省财政厅: a local body named in full after its level, and a word of the clause jieba glued to it
    return all(mention.start <= o.start and o.end <= mention.end and o.label is not Label.PERSON for o in touching) \
        and not re.search(r"会同|联合|等|和|与|及|对|向|在|将", mention.text)


KINDS_OF_BODY = ("机构", "部门", "单位", "系统")


def _juxtaposed(mention: Mention, touching: list[Mention]) -> bool:
    """Known names side by side, not one new name: 中央广播电视总台央视 (two media), 中国全国人大,
    河南郑州. A place other than China before a body names another body (德国国防部), so it stays."""
    if len(touching) < 2 or sum(o.end - o.start for o in touching) != mention.end - mention.start \
            or not all(o.rule == "lexicon" for o in touching) or all(o.label is mention.label for o in touching):
        return False
    first, rest = touching[0], touching[1:]
    return not (first.label is Label.PLACE and first.name != "中国" and all(o.label in BODY_LABELS for o in rest))


def _overlaps(mention: Mention, others: list[Mention]) -> bool:
    return any(o.start < mention.end and mention.start < o.end for o in others)
