"""The tense reader climbs from a verb to its head; a root infinitive is its own head.

spaCy makes a fresh Token object on every access, so "is" never matches two views of one
token: these sentences once sent `verb_tense` into endless recursion (the whole article
failed) and made every token look 50 levels deep to `_head_word`.
"""
from __future__ import annotations

import pytest

from dateline.nlp import load_nlp
from dateline.resolve.time.tense import _depth, _head_word, verb_tense


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text", ["To meet on Friday.", "Ministers to meet in Geneva on Friday",
                                  "To be decided next week"])
def test_a_root_infinitive_looks_ahead_without_recursing(nlp, text):
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert verb_tense(root) in (0, 1)  # an infinitive with nothing above it is not a past


def test_depth_counts_steps_to_the_root(nlp):
    doc = nlp("The minister met his counterpart.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert _depth(root) == 0
    assert all(_depth(t) < 5 for t in doc)


def test_head_word_is_the_phrase_head(nlp):
    doc = nlp("They reported its third quarter results.")
    span = doc[2:6]  # "its third quarter results"
    assert _head_word(span).text == "results"


def test_an_article_whose_sentence_is_a_bare_infinitive_gets_its_timexes():
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    pipe = load_pipeline()
    text = "Officials to meet Friday.\n\nThe ministers will meet on Friday in Geneva."
    art = Article(text=text, source=Source("text"), published="2020-03-02")
    art = pipe.annotate(art, pipe.nlp(text))
    assert [t.value for t in art.timexes if t.text == "Friday"] == ["2020-03-06", "2020-03-06"]
