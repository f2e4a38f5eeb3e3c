"""The interactive HTML view: one self-contained file (vis-network inlined), opened by double-click.

pyvis supplies the vis-network build it ships; the page is our own template, because pyvis's
loads Bootstrap from a CDN and writes node names into the page unescaped. Here every string of
the graph travels as JSON inside a `<script type="application/json">` block, with `<`, `>` and
`&` escaped, and the page's script shows them with `textContent` only: text from documents
is data and cannot run. A Content-Security-Policy forbids any network access.
"""

from __future__ import annotations

__all__ = ["to_html", "write_html", "page_data"]

import hashlib
import json
import math
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write

STYLES = {
    "Person": ("人物", "dot", "#e15759"), "GovernmentBody": ("政府机构", "square", "#4e79a7"),
    "Organization": ("组织", "square", "#76b7b2"), "Company": ("企业", "triangle", "#f28e2b"),
    "Policy": ("政策", "diamond", "#59a14f"), "Industry": ("产业", "hexagon", "#edc948"),
    "Event": ("事件", "star", "#b07aa1"), "Place": ("地点", "triangleDown", "#9c755f"),
    "Figure": ("数据", "box", "#bab0ac"),
}
RELATION_ZH = {
    "subOrganizationOf": "隶属", "speaker": "发言人", "organizer": "主办", "issuedBy": "发布机构", "concerns": "涉及产业",
    "about": "关于", "reportedBy": "发布人", "membership": "任职",
}
PHYSICS_LIMIT = 1500  # above this many nodes, positions are computed here and physics stays off
MAX_EVIDENCE = 5
VISIBLE_CAP = 3000  # nodes drawn at first on a large graph; the others come in by search or double-click
MAX_EVIDENCE_LARGE = 2
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def _vis_assets() -> tuple[str, str]:
    base = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    return (base / "vis-network.min.js").read_text(encoding="utf-8"), (base / "vis-network.css").read_text(encoding="utf-8")


def _node(G: nx.MultiDiGraph, node: str, data: dict) -> dict:
    aliases = [a for a in data.get("aliases", "").split("|") if a]
    if data["label"] == "Figure":
        docs = [t[len("doc/"):] for _, t, k in G.out_edges(node, keys=True) if k == "wasDerivedFrom"]
    else:
        docs = [d for d in data.get("documents", "").split("|") if d]
    return {"id": node, "label": data["name"], "group": data["label"], "size": max(1, int(data.get("mentions", 1) or 1)),
            "aliases": aliases, "docs": docs, "posts": [], "figures": [], "relations": [], "evidence": []}


def _figure_line(data: dict) -> str:
    parts = [data.get("metric") or "", f"{data['value']} {data.get('unit', '')}".strip()]
    extra = ", ".join(x for x in (data.get("period"), data.get("kind"), data.get("qualifier")) if x)
    return " ".join(p for p in parts if p) + (f" ({extra})" if extra else "")


def _memberships(G: nx.MultiDiGraph, nodes: dict, edges: list) -> None:
    for node, data in G.nodes(data=True):
        if data.get("label") != "Membership":
            continue
        out = {k: t for _, t, k in G.out_edges(node, keys=True)}
        person, org = out.get("member"), out.get("organization")
        if person in nodes and org in nodes:
            nodes[person]["posts"].append(f"{G.nodes[org]['name']} {data['role']}")
            nodes[org]["relations"].append(f"{data['role']}：{G.nodes[person]['name']}")
            edges.append({"from": person, "to": org, "label": data["role"], "en": "holds post (org:Membership)"})
            _evidence(nodes[person], data.get("evidence", ""), "")


def _evidence(entry: dict, text: str, doc: str) -> None:
    if text and len(entry["evidence"]) < MAX_EVIDENCE and all(e["text"] != text for e in entry["evidence"]):
        entry["evidence"].append({"text": text, "doc": doc})


def page_data(G: nx.MultiDiGraph) -> dict:
    """Everything the page shows, as plain JSON-able data."""
    nodes = {n: _node(G, n, d) for n, d in G.nodes(data=True) if d.get("label") in STYLES}
    titles = {n[len("doc/"):]: d.get("title") or d.get("source") for n, d in G.nodes(data=True) if d.get("label") == "Document"}
    edges: list[dict] = []
    for source, target, key, data in G.edges(keys=True, data=True):
        if source not in nodes or target not in nodes:
            continue
        edges.append({"from": source, "to": target, "label": RELATION_ZH.get(key, key), "en": key})
        line = f"{RELATION_ZH.get(key, key)} ({key}) → {G.nodes[target]['name']}"
        nodes[source]["relations"].append(line)
        nodes[target]["relations"].append(f"{G.nodes[source]['name']} → {RELATION_ZH.get(key, key)} ({key})")
        doc = titles.get((data.get("documents") or "").split("|")[0], "")
        _evidence(nodes[source], data.get("evidence", ""), doc)
        if G.nodes[source].get("label") == "Figure":
            nodes[target]["figures"].append(_figure_line(G.nodes[source]))
            _evidence(nodes[target], G.nodes[source].get("evidence", ""), titles.get(nodes[source]["docs"][0], "") if nodes[source]["docs"] else "")
    _memberships(G, nodes, edges)
    large = len(nodes) > PHYSICS_LIMIT
    if large:
        place(list(nodes.values()), edges)
        for entry in nodes.values():
            entry["evidence"] = [{"text": e["text"][:300], "doc": e["doc"]} for e in entry["evidence"][:MAX_EVIDENCE_LARGE]]
    for node, entry in nodes.items():
        if entry["group"] == "Figure":
            entry["figures"].append(_figure_line(G.nodes[node]))
            _evidence(entry, G.nodes[node].get("evidence", ""), titles.get(entry["docs"][0], "") if entry["docs"] else "")
    return {
        "nodes": sorted(nodes.values(), key=lambda n: n["id"]),
        "edges": edges,
        "documents": [{"id": k, "title": v} for k, v in sorted(titles.items())],
        "styles": {k: {"zh": zh, "shape": shape, "color": color} for k, (zh, shape, color) in STYLES.items()},
        "physicsLimit": PHYSICS_LIMIT,
        "visibleCap": VISIBLE_CAP,
    }


def _angle(node: str) -> float:
    return int(hashlib.blake2b(node.encode(), digest_size=4).hexdigest(), 16) / 2**32 * 2 * math.pi


def place(nodes: list[dict], edges: list[dict]) -> None:
    """Positions for a large graph, computed once here so the browser draws without physics:
    entities on a sunflower spiral, most mentioned at the centre; each figure beside its subject."""
    anchors = {}
    for e in edges:
        if e["en"] in ("about", "reportedBy"):
            anchors.setdefault(e["from"], e["to"])
    entities = sorted((n for n in nodes if n["group"] != "Figure"), key=lambda n: (-n["size"], n["id"]))
    spacing = 40.0
    for rank, entry in enumerate(entities):
        radius, theta = spacing * math.sqrt(rank + 1), (rank + 1) * GOLDEN_ANGLE
        entry["x"], entry["y"] = round(radius * math.cos(theta), 1), round(radius * math.sin(theta), 1)
    where = {n["id"]: n for n in entities}
    for rank, entry in enumerate(n for n in nodes if n["group"] == "Figure"):
        anchor = where.get(anchors.get(entry["id"], ""))
        theta, distance = _angle(entry["id"]), 25 + (rank % 5) * 6
        base_x, base_y = (anchor["x"], anchor["y"]) if anchor else (0.0, 0.0)
        entry["x"], entry["y"] = round(base_x + distance * math.cos(theta), 1), round(base_y + distance * math.sin(theta), 1)


def safe_json(value: object) -> str:
    """JSON that cannot close its <script> element or open markup.

    Example:
        >>> safe_json({"a": "</script><b>&"})
        '{"a":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def to_html(G: nx.MultiDiGraph) -> str:
    template = (resources.files("kg.export") / "page.html").read_text(encoding="utf-8")
    js, css = _vis_assets()
    page = template.replace("/*VIS_CSS*/", css).replace("/*VIS_JS*/", js.replace("</script", "<\\/script"))
    return page.replace("/*KG_DATA*/", safe_json(page_data(G)))  # last: data can hold any text


def write_html(G: nx.MultiDiGraph, path: Path) -> None:
    with atomic_write(path) as out:
        out.write(to_html(G))
