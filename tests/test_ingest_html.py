"""The HTML reader on pages we wrote ourselves: body, metadata, charsets, widgets, hostile nesting."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from dateline.errors import BinaryInputError, EmptyInputError, LimitError, NoArticleError
from dateline.ingest.charset import declared_charset, decode_markup
from dateline.ingest.depth import nesting_depth
from dateline.ingest.html import extract_html, split_authors
from dateline.ingest.htmlclean import classify_line, clean_body, fragment_text
from dateline.ingest.sources import read_source

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
BORDER = SAMPLES / "kenya-tanzania-border.html"
LITHIUM = SAMPLES / "chile-argentina-lithium.html"

PARAS = [
    "GENEVA, June 2 - Delegations from Armenia and Azerbaijan met in Geneva on Tuesday for a third round "
    "of talks on demarcating their shared border, the Swiss foreign ministry said in a statement.",
    "The talks were chaired by a Swiss envoy and lasted about six hours. Both sides agreed to set up a "
    "joint commission of surveyors that will begin work in the northern section of the frontier in July.",
    "An Armenian official said the atmosphere had been constructive, while Azerbaijan's delegation said "
    "several questions about road access remained open and would be discussed at the next round.",
]


def page(body: str, head: str = "", charset: str = "utf-8") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='{charset}'><title>Border talks resume in Geneva</title>"
            f"{head}</head><body>{body}</body></html>")


def article(extra: str = "") -> str:
    ps = "".join(f"<p>{p}</p>" for p in PARAS)
    return page(f"<article><h1>Border talks resume in Geneva</h1>{ps}{extra}</article>")


def test_sample_page_metadata_comes_from_the_markup():
    [raw] = list(read_source(BORDER))
    assert raw.format == "html" and raw.structured
    assert raw.hints["headline"] == "Kenya and Tanzania agree to reopen Namanga crossing to lorries"
    assert raw.hints["publisher"] == "The Meridian Herald"
    assert raw.hints["byline"] == ["Amina Wekesa", "Joseph Mrema"]
    assert raw.hints["published"] == "2026-03-14"
    assert raw.hints["credit"] == "Photo: Daniel Otieno / Meridian"  # from the <figcaption>
    assert raw.url == raw.hints["url"] == (
        "https://meridian-herald.example/world/africa/2026/03/14/kenya-tanzania-namanga-crossing")


def test_sample_page_body_is_the_article_without_the_furniture():
    [raw] = list(read_source(BORDER))
    text = raw.text
    assert text.startswith("NAIROBI, March 14 (Meridian) - Kenya and Tanzania agreed")
    assert text.rstrip().endswith("perishable goods and livestock.")
    assert len(text.split("\n\n")) == 6  # one paragraph per <p>, blank-line separated
    for junk in ("Share on Facebook", "newsletter", "Related stories", "Lorry drivers end strike",
                 "Privacy policy", "Finally some good news", "All rights reserved", "Opinion",
                 "signing ceremony", "Daniel Otieno"):
        assert junk not in text, junk
    assert not text.startswith("Kenya and Tanzania agree")  # the <h1> is the headline, not body


def test_windows_1252_page_is_decoded_from_its_meta_charset():
    data = LITHIUM.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the sample really is not UTF-8
    [raw] = list(read_source(LITHIUM))
    assert "Tomás Echeverría" in raw.text and "San Martín Palace" in raw.text
    assert raw.hints["byline"] == ["Lucía Ferrán"]


def test_charset_declarations_and_fallbacks():
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"  # browsers widen latin-1
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">') == "koi8-r"
    assert declared_charset(b"<html>", content_type="text/html; charset=Shift_JIS") == "shift_jis"
    assert declared_charset(b'<meta charset="no-such-charset">') is None
    # a page declaring UTF-8 that is really cp1252 still decodes
    assert "Zürich" in decode_markup('<meta charset="utf-8"><p>Zürich</p>'.encode("cp1252"), "x")
    # a UTF-16 page with its BOM
    assert "Kyiv" in decode_markup("\ufeff<html><p>Kyiv</p></html>".encode("utf-16"), "x")


def test_utf16_page_is_read_through_the_reader():
    data = article().encode("utf-16")
    [raw] = list(read_source(data))
    assert raw.format == "html" and "Armenia and Azerbaijan" in raw.text


def test_nul_bytes_mean_binary():
    with pytest.raises(BinaryInputError) as err:
        extract_html(b"<html>\x00\x00\x00<body>" + b"\x00" * 50, "junk.html")
    assert "junk.html" in str(err.value)


def test_empty_and_articleless_pages_fail_with_a_reason():
    with pytest.raises(EmptyInputError):
        extract_html(b"  \n", "empty.html")
    with pytest.raises(NoArticleError) as err:
        extract_html(page("<img src='a.jpg'><script>var x = 1;</script>").encode(), "no-text.html")
    assert str(err.value).startswith("no-text.html: ")


def test_60000_deep_nesting_is_refused_with_a_clear_one_line_error():
    deep = "<html><body>" + "<div>" * 60_000 + "<p>text</p>" + "</div>" * 60_000 + "</body></html>"
    with pytest.raises(LimitError) as err:
        extract_html(deep.encode(), "deep.html")
    msg = str(err.value)
    assert msg.startswith("deep.html: HTML nested more than") and "\n" not in msg


def test_unclosed_deep_nesting_is_refused_too():
    with pytest.raises(LimitError):
        extract_html(("<html><body>" + "<span><b>" * 30_000 + "x").encode(), "unclosed.html")


def test_depth_limit_is_configurable(monkeypatch):
    nested = page("<div>" * 40 + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>" * 40)
    assert "Armenia" in extract_html(nested.encode(), "ok.html").text
    monkeypatch.setenv("DATELINE_MAX_HTML_DEPTH", "30")
    with pytest.raises(LimitError):
        extract_html(nested.encode(), "ok.html")


def test_nesting_depth_follows_forgiving_parsers():
    assert nesting_depth(b"<div><div><p>a<p>b<p>c</div></div>") == 2  # <p> closes implicitly
    assert nesting_depth(b"<div><span></div></div><div>") == 2  # </div> closes the open <span>
    assert nesting_depth(b"<div><br><img src=x><hr/></div>") == 1  # void elements never nest
    assert nesting_depth(b"<script>" + b"<div>" * 1000 + b"</script><div></div>") == 1
    assert nesting_depth(b"<!-- " + b"<div>" * 1000 + b" --><div></div>") == 1
    assert nesting_depth(b"<div>" * 1000, stop_at=10) == 11  # stops early on hostile input


@given(st.integers(min_value=0, max_value=400))
def test_nesting_depth_counts_constructed_trees(n: int):
    assert nesting_depth(b"<section>" * n + b"x" + b"</section>" * n) == n


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_nesting_depth_never_crashes_on_random_bytes(data: bytes):
    assert nesting_depth(data) >= 0


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/divp =\"'!-abc\n")), max_size=400))
def test_html_reader_fails_only_with_dateline_errors(junk: str):
    from dateline.errors import DatelineError

    try:
        extract_html(junk.encode(), "fuzz.html")
    except DatelineError as exc:
        assert str(exc).startswith("fuzz.html: ")


def test_widgets_that_slip_through_are_dropped_and_related_links_kept():
    extra = ("<p>Read more: Armenia opens consulate in Tbilisi https://news.example/2026/armenia-consulate</p>"
             "<p>Sign up for our Caucasus newsletter</p><p>Share this article</p><p>Advertisement</p>")
    art = extract_html(article(extra).encode(), "talks.html")
    assert art.text.split("\n\n") == PARAS
    assert {"text": "Armenia opens consulate in Tbilisi",
            "url": "https://news.example/2026/armenia-consulate"} in art.links


def test_class_named_widget_regions_are_pruned_before_extraction():
    widgets = ("<div class='social-share'><p>Posted to your timeline by 1,204 readers today</p></div>"
               "<div id='newsletter_box'><p>Weekly briefings on diplomacy from our correspondents</p></div>")
    art = extract_html(article(widgets).encode(), "talks.html")
    assert "timeline" not in art.text and "briefings" not in art.text
    assert art.text.split("\n\n") == PARAS


def test_line_classifier_keeps_prose_that_mentions_widget_words():
    assert classify_line("Related: Georgia recalls envoy") == "related"
    assert classify_line("See also: https://news.example/a") == "related"
    assert classify_line("https://news.example/2026/05/story") == "related"
    assert classify_line("Sign up for our daily newsletter") == "widget"
    assert classify_line("Photo: Anna Petrosyan / Reuters") == "credit"
    assert classify_line("(AP Photo/Karen Minasyan)") == "credit"
    for prose in ("Related talks will take place in Vienna next week.",
                  "Read more than 200 pages of the report, the minister urged lawmakers.",
                  "Subscribers to the ministry's newsletter were told of the delay on Monday.",
                  "Share prices in Yerevan rose after the announcement."):
        assert classify_line(prose) is None, prose


def test_clean_body_keeps_credit_and_drops_repeated_headline():
    body = clean_body("Border talks resume\nPhoto: Anna Petrosyan / Reuters\nFirst paragraph.\nSecond.",
                      headline="Border talks resume")
    assert body.text == "First paragraph.\n\nSecond."
    assert body.credit == "Photo: Anna Petrosyan / Reuters"


def test_fragment_text_turns_blocks_into_paragraphs():
    text = fragment_text("<p>One <b>bold</b> claim.</p><div>Two<br>lines</div><script>x=1</script>Tail")
    assert text == "One bold claim.\n\nTwo\nlines\n\nTail"
    assert fragment_text("plain words") == "plain words"


def test_authors_split_on_semicolons_and_and():
    assert split_authors("Ana Lima; Rui Costa and Eva Mendes") == ["Ana Lima", "Rui Costa", "Eva Mendes"]
    assert split_authors(None) == []


def test_year_only_date_guesses_are_not_publication_days():
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    html = page(f"<article>{body}</article><footer>Copyright 2024 Caucasus Daily</footer>")
    assert extract_html(html.encode(), "c.html").published != "2024-01-01"


def test_declared_schema_org_date_in_a_non_iso_form_is_read():
    import datetime as dt

    from dateline.ingest.htmldates import declared_published

    ld = '<script type="application/ld+json">{"datePublished": "Wed, Mar 4 2026 10:01:41 EST"}</script>'
    assert declared_published(page("<p>x</p>", head=ld)) == dt.date(2026, 3, 4)
    meta = '<meta content="2026-02-11T08:00:00+01:00" property="article:published_time">'
    assert declared_published(page("<p>x</p>", head=meta)) == dt.date(2026, 2, 11)
    # a Solar Hijri date written like ISO is not a Gregorian publication day
    assert declared_published(page("<p>x</p>", head='<script>{"datePublished": "1404-12-20"}</script>')) is None


def test_declared_date_beats_a_caption_date_but_not_a_time_zone_shift():
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    caption = "<figure><figcaption>Delegates arrive, January 5, 2026 in Geneva.</figcaption></figure>"
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "Tue, Jun 2 2026 10:00 CET"}</script>'
    art = extract_html(page(f"<article>{caption}{body}</article>", head=ld).encode(), "g.html")
    assert art.published == "2026-06-02"
    from dateline.ingest.html import _prefer_declared

    declared = page("<p>x</p>", head='<meta property="article:published_time" content="2026-06-03T01:30:00Z">')
    assert _prefer_declared("2026-06-02", declared) == "2026-06-02"  # a UTC shift: htmldate's day stands
    assert _prefer_declared("2026-05-20", declared) == "2026-06-03"  # another date altogether
    assert _prefer_declared(None, declared) == "2026-06-03"
    assert _prefer_declared("2026-05-20", page("<p>x</p>")) == "2026-05-20"
    # noon UTC is 02:00 or later everywhere from UTC-10 on: the day before cannot be a time zone
    noon = page("<p>x</p>", head='<meta property="article:published_time" content="2026-06-03T12:00:00Z">')
    assert _prefer_declared("2026-06-02", noon) == "2026-06-03"
    # with its own offset: 23:30 at UTC-05:00 is 04:30 UTC next day, and the local day is reachable
    local = page("<p>x</p>", head='<meta property="article:published_time" content="2026-06-02T23:30:00-05:00">')
    assert _prefer_declared("2026-06-03", local) == "2026-06-03"


def test_fragment_text_drops_control_characters():
    """Regression (fuzzing): lxml refused a feed item holding a control character."""
    assert fragment_text("<p>Vote\x07 count</p>") == "Vote count"


def test_credit_is_the_credit_formula_of_a_caption_not_its_description():
    from dateline.ingest.htmlclean import find_credit

    assert find_credit("<figure><figcaption>Protesters in Minsk. (AP Photo/Sergei Grits)</figcaption></figure>") \
        == "AP Photo/Sergei Grits"
    assert find_credit('<span class="image-credit">Photograph: Maria Lopez/AFP</span>') == "Photograph: Maria Lopez/AFP"
    assert find_credit("<figcaption>Protesters in Minsk on Sunday.</figcaption>") is None


def test_utf8_bytes_win_over_a_stale_single_byte_declaration():
    """Pages re-saved as UTF-8 keep <meta charset=iso-8859-1>; their bytes decide."""
    data = '<meta charset="iso-8859-1"><p>Gdańsk and Kraków</p>'.encode("utf-8")
    assert "Gdańsk and Kraków" in decode_markup(data, "x")
    # ASCII-only bytes follow the declaration (nothing to tell them apart)
    assert decode_markup(b'<meta charset="iso-8859-1"><p>Lodz</p>', "x").endswith("Lodz</p>")


def test_pages_with_too_many_elements_are_refused_quickly():
    """Regression: 300,000 flat paragraphs kept trafilatura busy for over a minute."""
    import time

    flat = b"<html><body>" + b"<p>word " * 300_000
    start = time.monotonic()
    with pytest.raises(LimitError) as err:
        extract_html(flat, "flat.html")
    assert "more than 30000 elements" in str(err.value)
    assert time.monotonic() - start < 10


def test_unterminated_tags_do_not_cost_quadratic_time():
    """Regression: '<div ' repeated without '>' made the tag scan quadratic."""
    import time

    from dateline.ingest.htmlclean import find_credit
    from dateline.ingest.htmldates import declared_published

    spam = "<div " * 200_000
    start = time.monotonic()
    nesting_depth(spam.encode())
    find_credit("<span class='credit' " * 100_000)
    find_credit("<figcaption>" * 100_000)
    declared_published("<meta property='x' " * 100_000)
    assert time.monotonic() - start < 5
