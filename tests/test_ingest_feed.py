"""The RSS/Atom reader: our own feed, the real feeds in ../shared (read where they lie), hostile XML."""
from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import BinaryInputError, EmptyInputError, FormatError, LimitError, NoArticleError
from dateline.ingest.sources import read_source

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "steppe-news-world.rss.xml"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<lolz>&lol9;</lolz>
"""


def atom(entries: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Danube Dispatch</title>
<updated>2026-04-02T10:00:00+02:00</updated>{entries}</feed>""".encode()


def test_each_item_of_our_feed_becomes_an_article():
    docs = list(read_source(SAMPLE))
    assert [d.format for d in docs] == ["feed"] * 3
    first = docs[0]
    assert first.structured and first.origin == f"{SAMPLE}#item1"
    assert first.text.startswith("ULAANBAATAR, Oct 12 - Mongolia and Kazakhstan signed")
    assert first.text.count("\n\n") == 1  # two <p> -> two paragraphs
    assert first.hints["headline"] == "Mongolia and Kazakhstan agree to link power grids"
    assert first.hints["published"] == "2026-10-12T08:15:00+08:00"  # the feed's own offset kept
    assert first.hints["byline"] == ["Batbayar Enkhjargal"]
    assert first.hints["publisher"] == "Steppe News: World"
    assert first.url == "https://steppe-news.example/2026/10/12/mongolia-kazakhstan-power-grid"
    assert "byline" not in docs[1].hints  # no <author> on that item
    assert docs[1].text.startswith("LIMA, Oct 11 - Peru recalled")


def test_atom_content_wins_over_summary_and_feed_date_fills_in():
    entries = """<entry><title>Bridge on the Danube reopens</title>
      <link href="https://danube.example/bridge"/>
      <summary>Short version.</summary>
      <content type="html">&lt;p&gt;NOVI SAD, April 2 - The Liberty Bridge reopened on Thursday.&lt;/p&gt;
      &lt;p&gt;Serbia's transport minister attended.&lt;/p&gt;</content>
      <author><name>Jelena Marković</name></author></entry>"""
    [doc] = list(read_source(atom(entries)))
    assert doc.text == "NOVI SAD, April 2 - The Liberty Bridge reopened on Thursday.\n\nSerbia's transport minister attended."
    assert doc.hints["published"] == "2026-04-02T10:00:00+02:00"  # item undated: the feed's date
    assert doc.hints["byline"] == ["Jelena Marković"]


def test_real_feeds_in_shared_are_read(shared: Path):
    rss = shared / "data" / "corpus" / "rss"
    counts = {p.name: len(list(read_source(p))) for p in sorted(rss.glob("*.xml"))}
    assert counts == {"bbc_world_2017-01-20.rss.xml": 3, "googlenews_huffpost_business_2015-05-14.atom.xml": 1,
                      "reuters_worldnews_2018-01-30.rss.xml": 10}
    reuters = list(read_source(rss / "reuters_worldnews_2018-01-30.rss.xml"))
    assert all(d.hints["published"].startswith("2018-01-") for d in reuters)
    assert all(d.hints["published"].endswith("-05:00") for d in reuters)
    assert all(d.url and d.url.startswith("http") for d in reuters)  # feedburner:origLink preferred
    [gnews] = list(read_source(rss / "googlenews_huffpost_business_2015-05-14.atom.xml"))
    assert gnews.hints["byline"] and not gnews.text.startswith(gnews.hints["headline"])


def test_billion_laughs_is_refused_without_expanding(tmp_path: Path):
    bomb = tmp_path / "lolz.xml"
    bomb.write_bytes(BILLION_LAUGHS)
    with pytest.raises(LimitError) as err:
        list(read_source(bomb))
    msg = str(err.value)
    assert msg.startswith(f"{bomb}: ") and "entit" in msg and "\n" not in msg


def test_entities_inside_a_real_feed_are_refused_too():
    data = atom("<entry><title>&x;</title><summary>s</summary></entry>").replace(
        b"<feed", b'<!DOCTYPE feed [<!ENTITY x "boom">]>\n<feed', 1)
    with pytest.raises(LimitError):
        list(read_source(data))


def test_external_entity_is_refused():
    data = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ext SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&ext;</title></item></channel></rss>'
    with pytest.raises(LimitError):
        list(read_source(data))


def test_malformed_feed_is_a_format_error(tmp_path: Path):
    bad = tmp_path / "broken.rss"
    bad.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Half a feed</ti')
    with pytest.raises((FormatError, NoArticleError)) as err:
        list(read_source(bad))
    assert str(err.value).startswith(f"{bad}: ")


def test_xml_that_is_not_a_feed_says_so():
    with pytest.raises(FormatError) as err:
        list(read_source(b'<?xml version="1.0"?><inventory><part id="1"/></inventory>'))
    assert "feed" in str(err.value)


def test_feed_without_items():
    with pytest.raises(NoArticleError):
        list(read_source(atom("")))


def test_empty_and_binary_feeds(tmp_path: Path):
    empty = tmp_path / "empty.rss"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        list(read_source(empty))
    from dateline.ingest.feed import parse_feed

    with pytest.raises(BinaryInputError):
        parse_feed(b"<rss>\x00\x00\x00</rss>", "nul.rss")


def test_items_over_the_record_limit_are_refused(monkeypatch):
    entries = "".join(f"<entry><title>T{i}</title><summary>Text {i}.</summary></entry>" for i in range(5))
    monkeypatch.setenv("DATELINE_MAX_RECORDS", "3")
    with pytest.raises(LimitError):
        list(read_source(atom(entries)))


def test_junk_in_the_encoding_declaration_is_a_format_error():
    """Regression: feedparser raised UnicodeDecodeError on a non-ASCII encoding name (found by fuzzing)."""
    data = SAMPLE.read_bytes().replace(b'encoding="UTF-8"', b'encoding="\x80UTF-8"', 1)
    try:
        docs = list(read_source(data))
    except FormatError as exc:
        assert "malformed feed" in str(exc)
    else:
        assert len(docs) == 3


def test_billion_laughs_in_utf16_is_refused_too():
    with pytest.raises(LimitError):
        list(read_source(BILLION_LAUGHS.decode().encode("utf-16"), fmt="feed"))
