"""frame73: dictionary verbs whose frame no pattern took (docs/evaluation/events-frame73.md).

A deal signed or entered into to buy, sell or merge with a firm (057 toward the firm bought or the
buyer: the to-clause hangs on "letter of intent" or on the "into" noun, events/deal_clauses.py), a
firm agreeing to buy a named firm (057, firm_deals.agreed_firm_purchase), a countersuit or court
action brought (115) and a regulator's complaint issued (112). Every sentence is our own, in 1980s wire style; the negatives are plans, negation,
deals ended, goods bought, a state's purchase and look-alike senses of the verbs.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _got(text, place="NEW YORK", day="1987-04-02"):
    return coded_triples(wire_story(place, day, text), day)


def _has(text, triple, place="NEW YORK"):
    got = _got(text, place)
    assert triple in got, (text, got)


def _dyadic(text, place="NEW YORK"):
    return {t for t in _got(text, place) if t[2]}


def test_a_deal_signed_to_buy_or_sell_a_firm_is_an_agreement():
    for text in ("Halvorsen Industries Inc said it has signed a definitive agreement to acquire Denbury Plastics Corp for 31 mln dlrs.",
                 "Carrow Financial Corp said it entered into a definitive agreement to buy Lakemont Savings Bank.",
                 "Tristan Corp said it has signed a letter of intent to acquire Ozark Valve Co.",
                 "Kessler Corp said it has entered into a letter of intent to buy Norwood Plastics Inc.",
                 "Pelham Foods Inc said it signed an agreement in principle to sell its Gresham Bakery unit to Vantor Holdings Inc.",
                 "Delray Electronics Inc said it has entered into an agreement to merge with Corbin Systems Corp."):
        _has(text, ("USABUS", "057", "USABUS"))


def test_a_firm_agreeing_to_buy_a_named_firm_is_an_agreement():
    _has("Marden Chemical Corp said it agreed to buy Holloway Paint Co for 12 dlrs a share.", ("USABUS", "057", "USABUS"))


def test_no_deal_made_for_a_named_firm_is_not_coded():
    for text in ("Halvorsen Industries Inc said it expects to sign a definitive agreement to acquire Denbury Plastics Corp next month.",
                 "Halvorsen Industries Inc said it has not signed any agreement to acquire Denbury Plastics Corp.",
                 "Tristan Corp said it terminated a letter of intent to acquire Ozark Valve Co.",
                 "Penn Harbor Corp said it terminated an agreement to acquire Merrion Insurance Co.",
                 "Pelham Foods Inc said it signed an agreement to sell its bakery unit.",
                 "Carrow Financial Corp said it is close to signing an agreement to buy Lakemont Savings Bank.",
                 "Marden Chemical Corp said it agreed to buy 300,000 of its own shares.",
                 "The government said it signed an agreement to buy 12 fighter aircraft."):
        assert not _dyadic(text), text


def test_a_state_agreeing_to_buy_goods_stays_an_intent():
    got = _dyadic("The Soviet Union agreed to buy four mln tonnes of U.S. wheat, a trade official said.", "MOSCOW")
    assert {c for _, c, _ in got} <= {"0311"}, got


def test_countersuits_and_court_actions_are_suits():
    for text in ("Delray Electronics Inc said it filed a countersuit against Corbin Systems Corp in Delaware.",
                 "Kessler Corp said it brought an action against Norwood Plastics Inc in a Texas court."):
        _has(text, ("USABUS", "115", "USABUS"))
    for text in ("The army launched an action against the rebels in the north.",
                 "Pelham Foods Inc said it will not file a countersuit against Vantor Holdings Inc."):
        assert "115" not in {c for _, c, _ in _got(text)}, text


def test_a_complaint_issued_by_a_regulator_accuses():
    _has("The National Labor Relations Board issued a complaint against Dalton Meat Packing Co on Monday.",
         ("USAGOV", "112", "USABUS"))

