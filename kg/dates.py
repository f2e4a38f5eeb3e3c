"""Dates: metadata values to ISO strings, and the document date inferred from its text."""

from __future__ import annotations

import datetime as dt
import functools
import re

from kg.numbers import parse_chinese

__all__ = ["parse_date", "infer_date", "year_of", "CN_FULL", "CN_SPELLED"]

ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
CN_FULL = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")
CN_SPELLED = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
CN_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
YEAR = re.compile(r"(?<![\d到较比])(20\d{2}|19\d{2})年")  # not 到2025年 (a target) or 较2020年 (a base)
DATED_HEADER = re.compile(r"(?:发布时间|发布日期|发文日期|成文日期)[：:]\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})")
DATED_LINE = re.compile(r"^[ \t　]*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t　]*(?:来源|作者|编辑|责任编辑|字号|$)", re.M)
# 2026-05-09 来源：工业和信息化部网站, 2026-06-10 13:42:05 来源：人民网: the line a scraped page is dated by
HEADER_SPAN = 400  # where a page's header lines end
NOT_THE_REPORTS = re.compile(r"(?:\d{1,2}时)?(?:起|至|到|前|以前|之前|以来|[—－\-~～])")  # 自2023年1月1日起施行: when a rule applies
ISSUED_IN = re.compile(r"〔((?:20|19)\d{2})〕")  # 国办发〔2024〕1号: the year a cited document was issued


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    try:
        if day:
            return dt.date(year, month or 1, day).isoformat()
    except ValueError:
        return ""
    if month and 1 <= month <= 12:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def parse_date(value: object) -> str:
    """A metadata date (date object, ISO string, YYYYMMDD) as ISO 8601; "" when not a date.

    Example:
        >>> parse_date("2020-11-07T13:20:52+08:00"), parse_date("20221003"), parse_date(None)
        ('2020-11-07', '2022-10-03', '')
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value or "").strip()
    for pattern in (ISO, COMPACT, CN_FULL):
        match = pattern.match(text)
        if match:
            y, m, d = (int(g) if g else None for g in match.groups())
            return _iso(y, m, d)
    return ""


def year_of(iso: str) -> int | None:
    return int(iso[:4]) if iso[:4].isdigit() else None


def _plenum_bound(text: str, plenums: dict[str, str]) -> str:
    """The latest month among the Party plenums the text cites: the text is not older."""
    cited = [month for name, month in plenums.items() if name in text]
    return max(cited, default="")


@functools.cache
def _event_year(events: tuple[str, ...]) -> re.Pattern:
    """A year that opens an event's name (2023世界智能产业博览会, 2024中国汽车论坛); `events`: the words
    that end an event's name (the lexicon's events.tsv)."""
    ends = "|".join(map(re.escape, events))
    return re.compile(rf"(?<!\d)((?:19|20)\d{{2}})(?=[\u4e00-\u9fff][^，。；：\n\d]{{0,30}}?(?:{ends}))")


YEAR_ENDS = ("全年", "底", "末")
EARLY_IN_THE_YEAR = re.compile(r"((?:19|20)\d{2})年(?=春季|春耕|春节|春运|一季度|第一季度|[123]月|1[—\-－~至]2月|全国两会)")
# 2025年春季农业生产, 2025年1—2月: an opening in the first months that names a part of them is of this year


def _likely_year(text: str, month: int, bound: str, head: str = "", events: tuple[str, ...] = ()) -> int | None:
    named = _event_year(events).findall(head) if events else []
    headed = [int(y) for y in YEAR.findall(head) + ISSUED_IN.findall(head) + named]
    years = headed or [int(y) for y in YEAR.findall(text)]  # a year in the opening beats the body's
    year = max(set(years), key=lambda y: (years.count(y), y)) if years else None
    if year is not None and month <= 3 and str(year) not in EARLY_IN_THE_YEAR.findall(head) and ("去年" in text or "过去一年" in text
                                             or any(f"{year}年{end}" in text for end in YEAR_ENDS) or _a_year_done(text, year)):
        year += 1  # an early-year review of the year before (去年, 过去一年, 2023年全年, 截至2023年底, 2023年，我国…)
    if bound:
        floor = int(bound[:4]) + (month < int(bound[5:7]))
        year = floor if year is None else max(year, floor)
    return year


YEAR_OPENS = ("年，", "年我国", "年全国", "年中国")  # 2024年，…达到…: what a whole year came to


def _a_year_done(text: str, year: int) -> bool:
    """The text tells what the year came to (2024年，我国锂离子电池产业规模超过1.2万亿元), not what is
    planned for it (力争2025年…, 到2025年, 2025年将…)."""
    return any(f"{year}{opening}" in text for opening in YEAR_OPENS) \
        and re.search(rf"(?:到|力争|预计|计划){year}年|{year}年[，,]?[^，。；\d]{{0,4}}(?:力争|将|要|计划|预计)", text) is None


def signed_date(text: str) -> str:
    """The date line that closes an official letter, reply or notice (落款: the issuer, then
    `2023年7月5日` on a line of its own), or "".

    Example:
        >>> signed_date("……感谢您的关心和支持。\\n\\n工业和信息化部\\n2023年7月5日\\n")
        '2023-07-05'
    """
    for line in reversed([line.strip(" \u3000") for line in text[-200:].splitlines() if line.strip()][-3:]):
        match = CN_FULL.fullmatch(line)
        if match and match.group(3):
            return _iso(*(int(g) for g in match.groups()))
        spelled = CN_SPELLED.fullmatch(line)  # 二〇二四年七月十日
        if spelled:
            return _spelled_iso(spelled)
    return ""


def _spelled_iso(match: re.Match) -> str:
    """二〇二四年七月十日 (CN_SPELLED) as 2024-07-10."""
    return _iso(*(parse_chinese(group) for group in match.groups()))  # parse_chinese reads 二〇二四 digit by digit


def infer_date(text: str, head: str, plenums: dict[str, str] | None = None, events: tuple[str, ...] = ()) -> str:
    """The date a document reports: the date its page header gives (发布时间：2025-01-14), a full
    date in its opening (e.g. the 编者按; not one a rule applies
    from or a span starts on: 自2023年1月1日起施行), else the date
    it is signed with, else a month and day in the opening (`12月24日`) with the year from the
    years the opening names (also as an event's, 2023世界智能产业博览会, given `events`: the words
    ending an event's name) or the text names, and the Party plenums it cites (a text citing
    十九届五中全会 is from 2020-10 or later).

    Example:
        >>> infer_date("去年2020年全年……", "1月26日，国务院新闻办公室举行新闻发布会")
        '2021-01-26'
    """
    dated = DATED_HEADER.search(text, 0, HEADER_SPAN) or DATED_LINE.search(text, 0, HEADER_SPAN)  # 发布时间：2025-01-14 10:21
    if dated:
        return _iso(*(int(g) for g in dated.groups()))
    match = next((m for m in CN_FULL.finditer(head) if m.group(3) and not NOT_THE_REPORTS.match(head, m.end())), None)
    if match:
        return _iso(*(int(g) for g in match.groups()))
    spelled = CN_SPELLED.search(head)
    if spelled:
        return _spelled_iso(spelled)
    signed = signed_date(text)
    if signed:
        return signed
    match = CN_MONTH_DAY.search(head)
    if not match:
        return ""
    month, day = int(match.group(1)), int(match.group(2))
    year = _likely_year(text, month, _plenum_bound(text, plenums or {}), head, events)
    return _iso(year, month, day) if year else ""
