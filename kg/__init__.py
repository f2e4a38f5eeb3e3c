"""policy-kg: Chinese government texts → a knowledge graph of officials, bodies, policies and figures.

    >>> import kg                       # doctest: +SKIP
    >>> G = kg.build(["seeds"])         # doctest: +SKIP

`import kg` is cheap and silent: the pipeline (and jieba's dictionary) loads on first use.
"""

from __future__ import annotations

import importlib

__all__ = ["build", "run", "process", "read_documents", "Doc", "Document", "Figure", "KnowledgeBase", "Label",
           "Mention", "Relation"]

_HOMES = {"build": "kg.pipeline", "run": "kg.pipeline", "process": "kg.pipeline", "read_documents": "kg.read"}


def __getattr__(name: str):
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    if name in __all__:
        return getattr(importlib.import_module("kg.types"), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
