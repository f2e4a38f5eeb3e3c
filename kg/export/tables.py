"""The graph as two tables — nodes and edges — with typed columns, for property-graph databases.

Neo4j and Kùzu/Ladybug import the same rows; only their headers and DDL differ.
"""

from __future__ import annotations

__all__ = ["NODE_COLUMNS", "EDGE_COLUMNS", "node_rows", "edge_rows", "write_csv", "relationship_type"]

import csv
import functools
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write

# (column, type): type is "string", "int" or "string[]" (values joined with "|")
NODE_COLUMNS = [
    ("id", "string"), ("label", "string"), ("name", "string"), ("aliases", "string[]"), ("mentions", "int"),
    ("documents", "string[]"), ("date", "string"), ("title", "string"), ("source", "string"), ("value", "string"),
    ("unit", "string"), ("metric", "string"), ("period", "string"), ("kind", "string"), ("qualifier", "string"),
    ("evidence", "string"), ("role", "string"),
]
EDGE_COLUMNS = [("source", "string"), ("target", "string"), ("predicate", "string"), ("evidence", "string"),
                ("documents", "string[]")]


@functools.cache  # once per predicate, not once per edge
def relationship_type(predicate: str) -> str:
    """Neo4j's convention for relationship types: mentionedIn → MENTIONED_IN.

    Example:
        >>> relationship_type("subOrganizationOf")
        'SUB_ORGANIZATION_OF'
    """
    return "".join("_" + ch if ch.isupper() else ch.upper() for ch in predicate).lstrip("_")


def node_rows(G: nx.MultiDiGraph) -> Iterator[list]:
    for node, data in sorted(G.nodes(data=True)):
        row = {"id": node, **data}
        yield [row.get(name, 0 if kind == "int" else "") for name, kind in NODE_COLUMNS]


def edge_rows(G: nx.MultiDiGraph) -> Iterator[list]:
    for source, target, key, data in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        yield [source, target, key, data.get("evidence", ""), data.get("documents", "")]


def write_csv(path: Path, header: list[str], rows: Iterable[list]) -> None:
    """RFC 4180 CSV, every field quoted (names may hold commas, quotes and newlines)."""
    with atomic_write(path) as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
