"""The HTML view in a real browser (Playwright driving Debian's chromium, installed by .ci/run)."""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is installed by .ci/run")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
HOSTILE = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def open_page(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)  # our escaping is under test, not the CSP
    errors, dialogs, requests = [], [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.goto(path.as_uri())
    page.wait_for_function("window.kgReady === true", timeout=30000)
    return page, errors, dialogs, requests


def test_page_loads_offline_searches_and_shows_evidence(browser, seeds_export, seeds_graph):
    page, errors, dialogs, requests = open_page(browser, seeds_export / "graph.html")
    shown = page.evaluate("window.kgData.nodes.length")
    expected = sum(1 for _, d in seeds_graph.nodes(data=True) if d["label"] not in ("Document", "Membership", "Role"))
    assert shown == expected and page.evaluate("window.kgNetwork.body.data.nodes.length") == expected
    page.fill("#search", "工业和信息化部")
    page.click("#go")
    assert page.inner_text("#panel h2") == "工业和信息化部"
    assert "工信部" in page.inner_text("#panel")
    page.fill("#search", "王志军")
    page.press("#search", "Enter")
    panel = page.inner_text("#panel")
    assert "副部长" in panel and "证据" in panel and "王志军" in panel
    # a real mouse click on a node's place on the canvas opens its panel
    target = page.evaluate("""() => {
        const id = window.kgData.nodes.find(n => n.label === "闻库").id;
        window.kgNetwork.focus(id, {scale: 1.5, animation: false});
        const p = window.kgNetwork.canvasToDOM(window.kgNetwork.getPosition(id));
        const box = document.getElementById("network").getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""")
    page.mouse.click(target["x"], target["y"])
    assert page.inner_text("#panel h2") == "闻库" and "信息通信发展司 司长" in page.inner_text("#panel")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))
    assert errors == [] and dialogs == [] and requests == []


def test_hostile_text_shows_literally_and_runs_nothing(browser, tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "x.txt").write_text(
        f"工业和信息化部副部长王志军介绍了情况。国务院印发了《{HOSTILE}规划》。\n\n"
        f"记者：{IMG}？\n\n王志军：今年新增了58万个5G基站{IMG}。", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(source), "--out", str(out), "--quiet"]).exit_code == 0
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert HOSTILE not in html and IMG not in html
    page, errors, dialogs, _ = open_page(browser, out / "graph.html")
    page.fill("#search", "规划")
    page.click("#go")
    assert HOSTILE in page.inner_text("#panel h2")
    page.evaluate("window.kgFocus(window.kgData.nodes.find(n => n.group === 'Figure').id)")
    assert IMG in page.inner_text("#panel")
    assert dialogs == [] and page.evaluate("document.querySelectorAll('#panel script, #panel img').length") == 0
