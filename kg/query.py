"""SPARQL over an exported graph, answered by an embedded Oxigraph store (read-only).

pyoxigraph parses Turtle and answers SPARQL 1.1 in Rust, orders of magnitude faster than
rdflib's engine on large graphs, and needs no server. Updates are refused: exports are files
users share, and a query command must never change them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

__all__ = ["QueryError", "load_store", "run_query", "format_rows", "PREFIXES_SPARQL", "competency_queries"]

UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I | re.M)
FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG", ".jsonld": "JSON_LD"}
QUERIES_DIR = Path(__file__).resolve().parent.parent / "exports" / "queries"


class QueryError(ValueError):
    """A query that cannot run: an update, or a syntax or evaluation error (message readable)."""


def _strip_prologue(query: str) -> str:
    body = re.sub(r"(?m)(^|\s)#[^\n]*", " ", query)  # comments, not the # inside <IRIs>
    return re.sub(r"^\s*(PREFIX\s+\S*\s*<[^>]*>\s*|BASE\s*<[^>]*>\s*)*", "", body, flags=re.I)


def load_store(path: Path):
    """An in-memory Oxigraph store holding the graph file (format from its suffix)."""
    import pyoxigraph as ox

    fmt = FORMATS.get(Path(path).suffix)
    if fmt is None:
        raise QueryError(f"{path}: unknown RDF format (use one of {', '.join(FORMATS)})")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=getattr(ox.RdfFormat, fmt))
    except (SyntaxError, ValueError, OSError) as e:
        raise QueryError(f"{path}: cannot load: {e}") from e
    return store


def run_query(store, query: str) -> tuple[list[str], list[list[str]]]:
    """(variables, rows) of a SELECT or ASK; rows hold N-Triples-free plain strings."""
    import pyoxigraph as ox

    if UPDATE.match(_strip_prologue(query)):
        raise QueryError("updates are refused: `kg query` is read-only (use SELECT, ASK, CONSTRUCT or DESCRIBE)")
    try:
        result = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as e:
        raise QueryError(f"query syntax error: {e}") from e
    except (ValueError, OSError) as e:
        raise QueryError(f"query failed: {e}") from e
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [[str(bool(result)).lower()]]
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        return variables, [[_plain(solution[v]) for v in variables] for solution in result]
    rows = [[_plain(t.subject), _plain(t.predicate), _plain(t.object)] for t in result]
    return ["subject", "predicate", "object"], rows


def _plain(node) -> str:
    if node is None:
        return ""
    return getattr(node, "value", str(node))


def format_rows(variables: list[str], rows: list[list[str]], fmt: str) -> str:
    """The answer as an aligned table, CSV or JSON."""
    if fmt == "json":
        return json.dumps([dict(zip(variables, row)) for row in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(variables)
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    widths = [max([_width(v)] + [_width(r[i]) for r in rows]) for i, v in enumerate(variables)]
    lines = ["  ".join(_pad(v, w) for v, w in zip(variables, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)) for row in rows]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)


def _width(text: str) -> int:
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def competency_queries(folder: Path = QUERIES_DIR) -> list[Path]:
    return sorted(Path(folder).glob("*.rq"))


PREFIXES_SPARQL = """PREFIX kg: <https://w3id.org/policy-kg/ontology#>
PREFIX kgr: <https://w3id.org/policy-kg/id/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
