"""`doc_text`: the Doc's text joined once, kept on the Doc, identical to `Doc.text`."""
from __future__ import annotations

from dateline.nlp import doc_text, load_nlp


def test_same_text_as_spacy_and_kept_on_the_doc() -> None:
    doc = load_nlp()("The envoy met the minister in Oslo.\n\nTalks resume on Friday, aides said.")
    assert doc_text(doc) == doc.text
    # the second call returns the very object the first one stored, instead of re-joining tokens
    assert doc_text(doc) is doc_text(doc)


def test_a_span_gets_its_own_text() -> None:
    doc = load_nlp()("Officials in Nairobi said the vote was fair. Observers disagreed.")
    sent = list(doc.sents)[1]
    assert doc_text(sent) == sent.text == "Observers disagreed."


def test_the_cache_travels_with_a_copied_doc() -> None:
    from spacy.tokens import Doc

    nlp = load_nlp()
    doc = nlp("A short note about trade.")
    doc_text(doc)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert doc_text(again) == doc.text
