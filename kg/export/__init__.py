"""The registry of export formats: name → (module, writer, default file name). Imports are lazy.

The CLI and the contract test both enumerate `EXPORTERS`; adding a format is one module and
one line here.
"""

from __future__ import annotations

import importlib
import multiprocessing
from collections.abc import Callable
from pathlib import Path

import networkx as nx

__all__ = ["EXPORTERS", "get", "export", "export_together", "write_all"]

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


COST_RANK = ("jsonld", "trig", "turtle", "nquads", "ntriples", "gexf", "graphml", "html", "neo4j", "node-link", "kuzu")
ONE_PASS = ("turtle", "ntriples", "nquads", "trig", "jsonld")  # kg.export.rdf.write_rdf writes these in one pass


def get(name: str) -> Callable[[nx.MultiDiGraph, Path], None]:
    """The writer of a format, imported on first use."""
    if name not in EXPORTERS:
        raise ValueError(f"unknown export format {name!r}; known: {', '.join(sorted(EXPORTERS))}")
    module, function, _ = EXPORTERS[name]
    return getattr(importlib.import_module(module), function)


def export(G: nx.MultiDiGraph, name: str, out_dir: Path) -> Path:
    return export_together(G, (name,), out_dir)[0]


def export_together(G: nx.MultiDiGraph, names: tuple[str, ...], out_dir: Path) -> list[Path]:
    """Write several formats; those of `ONE_PASS` together in one pass over the triples."""
    from kg.export.rdf import write_rdf
    from kg.parallel import gc_paused

    paths = {name: Path(out_dir) / EXPORTERS[name][2] for name in names}
    with gc_paused():
        if len(names) > 1 and set(names) <= set(ONE_PASS):
            write_rdf(G, paths)
        else:
            for name, path in paths.items():
                get(name)(G, path)
    return list(paths.values())


def _tasks(names: list[str]) -> list[tuple[str, ...]]:
    """The formats as units of work, heaviest first: the one-pass RDF syntaxes are one unit."""
    together = tuple(name for name in names if name in ONE_PASS)
    tasks = [together] if len(together) > 1 else []
    tasks += [(name,) for name in names if name not in together or len(together) == 1]
    return sorted(tasks, key=lambda task: -sum(len(COST_RANK) - COST_RANK.index(n) if n in COST_RANK else 0
                                                for n in task))


_SHARED: list[nx.MultiDiGraph] = []  # the graph forked workers write from (inherited, never pickled)


def _drain(tasks: list[tuple[str, ...]], out_dir: Path, taken) -> None:
    """Take the next unit of work until none is left (`taken` counts units handed out)."""
    while True:
        with taken.get_lock():
            index = taken.value
            taken.value += 1
        if index >= len(tasks):
            return
        export_together(_SHARED[0], tasks[index], out_dir)


def write_all(G: nx.MultiDiGraph, out_dir: Path, formats: list[str] | None = None, jobs: int = 1) -> list[Path]:
    """Write every format (or `formats`), in `jobs` processes: formats are independent.

    The parent writes the heaviest unit itself and then takes units as the forked workers do: a
    forked process pays copy-on-write on every page of the graph it reads (about a sixth more
    time), the parent does not."""
    names = formats or list(EXPORTERS)
    tasks = _tasks(names)
    out_dir = Path(out_dir)
    if jobs <= 1 or len(tasks) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for task in tasks:
            export_together(G, task, out_dir)
    else:
        for name in names:
            get(name)  # import every writer (rdflib …) once, here, rather than in each worker
        _SHARED[:] = [G]
        context = multiprocessing.get_context("fork")
        taken = context.Value("i", 1)  # unit 0 is the parent's
        workers = [context.Process(target=_drain, args=(tasks, out_dir, taken), daemon=True)
                   for _ in range(min(jobs, len(tasks)) - 1)]
        try:
            for worker in workers:
                worker.start()
            export_together(G, tasks[0], out_dir)
            _drain(tasks, out_dir, taken)
        finally:
            for worker in workers:
                worker.join()
            _SHARED.clear()
        if any(worker.exitcode for worker in workers):
            raise RuntimeError(f"an export worker failed (exit status {[w.exitcode for w in workers]}); "
                               "its error is printed above")
    return [out_dir / EXPORTERS[name][2] for name in names]
