"""Fuzzing every reader with generated hostile input, beyond the mutated samples of
tests/test_ingest_fuzz.py: random bytes forced through each reader, random bytes under a
misleading file name, generated tag soup, generated feeds and odd gzip streams.

A reader gives documents with text, or a one-line DatelineError starting with the input's
name; never another exception. Long run: scripts/fuzz (DATELINE_FUZZ_PROFILE=long).
"""
from __future__ import annotations

import gzip
import os

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from dateline.clean import clean_document
from dateline.errors import DatelineError, EmptyInputError
from dateline.ingest.sources import READERS, _load_optional_readers, read_bytes

settings.register_profile("dateline-readers-quick", max_examples=15, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("dateline-readers-long", max_examples=int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "2000")),
                          deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ = settings.get_profile("dateline-readers-long" if os.environ.get("DATELINE_FUZZ_PROFILE") == "long"
                            else "dateline-readers-quick")

_load_optional_readers()
FORMATS = sorted(READERS)
NAMES = ["in.txt", "in.html", "in.pdf", "in.rss", "in.xml", "in.warc", "in.warc.gz", "in.gz", "in.bin", "noext"]


def check(data: bytes, origin: str, **kw) -> None:
    try:
        for doc in read_bytes(data, origin, **kw):
            assert isinstance(doc.text, str) and doc.origin.startswith(origin)
            if not doc.text.strip():  # found by scripts/fuzz: a BOM-only text file (see below)
                assert_cleaner_names_it(doc)
    except DatelineError as exc:
        msg = str(exc)
        assert msg.startswith(origin) and "\n" not in msg, msg


def assert_cleaner_names_it(doc) -> None:
    """A blank document must at least fail in the cleaner with a line naming the input."""
    try:
        clean_document(doc)
    except EmptyInputError as exc:
        assert str(exc).startswith(doc.origin)
    else:
        raise AssertionError(f"blank document from {doc.origin} was cleaned into an article")


@pytest.mark.parametrize("data", [b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"])
def test_a_bom_only_text_file_is_empty_input(data):
    with pytest.raises(EmptyInputError):
        list(read_bytes(data, "bom.txt", path="bom.txt"))


@FUZZ
@given(st.sampled_from(FORMATS), st.binary(max_size=3000))
def test_random_bytes_forced_through_each_reader(fmt, data):
    check(data, f"forced.{fmt}", fmt=fmt)


@FUZZ
@given(st.sampled_from(NAMES), st.binary(max_size=3000))
def test_random_bytes_under_a_misleading_name_are_sniffed_safely(name, data):
    check(data, name, path=name)


TAGS = ["div", "p", "span", "article", "table", "tr", "td", "ul", "li", "b", "i", "a", "script", "style",
        "svg", "math", "template", "iframe", "noscript", "h1", "pre", "textarea", "title", "body", "html"]
tag_soup = st.recursive(
    st.text(max_size=30).map(lambda t: t.replace("<", "&lt;")),
    lambda inner: st.tuples(st.sampled_from(TAGS), st.lists(inner, max_size=4),
                            st.booleans(), st.sampled_from(["", ' class="x"', " a='\"'", " b=\"'>\"", " c"]))
    .map(lambda t: f"<{t[0]}{t[3]}>" + "".join(t[1]) + (f"</{t[0]}>" if t[2] else "")),
    max_leaves=40)


@FUZZ
@given(tag_soup, st.integers(min_value=0, max_value=400), st.sampled_from(["utf-8", "latin-1", "utf-16"]))
def test_generated_tag_soup_and_deep_nesting_through_the_html_reader(body, depth, charset):
    page = f'<html><head><meta charset="{charset}"><title>T</title></head><body>' + "<div>" * depth + \
        body + " Officials met in Quito on Monday to talk about trade and fishing rights. " * 3 + \
        "</div>" * depth + "</body></html>"
    check(page.encode(charset, "replace"), "soup.html", fmt="html")


feed_text = st.one_of(st.text(max_size=60), st.sampled_from(
    ["&amp;", "&bogus;", "<![CDATA[ x ]]>", "]]>", "<b>bold", "&#0;", "&#xFFFF;", "<", "\x0b", "'\""]))


@FUZZ
@given(st.lists(st.tuples(feed_text, feed_text, feed_text), max_size=5), st.sampled_from(["rss", "atom"]))
def test_generated_feeds_with_junk_in_their_items(items, kind):
    if kind == "rss":
        body = "".join(f"<item><title>{t}</title><description>{d}</description><pubDate>{p}</pubDate></item>"
                       for t, d, p in items)
        xml = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>F</title>{body}</channel></rss>'
    else:
        body = "".join(f"<entry><title>{t}</title><content>{d}</content><updated>{p}</updated></entry>"
                       for t, d, p in items)
        xml = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{body}</feed>'
    check(xml.encode("utf-8", "surrogatepass"), "gen.rss", fmt="feed")


@FUZZ
@given(st.lists(st.binary(max_size=500), min_size=0, max_size=4), st.integers(min_value=0, max_value=60),
       st.binary(max_size=30))
def test_odd_gzip_streams(members, cut, tail):
    """Several members, a cut end, trailing junk: all are a document or a named error."""
    data = b"".join(gzip.compress(m, mtime=0) for m in members)
    data = (data[:-cut] if cut and len(data) > cut else data) + tail
    check(data, "odd.gz", fmt="gzip")
