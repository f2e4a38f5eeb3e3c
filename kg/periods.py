"""The period a statistic refers to, as ISO 8601 / EDTF: 2020, 2020-11, 2020-01/2020-11, ../2020-12.

Cues are read from the text before the number (2020年, 1—11月, 前三季度, 截至目前, “十四五”); relative
ones (今年, 去年, 上半年) take their year from the document date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.numbers import parse_chinese

__all__ = ["Cue", "find_cues", "names_its_year", "resolve_period", "PLAN_YEARS"]

PLAN_YEARS = {"十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020), "十四五": (2021, 2025),
              "十五五": (2026, 2030), "十六五": (2031, 2035)}
CONGRESS_YEARS = {"十六": 2002, "十七": 2007, "十八": 2012, "十九": 2017, "二十": 2022}  # the Party congresses, by term
NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
BASE_BEFORE = re.compile(r"(?:[较比]|[较比](?:去年|上年))$")  # 比8月份, 比去年四季度, 较2023年8月份: the base of a change
A_YEAR_AS_BASE = re.compile(r"(?:末|底|初|同期)?的(?:[\d.]+(?:倍|%|％)|[一二两三四五六七八九十]成)")  # 是2020年的1.24倍, 相当于2019年的80%, 是“十三五”末的2.2倍, 恢复到2019年同期的84.6% (由2014年的3.74万亿元, 从2020年的91%: its value)
REACHED = re.compile(r"的[\d.]")  # 到2021年的15.1%: a value of that year
DONE_BY = re.compile(r"(?:底|末)?[，,]?(?:我国|全国|我们|我部)?(?:已经?|累计)")  # 到2020年底，(我国)已建成: done by then
LEVEL_OF_A_TIME = re.compile(r"(?:同期)?(?:的)?水平")
ON_THE_BASIS = re.compile(r"[^，。；]{0,12}?基础上")
LEVELLED_KINDS = ("year", "quarter", "half", "month", "first", "quarters", "range", "plan", "last")
COMPARED_WITH = re.compile(r"[好高低快慢多少优强大小]于$")  # 苗情长势好于上年, 高于2023年: the base of a comparison
ITS_VALUE_AFTER = re.compile(r"的[\d.]")
BASE_LISTED = re.compile(r"[较比][^，。；\d]{1,8}[、和及]$")
BASE_NAMED_BEFORE = re.compile(r"[较比][^，。；\d]{1,8}的$")
BASED_KINDS = ("range", "first", "quarters", "half", "quarter", "month", "monthend", "plan", "recent")  # 比近5年同期: the base too
CUE_OPENINGS = r"(?=[\d从去上下前截目当迄至现“十到今本年过明全一二三四五六七八九党近最未])"  # what some cue opens with: the others fail fast
CUES = re.compile(
    CUE_OPENINGS +
    r"(?:(?P<since>从(?P<since_y>\d{4})年(?:\d{1,2}月)?(?:起)?(?:到|至)(?:目前|现在|今)(?:为止)?"
    r"|(?P<since_from>\d{4})年(?:(?P<since_m>\d{1,2})月份?)?[^，。；\d]{0,16}以来|(?P<since_last>去年|上年)以来"  # 自2021年上线以来，累计…
    r"|(?:党的)?(?P<since_congress>十[六七八九]|二十)大以来|“?(?P<since_plan>十[一二三四五六]五)”?(?:时期)?以来"  # 党的十八大以来, “十四五”以来
    r"|(?<![多近])(?P<since_ago>[一二三四五六七八九十]{1,3}|\d{1,2})年(?:以)?来)"  # 十年来: since ten years before the document
    r"|(?P<coming>(?:未来|今后)(?P<coming_n>[一二三四五六七八九十两]{1,3}|\d{1,2})年(?:内|间)?)"  # 未来五年: this year and the next four
    r"|(?P<recent>(?:近|过去|最近)(?P<recent_n>[一二三四五六七八九十两]{1,3}|\d{1,2})年(?!内|后|间[^，])(?:来)?)"  # 近五年: the last complete years
    r"|(?P<range>(?:(?P<range_y>\d{4})年)?" + NUM + r"(?:月份?)?\s*[—–\-－~～至到]\s*" + NUM + r"月(?:份)?)"
    r"|(?P<years>(?P<years_a>(?:19|20)\d{2})\s*[—–\-－~～至到]\s*(?P<years_b>(?:19|20)\d{2})年)"  # 2021—2025年
    r"|(?P<first>(?:(?P<first_y>\d{4})年)?前(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:个)?月)"
    r"|(?P<quarters>(?:(?P<q_y>\d{4})年)?前" + r"([一二三四1-4])季度)"
    r"|(?P<half>(?:(?P<h_y>\d{4})年)?(?P<h_which>上|下)半年)"
    r"|(?P<quarter>(?:(?P<qq_y>\d{4})年)?(?P<qq_last>去年)?(?P<qq_n>[一二三四1-4])季度)"
    r"|(?P<monthend>(?:(?P<me_y>\d{4})年|(?P<me_last>去年|上年))?(?P<me_m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末))"  # 5月末: up to then
    r"|(?P<month>(?:(?P<m_y>\d{4})年)?(?P<m_n>\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?![\d一二三四五六七八九十]*日|底|末|[—–\-－~～至到]))"
    r"|(?P<upto>(?:截至|截止到?)(?:(?P<upto_y>\d{4})年|(?P<upto_this>今年|本年)|(?P<upto_last>去年|上年))?"
    r"(?:(?P<upto_m>\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末)?|(?P<upto_q>[一二三四1-4])季度末)?(?:目前|年底|底|末)?)"
    r"|(?P<now>目前|当前|迄今|至今|现阶段)"
    r"|(?P<plan>“?(?P<plan_n>十[一二三四五六]五)”?(?:时期|期)?(?P<plan_end>末)?)"
    r"|(?<!截止)(?P<by>到(?P<by_y>\d{4}|[〇零一二三四五六七八九]{4})年)"
    r"|(?P<before>(?P<before_y>(?:19|20)\d{2})年以?前(?![后前一二三四五六七八九十两\d个季半]))"  # 在2035年前: a deadline
    r"|(?<![较比与同])(?P<year>(?P<year_y>(?:19|20)\d{2})年(?:全年)?)"
    r"|(?<![较比与同])(?:(?P<this>今年|本年度|(?:(?<=[，。；：\s于在将])|(?<=计划|预计|力争|争取|确保)|^)年内|年底前)|(?P<last>去年|上年|过去一年)|(?P<next>明年))(?!价格|同期|末)|(?<![较比与同年占])(?P<whole>全年|(?<![\u4e00-\u9fff\d])年[末底](?![前后])))"  # 年末全国人口…: the year's end, opening a clause
)


@dataclass(frozen=True)
class Cue:
    start: int
    kind: str
    groups: dict


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Every period cue in text[start:end], in order."""
    cues = []
    for match in CUES.finditer(text, start, len(text) if end is None else end):
        kind = next(k for k in ("since", "coming", "recent", "range", "years", "first", "quarters", "half", "quarter", "monthend", "month", "upto", "now", "plan",
                                "by", "before", "year", "this", "last", "next", "whole") if match.group(k))
        if kind in BASED_KINDS and BASE_BEFORE.search(text, max(0, match.start() - 3), match.start()):
            continue  # checked here rather than by a look-behind in each alternative: a third of find_cues' time
        if kind in ("year", "plan") and A_YEAR_AS_BASE.match(text, match.end()) and text[match.start() - 1:match.start()] not in "从由":
            continue  # looked at in the whole text: the number after 的 may lie past `end`
        if kind == "by" and text[match.start() - 1:match.start()] == "达" and A_YEAR_AS_BASE.match(text, match.end()):
            continue  # 装机规模达到2020年底的3.4倍: the base reached a multiple of, no deadline
        if kind == "by" and text.startswith("同期", match.end()):
            continue  # 恢复到2019年同期的84.6%: the base recovered to, no deadline
        if kind in LEVELLED_KINDS and (LEVEL_OF_A_TIME.match(text, match.end())
                                       or text[match.start() - 1:match.start()] == "在" and ON_THE_BASIS.match(text, match.end())):
            continue  # 航班量已超过2019年水平; 在一季度良好开局的基础上: a time compared with or built on, not the figure's
        if kind == "year" and BASE_NAMED_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # 比“十三五”末的2020年增长32.4%: the base of a change, named twice
        if COMPARED_WITH.search(text, max(0, match.start() - 2), match.start()) and not ITS_VALUE_AFTER.match(text, match.end()):
            continue  # (but 高于3月份的30%: the value is that time's)
        if BASE_LISTED.search(text, max(0, match.start() - 12), match.start()):
            continue  # 比上年同期、上年全年分别加快: the second of the bases listed
        groups = {k: v for k, v in match.groupdict().items() if v}
        if kind == "monthend":  # 5月末, 2024年6月底, 去年12月末: as 截至… says it
            kind, groups = "upto", {"upto": groups["monthend"], "upto_m": groups["me_m"],
                                    **({"upto_y": groups["me_y"]} if "me_y" in groups else {}),
                                    **({"upto_last": groups["me_last"]} if "me_last" in groups else {})}
        if kind == "recent" and groups["recent_n"] in ("一", "1"):
            kind, groups = "last", {"last": groups["recent"]}  # 过去一年: last year, the context of the sentences after it
        if kind == "before":  # 在2035年前将…提高至5%: by then, as 到2035年 (a year past, for the reader to judge: kg.figures)
            kind, groups = "by", {"by": groups["before"], "by_y": groups["before_y"], "before": groups["before"]}
        if kind == "by" and REACHED.match(text, match.end()):
            kind = "year"  # 由2012年的9.4%提高到2021年的15.1%: the year a value was reached, no deadline
        elif kind == "by" and groups["by_y"].isdigit() and DONE_BY.match(text, match.end()):
            kind, groups = "upto", {"upto": groups["by"], "upto_y": groups["by_y"]}  # 到2020年底，已建成…: so far
        cues.append(Cue(match.start(), kind, groups))
    return cues


def names_its_year(cue: Cue) -> bool:
    """A cue whose period needs no document date: 2022年, 到2025年, “十四五”, 2023年1—11月, 截至2022年底."""
    if cue.kind in ("year", "years", "by", "plan"):
        return True
    own = {"range": "range_y", "first": "first_y", "quarters": "q_y", "half": "h_y", "quarter": "qq_y",
           "month": "m_y", "upto": "upto_y"}.get(cue.kind)
    return own is not None and own in cue.groups


def _n(text: str) -> int:
    return int(text) if text.isdigit() else parse_chinese(text) or 0


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def resolve_period(cue: Cue, year: int, doc_month: int, context_year: int | None = None) -> str:
    """The ISO/EDTF period of one cue; `year` is the document's, `context_year` the text's latest."""
    g, y = cue.groups, context_year or year
    if cue.kind == "since":
        if "since_congress" in g or "since_plan" in g or "since_ago" in g:
            start = str(CONGRESS_YEARS[g["since_congress"]] if "since_congress" in g else
                        PLAN_YEARS[g["since_plan"]][0] if "since_plan" in g else year - _n(g["since_ago"]))
        else:
            start = g.get("since_y") or (str(year - 1) if "since_last" in g else
                                         g["since_from"] + (f"-{int(g['since_m']):02d}" if g.get("since_m") else ""))
        return f"{start}/{_month(year, doc_month)}"
    if cue.kind == "coming":
        n = _n(g["coming_n"])
        return f"{year}/{year + n - 1}" if n > 1 else str(year)  # 今后五年 in 2023: 2023—2027, a government's term
    if cue.kind == "recent":
        n = _n(g["recent_n"])
        return f"{year - n}/{year - 1}" if n > 1 else str(year - 1)  # 近五年 in 2024: 2019—2023; 过去一年: last year
    if cue.kind == "range":
        nums = re.findall(r"\d{1,2}|[一二三四五六七八九十]{1,3}", g["range"].split("年")[-1])
        ry = int(g.get("range_y") or y)
        return f"{_month(ry, _n(nums[-2]))}/{_month(ry, _n(nums[-1]))}"
    if cue.kind == "years":
        return f"{g['years_a']}/{g['years_b']}"
    if cue.kind == "first":
        fy = int(g.get("first_y") or y)
        months = [m for m in re.findall(r"前(\d{1,2}|[一二两三四五六七八九十]{1,3})", g["first"])]
        return f"{_month(fy, 1)}/{_month(fy, _n(months[0]))}"
    if cue.kind == "quarters":
        qy = int(g.get("q_y") or y)
        return f"{_month(qy, 1)}/{_month(qy, 3 * _n(re.findall(r'[一二三四1-4]', g['quarters'])[-1]))}"
    if cue.kind == "half":
        hy = int(g.get("h_y") or y)
        return f"{_month(hy, 1)}/{_month(hy, 6)}" if g["h_which"] == "上" else f"{_month(hy, 7)}/{_month(hy, 12)}"
    if cue.kind == "quarter":
        qy = int(g.get("qq_y") or (year - 1 if g.get("qq_last") else y))
        n = _n(g["qq_n"]) if not g["qq_n"].isdigit() else int(g["qq_n"])
        return f"{_month(qy, 3 * n - 2)}/{_month(qy, 3 * n)}"
    if cue.kind == "month":
        my, n = int(g.get("m_y") or y), g["m_n"]
        if len(n) == 2 and not n.isdigit() and "十" not in n:  # 四五月份: April and May
            return f"{_month(my, _n(n[0]))}/{_month(my, _n(n[1]))}"
        return _month(my, _n(n))
    if cue.kind == "upto":
        uy = int(g.get("upto_y") or (year - 1 if "upto_last" in g else year))  # 截至去年底
        if "upto_q" in g:
            return f"../{_month(uy, 3 * _n(g['upto_q']))}"  # 截至2024年一季度末
        return f"../{_month(uy, _n(g['upto_m']) if 'upto_m' in g else 12 if 'upto_y' in g or 'upto_last' in g else doc_month)}"
    if cue.kind == "now":
        return f"../{_month(year, doc_month)}"
    if cue.kind == "plan":
        first, last = PLAN_YEARS[g["plan_n"]]
        return str(last) if "plan_end" in g else f"{first}/{last}"  # “十三五”末: its last year
    if cue.kind in ("by", "year"):
        found = g.get("by_y") or g["year_y"]
        return found if found.isdigit() else str(parse_chinese(found))
    return str({"this": year, "last": year - 1, "next": year + 1, "whole": y}[cue.kind])

