"""Every competency question in exports/queries/ answers correctly on the seeds graph,
through `kg query` (Oxigraph) and identically through rdflib."""

import pytest
import rdflib

from kg.query import QueryError, competency_queries, run_query

QUERIES = {p.name: p for p in competency_queries()}


def answer(store, name: str) -> list[list[str]]:
    return run_query(store, QUERIES[name].read_text(encoding="utf-8"))[1]


def column(store, name: str, i: int) -> set[str]:
    return {row[i] for row in answer(store, name)}


def test_there_are_at_least_eight_commented_queries():
    assert len(QUERIES) >= 8
    for path in QUERIES.values():
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# ") and lines[1].startswith("# "), path  # Chinese, then English


def test_speakers_with_posts(store):
    rows = answer(store, "01-press-conference-speakers.rq")
    speakers = {(r[0], r[2]) for r in rows}
    assert ("落实五中全会精神 坚定不移建设制造强国和网络强国发布会", "王志军") in speakers
    assert {r[2] for r in rows} >= {"王志军", "卢山", "闻库", "田玉龙", "黄利斌", "赵志国"}
    posts = {r[2]: r[3] for r in rows}
    assert "工业和信息化部副部长" in posts["王志军"] and "工业和信息化部信息通信发展司司长" in posts["闻库"]


def test_5g_figures_and_reporters(store):
    rows = answer(store, "02-5g-figures.rq")
    assert ("580000", "闻库") in {(r[0], r[5]) for r in rows}
    assert ("600000", "target", "2021") in {(r[0], r[4], r[3]) for r in rows}


def test_integrated_circuit_policies(store):
    rows = answer(store, "03-integrated-circuit-policies.rq")
    assert ["新时期促进集成电路产业和软件产业高质量发展的若干政策", "国务院"] in rows


def test_miit_departments(store):
    assert column(store, "04-miit-departments.rq", 0) >= {
        "工业和信息化部规划司", "工业和信息化部信息通信发展司", "工业和信息化部运行监测协调局", "工业和信息化部信息通信管理局"}


def test_documents_on_new_energy_vehicles(store):
    assert column(store, "05-documents-on-new-energy-vehicles.rq", 0) == {
        "000_61955e9849a79e74.txt", "001_09f7cb0ca00d7a5a.txt", "004_5b9878e8d7bba652.txt"}


def test_abbreviation_full_title(store):
    rows = {tuple(r) for r in answer(store, "06-abbreviation-full-titles.rq")}
    assert ("《建议》", "中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议") in rows


def test_targets(store):
    assert {"600000", "150000000"} <= column(store, "07-targets.rq", 1)


def test_posts(store):
    rows = {tuple(r[:3]) for r in answer(store, "08-posts-of-officials.rq")}
    assert ("田玉龙", "总工程师", "工业和信息化部") in rows and ("张连起", "委员", "全国政协") in rows


def test_policies_by_issuer(store):
    counts = {r[0]: int(r[1]) for r in answer(store, "09-policies-by-issuer.rq")}
    assert counts["工业和信息化部"] >= 10 and counts["国务院"] >= 1


def test_evidence_for_issuers(store):
    rows = answer(store, "10-evidence-for-issuers.rq")
    row = next(r for r in rows if r[0].startswith("新时期促进集成电路"))
    assert row[1] == "国务院" and row[2] == "001_09f7cb0ca00d7a5a.txt" and "印发实施" in row[3]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_oxigraph_and_rdflib_agree(seeds_export, store, name):
    text = QUERIES[name].read_text(encoding="utf-8")
    graph = rdflib.Graph().parse(seeds_export / "graph.ttl", format="turtle")
    expected = sorted(tuple("" if v is None else str(v) for v in row) for row in graph.query(text))
    assert sorted(tuple(r) for r in run_query(store, text)[1]) == expected


def test_updates_are_refused(store):
    with pytest.raises(QueryError, match="read-only"):
        run_query(store, "PREFIX a: <http://a#>\n# a comment\nINSERT DATA { <http://a> <http://b> <http://c> }")


def test_syntax_errors_are_readable(store):
    with pytest.raises(QueryError, match="syntax error"):
        run_query(store, "SELEC ?x WHERE {}")
