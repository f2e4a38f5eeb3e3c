"""Bad input never loses good work: one clear line per bad file, the rest built, atomic exports."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

from conftest import SEEDS

BAD = Path(__file__).resolve().parent / "bad"


def kg_build(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg", "build", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(BAD, folder)
    (folder / "loop.txt").symlink_to("loop.txt")                       # a symlink loop
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")     # a link to nothing
    os.mkfifo(folder / "pipe.txt")                                   # would block a naive reader
    with open(folder / "huge.txt", "wb") as out:                     # a 50 MB "document"
        out.write(("工业和信息化部发布了通知。" * 1000 + "\n").encode() * 1300)
    return folder


def test_each_bad_file_gets_one_clear_line_and_good_ones_are_built(tmp_path):
    run = kg_build(bad_folder(tmp_path), "--out", tmp_path / "out")
    lines = run.stderr.strip().splitlines()
    problems = {line.removeprefix("kg: skipped ").split(": ", 1)[0].rsplit("/", 1)[-1]: line
                for line in lines if line.startswith("kg: skipped")}
    expected = {"empty.txt": "empty", "binary.txt": "binary", "bad-yaml.md": "malformed YAML", "loop.txt": "cannot read",
                "dangling.txt": "cannot read", "pipe.txt": "not a regular file", "huge.txt": "too large",
                "lines.jsonl:2": "broken JSON"}
    for name, words in expected.items():
        assert name in problems and words in problems[name], (name, run.stderr)
    assert len(problems) == len(expected), run.stderr
    assert run.returncode == 2 and "skipped" in lines[-1]
    graph = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    sources = {str(o) for o in graph.objects(None, rdflib.URIRef("https://w3id.org/policy-kg/ontology#sourceFile"))}
    assert {"gbk.txt", "bom.txt", "utf16.txt", "good.md"} <= sources and len([s for s in sources if "lines" in s]) == 2
    names = {str(o) for o in graph.objects(None, rdflib.RDFS.label)}
    assert {"王志军", "田玉龙", "工业和信息化部"} <= names  # GBK and BOM text read correctly


def test_exit_status_zero_when_everything_builds(tmp_path):
    assert kg_build(SEEDS, "--out", tmp_path / "out", "--quiet").returncode == 0


def test_nothing_written_outside_out(tmp_path):
    work = tmp_path / "cwd"
    work.mkdir()
    run = kg_build(SEEDS, "--out", tmp_path / "out", "--quiet", cwd=work)
    assert run.returncode == 0 and list(work.iterdir()) == []
    assert {p.name for p in tmp_path.iterdir()} == {"cwd", "out"}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)}


def test_killed_build_leaves_previous_exports_intact(tmp_path):
    out = tmp_path / "out"
    assert kg_build(SEEDS, "--out", out, "--quiet").returncode == 0
    before = _snapshot(out)
    corpus = tmp_path / "more"
    corpus.mkdir()
    for i in range(30):
        for path in SEEDS.glob("*.txt"):
            (corpus / f"{i}-{path.name}").write_text(path.read_text(encoding="utf-8") + f"\n第{i}份。", encoding="utf-8")
    for delay in (1.0, 2.5, 4.0, 5.5):
        proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--quiet"])
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        after = _snapshot(out)
        assert set(after) == set(before)
        rdflib.Graph().parse(out / "graph.ttl", format="turtle")  # whole, old or new: never half written
        ox.Store().load(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    assert kg_build(SEEDS, "--out", out, "--quiet").returncode == 0
    assert not list(out.rglob(".*.tmp"))  # what the killed builds left is cleared by the next one
