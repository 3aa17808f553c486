"""Read a trigger's neighbourhood off spaCy's dependency parse: who acts, on whom, with what.

A clause is described by its trigger (verb or event noun), its subjects (with passives,
coordination, control and relative clauses undone), its object and prepositional objects.
The pattern matcher only sees lemma sets (`Frame`); the coder then takes the actor tokens
from the slots the matching pattern names.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.events import deal_clauses  # frame73: the to-clause of a deal signed
from dateline.events import date_subjects  # source71: "X, saying ..., today urged": X
from dateline.events.authored import MESSAGE_NOUNS
from dateline.events.general import compared_noun, counted_noun
from dateline.events.lost_subjects import lost_subject
from dateline.events.mishaps import mishap_clause
from dateline.events.nested_slots import nested_party
from dateline.events.hyphen_words import hyphen_forms
from dateline.events.named_objects import person_marker
from dateline.events.town_objects import town_marker
from dateline.events import side_choice  # sides27: the doer of a passive reported clause
from dateline.events.patterns import Frame, Pattern
from dateline.events import call_purposes  # bcast33: "telephoned X to urge him": the caller urges
from dateline.events import used_means  # sources35: "used the summit to urge China"
from dateline.events import punished_acts  # domestic41: "sentenced a colonel for selling arms": not the court's
from dateline.events import founded_bodies  # frame64: "announced a coalition, which Y joined": the founder is joined
from dateline.events import acting_crowds  # africa36: "arrested protesters demanding X": the protesters
from dateline.events import one_person  # sources35: "a judge and critic of X" is one side
from dateline.events.sea_targets import sea_owner  # asia37: "fired a missile into the sea off Japan"
from dateline.events import granted_things  # light58: "granted X, <who X is>, a full pardon"

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJ_DEPS = frozenset({"nsubj", "csubj"})
WH_WORDS = frozenset({"who", "which", "that", "whom"})
# Prepositions that usually introduce the other party when a pattern does not name one.
NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Entity labels of the names that can act.
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def names_actor(tok: "Token") -> bool:
    """A proper name or a token the entities stage tagged as a person, body, place or people:
    a word that can stand for a side (a by-phrase's doer, a for-gerund's agent)."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_ENTS
TIME_PREPS = frozenset({"until", "till", "by", "before"})
GENERIC_TARGET_PREPS = ("with", "to", "on", "against", "at", "into", "from")


def _lemma(tok: "Token") -> str:
    return tok.lemma_.lower()


def noun_lemmas(tok: "Token") -> frozenset[str]:
    """Lemma and form of a noun, of its compounds/modifiers and of its conjuncts."""
    out = {_lemma(tok), tok.lower_, *hyphen_forms(tok)}  # wire38: "cease-fire" (hyphen_words)
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod"):
            out.update((_lemma(c), c.lower_))
            out.update(_lemma(g) for g in _participle_heads(c))
    for c in tok.conjuncts:
        out.update((_lemma(c), c.lower_))
    if tok.pos_ == "PROPN":  # codes22: "Adel Ibrahim, the embassy's press attache": the title says what the name is
        out.update(_lemma(c) for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    counted = counted_noun(tok) or _timed_noun(tok)
    if counted is not None:  # "a series of pardons", "a new round of sanctions", "six hours of talks"
        out.update(noun_lemmas(counted))
    return frozenset(out)


def _participle_heads(mod: "Token") -> list["Token"]:
    """left44b: "signed an agreement normalising relations" is parsed agreement/compound <-
    normalising/amod <- relations/dobj: the signed noun hangs under the participle read as the
    object's modifier (tagged VBG, or JJ for "normalising"). A noun compounded before such an -ing participle is the object's too."""
    if mod.dep_ != "amod" or not (mod.tag_ == "VBG" or mod.lower_.endswith("ing")):
        return []
    return [g for g in mod.children if g.dep_ in ("compound", "nmod") and g.i < mod.i and g.pos_ == "NOUN"]


DURATION_HEADS = frozenset({"minute", "hour", "day", "week", "month"})


def _timed_noun(tok: "Token | None") -> "Token | None":
    """The act a duration measures: "held six hours of talks" -> talks."""
    if tok is None or tok.lemma_.lower() not in DURATION_HEADS:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def is_passive(tok: "Token") -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def direct_object(tok: "Token") -> "Token | None":
    if tok.lemma_.lower() in granted_things.GIVING_VERBS and (given := granted_things.misread_thing(tok)) is not None:
        return given[0]  # light58: "granted X, <who X is>, a full pardon": the pardon, not X
    for c in tok.children:
        if c.dep_ == "dobj" and (c.is_alpha or c.pos_ not in ("PUNCT", "X", "SYM")):
            if c.lower_ in WH_WORDS and c.pos_ in ("PRON", "DET") and relative_antecedent(tok) is not None:
                return founded_bodies.joined_antecedent(tok, tok.head)  # "the sanctions which X imposed on Y": the antecedent is the object
            if c.lower_ in WH_WORDS and c.pos_ in ("PRON", "DET") \
                    and (ante := relative_complement_antecedent(tok)) is not None:
                return ante  # tunetgt45: "the ship which Greece threatened to seize": the ship
            return c  # "urge [Lam]": an editor's bracket is parsed as an object too
    particle_object = _particle_object(tok)
    if particle_object is not None:
        return particle_object
    if relative_antecedent(tok) is not None and not is_passive(tok) \
            and any(c.dep_ == "nsubj" and c.lower_ not in WH_WORDS for c in tok.children) \
            and not any(t.lower_ in WH_WORDS | REL_ADVERBS | {"whose"} for t in tok.subtree if t.i < tok.i):
        # "the deal X signed with Y": a relative clause with no relative word ("the panel whose
        # chairman called ...", "the city where X met Y" have one, and their own object)
        return tok.head
    if is_passive(tok):  # "talks were held with X": the passive subject plays the object
        for c in tok.children:
            if c.dep_ == "nsubjpass":
                if c.lower_ in WH_WORDS and tok.dep_ == "relcl":
                    return founded_bodies.joined_antecedent(tok, tok.head)  # "the leader, who was arrested by police": the leader
                return c
    if _passive_participle(tok):  # "a lawsuit filed by X against Y": the noun is the object
        return tok.head
    return _gerund_patient(tok) or _second_object(tok) or shared_object(tok) or _name_read_as_adverb(tok) \
        or _name_read_as_clause(tok) or _granted_time(tok)


# left43a: the spans of time an ultimatum grants ("gave the rebels 48 hours to leave").
GRANTED_TIMES = frozenset({"hour", "day", "week", "month", "year"})


def _granted_time(tok: "Token") -> "Token | None":
    """left43a: "gave Chechen rebels 48 hours to leave Grozny": the small model makes the time
    an adverbial noun (npadvmod) beside the dative, so stmt11's deadline line ("give
    +day|week|month|hour|year ^xcomp:* >dative") found no object; the time is the object given."""
    if tok.lemma_.lower() != "give" or not any(c.dep_ == "dative" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "npadvmod" and c.lemma_.lower() in GRANTED_TIMES), None)


def _name_read_as_adverb(tok: "Token") -> "Token | None":
    """world32: "Washington warned Jakarta that it would ...": before a "that" clause the small
    model reads a place or party name right after the verb as an adverbial noun ("warned
    Tuesday"), leaving the verb no object. A name (not a date or time) in that place is the
    object."""
    if tok.pos_ != "VERB" or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.head == tok and nxt.dep_ == "npadvmod" and nxt.pos_ == "PROPN" \
            and nxt.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
        return nxt
    return None


def _name_read_as_clause(tok: "Token") -> "Token | None":
    """asia33: "Carter met North Korean leader Kim Il-sung in Pyongyang": with a title before
    it, the split name's verb-tagged last piece ("sung", see `misread_name`) hangs on the verb as
    a clause (advcl), leaving the verb no object. Such a name, beginning right after the verb
    with no subject of its own, is the object."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return None
    for c in tok.children:
        if c.i > tok.i and c.dep_ in ("advcl", "xcomp", "ccomp") and misread_name(c) \
                and c.left_edge.i == tok.i + 1 \
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for g in c.children):
            return c
    return None


def _particle_object(tok: "Token") -> "Token | None":
    """mideast32: "Israel sealed off the West Bank": the small model tags "off" a particle (prt) and
    hangs the verb's object on it as a pobj, so seal_off had no object. The noun under the particle
    is the phrasal verb's direct object."""
    for c in tok.children:
        if c.dep_ == "prt":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


# Prepositions that put a "being <done>" clause beside the main clause about the same person.
GERUND_PREPS = frozenset({"after", "before", "while", "since", "upon", "on", "despite", "for", "without"})


def _gerund_patient(tok: "Token") -> "Token | None":
    """ "journalists were injured after being attacked by protesters", "the minister resigned after
    being criticised by X": a passive "being"-clause has no subject of its own; the one it was
    done to is the subject of the clause it hangs on."""
    if tok.dep_ != "pcomp" or tok.head.dep_ != "prep" or tok.head.lower_ not in GERUND_PREPS \
            or not any(c.dep_ == "auxpass" and c.lower_ in ("being", "been") for c in tok.children):
        return None
    return next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _second_object(tok: "Token") -> "Token | None":
    """coop11: "granted X a full pardon": the small model hangs the second object on the indirect
    one as an apposition; with no comma between them it is the verb's direct object."""
    for c in tok.children:
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            for a in c.children:
                # light58: "granted the Chechen fighters an amnesty" hangs "amnesty" on the
                # fighters as their own object (dobj) instead: the same misreading
                if a.dep_ in ("appos", "dobj") and a.pos_ == "NOUN" and a.i > c.i \
                        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children) \
                        and not any(t.is_punct for t in tok.doc[c.i + 1:a.i]):
                    return a
    return None


def shared_object(tok: "Token") -> "Token | None":
    """material10: "arrested and charged X": the first of two coordinated verbs shares the second's
    object. Only when nothing but the conjunction (and adverbs) stands between them and the first
    verb has no phrase of its own ("withdrew from Y and released X" keeps its own frame)."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("prep", "prt", "ccomp", "xcomp", "dative") for c in tok.children):
        return None
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if conj is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
            or any(t.dep_ not in ("cc", "advmod", "punct") for t in tok.doc[tok.i + 1:conj.i]):
        return None
    return next((c for c in conj.children if c.dep_ == "dobj"), None)


REL_ADVERBS = frozenset({"where", "when", "why", "how", "whereby"})
# Nouns a relative clause describes by time, place or manner ("the day X met Y", "the way X
# spoke"): never the clause's object.
CIRCUMSTANCE_NOUNS = frozenset("time moment day night morning evening week month year hour period point "
                               "way manner reason place occasion".split())


def relative_antecedent(tok: "Token") -> "Token | None":
    """The noun a relative clause (or a clause the small model hangs on a noun as "acl")
    describes: "the deal [that X signed]", "the man [whom police arrested]"."""
    head = tok.head
    if tok.dep_ in ("relcl", "acl") and head is not tok and head.pos_ in ("NOUN", "PROPN") \
            and head.lemma_.lower() not in CIRCUMSTANCE_NOUNS and head.ent_type_ not in NON_ACTOR_ENTS:
        return head
    return None


def relative_complement_antecedent(tok: "Token") -> "Token | None":
    """tunetgt45: the noun a relative clause describes when the relative word is the object of a
    "to" complement inside it: "a Turkish vessel [which Greece had threatened to intercept]",
    "the rebels, [whom the army vowed to crush]". The small model hangs "which" on the inner verb
    (intercept, crush), whose head is the relative clause's own verb, so `relative_antecedent`
    (asked of the inner verb) finds nothing and the target stayed the bare pronoun. Only a chain
    of "to" complements (xcomp) is climbed, never a clause of another kind."""
    t = tok
    for _ in range(3):
        if t.dep_ != "xcomp" or t.head is t:
            return None
        t = t.head
        if (ante := relative_antecedent(t)) is not None and t.dep_ == "relcl":
            return ante
    return None


def _passive_participle(tok: "Token") -> bool:
    """A past participle modifying a noun with its own "by" agent ("sanctions imposed by X")."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "agent" for c in tok.children)


def prep_objects(tok: "Token", also: "Token | None" = None) -> dict[str, list["Token"]]:
    """Preposition -> its objects, on the trigger and on its object ("sanctions on Iran")."""
    out: dict[str, list["Token"]] = {}
    for owner in (tok, also, compared_noun(also)):  # violence65: "threw more than rocks at police"
        if owner is None:
            continue
        for c in owner.children:
            if c.dep_ in ("prep", "dative", "agent") or (c.dep_ == "advmod" and c.lower_ == "out"):
                objs = [_gerund_subject(g) or g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                for o in objs:
                    out.setdefault(c.lower_, []).extend([o, *o.conjuncts])
                # "enter into an agreement", "called on X": a nested prep after a particle
                for g in c.children:
                    if g.dep_ == "prep":
                        out.setdefault(g.lower_, []).extend(x for x in g.children if x.dep_ == "pobj")
    if tok.lemma_.lower() == "agree" and "with" not in out:  # frame70: "agreed with [X to lower ...]"
        marked = [x for c in tok.children if c.dep_ == "advcl" for x in [_with_marked(c)] if x is not None]
        if marked:
            out["with"] = [*marked, *marked[0].conjuncts]
    for c in _time_hung_preps(tok):  # codes22: "warned Y earlier in the day against ..."
        if c.lower_ not in out:
            out[c.lower_] = [_gerund_subject(g) or g for g in c.children if g.dep_ in ("pobj", "pcomp")]
    # one level down: "entered into an agreement with X" -> "with" hangs from the agreement;
    # integ33: a verb's own "on Monday" does not hide the object's "tariffs of 80 percent on X"
    for objs in list(out.values()):
        for o in objs:
            for c in o.children:
                if c.dep_ == "prep" and not _trip_destination(o, c) and (
                        c.lower_ not in out or c.lower_ == "on" and all(x.ent_type_ in _WHEN_ENTS for x in out[c.lower_])):
                    out[c.lower_] = [*out.get(c.lower_, []), *(g for g in c.children if g.dep_ == "pobj")]
    return out


#: Entity types of a time phrase ("on Monday"): never the party a slot's preposition names.
_WHEN_ENTS = frozenset({"DATE", "TIME"})


# codes29: nouns of travel whose "to" phrase is their own destination: "protested against the
# visit of X to the United States" lodges no protest "to" the United States.
TRIP_NOUNS = frozenset("visit trip journey tour voyage travel flight stopover transit".split())


def _trip_destination(noun: "Token", prep: "Token") -> bool:
    """The preposition is the destination ("to"/"into") of a travel noun one level down."""
    return prep.lower_ in ("to", "into") and noun.pos_ == "NOUN" and noun.lemma_.lower() in TRIP_NOUNS


# Heads of a time phrase ("in the day", "on Monday morning") on which the small model hangs the
# verb's next prepositional phrase ("warned Y earlier in the day against ...").
TIME_HEADS = frozenset("day morning afternoon evening night week weekend month year".split())


def _time_hung_preps(tok: "Token") -> list["Token"]:
    """codes22: prepositions the parser hangs on a time phrase of the verb ("earlier in the day
    against", "on Monday with") belong to the verb; "of" stays ("the day of the vote")."""
    out = []
    holders = [tok, *(c for c in tok.children if c.dep_ == "advmod")]
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ == "of":
                continue
            for t in p.children:
                if t.dep_ == "pobj" and (t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIME_HEADS):
                    out.extend(g for g in t.children if g.dep_ == "prep" and g.lower_ != "of")
    return out


def _gerund_subject(g: "Token") -> "Token | None":
    """ "an agreement with CTS Corp resolving all differences": the small model makes the
    name the subject of a gerund hung on the preposition; the name is the object. So is a common
    noun (integ29: "offered asylum to Russian dissidents fleeing the crackdown")."""
    if g.dep_ != "pcomp":
        return None
    if g.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in g.children):
        # target69: "reached an agreement with the Paris Club to reschedule its debt", "held talks
        # with Renault to buy its stake": the small model reads "with X to <verb>" as a clause whose
        # subject is X; a named party there is the preposition's object ("with elections to be
        # held" names none)
        # frame70: so is an owned common noun ("agreed with its bank advisory committee to lower
        # the margin", "with its creditors to extend the deadline"): a party, not a thing to be done
        return next((c for c in g.children if c.dep_ == "nsubj" and (
            c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP")
            or c.pos_ == "NOUN" and any(a.dep_ == "poss" for a in c.children))), None)
    if g.tag_ != "VBG":
        return None
    return next((c for c in g.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)


def complement_verbs(tok: "Token", obj: "Token | None") -> dict[str, list["Token"]]:
    """xcomp / oprd / ccomp children (and "an invitation to visit": to-clauses on the object)."""
    out: dict[str, list["Token"]] = {}
    for c in tok.children:
        if c.dep_ in ("xcomp", "oprd", "ccomp"):
            out.setdefault(c.dep_, []).append(c)
    if "xcomp" not in out and tok.lemma_.lower() in GERUND_TAKERS and any(
            c.dep_ == "prt" and c.lower_ == GERUND_TAKERS[tok.lemma_.lower()] for c in tok.children):
        # "ruled out sending tanks": the small model makes the gerund an adverbial clause
        out["xcomp"] = [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                        and not any(a.dep_ in ("nsubj", "mark") for a in c.children)]
        if not out["xcomp"]:
            del out["xcomp"]
    if "xcomp" not in out and tok.lemma_.lower() in PREP_CONTROL:
        out.update(_prep_controlled(tok))
    if "xcomp" not in out and tok.lemma_.lower() == "agree":
        out.update(_agreed_with_to(tok))
    if "xcomp" not in out:  # frame73: "signed a letter of intent to buy Y", "entered into an agreement to buy Y"
        for c in deal_clauses.deal_clause(tok, obj):
            out.setdefault("xcomp", []).append(c)
    if obj is not None:
        for c in obj.children:
            if c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"):
                out.setdefault("xcomp", []).append(c)
        # "advised residents to leave", "urged X to ...": the small model often hangs an object's
        # "to"-infinitive on the verb as an adverbial clause; after the object it is the complement
        # (lexicon7)
        for c in tok.children:  # material10: "took five civilians hostage" (a noun misparsed as a clause)
            if c.i == obj.i + 1 and c.pos_ == "NOUN" and (c.dep_ == "advcl" and not any(a.dep_ in ("nsubj", "aux") for a in c.children)
                                                          or c.dep_ == "dobj" and c.lemma_.lower() in CAPTIVE_NOUNS):
                out.setdefault("oprd", []).append(c)
        if "oprd" not in out and tok.lemma_.lower() in LABELLING_VERBS:
            out.update(_misparsed_label(obj) or _second_object_label(tok, obj))
        if "xcomp" not in out:
            for c in tok.children:
                if c.dep_ == "advcl" and c.i > obj.i and c.pos_ == "VERB" and tok.lemma_.lower() in OBJECT_CONTROL \
                        and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children):
                    out.setdefault("xcomp", []).append(c)
    return out


# tuneact45: verbs whose "on" object is asked to act ("counts on Turkey to act with restraint");
# lexicon62/reported63: "leaned on Netanyahu to honour the accords" (verbs.txt "lean >on ^xcomp:*")
PREP_CONTROL = frozenset({"count", "rely", "lean"})


def _prep_controlled(tok: "Token") -> dict[str, list["Token"]]:
    """ "is counting on Egypt to restrain X": the small model hangs the "to"-infinitive on the verb
    as an adverbial clause after the "on" object; it is the complement the object is asked to do."""
    on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
               and any(g.dep_ == "pobj" for g in c.children)), None)
    if on is None:
        return {}
    acts = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.i > on.i and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(a.dep_ in ("nsubj", "mark") for a in c.children)]
    return {"xcomp": acts} if acts else {}


def _agreed_with_to(tok: "Token") -> dict[str, list["Token"]]:
    """frame70: "Venezuela agreed last Friday with its advisory committee to lower the margin": the
    small model reads "with X to <verb>" as a clause hung on the preposition (X its subject); the
    verb is what was agreed, the complement of "agree" ("with X" stays its party, `_gerund_subject`)."""
    acts = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
            and _gerund_subject(g) is not None]
    # the model's other readings: "with" the mark of an adverbial clause whose subject is the party
    # ("with [its committee to lower ...]"), or the clause after the "with" phrase ("agree with its
    # banks | to reduce the spread")
    with_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                  and any(g.dep_ == "pobj" for g in c.children)), None)
    acts += [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
             and (_with_marked(c) is not None or with_ is not None and c.i > with_.i
                  and not any(a.dep_ in ("nsubj", "mark") for a in c.children))]
    return {"xcomp": acts} if acts else {}


def _with_marked(clause: "Token") -> "Token | None":
    """frame70: the subject of "with X to <verb>" parsed as a clause marked by "with"."""
    if not any(a.dep_ == "mark" and a.lower_ == "with" for a in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)


# wire40a: verbs that label their object ("called the arrest politically motivated").
# light58: "designated the Guard a terrorist organisation", "named X a terrorist" label too (the
# verbs.txt 112 lines for "terrorist" labels; "named X the new coach" matches no line)
LABELLING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dub", "designate", "name"})


def _misparsed_label(obj: "Token") -> dict[str, list["Token"]]:
    """wire40a: "called the arrest politically motivated", "branded the verdict politically
    inspired": the small model hangs the past-participle label on the object as a reduced
    relative clause (acl, tagged VBN or JJ), and "call" then reads as an appeal (020). A bare participle (no
    object, no prepositional phrase, no subject: not "the arrest ordered by the court") right
    after the object, or behind one adverb, is the object's label, the predicate (oprd)."""
    for c in obj.children:
        if c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "JJ") and c.i > obj.i and c.left_edge.i == obj.i + 1 \
                and all(a.dep_ == "advmod" and a.i < c.i for a in c.children):
            return {"oprd": [c]}
    return {}


def _second_object_label(tok: "Token", obj: "Token") -> dict[str, list["Token"]]:
    """code50: "Pakistan called the Indian air strike a violation of its sovereignty", "Turkey
    termed the Greek move a provocation": the small model makes the label a second direct object
    (dobj), so the frame had no predicate and the label verb coded nothing (or an appeal). A noun
    object after the first one of a labelling verb is the first one's label (oprd), as
    "took 12 soldiers hostage" is (CAPTIVE_NOUNS)."""
    label = next((c for c in tok.children if c.dep_ == "dobj" and c.i > obj.i and c.pos_ in ("NOUN", "ADJ")), None)
    if label is None:
        # "called the Indian air strike a violation", "termed the Greek move a provocation": the object
        # noun (or the one right after an adjective read as the object) is tagged a bare verb (VB) and
        # the label hangs on it as its object
        nouns = [obj, *(c for c in tok.children if c.dep_ == "xcomp" and c.i == obj.i + 1)]
        label = next((g for n in nouns if n.tag_ == "VB" and not any(a.dep_ in ("aux", "nsubj") for a in n.children)
                      and any(a.dep_ == "det" for a in n.children) | (n is not obj)
                      for g in n.children if g.dep_ == "dobj" and g.pos_ == "NOUN"), None)
    return {"oprd": [label]} if label is not None else {}


def captive_complement(tok: "Token") -> bool:
    """left42a: "took 12 soldiers hostage": the second object "hostage" is the first's state (the
    frame's oprd above), no party: the soldiers were taken, not a hostage besides them (the
    target list had both, COLMIL and a COLCVL for "hostage")."""
    return tok.dep_ == "dobj" and tok.lemma_.lower() in CAPTIVE_NOUNS and any(
        c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)


# Particle verbs whose gerund complement the parser hangs as an adverbial clause (fifteenth session).
GERUND_TAKERS = {"rule": "out"}
# material10: "took eight people hostage" parsed with two objects: the second is the first's state
CAPTIVE_NOUNS = frozenset({"hostage", "captive", "prisoner"})
# Verbs whose object is the one asked or told to do the "to"-infinitive after it.
OBJECT_CONTROL = frozenset("advise ask urge tell encourage invite press call implore beg instruct order direct "
                           "request recommend warn persuade lobby push pressure force allow permit give".split())  # give: stmt11, "gave X six weeks to ..."


# lexicon18: adverb particles the small model tags "prep" when no object follows them
PARTICLE_WORDS = frozenset("out over off up down back away".split())


def particles(tok: "Token") -> frozenset[str]:
    """The verb's particles, "walked out of the talks" and "handed the suspect over to Y" included:
    the small model makes "out"/"over" a preposition with no object of its own (only a nested
    "of"/"to"), so the phrasal verb walk_out / hand_over the dictionary writes is never looked up."""
    return frozenset(c.lower_ for c in tok.children
                     if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in PARTICLE_WORDS and c.i > tok.i
                                            and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)))


def verb_frame(tok: "Token", with_obj: bool = True, with_preps: bool = True,
               parts: frozenset[str] | None = None, find_obj: bool = True) -> Frame:
    """The verb's frame. `with_obj` / `with_preps` False leave the object's lemmas / the
    prepositions out: for a caller that knows no pattern it matches against reads them
    (perfev55, `Dictionary.reads`). `parts`: the verb's `particles`, when the caller has them.
    `find_obj` False (perfev57, `Dictionary.needs_object`; only with both the above False): the
    object is not looked for, so the complements it carries (xcomp, oprd) are left out too."""
    obj = direct_object(tok) if find_obj else None
    preps = prep_objects(tok, obj) if with_preps else {}
    comps = complement_verbs(tok, obj)
    return Frame(
        lemma=_lemma(tok),
        particles=particles(tok) if parts is None else parts,
        obj=_object_lemmas(obj) | _captive_states(tok, obj) if obj is not None and with_obj else None,
        # "fired ... on Thursday": a date is never the object a pattern's preposition asks for
        # ("given until Thursday to ..." keeps its date: "until" asks for one)
        preps={p: frozenset().union(*(noun_lemmas(o) for o in objs if p in TIME_PREPS or o.ent_type_ not in NON_ACTOR_ENTS))
               for p, objs in preps.items() if p in TIME_PREPS or any(o.ent_type_ not in NON_ACTOR_ENTS for o in objs)},
        deps={d: frozenset(_lemma(v) for v in vs) | frozenset(v.lower_ for v in vs) | _with_particles(vs)
              for d, vs in comps.items()},
    )


def _captive_states(tok: "Token", obj: "Token") -> frozenset[str]:
    """left44b: "stormed the hotel and took four French journalists hostage": the model may tag
    "hostage" a verb and hang it as a second object; the first object is the one taken, and the
    captive state joins the object's lemmas so that "take +hostage" matches (the captives stay
    the target: captive_complement keeps the state itself out of the target list)."""
    return frozenset(c.lemma_.lower() for c in tok.children if c is not obj and captive_complement(c))


#: Words for money that also end institutions' names ("the International Monetary Fund").
_MONEY_WORDS = frozenset({"fund", "funding", "money", "loan", "credit", "grant"})


def _object_lemmas(obj: "Token") -> frozenset[str]:
    """integ31: an organisation named as the object ("asked the International Monetary Fund for
    help") is no money asked for: its name's money word does not match a pattern's object."""
    lemmas = noun_lemmas(obj) | person_marker(obj)  # wire38: "hanged Najibullah" (named_objects)
    lemmas |= town_marker(obj)  # wire40b: "seized Goma", "took Bukavu" (town_objects)
    if obj.pos_ == "PROPN" and obj.ent_type_ == "ORG":
        return lemmas - _MONEY_WORDS
    return lemmas


def _with_particles(verbs: list["Token"]) -> frozenset[str]:
    """ "to step down", "to pull out": the phrasal lemma the dictionary writes as step_down."""
    return frozenset(f"{_lemma(v)}_{c.lower_}" for v in verbs for c in v.children if c.dep_ == "prt")


def noun_frame(tok: "Token") -> Frame:
    preps = prep_objects(tok)
    # an event noun's own modifiers play the object: "hunger strike" is not an air strike
    return Frame(lemma=_lemma(tok), obj=frozenset(noun_lemmas(tok) - {_lemma(tok), tok.lower_}),
                 preps={p: frozenset().union(*(noun_lemmas(o) for o in objs)) for p, objs in preps.items()})


def with_conjuncts(toks: list["Token"]) -> list["Token"]:
    # (a participle used as a noun, "the accused", is left to context.misread_descriptions,
    # which takes it only when it names a person read before)
    out: list["Token"] = []
    for t in toks:
        for x in (t, *t.conjuncts):
            if x is not t and one_person.same_person_conjunct(t, x):
                continue  # sources35: "a top judge and critic of X": one person, one side
            if x not in out and (x.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X", "ADJ") or misread_name(x)):
                out.append(x)
    return out


def misread_name(tok: "Token") -> bool:
    """asia33: "met Kim Il-sung": the tokenizer splits a hyphenated Korean given name and the
    small model tags its last piece a verb ("sung"). A verb-tagged word inside a person's name
    the entities stage found (not its first word) is that name's head, a noun."""
    return tok.pos_ == "VERB" and tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" \
        and tok.i > 0 and tok.doc[tok.i - 1].ent_type_ == "PERSON"


def _visiting_guest(clause: "Token") -> "Token | None":
    """coop12: "Visiting German Chancellor Helmut Kohl held talks with ...": the small model reads
    the adjective "visiting" as a clausal subject with the guest for its object; the guest is the
    subject."""
    if clause.lemma_.lower() != "visit" or clause.tag_ != "VBG" or any(c.dep_ == "aux" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)


def by_agents(verb: "Token") -> list["Token"]:
    """The nouns of a passive's "by" phrase ("was imposed by the government"): the doer the
    parse files under the agent arc, which several readers ask for. source64: "by protesting
    lawmakers", "by striking workers": the small model reads the participle as a gerund with the
    doers for its object; they are the agent (`by_participle_doers`)."""
    return [g for a in verb.children if a.dep_ == "agent"
            for g in (*(c for c in a.children if c.dep_ == "pobj"), *by_participle_doers(a))]


#: source64: participles that name what a crowd or force is doing ("protesting students", "advancing
#: troops"): intransitive in this use, so the noun after them is never their object but their doer
DOER_PARTICIPLES = frozenset({"protest", "strike", "riot", "demonstrate", "march", "advance", "retreat",
                              "flee", "rebel", "mutiny", "rampage", "loot", "picket", "war", "rival"})


def by_participle_doers(by: "Token") -> list["Token"]:
    """source64: "was criticised by protesting lawmakers", "was occupied by striking workers", "was
    shelled by advancing government troops": the parse makes "protesting" a gerund (pcomp of "by")
    and the doers its object. With a participle that takes no object in this use, right before
    its noun, the noun is the agent; "by firing tear gas", "by threatening them" are means."""
    out = []
    for g in by.children:
        if g.dep_ != "pcomp" or g.tag_ != "VBG" or g.lemma_.lower() not in DOER_PARTICIPLES:
            continue
        obj = next((c for c in g.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None and obj.left_edge.i == g.i + 1:
            out.append(obj)
    return out


def wire_dateline(tok: "Token") -> bool:
    """codes29: a wire dateline the parser made a subject: the sentence's first word, a place in
    capitals ("NAIROBI", "NEW YORK"), followed by a comma (", March 14 (Reuters) -"); politics30:
    or by an agency in brackets and a dash ("SEOUL (Reuters) -"), or by the dash alone ("NAIROBI —")."""
    if len(tok.text) < 3 or not tok.text.isupper() or tok.left_edge.i != tok.sent.start:
        return False  # (cheap tests first: the coder asks this of every subject)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == "(":  # politics30: "SEOUL (Reuters) - ...", no date
        return any(t.text in _DASHES for t in tok.doc[tok.i + 2:tok.i + 8])
    if nxt is not None and nxt.text in _DASHES:  # politics30: "NAIROBI — ..."
        return True
    return nxt is not None and nxt.text == ","


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def dateline_apposition(tok: "Token") -> "Token | None":
    """politics30: the real subject the parser hung on a wire dateline as an apposition after its
    dash ("SEOUL (Reuters) - South Korea's parliament voted ...": "parliament")."""
    if not wire_dateline(tok):
        return None
    dash = next((c for c in tok.children if c.text in _DASHES), None)
    if dash is None:
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > dash.i), None)


def subjects(tok: "Token", depth: int = 0) -> list["Token"]:
    """The agents of a verb: its subject, a passive's by-phrase, or the subject it inherits
    (coordinated verbs, "to"-complements, participles, relative clauses)."""
    if depth > 6:
        return []
    from dateline.extraction.quote_cues import quoted_one
    if (one := quoted_one(tok)) is not None:
        return with_conjuncts([one])  # quotes60: "Xinhua quoted Li Peng as saying": Li Peng speaks
    found = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
    # "Protesters, carrying placards asking ..., marched": the small model makes the participle
    # a clausal subject; its own subject is the one who marched
    found = [next((g for g in c.children if g.dep_ == "nsubj"), None) or _visiting_guest(c) or c
             if c.dep_ == "csubj" else c for c in found]
    if len(found) > 1:  # "Police in Nairobi, Kenya arrested": the country of a place is no second agent
        found = [c for c in found if not _place_tail(c)] or found
    if len(found) > 1:  # codes29: "NAIROBI, March 14 (Reuters) - Kenya's president met ...": the dateline is no agent
        found = [c for c in found if not wire_dateline(c)] or found
    found = [dateline_apposition(c) or c for c in found]  # politics30: "SEOUL (Reuters) - X's parliament voted"
    if len(found) <= 1 and (actor := date_subjects.participle_subject(tok, found[0] if found else None)) is not None:
        found = [actor]  # source71: "X, saying that ..., today urged Y": X, not "today" (or no one)
    if is_passive(tok) or _passive_participle(tok):
        found = by_agents(tok)
        if not found and is_passive(tok):
            found = _stray_agent(tok)
        if not found and any(c.dep_ == "auxpass" for c in tok.children):
            return []  # "told of being forced to ...": an agentless passive inherits no agent
    found = [_same_paragraph(s, tok) for s in found]
    found = [x for s in found if s is not None for x in _named_coordination(s)]
    if len(found) == 1 and (speaker := reporting_self(found[0])) is not None:
        # "The KDP said it had repelled an attack": the KDP; coop14: "said it and two unions
        # agreed to a contract": the pronoun's conjuncts stay beside the speaker
        found = [speaker, *(c for c in with_conjuncts(found)[1:] if c.pos_ != "PRON")]
    if found:
        if found[0].lower_ in WH_WORDS and tok.dep_ == "relcl":
            return with_conjuncts([tok.head])  # "the man who attacked ...": the antecedent
        return with_conjuncts(found)
    if tok.dep_ == "relcl" and used_means.taken_occasion(tok):
        return subjects(tok.head.head, depth + 1)  # noact61: "took steps to ease Y": the taker, not the steps
    if tok.dep_ == "relcl" and not is_passive(tok):
        return with_conjuncts([tok.head])
    if (crowd := acting_crowds.object_participle_holder(tok, _agentive)
                 or acting_crowds.counted_crowd(tok, _agentive)) is not None:
        return with_conjuncts([crowd])  # africa36: "arrested protesters demanding X": the protesters
    from dateline.events.quoted_speakers import quoted_speaker
    from dateline.events.stranded_speakers import stranded_speaker
    if (speaker := stranded_speaker(tok)) is not None:  # speech24: "..., the leader of Y, Name, told ..."
        return [speaker]  # (not its conjuncts: the comma-joined noun before it is the quote's)
    head = tok.head
    if head == tok:
        return lost_subject(tok)  # source25: "According to <name>, A and B signed": A and B
    if tok.dep_ in ("xcomp", "acomp") and head.pos_ in ("ADJ", "AUX"):
        return subjects(head, depth + 1)  # "X is about / ready to restore ties": X
    if tok.dep_ == "xcomp" and call_purposes.spoken_in_contact(tok):
        return subjects(head, depth + 1)  # bcast33: "telephoned X to urge him": the caller urges
    if tok.dep_ == "xcomp" and used_means.means_of_subject(tok):
        return subjects(head, depth + 1)  # sources35: "used the summit to urge China": the user urges
    if tok.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        return with_conjuncts([obj]) if obj is not None else subjects(head, depth + 1)
    shared = _passive_head_subject(tok) if not _past_beside_perfect(tok) else []
    if shared:  # "X was sworn in on Monday and accused Y of ...": X does the second act
        return with_conjuncts(shared)
    if _speakers_conjunct(tok):  # integ33: "said the protests were the work of X, and criticised Y"
        return subjects(head.head, depth + 1)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and mishap_clause(head):
        return []  # integ33: "a jet crashed, killing 298 people": no one killed them
    if tok.dep_ in ("conj", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        return subjects(head, depth + 1)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and (_agentive(head) or acting_crowds.is_crowd(head)):
        return with_conjuncts([head])  # "officials asking the United States to ...": the officials
    if (root := filters.misread_after_agent(tok)) is not None:
        return with_conjuncts([root])  # violence65: "Russian troops backed by tanks pushed into X"
    if tok.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and (
            tok.tag_ == "VBD" or filters.misread_main_verb(tok)):  # (integ30: "air strikes killed 20 people")
        return with_conjuncts([head])  # "The minister called ..." misparsed as a noun with a clause on it
    if tok.dep_ in ("acl", "advcl") and head.pos_ in ("NOUN", "PROPN"):
        # "posted a message (on Twitter) blaming Iran" -> whoever posted the message
        gov = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if gov is not None and not _object_of(head, gov):
            return []  # "the crisis of wildfires destroying the forest": the fires, not the speaker
        if tok.dep_ == "acl" and head.lemma_.lower() in MESSAGE_NOUNS:
            if gov is not None and gov.lemma_.lower() in BLOCKING_VERBS:
                return []  # integ30: "vetoed a resolution condemning X": it was never issued
            if (owner := possessor(head)) is not None and owner.i < head.i:
                return with_conjuncts([owner])  # integ30: "vetoed an EU statement criticising China": the EU's
            if gov is not None and gov.lemma_.lower() in NOT_AUTHORING:
                return []  # integ30: "blocked a statement criticising China": the blocker did not write it
        return subjects(gov, depth + 1) if gov is not None else []
    if (quoted := quoted_speaker(tok)) is not None:
        return with_conjuncts([quoted])  # euro33: "Itar-Tass quoted Primakov as saying": Primakov
    if tok.dep_ == "pcomp" or head.dep_ == "prep":
        gov = head.head
        if gov.pos_ == "ADJ" and gov.dep_ == "acomp":  # "X was forceful in blaming Y": X
            gov = gov.head
        if (faulted := _for_gerund_object(tok)) is not None:
            return with_conjuncts([faulted])  # "X criticised Y for jailing journalists": Y jailed them
        if punished_acts.punished_act(tok):
            return []  # domestic41: "sentenced a colonel for selling arms": not the court's act
        return subjects(gov, depth + 1) if gov.pos_ in ("VERB", "AUX") else []
    if _elided_report_subject(tok):
        return subjects(head, depth + 1)  # wire headline "Turkey says killed 17 rebels": Turkey
    return lost_subject(tok)  # source25: "The demonstrators, said by police to number 6,000, also urged"


#: Nouns of gatherings the role table reads as their crowd ("the protests" OPP): as a copula's
#: subject they are things described ("the protests were the work of ..."), not agents.
_GATHERINGS = frozenset({"protest", "demonstration", "rally", "march"})
#: Verbs of saying whose reported clause the small model lets swallow the speaker's next verb.
_REPORTING = frozenset("say tell add state insist argue claim note declare".split())


def _past_beside_modal(tok: "Token") -> bool:
    """source52: "Yeltsin said the war must end and accused the rebels of ...": the parser joins
    "accused" to the reported clause "the war must end". A past-tense verb with no auxiliary and no
    subject of its own cannot share that clause's modal ("must accused" is no English), so it is
    the speaker's second act. Only when its tense is the reporting verb's ("said ... and accused";
    "says ... and accuses"), and only for a clause with a modal auxiliary ("said the rebels
    attacked the town and killed 20" keeps its clause's subject)."""
    head = tok.head
    rep = head.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ") or head.dep_ != "ccomp" \
            or rep.lemma_.lower() not in _REPORTING or rep.tag_ != tok.tag_:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


#: target65: verbs of speech or stance a speaker adds after a report ("said ... and accused X").
_SPEAKERS_ACTS = frozenset(
    "accuse blame urge call appeal criticise criticize condemn denounce demand warn threaten reject "
    "deny praise welcome vow pledge ask charge dismiss".split())
#: target65: reported subjects who speak for themselves (their clause keeps the conjoined act).
_SPEAKING_TITLES = frozenset(
    "minister president leader spokesman spokeswoman official premier chancellor secretary "
    "ambassador envoy chairman chief".split())


def _past_beside_perfect(tok: "Token") -> bool:
    """target65: "Iran said its gunboats had stopped a freighter, and accused London of ...": the
    parser joins "accused" to the reported perfect clause, whose subject (the gunboats) then looks
    like the accuser. A verb that shared the clause's "had" would be its participle; the tagger
    reads a simple past with no auxiliary and no subject of its own, in the reporting verb's tense
    ("said ... had ... and accused"; "says ... has ... and accuses"), so it is the speaker's second
    act. Only verbs of speech or stance ("said the rebels had crossed the border and seized two
    posts" keeps its clause), and only after a clause that is not itself speech."""
    head = tok.head
    rep = head.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ") or head.dep_ != "ccomp" \
            or rep.lemma_.lower() not in _REPORTING or rep.tag_ != tok.tag_ \
            or tok.lemma_.lower() not in _SPEAKERS_ACTS or head.lemma_.lower() in _SPEAKERS_ACTS | _REPORTING:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children):
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (subj.ent_type_ == "PERSON" or subj.lemma_.lower() in _SPEAKING_TITLES):
        return False  # "said the minister had resigned and accused his rivals": he may have
    perfect = "had" if tok.tag_ == "VBD" else ("has", "have")
    return head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in perfect for c in head.children)


def _speakers_conjunct(tok: "Token") -> bool:
    """ "The minister said the plan was a mistake and criticised Germany": the parser joins
    "criticised" to the reported copular clause ("the plan was a mistake"), whose subject then
    looks like its agent. A copula's subject describes; it does not act: a finite verb with no
    auxiliary and no subject of its own coordinated with such a clause is the speaker's ("said
    the talks were useful and would continue" keeps its clause: "would")."""
    head = tok.head
    if _past_beside_modal(tok) or _past_beside_perfect(tok):
        return True
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ") or head.lemma_ != "be" \
            or head.dep_ != "ccomp" or head.head.lemma_.lower() not in _REPORTING:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    if any(c.dep_ == "expl" for c in head.children):
        return True  # source52: "said there should be a shake-up and questioned whether ...": "there" does nothing
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ \
            or _agentive(subj) and subj.lemma_.lower() not in _GATHERINGS:
        return False  # "said the rebels were ready and attacked the town": the rebels may have
    return any(c.dep_ in ("attr", "acomp") for c in head.children)


#: Verbs that stop a text from being issued ("vetoed a resolution condemning X": no one condemned X).
BLOCKING_VERBS = frozenset("veto block reject scrap withdraw shelve quash defeat kill".split())
#: Verbs whose subject acts on a text someone else wrote ("welcomed a statement condemning X").
NOT_AUTHORING = frozenset("oppose condemn criticise criticize denounce dismiss welcome praise endorse "
                          "support back accept quote cite read receive".split())


def _for_gerund_object(tok: "Token") -> "Token | None":
    """ "X criticised / praised / thanked / fined Y for <doing> ...": the one the verb's object
    names did it, not the verb's subject (fifteenth session: "Amnesty criticised Egypt for
    jailing journalists" had coded Amnesty jailing them). Only an object that can act: a name,
    or a noun the entities stage tagged."""
    head = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or head.dep_ != "prep" or head.lower_ != "for":
        return None
    obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
    if obj is not None and not names_actor(obj) and obj.lemma_.lower() in _AIM_NOUNS:
        obj = _aimed_at(obj, head.head)  # integ35: "took aim at Hungary for blocking ...": Hungary
    elif obj is None:
        obj = _aimed_at(None, head.head)  # integ35: "lashed out at Hungary for blocking ..."
    if obj is not None and not names_actor(obj) and obj.lemma_.lower() in _PENALTY_NOUNS:
        obj = _penalised_party(obj)  # asia33: "imposed sanctions on the Taliban for refusing to ..."
    if obj is None or not names_actor(obj):
        return None
    return obj


#: integ35: verbal attacks "at" someone: "took aim at Y for <doing>", "lashed out at Y for".
_AIM_NOUNS = frozenset({"aim", "swipe", "shot", "jab", "dig"})


def _aimed_at(noun: "Token | None", verb: "Token") -> "Token | None":
    """The one attacked in words "at" (on the object noun, or on the verb itself)."""
    for holder in (noun, verb):
        for prep in (holder.children if holder is not None else ()):
            if prep.dep_ == "prep" and prep.lower_ in ("at", "against"):
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


#: Penalties a body lays "on" someone ("imposed sanctions on X for ...").
_PENALTY_NOUNS = frozenset("sanction embargo penalty fine tariff ban restriction".split())


def _penalised_party(noun: "Token") -> "Token | None":
    """asia33: "The United Nations imposed sanctions on the Taliban for refusing to hand over
    bin Laden": the party a penalty is laid on ("on" / "against" after the penalty noun) is the
    one the "for <doing>" clause is about, as the object is after "criticised Y for"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


# Verbs of saying whose subject a wire headline leaves out of the reported clause.
HEADLINE_SAYING = frozenset({"say", "report", "claim", "admit", "deny"})


def _elided_report_subject(tok: "Token") -> bool:
    """ "Turkey says killed 17 Kurd rebels", "Rebel group says agrees ceasefire": wire headlines
    drop the reported clause's subject when it is the speaker's own act. A finite clause hung on a
    present-tense "says" with no subject of its own (and no "to", which would make it a plan or
    an order) is the speaker's. In running prose a reported clause always has a subject."""
    head = tok.head
    return tok.dep_ == "ccomp" and tok.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VBZ" \
        and head.lemma_.lower() in HEADLINE_SAYING and tok.i > head.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark", "aux", "auxpass") for c in tok.children) \
        and any(c.dep_ == "nsubj" for c in head.children)


# Verbs that report their subject's own acts or plans ("X said / announced it would ...").
REPORTING_VERBS = frozenset("say tell add state announce report claim confirm insist reiterate declare "
                            "explain stress note indicate acknowledge admit".split())


def clause_reporter(clause: "Token", before: "Token") -> "Token | None":
    """The one named subject of the reporting verb whose "that"-clause `clause` is (or is
    conjoined into), when it comes before `before`: "The KDP said (it had ...)" -> the KDP."""
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i < clause.i:
        clause = clause.head
    gov = clause.head
    if clause.dep_ != "ccomp" or gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in REPORTING_VERBS:
        return None
    said = [c for c in gov.children if c.dep_ == "nsubj"]
    if len(said) != 1 or said[0].pos_ == "PRON" or said[0].i > before.i:
        return None
    return said[0]


def reporting_self(pron: "Token") -> "Token | None":
    """ "The KDP said on Thursday it had repelled an attack", "Police said they arrested two men":
    wire copy reports a body's own act as "<body> said it/they ...". "it" or "they" as the subject
    of the clause a reporting verb governs is that verb's subject when number agrees ("it" a
    singular body or country, never a person; "they" a plural or a coordination), ahead of the
    coreference stage, which may take a name from an earlier sentence."""
    if pron.lower_ not in ("it", "they") or pron.dep_ != "nsubj":
        return None
    subj = clause_reporter(pron.head, pron)
    if subj is None:
        return None
    if pron.lower_ == "it":
        ok = subj.tag_ in ("NN", "NNP") and subj.ent_type_ not in ("PERSON", "NORP") and not subj.conjuncts \
            and (subj.tag_ == "NNP" or _agentive(subj))  # a name ("the KDP", "Iraq") or a body noun
    else:
        ok = subj.tag_ in ("NNS", "NNPS") and (subj.ent_type_ in ("ORG", "GPE", "NORP") or _agentive(subj)) \
            or bool(subj.conjuncts)
    return subj if ok else None


def _passive_head_subject(tok: "Token") -> list["Token"]:
    """An active verb coordinated with (or a participle hung on) a passive one shares its
    grammatical subject, not its agent: "X was released last month and accused Y", "X was
    sworn in, vowing to ...". (The passive's "by" agent did the first act only.)"""
    head = tok.head
    if tok.dep_ not in ("conj", "advcl") or head.pos_ != "VERB" or is_passive(tok) or tok.tag_ == "VBN" \
            or not any(c.dep_ == "auxpass" for c in head.children):
        return []
    if tok.dep_ == "advcl" and (tok.tag_ != "VBG" or any(c.dep_ == "mark" for c in tok.children)):
        return []  # "after he was freed ...": a clause of its own
    subj = [c for c in head.children if c.dep_ == "nsubjpass"]
    if subj and subj[0].lower_ in WH_WORDS:
        return [head.head] if head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN") else []
    return subj


def _stray_agent(verb: "Token") -> list["Token"]:
    """ "was charged with murder by Kenyan police": the small model hangs the "by" phrase on
    the nearest noun; a "by" with an agentive object inside the verb's own prepositional
    phrases is its agent."""
    for t in verb.subtree:
        if t.i <= verb.i or t.dep_ != "prep" or t.lower_ != "by" or t.head.dep_ not in ("pobj", "dobj"):
            continue
        if any(a.pos_ in ("VERB", "AUX") for a in t.ancestors if verb.is_ancestor(a) and a != verb):
            continue  # inside another clause
        pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
        if pobj is not None and (pobj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _agentive(pobj)):
            return [pobj]
    return []


def _place_tail(tok: "Token") -> bool:
    """ "Nairobi, Kenya": a country name right after a comma and a place name."""
    doc = tok.doc
    return tok.ent_type_ == "GPE" and tok.i >= 2 and doc[tok.i - 1].text == "," \
        and doc[tok.i - 2].ent_type_ in ("GPE", "LOC", "FAC")


def _object_of(noun: "Token", verb: "Token") -> bool:
    """The noun is the verb's own object or prepositional object, or hangs from that object by
    a preposition other than "of" ("posted a message on Twitter blaming X": yes; "the crisis
    of wildfires destroying X": the fires are not the speaker's)."""
    node = noun
    for _ in range(3):
        if node.head == verb:
            return True
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ == "of":
            return False
        node = node.head.head
    return False


def _named_coordination(subj: "Token") -> list["Token"]:
    """ "US President X and Turkish President Y spoke": the small model often parses titled
    names joined by "and" as one phrase (X an apposition, the second title a conjunct). When a
    subject phrase holds "and" and several named people/organisations/countries, each name's
    head is a subject of its own."""
    sub = [t for t in subj.subtree if t.dep_ not in ("relcl", "acl", "prep") or t == subj]
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in sub):
        return [subj]
    heads = []
    for ent in subj.doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE") and ent.start >= sub[0].i and ent.end - 1 <= subj.i \
                and ent.root.dep_ not in ("compound", "amod", "nmod", "poss", "pobj"):
            heads.append(ent.root)
    return heads if len(heads) > 1 else [subj]


def _agentive(noun: "Token") -> bool:
    """A common noun that can act (officials, protesters, troops), as opposed to a message."""
    from dateline.events.actors import ROLE_WORDS

    return noun.lemma_.lower() in ROLE_WORDS


def _same_paragraph(subj: "Token", verb: "Token") -> "Token | None":
    """A subject parsed across a blank line (a date line glued to the first sentence) is
    replaced by its apposition on the verb's side of the break, if it has one."""
    if not _break_between(subj, verb):
        return subj
    for c in subj.children:
        if c.dep_ == "appos" and not _break_between(c, verb):
            return c
    return None


def _break_between(a: "Token", b: "Token") -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n\n" in t.text_with_ws for t in a.doc[lo:hi])


def sentences_back(tok: "Token", n: int = 2) -> int:
    """The first token of the sentence `n` sentences before `tok`'s (or of the Doc): how far
    back a reader looks for whom "they", "them" or "the move" names."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start


#: Act nouns whose "of" phrase names the one acted on, never the doer.
THEME_OF_NOUNS = frozenset("siege blockade invasion occupation annexation bombardment shelling".split())


def possessor(noun: "Token") -> "Token | None":
    """Whose act or thing a noun is: "Lam's resignation", "Iranian involvement", "the move of X"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") \
                and not venue_named(c, noun):
            return c
    if (host := meeting_body(noun)) is not None:
        return host
    # "the proclamation of the Golan Heights by X": the by-agent owns the act, not its theme
    # (integ29: "a siege of Gaza", "the invasion of Ukraine": the "of" phrase is the one besieged)
    for prep in ("by", "from") if noun.lemma_.lower() in THEME_OF_NOUNS else ("by", "of", "from"):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return None


# Agreements named after the city where they were made ("the Paris climate agreement", "the
# Minsk accords", "the Kyoto Protocol"): the city names the agreement, not a party to it.
NAMED_AGREEMENTS = frozenset("agreement agreements accord accords deal treaty protocol convention "
                             "conventions pact declaration format process".split())


#: target69: meetings named after the city that hosts them ("the Paris G-7 meeting", "the Madrid
#: summit", "the Geneva talks"): the city is the venue, the owner is the body that meets.
NAMED_MEETINGS = frozenset("meeting meetings summit summits conference session sessions talks assembly "
                           "gathering ministerial".split())


def meeting_body(noun: "Token") -> "Token | None":
    """target69: the body whose meeting it is, named one compound down: "a World Bank board
    meeting", "the EC farm ministers' meeting", "an OPEC ministerial meeting" (the named
    organisation on the meeting's own modifier noun); a meeting noun only, an ORG only."""
    if noun.lemma_.lower() not in NAMED_MEETINGS and noun.lower_ not in NAMED_MEETINGS:
        return None
    for c in noun.children:
        if c.dep_ in ("compound", "nmod", "poss", "amod") and c.i < noun.i and not c.ent_type_:
            for g in c.children:
                if g.dep_ in ("compound", "nmod", "amod") and g.ent_type_ == "ORG":
                    return g
    return None


def venue_named(modifier: "Token", noun: "Token") -> bool:
    """The modifier is a city (not a country or a people) that names an agreement or meeting noun."""
    if noun.lemma_.lower() not in NAMED_AGREEMENTS | NAMED_MEETINGS and noun.lower_ not in NAMED_MEETINGS \
            or modifier.ent_type_ != "GPE":
        return False
    from dateline.resolve.countries import Kind, country_match

    match = country_match(modifier.text)
    return match is None or match.kind not in (Kind.COUNTRY, Kind.DEMONYM)


def act_owner(noun: "Token", verb: "Token") -> "Token | None":
    """Whose act the noun is, when it has no owner of its own but a "by" phrase later in the
    clause names the doer: "attacked the annexation of the island as national territory by
    the government" (the small model hangs "by" on the nearest noun or on the verb)."""
    own = [c for c in noun.children if c.dep_ == "poss"
           or c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
           and not venue_named(c, noun)]
    if not own and not is_passive(verb):
        for t in verb.subtree:
            if t.i <= noun.i or t.dep_ != "prep" or t.lower_ != "by":
                continue
            # stay in this clause: not inside a relative clause or another verb's complement
            path = [a for a in t.ancestors if a.i != verb.i and verb.is_ancestor(a)]
            if any(a.pos_ in ("VERB", "AUX") for a in path):
                continue
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            if pobj is not None and (names_actor(pobj) or _agentive(pobj)):
                return pobj
    return possessor(noun)


def may_be_party(tok: "Token") -> bool:
    """A date, sum or number is never a party; "thousands of protesters", "dozens of people"
    (a number tagged CARDINAL counting a group) is the group."""
    return tok.ent_type_ not in NON_ACTOR_ENTS or counted_group(tok) is not None


def counted_group(tok: "Token") -> "Token | None":
    """The group a number noun tagged CARDINAL counts: "dozens of [supporters]"."""
    if tok.ent_type_ != "CARDINAL" or tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def target_tokens(tok: "Token", pat: Pattern, kind: str = "verb") -> list["Token"]:
    """The tokens in the target slot(s) the pattern names, else in a generic slot."""
    return next(iter(target_candidates(tok, pat, kind)), [])


def target_candidates(tok: "Token", pat: Pattern, kind: str = "verb") -> list[list["Token"]]:
    """Every filled slot the pattern names, in its order, then the generic fallback: the coder
    takes the first that resolves to an actor ("demanding higher wages from the government":
    the object is no party, the "from" phrase is)."""
    obj = direct_object(tok) if kind == "verb" else None
    preps = prep_objects(tok, obj)
    if "none" in pat.target:
        return []
    out: list[list["Token"]] = []
    # default slot: the direct object, unless the object is a constrained noun ("hold talks")
    for slot in pat.target or (("obj",) if pat.obj is None else ()):
        # "began an offensive into Syria on Wednesday": a date or a number is never the party
        found = [t for t in _slot(tok, slot, obj, preps, pat) if may_be_party(t)]
        if slot == "by":  # violence65: "the protests were crushed by riot police": the verb's own
            found = [t for t in found if not (t.head.dep_ == "agent" and t.head.head == tok and any(
                c.dep_ in ("nsubjpass", "auxpass") for c in tok.children))]  # agent is its doer
        if found:
            out.append(with_conjuncts(found))
    if out:
        # sides27: the verb's own "to" before the "with" of its topic
        return side_choice.slots_on_the_verb_first(out, tok, obj, frozenset(p for p, _ in pat.preps))
    # slots23: "entered talks to end the dispute between X and Y": the slot's party one phrase deeper
    return _fallback_targets(tok, pat, obj, preps, kind) or nested_party(tok, pat, kind)


#: modal68: parts of a firm whose named owner is the other side of a deal ("agreed to buy Y's unit").
OWNED_PARTS = frozenset("stake share shares unit interest operation operations division business subsidiary "
                        "asset assets holding holdings refinery plant mill mine".split())


def _fallback_targets(tok: "Token", pat: Pattern, obj: "Token | None", preps: dict[str, list["Token"]],
                      kind: str) -> list[list["Token"]]:
    if pat.target and "poss" not in pat.target and "obj" not in pat.target:
        return []  # "heads the party" is no trip: a pattern that names its slots gets no stand-in
    if not pat.target:
        for prep in GENERIC_TARGET_PREPS:
            objs = [t for t in preps.get(prep, []) if may_be_party(t)]
            if objs:
                return [with_conjuncts(objs[:1])]
    out: list[list["Token"]] = []
    for verbs in complement_verbs(tok, obj).values():  # "accept an invitation to visit X"
        for v in verbs:
            dobj = direct_object(v)
            inner_preps = prep_objects(v, dobj)
            to = next(iter(inner_preps.get("to", [])), None)
            # frame69: "agreed to sell China 1.5 mln tonnes of wheat": the complement verb's
            # indirect object is the party; the goods or money after it are not
            receiver = [c for c in v.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN") and may_be_party(c)]
            if receiver:
                out.append(with_conjuncts(receiver[:1]))
            # "deliver blows to the United States": the named party, not the thing delivered
            inner = dobj if dobj is not None and (dobj.ent_type_ or to is None) else to
            if inner is not None:
                out.append(with_conjuncts([inner]))
            # "threatened to cut ties with Canada": the party may sit in the clause's phrase
            for prep in ("with", "to", "against", "on", "from", "between"):
                objs = [t for t in inner_preps.get(prep, []) if t.ent_type_ not in NON_ACTOR_ENTS]
                if objs and objs[:1] != [inner]:
                    out.append(with_conjuncts(objs[:1]))
            if dobj is not None and dobj.lemma_.lower() in OWNED_PARTS and (part_owner := possessor(dobj)) is not None \
                    and part_owner.pos_ == "PROPN":
                out.append([part_owner])  # modal68: "agreed to buy Cyclops Corp's steel business": the seller
    owner = _constrained_noun(pat, obj, preps)
    who = (act_owner(owner, tok) if kind == "verb" else possessor(owner)) if owner is not None else None
    if who is not None and not _one_name(who, owner):
        out.append([who])
    return out


def _one_name(part: "Token", whole: "Token") -> bool:
    """latam34: the first word of a place's own name is not its owner: "Obama and Raul Castro
    met in Mexico City" read "Mexico" of "Mexico City" as the meeting place's owner and took
    Mexico for the party met (the pair was lost). Both words in one named entity: one name."""
    return bool(part.ent_type_) and part.ent_type_ == whole.ent_type_ and part.head.i == whole.i \
        and part.dep_ == "compound" and whole.ent_iob_ == "I" and all(
            t.ent_iob_ == "I" for t in part.doc[part.i + 1:whole.i + 1])


def _constrained_noun(pat: Pattern, obj: "Token | None", preps: dict[str, list["Token"]]) -> "Token | None":
    if pat.obj is not None and obj is not None:
        return obj
    for prep, _ in pat.preps:
        if preps.get(prep):
            return preps[prep][0]
    return obj


def _slot(tok: "Token", slot: str, obj: "Token | None", preps: dict[str, list["Token"]], pat: Pattern) -> list["Token"]:
    if slot == "obj":
        # frame64: "announced a coalition, which was joined by Y": the coalition's founder
        return [founded_bodies.founder(obj) or obj] if obj is not None else []
    if slot == "dative":
        return [c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")] \
            or glued_recipient(obj) or granted_things.receiver_of(tok, obj)
    if slot == "to" and not preps.get("to"):
        # "granted Argentina a loan" is "granted a loan to Argentina": the indirect object
        return [c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON")] \
            or glued_recipient(obj) or granted_things.receiver_of(tok, obj)
    if slot == "to" and (receivers := [c for c in tok.children if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN")]):
        # light58: "handed the U.S. ambassador a protest over the arms sale to Taiwan": the indirect
        # object is the receiver; a "to" one level down belongs to another noun
        return receivers
    if slot == "poss":
        owner = _constrained_noun(pat, obj, preps)
        who = act_owner(owner, tok) if owner is not None else None
        return [who] if who is not None else []
    if slot == "csubj":
        for c in tok.children:  # (legal30: an object predicate with a subject of its own, "declared Y's decree void")
            if c.dep_ == "ccomp" or c.dep_ == "oprd" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                subj = side_choice.passive_doer(c) or [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    return subj
        return [obj] if obj is not None else []
    if slot == "between":
        objs = preps.get("between", [])
        return objs[1:] if len(objs) > 1 else objs
    return [mission_place(t) or trade_partner(t) or border_neighbour(t) or housed_party(t) or sea_owner(t) or t
            for t in preps.get(slot, [])]


def glued_recipient(obj: "Token | None") -> list["Token"]:
    """lexicon18: "Germany gave Ukraine military aid": the small model glues the indirect object
    onto the direct one (nmod/compound "Ukraine ... aid"), so the dative slot is empty; a state
    named there is the recipient ("gave Ukraine aid" and "gave Ukraine-bound aid" alike)."""
    if obj is None:
        return []
    return [c for c in obj.children if c.dep_ in ("nmod", "compound") and c.i < obj.i
            and c.pos_ == "PROPN" and c.ent_type_ == "GPE"][:1]


MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})


def mission_place(tok: "Token") -> "Token | None":
    """lexicon18: "withdrew four diplomats from its mission in Tehran": a state's own embassy is
    no party; the state that hosts it (the place "in" names) is the one the act is aimed at."""
    if tok.lemma_.lower() not in MISSION_NOUNS:
        return None
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)


TRADE_NOUNS = frozenset({"export", "import", "sale", "shipment", "trade", "delivery", "flight", "investment",
                         "purchase"})


def trade_partner(tok: "Token") -> "Token | None":
    """ "restrictions on exports of chips to China", "a ban on imports from Iran", "curbs on trade
    with Cuba": the goods flow is no party; the state it flows to or from is the one aimed at."""
    if tok.lemma_.lower() not in TRADE_NOUNS:
        return None
    # the small model may hang "to China" on the goods ("exports of chip-making tools to China")
    goods = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return next((g for head in (tok, *goods) for p in head.children
                 if p.dep_ == "prep" and p.lower_ in ("to", "from", "with", "into")
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP", "ORG")), None)


#: integ33: places that house a party ("two Iraqi bases housing US troops"): struck, the party
#: housed there is the one attacked, not the host country the place's adjective names.
HOUSING_PLACES = frozenset("base airbase camp compound barracks building facility hotel garrison outpost".split())
HOUSING_VERBS = frozenset({"house", "host", "shelter", "hold", "station", "contain"})


def housed_party(tok: "Token") -> "Token | None":
    """The party a place's participle says it houses ("a base hosting American soldiers")."""
    if not {tok.lemma_.lower(), tok.lower_, tok.lower_[:-1]} & HOUSING_PLACES:  # ("bases": lemma "basis")
        return None
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in HOUSING_VERBS:
            obj = next((g for g in c.children if g.dep_ == "dobj"), None)
            if obj is not None and (obj.ent_type_ in ("ORG", "NORP", "GPE") or _agentive(obj)):
                return obj
    return None


def border_neighbour(tok: "Token") -> "Token | None":
    """ "deployed troops to the border with Ukraine": the state across the border is the one faced
    (the border itself resolves to nothing; "the Ukrainian border" resolves by its adjective)."""
    if tok.lemma_.lower() not in ("border", "frontier"):
        return None
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with"
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP", "LOC")), None)


def object_pronoun_antecedent(tok: "Token") -> "Token | None":
    """ "X met Y and later signed two deals with him", "X called Y, urging her to ...": "him" /
    "her" in a clause that shares the main clause's subject cannot be that subject (it would
    be "himself"), so it is the person the main clause acted on, when there is one."""
    if tok.lower_ not in ("him", "her", "it", "them") or tok.tag_ != "PRP":
        return None
    verb = tok.head if tok.dep_ in ("dobj", "dative") else \
        tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative") else None
    if verb is None or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    gov = verb.head
    if tok.lower_ == "it":
        return _named_state_object(gov, tok)
    if tok.lower_ == "them":
        # integ35: "expelled two American reporters, accusing them of ...": the one plural object
        objs = [c for c in gov.children if c.dep_ in ("dobj", "dative") and c.i < tok.i
                and (c.tag_ in ("NNS", "NNPS") or c.conjuncts)]
        return objs[0] if len(objs) == 1 else None
    cands = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
    cands += [g for c in gov.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
              for g in c.children if g.dep_ == "pobj"]
    people = [c for c in cands if c.i < tok.i and c.ent_type_ == "PERSON" and not c.conjuncts]
    if not people:
        # integ36: "expelled the head of the German embassy, accusing him of ...": one titled person
        people = [c for c in cands if c.i < tok.i and c.pos_ == "NOUN" and c.tag_ == "NN" and not c.conjuncts
                  and _titled_person(c)]
    if not people and cands and all(c.ent_type_ == "" and c.pos_ == "NOUN" and _thing_noun(c) for c in cands):
        # integ35: "accepted the resignation of Prime Minister X's cabinet and asked him to ...":
        # the one person named inside the object (its owner, its "of" phrase)
        people = [t for c in cands for t in c.subtree if t.i < tok.i and t.ent_type_ == "PERSON"
                  and t.dep_ in ("poss", "pobj") and not t.conjuncts]
    return people[0] if len(people) == 1 else None


#: integ35: people named by their tie to someone ("the brother of X" is the one acted on, not X).
KIN_NOUNS = frozenset("brother sister son daughter wife husband widow widower mother father parent child "
                      "family relative cousin nephew niece uncle aunt grandson granddaughter friend "
                      "associate aide bodyguard lawyer spokesman spokeswoman delegation envoy".split())


def _titled_person(tok: "Token") -> bool:
    """A singular common noun that names a person by office ("the head of the embassy", "the
    ambassador", "the German envoy"): its phrase, read as a title, has a role."""
    from dateline.resolve.actor_roles import head_role

    words = [t.text for t in tok.subtree if t.dep_ not in ("det", "punct")]
    return head_role(" ".join(words)) is not None


def _thing_noun(tok: "Token") -> bool:
    """A common noun that names no person ("the resignation", "the policies"), by the role
    lexicon and the kin words."""
    from dateline.events.actors import PRIVATE_PERSON_NOUNS, ROLE_WORDS

    lemma = tok.lemma_.lower()
    return lemma not in KIN_NOUNS and lemma not in ROLE_WORDS and lemma not in PRIVATE_PERSON_NOUNS


def _named_state_object(gov: "Token", tok: "Token") -> "Token | None":
    """ "Eritrea cut ties with Sudan, accusing it of training rebels": "it" in a clause sharing
    the main subject is not that subject ("itself"), so it is the one named state or body the
    main clause acted on: its object, or the object of a "with"/"to"/"against"/"on" phrase on the
    verb or on that object. ("calling it void" after a common noun is `coder._it_antecedent`.)"""
    heads = [gov, *(c for c in gov.children if c.dep_ == "dobj")]
    cands = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
    cands += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "against", "on")
              for g in c.children if g.dep_ == "pobj"]
    named = [c for c in cands if c.i < tok.i and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG", "NORP")]
    common = [c for c in cands if c.i < tok.i and c.pos_ == "NOUN" and c not in heads]
    bodies = [c for c in cands if c.i < tok.i and c.pos_ == "NOUN" and _governing_body(c) is not None]
    if not named and len(bodies) == 1 and all(c in bodies for c in common):
        return bodies[0]
    things = [c for c in cands if c.i < tok.i and c.pos_ == "NOUN"]
    if not named and not bodies and len(things) == 1 and not things[0].ent_type_ and not _titled_person(things[0]) \
            and (owner := possessor(things[0])) is not None \
            and owner.i < tok.i and owner.ent_type_ in ("GPE", "ORG") and owner.pos_ == "PROPN" and not owner.conjuncts:
        # target69: "praised Morocco's economic performance and urged it to continue": the one named
        # state or body owning the thing the main clause acted on
        return owner
    if len(named) != 1 or named[0].conjuncts or common:
        return None  # two candidates, or a common-noun party ("the talks with the rebels") in between
    return named[0]


# wire40a: bodies a clause acts on that a later "it" names ("suspended talks with the Mexican
# government, accusing it of ...", "voted to dismiss the government of Crimea, accusing it of ...").
GOVERNING_BODIES = frozenset("government administration cabinet regime junta parliament legislature "
                             "assembly council army military".split())


def _governing_body(noun: "Token") -> "Token | None":
    """The one common-noun candidate of `_named_state_object` when it is a singular governing
    body with no conjunct: a government, cabinet, regime, junta, parliament or army is the only
    thing in the main clause "it" can be accused of anything as."""
    if noun.tag_ != "NN" or noun.conjuncts or noun.lemma_.lower() not in GOVERNING_BODIES:
        return None
    return noun


# Nouns that sum up the clause before them: "X did Y, a move that Z condemned".
SUMMARY_NOUNS = frozenset("move step decision measure action act".split())
DASHES = frozenset({",", "-", "--", "\u2013", "\u2014"})


def summarised_act_doer(noun: "Token") -> list["Token"]:
    """ "India revoked Kashmir's status, a move that Pakistan condemned": an indefinite act noun
    set after its clause (behind a comma or dash) names that clause's act, so its doer is the
    clause's subject."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SUMMARY_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    edge = noun.left_edge
    head = noun.head
    if edge.i == 0 or noun.doc[edge.i - 1].text not in DASHES or head.pos_ not in ("VERB", "AUX") or head.i > noun.i:
        return []
    return subjects(head)


def relative_pronoun_subject(tok: "Token") -> "Token | None":
    """ "The ministry summoned the ambassador, whom it accused of ...": "it" / "they" as the
    subject of a relative clause on the main clause's object is that clause's subject (the
    antecedent itself is the clause's object), when number agrees: "it" a singular
    organisation or country, "they" a plural."""
    if tok.lower_ not in ("it", "they") or tok.dep_ != "nsubj" or tok.head.dep_ != "relcl":
        return None
    noun = tok.head.head  # the antecedent
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        gov = noun.head.head
    elif noun.dep_ in ("dobj", "dative"):
        gov = noun.head
    else:
        return None
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    found = [s for s in subjects(gov) if s != noun]
    if len(found) != 1 or found[0].pos_ == "PRON":
        return None
    subj = found[0]
    if tok.lower_ == "it":
        ok = subj.tag_ in ("NN", "NNP") and subj.ent_type_ != "PERSON" and not subj.conjuncts
    else:
        ok = subj.tag_ in ("NNS", "NNPS")
    return subj if ok else None

