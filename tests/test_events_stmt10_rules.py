"""The stmt10 rules (events/statements.py, the statement lines of data/cameo/verbs.txt and the
030 guard in events/general.py), each on sentences we wrote: a statement aimed at its target
through what it is about ("concern at the detention ... by Y"), the act it reacts to
("protests after Y's warplanes flew"), the occasion it was said on ("thanks in a meeting with
Y"), and the standard's choice of 111 for disagreement and opposition. Statements with no
doer named (a victim, a flood, prices) stay uncoded.
"""
from __future__ import annotations

import pytest
from events_variety import coded_triples


def _events(text: str, date: str = "1996-08-20") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _doc(text: str):
    from dateline.nlp import load_nlp

    return load_nlp()(text)


# ---------------------------------------------------------------- concern, unease, alarm (111)


@pytest.mark.parametrize("text,triple", [
    ("The Italian government expressed strong concern over the detention of three Italian aid workers "
     "by Sudanese police.", ("ITAGOV", "111", "SDNCOP")),
    ("Poland voiced unease at Lithuania's decision to close the border crossing.", ("POL", "111", "LTU")),
    ("Canada expressed alarm about the way Washington had handled the trade dispute.", ("CAN", "111", "USA")),
])
def test_concern_is_aimed_at_the_doer_of_what_it_is_about(text, triple):
    assert triple in _events(text)


@pytest.mark.parametrize("text", [
    "The foreign minister voiced concern about the health of the jailed opposition leader.",
    "Nepal expressed deep concern after the flood.",
    "The minister expressed his concern at the rising price of bread.",
])
def test_concern_with_no_doer_named_is_not_coded(text):
    assert not any(code[:2] == "11" for _, code, _ in _events(text))


def test_the_speakers_own_disquiet_is_no_target():
    from dateline.events.statements import complement_targets

    doc = _doc("A Danish minister expressed his government's disquiet at the death of a Danish sailor.")
    assert complement_targets(doc[3], "111") == []


# ---------------------------------------------------------------- protests after an act (111)


def test_protests_after_an_act_are_aimed_at_its_doer():
    assert ("GRC", "111", "TURMIL") in _events("Greece raised protests after Turkish warplanes flew over the Aegean islands.")
    assert ("GRC", "111", "TUR") in _events("Greece raised protests with Turkey over the flights.")


def test_reaction_subjects_are_names_or_nouns_not_pronouns():
    from dateline.events.statements import reaction_subjects

    doc = _doc("Greece protested after they flew over the islands.")
    assert reaction_subjects(doc[1]) == []


# ---------------------------------------------------------------- labels: "what they called X's war"


def test_a_label_is_aimed_at_the_owner_of_the_labelled_act():
    got = _events("Bosnian leaders called a strike to protest what they called Serbia's war on Sarajevo.")
    assert any(code == "111" and tgt == "SRB" for _, code, tgt in got)


# ---------------------------------------------------------------- reported violations (112)


def test_reported_violations_accuse_their_doer():
    assert ("GEO", "112", "RUSMIL") in _events("Georgia reported 14 new cases of ceasefire violations by Russian troops.")


def test_the_doer_of_a_counted_act_is_read_through_the_count():
    from dateline.events.statements import noun_doer

    doc = _doc("They listed dozens of cases of abuse by Iraqi guards.")
    assert noun_doer(doc[4]).text == "guards"


# ---------------------------------------------------------------- thanks and acknowledged help (051)


def test_thanks_in_a_meeting_go_to_the_one_met():
    assert ("KENGOV", "051", "JPNGOV") in _events(
        "The Kenyan president offered his thanks in a meeting with the visiting Japanese prime minister.")


def test_acknowledged_help_is_praise_of_its_giver():
    assert ("NLDGOV", "051", "BEL") in _events(
        "The Dutch minister acknowledged Belgium's help in the search for the missing children.")


# ---------------------------------------------------------------- commitments and wished-for cooperation (030)


def test_a_reaffirmed_commitment_goes_to_the_partner_of_the_accord():
    assert ("MEX", "030", "CAN") in _events("Mexico reaffirmed its commitment to the trade pact with Canada on Monday.")


def test_wanting_to_maintain_friendship_is_an_intent_to_cooperate():
    assert ("CHL", "030", "ARG") in _events("Chile said it wanted to maintain friendship and cooperation with Argentina.")


def test_maintained_cooperation_without_a_wish_is_no_event():
    assert not any(code == "030" for _, code, _ in _events(
        "Chile has maintained cooperation with Argentina on fisheries since 1991."))


# ---------------------------------------------------------------- disagreement and opposition are 111


@pytest.mark.parametrize("text,triple", [
    ("Spain disagreed with France's proposal to cut farm subsidies.", ("ESP", "111", "FRA")),
    ("Hungary opposed Austria's plan to build a new dam on the Danube.", ("HUN", "120", "AUT")),  # oppose56: a plan opposed is rejected (120; was 111)
])
def test_disagreement_and_opposition_are_criticism(text, triple):
    got = _events(text)
    assert triple in got
    assert not any(code == "110" for _, code, _ in got)


# ---------------------------------------------------------------- "X is concerned about Y's plan" (111)


@pytest.mark.parametrize("text,triple", [
    ("Japan said it was deeply concerned about China's decision to send warships.", ("JPN", "111", "CHN")),
    ("The European Union is worried by Hungary's new media law.", ("IGOEUREEC", "111", "HUN")),
    ("Britain was disappointed with Spain's refusal to reopen the border.", ("GBR", "111", "ESP")),
])
def test_dismay_at_an_act_criticises_its_doer(text, triple):
    assert triple in _events(text)


@pytest.mark.parametrize("text", [
    "The minister said he was concerned about the president's health.",
    "Officials were worried by rising prices.",
    "Germany is not concerned about France's plan.",
])
def test_dismay_with_no_doer_or_negated_is_not_coded(text):
    assert not any(code == "111" for _, code, _ in _events(text))


def test_a_suffered_act_is_owned_only_by_its_by_agent():
    from dateline.events.statements import noun_doer

    def arrest(text):
        return next(t for t in _doc(text) if t.lower_ == "arrest")

    assert noun_doer(arrest("Rights groups were alarmed at the arrest of two editors by the secret police.")).text == "police"
    assert noun_doer(arrest("They protested at Ali's arrest.")) is None


# ---------------------------------------------------------------- "remained committed to the accords with X" (030)


@pytest.mark.parametrize("text,triple", [
    ("The United States said it remained committed to the migration accords with Cuba.", ("USA", "030", "CUB")),
    ("Peru is committed to the peace treaty with Ecuador.", ("PER", "030", "ECU")),
])
def test_a_stated_commitment_to_an_accord_is_an_intent_to_cooperate_with_its_partner(text, triple):
    assert triple in _events(text)


@pytest.mark.parametrize("text", [
    "The party is committed to reform.",
    "Brazil is not committed to the pact with Argentina.",
    "The rebels committed atrocities against civilians.",
])
def test_a_commitment_with_no_partner_or_negated_is_not_030(text):
    assert not any(code == "030" for _, code, _ in _events(text))


# ---------------------------------------------------------------- appeals to end an embargo (0254)


def test_an_appeal_to_end_an_embargo_is_an_appeal_for_easing_sanctions():
    assert ("RUSLEG", "0254", "RUSGOV") in _events("Russian lawmakers called on the government to end the economic embargo on Iraq.")


# ---------------------------------------------------------------- "X said Y had declared war on them" (111)


def test_a_war_declared_in_someone_elses_words_is_the_speakers_charge():
    got = _events("The Lebanese president said Israel had effectively declared war on Lebanon.")
    assert ("LBNGOV", "111", "ISR") in got
    assert not any(code[:2] == "19" for _, code, _ in got)


@pytest.mark.parametrize("text,triple", [
    ("Germany declared war on Russia on Saturday.", ("DEU", "190", "RUS")),
    ("Iraq said it had declared war on Iran.", ("IRQ", "190", "IRN")),
])
def test_a_war_declared_by_the_speaker_or_in_narration_stays_a_war(text, triple):
    assert triple in _events(text)


def test_a_war_on_a_social_ill_is_no_charge():
    from dateline.events.statements import reported_war

    doc = _doc("The rebel leader said the army had declared war on drugs.")
    assert reported_war(doc[4]) is None


# ---------------------------------------------------------------- "concern that Y was doing ..." (111)


@pytest.mark.parametrize("text,triple", [
    ("France said it was concerned that Iran was enriching uranium.", ("FRA", "111", "IRN")),
    ("Britain expressed concern that the Chinese government had jailed three activists.", ("GBR", "111", "CHNGOV")),
])
def test_concern_that_a_named_party_acts_criticises_it(text, triple):
    assert triple in _events(text)


@pytest.mark.parametrize("text", [
    "The minister expressed concern that Chinese tourists could be hurt.",
    "Aid agencies were worried that the talks would collapse.",
])
def test_concern_for_victims_or_about_events_is_not_criticism(text):
    assert not any(code == "111" for _, code, _ in _events(text))


def test_a_feared_or_wished_act_is_no_criticism():
    from dateline.events.statements import feared_doers

    for text in ("Baker was worried that the Republican party might face the election with a weak economy.",
                 "The ministers were concerned that Japan do more to stimulate demand."):
        doc = _doc(text)
        adj = next(t for t in doc if t.lower_ in ("worried", "concerned"))
        assert feared_doers(adj) == []
