"""source68: acts whose source was unresolved and pairs dropped as an actor acting on itself
(docs/evaluation/events-source68.md). Every sentence is our own, written in the style of 1987
Reuters, 1996-98 wire copy and 2019 Wikinews.

- An object "it" ("the agency awarded it a contract", "fined it", "filed a lawsuit against it")
  is never its own clause's subject; in "X said <clause>" it is the reporter X
  (events/object_pronouns.py). A direct object after a verb whose object may be a thing
  ("the court rejected it") is left alone.
- Reuters' angle-bracketed firm names ("said <Corvane Systems Inc> filed ..."): a closing ">"
  the parser made the subject stands for the name before it (wire.angle_bracketed_name).
"""
from __future__ import annotations

from events_variety import coded_triples


def test_an_object_it_awarded_by_an_agency_is_the_reporting_firm():
    got = coded_triples("WASHINGTON, April 2 - Delmar Systems Corp said the General Services Administration "
                        "has awarded it a contract to supply computers to federal agencies.", "1987-04-02")
    assert ("USAGOV", "061", "USABUS") in got, got
    got = coded_triples("WASHINGTON, April 2 - Orvis Electronics Inc said the Defense Department awarded it "
                        "a 40 mln dlr contract for radar parts.", "1987-04-02")
    assert ("USAGOV", "061", "USABUS") in got, got
    got = coded_triples("Microsoft said on Friday that the Pentagon had awarded it a cloud computing contract "
                        "worth ten billion dollars.", "2019-05-02")
    assert ("USAMIL", "061", "USABUS") in got, got


def test_an_object_it_fined_or_sued_is_the_reporter():
    got = coded_triples("BONN 1996-08-30\n\nSiemens AG said the Economics Ministry had fined it for "
                        "breaching export rules.", "1996-08-30")
    assert ("DEUGOV", "172", "DEUBUS") in got, got
    got = coded_triples("Kellner Corp said Brandt Industries Inc filed a lawsuit against it in federal court.",
                        "1987-04-02")
    assert any(c == "115" and s.endswith("BUS") and t and t.endswith("BUS") for s, c, t in got), got


def test_an_object_it_that_may_be_a_thing_is_left_alone():
    assert not coded_triples("The Interior Ministry said the Supreme Court had rejected it.", "1996-08-30")
    got = coded_triples("Acme Holdings Inc proposed a merger with Gorton Corp last week. Acme said Gorton's "
                        "board approved it on Thursday.", "1987-04-02")
    assert not any(s.endswith("BUS") and c[:3] in ("051", "057") for s, c, t in got), got  # (the board approved the merger)


def test_an_angle_bracketed_firm_is_the_source():
    got = coded_triples("DALLAS, April 2 - Tellam Corp said <Corvane Systems Inc> filed a complaint against it "
                        "in federal court, claiming breach of contract.", "1987-04-02")
    assert any(s == "USABUS" and c[:2] == "11" and t == "USABUS" for s, c, t in got), got


def test_a_bracketed_firm_that_does_nothing_codes_nothing():
    assert not coded_triples("Shares of <Hadley Manufacturing Co> rose two dlrs after the announcement.",
                             "1987-04-02")


# --- a firm named in full once, then by one word of its name ------------------------------------

def test_a_firm_named_by_one_word_of_its_name_is_the_firm():
    got = coded_triples("Harbison Corp charged Crownfield Inc with infringing its patents on rechargeable batteries."
                        "\n\nHarbison said it filed suit in U.S. District Court in Chicago against Crownfield.",
                        "1987-04-02")
    assert ("USABUS", "115", "USABUS") in got, got
    got = coded_triples("ZK Acquisition Corp., a unit of Ferrand Holdings, extended its offer for Bellamy Foods Inc."
                        "\n\nAcquisition has filed a suit in a Delaware court against Bellamy seeking the withdrawal "
                        "of its poison pill.", "1989-11-02")
    assert ("USABUS", "115", "USABUS") in got, got


def test_a_place_named_like_a_firm_stays_a_place():
    got = coded_triples("SARAJEVO, April 2 - Serb gunners shelled Tuzla on Thursday. Tuzla Airport Co said its "
                        "runway was damaged.", "1996-04-02")
    assert ("SRB", "194", "BIH") in got, got
    assert not any(t and t.endswith("BUS") for _, _, t in got), got


def test_an_angle_bracketed_name_is_a_firm():
    got = coded_triples("PELTON FILES SUIT\n\n<Hadley Manufacturing> sued Pelton Corp for breach of contract, "
                        "the company said.", "1987-04-02")
    assert any(s.endswith("BUS") and c == "115" for s, c, _ in got), got
    got = coded_triples("COURT CASE\n\nPelton Corp said <Marlowe> filed a lawsuit against it in Ohio.", "1987-04-02")
    assert ("USABUS", "115", "USABUS") in got, got
    assert not any(s.endswith("CVL") for s, _, _ in got), got


def test_a_ticker_in_angle_brackets_changes_nothing():
    got = coded_triples("DETROIT, April 2 - The United Auto Workers struck General Motors Corp <GM> at two plants "
                        "on Thursday.", "1987-04-02")
    assert ("USALAB", "143", "USABUS") in got, got
