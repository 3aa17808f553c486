"""Targets of statements aimed at a party through what they are about (issue #4, stmt10).

A speaker's criticism, praise or accusation is often aimed at its target only through the
complement: "expressed concern at the arrest of two journalists by Turkish police" (the police
arrested), "voiced opposition to Pakistan's plan" (Pakistan planned), "raised protests after
Japanese ministers visited the shrine" (the ministers visited), "about the way Tokyo handled
the dispute" (Tokyo handled), "reported violations of the ceasefire by Iraqi forces", "offered
his gratitude in a meeting with the Gabonese president" (said to the one met).

The annotation standard (WIKINEWS_EVENTS.md, "Reported speech") codes such a statement only
when it is directed at a target, and "statements with no target actor" are not coded. So these
readers are deliberately narrow: they return the DOER of an act noun or clause that the
statement is about, never the act's victim or theme ("concern at the death of a British
citizen" names no doer and gives nothing), and the coder drops the statement when nothing
resolves to an actor. Every function reads only the trigger's own children and one level
below them (no scans of the sentence).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Codes whose target may be found through the statement's complement.
COMPLEMENT_CODES = frozenset({"111", "112", "114", "051", "030", "1122", "1123", "1121", "130"})
# (not 016: "would neither confirm nor deny the forecast", "denied rumours of riots after X
# killed ..." -- a denial's target is its accuser, found by events/context.py)
# Verbs whose direct object is the one spoken to, never an act: "told a subcommittee".
ADDRESSING_VERBS = frozenset("tell inform brief assure warn remind urge ask advise notify write address".split())
# Prepositions that introduce what a statement is about ("concern at/over/about", "gratitude for").
ABOUT_PREPS = frozenset({"at", "over", "about", "with", "to", "for", "of", "against", "on"})
# Prepositions by which an act noun names the one it is done to ("the attack on X", "the war against X").
VICTIM_PREPS = frozenset({"on", "against"})
# Subordinators whose clause is the act a statement reacts to ("protested after X visited").
REACTION_MARKS = frozenset({"after", "when", "because", "as"})
# Words that head an act whose doer is named in a relative clause ("the way Tokyo handled it").
MANNER_NOUNS = frozenset({"way", "manner", "fashion"})
# Quantity heads of reported acts: "32 cases of ceasefire violations by X".
CASE_HEADS = frozenset({"case", "instance", "incident", "number", "series", "string", "wave", "spate"})
# Occasions of speaking: "offered his gratitude in a meeting with X", "in a letter to X".
OCCASION_NOUNS = frozenset({"meeting", "talk", "talks", "conversation", "call", "letter", "message", "audience",
                            "session", "encounter", "visit"})
# Bodies named by a common noun that can own an act as a modifier ("government indifference").
RULING_WORDS = frozenset("government regime army military police administration authorities cabinet "
                         "parliament junta leadership".split())
# Verbs that label a thing: 'what they called Israel's war' aims the label at the war's owner.
NAMING_VERBS = frozenset({"call", "describe", "term", "brand", "label", "dub"})
# Nouns of the speaker's own attitude: their possessor is the speaker, never the target.
SPEAKER_NOUNS = frozenset("concern disquiet unease alarm misgiving reservation dissatisfaction regret gratitude "
                          "thanks appreciation commitment keenness determination protest protests opposition "
                          "objection disapproval support anger outrage indignation displeasure dismay".split())
# States someone is concerned FOR: their owner is the one feared for, not a doer.
FATE_NOUNS = frozenset("health safety fate life lives wellbeing well-being welfare condition security future plight "
                       "whereabouts family families situation survival".split())
# Acts suffered: "X's arrest", "the death of X" name the victim; only a "by" phrase names the doer.
SUFFERED_NOUNS = frozenset("release detention arrest death killing murder disappearance treatment imprisonment "
                           "jailing abduction kidnapping execution expulsion deportation".split())
# Entity types that name a possible doer.
AGENT_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _pobjs(prep: "Token") -> list["Token"]:
    return [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]


def about_nouns(trigger: "Token") -> list["Token"]:
    """What the statement is about: the objects of 'at/over/about/...' on the trigger or on its
    direct object ("expressed concern at X" parses "at" on either)."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "attr"))]
    out = []
    for h in heads:
        for c in h.children:
            if h is not trigger and c.lower_ in VICTIM_PREPS and h.lemma_.lower() not in SPEAKER_NOUNS:
                continue  # integ30: "condemned the attack on the Iranian consulate": the one attacked
            if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS:
                out.extend(g for g in _pobjs(c) if g.pos_ == "NOUN")
    return out


def noun_doer(noun: "Token") -> "Token | None":
    """The doer of an act noun: its possessor ("Pakistan's plan"), a nationality or name modifier
    ("German advice", "Turkish police" are not acts but "Iraqi violations" is), the agent of a
    "by" phrase on it or on its participle ("sanctions imposed by X", "the arrest by police"),
    the subject of its relative clause ("the way Tokyo handled", "statements Reagan made").
    Never the "of" object: "the death of a citizen" names the victim, not a doer."""
    from dateline.events.actors import GOODS_WORDS  # (here: actors imports the frames this module's users load)

    if noun.lemma_.lower() in FATE_NOUNS or noun.lemma_.lower() in GOODS_WORDS:
        # (goods: "criticised Irish beef" names where the beef is from, not a doer)
        return None  # "concern about the president's health": his health, not his act
    if noun.lemma_.lower() in SUFFERED_NOUNS:
        return _by_agent(noun)  # "concern at the arrest of X by Turkish police": the police
    if noun.lemma_.lower() in CASE_HEADS:
        inner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in _pobjs(c)), None)
        if inner is not None:
            return noun_doer(inner) or _by_agent(noun)
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in AGENT_ENTS or c.dep_ == "compound"
                                                       and c.lemma_.lower() in RULING_WORDS):
            return c  # "German advice", "government indifference"
    agent = _by_agent(noun)
    if agent is not None:
        return agent
    for c in noun.children:
        if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX"):
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")), None)
            if subj is not None and (noun.lemma_.lower() in MANNER_NOUNS or subj.ent_type_ in AGENT_ENTS):
                return subj
    return None


def _by_agent(noun: "Token") -> "Token | None":
    """ "violations by Iraqi forces", "sanctions imposed by African states"."""
    for node in (noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")):
        for c in node.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                for g in _pobjs(c):
                    if g.pos_ in ("PROPN", "NOUN"):
                        return g
    return None


HEDGES = frozenset("might could may would will should can shall 'd 'll".split())


def feared_doers(head: "Token") -> list["Token"]:
    """ "concern that Japan was not opening its markets", "concerned that Iran was enriching
    uranium": the named subject of the that-clause on a noun or adjective of concern (an active
    subject with a name, so "concern that civilians could be hurt" names no doer)."""
    out = []
    for c in head.children:
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) \
                and c.tag_ != "VB" and not any(a.dep_ == "aux" and a.lower_ in HEDGES for a in c.children):
            # a fact, not a fear ("might face", "could lose") or a wish ("concerned that Japan do more")
            out.extend(s for s in c.children if s.dep_ == "nsubj"
                       and (s.ent_type_ in AGENT_ENTS or s.pos_ == "PROPN" or s.pos_ == "NOUN" and (
                           s.lemma_.lower() in RULING_WORDS or any(m.dep_ in ("amod", "compound")
                                                                   and m.ent_type_ in AGENT_ENTS for m in s.children))))
    return out


def reaction_subjects(trigger: "Token") -> list["Token"]:
    """ "raised protests after Japanese ministers visited the shrine": the subject of the clause
    the statement reacts to, when it is a name or a noun (a pronoun could be the speaker)."""
    out = []
    # (the parse hangs "following the decision" on the object as often as on the verb)
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    for c in [*trigger.children, *(p for o in objs for p in o.children if p.dep_ == "prep")]:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in REACTION_MARKS for m in c.children):
            out.extend(s for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN"))
        elif c.dep_ == "prep" and c.lower_ in ("after", "following"):  # "after" parsed as a preposition over a clause
            for g in c.children:
                if g.dep_ == "pcomp" and g.pos_ == "VERB":
                    out.extend(s for s in g.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN"))
                elif g.dep_ == "pobj" and g.pos_ == "NOUN":  # "vowed revenge after the Israeli raids" (stmt11)
                    doer = noun_doer(g)
                    if doer is not None and doer.pos_ != "PRON":
                        out.append(doer)
    return out


def addressees(trigger: "Token") -> list["Token"]:
    """ "offered his gratitude in a meeting with X", "in a letter to X": the party spoken to."""
    out = []
    # the occasion hangs on the trigger, its object or what it is about (the parse often
    # attaches "in a meeting" to the nearest noun: "gratitude for the withdrawal in a meeting")
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj"), *about_nouns(trigger)]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "at"):
            for occ in _pobjs(c):
                if occ.lemma_.lower() in OCCASION_NOUNS:
                    out.extend(g for p in occ.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                               for g in _pobjs(p) if g.pos_ in ("PROPN", "NOUN"))
    return out


def complement_targets(trigger: "Token", code: str) -> list["Token"]:
    """Candidate target tokens for a statement with no target in its own slots, best first:
    the doer of what it is about, the doer of the act it reacts to, then (praise and
    commitments only) the party it was said to."""
    nouns = about_nouns(trigger)
    # the object is the act itself ("denounced Bosnia's elections", "reported violations by X"),
    # unless it is the speaker's own feeling or pledge ("expressed his government's disquiet")
    obj = next((c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                and c.lemma_.lower() not in SPEAKER_NOUNS), None) \
        if trigger.lemma_.lower() not in ADDRESSING_VERBS else None
    out = [d for n in ([obj] if obj is not None else []) + nouns if (d := noun_doer(n)) is not None]
    out += reaction_subjects(trigger)
    if code[:2] == "11":  # "expressed concern that Japan was ...": the feared act's doer
        out += [d for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in SPEAKER_NOUNS
                for d in feared_doers(c)]
    if code[:2] == "11":  # tunetgt45: "voiced concern to Greece about the purchase": the party told
        out += told_parties(trigger)
    if trigger.lemma_.lower() in NAMING_VERBS:  # "protested what they called Israel's war": Israel
        out += [d for c in trigger.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN"
                if (d := noun_doer(c)) is not None]
    if code == "030":  # "its commitment to the accords with X": the partner of what it commits to
        out += accord_partners(nouns)
    if code in ("051", "030"):
        out += addressees(trigger)
    return out


# tunetgt45: offices a concern is voiced to on a state's behalf ("to the Israeli ambassador").
TOLD_OFFICES = frozenset("ambassador envoy government minister counterpart authorities embassy "
                         "leader leadership president premier chancellor".split())
#: entity types that name a party ("to Greece", "with Beijing", "to the EU", "to Mr Peres")
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def told_parties(trigger: "Token") -> list["Token"]:
    """ "voiced concern to Greece", "raised its concerns with Beijing", "expressed his disquiet to
    the Israeli ambassador": the party a feeling of dismay (SPEAKER_NOUNS object) was voiced to,
    by a "to" or "with" phrase on the verb or on the feeling. A diplomatic concern is told to the
    side it is aimed at. Only a named party or an office (TOLD_OFFICES) counts: "expressed concern
    to reporters" or "to the crowd" names an audience, never a target. Asked after the doer of
    what the concern is about ("concern to Greece about Turkey's purchase": Turkey first)."""
    feelings = [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in SPEAKER_NOUNS]
    if not feelings:
        return []
    out = []
    for h in (trigger, *feelings):
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "with"):
                for g in _pobjs(p):
                    if g.ent_type_ in PARTY_ENTS or g.lemma_.lower() in TOLD_OFFICES:
                        out.append(g)
    return out


# ---------------------------------------------------------------- wished-for cooperation (030)

# "wanted to maintain friendship and cooperation with X" is an intent to cooperate (030); "the two
# countries maintain close cooperation" is a state of affairs, not coded. The 030 lines for these
# verbs hold only when the verb is the content of a wish, pledge or commitment, or is future.
KEEPING_VERBS = frozenset("maintain preserve develop promote".split())
WISH_WORDS = frozenset("want wish hope seek desire aim intend plan pledge promise vow commit agree resolve "
                       "keen keenness eager eagerness willing willingness ready readiness determined "
                       "determination committed commitment desire intention".split())


def accord_partners(nouns: list["Token"]) -> list["Token"]:
    """ "(commitment) to the accords with X", "to the implementation of the pact with X": the
    partner of what is committed to."""
    return [g for n in nouns for m in (n, *(x for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                                            for x in _pobjs(p)))
            for p in m.children if p.dep_ == "prep" and p.lower_ in ("with", "between") for g in _pobjs(p)]


def committed(tok: "Token") -> "tuple[list[Token], list[Token]] | None":
    """ "said it remained committed to the migration accords with X": an expressed commitment
    to cooperate (030) with the accord's partner; None when no partner is named."""
    lemma = tok.lemma_.lower()
    if lemma in ("be", "remain", "stay"):
        adj = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ == "committed"), None)
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
    elif lemma == "commit" and tok.lower_ == "committed" and any(c.dep_ == "auxpass" for c in tok.children):
        adj, subj = tok, [c for c in tok.children if c.dep_ == "nsubjpass"]  # "is committed" read as a passive
    else:
        return None
    if adj is None or not subj or any(c.dep_ == "neg" for c in (*tok.children, *adj.children)):
        return None
    nouns = [g for c in adj.children if c.dep_ == "prep" and c.lower_ == "to" for g in _pobjs(c) if g.pos_ == "NOUN"]
    partners = accord_partners(nouns) if nouns else []
    if nouns and not partners:  # "committed to the accords with X" with "with" hung on "committed"
        partners = [g for c in adj.children if c.dep_ == "prep" and c.lower_ in ("with", "between") for g in _pobjs(c)]
    return (subj, partners[:1]) if partners else None


def unwished_keeping(code: str, trigger: "Token") -> bool:
    """A 030 read off a keeping verb ("maintain cooperation") that no wish, pledge or future
    governs: a description of relations, not an expressed intent (dropped)."""
    if code != "030" or trigger.lemma_.lower() not in KEEPING_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in trigger.children):
        return False
    head = trigger.head
    if trigger.dep_ in ("xcomp", "acl", "ccomp", "advcl", "pcomp") and head.lemma_.lower() in WISH_WORDS:
        return False
    return True


# ---------------------------------------------------------------- "X is concerned about Y's plan" (111)

# Adjectives (after "be") and passive verbs of dismay: "said it was concerned about Y's decision",
# "is worried by Y's new law", "was disappointed with Y's refusal" criticise the doer of the act.
DISMAY_ADJECTIVES = frozenset("concerned worried alarmed disturbed dismayed disappointed troubled upset unhappy "
                              "angry outraged displeased perturbed".split())
DISMAY_VERBS = frozenset("concern worry alarm disturb dismay disappoint trouble upset anger outrage displease "
                         "perturb".split())
DISMAY_PREPS = frozenset({"about", "at", "over", "by", "with"})
# Contentment denied is dismay too: "is not happy with Y's decision", "was not satisfied with
# Y's reply" (only with a "not"; "pleased with Y's offer" is approval and is not read here).
CONTENT_ADJECTIVES = frozenset("happy satisfied pleased content comfortable".split())


def dismay(tok: "Token") -> "tuple[list[Token], list[Token]] | None":
    """(subjects, doers) of a statement of dismay at someone's act, or None. The doer must be
    named (possessor, nationality, "by" agent, relative-clause subject): "concerned about
    the situation" or "worried by rising prices" aim at no one and give None."""
    lemma = tok.lemma_.lower()
    negated = False  # a "not" that makes contentment dismay
    if lemma == "be":
        head = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in DISMAY_ADJECTIVES), None)
        if head is None:
            head = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in CONTENT_ADJECTIVES), None)
            negated = head is not None
            if negated and not any(c.dep_ == "neg" for c in (*tok.children, *head.children)):
                return None
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
    elif lemma in DISMAY_VERBS and any(c.dep_ == "auxpass" for c in tok.children):
        head = tok
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    else:
        return None
    if head is None or not subj or (not negated and any(c.dep_ == "neg" for c in (*tok.children, *head.children))):
        return None
    nouns = [g for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in DISMAY_PREPS
             for g in _pobjs(c) if g.pos_ == "NOUN"]
    doers = [d for n in nouns if (d := noun_doer(n)) is not None] + feared_doers(head)
    return (subj, doers[:1]) if doers else None


# ---------------------------------------------------------------- "X is critical of Y" (111 / 120)

# A disapproving stance named by an adjective (or "opposed" after "be") and its preposition:
# "the opposition has been highly critical of the president's handling of the drought", "Japan
# is opposed to the American plan", "remained hostile to the rebels", "was against the plan". The stance is criticism
# (111) of the party named, or of the doer of the act named; opposing a proposal or a plan is
# its rejection (120), as the standard codes "opposed the plans" (stmt14).
DISAPPROVING_ADJECTIVES = {"critical": "of", "dismissive": "of", "scornful": "of", "contemptuous": "of",
                           "hostile": "to toward towards", "opposed": "to"}
CRITIC_ADJECTIVES = frozenset("critical dismissive scornful contemptuous hostile".split())
PROPOSAL_NOUNS = frozenset("proposal plan offer initiative bid scheme idea draft suggestion".split())
STANCE_VERBS = frozenset({"be", "remain", "stay", "oppose"})


def disapproval(tok: "Token") -> "tuple[list[Token], list[Token], str] | None":
    """(subjects, targets, code) of a disapproving stance on `tok` (the copula, or a passive
    "opposed"), or None. The target is the prepositional object when it names a party (a name,
    a body, a role), else the doer of the act it names ("critical of the way Y handled"); a
    "not" ("not opposed to talks") or nothing named gives None."""
    if tok.lemma_.lower() == "oppose":
        if any(c.dep_ == "auxpass" for c in tok.children):
            head, subj = tok, [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not subj and adjectival_opposed(tok):  # oppose56: the small model may hang the subject on "is"
                subj = [g for c in tok.children if c.dep_ == "auxpass" for g in c.children if g.dep_ == "nsubj"]
        elif adjectival_opposed(tok):  # oppose56: "West Germany, also opposed to the tax, will ..."
            head, subj = tok, [c for c in tok.children if c.dep_ == "nsubj"]
        else:
            return None
    else:
        head = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in DISAPPROVING_ADJECTIVES), None)
        if head is None and tok.lemma_.lower() == "be":  # "the government was against the tax"
            head = tok if any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children) else None
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if head is None or not subj or any(c.dep_ == "neg" for c in (*tok.children, *head.children)):
        return None
    if any(c.dep_ == "aux" and c.lower_ in GUESSING_MODALS for c in tok.children):
        return None  # oppose56: "analysts said Japan may be against the plan": a guess, no stance taken
    subj = [*subj, *(c for s in subj for c in s.conjuncts if c not in subj)]  # oppose56: "Hungary and Poland are opposed"
    if head.lower_ in CRITIC_ADJECTIVES and tok.tag_ in ("VBZ", "VBP"):
        return None  # "is critical of Y" describes a standing attitude (conflict's convention); "was", "has been" report one
    preps = ["against"] if head is tok and tok.lemma_.lower() != "oppose" else DISAPPROVING_ADJECTIVES.get(head.lower_, "to").split()
    objs = [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps for g in _pobjs(c)
            if g.pos_ in ("NOUN", "PROPN")]
    if not objs:
        return None
    obj = objs[0]
    from dateline.events.act_owners import family

    fam = family(obj)
    measure = head.lower_ not in CRITIC_ADJECTIVES and fam is not None and bool(fam & REJECTABLE_MEASURES)
    code = "120" if obj.lemma_.lower() in PROPOSAL_NOUNS or measure else "111"
    if advisable_party(obj) and obj.lemma_.lower() not in PROPOSAL_NOUNS:
        return subj, [obj, *obj.conjuncts], code
    doer = noun_doer(obj)
    if doer is None and fam is not None:
        # oppose56: "the Commission proposed a levy ... Denmark is opposed to the levy": the act
        # itself is the target slot, and the coder's act-owner repairs (act_targets, act_owners)
        # find who made it earlier in the article; nothing found leaves the stance uncoded
        return subj, [obj], code
    return (subj, [doer], code) if doer is not None else None


# oppose56: opposing a proposal or its parts is its rejection (120), as the standard codes "opposed
# the plans" (stmt14) and the tuned Reuters gold codes "would strongly oppose major elements of
# proposals"; "would oppose X's plan" then announces the rejection (codebook.intent_code keeps
# 12x) instead of reading as a threat. A passive ("X's plan has been opposed by Y") tells a
# standing opposition and stays criticism (111, the tuned CoNLL gold); efforts, the tax, a
# party stay 111 too.


def opposed_proposal(code: str, verb: "Token") -> "str | None":
    """ "120" for the dictionary's 111 "oppose" when its direct object is a proposal noun or a
    part of one ("elements of the proposals"); None otherwise."""
    if code != "111" or verb.lemma_.lower() != "oppose" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    from dateline.events.act_owners import parts_of

    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in PROPOSAL_NOUNS or any(g.lemma_.lower() in PROPOSAL_NOUNS for g in parts_of(obj)):
            return "120"
    return None


# oppose56: measures put forward or newly imposed (taxes, curbs, plans, bills, reforms, budgets),
# whose opposition is their rejection (120; the tuned Reuters gold: "was against the tax", "also
# opposed to the oils and fats tax", "is opposed to plans to ..."). Opposition to a ruling, a ban,
# sanctions or a policy in force stays criticism (111). Matched against act_owners' families.
REJECTABLE_MEASURES = frozenset("tax levy plan proposal scheme bill legislation amendment measure reform reforms "
                                "curb restriction budget".split())


# Modals of a guess, not of a stance taken: "may be against", "could be opposed to".
GUESSING_MODALS = frozenset({"may", "might", "could"})
# Stance prepositions of an adjectival "opposed" (no object, no passive "by").
_OPPOSED_PREPS = frozenset({"to"})


def adjectival_opposed(tok: "Token") -> bool:
    """oppose56: "opposed" used as an adjective ("is opposed to", "X, also opposed to the tax,"):
    a past participle with a "to" phrase and no direct object or "by" agent. Its stance is read
    by `disapproval` (111 / 120), not by the dictionary's verb line "111 oppose"."""
    if tok.lemma_.lower() != "oppose" or tok.tag_ != "VBN":
        return False
    kids = list(tok.children)
    return any(c.dep_ == "prep" and c.lower_ in _OPPOSED_PREPS for c in kids) \
        and not any(c.dep_ in ("dobj", "agent") for c in kids)


# ---------------------------------------------------------------- "X's charges that Y ..." (112)

# An accusation named by a noun with its content clause, "Iraq repeated its charges that Iran had
# used chemical weapons", "allegations by Washington that Warsaw had sheltered the hijackers", is
# the owner's accusation (112) of the clause's subject, and what the clause says is alleged, not
# done (stmt14). Not when the noun is denied, rejected or dismissed: that sentence's event is the
# denial, coded by its own verb.
ACCUSATION_NOUNS = frozenset({"charge", "allegation", "accusation"})
REBUTTING_VERBS = frozenset("deny reject dismiss refute dispute rebut contest counter brush deride ridicule".split())


def nominal_accusation(noun: "Token") -> "tuple[Token, Token] | None":
    """(accuser, accused) of an accusation noun with a "that" clause naming a party, or None."""
    if noun.lemma_.lower() not in ACCUSATION_NOUNS or noun.head.lemma_.lower() in REBUTTING_VERBS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None and noun.dep_ == "dobj":  # the small model often hangs the clause on the verb
        clause = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.left_edge.i == noun.i + 1
                       and c.left_edge.lower_ == "that"), None)
    if clause is None or any(c.dep_ == "neg" for c in noun.head.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or not advisable_party(subj):
        return None
    owner = noun_doer(noun)
    if owner is not None and owner.pos_ == "PRON" and noun.dep_ == "dobj":
        # "the government renewed its accusation": the possessive is the verb's subject
        owner = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), owner)
    return (owner, subj) if owner is not None else None


# ---------------------------------------------------------------- "a contract which X said was unacceptable" (111)

# A verdict reported inside a relative clause judges the antecedent: "the airline imposed a
# contract which the union said was unacceptable", "the Turkish plan, which Athens said was a
# provocation". Its target is the antecedent's doer (a possessor or nationality, a "by" agent),
# or the subject of the verb whose object it is ("the airline imposed a contract") (stmt14).
def antecedent_doer(subj: "Token", speech: "Token") -> "Token | None":
    """The doer of what a relative pronoun subject ("which", "that") stands for, when the speech
    verb heads the relative clause; None otherwise."""
    if subj.tag_ != "WDT" or speech.dep_ != "relcl":
        return None
    noun = speech.head
    if noun.pos_ != "NOUN":
        return None
    doer = noun_doer(noun)
    if doer is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        doer = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    return doer


# ---------------------------------------------------------------- "X branded Y's raid (as) an act of terror" (111)

# A naming verb that pins a condemning label on someone or on their act is criticism of them:
# "branded the raid an act of terror", "characterised the strike as a violation of sovereignty",
# "labelled the protest as sabotage". The label is an "as" object, a predicate, or (the small model's
# misparse) a second direct object (stmt14). Words that condemn are the caller's (coder.CONDEMNING_WORDS).
LABELLING_VERBS = frozenset("brand label term characterize characterise portray dub describe call".split())


def named_verdict(tok: "Token", condemning: "frozenset[str]") -> "Token | None":
    """The labelled object when `tok` pins a condemning label on it, else None. verdict17: when
    the object is a thing (not a party) and the label names its maker, the maker: "called the
    elections a farce staged by the United Nations" criticises the UN (noun_doer of the label)."""
    if tok.lemma_.lower() not in LABELLING_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return None
    labels = [*objs[1:2], *(c for c in tok.children if c.dep_ in ("oprd", "xcomp")),
              *(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in _pobjs(c))]
    for lab in labels:
        words = {lab.lemma_.lower(), *(m.lemma_.lower() for m in lab.children if m.dep_ in ("amod", "compound"))}
        if (words | verdict_words(lab)) & condemning:
            maker = None if advisable_party(objs[0]) or lab.pos_ != "NOUN" else _label_maker(lab)
            return maker if maker is not None else objs[0]
    return None


def _label_maker(label: "Token") -> "Token | None":
    """Who made what a label names: "a farce staged by the UN", "a plot hatched by Moscow"
    (the participle's "by" agent; the small model tags such a participle VBN or VBD)."""
    for c in label.children:
        if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBD"):
            for p in c.children:
                if p.dep_ in ("agent", "prep") and p.lower_ == "by":
                    return next((g for g in _pobjs(p) if g.pos_ in ("PROPN", "NOUN")), None)
    return None


# ---------------------------------------------------------------- "X said Y had declared war on them" (111)

# A war "declared" in someone else's words is the speaker's charge against the declarer, not a
# military act: "Arafat said Israel had effectively declared war on the Palestinians".
REPORTING_VERBS = frozenset("say tell add charge claim allege insist declare announce warn complain".split())


def reported_war(tok: "Token") -> "Token | None":
    """The "declare" verb of a war declared inside a reporting verb's clause whose subject is not
    the reporter's own pronoun (then the speaker names the war themselves), else None."""
    if tok.lemma_.lower() not in REPORTING_VERBS:
        return None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() != "declare" or any(g.dep_ == "neg" for g in c.children):
            continue
        war = [g for g in c.children if g.dep_ == "dobj" and (g.lemma_.lower() == "war" or any(
            p.lower_ == "of" and any(w.lemma_.lower() == "war" for w in p.children) for p in g.children))]
        subj = [g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")
                and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in g.children)]  # not "his government"
        # the war is on a party ("on them", "on the Palestinians"), not on "corruption" or "drugs"
        on = [g for h in (c, *war) for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
              for g in _pobjs(p)]
        if war and subj and any(g.pos_ in ("PROPN", "PRON") or g.ent_type_ in AGENT_ENTS for g in on):
            return c
    return None


def is_reported_war(trigger: "Token") -> bool:
    """The 19x a reported war declaration would otherwise give ("said Y had declared war")."""
    if trigger.lemma_.lower() != "declare" or trigger.dep_ != "ccomp":
        return False
    found = reported_war(trigger.head)
    return found is not None and found.i == trigger.i


# ---------------------------------------------------------------- "the blame rests with Y" (112)

# Blame placed on a party in a reported clause: "said the responsibility rests entirely with Y",
# "the blame lies with Y", "said Y bears full responsibility for the clashes". The speaker
# accuses the holder (112); "no one bears responsibility" or "we bear the blame" are handled by
# the caller's negation test and actor resolution (a pronoun of the speaker is no target).
BLAME_NOUNS = frozenset({"responsibility", "blame", "fault", "onus", "culpability", "guilt"})
RESTING_VERBS = frozenset({"rest", "lie", "fall", "lay", "sit"})
BEARING_VERBS = frozenset({"bear", "carry", "shoulder", "share"})


def blame_holders(clause: "Token") -> list["Token"]:
    """Who a reported clause puts the blame on: the object of "with/on/upon" after a blame noun
    subject of a resting verb, or the subject of a bearing verb whose object is a blame noun.
    Only names and nouns (a pronoun could be the speaker owning up)."""
    lemma = clause.lemma_.lower()
    if lemma in RESTING_VERBS:
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in BLAME_NOUNS for c in clause.children):
            return []
        return [g for c in clause.children if c.dep_ == "prep" and c.lower_ in ("with", "on", "upon")
                for g in _pobjs(c) if g.pos_ in ("PROPN", "NOUN")]
    if lemma in BEARING_VERBS:
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in BLAME_NOUNS
                   and not any(m.lower_ in ("no", "some", "shared", "collective") for m in c.children)
                   for c in clause.children):
            return []  # "bears no blame", "shares some responsibility": no charge against the holder
        return [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
    return []


# ---------------------------------------------------------------- "X said Y should <act>" (020)

# What a speaker says another party should do is an appeal to that party (020): "said the
# government should do more to stimulate growth", '"The owner should say this clearly," he
# added'. A "must" stays a demand (coder._code_obligation). Not advice: a "should" that judges a
# state or a likelihood ("should be worried", "should have 1.3 mln votes", "should reach $2
# bln"), a passive with no named act, or a past counterfactual ("should have resigned").
STATE_VERBS = frozenset("be have seem appear remain reach total exceed rise fall grow climb decline drop "
                        "increase decrease benefit expect hear know arrive come".split())


def advised_act(clause: "Token") -> bool:
    """The reported clause is a piece of advice to its subject: "should <act>" (or "ought to")
    on an act verb, active, not perfect or progressive."""
    aux = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in ("should", "ought") for a in aux) or any(a.lower_ == "must" for a in aux):
        return False
    if any(a.dep_ == "auxpass" or a.lemma_.lower() in ("have", "be") for a in aux):
        return False  # "should be encouraged", "should have resigned", "should be doing"
    return clause.pos_ == "VERB" and clause.tag_ == "VB" and clause.lemma_.lower() not in STATE_VERBS


def advisable_party(subj: "Token") -> bool:
    """The advised subject is a party (a name, or a noun naming a body or a role: "the
    government", "creditors"), not a thing ("the plans should make a contribution")."""
    from dateline.events.actors import ROLE_WORDS  # (here: actors imports the frames this module's users load)

    return subj.pos_ == "PROPN" or subj.ent_type_ in AGENT_ENTS or subj.lemma_.lower() in ROLE_WORDS \
        or subj.lemma_.lower() in PARTY_NOUNS


# Parties named by a common noun that ROLE_WORDS does not list.
PARTY_NOUNS = frozenset("creditor lender donor employer union institution country nation ally neighbour neighbor "
                        "side party faction owner management rival".split())  # talks59: "time for the rivals to hold talks"


# ---------------------------------------------------------------- "said Y's plan would harm ..." (111)

# A reported clause that says a party's act or policy harms something is criticism of the party:
# "said the opposition's tax policy would severely damage the economy", "said the presence of the
# army was likely to intimidate voters", "said lower rates were being jeopardised by the Senate".
# Verbs the dictionary codes as acts of their own (destroy, block, threaten) are left to it.
HARM_VERBS = frozenset("harm hamper jeopardise jeopardize undermine disrupt endanger ruin stymie cripple worsen "
                       "wreck erode weaken derail aggravate inflame damage hurt intimidate poison sour".split())
# ("damage", "hurt": the dictionary reads them as attacks only with a party as the subject)
ACT_NOUN_HARMS = frozenset({"damage", "hurt"})


def harm_doers(clause: "Token", known: bool) -> list["Token"]:
    """Who a reported clause says is doing harm: the party (or the owner of the act or policy)
    that is the subject of a harm verb, or its passive agent. `known`: the dictionary codes the
    verb itself, so only an act noun's owner counts (the party itself is coded by the verb)."""
    lemma = clause.lemma_.lower()
    if lemma not in HARM_VERBS or (known and lemma not in ACT_NOUN_HARMS):
        return []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    if passive:
        heads = [g for c in clause.children if c.dep_ == "agent" for g in _pobjs(c)]
    else:
        heads = [c for c in clause.children if c.dep_ == "nsubj"]
    out = []
    for h in heads:
        if h.pos_ == "PRON":
            continue  # "it would hurt": the speaker's referent, not read here
        party = h.pos_ == "PROPN" or h.ent_type_ in AGENT_ENTS
        if party and not known:
            out.append(h)
        elif not party:
            doer = noun_doer(h)
            if doer is not None and doer.pos_ != "PRON":
                out.append(doer)
    return out


# ---------------------------------------------------------------- verdict words of "is a/an ..." (111)

# A verdict noun often carries its blame one step down: "an act of aggression", "a form of
# blackmail" (the "of" object is the verdict), "a miscalculation that would damage the economy"
# (a relative clause of harm makes a neutral noun a charge). Heads are generic containers only.
VERDICT_CONTAINERS = frozenset("act form kind sort piece example case instance policy campaign".split())
HARM_MARK = "<harm>"


def verdict_words(pred: "Token") -> set[str]:
    """Extra words that carry the verdict of a copular predicate ("was an act of aggression" ->
    {"aggression"}; "a blunder that would hurt exports" -> {HARM_MARK}); the caller matches them
    against its own list of condemning words. A negated harm clause carries none."""
    out: set[str] = set()
    if pred.lemma_.lower() in VERDICT_CONTAINERS:
        for c in pred.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                out.update(g.lemma_.lower() for g in _pobjs(c))
    for c in pred.children:
        if (c.dep_ == "relcl" and c.lemma_.lower() in HARM_VERBS
                and not any(g.dep_ == "neg" for g in c.children)):
            out.add(HARM_MARK)
    return out


# ---------------------------------------------------------------- "had no comment on the report" (011)

# Declining comment is coded toward whoever put the question or the claim (WIKINEWS_EVENTS.md,
# "Reported speech": declining comment is directed at a target); news writes it in more shapes
# than "declined to comment": "had no (immediate) comment on the report", "did not comment on
# reports that ...", "would neither confirm nor deny the report". The target is the report (the
# actor resolver reads a report or a newspaper as the media), so only report-like nouns count:
# "had no comment on the merger" names no one who asked.
REPORT_NOUNS = frozenset("report reports story stories article articles rumour rumours rumor rumors "
                         "speculation allegation allegations claim claims statement statements remark remarks "
                         "newspaper newspapers press account accounts".split())
WITHHOLDING_VERBS = frozenset({"comment", "confirm", "have"})


# Words that make a report the press's: "press reports", "a newspaper report", "media speculation".
PRESS_WORDS = frozenset("press newspaper newspapers media magazine paper published television radio".split())


def _press_report(noun: "Token") -> bool:
    """A report that is the press's: a plural ("reports that ..."), one marked as the press's
    ("the newspaper report", "press reports"), or one that names its content ("the report that
    ..."). A bare "the report" is more often a named body's (a bank's, a commission's) that the
    article is about, whose author the sentence does not give."""
    if noun.lemma_.lower() not in REPORT_NOUNS and noun.lower_ not in REPORT_NOUNS:
        return False
    if noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in PRESS_WORDS:
        return True
    return any(c.lemma_.lower() in PRESS_WORDS or c.dep_ == "poss" and c.pos_ == "PROPN"
               or c.dep_ in ("acl", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
               for c in noun.children)


def _report_objects(heads: "list[Token]") -> list["Token"]:
    """The press reports a withheld comment is about: "on/about <report>" on any head, or a
    head's direct object ("confirm the report")."""
    out = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "about", "to"):
                out.extend(g for g in _pobjs(c) if _press_report(g))
            elif c.dep_ == "dobj" and _press_report(c):
                out.append(c)
    return out


def withheld_comment(tok: "Token") -> "list[Token] | None":
    """The reports `tok` withholds comment on, or None when it withholds nothing: a negated
    "comment" ("did not comment on reports"), "have no comment" ("had no immediate comment on
    the report"), a negated or "neither"-ed "confirm or/nor deny" ("could not confirm or deny
    the report"). A plain "comment", "had a comment" or a denial alone gives None."""
    lemma = tok.lemma_.lower()
    neg = any(c.dep_ in ("neg", "preconj") and c.lower_ in ("not", "n't", "never", "neither") for c in tok.children)
    if lemma == "comment" and tok.pos_ == "VERB":
        return _report_objects([tok]) if neg else None
    if lemma == "have":
        nouns = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "comment"
                 and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)]
        return _report_objects([tok, *nouns]) if nouns else None
    if lemma == "confirm" and neg:
        denied = [c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() == "deny"]
        return _report_objects([tok, *denied]) if denied else None
    return None


def is_undecided_denial(tok: "Token") -> bool:
    """ "would neither confirm nor deny the report": the "deny" is no denial (016) but part of a
    withheld comment (011, `withheld_comment`)."""
    head = tok.head
    return tok.lemma_.lower() == "deny" and tok.dep_ == "conj" and head.lemma_.lower() == "confirm" \
        and withheld_comment(head) is not None


# ---------------------------------------------------------------- "would strike unless Y ..." (13x)

# A hostile act announced on a condition that the other side must meet is a threat (CAMEO 13):
# "said it would cut off supplies if Kiev did not pay", "the party would assault the embassy
# unless the authorities released the students". The act's own code gives the threat's subcode
# (codebook.threat_code); its target, else the one whose conduct the condition names. Without
# "will/would" ("if it rains, the match is off") or with a negated act it is no threat; a
# cooperative act on a condition ("would lift sanctions if ...") is an offer, not read here.
CONDITION_MARKS = frozenset({"if", "unless"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
# modal68: "said Spain may take the Commission to court if no solution is found", "could retaliate
# unless Y lifts the ban": a hostile act held out on the other side's conduct is a threat too (the
# annotators' r files: "may go to court if ..." 130); forecasts and conditions told by no one are
# still dropped by general.conditional_threat (predictions.forecast_said, unspoken_condition).
CONDITION_MODALS = frozenset({"may", "might", "could"})
# Verbs of answering in kind that do not say with what: the threat is unspecified (130).
UNSAID_RESPONSES = frozenset({"retaliate", "respond", "react", "reply"})


def conditioned_act(aux: "Token") -> "tuple[Token, Token] | None":
    """(the announced act, the condition's verb) for the future auxiliary `aux` ("would" in
    "would strike unless ..."), or None: the act must be an unnegated verb with an "if/unless"
    clause of its own. (Read from the auxiliary, which the coder visits as a verb.)"""
    act = aux.head
    if aux.dep_ != "aux" or aux.lower_ not in FUTURE_AUX | CONDITION_MODALS or act.pos_ != "VERB" \
            or any(c.dep_ == "neg" for c in act.children):
        return None
    if aux.lower_ in CONDITION_MODALS and not _self_held_out(act):
        return None  # modal68: "Iraq could attack Kuwait if ...": a guess about another party
    cond = next((c for c in act.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)), None)
    return (act, cond) if cond is not None else None


#: modal68: subjects by which a speaker holds out its own act ("said it might retaliate if ...").
SELF_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she"})


def _self_held_out(act: "Token") -> bool:
    """A "may / might / could" act is held out by its doer only when the doer is the speaker
    itself, as a pronoun ("China said it might retaliate if ...", "they may go to court if ..."):
    a named third party ("Iraq could attack Kuwait if ...") is someone's guess."""
    return any(c.dep_ == "nsubj" and c.lower_ in SELF_PRONOUNS for c in act.children)


def condition_party(cond: "Token") -> list["Token"]:
    """Whose conduct the condition names: its active subject or passive agent, when a party (a
    name, a body, a role: not "it", "rockets", "the wave of protests")."""
    heads = [c for c in cond.children if c.dep_ == "nsubj"] or \
        [g for c in cond.children if c.dep_ == "agent" for g in _pobjs(c)]
    return [h for h in heads if h.pos_ == "PROPN" or advisable_party(h)]


# ---------------------------------------------------------------- "released a book critical of Y" (verdict17)

# A work its author puts out with a judging adjective on it, "released a book critical of the
# president", "issued a statement hostile to the plan", "published an article dismissive of Y's
# offer": the author criticises (111) the party named, or the doer of the act named. Only works
# that carry someone's words, put out by their author (the verb's subject); "read a book critical
# of Y" is reading, not criticising.
WORK_NOUNS = frozenset("book report statement article letter editorial column op-ed essay memoir film documentary "
                       "resolution communique declaration speech remarks comment comments video advertisement ad "
                       "pamphlet leaflet paper study motion tweet post message broadcast".split())
PUBLISHING_VERBS = frozenset("release publish issue write pen sign air broadcast post deliver adopt pass make "
                             "circulate distribute produce give put_out unveil".split())


def critical_work(verb: "Token") -> "tuple[Token, list[Token], list[Token]] | None":
    """(the adjective, authors, targets) when `verb` puts out a work with a disapproving
    adjective on it (see above); a "not critical" or a party that cannot be told gives None.
    The adjective carries the criticism (the coder's trigger): "released a book" is no release."""
    if verb.lemma_.lower() not in PUBLISHING_VERBS or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    works = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WORK_NOUNS]
    works += [a for w in works for a in w.children if a.dep_ == "appos"]  # "a book, The Long Road, critical of Y"
    adj = next((a for w in works for a in w.children if a.dep_ in ("amod", "acl") and a.lower_ in CRITIC_ADJECTIVES
                and a.i > w.i), None)
    if adj is None or any(c.dep_ == "neg" for c in adj.children):
        return None
    authors = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
    preps = DISAPPROVING_ADJECTIVES[adj.lower_].split()
    objs = [g for c in adj.children if c.dep_ == "prep" and c.lower_ in preps for g in _pobjs(c)
            if g.pos_ in ("NOUN", "PROPN")]
    if not authors or not objs:
        return None
    obj = objs[0]
    if advisable_party(obj):
        return adj, authors, [obj, *(c for c in obj.conjuncts if c.pos_ in ("NOUN", "PROPN"))]
    doer = noun_doer(obj)
    return (adj, authors, [doer]) if doer is not None else None
