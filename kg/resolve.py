"""Corpus-level resolution: mentions → entities with stable ids, relations → deduplicated facts.

Mentions that resolve to the same class and canonical name are one entity across documents;
generic names (新闻发布会) stay local to their document (`Mention.scope`). Every surface form
becomes an alias. Documents are added one at a time, so the corpus is never held as text.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from kg.local import BARE_GOVERNMENT
from kg.types import Doc, Document, Entity, Evidence, Fact, FigureFact, KnowledgeBase, Label, Mention

__all__ = ["Contribution", "Resolver", "contribution", "entity_id", "resolve", "PREFIXES"]

PREFIXES = {
    Label.PERSON: "person", Label.GOV: "gov", Label.ORG: "org", Label.COMPANY: "company", Label.POLICY: "policy",
    Label.INDUSTRY: "industry", Label.EVENT: "event", Label.PLACE: "place", Label.ROLE: "role",
}
SHORT_TITLE = 6  # a policy title this short may stand for a longer one that ends with it
SYNTHETIC = frozenset({"default-body", "parent", "implied", "home", "document-number", "whole-body", "itself", "head-word"})  # inferred, not read in the text
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")  # what a company's registered name ends with
GROUP_WORDS = ("集团", "控股")  # 中国华能集团有限公司, 中国中化控股有限责任公司: 中国华能, 中国中化
LEARNED_CLASSES = (Label.PERSON, Label.GOV, Label.ORG, Label.COMPANY)  # the classes the statistical model gives


def short_hash(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=6).hexdigest()


def entity_id(label: Label, name: str, scope: str = "") -> str:
    """A deterministic ASCII id, safe in IRIs, GraphML and Neo4j.

    Example:
        >>> entity_id(Label.GOV, "工业和信息化部")[:4]
        'gov/'
    """
    return f"{PREFIXES[label]}/{short_hash(label.value, name, scope)}"


def _key(mention: Mention) -> tuple[Label, str, str]:
    return mention.label, mention.name, mention.scope


class Contribution(NamedTuple):
    """What one document adds to the corpus, in plain tuples: computed where the document was
    processed (a worker), cached, and merged in the parent. Far smaller to send and to keep than
    the processed `Doc` (no sentences, mentions or text), so the parent's share of a parallel build,
    and a cached rebuild's reading, stay small."""

    document: Document  # with its text emptied
    chars: int  # the text's length, for the progress line
    entities: tuple[tuple[tuple[Label, str, str], str, bool, bool], ...]  # (key, alias or "", counted here, learned)
    dates: tuple[tuple[tuple[Label, str, str], str], ...]  # an event's date: the first document with its speaker
    facts: tuple[tuple[tuple[str, str, str, str], Evidence], ...]
    figures: tuple[FigureFact, ...]


class _Collector:
    """Walks one processed document the way resolution needs it, recording instead of merging."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entities: list[tuple[tuple[Label, str, str], str, bool, bool]] = []
        self.dates: list[tuple[tuple[Label, str, str], str]] = []
        self.facts: list[tuple[tuple[str, str, str, str], Evidence]] = []
        self.figures: list[FigureFact] = []
        self.counted: set[tuple] = set()  # (key, start, end): each place a name stands is one mention

    def entity(self, mention: Mention, counted: bool) -> str:
        key = _key(mention)
        synthetic = mention.rule in SYNTHETIC
        alias = mention.text.strip() if not synthetic and mention.rule != "bilateral" else ""  # 法 in 中法 names no 法国
        where = (key, mention.start, mention.end)
        counted = counted and not synthetic and where not in self.counted
        if counted:
            self.counted.add(where)
        self.entities.append((key, alias, counted, mention.rule == "crf"))
        return entity_id(*key)

    def evidence(self, index: int) -> Evidence:
        doc = self.doc
        sent = doc.sentences[index] if index < len(doc.sentences) else None
        if sent is None:
            return Evidence(doc.document.id, 0, 0, "")
        return Evidence(doc.document.id, sent.start, sent.end, doc.document.text[sent.start:sent.end])

    def relation(self, rel) -> None:
        counted = rel.predicate in ("membership",) and rel.object.rule not in SYNTHETIC
        subject = self.entity(rel.subject, True)
        obj = self.entity(rel.object, counted or rel.object.rule in ("title", "nested"))
        if rel.predicate == "speaker" and self.doc.document.published:
            self.dates.append((_key(rel.subject), self.doc.document.published))
        self.facts.append(((subject, rel.predicate, obj, rel.role), self.evidence(rel.sentence)))

    def figure(self, figure) -> None:
        document = self.doc.document
        about = self.entity(figure.about, False) if figure.about is not None else ""
        speaker = entity_id(Label.PERSON, figure.reported_by) if figure.reported_by else ""
        fid = f"figure/{short_hash(document.id, str(figure.start), str(figure.end))}"
        sent = self.doc.sentences[figure.sentence]
        self.figures.append(FigureFact(fid, figure, document.id, document.text[sent.start:sent.end], about, speaker))


def contribution(doc: Doc) -> Contribution:
    """What `doc` adds to the knowledge base (a pure function of the document)."""
    collect = _Collector(doc)
    for mention in doc.mentions:
        # 各市、县（市、区）人民政府, 各区人民政府: a kind addressed, no body of its own (where the document's place makes one
        # of it, 上海市人民政府, or a chain of posts after a party committee does, kg.local, it is named in full)
        if mention.label is not Label.ROLE and not (mention.label is Label.GOV and BARE_GOVERNMENT.fullmatch(mention.name)):
            collect.entity(mention, True)
    for rel in doc.relations:
        collect.relation(rel)
    for figure in doc.figures:
        collect.figure(figure)
    document = doc.document
    return Contribution(dataclasses.replace(document, text=""), len(document.text), tuple(collect.entities),
                        tuple(collect.dates), tuple(collect.facts), tuple(collect.figures))


class Resolver:
    """Accumulates documents' contributions; `result()` gives the KnowledgeBase."""

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.names: dict[tuple, str] = {}
        self.aliases: dict[tuple, set[str]] = defaultdict(set)
        self.counts: dict[tuple, Counter] = defaultdict(Counter)
        self.dates: dict[tuple, str] = {}
        self.facts: dict[tuple, list[Evidence]] = defaultdict(list)
        self.figures: list[FigureFact] = []
        self.learned: Counter = Counter()  # mentions of each key only the statistical model found
        self.ruled: set[tuple] = set()  # keys a rule or the lexicon found at least once

    def add(self, doc: Doc) -> None:
        self.merge(contribution(doc))

    def merge(self, part: Contribution) -> None:
        doc_id = part.document.id
        self.documents.append(part.document)
        names, aliases, counts = self.names, self.aliases, self.counts
        for key, alias, counted, learned in part.entities:
            names.setdefault(key, key[1])
            if learned:
                self.learned[key] += 1
            else:
                self.ruled.add(key)
            if alias:
                aliases[key].add(alias)
            if counted:
                counts[key][doc_id] += 1
        for key, date in part.dates:
            self.dates.setdefault(key, date)
        for key, evidence in part.facts:
            self.facts[key].append(evidence)
        self.figures.extend(part.figures)

    def _short_titles(self) -> dict[tuple, tuple]:
        """Across documents: a short policy title (若干政策) that ends exactly one longer title met
        anywhere in the corpus is that policy, and so is a title a headline gives without its
        opening 关于 (《推动…的实施意见》 for 《关于推动…的实施意见》). Titles are indexed by their
        short endings once, so this stays linear in the corpus's titles."""
        policies = [k for k in self.names if k[0] is Label.POLICY and not k[2]]
        by_name = {self.names[key]: key for key in policies}
        ending_in: dict[str, set[tuple]] = defaultdict(set)
        for key in policies:
            name = self.names[key]
            for size in range(2, min(SHORT_TITLE, len(name) - 2) + 1):
                ending_in[name[-size:]].add(key)
        merged = {}
        for key in sorted(policies):
            name = self.names[key]
            longer = ending_in.get(name, set()) - {key} if len(name) <= SHORT_TITLE else set()
            if len(longer) == 1:
                merged[key] = next(iter(longer))
            elif "关于" + name in by_name:
                merged[key] = by_name["关于" + name]
        return merged

    def _one_class(self) -> dict[tuple, tuple]:
        """Across documents: a name the model gave different classes in different places (俄罗斯国防部
        as a body, an organisation, a company) is one entity, of the class a rule or the lexicon gave
        it, else of the class the model gave it most often."""
        by_name: dict[str, list[tuple]] = defaultdict(list)
        for key in self.names:
            if key[0] in LEARNED_CLASSES and not key[2]:
                by_name[key[1]].append(key)
        merged = {}
        for keys in by_name.values():
            ruled = [key for key in keys if key in self.ruled]
            if len(keys) < 2 or len(ruled) > 1:
                continue
            target = ruled[0] if ruled else max(keys, key=lambda key: (self.learned[key], key[0].value))
            merged.update({key: target for key in keys if key != target})
        return merged

    def _legal_forms(self) -> dict[tuple, tuple]:
        """Across documents: a company named with its legal form (华虹半导体有限公司, 科大讯飞股份有限公司),
        and with 集团 or 控股 before it (中国华能集团有限公司), is the company named without them elsewhere
        (华虹半导体, 科大讯飞, 中国华能)."""
        companies = {self.names[key]: key for key in self.names if key[0] is Label.COMPANY and not key[2]}
        merged = {}
        for name, key in sorted(companies.items()):
            form = next((f for f in LEGAL_FORMS if name.endswith(f) and len(name) - len(f) >= 2), None)
            base = name[:-len(form)] if form else ""
            short = next((companies[s] for s in (base, *(base[:-len(w)] for w in GROUP_WORDS if base.endswith(w)))
                          if len(s) >= 2 and s in companies), None)
            if short is not None:
                merged[key] = short
        return merged

    def _merge(self, merged: dict[tuple, tuple]) -> None:
        for short, long in merged.items():
            self.aliases[long] |= self.aliases.pop(short, set()) | {self.names.pop(short)}
            self.counts[long] += self.counts.pop(short, Counter())
            if short in self.dates:
                self.dates.setdefault(long, self.dates.pop(short))
        ids = {entity_id(*s): entity_id(*l) for s, l in merged.items()}
        facts: dict[tuple, list[Evidence]] = defaultdict(list)
        for (s, p, o, role), ev in self.facts.items():
            facts[(ids.get(s, s), p, ids.get(o, o), role)].extend(ev)
        self.facts = facts
        self.figures = [dataclasses.replace(f, about=ids.get(f.about, f.about)) for f in self.figures]

    def result(self) -> KnowledgeBase:
        merged = self._short_titles() | self._one_class()
        targets = set(merged.values())
        merged |= {named: plain for named, plain in self._legal_forms().items()
                   if named not in merged and named not in targets and plain not in merged}  # one step each
        self._merge(merged)
        entities = []
        for key, name in self.names.items():
            label, _, _ = key
            docs = self.counts.get(key, Counter())
            aliases = tuple(sorted(a for a in self.aliases.get(key, ()) if a and a != name))
            entities.append(Entity(entity_id(*key), name, label, aliases, sum(docs.values()), tuple(sorted(docs)),
                                   self.dates.get(key, "")))
        facts = [Fact(s, p, o, tuple(sorted(set(ev), key=lambda e: (e.doc_id, e.start))), role)
                 for (s, p, o, role), ev in self.facts.items() if s != o]
        return KnowledgeBase(
            documents=tuple(sorted(self.documents, key=lambda d: d.id)),
            entities=tuple(sorted(entities, key=lambda e: e.id)),
            facts=tuple(sorted(facts, key=lambda f: (f.subject, f.predicate, f.object, f.role))),
            figures=tuple(sorted(self.figures, key=lambda f: f.id)),
        )


def resolve(items: Iterable[Doc | Contribution]) -> KnowledgeBase:
    """Resolve a whole iterable of processed documents (or their contributions)."""
    resolver = Resolver()
    for item in items:
        resolver.merge(item if isinstance(item, Contribution) else contribution(item))
    return resolver.result()
