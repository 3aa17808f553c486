"""dateline.nlp.tokens_with_pos: the index several quote rules share instead of each walking
every token."""
from __future__ import annotations

from dateline.nlp import load_nlp, tokens_with_pos


def test_the_index_gives_what_walking_the_doc_gives():
    doc = load_nlp()("The minister said she was sure the talks would resume, but critics were angry "
                     "and the union called for a strike over the new rules.")
    for pos in (("VERB",), ("AUX",), ("NOUN",), ("ADJ",), ("VERB", "AUX"), ("ADJ", "NOUN")):
        assert [t.i for t in tokens_with_pos(doc, *pos)] == [t.i for t in doc if t.pos_ in pos]


def test_the_index_holds_positions_not_tokens():
    doc = load_nlp()("Farmers protested in the capital.")
    tokens_with_pos(doc, "NOUN")
    index = doc.user_data["dateline.pos_index"]
    assert all(isinstance(i, int) for positions in index.values() for i in positions)
