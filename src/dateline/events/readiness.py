"""Intent told by a word of readiness, wish or plan (intent17).

News often announces an intention without an intent verb: an adjective ("stood ready to hold
talks", "also due to visit Brazil is X"), a plan noun that a copula equates with the act ("our
aim is to resume talks", "its intention was to visit Y"), an offer made or an existential
("there is willingness in Kenya to meet Y"), or a wish in the conditional mood ("would like to
meet Y", "would prefer to agree a solution with Y"). The act itself is coded by the coder from
the verb dictionary's own line; this module only answers who intends it (the coder then maps the
act to its 03x, as it does for "announced plans to <act>", `appeals.nominal_intent`).

It also says when such a word is negated ("is not willing to meet Y", "has no intention of"): the
act is then withheld, not intended, and nothing is coded.

Pure functions on spaCy tokens; `tok` is always the act's own verb (the "to"-infinitive).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Adjectives of readiness whose "to"-infinitive is an intended act (coop.READY_WORDS and more).
READY_ADJECTIVES = frozenset({"willing", "ready", "prepared", "eager", "keen", "open", "determined",
                              "committed", "anxious", "happy", "resolved", "poised",
                              "available"})  # frame70: "its warships were available to escort Kuwaiti tankers"
# Verbs that carry such an adjective like a copula: "stood ready to", "remains willing to".
COPULAR_VERBS = frozenset({"be", "stand", "remain", "appear", "seem", "declare", "say", "look", "feel", "become"})
# Nouns of plan or purpose that a copula can equate with the act: "our aim is to resume talks".
PLAN_NOUNS = frozenset({"aim", "goal", "intention", "intent", "plan", "path", "priority", "objective",
                        "purpose", "wish", "desire", "hope", "ambition", "target", "task", "mission"})
# Nouns of readiness that "there is ..." or an offer frame can carry: "there is willingness to".
READY_NOUNS = frozenset({"willingness", "readiness", "desire", "wish", "eagerness", "preparedness",
                         "openness", "determination", "intention", "commitment"})
# Verbs of wishing that the conditional mood turns into a stated intention ("would like to").
WISH_VERBS = frozenset({"like", "prefer", "love"})
WISH_MOOD = frozenset({"would", "'d"})
# A modal that makes the readiness itself conditional ("would be willing to ... if").
HEDGING_MODALS = frozenset({"would", "could", "might", "may", "'d"})
CONDITION_MARKS = frozenset({"if", "unless", "provided", "whether"})
# Determiners and adverbs that deny the readiness ("no plans", "never willing", "no longer ready").
DENYING_WORDS = frozenset({"no", "not", "never", "n't", "neither", "nor"})


def _has_to(tok: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _denied(word: "Token") -> bool:
    """The word or its own determiner/adverb carries a negation: "not willing", "no plan"."""
    return any(c.dep_ in ("neg", "det", "advmod") and c.lower_ in DENYING_WORDS for c in word.children)


def _conditional(tok: "Token") -> bool:
    return any(t.dep_ == "mark" and t.lower_ in CONDITION_MARKS for t in tok.sent)


def _question(tok: "Token") -> bool:
    return tok.sent.text.rstrip().rstrip('"\'').endswith("?")


def _ready_adjective(tok: "Token") -> "Token | None":
    """The readiness adjective that governs the infinitive `tok`, or None."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "advcl", "ccomp") or not _has_to(tok):
        return None
    if head.pos_ == "ADJ" and head.lemma_.lower() in READY_ADJECTIVES | {"due"}:
        return head
    return None


def _copula(adj: "Token") -> "Token | None":
    """The verb that carries the adjective ("is", "stood", "remains"), or None."""
    if adj.dep_ in ("acomp", "oprd", "xcomp") and adj.head.lemma_.lower() in COPULAR_VERBS:
        return adj.head
    return None


def withheld(tok: "Token") -> bool:
    """ "Kenya is not willing to meet Y", "X is no longer ready to talk": a denied readiness;
    the act is neither done nor intended."""
    adj = _ready_adjective(tok)
    if adj is None:  # "had no intention of meeting Y", "is not in favour of holding talks"
        prep = tok.head
        if tok.dep_ != "pcomp":
            return False
        if (verb := _wishing_verb(prep)) is not None:
            return _denied(verb)
        return prep.lower_ == "of" and prep.head.lemma_.lower() in PLAN_NOUNS | READY_NOUNS and _denied(prep.head)
    if adj.lemma_.lower() == "due":
        return False
    cop = _copula(adj)
    return _denied(adj) or (cop is not None and _denied(cop))


def _subjects_of(word: "Token") -> "list[Token]":
    from dateline.events.frames import subjects

    return subjects(word)


def _inverted_subjects(adj: "Token") -> "list[Token]":
    """ "Also due to visit Brazil in September is/are X (and Y)": the small model leaves the
    adjective without a subject and hangs the real one after the copula."""
    from dateline.events.frames import with_conjuncts

    cop = next((c for c in adj.children if c.lemma_.lower() == "be" and c.i > adj.i), None)
    if cop is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < adj.i for c in adj.children):
        return []
    heads = (adj, cop)
    after = [t for t in adj.sent if t.i > cop.i and t.head in heads and t.pos_ in ("PROPN", "NOUN")
             and t.dep_ in ("nsubj", "nsubjpass", "attr", "pobj", "dobj", "npadvmod")]
    if not after:
        return []
    # "are South Korean President Kim Young Sam and German Chancellor Helmut Kohl": the small model
    # hangs the first name on the last as a modifier
    named = [after[0], *(c for c in after[0].children if c.dep_ in ("nmod", "appos") and c.pos_ == "PROPN")]
    return [t for t in with_conjuncts(named) if t in named or not _premodifier(t, named)]


def _premodifier(tok: "Token", names: "list[Token]") -> bool:
    """A conjunct that is only a word in front of a name already taken ("German" and
    "Chancellor" before "Helmut Kohl")."""
    doc = tok.doc
    return any(n.i > tok.i and all(doc[k].pos_ in ("PROPN", "ADJ") for k in range(tok.i, n.i)) for n in names)


def _adjective_intender(tok: "Token") -> "list[Token] | None":
    adj = _ready_adjective(tok)
    if adj is None or _denied(adj):
        return None
    if adj.dep_ == "ROOT" and (inv := _inverted_subjects(adj)):
        return inv
    if adj.lemma_.lower() == "due":
        return None  # the timetable frame is filters.scheduled_act's
    cop = _copula(adj)
    if cop is None or _denied(cop):
        return None
    if cop.lemma_.lower() == "be" and adj.lemma_.lower() in ("willing", "ready", "prepared", "eager", "keen",
                                                               "open", "determined", "committed"):
        return None  # "is willing to": coop.readiness already reads this frame
    hedged = any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in cop.children)
    if hedged and _conditional(tok):
        return None  # "would stand ready to help if asked": a stance in a hypothetical
    return _subjects_of(cop) or None


def _plan_intender(tok: "Token") -> "list[Token] | None":
    """ "our aim is to resume talks with Y", "its intention was to visit Y": the plan noun's
    possessor intends the act."""
    cop = tok.head
    if tok.dep_ not in ("xcomp", "ccomp", "attr", "advcl") or not _has_to(tok) or cop.lemma_.lower() != "be":
        return None
    noun = next((c for c in cop.children if c.dep_ == "nsubj" and c.lemma_.lower() in PLAN_NOUNS), None)
    if noun is None or _denied(noun) or _denied(cop):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return [owner] if owner is not None else None


def _existential_intender(tok: "Token") -> "list[Token] | None":
    """ "there is willingness in Kenya to meet Y", "there is a desire on the part of X to ...":
    the party the readiness noun names."""
    noun = tok.head
    if tok.dep_ != "acl" or not _has_to(tok) or noun.lemma_.lower() not in READY_NOUNS:
        return None
    cop = noun.head
    if noun.dep_ != "attr" or cop.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in cop.children):
        return None
    if _denied(noun) or _denied(cop):
        return None
    from dateline.events.frames import with_conjuncts

    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "among", "by"):
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if objs and objs[0].pos_ in ("PROPN", "NOUN"):
                return with_conjuncts(objs)
    return None


def _wish_intender(tok: "Token") -> "list[Token] | None":
    """ "X would like to meet Y", "X said he would prefer to agree a solution with Y"."""
    head = tok.head
    if tok.dep_ != "xcomp" or not _has_to(tok) or head.lemma_.lower() not in WISH_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in WISH_MOOD for c in head.children) or _denied(head):
        return None
    if _conditional(tok):
        return None
    return _subjects_of(head) or None


def intender(tok: "Token") -> "list[Token] | None":
    """Who intends the act `tok` when a readiness adjective, a plan noun, an existential
    readiness or a conditional wish announces it; None when none of these frames holds (or it
    is negated, questioned or itself conditional)."""
    if tok.pos_ not in ("VERB", "AUX") or not _has_to(tok) and tok.dep_ != "pcomp":
        return None  # (every frame's act is a "to"-infinitive or a gerund: most verbs stop here)
    found = _adjective_intender(tok) or _plan_intender(tok) or _existential_intender(tok) or _wish_intender(tok) \
        or _gerund_intender(tok)
    return None if found is None or _question(tok) else found  # (the sentence is read only for a hit)


# ---------------------------------------------------------------- an event noun made ready for

# Prepositions by which a readiness word takes an event noun: "ready for talks", "open to dialogue",
# "keen on cooperation", "committed to negotiations".
NOUN_PREPS = frozenset({"for", "to", "on"})
# The roots such a noun may have: meetings, cooperation, aid, concessions (04-08). Hostile nouns
# ("ready for war") and statements stay out: "open to criticism" is no intention.
INTENDED_NOUN_ROOTS = frozenset({"04", "05", "06", "07", "08"})
READY_NOUN_ADJECTIVES = frozenset({"ready", "open", "prepared", "committed", "keen", "eager", "willing"})


def _owning_verb_subjects(noun: "Token") -> "list[Token] | None":
    """ "X expressed readiness for ...", "X has every intention of ...": the subjects of the verb
    that puts the readiness noun on record (appeals.ANNOUNCING_VERBS), unless negated or
    hypothetical."""
    from dateline.events import filters
    from dateline.events.appeals import ANNOUNCING_VERBS

    gov = noun.head
    if noun.dep_ != "dobj" or gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in ANNOUNCING_VERBS:
        return None
    if _denied(noun) or filters.is_negated(gov) or filters.is_hypothetical(gov):
        return None
    return _subjects_of(gov) or None


FAVOUR_NOUNS = frozenset({"favour", "favor"})
HOPING_VERBS = frozenset({"hope", "wish", "long"})
HOPING_FORMS = frozenset({"hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "wishing"})


def _wishing_verb(prep: "Token") -> "Token | None":
    """The verb whose subject wishes for what the preposition takes: "looks forward to <act>",
    "is in favour of <act>"; None otherwise."""
    head = prep.head
    if prep.lower_ == "to" and head.lemma_.lower() == "look" and any(
            c.dep_ in ("advmod", "prt") and c.lower_ == "forward" for c in head.children):
        return head
    if prep.lower_ == "of" and head.lemma_.lower() in FAVOUR_NOUNS and head.dep_ == "pobj" \
            and head.head.lower_ == "in" and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head
    if prep.lower_ == "for" and head.pos_ == "VERB" and (head.lemma_.lower() in HOPING_VERBS
                                                          or head.lower_ in HOPING_FORMS):  # "hopes" -> "hop"
        return head  # "hopes for talks with Y"
    if prep.lower_ == "in" and head.lower_ == "interested" and head.dep_ == "acomp" \
            and head.head.lemma_.lower() in COPULAR_VERBS:
        return head.head  # "is interested in talks with Y"
    return None


def _wished_by(verb: "Token", act: "Token") -> "list[Token] | None":
    from dateline.events import filters

    if _denied(verb) or filters.is_negated(verb):
        return None
    hedged = any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in verb.children)
    if hedged and _conditional(act):
        return None
    return _subjects_of(verb) or None


def _gerund_intender(tok: "Token") -> "list[Token] | None":
    """ "X announced its intention of sending troops to Y", "has every intention of meeting Y",
    "looks forward to working with Y", "is in favour of holding talks with Y"."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep":
        return None
    if (verb := _wishing_verb(prep)) is not None:
        return _wished_by(verb, tok)
    noun = prep.head
    if prep.lower_ != "of" or noun.lemma_.lower() not in PLAN_NOUNS | READY_NOUNS:
        return None
    return _owning_verb_subjects(noun)


def noun_intender(tok: "Token", code: str) -> "list[Token] | None":
    """Who intends the event noun `tok` (coded `code` by the noun dictionary) when a readiness
    word takes it: "X is ready for talks with Y", "X said it was open to dialogue with Y",
    "X expressed readiness for talks with Y"; None when no such frame holds, or it is negated,
    questioned or conditional."""
    found = _noun_intender(tok, code)
    return None if found is None or _question(tok) else found


def _noun_intender(tok: "Token", code: str) -> "list[Token] | None":
    if code[:2] not in INTENDED_NOUN_ROOTS or tok.dep_ != "pobj":
        return None
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("between", "by", "of") for c in tok.children):
        # "ready for Y's visit", "looks forward to the visit of / by Y", "open to talks between X
        # and Y": another party's act, or both sides'
        return None
    prep = tok.head
    word = prep.head
    if prep.dep_ != "prep":
        return None
    if (verb := _wishing_verb(prep)) is not None:  # "looks forward to talks with Y", "in favour of talks"
        return _wished_by(verb, tok)
    if prep.lower_ not in NOUN_PREPS or _denied(word):
        return None
    lemma = word.lemma_.lower()
    if word.pos_ in ("ADJ", "VERB") and (lemma in READY_NOUN_ADJECTIVES or word.lower_ in READY_NOUN_ADJECTIVES):
        cop = _copula(word)
        if cop is None or _denied(cop):
            return None
        hedged = any(c.dep_ == "aux" and c.lower_ in HEDGING_MODALS for c in cop.children)
        if hedged and _conditional(tok):
            return None
        return _subjects_of(cop) or None
    if word.pos_ == "NOUN" and lemma in READY_NOUNS:
        return _owning_verb_subjects(word)
    return None


# ---------------------------------------------------------------- "the first leader to visit Y"

# Ordinals that make "the first leader to visit Y" say that the subject does (or will do) the act.
ORDINALS = frozenset({"first", "second", "third", "last", "only", "latest", "next"})
FUTURE_AUX = frozenset({"will", "'ll", "shall"})


def first_to_act(tok: "Token") -> "tuple[list[Token], bool] | None":
    """ "X will be the first Western leader to meet Y" (intended: True), "X was / became the
    first African leader to visit Y" (done: False): the copula's subject does the act the
    "to"-infinitive on its ordinal noun names. None otherwise (negated, or a modal other than
    "will": "would be the first to ...")."""
    noun = tok.head
    if tok.dep_ not in ("relcl", "acl") or not _has_to(tok) or noun.dep_ != "attr" or noun.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "amod" and c.lower_ in ORDINALS for c in noun.children):
        return None
    cop = noun.head
    if cop.lemma_.lower() not in ("be", "become") or _denied(cop) or _question(tok):
        return None  # (the sentence is read only past the ordinal noun)
    aux = {c.lower_ for c in cop.children if c.dep_ == "aux"}
    if aux - FUTURE_AUX - {"have", "has", "had"}:
        return None  # "would be the first to meet Y", "could become the first ..."
    doers = _subjects_of(cop)
    if not doers:
        return None
    return doers, bool(aux & FUTURE_AUX)


# ---------------------------------------------------------------- intent verbs around a light verb

def intended_by_verb(gov: "Token", intent_verbs: "frozenset[str]") -> bool:
    """ "X and Y agreed to have regular telephone contact", "X plans to hold a summit with Y":
    the light verb that carries an event noun is the "to"-infinitive of an intent verb (the
    dictionary's [intent] list), so the noun's act is intended, not done. A negated intent verb
    is the coder's (it codes nothing below it)."""
    head = gov.head
    return gov.dep_ in ("xcomp", "advcl") and _has_to(gov) and head.pos_ == "VERB" \
        and head.lemma_.lower() in intent_verbs


def ready_light_verb(gov: "Token") -> bool:
    """talks59: "X is ready / willing / prepared to attend talks with Y": the light verb that
    carries the event noun is the "to"-infinitive of a readiness adjective on a copula, so the
    talks are intended (036), not held (main coded "is ready to attend talks with Turkey" as a
    meeting, 044). A denied readiness ("is not willing to") or a condition leaves it as it was."""
    adj = gov.head
    if gov.dep_ != "xcomp" or not _has_to(gov) or adj.pos_ != "ADJ" or adj.lemma_.lower() not in READY_ADJECTIVES:
        return False
    cop = _copula(adj)
    return cop is not None and not _denied(adj) and not _denied(cop) and not _conditional(gov)


def partner_of(intent_verb: "Token") -> "list[Token]":
    """ "X agreed with Y to hold regular talks": the "with" party of the intent verb, the target
    of the intended act when that act names none (one direction: Y is no grammatical agent)."""
    from dateline.events.frames import with_conjuncts

    return with_conjuncts([g for p in intent_verb.children if p.dep_ == "prep" and p.lower_ == "with"
                           for g in p.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON")])
