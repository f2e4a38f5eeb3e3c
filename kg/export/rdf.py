"""RDF exports of the graph: Turtle, N-Triples, and N-Quads with one named graph per document.

The triples follow `../shared/eval/CONTRACT.md`: entities typed `kg:*` with one `rdfs:label`
and `skos:altLabel`s (`@zh`), `kg:mentionedIn` documents, `kg:Membership` nodes (ORG), figures,
and one `rdf:Statement` per relation holding its evidence sentence and documents.

The writer is our own: it sorts triples (so the bytes never depend on hashing or input
order) and escapes every literal; rdflib's serializer is about 100× slower on large graphs.
Resource IRIs are written in full (`<https://w3id.org/policy-kg/id/person/…>`), since a `/`
cannot stand unescaped in a prefixed name.
"""

from __future__ import annotations

__all__ = ["triples", "to_rdf", "to_turtle", "write_turtle", "write_ntriples", "write_nquads", "write_trig", "quads",
           "write_jsonld", "to_jsonld", "CONTEXT"]

import json
import weakref
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from kg.atomic import atomic_write
from kg.resolve import short_hash
from kg.vocab import CLASSES, KG, KGR, PREDICATES, PREFIXES

ENTITY_LABELS = ("Person", "GovernmentBody", "Organization", "Company", "Policy", "Industry", "Event", "Place")
RELATIONS = ("subOrganizationOf", "speaker", "organizer", "issuedBy", "concerns")
Triple = tuple[URIRef, URIRef, URIRef | Literal]


def iri(node: str) -> URIRef:
    return URIRef(str(KGR) + node)


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def date_literal(value: str) -> Literal:
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string)
    return Literal(value, datatype=datatype)


def _document(node: str, data: dict) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Document
    yield s, KG.sourceFile, Literal(data["source"])
    if data.get("title"):
        yield s, DCTERMS.title, zh(data["title"])
    if data.get("date"):
        yield s, DCTERMS.date, date_literal(data["date"])


def _entity(G: nx.MultiDiGraph, node: str, data: dict) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, CLASSES[data["label"]]
    yield s, RDFS.label, zh(data["name"])
    yield s, SKOS.prefLabel, zh(data["name"])
    for alias in filter(None, data.get("aliases", "").split("|")):
        yield s, SKOS.altLabel, zh(alias)
    if data["label"] in ENTITY_LABELS:
        yield s, KG.mentionCount, Literal(int(data.get("mentions", 0)))
    if data.get("date"):
        yield s, KG.date, date_literal(data["date"])
    for _, target, key in G.out_edges(node, keys=True):
        if key in ("mentionedIn", *RELATIONS):
            yield s, PREDICATES[key], iri(target)


def _membership(G: nx.MultiDiGraph, node: str, data: dict) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Membership
    if data.get("evidence"):
        yield s, KG.evidence, zh(data["evidence"])
    for _, target, key in G.out_edges(node, keys=True):
        yield s, PREDICATES[key], iri(target)


def _figure(G: nx.MultiDiGraph, node: str, data: dict) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Figure
    yield s, KG.value, Literal(data["value"], datatype=XSD.decimal)
    yield s, KG.kind, Literal(data["kind"])
    for key in ("unit", "metric", "qualifier", "evidence"):
        if data.get(key):
            yield s, KG[key], zh(data[key])
    if data.get("period"):
        yield s, KG.period, Literal(data["period"])
    for _, target, key in G.out_edges(node, keys=True):
        yield s, PREDICATES[key], iri(target)


def _statements_of(G: nx.MultiDiGraph, source: str, target: str, key: str, data: dict) -> Iterator[Triple]:
    s = iri(f"statement/{short_hash(source, key, target)}")
    yield s, RDF.type, RDF.Statement
    yield s, RDF.subject, iri(source)
    yield s, RDF.predicate, PREDICATES[key]
    yield s, RDF.object, iri(target)
    if data.get("evidence"):
        yield s, KG.evidence, zh(data["evidence"])
    for doc_id in filter(None, data.get("documents", "").split("|")):
        yield s, PROV.wasDerivedFrom, iri(f"doc/{doc_id}")


def _statements(G: nx.MultiDiGraph) -> Iterator[Triple]:
    """One rdf:Statement per relation edge: its evidence sentence and source documents."""
    for source, target, key, data in G.edges(keys=True, data=True):
        if key in RELATIONS:
            yield from _statements_of(G, source, target, key, data)


def _node_triples(G: nx.MultiDiGraph, node: str, data: dict) -> Iterator[Triple]:
    label = data.get("label")
    if label == "Document":
        yield from _document(node, data)
    elif label == "Membership":
        yield from _membership(G, node, data)
    elif label == "Figure":
        yield from _figure(G, node, data)
    elif label is not None:
        yield from _entity(G, node, data)


def triples(G: nx.MultiDiGraph) -> Iterator[Triple]:
    """Every triple of the graph, in node order."""
    for node, data in G.nodes(data=True):
        yield from _node_triples(G, node, data)
    yield from _statements(G)


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """An rdflib Graph of the triples, with our prefixes bound (for SPARQL from Python)."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for triple in triples(G):
        graph.add(triple)
    return graph


# --- serialisation -----------------------------------------------------------------------

ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def escape(text: str) -> str:
    """A string body safe inside "…" in Turtle and N-Triples (control characters as \\u escapes).

    Example:
        >>> escape('a"b\\\\c\\n')
        'a\\\\"b\\\\\\\\c\\\\n'
    """
    out = []
    for ch in text:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0xD800 <= ord(ch) <= 0xDFFF or ch in "\ufffe\uffff":
            out.append(f"\\u{ord(ch):04X}" if 0xD800 > ord(ch) or ord(ch) > 0xDFFF else "\\uFFFD")
        else:
            out.append(ch)
    return "".join(out)


def _prefixed(uri: str) -> str | None:
    for prefix, namespace in PREFIXES.items():
        if prefix != "kgr" and uri.startswith(namespace):
            local = uri[len(namespace):]
            if local and local.replace("_", "a").isalnum() and local.isascii():
                return f"{prefix}:{local}"
    return None


def term(node: URIRef | Literal | BNode, short: bool = True) -> str:
    """One term in Turtle (short=True, with prefixes) or N-Triples syntax."""
    if isinstance(node, Literal):
        body = f'"{escape(str(node))}"'
        if node.language:
            return f"{body}@{node.language}"
        if node.datatype and node.datatype != XSD.string:
            dt = _prefixed(str(node.datatype)) if short else None
            return f"{body}^^{dt or '<' + str(node.datatype) + '>'}"
        return body
    if short and node == RDF.type:
        return "a"
    return (short and _prefixed(str(node))) or f"<{node}>"


def sort_key(triple: Triple) -> tuple[str, str, str]:
    return str(triple[0]), str(triple[1]), term(triple[2], short=False)


_SORTED: "weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple[tuple[int, int], list[Triple]]]" = weakref.WeakKeyDictionary()


def sorted_triples(G: nx.MultiDiGraph) -> list[Triple]:
    """The graph's triples, deduplicated and sorted; computed once per graph for all RDF formats."""
    signature = (G.number_of_nodes(), G.number_of_edges())
    cached = _SORTED.get(G)
    if cached is None or cached[0] != signature:
        cached = (signature, sorted(set(triples(G)), key=sort_key))
        _SORTED[G] = cached
    return cached[1]


def to_turtle(G: nx.MultiDiGraph) -> Iterator[str]:
    """Turtle lines: prefixes, then one block per subject, triples sorted."""
    for prefix, namespace in sorted(PREFIXES.items()):
        yield f"@prefix {prefix}: <{namespace}> .\n"
    previous = None
    for s, p, o in sorted_triples(G):
        if s != previous:
            if previous is not None:
                yield " .\n"
            yield f"\n<{s}>\n    {term(p)} {term(o)}"
            previous = s
        else:
            yield f" ;\n    {term(p)} {term(o)}"
    if previous is not None:
        yield " .\n"


def write_turtle(G: nx.MultiDiGraph, path: Path) -> None:
    with atomic_write(path) as out:
        out.writelines(to_turtle(G))


def to_ntriples(G: nx.MultiDiGraph) -> Iterator[str]:
    for s, p, o in sorted_triples(G):
        yield f"<{s}> <{p}> {term(o, short=False)} .\n"


def write_ntriples(G: nx.MultiDiGraph, path: Path) -> None:
    with atomic_write(path) as out:
        out.writelines(to_ntriples(G))


def _edge_documents(G: nx.MultiDiGraph, source: str, key: str, target: str) -> list[str]:
    data = G.get_edge_data(source, target, key) or {}
    return [d for d in data.get("documents", "").split("|") if d]


def quads(G: nx.MultiDiGraph) -> Iterator[tuple[Triple, str]]:
    """Each triple in the named graph of every document that states it (its provenance); what no
    single document states (an entity's type and labels) goes to the default graph, as ""."""
    base = len(str(KGR))
    relation_terms = {PREDICATES[k]: k for k in RELATIONS}
    for node, data in G.nodes(data=True):
        label = data.get("label")
        own = [t[len("doc/"):] for _, t, k in G.out_edges(node, keys=True) if k == "wasDerivedFrom"]
        if label == "Document":
            own = [node[len("doc/"):]]
        for s, p, o in _node_triples(G, node, data):
            if p == KG.mentionedIn:
                docs = [str(o)[base + len("doc/"):]]
            elif p in relation_terms:
                docs = _edge_documents(G, node, relation_terms[p], str(o)[base:])
            else:
                docs = own if label in ("Document", "Figure", "Membership") else [""]
            for doc_id in docs or [""]:
                yield (s, p, o), doc_id
    for source, target, key, data in G.edges(keys=True, data=True):
        if key in RELATIONS:
            docs = [d for d in data.get("documents", "").split("|") if d] or [""]
            for triple in _statements_of(G, source, target, key, data):
                for doc_id in docs:
                    yield triple, doc_id


def _nquad_lines(G: nx.MultiDiGraph) -> list[str]:
    lines = set()
    for (s, p, o), doc_id in quads(G):
        graph = f" <{KGR}doc/{doc_id}>" if doc_id else ""
        lines.add(f"<{s}> <{p}> {term(o, short=False)}{graph} .\n")
    return sorted(lines)


def write_nquads(G: nx.MultiDiGraph, path: Path) -> None:
    """N-Quads: each statement in the named graph `<…/id/doc/ID>` of the document it came from."""
    with atomic_write(path) as out:
        out.writelines(_nquad_lines(G))


def write_trig(G: nx.MultiDiGraph, path: Path) -> None:
    """TriG: the same named graphs as N-Quads, one block per document."""
    by_graph: dict[str, list[Triple]] = {}
    for triple, doc_id in quads(G):
        by_graph.setdefault(doc_id, []).append(triple)
    with atomic_write(path) as out:
        for prefix, namespace in sorted(PREFIXES.items()):
            out.write(f"@prefix {prefix}: <{namespace}> .\n")
        for doc_id in sorted(by_graph):
            name = f"<{KGR}doc/{doc_id}> " if doc_id else ""
            out.write(f"\n{name}{{\n")
            for s, p, o in sorted(set(by_graph[doc_id]), key=sort_key):
                out.write(f"    <{s}> {term(p)} {term(o)} .\n")
            out.write("}\n")


CONTEXT = {"@context": {**PREFIXES, "@language": "zh"}}


def _jsonld_value(node: URIRef | Literal) -> dict:
    if isinstance(node, Literal):
        value = {"@value": str(node)}
        if node.language:
            value["@language"] = node.language
        elif node.datatype and node.datatype != XSD.string:
            value["@type"] = str(node.datatype)
        else:
            value["@language"] = None  # a plain string, not the context's default @zh
        return value
    return {"@id": str(node)}


def to_jsonld(G: nx.MultiDiGraph) -> dict:
    """Expanded-IRI JSON-LD with the context inlined: one node object per subject, sorted."""
    nodes: dict[str, dict] = {}
    for s, p, o in sorted_triples(G):
        entry = nodes.setdefault(str(s), {"@id": str(s)})
        if p == RDF.type:
            entry.setdefault("@type", []).append(str(o))
        else:
            entry.setdefault(str(p), []).append(_jsonld_value(o))
    return {**CONTEXT, "@graph": list(nodes.values())}


def write_jsonld(G: nx.MultiDiGraph, path: Path) -> None:
    """JSON-LD, plus `context.jsonld` beside it for tools that take the context separately."""
    with atomic_write(path) as out:
        json.dump(to_jsonld(G), out, ensure_ascii=False, indent=1)
        out.write("\n")
    with atomic_write(Path(path).parent / "context.jsonld") as out:
        json.dump(CONTEXT, out, ensure_ascii=False, indent=1, sort_keys=True)
        out.write("\n")
