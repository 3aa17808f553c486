"""URL fetching against a real HTTP server on 127.0.0.1 (never the internet)."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dateline.errors import FetchError, LimitError
from dateline.ingest.fetch import USER_AGENT, fetch_url
from dateline.ingest.sources import read_arg

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAGE = (SAMPLES / "kenya-tanzania-border.html").read_bytes()
ITEM_PAGE = (SAMPLES / "chile-argentina-lithium.html").read_bytes()


LATIN_PAGE = ("<html><head><title>Vote in Tromsø</title></head><body><article>"
              + "".join(f"<p>{p}</p>" for p in (
                  "TROMSØ, Norway, Sept 8 - Voters in Tromsø elected a new mayor on Monday after a campaign "
                  "dominated by fishing rights and the 40 million € cost of the new harbour, the election office said.",
                  "The winner, a former teacher, promised to reopen talks with Russian fishing authorities "
                  "on quotas in the Barents Sea before the end of the year.",
                  "Turnout was 68 percent, the highest in the town since 1995, officials said.")) +
              "</article></body></html>").encode("iso-8859-15")


def feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>{base}/item{i}.html</link>"
        f"<pubDate>Tue, 0{i} Feb 2026 10:00:00 -0300</pubDate>"
        f"<description>Short summary number {i} of a story from Santiago.</description></item>"
        for i in (1, 2)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Andes Wire</title>{items}</channel></rss>'.encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        base = f"http://{self.headers['Host']}"
        routes = {
            "/article.html": lambda: self.send(200, PAGE),
            "/item1.html": lambda: self.send(200, ITEM_PAGE),
            "/item2.html": lambda: self.send(404, b"gone"),
            "/feed.xml": lambda: self.send(200, feed(base), "application/rss+xml"),
            "/moved": lambda: self.send(301, b"", Location="/article.html"),
            "/loop": lambda: self.send(302, b"", Location="/loop"),
            "/to-file": lambda: self.send(302, b"", Location="file:///etc/passwd"),
            "/missing": lambda: self.send(404, b"not here"),
            "/latin": lambda: self.send(200, LATIN_PAGE, "text/html; charset=iso-8859-15"),
            "/ua": lambda: self.send(200, self.headers.get("User-Agent", "").encode(), "text/plain"),
            "/big": self.big,
            "/slow": self.slow,
        }
        routes.get(self.path, lambda: self.send(404, b"no route"))()

    def big(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()  # no Content-Length: the size limit must bite while streaming
        try:
            for _ in range(400):
                self.wfile.write(b"x" * 8192)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def slow(self) -> None:
        time.sleep(2)
        try:
            self.send(200, b"late")
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_returns_bytes_final_url_and_content_type(server: str):
    got = fetch_url(f"{server}/moved")
    assert got.data == PAGE and got.url == f"{server}/article.html"
    assert got.content_type.startswith("text/html")
    data, final_url, ctype = got  # unpacks like a tuple for read_arg
    assert final_url == got.url


def test_user_agent_names_dateline(server: str):
    assert fetch_url(f"{server}/ua").data.decode() == USER_AGENT
    assert USER_AGENT.startswith("dateline/")


def test_read_arg_on_a_page_url_gives_the_html_article(server: str):
    [doc] = list(read_arg(f"{server}/article.html"))
    assert doc.format == "html" and doc.hints["publisher"] == "The Meridian Herald"
    assert doc.text.startswith("NAIROBI, March 14")


def test_the_http_charset_decodes_a_page_that_declares_none(server: str):
    [doc] = list(read_arg(f"{server}/latin"))
    assert doc.text.startswith("TROMSØ, Norway") and "40 million € cost" in doc.text


def test_a_feed_url_yields_each_item(server: str):
    docs = list(read_arg(f"{server}/feed.xml"))
    assert [d.hints["headline"] for d in docs] == ["Item 1", "Item 2"]
    assert docs[0].text == "Short summary number 1 of a story from Santiago."
    assert docs[0].url == f"{server}/item1.html"


def test_feed_items_follow_their_links_only_when_allowed(server: str, monkeypatch):
    monkeypatch.setenv("DATELINE_FEED_FETCH", "1")
    docs = list(read_arg(f"{server}/feed.xml"))
    page_doc, summary_doc = docs
    assert page_doc.text.startswith("BUENOS AIRES, Feb 3 - Chile's Foreign Minister")  # the linked page
    assert page_doc.hints["published"] == "2026-02-01T10:00:00-03:00"  # the feed's date kept
    assert page_doc.format == "feed"
    assert summary_doc.text.startswith("Short summary number 2")  # 404: falls back to the summary
    assert any("404" in w for w in summary_doc.hints["warnings"])


@pytest.mark.parametrize("path, words", [("/missing", "HTTP 404"), ("/loop", "redirects"),
                                         ("/to-file", "only http and https")])
def test_fetch_failures_are_one_line_fetch_errors(server: str, path: str, words: str):
    with pytest.raises(FetchError) as err:
        fetch_url(f"{server}{path}")
    msg = str(err.value)
    assert msg.startswith(f"{server}{path}: ") and words in msg and "\n" not in msg


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/"])
def test_only_http_and_https_are_fetched(url: str):
    with pytest.raises(FetchError) as err:
        fetch_url(url)
    assert "only http and https" in str(err.value)


def test_size_limit_applies_while_streaming(server: str, monkeypatch):
    monkeypatch.setenv("DATELINE_MAX_INPUT_BYTES", "100000")
    with pytest.raises(LimitError) as err:
        fetch_url(f"{server}/big")
    assert "limit" in str(err.value)


def test_timeout(server: str, monkeypatch):
    monkeypatch.setenv("DATELINE_FETCH_TIMEOUT_S", "0.3")
    with pytest.raises(FetchError) as err:
        fetch_url(f"{server}/slow")
    assert "timed out" in str(err.value)


def test_unreachable_host_is_a_fetch_error():
    with pytest.raises(FetchError) as err:
        fetch_url("http://127.0.0.1:9/nothing-listens-here")
    assert "cannot fetch" in str(err.value)
