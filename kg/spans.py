"""The one overlap policy for mentions, and small helpers over spans."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from kg.types import Doc, Mention, Sentence, Token

__all__ = ["filter_spans", "inside", "strip_quotes", "strip_quote_marks", "clause_span", "tokens_over", "SpanSet", "occurrences",
           "semicolon_chain"]

QUOTE_MARKS = "“”\"'‘’「」"
QUOTES = QUOTE_MARKS + "《》"
CLAUSE_END = re.compile(r"[，；。！？：,;]")


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
    """Between spans of equal length: a byline's name (记者 黄海: a reporter, not the sea), the lexicon, then rules,
    then the statistical model."""
    return -1 if mention.rule == "byline" else 0 if mention.rule == "lexicon" else 2 if mention.rule == "crf" else 1


def inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def strip_quotes(name: str) -> str:
    """A name without quotation marks or book-title brackets.

    Example:
        >>> strip_quotes("“十四五”规划")
        '十四五规划'
    """
    return "".join(ch for ch in name if ch not in QUOTES).strip()


def strip_quote_marks(name: str) -> str:
    """A title without its quotation marks, the book-title brackets of a title it names kept
    (关于印发《工业互联网标识解析体系"贯通"行动计划》的通知 → …《工业互联网标识解析体系贯通行动计划》的通知)."""
    return "".join(ch for ch in name if ch not in QUOTE_MARKS).strip()


def line_span(text: str, pos: int) -> tuple[int, int]:
    """The line (paragraph) around text[pos], without its newline.

    Example:
        >>> line_span("标题\\n正文一句。\\n", 4)
        (3, 8)
    """
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def clause_span(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause (between ，；。：…) around text[start:end], within the sentence [lo, hi).

    Example:
        >>> text = "今年新增了58万个5G基站，推动共建共享。"
        >>> clause_span(text, 5, 9, 0, len(text))
        (0, 13)
    """
    left = max((m.end() for m in CLAUSE_END.finditer(text, lo, start)), default=lo)
    right = next((m.start() for m in CLAUSE_END.finditer(text, end, hi)), hi)
    return left, right


def tokens_over(tokens: Sequence[Token], starts: Sequence[int], start: int, end: int) -> list[Token]:
    """The tokens that overlap [start, end), found by bisection (`starts`: each token's start, sorted)."""
    lo = max(bisect.bisect_right(starts, start) - 1, 0)
    hi = bisect.bisect_left(starts, end)
    return [t for t in tokens[lo:hi] if t.start < end and start < t.end]


class SpanSet:
    """Spans (anything with .start and .end) that answer "does any of you overlap [start, end)?"
    by bisection: among the spans starting before `end`, the furthest-reaching one decides."""

    def __init__(self, spans: Iterable) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start


def occurrences(text: str, literal: str) -> Iterator[int]:
    """Where `literal` starts in `text`, left to right, not overlapping (as `re.finditer` of it
    would find, without compiling a pattern per name)."""
    at = text.find(literal) if literal else -1
    while at >= 0:
        yield at
        at = text.find(literal, at + len(literal))


def semicolon_chain(doc: Doc, sent: Sentence) -> tuple[int, int]:
    """Where the sentences joined to this one by ；in its paragraph begin and end: one statement
    (到2027年，…提升；培育100家…企业: the target year reaches past the semicolon; 《指导意见》提出，…；
    在钢铁、有色金属等行业，…: so does what the policy sets out)."""
    text, sentences = doc.document.text, doc.sentences
    start, end = sent.start, sent.end
    for k in range(sent.index - 1, -1, -1):  # indices, not slices: asked once per figure of long documents
        if not _ends_with_semicolon(text, sentences[k]) or "\n" in text[sentences[k].end:start]:
            break
        start = sentences[k].start
    last = sent
    for k in range(sent.index + 1, len(sentences)):
        if not _ends_with_semicolon(text, last) or "\n" in text[last.end:sentences[k].start]:
            break
        last, end = sentences[k], sentences[k].end
    return start, end


def _ends_with_semicolon(text: str, sent: Sentence) -> bool:
    return text[sent.start:sent.end].rstrip().endswith(("；", ";"))
