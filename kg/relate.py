"""Relations stated inside one sentence (or the layout): posts, parts of bodies, speakers,
organisers, issuers and the industries a policy concerns.

- membership: a title chain before a name (工业和信息化部新闻发言人、信息通信发展司司长闻库) or a title
  right after one (习近平总书记, 张连起委员);
- subOrganizationOf: a body whose name extends another's (国务院新闻办公室 → 国务院), a department;
  a company's branch (中国银行广东省分行 → 中国银行);
- speaker / organizer: the officials who answer in the Q&A turns of the press conference in the
  editor's note or 出席…并致辞 at an event, and the body that 举行/召开/主办 an event;
- issuedBy: the body before 印发/发布/出台/制定… in the clause of a policy, else the home ministry;
- concerns: the industries named in a policy's title or in its clause.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator

from kg import lexicon
from kg.aliases import HELD_IN_TITLE, in_title
from kg.figures import BRIEFINGS, REPORTS  # BRIEFINGS: events where officials answer the press: their speakers are the answers
from kg.layout import introduction, moderator_opening
from kg.local import government_of_the_place, held_in, local_whole, own_local_body, own_place, with_local_bodies
from kg.ner import TRANSLITERATION
from kg.patterns import BODIES_COUNT, BODY_GROUPS, DOCUMENT_NUMBER, POST_QUALIFIERS, a_law
from kg.persons import ADDRESSED_WITH, CREDIT, valid_name
from kg.policy_text import ITEM_OPENING, is_its_own_text, task_paragraphs
from kg.recognize import NUMBERED_MEETING, signatories
from kg.spans import clause_span, line_span, semicolon_chain, strip_quotes
from kg.types import BODY_LABELS, Doc, Label, Mention, Relation, Sentence, Token

__all__ = ["relate", "relations"]

ISSUE = re.compile(r"(?:研究)?(?:印发实施|印发|发布(?!会)|出台|制定|颁布|公布|审议通过|表决通过|讨论通过|原则通过|实施|开展|启动|推出|发出|编制|修订|抓好|组织开展|签署)")
AGREEMENTS = ("协议", "协定", "备忘录")  # what its parties sign (签署《…战略合作协议》)
DATE_AT_END = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?$")  # 落实2024年2月修订的《…》: still carrying it out
ITS_PROGRESS = re.compile(r"[^，。；、]{0,20}?(?:实施|执行|落实|贯彻|完成|进展)情况")  # 公布《纲要》…目标任务实施情况: a report on it
CARRIED_OUT = re.compile(r"》?的?(?:贯彻)?(?:落实|实施|执行)")  # 抓好《意见》落实: carrying it out, not issuing it
NOT_ISSUER = re.compile(r"(?:推动|配合|协调|参与|推进|争取|积极考虑|建议|落实|贯彻)$|^为[^，。；]{0,6}$|^(?:围绕|助力)(?:[^，。；]{0,4}、)?$")  # 为科学编制…, 围绕编制好、实施好…履职: serving whoever compiles it
# 出台缩减…负面清单, 实施推动…行动计划: another verb between governs the policy, not the cue
OTHER_VERB = re.compile(r"缩减|扩大|调整|压减|推动|推进|加快|完善|优化|落实|贯彻|修改|废止|取消|放宽|降低|提高|支持|限制|禁止|暂停|反对|叫停")
FOCUS_ON = re.compile(r"(?:聚焦|围绕|紧扣|服务|助力|参与)[“]?$")  # 人民政协要…聚焦“十五五”规划制定: whoever drafts it, not the one who focuses on it
PROPOSALS = ("提案", "建议", "议案", "代表建议", "代表议案", "委员提案")  # 听取…全国政协提案…汇报，部署修订《…》: whose proposals
OTHER_TITLES = re.compile(r"《[^《》]*》")  # 审议通过了《关于推动…的意见》《…》: the words of the titles listed before
# the speaker's body leads, the others are consulted: 我们会同…, or a clause of the speaker's opening with it (。会同财政部印发…)
SELF_LEADS = re.compile(r"(?:我们|(?<![\u4e00-\u9fff“”《》]))(?:已|将|还|也|又|先后)?(?:会同|联合(?!国(?![家务]))|牵头)")  # 联合国家…: jointly with a national body; 联合国: the UN
DATELINE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:\d{4}年)?\d{1,2}月\d{1,2}日电")
HOLDS = re.compile(r"(?:组织)?(?:召开|举行|举办|主办)了?")
PARTY_PLENUM_BODY = "中共中央"


DEPUTIES = ("人大代表", "政协委员", "政协常委")  # a deputy's title may stand apart, before a comma, from the posts that follow
POST_ASIDE = re.compile(r"[（(](?:主持工作|[正副](?:部|司|局|厅|处)长?级|挂职|兼)[）)]")  # 副局长（正局长级）


def _chain_before(text: str, mentions: list[Mention], i: int) -> list[Mention]:
    """The titles and bodies that run up to mentions[i] with nothing but 、 between them; a body
    that names itself by its head word (国家发展改革委政策研究室副主任、委新闻发言人李超: 委, the
    commission) stands there as the whole of the body the chain named."""
    chain: list[Mention] = []
    end = mentions[i].start
    for k in range(i - 1, -1, -1):
        m = mentions[k]
        if m.nested and m.end > end:
            continue  # 新疆维吾尔自治区 inside 新疆维吾尔自治区党委: a part of the body already in the chain
        if chain and m.label is Label.PERSON and m.end == chain[0].start and chain[0].label is Label.ROLE:
            return []  # 范明政总理、陈青敏国会主席: the title after a name is that person's, not the next one's
        gap = POST_ASIDE.sub("", text[m.end:end]).strip()  # 副司长（主持工作）李明
        gap = "" if gap in POST_QUALIFIERS and m.label in BODY_LABELS else gap  # 武汉大学特聘教授
        itself = gap[1:] if gap[:1] == "、" and gap[1:] in SELF_NAMES and chain and chain[0].label is Label.ROLE else ""
        deputy = gap == "，" and m.label is Label.ROLE and text.endswith(DEPUTIES, 0, m.end)  # 全国人大代表，小米集团董事长雷军
        if m.label not in (*BODY_LABELS, Label.ROLE) or gap not in ("", "、", "兼") and not itself and not deputy:  # 董事长兼总裁
            break
        if itself:
            at = text.rindex(itself, m.end, end)
            chain.insert(0, Mention(at, at + 1, itself, Label.GOV, itself, "itself"))
        chain.insert(0, m)
        end = m.start
    opening = _named_by_its_head(text, mentions, chain[0]) if chain and chain[0].label is Label.ROLE else None
    if opening is not None:
        chain.insert(0, opening)  # 部党组成员、副部长单忠德: 部, the ministry the text is about
    for k, m in enumerate(chain):
        if m.rule == "itself":
            body = next((b for b in reversed(chain[:k]) if b.label is Label.GOV), None)
            chain[k] = dataclasses.replace(m, norm=(_whole_of(body.name) or body.name) if body else m.name)
    return [m for m in chain if m.rule != "itself" or m.norm != m.name]


def _named_by_its_head(text: str, mentions: list[Mention], first: Mention) -> Mention | None:
    """A chain that opens a clause with a head word alone (。部党组成员、副部长…, 委新闻发言人…): the body of
    that kind the text last named before it."""
    at = first.start - 1
    if at < 0 or text[at] not in SELF_NAMES or (at > 0 and text[at - 1] not in "。，；：\n 　"):
        return None
    body = next((m for m in reversed(mentions) if m.end <= at and m.label is Label.GOV and m.name.endswith(text[at])
                 and not _whole_of(m.name)), None)
    return dataclasses.replace(body, start=at, end=at + 1, text=text[at], rule="head-word") if body else None


def _default_body(doc: Doc, role: str, mentions: list[Mention]) -> str:
    def said(word: str) -> bool:
        return word in doc.document.title or word in doc.document.text

    opening = doc.document.title + "\n" + doc.document.text[:OPENING]
    local = LOCAL_ASSEMBLY.search(opening) if not NATIONAL_ASSEMBLY.search(opening) else None
    if local is not None and role in ASSEMBLY_SEATS and (local.group(2) == "政协") == (role == "委员"):
        place = own_place(mentions, local.group(1), doc.document.title)  # 省十四届人大三次会议第0215号代表建议: the
        return place + ("政协" if local.group(2) == "政协" else "人民代表大会") if place else ""  # province's deputy
    if role in ("委员", "常委") and said("政协"):
        return "全国政协"  # a member addressed in a reply to a CPPCC proposal; 冯正霖常委发言 at its standing committee
    if role == "代表" and said("人大"):
        return "全国人民代表大会"  # a deputy addressed in a reply to an NPC suggestion
    if role in ("新闻发言人", "发言人") and doc.home_body:
        return doc.home_body  # 新闻发言人 何亚东：, in the ministry's own press conference
    return lexicon.load().roles.get(role, "")


LOCAL_ASSEMBLY = re.compile(r"(?<!全国)(省|自治区|市)(?:第?[一二三四五六七八九十]+届)?(人大|人民代表大会|政协)")  # a province's or city's
NATIONAL_ASSEMBLY = re.compile(r"全国(?:人大|人民代表大会|政协)|中国人民政治协商会议全国委员会|政协第[一二三四五六七八九十]+届全国委员会")
OPENING = 200  # characters: where a reply names the assembly whose deputy it answers
DEPUTY = re.compile(rf"(?:{ADDRESSED_WITH})?(代表)[：:，,]")  # 周立新代表：, 李明等5位代表：
SELF_NAMES = ("委", "部", "局", "署")  # 委新闻发言人: the commission just named calls itself by its head word
SPOKESPEOPLE = ("发言人", "新闻发言人", "新闻秘书", "秘书", "助理", "顾问", "特使", "特别代表")  # of the post named before them
LIST_BREAK = ("，", "、", "；", "和", "及")  # 工业和信息化部副部长辛国斌，总工程师赵志国 (…王江平和新闻发言人黄利斌): one list of officials
POST_HEADS = {"部长": ("部",), "厅长": ("厅",), "局长": ("局",), "司长": ("司",), "处长": ("处",), "署长": ("署",), "院长": ("院",),
              "主任": ("委员会", "委", "办公室", "办", "中心")}  # a post and the head word of the body it heads


def _deputy_of_the_body_before(text: str, sent: Sentence | None, listed: tuple[int, Mention | None, bool],
                               chain: list[Mention], mentions: list[Mention]) -> bool:
    """厅长陈中出席会议并讲话，副厅长凌志峰主持会议: a bare post of the kind of body the official just
    named in the sentence holds a post in (厅 for 副厅长) is a post in that body, no other body named
    between them."""
    body = listed[1]
    if body is None or not chain or sent is None or not sent.start <= listed[0] <= chain[0].start \
            or any(m.label is not Label.ROLE for m in chain) \
            or any(m.label in BODY_LABELS and listed[0] <= m.start < chain[0].start for m in mentions):
        return False
    heads = POST_HEADS.get(chain[0].name.removeprefix("常务").removeprefix("副"), ())
    return bool(heads) and body.name.endswith(heads)


def _memberships(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    text = doc.document.text
    mentions = with_local_bodies(mentions)
    # where the last official ended, the body named for them, and whether they were foreign
    listed: tuple[int, Mention | None, bool] = (-1, None, False)
    ending_at: dict[int, list[tuple[int, Mention]]] = {}
    for k, m in enumerate(mentions):
        ending_at.setdefault(m.end, []).append((k, m))
    chains = {i: _chain_before(text, mentions, i) for i, m in enumerate(mentions) if m.label is Label.PERSON}
    titled_abroad = {i: _foreign_chain(text, ending_at, chain or [mentions[i]]) for i, chain in chains.items()}
    abroad = {mentions[i].name for i, chain in chains.items() if chain and titled_abroad[i]}
    abroad |= _counterparts(text, mentions, abroad)
    shared_titles = _shared_titles(text, mentions, chains)
    for i, chain in chains.items():
        person = mentions[i]
        if chain and _appointee(text, person):
            chain = []  # …为经济委员会副主任、邓小刚为…: the posts before are the last appointee's
        inherited = [] if chain else shared_titles.get(i, [])
        chain = chain or inherited
        sent = doc.sentence_at(person.start)
        index = sent.index if sent else 0
        # an official listed right after another holds a plain post title named before any body in the
        # same body (民进中央主席, 财经委主任委员 name their own), and is foreign as they are (葡萄牙总统德索萨、总理…)
        in_list = bool(chain) and text[listed[0]:chain[0].start] in LIST_BREAK
        shared = listed[1] if in_list or _deputy_of_the_body_before(text, sent, listed, chain, mentions) else None
        shared = listed[1] if inherited else shared
        org = None
        titles_only = bool(chain) and all(m.label is Label.ROLE for m in chain)
        # a foreign country right before the chain, or a body of theirs in it: no body of ours it names is ours
        theirs = bool(chain) and (_country_before(ending_at, chain[0]) or any(_named_abroad(m) for m in chain)
                                  or _an_unknown_body_s_centre(text, ending_at, chain[0]))
        foreign = titled_abroad[i] or (in_list and listed[2] and titles_only) \
            or (titles_only and not valid_name(person.name) and _shaped_foreign(person.name))
        for item, following in zip(chain, [*chain[1:], None]):
            if item.label is Label.ROLE and following is not None and following.name in SPOKESPEOPLE \
                    and following.start == item.end:
                continue  # 联合国秘书长发言人迪雅里克: the Secretary-General's spokesman, not the Secretary-General
            if item.label is Label.ROLE:
                plain = org is None and shared is not None and item.name in lexicon.load().roles \
                    and not (item.name in STATE_POSTS and not shared.name.endswith("政府"))  # 人民委员会主席A，总统B: B's office is the state's
                body = held_in(shared if plain else org, item)
                if body is None and org is None and not foreign:
                    body = own_local_body(mentions, item, doc.document.title)  # 省委副书记、省长李殿勋: the province's
                if plain and body is not None and item.name in MINISTRY_POSTS:
                    body = _ministry_of(body)  # …运行监测协调局局长陶青，总工程师谢少锋: the ministry's chief engineer
                if body is not None and theirs and _ours(body):
                    continue  # 越南副总理兼财政部部长胡德福, 越共中央政治局委员、中央书记处常务书记: theirs, not ours of that name
                yield from _membership(doc, person, body, item, index, mentions, foreign)
                shared = shared if plain or org is not None else None  # a post naming its own body ends the list
                if item.name in ASSEMBLY_SEATS and body is not None and body.name.endswith(ASSEMBLIES):
                    org = shared = None  # 全国政协委员、研究员: a member's other titles are of their own work
            else:
                org = shared = government_of_the_place(org if org is not None else shared, item)  # …书记A和自治区政府主席B
        deputy_title = _deputy_title_apart(text, mentions, i, chain)
        if deputy_title is not None:  # 全国政协委员、重庆医科大学附属第一医院骨科主任医师黄伟: the posts between are unread
            yield from _membership(doc, person, None, deputy_title, index, mentions)
        listed = (person.end, shared if chain else None, foreign)
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and after.label is Label.ROLE and (after.start == person.end or _addressed_with_others(text, person, after)):
            # 诺瓦克副总理, 梅洛尼总理 (意大利总理梅洛尼 earlier): no post in the body a bare title implies at home
            yield from _membership(doc, person, None, after, index, mentions,
                                   not valid_name(person.name) or person.name in abroad
                                   or VISITING.search(text, max(0, person.start - 12), person.start) is not None
                                   or after.name in STATE_POSTS and _transliterates(person.name))
        elif (deputy_at := DEPUTY.match(text, person.end)) is not None:
            deputy = Mention(deputy_at.start(1), deputy_at.end(1), "代表", Label.ROLE, "代表", "salutation")
            yield from _membership(doc, person, None, deputy, index, mentions)


def _deputy_title_apart(text: str, mentions: list[Mention], i: int, chain: list[Mention]) -> Mention | None:
    """A deputy's title that opens the clause naming the person, the posts after it not read as one chain
    (全国政协委员、重庆医科大学附属第一医院骨科主任医师黄伟): the deputy's title is the person's too."""
    person = mentions[i]
    for m in reversed(mentions[:i]):
        if m.label is Label.PERSON or person.start - m.end > DEPUTY_REACH:
            return None
        if m.label is Label.ROLE and text.endswith(DEPUTIES, 0, m.end) and text.startswith("、", m.end):
            apart = m not in chain and not CLAUSE_BREAK.search(text, m.end, person.start)
            return m if apart else None
    return None


ASSEMBLY_SEATS = ("委员", "代表")  # a seat in a congress or a CPPCC, held beside one's work
ASSEMBLIES = ("政协", "人大", "人民代表大会")
DEPUTY_REACH = 30  # characters: the posts a deputy's title goes on with
CLAUSE_BREAK = re.compile(r"[，。；：！？\n]")


def _shared_titles(text: str, mentions: list[Mention], chains: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """副部长单忠德、张云明: a name listed right after one its post title comes right before holds the
    same posts (中央政治局常委习近平、李强、赵乐际…, however long the list); a name with titles of its own
    (…、国务院总理李强) keeps them. Keyed by the index of each name that takes a list's titles."""
    shared: dict[int, list[Mention]] = {}
    last = None  # the index of the last name, if nothing but names came since
    for i, m in enumerate(mentions):
        if m.label is not Label.PERSON:
            last = None
            continue
        if last is not None and not chains.get(i) and text[mentions[last].end:m.start] == "、":
            chain = chains.get(last) or []
            if chain and chain[-1].label is Label.ROLE and chain[-1].end == mentions[last].start:
                shared[i] = chain
            elif last in shared:
                shared[i] = shared[last]  # 习近平、李强、赵乐际: the list's first name's
        last = i
    return shared


def _addressed_with_others(text: str, person: Mention, title: Mention) -> bool:
    """张连起等委员：, 李明等5位代表：: a reply's salutation names its first addressee, who holds the title."""
    return re.fullmatch(ADDRESSED_WITH, text[person.end:title.start]) is not None and text.startswith(("：", ":"), title.end)


MEETS = re.compile(r"(?:还|也|并)?(?:分别)?(?:(?:同|与|和)(?:访华的|来华[^，。；]{0,8}的)?|(?:会见|会晤|接见)了?)")
TALKS = re.compile(r"[^，。；]{0,30}?(?:会谈|会晤|通电话|通话|会见|交流|宣布|见证|举行)")  # 同黄循财总理举行重要会晤


def _counterparts(text: str, mentions: list[Mention], abroad: set[str]) -> set[str]:
    """The persons a leader of ours meets, talks or calls with, named by a bare title after their
    name (习近平主席同黄循财总理举行重要会晤, 会见梁强国家主席、范明政总理…), and those listed with them:
    their posts are their countries', not the bare title's body at home. Our leader is the one the
    text names first (…金正恩总书记和习近平总书记在平壤举行历史性会晤, after 习近平 earlier)."""
    found: set[str] = set()
    titled = {m.start: m for m in mentions if m.label is Label.ROLE}
    persons = [m for m in mentions if m.label is Label.PERSON]
    first_named: dict[str, int] = {}
    for m in persons:
        first_named.setdefault(m.name, m.start)
    for before, person in zip(persons, persons[1:]):
        title = titled.get(person.end)
        if title is None:
            continue
        said = titled[before.end].end if before.end in titled else before.end
        gap = text[said:person.start]
        if before.name in found and gap in ("、", "和", "及"):
            found.add(person.name)  # …范明政总理、陈青敏国会主席
        elif valid_name(before.name) and before.name not in abroad and first_named[before.name] < first_named[person.name] \
                and (meets := MEETS.fullmatch(gap)) is not None \
                and (meets.group().endswith(("了", "见", "晤")) or TALKS.match(text, title.end) is not None):
            found.add(person.name)
    return found


MINISTRY_POSTS = frozenset("部长 副部长 部长助理 党组书记 党组副书记 党组成员 总工程师 总经济师 总会计师 总师".split())


def _ministry_of(body: Mention) -> Mention:
    """The ministry a department is part of (规划司 → 工业和信息化部), or the body itself."""
    whole = _whole_of(body.name)
    names = lexicon.load().names
    if not whole or whole not in names or lexicon.load().parents.get(body.name) == "国务院":  # 国务院国资委: a
        # ministry whose name opens with the State Council's
        return body
    return dataclasses.replace(body, label=Label.GOV, norm=names[whole][1], rule="whole-body", scope="")


VISITING = re.compile(r"(?:来华|访华|到访|来访|抵京)[^，。；]{0,6}的$")  # 同来华访问的梅洛尼总理: a guest, foreign
APPOINTED_BEFORE = re.compile(r"任命[^，。；：\n]*、$")  # 任命李小鹏为…副主任、邓小刚(为…): the next appointee


def _appointee(text: str, person: Mention) -> bool:
    """任命张云明为…, and each name a list of appointments goes on with (…副主任、邓小刚为…副主任)."""
    return text.startswith("为", person.end) and (text.startswith("任命", person.start - 2)
                                                  or APPOINTED_BEFORE.search(text, max(0, person.start - 80), person.start) is not None)


def _appointments(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    """任命张云明为工业和信息化部副部长: the post a notice of appointment gives (not one it removes)."""
    text = doc.document.text
    for i, person in enumerate(mentions):
        if person.label is not Label.PERSON or not _appointee(text, person):
            continue
        at, org = person.end + 1, None
        sent = doc.sentence_at(person.start)
        for m in mentions[i + 1:]:
            if org is not None and m.label is Label.ROLE and text[at:m.start] in POST_QUALIFIERS:
                at = m.start  # …农业和农村委员会驻会副主任
            if m.start != at or m.label not in (*BODY_LABELS, Label.ROLE):
                break
            if m.label is Label.ROLE:
                yield from _membership(doc, person, held_in(org, m), m, sent.index if sent else 0, mentions)
            else:
                org = m
            at = m.end


def _foreign_chain(text: str, ending_at: dict[int, list[tuple[int, Mention]]], chain: list[Mention]) -> bool:
    """The titles before a name are a foreign country's: a foreign place (or a word we do not know)
    opens them, or a body of theirs is named after its country (印尼…党总主席、国防部长). A chain
    that opens with a body of ours is ours, whatever word comes before it (发表中共中央总书记…), but
    a bare 中央 after a word we do not know ends that word's name (越南祖国阵线|中央副主席)."""
    abroad = any(_named_abroad(m) for m in chain)
    if chain[0].label in BODY_LABELS and not _an_unknown_body_s_centre(text, ending_at, chain[0]):
        return abroad
    return abroad or _foreign_place_before(text, ending_at, chain[0])


MOVEMENT_ENDINGS = ("阵线", "联盟", "同盟", "运动", "组织")  # 老挝建国阵线|中央委员会 (not 递补|中央委员会候补委员)


def _an_unknown_body_s_centre(text: str, ending_at: dict[int, list[tuple[int, Mention]]], first: Mention) -> bool:
    """A bare 中央 right after a word we do not know ends that word's name (越南祖国阵线|中央副主席), as
    does 中央委员会 after a front's or a movement's (建国阵线|中央委员会主席): the centre of a body we did
    not recognise, not the Party's."""
    if first.text == "中央委员会":
        return text.endswith(MOVEMENT_ENDINGS, 0, first.start) and _named_right_before(ending_at, first) is None
    return first.text == "中央" and _foreign_place_before(text, ending_at, first)


def _shaped_foreign(name: str) -> bool:
    """No Chinese name (valid_name said so) and shaped like a transliteration: four characters or
    more (武切维奇), or one of the characters that transliterate (加兰特); 水庆霞 has a rare surname."""
    return len(name) >= 4 or any(ch in TRANSLITERATION for ch in name)


def _transliterates(name: str) -> bool:
    """夏巴兹 (总理): two characters or more that transliterate; a Chinese name has one at most (李德生)."""
    return sum(ch in TRANSLITERATION for ch in name) >= 2


def _named_abroad(m: Mention) -> bool:
    """A body named after a foreign country (越共中央 is 越南共产党中央委员会)."""
    countries = lexicon.load().foreign_countries
    return m.label in BODY_LABELS and (m.text.startswith(countries) or m.name.startswith(countries))


PARTY_ENDINGS = ("党", "党中央", "组织", "中央委员会", "政治局", "书记处")  # 人民行动党, 巴勒斯坦解放组织, 老挝人革党中央政治局
STATE_POSTS = frozenset("总统 副总统 政府总理 首相 副首相 国务委员长 国家元首 国王 总理 副总理 常务副总理 第一副总理".split())


def _membership(doc, person, org, role, index, mentions, foreign=False) -> Iterator[Relation]:
    """A post title that names its own body (国务院总理, 中央军委主席) keeps it whatever precedes it in
    the chain; one after a foreign country (毛里求斯总理) is not a post in a Chinese body, but in the
    foreign body the chain names, if any (塞尔维亚政府副总理武林)."""
    lex = lexicon.load()
    posts = role.name.split("兼")
    if len(posts) > 1 and all(post in lex.roles for post in posts):  # 董事长兼首席执行官: two posts
        for post in posts:
            yield from _membership(doc, person, org, dataclasses.replace(role, norm=post), index, mentions, foreign)
        return
    own = lex.roles.get(role.name, "")
    if own == "-" or (foreign and org is None):
        return
    if org is not None and org.name.endswith(PARTY_ENDINGS) and role.name in STATE_POSTS and (foreign or not own):
        return  # 新加坡人民行动党秘书长、政府总理黄循财: the premier's office is the state's, not the party's
    named = lex.names.get(role.name[:-1], (None, ""))  # 外交部长 → 外交部: a minister's title names the ministry
    if not own and named[0] is Label.GOV and role.name.endswith("部长"):
        if foreign:
            return  # a minister abroad: of a ministry we do not know, not of a party named before
        own = named[1]
    if own and org is not None and _a_government_we_do_not_know(org, role):
        foreign = True  # 格陵兰岛自治政府总理尼尔森: the premier of the government just named, not ours
    if own and not foreign and (org is None or not org.name.startswith(own)):
        org = Mention(role.start, role.end, role.text, Label.GOV, own, "default-body")  # abroad: 塞尔维亚政府副总理
    if org is None:
        implied = _default_body(doc, role.name, mentions)
        if not implied:
            return
        org = Mention(role.start, role.end, role.text, Label.GOV, implied, "default-body")
    if role.name == "新闻发言人" and org.label is Label.GOV:
        org = _ministry_of(org)  # 国务院新闻办新闻局副局长、新闻发言人: a department speaks for its body
    yield Relation(person, "membership", org, index, _post_in(org.name, role.name, lex.roles))


def _a_government_we_do_not_know(org: Mention, role: Mention) -> bool:
    """A government the lexicon does not know named right before the post (格陵兰岛自治政府总理): the
    post is in it. China's own governments with a premier are known (中国政府, 中央人民政府)."""
    return org.end == role.start and org.name.endswith("政府") and org.name not in lexicon.load().names


UNIQUE_POSTS = frozenset("总书记 总理 委员长 国家主席 国家副主席".split())  # one holder at home at a time


def _one_holder_of_each_unique_post(memberships: list[Relation]) -> list[Relation]:
    """In one document a post only one person holds at home is held by whoever the text gives it with
    its body (国务院总理李强), else by the first person named with the bare title; another person
    with that bare title is a foreign leader (在习近平总书记和阮富仲总书记战略引领下; 李强总理同黄循财总理)."""
    holders: dict[tuple[str, str], str] = {}
    for explicit in (True, False):  # 中共中央总书记、国家主席习近平 … 阮富仲总书记: the post is given with its body first
        for r in memberships:
            if r.role in UNIQUE_POSTS and (r.object.rule != "default-body" or not _bare(r)) is explicit:
                holders.setdefault((r.object.name, r.role), r.subject.name)
    return [r for r in memberships if not (r.role in UNIQUE_POSTS and r.object.rule == "default-body" and _bare(r))
            or holders[(r.object.name, r.role)] == r.subject.name]


def _bare(membership: Relation) -> bool:
    """The post was named by its title alone (总理), not with its body (国务院总理)."""
    return not membership.object.text.startswith(membership.object.name)


def _post_in(body: str, title: str, roles: dict) -> str:
    """The post a title names in its body, less the body's own words: 省委书记 in 甘肃省委 is 书记,
    国务院总理 in 国务院 is 总理, 省委常委 in 福建省委 is 常委, 外交部长 in 外交部 is 部长."""
    for size in range(min(len(body), len(title) - 1), 1, -1):
        if (body.endswith(title[:size]) or body[:-1].endswith(title[:size]) and title[size] == body[-1]) and title[size:] in roles:
            return title[size:]  # 外交部长 in 外交部: 部长, the ministry's stem said once
    names = lexicon.load().names
    for size in range(len(title) - 1, 1, -1):
        if names.get(title[:size], (None, ""))[1] == body and (title[size:] in roles or title[size:] in ("代表", "委员")):
            return title[size:]  # 全国人大代表 in 全国人民代表大会: 代表, as 全国政协委员 is 委员
    return title


def _country_before(ending_at: dict[int, list[tuple[int, Mention]]], first: Mention) -> bool:
    """A foreign country named right before the chain (越南副总理…): not merely a word we do not know."""
    before = _named_right_before(ending_at, first)
    return before is not None and before.label is Label.PLACE and before.name in lexicon.foreign_country_names()


def _named_right_before(ending_at: dict[int, list[tuple[int, Mention]]], first: Mention) -> Mention | None:
    """The mention that ends where `first` starts, the last in order of those ending there or one
    character before (`ending_at`: the mentions, with their order, by where they end)."""
    before = max(ending_at.get(first.start - 1, []) + ending_at.get(first.start, []), default=None, key=lambda x: x[0])
    return before[1] if before is not None and before[1].end == first.start else None


def _ours(body: Mention) -> bool:
    """A body of China's the lexicon knows (财政部), not one named after a foreign country."""
    lex = lexicon.load()
    return body.label is Label.GOV and body.name in lex.names and not body.name.startswith(lex.foreign_countries)


def _foreign_place_before(text: str, ending_at: dict[int, list[tuple[int, Mention]]], first: Mention) -> bool:
    """The chain is qualified by a foreign country, or by a word we did not recognise (毛里求斯总理).
    `ending_at`: the mentions (with their order) by where they end."""
    before = _named_right_before(ending_at, first)
    if before is not None:
        return before.label is Label.PLACE and before.name != "中国"
    return first.start > 0 and "\u4e00" <= text[first.start - 1] <= "\u9fff" \
        and not TERM_BEFORE.search(text, max(0, first.start - 6), first.start) \
        and text[first.start - 1] not in CLAUSE_WORD_ENDINGS  # 十四届全国人大代表: its term; 他是全国人大代表: no country


TERM_BEFORE = re.compile(r"第?[一二三四五六七八九十]+届$")
CLAUSE_WORD_ENDINGS = frozenset("是为的和与向对由请了在将把被给让从同跟也还又并而但就已曾即")  # end no country's name


def _sub_organizations(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    """A body whose name is a known body's name plus a department's head word (国务院新闻办公室,
    工业和信息化部规划司), or a department the lexicon places in a ministry."""
    for m in mentions:
        if m.label is not Label.GOV:
            continue
        whole = _whole_of(m.name)
        if whole and whole != m.name:
            sent = doc.sentence_at(m.start)
            yield Relation(m, "subOrganizationOf", dataclasses.replace(m, norm=whole, rule="parent"), sent.index if sent else 0)
    yield from _branches(doc, mentions)


def _branches(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    """A company's branch (中国银行广东省分行) is part of the company its name opens with."""
    companies = {m.start: m for m in mentions if m.label is Label.COMPANY and m.nested}
    for m in mentions:
        parent = companies.get(m.start) if m.rule == "branch" else None
        if parent is not None and parent.end < m.end:
            sent = doc.sentence_at(m.start)
            yield Relation(m, "subOrganizationOf", parent, sent.index if sent else 0)


def _whole_of(name: str) -> str | None:
    """The body a part belongs to: the known body its name opens with, before a department's head
    word (国务院新闻办公室, 工业和信息化部规划司), or the ministry the lexicon places a department in."""
    lex = lexicon.load()
    split = lexicon.whole_and_part(name)
    if split:
        return split[0]
    return lex.parents.get(name) if name in lex.departments.values() else local_whole(name)


ASKED = re.compile(r"记者(?:提问|问到|问)")  # 例行记者会上，有记者提问，日本首相…: who the question is about


def _press_speakers(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    """Who answers at the press conference the introduction, else the headline, names (国新办举行
    “…”系列主题新闻发布会（工业和信息化部）, then 时间：…, 发布人：…)."""
    notes = introduction(doc)
    events = _briefings_in(mentions, notes)
    if not events:
        notes = [s for s in doc.sentences if s.part == "title"]
        events = _briefings_in(mentions, notes)
    if not events:  # 主持人：…欢迎出席国务院政策例行吹风会。: a transcript its moderator opens
        notes = moderator_opening(doc)
        events = _briefings_in(mentions, notes)
    if not events:  # 付凌晖在国新办发布会上介绍: a conference the news names later still has its host
        yield from (r for m in mentions if m.label is Label.EVENT and m.name.endswith(BRIEFINGS)
                    and (sent := doc.sentence_at(m.start)) for r in _organizer(doc, m, mentions, sent.index))
        return
    event = events[0]
    note = next(s for s in notes if s.start <= event.start < s.end)
    speakers = {s.speaker for s in doc.sentences if s.part == "answer" and s.speaker}
    text = doc.document.text
    presenters = _presenters(doc) + _presenting_after(text, notes, note)
    hosts = _hosts_named(doc, mentions, presenters, note)
    attending = _attending(text, mentions) + (_officials_quoted(text, mentions) if _in_the_lead(doc, note) else [])
    for m in mentions:
        if m.name in hosts:
            continue  # 主持人：…新闻发言人 寿小丽: she moderates, the 发布人 speak
        in_note = note.start <= m.start < note.end and not ASKED.search(text, note.start, m.start) \
            or any(s.start <= m.start < s.end for s in presenters)
        reporter = REPORTER.search(text, max(0, m.start - 5), m.start) is not None  # （记者 付奇）1月25日，…
        answering = AT_THE_BRIEFING.match(text, m.end) is not None \
            or ANSWERING_BEFORE.search(text, max(0, m.start - 40), m.start) is not None  # 梁志峰在回答记者提问时表示
        if m.label is Label.PERSON and (m.name in speakers or in_note and not reporter or answering or m in attending) \
                and m.rule != "byline":
            yield Relation(event, "speaker", m, note.index)
    yield from _organizer(doc, event, mentions, note.index)


def _in_the_lead(doc: Doc, sentence: Sentence) -> bool:
    """The sentence is in the document's first paragraph of running text (or introduces it), where
    news of a press conference names it; one named later (商务部新闻发言人何亚东在例行新闻发布会上表示)
    is where one official of a roundup spoke, not where all the officials it quotes did."""
    text = doc.document.text
    first = next((s for s in doc.sentences if s.part in ("body", "answer", "note", "question")), None)
    if first is None or sentence.part != "body":
        return True
    end = text.find("\n", first.start)
    return sentence.start < (end if end >= 0 else len(text))


QUOTED = re.compile(r"(?:介绍说?|表示|指出|说)[，：:]")


def _officials_quoted(text: str, mentions: list[Mention]) -> list[Mention]:
    """广东省发展和改革委员会副主任郑人豪表示，…: in the news of a press conference, the officials it quotes
    by their post in a government body spoke there (an analyst of an association is quoted, not present)."""
    found = []
    for k, m in enumerate(mentions):
        if m.label is not Label.PERSON or not QUOTED.match(text, m.end) or k < 2:
            continue
        post, body = mentions[k - 1], mentions[k - 2]
        if post.label is Label.ROLE and post.end == m.start and body.label is Label.GOV and body.end == post.start:
            found.append(m)
    return found


ATTENDS_BRIEFING = re.compile(r"出席(?:了)?(?:本次|今天的)?(?:新闻)?发布会")


def _attending(text: str, mentions: list[Mention]) -> list[Mention]:
    """…副主任陈龙、武汉市经济和信息化局局长罗秋云出席发布会并回答记者提问: the persons of the clause
    that says they attend the press conference, wherever the text says it."""
    found = []
    for match in ATTENDS_BRIEFING.finditer(text):
        clause = max(text.rfind(mark, 0, match.start()) for mark in "，。；：\n") + 1
        found += [m for m in mentions if m.label is Label.PERSON and clause <= m.start and m.end <= match.start()]
    return found


AT_THE_BRIEFING = re.compile(r"(?:\d{1,2}日|今天)?(?:在[^，。；“”]{0,30}?(?:发布会|吹风会|记者会)上|在回答记者提问时|在答记者问时)")
ANSWERING_BEFORE = re.compile(r"(?:回答记者(?:的)?提问|答记者问)时[，,][^，。；“”]{0,30}$")  # 在回答记者提问时，…局长陶青(表示)
PRESENTING = re.compile(r"出席[^。；]{0,6}并|出席(?:新闻)?发布会[。，]|回答了?记者(?:的)?提问|答记者问|介绍[^。；]{0,30}情况")
OPENS_BY_SAYING = re.compile(r"[^，。；“”：]{2,40}?(?:介绍|表示)[，：]")  # 广东省工业和信息化厅厅长杨鹏飞介绍，…


def _presenting_after(text: str, notes: list[Sentence], note: Sentence) -> list[Sentence]:
    """…举行新闻发布会第六场，介绍…情况。谢存，刘郁林，杜广达出席发布会并回答记者提问。: the sentences of the
    introduction's paragraph after the one naming the conference that say who presents it, or the one
    right after it, in its paragraph or opening the next, that opens with who says what (…举行新闻发布会。
    广东省工业和信息化厅厅长杨鹏飞介绍，…)."""
    found = []
    for s in notes:
        opening = OPENS_BY_SAYING.match(text, s.start, s.end) if s.index == note.index + 1 else None
        if s.start >= note.end and "\n" not in text[note.end:s.start].strip(" 　") and PRESENTING.search(text, s.start, s.end):
            found.append(s)
        elif opening is not None:
            found.append(dataclasses.replace(s, end=opening.end()))  # who opens it, not whom it quotes (习近平法治思想)
    return found


def _briefings_in(mentions: list[Mention], sentences: list[Sentence]) -> list[Mention]:
    return [m for m in mentions if m.label is Label.EVENT and m.name.endswith(BRIEFINGS)
            and any(s.start <= m.start < s.end for s in sentences)]


ADDRESSES = re.compile(r"(?:(?:出席|主持)([^。；，]{0,20}?)并|(?<=在)([^。；，]{0,20}?)上)(?:致辞|讲话|发言|发表[^。；]{0,8}(?:讲话|演讲|致辞)|作[^。；]{0,8}(?:报告|讲话|演讲)|宣布[^。；，]{0,8}(?:开幕|闭幕|开幕式|启动)|发布了?《)")  # 在开幕式上发布(了)《…报告》
CEREMONIES = ("", "会议", "开幕式", "开幕会", "闭幕式", "闭幕会", "开幕仪式", "启动仪式", "启动式", "主论坛", "分论坛",
              "全体大会")  # of the event the paragraph names
EVENT_KINDS = ("大会", "论坛", "峰会", "座谈会", "研讨会", "博览会", "交易会", "展览会")  # 出席大会: the paragraph's 大会


def _addressing_speakers(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    """熊继军、江苏省副省长方伟出席开幕式并致辞, 李乐成主持会议并讲话, 刘烈宏在开幕式上致辞: the persons named
    in the clause before 出席/主持/在 spoke at the event it names, else at the first one its paragraph names before (or
    failing that, the headline), of the kind it says (出席大会: a 大会; 出席会议, 出席开幕式, 出席并讲话:
    any; 出席结业式: none); so does who delivers its report (部长金壮龙作工作报告)."""
    text = doc.document.text
    events = [m for m in mentions if m.label is Label.EVENT and not m.name.endswith(BRIEFINGS)]
    persons = [m for m in mentions if m.label is Label.PERSON and m.rule != "byline"]
    delivering = _delivering(text, persons)  # most documents: none
    for sent in doc.sentences:
        match = ADDRESSES.search(text, sent.start, sent.end)
        named, speakers = [], []  # most sentences: no one addresses an event
        if match is not None:
            where = 1 if match.group(1) is not None else 2  # 出席开幕式并致辞, 在开幕式上致辞
            said_at = match.group(where)
            named = [e for e in events if match.start(where) <= e.start and e.end <= match.end(where)]
            ceremony = next((c for c in CEREMONIES if c and said_at.endswith(c)), "")  # 在峰会开幕式上: the 峰会's
            kind = next((k for k in EVENT_KINDS if said_at[:len(said_at) - len(ceremony)].endswith(k)), None)
            if not named and (kind is not None or said_at in CEREMONIES):
                named = _event_before(doc, events, match.start(), kind or "")
                named = [e for e in named if e.start >= sent.start][-1:] or named  # …峰会在福州开幕，丁薛祥出席开幕式并致辞:
                # the event its own sentence opens, not the paragraph's first
            clause = _listed_speakers_start(doc, mentions, sent, max(text.rfind(mark, sent.start, match.start()) for mark in "，：；") + 1)
            speakers = _named_together(doc, [m for m in persons if max(clause, sent.start) <= m.start and m.end <= match.start()],
                                       mentions, match.start())
        for event in named[:1]:
            for person in speakers:
                yield Relation(event, "speaker", person, sent.index)
        delivers = [m for m in delivering if sent.start <= m.start < sent.end]  # 王沪宁在致辞中说，习近平…在峰会开幕式上…
        for event in _event_before(doc, events, sent.start, "")[:1] if delivers else []:
            for person in delivers:
                yield Relation(event, "speaker", person, sent.index)


def _listed_speakers_start(doc: Doc, mentions: list[Mention], sent: Sentence, clause: int) -> int:
    """Where the clause of the persons who address an event opens, taking in the clauses before it that
    only name a person with their posts (华为…副董事长、轮值董事长徐直军，中国信通院院长余晓晖也在开幕式上发表演讲)."""
    text = doc.document.text
    while clause - 1 > sent.start and text[clause - 1] == "，":
        before = max(text.rfind(mark, sent.start, clause - 1) for mark in "，：；。") + 1
        before = max(before, sent.start)
        inside = [m for m in mentions if before <= m.start and m.end <= clause - 1]
        covered = {k for m in inside for k in range(m.start, m.end)}
        if not inside or inside[-1].label is not Label.PERSON or inside[-1].end != clause - 1 \
                or any(k not in covered and text[k] not in "、" for k in range(before, clause - 1)):
            break  # a clause of its own, not a titled name
        clause = before
    return clause


BETWEEN_THE_NAMED = ("p", "c", "x", "m", "t", "f", "ns", "j")  # 、, 和, 28日, 在京, 同(意大利总理…): no word of its own
BODY_WORD_TAGS = ("n", "nz", "nt", "ns", "j", "vn", "v")  # the words of a body's name the rules did not know (组织 is v)


def _named_together(doc: Doc, persons: list[Mention], mentions: list[Mention], act: int) -> list[Mention]:
    """The last of the persons before the act at `act`, no other name between them, and those listed with
    it, only posts, bodies, places, dates and list marks between them (熊继军、江苏省副省长方伟出席…并致辞;
    李强28日在京同意大利总理梅洛尼共同出席…); a headline with no commas names others first (习近平李强…
    等在主席台就座|赵乐际主持并讲话: they sat; 习近平主席特别代表、…丁薛祥出席…: only 丁薛祥)."""
    if not persons:
        return []
    titled = {k for m in mentions if m.label in (Label.ROLE, Label.PLACE, *BODY_LABELS) and persons[0].start <= m.start < act
              for k in range(m.start, m.end)}
    posts = {m.start for m in mentions if m.label is Label.ROLE}
    words, of_a_post = [], set()
    for t in reversed([t for t in doc.tokens if persons[0].start <= t.start and t.end <= act and t.start not in titled]):
        if t.pos in BODY_WORD_TAGS and (t.end in posts or t.end in of_a_post):
            of_a_post.add(t.start)  # 世界工程组织联合会|主席: the name of the body whose post follows
        else:
            words.insert(0, t)

    def between(start: int, end: int) -> list[Token]:
        return [t for t in words if start <= t.start and t.end <= end]

    if any(t.pos.startswith("nr") and valid_name(t.text) for t in between(persons[-1].end, act)):
        return []  # …等在主席台就座赵乐际(主持并讲话): a name the model missed acts
    together = [persons[-1]]
    for person in reversed(persons[:-1]):
        if any(t.pos not in BETWEEN_THE_NAMED for t in between(person.end, together[0].start)):
            break
        together.insert(0, person)
    return together


DELIVERS = re.compile(r"(分别)?(?:(?:作|做)了?(?:工作|主旨|专题)?报告|(?:作|做|发表)了?(?:主旨|专题|重要|交流|典型)?(?:演讲|致辞|讲话|发言)"
                      r"|在(?:主旨|专题)?(?:致辞|讲话|演讲|发言|报告)中(?:表示|指出|说|强调)|致辞时(?:表示|指出|说|强调))")


SAID_AT_THE_MEETING = re.compile(r"(?:^|[。\n])\s*(?:会上|会议上|座谈会上|论坛上|大会上)，([^，。；：“”]{1,40}?)(?:介绍|表示|指出|说|强调|发言)")


SAYS_AT_THE_MEETING = re.compile(r"(分别)?在(?:会|会议|大会|座谈会|论坛)上[^，。；：“”]{0,4}?(?:介绍|表示|指出|说|强调|通报|发言)")  # 涂高坤在会上介绍


def _delivering(text: str, persons: list[Mention]) -> list[Mention]:
    """部长金壮龙作工作报告, 辛国斌在致辞中表示, 会上，…王传福介绍, 涂高坤在会上介绍: who addresses the meeting; with 分别
    (曾毅、…汪涛分别作主旨演讲) every person of the clause does."""
    found = []
    said = {match.end(1) for match in SAID_AT_THE_MEETING.finditer(text)}
    for m in persons:
        if m.end in said:
            found.append(m)  # 会上，比亚迪股份有限公司董事长王传福介绍: he spoke at the meeting
            continue
        match = DELIVERS.match(text, m.end) or SAYS_AT_THE_MEETING.match(text, m.end)
        if match is None:
            continue
        found.append(m)
        clause = max(text.rfind(mark, 0, m.start) for mark in "，。；：\n") + 1
        before = [p for p in persons if clause <= p.start and p.end <= m.start and p not in found]
        if match.group(1):
            found += before
            continue
        listed = m
        for p in reversed(before):  # …厅长谢志成、…厅长陈岸明、…厅长吴亚东作交流发言: each of the list
            if "、" not in text[p.end:listed.start]:
                break
            found.append(p)
            listed = p
    return found


def _event_before(doc: Doc, events: list[Mention], at: int, kind: str) -> list[Mention]:
    """The events of that kind the paragraph names before `at`, else those the headline names, else
    those the introduction names."""
    paragraph = doc.document.text.rfind("\n", 0, at) + 1
    lead = introduction(doc)
    return [e for e in events if paragraph <= e.start and e.end <= at and e.name.endswith(kind)] \
        or [e for e in events if e.name.endswith(kind) and in_title(doc, e)] \
        or [e for e in events if e.name.endswith(kind) and e.end <= at and any(s.start <= e.start < s.end for s in lead)]


SPOKE_AT_BEFORE = re.compile(r"(?:\d{1,2}日|今天|日前|近日|当天)?在(?:[^，。；“”]{0,12}的|首场|第[一二三四五六七八九十\d]+场)?$")  # 赵策在日前举行的(工业互联网大会)
SPOKE_AT_AFTER = re.compile(r"(?:开幕式|闭幕式|开幕会|主论坛|全体会议)?上(?:[^，。；“”]{0,6}?)(?:表示|介绍|指出|说|致辞|讲话|发言|演讲|透露|强调)")
AT_THE_EVENT_COMMA = re.compile(r"(?:开幕式|闭幕式|开幕会|主论坛|全体会议)?上[，,]")  # 在…上，[posts]李乐成表示


def _said_at_events(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    """赵策在日前举行的工业互联网大会上介绍, 余晓晖今天在2024世界智能制造大会开幕式上表示: who says
    something at an event speaks at it."""
    text = doc.document.text
    persons = {m.end: m for m in mentions if m.label is Label.PERSON and m.rule != "byline"}
    for event in (m for m in mentions if m.label is Label.EVENT):  # 赵辰昕在发布会上介绍 too
        before = SPOKE_AT_BEFORE.search(text, max(0, event.start - 20), event.start)
        person = persons.get(before.start()) if before else None
        if person is None and before and (comma := AT_THE_EVENT_COMMA.match(text, event.end)):
            person = _titled_speaker_after(text, mentions, comma.end())
        elif person is not None and not SPOKE_AT_AFTER.match(text, event.end):
            person = None
        if person is not None:
            sent = doc.sentence_at(event.start)
            yield Relation(event, "speaker", person, sent.index if sent else 0)


CHAIRED_BEFORE = re.compile(r"(?:\d{1,2}日)?(?:上午|下午)?(?:在[^，。；“”]{1,10})?主持(?:召开)?了?(?:第[一二三四五六七八九十\d]+次)?$")  # 金壮龙在北京主持召开
SPEAKS_WHILE_CHAIRING = re.compile(r"时(?:强调|指出|表示|说)")
SPEAKS = re.compile(r"(?:在讲话中|在会上)?(?:指出|强调|表示|要求|说|认为)")  # 金壮龙指出


def _chaired_and_spoke(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    """金壮龙在北京主持召开制造业企业座谈会…。金壮龙指出…: who chairs a meeting and then speaks, before the
    text names another event, speaks at it; so does who says something as they chair it (李强主持召开国务院
    常务会议时强调)."""
    text = doc.document.text
    persons = {m.end: m for m in mentions if m.label is Label.PERSON and m.rule != "byline"}
    events = sorted((m for m in mentions if m.label is Label.EVENT), key=lambda m: m.start)
    for k, event in enumerate(events):
        chaired = CHAIRED_BEFORE.search(text, max(0, event.start - 24), event.start)
        chair = persons.get(chaired.start()) if chaired else None
        if chair is None:
            continue
        if SPEAKS_WHILE_CHAIRING.match(text, event.end):
            sent = doc.sentence_at(event.start)
            yield Relation(event, "speaker", chair, sent.index if sent else 0)  # 主持召开国务院常务会议时强调
            continue
        until = next((e.start for e in events[k + 1:] if e.name != event.name), len(text))
        for m in mentions:
            if m.label is Label.PERSON and m.name == chair.name and event.end <= m.start < until \
                    and SPEAKS.match(text, m.end) and _opens_sentence_or_clause(text, m.start):
                sent = doc.sentence_at(event.start)
                yield Relation(event, "speaker", chair, sent.index if sent else 0)
                break


def _opens_sentence_or_clause(text: str, at: int) -> bool:
    before = text[max(0, at - 8):at].rstrip(" \t　*")
    return not before or before[-1] in "。！？；\n"


DELIVERED_AT = re.compile(r"[ \t　]*[—–-]{1,2}[^，。；\n]{0,20}?在$")  # ——2025年1月13日在(…会议)上
DELIVERED_AT_END = re.compile(r"上(?:的(?:工作)?(?:讲话|报告|发言|致辞|演讲))?[ \t　]*(?:\n|$)")
BYLINE_LINE = 30  # characters: a line of posts and a name, no sentence


def _delivered_at(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    """A report's or speech's heading, ——2025年1月13日在江苏省第十四届人民代表大会第三次会议上, with the
    line after it naming who gives it (江苏省省长 许昆林): that person speaks at the event."""
    text = doc.document.text
    for event in (m for m in mentions if m.label is Label.EVENT):
        line_start = text.rfind("\n", 0, event.start) + 1
        if not DELIVERED_AT.fullmatch(text, line_start, event.start) or not DELIVERED_AT_END.match(text, event.end):
            continue
        after = text.find("\n", event.end)
        while 0 <= after < len(text) and text[after] == "\n":
            after += 1  # the next line with text
        end = text.find("\n", after) if after >= 0 else -1
        end = len(text) if end < 0 else end
        if after < 0 or end - after > BYLINE_LINE or any(mark in text[after:end] for mark in "，。；："):
            continue
        sent = doc.sentence_at(event.start)
        for person in (m for m in mentions if m.label is Label.PERSON and after <= m.start and m.end <= end):
            yield Relation(event, "speaker", person, sent.index if sent else 0)


def _titled_speaker_after(text: str, mentions: list[Mention], start: int) -> Mention | None:
    """在首场“部长通道”上，工业和信息化部部长李乐成表示: the person the clause opens with, after their
    posts only, who says something."""
    at = start
    for m in (m for m in mentions if m.start >= start and not m.nested):
        if m.start != at:
            return None
        if m.label is Label.PERSON:
            return m if REPORTS.match(text, m.end) else None
        if m.label not in (*BODY_LABELS, Label.ROLE):
            return None
        at = m.end + (text[m.end:m.end + 1] == "、")
    return None


PRESENTERS = re.compile(r"^\s*\**\s*(?:发布人|发言人|出席人员|嘉宾)\s*\**\s*[：:]")


HOST_LABEL = re.compile(r"^\s*\**\s*主持人\s*\**\s*[：:]")


HOSTS_THE_BRIEFING = re.compile(r"主持(?:了)?(?:本次|今天的)?(?:新闻)?(?:发布会|吹风会)")


MODERATES = re.compile(r"欢迎(?:出席|参加)|(?:首先|下面|现在|接下来)(?:，)?请|(?:发布会|吹风会)(?:就)?(?:到这里|到此结束)|(?:下面|现在)(?:欢迎)?"
                       r"(?:各位)?(?:记者)?(?:朋友们?)?(?:开始)?提问|提问前请")


def _hosts_named(doc: Doc, mentions: list[Mention], presenters: list[Sentence], note: Sentence) -> set[str]:
    """The persons a transcript's header names as 主持人, the text says host it (王宝平主持发布会), or
    whose turns open and close the conference without the introduction naming them among those who
    present it (寿小丽：欢迎出席…首先请金壮龙先生作介绍), and not also as 发布人: they moderate. A spokesperson
    who is the only one to answer (商务部例行新闻发布会) speaks at it."""
    text = doc.document.text
    header = [s for s in doc.sentences if HOST_LABEL.match(text[s.start:s.end])]
    named = {m.name for m in mentions if m.label is Label.PERSON and (any(s.start <= m.start < s.end for s in header)
                                                                      or HOSTS_THE_BRIEFING.match(text, m.end))}
    introduced = {m.name for m in mentions if m.label is Label.PERSON and note.start <= m.start < note.end}
    answering = {s.speaker for s in doc.sentences if s.part == "answer" and s.speaker}
    if len(answering) > 1:
        named |= {s.speaker for s in doc.sentences if s.part == "answer" and s.speaker not in introduced
                  and MODERATES.search(text, s.start, s.end)}
    presenting = {m.name for m in mentions if m.label is Label.PERSON and any(s.start <= m.start < s.end for s in presenters)}
    return named - presenting


def _presenters(doc: Doc) -> list[Sentence]:
    """The lines under 发布人： in a transcript's header (and the label's own line), up to the next label
    (主持人：) or turn."""
    text, found, listing = doc.document.text, [], False
    for sent in doc.sentences:
        line = text[sent.start:sent.end]
        if PRESENTERS.match(line):
            listing = True
            found.append(sent)
        elif listing and (sent.part in ("answer", "question") or line.rstrip().endswith(("：", ":")) or HOST_LABEL.match(line)):
            listing = False
        elif listing:
            found.append(sent)
    return found


ITS_SPIRIT = ("精神", "重要精神")  # 举办学习贯彻二十届四中全会精神…报告会: what the held event studies, not it


SIDE_NAMED = re.compile(r"[中我贵双对该其]方")  # 哈马德祝贺中方成功举办…: the side named after the body holds it
TEAM_HOLDS = re.compile(r"(?:调查|工作|专家|督查|巡视|领导)(?:小)?组$")  # the team named last before 召开 holds the meeting


def _organizer(doc: Doc, event: Mention, mentions: list[Mention], index: int) -> Iterator[Relation]:
    """The body that holds the event: named before 召开/举行 in its clause, or implied by its kind."""
    text = doc.document.text
    lo = doc.sentences[index].start if index < len(doc.sentences) else 0
    left, _ = clause_span(text, event.start, event.end, lo, event.end)
    bodies = [m for m in mentions if m.label in BODY_LABELS and left <= m.start and m.end <= event.start]
    titles = {m.start for m in mentions if m.label is Label.ROLE}
    for m in reversed(bodies):
        if DATELINE.match(text, m.end) or text[m.start - 1:m.start] == "据":
            continue  # 新华社北京3月15日电, 据新华社报道: who reports it, not who holds it
        if m.end + len(TITLE_PREFIX.match(text, m.end).group()) in titles:
            continue  # 国务院副总理丁薛祥…举行中哈合作委员会第十一次会议: a person's title, not the host
        held = HOLDS.search(text, m.end, event.start)
        if held and TEAM_HOLDS.search(text, m.end, held.start()):
            break  # 国务院…事故调查组召开第一次全体会议: a team the body set up holds it
        if held and not SIDE_NAMED.search(text, m.end, held.start()) and not text.startswith(ITS_SPIRIT, event.end):
            # 由A、B共同主办; 中共中央、国务院…举行: each body listed with the one that holds it is a host
            for host in (m, *_co_issuers(text, bodies, m)):
                yield Relation(event, "organizer", host, index)
            return
    hosts = _hosts_after(text, event, mentions)
    if hosts:
        for host in hosts:
            yield Relation(event, "organizer", host, index)
        return
    titled = _host_in_the_title(doc, event)
    if titled is not None:
        yield Relation(event, "organizer", titled, index)
        return
    implied = _implied_organizer(event, mentions)
    if implied:
        # a body named inside the event's own name (政协…第三次会议) is mentioned there, not merely implied
        rule = "nested" if event.rule in ("cppcc", "numbered-meeting") else "implied"
        named = NUMBERED_MEETING.sub("", event.text) if rule == "nested" else event.text  # 政协十三届全国委员会(第三次会议)
        scope = next((m.scope for m in mentions if m.label is Label.GOV and m.name == implied), "")  # not the event's own
        yield Relation(event, "organizer", dataclasses.replace(event, text=named, label=Label.GOV, norm=implied, rule=rule,
                                                               scope=scope), index)


def _host_in_the_title(doc: Doc, event: Mention) -> Mention | None:
    """工业和信息化部举行“新时代工业和信息化发展”系列主题新闻发布会: the body a front matter's title says
    holds the event the text names only by its kind (the title is outside the text: no span of its own)."""
    title = doc.document.title
    held = HELD_IN_TITLE.search(title)
    if held is None or strip_quotes(held.group(1)) != event.name:
        return None
    entry = lexicon.load().names.get(title[:held.start()].strip())
    if entry is None or entry[0] is not Label.GOV:
        return None
    return dataclasses.replace(event, label=Label.GOV, norm=entry[1], rule="implied", scope="")


REPORTER = re.compile(CREDIT + r"\s*$")  # the credit that opens a byline: （记者 付奇）
TITLE_PREFIX = re.compile(r"第一|常务|执行|")  # 斯克利亚尔第一副总理
HOSTED_BY = re.compile(r"(?:将)?由")
HOSTS_END = re.compile(r"(?:共同|联合)?(?:主办|举办|召开|承办)")


def _hosts_after(text: str, event: Mention, mentions: list[Mention]) -> list[Mention]:
    """博览会由A、B和C共同主办: the bodies between 由 and 主办 after the event each host it."""
    opening = HOSTED_BY.match(text, event.end)
    hosts = _listed_from(text, mentions, opening.end(), BODY_LABELS) if opening else []
    return hosts if hosts and HOSTS_END.match(text, hosts[-1].end) else []


NOT_THE_CENTRE_S = ("中央企业", "中央财政", "中央预算")  # 中央企业负责人会议: the central SOEs' meeting, not the Centre's


def _implied_organizer(event: Mention, mentions: list[Mention]) -> str:
    if event.rule == "plenum":
        return "全国人民代表大会" if "人大" in event.name else PARTY_PLENUM_BODY
    if event.rule == "cppcc":
        return "全国政协"
    if event.rule == "local-congress":  # 江苏省第十四届人民代表大会第三次会议, 江苏省政协十三届二次会议: the place's assembly
        assembly = re.sub(r"第?[一二三四五六七八九十]+届.*$", "", event.name)
        return assembly if assembly.endswith("政协") else assembly + "人民代表大会"
    if event.rule == "numbered-meeting":
        body = re.split(r"第[一二三四五六七八九十\d]+次", event.name)[0]  # the body whose session it is,
        return re.sub(r"^[一二三四五六七八九十]+届", "", body)  # whatever its term (十四届全国人大常委会)
    bodies = [m.name for m in mentions if m.label is Label.GOV and event.name.startswith(m.name)]
    if bodies:
        return max(bodies, key=len)
    names = lexicon.load().names  # 国务院常务会议: the body the event is named after (the longest name known)
    known = next(filter(None, (names.get(event.name[:size]) for size in range(len(event.name) - 1, 1, -1))), None)
    if known is not None and known[0] is Label.GOV and not event.name.startswith(NOT_THE_CENTRE_S):
        return known[1]
    # 欢迎参加工业和信息化部新闻发布会: the body another of its names opens with
    named = next((body for m in mentions if m.label is Label.EVENT and m.name == event.name
                  for body in [lexicon.body_name_at(m.text)] if body and m.text[len(body):].endswith(BRIEFINGS)
                  and (len(m.text) - len(body) <= 6 or m.text[len(body):] == m.name)), "")
    return names[named][1] if named else ""


def _event_organizers(doc: Doc, mentions: list[Mention]) -> Iterator[Relation]:
    """Each event's organizers; where the text names who holds it, not the body it is only named
    after (a headline's 国务院…会议 and the lead's 国务院新闻办公室举行…)."""
    found = [r for m in mentions if m.label is Label.EVENT and not m.name.endswith(BRIEFINGS)
             and (sent := doc.sentence_at(m.start)) for r in _organizer(doc, m, mentions, sent.index)]
    named = {r.subject.name for r in found if r.object.rule != "implied"}
    yield from (r for r in found if r.object.rule != "implied" or r.subject.name not in named)


def _issuer(doc: Doc, policy: Mention, mentions: list[Mention], home: str) -> Mention | None:
    text = doc.document.text
    sent = doc.sentence_at(policy.start)
    if sent is None:
        return None
    issuer = _numbered_issuer(text, policy)
    if issuer is not None and not any(m.label is Label.GOV and m.name == issuer.name and sent.start <= m.start < policy.start
                                      for m in mentions):
        return issuer  # 《…》（国发〔2020〕8号）; named before it (A、B会同C联合印发《…》（发改…号）): read the clause
    owner = next((m for m in mentions if m.label is Label.GOV and m.end == policy.start and policy.text.startswith("《")), None)
    if owner is not None:
        return owner  # 转发国家发展改革委《关于恢复和扩大消费的措施》: the body's own document
    left, right = clause_span(text, policy.start, policy.end, sent.start, sent.end)
    cue = None
    titles = [(t.start(), t.end()) for t in OTHER_TITLES.finditer(text, left, right)]
    for match in ISSUE.finditer(text, left, right):
        if any(start < match.start() < end for start, end in titles):
            continue  # 《…实施意见》《…》: a word of another title, no act
        if match.group(0) == "签署" and not policy.name.endswith(AGREEMENTS):
            continue  # 签署…令: a decree publishes it (_decree_issuer); only an agreement is issued by who signs it
        if cue is not None and match.group(0) == "修订" and text[match.start() - 1:match.start()] == "新" \
                and text.startswith("的", match.end()):
            continue  # 表决通过了新修订的《…法》: which text it is, the act said before (…会同相关部门新修订的《…》 is the act)
        before = match.end() <= policy.start and not OTHER_VERB.search(OTHER_TITLES.sub("", text[match.end():policy.start])) \
            and not CARRIED_OUT.match(text, policy.end) and not ITS_PROGRESS.match(text, policy.end) \
            and (policy.rule != "slogan" or text[match.end():policy.start] in ("", "了", "“", "了“"))  # 发布共建“一带一路”…报告: the report
        after = match.start() >= policy.end and text[policy.end:match.start()] in ("", "的", "》", "》的") \
            and not match.group(0).endswith(("实施", "开展", "抓好")) and not text.startswith("草案", match.end()) \
            and not text.startswith("工作", match.end()) \
            and not FOCUS_ON.search(text, left, policy.start)  # …标准实施要求: applying it; 《条例》修订工作, 海商法修订草案: the work on it
        applied = match.group(0).endswith(("实施", "开展")) and policy.name.endswith(NATIONAL_HEADS)
        if (before or after) and not applied and not NOT_ISSUER.search(DATE_AT_END.sub("", text[left:match.start()])):
            cue = match  # but 实施…战略: a strategy is the Centre's, whoever carries it out
    if cue is None:
        if policy.rule == "official-title" and home and sent.index <= 1:
            return Mention(policy.start, policy.end, policy.text, Label.GOV, home, "home")  # the document itself
        return None
    leads = SELF_LEADS.search(text, sent.start, cue.start())
    if leads:  # 我们会同…制定了《…》: the speaker's body, if known; 省工信厅…，会同…出台《…》: the sentence's subject
        subject = _sentence_subject(text, mentions, sent.start, leads.start())
        if subject is not None and not leads.group(0).startswith("我们"):
            return _speaking_for_its_whole(subject, mentions)
        return Mention(policy.start, policy.end, policy.text, Label.GOV, home, "home") if home and sent.part != "question" else None
    decree = _decree_issuer(text, sent.start, cue.start(), policy)
    if decree is not None:
        return decree
    bodies = [m for m in mentions if m.label is Label.GOV and sent.start <= m.start and m.end <= cue.start()
              and not text.startswith(PROPOSALS, m.end) and not _not_subject(text, m, sent.start)
              and not _followed_earlier(text, m, sent.start, cue.start()) and not _hosts_a_briefing(text, m, cue.start())]
    adopted_at = _adopting_meeting(text, mentions, sent.start, cue) \
        if cue.group(0).endswith(ADOPTS) and not text.endswith(RATIFIED, 0, policy.start) else None
    if bodies and not (adopted_at is not None and bodies[-1].start > adopted_at.start):
        return _speaking_for_its_whole(_lead_body(text, bodies), mentions)
    if adopted_at is not None:
        return adopted_at  # 国务院常务会议，听取…全国政协提案…汇报，审议通过《…》: the body whose meeting adopted it
    if home and sent.part != "question":
        return Mention(policy.start, policy.end, policy.text, Label.GOV, home, "home")
    return None


SUBJECT_LEAD = 8  # characters before a sentence's subject: a time (近年来，2023年，), no clause of its own


def _sentence_subject(text: str, mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The body a sentence opens with (近年来，省工业和信息化厅认真贯彻…), before `end`; of bodies it opens
    with as a list (工业和信息化部、财政部、国家发展改革委今天联合印发…), the last, as the verb's own."""
    first = next((m for m in mentions if m.label is Label.GOV and start <= m.start and m.end <= end), None)
    if first is None or first.start - start > SUBJECT_LEAD or _not_subject(text, first, start):
        return None
    return _listed_from(text, [m for m in mentions if m.end <= end], first.start, (Label.GOV,))[-1]


ADOPTS = ("审议通过", "表决通过", "讨论通过", "原则通过")  # 讨论并原则通过《…（草案）》 too
RATIFIED = ("批准", "加入")  # 表决通过关于批准《…公约》的决定: the decision is adopted, the treaty only ratified
MEETING_SAYS = re.compile(r"\s*(?:会议|会上)")  # 会议审议通过《…》: the meeting the text reports


def _speaking_for_its_whole(lead: Mention, mentions: list[Mention]) -> Mention:
    """工业和信息化部信息技术发展司副司长李宝荣介绍，下一步将实施…行动: an official of a department
    speaks for the ministry, which acts; a department acting itself (办公厅印发) stays."""
    if not any(m.label is Label.ROLE and m.start == lead.end for m in mentions):
        return lead
    return _ministry_of(lead)


def _adopting_meeting(text: str, mentions: list[Mention], sentence_start: int, cue: re.Match) -> Mention | None:
    """The body whose meeting adopts a text: the meeting the sentence names before the verb (bodies
    named after it belong to the agenda's other items), or, in a sentence opening with 会议, the
    meeting the text reports: the first its paragraph names, else the first it names at all (刚刚闭幕的
    …会议 later is only referred to)."""
    meeting = _meeting_before(mentions, sentence_start, cue.start())
    if meeting is None and MEETING_SAYS.match(text, sentence_start):
        paragraph_start = text.rfind("\n", 0, sentence_start) + 1  # 同日，…第十六次会议闭幕。会议表决通过…: its own paragraph's
        meeting = _meeting_before(mentions, paragraph_start, sentence_start, first=True) \
            or _meeting_before(mentions, 0, sentence_start, first=True)
    return meeting


def _meeting_before(mentions: list[Mention], start: int, end: int, first: bool = False) -> Mention | None:
    """The body the last (or first) meeting named in text[start:end] is named after (国务院常务会议 →
    国务院, 十四届全国人大常委会第九次会议 → 全国人大常委会)."""
    names = lexicon.load().names
    meetings = [m for m in mentions if m.label is Label.EVENT and start <= m.start and m.end <= end]
    for event in (meetings if first else reversed(meetings)):
        body = lexicon.body_name_at(TERM_OPENING.sub("", event.name))
        if body:
            return dataclasses.replace(event, text=body, label=Label.GOV, norm=names[body][1], rule="meeting",
                                       scope="")  # 国务院(常务会议): a known body, whatever the meeting's scope
    return None


TERM_OPENING = re.compile(r"^[一二三四五六七八九十]+届")
NATIONAL_HEADS = ("战略",)  # decided by the Party centre and the State Council; a ministry only implements them


def _lead_body(text: str, bodies: list[Mention]) -> Mention:
    """The body that acts: the last one before the verb, unless it is only consulted (A会同B印发);
    only the words between bodies are read (商务部 consults no one)."""
    for earlier, following in reversed(list(zip(bodies, bodies[1:]))):
        if earlier.end <= following.start and re.search(r"会同|商|联合", text[earlier.end:following.start]):
            return earlier
    return bodies[-1]


def _co_issuers(text: str, bodies: list[Mention], lead: Mention) -> list[Mention]:
    """Bodies listed with the one that acts (A、B和C联合印发, 由A、B共同主办): each did it."""
    found, current = [], lead
    for earlier in reversed([b for b in bodies if b.end <= lead.start]):
        bracketed = text[earlier.end:current.start] in ("（", "(") and text[current.end:current.end + 1] in ("）", ")")
        if text[earlier.end:current.start] in ("、", "和", "与", "及", "，", " ", "　") or bracketed:  # A B C关于…; 市场监管总局（国家标准委）
            found.append(earlier)
            current = earlier
        else:
            break
    return found


def _joined_by(text: str, mentions: list[Mention], lead: Mention) -> list[Mention]:
    """The bodies a lead acts jointly with (我部联合教育部、人力资源社会保障部实施…): each did it."""
    joins = JOINTLY.match(text, lead.end)
    return _listed_from(text, mentions, joins.end(), (Label.GOV,)) if joins else []


JOINTLY = re.compile(r"(?:将|还|也|拟|已)?联合")  # 工业和信息化部将联合国家发展改革委等部门实施…


JOINT_COUNT = re.compile(r"等[一二三四五六七八九十两\d]+(?:个)?(?:部门|部委|单位)")


def _listed_organisations(text: str, mentions: list[Mention], lead: Mention) -> list[Mention]:
    """…国务院国资委、中国科学院等七部门联合印发: an institution listed after the bodies, before
    the count of issuers, is one of them."""
    if text[lead.end:lead.end + 1] not in ("、", "和", "与", "及"):
        return []
    found = _listed_from(text, mentions, lead.end + 1, (Label.ORG, Label.GOV))
    return found if found and JOINT_COUNT.match(text, found[-1].end) else []


def _joined_by_the_speaker(text: str, mentions: list[Mention], sent, policy: Mention) -> list[Mention]:
    """我们将联合国家广播电视总局实施…: the bodies the speaker's own acts jointly with (会同 only consults)."""
    leads = list(SELF_LEADS.finditer(text, sent.start, policy.start))
    if not leads or not leads[-1].group().endswith("联合"):
        return []
    return _listed_from(text, mentions, leads[-1].end(), (Label.GOV,))


BY_WHOM = re.compile(r"》?(?:(?:、|和|及|以及)《[^》]{1,80}》)*(?:日前|近日|已)?由")  # 《A》和《B》由…: A too


def _issued_by_after(text: str, mentions: list[Mention], policy: Mention) -> list[Mention]:
    """《…实施方案》由工业和信息化部、国家标准委联合发布: the bodies named after 由, when the verb that
    follows them issues it."""
    by = BY_WHOM.match(text, policy.end)
    listed = _listed_from(text, mentions, by.end(), (Label.GOV,)) if by else []
    return listed if listed and ISSUED_BY_THE_LISTED.match(text, listed[-1].end) else []


COUNT_OF_ISSUERS = rf"(?:等(?:{BODIES_COUNT})?{BODY_GROUPS})?"  # …、国家标准委等八部门(联合印发)
ISSUED_BY_THE_LISTED = re.compile(COUNT_OF_ISSUERS + r"(?:联合|共同|牵头|组织)?(?:" + ISSUE.pattern + ")")  # 由工信部牵头制定
JOINTLY_ISSUED = re.compile(COUNT_OF_ISSUERS + r"(?:联合|共同)(?:研究)?(?:印发|发布|出台|制定|颁布|推出)了?")


def _consulted_then_joint(text: str, mentions: list[Mention], sent, policy: Mention) -> list[Mention]:
    """我部会同科技部、财政部联合印发《…》: the bodies 会同 names issue it too when the text says they did
    it jointly (会同 alone only consults them)."""
    at = text.rfind("会同", sent.start, policy.start)
    listed = _listed_from(text, mentions, at + 2, (Label.GOV, Label.ORG)) if at >= 0 else []
    joint = JOINTLY_ISSUED.match(text, listed[-1].end) if listed else None
    return listed if joint and TITLES_BEFORE.fullmatch(text, joint.end(), policy.start) else []


TITLES_BEFORE = re.compile(r"(?:《[^》]{1,80}》(?:（[^）]{1,20}）)?(?:、|和|及|以及))*")  # 联合印发了《A》和(《B》): B too


def _listed_from(text: str, mentions: list[Mention], start: int, labels: tuple[Label, ...]) -> list[Mention]:
    """The bodies named one after another from `start`, joined by 、和与及 (教育部、人社部; A、B和C)."""
    found, end = [], start
    for m in (m for m in mentions if m.start >= end and m.label in labels):
        if m.start != end:
            break
        found.append(m)
        end = m.end + (1 if text[m.end:m.end + 1] in ("、", "和", "与", "及") else 0)
    return found


CITED_NUMBER = re.compile(r"[（(]" + DOCUMENT_NUMBER.pattern + r"[）)]")


def _numbered_issuer(text: str, policy: Mention) -> Mention | None:
    """The body whose code opens the document number cited after a title: （国发〔2020〕8号） → 国务院."""
    match = CITED_NUMBER.match(text, policy.end)
    codes = lexicon.load().issuer_codes
    code = match.group(1) if match else ""
    body = next((codes[code[:size]] for size in range(len(code), 0, -1) if code[:size] in codes), "")
    return Mention(policy.start, policy.end, policy.text, Label.GOV, body, "document-number") if body else None


DECREE = re.compile(r"签署(?:了)?(?:第[\d一二三四五六七八九十百]+号)?([\u4e00-\u9fff]{2,8}?)令")


SIGNS_AN_ORDER = re.compile(r"签署(?:了)?命令")


def _decree_issuer(text: str, start: int, end: int, policy: Mention) -> Mention | None:
    """The body whose decree publishes the policy: 国务院总理李强签署国务院令，公布《…条例》 → 国务院; 中央军委主席
    习近平签署命令，发布《…条例》 → the body whose post the signer is named with, 中央军委."""
    names = lexicon.load().names
    for match in DECREE.finditer(text, start, end):
        entry = names.get(match.group(1))
        if entry and entry[0] is Label.GOV:
            return Mention(policy.start, policy.end, match.group(1), Label.GOV, entry[1], "decree")
    for match in SIGNS_AN_ORDER.finditer(text, start, end):
        signer = text[start:match.start()]
        body = next(filter(None, (lexicon.body_name_at(signer, k) for k in range(len(signer)))), "")
        if body:
            return Mention(policy.start, policy.end, body, Label.GOV, names[body][1], "decree")
    return None


def _bodies_heading(text: str, policy: Mention, mentions: list[Mention]) -> list[Mention]:
    """The bodies written right before an official title, apart only by spaces or 、 (the heading of
    a joint notice: 工业和信息化部办公厅 国家发展改革委办公厅 财政部办公厅关于…的通知)."""
    bodies, at = [], policy.start
    for m in reversed([m for m in mentions if m.label is Label.GOV and m.end <= policy.start]):
        if text[m.end:at].strip(" 　\t、") or "\n" in text[m.end:at]:
            break
        bodies.insert(0, m)
        at = m.start
    return bodies


def _title_issuers(policy: Mention) -> list[Mention]:
    """The bodies a title opens with: 中共中央关于…, 国务院关于…, 中共中央 国务院关于…."""
    names = lexicon.load().names
    found, at = [], 0
    while at < len(policy.name):
        body = lexicon.body_name_at(policy.name, at)
        if not body:
            return []
        found.append(Mention(policy.start, policy.end, body, Label.GOV, names[body][1], "nested"))
        at += len(body)
        if policy.name[at:at + 2] in ("关于", "印发", "办公"):
            return found
        if policy.name[at:at + 1] not in (" ", "　", "、"):
            return []
        at += 1
    return []


FOLLOWED = re.compile(r"(?:贯彻|落实|学习|遵循|执行|对标)$")


def _followed_earlier(text: str, body: Mention, sentence_start: int, cue_start: int) -> bool:
    """《条例》贯彻党中央…决策部署，进一步落实…修订公布的《…法》: a body whose decisions an earlier
    clause follows is not who issues what a later clause names (贯彻中央宣传部印发的《…》 still is)."""
    followed = FOLLOWED.search(text, max(sentence_start, body.start - 4), body.start) is not None
    return followed and re.search("[，；]", text[body.end:cue_start]) is not None


BRIEFING_HELD = re.compile(r"[^，。；]*?(?:召开|举行|举办)[^，。；]*?(?:发布会|吹风会|记者会)(?:上了解到|上获悉|上得知)?[，；]")


def _hosts_a_briefing(text: str, body: Mention, cue_start: int) -> bool:
    """国务院新闻办公室举行吹风会，…介绍最近出台的《…》: the host of a briefing where a policy is
    presented, in an earlier clause, is not who issued it."""
    held = BRIEFING_HELD.match(text, body.end)
    return held is not None and held.end() <= cue_start


def _not_subject(text: str, body: Mention, sentence_start: int) -> bool:
    """国务院的部署, 按照党中央…, 作为党中央…的举措: a body that owns or frames the action, not its agent;
    我部成立工业互联网专项工作组，印发《…》: nor one the agent sets up."""
    before = text[max(sentence_start, body.start - 4):body.start]
    return text[body.end:body.end + 1] == "的" or re.search(r"(按照|根据|依照|在|作为)[^，。]*$", before) is not None \
        or before.endswith(("成立", "组建", "设立", "提请", "报请", "提交", "报送")) \
        or ANNIVERSARY.match(text, body.end) is not None  # 提请全国人大常委会审议: who is asked; 庆祝中国共产党成立105周年: whose anniversary


ANNIVERSARY = re.compile(r"(?:成立|建立|创建|诞生|建党|建军)[\d一二三四五六七八九十百]+周年")


NEXT_ITEM = re.compile(r"[，；](?:会议)?(?:决定|研究|审议|听取|部署|讨论)")  # …条例（草案），决定核准…核电项目: the next item of an agenda
LATER_INDUSTRIES = 2  # more industries than this after a policy's clause are a list of sectors, not its subject


def _speakers_bodies(memberships: list[Relation]) -> dict[str, str]:
    """Each official's ministry (a department's: the ministry it is part of), by the first post the
    document gives them: at a press conference of several ministries, 我们 is the speaker's."""
    bodies: dict[str, str] = {}
    for r in memberships:
        if r.object.label is Label.GOV and r.subject.name not in bodies:
            bodies[r.subject.name] = _whole_of(r.object.name) or r.object.name  # 规划司 → 工业和信息化部
    return bodies


LEGISLATURE = re.compile(r"(?:人大|人民代表大会)(?:常务委员会|常委会)?$")  # not its committees, which propose (全国人大财经委)


def _policies(doc: Doc, mentions: list[Mention], speakers: dict[str, str]) -> Iterator[Relation]:
    text = doc.document.text
    industries = [m for m in mentions if m.label is Label.INDUSTRY]
    names = lexicon.load().names
    notices = [m for m in mentions if m.rule == "issuing-notice"]
    for policy in (m for m in mentions if m.label is Label.POLICY):
        sent = doc.sentence_at(policy.start)
        index = sent.index if sent else 0
        home = speakers.get(sent.speaker, doc.home_body) if sent is not None and sent.part == "answer" else doc.home_body
        notice = next((n for n in notices if n.start < policy.start and policy.end < n.end), policy)  # 国务院关于印发《X》的通知: X's too
        heading = _title_issuers(policy) or (_bodies_heading(text, notice, mentions) if notice.rule in ("official-title", "issuing-notice") else []) \
            or _forwarded_from(text, policy, mentions)
        if not heading and policy.rule == "official-title" and sent is not None and sent.index <= 1:
            heading = signatories(doc, [m for m in mentions if not m.nested])  # 三部门关于…的指导意见 … 工业和信息化部 教育部 科技部
        for body in heading:  # 中共中央 国务院关于…; 工业和信息化部办公厅 国家发展改革委办公厅关于…的通知: each issues it
            yield Relation(policy, "issuedBy", body, index)
        issuer = None if heading else _issuer(doc, policy, mentions, home)
        for body in _issued_by_after(text, mentions, policy) if issuer is None and not heading else ():
            yield Relation(policy, "issuedBy", body, index)  # 《…》由工业和信息化部、国家标准委联合发布
        if issuer is not None and a_law(policy.name) and not LEGISLATURE.search(issuer.name):
            issuer = None  # 国家卫生健康委…启动《职业病防治法》宣传周: only the legislature makes a law
        if issuer is not None:
            yield Relation(policy, "issuedBy", issuer, index)
            bodies = [m for m in mentions if m.label is Label.GOV and issuer.rule != "home" and m.end <= issuer.start]
            joined = _joined_by_the_speaker(text, mentions, sent, policy) if issuer.rule == "home" and sent else []
            joined += _consulted_then_joint(text, mentions, sent, policy) if sent else []
            for co in _co_issuers(text, bodies, issuer) + _joined_by(text, mentions, issuer) + joined \
                    + _listed_organisations(text, mentions, issuer):
                yield Relation(policy, "issuedBy", co, index)
        titled = _industries_in(policy.name, names)
        for name in titled:
            yield Relation(policy, "concerns", Mention(policy.start, policy.end, name, Label.INDUSTRY, name, "title"), index)
        if sent:
            for ind in _industries_near(doc, policy, sent, industries, mentions, set(titled)) + _in_its_tasks(doc, policy, industries):
                yield Relation(policy, "concerns", ind, index)


FORWARDED = re.compile(r"转发(?:了)?")
FORWARDED_JOINS = re.compile(r"(?:[、和及与]|等(?:\d+|[一二三四五六七八九十]+)?(?:个)?(?:部门|单位))*(?:的|制定的|起草的)?")


def _forwarded_from(text: str, policy: Mention, mentions: list[Mention]) -> list[Mention]:
    """国务院办公厅转发了工业和信息化部等部门《关于…的指导意见》: the bodies whose text is forwarded issue
    it; the office forwarding it only passes it on."""
    bodies = []
    at = policy.start
    for m in reversed([m for m in mentions if m.label is Label.GOV and m.end <= policy.start and not m.nested]):
        if not FORWARDED_JOINS.fullmatch(text, m.end, at):
            break
        bodies.insert(0, m)
        at = m.start
    return bodies if bodies and FORWARDED.search(text, max(0, at - 3), at) else []


def _industries_near(doc: Doc, policy: Mention, sent, industries: list[Mention], mentions: list[Mention],
                     titled: frozenset[str] | set[str] = frozenset()):
    """Industries in the policy's clause, else in the rest of its sentence up to the next policy; a law's
    name alone says what it is on (审议会计法修正草案的议案、…农业技术推广法…: no sector of the agenda), as does
    a name with its sector in it when the rest of the sentence names that sector no more (开展视听电子产品消费
    促进活动，推动新型显示、集成电路…: another task; 实施“人工智能+”行动，推动人工智能在工业、交通…: its own)."""
    if a_law(policy.name):
        return []
    text = doc.document.text
    if LISTED_BEFORE.search(text, max(0, policy.start - 2), policy.start) or LISTED_AFTER.match(text, policy.end):
        industries = [ind for ind in industries if not _listed_beside(text, policy, ind)]
    left, right = clause_span(text, policy.start, policy.end, sent.start, sent.end)
    following = [m.start for m in mentions if m.label is Label.POLICY and m.start >= right and m.start < sent.end]
    agenda = NEXT_ITEM.search(text, right, sent.end)
    stop = min(following + ([agenda.start()] if agenda else []), default=sent.end)
    own = [ind for ind in industries if left <= ind.start and ind.end <= right]
    if FOCUS.match(text, right + 1):  # 实施先进设备更新行动，聚焦石化化工、钢铁…等重点行业: the clause after says what it is on
        focus_end = clause_span(text, right + 1, right + 2, sent.start, sent.end)[1]
        own += [ind for ind in industries if right < ind.start and ind.end <= focus_end]
    later = [ind for ind in industries if right <= ind.start and ind.end <= stop]
    if _sentence_is_about(text, policy, sent.start):  # 《实施意见》围绕…，重点推进人形机器人、量子计算…: all of them
        chain_end = semicolon_chain(doc, sent)[1]
        continued = [ind for ind in industries if sent.end <= ind.start and ind.end <= chain_end]
        return own + later + continued + _in_its_items(doc, sent, industries)
    if own:
        return own  # the policy's own clause says what it concerns
    item = _inline_item(text, policy, sent)
    if item is not None and not any(m.label is Label.POLICY and m.name != policy.name and item[0] <= m.start < item[1] for m in mentions):
        return [ind for ind in industries if sent.end <= ind.start and ind.end <= item[1]]  # 一是…。印发《…》。…钢铁、煤炭…
    if policy.rule == "slogan":
        return []  # 坚持“四个全面”，…教育: a political formula concerns no sector the sentence goes on to name
    if titled and not any(ind.name in titled for ind in later):
        later = [ind for ind in later if _within(ind.name, titled)]  # 综合交通运输…规划，…铁路、民航: its branches
    return later if len({i.name for i in later}) <= LATER_INDUSTRIES else []


def _within(industry: str, sectors: set[str] | frozenset[str]) -> bool:
    """The industry is one of the sectors or a branch of one (民航 of 交通, 储能 of 能源), by the taxonomy."""
    parents, seen = lexicon.load().parents, set()
    while industry and industry not in seen:
        if industry in sectors:
            return True
        seen.add(industry)
        industry = parents.get(industry, "")
    return False


LISTED_BEFORE = re.compile(r"、[“]?$")
LISTED_AFTER = re.compile(r"[”]?、")


def _listed_beside(text: str, policy: Mention, industry: Mention) -> bool:
    """做好教育、医疗、托育、“三农”等工作; 增设了交通能源融合工程、农业机器人等专业: a sector listed with
    the policy is its peer, not what it is on."""
    lo, hi = (industry.end, policy.start) if industry.end <= policy.start else (policy.end, industry.start)
    an_item = text[industry.start - 1:industry.start] == "、" or text[industry.end:industry.end + 1] in ("、", "等")
    return an_item and "、" in text[lo:hi] and not any(mark in text[lo:hi] for mark in "，。；：,;:")  # not 5G国际标准R17、R18


ELABORATES = re.compile(r"\s*其中[，,]")  # the next sentence says more of a part of what the one before listed
INLINE_ITEM = re.compile(r"[一二三四五六七八九十]是")  # 一是扎实推进…。二是…: the items of one paragraph


def _inline_item(text: str, policy: Mention, sent) -> tuple[int, int] | None:
    """The item of a paragraph listed inline (一是…二是…) whose opening sentence, or the next, names the
    policy: where it begins and where the next item (or the paragraph) begins."""
    paragraph_start = text.rfind("\n", 0, sent.start) + 1
    openings = [m.start() for m in INLINE_ITEM.finditer(text, paragraph_start, line_span(text, sent.start)[1])
                if m.start() == paragraph_start or text[m.start() - 1] in "。；　 \n"]
    before = [at for at in openings if at <= policy.start]
    if not before or text.count("。", before[-1], sent.start) > 1:
        return None
    after = [at for at in openings if at > policy.start]
    return before[-1], after[0] if after else line_span(text, sent.start)[1]


FOCUS = re.compile(r"(?:重点)?(?:聚焦|围绕|针对|面向|覆盖)")
SAYS = re.compile(r"(?:提出|明确|围绕|聚焦|要求|强调|部署|针对|涵盖|覆盖|重点)")
ANSWER_LABEL = re.compile(r"\s*(?:答[：:])?\s*")  # 答：《实施意见》聚焦…


def _in_its_items(doc: Doc, sent, industries: list[Mention]) -> list[Mention]:
    """《意见》明确了18项重点任务。一是…。三是…推动汽车、家电…: the items its paragraph goes on to list
    are its own, as is what the next sentence says of a part of them (其中，未来信息领域将重点推动…；…)."""
    text, found, chain_end = doc.document.text, [], sent.end
    for other in doc.sentences[sent.index + 1:]:
        if "\n" in text[sent.end:other.start]:
            break
        if other.start >= chain_end and not ITEM_OPENING.match(text, other.start) and not ELABORATES.match(text, other.start):
            break
        chain_end = max(chain_end, semicolon_chain(doc, other)[1])
        found += [ind for ind in industries if other.start <= ind.start and ind.end <= other.end]
    return found


def _in_its_tasks(doc: Doc, policy: Mention, industries: list[Mention]) -> list[Mention]:
    """三部门关于…的指导意见 … （二）发展先进高效的光伏产品及技术。…: where the document is the policy's own
    text, the industries its numbered tasks name are what it concerns."""
    if not is_its_own_text(doc, policy):
        return []
    return [ind for start, end in task_paragraphs(doc, policy.end) for ind in industries if start <= ind.start and ind.end <= end]


def _sentence_is_about(text: str, policy: Mention, sentence_start: int) -> bool:
    """The policy opens its sentence as the subject of what it says (《实施意见》提出/围绕/明确…):
    every industry the sentence names is one it concerns, however long the list."""
    return ANSWER_LABEL.fullmatch(text, sentence_start, policy.start) is not None and SAYS.match(text, policy.end) is not None


@functools.lru_cache(maxsize=4096)
def _word_starts(title: str) -> frozenset[int]:
    """Where jieba's words begin in a policy's title."""
    from kg.segment import tokenizer

    starts, at = set(), 0
    for word, _ in tokenizer().tag(title):
        starts.add(at)
        at += len(word)
    return frozenset(starts)


PROPOSAL_CLASS = re.compile(r"[（(][\u4e00-\u9fff]{2,8}类\d+号[）)]")


def _industries_in(title: str, names: dict) -> list[str]:
    """Industries a policy's title names, longest first; 工业 in 工业和信息化领域 is the ministry's
    remit (the stem of 工业和信息化部), not an industry; nor is the class a proposal is filed under
    (第03211号（工业交通类312号）提案)."""
    title = PROPOSAL_CLASS.sub("", title)
    found, i = [], 0
    starts = _word_starts(title)
    while i < len(title):
        for size in range(min(12, len(title) - i), 1, -1):
            entry = names.get(title[i:i + size]) if i in starts else None  # not 化工 in 亮化工程
            if entry and entry[0] is Label.INDUSTRY and not lexicon.opens_a_body_stem(title, i, size) \
                    and not lexicon.party_education(title, i, i + size):
                found.append(entry[1])
                i += size - 1
                break
        i += 1
    return found


def relations(doc: Doc) -> Iterator[Relation]:
    """Every relation the document states."""
    mentions = list(doc.mentions)
    memberships = _one_holder_of_each_unique_post(list(_memberships(doc, mentions)) + list(_appointments(doc, mentions)))
    yield from memberships
    yield from _sub_organizations(doc, mentions)
    yield from _press_speakers(doc, mentions)
    yield from _addressing_speakers(doc, mentions)
    yield from _said_at_events(doc, mentions)
    yield from _delivered_at(doc, mentions)
    yield from _chaired_and_spoke(doc, mentions)
    yield from _event_organizers(doc, mentions)
    yield from _policies(doc, mentions, _speakers_bodies(memberships))


def relate(doc: Doc) -> Doc:
    return dataclasses.replace(doc, relations=tuple(relations(doc)))
