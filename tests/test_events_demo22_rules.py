"""demo22: general repairs found by reading the README demo's own samples (samples/) against the
Wikinews standard. Every sentence here is our own, written in the style of news copy."""
from __future__ import annotations

from events_variety import coded_triples

DATE = "2024-06-12"


def _codes(text: str) -> set[str]:
    return {code for _, code, _ in coded_triples(text, DATE)}


# ------------------------------------------------ "helped (to) broker the deal": no aid (coop.share_in_act)


def test_helping_to_broker_a_deal_is_no_aid_to_the_co_broker():
    # sample 06: "Türkiye's defence minister, who helped to broker the original deal with the United
    # Nations, said ..." gave TURGOV 070 IGOUNO
    text = ("Norway's foreign minister, who helped to broker the truce with the United Nations, "
            "arrived in Kabul on Monday.")
    triples = coded_triples(text, DATE)
    assert "070" not in {code for _, code, _ in triples}
    assert ("NORGOV", "042", "AFG") in triples  # the sentence's own act stays


def test_helping_negotiate_codes_the_negotiation_not_aid():
    assert coded_triples("Qatar helped negotiate the prisoner exchange with the United Nations.", DATE) \
        == {("QAT", "046", "IGOUNO")}


def test_helping_a_named_party_stays_aid():
    # negative: "helped Nepal" names the helped party, so it is still aid
    assert coded_triples("Japan helped Nepal on Monday.", DATE) == {("JPN", "070", "NPL")}
    assert coded_triples("Japan helped Nepal with emergency supplies after the earthquake.", DATE) \
        == {("JPN", "073", "NPL")}


# ------------------------------------------------ "the opposition in neither country": negated subject


def test_subject_restricted_to_neither_country_is_no_actor():
    # sample 03: "The pro-Russian opposition in neither country commented on the plan" gave LTUOPP 010
    assert coded_triples("The opposition in neither country criticised Turkey on Monday.", DATE) == set()
    assert coded_triples("Lawmakers from neither party condemned the Russian strikes on Kyiv.", DATE) == set()
    assert coded_triples("Officials from no country criticised Sudan on Monday.", DATE) == set()


def test_subject_restricted_to_a_named_country_still_acts():
    assert coded_triples("The opposition in Kenya criticised Uganda on Monday.", DATE) == {("KENOPP", "111", "UGA")}
    assert coded_triples("Officials from Chad criticised Sudan on Monday.", DATE) == {("TCDGOV", "111", "SDN")}


# ------------------------------------------------ summoning the charge d'affaires (114, a diplomat: GOV)


def test_summoning_the_charge_d_affaires_is_an_official_complaint():
    # sample 03: "Minsk summoned the Lithuanian charge d'affaires on Saturday" gave nothing
    assert coded_triples("Belarus summoned the Lithuanian charge d'affaires on Saturday.", DATE) \
        == {("BLR", "114", "LTUGOV")}
    assert coded_triples("Hungary summoned the Dutch chargé d'affaires over the remarks.", DATE) \
        == {("HUN", "114", "NLDGOV")}


def test_a_summons_not_made_is_not_coded():
    assert coded_triples("Belarus did not summon the Lithuanian charge d'affaires.", DATE) == set()


# ------------------------------------------------ "urged both governments": the pair named paragraphs before


_PAIR_STORY = ("Ghana and Togo agreed on Monday to reopen their border crossing to traders. "
               "Ghana's trade minister and her Togolese counterpart signed the deal in Lome. "
               "Truck drivers had blocked the road for a week. Traders said they had lost millions. ")


def test_both_governments_are_the_pair_coded_both_ways_sentences_before():
    # sample kenya-tanzania-border: "urged both governments to publish the new fee schedule" gave
    # only KENGOV (the plain noun's default), four sentences after the signing
    triples = coded_triples(_PAIR_STORY + "The United Nations urged both governments to publish the new rules.", DATE)
    assert {("IGOUNO", "020", "GHAGOV"), ("IGOUNO", "020", "TGOGOV")} <= triples


def test_a_one_way_act_before_gives_no_pair_for_both_governments():
    # negative: a visit is one-way (no X->Y and Y->X), so no pair is read from it
    text = ("Ghana's president visited Togo on Monday. Truck drivers had blocked the road for a week. "
            "Traders said they had lost millions. The United Nations urged both governments to publish the new rules.")
    triples = coded_triples(text, DATE)
    assert ("IGOUNO", "020", "TGOGOV") not in triples and ("IGOUNO", "020", "TGO") not in triples


# ------------------------------------------------ unowned positions attacked are the reporter's (held_ground)


def test_unowned_positions_shelled_are_the_reporting_countrys_army():
    # sample 05: "Armenia's defence ministry said ... when Azerbaijani forces shelled positions near
    # the village of Sotk" gave AZEMIL 194 with no target
    assert coded_triples("India's army said Pakistani troops shelled posts along the border overnight.", DATE) \
        == {("PAKMIL", "194", "INDMIL")}
    assert coded_triples("Pakistani troops shelled posts along the border overnight, India's army said.", DATE) \
        == {("PAKMIL", "194", "INDMIL")}


def test_own_side_positions_and_owned_ground_are_not_the_reporters():
    # negatives: the reporter's own troops shelling gives no target of the same country; ground
    # whose owner the phrase names resolves on its own, not to the reporter's army
    assert ("INDMIL", "194", "INDMIL") not in coded_triples(
        "India's army said its troops shelled positions along the border overnight.", DATE)
    assert ("PAKMIL", "194", "INDMIL") not in coded_triples(
        "India's army said Pakistani troops shelled Indian positions along the border overnight.", DATE)


# ------------------------------------------------ "welcomed the agreement": the pair that made it, sentences before


def test_the_agreement_welcomed_is_the_pairs_coded_both_ways_before():
    # sample kenya-tanzania-border: "The East African Community secretariat welcomed the agreement"
    # four sentences after the signing gave only KENGOV
    triples = coded_triples(_PAIR_STORY + "The United Nations welcomed the agreement on Tuesday.", DATE)
    assert {("IGOUNO", "051", "GHAGOV"), ("IGOUNO", "051", "TGOGOV")} <= triples


def test_a_named_agreement_or_a_one_way_act_gives_no_pair():
    # negatives: "the Paris agreement" says whose it is; a visit is no agreement between two sides
    named = coded_triples(_PAIR_STORY + "The United Nations welcomed the Paris agreement on Tuesday.", DATE)
    assert ("IGOUNO", "051", "TGOGOV") not in named
    one_way = coded_triples("Ghana's president visited Togo on Monday. Truck drivers had blocked the road for a week. "
                            "Traders said they had lost millions. The United Nations welcomed the agreement on Tuesday.",
                            DATE)
    assert not any(code == "051" for _, code, _ in one_way)
