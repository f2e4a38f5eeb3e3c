"""Graph-file formats networkx (and Gephi, yEd, Cytoscape) read: GraphML, GEXF and node-link JSON.

All three carry the graph contract of `kg/graph.py` unchanged (scalar attributes, edge key =
predicate), except GEXF, where Gephi reads a node's `label` as its caption: there the caption
is the Chinese name and the class moves to `kgclass`.

GraphML and GEXF are written here, streaming, rather than through networkx's ElementTree
writers: those build the whole document in memory, took 5-6 % of a build each, and GEXF
stamps the day's date into the file (the same graph must give the same bytes).
"""

from __future__ import annotations

__all__ = ["write_graphml", "write_gexf", "to_node_link", "write_node_link"]

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write
from kg.export.jsonio import write_json

XML_HEAD = "<?xml version='1.0' encoding='utf-8'?>\n"
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # not allowed in XML 1.0
TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;",
                                   "\n": "&#10;", "\t": "&#9;"})
# Most values need no escaping; one scan in C says so, where translate() walks the string in Python's slow
# mapping path (non-ASCII text): exports of a large graph spent a fifth of their time there.
ATTRIBUTE_SPECIAL = re.compile('[&<>"\t\n\r]|' + NOT_XML.pattern)
TEXT_SPECIAL = re.compile("[&<>\r]|" + NOT_XML.pattern)


def xml_text(value: object) -> str:
    """Element content: markup escaped, carriage returns kept, characters XML forbids as U+FFFD."""
    text = str(value)
    return text if TEXT_SPECIAL.search(text) is None else NOT_XML.sub("\ufffd", text).translate(TEXT_ESCAPES)


def xml_attribute(value: object) -> str:
    """A double-quoted attribute value that parsers give back unchanged (newlines and tabs too)."""
    text = str(value)
    return text if ATTRIBUTE_SPECIAL.search(text) is None else NOT_XML.sub("\ufffd", text).translate(ATTRIBUTE_ESCAPES)


XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}  # the names GraphML and GEXF share


def attribute_types(records: Iterable[dict]) -> dict[str, str]:
    """Each attribute's declared type, sorted by name: the numeric type when every value has it."""
    seen: dict[str, set[type]] = {}
    for data in records:
        for name, value in data.items():
            seen.setdefault(name, set()).add(type(value))
    declared = {}
    for name in sorted(seen):
        kinds = seen[name]
        if kinds == {bool}:
            declared[name] = XML_TYPES[bool]
        elif kinds <= {int} and bool not in kinds:
            declared[name] = XML_TYPES[int]
        elif kinds <= {int, float} and bool not in kinds:
            declared[name] = XML_TYPES[float]
        else:
            declared[name] = XML_TYPES[str]
    return declared


def _value(value: object) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def graphml_lines(G: nx.MultiDiGraph) -> Iterator[str]:
    """GraphML; `nx.read_graphml(path, force_multigraph=True)` gives the same graph back."""
    yield XML_HEAD
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    ids = {}
    for kind, records in (("node", (d for _, d in G.nodes(data=True))), ("edge", (d for *_, d in G.edges(data=True)))):
        for name, declared in attribute_types(records).items():
            ids[kind, name] = key = f"d{len(ids)}"
            yield (f'  <key id="{key}" for="{kind}" attr.name="{xml_attribute(name)}" '
                   f'attr.type="{declared}" />\n')
    yield '  <graph edgedefault="directed">\n'
    for node, data in G.nodes(data=True):
        yield f'    <node id="{xml_attribute(node)}">\n'
        for name, value in data.items():
            yield f'      <data key="{ids["node", name]}">{xml_text(_value(value))}</data>\n'
        yield "    </node>\n"
    for source, target, key, data in G.edges(keys=True, data=True):
        yield (f'    <edge source="{xml_attribute(source)}" target="{xml_attribute(target)}" '
               f'id="{xml_attribute(key)}">\n')
        for name, value in data.items():
            yield f'      <data key="{ids["edge", name]}">{xml_text(_value(value))}</data>\n'
        yield "    </edge>\n"
    yield "  </graph>\n</graphml>\n"


def write_graphml(G: nx.MultiDiGraph, path: Path) -> None:
    """GraphML (yEd, Cytoscape, networkx)."""
    with atomic_write(path) as out:
        out.writelines(graphml_lines(G))


def _gexf_node(data: dict) -> dict:
    """Gephi's caption is `label`: the name goes there, the class to `kgclass`."""
    return {"kgclass": data.get("label", ""), **{k: v for k, v in data.items() if k not in ("label", "name")}}


def gexf_lines(G: nx.MultiDiGraph) -> Iterator[str]:
    """GEXF 1.2 for Gephi: captions are the Chinese names; edges are labelled with the predicate."""
    yield XML_HEAD
    yield ('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
           'version="1.2">\n  <meta>\n    <creator>policy-kg</creator>\n  </meta>\n')
    yield '  <graph defaultedgetype="directed" mode="static">\n'
    ids = {}
    for kind, records in (("node", (_gexf_node(d) for _, d in G.nodes(data=True))),
                          ("edge", (d for *_, d in G.edges(data=True)))):
        yield f'    <attributes class="{kind}" mode="static">\n'
        for name, declared in attribute_types(records).items():
            ids[kind, name] = key = str(len(ids))
            yield f'      <attribute id="{key}" title="{xml_attribute(name)}" type="{declared}" />\n'
        yield "    </attributes>\n"
    yield "    <nodes>\n"
    for node, data in G.nodes(data=True):
        yield f'      <node id="{xml_attribute(node)}" label="{xml_attribute(data.get("name", node))}">\n'
        yield from _attvalues(ids, "node", _gexf_node(data))
        yield "      </node>\n"
    yield "    </nodes>\n    <edges>\n"
    for number, (source, target, key, data) in enumerate(G.edges(keys=True, data=True)):
        yield (f'      <edge id="{number}" source="{xml_attribute(source)}" target="{xml_attribute(target)}" '
               f'label="{xml_attribute(key)}">\n')
        yield from _attvalues(ids, "edge", data)
        yield "      </edge>\n"
    yield "    </edges>\n  </graph>\n</gexf>\n"


def _attvalues(ids: dict, kind: str, data: dict) -> Iterator[str]:
    yield "        <attvalues>\n"
    for name, value in data.items():
        yield f'          <attvalue for="{ids[kind, name]}" value="{xml_attribute(_value(value))}" />\n'
    yield "        </attvalues>\n"


def write_gexf(G: nx.MultiDiGraph, path: Path) -> None:
    with atomic_write(path) as out:
        out.writelines(gexf_lines(G))


def to_node_link(G: nx.MultiDiGraph) -> dict:
    """networkx's node-link data (`nx.node_link_graph` reads it back)."""
    return nx.node_link_data(G, edges="edges")


def write_node_link(G: nx.MultiDiGraph, path: Path) -> None:
    write_json(to_node_link(G), path, rows=("nodes", "edges"))
