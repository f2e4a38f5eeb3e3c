"""Neo4j: `neo4j-admin database import` CSVs with typed headers, and a Cypher `LOAD CSV` script.

Writes `DIR/nodes.csv`, `DIR/relationships.csv` and `DIR/load.cypher`:

    neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \\
        --array-delimiter="|" --multiline-fields=true neo4j

Every node gets the label of its class (Person, GovernmentBody, …, Figure, Document) and the
label `Node`; relationship types are the predicates in Neo4j's style (MENTIONED_IN, ISSUED_BY).
`load.cypher` does the same through LOAD CSV for a running server (files in its import folder),
with one statement per label and type, so it needs no APOC.
"""

from __future__ import annotations

__all__ = ["write_neo4j", "to_cypher"]

from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write
from kg.export.tables import NODE_COLUMNS, edge_rows, node_rows, relationship_type, write_csv

NEO4J_TYPES = {"string": "", "int": ":int", "string[]": ":string[]"}


def _node_header() -> list[str]:
    header = []
    for name, kind in NODE_COLUMNS:
        if name == "id":
            header.append("id:ID")
        elif name == "label":
            header.append(":LABEL")
        else:
            header.append(name + NEO4J_TYPES[kind])
    return header


def _quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def to_cypher(G: nx.MultiDiGraph) -> str:
    """LOAD CSV statements: a uniqueness constraint, one MERGE per class, one per relationship type."""
    labels = sorted({d.get("label", "") for _, d in G.nodes(data=True)} - {""})
    predicates = sorted({k for _, _, k in G.edges(keys=True)})
    props = ", ".join(f"{name}: row.{name}" if kind == "string" else
                      f"{name}: toInteger(row.`{name}:int`)" if kind == "int" else
                      f"{name}: split(row.`{name}:string[]`, '|')"
                      for name, kind in NODE_COLUMNS if name not in ("id", "label"))
    lines = ["// Load exports/neo4j/*.csv into a running Neo4j (copy them to its import folder first).",
             "CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;"]
    for label in labels:
        lines.append(f"LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.`:LABEL` = {_quote(label)}\n"
                     f"MERGE (n:Node {{id: row.`id:ID`}}) SET n:`{label}`, n += {{{props}}};")
    for predicate in predicates:
        lines.append("LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row WITH row "
                     f"WHERE row.`:TYPE` = {_quote(relationship_type(predicate))}\n"
                     "MATCH (a:Node {id: row.`:START_ID`}), (b:Node {id: row.`:END_ID`})\n"
                     f"MERGE (a)-[r:`{relationship_type(predicate)}`]->(b) "
                     "SET r.evidence = row.evidence, r.documents = split(row.`documents:string[]`, '|');")
    return "\n".join(lines) + "\n"


def write_neo4j(G: nx.MultiDiGraph, folder: Path) -> None:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    nodes = ([*row[:1], f"{row[1]};Node", *row[2:]] for row in node_rows(G))
    write_csv(folder / "nodes.csv", _node_header(), nodes)
    header = [":START_ID", ":END_ID", ":TYPE", "evidence", "documents:string[]"]
    edges = ([s, t, relationship_type(p), ev, docs] for s, t, p, ev, docs in edge_rows(G))
    write_csv(folder / "relationships.csv", header, edges)
    with atomic_write(folder / "load.cypher") as out:
        out.write(to_cypher(G))
