"""RDF exports of the graph: Turtle, N-Triples, JSON-LD, and N-Quads and TriG with one named
graph per document.

The triples follow `../shared/eval/CONTRACT.md`: entities typed `kg:*` with one `rdfs:label`
and `skos:altLabel`s (`@zh`), `kg:mentionedIn` documents, `kg:Membership` nodes (ORG), figures,
and one `rdf:Statement` per relation holding its evidence sentence and documents.

The writer is our own: it sorts triples (so the bytes never depend on hashing or input
order) and escapes every literal; rdflib's serializer is about 100× slower on large graphs.
Triples are plain strings and small tuples, made and written one subject at a time, so the
whole corpus is written sorted without holding its million triples. Resource IRIs are written
in full (`<https://w3id.org/policy-kg/id/person/…>`), since a `/` cannot stand unescaped in a
prefixed name.
"""

from __future__ import annotations

__all__ = ["triples", "sourced_triples", "to_rdf", "to_turtle", "write_turtle", "write_ntriples", "write_nquads",
           "write_trig", "write_jsonld", "write_rdf", "to_jsonld", "CONTEXT", "SUBJECT_ORDER"]

import collections
import contextlib
import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import networkx as nx
import rdflib.namespace as ns
from rdflib import Graph, Literal, URIRef

from kg import vocab
from kg.atomic import atomic_write
from kg.export.jsonio import write_json
from kg.resolve import short_hash
from kg.vocab import KGR, PREFIXES


class _Plain:
    """A namespace whose terms are plain `str`, each looked up once: rdflib's namespace objects are
    slow to read, and comparing URIRefs runs Python code, on every one of millions of triples."""

    def __init__(self, terms) -> None:
        self._terms = terms

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._terms, name))
        setattr(self, name, value)
        return value

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)


KG, RDF, RDFS, SKOS, PROV, DCTERMS, XSD = map(_Plain, (vocab.KG, ns.RDF, ns.RDFS, ns.SKOS, ns.PROV, ns.DCTERMS, ns.XSD))
CLASSES = {label: str(term) for label, term in vocab.CLASSES.items()}
PREDICATES = {key: str(term) for key, term in vocab.PREDICATES.items()}

ENTITY_LABELS = ("Person", "GovernmentBody", "Organization", "Company", "Policy", "Industry", "Event", "Place")
RELATIONS = ("subOrganizationOf", "speaker", "organizer", "issuedBy", "concerns")
RELATION_TERMS = {PREDICATES[k]: k for k in RELATIONS}
BASE = str(KGR)


class Lit(NamedTuple):
    """A literal: its lexical form, and a language tag or a datatype IRI (neither: a plain string)."""

    value: str
    language: str | None = None
    datatype: str | None = None


Triple = tuple[str, str, "str | Lit"]  # subject and predicate IRIs; an object IRI or a literal


def iri(node: str) -> str:
    return BASE + node


def zh(text: str) -> Lit:
    return Lit(text, "zh")


def date_literal(value: str) -> Lit:
    return Lit(value, None, {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string))


def _document(node: str, data: dict) -> Iterator[Triple]:
    s = iri(node)
    yield s, RDF.type, KG.Document
    yield s, KG.sourceFile, Lit(data["source"])
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
        yield s, KG.mentionCount, Lit(str(int(data.get("mentions", 0))), None, XSD.integer)
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
    yield s, KG.value, Lit(data["value"], None, XSD.decimal)
    yield s, KG.kind, Lit(data["kind"])
    for key in ("unit", "metric", "qualifier", "evidence"):
        if data.get(key):
            yield s, KG[key], zh(data[key])
    if data.get("period"):
        yield s, KG.period, Lit(data["period"])
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
    """Every triple of the graph, in node order (IRIs as strings, literals as `Lit`)."""
    for triple, _ in sourced_triples(G):
        yield triple


def _edge_documents(G: nx.MultiDiGraph, source: str, key: str, target: str) -> list[str]:
    data = G.get_edge_data(source, target, key) or {}
    return [d for d in data.get("documents", "").split("|") if d]


def _sourced_node(G: nx.MultiDiGraph, node: str, data: dict) -> Iterator[tuple[Triple, list[str]]]:
    base = len(BASE)
    label = data.get("label")
    own = [t[len("doc/"):] for _, t, k in G.out_edges(node, keys=True) if k == "wasDerivedFrom"]
    if label == "Document":
        own = [node[len("doc/"):]]
    for triple in _node_triples(G, node, data):
        p, o = triple[1], triple[2]
        if p in (KG.mentionedIn, PROV.wasDerivedFrom):
            docs = [o[base + len("doc/"):]]
        elif p in RELATION_TERMS:
            docs = _edge_documents(G, node, RELATION_TERMS[p], o[base:])
        else:
            docs = own if label in ("Document", "Figure", "Membership") else [""]
        yield triple, docs or [""]


def _sourced_statement(G: nx.MultiDiGraph, source: str, target: str, key: str, data: dict
                       ) -> Iterator[tuple[Triple, list[str]]]:
    derived = len(BASE) + len("doc/")
    docs = [d for d in data.get("documents", "").split("|") if d] or [""]
    for triple in _statements_of(G, source, target, key, data):
        # "derived from document D" is said in D's graph only (in all of them, a statement
        # made by thousands of documents would be written thousands of times over)
        yield triple, [triple[2][derived:]] if triple[1] == PROV.wasDerivedFrom else docs


def sourced_triples(G: nx.MultiDiGraph) -> Iterator[tuple[Triple, list[str]]]:
    """Every triple with the documents that state it (its provenance, for the named graphs of
    N-Quads and TriG); what no single document states (an entity's type and labels) has [""]."""
    for node, data in G.nodes(data=True):
        yield from _sourced_node(G, node, data)
    for source, target, key, data in G.edges(keys=True, data=True):
        if key in RELATIONS:
            yield from _sourced_statement(G, source, target, key, data)


def rdflib_term(term: "str | Lit") -> URIRef | Literal:
    if isinstance(term, Lit):
        return Literal(term.value, lang=term.language, datatype=term.datatype)
    return URIRef(term)


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """An rdflib Graph of the triples, with our prefixes bound (for SPARQL from Python)."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    for s, p, o in triples(G):
        graph.add((URIRef(s), URIRef(p), rdflib_term(o)))
    return graph


# --- serialisation -----------------------------------------------------------------------

ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"})
UNSAFE = re.compile("[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
SPECIAL = re.compile('[\\\\"\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]')  # one scan in C: most strings need no escape


def _unsafe(match: re.Match) -> str:
    code = ord(match.group())
    return "\\uFFFD" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04X}"


def escape(text: str) -> str:
    """A string body safe inside "…" in Turtle and N-Triples (control characters as \\u escapes).

    Example:
        >>> escape('a"b\\\\c\\n')
        'a\\\\"b\\\\\\\\c\\\\n'
    """
    if SPECIAL.search(text) is None:
        return text
    text = text.translate(ESCAPES)
    return UNSAFE.sub(_unsafe, text) if UNSAFE.search(text) else text


@functools.cache
def _prefixed(uri: str) -> str | None:
    for prefix, namespace in PREFIXES.items():
        if prefix != "kgr" and uri.startswith(namespace):
            local = uri[len(namespace):]
            if local and local.replace("_", "a").isalnum() and local.isascii():
                return f"{prefix}:{local}"
    return None


def term(node: "str | Lit") -> str:
    """One term in N-Triples syntax (`_short` gives its Turtle form)."""
    if isinstance(node, Lit):
        body = f'"{escape(node.value)}"'
        if node.language:
            return f"{body}@{node.language}"
        if node.datatype and node.datatype != XSD.string:
            return f"{body}^^<{node.datatype}>"
        return body
    return f"<{node}>"


Rendered = tuple[str, str, str]  # subject IRI, predicate IRI, object in N-Triples syntax
Sourced = tuple[Rendered, "str | Lit", list[str]]  # a triple rendered, its object, its documents


def _rendered(triple: Triple) -> Rendered:
    s, p, o = triple
    return s, p, term(o)


def by_subject(G: nx.MultiDiGraph) -> Iterator[list[Sourced]]:
    """The triples of one subject at a time, subjects in sorted order, each subject's triples
    deduplicated and sorted: the whole graph sorted, without ever holding all its triples.

    Every triple of a subject comes from one node or one relation edge, so sorting the subjects
    and then each subject's triples is a global sort."""
    subjects: list[tuple[str, tuple]] = [(iri(node), (node, data)) for node, data in G.nodes(data=True)
                                         if data.get("label") is not None]
    subjects += [(iri(f"statement/{short_hash(source, key, target)}"), (source, target, key, data))
                 for source, target, key, data in G.edges(keys=True, data=True) if key in RELATIONS]
    subjects.sort(key=lambda item: item[0])
    for _, source in subjects:
        made = _sourced_node(G, *source) if len(source) == 2 else _sourced_statement(G, *source)
        unique: dict[Rendered, Sourced] = {}
        for triple, docs in made:
            rendered = _rendered(triple)
            if rendered in unique:
                unique[rendered][2].extend(docs)
            else:
                unique[rendered] = (rendered, triple[2], list(docs))
        yield [unique[r] for r in sorted(unique)]


def _short(nt: str) -> str:
    """An object's Turtle form from its N-Triples form: prefixed names where they are allowed."""
    if nt[0] == "<":
        return _prefixed(nt[1:-1]) or nt
    if nt[-1] == ">":
        body, _, datatype = nt.rpartition("^^<")
        prefixed = _prefixed(datatype[:-1])
        return f"{body}^^{prefixed}" if prefixed else nt
    return nt


def _predicate(p: str) -> str:
    return "a" if p == RDF.type else _prefixed(p) or f"<{p}>"


def _prefix_lines() -> str:
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in sorted(PREFIXES.items()))


def _turtle_block(group: list[Sourced]) -> str:
    """One subject's triples as a Turtle block (`;` between its predicate-object pairs)."""
    pairs = " ;\n    ".join(f"{_predicate(p)} {_short(o)}" for (_, p, o), _, _ in group)
    return f"\n<{group[0][0][0]}>\n    {pairs} .\n"


def _ntriples_block(group: list[Sourced]) -> str:
    return "".join(f"<{s}> <{p}> {o} .\n" for (s, p, o), _, _ in group)


def to_turtle(G: nx.MultiDiGraph) -> Iterator[str]:
    """Turtle: prefixes, then one block per subject, triples sorted."""
    yield _prefix_lines()
    yield from map(_turtle_block, by_subject(G))


def to_ntriples(G: nx.MultiDiGraph) -> Iterator[str]:
    yield from map(_ntriples_block, by_subject(G))


class _Syntax:
    """A file being written subject by subject (`add`), completed by `finish`."""

    def __init__(self, out) -> None:
        self.out = out

    def add(self, group: list[Sourced]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        pass


class _Turtle(_Syntax):
    def __init__(self, out) -> None:
        super().__init__(out)
        out.write(_prefix_lines())

    def add(self, group: list[Sourced]) -> None:
        self.out.write(_turtle_block(group))


class _NTriples(_Syntax):
    def add(self, group: list[Sourced]) -> None:
        self.out.write(_ntriples_block(group))


class _TriG(_Syntax):
    """The same named graphs as N-Quads, one block per document: its lines are held, one string
    each, until every subject has been seen."""

    def __init__(self, out) -> None:
        super().__init__(out)
        self.blocks: dict[str, list[str]] = defaultdict(list)

    def add(self, group: list[Sourced]) -> None:
        for (s, p, o), _, docs in group:
            line = f"    <{s}> {_predicate(p)} {_short(o)} .\n"
            for doc_id in sorted(set(docs)):
                self.blocks[doc_id].append(line)

    def finish(self) -> None:
        self.out.write(_prefix_lines())
        for doc_id in sorted(self.blocks):
            name = f"<{BASE}doc/{doc_id}> " if doc_id else ""
            self.out.write(f"\n{name}{{\n")
            self.out.writelines(self.blocks[doc_id])
            self.out.write("}\n")


class _NQuads(_Syntax):
    """Lines sorted as strings, so "<…/x-1> …" comes before "<…/x> …" ("-" sorts before ">"): a
    subject that is a prefix of the next ones waits on a stack until those that continue it with a
    character before ">" have been written."""

    def __init__(self, out) -> None:
        super().__init__(out)
        self.waiting: list[tuple[str, list[str]]] = []

    def add(self, group: list[Sourced]) -> None:
        subject = group[0][0][0]
        while self.waiting and not _continues_before(subject, self.waiting[-1][0]):
            self.out.writelines(self.waiting.pop()[1])
        lines = {f"<{s}> <{p}> {o}{f' <{BASE}doc/{doc_id}>' if doc_id else ''} .\n"
                 for (s, p, o), _, docs in group for doc_id in docs}
        self.waiting.append((subject, sorted(lines)))

    def finish(self) -> None:
        while self.waiting:
            self.out.writelines(self.waiting.pop()[1])


def _continues_before(subject: str, prefix: str) -> bool:
    return subject.startswith(prefix) and subject[len(prefix)] < ">"


SUBJECT_ORDER = {"turtle": _Turtle, "ntriples": _NTriples, "nquads": _NQuads, "trig": _TriG,
                 "jsonld": None}  # one pass writes them all


def write_rdf(G: nx.MultiDiGraph, paths: dict[str, Path]) -> None:
    """Turtle, N-Triples, N-Quads, TriG and JSON-LD (those of them in `paths`) from one pass over
    the subjects: each triple is made, rendered and sorted once, not once per syntax."""
    with contextlib.ExitStack() as stack:
        writers = [SUBJECT_ORDER[name](stack.enter_context(atomic_write(path)))
                   for name, path in paths.items() if name != "jsonld"]

        def groups() -> Iterator[list[Sourced]]:
            for group in by_subject(G):
                for writer in writers:
                    writer.add(group)
                yield group

        if "jsonld" in paths:  # the JSON writer pulls the subjects; the others are fed on the way
            _write_jsonld(map(_jsonld_entry, groups()), paths["jsonld"])
        else:
            collections.deque(groups(), maxlen=0)
        for writer in writers:
            writer.finish()


def write_turtle(G: nx.MultiDiGraph, path: Path) -> None:
    write_rdf(G, {"turtle": path})


def write_ntriples(G: nx.MultiDiGraph, path: Path) -> None:
    write_rdf(G, {"ntriples": path})


def write_trig(G: nx.MultiDiGraph, path: Path) -> None:
    """TriG: the same named graphs as N-Quads, one block per document."""
    write_rdf(G, {"trig": path})


def write_nquads(G: nx.MultiDiGraph, path: Path) -> None:
    """N-Quads: each statement in the named graph `<…/id/doc/ID>` of the document it came from."""
    write_rdf(G, {"nquads": path})


CONTEXT = {"@context": {**PREFIXES, "@language": "zh"}}


def _jsonld_value(node: "str | Lit") -> dict:
    if isinstance(node, Lit):
        value = {"@value": node.value}
        if node.language:
            value["@language"] = node.language
        elif node.datatype and node.datatype != XSD.string:
            value["@type"] = node.datatype
        else:
            value["@language"] = None  # a plain string, not the context's default @zh
        return value
    return {"@id": node}


def _jsonld_entry(group: list[Sourced]) -> dict:
    entry = {"@id": group[0][0][0]}
    for (_, p, _), o, _ in group:
        if p == RDF.type:
            entry.setdefault("@type", []).append(o)
        else:
            entry.setdefault(p, []).append(_jsonld_value(o))
    return entry


def to_jsonld(G: nx.MultiDiGraph) -> dict:
    """Expanded-IRI JSON-LD with the context inlined: one node object per subject, sorted."""
    return {**CONTEXT, "@graph": list(map(_jsonld_entry, by_subject(G)))}


def _write_jsonld(entries: Iterator[dict], path: Path) -> None:
    """JSON-LD (one node object per line, written as they are made), plus `context.jsonld` beside
    it for tools that take the context separately."""
    write_json({**CONTEXT, "@graph": entries}, path, rows=("@graph",), sort_keys=False)
    with atomic_write(Path(path).parent / "context.jsonld") as out:
        json.dump(CONTEXT, out, ensure_ascii=False, indent=1, sort_keys=True)
        out.write("\n")


def write_jsonld(G: nx.MultiDiGraph, path: Path) -> None:
    write_rdf(G, {"jsonld": path})
