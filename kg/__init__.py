"""policy-kg: Chinese government texts → a knowledge graph of officials, bodies, policies and figures.

    >>> import kg                       # doctest: +SKIP
    >>> G = kg.build(["seeds"])         # a networkx.MultiDiGraph
"""

from kg.pipeline import build, process, run
from kg.read import read_documents
from kg.types import Doc, Document, Figure, KnowledgeBase, Label, Mention, Relation

__all__ = ["build", "run", "process", "read_documents", "Doc", "Document", "Figure", "KnowledgeBase", "Label",
           "Mention", "Relation"]
