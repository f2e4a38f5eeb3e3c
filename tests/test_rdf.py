"""The Turtle export follows CONTRACT.md and conforms to ontology/shapes.ttl."""

import re
import subprocess
import shutil

import pytest
import rdflib
from rdflib.namespace import RDF, RDFS

from kg.validate import validate
from kg.vocab import KG

from conftest import SEEDS
from kg.lexicon import ONTOLOGY_DIR as ROOT_ONTOLOGY


@pytest.fixture(scope="module")
def graph(seeds_export):
    return rdflib.Graph().parse(seeds_export / "graph.ttl", format="turtle")


def test_conforms_to_the_shapes(seeds_export):
    conforms, report = validate(seeds_export / "graph.ttl")
    assert conforms, report


def test_shapes_catch_a_broken_graph(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("""@prefix kg: <https://w3id.org/policy-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/policy-kg/id/person/x> a kg:Person , kg:Place ; rdfs:label "甲"@zh , "乙"@zh .
<https://w3id.org/policy-kg/id/figure/y> a kg:Figure ; kg:kind "maybe" .
""", encoding="utf-8")
    conforms, report = validate(broken)
    assert not conforms
    assert "exactly one type" in report and "rdfs:label" in report and "kg:value" in report


def test_documents_have_source_title_and_date(graph):
    docs = {str(f): (str(graph.value(d, rdflib.URIRef("http://purl.org/dc/terms/date"))))
            for d, f in graph.subject_objects(KG.sourceFile)}
    assert docs == {"000_61955e9849a79e74.txt": "2020-12-24", "001_09f7cb0ca00d7a5a.txt": "2021-01-26",
                    "004_5b9878e8d7bba652.txt": "2020-11-07"}


def test_each_entity_one_type_one_zh_label(graph):
    classes = {KG.Person, KG.GovernmentBody, KG.Organization, KG.Company, KG.Policy, KG.Industry, KG.Event, KG.Place}
    entities = {s for s, o in graph.subject_objects(RDF.type) if o in classes}
    assert len(entities) > 100
    for ent in entities:
        assert len(set(graph.objects(ent, RDF.type)) & classes) == 1
        labels = list(graph.objects(ent, RDFS.label))
        assert len(labels) == 1 and labels[0].language == "zh"


def test_figures_carry_value_unit_and_verbatim_evidence(graph, seeds_export):
    texts = "".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    figures = list(graph.subjects(RDF.type, KG.Figure))
    assert len(figures) >= 60
    for fig in figures:
        evidence = str(graph.value(fig, KG.evidence))
        assert evidence in texts
        assert graph.value(fig, KG.value).datatype == rdflib.XSD.decimal


def test_every_kg_term_is_declared_in_the_ontology():
    ontology = rdflib.Graph().parse(ROOT_ONTOLOGY / "kg.ttl", format="turtle")
    for name in KG.__annotations__:
        term = KG[name]
        assert (term, RDF.type, None) in ontology, term
        labels = {o.language for o in ontology.objects(term, RDFS.label)}
        assert {"zh", "en"} <= labels and ontology.value(term, RDFS.comment), term


@pytest.mark.skipif(shutil.which("rapper") is None, reason="raptor2-utils (rapper) is installed by .ci/run")
def test_rapper_parses_the_turtle_without_warnings(seeds_export):
    run = subprocess.run(["rapper", "-i", "turtle", "-c", str(seeds_export / "graph.ttl")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "warning" not in run.stderr.lower(), run.stderr
    assert re.search(r"returned \d+ triples", run.stderr)
