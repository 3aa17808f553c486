"""europe37: Europe and the Americas 2005-2020 as Wikinews reports them
(docs/evaluation/events-europe37.md). Every sentence is our own, written in news style.

- An attack made in words (on Twitter, in a speech or interview, "verbally", over a policy or a
  handling, at a rally by a named leader) is criticism (111), not the use of force (190).
- "Brussels" as a party (subject, object, owner, "by Brussels") is the EU (IGOEUREEC); a place,
  a modifier ("Brussels police") keeps Belgium; "the Commission" in a story naming Brussels is
  the European Commission.
- Dismissing a named holder ("the regional president, <Name>") or an elected or legal office
  (president, mayor, prosecutor) is removal from office (not coded).
"""
from __future__ import annotations

from events_variety import coded_triples


def _codes(triples):
    return {code for _, code, _ in triples}


# --- attacks in words -------------------------------------------------------------------------

def test_an_attack_on_a_medium_is_criticism():
    day = "2018-07-10"
    for text, want in (
        ("President Trump attacked Senator Elizabeth Warren on Twitter.", ("USAGOV", "111", "USALEG")),
        ("Erdogan attacked the Dutch prime minister in a televised speech.", ("TURGOV", "111", "NLDGOV")),
        ("Orban attacked the European Commission in an interview with a German newspaper.", ("HUNGOV", "111", "IGOEUREEC")),
        ("Trump attacked the federal judge in a string of tweets on Saturday.", ("USAGOV", "111", "USAJUD")),
    ):
        got = coded_triples(text, day)
        assert want in got, (text, got)
        assert "190" not in _codes(got), (text, got)


def test_verbal_attacks_over_a_policy_and_at_a_rally_are_criticism():
    day = "2018-07-10"
    for text, want in (
        ("Erdogan verbally attacked the German government on Monday.", ("TURGOV", "111", "DEUGOV")),
        ("Trump attacked Canadian Prime Minister Justin Trudeau over his handling of trade talks.", ("USAGOV", "111", "CANGOV")),
        ("Maduro attacked Colombian President Ivan Duque at a rally in Caracas.", ("VENGOV", "111", "COLGOV")),
    ):
        got = coded_triples(text, day)
        assert want in got, (text, got)
        assert "190" not in _codes(got), (text, got)


def test_armed_attacks_keep_the_use_of_force():
    day = "2015-02-10"
    got = coded_triples("Rebels attacked Ukrainian troops at a checkpoint near Mariupol.", day)
    assert ("UKRREB", "190", "UKRMIL") in got, got
    got = coded_triples("Venezuelan soldiers attacked opposition marchers at a rally in Caracas.", day)
    assert "111" not in _codes(got), got


def test_a_negated_attack_in_words_stays_uncoded():
    assert not coded_triples("Trump did not attack Schumer on Twitter on Tuesday.", "2018-07-10")


# --- Brussels as the EU -----------------------------------------------------------------------

def test_brussels_as_a_party_is_the_eu():
    day = "2017-09-12"
    for text, want in (
        ("Polish Prime Minister Beata Szydlo accused Brussels of blackmail on Tuesday.", ("POLGOV", "112", "IGOEUREEC")),
        ("Brussels condemned the Hungarian government over its new media law.", ("IGOEUREEC", "111", "HUNGOV")),
        ("Brussels imposed sanctions on Venezuela on Monday.", ("IGOEUREEC", "163", "VEN")),
        ("The Polish government was criticised by Brussels on Wednesday.", ("IGOEUREEC", "111", "POLGOV")),
    ):
        got = coded_triples(text, day)
        assert want in got, (text, got)


def test_brussels_as_a_place_or_a_modifier_keeps_belgium():
    day = "2017-09-12"
    got = coded_triples("Brussels police detained three men on Sunday.", day)
    assert ("BELCOP", "173", "BELCVL") in got, got
    got = coded_triples("Greek Prime Minister Alexis Tsipras flew to Brussels on Monday.", day)
    assert all(tgt != "IGOEUREEC" for _, _, tgt in got), got


def test_the_commission_in_a_brussels_story_is_the_eu():
    text = ("Tuesday, November 20, 2018\n\nBrussels on Tuesday turned down Rome's draft budget again. "
            "The Commission criticised the Italian government for its deficit plans.")
    got = coded_triples(text, "2018-11-20")
    assert ("IGOEUREEC", "111", "ITAGOV") in got, got


# --- office holders dismissed -----------------------------------------------------------------

def test_dismissed_office_holders_are_not_rejections():
    day = "2017-10-28"
    for text in ("Rajoy dismissed the Catalan regional leader, Carles Puigdemont, on Friday.",
                 "Erdogan dismissed four elected mayors in the southeast on Monday.",
                 "The assembly dismissed the chief prosecutor, Luisa Ortega Diaz, on Saturday."):
        got = coded_triples(text, day)
        assert "120" not in _codes(got), (text, got)


def test_a_dismissed_proposal_stays_a_rejection():
    got = coded_triples("Putin dismissed the Ukrainian president's peace plan.", "2017-10-28")
    assert any(code[:2] == "12" and tgt == "UKRGOV" for _, code, tgt in got), got
