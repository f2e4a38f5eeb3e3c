import json
import subprocess

import pytest
import sys

from click.testing import CliRunner

from conftest import SEEDS
from kg.cli import cli


def test_build_writes_every_registered_format(tmp_path):
    from kg.export import EXPORTERS

    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} >= {v[2] for v in EXPORTERS.values()}
    assert "3 documents" in result.output


def test_build_narrowed_by_format(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path), "--format", "turtle", "--quiet"])
    assert result.exit_code == 0 and sorted(p.name for p in tmp_path.iterdir()) == [".kg-cache", "graph.ttl"]


def test_build_refuses_out_that_is_an_input(tmp_path):
    (tmp_path / "a.txt").write_text("工信部发布通知。", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(tmp_path)])
    assert result.exit_code == 1 and "is one of the inputs" in result.output


def test_mentions_follows_the_contract():
    feed = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in ["工业和信息化部副部长王志军", "", "今天天气很好"])
    run = subprocess.run([sys.executable, "-m", "kg", "mentions"], input=feed, capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0]["mentions"] == [
        {"start": 0, "end": 7, "type": "GovernmentBody", "text": "工业和信息化部"},
        {"start": 7, "end": 10, "type": "Role", "text": "副部长"},
        {"start": 10, "end": 13, "type": "Person", "text": "王志军"},
    ]
    assert lines[1] == lines[2] == {"mentions": []}


def test_query_command_formats(seeds_export):
    runner = CliRunner()
    q = "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n } ORDER BY ?n LIMIT 2"
    as_json = runner.invoke(cli, ["query", str(seeds_export / "graph.ttl"), "-e", q, "--format", "json"])
    assert as_json.exit_code == 0 and len(json.loads(as_json.output)) == 2
    as_csv = runner.invoke(cli, ["query", str(seeds_export / "graph.ttl"), "-e", q, "--format", "csv"])
    assert as_csv.output.splitlines()[0] == "n"
    refused = runner.invoke(cli, ["query", str(seeds_export / "graph.ttl"), "-e", "DELETE WHERE { ?s ?p ?o }"])
    assert refused.exit_code == 1 and "read-only" in refused.output


def test_validate_command(seeds_export, tmp_path):
    ok = CliRunner().invoke(cli, ["validate", str(seeds_export / "graph.ttl")])
    assert ok.exit_code == 0 and "conforms" in ok.output
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix kg: <https://w3id.org/policy-kg/ontology#> .\n<http://x/f> a kg:Figure .\n', encoding="utf-8")
    failed = CliRunner().invoke(cli, ["validate", str(bad)])
    assert failed.exit_code == 1 and "kg:value" in failed.output


def test_jobs_and_cache_give_the_same_graph(tmp_path):
    runner = CliRunner()
    serial = runner.invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path / "a"), "--jobs", "1", "--no-cache"])
    parallel = runner.invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path / "b"), "--jobs", "2"])
    cached = runner.invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path / "b"), "--jobs", "2"])
    assert serial.exit_code == parallel.exit_code == cached.exit_code == 0
    for name in ("graph.ttl", "graph.nq", "graph.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert not (tmp_path / "a" / ".kg-cache").exists() and any((tmp_path / "b" / ".kg-cache").rglob("*.pickle"))


CORPUS = SEEDS.parent.parent / "shared" / "corpus" / "xwlb-2022-2026.jsonl.gz"


@pytest.mark.skipif(not CORPUS.exists(), reason="the news corpus lives in ../shared beside the checkout")
def test_jobs_give_the_same_graph_on_a_corpus_slice(tmp_path):
    import gzip
    import itertools

    slice_path = tmp_path / "slice.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        slice_path.write_text("".join(itertools.islice(lines, 60)), encoding="utf-8")
    runner = CliRunner()
    for jobs, out in (("1", "a"), ("2", "b")):
        result = runner.invoke(cli, ["build", str(slice_path), "--out", str(tmp_path / out), "--jobs", jobs,
                                     "--no-cache", "--format", "turtle", "--format", "nquads", "--quiet"])
        assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.nq"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_the_cache_keeps_only_the_current_pipelines_results(tmp_path):
    from kg.parallel import pipeline_version

    cache = tmp_path / "out" / ".kg-cache"
    stale, unrelated = cache / ("0" * 24), cache / "notes"
    for folder in (stale, unrelated):
        folder.mkdir(parents=True)
        (folder / "x.pickle").write_bytes(b"old")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--format", "turtle"])
    assert result.exit_code == 0
    assert not stale.exists() and unrelated.exists()
    assert any((cache / pipeline_version()).rglob("*.pickle"))
