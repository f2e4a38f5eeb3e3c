"""Full-width digits and Latin letters read as ASCII: ２０２４年, ５．８％, ＧＤＰ.

Some government texts (older pages, replies typeset for print) write numbers in full-width forms.
Every rule that reads a number, a year or an acronym expects ASCII, so they are narrowed when the
document is read; full-width punctuation (，。：、) and the ideographic space stay, as the layout
and the clause rules read them. (NFKC would also narrow the punctuation.)
"""

from __future__ import annotations

__all__ = ["narrow_alphanumerics"]

_FULL_WIDTH = "".join(map(chr, [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)])) + "％．"
_NARROW = str.maketrans(_FULL_WIDTH, "".join(chr(ord(c) - 0xFEE0) for c in _FULL_WIDTH))


def narrow_alphanumerics(text: str) -> str:
    """The text with full-width digits, Latin letters, ％ and ． in their ASCII forms.

    Example:
        >>> narrow_alphanumerics("２０２４年，ＧＤＰ增长５．８％。")
        '2024年，GDP增长5.8%。'
    """
    return text.translate(_NARROW)
