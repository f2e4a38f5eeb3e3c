"""The registry of export formats: name → (module, writer, default file name). Imports are lazy.

The CLI and the contract test both enumerate `EXPORTERS`; adding a format is one module and
one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import networkx as nx

__all__ = ["EXPORTERS", "get", "export", "write_all"]

EXPORTERS: dict[str, tuple[str, str, str]] = {
    "turtle": ("kg.export.rdf", "write_turtle", "graph.ttl"),
    "ntriples": ("kg.export.rdf", "write_ntriples", "graph.nt"),
    "nquads": ("kg.export.rdf", "write_nquads", "graph.nq"),
    "trig": ("kg.export.rdf", "write_trig", "graph.trig"),
    "jsonld": ("kg.export.rdf", "write_jsonld", "graph.jsonld"),
    "graphml": ("kg.export.networkx_formats", "write_graphml", "graph.graphml"),
    "gexf": ("kg.export.networkx_formats", "write_gexf", "graph.gexf"),
    "node-link": ("kg.export.networkx_formats", "write_node_link", "graph.json"),
    "neo4j": ("kg.export.neo4j", "write_neo4j", "neo4j"),
    "kuzu": ("kg.export.kuzu", "write_kuzu", "kuzu"),
    "html": ("kg.export.html", "write_html", "graph.html"),
}


def get(name: str) -> Callable[[nx.MultiDiGraph, Path], None]:
    """The writer of a format, imported on first use."""
    if name not in EXPORTERS:
        raise ValueError(f"unknown export format {name!r}; known: {', '.join(sorted(EXPORTERS))}")
    module, function, _ = EXPORTERS[name]
    return getattr(importlib.import_module(module), function)


def export(G: nx.MultiDiGraph, name: str, out_dir: Path) -> Path:
    path = Path(out_dir) / EXPORTERS[name][2]
    get(name)(G, path)
    return path


def write_all(G: nx.MultiDiGraph, out_dir: Path, formats: list[str] | None = None) -> list[Path]:
    return [export(G, name, out_dir) for name in (formats or list(EXPORTERS))]
