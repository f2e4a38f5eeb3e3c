"""A statistical recogniser for names the rules cannot vouch for: a character-level CRF.

Rules find names that the layout or a post title vouches for; news also names people,
bodies and posts with no such cue (皮萨罗认为…, 美国陆军…, 研究部主任…). A linear-chain CRF
(CRFsuite) over characters, with jieba's word boundaries and tags and the lexicon as features,
tags them. It is trained by `python -m kg.train_ner` on labelled sentences (CLUENER2020, kept
outside the repository); only the learned weights ship, in `kg/models/`.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from kg import lexicon
from kg.persons import valid_name
from kg.types import Label, Mention, Token

__all__ = ["features", "crf_mentions", "plausible_learned", "MODEL", "LABELS"]

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
COMMON_POS = frozenset("n vn v a ad d an l i b c p u r m q f t uj ul vd z s".split())
PROPER_POS = frozenset("ns nz nr nrt nrfg eng j nt".split())
GENERIC_START = ("省", "市", "县", "区", "地方", "有关", "相关", "各级", "各", "该", "本", "我", "其", "新", "主", "人才")
SIDES = re.compile(r"中[美俄日韩英法德意印巴澳加新泰越朝蒙哈乌尼希]|[中美俄日韩英法德意印巴澳欧以伊]方")  # 中德, 巴方: countries
GENERIC_PREFIX_FREQUENCY = 1000  # 商业, 保险, 航空: words common enough to name a kind, not a company
COMMON_WORD_FREQUENCY = 50  # above this, a dictionary word is a word, whatever the model says
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
def _dictionary() -> dict[str, int]:
    """jieba's dictionary: word → frequency (its POS tags are unreliable: 幸福感 is tagged nr)."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    table = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            word, freq, *_ = line.split(" ")
            table[word] = int(freq)
    return table


TRANSLITERATION = frozenset("斯尔克特巴德拉马尼罗里亚奥布森姆逊恩格勒伊卡维莫娜丽莎杰基丹诺汉西戈蒂菲普雷萨索茨瓦沃赫兹")


def _foreign_name(text: str) -> bool:
    """Latin letters, a · between names, or mostly the characters that transliterate foreign names."""
    if "·" in text or all(ch.isascii() and (ch.isalpha() or ch in " .-") for ch in text):
        return True
    return sum(ch in TRANSLITERATION for ch in text) * 2 >= len(text)


def word_frequency(word: str) -> int:
    return _dictionary().get(word, 0)


def features(text: str, tokens: list[Token]) -> list[list[str]]:
    """One feature list per character of `text`: characters around it, the jieba word it is in
    (with its tag and neighbours), and what the lexicon says of that word."""
    surnames, roles, names = _lexicon_sets()
    index_at = [0] * len(text)
    for k, tok in enumerate(tokens):
        for i in range(tok.start, tok.end):
            index_at[i] = k
    padded = "^^" + text + "$$"
    out = []
    for i, ch in enumerate(text):
        k = index_at[i]
        tok = tokens[k]
        size = tok.end - tok.start
        where = "S" if size == 1 else "B" if i == tok.start else "E" if i == tok.end - 1 else "M"
        prev_word = tokens[k - 1].text if k else "^"
        next_word = tokens[k + 1].text if k + 1 < len(tokens) else "$"
        prev2 = tokens[k - 2].text if k > 1 else "^"
        next2 = tokens[k + 2].text if k + 2 < len(tokens) else "$"
        p = i + 2
        feats = [
            "c=" + ch, "c-1=" + padded[p - 1], "c+1=" + padded[p + 1], "c-2=" + padded[p - 2], "c+2=" + padded[p + 2],
            "b-1=" + padded[p - 1:p + 1], "b+1=" + padded[p:p + 2], "t=" + padded[p - 1:p + 2], "k=" + _kind(ch),
            "wp=" + where + tok.pos, "wl=" + str(min(size, 5)) + where, "w=" + tok.text + where,
            "w-1=" + prev_word, "w+1=" + next_word, "we=" + tok.text[-1], "wb=" + tok.text[0],
            "w-2=" + prev2, "w+2=" + next2, "known=" + str(_known(tok.text)) + where,
        ]
        if ch in surnames:
            feats.append("sur")
        if tok.text in roles:
            feats.append("inrole" + where)
        if next_word in roles:
            feats.append("nextrole")
        if prev_word in roles:
            feats.append("prevrole")
        label = names.get(tok.text)
        if label:
            feats.append("lex=" + label + where)
        out.append(feats)
    return out


def plausible_learned(mention: Mention, tokens: tuple[Token, ...] | list[Token]) -> bool:
    """Keep a CRF mention only when its form fits its class: a name's surname or a proper-noun
    token, a body's head word; never a common word alone (新格局, 主力军, 高端化)."""
    surnames, _, names = _lexicon_sets()
    text = mention.text
    inner = [t for t in tokens if t.start < mention.end and mention.start < t.end]
    if text in names or len(text) < 2 or not inner:
        return False
    common = all(t.pos in COMMON_POS for t in inner)
    if mention.label is Label.PERSON:  # jieba splits unknown names anywhere: only a common word is refused
        whole_word = len(inner) == 1 and inner[0].start == mention.start and inner[0].end == mention.end
        if (whole_word and common) or SIDES.fullmatch(text):
            return False
        return valid_name(text, surnames) or _foreign_name(text) or word_frequency(text) < COMMON_WORD_FREQUENCY
    if mention.label is Label.ROLE:
        return True
    if text.startswith(GENERIC_START) or (text.isascii() and len(text) < 3) or any(t.pos in ("c", "uj", "v") for t in inner):
        return False
    suffix = next((s for s in SUFFIXES[mention.label] if text.endswith(s)), "")
    if suffix:  # 商业银行, 保险公司: a common word before the head word names a kind of body
        generic = mention.label is not Label.GOV and word_frequency(text[: -len(suffix)]) >= GENERIC_PREFIX_FREQUENCY
        return (len(inner) > 1 or not common) and not generic
    # no head word: a body or company the model knows only by its name (浙商银行 has one; 万通地产 does not)
    proper = all(t.pos in PROPER_POS for t in inner)
    return (mention.label is Label.GOV and not common) or proper


@functools.cache
def _tagger():
    import pycrfsuite

    if not MODEL.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans, start, kind = [], None, ""
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.append((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = i, tag[2:]
    return spans


def crf_mentions(text: str, tokens: list[Token], start: int = 0) -> list[Mention]:
    """Mentions the CRF finds in `text` (offsets shifted by `start`); none without a model."""
    tagger = _tagger()
    if tagger is None or not text.strip():
        return []
    tags = tagger.tag(features(text, tokens))
    spans = [s for s in _spans(tags) if s[2] != "PER" or _confidence(tagger, tags, s) >= NAME_CONFIDENCE]
    spans += _likely_names(tagger, tags)
    return [Mention(start + s, start + e, text[s:e], LABELS[kind], text[s:e].strip(), "crf")
            for s, e, kind in spans if kind in LABELS and text[s:e].strip()]


def _confidence(tagger, tags: list[str], span: tuple[int, int, str]) -> float:
    """The model's mean marginal probability for the tags it chose over the span."""
    start, end, _ = span
    return sum(tagger.marginal(tags[i], i) for i in range(start, end)) / (end - start)


def _likely_names(tagger, tags: list[str], threshold: float = NAME_THRESHOLD) -> list[tuple[int, int, str]]:
    """Names the best tag sequence leaves out but the model still finds likely (marginal ≥ threshold).

    Viterbi decoding favours precision; names are where recall is lowest, so a name-shaped run of
    characters whose marginal probability of being a name is high enough is taken too."""
    spans, i = [], 0
    while i < len(tags):
        if tags[i] == "O" and tagger.marginal("B-PER", i) >= threshold:
            j = i + 1
            while j < len(tags) and tags[j] == "O" and tagger.marginal("I-PER", j) >= threshold:
                j += 1
            if j - i >= 2:
                spans.append((i, j, "PER"))
            i = j
        else:
            i += 1
    return spans
