"""Aliases inside one document: what a short form stands for, decided from the text itself.

- `（以下简称《建议》）` defines an abbreviation for the name just before it;
- a short policy title (《若干政策》, 实施条例) stands for the longer title it ends;
- a bare department (…司) belongs to the ministry named before it in the sentence, or the home one;
- 五中全会 is the plenum the document names in full; 发布会 is the document's press conference.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from kg import lexicon
from kg.layout import introduction, moderator_opening, story_starts
from kg.persons import SPEECH
from kg.spans import filter_spans, occurrences, strip_quotes
from kg.types import Doc, Label, Mention

__all__ = ["in_title", "resolve_aliases"]

SHORT_FOR = re.compile(r"[（(](?:以下|下文)?简称[“《\"]?([^”》\"）)]{1,20})[”》\"]?[）)]")
ROUTINE = "例行"  # a routine briefing or press conference: held again and again, each its own event
MONTHLY = re.compile(r"(?<![年\d])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:新闻)?发布会$")  # a month's, of no year said
GENERIC_EVENTS = frozenset("新闻发布会 发布会 记者会 会议 座谈会 研讨会 专家研讨会 论坛 大会 峰会 视频会议 电视电话会议 "
                            "首日会议 论坛会议 高峰论坛 主论坛 分论坛 主题座谈会 专题座谈会 主题论坛 专题论坛 专题新闻发布会 专题发布会".split())
TIME_CLAUSE_ENDS = ("以来", "之后", "以后", "期间")  # 介绍…措施发布以来，…情况: the time of the topic the comma cuts off
INTRODUCES = re.compile(r"介绍(?:了)?(?:[和并及]解读)?(?![和并及]解读)([^，。；、]{2,40}?情况|[^，。；、]{4,40}?)(?:[，。；]|并)")
WHEN_AND_WHERE = re.compile(r"将于|将在|于\d")  # what the topic says of itself, not its name
ON_TOPIC = re.compile(r"就([^，。；]{2,40}?)(?:召开|举行|举办)(?:新闻)?发布会$")  # a headline: …就X举行新闻发布会
HELD_IN_TITLE = re.compile(r"(?:举行|召开)((?:“[^”]{2,40}”[^，。；“”]{0,8}?|[^，。；：“”\s]{2,40}?(?:情况|系列主题))(?:新闻)?发布会)$")
# the quoted theme names it, or the topic it is on (国新办举行2024年工业和信息化发展情况新闻发布会)
TOPIC_LINE = re.compile(r"^[*#\s　]*主题[:：]\s*介绍([^\n*，。；]{2,40}?情况)", re.M)  # a transcript's header: 主题：介绍…情况
TRANSCRIPT_HEADER = 400  # characters: the header lines (时间：, 主题：, 发布人：) come before the first turn
VAGUE_TOPICS = ("有关情况", "相关情况", "情况", "有关工作", "相关工作")
DEPT_HEADS = ("司", "局", "厅", "办公室")
MINISTRY_PARTS = ("司", "厅", "办公室")  # a ministry's departments, named after its short form too
# short forms that are also common words: they stand for the document only in 《》 or quotes
GENERIC_SHORT_FORMS = frozenset("意见 办法 方案 通知 决定 规定 计划 规划 纲要 指南 建议 条例 标准 细则 措施 政策 报告 规则 决议".split())


def _defined(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """Abbreviations defined by （以下简称…）: short form → the mention it abbreviates."""
    text = doc.document.text
    table = {}
    for match in SHORT_FOR.finditer(text):
        before = [m for m in mentions if m.end <= match.start() and match.start() - m.end <= 1 and m.label is not Label.ROLE]
        if before:
            table[strip_quotes(match.group(1))] = before[-1]
    return table


def _apply_defined(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    table = _defined(doc, mentions)
    if not table:
        return mentions
    text = doc.document.text
    out = [dataclasses.replace(m, norm=table[m.name].name, label=table[m.name].label, rule="short-form")
           if m.name in table and m is not table[m.name] else m for m in mentions]
    for short, full in table.items():
        for at in occurrences(text, short):
            if short in GENERIC_SHORT_FORMS and not (text[at - 1:at] in "《“" and text[at + len(short):at + len(short) + 1] in "》”"):
                continue  # 征求意见, 应用意见发布: a bare 意见 is the word, only 《意见》 the document
            out.append(Mention(at, at + len(short), short, full.label, full.name, "short-form"))
    return filter_spans(out)


EDITION = re.compile(r"(?:（[^）]*）|(?<=[\u4e00-\u9fff])(?:19|20)\d{2}(?:年版|年|版)?)+$")
# …服务指南（试行）, …规划（2023—2030年）, 全球发展报告2024: 《指南》, 《报告》 still end the title
# A kind of policy named bare as the subject that opens a sentence (实施意见提出，…): news writes the
# title once in 《》 and then only its kind. Only kinds no plain sentence opens with.
BARE_SUBJECT = re.compile(r"(?:^|(?<=[。；！？\n\s]))(?:该|此|这份|这一)?(实施意见|指导意见|若干意见|实施方案|工作方案|行动方案|"
                          r"行动计划|管理办法|暂行办法|若干措施|若干政策|工作要点|专项规划|发展规划|意见|通知|方案|规划|办法|措施|纲要)"
                          r"(?=(?:还|同时|进一步|也)?(?:提出|明确|指出|强调|要求|聚焦|围绕|部署|规定|包括|坚持|设定|确定|从))")


def _bare_subjects(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """实施意见聚焦…, 意见提出，…: a bare kind opening a sentence is the title ending with it
    (`_short_titles` then names it), when the document has such a title."""
    kinds = {EDITION.sub("", m.name)[-size:] for m in mentions if m.label is Label.POLICY for size in (2, 4)}  # 实施意见, 意见
    found = [Mention(match.start(1), match.end(1), match.group(1), Label.POLICY, match.group(1), "short-form")
             for match in BARE_SUBJECT.finditer(doc.document.text) if match.group(1) in kinds]
    return filter_spans(mentions + found) if found else mentions


def _short_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """《若干政策》 → the longest policy title that ends with it; where several as long do (北京自贸试验区,
    陕西自贸试验区 → 自贸试验区), the one named last before it, else the first named after it. A whole
    title without its edition is the one title that has it."""
    stories = story_starts(doc)
    titles = [(m.start, m.name, bisect.bisect_right(stories, m.start)) for m in mentions if m.label is Label.POLICY]
    out = []
    for m in mentions:
        story = bisect.bisect_right(stories, m.start)
        here = [(start, p) for start, p, its_story in titles if its_story == story]  # a roundup: one story's 《意见》 is no other's
        editions = sorted({p for _, p in here if p != m.name and EDITION.sub("", p) == m.name})
        completed = [p for _, p in here if m.label is Label.POLICY and len(EDITION.sub("", p)) > len(m.name)
                     and EDITION.sub("", p).endswith(m.name)
                     and doc.document.text.endswith(EDITION.sub("", p)[:-len(m.name)], 0, m.start)]
        if m.label is Label.POLICY and len(editions) == 1:  # the plan's heading without the 《》's （2024—2026年）
            m = dataclasses.replace(m, norm=editions[0])
        elif completed:  # 推动大规模设备更新和|消费品以旧换新行动方案: the title the words before it complete
            m = dataclasses.replace(m, norm=max(completed, key=len))
        elif m.label is Label.POLICY and len(EDITION.sub("", m.name)) <= 8:
            edition = EDITION.search(m.name)  # 《纲要（2023年版）》: the title of that edition
            longer = [(start, p) for start, p in here if (p.endswith(m.name) if edition else EDITION.sub("", p).endswith(m.name))
                      and len(EDITION.sub("", p)) > len(EDITION.sub("", m.name)) + 1]
            longest = max((len(p) for _, p in longer), default=0)
            longer = [title for title in longer if len(title[1]) == longest]
            before = [title for title in longer if title[0] < m.start]
            if longer:
                name = max(before)[1] if before else min(longer)[1]
                m = dataclasses.replace(m, norm=name, rule="short-form" if m.rule == "book-title-other" else m.rule)
        out.append(m)
    return out


PROVINCIAL_GOVERNMENT = re.compile(r"(.{2,6}(?:省|自治区)|北京市|天津市|上海市|重庆市)(?:人民)?政府(办公厅|办公室|新闻办(?:公室)?)?")
OFFICE_SHORT_FORMS = {"新闻办": "新闻办公室"}  # 江苏省政府新闻办 is 江苏省人民政府新闻办公室


def _peoples_governments(mentions: list[Mention]) -> list[Mention]:
    """江西省政府 is 江西省人民政府 (the name a post there implies: 副省长 → 江西省人民政府), so the
    two are one body. Provinces only: every one of them is China's; a foreign city's 市政府 is not."""
    out = []
    for m in mentions:
        match = PROVINCIAL_GOVERNMENT.fullmatch(m.name) if m.label is Label.GOV else None
        if match:
            office = match.group(2) or ""
            m = dataclasses.replace(m, norm=match.group(1) + "人民政府" + OFFICE_SHORT_FORMS.get(office, office))
        out.append(m)
    return out


NATIONAL_PREFIX = "中国"
SHORTEST_WITHOUT_PREFIX = 4  # 轻工业联合会; not 银行, 科学院: too common to be one body's name


def _national_prefix_dropped(mentions: list[Mention]) -> list[Mention]:
    """中国轻工业联合会会长张崇和 … 轻工业联合会将…: the name again without its national prefix is the
    same body, when the document names it in full."""
    full = {(m.label, m.name) for m in mentions if m.name.startswith(NATIONAL_PREFIX)}
    out = []
    for m in mentions:
        if len(m.name) >= SHORTEST_WITHOUT_PREFIX and m.label in (Label.ORG, Label.COMPANY, Label.GOV) \
                and (m.label, NATIONAL_PREFIX + m.name) in full:
            m = dataclasses.replace(m, norm=NATIONAL_PREFIX + m.name)
        out.append(m)
    return out


def _generic_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A 《通知》 or 《意见》 that no full title in the document explains is that document's own
    notice: kept to the document, so the notices of a whole archive do not merge into one."""
    return [dataclasses.replace(m, scope=doc.document.id) if m.label is Label.POLICY and m.name in GENERIC_SHORT_FORMS
            else m for m in mentions]


NATIONAL_BODY_OPENINGS = (NATIONAL_PREFIX, "国家")  # 中国地震局, 国家X局: a body of the state, no ministry's department


def _departments(doc: Doc, mentions: list[Mention], home: str) -> list[Mention]:
    """A department named without its ministry belongs to the ministry named before it; one named
    after its ministry's short form takes the ministry's full name (国家发展改革委办公厅)."""
    lex = lexicon.load()
    out = []
    for i, m in enumerate(mentions):
        split = lexicon.whole_and_part(m.name) if m.label is Label.GOV and m.name not in lex.names else None
        if split and split[1].endswith(MINISTRY_PARTS) and len(m.name) - len(split[1]) >= 3:
            m = dataclasses.replace(m, norm="".join(split))  # 国家卫生健康委医政司 (not 民进|党当局, 中央|巡视组)
        elif m.label is Label.GOV and m.rule.startswith("head:") and m.name.endswith(DEPT_HEADS) and m.name not in lex.parents \
                and not m.name.startswith(NATIONAL_BODY_OPENINGS) and not any(m.name.startswith(b) and b != m.name for b in lexicon.body_names()):
            owner = _ministry_before(doc, mentions[:i], m) or (home if m.name.endswith("司") else "")
            if owner:
                m = dataclasses.replace(m, norm=owner + m.name)
        out.append(m)
    return out


def _ministry_before(doc: Doc, before: list[Mention], m: Mention) -> str:
    """The ministry that opens the title chain this department is in (工信部新闻发言人、X司司长;
    工信部规划司司长…、X司司长)."""
    text = doc.document.text
    for other in reversed(before):
        if other.label is Label.GOV:
            gap = text[other.end:m.start]
            chain = re.fullmatch(r"[\u4e00-\u9fff]{1,12}、", gap) and all(ch not in gap for ch in "，。；等和")  # a post
            # between (应急管理部、中国地震局 are two bodies)
            ministry = lexicon.ministry_of(other.name)  # the ministry itself, or another of its departments
            if (gap == "" or chain) and lexicon.load().parents.get(ministry) == "国务院":
                return ministry
            return ""
    return ""


def _plenums(mentions: list[Mention]) -> list[Mention]:
    full = {m.name for m in mentions if m.rule == "plenum" and "届" in m.name}
    out = []
    for m in mentions:
        if m.rule == "plenum" and "届" not in m.name:
            match = [f for f in full if f.endswith(m.name)]
            m = dataclasses.replace(m, norm=match[0]) if len(match) == 1 else m
        out.append(m)
    return out


def _press_conference(doc: Doc, mentions: list[Mention]) -> str:
    """The name of the press conference the document reports: the one its editor's note names, or
    the topic the note says it introduces; else the topic its headline says it is held on (…就X举行
    新闻发布会); else the one its headline names (a transcript opens 国新办举行“…”新闻发布会（…）, then
    时间：…); else the one its moderator's opening names (主持人 寿小丽：…欢迎参加…例行新闻发布会); else the one
    named after its host (欢迎出席国务院新闻办公室新闻发布会)."""
    text = doc.document.text
    notes = introduction(doc)
    titles = [s for s in doc.sentences if s.part == "title"]
    named = _press_conference_named(mentions, notes) or _session_s_press_conference(doc, mentions, notes + titles)
    if named:
        return named
    said = [text[sent.start:sent.end] for sent in notes] + [doc.document.title + "。"]  # …举行新闻发布会 介绍…情况
    for words in said:
        match = INTRODUCES.search(words)
        if match and "发布会" in words and match.group(1) not in VAGUE_TOPICS and not match.group(1).endswith(TIME_CLAUSE_ENDS):
            topic = WHEN_AND_WHERE.split(SHORT_FOR.sub("", match.group(1)))[0]  # …大会将于6月10日至12日在成都举办
            return strip_quotes(topic).removeprefix("了") + "新闻发布会"  # no （以下简称…）
    topic_line = TOPIC_LINE.search(text, 0, TRANSCRIPT_HEADER)
    if topic_line and topic_line.group(1) not in VAGUE_TOPICS and "发布会" in text[:topic_line.start()] + doc.document.title:  # 主题：介绍2024年一季度…情况
        return strip_quotes(topic_line.group(1)) + "新闻发布会"
    on_topic = ON_TOPIC.search(doc.document.title)
    if on_topic:  # 国务院新闻办公室就推动大规模设备更新和消费品以旧换新举行新闻发布会
        return strip_quotes(on_topic.group(1)) + "新闻发布会"
    held = HELD_IN_TITLE.search(doc.document.title)  # the front matter's title, outside the text
    if held and strip_quotes(held.group(1)) not in GENERIC_EVENTS:  # 工业和信息化部举行“新时代…”系列主题新闻发布会
        return strip_quotes(held.group(1))
    return _press_conference_named(mentions, titles) or _press_conference_named(mentions, moderator_opening(doc)) or next(
        (m.name for m in mentions if m.label is Label.EVENT and _named_by_its_host(m.name)), "")  # 欢迎出席国务院新闻办公室新闻发布会


SESSION_HOLDS = re.compile(r"(?:今天|今日|\d{1,2}日)?(?:（[^）]{1,12}）)?(?:上午|下午)?(?:举行|召开)?(?:的)?(?:首场)?(新闻发布会|记者会)")


def _session_s_press_conference(doc: Doc, mentions: list[Mention], sentences: list) -> str:
    """全国政协十四届二次会议新闻发布会今天举行, 十四届全国人大一次会议今天举行新闻发布会 (记者会): the session's own."""
    text = doc.document.text
    return next((m.name + held.group(1) for m in mentions if m.label is Label.EVENT and m.name.endswith("次会议")
                 and any(s.start <= m.start < s.end for s in sentences) and (held := SESSION_HOLDS.match(text, m.end))), "")


def _press_conference_named(mentions: list[Mention], sentences: list) -> str:
    return next((m.name for m in mentions if m.label is Label.EVENT and m.name not in GENERIC_EVENTS
                 and m.name.endswith("发布会") and any(s.start <= m.start < s.end for s in sentences)), "")


BARE_EVENT = re.compile(r"(?:^|(?<=[。；！？\n]))[\s　]*(?:本届|此次|本次|这次|今年的)?(大会|论坛|博览会|峰会|展览会|交易会)"
                        r"(?=由|期间|上|开幕|闭幕|以|为期|共|吸引|设置|聚焦|围绕|发布)")


def _bare_events(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """大会由…主办, 大会期间…: a bare kind of event opening a sentence is the one event of that kind
    the document names in full."""
    found = []
    for match in BARE_EVENT.finditer(doc.document.text):
        named = {m.name for m in mentions if m.label is Label.EVENT and m.name.endswith(match.group(1))
                 and m.name not in GENERIC_EVENTS}
        if len(named) == 1:
            found.append(Mention(match.start(1), match.end(1), match.group(1), Label.EVENT, named.pop(), "short-form"))
    mentions = [_the_games_named(m, mentions) for m in mentions]
    return filter_spans(mentions + found) if found else mentions


def _the_games_named(m: Mention, mentions: list[Mention]) -> Mention:
    """本届冬奥会 after 米兰冬奥会: a bare kind of games is the one of that kind the document names."""
    if m.label is not Label.EVENT or len(m.name) > BARE_GAMES_LENGTH or not m.name.endswith("会") \
            or m.name in GENERIC_EVENTS:
        return m
    named = {o.name for o in mentions if o.label is Label.EVENT and o.name != m.name and o.name.endswith(m.name)}
    return dataclasses.replace(m, norm=named.pop()) if len(named) == 1 else m


BARE_GAMES_LENGTH = 3  # 冬奥会, 亚运会, 进博会: a kind of games or fair, not yet one


def _bare_standing_committee(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """常委会副委员长李鸿忠: a bare 常委会 is the one people's congress standing committee the document
    names (全国人大常委会, 江苏省人大常委会), if only inside a meeting's name (十四届全国人大常委会第二十次会议)."""
    text = doc.document.text
    named = set()
    for at in occurrences(text, "人大常委会"):
        start = at - 2 if text.endswith("全国", 0, at) else lexicon.place_ending_at(text, at)
        if start >= 0:
            named.add(text[start:at] + "人大常委会")
    if len(named) != 1:
        return mentions
    whole = named.pop()
    return [dataclasses.replace(m, norm=whole) if m.label is Label.GOV and m.name == "常委会" else m for m in mentions]


WHOLE_REGION = frozenset("全省 全市 全区 全县 全州 全盟".split())  # 全省制造业当家推进会: the region the story is about


def _events_without_their_place(mentions: list[Mention]) -> list[Mention]:
    """广东省召开制造业当家推进大会: an event named without the place its full name opens with
    (广东省制造业当家推进大会, or 全省…, named in the same document) is that event."""
    events = {m.name for m in mentions if m.label is Label.EVENT}
    out = []
    for m in mentions:
        if m.label is Label.EVENT:
            placed = {name for name in events if len(name) > len(m.name) and name.endswith(m.name)
                      and (name[:-len(m.name)] in WHOLE_REGION or lexicon.label_of(name[:-len(m.name)]) is Label.PLACE)}
            m = dataclasses.replace(m, norm=placed.pop()) if len(placed) == 1 else m
        out.append(m)
    return out


def _foreign_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """罗伯特·哈贝克 … 哈贝克表示: a foreign person named later by the last part of the full name the
    document gives (one such name only) is that person, also where that part spells a firm the lexicon
    knows and the person speaks (马丁·海尔 … 海尔赞赏…)."""
    full = {}
    for m in mentions:
        if m.label is Label.PERSON and "·" in m.name:
            full.setdefault(m.name.rsplit("·", 1)[1], set()).add(m.name)
    out = []
    for m in mentions:
        speaks = m.label in (Label.COMPANY, Label.ORG) and m.rule == "lexicon" and SPEAKS.match(doc.document.text, m.end)
        names = full.get(m.name, ()) if (m.label is Label.PERSON or speaks) and len(m.name) >= 2 else ()
        out.append(dataclasses.replace(m, norm=next(iter(names)), label=Label.PERSON) if len(names) == 1 else m)
    return out


SPEAKS = re.compile("|".join((*SPEECH, "称", "赞赏")))  # what a person, not a firm, does right after the name


PASSAGE = re.compile(r"“?(?:部长|代表|委员)通道”?")  # where ministers, deputies and members meet the press at a session
SESSION = re.compile(r"(?:人大|政协|人民代表大会|政治协商会议)[^，。；]{0,20}会议$")


def _passages(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """在十四届全国人大四次会议首场“部长通道”上: the press passage is the session the document names
    (only one); who speaks there speaks at the session."""
    sessions = {m.name for m in mentions if m.label is Label.EVENT and SESSION.search(m.name)}
    if len(sessions) != 1:
        return mentions
    session = sessions.pop()
    taken = [(m.start, m.end) for m in mentions]
    passages = [Mention(p.start(), p.end(), p.group(), Label.EVENT, session, "passage")
                for p in PASSAGE.finditer(doc.document.text) if not any(s < p.end() and p.start() < e for s, e in taken)]
    return mentions + passages


def in_title(doc: Doc, m: Mention) -> bool:
    """Whether the mention stands in the document's headline."""
    sent = doc.sentence_at(m.start)
    return sent is not None and sent.part == "title"


def _named_by_its_host(name: str) -> bool:
    """国务院新闻办新闻发布会: a press conference named only by who holds it is the one reported."""
    entry = lexicon.load().names.get(re.sub(r"(?:新闻)?发布会$", "", name))
    return entry is not None and entry[0] is Label.GOV


def _generic_events(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bare 发布会, and the headline's name for it, is the press conference the note names; a
    bare 会议 or 论坛, and one of a series of press conferences, is this document's own."""
    press = _press_conference(doc, mentions)
    scio = any(m.label is Label.GOV and m.name == "国务院新闻办公室" for m in mentions)
    own = not press or press.endswith(("情况新闻发布会", "记者会")) or "系列" in press or _named_by_its_host(press)  # one of many: each document's
    out = []
    for m in mentions:
        if m.label is Label.EVENT and m.name.endswith(("发布会", "记者会")) and (m.name in GENERIC_EVENTS or press and (
                in_title(doc, m) or _named_by_its_host(m.name))):
            m = dataclasses.replace(m, norm=press or "新闻发布会")  # the headline's “新型工业化”系列主题新闻发布会 too
        if m.label is Label.EVENT and m.name == "政策例行吹风会" and scio:
            m = dataclasses.replace(m, norm="国务院政策例行吹风会")  # 国务院新闻办公室举行政策例行吹风会: the State Council's
        if m.label is Label.EVENT and (m.name in GENERIC_EVENTS and not m.name.endswith("发布会")
                                       or m.name.endswith(("发布会", "记者会")) and own and (m.name == (press or "新闻发布会") or "系列" in m.name
                                                                                 or _named_by_its_host(m.name))
                                       or ROUTINE in m.name  # 国务院政策例行吹风会, 商务部例行新闻发布会: one of many, each document's
                                       or MONTHLY.search(m.name)  # 国家发展改革委12月新闻发布会: held each year
                                       or m.name.startswith(tuple(WHOLE_REGION))):  # 全省…推进会: whichever province the story is in
            m = dataclasses.replace(m, scope=doc.document.id)
        out.append(m)
    return out


def resolve_aliases(doc: Doc, mentions: list[Mention], home: str) -> list[Mention]:
    """Give each mention the canonical name it stands for in this document."""
    roles = [m for m in mentions if m.label is Label.ROLE]
    entities = [m for m in mentions if m.label is not Label.ROLE]
    entities = _apply_defined(doc, entities)
    entities = _peoples_governments(_generic_titles(doc, _short_titles(doc, _bare_subjects(doc, entities))))
    entities = _bare_standing_committee(doc, entities)
    entities = _national_prefix_dropped(entities)
    entities = _departments(doc, entities, home)
    entities = _passages(doc, _plenums(_foreign_surnames(doc, entities)))
    entities = _generic_events(doc, _bare_events(doc, _events_without_their_place(entities)))
    return entities + [r for r in roles if not any(e.start < r.end and r.start < e.end for e in entities)]
