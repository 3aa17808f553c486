"""Round-28 partner rules (partners28), each checked on sentences we wrote: an act read with its
source and an empty target slot takes the party the article's structure names.

- the host of a trip whose clause names no destination: the place a relative "where" clause hangs
  on, or the country of the people the trip is made to meet (events/trip_hosts.py);
- a deal a lead names before the story says who made it: the pair coded for it in the next
  sentences (events/later_pairs.py);
- a truce one side agrees: with the side the article reported it fighting (events/fought_sides.py).

Negatives: a trip at home, a negated or hypothetical act, no pair or no fighting in the article,
fighting with civilians only or with two sides, a deal the clause places itself.
"""
from __future__ import annotations

from events_variety import annotated, coded_triples

from dateline.events import fought_sides, later_pairs, trip_hosts

DATE = "2019-05-02"


# --- the host of a trip ------------------------------------------------------------------------

def test_where_clause_place_is_the_host():
    got = coded_triples("Brazil's finance minister Dilson Funaro is on his way to Tokyo, where he is to arrive on Sunday.", DATE)
    assert ("BRAGOV", "036", "JPN") in got


def test_where_clause_place_of_a_past_arrival():
    got = coded_triples("Brazil's finance minister Dilson Funaro left Paris for Tokyo, where he arrived on Sunday.", DATE)
    assert ("BRAGOV", "042", "JPN") in got


def test_people_met_name_the_host_country():
    got = coded_triples("The Turkish foreign minister arrived on Monday for talks with Greek officials.", DATE)
    assert got == {("TURGOV", "042", "GRC")}


def test_people_met_at_home_make_no_visit():
    assert coded_triples("The Turkish foreign minister arrived on Monday for talks with Turkish business leaders.", DATE) == set()


def test_destination_named_beats_people_met():
    # "here" with no dateline is unknown: the people met do not stand in for it (coop13)
    got = coded_triples("The Turkish foreign minister arrived here on Monday for talks with Greek officials.", DATE)
    assert not any(t == "GRC" for _, _, t in got)


def test_negated_trip_stays_uncoded():
    assert coded_triples("The Turkish foreign minister will not arrive on Monday for talks with Greek officials.", DATE) == set()


def test_talks_before_a_trip_home_are_no_host():
    got = coded_triples("The Turkish foreign minister returned to Ankara on Monday after talks with Greek officials.", DATE)
    assert not any(t == "GRC" for _, _, t in got)


def test_trip_host_helpers():
    _, doc = annotated("The minister is in Athens, where he met Greek officials on Monday.", DATE)
    met = next(t for t in doc if t.lower_ == "met")
    assert not trip_hosts.is_trip("042", met)  # a meeting is no travel verb
    _, doc = annotated("The minister flew to Ankara, where he arrived late on Monday.", DATE)
    arrived = next(t for t in doc if t.lower_ == "arrived")
    assert trip_hosts.is_trip("042", arrived)
    assert trip_hosts.where_place(arrived).text == "Ankara"
    assert trip_hosts.met_hosts(arrived) == []


# --- a lead's deal, its makers named after ------------------------------------------------------

LEAD = "The United States on Tuesday welcomed a deal aimed at ending the fighting in Chechnya. "
SIGNED = "Russian army commander Ivan Petrov and rebel chief Aslan Maskhadov signed the agreement on Monday in the village of Novye Atagi."


def test_lead_deal_takes_the_pair_named_after():
    got = coded_triples(LEAD + SIGNED, DATE)
    assert ("USA", "051", "RUSMIL") in got
    assert ("USA", "051", "RUSREB") in got


def test_lead_deal_with_no_pair_after_stays_uncoded():
    got = coded_triples(LEAD + "Officials said the weather in Grozny was cold.", DATE)
    assert not any(code == "051" for _, code, _ in got)


def test_hypothetical_welcome_stays_uncoded():
    got = coded_triples("The United States would welcome a deal aimed at ending the fighting in Chechnya. " + SIGNED, DATE)
    assert not any(code == "051" for _, code, _ in got)


def test_placed_deal_is_not_taken_from_later_pair():
    got = coded_triples("The United States on Tuesday welcomed the Paris agreement. " + SIGNED, DATE)
    assert not any(code == "051" and t.startswith("RUS") for _, code, t in got)


def test_unplaced_deal_helper():
    _, doc = annotated("Officials welcomed a deal aimed at peace, the Paris agreement and their pact.", DATE)
    nouns = {t.text: t for t in doc if t.pos_ == "NOUN"}
    assert later_pairs.unplaced_deal(nouns["deal"])
    assert not later_pairs.unplaced_deal(nouns["agreement"])  # "the Paris agreement": placed
    assert not later_pairs.unplaced_deal(nouns["pact"])  # "their pact": placed


# --- a truce with the side fought ---------------------------------------------------------------

FOUGHT = "Sierra Leonean rebels killed twenty soldiers in an eastern village on Monday. "


def test_truce_is_with_the_side_fought():
    got = coded_triples(FOUGHT + "Rebels of the Revolutionary United Front agreed a ceasefire in April.", DATE)
    assert ("SLEREB", "0871", "SLEGOV") in got


def test_truce_with_no_fighting_reported_names_no_party():
    got = coded_triples("Iraqi Kurdish rebels reached a truce on Friday.", "1996-08-23")
    assert not any(code == "0871" for _, code, _ in got)


def test_civilians_killed_are_no_warring_side():
    got = coded_triples("Sierra Leonean rebels killed twenty villagers on Monday. The rebels agreed a ceasefire in April.", DATE)
    assert not any(code == "0871" for _, code, _ in got)


def test_negated_and_hypothetical_truces_stay_uncoded():
    for tail in ("The rebels did not agree a ceasefire.", "The rebels may agree a ceasefire next month."):
        got = coded_triples(FOUGHT + tail, DATE)
        assert not any(code == "0871" for _, code, _ in got), tail


def test_truce_partner_needs_one_side():
    from dateline.model import Actor, Event, Span
    from dateline.events.codebook import info

    def ev(src: Actor, code: str, tgt: Actor, at: int) -> Event:
        facts = info(code)
        return Event(code=code, root=facts.root, label=facts.name, goldstein=facts.goldstein, quad_class=facts.quad_class,
                     plover=facts.plover, source=src, target=tgt, date=None, location=None,
                     evidence=Span(at, at + 5), confidence=1.0, pattern="", trigger=Span(at, at + 5))

    rebels = Actor(None, "rebels", "SLEREB", "SLE", "REB")
    army = Actor(None, "soldiers", "SLEMIL", "SLE", "MIL")
    guinea = Actor(None, "troops", "GINMIL", "GIN", "MIL")
    _, doc = annotated("The rebels agreed a ceasefire in April.", DATE)
    agreed = next(t for t in doc if t.lower_ == "agreed")
    one = [ev(rebels, "190", army, 0)]
    assert fought_sides.truce_partner("0871", rebels, agreed, one).code == "SLEGOV"
    assert fought_sides.truce_partner("0871", rebels, agreed, one + [ev(guinea, "194", rebels, 1)]) is None
    assert fought_sides.truce_partner("057", rebels, agreed, one) is None
