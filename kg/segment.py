"""Segmentation: one jieba tokenizer (rjieba: jieba's dictionary and algorithm in Rust) that
knows the lexicon's words, giving tokens with part-of-speech tags and offsets.

The tokens rebuild the text exactly; `segment` raises if they do not (offsets are the contract).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re

import rjieba

from kg import lexicon
from kg.patterns import HEADS, WORK_ON_IT
from kg.types import Doc, Label, Token

__all__ = ["segment", "tokenize", "tokenizer", "whole_word_tag"]

TAGS = {Label.GOV: "nt", Label.ORG: "nt", Label.COMPANY: "nt", Label.PLACE: "ns", Label.INDUSTRY: "n"}


@functools.cache
def tokenizer() -> rjieba.Jieba:
    """The one tokenizer of the process, with every lexicon word added."""
    jieba = rjieba.Jieba()
    lex = lexicon.load()
    for word, (label, _) in sorted(lex.names.items()):
        jieba.add_word(word, 20000, TAGS.get(label, "n"))
    for word in sorted(lex.roles):
        jieba.add_word(word, 20000, "nn")
    for word in sorted(lex.departments):
        jieba.add_word(word, 20000, "nt")
    for word, tag in MISSING_WORDS.items():
        jieba.add_word(word, 20000, tag)
    for word in _industry_statistics(jieba, lex) + _bodies_with_their_posts(jieba, lex) + _programmes_and_their_work(jieba):
        jieba.add_word(word, 0, "n")  # jieba's del_word: 汽车|出口, 吉林银行|行长, 试点|工作: each a word of its own
    return jieba


# Common words jieba's dictionary lacks: 可|持续|发展 cut 联合国可持续发展目标峰会 to 发展目标峰会 (a name
# does not open with a verb) and 可持续发展战略 to nothing
MISSING_WORDS = {"可持续": "b"}


def _bodies_with_their_posts(jieba: rjieba.Jieba, lex: lexicon.Lexicon) -> list[str]:
    """Words jieba's dictionary holds for a kind of body, or a head's last word, and its post (银行行长,
    大学校长, 公司总裁, 事务所律师, 协会会员): they hide the head word that ends the body's name (吉林银行|行长唐国兴,
    辽宁鼎泰律师|事务所律师杨功涵)."""
    heads = {head for label in (Label.COMPANY, Label.ORG, Label.GOV) for head in HEADS[label] if len(head) >= 2}
    heads = sorted(heads | {head[k:] for head in heads for k in range(1, len(head) - 1) if jieba.has_word(head[k:])})
    people = sorted(lex.roles) + list(MEMBERS)
    return [head + role for head in heads for role in people
            if jieba.has_word(head + role) and head + role not in lex.roles and head + role not in lex.names]


def _programmes_and_their_work(jieba: rjieba.Jieba) -> list[str]:
    """Words jieba's dictionary holds for a programme's head word and the work on it (试点工作): they hide
    the head that ends the programme's name (…保险补偿机制试点|工作)."""
    return [head + WORK_ON_IT for head in HEADS[Label.POLICY] if jieba.has_word(head + WORK_ON_IT)]


MEMBERS = ("会员", "理事", "员工", "职员", "成员", "工作人员")  # who belongs to a body without a post: 吉林省集邮协会|会员


STATISTIC_WORDS = ("出口", "进口", "产量", "销量", "产销", "产值", "需求", "投资", "收入", "增加值")


def _industry_statistics(jieba: rjieba.Jieba, lex: lexicon.Lexicon) -> list[str]:
    """Words jieba's dictionary holds for an industry's statistic (汽车出口, 汽车产量, 工业产值): they
    hide the industry a figure is about."""
    return [name + stat for name, (label, _) in sorted(lex.names.items()) if label is Label.INDUSTRY
            for stat in STATISTIC_WORDS if jieba.has_word(name + stat) and name + stat not in lex.names]


# jieba's dictionary tags 更新 an adverb (3789 d), which cut 先进设备|更新|行动 out of a policy's
# name; rjieba keeps a known word's tag whatever add_word says, so the tag is mended on the tokens
DICTIONARY_TAG_FIXES = {"更新": "vn", "达峰": "v"}  # 达峰: (carbon) peaking, no person surnamed 达
NOT_NOUN_TAGS = frozenset("d v vn a b i q s f".split())


@functools.cache
def _tag_fixes() -> dict[str, str]:
    """The fixes above, and a place the lexicon knows that jieba's dictionary files as another part of
    speech (大连 d, 开封 v, 遵义 v, 首尔 d) or a person's name (乌克兰 nr, 石家庄 nr): a place, so a name may open
    with it (大连船舶重工集团有限公司, 乌克兰和平峰会). Not a side (越方 d, 美方 q): that is who acts."""
    tokenizer()  # the lexicon's words are added before their tags are read
    lex = lexicon.load()
    places = {word: "ns" for word, (label, _) in sorted(lex.names.items())
              if label is Label.PLACE and not word.endswith("方")
              and ((tag := _dictionary_tag(word)) in NOT_NOUN_TAGS or tag.startswith("nr"))}
    return {**places, **DICTIONARY_TAG_FIXES}


def _dictionary_tag(word: str) -> str:
    tagged = tokenizer().tag(word)
    return tagged[0][1] if len(tagged) == 1 else ""


@functools.lru_cache(maxsize=65536)
def whole_word_tag(word: str) -> str:
    """jieba's tag for `word` when it reads it as one word (北京 → ns, 清华 → nz), else ""."""
    tag = _dictionary_tag(word)
    return _tag_fixes().get(word, tag) if tag else ""


ABSTRACT_SUFFIXES = "化性度率感型式"  # 智能化, 安全性, 贡献率: a quality or a process made of a word
ABSTRACT_STEM_FREQUENCY = 100


@functools.lru_cache(maxsize=65536)
def _abstract_noun(word: str) -> bool:
    """jieba's dictionary tags many a common word with a suffix a person's name (智能化 nr, 贡献率 nr,
    高端化 nr): the stem is a common word that names no person or place, so the whole is a noun."""
    from kg.ner import word_frequency  # kg.ner tokenizes with this module

    stem = word[:-1]
    return len(word) >= 3 and word[-1] in ABSTRACT_SUFFIXES and word_frequency(stem) >= ABSTRACT_STEM_FREQUENCY \
        and not whole_word_tag(stem).startswith(("nr", "ns"))


def _name_tag_mended(word: str, fixes: dict[str, str]) -> str:
    """The tag of a word jieba tags nr: a noun when it is an abstract one (智能化 vn, 贡献率 n)."""
    if _abstract_noun(word):
        return "vn" if word.endswith("化") else "n"
    return fixes.get(word, "nr")


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with POS tags and offsets."""
    tagged = tokenizer().tag(text)
    ends = list(itertools.accumulate(len(word) for word, _ in tagged))
    fixes = _tag_fixes()
    tokens = list(map(Token, (word for word, _ in tagged), [0, *ends[:-1]], ends,
                      (fixes.get(word, tag) if tag != "nr" else _name_tag_mended(word, fixes) for word, tag in tagged)))
    if (ends[-1] if ends else 0) != len(text):
        raise ValueError(f"tokens do not rebuild the text ({ends[-1] if ends else 0} of {len(text)} characters)")
    return _whole_alphanumeric_runs(text, tokens, ends)


ALPHANUMERIC_RUN = re.compile(r"[A-Za-z0-9]{3,}")


def _whole_alphanumeric_runs(text: str, tokens: list[Token], ends: list[int]) -> list[Token]:
    """A lexicon word (5G) never cuts a run of Latin letters and digits (185GWh: 18 5G Wh) in
    pieces: the run is one token again."""
    merged: dict[int, Token] = {}  # index of a run's first token → the run as one token
    for run in ALPHANUMERIC_RUN.finditer(text):
        first = bisect.bisect_right(ends, run.start())
        last = bisect.bisect_left(ends, run.end())
        if first < last and tokens[first].start == run.start() and ends[last] == run.end():
            merged[first] = Token(run.group(), run.start(), run.end(), "eng" if not run.group().isdigit() else "m")
            merged.update((k, None) for k in range(first + 1, last + 1))
    if not merged:
        return tokens
    return [merged.get(k, tok) for k, tok in enumerate(tokens) if merged.get(k, tok) is not None]


def segment(doc: Doc) -> Doc:
    """Tokenize the whole document text once."""
    return dataclasses.replace(doc, tokens=tuple(tokenize(doc.document.text)))
