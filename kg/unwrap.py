"""Hard-wrapped text rejoined: a PDF's or a mail's fixed-width lines cut sentences, numbers and titles.

A reply letter copied out of a PDF breaks every line at the same width, mid-word: 136.|7万辆,
《…规划（2021—|2035年）》. Layout joins a sentence across one page break, but the rules that read
numbers and titles see the line break inside them. A document whose lines mostly stop at one width
without a sentence's mark is rejoined before anything reads it, so the evidence sentences are whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.layout import END_PUNCT

__all__ = ["unwrap"]

MIN_WRAPPED_LINES = 4  # fewer lines of the same width are a coincidence, not a wrapping
SLACK = 2  # a line may stop a character or two short of the width (a word that would not fit)
FULL_SHARE = 0.4  # of the longer lines, at least this many stop at the width
OPENS_A_PART = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|#|\*\*|[-*] |\|)")


WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
# East Asian wide and full-width characters (unicodedata.east_asian_width W and F), as one regex: a corpus is long


def _width(line: str) -> int:
    """Display columns: a Chinese character takes two."""
    return len(line) + len(WIDE.findall(line))


def _cut_lines(lines: list[str], measure: Callable[[str], int]) -> set[int]:
    """The lines cut at the text's width as `measure` counts it (empty if the text is not so wrapped)."""
    widths = [measure(line.strip()) for line in lines]
    full = max(widths, default=0)
    at_width = [w >= full - SLACK for w in widths]
    cut = {i for i, line in enumerate(lines) if at_width[i] and line.strip() and line.rstrip()[-1] not in END_PUNCT}
    longer = sum(1 for w in widths if w > full // 2)
    return cut if len(cut) >= MIN_WRAPPED_LINES and sum(at_width) >= FULL_SHARE * longer else set()


def unwrap(text: str) -> str:
    """The text with each hard-wrapped paragraph on one line; text that is not hard-wrapped, unchanged.
    Lines are cut at a number of characters or of display columns (digits are narrow)."""
    lines = text.split("\n")
    if sum(1 for line in lines if line.strip() and line.rstrip()[-1] not in END_PUNCT) < MIN_WRAPPED_LINES:
        return text  # most texts: nearly every line ends a sentence
    cut = max(_cut_lines(lines, len), _cut_lines(lines, _width), key=len)
    if not cut:
        return text
    out = [lines[0]]
    for i in range(1, len(lines)):
        if i - 1 in cut and lines[i].strip() and not OPENS_A_PART.match(lines[i]):
            out[-1] = out[-1].rstrip() + lines[i].lstrip()  # the paragraph goes on
        else:
            out.append(lines[i])
    return "\n".join(out)
