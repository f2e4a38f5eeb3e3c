"""Hypothesis: on random text (control characters, emoji, RTL marks, quotes, backslashes, markup)
the build never crashes, every export parses, offsets give back the text, and nothing of the input
reaches the HTML unescaped."""

import re

import pyoxigraph as ox
import rdflib
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.export.html import to_html
from kg.export.rdf import to_ntriples, to_turtle
from kg.graph import build_graph
from kg.pipeline import knowledge_base, process
from kg.types import Document

PIECES = ["工业和信息化部", "副部长", "王志军", "《", "》", "“", "”", "58万个", "5G", "\u200f", "\u202e", "😀", '"""', "\\",
          "<script>", "&amp;", "<", ">", "&", "\x00", "\x07", "\r\n", "\n\n", "：", "记者：", "---\n", "。", "\ufeff"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), min_size=1, max_size=25).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("副部长&&")  # a learned name trimmed of its punctuation to nothing: found by this test once, kept
def test_random_text_builds_and_every_export_parses(text):
    doc = process(Document(id="x", text=text, source="x.txt"))
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text
    for f in doc.figures:
        assert text[f.start:f.end] == f.text
    G = build_graph(knowledge_base([doc]))
    turtle = "".join(to_turtle(G))
    rdflib.Graph().parse(data=turtle, format="turtle")
    ox.Store().load(input=turtle, format=ox.RdfFormat.TURTLE)
    ox.Store().load(input="".join(to_ntriples(G)), format=ox.RdfFormat.N_TRIPLES)
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', to_html(G), re.S).group(1)
    assert not set("<>&") & set(data)


@settings(max_examples=60, deadline=None)
@given(texts)
def test_sentences_and_tokens_cover_the_text(text):
    doc = process(Document(id="x", text=text, source="x.txt"), ("layout", "segment"))
    assert "".join(t.text for t in doc.tokens) == text
    for sent in doc.sentences:
        assert 0 <= sent.start < sent.end <= len(text)
