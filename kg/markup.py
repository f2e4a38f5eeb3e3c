"""Markup read as the text it marks: Markdown's links, images, emphasis, quotes and bullets, and the
HTML formatting tags and entities a scraped page leaves behind.

Documents come as Markdown as often as plain text, and text copied from a web page keeps &nbsp;,
&ldquo; and <p>. A link's address, the asterisks of emphasis, a bullet's dash or an entity would
otherwise become part of names and figures' metrics (据[工业和信息化部](https://…)消息,
通信业**电信业务收入**, - 千兆宽带用户达2.2亿户, 《&ldquo;十四五&rdquo;…规划》). Headings (#) and tables
(|) stay: the layout reads them. Any other tag (<script>) is the document's text, kept as data.
"""

from __future__ import annotations

import html
import re

__all__ = ["plain_text"]

IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])")
QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+(?=\S)", re.M)
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|section|article|tr)\b(?![^<>\n]*\son\w+\s*=)[^<>\n]*>", re.I)  # a paragraph's edge
INLINE_TAG = re.compile(r"</?(?:span|strong|b|em|i|u|font|sup|sub|a|ul|ol|table|tbody|thead|td|th)\b(?![^<>\n]*\son\w+\s*=)[^<>\n]*>",
                        re.I)  # a tag with an event handler (<b onmouseover=…>) is no formatting: kept as the text it is


def plain_text(text: str) -> str:
    """The text without a scraped page's formatting tags and entities or Markdown's inline marks.

    Example:
        >>> plain_text("据[工信部](https://www.miit.gov.cn)消息，**收入**增长2.1%。\\n- 用户达2.2亿户；")
        '据工信部消息，收入增长2.1%。\\n用户达2.2亿户；'
    """
    if "<" in text:
        text = INLINE_TAG.sub("", BLOCK_TAG.sub("\n", text))
    if "&" in text:
        text = ENTITY.sub(lambda m: html.unescape(m.group()).replace("\xa0", " "), text)
    if not any(mark in text for mark in "[*_>-+"):
        return text
    text = LINK.sub(r"\1", IMAGE.sub("", text))
    text = EMPHASIS.sub(r"\1", STRONG.sub(r"\2", text))
    return BULLET.sub(r"\1", QUOTE.sub("", text))
