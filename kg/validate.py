"""SHACL validation of an exported graph against `ontology/shapes.ttl` (pyshacl)."""

from __future__ import annotations

from pathlib import Path

from kg.lexicon import ONTOLOGY_DIR

__all__ = ["validate", "SHAPES"]

SHAPES = ONTOLOGY_DIR / "shapes.ttl"


def validate(graph_path: Path, shapes_path: Path = SHAPES) -> tuple[bool, str]:
    """(conforms, readable report) for a Turtle file."""
    import pyshacl
    from rdflib import Graph

    data = Graph().parse(graph_path, format="turtle")
    shapes = Graph().parse(shapes_path, format="turtle")
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, advanced=True, allow_warnings=True)
    return bool(conforms), str(report)
