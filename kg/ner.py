"""A statistical recogniser for names the rules cannot vouch for: a character-level CRF.

Rules find names that the layout or a post title vouches for; news also names people,
bodies and posts with no such cue (皮萨罗认为…, 美国陆军…, 研究部主任…). A linear-chain CRF
(CRFsuite) over characters, with jieba's word boundaries and tags and the lexicon as features,
tags them. It is trained by `python -m kg.train_ner` on labelled sentences (CLUENER2020, kept
outside the repository); only the learned weights ship, in `kg/models/`. Tagging reads those
weights into arrays and decodes whole documents at once (`kg/crf.py`).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np

from kg import crf, lexicon
from kg.patterns import BODIES_COUNT, BODY_GROUPS, KINDS_OF_CITY, KINDS_OF_FIRMS, STOP, verb_glued_to_a_country
from kg.persons import AFTER_FOREIGN_NAME, AFTER_NAME, JIEBA_MISTAGGED, STATE_FORMS, given_name, valid_name
from kg.types import Label, Mention, Token

__all__ = ["DEPARTMENT_HEAD_CHARACTERS", "features", "crf_mentions", "plausible_learned", "opens_with_a_count", "looks_foreign", "word_frequency", "common_word", "MODEL", "LABELS"]

MODEL = Path(__file__).resolve().parent / "models" / "ner.crfsuite"
SUFFIXES = {
    Label.GOV: ("部", "委", "局", "厅", "署", "办", "院", "会", "政府", "军", "队", "组", "处", "所", "中心", "法院", "检察院",
                "使馆", "领事馆", "机关", "警方", "当局", "议会", "内阁", "大使馆", "自卫队", "公署", "站", "科", "政协", "人大"),
    Label.ORG: ("会", "院", "所", "队", "大学", "学院", "学校", "中学", "小学", "中心", "协会", "联盟", "俱乐部", "组织", "基金",
                "基金会", "报", "社", "台", "网", "馆", "团", "党", "医院", "实验室", "学会", "论坛", "委员会", "联合会"),
    Label.COMPANY: ("公司", "集团", "银行", "证券", "基金", "保险", "控股", "股份", "科技", "电子", "地产", "置业", "汽车", "航空",
                    "传媒", "影业", "网络", "通信", "电信", "移动", "联通", "能源", "石油", "石化", "电气", "电器", "钢铁", "药业",
                    "制药", "实业", "投资", "信托", "资本", "物流", "快递", "酒店", "超市", "百货", "商场", "精密", "软件"),
}
CLAUSE_POS = ("c", "uj", "v", "p")  # no organisation's name holds a conjunction, a verb or a preposition
DEPARTMENT_HEAD_CHARACTERS = "司局处厅室科"  # the one-character head words of a ministry's departments and their offices
ACTS_TAGGED_AS_NOUNS = frozenset("会见 部署".split())  # jieba tags them n; no body is named with them
JOINING = ("与",)  # but it may join two fields: 美国移民与海关执法局
COMMON_POS = frozenset("n vn v a ad d an l i b c p u r m q f t uj ul vd z s".split())
PROPER_POS = frozenset("ns nz nr nrt nrfg eng j nt".split())
GENERIC_START = ("省", "市", "县", "区", "地方", "有关", "相关", "各级", "各", "该", "本", "我", "其", "新", "主", "人才", "某", "大型", "股份制",
                 "代表", "优化", "深化", "充分", "发挥", "大力", "中心服务")  # 代表玻利维亚政府, 优化政府, 大力发展…: the clause's words
# One-character short forms of countries in pairs (中吉, 俄白, 哈中), sides (非方, 卢方) and their media (俄媒)
COUNTRY_CHARS = "美俄日韩朝英法德意西葡荷比瑞挪芬丹冰波捷匈奥希土伊以埃沙叙约黎阿印巴孟斯尼缅泰越老柬马新菲澳加墨古委哥秘智乌哈吉塔蒙白摩非欧卢塞克肯"
SIDES = re.compile(rf"中[{COUNTRY_CHARS}]{{1,3}}|[{COUNTRY_CHARS}]中|俄[{COUNTRY_CHARS}]|[中{COUNTRY_CHARS}][方媒]")  # 中老泰(班列): three
GEOGRAPHIC_ENDINGS = frozenset("省市县区州江河湖山岛湾峡")  # a headless firm named only by places ending so is a place
FOREIGN_PLACE_ENDINGS = ("格勒", "夫斯克", "茨克", "尔斯克", "良斯克", "昌斯克", "扬斯克", "曼斯克", "明斯克", "夫卡")
# -grad, -ovsk, -tsk, -sk and -ovka: cities and villages; names end -ovsky (夫斯基), 马斯克 and 布鲁斯克 stay
PLACE_ENDINGS = frozenset("馆湖园寺庙站港厂场院村镇乡县市省区街楼宫殿岛湾峡渠坝州巷段")  # 陈列馆, 查干湖: never a name's end
COMMON_WORD_FREQUENCY = 50  # above this, a dictionary word is a word, whatever the model says
GENERIC_PREFIX_FREQUENCY = 1000  # 商业, 保险, 航空: words common enough to name a kind, not a company
NAME_CONFIDENCE = 0.5  # a name the model is less sure of than a coin toss is dropped
NAME_THRESHOLD = 0.3
LABELS = {"PER": Label.PERSON, "GOV": Label.GOV, "ROLE": Label.ROLE, "ORG": Label.ORG, "COM": Label.COMPANY}


def _kind(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    return "P" if not ch.isspace() else "S"


@functools.cache
def _lexicon_sets() -> tuple[frozenset, frozenset, dict]:
    lex = lexicon.load()
    return lex.surnames, frozenset(lex.roles), {k: v[0].value for k, v in lex.names.items()}


@functools.lru_cache(maxsize=200_000)
def _known(word: str) -> bool:
    """Whether jieba's dictionary has the word: names are mostly words it does not know."""
    from kg.segment import tokenizer

    return len(word) > 1 and bool(tokenizer().has_word(word))


@functools.cache
def _dictionary() -> dict[str, str]:
    """jieba's dictionary: word → frequency, as written (its POS tags are unreliable: 幸福感 is
    tagged nr). 350,000 lines: the numbers are parsed when looked up, not all at load."""
    import jieba

    text = (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8")
    return {word: freq for word, freq, *_ in (line.split(" ", 2) for line in text.splitlines() if " " in line)}


PROVINCE_SHORT = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇云陕秦甘陇青宁新藏蒙桂港澳台")
TRANSLITERATION = frozenset("斯尔克特巴德拉马尼罗里亚奥布森姆逊恩格勒伊卡维莫娜丽莎杰基丹诺汉西戈蒂菲普雷萨索茨瓦沃赫兹")
FOREIGN_NAME_CHARS = TRANSLITERATION | frozenset("夫奇维耶娃科乔契季诺利")  # -ov, -ić, -eva: common in names, rarer in words


def looks_foreign(text: str) -> bool:
    """Latin letters, a · between names, or mostly the characters that transliterate foreign names."""
    if "·" in text or all(ch.isascii() and (ch.isalpha() or ch in " .-") for ch in text):
        return True
    return sum(ch in TRANSLITERATION for ch in text) * 2 >= len(text)


def word_frequency(word: str) -> int:
    return int(_dictionary().get(word, 0))


def common_word(word: str) -> bool:
    """A dictionary word common enough to be a word, never a name on its own (商业, 保险, 任期)."""
    return word_frequency(word) >= GENERIC_PREFIX_FREQUENCY


COMPOUND_PART_FREQUENCY = 200  # both halves this frequent: common words, not the syllables of a foreign name


def _compound_of_words(text: str) -> bool:
    """Two common dictionary words side by side (农村 居民, 巨大 成功), unlike a transliterated name
    whose halves are rare (久加 诺夫, 鸠山 由纪夫)."""
    return len(text) >= 4 and any(word_frequency(text[:cut]) >= COMPOUND_PART_FREQUENCY
                                  and word_frequency(text[cut:]) >= COMPOUND_PART_FREQUENCY for cut in range(2, len(text) - 1))


CHAR_TEMPLATES = (("c", 0, 1), ("c-1", -1, 1), ("c+1", 1, 1), ("c-2", -2, 1), ("c+2", 2, 1),
                  ("b-1", -1, 2), ("b+1", 0, 2), ("t", -1, 3))  # name, offset, width over "^^" + text + "$$"
WHERE = "BMES"  # first, middle, last character of a word; a one-character word


def _word_attributes(word: str, pos: str) -> list[list[str]]:
    """The attributes a character takes from the word it is in, for each place it can have in
    that word (WHERE: first, middle, last, alone)."""
    _, roles, names = _lexicon_sets()
    size, known, label = str(min(len(word), 5)), "known=" + str(_known(word)), names.get(word)
    places = []
    for where in WHERE:
        out = ["wp=" + where + pos, "wl=" + size + where, "w=" + word + where, known + where]
        if word in roles:
            out.append("inrole" + where)
        if label:
            out.append("lex=" + label + where)
        places.append(out)
    return places


def _where(i: int, tok: Token) -> str:
    return "S" if tok.end - tok.start == 1 else "B" if i == tok.start else "E" if i == tok.end - 1 else "M"


def features(text: str, tokens: list[Token]) -> list[list[str]]:
    """One attribute list per character of `text`: characters around it, the jieba word it is in
    (with its tag and neighbours), and what the lexicon says of that word. This is what the model
    is trained on; `_Featurizer.rows` computes the same attributes as integers for tagging."""
    surnames, roles, _ = _lexicon_sets()
    index_at = [0] * len(text)
    for k, tok in enumerate(tokens):
        for i in range(tok.start, tok.end):
            index_at[i] = k
    padded = "^^" + text + "$$"
    out = []
    for i, ch in enumerate(text):
        k = index_at[i]
        tok = tokens[k]
        prev_word = tokens[k - 1].text if k else "^"
        next_word = tokens[k + 1].text if k + 1 < len(tokens) else "$"
        p = i + 2
        feats = [name + "=" + padded[p + offset:p + offset + width] for name, offset, width in CHAR_TEMPLATES]
        feats += ["k=" + _kind(ch), *_word_attributes(tok.text, tok.pos)[WHERE.index(_where(i, tok))],
                  "w-1=" + prev_word, "w+1=" + next_word, "we=" + tok.text[-1], "wb=" + tok.text[0],
                  "w-2=" + (tokens[k - 2].text if k > 1 else "^"),
                  "w+2=" + (tokens[k + 2].text if k + 2 < len(tokens) else "$")]
        if ch in surnames:
            feats.append("sur")
        if next_word in roles:
            feats.append("nextrole")
        if prev_word in roles:
            feats.append("prevrole")
        out.append(feats)
    return out


class _Featurizer:
    """`features` as integer rows of the model's weight matrix, computed with array operations.

    Character attributes are looked up by code point (pairs and triples packed into one integer)
    in sorted tables; word attributes once per distinct (word, tag) and then gathered."""

    def __init__(self, model: crf.ChainModel) -> None:
        self.model = model
        surnames, roles, _ = _lexicon_sets()
        self.roles = roles
        self.widths = self._char_tables()
        kinds = "HDLPS"
        self.kind_rows = np.array([model.row("k=" + kind) for kind in kinds], np.int32)
        self.kind_of = np.array([kinds.index(_kind(chr(c))) for c in range(0x10000)], np.int8)  # the BMP
        self.surname = np.zeros(0x10000, bool)
        self.surname[[ord(s) for s in surnames if len(s) == 1 and ord(s) < 0x10000]] = True
        self.sur_row = model.row("sur")
        self.role_rows = np.array([model.row("nextrole"), model.row("prevrole")], np.int32)
        self.types: dict[tuple[str, str], int] = {}
        self.where_rows = np.zeros((1024, 4, 6), np.int32)  # per word type: 4 places × its 6 word attributes
        self.context_rows = np.zeros((1024, 7), np.int32)  # per word type: as w-1, w+1, w-2, w+2; we, wb; a role

    def _char_tables(self) -> dict[int, tuple[np.ndarray, np.ndarray, dict[str, int]]]:
        """Per n-gram width: the packed n-grams the model knows (sorted), their rows for each
        template of that width (a last row of `missing` for unknown n-grams), and the templates' columns."""
        columns: dict[int, dict[str, int]] = {}
        for name, _, width in CHAR_TEMPLATES:
            columns.setdefault(width, {})[name] = len(columns.get(width, {}))
        found: dict[int, dict[int, list[int]]] = {width: {} for width in columns}
        for attribute, row in self.model.attributes.items():
            name, _, value = attribute.partition("=")
            width = len(value)
            if name in columns.get(width, ()):
                rows = found[width].setdefault(_pack([ord(ch) for ch in value]), [self.model.missing] * len(columns[width]))
                rows[columns[width][name]] = row
        tables = {}
        for width, by_key in found.items():
            keys = sorted(by_key)
            rows = [by_key[k] for k in keys] + [[self.model.missing] * len(columns[width])]
            tables[width] = (np.array(keys, np.int64), np.array(rows, np.int32), columns[width])
        return tables

    def _ngram_rows(self, codes: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
        """For each position of `codes`, the index of the n-gram starting there in the width's table."""
        keys, rows, _ = self.widths[width]
        packed = _pack([codes[j:len(codes) - width + 1 + j] for j in range(width)])
        at = np.minimum(np.searchsorted(keys, packed), len(keys) - 1)
        return np.where(keys[at] == packed, at, len(keys)), rows

    def _type(self, word: str, pos: str) -> int:
        key = (word, pos)
        number = self.types.get(key)
        if number is None:
            get, missing, number = self.model.attributes.get, self.model.missing, len(self.types)
            if number == len(self.context_rows):
                self.where_rows = np.concatenate([self.where_rows, np.zeros_like(self.where_rows)])
                self.context_rows = np.concatenate([self.context_rows, np.zeros_like(self.context_rows)])
            places = [[get(a, missing) for a in attributes] for attributes in _word_attributes(word, pos)]
            self.where_rows[number] = [rows + [missing] * (6 - len(rows)) for rows in places]
            self.context_rows[number] = [get("w-1=" + word, missing), get("w+1=" + word, missing),
                                         get("w-2=" + word, missing), get("w+2=" + word, missing),
                                         get("we=" + word[-1], missing), get("wb=" + word[0], missing),
                                         int(word in self.roles)]
            self.types[key] = number
        return number

    def rows(self, paragraphs: list[tuple[str, list[Token]]]) -> np.ndarray:
        """(characters, attributes) rows for the paragraphs, one after the other."""
        columns = self._character_columns([text for text, _ in paragraphs])
        columns += self._word_columns([toks for _, toks in paragraphs], len(columns[0]))
        return np.column_stack(columns).astype(np.int32)

    def _character_columns(self, texts: list[str]) -> list[np.ndarray]:
        """The n-grams around each character, its kind, whether it is a surname."""
        padded = "".join("^^" + text + "$$" for text in texts)
        codes = np.frombuffer(padded.encode("utf-32-le"), np.uint32).astype(np.int64)
        starts = np.cumsum([0] + [len(text) + 4 for text in texts])[:-1] + 2
        at = np.concatenate([np.arange(s, s + len(text)) for s, text in zip(starts, texts)])
        found = {width: self._ngram_rows(codes, width) for width in self.widths}
        columns = []
        for name, offset, width in CHAR_TEMPLATES:
            index, rows = found[width]
            columns.append(rows[index[at + offset], self.widths[width][2][name]])
        chars = codes[at]
        bmp = np.minimum(chars, 0xFFFF)
        kind = self.kind_of[bmp]
        for i in np.flatnonzero(chars > 0xFFFF).tolist():  # rare: 𠮷
            kind[i] = "HDLPS".index(_kind(chr(chars[i])))
        columns.append(self.kind_rows[kind])
        columns.append(np.where((chars <= 0xFFFF) & self.surname[bmp], self.sur_row, self.model.missing))
        return columns

    def _word_columns(self, paragraphs: list[list[Token]], n_chars: int) -> list[np.ndarray]:
        """What each character takes from its word and the words around it (within its paragraph)."""
        model = self.model
        tokens = [tok for toks in paragraphs for tok in toks]
        known = self.types.get
        types = [known((tok.text, tok.pos), -1) for tok in tokens]
        types = np.array([k if k >= 0 else self._type(tok.text, tok.pos) for k, tok in zip(types, tokens)], np.int64)
        context = self.context_rows[types]
        paragraph_of = np.repeat(np.arange(len(paragraphs)), [len(toks) for toks in paragraphs])
        same_paragraph = paragraph_of[1:] == paragraph_of[:-1]  # token k and k + 1

        def shifted(column: int, by: int, edge: str) -> np.ndarray:
            values = np.full(len(tokens), model.row(edge), np.int32)
            if by > 0 and len(tokens) > by:
                same = paragraph_of[by:] == paragraph_of[:-by]
                values[by:] = np.where(same, context[:-by, column], values[by:])
            elif by < 0 and len(tokens) > -by:
                same = paragraph_of[:by] == paragraph_of[-by:]
                values[:by] = np.where(same, context[-by:, column], values[:by])
            return values

        columns = [shifted(0, 1, "w-1=^"), shifted(1, -1, "w+1=$"), context[:, 4], context[:, 5],
                   shifted(2, 2, "w-2=^"), shifted(3, -2, "w+2=$")]
        role = context[:, 6].astype(bool)
        next_role = np.zeros(len(tokens), bool)
        prev_role = np.zeros(len(tokens), bool)
        next_role[:-1] = role[1:] & same_paragraph
        prev_role[1:] = role[:-1] & same_paragraph
        columns += [np.where(next_role, self.role_rows[0], model.missing),
                    np.where(prev_role, self.role_rows[1], model.missing)]
        sizes = np.fromiter((tok.end - tok.start for tok in tokens), np.int64, len(tokens))
        if sizes.sum() != n_chars:
            raise ValueError("the words do not cover the paragraphs")
        token_of = np.repeat(np.arange(len(tokens)), sizes)
        inside = np.arange(n_chars) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        size = sizes[token_of]
        place = np.where(size == 1, 3, np.where(inside == 0, 0, np.where(inside == size - 1, 2, 1)))
        return [self.where_rows[types[token_of], place]] + [c[token_of] for c in columns]


def _pack(codes: list) -> np.ndarray | int:
    """Code points of one to three characters as one integer (21 bits each)."""
    key = codes[0]
    for code in codes[1:]:
        key = (key << 21) | code
    return key


ACTS_AFTER_NAMES = frozenset(w for w in AFTER_NAME + AFTER_FOREIGN_NAME if len(w) >= 2)


# Latin acronyms of things and measures, never of a firm nor a person (APP及SDK存在侵害用户权益行为, 含LTE-Cat1)
TECH_TERMS = frozenset("APP SDK API GDP CPI PPI PMI CEO CFO CTO COO IPO ETF USB GPS LED LCD OLED CPU GPU NFT VPN WIFI "
                       "WLAN ICT IOT AIGC ESG LTE AI VR AR XR EV NEV OTA".split())


def _provinces_by_short_forms(text: str) -> bool:
    """川渝, 京津, 沪苏浙皖: provinces named by their one-character short forms, as one word."""
    return all(ch in PROVINCE_SHORT for ch in text)


def plausible_learned(mention: Mention, tokens: tuple[Token, ...] | list[Token]) -> bool:
    """Keep a CRF mention only when its form fits its class: a name's surname or a proper-noun
    token, a body's head word; never a common word alone (新格局, 主力军, 高端化)."""
    surnames, _, names = _lexicon_sets()
    text = mention.text
    inner = [t for t in tokens if t.start < mention.end and mention.start < t.end]
    if text in names or len(text) < 2 or not inner:
        return False
    common = all(t.pos in COMMON_POS for t in inner)
    if mention.label is Label.PERSON:  # jieba splits unknown names anywhere: only a common word is refused (not a
        # three-character name jieba's HMM made a word of and tagged as it liked: 周清来/t)
        whole_word = len(inner) == 1 and inner[0].start == mention.start and inner[0].end == mention.end
        hmm_name = len(text) == 3 and word_frequency(text) == 0 and valid_name(text, surnames)
        if (whole_word and common and not hmm_name) or SIDES.fullmatch(text) or text[-1] in PLACE_ENDINGS or text.upper() in TECH_TERMS \
                or text.endswith(STATE_FORMS) or text.endswith(FOREIGN_PLACE_ENDINGS):  # 贝宁共和国, 伏尔加格勒, 波克罗夫斯克
            return False
        if inner[0].start == mention.start and inner[0].text in ACTS_AFTER_NAMES:
            return False  # 习近平主席|贺信, 总书记|主持党…: what follows a name, not one
        if len(inner) == 1 and (inner[0].end > mention.end or inner[0].start < mention.start) and word_frequency(inner[0].text) > 0:
            return False  # 白皮(书), (易燃)易爆: a part of a word the dictionary knows whole
        if whole_word and not inner[0].pos.startswith(("nr", "ns")) and word_frequency(text) > 0 \
                and not valid_name(text, surnames) and not looks_foreign(text):
            return False  # 三文鱼, 诺言: a word the dictionary knows as no one's name
        if len(inner) > 1 and all(len(t.text) > 1 and t.pos in COMMON_POS for t in inner) and not valid_name(text, surnames):
            return False  # 党忠诚 (in 对党忠诚): every word it overlaps is a common one
        if _compound_of_words(text):
            return False  # 农村居民, 严格执行: the dictionary tags them nr, yet they are two common words
        if len(text) == 3 and common_word(text[:2]) and not valid_name(text, surnames):
            return False  # 成果展, 宣传周: a common word opens it, and no surname we know does
        if text.endswith("法") and not valid_name(text, surnames) and common_word(text[:-1]):
            return False  # 森林法, 草原法: a law named after its field
        if _provinces_by_short_forms(text) and not valid_name(text, surnames):
            return False  # 川渝, 京津, 粤港澳: provinces named by their one-character short forms
        if len(text) == 2 and text[0] in lexicon.load().country_short and text[0] not in surnames and text[1] in "副前":
            return False  # 俄副(外长), 美前(总统): a country's short form and how its official holds the post
        if len(text) == 4 and word_frequency(text[2:]) >= COMMON_WORD_FREQUENCY and not valid_name(text, surnames) \
                and not looks_foreign(text) and not any(ch in FOREIGN_NAME_CHARS for ch in text[2:]):  # (武切维奇, 斯迈洛夫 are names)
            return False  # 超强台风, 晓林大哥: a four-character "name" with no surname that ends in a word
        if text.endswith("长制"):
            return False  # 河长制, 林长制, 田长制: a system of chiefs, no one's name
        frequency = word_frequency(text)
        idiom = len(text) == 4 and frequency > 0 and not any(ch in TRANSLITERATION for ch in text)  # 严于律己 (安切洛蒂 is a name)
        return valid_name(text, surnames) or looks_foreign(text) or len(text) > 4 \
            or (frequency < COMMON_WORD_FREQUENCY and not idiom)  # five characters or more: 内塔尼亚胡
    if mention.label is Label.ROLE:
        return not text.endswith(BODY_HEADS_NOT_POSTS) and not text.endswith("级") and not re.search(r"[（()）]", text)  # 组织指导部: a
        # department, not a post; (正)局长级）: a rank, not a post
    if mention.label in (Label.GOV, Label.ORG, Label.COMPANY) and len(inner) > 1 and inner[0].start == mention.start \
            and inner[0].pos.startswith("v") and inner[0].text in STOP:
        return False  # 建设|县级电子商务公共服务中心: what is built, not a body's name
    if mention.label is Label.GOV and COUNT_OF_BODIES.search(text):
        return False  # 国家互联网信息办公室四部门: the bodies just listed, counted
    if mention.label is Label.GOV and (not _body_shaped(text, inner[-1].text, surnames) or text.endswith(("前政府", "原政府"))
                                       or KINDS_OF_GOVERNMENT.fullmatch(text) or text.startswith(KINDS_OF_CITY)
                                       or WHICHEVER_BODIES.search(text)):
        return False  # 意大利前政府(总理): a former premier, not a body; 直辖市人民政府, 直辖市通信管理局: kinds a notice is
        # addressed to; 国家有关部门: whichever bodies it concerns
    if mention.label in (Label.COMPANY, Label.ORG) and (SIDES.fullmatch(text.removesuffix("关系")) or _provinces_by_short_forms(text) or (
            mention.label is Label.COMPANY and len(text) == 3 and valid_name(text, surnames))):
        return False  # 中德, 中德关系: two countries; 沪苏浙皖: four provinces; 廖泽云: a person
    if mention.label in (Label.COMPANY, Label.ORG) and len(inner[0].text) > 1 and inner[0].pos == "d":
        return False  # 必须|充分发挥集团(校…): an adverb opens the clause, no name
    if mention.label in (Label.COMPANY, Label.ORG) and _set_phrase(text, inner):
        return False  # 深化改革, 保驾护航, 汇聚一堂: a four-character phrase of the dictionary names nobody
    if mention.label is Label.COMPANY and (any(COUNT_OF_A_KIND.fullmatch(t.text) for t in inner) or "等国" in text
                                           or any(q in text for q in "“”\"") or NOT_A_FIRM.search(text)):
        return False  # 美国两家航空公司, 六大商业银行: a count of a kind; 中国体育代表团, 军乐团: no firm
    opens_proper = text.startswith("新") and any(text[:size] in names for size in range(2, len(text)))  # 新浪网, 新加坡…
    placed_body = mention.label is Label.GOV and inner[0].pos in ("ns", "nt", "j") and text.endswith(SUFFIXES[Label.GOV])
    if (text.startswith(GENERIC_START) and not opens_proper) or (text.isascii() and len(text) < 3) \
            or text.upper() in TECH_TERMS \
            or any(_clause_word(inner, k, placed_body) for k in range(len(inner))):
        return False
    if _set_phrase_glued(inner, names) or any(verb_glued_to_a_country(t.text) for t in inner):
        return False  # 中国全国人大愿同斯国民议会: two bodies and what one does with the other
    if mention.label in (Label.COMPANY, Label.ORG) and len(inner) > 2 and all(t.pos in ("v", "vn") for t in inner[:2]):
        return False  # 培育|建设|国际消费中心(城市): two acts open a clause, not a name (建设银行 has one)
    suffix = next((s for s in SUFFIXES[mention.label] if text.endswith(s)), "")
    if suffix and ENDS_WITH_NO_HEAD.search(inner[-1].text):
        return False  # 邮政业服务经济社会, 政协机关干部, 共治新格局: 社会 ends with 会 but heads no body
    if suffix:  # 商业银行, 保险公司: a common word before the head word names a kind of body
        prefix = text[: -len(suffix)]
        generic = mention.label is not Label.GOV and common_word(prefix) \
            and not _place_word(prefix) or mention.label is Label.COMPANY and prefix.endswith(KINDS_OF_FIRMS)
        # 商业银行 is a kind, as are 国有企业集团, 央企集团; 北京银行, 重庆银行 are banks
        return (len(inner) > 1 or not common) and not generic
    # no head word: a body or company the model knows only by its name (浙商银行 has one; 万通地产 does not)
    proper = all(t.pos in PROPER_POS for t in inner)
    mistagged = len(inner) == 1 and inner[0].pos == "nr" and (_compound_of_words(text) or text in JIEBA_MISTAGGED)  # 农村居民, 白皮书
    placed = mention.label is not Label.GOV and all(t.pos == "ns" for t in inner) and (
        text[-1] in GEOGRAPHIC_ENDINGS or mention.label is Label.COMPANY and lexicon.label_of(inner[0].text) is Label.PLACE)
    # 荷台达省, 松花江; 湖北燕矶, 宁夏中卫: a place in a place, no firm (银联上海 is the firm's office)
    trailing = len(inner) > 1 and names.get(inner[0].text) == Label.GOV.value and all(t.pos in COMMON_POS for t in inner[1:]) \
        and not text.endswith((*DEPARTMENT_HEAD_CHARACTERS, "部门", "机构"))  # 国资委指导中央(企业): a body the lexicon
    # knows and common words of the clause after it (国家邮政局市场监管司 is its department, 文旅部门 the field's bodies)
    word = mention.label is Label.COMPANY and len(inner) == 1 and word_frequency(text) >= WORD_NOT_A_BRAND
    return ((mention.label is Label.GOV and not common) or proper) and not mistagged and not placed and not word \
        and not trailing


WORD_NOT_A_BRAND = 1000  # 雷达, 中医: a word this frequent, without a head, names no firm the lexicon does not know


KINDS_OF_GOVERNMENT = re.compile(rf"各?(?:{'|'.join(KINDS_OF_CITY)})(?:人民)?政府")
ACT_TAGS = ("v", "vn", "vd", "m")
COUNT_OF_A_KIND = re.compile(r"[\d一二两三四五六七八九十百千几多数]+[家个大批所]")  # 两家, 多家, 六大 (济南二机床 is a name)
COUNT_OF_BODIES = re.compile(BODIES_COUNT + BODY_GROUPS + "$")
WHICHEVER_BODIES = re.compile(r"(?:有关|相关)(?:部门|单位|机构|专门委员会)$")  # 国家有关部门, 全国人大有关专门委员会
NOT_A_FIRM = re.compile(r"(?<!集)团$|^党和")  # 代表团, 乐团, 艺术团 (集团 is a firm); 党和国家, 党和政府: the Party and the state


def _set_phrase(text: str, inner: list[Token]) -> bool:
    """One four-character word of the dictionary made of an act and its object or manner (深化 改革,
    保驾 护航, 大力 发展): a set phrase. 中国 银联, 国际 米兰, 利物浦 队 are names."""
    from kg.segment import whole_word_tag

    return len(text) == 4 and len(inner) == 1 and inner[0].text == text \
        and any(whole_word_tag(half) in ACT_TAGS for half in (text[:2], text[2:]))


NUMERALS = "0123456789０１２３４５６７８９一二两三四五六七八九十百千万"
COUNTING = "年月日名个位家国具"  # 14日美军, 3名黎政府军, 两国海军: the measure word of a number before the name


def opens_with_a_count(text: str, mention: Mention) -> bool:
    """The name's first character is the measure word of a number right before it (14日美军)."""
    return mention.label is not Label.PERSON and mention.text[0] in COUNTING and mention.start > 0 \
        and text[mention.start - 1] in NUMERALS


INSTITUTION_ACTS = frozenset("促进 服务 交流 合作 评估 认证 监测 检测 研究 推广 培训 指导 保障 协调 发展".split())
INSTITUTION_HEADS = ("中心", "研究院", "研究所", "委员会", "办公室")


def _clause_word(inner: list[Token], k: int, placed_body: bool) -> bool:
    """inner[k] is a word of the clause inside a learned name: a conjunction, a preposition, a verb.
    But 与 joins two fields (美国移民与海关执法局), and a body named after its place may hold 驻 (中国驻
    南非大使馆) or a verb right before a one-character head (日本防卫省, 北京市住建委); not 天津市整合政府,
    湖南省组建医疗队."""
    tok = inner[k]
    if tok.text in ACTS_TAGGED_AS_NOUNS:
        return True  # 公安部部署全国公安机关, 北京会见法国达飞集团
    if tok.pos not in CLAUSE_POS or tok.text in JOINING:
        return False
    own_verb = tok.text == "驻" or (k == len(inner) - 2 and len(inner[-1].text) == 1)
    if k == len(inner) - 2 and k > 0 and tok.text in INSTITUTION_ACTS and inner[-1].text in INSTITUTION_HEADS:
        return False  # 中国中小企业发展促进中心, 国家卫星气象监测中心: what the institution does names it
    return not (placed_body and tok.pos == "v" and k > 0 and own_verb)


def _place_word(word: str) -> bool:
    """A word jieba tags as a place (北京, 重庆, 湖南): a company named after it is that place's."""
    from kg.segment import whole_word_tag

    return len(word) > 1 and whole_word_tag(word) == "ns"


def _set_phrase_glued(inner: list[Token], names: dict) -> bool:
    """An idiom or set phrase glued to a body jieba or the lexicon knows whole (始终保持 人民军队,
    党中央 统揽全局) belongs to the clause, not to the name."""
    if len(inner) != 2:
        return False
    first, last = inner
    body = (lambda t: t.pos == "nt" or names.get(t.text) == Label.GOV.value)
    return first.pos in ("i", "l") and body(last) or last.pos in ("i", "l") and body(first)


# what else a learned government body's name may end with (越共中央, 人民政府办公室, 美国驻华使馆, 英国央行)
BODY_ENDINGS = SUFFIXES[Label.GOV] + ("府", "室", "司", "党", "关", "门", "构", "联", "央", "警", "庭", "馆", "军方", "央行",
                                      "中央银行", "青年团", "联盟", "机制")
NOT_BODY_WORDS = frozenset("布局 格局 大局 全局 结局 开局 时局 内部 外部 全部 局部 干部 党员干部 领导干部 机会 社会 体会 领军 生力军 主力军 部署 "
                           "签署 建军 兴军 强军 治军 市中心 常委".split())  # 福建省委常委: a post
BODY_HEADS_NOT_POSTS = tuple("部局厅司处室院会委办党府")
ENDS_WITH_NO_HEAD = re.compile("(?:" + "|".join(sorted(w for w in NOT_BODY_WORDS if not w.startswith("全")))
                               + "|(?<!安)全[局部]|社会)$")  # not 安全局, 国土安全部
POST_AT_END = ("常委", "委员", "书记", "主任", "部长", "主席")  # a body's name never ends with a post
SPORTS_TEAM = re.compile(r"(?<![部军舰卫警支大中分纵编援总])(?<!陆战)队$")
COMPASS_PART = re.compile(r"[东南西北中]+大?部$")  # 中西部, 河南南部, 东北大部: a region, not a ministry


def _body_shaped(text: str, last_word: str, surnames: frozenset[str]) -> bool:
    """A learned government body ends with a body's head word (not 中央财政, 央视频, 党风廉政建设),
    not with a common word that merely ends so (战略布局), not as a region (中西部) or a company
    (美国广播公司), and is no person's name (袁家军; but 苏军, 秦军 are armies). Acronyms pass."""
    if text.isascii():
        return True
    if SPORTS_TEAM.search(text) or text.endswith(POST_AT_END):
        return False  # 中国游泳队, 美国队: a team, not a body of the state (部队, 舰队, 消防救援队 are); …政治局常委: a post
    return text.endswith(BODY_ENDINGS) and not text.endswith("公司") and last_word not in NOT_BODY_WORDS \
        and not COMPASS_PART.search(text) and not (len(text) == 3 and valid_name(text, surnames))


@functools.cache
def _featurizer() -> _Featurizer | None:
    model = crf.load(MODEL)
    return _Featurizer(model) if model is not None else None


def warm() -> None:
    """Load the model (and compile its decoder) now, e.g. before forking workers that share it."""
    featurizer = _featurizer()
    if featurizer is not None:
        tok = Token("王", 0, 1, "nr")
        crf.decode(featurizer.model, featurizer.rows([("王", [tok])]), np.array([0, 1]))


def crf_mentions(paragraphs: list[tuple[str, list[Token], int]]) -> list[Mention]:
    """Mentions the CRF finds in whole paragraphs: (text, its tokens with offsets in it, where it
    starts in the document). None without a model."""
    featurizer = _featurizer()
    paragraphs = [p for p in paragraphs if p[0].strip()]
    if featurizer is None or not paragraphs:
        return []
    model = featurizer.model
    rows = featurizer.rows([(text, tokens) for text, tokens, _ in paragraphs])
    bounds = np.cumsum([0] + [len(text) for text, _, _ in paragraphs])
    best, marginals = crf.decode(model, rows, bounds)
    tags = [model.labels[k] for k in best.tolist()]
    chosen = marginals[np.arange(len(best)), best]
    begin_name, inside_name = marginals[:, model.label_index("B-PER")], marginals[:, model.label_index("I-PER")]
    outside = best == model.label_index("O")
    found = []
    for (text, _, start), a, b in zip(paragraphs, bounds[:-1].tolist(), bounds[1:].tolist()):
        spans = [s for s in _spans(tags[a:b], np.flatnonzero(~outside[a:b]).tolist())
                 if s[2] != "PER" or chosen[a + s[0]:a + s[1]].mean() >= NAME_CONFIDENCE]
        spans += [s for s in _likely_names(tags[a:b], begin_name[a:b], inside_name[a:b]) if _name_shaped(text[s[0]:s[1]])]
        found += [Mention(start + s, start + e, text[s:e], LABELS[kind], text[s:e].strip(), "crf")
                  for s, e, kind in spans if kind in LABELS and text[s:e].strip()]
    return found


def _name_shaped(text: str) -> bool:
    """A name the best tag sequence left out is taken only in a name's form: transliterated (哈梅内伊,
    盖莱: jieba's nrt), a name or a longer run no dictionary knows as a word (王新建, 康斯坦丁诺夫), or
    a Chinese name the dictionary knows whose given name is no common word (江|泽民, 王|岐山; not
    高|水平, 雷|阵雨, 仲|夏, 陈|列: jieba's dictionary tags a great many common words nr)."""
    from kg.segment import whole_word_tag

    if looks_foreign(text) or whole_word_tag(text) == "nrt":
        return True
    if word_frequency(text) == 0:
        return valid_name(text) or len(text) >= 3
    given = given_name(text)
    return valid_name(text) and whole_word_tag(text).startswith("nr") and len(given) >= 2 \
        and (word_frequency(given) == 0 or whole_word_tag(given).startswith(("nr", "ns")))


def _spans(tags: list[str], labelled: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the B-/I- runs; `labelled`: the positions whose tag is not O."""
    spans, start, kind, previous = [], None, "", -2
    for i in labelled:
        tag = tags[i]
        if start is not None and not (i == previous + 1 and tag.startswith("I-") and tag[2:] == kind):
            spans.append((start, previous + 1, kind))
            start = None
        if start is None:  # a B-, or an I- with nothing open
            start, kind = i, tag[2:]
        previous = i
    if start is not None:
        spans.append((start, previous + 1, kind))
    return spans


def _likely_names(tags: list[str], begin: np.ndarray, inside: np.ndarray,
                  threshold: float = NAME_THRESHOLD) -> list[tuple[int, int, str]]:
    """Names the best tag sequence leaves out but the model still finds likely (marginal ≥ threshold).

    Viterbi decoding favours precision; names are where recall is lowest, so a name-shaped run of
    characters whose marginal probability of being a name is high enough is taken too."""
    spans, i = [], 0
    for i in np.flatnonzero(begin >= threshold).tolist():
        if tags[i] != "O" or (spans and i < spans[-1][1]):
            continue
        j = i + 1
        while j < len(tags) and tags[j] == "O" and inside[j] >= threshold:
            j += 1
        if j - i >= 2:
            spans.append((i, j, "PER"))
    return spans
