"""Local government bodies: how a department or a post after a place names its body.

江苏省工信厅 and 浙江等省通信管理局 are named after their province (its full name: 浙江 → 浙江省),
省财政厅 after the document's own; 天津市委书记 is a post in 天津市委, 天津市副市长 one in 天津市人民政府.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator

from kg import lexicon
from kg.types import Doc, Label, Mention

__all__ = ["BARE_LEVELS", "LOCAL_POSTS", "held_in", "local_bodies", "local_institutions", "local_whole", "own_local_body", "own_place", "place_opening",
           "with_local_bodies"]

ADMIN_ENDINGS = ("省", "市", "自治区", "区", "县", "州")


def _place_part(place: Mention, level: str = "") -> str:
    """How a local body names its place: as written when it ends with its level (北京市, 江苏省),
    else the full name the short form stands for (浙江 → 浙江省, 香港特区 → 香港特别行政区), else with the level
    given (X等省)."""
    if level in LONG_LEVELS and place.name.endswith(level):
        return place.name
    if place.text.endswith(ADMIN_ENDINGS):
        return place.text
    if place.name.endswith(ADMIN_ENDINGS) and place.name.startswith(place.text):
        return place.name
    return place.text + level


BARE_LEVELS = "省市县区"
BEFORE_BARE = "各本该全我和与及同由向对给经被请商、，；：（"  # 会同省财政厅, 各市教育局, 由省发展改革委: a bare level after these is not part of a word
VERBS_BEFORE_BARE = ("联合", "配合", "协同", "指导", "督促", "组织", "支持", "推动", "商请", "委托")  # 联合省交通运输厅


@functools.cache
def _local_stems() -> re.Pattern:
    return re.compile("|".join(map(re.escape, lexicon.load().local_departments)))


def local_bodies(doc: Doc, found: list[Mention]) -> Iterator[Mention]:
    """A local government department: after a place (江苏省工信厅, 北京市住建委, 浙江等省通信管理局),
    or after a bare 省/市/县/区 (省财政厅, 市教委), which is the document's own province or city, so
    that body is kept to this document. Neither is the national body a short form like 发展改革委
    also names."""
    text = doc.document.text
    places = {m.end: m for m in found if m.label is Label.PLACE}
    standard = lexicon.load().local_standard
    for match in _local_stems().finditer(text):
        start, end = match.span()
        stem = standard.get(match.group(), match.group())  # 工信厅 → 工业和信息化厅
        place = places.get(start)
        level = text[start - 1] if start and text[start - 1] in BARE_LEVELS else ""
        if not level and place is None and match.group() in PARTY_DEPARTMENTS and text[start - 2:start] in PARTY_COMMITTEES:
            yield from _party_department(doc, found, start, end, stem)
            continue
        shared = place is None and level and text[start - 2:start - 1] == "等"
        if shared:
            place = places.get(start - 2)  # 浙江等省通信管理局: the province named, for it and the others
        if place is not None:
            name = _place_part(place, level if shared else "") + stem
            yield Mention(place.start, end, text[place.start:end], Label.GOV, name, "local-body")
        elif level and not shared and _bare_level_at(text, start - 1):
            own = own_place(found, level, doc.document.title)  # 江苏省…省工信厅: the only province the document names
            # (or its headline: 湖北召开…大会。…省人大常委会)
            yield Mention(start - 1, end, text[start - 1:end], Label.GOV, (own or level) + stem, "local-body",
                          scope="" if own else doc.document.id)


def _bare_level_at(text: str, at: int) -> bool:
    """省 at `at` opens a name (省财政厅, 会同省财政厅, 联合省交通运输厅) rather than ends a word (城市交通局)."""
    return at == 0 or not _is_cjk(text[at - 1]) or text[at - 1] in BEFORE_BARE or text[max(0, at - 2):at] in VERBS_BEFORE_BARE


PARTY_DEPARTMENTS = frozenset("宣传部 组织部 统战部 政法委 网信办".split())  # a Party committee's, not a government's
PARTY_COMMITTEES = ("省委", "市委", "县委", "区委")


def _party_department(doc: Doc, found: list[Mention], start: int, end: int, stem: str) -> Iterator[Mention]:
    """市委组织部, 会同省委网信办: a department of the document's own province's (or city's) Party committee,
    kept to this document when the text names no such place; not the national body a short form like
    网信办 also names."""
    text, at = doc.document.text, start - 2
    level = text[at]
    if not _bare_level_at(text, at):
        return
    own = own_place(found, level, doc.document.title)
    yield Mention(at, end, text[at:end], Label.GOV, (own or level) + "委" + stem, "local-body",
                  scope="" if own else doc.document.id)


# a public institution a city or province runs, named by its field and its work (武汉市住房保障管理中心,
# 杭州市建设工程质量安全监督总站, 北京市住房贷款担保中心)
INSTITUTION = re.compile(r"(?:(?![的由在和与及并被将把对为是了])[\u4e00-\u9fff]){1,10}?"
                         r"(?:管理|保障|监督|储备|担保|监测|执法|稽查|检验|检测|应急|救助|交易)(?:服务)?(?:中心|总站|站|所|总队|支队|大队)")
BARE_LEVEL = re.compile(f"[{BARE_LEVELS}]")
LEVELLED_PLACES = ("省", "市", "自治区", "区", "县", "自治州")  # 广州 ends with 州 but names no level


def local_institutions(doc: Doc, found: list[Mention]) -> Iterator[Mention]:
    """A local public institution: a place with its level (市, 省, 区, 县), or a bare level (the document's own
    place), then its field and work."""
    text = doc.document.text
    taken = {m.start for m in found if m.label in (Label.GOV, Label.ORG, Label.COMPANY)}
    for place in (m for m in found if m.label is Label.PLACE and m.text.endswith(LEVELLED_PLACES)):
        match = INSTITUTION.match(text, place.end)
        if match is not None and place.start not in taken and place.end not in taken:
            yield Mention(place.start, match.end(), text[place.start:match.end()], Label.GOV,
                          text[place.start:match.end()], "local-institution")
    for level in BARE_LEVEL.finditer(text):  # 市土地整理储备中心: the document's own city's
        at = level.start()
        match = INSTITUTION.match(text, at + 1) if _bare_level_at(text, at) and at not in taken else None
        if match is not None:
            own = own_place(found, level.group(), doc.document.title)
            yield Mention(at, match.end(), text[at:match.end()], Label.GOV, (own or level.group()) + text[at + 1:match.end()],
                          "local-institution", scope="" if own else doc.document.id)


def local_whole(name: str) -> str | None:
    """The local body a department is named after (江苏省工业和信息化厅软件和信息服务业处 → 江苏省工业和
    信息化厅): a place, a local department's name, then the department's own words."""
    for match in _local_stems().finditer(name):
        rest = name[match.end():]
        if match.start() and name[:match.start()].endswith(ADMIN_ENDINGS) and len(rest) >= 2 \
                and rest.endswith(lexicon.PART_HEADS):
            return name[:match.end()]
    return None


def own_place(found: list[Mention], level: str, title: str) -> str:
    """The document's own province (or city): the one of that level its text names, else its headline."""
    return _the_one_place(found, level) or _headline_place(title, level)


def _the_one_place(found: list[Mention], level: str) -> str:
    """The document's own province (or city): the only one of that level it names, on its own or
    opening a body's name (江苏省人民政府办公厅印发…，省工信厅…)."""
    named = {m.name for m in found if m.label is Label.PLACE and m.name.endswith(level) and len(m.name) > 2}
    named |= {place for m in found if m.label is Label.GOV for place in [place_opening(m.name, level)] if place}
    return named.pop() if len(named) == 1 else ""


def place_opening(name: str, level: str) -> str:
    """The place of that level a body's name opens with (江苏省人民政府办公厅 → 江苏省, 广西壮族自治区… → 广西壮族自治区),
    or ""."""
    at = name.find(level)
    opening = name[:at + len(level)] if 2 <= at <= 4 else ""
    return opening if opening and lexicon.label_of(opening) is Label.PLACE else ""


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# a local post right after a place names the body it is held in: 天津市委书记 → 天津市委, 天津市副市长 → 天津市人民政府
LOCAL_POSTS = {post: body for body, posts in {
    "省委": "省委书记 省委副书记 省委常委", "市委": "市委书记 市委副书记 市委常委", "区委": "区委书记 区委副书记",
    "县委": "县委书记 县委副书记", "自治区党委": "自治区党委书记 自治区党委副书记",
    "省人民政府": "省长 副省长 常务副省长", "市人民政府": "市长 副市长 常务副市长",
    "区人民政府": "区长 副区长", "县人民政府": "县长 副县长",
    "自治区人民政府": "自治区主席 自治区副主席", "州人民政府": "州长 副州长",
    "特别行政区政府": "行政长官"}.items() for post in posts.split()}
LONG_LEVELS = ("特别行政区", "自治区")  # the levels named by more than their first character


def _level(suffix: str) -> str:
    """The level of place a local body's name suffix is at (省委 → 省, 特别行政区政府 → 特别行政区)."""
    return next((level for level in LONG_LEVELS if suffix.startswith(level)), suffix[0])


def _local_body(place: Mention, role: Mention) -> Mention:
    """The local body a post after a place is held in, as a mention where the place stands."""
    suffix = LOCAL_POSTS[role.name]
    level = _level(suffix)
    where = _place_part(place, level)
    name = where + (suffix[len(level):] if where.endswith(level) else suffix)
    return dataclasses.replace(place, label=Label.GOV, norm=name, rule="implied")


def own_local_body(found: list[Mention], role: Mention, title: str = "") -> Mention | None:
    """省委书记王忠林, 省长李殿勋 with no place before them: the post is held in the document's own
    province (or city), the only one of that level the text, else its headline (湖北召开…), names."""
    suffix = LOCAL_POSTS.get(role.name)
    if suffix is None:
        return None
    level = _level(suffix)
    own = own_place(found, level, title)
    if not own:
        return None
    name = own + (suffix[len(level):] if own.endswith(level) else suffix)
    return dataclasses.replace(role, label=Label.GOV, norm=name, rule="implied", scope="")


def _headline_place(title: str, level: str) -> str:
    """The one place of that level a headline names (湖北召开全省…大会: 湖北省), or ""."""
    from kg.segment import tokenize  # kg.segment loads the lexicon this module is imported with

    names = lexicon.load().names
    named = {names[t.text][1] for t in tokenize(title) if names.get(t.text, (None,))[0] is Label.PLACE}
    named = {name for name in named if name.endswith(level) and len(name) > len(level) + 1}
    return named.pop() if len(named) == 1 else ""


PARTY_COMMITTEE = re.compile(r"(自治区|省|市|县|区|州)(?:党)?委$")


def _committee_place(name: str) -> tuple[str, str] | None:
    """The place a local party committee is of, and its level (中共江西省委 → 江西省, 省)."""
    committee = PARTY_COMMITTEE.search(name)
    return (name[:committee.end(1)].removeprefix("中共"), committee.group(1)) if committee else None


def held_in(org: Mention | None, role: Mention) -> Mention | None:
    """The body a local post is held in when the chain's body is another post's of the same place
    (福建省委常委、常务副省长: the second post is in 福建省人民政府, not 福建省委)."""
    if org is None or role.name not in LOCAL_POSTS:
        return org
    committee = _committee_place(org.name)
    government = LOCAL_POSTS[role.name]
    if committee and not government.endswith("委") and government.startswith(committee[1]):
        place, level = committee  # 江西省委常委、副省长: in 江西省人民政府
        return dataclasses.replace(org, label=Label.GOV, norm=place + government[len(level):], rule="implied")
    if committee and not government.startswith(committee[1]):
        return None  # 深圳市委书记孟凡利，副省长王曦: a province's post is held in no city's committee
    if org.name.endswith(OTHER_LOCAL_BODIES) and not org.name.endswith(government):
        return None  # 省人大常委会主任楼阳生，省委副书记、省长王凯: posts naming their own kind of body, held there
    if org.rule != "implied":
        return org
    label, name = lexicon.load().names.get(org.text, (None, ""))
    if label is not Label.PLACE:
        return org
    return _local_body(dataclasses.replace(org, label=Label.PLACE, norm=name), role)


OTHER_LOCAL_BODIES = ("人大常委会", "政协", "人民政府")  # a place's bodies other than its party committee


BARE_GOVERNMENT = re.compile(r"(?:自治区|省|市|县|区|州)?(?:人民)?政府")


def government_of_the_place(org: Mention | None, body: Mention) -> Mention:
    """A bare (自治区)人民政府 named after a place's party committee in one chain of posts is that
    place's (新疆维吾尔自治区党委常委、人民政府副主席: 新疆维吾尔自治区人民政府)."""
    committee = _committee_place(org.name) if org is not None else None
    if committee is None or not BARE_GOVERNMENT.fullmatch(body.text):
        return body
    return dataclasses.replace(body, label=Label.GOV, norm=committee[0] + "人民政府", rule="implied")


def with_local_bodies(mentions: list[Mention]) -> list[Mention]:
    """Places that open a local post (天津 in 天津市委书记) stand for the body the post is held in."""
    return [_local_body(m, after) if m.label is Label.PLACE and after is not None and after.label is Label.ROLE
            and after.name in LOCAL_POSTS and after.start == m.end else m
            for m, after in zip(mentions, [*mentions[1:], None])]
