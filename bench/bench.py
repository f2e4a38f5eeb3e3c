"""Benchmark: build the graph of the first N stories of the news corpus, stage by stage, against
plain `jieba.lcut` over the same text measured in the same run.

    .venv/bin/python bench/bench.py --corpus ../shared/corpus/xwlb-2022-2026.jsonl.gz --sizes 1000 5000 all

Prints, per N: documents/s, MB/s, peak RSS, seconds per stage (read, layout, segment, recognize,
figures, relate, resolve, graph, each export), the jieba.lcut baseline and the ratios; then the
parallel build (`--jobs`) and an incremental rebuild after adding one story. The corpus is read
where it lies and never copied into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.export import EXPORTERS, export, write_all  # noqa: E402
from kg.graph import build_graph  # noqa: E402
from kg.parallel import process_many  # noqa: E402
from kg.pipeline import STAGES, knowledge_base  # noqa: E402
from kg.read import read_documents  # noqa: E402
from kg.types import Doc  # noqa: E402


def first_stories(corpus: Path, n: int | None, folder: Path) -> Path:
    """The first n stories as a .jsonl file (in a temporary folder, outside the repository)."""
    path = folder / f"first-{n or 'all'}.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as lines, open(path, "w", encoding="utf-8") as out:
        out.writelines(itertools.islice(lines, n))
    return path


def baseline(texts: list[str]) -> float:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


def single_process(path: Path, out: Path) -> dict:
    """One full build in this process, timing every stage."""
    times: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    documents = list(read_documents([path]))
    times["read"] = time.perf_counter() - start
    docs = []
    for document in documents:
        doc = Doc(document)
        for name, stage in STAGES.items():
            t = time.perf_counter()
            doc = stage(doc)
            times[name] += time.perf_counter() - t
        docs.append(doc)
    t = time.perf_counter()
    kb = knowledge_base(docs)
    times["resolve"] = time.perf_counter() - t
    t = time.perf_counter()
    G = build_graph(kb)
    times["graph"] = time.perf_counter() - t
    for name in EXPORTERS:
        t = time.perf_counter()
        export(G, name, out)
        times["export:" + name] = time.perf_counter() - t
    times["total"] = time.perf_counter() - start
    return {"times": dict(times), "texts": [d.text for d in documents], "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges()}


def parallel_build(path: Path, jobs: int, cache: Path | None) -> float:
    """What `kg build --jobs N` does: per-document stages and exporters in N processes."""
    start = time.perf_counter()
    G = build_graph(knowledge_base(process_many(read_documents([path]), jobs=jobs, cache=cache)))
    with tempfile.TemporaryDirectory() as out:
        write_all(G, Path(out), jobs=jobs)
    return time.perf_counter() - start


def report(n: str, runs: list[dict], base: list[float], parallel: list[float], jobs: int, incremental: float | None):
    texts = runs[0]["texts"]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    med = {k: statistics.median(r["times"][k] for r in runs) for k in runs[0]["times"]}
    total, jieba_time = med["total"], statistics.median(base)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n## N = {n}: {len(texts)} documents, {mb:.1f} MB, {runs[0]['nodes']} nodes, {runs[0]['edges']} edges "
          f"(median of {len(runs)} runs)")
    print(f"| measure | value |\n|---|---|")
    print(f"| full build, 1 process | {total:.1f} s, {len(texts) / total:.0f} docs/s, {mb / total:.2f} MB/s |")
    print(f"| jieba.lcut alone (baseline) | {jieba_time:.1f} s, {mb / jieba_time:.2f} MB/s |")
    print(f"| **ratio build / baseline throughput** | **{jieba_time / total:.2f}×** (target ≥ 2×) |")
    if parallel:
        par = statistics.median(parallel)
        print(f"| full build, --jobs {jobs} | {par:.1f} s, speed-up **{total / par:.2f}×** (target ≥ 1.8× on 2 cores) |")
    if incremental is not None:
        print(f"| rebuild after adding one story (cache) | {incremental:.1f} s = **{100 * incremental / total:.1f}%** "
              f"of the full build (target ≤ 5%) |")
    print(f"| peak RSS (this process) | {rss:.0f} MB |")
    for stage, seconds in med.items():
        if stage != "total":
            print(f"| stage {stage} | {seconds:.2f} s ({100 * seconds / total:.1f}%) |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "xwlb-2022-2026.jsonl.gz")
    parser.add_argument("--sizes", nargs="+", default=["1000", "5000", "all"])
    parser.add_argument("--runs", type=int, default=3, help="runs per size (the median is shown); 1 for 'all'")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--incremental", action="store_true", help="also time a cached rebuild after adding a story")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            n = None if size == "all" else int(size)
            path = first_stories(args.corpus, n, folder)
            runs_n = 1 if n is None else args.runs
            runs = [single_process(path, folder / f"out-{size}-{i}") for i in range(runs_n)]
            base = [baseline(runs[0]["texts"]) for _ in range(runs_n)]
            parallel = [parallel_build(path, args.jobs, None) for _ in range(runs_n)] if args.jobs > 1 else []
            incremental = None
            if args.incremental:
                cache = folder / f"cache-{size}"
                parallel_build(path, args.jobs, cache)
                with open(path, "a", encoding="utf-8") as f:
                    f.write(json.dumps({"title": "新增", "date": "20260901", "text": "工业和信息化部副部长王志军表示，"
                                        "今年新增5G基站60万个。"}, ensure_ascii=False) + "\n")
                incremental = parallel_build(path, args.jobs, cache)
            report(size, runs, base, parallel, args.jobs, incremental)


if __name__ == "__main__":
    main()
