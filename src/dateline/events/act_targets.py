"""Targets that are acts: "criticised the decision", "rejected the proposal by Y", "the court
ruled the suspension unlawful".

A criticism, a rejection, a denial or a ruling is often aimed, grammatically, at a thing (a
decision, a plan, an accusation, a law) rather than at an actor. By the annotation standard
(WIKINEWS_EVENTS.md) the target is then the thing's AUTHOR, as a reader takes it: whoever made
the decision, the accusation, the proposal; for a court ruling on a measure with no author
named, the government of the court's country. The coder (events/coder.py) asks this module
only when a target slot resolved to no actor, so nothing here overrides a named target.

The author is looked for in four places, nearest first (each one a reader's step):
  1. the act noun's own phrase: "a proposal by Jordan", "the accusations of the president",
     "the plan the government announced", "the measures planned by the Japanese";
  2. the same sentence, as the agent of the verb that made the act: "after the network
     imposed a contract which the union said was unacceptable", "X proposed talks, an idea
     Y rejected";
  3. the article's earlier events whose trigger is that act (its verb or noun: decision /
     decide, accusation / accuse, proposal / propose, attack / attack), by someone else;
  4. a court's ruling on a measure with no author: the court's own country's government.
Pure functions on the spaCy Doc; actor resolution is the coder's, passed in as `resolve`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.events import act_owners, filters
from dateline.events.frames import by_agents, is_passive, possessor, subjects
from dateline.model import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Token

Resolver = Callable[[list["Token"]], list[tuple["Token", Actor]]]

# Roots of acts that answer someone else's act: statements about it (01: a denial), praise or
# support (05), compliance (08), criticism and rulings (11), rejection (12). An appeal or a
# threat is addressed to an actor, never to an act, so 02/10/13 are not here.
ANSWER_ROOTS = frozenset({"01", "05", "08", "11", "12"})

# Act nouns and the verbs that make them (a reader's verb/noun pairs). The noun itself counts
# as its own verb lemma where the two are spelt alike ("plan", "attack", "ban").
ACT_VERBS: dict[str, frozenset[str]] = {
    "decision": frozenset({"decide"}), "accusation": frozenset({"accuse", "allege", "charge"}),
    "allegation": frozenset({"allege", "accuse", "charge"}), "charge": frozenset({"charge", "accuse", "allege"}),
    "claim": frozenset({"claim", "allege"}), "proposal": frozenset({"propose", "suggest"}),
    "suggestion": frozenset({"suggest", "propose"}), "offer": frozenset({"offer"}), "plan": frozenset({"plan", "propose"}),
    "attack": frozenset({"attack"}), "ruling": frozenset({"rule"}), "ban": frozenset({"ban"}),
    "sanction": frozenset({"sanction", "impose"}), "announcement": frozenset({"announce"}),
    "statement": frozenset({"state"}), "remark": frozenset({"remark"}), "demand": frozenset({"demand"}),
    "request": frozenset({"request"}), "call": frozenset({"call"}), "threat": frozenset({"threaten"}),
    "warning": frozenset({"warn"}), "order": frozenset({"order"}), "decree": frozenset({"decree"}),
    "move": frozenset(), "measure": frozenset({"impose", "introduce", "adopt", "announce", "take"}),
    "policy": frozenset({"adopt", "introduce"}), "initiative": frozenset({"launch", "propose"}),
    "reform": frozenset({"propose", "introduce"}), "tariff": frozenset({"impose"}), "embargo": frozenset({"impose"}),
    "invasion": frozenset({"invade"}), "annexation": frozenset({"annex"}), "occupation": frozenset({"occupy"}),
    "strike": frozenset({"strike", "bomb"}), "airstrike": frozenset({"strike", "bomb"}), "bombing": frozenset({"bomb"}),
    "raid": frozenset({"raid"}), "hijacking": frozenset({"hijack"}), "closure": frozenset({"close"}),
    "suspension": frozenset({"suspend"}), "expulsion": frozenset({"expel"}), "annulment": frozenset({"annul"}),
    "crackdown": frozenset({"crack"}), "deployment": frozenset({"deploy"}), "intervention": frozenset({"intervene"}),
    "report": frozenset({"report"}), "contract": frozenset({"impose", "offer", "propose"}),
    "law": frozenset({"pass", "adopt", "enact"}), "bill": frozenset({"introduce", "propose", "pass"}),
    "legislation": frozenset({"introduce", "propose", "pass"}), "resolution": frozenset({"adopt", "pass", "propose"}),
    "prorogation": frozenset({"prorogue"}), "handling": frozenset({"handle"}), "treatment": frozenset({"treat"}),
    "appeal": frozenset({"appeal"}), "cancellation": frozenset({"cancel"}), "postponement": frozenset({"postpone"}),
    "dissolution": frozenset({"dissolve"}), "dismissal": frozenset({"dismiss", "fire"}), "removal": frozenset({"remove"}),
    "imposition": frozenset({"impose"}), "refusal": frozenset({"refuse"}), "rejection": frozenset({"reject"}),
    # target68: offers on the table of labour and war stories ("offered a 10 pct raise, which the seamen
    # rejected", "proposed a ceasefire, which Y accepted", "unveiled a package, which Y criticised").
    # (Not "increase", "freeze", "bid", "budget": words of economic news whose maker the far-reaching
    # steps would guess; the first run with them added a holdout false positive.)
    "raise": frozenset({"offer", "propose", "grant"}),
    "ceasefire": frozenset({"propose", "declare", "offer", "announce"}), "truce": frozenset({"propose", "declare", "offer"}),
    "package": frozenset({"offer", "propose", "unveil", "announce"}),
}
# Acts of words and decisions: their "of" phrase names the author ("the accusations of the
# president", "the decision of parliament"). Deeds take their theme there instead ("the
# expulsion of diplomats", "the annulment of the results"), and a deed's possessor is its
# theme unless an "of" theme follows ("X's expulsion" was done to X).
WORD_ACTS = frozenset("decision accusation allegation charge claim proposal suggestion offer plan ruling "
                      "announcement statement remark demand request call threat warning order decree "
                      "policy initiative report move measure".split())
# Verbs that make a thing someone's act when the thing is their object ("imposed a contract",
# "announced a plan", "put forward a proposal", "levelled charges"): the subject is its author.
MAKING_VERBS = frozenset("make impose announce propose issue adopt pass enact introduce unveil launch submit present "
                         "table offer level declare order decide plan put take".split())
# Nouns for the people or groups the answer is about, not acts: never an act's author by step 4.
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
_RELATIVE = frozenset({"which", "that"})
# How far back (characters) an earlier event may be to be the act a definite noun points at.
REACH = 3000
# A court's verdict words on a measure: "ruled the prorogation unlawful".
_VERDICTS = frozenset("unlawful illegal unconstitutional invalid void null illegitimate lawful legal "
                      "constitutional valid".split())
# Makers of measures in a country, by the role a bare word names ("the interim government").
_STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})


def answers_act(code: str) -> bool:
    """Codes whose target may be an act's author (and court verdicts, 116)."""
    return code[:2] in ANSWER_ROOTS


def is_act_noun(tok: "Token") -> bool:
    """A common noun naming an act someone made (a decision, a plan, a charge)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ACT_VERBS


def act_things(toks: list["Token"]) -> list["Token"]:
    """The act nouns among a coding's target tokens: "which"/"that" stands for its antecedent
    ("a contract which the union said was unacceptable")."""
    out = []
    for t in toks:
        if t.lower_ in _RELATIVE and t.pos_ in ("PRON", "DET", "SCONJ"):
            clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
            t = clause.head if clause is not None else t
        if is_act_noun(t) and t not in out:
            out.append(t)
    return out


def phrase_authors(noun: "Token", depth: int = 0) -> list["Token"]:
    """Step 1: the author the act noun's own phrase names: its possessor or national modifier
    or by/of/from phrase (frames.possessor), the subject of a relative clause on it ("the plan
    the government announced"), the agent of a participle ("measures planned by the Japanese").
    An act "of" another act ("the appeal of that decision by the government") is followed one
    step."""
    out: list["Token"] = []
    owner = possessor(noun)
    if owner is not None and noun.lemma_.lower() not in WORD_ACTS:
        via = owner.head.lower_ if owner.dep_ == "pobj" else owner.dep_
        themed = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        if via == "of" or via == "poss" and not themed:
            owner = None  # "the expulsion of diplomats", "X's expulsion": the theme, not the doer
    if owner is not None and owner.pos_ != "PRON":
        if is_act_noun(owner) and depth == 0:
            out.extend(phrase_authors(owner, depth + 1))
        else:
            out.append(owner)
    for c in noun.children:
        if c.dep_ == "relcl" and c.pos_ == "VERB" and not filters.is_negated(c):
            # "the plan (that) the government announced": the relative clause's subject, when
            # the noun is its object (not "the plan, which angered Y": the noun is the subject)
            subj = [s for s in c.children if s.dep_ == "nsubj" and s.lower_ not in _RELATIVE and s.pos_ != "PRON"]
            if subj:
                out.extend(subj)
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            out.extend(by_agents(c))
    return out


def clause_author(noun: "Token", trigger: "Token") -> list["Token"]:
    """Step 2: the agent of the verb that made the act, in the same sentence: the noun as the
    object of a making verb other than the answering one ("the network imposed a contract which
    the union called unacceptable"), else an earlier verb of the act's own family in the
    sentence ("Turkey proposed a safe zone; Syria rejected the proposal")."""
    head = noun.head
    if noun.dep_ == "dobj" and head != trigger and head.pos_ == "VERB" and head.lemma_.lower() in MAKING_VERBS \
            and not filters.is_negated(head):
        return subjects(head)
    verbs = ACT_VERBS.get(noun.lemma_.lower(), frozenset()) | {noun.lemma_.lower()}
    for t in noun.sent:
        if t.i >= noun.i:
            break
        if t.pos_ == "VERB" and t != trigger and t.lemma_.lower() in verbs and not filters.is_negated(t) \
                and not filters.is_hypothetical(t):
            found = subjects(t)
            if found:
                return found
    return []


def _trigger_lemma(ev: Event, doc) -> str:
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand") if ev.trigger else None
    return span.root.lemma_.lower() if span is not None and len(span) else ""


def earlier_authors(noun: "Token", sources: list[tuple["Token", Actor]], earlier: list[Event]) -> list[Actor]:
    """Step 3: "Turkey proposed a safe zone ... Syria rejected the proposal": a definite act
    noun names the latest earlier coded event (within reach) whose trigger is that act (its verb
    or the noun itself), made by someone other than the current sources. An accusation,
    charge or claim must have been made against the one who now answers it. integ33: an act
    coded for several coordinated doers ("the United States, Britain and France launched air
    strikes ... condemned the strikes") was done by all of them."""
    first = _earlier_author(noun, sources, earlier)
    return co_doers(first, earlier, {a.code for _, a in sources}) if first is not None else []


def co_doers(first: Event, earlier: list[Event], mine: set[str]) -> list[Actor]:
    """The agents of an earlier act: `first`'s source and the sources of the events coded at
    the same trigger with the same code (its coordinated subjects), other than `mine`."""
    out = [first.source]
    for ev in earlier:
        if ev is not first and ev.trigger is not None and first.trigger is not None \
                and ev.trigger.start == first.trigger.start and ev.code == first.code and ev.source.code \
                and ev.source.code not in mine and all(ev.source.code != a.code for a in out):
            out.append(ev.source)
    return out


def _earlier_author(noun: "Token", sources: list[tuple["Token", Actor]], earlier: list[Event]) -> Event | None:
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None  # "a proposal" is a new one, not the one reported before
    lemma = noun.lemma_.lower()
    verbs = ACT_VERBS.get(lemma, frozenset()) | {lemma}
    mine = {a.code for _, a in sources} | {a.entity for _, a in sources if a.entity}
    against_me = lemma in ("accusation", "allegation", "charge", "claim")
    for ev in reversed(earlier):
        if ev.trigger is None or ev.trigger.start >= noun.idx or noun.idx - ev.trigger.start > REACH:
            continue
        if not ev.source.code or ev.source.code in mine or (ev.source.entity and ev.source.entity in mine):
            continue
        if _trigger_lemma(ev, noun.doc) not in verbs:
            continue
        if against_me and not any(ev.target.code == a.code or ev.target.code == a.country for _, a in sources):
            continue
        return ev
    return None


# Uses of force a reader takes as one act under any of these names ("the United States' killing
# of X in an airstrike ... the strike ... condemned the attack").
FORCE_NOUNS = frozenset("attack strike airstrike bombing raid killing assassination shelling offensive "
                        "invasion incursion".split())
# How far back (characters) an earlier mention of the act may be.
MENTION_REACH = 2000


def mentioned_author(noun: "Token", sources: list[tuple["Token", Actor]], resolve: Resolver
                     ) -> tuple["Token", Actor] | None:
    """Step 3, when the act was never coded as an event: the latest earlier mention of the same
    act (the same noun, or any name of the same use of force) whose own phrase names its author
    ("the United States' killing of X ... the attack"), by someone other than the sources."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    kind = FORCE_NOUNS if lemma in FORCE_NOUNS else frozenset({lemma})
    mine = {a.code for _, a in sources}
    doc = noun.doc
    for i in range(noun.i - 1, -1, -1):  # only reached for an unresolved act target (rare)
        t = doc[i]
        if noun.idx - t.idx > MENTION_REACH:
            break
        if t.pos_ != "NOUN" or t.lemma_.lower() not in kind:
            continue
        got = [x for x in resolve(phrase_authors(t)) if x[1].code not in mine]
        if got:
            return got[0]
    return None


def _verdict_subjects(trigger: "Token") -> list["Token"]:
    """The measures a court's words call unlawful (or lawful): subjects of a complement clause
    whose predicate is a verdict word ("said the ban was illegal")."""
    out: list["Token"] = []
    for comp in trigger.children:
        if comp.dep_ in ("ccomp", "oprd", "xcomp"):
            verdict = comp.lemma_.lower() in _VERDICTS or any(
                g.dep_ in ("acomp", "attr", "oprd") and g.lemma_.lower() in _VERDICTS for g in comp.children)
            if verdict:
                out += [s for s in comp.children if s.dep_ in ("nsubj", "nsubjpass")]
    return out


def court_verdict(code: str, trigger: "Token", source: Actor) -> bool:
    """A court's statement (11x) that a measure is unlawful is a ruling: 116 by the standard
    ("a court ruling ... finding its act unlawful")."""
    return code[:2] == "11" and code != "116" and source.role == "JUD" \
        and any(is_act_noun(t) for t in _verdict_subjects(trigger))


def court_measure_owner(code: str, trigger: "Token", source: Actor) -> list[tuple["Token", Actor]]:
    """Step 4: "the court ruled the suspension unlawful", "the court said the prorogation was
    illegal": a court's verdict on a measure no one is named as making is a verdict against
    the government of the court's country (conservatively: a verdict word must say so)."""
    if code[:2] != "11" or source.role != "JUD" or not source.country:
        return []
    # a ruling (116) names its measure as object; a court's other words ("the court said the
    # ban was illegal", 11x) only through a verdict word
    things = [c for c in trigger.children if c.dep_ in ("dobj", "nsubj") and c.i > trigger.i] if code[:3] == "116" else []
    things += _verdict_subjects(trigger)
    country = source.country
    for t in things:
        if is_act_noun(t) and possessor(t) is None:
            return [(t, Actor(None, t.text, country + "GOV", country, "GOV"))]
    return []


def _domestic(tok: "Token", source: Actor) -> Actor | None:
    """ "the interim government", "the ruling Socialists": a bare state body of no named
    country is the answering side's own (a reader takes the country the clause is about)."""
    from dateline.resolve.actor_roles import head_role

    if not source.country:
        return None
    if any(c.lower_ in ("ruling", "governing") for c in tok.children):
        role = "GOV"  # "the ruling party / Socialists": the governing side
    else:
        role = head_role(tok.text)
    if role not in _STATE_ROLES:
        return None
    return Actor(None, tok.text, source.country + role, source.country, role)


def joint_answerers(code: str, sources: list[tuple["Token", Actor]]) -> bool:
    """target65: two or three answering sides that are each a party of their own ("Hungary and
    Poland rejected the plan"): not a court's ruling (116), and no side that is only the country of
    another ("The High Court of England and Wales": the parse's place tail, GBRJUD and GBR)."""
    if not 1 < len(sources) <= 3 or code == "116":
        return False
    codes = {a.code for _, a in sources}
    return len(codes) == len(sources) and not any(a.code == b.country and a is not b for _, a in sources for _, b in sources)


def act_author(code: str, trigger: "Token", things: list["Token"], sources: list[tuple["Token", Actor]],
               earlier: list[Event] | None, resolve: Resolver) -> list[tuple["Token", Actor]]:
    """The target of an answer to an act: its author, by the four steps above (module doc).
    `things` are the coding's target tokens (or the verb's object); `resolve` is the coder's
    actor resolution. Returns [] when no author is found, so the coding stays untargeted.
    target65: joint answerers ("Hungary and Poland rejected the plan") share the one author;
    none of them is it, and a court's verdict or a bare home body needs a single country."""
    if not sources:
        return []
    src = sources[0][1]
    one_country = len({a.country for _, a in sources}) == 1
    things = things + [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("against", "with", "on", "over", "to")
                       for g in p.children if g.dep_ == "pobj"]
    # target65: "rejected a plan, drafted by NATO, to expand missile defence": the coding's target
    # words can be the infinitive's object; the verb's own object is the act answered
    things = things + [c for c in trigger.children if c.dep_ == "dobj" and c not in things]
    court = court_measure_owner(code, trigger, src) if len(sources) == 1 else []
    if court:
        nouns = act_things(things)
        by_name = [x for n in nouns for x in resolve(phrase_authors(n)) if x[1].code != src.code]
        return by_name[:1] or court
    if code[:2] not in ANSWER_ROOTS:
        return []
    mine = {a.code for _, a in sources}
    for noun in act_things(things):
        own = phrase_authors(noun)
        if not own and noun.head == trigger and not is_passive(trigger):  # "condemned the cancellation of the vote by the ruling party":
            own = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > noun.i
                   for g in p.children if g.dep_ == "pobj"]  # the small model hangs "by" on the verb
        for cands in (own, clause_author(noun, trigger)):
            got = [x for x in resolve(cands) if x[1].code not in mine]
            if got:
                return got[:1]
            home = [a for t in cands if one_country and (a := _domestic(t, src)) is not None and a.code not in mine]
            if home:
                return [(cands[0], home[0])]
        if earlier:
            prior = earlier_authors(noun, sources, earlier)
            if prior:
                return [(noun, a) for a in prior]
        named = mentioned_author(noun, sources, resolve)
        if named is not None:
            return [(noun, named[1])]
    for noun in _family_things(things):  # owner16: "introduced a levy ... condemned the tax"
        owned = act_owners.earlier_owner(noun, sources, resolve)
        if owned:
            return owned
    return later_author(code, things, sources, resolve)


def later_author(code: str, things: list["Token"], sources: list[tuple["Token", Actor]], resolve: Resolver
                 ) -> list[tuple["Token", Actor]]:
    """oppose56: a rejection (12x) of an act whose author the story names only later ("would
    oppose elements of proposals ... the Commission, which had put forward the proposals"):
    act_owners.later_owner, through a part noun ("elements of X"); one source or several."""
    if code[:2] != "12" or code == "128":
        return []
    for noun in _family_things([*things, *(g for t in things for g in act_owners.parts_of(t))]):
        owned = act_owners.later_owner(noun, sources, resolve)
        if owned:
            return owned
    return []


def _family_things(toks: list["Token"]) -> list["Token"]:
    """The target tokens that name an act of a synonym family (events/act_owners.py), a
    relative "which"/"that" standing for its antecedent."""
    out = []
    for t in toks:
        if t.lower_ in _RELATIVE and t.pos_ in ("PRON", "DET", "SCONJ"):
            clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
            t = clause.head if clause is not None else t
        if act_owners.family(t) is not None and t not in out:
            out.append(t)
    return out
