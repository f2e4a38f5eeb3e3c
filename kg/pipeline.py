"""The pipeline: named per-document stages (Doc → Doc), then corpus-level resolution and the graph.

`run` is a lazy generator like spaCy's `nlp.pipe`; it checks each stage's return value and names
the stage that failed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import networkx as nx

from kg.figures import figures
from kg.graph import build_graph
from kg.layout import layout
from kg.parallel import Progress, gc_paused, process_many
from kg.read import read_documents
from kg.recognize import recognize
from kg.relate import relate
from kg.resolve import resolve as knowledge_base
from kg.segment import segment
from kg.types import Doc, Document

__all__ = ["STAGES", "DEFAULT_STAGES", "StageError", "process", "run", "knowledge_base", "build"]

STAGES: dict[str, Callable[[Doc], Doc]] = {
    "layout": layout,
    "segment": segment,
    "recognize": recognize,
    "figures": figures,
    "relate": relate,
}
DEFAULT_STAGES = tuple(STAGES)


class StageError(RuntimeError):
    """A stage failed on a document; the message names both."""


def process(document: Document, stages: Iterable[str] = DEFAULT_STAGES) -> Doc:
    """Run the per-document stages on one document."""
    doc = Doc(document)
    for name in stages:
        try:
            result = STAGES[name](doc)
        except Exception as e:
            raise StageError(f"{document.source}: stage {name!r} failed: {e}") from e
        if not isinstance(result, Doc):
            raise StageError(f"{document.source}: stage {name!r} returned {type(result).__name__}, not Doc")
        doc = result
    return doc


def run(documents: Iterable[Document], stages: Iterable[str] = DEFAULT_STAGES) -> Iterator[Doc]:
    stages = tuple(stages)
    for document in documents:
        yield process(document, stages)


def build(paths: Iterable[str | Path], errors: list[str] | None = None, *, jobs: int = 1,
          cache: Path | None = None, progress: bool = False) -> nx.MultiDiGraph:
    """The graph of the documents under `paths` (files or folders).

    Args:
        paths: files and folders of documents.
        errors: receives one line per input that could not be read.
        jobs: worker processes for the per-document stages (the graph is the same for any value).
        cache: a folder where per-document results are kept for the next build.
        progress: show a progress line on stderr.

    Example:
        >>> G = build(["seeds"])                                       # doctest: +SKIP
        >>> sorted(d["name"] for _, d in G.nodes(data=True) if d["label"] == "Person")[:2]  # doctest: +SKIP
    """
    documents = read_documents([Path(p) for p in paths], errors)
    meter = Progress() if progress else None
    with gc_paused():  # the resolver's tables grow to millions of objects: each full collection walked them all
        return build_graph(knowledge_base(process_many(documents, jobs=jobs, cache=cache, progress=meter)))
