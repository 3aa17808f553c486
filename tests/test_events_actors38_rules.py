"""actors38: who is who in 1996-97 wire news (docs/evaluation/events-actors38.md).
Every sentence is our own, written in Reuters style.

- A party's people named with the party before them ("Likud leaders", "ANC officials", "BJP
  members") are the party: its OPP, GOV on the dates it governs; not the government of the
  article's country nor of no country.
- A one-country party's name alone ("Likud") is that country's party, not the bare country the
  resolver borrowed from another actor of the sentence.
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "1996-10-14"


def _sources(text, day=DAY):
    return {src for src, _, _ in coded_triples(text, day)}


def test_governing_party_people_are_the_government():
    for text in ("Likud leaders condemned Hamas after the bombing.",
                 "Likud officials criticised Arafat on Sunday.",
                 "Likud members accused Hamas of wrecking the peace talks."):
        assert "ISRGOV" in _sources(text), (text, coded_triples(text, DAY))


def test_party_people_out_of_government_are_opposition():
    # the BJP governed 13 days in May 1996 only; Refah's Turkey coalition began 1996-06-28
    assert ("INDOPP", "111", "INDGOV") in coded_triples("BJP leaders criticised Deve Gowda on Monday.", DAY)
    assert "TUROPP" in _sources("ANAP leaders criticised Erbakan on Tuesday.")
    assert "TURGOV" in _sources("Refah officials criticised the army on Tuesday.")


def test_party_people_of_a_party_of_no_other_actor_country():
    assert ("ZAFGOV", "112", "ZAFOPP") in coded_triples("ANC officials accused Inkatha of violence.", DAY)


def test_a_one_country_party_name_alone_is_its_party():
    assert ("ISRGOV", "111", "PSEREB") in coded_triples("Likud condemned Hamas after the bombing.", DAY)


def test_government_officials_stay_the_government():
    # negatives: no party name before the noun, or a stated country, keep the resolver's reading
    assert "ISRGOV" in _sources("Israeli officials condemned Hamas after the bombing.")
    assert "PSEREB" in _sources("Hamas leaders criticised Arafat on Monday.")
    assert "ISROPP" in _sources("Labour Party leaders criticised Netanyahu over the tunnel.")


def test_negated_and_hypothetical_stay_uncoded():
    assert coded_triples("Likud leaders did not condemn Hamas.", DAY) == set()
    assert coded_triples("Likud leaders may criticise Arafat if talks fail.", DAY) == set()


# --- a listed figure's full name cut into pieces by the tagger -----------------------------------

def test_a_name_with_a_particle_is_one_listed_figure():
    assert ("CODGOV", "1123", "RWA") in coded_triples(
        "Zairean Prime Minister Kengo wa Dondo accused Rwanda of invading his country.", DAY)
    for text in ("Tunisian President Zine el Abidine Ben Ali criticised Israel on Monday.",
                 "President Zine el Abidine Ben Ali criticised Israel on Monday."):
        assert ("TUNGOV", "111", "ISR") in coded_triples(text, DAY), (text, coded_triples(text, DAY))
    got = coded_triples("Zine el Abidine Ben Ali met French President Jacques Chirac in Tunis on Monday.", DAY)
    assert any(src == "TUNGOV" and tgt == "FRAGOV" for src, _, tgt in got), got


def test_a_place_beside_a_name_that_is_not_listed_stays_a_place():
    from dateline.nlp import load_nlp
    from dateline.resolve.ner_fixes import corrected_entities

    nlp = load_nlp()
    doc = nlp("Kengo met local officials in Dondo on Monday.")
    labels = {doc[s.start:s.end].text: s.label for s in corrected_entities(doc, nlp)}
    assert labels.get("Kengo wa Dondo") is None and "Dondo" in labels, labels
