"""The one overlap policy for mentions, and small helpers over spans."""

from __future__ import annotations

from collections.abc import Iterable

from kg.types import Mention

__all__ = ["filter_spans", "inside", "strip_quotes"]

QUOTES = "“”\"'‘’「」《》"


def filter_spans(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions: longest first, then leftmost (spaCy's `filter_spans`).

    Example:
        >>> from kg.types import Label
        >>> a = Mention(0, 2, "国务", Label.GOV); b = Mention(0, 3, "国务院", Label.GOV)
        >>> [m.text for m in filter_spans([a, b])]
        ['国务院']
    """
    taken: set[int] = set()
    kept = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start, _priority(m), m.label, m.norm)):
        if not any(i in taken for i in range(mention.start, mention.end)):
            kept.append(mention)
            taken.update(range(mention.start, mention.end))
    return sorted(kept, key=lambda m: (m.start, m.end))


def _priority(mention: Mention) -> int:
    """Between spans of equal length: the lexicon, then rules, then the statistical model."""
    return 0 if mention.rule == "lexicon" else 2 if mention.rule == "crf" else 1


def inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def strip_quotes(name: str) -> str:
    """A name without quotation marks or book-title brackets.

    Example:
        >>> strip_quotes("“十四五”规划")
        '十四五规划'
    """
    return "".join(ch for ch in name if ch not in QUOTES).strip()
