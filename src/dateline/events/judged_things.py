"""critic59: criticism of a thing, aimed at the thing's maker.

"The opposition said the government's budget ignores the unemployed", "Human Rights Watch said
the crackdown is a ploy to silence dissent", "the Speaker said the prorogation flies in the face
of parliamentary democracy", "the ACLU said it violates federal law" (it: the rule the
administration issued in the sentence before). The speaker judges a THING (a law, a ruling, a
claim, a policy, a decision); by the standard (WIKINEWS_EVENTS.md, reported speech directed at a
target) the criticism (111) is aimed at whoever made the thing.

The machinery is the stance score's (events/stance.py: the content clause's evaluative words,
its party the subject or the owner of a subject that is a thing) and the act-owner repairs
(act_targets.act_author, act_owners.earlier_owner: the maker named earlier). This module adds
what those missed:
  - verdict words VADER does not rate ("flout", "erode", "jeopardise", "a ploy", "a ruse") and
    the idioms of a verdict ("flies in the face of", "treads upon", "tramples on", "runs
    roughshod over"), read in `stance._valence` / `stance.stance_score`;
  - a content clause under "if" / "unless" is a hypothetical verdict, not one made;
  - "said it violates the law", "said it undermines cooperation": a pointing "it" / "this" as the
    subject of a verdict, with no participle's object to point at, is the last act named in the
    sentence before with its maker ("The administration issued a new rule ... the ACLU said it
    violates federal law"): the maker is the party (`pointed_makers`);
  - "said the policy violates the rights of ...": the dictionary's "112 say ^ccomp:violate"
    (an accusation that a party broke the law) reads a THING as the breaker; a thing breaks no
    law, its maker is criticised for it (111, `thing_verdict_code`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verdict words of news prose that VADER does not rate (rated as condemning words, -2.0 in
# stance._valence): verbs said of a thing that harms a principle or a good, and nouns that call a
# measure a trick.
VERDICT_WORDS = frozenset("flout defy trample erode jeopardize jeopardise endanger contravene subvert "
                          "ploy ruse smokescreen gimmick".split())
# Idioms of a verdict: the verb with its preposition and (for "fly") the preposition's object.
# "flies in the face of the accord", "treads upon principles", "tramples on the rights",
# "runs roughshod over", "rides roughshod over".
_IDIOMS = {"fly": ("in", "face"), "tread": ("upon", None), "trample": ("on", None), "run": ("over", "roughshod"),
           "ride": ("over", "roughshod")}
# Subordinators of a hypothetical verdict: "would be unfair if it were adopted".
CONDITION_MARKS = frozenset({"if", "unless"})
# Verbs of a broken rule whose breaker, when a thing, is no accused party ("the policy violates
# the rights of asylum seekers"): the thing is judged, its maker criticised.
BREAKING_VERBS = frozenset({"violate", "break", "breach", "flout", "contravene", "infringe"})
# Modals of a possible breach, not a verdict ("may violate", "could breach").
_GUESSING = frozenset({"may", "might", "could"})
# Pronouns that point back at an act just named.
_POINTING = frozenset({"it", "this"})


def idiom_valence(t: "Token", clause: "Token") -> float:
    """-2.0 for the clause's own verb in a verdict idiom ("flies in the face of", "treads upon",
    "runs roughshod over"); 0.0 otherwise."""
    if t != clause:
        return 0.0
    want = _IDIOMS.get(t.lemma_.lower())
    if want is None:
        return 0.0
    prep, obj = want
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            if obj is None or any(g.lower_ == obj for g in c.children):
                return -2.0
        if obj == "roughshod" and c.lower_ == "roughshod":
            return -2.0
    return 0.0


def misread_idiom(t: "Token") -> bool:
    """A verdict idiom's verb the small model tags as a noun ("the decision flies in the face of
    the law": "flies" NOUN, yet the head of a reported clause with a subject of its own): read as
    the clause's verb."""
    return t.pos_ == "NOUN" and t.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in t.children) \
        and idiom_valence(t, t) != 0.0


def conditional(clause: "Token") -> bool:
    """A content clause with an "if" / "unless" clause of its own: "the plan would be unfair if
    it were adopted without debate" judges a case, not the plan."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in clause.children)


def is_thing(noun: "Token") -> bool:
    """A noun naming an act or a measure (act_targets' act nouns, act_owners' families, a
    gerund "criminalizing ..."), not a party."""
    from dateline.events import act_owners, act_targets

    if noun.pos_ != "NOUN":
        return False
    return act_targets.is_act_noun(noun) or act_owners.family(noun) is not None \
        or noun.lemma_.lower() in ("imposition", "claim", "rule", "regulation", "quota")


def thing_verdict_code(code: str, verb: "Token") -> "str | None":
    """ "111" for the dictionary's "112 say ^ccomp:violate|break ..." when the breaker is a thing
    ("said the administration's policy violates the rights of asylum seekers"); None otherwise
    ("said the government is breaking the law" stays an accusation)."""
    if code != "112":
        return None
    from dateline.events import broken_instruments

    # code71: a thing that breaks a written rule ("Japan's tariffs violate GATT rules") is an
    # accusation against its maker (112); a principle or a right broken stays a verdict (111)
    judged = [c for c in _judged_breaches(verb) if pointed_makers(c) or not broken_instruments.broken_instrument(c)]
    return "111" if judged else None


def _judged_breaches(verb: "Token") -> list["Token"]:
    """The breaking clauses a speech verb reports whose breaker is a thing or a pointing "it" /
    "this" with a maker named in the sentence before."""
    out = []
    for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in BREAKING_VERBS):
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is not None and (is_thing(subj) or pointed_makers(comp)):
            out.append(comp)
    return out


def hedged_breach(code: str, verb: "Token") -> bool:
    """True for the dictionary's "112 say ^ccomp:violate ..." when a thing's breach is only
    possible or conditional ("said the bill may breach the treaty", "would breach it if it were
    passed unamended"): no verdict is made (stance.py skips such clauses too)."""
    if code != "112":
        return False
    return any(conditional(c) or any(a.dep_ == "aux" and a.lower_ in _GUESSING for a in c.children)
               for c in _judged_breaches(verb))


def violating_thing(code: str, verb: "Token") -> bool:
    """True for the dictionary's "128 violate / flout" whose subject is a pointing "it" with a
    maker named in the sentence before ("France said it flouts the rules of the EC", it = the tax
    West Germany introduced): the thing breaks no rule of its own; the criticism of its maker is
    the event (the resolver would make the speaker the violator)."""
    return code == "128" and bool(pointed_makers(verb))


def breach_makers(code: str, verb: "Token") -> list["Token"]:
    """For the dictionary's "112 say ^ccomp:violate ..." whose breaker is a pointing "it" naming
    the act the sentence before made ("... issued a new rule. The ACLU said it violates federal
    law"): that act's makers (`pointed_makers`), to be the target of the criticism (111) instead
    of the "it" the resolver would tie to the speaker; [] otherwise."""
    if code != "112":
        return []
    for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in BREAKING_VERBS):
        makers = pointed_makers(comp)
        if makers:
            return makers
    return []


def _indefinite(tok: "Token") -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some", "every") for c in tok.children)


def pointed_makers(clause: "Token") -> list["Token"]:
    """The makers of the act a pointing "it" / "this" (the clause's subject) names: the last
    mention of an act with its maker (act_owners' map) in the sentence before the clause's
    sentence, when that sentence names one; [] otherwise. Only a reported clause (a speech
    verb's complement) and not the speaker's own "it" ("the ministry said it would ..." is left
    alone: only a verdict reads this, see stance.parties)."""
    from dateline.events import act_owners

    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _POINTING or clause.dep_ != "ccomp":
        return []
    sent = clause.sent
    doc = clause.doc
    if sent.start == 0:
        return []
    prev = doc[sent.start - 1].sent
    mentions = act_owners._mentions(doc)
    found = {i: (f, authors) for i, f, authors in mentions if prev.start <= i < prev.end}
    for t in prev:  # an act named with no maker of its own ("This judgment raises questions")
        if t.i not in found and (f := act_owners.family(t)) is not None:
            found[t.i] = (f, ())
    if not found:
        return []
    last = max(found)
    fam, authors = found[last]
    if not authors:  # its maker is the one an earlier mention of its family names ("the court's judgement")
        # (not "today's judgment", not "rulings from a court": no one's in particular; a maker named
        # by name first: "the European Court of Justice ruled ... the court's decision ... This judgment")
        prior = [a for i, f, a in reversed(mentions) if i < last and f is fam
                 and doc[last].idx - doc[i].idx <= act_owners.REACH
                 and not any(doc[x].ent_type_ in ("DATE", "TIME") or _indefinite(doc[x]) for x in a)]
        authors = next((a for a in prior if all(doc[x].pos_ == "PROPN" for x in a)), prior[0] if prior else ())
    return [doc[a] for a in authors]


__all__ = ["VERDICT_WORDS", "idiom_valence", "misread_idiom", "conditional", "is_thing", "thing_verdict_code", "breach_makers", "hedged_breach", "violating_thing", "pointed_makers"]
