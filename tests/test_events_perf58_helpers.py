"""perf58: the event helpers that now read the Doc's parse arrays (`nlp.parse_arrays`) must give
what their Token-walking definitions gave.

Each test runs the new helper and the old definition (copied here as it was at 4a5ebb1c, with
light58's first lines of `direct_object` merged since, calling
the old versions of the other changed helpers) over every token of sentences we wrote, and
compares the results token by token (positions, dictionary keys in order). The whole pipeline's
output is checked by benchmarks/identity_check.py (docs/perf/perf58.md).
"""
from __future__ import annotations

import pytest

from dateline.events import filters, frames

TEXTS = [
    # negation (is_negated)
    "Israel did not attack the town. No talks were held with the rebels. Nobody was arrested.",
    "The minister is not opposed to talks and was not critical of the plan. He never met Arafat.",
    "The opposition in neither country commented. Officials from neither side attended the meeting.",
    "We cannot accept the offer, and they can't meet. We work with them, not just the wealthy.",
    "The envoys ended the round without agreeing on access. Neither government signed the accord.",
    "Not only did Iran reject the plan, it also expelled the inspectors. Nothing was agreed.",
    # habits and records (habitual)
    "China has often accused Japan of aggression. He has visited China three times since 2013.",
    "The party has removed one governor in its history. Rebels have attacked the town in the past.",
    "The two sides have fought for years. They have met for 40 years and talked in the past two weeks.",
    "Police have frequently arrested protesters on at least three occasions. He has twice visited Kabul.",
    # hypotheticals (the climb's modal and condition marks)
    "Iran could attack the ships. If Iraq attacks, Kuwait will retaliate. He asked whether they would meet.",
    "The rebels might seize the town unless the army withdraws. Troops should leave, the minister said.",
    # particles and objects
    "Israel sealed off the West Bank on Monday. The delegates walked out of the talks.",
    "Police handed the suspect over to Interpol. The rebels set up a base and gave up their arms.",
    "The sanctions which Washington imposed on Iran were lifted. The deal Iran signed with Iraq holds.",
    "A Turkish vessel which Greece had threatened to intercept sailed on. The leader, who was arrested by police, spoke.",
    "A lawsuit filed by Exxon against Mobil was dropped. Journalists were injured after being attacked by protesters.",
    "Police arrested and charged the suspects. The court granted him a full pardon.",
    "Washington warned Jakarta that it would act. Carter met North Korean leader Kim Il-sung in Pyongyang.",
    "Gunmen gave Chechen rebels 48 hours to leave Grozny. They urged [Lam] to resign.",
    # complements
    "The army advised residents to leave and urged the rebels to lay down their arms.",
    "Police took five civilians hostage and took 12 soldiers hostage. Iran ruled out sending tanks.",
    "Israel is counting on Egypt to restrain Hamas. Japan relies on the United States to defend it.",
    "They called the arrest politically motivated. Pakistan called the Indian air strike a violation of its sovereignty.",
    "Turkey termed the Greek move a provocation. He accepted an invitation to visit Moscow.",
    "The union told its members to strike. Iran said Iraq had violated the agreement.",
    # prepositions
    "The ministers entered into an agreement with China. The union called on members to strike against the plan.",
    "Syria warned Israel earlier in the day against any attack. They met on Monday with the envoy.",
    "Washington imposed tariffs of 80 percent on Japan on Monday. Seoul protested against the visit of Lee to the United States.",
    "The firm signed an agreement with CTS Corp resolving all differences. Canada offered asylum to Russian dissidents fleeing the crackdown.",
    "The talks were held with Iran and Iraq in Geneva. Troops pulled out of the city and into the hills.",
    "Aid was sent to Bosnia by the United Nations. He was given until Thursday to leave.",
    # prepositions the parser hangs on a time phrase (`_time_hung_preps`)
    "President Clinton warned Iraq earlier in the day against threatening its neighbours.",
    "The army clashed during the night near the border with rebels from the north.",
]


@pytest.fixture(scope="module")
def docs():
    from dateline.nlp import load_nlp

    nlp = load_nlp()
    return [nlp(t) for t in TEXTS]


def _i(tok):
    return None if tok is None else tok.i


def _positions(out):
    """A helper's {word: [Token]} as comparable positions, key order kept."""
    return [(k, [t.i for t in v]) for k, v in out.items()]


# --- the old definitions (4a5ebb1c) ---------------------------------------------------------

def old_not_just(neg):
    nxt = neg.nbor() if neg.i + 1 < len(neg.doc) else None
    return neg.lower_ == "not" and nxt is not None and nxt.lower_ in filters._CONTRAST_AFTER_NOT


def old_negated_noun(noun):
    return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in noun.children) or noun.lower_ in (
        "nobody", "none", "nothing", "noone")


def old_negated_restriction(subject):
    return any(p.dep_ == "prep" and p.lower_ in filters._RESTRICTING_PREPS and any(
        o.dep_ == "pobj" and old_negated_noun(o) for o in p.children) for p in subject.children)


def old_is_negated(tok):
    if tok.dep_ in ("acomp", "attr") and tok.head.lemma_.lower() == "be" and any(
            c.dep_ == "neg" and not old_not_just(c) for c in tok.head.children):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True
    for child in tok.children:
        if (child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in ("never", "not"))) \
                and not old_not_just(child):
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and old_negated_noun(child):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and old_negated_restriction(child):
            return True
        if child.dep_ == "aux" and child.lower_ in ("cannot", "can't"):
            return True
    return False


def old_habitual(tok):
    if tok.pos_ not in ("VERB",):
        return False
    children = list(tok.children)
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for a in children)
    if perfect and filters._tally(tok):
        return True
    if any(c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lower_ == "history" for o in p.children) for p in c.children) for c in children):
        return True
    for c in children:
        if c.dep_ == "advmod" and c.lower_ in filters._PAST_HABIT_ADVERBS and perfect:
            return True
        if c.dep_ == "prep":
            objs = [o.lower_ for o in c.children if o.dep_ == "pobj"]
            if any((c.lower_, o) in filters._PAST_HABIT_PHRASES for o in objs) and not any(
                    o.dep_ == "pobj" and any(m.dep_ == "nummod" or m.dep_ == "amod" and m.lower_ in ("last", "recent", "few", "past")
                                             for m in o.children) for o in c.children):
                return True
    return False


def old_modal_or_condition(node):
    """The hypothetical climb's test of one node's children (`_is_hypothetical`'s inner loop)."""
    for child in node.children:
        if child.dep_ == "aux" and child.lower_ in filters.HYPOTHETICAL_MODALS:
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
            return True
    return False


def old_is_passive(tok):
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def old_particle_object(tok):
    for c in tok.children:
        if c.dep_ == "prt":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def old_direct_object(tok):
    F = frames
    from dateline.events import granted_things  # (light58's lines, merged before perf58's change)

    if tok.lemma_.lower() in granted_things.GIVING_VERBS and (given := granted_things.misread_thing(tok)) is not None:
        return given[0]
    for c in tok.children:
        if c.dep_ == "dobj" and (c.is_alpha or c.pos_ not in ("PUNCT", "X", "SYM")):
            if c.lower_ in F.WH_WORDS and c.pos_ in ("PRON", "DET") and F.relative_antecedent(tok) is not None:
                return tok.head
            if c.lower_ in F.WH_WORDS and c.pos_ in ("PRON", "DET") \
                    and (ante := F.relative_complement_antecedent(tok)) is not None:
                return ante
            return c
    particle_object = old_particle_object(tok)
    if particle_object is not None:
        return particle_object
    if F.relative_antecedent(tok) is not None and not old_is_passive(tok) \
            and any(c.dep_ == "nsubj" and c.lower_ not in F.WH_WORDS for c in tok.children) \
            and not any(t.lower_ in F.WH_WORDS | F.REL_ADVERBS | {"whose"} for t in tok.subtree if t.i < tok.i):
        return tok.head
    if old_is_passive(tok):
        for c in tok.children:
            if c.dep_ == "nsubjpass":
                if c.lower_ in F.WH_WORDS and tok.dep_ == "relcl":
                    return tok.head
                return c
    if F._passive_participle(tok):
        return tok.head
    return F._gerund_patient(tok) or F._second_object(tok) or F.shared_object(tok) or F._name_read_as_adverb(tok) \
        or F._name_read_as_clause(tok) or F._granted_time(tok)


def old_particles(tok):
    return frozenset(c.lower_ for c in tok.children
                     if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in frames.PARTICLE_WORDS and c.i > tok.i
                                            and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)))


def old_complement_verbs(tok, obj):
    F = frames
    out = {}
    for c in tok.children:
        if c.dep_ in ("xcomp", "oprd", "ccomp"):
            out.setdefault(c.dep_, []).append(c)
    if "xcomp" not in out and tok.lemma_.lower() in F.GERUND_TAKERS and any(
            c.dep_ == "prt" and c.lower_ == F.GERUND_TAKERS[tok.lemma_.lower()] for c in tok.children):
        out["xcomp"] = [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                        and not any(a.dep_ in ("nsubj", "mark") for a in c.children)]
        if not out["xcomp"]:
            del out["xcomp"]
    if "xcomp" not in out and tok.lemma_.lower() in F.PREP_CONTROL:
        out.update(F._prep_controlled(tok))
    if obj is not None:
        for c in obj.children:
            if c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
                out.setdefault("xcomp", []).append(c)
        for c in tok.children:
            if c.i == obj.i + 1 and c.pos_ == "NOUN" and (c.dep_ == "advcl" and not any(a.dep_ in ("nsubj", "aux") for a in c.children)
                                                          or c.dep_ == "dobj" and c.lemma_.lower() in F.CAPTIVE_NOUNS):
                out.setdefault("oprd", []).append(c)
        if "oprd" not in out and tok.lemma_.lower() in F.LABELLING_VERBS:
            out.update(F._misparsed_label(obj) or F._second_object_label(tok, obj))
        if "xcomp" not in out:
            for c in tok.children:
                if c.dep_ == "advcl" and c.i > obj.i and c.pos_ == "VERB" and tok.lemma_.lower() in F.OBJECT_CONTROL \
                        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children):
                    out.setdefault("xcomp", []).append(c)
    return out


def old_time_hung_preps(tok):
    out = []
    holders = [tok, *(c for c in tok.children if c.dep_ == "advmod")]
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ == "of":
                continue
            for t in p.children:
                if t.dep_ == "pobj" and (t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in frames.TIME_HEADS):
                    out.extend(g for g in t.children if g.dep_ == "prep" and g.lower_ != "of")
    return out


def old_prep_objects(tok, also=None):
    F = frames
    out = {}
    for owner in (tok, also):
        if owner is None:
            continue
        for c in owner.children:
            if c.dep_ in ("prep", "dative", "agent") or (c.dep_ == "advmod" and c.lower_ == "out"):
                objs = [F._gerund_subject(g) or g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                for o in objs:
                    out.setdefault(c.lower_, []).extend([o, *o.conjuncts])
                for g in c.children:
                    if g.dep_ == "prep":
                        out.setdefault(g.lower_, []).extend(x for x in g.children if x.dep_ == "pobj")
    for c in old_time_hung_preps(tok):
        if c.lower_ not in out:
            out[c.lower_] = [F._gerund_subject(g) or g for g in c.children if g.dep_ in ("pobj", "pcomp")]
    for objs in list(out.values()):
        for o in objs:
            for c in o.children:
                if c.dep_ == "prep" and not F._trip_destination(o, c) and (
                        c.lower_ not in out or c.lower_ == "on" and all(x.ent_type_ in F._WHEN_ENTS for x in out[c.lower_])):
                    out[c.lower_] = [*out.get(c.lower_, []), *(g for g in c.children if g.dep_ == "pobj")]
    return out


# --- old against new ------------------------------------------------------------------------

def _tokens(docs):
    return [tok for doc in docs for tok in doc]


def test_parse_arrays_match_the_tokens(docs):
    from spacy.strings import get_string_id

    from dateline.nlp import ID, IDS, parse_arrays

    for doc in docs:
        a = parse_arrays(doc)
        assert parse_arrays(doc) is a  # kept in user_data
        for t in doc:
            i = t.i
            assert a.heads[i] == t.head.i and list(a.children[i]) == [c.i for c in t.children]
            assert (a.deps[i], a.lowers[i]) == (get_string_id(t.dep_), get_string_id(t.lower_))
            assert a.deps[i] == ID[t.dep_] and a.lowers[i] in IDS[frozenset({t.lower_})] and a.lower(i) == t.lower_


def test_is_negated_as_before(docs):
    toks = _tokens(docs)
    assert sum(old_is_negated(t) for t in toks) >= 8  # the sentences do reach the tests
    for tok in toks:
        assert filters._is_negated(tok) == old_is_negated(tok), (tok.sent.text, tok.text)


def test_habitual_as_before(docs):
    toks = _tokens(docs)
    assert sum(old_habitual(t) for t in toks) >= 4
    for tok in toks:
        assert filters.habitual(tok) == old_habitual(tok), (tok.sent.text, tok.text)


def test_hypothetical_climb_as_before(docs):
    """The climb's modal / condition test, new arrays against the old child walk, at every node;
    and `_is_hypothetical` itself answers as the old test would have let it (both orders)."""
    from dateline.nlp import ID, IDS, parse_arrays

    toks = _tokens(docs)
    assert sum(old_modal_or_condition(t) for t in toks) >= 5
    for node in toks:
        a = parse_arrays(node.doc)
        new = any(a.deps[c] == ID["aux"] and a.lowers[c] in IDS[filters.HYPOTHETICAL_MODALS]
                  or a.deps[c] == ID["mark"] and a.lowers[c] in IDS[filters._CONDITION_MARKS]
                  for c in a.children[node.i])
        assert new == old_modal_or_condition(node), (node.sent.text, node.text)


def test_particles_and_passive_as_before(docs):
    for tok in _tokens(docs):
        assert frames.particles(tok) == old_particles(tok), (tok.sent.text, tok.text)
        assert frames.is_passive(tok) == old_is_passive(tok)
        assert _i(frames._particle_object(tok)) == _i(old_particle_object(tok))


def test_direct_object_as_before(docs):
    toks = _tokens(docs)
    assert sum(old_direct_object(t) is not None for t in toks) >= 20
    for tok in toks:
        assert _i(frames.direct_object(tok)) == _i(old_direct_object(tok)), (tok.sent.text, tok.text)


def test_complement_verbs_as_before(docs):
    toks = _tokens(docs)
    seen = set()
    for tok in toks:
        for obj in (None, old_direct_object(tok)):
            new, old = _positions(frames.complement_verbs(tok, obj)), _positions(old_complement_verbs(tok, obj))
            assert new == old, (tok.sent.text, tok.text)
            seen.update(k for k, _ in old)
    assert seen == {"xcomp", "oprd", "ccomp"}


def test_prep_objects_as_before(docs):
    toks = _tokens(docs)
    found = 0
    for tok in toks:
        assert [t.i for t in frames._time_hung_preps(tok)] == [t.i for t in old_time_hung_preps(tok)]
        for also in (None, old_direct_object(tok)):
            new, old = _positions(frames.prep_objects(tok, also)), _positions(old_prep_objects(tok, also))
            assert new == old, (tok.sent.text, tok.text)
            found += bool(old)
    assert found >= 30
    assert any(old_time_hung_preps(t) for t in toks)


def test_returned_tokens_are_fresh(docs):
    """The Tokens the helpers hand back are new objects, as before (`tok.children` made new ones
    too), so no caller's `is` test can change: `_captive_states` compares with `is not`."""
    for tok in _tokens(docs):
        obj = frames.direct_object(tok)
        if obj is not None:
            assert all(c is not obj for c in tok.children)


# --- the rules' own children tests (conflict, coop, readiness, predictions, filters) ---------

MORE_TEXTS = [
    "Thousands marched in protest at the killing. Workers went on strike in protest against the cuts.",
    "Israel freed the prisoners at the request of Egypt and at Washington's request. Troops left upon the demand of the UN.",
    "Iran is not willing to talk. The rebels are ready to negotiate, and there are no plans to withdraw.",
    "He was never willing to meet Arafat. The army is prepared to act if attacked.",
    "Syria will probably meet Israel next month. The army will likely attack. Iraq possibly moved the missiles.",
    "If Russian troops attack the city, the rebels will retaliate. Unless Iraq withdraws, the allies will strike.",
    "If Iraq attacks, Kuwait will respond, officials said. The minister flew to Ottawa to meet Chretien.",
    "Parliament passed a law to ban the party. The army launched a campaign to coerce voters.",
    "Lipponen to meet Yeltsin. The talks were to resume on Monday. He is due to meet Clinton.",
    "Serbia had to release them. They took the opportunity to criticise Iran. He called Blair to urge him to act.",
]


@pytest.fixture(scope="module")
def more_docs():
    from dateline.nlp import load_nlp

    nlp = load_nlp()
    return [nlp(t) for t in MORE_TEXTS + TEXTS]


def old_readings_in_test(tok):
    """conflict.readings' test before `in_protest` (4a5ebb1c)."""
    return any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children)


def old_requester(tok):
    from dateline.events.coop import REQUEST_WORDS, possessor

    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "upon", "on"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in REQUEST_WORDS:
                    return possessor(g)
    return None


def old_has_to(tok):
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def old_denied(word):
    from dateline.events.readiness import DENYING_WORDS

    return any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in DENYING_WORDS for c in word.children)


def old_hedged(node):
    from dateline.events.predictions import HEDGE_ADVERBS

    return node.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in node.children)


def old_unspoken_condition(node):
    from dateline.events import predictions as P

    if node.head != node or node.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in P._FUTURE for c in node.children):
        return False
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in P._CONDITION_MARKS for m in c.children)
               for c in node.children):
        return False
    if any(c.dep_ in ("parataxis", "ccomp", "conj") and c.lemma_.lower() in P._SPEAKING for c in node.children):
        return False
    return not any(t.lower_ in ('"', "``", "''", "“", "”") for t in node.sent)


def old_unrealised_infinitive(node):
    F = filters
    if node.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return False
    if node.dep_ == "advcl":
        head = node.head
        if F.call_purposes.spoken_in_contact(node):
            return False
        if head.lemma_.lower() in F.ENACTING_VERBS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in F.ENACTING_NOUNS
                or c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in F.ENACTING_NOUNS for o in c.children)
                for c in head.children):
            return False
        return node.lemma_.lower() not in F.SELF_REALISING_PURPOSES
    if node.dep_ in ("acl", "relcl"):
        if F.used_means.taken_occasion(node):
            return False
        return node.head.lemma_.lower() not in F.ENACTING_NOUNS
    if node.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    if node.dep_ == "xcomp":
        head = node.head
        from dateline.events.speech_mood import obliged_act

        return head.lemma_.lower() == "be" and head.pos_ == "AUX" or head.lemma_.lower() in F.SCHEDULED_HEADS \
            or obliged_act(node)
    return False


def test_rule_children_tests_as_before(more_docs, monkeypatch):
    from dateline.events import conflict, coop, predictions, readiness

    # readings' "in" test: run readings with in_protest recorded, against the old test
    asked = []
    monkeypatch.setattr(conflict, "in_protest", lambda tok: asked.append(tok.i) or [])
    toks = _tokens(more_docs)
    counts = dict.fromkeys(("in", "requester", "to", "denied", "hedged", "unspoken", "infinitive"), 0)
    for tok in toks:
        asked.clear()
        conflict.readings(tok, frozenset(), {})
        assert bool(asked) == old_readings_in_test(tok), (tok.sent.text, tok.text)
        assert _i(coop.requester(tok)) == _i(old_requester(tok)), (tok.sent.text, tok.text)
        assert readiness._has_to(tok) == old_has_to(tok)
        assert readiness._denied(tok) == old_denied(tok)
        assert predictions.hedged(tok) == old_hedged(tok)
        assert predictions.unspoken_condition(tok) == old_unspoken_condition(tok)
        assert filters.unrealised_infinitive(tok) == old_unrealised_infinitive(tok), (tok.sent.text, tok.text)
        for key, hit in zip(counts, (old_readings_in_test(tok), old_requester(tok) is not None, old_has_to(tok),
                                     old_denied(tok), old_hedged(tok), old_unspoken_condition(tok),
                                     old_unrealised_infinitive(tok))):
            counts[key] += bool(hit)
    assert all(counts.values()), counts  # every test is reached at least once
