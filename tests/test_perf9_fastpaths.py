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


# -- entity edges, caps and headline lines ------------------------------------------------------


def _trim_reference(doc, span):
    """`ner_fixes._trim` as it read Token objects."""
    from dateline.resolve import ner_fixes as F
    from dateline.resolve.ner_base import _LEADING_DROP, _NAME_LABELS, _ORG_DESCRIPTORS, _POSSESSIVE, _TABLE_WORDS

    start, end = span.start, span.end
    drop = _LEADING_DROP if span.label in _NAME_LABELS else {"the", "a", "an"}
    while start < end and (F._is_edge_junk(doc[start]) or doc[start].lower_ in drop):
        start += 1
    while end > start and (F._is_edge_junk(doc[end - 1]) or doc[end - 1].text in _POSSESSIVE):
        end -= 1
    if start >= end or not any(c.isalpha() for c in doc[start:end].text):
        return []
    if all(len(t.text) == 1 for t in doc[start:end] if t.is_alpha) and end - start > 1:
        return []
    if end - start == 1 and doc[start].lower_ in _TABLE_WORDS and span.label in ("ORG", "PERSON"):
        return []
    if span.label in ("PERSON", "GPE", "LOC", "NORP"):
        while end - start > 1 and doc[end - 1].like_num:
            end -= 1
    if span.label == "ORG":
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in _ORG_DESCRIPTORS:
            end -= 1
    for i in range(start, end):
        if doc[i].is_space and doc[i].text.count("\n") >= 2:
            left = _trim_reference(doc, F.NerSpan(start, i, span.label))
            right = _trim_reference(doc, F.NerSpan(i + 1, end, span.label))
            return left + [r for r in right if doc[r.start].text[:1].isupper()]
    return [F.NerSpan(start, end, span.label)]


EDGE_TEXTS = [
    "The Interfax news agency said the U.S. 's envoy met <Woodco Inc> officials & N / A staff.",
    "Attendance 15,000\nLeeds 2 Chelsea 1\nJ. Hallam 42 not out\n\nMen 's singles: the Dutch team won.",
    "\"Last Monday the United States Commission\" said Ana Ruiz '\n\nof Kenya's Busia District.",
]


def test_trim_from_arrays_matches_token_version():
    from dateline.resolve.ner_fixes import NerSpan, _trim

    nlp = load_nlp()
    checked = 0
    for text in EDGE_TEXTS + TEXTS:
        doc = nlp(text)
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 7) + 1):
                for label in ("PERSON", "ORG", "GPE", "DATE"):
                    span = NerSpan(start, end, label)
                    assert _trim(doc, span) == _trim_reference(doc, span), (text, start, end, label)
                    checked += 1
    assert checked > 1000


def _is_caps_reference(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    upper = sum(c.isupper() for c in letters)
    return len(words) >= 2 and upper >= 6 and upper >= 0.9 * len(letters)


def _is_headline_reference(text: str) -> bool:
    from dateline.resolve.ner_base import _HEADLINE_PREFIX, _MINOR_WORDS

    if _HEADLINE_PREFIX.match(text):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", text) if w.lower() not in _MINOR_WORDS]
    if len(words) < 3 or text.rstrip().endswith((".", '"', "”")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


LINE_CHARS = list("ABCDEFGHKLMNOPRSTUabcdeghilmnorstuvÉéßÄäΣσ 0123.,'\"”’-:") + ["Related articles:", "OF", "the"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINE_CHARS), max_size=40).map("".join))
def test_caps_and_headline_lines_match_reference(text):
    from dateline.resolve.ner_base import _is_caps_text, _is_headline_text

    assert _is_caps_text(text) == _is_caps_reference(text)
    assert _is_headline_text(text) == _is_headline_reference(text)


@pytest.mark.parametrize("text", ["KENYA AND UGANDA SIGN PACT", "Kenya And Uganda Sign New Pact", "Kenya and Uganda sign.",
                                  "ÉTATS-UNIS ET CANADA SIGNENT", "Related articles: talks", "AB CD", "A B C D E F G"])
def test_caps_and_headline_examples(text):
    from dateline.resolve.ner_base import _is_caps_text, _is_headline_text

    assert _is_caps_text(text) == _is_caps_reference(text)
    assert _is_headline_text(text) == _is_headline_reference(text)


def test_country_match_is_remembered_and_unchanged():
    from dateline.resolve.countries import country_match

    first = country_match.__wrapped__("North Korea's")
    assert country_match("North Korea's") == first and first is not None
    assert country_match("North Korea's") is country_match("North Korea's")  # one frozen answer
    assert country_match("us") is None and country_match.__wrapped__("us") is None


# -- the Doc's text, the record's plain values ---------------------------------------------------


def test_keep_text_gives_the_doc_its_own_text():
    from dateline.nlp import _TEXT_KEY, doc_text, keep_text

    nlp = load_nlp()
    for text in TEXTS + ["Trailing spaces stay.   \n"]:
        doc = nlp(text)
        keep_text(doc, text)
        if len(doc):
            assert doc.user_data[_TEXT_KEY] is text
        assert doc_text(doc) == doc.text == text
    other = nlp("Four words in here.")
    keep_text(other, "a different, longer text than the Doc's")
    assert doc_text(other) == "Four words in here."


def _plain_reference(value):
    names = getattr(type(value), "__dataclass_fields__", None)
    if names is not None:
        return {name: _plain_reference(getattr(value, name)) for name in names}
    if isinstance(value, list):
        return [_plain_reference(x) for x in value]
    if isinstance(value, tuple):
        return tuple(_plain_reference(x) for x in value)
    if isinstance(value, dict):
        return {k: _plain_reference(v) for k, v in value.items()}
    return value


def test_plain_leaf_fast_path_keeps_the_record():
    import json

    from dateline.api import load_pipeline
    from dateline.ingest.document import RawDocument
    from dateline.model import plain
    from dateline.scale.work import _WARM_TEXT

    art = load_pipeline().process(RawDocument(text=_WARM_TEXT, format="text", origin="t"))
    for field in ("entities", "timexes", "quotes", "events", "links"):
        for item in getattr(art, field):
            got, want = plain(item), _plain_reference(item)
            assert got == want
            assert json.dumps(got) == json.dumps(want)
            assert [type(v) for v in got.values()] == [type(v) for v in want.values()]  # str enums stay enums
    assert art.entities and art.timexes and art.quotes


def test_subjects_from_the_label_array(docs):
    from dateline.resolve.speakers import _with_dep

    for doc in docs:
        for dep in ("nsubj", "dobj", "ROOT"):
            assert [t.i for t in _with_dep(doc, dep)] == [t.i for t in doc if t.dep_ == dep]
    assert any(_with_dep(d, "nsubj") for d in docs)


def test_pool_workers_collect_garbage_less_often():
    import gc

    from dateline.scale import local

    saved = gc.get_threshold()
    try:
        local.tune_gc()
        assert gc.get_threshold() == local.WORKER_GC_THRESHOLD
        assert local.WORKER_GC_THRESHOLD[0] > saved[0]
    finally:
        gc.set_threshold(*saved)
