"""left42b: "Iran denied sending troops": a denial answers whoever reported the act it denies.

Why: "Iraq said Iranian troops had crossed into the north. Iran denied sending troops into
northern Iraq" coded the reported act (IRNMIL 190 IRQ, reported speech codes the act) but not
the denial: a denial's target is found only from an earlier accusation event (112 and the
other pressing roots, coder._pressing_party), and a bare "said" makes none. A reader takes the
denial as aimed at the party that said it. So when a denial (016) whose verb takes an act as
its complement ("denied sending / attacking / helping ...") has no target, the latest earlier
event (an earlier sentence, within reach) done by the denier's country and reported under a
speaking verb names the target: that verb's subject, when it is of another country.
"Iran denied the report" and denials with a named accuser are left to the other rules.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor, Event

DENYING_VERBS = frozenset({"deny"})
#: How far back (characters) the report may lie.
REACH = 1500


# target61: nouns for a charge made, denied as "the accusation", "these allegations": the denial
# answers whoever reported the act, as a denial of the act itself does ("U.S. officials said
# Iran had shot down the airliner. Iran denied the accusation": IRN 016 USAGOV).
CHARGE_NOUNS = frozenset({"accusation", "allegation", "claim", "charge"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


def _charge_object(c: "Token") -> bool:
    """A definite charge noun with no owner of its own ("the accusation", not "Iraq's claim")."""
    return c.dep_ == "dobj" and c.lemma_.lower() in CHARGE_NOUNS and any(
        k.dep_ == "det" and k.lower_ in _DEFINITE for k in c.children) and not any(
        k.dep_ in ("poss", "compound", "nmod", "amod", "acl", "relcl") or k.dep_ == "prep" and k.lower_ != "as"
        for k in c.children)  # ("the allegations as absurd": the parser may hang the label on the noun)


def denies_act(code: str, trigger: "Token") -> bool:
    """A denial whose verb takes a clause or gerund ("denied sending troops"), or a denial or
    rejection of a definite charge noun standing for the reported act ("denied the accusation",
    "dismissed the allegations", "rejected the charge": target61; the code stays the one the
    dictionary gives, 016 or 120)."""
    if (code == "016" or code[:2] == "12") and any(_charge_object(c) for c in trigger.children):
        return True
    return code == "016" and trigger.lemma_.lower() in DENYING_VERBS and any(
        c.dep_ in ("xcomp", "ccomp", "pcomp") or c.dep_ == "dobj" and c.tag_ == "VBG" for c in trigger.children)


def _speech_subject(tok: "Token") -> "Token | None":
    """The subject of the speaking verb the act's clause is reported under, if any."""
    from dateline.events.actors import SPEAKING_VERBS

    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in SPEAKING_VERBS:
            return next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        node = node.head
    return None


def reporter(trigger: "Token", denier: "Actor", earlier: list["Event"],
             resolve: "Callable[[list[Token]], list[tuple[Token, Actor]]]") -> "Actor | None":
    """The party that reported the denied act: the speaker of the latest earlier act done by
    the denier's country."""
    if not denier.country:
        return None
    doc = trigger.doc
    for ev in reversed(earlier):
        if ev.trigger is None or ev.trigger.start >= trigger.sent.start_char \
                or trigger.idx - ev.trigger.start > REACH:
            continue
        if ev.source.country != denier.country:
            continue
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        subj = _speech_subject(span.root)
        if subj is None:
            return None  # the latest act of the denier's side was no report
        for _, actor in resolve([subj]):
            if actor.country and actor.country != denier.country:
                return actor
        return None
    return None


def denies_charge(code: str, trigger: "Token") -> bool:
    """target61: a denial or rejection of a definite charge noun ("denied the accusation")."""
    return (code == "016" or code[:2] == "12") and any(_charge_object(c) for c in trigger.children)


def said_of(trigger: "Token", denier: "Actor",
            resolve: "Callable[[list[Token]], list[tuple[Token, Actor]]]") -> "Actor | None":
    """target61: the speaker of an earlier sentence that said something of the denier: "Pompeo
    said the crash was likely Iran's doing. Iran denied the accusation" (no act of Iran's was
    coded, so `reporter` finds none). The latest saying verb before the denial's sentence (within
    REACH) whose reported clause names the denier's country or entity and whose subject is of
    another country."""
    from dateline.events.actors import SPEAKING_VERBS

    if not denier.country:
        return None
    doc = trigger.doc
    start = trigger.sent.start
    for verb in reversed([t for t in doc[:start] if t.lemma_.lower() in SPEAKING_VERBS and t.pos_ == "VERB"]):
        if trigger.idx - verb.idx > REACH:
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if clause is None or subj is None:
            continue
        named = [t for t in clause.subtree if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")]
        if not any(a.country == denier.country or (a.entity and a.entity == denier.entity)
                   for _, a in resolve(named)):
            continue
        for _, actor in resolve([subj]):
            if actor.code and actor.country and actor.country != denier.country:
                return actor
        return None
    return None


# oppose56: the accuser named in the denial's own sentence. "Turkey denied that its troops had
# crossed into Iraq, as Baghdad had claimed": the "as" clause under the denial (or under its
# content clause) names who made the claim, and the denial answers it (016 toward Baghdad).
# "denied that Kuwait was pumping above its OPEC quota": a denial that a party broke a body's
# rule answers the body whose rule is at issue (the tuned Reuters gold: KWTGOV 016 IGOOPC). Only
# the denial's own clause is read; nothing named there leaves the other target rules to work.
CLAIMING_VERBS = frozenset({"claim", "allege", "charge", "say", "report", "accuse", "suggest", "assert", "insist"})
#: Nouns of a rule a party may be said to break, whose owner (a compound or possessor) set it.
RULE_NOUNS = frozenset({"quota", "quotas", "sanction", "sanctions", "embargo", "rule", "rules", "resolution",
                        "ceiling", "limit", "ban", "guideline", "guidelines"})


#: Words by which a clause says a rule was broken: "above its quota", "violated the embargo".
BREAKING_WORDS = frozenset({"above", "over", "beyond", "exceed", "violate", "break", "breach", "flout", "defy",
                            "ignore", "evade", "bust", "circumvent", "overshoot", "overproduce"})


def _broken(rule: "Token") -> bool:
    """The rule noun is what its clause says was broken: the object of a breaking verb or
    preposition ("pumping above its OPEC quota", "violating the UN embargo")."""
    return rule.dep_ in ("pobj", "dobj") and rule.head.lemma_.lower() in BREAKING_WORDS


def _as_claimants(verb: "Token") -> list["Token"]:
    """Subjects of an "as X (had) claimed" clause on `verb`."""
    return [s for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in CLAIMING_VERBS
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            and not any(n.dep_ == "neg" for n in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]


def _denied_clauses(code: str, trigger: "Token") -> "list[Token] | None":
    if code != "016" or trigger.lemma_.lower() not in DENYING_VERBS:
        return None
    return [c for c in trigger.children if c.dep_ in ("ccomp", "xcomp")]


def as_claimants(code: str, trigger: "Token") -> list["Token"]:
    """The accuser a denial's own sentence names in an "as X claimed" clause on the denial or
    on its content clause (module note above); it outranks a party named inside the denied
    clause ("denied sending arms to the rebels, as Washington alleged": toward Washington)."""
    clauses = _denied_clauses(code, trigger)
    if clauses is None:
        return []
    for v in (trigger, *clauses):
        found = _as_claimants(v)
        if found:
            return found
    return []


def rule_owner(code: str, trigger: "Token") -> list["Token"]:
    """The owner of a rule the denied clause says was broken ("denied that Kuwait was pumping
    above its OPEC quota": OPEC), for a denial with no other target; [] otherwise."""
    for cl in _denied_clauses(code, trigger) or []:
        for t in cl.subtree:
            if t.pos_ == "NOUN" and t.lower_ in RULE_NOUNS and _broken(t):
                owners = [m for m in t.children if m.dep_ in ("compound", "poss") and m.pos_ == "PROPN"]
                if owners:
                    return owners[:1]
    return []


# oppose56: "denied involvement in the unrest, which it blamed on government policies": a
# denial that turns the blame on another party answers that party (the tuned CoNLL gold:
# JOROPP 016 JORGOV), not the country at large. The blamed party is the "on" object of a
# "blame" relative clause on what the denied involvement or responsibility is in or for.
DENIED_SHARES = frozenset({"involvement", "responsibility", "role", "part", "complicity"})


def blamed_instead(code: str, trigger: "Token") -> list["Token"]:
    """The "on" object (and its compound or possessor owners) of "which it blamed on Y" on the
    act a denied involvement is in; [] otherwise."""
    if code != "016" or trigger.lemma_.lower() not in DENYING_VERBS:
        return []
    for share in (c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in DENIED_SHARES):
        for act in (*(g for p in share.children if p.dep_ == "prep" and p.lower_ in ("in", "for")
                      for g in p.children if g.dep_ == "pobj"), share):  # (the parser may hang the clause on the share)
            for rel in (r for r in act.children if r.dep_ == "relcl" and r.lemma_.lower() == "blame"
                        and not any(n.dep_ == "neg" for n in r.children)):
                on = [g for p in rel.children if p.dep_ == "prep" and p.lower_ == "on"
                      for g in p.children if g.dep_ == "pobj"]
                return [*on, *(m for o in on for m in o.children if m.dep_ in ("compound", "poss"))]
    return []


# oppose56: "Iraq has accused Iran of shelling Basra, a charge Tehran has always denied": the
# small model may read "a charge Tehran" as appositions and the denial as a verb joined to
# "accused", so the denial inherits the accuser as its subject (and is dropped as self-aimed).
# The denier is the name that stands right before the denial's own auxiliaries, in apposition
# to a charge noun.
CHARGE_NOUNS = frozenset({"charge", "accusation", "allegation", "claim"})
ACCUSING_VERBS = frozenset({"accuse", "charge", "allege", "blame", "claim"})


def charge_denier(verb: "Token") -> list["Token"]:
    """[the denier] of a "deny" verb joined by the parser to the accusation it answers, when a
    name in apposition to a charge noun stands right before its auxiliaries; [] otherwise."""
    if verb.lemma_.lower() not in DENYING_VERBS or verb.dep_ not in ("conj", "ROOT"):
        return []
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and not (len(subj) == 1 and subj[0].lemma_.lower() in CHARGE_NOUNS):
        return []  # (the parser may make "a charge" the subject and the name its apposition)
    first = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "advmod", "neg") and c.i < verb.i)],
                key=lambda t: t.i)
    if first.i == 0:
        return []
    name = verb.doc[first.i - 1]
    if name.pos_ == "PROPN" and name.dep_ in ("appos", "compound") and name.head.lemma_.lower() in CHARGE_NOUNS \
            and name.head.i < name.i:
        return [name]
    return []


def charge_accuser(verb: "Token") -> list["Token"]:
    """The accuser a "charge X denied" answers (charge_denier's case): the subject of the
    accusing verb the parser joined the denial to; [] otherwise."""
    name = charge_denier(verb)
    if not name and (accusing := _restated_accusation(verb)) is not None:
        # "Sharif accused Bhutto of corruption, charges she has denied": the charges restate the accusation
        return [c for c in accusing.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if not name:
        return []  # (the parser joins the denial to the accusing verb, or makes that verb its clause)
    accusing = next((a for a in name[0].head.ancestors if a.pos_ == "VERB" and a is not verb), None) \
        or next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.lemma_.lower() in ACCUSING_VERBS), None)
    if accusing is None:
        return []
    return [c for c in accusing.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def misread_charges(tok: "Token") -> bool:
    """oppose56: "Sharif accused Bhutto of corruption, charges she has always denied": the small
    model may read the restating noun "charges" as a verb joined to "accused", with the denial
    as its clause. Such a "charges" (no subject of its own, a denial clause) is the noun; the
    denial is then coded on its own verb (charge_accuser names the accuser)."""
    return tok.lower_ in ("charges", "charge") and tok.dep_ == "conj" and tok.head.lemma_.lower() in ACCUSING_VERBS \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children) \
        and any(c.dep_ in ("ccomp", "relcl") and c.lemma_.lower() in DENYING_VERBS for c in tok.children)


def _restated_accusation(verb: "Token") -> "Token | None":
    """The accusing verb of "X accused Y of Z, charges (that) Y has denied" for the denial verb."""
    head = verb.head
    if verb.lemma_.lower() in DENYING_VERBS and verb.dep_ in ("relcl", "ccomp") \
            and head.lemma_.lower() in CHARGE_NOUNS and head.dep_ in ("conj", "appos", "npadvmod") \
            and head.head.lemma_.lower() in ACCUSING_VERBS:
        return head.head
    return None


def accused_pronoun(verb: "Token") -> list["Token"]:
    """oppose56: "Sharif accused Bhutto of corruption, charges she has always denied": a pronoun
    denying the restated charges is the accused (the accusing verb's object), not the nearest
    named subject; [] otherwise."""
    accusing = _restated_accusation(verb)
    if accusing is None or not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return []
    return [c for c in accusing.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]


def sentence_accusers(code: str, trigger: "Token") -> list["Token"]:
    """The accuser a denial's own sentence names: "as X claimed" (as_claimants), or the subject
    of the accusation a charge noun restates ("X accused Y of Z, a charge Y denied":
    charge_accuser). It outranks a target read from other sentences or inside the denied clause."""
    if code != "016":
        return []
    return as_claimants(code, trigger) or charge_accuser(trigger)


def restated_denial(verb: "Token") -> bool:
    """The denial of a charge noun restating the sentence's accusation ("accused Y of Z, charges
    she has denied in the past", "a charge Islamabad has always denied"): it answers the
    accusation told now, so "always" or "in the past" makes it no record of a habit."""
    return verb.lemma_.lower() in DENYING_VERBS and (
        _restated_accusation(verb) is not None or bool(charge_denier(verb))
        or verb.dep_ == "relcl" and verb.head.lemma_.lower() in CHARGE_NOUNS
        and verb.head.dep_ in ("conj", "appos", "npadvmod") and verb.head.head.lemma_.lower() in ACCUSING_VERBS)
