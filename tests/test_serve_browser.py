"""End to end: a real uvicorn server and headless Chromium (Debian's /usr/bin/chromium).

Loads the list, searches, opens an article, sees the highlights, and checks that a script
inside an article never runs. Screenshots go to $DATELINE_SCREENSHOTS (default: tmp dir).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from dateline.model import Article, Source
from dateline.store import Store
from dateline.store.testing import example_articles

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser

HOSTILE = ("Envoys met in Oslo on Monday.<script>window.__pwned = 1</script> "
           "<img src=x onerror=\"window.__pwned = 2\"> The talks went on into the night.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: scripts/test must install it")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    pytest.importorskip("playwright")
    db = tmp_path_factory.mktemp("ui") / "ui.db"
    with Store.open(str(db)) as store:
        for art in example_articles():
            store.put(art)
        store.put(Article(text=HOSTILE, source=Source("html"), headline="Night talks <script>alert(1)</script>",
                          published="2024-03-12", pipeline_version="test+1"))
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli.main", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(base + "/api/stats", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("server did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def _shots() -> Path:
    out = Path(os.environ.get("DATELINE_SCREENSHOTS") or "/tmp/dateline-screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_search_open_article_and_see_highlights(server, browser):
    page = browser.new_page()
    page.goto(server + "/")
    assert page.locator("#article-list li").count() == 4
    page.fill("#q", "shipping")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=shipping*")
    links = page.locator("#article-list li a")
    assert links.count() == 1 and links.first.inner_text() == "Ministers hold river talks"
    links.first.click()
    page.wait_for_selector("#article-text")
    assert page.locator("#headline").inner_text() == "Ministers hold river talks"
    assert page.locator("#article-text .hl-entity").count() >= 4
    assert page.locator("#article-text .hl-event").count() >= 1
    assert "meet with" in page.locator("#events").inner_text()
    page.screenshot(path=str(_shots() / "article.png"), full_page=True)


def test_timeline_and_network_charts_draw(server, browser):
    page = browser.new_page()
    page.goto(server + "/timeline")
    page.wait_for_selector("#timeline-chart svg rect.bar")
    days = httpx.get(server + "/api/timeline").json()["days"]
    expected_bars = sum(1 for d in days for q in ("q1", "q2", "q3", "q4") if d[q])
    assert page.locator("#timeline-chart rect.bar").count() == expected_bars >= 3
    page.screenshot(path=str(_shots() / "timeline.png"))
    page.goto(server + "/network")
    page.wait_for_selector("#network-chart svg circle.node")
    assert page.locator("#network-chart circle.node").count() >= 4
    page.screenshot(path=str(_shots() / "network.png"))


def test_script_in_an_article_never_runs(server, browser):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/?q=Oslo")
    page.locator("#article-list li a").first.click()
    page.wait_for_selector("#article-text")
    assert page.evaluate("window.__pwned === undefined")
    assert "<script>window.__pwned" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text script, #article-text img").count() == 0
