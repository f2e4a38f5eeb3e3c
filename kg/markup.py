"""Markdown's inline marks read as the text they mark: links, images, emphasis, quotes, bullets.

Documents come as Markdown as often as plain text. A link's address, the asterisks of emphasis or a
bullet's dash would otherwise become part of names and figures' metrics (据[工业和信息化部](https://…)
消息, 通信业**电信业务收入**, - 千兆宽带用户达2.2亿户). Headings (#) and tables (|) stay: the layout
reads them. Each line keeps its place, so paragraphs and headings are where they were.
"""

from __future__ import annotations

import re

__all__ = ["plain_text"]

IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])")
QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(?=\S)", re.M)


def plain_text(text: str) -> str:
    """The text without Markdown's inline marks, line by line.

    Example:
        >>> plain_text("据[工信部](https://www.miit.gov.cn)消息，**收入**增长2.1%。\\n- 用户达2.2亿户；")
        '据工信部消息，收入增长2.1%。\\n用户达2.2亿户；'
    """
    if not any(mark in text for mark in "[*_>-+"):
        return text
    text = LINK.sub(r"\1", IMAGE.sub("", text))
    text = EMPHASIS.sub(r"\1", STRONG.sub(r"\2", text))
    return BULLET.sub(r"\1", QUOTE.sub("", text))
