"""The layout rules read the Doc's kept token arrays instead of Token objects: they must find
what the Token-by-Token reading finds."""
from __future__ import annotations

from dateline.nlp import doc_text, load_nlp
from dateline.resolve.ner_base import _lines, token_flags
from dateline.resolve.ner_layout import _table_runs, _tag_countries

TEXT = ("Results on Saturday\n"
        "Lotte 6 Hyundai 2\n"
        "Somerset 83 and 174 Kent 201\n"
        "P. Simmons 4-38\n"
        "Officials from Belarus and French diplomats met in Vienna, where Austrian police kept watch.\n")


def _runs_by_tokens(doc, line):
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    if span is None:
        return []
    words = [t for t in span if not t.is_punct and not t.is_space]
    number = lambda t: t.like_num or any(c.isdigit() for c in t.text)  # noqa: E731
    if sum(map(number, words)) < 2 or sum(map(number, words)) < 0.3 * len(words):
        return []
    runs, i = [], span.start
    while i < span.end:
        j = i
        while j < span.end and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j > i and j < span.end and number(doc[j]):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def test_table_runs_match_the_token_reading():
    doc = load_nlp()(TEXT)
    lines = _lines(doc_text(doc))
    assert any(_table_runs(doc, ln) for ln in lines)
    for line in lines:
        assert _table_runs(doc, line) == _runs_by_tokens(doc, line)


def test_flags_are_the_tokens_own():
    doc = load_nlp()(TEXT)
    assert token_flags(doc, "IS_PUNCT") == [int(t.is_punct) for t in doc]
    assert token_flags(doc, "LIKE_NUM") == [int(t.like_num) for t in doc]


def test_untagged_countries_and_demonyms_are_found():
    doc = load_nlp()(TEXT)
    found = {doc[s.start:s.end].text: s.label for s in _tag_countries(doc, [])}
    assert found.get("Belarus") == "GPE" and found.get("French") == "NORP"
