"""perfev55: helpers rewritten for speed must give what the plain definitions they replace give.

Each test runs the fast helper and the reference (the old definition, copied here) over every
token or sentence of sentences we wrote. Identity of the whole pipeline's output is checked by
benchmarks/identity_check.py (docs/perf/perfev55.md).
"""
from __future__ import annotations

import pytest

TEXTS = [
    "At home, the minister said the charge was untrue. The rebels said the government bore responsibility "
    "for the attack, and that the army had committed war crimes.",
    "In Paris, French police arrested two men. In the Kurdish north of Iraq , officials said nothing.",
    "At home , Guerrillas of Hizbollah killed three soldiers. Closer to home, the union said the report was false.",
    "Back home, an opinion poll showed the government is corrupt. Domestically, he said the allegation "
    "was not true, and the Labour Party leader said Israel carried the blame.",
    "  Soldiers of the Christian Democratic Union met. The accusation is baseless, the ministry said.",
    "In a statement, the group said it had shared responsibility.",
]


@pytest.fixture(scope="module")
def docs():
    from dateline.nlp import load_nlp

    nlp = load_nlp()
    return [nlp(t) for t in TEXTS]


MATCH_TEXTS = [
    "Israel sealed off the West Bank on Monday and imposed sanctions on Iran.",
    "The army attacked the rebels with tanks, and the president met the prime minister in Paris.",
    "He said Iran had violated the agreement. The union called on members to strike against the plan.",
    "The ministers held talks on trade with Japan and signed an agreement with China.",
    "Police arrested 20 protesters and took four journalists hostage.",
]


def _turns_home_reference(sent) -> bool:
    from dateline.events.story_state import HOME_TURNS

    toks = [t.lower_ for t in sent if not t.is_space]
    return any(len(toks) > len(m) + 2 and tuple(toks[:len(m)]) == m and toks[len(m)] == "," for m in HOME_TURNS)


def _opening_scene_reference(sent, country_of):
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 4 or toks[0].lower_ != "in":
        return None
    comma = next((i for i, t in enumerate(toks[:8]) if t.text == ","), None)
    if comma is None or comma < 2:
        return None
    place = toks[1:comma]
    if not all(t.ent_type_ in ("GPE", "LOC") or t.lower_ == "the" for t in place):
        return None
    return country_of(" ".join(t.text for t in place if t.lower_ != "the"))


def test_home_turns_and_opening_scenes_read_as_over_the_whole_sentence(docs):
    from dateline.events.scenes import _opening_scene
    from dateline.events.story_state import _turns_home

    seen = []
    for doc in docs:
        for sent in doc.sents:
            assert _turns_home(sent) == _turns_home_reference(sent)
            assert _opening_scene(sent, str.upper) == _opening_scene_reference(sent, str.upper)
            seen.append(_turns_home(sent))
    assert any(seen) and not all(seen)  # (the sentences hold both kinds)


def test_first_word_is_the_first_non_space_token_of_the_sentence(docs):
    from dateline.events.actors import _first_word

    for doc in docs:
        for tok in doc:
            assert _first_word(tok) == next((t.i for t in tok.sent if not t.is_space), tok.sent.start)


def test_the_kept_phrase_is_phrase_tokens(docs):
    from dateline.events.actors import ActorContext, phrase_tokens
    from dateline.model import Article, Source

    for doc in docs:
        ctx = ActorContext(doc, Article(text=doc.text, source=Source("text")))
        for tok in doc:
            first = ctx.phrase(tok)
            assert [t.i for t in first] == [t.i for t in phrase_tokens(tok)]
            first.append(tok)  # a caller's own list: the kept phrase is not changed by it
            assert [t.i for t in ctx.phrase(tok)] == [t.i for t in phrase_tokens(tok)]
        other = docs[0] if doc is not docs[0] else docs[1]  # a token of another Doc is not looked up
        assert [t.i for t in ctx.phrase(other[0])] == [t.i for t in phrase_tokens(other[0])]


def test_poll_finding_as_over_every_word(docs):
    from dateline.events import filters

    for doc in docs:
        hits = [t for t in doc if t.lemma_.lower() in filters.POLL_NOUNS or t.lemma in
                {doc.vocab.strings[w] for w in filters.POLL_NOUNS if w in doc.vocab.strings}]
        ranges = [(t.sent.start, t.sent.end) for t in hits
                  if t.dep_ == "nsubj" and t.head.lemma_.lower() in filters._FINDING_VERBS]
        for tok in doc:
            assert filters.poll_finding(tok) == any(a <= tok.i < b for a, b in ranges)


def _denied_reference(tok, speech):
    from dateline.events import filters
    from dateline.events.spoken_denials import CHARGE_WORDS, FALSE_WORDS, TRUE_WORDS

    if tok.lemma_.lower() not in speech or filters.is_negated(tok) or filters.is_hypothetical(tok):
        return None
    for cop in tok.children:
        if cop.dep_ != "ccomp" or cop.lemma_ != "be":
            continue
        charge = next((c for c in cop.children if c.dep_ == "nsubj" and c.lemma_.lower() in CHARGE_WORDS), None)
        pred = next((c for c in cop.children if c.dep_ in ("acomp", "attr")), None)
        if charge is None or pred is None or filters.is_hypothetical(cop):
            continue
        negated = any(c.dep_ == "neg" for c in cop.children) or any(c.dep_ == "neg" for c in pred.children)
        words = {pred.lemma_.lower(), pred.lower_} | {c.lower_ for c in pred.children if c.dep_ == "conj"}
        if (words & FALSE_WORDS and not negated) or (words & TRUE_WORDS and negated):
            speakers = [c for c in tok.children if c.dep_ == "nsubj"]
            accusers = [c for c in charge.children if c.dep_ == "poss"]
            if speakers:
                return speakers, accusers
    return None


def _ids(found):
    return None if found is None else [[t.i for t in part] for part in found]


def _reported_guilt_reference(tok, speech, content):
    """conflict.reported_guilt as it was before perfev55 (every ccomp verb's filters first)."""
    from dateline.events import filters
    from dateline.events.conflict import _GUILT, COMMITTED, GUILT_NOUNS, SHARING_FORMS, SHARING_VERBS, Reading
    from dateline.events.frames import direct_object, subjects, with_conjuncts

    if tok.lemma_.lower() not in speech:
        return []
    if not any(c.dep_ == "ccomp" and c.pos_ == "VERB" or c.dep_ in ("dobj", "ccomp") and c.lemma_.lower() in GUILT_NOUNS
               for c in tok.children):
        return []
    if filters.is_negated(tok) or filters.is_hypothetical(tok):
        return []
    out = []
    for obj in tok.children:
        if obj.dep_ in ("dobj", "ccomp") and obj.lemma_.lower() in GUILT_NOUNS:
            mods = [m for m in obj.children if m.dep_ == "compound"]
            verb = next((i for i, m in enumerate(mods) if m.lower_ in SHARING_FORMS), None)
            if verb is None:
                continue
            subj = [g for g in mods[verb].children if g.dep_ in ("nsubj", "compound")] or mods[verb - 1:verb]
            if subj:
                words = {t.lemma_.lower() for t in obj.subtree}
                code = next((k for k, v in content.items() if words & v), "112")
                out.append(Reading(tok, _GUILT, code, subjects(tok), subj))
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or filters.is_negated(c) or filters.is_hypothetical(c):
            continue
        verb = c.lemma_.lower()
        obj = direct_object(c)
        subj = [g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
        if obj is None or not subj:
            continue
        noun = obj.lemma_.lower()
        code = None
        if verb in SHARING_VERBS and noun in GUILT_NOUNS:
            words = {t.lemma_.lower() for t in obj.subtree}
            code = next((k for k, v in content.items() if words & v), "112")
        elif verb == "commit" and noun in COMMITTED:
            mods = {m.lemma_.lower() for m in obj.children}
            code = "1124" if "war" in mods else "1122" if "rights" in mods or "right" in mods \
                else COMMITTED[noun]
            if noun == "act" and not mods & {"illegal", "criminal", "unlawful", "terrorist"}:
                code = None
        if code is not None:
            out.append(Reading(tok, _GUILT, code, subjects(tok), with_conjuncts(subj)))
    return out


def _readings(found):
    return [(r.code, r.trigger.i, [t.i for t in r.sources], [t.i for t in r.targets]) for r in found]


def test_spoken_denials_and_reported_guilt_as_before(docs):
    from dateline.events.coder import ACCUSATION_CONTENT
    from dateline.events.conflict import reported_guilt
    from dateline.events.patterns import load_dictionary
    from dateline.events.spoken_denials import denied_by_speaker

    speech = load_dictionary().speech
    found = []
    for doc in docs:
        for tok in doc:
            assert _ids(denied_by_speaker(tok, speech)) == _ids(_denied_reference(tok, speech))
            got = _readings(reported_guilt(tok, speech, ACCUSATION_CONTENT))
            assert got == _readings(_reported_guilt_reference(tok, speech, ACCUSATION_CONTENT))
            found += got
    assert found  # (the sentences hold guilt readings: "bore responsibility", "committed war crimes")


def test_a_frame_without_the_parts_no_pattern_reads_matches_as_the_whole_frame(docs):
    from dateline.events.frames import particles, verb_frame
    from dateline.events.patterns import load_dictionary
    from dateline.nlp import load_nlp

    d = load_dictionary()
    more = [load_nlp()(t) for t in MATCH_TEXTS]  # verbs whose patterns read objects and prepositions
    matched = 0
    for doc in [*docs, *more]:
        for tok in doc:
            lemma, parts = tok.lemma_.lower(), particles(tok)
            reads_obj, reads_preps = d.reads(lemma, parts)
            whole = d.match(verb_frame(tok))
            assert d.match(verb_frame(tok, with_obj=reads_obj, with_preps=reads_preps, parts=parts)) == whole
            matched += whole is not None
    assert matched >= 5
