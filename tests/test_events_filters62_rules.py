"""filters62: an audit of the silencing filters by their cost on the tune gold
(docs/evaluation/events-filters62.md). Every sentence is our own, in 1987 / 1996 wire and 2010s
Wikinews style.

- A verb joined by "but" / "yet" to a guess with a modal ("may have broken the law but ordered
  ...", "could have withdrawn but shelled ...") is set against the guess, not under its modal: the
  act after "but" is reported. A bare infinitive after "but" ("could seize tankers but spare ...")
  and a conjunct joined by "and" / "or" still share the modal.
"""
from __future__ import annotations

from events_variety import coded_triples


def test_an_act_after_but_is_not_under_the_guess():
    cases = [
        ("Russian troops could have withdrawn from Grozny but shelled rebel positions in the south of the "
         "city instead.", "1996-08-30", ("RUSMIL", "194", "RUSREB")),
        ("The Turkish army may have suspected a trap but attacked Kurdish rebel bases in northern Iraq on "
         "Tuesday.", "1996-08-30", ("TURMIL", "190", "IRQREB")),
        ("West German officials might have welcomed a delay but criticised the United States for the "
         "tariffs.", "1987-03-10", ("DEUGOV", "111", "USA")),
        ("Iran may have hoped for talks but accused the United States of economic terrorism on Sunday.",
         "2019-06-01", ("IRN", "112", "USA")),
    ]
    for text, date, triple in cases:
        got = coded_triples(text, date)
        assert triple in got, (text, got)


def test_a_judge_who_grants_a_point_but_orders_codes_the_order():
    got = coded_triples("A federal judge said the agency may have broken the law but ordered the Trump "
                        "administration to restore the funding.", "2019-06-01")
    assert ("USAJUD", "116", "USAGOV") in got, got


def test_conjuncts_under_a_modal_stay_hypothetical():
    for text, date in (
            ("The two leaders could meet in Hanoi and sign a peace agreement next month.", "2019-06-01"),
            ("Rebels might attack the town and seize its airport, the army warned.", "1996-08-30"),
            ("Washington could impose tariffs on Japan and restrict its imports, officials said.", "1987-03-10"),
            ("Iran could seize more tankers or attack American ships, analysts said.", "2019-06-01"),
            ("The army might shell the town but allow civilians to leave, a commander said.", "1996-08-30")):
        got = coded_triples(text, date)
        assert not {t for t in got if t[1][:2] in ("04", "06", "16", "17", "18", "19", "20", "08")}, (text, got)


def test_a_guess_with_but_and_no_act_codes_nothing_after_it():
    got = coded_triples("Iran could seize more tankers but spare American ships, analysts said.", "2019-06-01")
    assert not got, got
