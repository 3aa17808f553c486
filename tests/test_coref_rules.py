"""Pronoun and role-noun coreference, one hand-written text per rule."""
from __future__ import annotations

from entity_helpers import annotate, refs_by_word


def _who(refs, word, nth=0):
    hits = [name for w, name in refs if w == word]
    return hits[nth] if len(hits) > nth else None


def test_mention_tokens_map_to_their_entity():
    refs = refs_by_word("Maria Lopez visited Quito on Monday.")
    assert ("Maria", "Maria Lopez") in refs and ("Lopez", "Maria Lopez") in refs
    assert ("Quito", "Quito") in refs


def test_he_prefers_the_subject_of_his_own_sentence():
    refs = refs_by_word("Paul Grant met Omar Haddad in Cairo and said he was hopeful.")
    assert _who(refs, "he") == "Paul Grant"


def test_sentence_initial_he_takes_the_previous_subject_not_the_last_name():
    refs = refs_by_word(
        "Paul Grant said no decision had been made on talks with Omar Haddad. He also said more talks were needed."
    )
    assert _who(refs, "He") == "Paul Grant"


def test_his_inside_a_sentence_about_someone_else():
    refs = refs_by_word("Omar Haddad held talks with President Luis Moreno during his first trip abroad.")
    assert _who(refs, "his") == "Omar Haddad"


def test_gender_from_titles_and_honorifics():
    refs = refs_by_word("Spokeswoman Ana Ruiz met President Omar Haddad in Cairo. She said he had agreed to a ceasefire.")
    assert _who(refs, "She") == "Ana Ruiz"
    assert _who(refs, "he") == "Omar Haddad"
    refs = refs_by_word("Mr. Paul Grant met Ms. Lena Kraus in Vienna. Grant said she had been helpful.")
    assert _who(refs, "she") == "Lena Kraus"


def test_role_noun_refers_back_to_the_person_with_that_title():
    refs = refs_by_word(
        "Egyptian President Omar Haddad met Interior Minister Sami Aziz in Cairo. The president said the talks went well."
    )
    assert _who(refs, "president") == "Omar Haddad"


def test_role_noun_with_country_must_agree():
    refs = refs_by_word(
        "Kenyan President Daniel Kiprop met Ugandan President Joseph Okello on Monday. "
        "The Kenyan president said trade would grow."
    )
    assert _who(refs, "president") == "Daniel Kiprop"  # the lowercase one: the description


def test_description_in_the_lede_refers_forward_to_the_first_named_subject():
    refs = refs_by_word(
        "Canada's trade minister said on Friday that tariffs would fall.\n\n"
        "Marie Dubois spoke before talks with Japanese officials."
    )
    assert _who(refs, "minister") == "Marie Dubois"


def test_the_leader_described_earlier():
    refs = refs_by_word(
        "Observers expected a meeting with Kenyan leader Daniel Kiprop. The Kenyan leader arrived in Accra on Monday."
    )
    assert _who(refs, "leader", 1) == "Daniel Kiprop"


def test_the_newspaper_refers_to_the_outlet():
    refs = refs_by_word("The Kommersant newspaper reported the deal on Monday. The newspaper said talks would resume.")
    assert _who(refs, "newspaper", 1) == "Kommersant"


def test_the_agency_prefers_a_known_news_outlet_over_a_ministry():
    refs = refs_by_word(
        "The Interfax news agency quoted the Defence Ministry as saying troops had left. The agency gave no details."
    )
    assert _who(refs, "agency", 1) == "Interfax"


def test_the_company_and_its():
    refs = refs_by_word("Acme Holdings said on Monday it would cut 500 jobs. The company said its profits fell.")
    assert _who(refs, "company") == "Acme Holdings"
    assert _who(refs, "its") == "Acme Holdings"
    assert _who(refs, "it") == "Acme Holdings"


def test_pleonastic_it_is_not_linked():
    refs = refs_by_word("Germany said on Friday it would send more troops. It is unclear when the troops will arrive.")
    assert _who(refs, "it") == "Germany"
    assert _who(refs, "It") is None


def test_they_for_an_organisation_subject_but_not_after_a_person():
    refs = refs_by_word("Greenpeace said on Monday that its activists had boarded the ship. They said the protest would go on.")
    assert _who(refs, "They") == "Greenpeace"
    refs = refs_by_word("Paul Grant said they would find a way.")
    assert _who(refs, "they") is None


def test_every_mention_token_in_resolve_references():
    from dateline.resolve.coref import resolve_references

    art, doc = annotate("Lena Kraus met Paul Grant in Vienna. Grant said she was right.")
    refs = resolve_references(doc, art)
    for ent in art.entities:
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end)
            assert all(refs[t.i] == ent.id for t in span)
