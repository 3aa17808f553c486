"""What a court does to a party, as plain news states it (legal30, docs/evaluation/events-legal30.md).

The standard codes a court ruling against a party, or finding its act unlawful, as 116 (CAMEO
"find guilty or liable (legally)"). News tells such rulings with more verbs than "ruled":

- a court ordering a party to act: "a judge ordered the administration to restore the funding",
  "the court ordered Meta to remove the posts", "Facebook was ordered by a court to remove the
  post" (`court_order`, a coding of its own: 116 toward the party ordered; the ordered act is not
  done yet and is not coded);
- a court blocking, halting or suspending a party's measure: "Kenya's High Court blocked the
  government's plan", "an injunction blocking the president's order" (`ruling_code`: the 144 /
  12x / 17x reading a blocking verb gets becomes 116 when its source is a court);
- a party doing what a court ordered: "Facebook removed the video after a court ordered it to"
  yields to the court (080, `ordered_compliance`), as "complied with the court order" does.

And one reading is wrong: a court quashing or overturning a conviction or sentence rules for the
person convicted, not against them ("quashed the conviction of X": no 116 toward X;
`quashed_for_the_convicted`).

Pure functions on spaCy tokens; coder.py resolves the actors and hooks them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: Head nouns of a court's own phrase (its subject must be one for an order to be a ruling).
COURT_WORDS = frozenset("court judge justice tribunal magistrate jury panel bench".split())
#: Verbs of ordering a party to act.
ORDER_VERBS = frozenset("order direct instruct compel require".split())
#: Ordered acts the dictionary codes for what they are: kept in custody (173 "ordered X to remain
#: in detention"), sent away (172 "ordered X to leave").
KEPT_ACTS = frozenset("remain stay leave vacate be".split())
#: Verbs that stop a measure: a court using them rules against the measure's author.
BLOCKING_VERBS = frozenset("block halt suspend freeze stop overturn reverse overrule invalidate nullify void "
                           "annul cancel scrap".split())
#: Codes a blocking verb gets from the dictionary when a non-court uses it (144 block, 120 reject,
#: 12x, 172 / 163 suspend or freeze, 160 cancel).
BLOCKING_CODES = frozenset({"144", "120", "1232", "124", "172", "163", "160", "171", "1711"})
#: Roles a ruling can be against: governments, legislatures, firms, forces, parties, people.
RULED_ROLES = frozenset({"GOV", "LEG", "BUS", "COP", "MIL", "OPP", "CVL", "MED", "ELI", "NGO", "LAB", "SPY", "EDU"})
#: What a quashing verb undoes for the person it names.
PUNISHMENT_NOUNS = frozenset("conviction sentence verdict charge indictment detention arrest jailing "
                             "imprisonment execution deportation extradition eviction expulsion".split())  # (a ban or fine undone is a ruling against its maker)
#: Verbs that undo a punishment.
QUASHING_VERBS = frozenset("quash overturn annul reverse invalidate strike_down set_aside vacate void nullify "
                           "lift".split())
#: Pronouns by which an order names the party of the clause above ("ordered it to").
_PRONOUNS = frozenset("it they him her them".split())
#: Conjunctions of an order told as what came before the act ("after / when a court ordered it").
_BEFORE_MARKS = frozenset({"after", "when", "as", "since", "because"})


def is_court_actor(actor: "Actor") -> bool:
    """A court: a national court or judge (JUD), or an international court the organisation table
    codes by its body (the ICC as IGOICC, the ECHR as IGOCOE, the ICJ as IGOUNO)."""
    if actor.role == "JUD":
        return True
    words = (actor.name or "").lower().split()
    return bool(actor.code) and actor.code.startswith("IGO") and ("court" in words or "tribunal" in words)


def _is_court(tok: "Token") -> bool:
    """A noun phrase headed by a court word ("a federal judge", "the Supreme Court")."""
    return tok.lemma_.lower() in COURT_WORDS


def court_order(tok: "Token", subjects: list["Token"]) -> tuple[list["Token"], list["Token"], "Token"] | None:
    """ "the court ordered Meta to remove the posts": (the court's tokens, the party ordered, the
    ordered verb), or None. Active: the object; passive ("Meta was ordered by a court to"): the
    passive subject, with the court as the by-agent (`subjects` are the verb's agents as
    frames.subjects reads them). Only an order whose agent is a court's own phrase."""
    if tok.lemma_.lower() not in ORDER_VERBS or tok.pos_ != "VERB":
        return None
    act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if act is None or act.lemma_.lower() in KEPT_ACTS:
        return None
    courts = [s for s in subjects if _is_court(s)]
    if not courts:
        return None
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    slot = "nsubjpass" if passive else "dobj"
    ordered = [c for c in tok.children if c.dep_ == slot and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if not ordered:
        return None
    return courts, ordered, act


#: Verbs by which a court states its finding ("the court said / concluded / held that ...").
FINDING_VERBS = frozenset("say conclude hold declare find rule state determine decide".split())
#: Words of a finding against a party's act.
UNLAWFUL_WORDS = frozenset("unlawful illegal unconstitutional void invalid null illegitimate".split())
UNLAWFUL_ADVERBS = frozenset("unlawfully illegally unconstitutionally".split())


#: Every verb a court's order, block or finding is told with (the coder asks nothing of others).
COURT_VERBS = ORDER_VERBS | BLOCKING_VERBS | FINDING_VERBS


def court_finding(tok: "Token", subjects: list["Token"]) -> tuple[list["Token"], list["Token"]] | None:
    """ "the court said the prime minister's advice to the king was unlawful", "the judges
    concluded that the suspension of parliament was unlawful and void", "found that the minister
    had acted unlawfully": (the court's tokens, the subject of the finding), or None. The finding's
    subject is the act or party ruled against (an act's author: act_targets.py); a court saying so
    rules (116) rather than criticises (111)."""
    if tok.lemma_.lower() not in FINDING_VERBS or tok.pos_ != "VERB":
        return None
    courts = [s for s in subjects if _is_court(s)]
    cl = unlawful_clause(tok) if courts else None
    subj = [c for c in cl.children if c.dep_ in ("nsubj", "nsubjpass")] if cl is not None else []
    return (courts, subj) if subj else None


def unlawful_clause(tok: "Token") -> "Token | None":
    """The verb's "that"-clause calling something unlawful ("said the advice was unlawful and
    void", "found that he had acted unlawfully"), or None."""
    for cl in tok.children:
        if cl.dep_ != "ccomp":
            continue
        words = {c.lemma_.lower() for c in cl.children if c.dep_ in ("acomp", "attr", "oprd", "advmod")}
        words |= {k.lemma_.lower() for c in cl.children if c.dep_ in ("acomp", "attr") for k in c.children
                  if k.dep_ == "conj"}  # "unlawful and void"
        if cl.lemma_.lower() in UNLAWFUL_WORDS or words & UNLAWFUL_WORDS \
                or {c.lower_ for c in cl.children if c.dep_ == "advmod"} & UNLAWFUL_ADVERBS:
            return cl
    return None


def court_block(tok: "Token", subjects: list["Token"]) -> tuple[list["Token"], list["Token"]] | None:
    """ "a federal judge halted the administration's plan", "the court suspended the deal": (the
    court's tokens, the measure stopped), or None. The measure's author is the ruling's target
    (the coder finds it through the measure's own phrase, act_targets.py); a verb the dictionary
    codes otherwise for other subjects (144 block, 172 suspend) is the court's ruling (116)."""
    if tok.lemma_.lower() not in BLOCKING_VERBS or tok.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in tok.children):
        return None
    courts = [s for s in subjects if _is_court(s)]
    measure = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if not courts or not measure:
        return None
    return courts, measure


def ordered_compliance(tok: "Token") -> tuple["Token", list["Token"]] | None:
    """ "Facebook removed the video after a court in Vienna ordered it to do so": the order clause
    hung on the act and the orderer's words (the clause's subject), when the order names the
    act's own doer by a pronoun; None otherwise. The act's subject yields to the orderer (080)."""
    if tok.pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    for cl in tok.children:
        if cl.dep_ != "advcl" or cl.lemma_.lower() not in ORDER_VERBS:
            continue
        if not any(m.dep_ == "mark" and m.lower_ in _BEFORE_MARKS for m in cl.children):
            continue
        if not any(c.dep_ == "xcomp" for c in cl.children):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in _PRONOUNS for c in cl.children):
            continue
        orderer = [c for c in cl.children if c.dep_ == "nsubj"]
        if orderer:
            return cl, orderer
    return None


def _bail_request(trigger: "Token") -> bool:
    """The verb's object is a plea for bail: "the bail plea of X", "X's application for bail"."""
    for o in trigger.children:
        if o.dep_ != "dobj":
            continue
        if any(c.lower_ == "bail" and c.dep_ in ("compound", "amod", "nmod") for c in o.children):
            return True
        if any(p.dep_ == "prep" and p.lower_ == "for" and any(b.lower_ == "bail" for b in p.children)
               for p in o.children):
            return True
    return False


def ruling_code(code: str, trigger: "Token", source: "Actor", target: "Actor") -> str:
    """A court blocking, halting or suspending a party's measure rules against it (116); a court
    rejecting a plea for bail keeps the accused detained (173: "rejected the bail plea of the
    minister", as "denied him bail"); a court overturning or rejecting a party's claim, petition or
    motion rejects the party's plea (120, code74); other codes and other sources are returned
    unchanged."""
    if not is_court_actor(source) or not target.code:
        return code
    if code[:2] == "12" and _bail_request(trigger):
        return "173"
    if code in BLOCKING_CODES | {"116", "016"} and target.role in RULED_ROLES \
            and trigger.lemma_.lower() in BLOCKING_VERBS | REJECTING_VERBS and _pleaded(trigger):
        return "120"  # code74: "the court overturned a claim by X", "rejected X's claim that ...": X's plea rejected
    if code not in BLOCKING_CODES or target.role not in RULED_ROLES:
        return code
    return "116" if trigger.lemma_.lower() in BLOCKING_VERBS else code


#: What a party asks a court for: overturning or voiding one rejects the party's plea (120), it
#: rules on no measure of the party's (code74; the r38 gold: "the court overturned a claim by X", 120).
PLEA_NOUNS = frozenset("claim counterclaim petition motion request appeal application plea".split())
#: Verbs by which a court turns a plea down (a rejected claim is no denial of a charge, 016, when a
#: court rejects it).
REJECTING_VERBS = frozenset("reject deny dismiss".split())


def _pleaded(trigger: "Token") -> bool:
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in PLEA_NOUNS for c in trigger.children)


def quashed_for_the_convicted(code: str, trigger: "Token") -> bool:
    """ "quashed the conviction of X", "overturned his sentence", "blocked the execution of the
    prisoner": a ruling for the person whose punishment it undoes or stops; True when such a 116
    reading should not be coded (the punishment's own author, "the government's deportation of
    X", stays a target)."""
    if code != "116":
        return False
    lemma = trigger.lemma_.lower()
    if lemma in ("strike", "set") and any(c.dep_ == "prt" for c in trigger.children):
        lemma = f"{lemma}_{next(c.lower_ for c in trigger.children if c.dep_ == 'prt')}"
    if lemma not in QUASHING_VERBS | BLOCKING_VERBS:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PUNISHMENT_NOUNS
               and not any(k.dep_ == "poss" and k.pos_ != "PRON" for k in c.children) for c in trigger.children)


#: spurious68: a lower court's act a higher court reverses or upholds ("reversed a ruling by the
#: Court of Appeals", "upheld an earlier district court decision").
DECISION_NOUNS = frozenset("ruling decision judgment judgement verdict finding order injunction opinion".split())
#: Verbs by which an appeal is decided.
APPEAL_VERBS = QUASHING_VERBS | BLOCKING_VERBS | frozenset({"uphold", "affirm", "confirm"})


def appeal_decided(code: str, trigger: "Token", target: "Actor") -> bool:
    """ "The Supreme Court reversed a lower court ruling that struck down the law": a court deciding
    an appeal against another court's ruling names no party held liable (annr67b: "the reversal
    of a lower court names no liable party and is not coded"). True when such a 116 should not be
    coded: its target is a court, or the ruling undone is itself a court's ("a district court
    ruling"). A court reversing the government's own decision ("reversed the agency's decision")
    still rules against the agency."""
    if code != "116":
        return False
    lemma = trigger.lemma_.lower()
    if lemma in ("strike", "set") and any(c.dep_ == "prt" for c in trigger.children):
        lemma = f"{lemma}_{next(c.lower_ for c in trigger.children if c.dep_ == 'prt')}"
    if lemma not in APPEAL_VERBS:
        return False
    if is_court_actor(target):
        return True
    for obj in trigger.children:
        if obj.dep_ in ("dobj", "nsubjpass") and obj.lemma_.lower() in DECISION_NOUNS:
            own = [t for t in obj.subtree if t.i < obj.i or t.head == obj or t.head.head == obj]
            if any(_is_court(t) for t in own):
                return True
    return False
