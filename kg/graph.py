"""KnowledgeBase → `nx.MultiDiGraph`, the Python API's graph. Every exporter reads this graph.

Contract (all attribute values are str, int or float):

- node key: a stable ASCII id, `<kind>/<hash>` (`person/…`, `gov/…`, `doc/<doc id>`, `role/…`,
  `membership/…`, `figure/…`); it is the IRI's path under `https://w3id.org/policy-kg/id/`.
- every node: `label` (Person, GovernmentBody, Organization, Company, Policy, Industry, Event,
  Place, Role, Membership, Figure, Document) and `name` (the readable Chinese name).
- entities: `aliases` (other surface forms joined with "|"), `mentions` (count), `documents`
  (doc ids joined with "|"), `date` (events, when known).
- documents: `title`, `date`, `source` (the input file name).
- figures: `value` (decimal string), `unit`, `metric`, `period`, `kind`, `qualifier`, `evidence`.
- memberships: `role` (the post title), `evidence`.
- edge key = predicate: `mentionedIn` (entity → document, attribute `count`), `member`,
  `organization`, `role`, `wasDerivedFrom`, `subOrganizationOf`, `speaker`, `organizer`,
  `issuedBy`, `concerns`, `about`, `reportedBy`. Relation edges carry `evidence` (the first
  sentence, verbatim) and `documents` (doc ids joined with "|").
"""

from __future__ import annotations

import networkx as nx

from kg.resolve import entity_id, short_hash
from kg.types import KnowledgeBase, Label

__all__ = ["build_graph", "doc_node"]


def doc_node(doc_id: str) -> str:
    return f"doc/{doc_id}"


def _add_documents(G: nx.MultiDiGraph, kb: KnowledgeBase) -> None:
    for document in kb.documents:
        G.add_node(doc_node(document.id), label="Document", name=document.title or document.source,
                   title=document.title, date=document.published, source=document.source)


def _add_entities(G: nx.MultiDiGraph, kb: KnowledgeBase) -> None:
    for ent in kb.entities:
        G.add_node(ent.id, label=ent.label.value, name=ent.name, aliases="|".join(ent.aliases),
                   mentions=ent.mentions, documents="|".join(ent.documents), date=ent.date)
        for doc_id in ent.documents:
            G.add_edge(ent.id, doc_node(doc_id), key="mentionedIn", predicate="mentionedIn")


def _add_facts(G: nx.MultiDiGraph, kb: KnowledgeBase) -> None:
    for fact in kb.facts:
        docs = "|".join(sorted({e.doc_id for e in fact.evidence}))
        evidence = fact.evidence[0].text if fact.evidence else ""
        if fact.predicate != "membership":
            G.add_edge(fact.subject, fact.object, key=fact.predicate, predicate=fact.predicate,
                       evidence=evidence, documents=docs)
            continue
        role = entity_id(Label.ROLE, fact.role)
        G.add_node(role, label="Role", name=fact.role)
        node = f"membership/{short_hash(fact.subject, fact.object, fact.role)}"
        G.add_node(node, label="Membership", name=fact.role, role=fact.role, evidence=evidence)
        G.add_edge(node, fact.subject, key="member", predicate="member")
        G.add_edge(node, fact.object, key="organization", predicate="organization")
        G.add_edge(node, role, key="role", predicate="role")
        for doc_id in docs.split("|"):
            G.add_edge(node, doc_node(doc_id), key="wasDerivedFrom", predicate="wasDerivedFrom")


def _add_figures(G: nx.MultiDiGraph, kb: KnowledgeBase) -> None:
    for fact in kb.figures:
        fig = fact.figure
        G.add_node(fact.id, label="Figure", name=fig.text, value=fig.value, unit=fig.unit, metric=fig.metric,
                   period=fig.period, kind=fig.kind, qualifier=fig.qualifier, evidence=fact.evidence)
        G.add_edge(fact.id, doc_node(fact.doc_id), key="wasDerivedFrom", predicate="wasDerivedFrom")
        if fact.about and fact.about in G:
            G.add_edge(fact.id, fact.about, key="about", predicate="about")
        if fact.reported_by and fact.reported_by in G:
            G.add_edge(fact.id, fact.reported_by, key="reportedBy", predicate="reportedBy")


def build_graph(kb: KnowledgeBase) -> nx.MultiDiGraph:
    """The graph of a knowledge base; nodes and edges are added in sorted order (deterministic)."""
    G = nx.MultiDiGraph()
    _add_documents(G, kb)
    _add_entities(G, kb)
    _add_facts(G, kb)
    _add_figures(G, kb)
    return G
