"""filters62: an audit of the silencing filters by their cost on the tune gold
(docs/evaluation/events-filters62.md). Every sentence is our own, in 1987 / 1996 wire and 2010s
Wikinews style.

- "has often accused / frequently criticised / regularly condemned Y": words of blame said
  again and again are the standing charge, coded (the training gold codes one); "has often raided /
  visited / supplied" stay a record (`filters.habitual`, `REPEATED_CHARGES`).
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


# --- "has often accused": a charge said again and again is coded (habitual narrowed) -----------------

def test_a_repeated_charge_is_coded():
    cases = [
        ("India has often accused Pakistan of arming Kashmiri militants.", "1996-08-30", ("IND", "112", "PAK")),
        ("Washington has frequently criticised Tokyo for its huge trade surplus.", "1987-03-10", ("USA", "111", "JPN")),
        ("Iran has often accused Saudi Arabia of funding terrorism in the region.", "2019-06-01", ("IRN", "112", "SAU")),
        ("Turkey has regularly condemned Israel over its treatment of Palestinians.", "2019-06-01", ("TUR", "111", "ISR")),
    ]
    for text, date, triple in cases:
        got = coded_triples(text, date)
        assert triple in got, (text, got)


def test_a_record_of_material_acts_stays_silent():
    for text, date in (("Israeli jets have often raided guerrilla bases in southern Lebanon.", "1996-08-30"),
                       ("Chinese leaders have frequently visited Pakistan.", "2019-06-01"),
                       ("The kingdom has traditionally sought close cooperation with India.", "1987-03-10"),
                       ("Russia has often supplied weapons to Syria.", "2019-06-01")):
        got = coded_triples(text, date)
        assert not got, (text, got)
