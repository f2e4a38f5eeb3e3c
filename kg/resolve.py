"""Corpus-level resolution: mentions → entities with stable ids, relations → deduplicated facts.

Mentions that resolve to the same class and canonical name are one entity across documents;
generic names (新闻发布会) stay local to their document (`Mention.scope`). Every surface form
becomes an alias. Documents are added one at a time, so the corpus is never held as text.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, defaultdict

from kg.types import Doc, Document, Entity, Evidence, Fact, FigureFact, KnowledgeBase, Label, Mention

__all__ = ["Resolver", "entity_id", "resolve", "PREFIXES"]

PREFIXES = {
    Label.PERSON: "person", Label.GOV: "gov", Label.ORG: "org", Label.COMPANY: "company", Label.POLICY: "policy",
    Label.INDUSTRY: "industry", Label.EVENT: "event", Label.PLACE: "place", Label.ROLE: "role",
}
SHORT_TITLE = 6  # a policy title this short may stand for a longer one that ends with it
SYNTHETIC = frozenset({"default-body", "parent", "implied", "home"})  # inferred, not read in the text


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


class Resolver:
    """Accumulates documents; `result()` gives the KnowledgeBase."""

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.names: dict[tuple, str] = {}
        self.aliases: dict[tuple, set[str]] = defaultdict(set)
        self.counts: dict[tuple, Counter] = defaultdict(Counter)
        self.dates: dict[tuple, str] = {}
        self.facts: dict[tuple, list[Evidence]] = defaultdict(list)
        self.figures: list[FigureFact] = []

    def entity(self, mention: Mention, doc_id: str = "") -> str:
        key = _key(mention)
        self.names.setdefault(key, mention.name)
        if mention.rule not in SYNTHETIC:
            if mention.rule != "bilateral":  # 法 in 中法 is no name of 法国 worth listing
                self.aliases[key].add(mention.text.strip())
            if doc_id:
                self.counts[key][doc_id] += 1
        return entity_id(*key)

    def add(self, doc: Doc) -> None:
        document = doc.document
        self.documents.append(dataclasses.replace(document, text=""))
        for mention in doc.mentions:
            if mention.label is not Label.ROLE:
                self.entity(mention, document.id)
        for rel in doc.relations:
            self._add_relation(doc, rel)
        for figure in doc.figures:
            self._add_figure(doc, figure)

    def _evidence(self, doc: Doc, index: int) -> Evidence:
        sent = doc.sentences[index] if index < len(doc.sentences) else None
        if sent is None:
            return Evidence(doc.document.id, 0, 0, "")
        return Evidence(doc.document.id, sent.start, sent.end, doc.document.text[sent.start:sent.end])

    def _add_relation(self, doc: Doc, rel) -> None:
        doc_id = doc.document.id
        counted = rel.predicate in ("membership",) and rel.object.rule not in SYNTHETIC
        subject = self.entity(rel.subject, doc_id if rel.subject.rule not in SYNTHETIC else "")
        obj = self.entity(rel.object, doc_id if counted or rel.object.rule in ("title", "nested") else "")
        if rel.predicate == "speaker" and doc.document.published:
            self.dates.setdefault(_key(rel.subject), doc.document.published)
        self.facts[(subject, rel.predicate, obj, rel.role)].append(self._evidence(doc, rel.sentence))

    def _add_figure(self, doc: Doc, figure) -> None:
        doc_id = doc.document.id
        about = self.entity(figure.about, "") if figure.about is not None else ""
        speaker = ""
        if figure.reported_by:
            speaker = entity_id(Label.PERSON, figure.reported_by)
        fid = f"figure/{short_hash(doc_id, str(figure.start), str(figure.end))}"
        text = doc.document.text
        sent = doc.sentences[figure.sentence]
        self.figures.append(FigureFact(fid, figure, doc_id, text[sent.start:sent.end], about, speaker))

    def _short_titles(self) -> dict[tuple, tuple]:
        """Across documents: a short policy title (若干政策) that ends exactly one longer title met
        anywhere in the corpus is that policy. Titles are indexed by their short endings once, so
        this stays linear in the corpus's titles."""
        policies = [k for k in self.names if k[0] is Label.POLICY and not k[2]]
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
        return merged

    def _merge(self, merged: dict[tuple, tuple]) -> None:
        for short, long in merged.items():
            self.aliases[long] |= self.aliases.pop(short, set()) | {self.names.pop(short)}
            self.counts[long] += self.counts.pop(short, Counter())
        ids = {entity_id(*s): entity_id(*l) for s, l in merged.items()}
        facts: dict[tuple, list[Evidence]] = defaultdict(list)
        for (s, p, o, role), ev in self.facts.items():
            facts[(ids.get(s, s), p, ids.get(o, o), role)].extend(ev)
        self.facts = facts
        self.figures = [dataclasses.replace(f, about=ids.get(f.about, f.about)) for f in self.figures]

    def result(self) -> KnowledgeBase:
        self._merge(self._short_titles())
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


def resolve(docs) -> KnowledgeBase:
    """Resolve a whole iterable of processed documents."""
    resolver = Resolver()
    for doc in docs:
        resolver.add(doc)
    return resolver.result()
