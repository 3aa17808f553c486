"""The Reuters wire dev set (reuters_dev): offsets-only gold on 1987 Reuters-21578 articles.

It measures the event coder on wire-service prose, a register none of the Wikinews sets has. The
tests check that the repository ships no article text, that the reader rebuilds the article text
the offsets point into (title, blank line, joined body paragraphs, no "Reuter" sign-off), that every
span still cuts a whole sentence out of its article, that only the dev files 011-014 are used, that
codes and actors come from the CAMEO tables, and that `dateline eval events` reports the set.
"""
from __future__ import annotations

import gzip

import pytest
from events_gold_files import check_codes_and_actors, check_reuters_records, jsonl

from dateline.errors import ConfigError
from dateline.eval.reuters_dev import DEV_FILES, GOLD, load_reuters_dev
from dateline.eval.reuters_events import article_text, iso_date, read_articles


def test_gold_file_ships_offsets_only():
    records = jsonl(GOLD)
    assert len(records) >= 60
    assert len({r["newid"] for r in records}) >= 20
    check_reuters_records(records, "reuters_dev")
    assert all(rec["file"] in DEV_FILES for rec in records)  # the other Reuters files are kept for a blind set


def test_article_text_joins_wrapped_lines_and_drops_the_signoff():
    body = ("The ministry of Ruritania said it had\nagreed to new talks.\n"
            "    A spokesman said the talks would\nbegin next week.\n Reuter\n")  # control references are gone by now
    text = article_text("RURITANIA AGREES TO TALKS", body)
    assert text == ("RURITANIA AGREES TO TALKS\n\nThe ministry of Ruritania said it had agreed to new talks.\n\n"
                    "A spokesman said the talks would begin next week.")
    assert article_text("T", "One line.\n REUTER\n") == "T\n\nOne line."


def test_dates_read_with_or_without_a_leading_space():
    assert iso_date(" 5-APR-1987 01:53:30.53") == "1987-04-05"
    assert iso_date("30-MAR-1987 14:22:36.87") == "1987-03-30"


def test_reader_tolerates_the_control_references(tmp_path):
    xml = ('<LEWIS>\n<REUTERS TOPICS="NO" NEWID="7">\n<DATE> 1-APR-1987 10:00:00.00</DATE>\n<TEXT>\n'
           '<TITLE>ZEMBLA &amp; RURITANIA MEET</TITLE>\n<BODY>Zembla met Ruritania\ntoday.\n Reuter\n&#3;</BODY></TEXT>\n'
           '</REUTERS>\n<REUTERS NEWID="8">\n<DATE>1-APR-1987</DATE><TEXT><TITLE>NO BODY</TITLE></TEXT></REUTERS>\n</LEWIS>')
    path = tmp_path / "reut2-x.xml.gz"
    with gzip.open(path, "wt", encoding="latin-1") as fh:
        fh.write(xml)
    got = read_articles(path)
    assert list(got) == [7]
    assert (got[7].title, got[7].date, got[7].text) == (
        "ZEMBLA & RURITANIA MEET", "1987-04-01", "ZEMBLA & RURITANIA MEET\n\nZembla met Ruritania today.")


def test_loader_cuts_whole_sentences_out_of_their_articles(shared):
    records = load_reuters_dev(shared / "data")
    spans: dict[int, list[tuple[int, int]]] = {}
    for rec in records:
        article = rec["article"].text
        assert rec["text"] == article[rec["start"]:rec["end"]] == rec["text"].strip()
        before = article[:rec["start"]]
        assert before == "" or before.endswith((" ", "\n"))  # a sentence starts at a word
        assert rec["text"][-1] in '.")' or rec["start"] < len(rec["article"].title) + 2  # body sentences end
        spans.setdefault(rec["newid"], []).append((rec["start"], rec["end"]))
    for pieces in spans.values():
        pieces.sort()
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(pieces, pieces[1:]))


def test_a_record_that_no_longer_fits_is_refused(shared, tmp_path):
    rec = jsonl(GOLD)[0]
    bad = dict(rec, end=10 ** 6)
    path = tmp_path / "bad.jsonl"
    path.write_text(__import__("json").dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rec["id"]):
        load_reuters_dev(shared / "data", path)


def test_a_record_outside_the_dev_files_is_refused(shared, tmp_path):
    rec = dict(jsonl(GOLD)[0], file="reut2-003.xml.gz")
    path = tmp_path / "outside.jsonl"
    path.write_text(__import__("json").dumps(rec) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not one of the dev files"):
        load_reuters_dev(shared / "data", path)


def test_codes_and_actors_are_in_the_cameo_tables(shared):
    check_codes_and_actors(shared / "data", jsonl(GOLD))


def test_eval_events_lists_the_set_in_its_report(shared):
    from dateline.eval.events import evaluate, format_report

    result = evaluate(shared / "data", limit=2)
    assert result["reuters_dev"]["sentences"] == 2
    assert "reuters_dev          exact" in format_report(result)


def test_eval_events_reports_the_set_on_a_slice(shared):
    from dateline.eval.reuters_dev import score_reuters_dev

    result = score_reuters_dev(shared / "data", limit=12)
    assert result["sentences"] == 12 and len(result["details"]) == 12
    assert set(result["scores"]) == {"exact", "country", "root"}


@pytest.mark.slow
def test_full_reuters_dev_keeps_its_floor(shared):
    from dateline.eval.reuters_dev import score_reuters_dev

    result = score_reuters_dev(shared / "data")
    assert result["sentences"] == len(jsonl(GOLD))
    # measured in docs/evaluation/events-wire.md; a margin for parser noise
    assert result["scores"]["exact"]["f1"] >= 0.50
    assert result["scores"]["exact"]["precision"] >= 0.65
