"""Segmentation: one jieba tokenizer (rjieba: jieba's dictionary and algorithm in Rust) that
knows the lexicon's words, giving tokens with part-of-speech tags and offsets.

The tokens rebuild the text exactly; `segment` raises if they do not (offsets are the contract).
"""

from __future__ import annotations

import dataclasses
import functools

import rjieba

from kg import lexicon
from kg.types import Doc, Label, Token

__all__ = ["segment", "tokenize", "tokenizer"]

TAGS = {Label.GOV: "nt", Label.ORG: "nt", Label.COMPANY: "nt", Label.PLACE: "ns", Label.INDUSTRY: "n"}


@functools.cache
def tokenizer() -> rjieba.Jieba:
    """The one tokenizer of the process, with every lexicon word added."""
    jieba = rjieba.Jieba()
    lex = lexicon.load()
    for word, (label, _) in sorted(lex.names.items()):
        jieba.add_word(word, 20000, TAGS.get(label, "n"))
    for word in sorted(lex.roles):
        jieba.add_word(word, 20000, "nn")
    for word in sorted(lex.departments):
        jieba.add_word(word, 20000, "nt")
    return jieba


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with POS tags and offsets."""
    tokens, pos = [], 0
    for word, tag in tokenizer().tag(text):
        tokens.append(Token(word, pos, pos + len(word), tag))
        pos += len(word)
    if pos != len(text):
        raise ValueError(f"tokens do not rebuild the text ({pos} of {len(text)} characters)")
    return tokens


def segment(doc: Doc) -> Doc:
    """Tokenize the whole document text once."""
    return dataclasses.replace(doc, tokens=tuple(tokenize(doc.document.text)))
