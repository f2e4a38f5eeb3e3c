"""Graph-file formats networkx writes: GraphML, GEXF (Gephi) and node-link JSON.

All three carry the graph contract of `kg/graph.py` unchanged (scalar attributes, edge key =
predicate), except GEXF, where Gephi reads a node's `label` as its caption: there the caption
is the Chinese name and the class moves to `kgclass`.
"""

from __future__ import annotations

__all__ = ["write_graphml", "write_gexf", "to_node_link", "write_node_link", "to_gexf_graph"]

import json
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    """GraphML (yEd, Cytoscape, networkx): `nx.read_graphml` gives the same graph back."""
    with atomic_write(path, "wb") as out:
        nx.write_graphml_xml(G, out, encoding="utf-8", prettyprint=True, named_key_ids=True)


def to_gexf_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        attrs = {k: v for k, v in data.items() if k not in ("label", "name")}
        H.add_node(node, label=data.get("name", node), kgclass=data.get("label", ""), **attrs)
    for u, v, key, data in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=key, label=key, **{k: val for k, val in data.items() if k != "label"})
    return H


def write_gexf(G: nx.MultiDiGraph, path: Path) -> None:
    """GEXF 1.2 for Gephi: captions are the Chinese names; the class is the `kgclass` attribute."""
    with atomic_write(path, "wb") as out:
        nx.write_gexf(to_gexf_graph(G), out, encoding="utf-8", prettyprint=True)


def to_node_link(G: nx.MultiDiGraph) -> dict:
    """networkx's node-link data (`nx.node_link_graph` reads it back), keys sorted."""
    return nx.node_link_data(G, edges="edges")


def write_node_link(G: nx.MultiDiGraph, path: Path) -> None:
    with atomic_write(path) as out:
        json.dump(to_node_link(G), out, ensure_ascii=False, sort_keys=True, indent=1)
        out.write("\n")
