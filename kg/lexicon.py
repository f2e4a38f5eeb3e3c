"""The domain lexicon in `ontology/lexicon/`: general knowledge, loaded once per process.

The lists hold ministries, departments, post titles, industries, places and surnames. They
never hold a person, figure or policy title taken from a particular document.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.types import Label

__all__ = ["Lexicon", "load", "name_prefixes", "role_prefixes", "opens_a_body_stem", "body_names", "body_name_at", "whole_and_part", "ministry_of", "ONTOLOGY_DIR"]

ONTOLOGY_DIR = Path(__file__).parent / "ontology"  # a link to ../ontology in the repository; a copy in the wheel
LEXICON_DIR = ONTOLOGY_DIR / "lexicon"


@dataclass(frozen=True)
class Lexicon:
    """Surface form → (label, canonical name), plus the lists the rules consult."""

    names: dict[str, tuple[Label, str]]
    parents: dict[str, str]  # body → the body it is part of
    departments: dict[str, str]  # department short name → its ministry (unambiguous ones)
    roles: dict[str, str]  # post title → default body ("" when none)
    surnames: frozenset[str]
    title_surnames: frozenset[str]  # surnames believed only right after a post title (信长星; 信息 is a word)
    event_suffixes: tuple[str, ...]
    industries: frozenset[str]
    plenums: dict[str, str]  # Party plenum → month held (dates the texts citing it)
    metric_subjects: dict[str, str]  # a statistic's wording → the industry it measures (规模以上 → 工业)
    country_short: dict[str, str]  # 法 → 法国, as in 中法合作
    local_departments: tuple[str, ...]  # 工信厅, 住建委 …: named after a place or a bare 省/市 (longest first)
    issuer_codes: dict[str, str]  # 国发, 工信部联规 …: the code opening a document number → the body that issued it
    foreign_countries: tuple[str, ...]  # every name of every country but China (美国, 印尼 …), longest first
    local_standard: dict[str, str]  # a local department's short form → its standard name (工信厅 → 工业和信息化厅)

    def words(self) -> list[str]:
        """Every surface form the tokenizer must keep whole."""
        return sorted({*self.names, *self.roles, *self.departments})


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def _col(row: list[str], i: int) -> str:
    return row[i].strip() if len(row) > i else ""


def _aliases(row: list[str], i: int) -> list[str]:
    return [a for a in _col(row, i).split("|") if a]


def _add(names: dict, surface: str, label: Label, canonical: str) -> None:
    names.setdefault(surface, (label, canonical))


def _load_bodies(names: dict, parents: dict) -> None:
    for row in _rows("bodies.tsv"):
        name, label = row[0], Label(_col(row, 1))
        for surface in (name, *_aliases(row, 2)):
            _add(names, surface, label, name)
        if _col(row, 3):
            parents[name] = _col(row, 3)


def _load_departments(names: dict, parents: dict) -> dict[str, str]:
    owners: dict[str, set[str]] = {}
    short_forms: dict[str, list[str]] = {}  # a ministry's names: 国家发展改革委产业发展司 is the department too
    for surface, (label, canonical) in sorted(names.items()):
        if label is Label.GOV:
            short_forms.setdefault(canonical, []).append(surface)
    for row in _rows("departments.tsv"):
        ministry, dept = row[0], row[1]
        full = ministry + dept
        parents[full] = ministry
        for surface in (dept, *_aliases(row, 2)):
            owners.setdefault(surface, set()).add(full)
            for ministry_name in sorted({ministry, *short_forms.get(ministry, ())}):
                _add(names, ministry_name + surface, Label.GOV, full)
    # A bare department name resolves only when one ministry has it.
    unambiguous = {s: next(iter(f)) for s, f in owners.items() if len(f) == 1}
    for surface, full in unambiguous.items():
        _add(names, surface, Label.GOV, full)
    return unambiguous


def _load_simple(names: dict, file: str, label: Label) -> set[str]:
    canon = set()
    for row in _rows(file):
        canon.add(row[0])
        for surface in (row[0], *_aliases(row, 2 if file == "places.tsv" else 1)):
            _add(names, surface, label, row[0])
    return canon


@functools.cache
def load() -> Lexicon:
    """Read every lexicon file (cached: one read per process)."""
    names: dict[str, tuple[Label, str]] = {}
    parents: dict[str, str] = {}
    _load_bodies(names, parents)
    departments = _load_departments(names, parents)
    industries = _load_simple(names, "industries.tsv", Label.INDUSTRY)
    _load_simple(names, "places.tsv", Label.PLACE)
    _load_simple(names, "companies.tsv", Label.COMPANY)
    _load_simple(names, "recurring_events.tsv", Label.EVENT)
    for row in _rows("industries.tsv"):
        if _col(row, 2):
            parents[row[0]] = _col(row, 2)
    roles = {row[0]: _col(row, 1) for row in _rows("roles.tsv")}
    surnames = frozenset(" ".join(" ".join(r) for r in _rows("surnames.txt")).split())
    title_surnames = frozenset(" ".join(" ".join(r) for r in _rows("surnames_after_titles.txt")).split())
    suffixes = tuple(sorted((r[0] for r in _rows("events.tsv")), key=len, reverse=True))
    plenums = {row[0]: row[1] for row in _rows("plenums.tsv")}
    metric_subjects = {row[0]: row[1] for row in _rows("metric_subjects.tsv")}
    country_short = {row[0]: row[1] for row in _rows("country_abbreviations.tsv")}
    local = sorted(set(" ".join(" ".join(r) for r in _rows("local_departments.txt")).split()), key=lambda s: (-len(s), s))
    issuer_codes = {row[0]: row[1] for row in _rows("document_numbers.tsv")}
    countries = {surface for row in _rows("places.tsv") if _col(row, 1) == "country" and row[0] != "中国"
                 for surface in (row[0], *_aliases(row, 2))}
    local_standard = {short: row[0] for row in _rows("local_department_names.tsv") for short in _aliases(row, 1)}
    return Lexicon(names, parents, departments, roles, surnames, title_surnames, suffixes, frozenset(industries), plenums,
                   metric_subjects, country_short, tuple(local), issuer_codes,
                   tuple(sorted(countries, key=lambda c: (-len(c), c))), local_standard)


@functools.cache
def label_of(word: str) -> Label | None:
    """The class the lexicon files `word` under (埃方 → Place), or None: one lookup for every "is it a known X" test."""
    entry = load().names.get(word)
    return entry[0] if entry is not None else None


def place_ending_at(text: str, at: int) -> int:
    """Where the place the lexicon knows that ends right before `at` starts (江苏省|人大常委会,
    河南省|第十四届人民代表大会…), the longest one; -1 when none does."""
    return next((at - size for size in (5, 4, 3, 2) if size <= at and label_of(text[at - size:at]) is Label.PLACE), -1)


def foreign_country_names() -> frozenset[str]:
    """The foreign countries' names as a set: is this word a country? (`foreign_countries` is ordered
    longest first, for what a name starts with.)"""
    return frozenset(load().foreign_countries)


@functools.cache
def name_prefixes() -> frozenset[str]:
    """Every beginning of every lexicon entry (工, 工业, 工业和, …): a scan stops as soon as its words
    begin no entry."""
    return _prefixes(load().names)


@functools.cache
def role_prefixes() -> frozenset[str]:
    """Every beginning of every post title (副, 副部, 副部长, …)."""
    return _prefixes(load().roles)


def _prefixes(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word[:end] for word in words for end in range(1, len(word) + 1))


def opens_a_body_stem(text: str, i: int, size: int) -> bool:
    """Whether the industry word text[i:i+size] opens a body's name without its head word
    (工业 in 工业和信息化发展, 工业和信息化领域): the ministry's remit, not the industry."""
    return any(text.startswith(stem, i) for stem in _body_stems().get(text[i:i + size], ()))


PARTY_EDUCATION_BEFORE = ("学习", "警示", "主题", "思想", "党性", "党纪", "爱国主义", "廉政", "宣传", "理想信念", "集中", "红色",
                          "干部", "从严", "开门")
PARTY_EDUCATION_AFTER = ("引导", "整顿", "实践活动", "在先", "管理监督")  # 干部教育管理监督: how cadres are kept in line


def party_education(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the 教育 of 学习教育, 警示教育, 教育引导党员: the Party's campaigns of
    study and discipline, not the education sector."""
    return text[start:end] == "教育" and (text.endswith(PARTY_EDUCATION_BEFORE, 0, start)
                                          or text.startswith(PARTY_EDUCATION_AFTER, end))


@functools.cache
def _body_stems() -> dict[str, tuple[str, ...]]:
    """Industry word → the stems of body names that open with it (工业 → 工业和信息化)."""
    lex = load()
    stems: dict[str, set[str]] = {}
    for name, (label, _) in lex.names.items():
        if label is Label.GOV and len(name) > 3:
            for industry in lex.industries:
                if name.startswith(industry) and name[len(industry):len(industry) + 1] in "和与及":
                    stems.setdefault(industry, set()).add(name[:-1])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in stems.items()}


PART_HEADS = ("司", "局", "厅", "处", "科", "室", "办公室", "委员会", "领导小组", "工作组", "专班", "机制", "中心", "署",
              "办", "委", "组", "队", "部门", "分会", "法工委")


@functools.cache
def body_names() -> frozenset[str]:
    """Every name and short form of a known government body."""
    return frozenset(n for n, (label, _) in load().names.items() if label is Label.GOV)


def body_name_at(text: str, at: int = 0, longest: int = 12) -> str:
    """The longest known name of a government body that text[at:] opens with ("" if none)."""
    names = load().names
    return next((text[at:at + size] for size in range(min(longest, len(text) - at), 1, -1)
                 if names.get(text[at:at + size], (None,))[0] is Label.GOV), "")


def whole_and_part(name: str) -> tuple[str, str] | None:
    """A department named after its body: (the body's canonical name, the department's own words),
    by the longest known name it opens with (国家发展改革委办公厅 → 国家发展和改革委员会, 办公厅)."""
    lex = load()
    known = body_names()
    for end in range(len(name) - 2, 0, -1):
        whole, rest = name[:end], name[end:]
        if whole in known and rest.endswith(PART_HEADS) and (rest not in lex.names or lex.names[rest][1] == name) \
                and rest not in lex.roles and lex.names[whole][1] != name:  # 全国人大|财政经济委员会: its own short name
            return lex.names[whole][1], rest
    return None


def ministry_of(name: str) -> str:
    """The body a department belongs to (工业和信息化部规划司 → 工业和信息化部, 国家发展改革委办公厅 →
    国家发展和改革委员会); a body that is no department is its own."""
    parent = load().parents.get(name, "")
    if parent == "国务院":
        return name  # a ministry (国务院新闻办公室 too, though its name opens with 国务院)
    if parent and name.startswith(parent) and name != parent:
        return parent
    split = whole_and_part(name)
    return split[0] if split else name
