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
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.export import EXPORTERS, _tasks, export_together, write_all  # noqa: E402
from kg.graph import build_graph  # noqa: E402
from kg.parallel import gc_paused  # noqa: E402
from kg.pipeline import STAGES, build  # noqa: E402
from kg.read import read_documents  # noqa: E402
from kg.resolve import Resolver  # noqa: E402
from kg.types import Doc  # noqa: E402


def first_stories(corpus: Path, n: int | None, folder: Path) -> Path:
    """The first n stories as a .jsonl file (in a temporary folder, outside the repository)."""
    path = folder / f"first-{n or 'all'}.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as lines, open(path, "w", encoding="utf-8") as out:
        out.writelines(itertools.islice(lines, n))
    return path


def baseline(path: Path) -> dict:
    """Plain `jieba.lcut` over the same texts (jieba's dictionary loaded before the clock starts)."""
    import jieba

    texts = [d.text for d in read_documents([path])]
    jieba.setLogLevel(60)
    jieba.initialize()
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return {"seconds": time.perf_counter() - start}


def single_process(path: Path) -> dict:
    """One full build in this process, every export included, timing every stage (the models
    loaded before the clock starts, as jieba's dictionary is for the baseline). Documents stream
    through the stages into the resolver, with the cycle collector paused, as `kg build` does."""
    times: dict[str, float] = defaultdict(float)
    warm_up = _warm_up()
    resolver = Resolver()
    count = chars = 0
    with gc_paused():
        start = time.perf_counter()
        documents = iter(read_documents([path]))
        while True:
            t = time.perf_counter()
            document = next(documents, None)
            times["read"] += time.perf_counter() - t
            if document is None:
                break
            count, chars = count + 1, chars + len(document.text.encode("utf-8"))
            doc = Doc(document)
            for name, stage in STAGES.items():
                t = time.perf_counter()
                doc = stage(doc)
                times[name] += time.perf_counter() - t
            t = time.perf_counter()
            resolver.add(doc)
            times["resolve"] += time.perf_counter() - t
        t = time.perf_counter()
        kb = resolver.result()
        times["resolve"] += time.perf_counter() - t
        t = time.perf_counter()
        G = build_graph(kb)
        times["graph"] = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as out:
        for task in _tasks(list(EXPORTERS)):  # as `kg build --jobs 1` writes them
            t = time.perf_counter()
            export_together(G, task, Path(out))
            times["export:" + "+".join(task)] = time.perf_counter() - t
    times["total"] = time.perf_counter() - start
    return {"times": dict(times), "warm_up": warm_up, "documents": count, "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(), "mb": chars / 1e6}


def parallel_build(path: Path, jobs: int = 1, cache: Path | None = None) -> dict:
    """What `kg build --jobs N` does: per-document stages and exporters in N processes."""
    _warm_up()
    start = time.perf_counter()
    G = build([path], jobs=jobs, cache=cache)
    with tempfile.TemporaryDirectory() as out:
        write_all(G, Path(out), jobs=jobs)
    return {"seconds": time.perf_counter() - start}


def _warm_up() -> float:
    """Load the tokenizer, the CRF (and its compiled decoder) and jieba's word list: seconds."""
    from kg.parallel import _warm

    start = time.perf_counter()
    _warm()
    return time.perf_counter() - start


MEASURES = {"single": single_process, "baseline": baseline, "parallel": parallel_build}


def in_child(measure: str, path: Path, **options) -> dict:
    """Run one measure in a fresh interpreter: its own peak RSS, nothing warm from the last one."""
    command = [sys.executable, __file__, "--measure", measure, str(path), "--options", json.dumps(
        {k: str(v) if isinstance(v, Path) else v for k, v in options.items()})]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_measure(measure: str, path: str, options: str) -> None:
    options = json.loads(options)
    if options.get("cache"):
        options["cache"] = Path(options["cache"])
    result = MEASURES[measure](Path(path), **options)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result["peak_rss_mb_any_process"] = max(result["peak_rss_mb"], children)
    print(json.dumps(result))


def incremental(path: Path, jobs: int, folder: Path) -> dict:
    """A cached build of the stories, then the same plus one new story: the rebuild's time."""
    cache = folder / f"cache-{path.stem}"
    grown = folder / f"{path.stem}-plus-one.jsonl"
    shutil.copyfile(path, grown)
    in_child("parallel", grown, jobs=jobs, cache=cache)
    with open(grown, "a", encoding="utf-8") as f:
        f.write(json.dumps({"title": "新增", "date": "20260901", "text": "工业和信息化部副部长王志军表示，"
                            "今年新增5G基站60万个。"}, ensure_ascii=False) + "\n")
    return in_child("parallel", grown, jobs=jobs, cache=cache)


def report(n: str, runs: list[dict], base: list[dict], parallel: list[dict], jobs: int,
           rebuild: dict | None) -> dict:
    first = runs[0]
    med = {k: statistics.median(r["times"][k] for r in runs) for k in first["times"]}
    total, jieba_time = med["total"], statistics.median(b["seconds"] for b in base)
    rss = max(r["peak_rss_mb"] for r in runs)
    print(f"\n## N = {n}: {first['documents']} documents, {first['mb']:.1f} MB, {first['nodes']} nodes, "
          f"{first['edges']} edges (median of {len(runs)} runs)")
    print("| measure | value |\n|---|---|")
    print(f"| full build, 1 process, all {len(EXPORTERS)} exports | {total:.1f} s, {first['documents'] / total:.0f} "
          f"docs/s, {first['mb'] / total:.2f} MB/s |")
    print(f"| jieba.lcut alone (baseline) | {jieba_time:.1f} s, {first['mb'] / jieba_time:.2f} MB/s |")
    print(f"| **ratio build / baseline throughput** | **{jieba_time / total:.2f}×** (target ≥ 2×) |")
    summary = {"n": n, "documents": first["documents"], "mb": first["mb"], "build": total,
               "ratio": jieba_time / total, "rss": rss, "jieba": jieba_time}
    if parallel:
        par = statistics.median(p["seconds"] for p in parallel)
        summary["speedup"] = total / par
        print(f"| full build, --jobs {jobs} | {par:.1f} s, speed-up **{total / par:.2f}×** (target ≥ 1.8× on 2 cores); "
              f"largest process {max(p['peak_rss_mb_any_process'] for p in parallel):.0f} MB |")
    if rebuild is not None:
        summary["rebuild"] = rebuild["seconds"] / total
        print(f"| rebuild after adding one story (cache, --jobs {jobs}) | {rebuild['seconds']:.1f} s = "
              f"**{100 * rebuild['seconds'] / total:.1f}%** of the full build (target ≤ 5%) |")
    print(f"| peak RSS, 1-process build | {rss:.0f} MB |")
    print(f"| loading models before the clock (once per process) | {statistics.median(r['warm_up'] for r in runs):.1f} s |")
    for stage, seconds in med.items():
        if stage != "total":
            print(f"| stage {stage} | {seconds:.2f} s ({100 * seconds / total:.1f}%) |")
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "xwlb-2022-2026.jsonl.gz")
    parser.add_argument("--sizes", nargs="+", default=["1000", "5000", "all"])
    parser.add_argument("--runs", type=int, default=3, help="runs per size (the median is shown); 1 for 'all'")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--incremental", action="store_true", help="also time a cached rebuild after adding a story")
    parser.add_argument("--measure", choices=MEASURES, help=argparse.SUPPRESS)  # internal: one measure, in a child
    parser.add_argument("--options", default="{}", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.measure:
        return run_measure(args.measure, rest[0], args.options)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {platform.platform()}, "
          f"{platform.processor() or platform.machine()}")
    summaries = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            n = None if size == "all" else int(size)
            path = first_stories(args.corpus, n, folder)
            runs_n = 1 if n is None else args.runs
            runs = [in_child("single", path) for _ in range(runs_n)]
            base = [in_child("baseline", path) for _ in range(runs_n)]
            parallel = [in_child("parallel", path, jobs=args.jobs) for _ in range(runs_n)] if args.jobs > 1 else []
            rebuild = incremental(path, args.jobs, folder) if args.incremental else None
            summaries.append(report(size, runs, base, parallel, args.jobs, rebuild))
    print("\n| N | documents | MB | 1-process build | ratio to jieba.lcut | --jobs speed-up | rebuild +1 story | "
          "peak RSS |\n|---|---|---|---|---|---|---|---|")
    for s in summaries:
        print(f"| {s['n']} | {s['documents']} | {s['mb']:.1f} | {s['build']:.1f} s | {s['ratio']:.2f}× | "
              f"{s.get('speedup', 0):.2f}× | {100 * s.get('rebuild', 0):.1f}% | {s['rss']:.0f} MB |")


if __name__ == "__main__":
    main()
