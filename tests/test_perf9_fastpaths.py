"""perf9: the speed-ups outside the events stage give exactly what the plain code gave.

Each test pits a fast path against the straightforward version it replaced (written out
here as the reference), on sentences of our own and, for the text-only helpers, on
generated text (hypothesis).
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.clean import dates
from dateline.nlp import load_nlp
from dateline.resolve import coref, roles

TEXTS = [
    "He said she would go to Geneva on Monday.\n\nThey left early. \"It is his,\" we said.",
    "Foreign Minister Ana Ruiz met the French president. Her spokesman said the ministers agreed.",
    "KENYA AND UGANDA SIGN PACT\n\nNAIROBI, March 3 - The two countries' leaders signed it. "
    "Officials said they would meet again; the daily reported that he declined.",
    "Results\nLeeds 2 Chelsea 1\nThe coach said his team played well. I know my own mind.",
    "",
    "   \n\n  ",
]


@pytest.fixture(scope="module")
def docs():
    nlp = load_nlp()
    return [nlp(t) for t in TEXTS]


def _sentence_index_reference(doc) -> list[int]:
    out, n = [], -1
    for tok in doc:
        after_break = tok.i > 0 and doc[tok.i - 1].is_space and "\n\n" in doc[tok.i - 1].text
        if tok.i == 0 or (tok.is_sent_start and not tok.is_space) or (after_break and not tok.is_space):
            n += 1
        out.append(n)
    return out


def test_sentence_index_from_arrays_matches_token_walk(docs):
    for doc in docs:
        assert coref._sentence_index(doc) == _sentence_index_reference(doc)


def test_pronoun_positions_are_the_tokens_the_rule_reads(docs):
    for doc in docs:
        want = [t.i for t in doc if t.pos_ == "PRON" or t.tag_ in ("PRP", "PRP$")]
        assert coref._pronoun_positions(doc) == want
    assert any(coref._pronoun_positions(d) for d in docs)


def test_role_phrases_start_only_at_nouns(docs, monkeypatch):
    """The phrase finder reads the noun index instead of walking every token and dropping
    the non-nouns: the same phrases as with a walk over every token."""
    import dateline.nlp
    from dateline.resolve.ner_fixes import corrected_entities

    def walk(doc, *pos):
        return [t for t in doc if t.pos_ in pos]

    found_any = False
    for doc in docs:
        mentions = list(corrected_entities(doc))
        got = roles._find_role_phrases(doc, mentions)
        with monkeypatch.context() as m:
            m.setattr(dateline.nlp, "tokens_with_pos", walk)
            assert roles._find_role_phrases(doc, mentions) == got
        found_any |= bool(got)
    assert found_any


def _find_dates_reference(text: str) -> list[dates.FoundDate]:
    found, taken = [], []
    for pat in dates.DATE_PATTERNS:
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if not dates._edges_ok(text, m.start(), m.end()):
                continue
            d = dates._to_date(m)
            if d is not None:
                found.append(dates.FoundDate(d, m.start(), m.end(), dates._time_of(m)))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


@pytest.mark.parametrize("text", [
    "Talks resumed on April 10, 2018 in Geneva.", "no date here, only 12 ships and 300 tonnes",
    "on 10.04.2018 at 4:12 PM", "2019-05-18T10:00Z", "Tuesday, Aug. 29 2019", "",
])
def test_find_dates_prefilter_examples(text):
    assert dates.find_dates(text) == _find_dates_reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,-:/APMaprilJunTuesday\n٣")), max_size=60))
def test_find_dates_prefilter_property(text):
    assert dates.find_dates(text) == _find_dates_reference(text)
    if re.search(r"\d{4}", text) is None:
        assert _find_dates_reference(text) == []
