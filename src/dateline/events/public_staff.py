"""labour58: strikers who work for the state strike against the government, not "business".

`conflict.strike_target` falls back on the strikers' country's business (the employer news
leaves to the article) unless the sentence names a firm or says the state is the adversary.
Air traffic controllers, civil servants, "public sector workers", "state hospital doctors" and
"government employees" have the state as their employer: the tuning file's "Bulgarian air
traffic controllers will go on strike ... demanding higher pay" is annotated BGRLAB 133 BGRGOV,
and the coder gave BGRBUS.

Read on the strikers' own noun phrase only (its modifiers and an "in the public sector" tail),
never on the rest of the sentence: "workers at a state-owned mill" name a firm the state owns,
which stays the strike's firm. Bare trade words that are state jobs in some countries and
private in others ("teachers", "railwaymen", "postal workers", "nurses") are left alone.
Pure functions on spaCy tokens.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Modifiers that make a worker noun a state employee ("public sector workers", "state
#: employees", "civil servants", "municipal staff", "government workers").
STATE_MODIFIERS = frozenset("public state government municipal federal civil council".split())
#: Worker nouns such a modifier turns into state staff.
STAFF_NOUNS = frozenset("worker employee staff servant staffer official personnel doctor nurse teacher "
                        "sector service".split())
#: Trades that are the state's in the era's news: air traffic control.
STATE_TRADES = {"controller": frozenset({"traffic", "air-traffic"})}


def _modifiers(noun: "Token") -> set[str]:
    """The lowercased words of the noun's own modifiers, nested ("public sector", "state
    hospital"), without its clauses."""
    out: set[str] = set()
    todo = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    while todo:
        t = todo.pop()
        out.add(t.lower_)
        todo.extend(c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i < t.i)
    return out


def is_state_staff(noun: "Token") -> bool:
    """ "air traffic controllers", "civil servants", "public sector workers", "state hospital
    doctors", "government employees", "workers in the public sector"."""
    lemma = noun.lemma_.lower()
    mods = _modifiers(noun)
    if lemma in STATE_TRADES and mods & STATE_TRADES[lemma]:
        return True
    if lemma in STAFF_NOUNS and mods & STATE_MODIFIERS and not mods & {"private"}:
        return lemma != "servant" or "civil" in mods or "public" in mods
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ("sector", "service") and _modifiers(g) & {"public", "state", "civil"}
        for g in p.children) for p in noun.children)


def state_employed(trigger: "Token") -> bool:
    """The strike's subjects (the counted group of "thousands of ...") are state staff."""
    from dateline.events import conflict
    from dateline.events.frames import subjects, with_conjuncts

    subs = subjects(trigger)
    if not subs and trigger.dep_ in ("dobj", "pobj") and trigger.head.pos_ in ("VERB", "ADP"):
        verb = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
        subs = subjects(verb)  # "staged a strike", "went on strike" read on the noun
    return bool(subs) and all(is_state_staff(conflict._counted(s)) for s in with_conjuncts(subs))


def employed_by_state(trigger: "Token") -> bool:
    """target73: the sentence says its workers are employed by the state: "state employed miners",
    "state-employed", "employed by the state (corporation)", "employed by the government". The
    annotators code such strikes and fasts at the government (r10, r24, r32: "9,000 miners employed
    by the state corporation Comibol" BOLLAB 142 / 143 BOLGOV), a firm named there included: the
    sentence itself calls the employer the state's."""
    for tok in trigger.sent:
        if tok.lower_ not in ("employed", "state-employed"):
            continue
        before = [t.lower_ for t in tok.doc[max(tok.i - 2, 0):tok.i]]  # "state employed", "state-employed"
        if tok.lower_ == "state-employed" or before[-1:] in (["state"], ["government"]) \
                or before in (["state", "-"], ["government", "-"]):
            return True
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        objs = [g for g in (agent.children if agent is not None else []) if g.dep_ == "pobj"]
        # "by the state", "by the state corporation Comibol" (the name the object, "state" two compounds down)
        if any(w.lower_ in ("state", "government", "state-owned") for g in objs for w in g.subtree
               if w is g or w.dep_ in ("amod", "compound")):
            return True
    return False

