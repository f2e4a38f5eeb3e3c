"""Benchmark: how long a graph page takes to load and become interactive in headless Chromium.

    .venv/bin/kg build ../shared/corpus/xwlb-2022-2026.jsonl.gz --out /tmp/corpus-kg --format html
    .venv/bin/python bench/html_load.py /tmp/corpus-kg/graph.html

Prints the page size, node and edge counts, the time from navigation to `window.kgReady`
(drawn, physics settled or off) and the time a search takes to focus a node.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path


def measure(page_path: Path, runs: int) -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for run in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
            start = time.perf_counter()
            page.goto(page_path.resolve().as_uri(), timeout=120_000)
            page.wait_for_function("window.kgReady === true", timeout=120_000)
            ready = time.perf_counter() - start
            nodes = page.evaluate("window.kgData.nodes.length")
            edges = page.evaluate("window.kgData.edges.length")
            start = time.perf_counter()
            page.fill("#search", "工业和信息化部")
            page.click("#go")
            page.wait_for_function("document.querySelector('#panel h2') !== null", timeout=60_000)
            searched = time.perf_counter() - start
            print(f"run {run + 1}: {page_path.stat().st_size / 1e6:.1f} MB page, {nodes} nodes, {edges} edges: "
                  f"interactive after {ready:.1f} s; search and focus {searched:.2f} s")
            page.close()
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("page", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    measure(args.page, args.runs)


if __name__ == "__main__":
    main()
