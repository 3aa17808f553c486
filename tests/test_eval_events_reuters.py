"""The blind Reuters-21578 event set (`reuters`): offsets-only gold rebuilt from the 1987 corpus XML.

The set only measures generalisation to other newswire while its offsets still cut the intended
sentences out of the text the pipeline is fed, its codes stay inside the CAMEO tables, and
`dateline eval events` scores it. The reader, unwrapper and splitter are tested on text written here.
"""
from __future__ import annotations

import gzip
from collections import defaultdict

import pytest
from events_gold_files import check_codes_and_actors, check_fully_scored, check_reuters_records, check_scored_on_limit, jsonl
from hypothesis import given
from hypothesis import strategies as st

from dateline.errors import ConfigError
from dateline.eval.reuters_events import (GOLD, article_text, iso_date, load_reuters, read_articles, split_sentences,
                                          unwrap_body)


# ---------------------------------------------------------------- the gold file


def test_gold_file_ships_offsets_only_with_unique_ids():
    records = jsonl(GOLD)
    assert 90 <= len(records) <= 110
    check_reuters_records(records, "reuters_events")  # no sentence text: real articles stay in ../shared


def test_no_event_share_and_article_count_match_the_brief():
    records = jsonl(GOLD)
    share = sum(r["noevents"] for r in records) / len(records)
    assert 0.15 <= share <= 0.25
    assert 35 <= len({(r["file"], r["newid"]) for r in records}) <= 45


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(GOLD))


def test_loader_reproduces_every_span_from_the_corpus(shared):
    records = load_reuters(shared / "data")
    for rec in records:
        art = rec["article"]
        assert rec["text"] == art.text[rec["start"]:rec["end"]]
        assert rec["text"] and rec["text"].strip() == rec["text"]
        assert rec["date"] == art.date
        assert rec["start"] > len(art.title)  # gold sentences come from the body, never the headline


def test_spans_are_splitter_sentences_in_consecutive_runs(shared):
    records = load_reuters(shared / "data")
    by_article: dict[int, list[dict]] = defaultdict(list)
    for rec in records:
        by_article[rec["newid"]].append(rec)
    for recs in by_article.values():
        sentences = split_sentences(recs[0]["article"].text)
        index = sorted(sentences.index((r["start"], r["end"])) for r in recs)  # ValueError if not a sentence
        assert index == list(range(index[0], index[0] + len(index)))  # one run of consecutive sentences
        assert 1 <= len(index) <= 5


def test_loader_refuses_a_record_that_does_not_fit_its_article(shared, tmp_path):
    rec = jsonl(GOLD)[0]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(__import__("json").dumps({**rec, "date": "1999-01-01"}) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="does not fit"):
        load_reuters(shared / "data", bad)


def test_reuters_set_is_scored_and_reported_on_a_small_limit(shared):
    from dateline.eval.events import evaluate

    check_scored_on_limit(evaluate(shared / "data", limit=2), "reuters", 2)


@pytest.mark.slow
def test_full_reuters_set_is_scored(shared):
    from dateline.eval.events import evaluate

    check_fully_scored(evaluate(shared / "data"), "reuters", jsonl(GOLD))


# ---------------------------------------------------------------- reader, unwrapper, splitter (own text)

WIRE = ("    The harbour council said it rejected the\n"
        "ferry operators' offer on Tuesday.\n"
        "    Talks resume next week, a spokesman\n"
        "said.\n Reuter\n&#3;")


def test_unwrap_joins_wrapped_lines_and_drops_the_signoff():
    assert unwrap_body(WIRE.replace("&#3;", "")) == (
        "The harbour council said it rejected the ferry operators' offer on Tuesday.\n\n"
        "Talks resume next week, a spokesman said.")


def test_iso_date_accepts_the_leading_space():
    assert iso_date(" 5-MAR-1987 09:14:02.11") == "1987-03-05"


def test_read_articles_parses_a_latin1_file_with_control_references(tmp_path):
    xml = ('<LEWIS><REUTERS TOPICS="NO" NEWID="7"><DATE> 5-MAR-1987 09:14:02.11</DATE>'
           '<TEXT>&#2;<TITLE>COUNCIL REJECTS FERRY OFFER</TITLE>'
           '<DATELINE>    PORT ELLEN, Scotland, March 5 - </DATELINE><BODY>' + WIRE + '</BODY></TEXT></REUTERS>'
           '<REUTERS NEWID="8"><DATE>6-MAR-1987 10:00:00.00</DATE><TEXT TYPE="BRIEF"><TITLE>CAF\xc9 NOTE</TITLE>'
           '</TEXT></REUTERS></LEWIS>')
    path = tmp_path / "reut2-999.xml.gz"
    with gzip.open(path, "wt", encoding="latin-1") as fh:
        fh.write(xml)
    arts = read_articles(path)
    assert set(arts) == {7}  # the title-only brief has no body
    art = arts[7]
    assert art.date == "1987-03-05" and art.title == "COUNCIL REJECTS FERRY OFFER"
    assert art.text == article_text(art.title, WIRE.replace("&#3;", ""))
    assert art.text.startswith("COUNCIL REJECTS FERRY OFFER\n\nThe harbour council")
    # the dateline is metadata: read by the cleaner's rule, kept out of the text the offsets index
    assert art.dateline == "PORT ELLEN, Scotland" and "PORT ELLEN" not in art.text
    made = art.as_article("reut2-999.xml.gz", art.date)
    assert (made.dateline, made.headline, made.published, made.text) == (art.dateline, art.title, art.date, art.text)


def test_splitter_keeps_abbreviations_initials_and_quotes_together():
    text = ("HEADLINE HERE\n\nThe U.S. Navy said Lt. Col. J. Smith met Mr. Brown. "
            "\"We agreed,\" he said. Prices rose 3.5 pct! Who knew?")
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert pieces == ["HEADLINE HERE", "The U.S. Navy said Lt. Col. J. Smith met Mr. Brown.",
                      "\"We agreed,\" he said.", "Prices rose 3.5 pct!", "Who knew?"]


def test_splitter_ends_a_sentence_at_a_closing_quote():
    text = "He said \"the deal is off.\" Officials disagreed."
    assert [text[a:b] for a, b in split_sentences(text)] == ["He said \"the deal is off.\"", "Officials disagreed."]


_words = st.text(alphabet="abcXYZ .!?\"\n19", min_size=0, max_size=200)


@given(_words)
def test_splitter_spans_are_ordered_trimmed_and_inside_the_text(text):
    spans = split_sentences(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        piece = text[a:b]
        assert piece.strip() == piece and "\n" not in piece
        last = b
    # every non-space character belongs to some sentence
    covered = {i for a, b in spans for i in range(a, b)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_a_missing_or_unreadable_dateline_field_gives_no_place():
    from dateline.eval.reuters_events import _dateline_place
    assert _dateline_place(None, "The council met.") is None
    assert _dateline_place("   ", "The council met.") is None
    assert _dateline_place("  some words - ", "The council met.") is None  # no capitals: no place
    assert _dateline_place("  NEW DELHI, Feb 27 - ", "India said.") == "NEW DELHI"
