"""Listed multi-word body names (data/actors/orgs.tsv) made one organisation where the model cut or missed them."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from dateline.resolve.ner_base import NerSpan
from dateline.resolve.ner_fixes import corrected_entities
from dateline.resolve.ner_listed import tag_listed_bodies


def _doc(text: str):
    from dateline.nlp import load_nlp

    return load_nlp()(text)


def _ents(text: str) -> list[tuple[str, str]]:
    doc = _doc(text)
    return [(s.text(doc), s.label) for s in corrected_entities(doc)]


def test_a_group_named_with_two_countries_is_one_organisation_not_two_places():
    ents = _ents("Fighters of the Islamic State in Iraq and Syria stormed a border post on Friday.")
    assert ("Islamic State in Iraq and Syria", "ORG") in ents
    assert ("Syria", "GPE") not in ents


def test_a_name_the_model_cut_in_two_is_joined():
    ents = _ents("The Islamic State of Iraq and the Levant said it carried out the bombing.")
    assert ("Islamic State of Iraq and the Levant", "ORG") in ents
    assert not any(text == "Levant" for text, _ in ents)


def test_pieces_inside_a_listed_name_are_replaced_by_it():
    doc = _doc("Officials of the Economic Community of West African States met in Abuja.")
    words = [t.text for t in doc]
    start = words.index("Economic")
    end = words.index("met")
    pieces = [NerSpan(start, start + 2, "ORG"), NerSpan(words.index("West"), end, "NORP")]
    assert tag_listed_bodies(doc, pieces) == [NerSpan(start, end, "ORG")]


def test_a_longer_span_of_the_models_and_the_exact_name_keep_their_reading():
    doc = _doc("The Islamic State West Africa Province ambushed a convoy near Lake Chad.")
    start = [t.text for t in doc].index("Islamic")
    longer = [NerSpan(start, start + 5, "ORG")]  # the whole listed longer name
    assert tag_listed_bodies(doc, longer) == longer
    doc = _doc("Human Rights Watch published a report on Monday.")
    same = [NerSpan(0, 3, "NORP")]
    assert tag_listed_bodies(doc, same) == same


def test_only_the_tables_spelling_counts():
    doc = _doc("a human rights watch group in the town was set up by residents.")
    assert tag_listed_bodies(doc, []) == []


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,-'", max_size=80))
def test_any_text_gives_sorted_disjoint_spans(text):
    doc = _doc(text)
    spans = tag_listed_bodies(doc, [NerSpan(e.start, e.end, e.label_) for e in doc.ents])
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_an_untagged_listed_acronym_is_an_organisation():
    doc = _doc("Sudan's army accused the RSF of killing civilians in Darfur.")
    i = [t.text for t in doc].index("RSF")
    assert NerSpan(i, i + 1, "ORG") in tag_listed_bodies(doc, [])


def test_an_acronym_shaped_word_in_a_capitals_line_is_left_alone():
    doc = _doc("WHO WILL PAY FOR THE WAR IN SUDAN")
    assert tag_listed_bodies(doc, []) == []
