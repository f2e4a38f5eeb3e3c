"""`kg mentions`: the recogniser of `kg build`, run on bare sentences."""

from __future__ import annotations

from kg.pipeline import process
from kg.types import Document, Mention

__all__ = ["mentions_of"]

STAGES = ("layout", "segment", "recognize")


def mentions_of(text: str) -> list[Mention]:
    """The mentions (entities and post titles) of one text, offsets into that text."""
    if not text.strip():
        return []
    doc = process(Document(id="sentence", text=text, source="<stdin>"), STAGES)
    return sorted((m for m in doc.mentions if not m.nested), key=lambda m: (m.start, m.end))
