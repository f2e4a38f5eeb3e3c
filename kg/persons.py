"""Person names, found where the text vouches for them and then wherever they recur.

A Chinese name is a surname and one or two characters; alone, jieba's `nr` tag mistakes words
for names (智能化, 玉龙). We accept a name where the layout or a post title vouches for it:
after a title (副部长王志军), before a title or 同志 (张连起委员, 习近平同志), opening a Q&A turn, in a
byline (本报记者 徐恒, 张鹏 摄), or tagged `nr` by jieba right before a reporting verb (王毅表示).
Then every other occurrence of an accepted name in the document is a mention too.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

from kg import lexicon
from kg.spans import occurrences
from kg.types import Doc, Label, Mention, Token

__all__ = ["find_persons"]

CJK = r"[\u4e00-\u9fff]"
AFTER_NAME = ("介绍", "回答", "表示", "指出", "强调", "说", "在", "出席", "主持", "会见", "会谈", "通报", "答", "称",
              "认为", "透露", "告诉", "宣布", "提出", "发表", "讲话", "致辞", "同志", "等", "和", "与", "及", "就",
              "对", "向", "为", "是", "也", "还", "率", "一行", "已", "曾", "将", "则", "的", "作", "代表", "参加", "解读", "分析", "说明",
              "答记者问", "接受", "到", "赴", "近日", "日前", "今天", "当天", "宣读", "陪同", "看望", "考察", "调研",
              "签署", "颁发", "致电", "致信", "视察", "检查", "受", "分别", "发布", "列席")
BYLINE_WORDS = frozenset("摄影 摄像 编辑 报道 通讯员 实习生 记者 责编".split())
SPEAKS = ("介绍", "表示", "指出", "强调", "回答", "答记者问", "作主旨", "作报告", "作专题", "作工作报告", "致辞", "出席", "主持", "发布")  # what an official named after a post does next
ACTS_AFTER_NAME = ("率", "表示", "指出", "强调", "介绍", "出席", "主持", "说", "称", "受", "作")  # jieba may glue them to a name's end
BEFORE_TITLE = ("同志", "委员", "总书记", "主席", "总理", "副总理", "部长", "副部长", "司长", "局长", "书记", "省长",
                "市长", "院士", "教授", "董事长", "总经理", "代表", "先生", "女士", "大使", "总统", "首相")
CREDIT = r"(?:记者|通讯员|实习生|编辑|责任编辑|责编|文\s*[/／]\s*(?:记者|通讯员)?)"  # what opens a byline (kg.layout too)
BYLINE = re.compile(rf"{CREDIT}[\s：:]*({CJK}{{2,4}}(?:\s+{CJK}{{2,4}})*)|({CJK}{{2,4}})\s*摄")
INLINE_CREDIT = re.compile(rf"(?<=[（(])(?:本报|新华社|央视)?记者[\s：:]*({CJK}{{2,4}}(?:[\s、]+{CJK}{{2,4}})*)(?=[）)])")
JIEBA_MISTAGGED = frozenset("白皮书 蓝皮书 绿皮书 黄皮书 贺信 贺电".split())  # words jieba's dictionary tags nr
NOT_NAME_END = set("的了在和与是及等对为将把被从向也都就还又说省市县区部局司厅委会员们总氏并")


@functools.cache
def _title_re() -> re.Pattern:
    titles = sorted(lexicon.load().roles, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, titles)))


def _surname_len(name: str, surnames: frozenset[str]) -> int:
    if name[:2] in surnames:
        return 2
    return 1 if name[:1] in surnames else 0


def valid_name(name: str, surnames: frozenset[str] | None = None) -> bool:
    """A surname, then one or two given-name characters that are not function words.

    Example:
        >>> valid_name("王志军"), valid_name("徐阳推荐"), valid_name("智能化")
        (True, False, False)
    """
    surnames = lexicon.load().surnames if surnames is None else surnames
    size = _surname_len(name, surnames)
    given = name[size:]
    return size > 0 and 1 <= len(given) <= 2 and re.fullmatch(f"{CJK}+", name) is not None \
        and given[-1] not in NOT_NAME_END and name not in lexicon.load().names and name not in JIEBA_MISTAGGED \
        and not name.startswith("谢谢")  # 谢谢李部长: thanks, then Minister Li (jieba tags 谢谢 a name)


def given_name(name: str) -> str:
    """The characters after the surname (泽民 in 江泽民), or "" with no surname we know."""
    size = _surname_len(name, lexicon.load().surnames)
    return name[size:] if size else ""


NAME_CLOSERS = ("）", ")", "，", "、", "。", "；")  # right after a name a title introduced


def _common(word: str) -> bool:
    from kg.ner import common_word  # kg.ner imports this module

    return common_word(word)


def _words_fit(start: int, end: int, tokens: tuple[Token, ...], after_title: bool = False, text: str = "") -> bool:
    """jieba agrees it is a name: its span is whole tokens, none a common word of two or more
    characters. After a post title, a name jieba takes for a place too (首席统计师江源), and one
    whose last character jieba glued to the act that follows in `text` (张国 清率, 张升 民主 持)."""
    inner = [t for t in tokens if start <= t.start < end]
    if after_title and inner and inner[-1].end > end and (text.startswith(ACTS_AFTER_NAME, end) or _conjunction_glued(text, end)):
        if len(inner) == 1 and inner[0].start == start and inner[0].pos.startswith("nr"):
            return True  # 会长丁仲礼作报告: jieba's one name-and-act word
        inner = inner[:-1]  # the name's last character is checked with the rules, not by jieba
    elif not inner or inner[-1].end != end:
        return False
    if not inner or inner[0].start != start:
        return False
    tags = ("x", "eng", "nz", "ng", "ns") if after_title else ("x", "eng", "nz", "ng")
    closed = text[end:end + 1] in NAME_CLOSERS or text.startswith(SPEAKS, end) \
        or end - start == 3 and text.startswith(AFTER_NAME, end)
    if after_title and closed and len(inner) == 1 and not _common(inner[0].text):
        return True  # 记者马力）, 策划经理舒畅，, 副代表凌激介绍, 省委书记信长星在: a title, a word rare enough, then punctuation or speech (not 总统任期。)
    if after_title and closed and len(inner) == 2 and len(inner[0].text) == 1 and not _common(inner[1].text):
        return True  # 副局长万|劲松，: the surname jieba read as a number, then a given name rare enough
    if after_title and closed and len(inner) == 2 and len(inner[1].text) == 1 and not _common(inner[0].text):
        return True  # 部长黄润|秋介绍: a rare word of the surname and a character, then the last one
    return all(len(t.text) == 1 or t.pos.startswith("nr") or t.pos in tags
               or after_title and t.pos == "b" and not _common(t.text) for t in inner)  # 主任单立|坡: a rare word jieba made


def glued_conjunction(word: str) -> bool:
    """jieba made one rare word of a name's last character and the 和 after it (梁言|顺和|自治区政府主席
    张雨浦: 梁言顺 and …); 温和, 平和 are words."""
    from kg.ner import COMMON_WORD_FREQUENCY, word_frequency  # kg.ner imports this module

    return len(word) == 2 and word[1] in ("和", "与") and word_frequency(word) < COMMON_WORD_FREQUENCY


def _conjunction_glued(text: str, end: int) -> bool:
    """The name ending at `end` lost its last character to the 和 or 等 after it: 梁言|顺和,
    主任黄楚|平等|出席 (平等 is a word, but no adjective follows a name that a title introduced)."""
    return end > 0 and (glued_conjunction(text[end - 1:end + 1]) or text[end:end + 1] == "等")


def _name_after(text: str, pos: int, surnames: frozenset[str], bounds: set[int]) -> str:
    """The name that starts at `pos` (right after a title), 2 to 4 characters, ending on a token boundary."""
    for size in (3, 2, 4):
        name = text[pos:pos + size]
        rest = text[pos + size:pos + size + 2]
        ends_well = (not rest or not re.match(CJK, rest[0]) or rest.startswith(AFTER_NAME)) and rest[:1] not in "·•‧・-"
        on_boundary = pos + size in bounds or size == 3 and rest.startswith(ACTS_AFTER_NAME) \
            or size < 4 and _conjunction_glued(text, pos + size)  # 张国 清率: 张国清 率…; 张 立等: 张立 等…
        if len(name) == size and valid_name(name, surnames) and ends_well and on_boundary \
                and not (size == 3 and glued_last(text, pos + size)):
            return name
    return ""


def glued_last(text: str, end: int) -> bool:
    """The last character of a three-character name is a word of the clause glued to a
    two-character name: 李希于9月 (on), 应勇作的报告, 穆虹作宣讲报告 (made), 李希送的花圈 (sent)."""
    last = text[end - 1:end]
    return last == "于" or last == "作" and text.startswith(MADE_AFTER_NAME, end) or last == "送" and text.startswith(SENT_AFTER_NAME, end)


SENT_AFTER_NAME = ("的", "来", "去", "了")  # 李希送的花圈


MADE_AFTER_NAME = ("的", "了", "出", "报", "讲", "发言", "说明", "介绍", "交流", "汇报", "总结", "动员", "部署", "主旨", "专题",
                   "辅导", "点评", "解读", "批示", "指示", "宣讲", "题为")  # 刘俏作讲解, 应勇作的报告: 作 makes what follows


def _name_before(text: str, end: int, surnames: frozenset[str]) -> str:
    """The name that ends at `end` (right before 委员, 同志 …), 2 to 4 characters."""
    for size in (3, 2, 4):
        start = end - size
        if start >= 0 and valid_name(text[start:end], surnames):
            left = text[start - 1:start] if start else ""
            if size == 2 and left and re.match(CJK, left) and valid_name(left + text[start:end], surnames):
                continue
            return text[start:end]
    return ""


SPACED_NAME_LINE_END = re.compile(rf"[ \t　]+({CJK}{{2,4}})[ \t　]*(?=[：:]?[ \t　]*(?:\n|$))")  # 工业和信息化部部长 金壮龙 (a list of who
# speaks), 新闻发言人 寿小丽： (who speaks next)


@functools.cache
def _surnames_after_titles() -> frozenset[str]:
    """Every surname a title vouches for, the rare ones too (信长星): built once, not per document."""
    return lexicon.load().surnames | lexicon.load().title_surnames


def _by_titles(text: str, surnames, bounds: set[int]) -> Iterator[tuple[int, str, str]]:
    after_titles = _surnames_after_titles()
    for match in _title_re().finditer(text):
        name = _name_after(text, match.end(), after_titles, bounds)
        spaced = SPACED_NAME_LINE_END.match(text, match.end()) if not name else None
        if name:
            yield match.end(), name, "after-title"
            yield from _listed_after(text, match.end() + len(name), after_titles, bounds)
        elif spaced and (valid_name(spaced.group(1), surnames) or not _common(spaced.group(1))):
            yield spaced.start(1), spaced.group(1), "after-title"  # its own word at a line's end: a name the list gives
    for title in BEFORE_TITLE:
        for at in occurrences(text, title):
            if text[at - 1:at] == "兼":
                continue  # 王储兼首相: the second of two posts, no name before it
            name = _name_before(text, at, surnames)
            name = "" if name in lexicon.load().roles else name  # 顾问委员会委员: a post before the title, no name
            if len(name) == 3 and name[-1] == name[0] and title in ("女士", "先生"):
                yield at - 3, name[:2], "before-title"  # 孙晶孙女士: the name, then Ms Sun
            elif name:
                yield at - len(name), name, "before-title"


LISTED_NAME = re.compile(rf"({CJK}{{2,6}}·{CJK}{{2,6}}|{CJK}{{2,4}})(?=、|等|出席|参加|列席|和{CJK}|，|。)")  # 洛桑江村, 雪克来提·扎克尔


def _listed_after(text: str, pos: int, surnames: frozenset[str], bounds: set[int]) -> Iterator[tuple[int, str, str]]:
    """The names listed after the first one a title introduced (副委员长李鸿忠、王东明、…、铁凝、洛桑江村、
    雪克来提·扎克尔出席): each a Chinese name, or a name of another people, no word, body or post."""
    lex = lexicon.load()
    while text[pos:pos + 1] == "、":
        pos += 1
        name = _name_after(text, pos, surnames, bounds)
        rule = "after-title"
        if not name:
            listed = LISTED_NAME.match(text, pos)
            item = listed.group(1) if listed else ""
            if not item or item in lex.names or item in lex.roles or _title_re().search(item) or _common(item) \
                    or item[-1] in NOT_NAME_END or not (pos + len(item) in bounds or "·" in item):
                return
            name, rule = item, "listed"
        yield pos, name, rule
        pos += len(name)


# What follows a foreign official's name: a date, a verb of speech or diplomacy, a preposition, an
# adverb or punctuation. Such names are split anywhere by jieba, so their end is found by what follows.
# 以及, 成为, 作为, 行为 are listed whole so that 及 and 为 (阿巴斯及巴方, 塞西为大…揭幕) cut no name before them.
AFTER_FOREIGN_NAME = ("表示", "说", "称", "指出", "强调", "认为", "宣布", "警告", "回应", "当天", "今天", "当晚", "日前", "近日",
                      "此前", "随后", "今年", "在", "于", "与", "同", "和", "对", "向", "的", "将", "也", "已", "等", "就", "互",
                      "致", "赴", "会见", "会谈", "会晤", "举行", "访问", "访华", "出席", "发表", "通电话", "通话", "抵达", "前往",
                      "邀请", "主持", "夫妇", "祝贺", "贺信", "阁下", "之子", "通报", "上月", "时", "亦", "并", "有", "后", "会面",
                      "独家", "到", "代表", "接受", "会", "共同", "率", "此", "及", "以及", "为", "成为", "作为", "行为", "愿", "希望", "呼吁", "要求",
                      "宣誓", "当选", "连任", "无权", "无意", "无法", "不会", "没有", "均")
FOREIGN_NAME_END = "(?=\\d|[一二三四五六七八九十]+日|" + "|".join(sorted(AFTER_FOREIGN_NAME, key=len, reverse=True)) + "|[，。、：；（“])"
MAX_FOREIGN_NAME = 6  # characters, unless its parts are joined by · or -
HOME_UNITS = re.compile("[乡村镇县]")  # in the words between a country and a title: a Chinese place after all
FOREIGN_BODY_HEADS = ("部", "省", "局", "署", "委员会", "议会", "国会", "军方", "政府", "内阁", "央行", "办公室", "办公厅", "司令部", "党", "军")
CLAUSE_WORD = 1000  # a two-character word this frequent inside the run belongs to the clause (高度, 签署, 今天)
COMMON_NAME_WORD = 50  # a dictionary word this frequent is a word (选举, 职务), unless it transliterates (普京)


COUNTRY_SHORT_FORMS = "俄美英德韩朝越泰"  # one character that names the country before its body or post (not 加, 巴, 法, 日: words)
SHORT_FORM_AFTER = "据称由与同和及的在"  # what may stand right before it (中俄外长: a pair, no country of its own)
STATE_FORMS = ("联邦共和国", "共和国", "王国", "联邦")  # 南非共和国总统拉马福萨: after a country, its full name


@functools.cache
def _foreign_title_re(by_short_form: bool = False) -> re.Pattern:
    """A foreign country, maybe one of its bodies, a post title, then a name (伊朗外长阿拉格齐3日表示,
    美国中央司令部司令库里拉会在…); or the country's one-character form (俄外交部发言人扎哈罗娃: what stands
    before it is checked apart, a look-behind here would cost the scan its speed)."""
    countries = f"[{COUNTRY_SHORT_FORMS}]" if by_short_form else "|".join(map(re.escape, lexicon.load().foreign_countries))
    titles, bodies = _title_re().pattern, "|".join(FOREIGN_BODY_HEADS)
    return re.compile(f"(?:{countries})(?:{'|'.join(STATE_FORMS)})?((?:[\\u4e00-\\u9fff]{{0,10}}?(?:{bodies}))?)({titles})([\\u4e00-\\u9fff·-]{{2,16}}?)"
                      f"{FOREIGN_NAME_END}")


def after_post_titles(text: str, start: int, end: int, lead: int | None = None) -> int:
    """Where the name in text[start:end] begins: after the last post title in it (发言人莱克,
    副总理兼外长侯赛因), or only one opening within `lead` characters of the start (新闻秘书佩斯科夫),
    leaving at least two characters."""
    roles = lexicon.load().roles
    opens_before = end if lead is None else start + lead
    for k in range(end - 2, start, -1):
        if any(text[i:k] in roles for i in range(start, min(opens_before, k - 1))):
            return k
    return start


CLAUSE_TAGS = ("v", "vn", "vd", "d", "p", "c", "t", "m", "a", "ad", "i", "l")  # a word of the clause, not of a name


def _by_foreign_titles(text: str, tokens: tuple[Token, ...]) -> Iterator[tuple[int, str, str]]:
    """Foreign officials after their country and title: the Chinese name rules (a surname first)
    do not fit their transliterated names. The name ends before a word of the clause jieba sees
    whole in it (卢拉 祝贺 中国, 朔尔茨 立即) and is no common word itself (总统 选举, 总统 表示)."""
    from kg.ner import looks_foreign, word_frequency

    names = lexicon.load().names
    starts = {tok.start for tok in tokens}
    short_forms = (m for m in _foreign_title_re(True).finditer(text)
                   if not m.start() or not re.match(CJK, text[m.start() - 1]) or text[m.start() - 1] in SHORT_FORM_AFTER)
    for match in itertools.chain(_foreign_title_re().finditer(text), short_forms):
        body, title = match.group(1), match.group(2)
        by_short_form = match.start(1) - match.start() == 1 and match.start() in starts  # 俄外交部: one word to jieba
        if match.start(3) not in starts or match.start(1) not in starts and not by_short_form or HOME_UNITS.search(body):
            continue  # the title is part of a longer word (驻华大使馆); 黑山科乡小台子村: a village, not Montenegro
        start, end = after_post_titles(text, match.start(3), match.end(3), lead=3), match.end(3)  # 总统新闻秘书佩斯科夫
        if word_frequency(text[start:start + 2]) >= CLAUSE_WORD or word_frequency(title[-2:] + text[start]) > 0:
            continue  # 印尼总统签署后生效: a verb, no name; 驻华大使馆: the title was part of a word
        end = next((i for i in range(start + 1, end - 1) if word_frequency(text[i:i + 2]) >= CLAUSE_WORD), end)
        k = bisect.bisect_left(tokens, start, key=lambda tok: tok.start)
        while k < len(tokens) and tokens[k].end <= end:
            if tokens[k].start - start >= 2 and len(tokens[k].text) >= 2 and tokens[k].pos in CLAUSE_TAGS \
                    and word_frequency(tokens[k].text) >= COMMON_NAME_WORD:  # not 翁赛|维索 (v, rare): the name's own syllables
                end = tokens[k].start
                break
            k += 1
        end = end_before_a_linking_word(next((t for t in tokens[k:k + 2] if t.start < end < t.end), None), start, end)
        name = text[start:end]
        joined = "·" in name or "-" in name
        common = word_frequency(name) >= COMMON_NAME_WORD and not looks_foreign(name)
        known = name in names or name in lexicon.load().roles
        if len(name) >= 2 and not known and name[0] not in "·-兼" and not name.startswith(AFTER_FOREIGN_NAME) \
                and not common and (len(name) <= MAX_FOREIGN_NAME or joined):
            yield start, name, "after-foreign-title"


def end_before_a_linking_word(straddling: Token | None, start: int, end: int) -> int:
    """Where a name ends that runs into a preposition or conjunction jieba read whole (内塔尼亚胡关|于):
    before that word, `straddling` being the token across the name's end."""
    from kg.ner import word_frequency  # kg.ner imports this module

    if straddling is not None and straddling.pos in ("p", "c") and straddling.start - start >= 2 \
            and word_frequency(straddling.text) >= CLAUSE_WORD:
        return straddling.start
    return end


ADDRESSED_WITH = r"等(?:[\d一二三四五六七八九十]+位)?"  # 李明等5位代表, 李明等代表: the first of several addressees
# 周立新代表：, 李明等5位代表： (a reply's addressees, the first named)
SALUTATION = re.compile(rf"^[ \t　]*({CJK}{{2,4}}?)(?:{ADDRESSED_WITH})?(?:代表|委员|同志|先生|女士)[：:][ \t　]*$", re.M)


def _by_layout(doc: Doc) -> Iterator[tuple[int, str, str]]:
    text = doc.document.text
    surnames = lexicon.load().surnames
    for match in SALUTATION.finditer(text):
        if valid_name(match.group(1), surnames):
            yield match.start(1), match.group(1), "salutation"
    for sent in doc.sentences:
        if sent.part == "answer" and sent.speaker:
            found = text.find(sent.speaker, sent.start, sent.end)
            if found >= 0:
                yield found, sent.speaker, "speaker"
        credits = BYLINE.finditer(text, sent.start, sent.end) if sent.part == "byline" else \
            INLINE_CREDIT.finditer(text, sent.start, sent.end) if "记者" in text[sent.start:sent.end] else ()
        for match in credits:  # 深圳10月31日电（记者 黄海）: a credit in brackets inside the dateline
            for name in re.split(r"[\s、]+", next(g for g in match.groups() if g)):
                if name in BYLINE_WORDS:
                    continue  # 记者 王小明 摄影 李四: the second credit's word, no name
                yield text.find(name, match.start(), match.end()), name, "byline"


SPEECH = ("说", "表示", "介绍", "指出", "认为", "强调", "透露", "告诉", "坦言", "建议")
SPEECH_WORDS = re.compile("|".join(sorted(SPEECH, key=len, reverse=True)))
CLAUSE_OPENING = set("，。；：！？“\n ")


def _by_speech(text: str, tokens: tuple[Token, ...], surnames: frozenset[str]) -> Iterator[tuple[int, str, str]]:
    """宣家鑫说，…: a three-character word jieba takes for a name, a valid Chinese name, opening its
    clause and saying something."""
    from kg.ner import PLACE_ENDINGS  # 张家港 is tagged nr too

    for said in SPEECH_WORDS.finditer(text, 3):
        k = bisect.bisect_left(tokens, said.start(), key=lambda tok: tok.end)  # the word before the verb
        tok = tokens[k] if k < len(tokens) else None
        if tok is not None and tok.end == said.start() and k + 1 < len(tokens) and tokens[k + 1].text == said.group() \
                and len(tok.text) == 3 and tok.pos == "nr" and tok.text[-1] not in PLACE_ENDINGS \
                and (tok.start == 0 or text[tok.start - 1] in CLAUSE_OPENING) and valid_name(tok.text, surnames):
            yield tok.start, tok.text, "speaks"


APPOINTMENT = re.compile(rf"(?:任命|提名|免去)({CJK}{{2,4}}?)(?:为|的)")  # 任命张云明为…副部长, 免去徐晓兰的…职务


def _by_appointment(text: str, surnames: frozenset[str]) -> Iterator[tuple[int, str, str]]:
    """The name a notice of appointment appoints or removes."""
    for match in APPOINTMENT.finditer(text):
        if valid_name(match.group(1), surnames):
            yield match.start(1), match.group(1), "appointed"


def find_persons(doc: Doc) -> list[Mention]:
    """Every mention of a vouched-for name in the document."""
    text = doc.document.text
    surnames = lexicon.load().surnames
    bounds, starts = {tok.end for tok in doc.tokens} | {len(text)}, {tok.start for tok in doc.tokens}
    found = [*_by_titles(text, surnames, bounds), *_by_layout(doc), *_by_speech(text, doc.tokens, surnames),
             *_by_foreign_titles(text, doc.tokens), *_by_appointment(text, surnames)]
    found = [(s, name, rule) for s, name, rule in found
             if rule in ("speaker", "byline", "salutation", "appointed", "listed") or _words_fit(s, s + len(name), doc.tokens, rule == "after-title", text)
             or rule == "after-foreign-title" and s in starts]  # 普京 (a place to jieba), 库里拉 会在 (拉会 one word)
    rules = {}
    for _, name, rule in sorted(found):
        rules.setdefault(name, rule)
    mentions = []
    for name, rule in sorted(rules.items()):
        for at in occurrences(text, name):
            mentions.append(Mention(at, at + len(name), name, Label.PERSON, name, rule))
    return mentions
