"""One contract test over every registered exporter, and real imports of what they write."""

import csv
import json
import time

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic, to_isomorphic

from kg.export import EXPORTERS, export
from kg.export.rdf import to_rdf
from kg.query import competency_queries, load_store, run_query

NASTY = 'A "quoted" \\back\\slash\nnew line <tag> & amp 😀 \u200f'


def nasty_graph() -> nx.MultiDiGraph:
    """A small graph of the contract whose every string is hostile to some format."""
    G = nx.MultiDiGraph()
    G.add_node("doc/d1", label="Document", name=NASTY, title=NASTY, date="2020-12-24", source="d1.txt")
    G.add_node("person/p1", label="Person", name="王" + NASTY, aliases="甲|" + NASTY, mentions=2, documents="d1", date="")
    G.add_node("gov/g1", label="GovernmentBody", name="工业和信息化部", aliases="工信部", mentions=1, documents="d1", date="")
    G.add_node("policy/x", label="Policy", name="《" + NASTY + "》", aliases="", mentions=1, documents="d1", date="")
    G.add_node("role/r1", label="Role", name="副部长")
    G.add_node("membership/m1", label="Membership", name="副部长", role="副部长", evidence=NASTY)
    G.add_node("figure/f1", label="Figure", name="58万个", value="580000", unit="个", metric=NASTY, period="2020",
               kind="actual", qualifier="", evidence=NASTY)
    for node in ("person/p1", "gov/g1", "policy/x"):
        G.add_edge(node, "doc/d1", key="mentionedIn", predicate="mentionedIn")
    G.add_edge("policy/x", "gov/g1", key="issuedBy", predicate="issuedBy", evidence=NASTY, documents="d1")
    G.add_edge("membership/m1", "person/p1", key="member", predicate="member")
    G.add_edge("membership/m1", "gov/g1", key="organization", predicate="organization")
    G.add_edge("membership/m1", "role/r1", key="role", predicate="role")
    G.add_edge("membership/m1", "doc/d1", key="wasDerivedFrom", predicate="wasDerivedFrom")
    G.add_edge("figure/f1", "doc/d1", key="wasDerivedFrom", predicate="wasDerivedFrom")
    G.add_edge("figure/f1", "person/p1", key="reportedBy", predicate="reportedBy")
    return G


def same_edges(a, b) -> bool:
    return {k: dict(v) for k, v in a.items()} == {k: dict(v) for k, v in b.items()}


RDF_FORMATS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}


def _triples_of(path, fmt: str) -> rdflib.Graph:
    if fmt in ("nquads", "trig"):
        dataset = rdflib.Dataset()
        dataset.parse(path, format=fmt)
        merged = rdflib.Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
    return rdflib.Graph().parse(path, format=fmt)


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_exporter_writes_deterministically_and_reads_back(name, tmp_path):
    G = nasty_graph()
    first, second = export(G, name, tmp_path / "a"), export(G, name, tmp_path / "b")
    assert _bytes(first) == _bytes(second)
    if name in RDF_FORMATS:
        assert isomorphic(_triples_of(first, RDF_FORMATS[name]), to_rdf(G))
    elif name == "graphml":
        back = nx.read_graphml(first, force_multigraph=True)
        assert nx.is_isomorphic(back, G, node_match=lambda a, b: a == b, edge_match=same_edges)
    elif name == "node-link":
        back = nx.node_link_graph(json.loads(first.read_text(encoding="utf-8")), edges="edges")
        assert nx.utils.graphs_equal(back, G)
    elif name == "gexf":
        back = nx.read_gexf(first)
        assert {d["label"] for _, d in back.nodes(data=True)} == {d["name"] for _, d in G.nodes(data=True)}
    elif name == "html":
        assert NASTY not in first.read_text(encoding="utf-8")  # nothing of the text reaches HTML raw
    else:
        assert _csv_cells(first) >= {NASTY, "王" + NASTY}


def _bytes(path):
    if path.is_dir():
        return {p.name: p.read_bytes() for p in sorted(path.iterdir())}
    return path.read_bytes()


def _csv_cells(folder) -> set[str]:
    cells = set()
    for path in folder.glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                cells.update(row)
    return cells


def test_oxigraph_loads_turtle_and_nquads_and_agrees_with_rdflib(seeds_export):
    for path in (seeds_export / "graph.ttl", seeds_export / "graph.nq", seeds_export / "graph.trig"):
        store = load_store(path)
        graph = rdflib.Graph().parse(seeds_export / "graph.ttl", format="turtle")
        for query in competency_queries():
            text = query.read_text(encoding="utf-8")
            expected = sorted(tuple("" if v is None else str(v) for v in row) for row in graph.query(text))
            assert sorted(tuple(r) for r in run_query(store, text)[1]) == expected, (path.name, query.name)


def test_nquads_put_each_statement_in_its_documents_graph(seeds_export):
    store = ox.Store()
    store.load(path=str(seeds_export / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    graphs = {str(q.graph_name.value) for q in store if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert graphs == {f"https://w3id.org/policy-kg/id/doc/{d}" for d in
                      ("000_61955e9849a79e74", "001_09f7cb0ca00d7a5a", "004_5b9878e8d7bba652")}


def test_graphml_round_trip_of_the_seeds_graph(seeds_graph, tmp_path):
    back = nx.read_graphml(export(seeds_graph, "graphml", tmp_path), force_multigraph=True)
    assert nx.is_isomorphic(back, seeds_graph, node_match=lambda a, b: a == b, edge_match=same_edges)


def test_kuzu_imports_and_cypher_agrees_with_sparql(seeds_graph, store, tmp_path):
    kuzu = pytest.importorskip("kuzu")
    folder = export(seeds_graph, "kuzu", tmp_path / "kuzu")
    conn = kuzu.Connection(kuzu.Database(str(tmp_path / "db.kuzu")))
    for statement in (folder / "schema.cypher").read_text(encoding="utf-8").split(";"):
        if statement.strip():
            conn.execute(statement.replace("'nodes.csv'", f"'{folder / 'nodes.csv'}'")
                                  .replace("'edges.csv'", f"'{folder / 'edges.csv'}'"))
    result = conn.execute(
        "MATCH (m:Node {label: 'Membership'})-[:Edge {predicate: 'member'}]->(p:Node), "
        "(m)-[:Edge {predicate: 'organization'}]->(o:Node) RETURN p.name, m.role, o.name")
    cypher = set()
    while result.has_next():
        cypher.add(tuple(result.get_next()))
    sparql = {tuple(r[:3]) for r in run_query(store, (competency_queries()[7]).read_text(encoding="utf-8"))[1]}
    assert cypher == sparql and len(cypher) >= 13


def test_neo4j_files_have_typed_headers_and_every_node(seeds_graph, tmp_path):
    folder = export(seeds_graph, "neo4j", tmp_path / "neo4j")
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["id:ID", ":LABEL", "name"] and "mentions:int" in rows[0] and "aliases:string[]" in rows[0]
    assert len(rows) - 1 == seeds_graph.number_of_nodes()
    assert all(row[1].endswith(";Node") for row in rows[1:])
    with open(folder / "relationships.csv", encoding="utf-8", newline="") as f:
        rels = list(csv.reader(f))
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"] and len(rels) - 1 == seeds_graph.number_of_edges()
    script = (folder / "load.cypher").read_text(encoding="utf-8")
    assert "SET n:`Person`" in script and ":`ISSUED_BY`" in script


def test_rdf_graph_is_canonical_across_formats(seeds_export):
    ttl = to_isomorphic(rdflib.Graph().parse(seeds_export / "graph.ttl", format="turtle"))
    assert ttl == to_isomorphic(rdflib.Graph().parse(seeds_export / "graph.nt", format="nt"))
    assert ttl == to_isomorphic(rdflib.Graph().parse(seeds_export / "graph.jsonld", format="json-ld"))


def test_xml_formats_keep_tabs_and_carriage_returns_and_replace_what_xml_forbids(tmp_path):
    import xml.etree.ElementTree as ET

    G = nx.MultiDiGraph()
    G.add_node("doc/d1", label="Document", name="a\tb\r\nc\x01d", mentions=3)
    G.add_node("person/p", label="Person", name="王<一>", mentions=1)
    G.add_edge("person/p", "doc/d1", key="mentionedIn", predicate="mentionedIn", evidence='"\r\x0b"')
    back = nx.read_graphml(export(G, "graphml", tmp_path), force_multigraph=True)
    assert back.nodes["doc/d1"] == {"label": "Document", "name": "a\tb\r\nc\ufffdd", "mentions": 3}
    assert back.edges["person/p", "doc/d1", "mentionedIn"]["evidence"] == '"\r\ufffd"'
    gexf = ET.parse(export(G, "gexf", tmp_path)).getroot()
    captions = {n.get("label") for n in gexf.iter("{http://www.gexf.net/1.2draft}node")}
    assert captions == {"a\tb\r\nc\ufffdd", "王<一>"}


def test_a_statement_says_derived_from_d_only_in_the_graph_of_d(tmp_path):
    G = nx.MultiDiGraph()
    for d in ("d1", "d2"):
        G.add_node(f"doc/{d}", label="Document", name=d, title=d, date="", source=f"{d}.txt")
    G.add_node("policy/x", label="Policy", name="《规划》", aliases="", mentions=2, documents="d1|d2", date="")
    G.add_node("gov/g", label="GovernmentBody", name="工业和信息化部", aliases="", mentions=2, documents="d1|d2", date="")
    G.add_edge("policy/x", "gov/g", key="issuedBy", predicate="issuedBy", evidence="印发", documents="d1|d2")
    store = ox.Store()
    store.load(path=str(export(G, "nquads", tmp_path)), format=ox.RdfFormat.N_QUADS)
    rows = store.query("SELECT ?g ?d WHERE { GRAPH ?g { ?s <http://www.w3.org/ns/prov#wasDerivedFrom> ?d } }")
    assert sorted((r["g"].value, r["d"].value) for r in rows) == \
        [(f"https://w3id.org/policy-kg/id/doc/{d}",) * 2 for d in ("d1", "d2")]
    typed = store.query("SELECT ?g WHERE { GRAPH ?g { ?s a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> } }")
    assert sorted(r["g"].value for r in typed) == [f"https://w3id.org/policy-kg/id/doc/{d}" for d in ("d1", "d2")]


def test_formats_written_in_one_pass_equal_each_written_alone(seeds_graph, tmp_path):
    from kg.export import write_all

    write_all(seeds_graph, tmp_path / "together", jobs=1)
    for name in EXPORTERS:
        alone = export(seeds_graph, name, tmp_path / "alone" / name)
        assert _bytes(tmp_path / "together" / alone.name) == _bytes(alone), name


def test_nquads_lines_are_sorted_when_one_subject_is_a_prefix_of_others(tmp_path):
    G = nx.MultiDiGraph()
    for d in ("x", "x-1", "x0", "xa", "x-1b", "y"):
        G.add_node(f"doc/{d}", label="Document", name=d, title=d, date="", source=f"{d}.txt")
    lines = export(G, "nquads", tmp_path).read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == 6 * 3


def test_parallel_exports_match_one_process_and_a_failing_worker_is_reported(tmp_path, monkeypatch):
    """--jobs 2 writes the same bytes as one process; a writer that fails in a forked worker makes
    the whole export fail (it is never silently missing)."""
    from kg.export import rdf, write_all

    G = nasty_graph()
    one, two = tmp_path / "one", tmp_path / "two"
    write_all(G, one, jobs=1)
    write_all(G, two, jobs=2)
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files and files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    assert all((one / f).read_bytes() == (two / f).read_bytes() for f in files)

    def slow(graph, path):  # the parent's unit: long enough for the worker to take the next one
        time.sleep(1)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("done")

    def broken(graph, path):
        raise OSError("disk full")

    monkeypatch.setitem(EXPORTERS, "slow", ("kg.export.rdf", "write_slow", "slow.txt"))
    monkeypatch.setitem(EXPORTERS, "broken", ("kg.export.rdf", "write_broken", "broken.txt"))
    monkeypatch.setattr(rdf, "write_slow", slow, raising=False)
    monkeypatch.setattr(rdf, "write_broken", broken, raising=False)
    with pytest.raises(RuntimeError, match="export worker failed"):
        write_all(G, tmp_path / "three", formats=["slow", "broken"], jobs=2)  # slow here, broken in the worker
    assert (tmp_path / "three" / "slow.txt").read_text() == "done"
