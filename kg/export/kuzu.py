"""Kùzu / Ladybug: node and relationship CSVs plus the schema DDL and COPY statements.

Writes `DIR/nodes.csv`, `DIR/edges.csv` and `DIR/schema.cypher`; in an embedded database:

    import kuzu
    conn = kuzu.Connection(kuzu.Database("kg.kuzu"))
    for statement in open("schema.cypher").read().split(";"):   # run from DIR
        if statement.strip(): conn.execute(statement)

One node table `Node` (its `label` column holds the class) and one relationship table `Edge`
(its `predicate` column holds the relation), so every Cypher query of the graph contract works:
`MATCH (m:Node {label:'Membership'})-[:Edge {predicate:'member'}]->(p:Node) RETURN p.name`.
"""

from __future__ import annotations

__all__ = ["write_kuzu", "to_ddl"]

from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write
from kg.export.tables import EDGE_COLUMNS, NODE_COLUMNS, edge_rows, node_rows, write_csv

KUZU_TYPES = {"string": "STRING", "int": "INT64", "string[]": "STRING"}


def to_ddl() -> str:
    nodes = ", ".join(f"{name} {KUZU_TYPES[kind]}" for name, kind in NODE_COLUMNS)
    edges = ", ".join(f"{name} {KUZU_TYPES[kind]}" for name, kind in EDGE_COLUMNS[2:])
    return (f"CREATE NODE TABLE Node({nodes}, PRIMARY KEY(id));\n"
            f"CREATE REL TABLE Edge(FROM Node TO Node, {edges});\n"
            "COPY Node FROM 'nodes.csv' (HEADER=true, PARALLEL=false);\n"
            "COPY Edge FROM 'edges.csv' (HEADER=true, PARALLEL=false);\n")


def write_kuzu(G: nx.MultiDiGraph, folder: Path) -> None:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    write_csv(folder / "nodes.csv", [name for name, _ in NODE_COLUMNS], node_rows(G))
    write_csv(folder / "edges.csv", ["from", "to", *[name for name, _ in EDGE_COLUMNS[2:]]], edge_rows(G))
    with atomic_write(folder / "schema.cypher") as out:
        out.write(to_ddl())
