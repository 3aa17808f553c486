"""Whose act "the tax", "the deal", "the proposal" is, from the article's earlier clauses.

A criticism or a rejection often names its target only as an act: "Unions condemned the
levy", "Russia rejected the accord", "the opposition said the scheme was unfair". The act's
owner was named earlier in the article, when the act was made: "The government introduced a
fuel tax", "Germany and France signed a defence pact", "the Japanese proposal". By the
annotation standard (WIKINEWS_EVENTS.md) the target is then that owner, as a reader takes it.

This module keeps an article-level map from act nouns to their authors: every earlier mention
of a noun of the same family (a reader's synonyms: tax/levy/duty, deal/agreement/accord/pact,
plan/proposal/scheme, ruling/decision/verdict, law/bill/act/legislation ...) whose clause names
who made it, whether or not that clause was coded as an event:
  - the mention is the object of a making verb with a subject ("the government introduced a
    tax", "X and Y signed an accord"), or the passive subject of one with a "by" agent;
  - the mention has a possessor, a national adjective or a "by" phrase ("Japan's proposal",
    "the Japanese proposal", "a plan by the ministry"), or a relative clause whose subject made
    it ("the bill the senate passed").
The lookup takes the nearest such mention before the act noun (within REACH) whose author is
not the answering side itself. Pure functions on the spaCy Doc; actor resolution is the
coder's, passed in as `resolve`.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.events.frames import by_agents, possessor, subjects
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Resolver = Callable[[list["Token"]], list[tuple["Token", Actor]]]

# A reader's synonym families: a later noun of a family may name an act an earlier noun of the
# same family named ("introduced a levy ... the tax").
FAMILIES: tuple[frozenset[str], ...] = (
    frozenset("tax levy duty tariff surcharge".split()),
    frozenset("deal agreement accord pact treaty".split()),
    frozenset("plan proposal scheme initiative blueprint package".split()),
    frozenset("ruling decision verdict judgment judgement".split()),
    frozenset("law bill act legislation amendment".split()),
    frozenset("ban embargo prohibition".split()),
    frozenset("restriction curb control quota".split()),  # integ25: "announced restrictions ... the controls"
    frozenset("rule regulation".split()),  # critic59: "issued a new rule on asylum ... said the rule / it violates"
    frozenset("measure move step action".split()),
    frozenset({"reform", "reforms"}),
    frozenset({"policy"}),
    frozenset({"budget"}),
    frozenset({"curfew"}),
    frozenset({"decree", "order"}),
    frozenset({"sanction", "sanctions"}),
    frozenset({"prorogation", "suspension"}),
    frozenset({"dissolution", "disbanding"}),
    frozenset({"closure", "shutdown"}),
    frozenset({"dismissal", "removal", "ouster"}),
    frozenset({"cancellation", "annulment"}),
    frozenset("book memoir memoirs autobiography".split()),  # target65: "released a book ... criticised the book"
)
_FAMILY_OF: dict[str, frozenset[str]] = {n: f for f in FAMILIES for n in f}
# Verbs whose subject makes the thing that is their object: "introduced a tax", "signed a
# deal", "handed down a ruling", "unveiled a plan", "passed a bill".
MAKING_VERBS = frozenset("make impose introduce announce propose unveil adopt pass enact approve issue sign "
                         "conclude reach strike negotiate broker draft table submit present launch levy raise "
                         "implement declare order decree hand deliver put set plan".split()) \
    | frozenset("draw prepare devise formulate outline".split()) \
    | frozenset("write publish release".split())  # target65: "Bolton released a book ... the book"
# Verbs that make an act of a family by themselves: "X proposed to cut ..." is X's proposal,
# "the court ruled ..." the court's ruling, "the cabinet decided ..." its decision.
VERB_FAMILIES = {"propose": "proposal", "suggest": "proposal", "plan": "proposal", "rule": "ruling",
                 "decide": "ruling", "legislate": "law", "ban": "ban", "tax": "tax",
                 "suspend": "suspension", "prorogue": "prorogation", "dissolve": "dissolution",
                 "disband": "dissolution", "close": "closure", "shut": "closure", "dismiss": "dismissal",
                 "remove": "dismissal", "oust": "dismissal", "cancel": "cancellation", "annul": "cancellation"}
# tunetgt45: a court's act told by a verb of judging other than "rule" ("a federal court struck
# down the rules", "the High Court overturned the decision", "the appeals court upheld the
# sentence", "a judge blocked the order") makes the ruling that a later "the ruling / the
# verdict / the decision" points back at ("the minister said the ruling was wrong": the court).
# Only with a court, judge or jury as the subject: "parliament overturned the veto" is no ruling.
JUDGING_VERBS = frozenset({"overturn", "uphold", "quash", "overrule", "reverse", "annul", "invalidate",
                           "block", "halt", "convict", "acquit", "sentence", "dismiss", "throw", "strike"})
#: verbs that judge only with their particle: "struck down", "threw out"
JUDGING_PARTICLES = {"strike": "down", "throw": "out"}
COURT_NOUNS = frozenset({"court", "judge", "tribunal", "jury", "magistrate", "justice", "bench", "judiciary"})


def judging_court(verb: "Token") -> list["Token"]:
    """The court, judge or jury subjects of a judging verb (JUDGING_VERBS), not negated; []."""
    if verb.pos_ != "VERB":
        return []  # (perf67: before the lemma: `_mentions` asks this of every word of the article)
    lemma = verb.lemma_.lower()
    if lemma not in JUDGING_VERBS or filters.is_negated(verb) or filters.is_hypothetical(verb):
        return []
    if lemma in JUDGING_PARTICLES and not any(c.dep_ == "prt" and c.lower_ == JUDGING_PARTICLES[lemma]
                                              for c in verb.children):
        return []
    return [s for s in subjects(verb) if s.lemma_.lower() in COURT_NOUNS]


# Acts done to a body or a thing, named with it as their theme: "the dissolution of the
# party", "the suspension of parliament", "the closure of the newspapers". A criticism
# or a rejection of one is aimed at whoever did it (found by events/act_targets.py), never at the
# theme; the coder treats these like its THEME_OWNED_NOUNS ("the senator's arrest") for 11 and
# 12 only (a demand for "the removal of the troops" is rightly aimed at the troops' side).
DONE_TO_NOUNS = frozenset("dissolution suspension closure shutdown dismissal cancellation annulment "
                          "prorogation removal ouster banning disbanding".split())
# demo26: verbs whose subjects make an agreement by acting together: "X and Y agreed to ...",
# "Lithuania and Poland will pool their air defences" / "pledge joint air defence" -> "NATO
# welcomed the agreement" is X's and Y's. "agree" makes one with any named subject; the others
# only with a coordinated pair (one state's "pledge" is its own promise, no agreement).
AGREEING_VERBS = frozenset({"agree"})
JOINT_VERBS = frozenset({"pool", "pledge", "combine", "merge", "coordinate", "unite", "commit", "vow"})
_MAKING_TOGETHER = AGREEING_VERBS | JOINT_VERBS  # (perf67: one set, not a union per call)
_DEALS = _FAMILY_OF["deal"]
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
# How far back (characters) an earlier mention may be.
REACH = 3000


# Participles that make any noun a proposal someone made: "opposed to proposed limits on X",
# "objections to the planned curbs" (the article said earlier who proposed them).
PROPOSED = frozenset({"proposed", "planned", "suggested", "mooted"})
_PLANS = _FAMILY_OF["proposal"]


def _proposed(noun: "Token") -> bool:
    return any(c.dep_ == "amod" and c.lower_ in PROPOSED for c in noun.children)


def family(noun: "Token") -> frozenset[str] | None:
    """The synonym family of an act noun ("levy" -> tax/levy/duty ...); a "proposed" anything
    is a proposal; else None."""
    if noun.pos_ != "NOUN":
        return None
    return _FAMILY_OF.get(noun.lemma_.lower()) or _FAMILY_OF.get(noun.lower_) or (_PLANS if _proposed(noun) else None)


#: Nouns naming part of an act: "major elements of the proposals" (oppose56)
ACT_PARTS = frozenset("element part aspect provision section".split())


def parts_of(tok: "Token") -> list["Token"]:
    """The act a part noun is part of ("elements of the proposals": [proposals]); [] for any
    other word. A rejection of an act's elements rejects the act (statements, act_targets)."""
    if tok.lemma_.lower() not in ACT_PARTS:
        return []
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def is_definite(noun: "Token") -> bool:
    """ "the tax", "this deal", "proposed limits": a noun that points back at an act already
    named."""
    return _proposed(noun) or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _making_verb(t: "Token") -> "Token | None":
    """The making verb a mention is the object (or passive subject) of, through a coordination
    ("signed and ratified the pact", "a tax and a levy")."""
    while t.dep_ == "conj" and t.head.pos_ == "NOUN":
        t = t.head
    head = t.head
    if t.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in MAKING_VERBS \
            and not filters.is_negated(head) and not filters.is_hypothetical(head):
        return head
    return None


def _owner(t: "Token") -> "Token | None":
    """The act's own owner in its phrase ("Japan's proposal", "the Japanese plan", "a ban by
    X"), not an "of" theme ("the ban of plastic bags", "the suspension of parliament"), nor a
    possessor of an act done to it ("the party's dissolution")."""
    own = possessor(t)
    if own is None or own.pos_ == "PRON":
        return None
    via = own.head.lower_ if own.dep_ == "pobj" else own.dep_
    if via == "of" or via == "poss" and t.lemma_.lower() in DONE_TO_NOUNS:
        return None
    return own


def mention_authors(t: "Token") -> list["Token"]:
    """Who made the act an earlier mention names, by its own clause (module doc); []."""
    own = _owner(t)
    if own is not None:
        return [own]
    for c in t.children:
        if c.dep_ == "relcl" and c.pos_ == "VERB" and c.lemma_.lower() in MAKING_VERBS and not filters.is_negated(c):
            subj = [s for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
            if subj:
                return subj  # "the bill the senate passed"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MAKING_VERBS:
            agents = by_agents(c)
            if agents:
                return agents  # "the tax imposed by the government"
    verb = _making_verb(t)
    if verb is None:
        return []
    if t.dep_ == "nsubjpass" or any(t.dep_ == "conj" and a.dep_ == "nsubjpass" for a in t.ancestors):
        return by_agents(verb)
    return subjects(verb)


def joint_makers(verb: "Token") -> list["Token"]:
    """The named subjects of a verb that makes an agreement by itself (AGREEING_VERBS, JOINT_VERBS
    with a coordinated subject), not negated; [] otherwise. A "will" or "would" stays: what two
    sides will do together is the content of their agreement."""
    if verb.pos_ != "VERB":
        return []  # (perf67: before the lemma, as in `judging_court`)
    lemma = verb.lemma_.lower()
    if lemma not in _MAKING_TOGETHER or filters.is_negated(verb):
        return []
    subj = [s for s in subjects(verb) if s.pos_ != "PRON"]
    if lemma in JOINT_VERBS and not any(s.conjuncts for s in subj):
        return []
    return subj


@lru_cache(maxsize=8)
def _mentions(doc: "Doc") -> tuple[tuple[int, frozenset[str], tuple[int, ...]], ...]:
    """The article's map: (token index, family, author token indices) for every mention of a
    family noun whose clause names its author, in text order."""
    out = []
    for t in doc:
        if t.pos_ == "VERB" and (vf := VERB_FAMILIES.get(t.lemma_.lower())) is not None \
                and not filters.is_negated(t) and not filters.is_hypothetical(t):
            subj = [s for s in subjects(t) if s.pos_ != "PRON" or s.lower_ not in ("it", "that", "which")]
            if subj:  # "the Commission proposed ... the proposal", "the court ruled ... the ruling"
                out.append((t.i, _FAMILY_OF[vf], tuple(s.i for s in subj)))
            continue
        if (court := judging_court(t)):  # tunetgt45: "the court struck down ... the ruling"
            out.append((t.i, _FAMILY_OF["ruling"], tuple(s.i for s in court)))
            continue
        if (joint := joint_makers(t)):
            out.append((t.i, _DEALS, tuple(s.i for s in joint)))
            continue
        fam = family(t)
        if fam is None:
            continue
        authors = mention_authors(t)
        if authors:
            out.append((t.i, fam, tuple(a.i for a in authors)))
    return tuple(out)


def earlier_owner(noun: "Token", sources: list[tuple["Token", Actor]], resolve: Resolver
                  ) -> list[tuple["Token", Actor]]:
    """The authors of the act a definite act noun with no owner of its own points back at: the
    nearest earlier mention of its family (within REACH) whose clause names an author other
    than the answering side ("The government introduced a levy ... unions condemned the
    tax" -> the government); joint authors each ("The U.S. and Japan announced restrictions
    ... China said the controls broke the rules" -> both). [] when there is none."""
    fam = family(noun)
    if fam is None or not is_definite(noun) or _owner(noun) is not None:
        return []
    mine = {a.code for _, a in sources} | {a.entity for _, a in sources if a.entity}
    doc = noun.doc
    for i, f, authors in reversed(_mentions(doc)):
        if i >= noun.i or f is not fam:
            continue
        if noun.idx - doc[i].idx > REACH:
            break
        got = [x for x in resolve([doc[a] for a in authors]) if x[1].code not in mine
               and not (x[1].entity and x[1].entity in mine)]
        if got:
            codes: set[str | None] = set()
            return [(noun, a) for _, a in got if not (a.code in codes or codes.add(a.code))]
    return []


# oppose56: a wire story leads with the reaction and names the act's author a few sentences on:
# "Britain and West Germany said they would oppose major elements of proposals to rid the EC of
# its surpluses ... the EC's Executive Commission, which had put forward the proposals";
# "C and W is opposed to plans to reduce its share ... That plan, put forward by Keidanren".
# A rejection (12x) of an act noun that no earlier mention owns is aimed at the author the
# first later definite mention of its family ("the proposals", "that plan") names, within
# REACH_AHEAD. Bare plurals count as the rejected noun ("opposed to plans to ..."): a lead names
# the act before it says whose it is.
REACH_AHEAD = 1500


def later_owner(noun: "Token", sources: list[tuple["Token", Actor]], resolve: Resolver
                ) -> list[tuple["Token", Actor]]:
    """The author the first later mention of the act noun's family names (module note above);
    [] when the noun has an owner of its own, is indefinite and singular, or none is named."""
    fam = family(noun)
    if fam is None or _owner(noun) is not None \
            or not (is_definite(noun) or noun.tag_ == "NNS" and not any(c.dep_ == "det" for c in noun.children)):
        return []
    mine = {a.code for _, a in sources} | {a.entity for _, a in sources if a.entity}
    doc = noun.doc
    for i, f, authors in _mentions(doc):
        if i <= noun.i or f is not fam or doc[i].sent == noun.sent or doc[i].pos_ != "NOUN" or not is_definite(doc[i]):
            continue  # (only "the proposals", "that plan": "Germany unveiled a plan" is another act)
        if doc[i].idx - noun.idx > REACH_AHEAD:
            break
        got = [x for x in resolve([doc[a] for a in authors]) if x[1].code not in mine
               and not (x[1].entity and x[1].entity in mine)]
        if got:
            return [(noun, got[0][1])]
    return []
