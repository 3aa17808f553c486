"""The WARC reader: one article per HTML response record, with its URL and capture date."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from dateline.errors import FormatError, LimitError, NoArticleError
from dateline.ingest.sources import read_source

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "archipelago-wire.warc.gz"
ARTICLE = "".join(
    f"<p>{p}</p>" for p in (
        "RIGA, Jan 8 - Latvia and Lithuania agreed on Thursday to build a second electricity link across "
        "their border by 2030, the two countries' energy ministries said in a joint statement.",
        "The line is meant to carry power from offshore wind farms in the Baltic Sea. Latvia's energy "
        "minister said construction tenders would be published in the spring.",
        "Estonia, which is planning a similar link with Latvia, welcomed the decision and said it would "
        "join talks on sharing the cost of grid upgrades.",
    )
)
PAGE = f"<html><head><title>Baltic states agree power link</title></head><body><article>{ARTICLE}</article></body></html>"


def warc(records: list[tuple[str, str, str, bytes]], *, compress: bool = True) -> bytes:
    """(uri, status, content type, body) -> WARC bytes, via warcio's own writer."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for uri, status, ctype, body in records:
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": "2026-01-08T14:00:00Z"}))
    return buf.getvalue()


def test_sample_warc_gives_each_html_article_with_url_and_capture_date():
    docs = list(read_source(SAMPLE))
    assert [d.format for d in docs] == ["warc", "warc"]  # the PNG and the 404 page are skipped
    first = docs[0]
    assert first.url == "https://archipelago-wire.example/news/2026/05/09/indonesia-australia-timor-sea-patrols"
    assert first.hints["captured"] == "2026-05-09T06:12:44Z"
    assert first.hints["headline"] == "Indonesia and Australia sign maritime patrol pact for Timor Sea"
    assert first.hints["published"] == "2026-05-09"
    assert first.structured and first.path == str(SAMPLE)
    assert first.text.startswith("JAKARTA, May 9 - Indonesia and Australia signed")
    assert docs[1].hints["byline"] == ["Kwame Asante"]


def test_uncompressed_warc_and_charset_from_http_header():
    body = PAGE.replace("Lithuania", "Lietuvà").encode("cp1252")
    docs = list(read_source(warc([("https://baltic.example/a", "200 OK", "text/html; charset=windows-1252", body)],
                                 compress=False)))
    assert "Lietuvà" in docs[0].text
    assert docs[0].hints["published"] == "2026-01-08"  # no date on the page: the capture date
    assert docs[0].hints["warnings"] == ["publication date taken from the WARC capture date"]


def test_a_hostile_record_is_skipped_and_the_rest_read():
    deep = b"<html><body>" + b"<div>" * 5000 + b"</body></html>"
    docs = list(read_source(warc([("https://x.example/deep", "200 OK", "text/html", deep),
                                  ("https://x.example/ok", "200 OK", "text/html", PAGE.encode())])))
    assert [d.url for d in docs] == ["https://x.example/ok"]


def test_warc_without_html_articles_says_so(tmp_path: Path):
    p = tmp_path / "images.warc.gz"
    p.write_bytes(warc([("https://x.example/a.png", "200 OK", "image/png", b"\x89PNG" + bytes(100))]))
    with pytest.raises(NoArticleError) as err:
        list(read_source(p))
    assert str(err.value).startswith(f"{p}: ")


def test_truncated_warc_gz_is_a_format_error(tmp_path: Path):
    data = warc([("https://x.example/ok", "200 OK", "text/html", PAGE.encode())] * 3)
    p = tmp_path / "cut.warc.gz"
    p.write_bytes(data[: len(data) - 200])
    with pytest.raises(FormatError) as err:
        list(read_source(p))
    assert str(err.value).startswith(f"{p}: ") and "\n" not in str(err.value)


def test_garbage_after_a_warc_header_is_a_format_error(tmp_path: Path):
    p = tmp_path / "junk.warc"
    p.write_bytes(b"WARC/1.0\r\nthis is not a record header at all\r\n\r\n" + bytes(range(256)))
    with pytest.raises(FormatError):
        list(read_source(p))


def test_record_payload_over_the_decompression_limit(monkeypatch, tmp_path: Path):
    huge = PAGE.replace("</article>", "<p>" + "filler words " * 200_000 + "</p></article>").encode()
    p = tmp_path / "big.warc.gz"
    p.write_bytes(warc([("https://x.example/big", "200 OK", "text/html", huge)]))
    monkeypatch.setenv("DATELINE_MAX_DECOMPRESSED_BYTES", "1000000")
    with pytest.raises(LimitError) as err:
        list(read_source(p))
    assert str(err.value).startswith(f"{p}: ")


def test_truncated_plain_warc_is_caught_by_its_digest(tmp_path: Path):
    data = warc([("https://x.example/ok", "200 OK", "text/html", PAGE.encode())], compress=False)
    p = tmp_path / "cut.warc"
    p.write_bytes(data[: len(data) - 300])
    with pytest.raises(FormatError) as err:
        list(read_source(p))
    assert "truncated" in str(err.value)
