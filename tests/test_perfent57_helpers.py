"""perfent57: the faster helpers give what the definitions they replaced gave (those old
definitions are kept here, verbatim in substance, and compared on sentences written for it)."""
from __future__ import annotations

import pytest

TEXTS = [
    "Democrats are afraid that the bill will fail, and she was sure that it would pass.\n\n"
    "His claim that the vote was rigged drew anger. The senator has been critical of the deal.",
    "MOSCOW, April 10 (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that\n"
    "Moscow would respond, according to Interfax news agency.\n\n\nFarmers are eager to sell.",
    "U.N. Secretary-General Ban Ki-moon, the Security Council Secretary and the Interior Minister met.\n"
    "According to officials, Wang Junxia and Ri Yong Ho were there; Wang spoke.  Ri left.",
    "",
    "\n\nA blank start.\n\n",
]


@pytest.fixture(scope="module")
def docs():
    from dateline.nlp import keep_text, load_nlp

    nlp = load_nlp()
    out = []
    for text in TEXTS:
        doc = nlp(text)
        keep_text(doc, text)
        out.append(doc)
    return out


def _old_sentence_index(doc):
    from spacy.attrs import IS_SPACE, SENT_START

    from dateline.resolve.ner_base import token_texts

    if not len(doc):
        return []
    texts = token_texts(doc)
    out, n, prev_break = [], -1, False
    for i, (start, space) in enumerate(doc.to_array([SENT_START, IS_SPACE]).tolist()):
        if i == 0 or (not space and (start == 1 or prev_break)):
            n += 1
        out.append(n)
        prev_break = bool(space) and "\n\n" in texts[i]
    return out


def test_sentence_index_as_the_loop(docs):
    from dateline.resolve.coref import _sentence_index

    for doc in docs:
        assert _sentence_index(doc) == _old_sentence_index(doc)


def test_positions_with_pos_are_the_tokens(docs):
    from dateline.nlp import positions_with_pos, tokens_with_pos

    for doc in docs:
        for pos in (("NOUN",), ("NOUN", "PROPN"), ("ADJ", "NOUN"), ("VERB", "AUX"), ("ADJ",)):
            assert positions_with_pos(doc, *pos) == [t.i for t in tokens_with_pos(doc, *pos)]


def test_stance_filters_keep_every_candidate(docs):
    """The array filters pass exactly the words the Token walk went on to test."""
    from dateline.extraction.quote_indirect import (
        _STANCE_ADJECTIVES, STANCE_ADJECTIVES, _clause_positions, _string_ids,
    )
    from dateline.nlp import positions_with_pos, tokens_with_pos
    from dateline.resolve.ner_base import token_lowers

    assert _STANCE_ADJECTIVES == frozenset(STANCE_ADJECTIVES)
    for doc in docs:
        old_adj = [t.i for t in tokens_with_pos(doc, "ADJ") if t.lower_ in STANCE_ADJECTIVES]
        lowers, ids = token_lowers(doc), _string_ids(_STANCE_ADJECTIVES)
        assert [i for i in positions_with_pos(doc, "ADJ") if lowers[i] in ids] == old_adj
        old_heads = [t.i for t in tokens_with_pos(doc, "ADJ", "NOUN")
                     if any(c.dep_ in ("ccomp", "acl") for c in t.children)]
        heads = {doc[c].head.i for c in _clause_positions(doc)}
        assert [i for i in positions_with_pos(doc, "ADJ", "NOUN") if i in heads] == old_heads
    assert any(_clause_positions(doc) for doc in docs)  # the sentences do hold such clauses


def test_is_according_to_as_before(docs):
    from dateline.extraction.quote_cues import is_according_to

    def old(tok):
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return tok.lower_ == "according" and nxt is not None and nxt.lower_ == "to"

    seen = 0
    for doc in docs:
        for tok in doc:
            assert is_according_to(tok) == old(tok)
            seen += old(tok)
    assert seen == 2


def test_short_forms_words_as_before(docs):
    from dateline.resolve.ner_base import _NAME_LABELS, NerSpan
    from dateline.resolve.ner_fixes import _short_forms

    def old(doc, spans):
        forms = {}
        for s in spans:
            if s.label not in _NAME_LABELS:
                continue
            words = tuple(t.text for t in doc[s.start : s.end] if not t.is_space)
            if not words or not words[0][:1].isupper():
                continue
            forms.setdefault(words, s.label)
            if s.label == "PERSON" and len(words) >= 2:
                forms.setdefault((words[-1],), "PERSON")
                if len(words[0]) <= 3 and words[0].isalpha():
                    forms.setdefault((words[0],), "PERSON")
        return forms

    for doc in docs:
        # every entity, and spans over whitespace (a hard wrap inside a name)
        spans = [NerSpan(e.start, e.end, e.label_) for e in doc.ents]
        spans += [NerSpan(i, min(i + 3, len(doc)), "PERSON") for i in range(0, len(doc), 2)]
        assert _short_forms(doc, spans) == old(doc, spans)


def test_span_order_is_the_dataclass_order():
    import random

    from dateline.resolve.ner_base import NerSpan, span_order

    rng = random.Random(57)
    spans = [NerSpan(rng.randrange(6), rng.randrange(6), rng.choice(["ORG", "PERSON", "GPE"])) for _ in range(300)]
    assert sorted(spans, key=span_order) == sorted(spans)
    assert [id(s) for s in sorted(spans, key=span_order)] == [id(s) for s in sorted(spans)]  # same stable order


def test_span_text_memo_as_cut(docs):
    from dateline.nlp import doc_text
    from dateline.resolve.ner_base import NerSpan

    for doc in docs:
        for i in range(len(doc)):
            for j in range(i, min(i + 4, len(doc)) + 1):
                span = NerSpan(i, j, "ORG")
                want = doc_text(doc)[doc[i].idx : doc[j - 1].idx + len(doc[j - 1].text)] if j > i else ""
                assert span.text(doc) == want
                assert span.text(doc) == want  # the remembered text


def test_particle_heads_are_the_walk(docs):
    from dateline.extraction.quote_cues import _particle_heads
    from dateline.nlp import load_nlp

    more = load_nlp()("He backed down and she called off the talks; they gave up.")
    for doc in [*docs, more]:
        assert _particle_heads(doc) == frozenset(t.i for t in doc if any(c.dep_ == "prt" for c in t.children))
    assert _particle_heads(more)
