"""context33: actors named by reference across a short article (docs/evaluation/events-context33.md).
Every article is our own, written in 1989-2020 wire style; the second and later sentences name
an actor only by reference.

- "the visiting minister" / "the outgoing president" is the person of that title named before.
- "the company" is the firm the latest sentence was about (its main subject), not another
  firm named inside its complement.
- A main-clause "they" right after a sentence led by "the two leaders" / "both countries" is
  that pair.
- "the test", "the closure", "the coup", "the attack" read back to "test-fired", "sealed off",
  "overthrew", "hit" (events/context.py ACT_FAMILIES).
- Wire epithets: "the kingdom", "the island", "the bloc", "the alliance", "the world body",
  "the Jewish state" are the fitting party named just before (events/epithets.py).
- A bare "a spokesman" after a sentence led by a body speaks for that body (events/spoken_for.py).
- People who marched or protested are protesters in the next sentence's "they" too.
"""
from __future__ import annotations

from events_variety import annotated, coded_triples


def _sources(triples, code_prefix):
    return {src for src, code, _ in triples if code.startswith(code_prefix)}


# --- "the visiting minister": the titled person named before -----------------------------------

def test_the_visiting_minister_is_the_foreign_visitor_not_the_host():
    got = coded_triples("Iranian Foreign Minister Ali Akbar Velayati arrived in Damascus on Sunday for talks "
                        "with Syrian President Hafez al-Assad. The visiting minister also met Syrian Foreign "
                        "Minister Farouk al-Shara.", "1996-03-10")
    assert ("IRNGOV", "040", "SYRGOV") in got
    assert ("SYRGOV", "040", "SYRGOV") not in got


def test_the_visiting_prime_minister_holds_talks_as_himself():
    got = coded_triples("British Prime Minister John Major arrived in Moscow on Monday. The visiting prime "
                        "minister held talks with Russian President Boris Yeltsin.", "1994-03-08")
    assert ("GBRGOV", "040", "RUSGOV") in got


def test_the_visiting_president_thanks_his_hosts():
    got = coded_triples("South African President Nelson Mandela arrived in Harare on Tuesday. The visiting "
                        "president thanked Zimbabwe for its support.", "1994-05-10")
    assert ("ZAFGOV", "051", "ZWE") in got


def test_a_pronoun_after_a_meeting_stays_with_the_subject():
    # negative: "he" after "X met Y" is X, as before; the pair rule takes only "they"
    got = coded_triples("Russian President Boris Yeltsin met U.S. President Bill Clinton on Monday. "
                        "He criticised NATO's plans to expand.", "1995-03-01")
    assert _sources(got, "111") == {"RUSGOV"}


# --- "the company": the firm the sentence was about --------------------------------------------

def test_the_company_is_the_subject_firm_not_the_one_in_its_complement():
    got = coded_triples("Boeing Co said on Tuesday that European subsidies to Airbus broke a 1992 trade "
                        "agreement. The company accused the European Union of breaking its promises.",
                        "1998-06-02")
    assert ("USABUS", "112", "IGOEUREEC") in got
    assert not any(src.endswith("BUS") and src != "USABUS" for src, _, _ in got)


def test_the_company_after_a_government_subject_is_still_the_firm():
    got = coded_triples("The U.S. Justice Department sued Exxon Corp on Monday over the Alaska oil spill. "
                        "The company criticised the lawsuit.", "1990-06-11")
    assert ("USABUS", "111", "USAGOV") in got


# --- "they" after "the two leaders" ------------------------------------------------------------

TWO_LEADERS = ("Russian President Boris Yeltsin met Chinese President Jiang Zemin in Beijing on Thursday. "
               "The two leaders signed an agreement on the demarcation of their border. ")


def test_they_after_the_two_leaders_is_both_of_them():
    got = coded_triples(TWO_LEADERS + "They also criticised the United States for its missile defence plans.",
                        "1997-11-10")
    assert {("RUSGOV", "111", "USA"), ("CHNGOV", "111", "USA")} <= got


def test_they_inside_a_report_or_after_another_subject_is_no_pair():
    from dateline.events.context import pair_subject_before

    _, doc = annotated(TWO_LEADERS + "Officials said they also criticised the United States.", "1997-11-10")
    they = next(t for t in doc if t.lower_ == "they")
    assert pair_subject_before(they) is None  # not the main clause's subject
    _, doc = annotated("Yeltsin met Jiang on Thursday. Aides were pleased. They also criticised the "
                       "United States.", "1997-11-10")
    they = next(t for t in doc if t.lower_ == "they")
    assert pair_subject_before(they) is None  # the sentence before is led by no pair noun


# --- act nouns read back to their verbs --------------------------------------------------------

def test_the_test_is_the_missile_test_fired():
    got = coded_triples("Pakistan test-fired a medium-range missile on Saturday. India condemned the test.",
                        "1998-05-30")
    assert ("IND", "111", "PAK") in got


def test_the_closure_is_the_sealing_off():
    got = coded_triples("The Israeli army sealed off the West Bank on Friday after a suicide bombing in "
                        "Jerusalem. Palestinian leader Yasser Arafat condemned the closure.", "1996-02-26")
    assert ("PSEGOV", "111", "ISRMIL") in got


def test_the_coup_is_the_overthrow():
    got = coded_triples("Haiti's army overthrew President Jean-Bertrand Aristide on Monday. The United "
                        "States condemned the coup.", "1991-10-02")
    assert ("USA", "111", "HTIMIL") in got


def test_the_attack_is_the_strike_that_hit():
    got = coded_triples("NATO warplanes hit the Chinese embassy in Belgrade on Friday. China's foreign "
                        "ministry condemned the attack.", "1999-05-08")
    assert ("CHNGOV", "111", "IGONAT") in got


def test_a_test_with_no_deed_before_has_no_doer():
    got = coded_triples("India condemned the test on Saturday.", "1998-05-30")
    assert not any(code == "111" and tgt for _, code, tgt in got)


# --- wire epithets -----------------------------------------------------------------------------

def test_the_kingdom_is_the_monarchy_named_not_the_last_country():
    got = coded_triples("Iraq massed troops on the Saudi border on Tuesday. The kingdom asked the United "
                        "States to send troops.", "1990-08-08")
    assert _sources(got, "02") == {"SAU"}


def test_the_island_is_taiwan_not_iceland():
    got = coded_triples("China fired missiles into waters near Taiwan on Friday. The island accused Beijing "
                        "of trying to intimidate its voters.", "1996-03-08")
    assert ("TWN", "112", "CHN") in got
    assert not any("ISL" in (src or "") for src, _, _ in got)


def test_the_bloc_and_the_world_body():
    assert ("GBR", "111", "IGOEUREEC") in coded_triples(
        "The European Union banned British beef exports on Wednesday. Britain criticised the bloc for "
        "overreacting.", "1996-03-27")
    got = coded_triples("U.N. Secretary-General Kofi Annan arrived in Baghdad on Friday. Iraq has accused "
                        "the world body of spying for Washington.", "1998-02-20")
    assert any(src == "IRQ" and code.startswith("112") and tgt == "IGOUNO" for src, code, tgt in got)


def test_the_jewish_state_is_israel():
    got = coded_triples("Hezbollah guerrillas fired rockets into northern Israel on Monday. The Jewish state "
                        "retaliated with air strikes on southern Lebanon.", "1996-04-15")
    assert ("ISR", "195", "LBN") in got


def test_epithets_with_nothing_fitting_stay_open():
    from dateline.events.actors import ActorContext
    from dateline.events.epithets import epithet_actor

    art, doc = annotated("Iraq massed troops on the border on Tuesday. The kingdom asked for help. "
                         "Indonesia's parliament met on Wednesday. The ruling alliance accused the army "
                         "of meddling. A storm hit the island of Java. The island was flooded.", "1999-10-10")
    ctx = ActorContext.build(doc, art)
    for word in ("kingdom", "alliance", "island"):
        for tok in (t for t in doc if t.lower_ == word):
            assert epithet_actor(tok, ctx) is None, word


# --- a bare spokesman ---------------------------------------------------------------------------

def test_a_bare_spokesman_speaks_for_the_body_of_the_sentence_before():
    got = coded_triples("U.S. warships fired cruise missiles at Baghdad on Saturday. The Pentagon said the "
                        "strike was a response to a plot against former President George Bush. A spokesman "
                        "accused Iraq of state terrorism.", "1993-06-27")
    assert ("USAMIL", "112", "IRQ") in got


def test_a_spokesman_with_an_owner_keeps_it():
    got = coded_triples("Britain condemned the shelling of Sarajevo on Monday. A spokesman for the United "
                        "Nations accused the Serbs of targeting civilians.", "1995-05-15")
    assert _sources(got, "112") == {"IGOUNO"}


# --- marchers are protesters in the next sentence ------------------------------------------------

def test_they_after_people_who_marched_are_protesters():
    got = coded_triples("More than a million people marched through Beijing on Wednesday. They demanded "
                        "the resignation of Premier Li Peng.", "1989-05-17")
    assert ("CHNOPP", "1041", "CHNGOV") in got


def test_they_after_people_who_did_not_march_stay_private():
    got = coded_triples("Floods drove thousands of people from their homes in Bangladesh on Wednesday. "
                        "They demanded the resignation of the prime minister.", "1998-09-09")
    assert not any(src.endswith("OPP") for src, _, _ in got)


# --- pairs and coordinated sides -----------------------------------------------------------------

def test_the_two_countries_after_two_leaders_are_the_bare_countries():
    got = coded_triples("Indian Prime Minister Atal Behari Vajpayee travelled to Lahore on Saturday to meet "
                        "Pakistani Prime Minister Nawaz Sharif. The two countries signed a declaration on "
                        "nuclear safety.", "1999-02-21")
    assert {("IND", "057", "PAK"), ("PAK", "057", "IND")} <= got


def test_rebels_coordinated_with_a_government_are_its_rebels_not_the_venues():
    got = coded_triples("Sierra Leone's government and the rebels signed a peace accord in Lome on "
                        "Wednesday.", "1999-07-07")
    assert ("SLEGOV", "057", "SLEREB") in got
    assert not any("TGO" in (src or "") for src, _, _ in got)


def test_rebels_with_their_own_people_keep_them():
    # negative: the phrase says whose rebels they are
    got = coded_triples("The Congolese army and Rwandan rebels signed a ceasefire in Lusaka on Monday.",
                        "1999-07-12")
    assert any(src == "RWAREB" for src, _, _ in got), got
    assert not any(src == "CODREB" for src, _, _ in got), got


def test_hutu_rebels_beside_the_rwandan_government_are_rwandan():
    got = coded_triples("The Rwandan government and Hutu rebels signed a ceasefire in Arusha on Monday.",
                        "1993-08-02")
    assert ("RWAGOV", "0871", "RWAREB") in got


# --- "the militia": the armed group named last ---------------------------------------------------

def test_the_militia_is_the_armed_group_named_not_a_militia_of_the_dateline():
    got = coded_triples("KABUL, Aug 10 - Taliban forces captured the northern city of Mazar-i-Sharif on "
                        "Saturday. The militia accused Iran of arming its opponents.", "1998-08-10")
    assert ("AFGREB", "112", "IRN") in got


def test_the_rebels_never_take_up_a_militia():
    from dateline.events.actors import ActorContext
    from dateline.events.epithets import epithet_actor

    art, doc = annotated("Hutu militiamen killed hundreds of civilians in Kigali on Monday. The rebels "
                         "denied it.", "1994-04-12")
    ctx = ActorContext.build(doc, art)
    rebels = next(t for t in doc if t.lower_ == "rebels")
    got = epithet_actor(rebels, ctx)
    assert got is None or got.role == "REB"
