"""doc_text: the stage's cached Doc.text (spaCy rebuilds the string on every access)."""
from __future__ import annotations

from dateline.extraction.quote_cues import doc_text


def test_doc_text_is_the_docs_text_and_built_once(pipeline):
    a = pipeline.nlp("The mayor said the bridge would open in May.")
    b = pipeline.nlp("Farmers backed the plan.")
    first = doc_text(a)
    assert first == a.text
    assert doc_text(a) is first  # cached: the same string object, not a rebuilt one
    assert doc_text(b) == b.text  # another Doc replaces the entry
    assert doc_text(a) == a.text
