"""perfev57: helpers changed for speed must give what the plain definitions they replace give.

Each test runs the fast helper and the reference (the old definition, copied here, or the
whole computation) over every token of sentences we wrote. Identity of the whole pipeline's
output is checked by benchmarks/identity_check.py (docs/perf/perfev57.md).
"""
from __future__ import annotations

import pytest

TEXTS = [
    "- Prime Minister Hariri: Israeli threats harm peace. - Opposition leader Anwar Ibrahim: the budget is a disgrace.",
    "Note: the talks resumed. Hariri: Israel attacked the south.",
    "Israel sealed off the West Bank on Monday and imposed sanctions on Iran.",
    "He said Iran had violated the agreement. The union called on members to strike against the plan.",
    "Police arrested 20 protesters and took four journalists hostage. They called the arrest politically motivated.",
    "The ministers held talks on trade with Japan and signed an agreement with China, the agency said.",
    "The army told residents to leave, and the government urged the rebels to lay down their arms.",
    "Iran said it would not allow inspectors to visit. Pakistan called the strike a violation of its sovereignty.",
]


@pytest.fixture(scope="module")
def docs():
    from dateline.nlp import load_nlp

    nlp = load_nlp()
    return [nlp(t) for t in TEXTS]


def _headline_speaker_reference(root):
    """stance.headline_speaker before perfev57 (no colon test on the Doc's text)."""
    if root.dep_ != "ROOT":
        return None
    sent = root.sent
    for c in root.children:
        if c.dep_ in ("dep", "npadvmod", "nsubj") and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG") \
                and c.i + 1 < sent.end and sent.doc[c.i + 1].text == ":" and c.i < root.i:
            first = min(t.i for t in c.subtree)
            if all(sent.doc[k].is_punct for k in range(sent.start, first)):
                return c
    doc = sent.doc
    if sent.start >= 2 and doc[sent.start - 1].text == ":":
        name = doc[sent.start - 2]
        prev = name.sent
        if name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG") and all(
                t.is_punct or t.pos_ in ("PROPN", "NOUN", "ADJ") for t in doc[prev.start:sent.start - 1]):
            return name
    return None


def test_headline_speaker_as_before(docs):
    from dateline.events.stance import headline_speaker

    for doc in docs:
        for tok in doc:
            want = _headline_speaker_reference(tok)
            got = headline_speaker(tok)
            assert (got.i if got is not None else None) == (want.i if want is not None else None)


def test_headline_speaker_without_kept_text(docs):
    """A Doc with no kept text: `doc_text` rebuilds it, and the answer is the same."""
    from dateline.events.stance import headline_speaker
    from dateline.nlp import load_nlp

    doc = load_nlp()("Hariri: Israel attacked the south. - Prime Minister Hariri: Israeli threats harm peace.")
    doc.user_data.clear()
    for tok in doc:
        want, got = _headline_speaker_reference(tok), headline_speaker(tok)
        assert (got.i if got is not None else None) == (want.i if want is not None else None)


def test_a_frame_without_the_object_matches_as_the_whole_frame(docs):
    """Where `needs_object` says no pattern needs the object, the frame made without looking
    for it matches the same pattern as the whole frame (and none of those patterns codes 020)."""
    from dateline.events.frames import particles, verb_frame
    from dateline.events.patterns import load_dictionary

    d = load_dictionary()
    skipped = needed = 0
    for doc in docs:
        for tok in doc:
            lemma, parts = tok.lemma_.lower(), particles(tok)
            if not d.knows(lemma) and not any(d.knows(f"{lemma}_{p}") for p in parts):
                continue
            reads_obj, reads_preps = d.reads(lemma, parts)
            whole = d.match(verb_frame(tok))
            find_obj = d.needs_object(lemma, parts)
            fast = verb_frame(tok, with_obj=reads_obj, with_preps=reads_preps, parts=parts, find_obj=find_obj)
            assert d.match(fast) == whole
            if not find_obj:
                assert not reads_obj and not reads_preps
                assert whole is None or whole.code != "020"
                skipped += 1
            else:
                needed += 1
    assert skipped >= 3 and needed >= 5  # ("said" skips the search; "called", "arrested", "urged" need it)


def test_code_events_on_an_article_with_nothing_to_code():
    """The actor context is built late (only when a sentence needs it): an article with no
    coding gives no events, one with codings gives the same events as ever (identity_check)."""
    from dateline.api import load_pipeline
    from dateline.ingest.document import RawDocument

    pipe = load_pipeline()
    raw = "The weather was mild on Tuesday in the capital.\n\nShares rose two percent in early trading on Tuesday."
    art = pipe.process(RawDocument(text=raw, format="text", origin="pev57-none"))
    assert art.events == []
    raw = ("Israel imposed sanctions on Iran on Monday, the ministry said.\n\n"
           "The army attacked the rebels in the north on Monday, officials said.")
    art = pipe.process(RawDocument(text=raw, format="text", origin="pev57-some"))
    assert art.events
