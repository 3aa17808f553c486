"""code73: an appeal to a government to use a policy instrument is an appeal for a change in policy (0242).

The annotated Reuters files code an appeal or advice addressed to a government whose asked act
works one of the state's own economic instruments ("urged the government to prepare pump-priming
measures", "said the government should issue construction bonds", "said Japan should open its
bond and stock markets", "said Reagan must reconsider his opposition to tax increases", "the
government must take adequate economic measures") as 0242, the appeal for a change in policy
(CAMEO 0242: "appeal for change in policy"), where the coder gave the plain appeal (020) or, for
"must", the plain demand (100). spurious70's `reform_appeals` reads only reforms named as such
("to liberalise", "sweeping reforms"); this reads the instrument the act is done with.

Only for a government addressee (GOV, LEG, or a state named bare): the same words asked of firms
("urged makers to boost chip imports"), of a court ("asked the court to overturn a ruling") or of
an international body ("the G-7 should respect pledges on monetary policy") keep their code, as
the tune gold codes them. The instrument is read in the object phrase of the asked act (its
modifiers, its "of / on / to" nouns), not anywhere in the clause: "urged the administration to
join an effort to write a budget" stays 020. Measures that punish another side ("retaliatory
measures") are sanctions, and an asked stance on another's measure ("oppose the EC's tax") no
policy of the addressee's own: neither is read; nor a negated act ("should not abandon its
fiscal target": a policy kept). A "must" that names no instrument stays 100;
"demanded that Y ..." is read elsewhere (appeals.POLICY_CHANGE).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import appeals, reform_appeals

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: The roles of an addressee whose policy an appeal may ask to change; a bare state has none.
GOVERNING_ROLES = frozenset({"GOV", "LEG"})
#: Obligation auxiliaries of advice and "must" demands ("Y should issue bonds", "Y must take measures").
OBLIGATION = frozenset({"must", "should", "ought"})
#: A state's own economic instruments, named as the object of the asked act.
INSTRUMENTS = frozenset("measure measures package packages policy policies spending expenditure expenditures "
                        "budget deficit deficits tax taxes taxation bond bonds stimulus subsidy subsidies".split())
#: Instruments named by their modifier only ("money supply", "interest rates", "bond markets").
MODIFIED_INSTRUMENTS = {
    "supply": frozenset({"money"}),
    "rate": frozenset({"interest", "discount", "lending"}),
    "market": frozenset("financial capital bond stock money securities".split()),
    "demand": frozenset({"domestic"}),
}
#: Asked cuts of taxes or spending at home stay the plain appeal (020), as the older tune gold
#: (r7) and content_fields note; the tests of actors69, roles27 and target69 keep them 020.
CUTTING_VERBS = frozenset("cut reduce lower trim slash".split())
#: Changes whose modifier names the instrument changed ("tax increases", "spending cuts").
CHANGES = frozenset("increase increases cut cuts hike hikes rise rises reduction reductions".split())
#: Modifiers of measures that punish another side: sanctions, not a policy of one's own.
PUNITIVE = frozenset({"retaliatory", "punitive", "protectionist", "trade"})
#: Asked stances on another side's measure: not a change of the addressee's own policy.
STANCE_VERBS = frozenset("oppose support back endorse accept reject resist fight condemn criticise criticize "
                         "protest communicate".split())


def _mods(noun: "Token") -> set[str]:
    return {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}


def _instrument(noun: "Token") -> bool:
    """The noun names a state's economic instrument ("construction bonds", "the money supply")."""
    lemma, mods = noun.lemma_.lower(), _mods(noun)
    if mods & PUNITIVE:
        return False
    if lemma in INSTRUMENTS or noun.lower_ in INSTRUMENTS:
        return True
    return bool(mods & MODIFIED_INSTRUMENTS.get(lemma, frozenset()))


def _object_nouns(act: "Token") -> list["Token"]:
    """The nouns of the act's object phrase: the object and its conjuncts and modifiers, and the
    nouns its "of / on / to / for" phrases name, two steps down ("a package of economic measures",
    "his opposition to any tax increases", "action on reducing the deficit")."""
    out: list["Token"] = []
    todo = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
    todo += [g for o in list(todo) for g in o.conjuncts]
    depth = {id(t): 0 for t in todo}
    while todo:
        n = todo.pop()
        out.append(n)
        if n.lemma_.lower() in CHANGES:
            out.extend(c for c in n.children if c.dep_ == "compound")  # "tax increases", not "budget questions"
        if depth[id(n)] >= 2:
            continue
        for p in (c for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "to", "for")):
            for g in p.children:
                nxt = [g] if g.dep_ == "pobj" else [o for o in g.children if o.dep_ == "dobj"] if g.dep_ == "pcomp" else []
                for x in nxt:
                    depth[id(x)] = depth[id(n)] + 1
                    todo.append(x)
    return out


def policy_act(act: "Token") -> bool:
    """The asked act works a state's own economic instrument ("issue construction bonds", "take
    economic measures", "loosen the money supply"), or is a reform (reform_appeals)."""
    if any(c.dep_ == "neg" for c in act.children):
        return False  # "should not abandon its fiscal target": a policy kept, no change asked
    if reform_appeals._act_code(act) == "0242":
        return True
    if act.lemma_.lower() in STANCE_VERBS | CUTTING_VERBS:
        return False
    return any(_instrument(n) for n in _object_nouns(act))


def _obliged(clause: "Token") -> bool:
    return any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in clause.children)


def obligation_clauses(trigger: "Token") -> list["Token"]:
    """The advised or obliged clauses of a speech verb ("said Y should issue bonds", "Y must take
    measures, the report said"), or the trigger itself when it is the obliged act."""
    out = [trigger] if _obliged(trigger) else []
    out += [c for c in trigger.children if c.dep_ in ("ccomp", "parataxis", "advcl", "conj") and _obliged(c)]
    if trigger.dep_ in ("ccomp", "parataxis") and _obliged(trigger.head):
        out.append(trigger.head)
    return out


def governing_addressee(tgt: "Actor") -> bool:
    """The target is a government, a legislature, or a state named bare."""
    if tgt.role in GOVERNING_ROLES:
        return True
    return tgt.role is None and bool(tgt.code) and len(tgt.code) == 3 and tgt.code == tgt.country


def policy_appeal_code(code: str, trigger: "Token", tgt: "Actor") -> str | None:
    """0242 for a plain appeal or advice (020), or a "must" demand (100), to a government whose
    asked act works one of its economic instruments; None: keep the code."""
    if code not in ("020", "100") or not governing_addressee(tgt):
        return None
    acts = obligation_clauses(trigger)
    if code == "020":
        acts += appeals._asked_acts(trigger)
    return "0242" if any(policy_act(a) for a in acts) else None
