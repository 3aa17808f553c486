"""Cooperative and statement events (CAMEO roots 01-09) the verb dictionary alone cannot read.

Each function reads one construction of news English off the dependency parse and returns
what the coder needs (a code, the target tokens, the clauses it covers); `coder.py` turns that
into a coding. All rules come from the CAMEO codebook and the Wikinews conventions
(shared/data/events/WIKINEWS_EVENTS.md and the convention notes in eval/data), each is tested
on sentences written for the tests (tests/test_events_coop_*.py):

- appeals whose content is a clause with its own subject ("called for Y to step down"), or an
  appeal noun a light verb carries ("made an appeal to Y to free ...", "renewed calls for Y's
  resignation"): 02x toward Y, and the appealed-for act is not coded as a fact;
- denials (016): "denied responsibility for the killing of Y" (the victim), "denied Y's
  accusation" / "rejected allegations by Y" (the accuser), "denied that it attacked Y";
- declining to comment toward whoever asked ("when asked by reporters");
- the subcode an aid noun's modifier makes clear (humanitarian, military, economic aid);
- releases of people (0841) and lifted or imposed public restrictions aimed at the issuer's own
  civilians (081x, 1723-1724, the conventions' mirror of 172);
- "said (that) X would <act>": a reported future act is an announced intention (03x), as
  "will" is.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.events import predictions
from dateline.events.codebook import info
from dateline.events.frames import _agentive, noun_lemmas, possessor, subjects, verb_frame, with_conjuncts
from dateline.events.general import ARMED_NOUNS, is_public_restriction
from dateline.events.patterns import Dictionary, Frame
from dateline.model import Actor, Event, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

# ---------------------------------------------------------------- appeals (02x)

# Verbs whose "for Y to <act>" clause is an appeal to Y ("called for Conde to step down").
APPEAL_VERBS = frozenset({"call", "appeal", "plead", "press", "push", "lobby", "campaign"})
# Nouns that are an appeal when a light verb carries them ("made an appeal to Y").
APPEAL_NOUNS = frozenset({"appeal", "plea", "call", "request", "entreaty", "petition"})
# Verbs that only carry an appeal noun: "made / issued / renewed / repeated an appeal".
APPEAL_CARRIERS = frozenset({"make", "issue", "renew", "repeat", "reiterate", "launch", "send", "voice",
                             "echo", "join", "lead", "extend", "deliver", "direct", "address"})
# An appeal addressed to someone names them with one of these prepositions.
ADDRESS_PREPS = ("to", "on", "upon")


def _has_to(verb: "Token") -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _verb_lemmas(verb: "Token") -> frozenset[str]:
    lemma = verb.lemma_.lower()
    return frozenset({lemma, verb.lower_, *(f"{lemma}_{c.lower_}" for c in verb.children if c.dep_ == "prt")})


def _clause_with_subject(node: "Token") -> "Token | None":
    """A "for Y to <act>" clause under `node`: the infinitive whose own subject is Y."""
    for c in node.children:
        if c.pos_ == "VERB" and c.dep_ in ("advcl", "xcomp", "ccomp", "acl") and _has_to(c) \
                and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children) \
                and any(g.dep_ == "nsubj" for g in c.children):
            return c
    return None


def _infinitive(nodes: list["Token"]) -> "Token | None":
    """The first "to <act>" clause hanging from any of `nodes` (the light verb or its noun)."""
    for node in nodes:
        for c in node.children:
            if c.pos_ == "VERB" and c.dep_ in ("advcl", "xcomp", "acl", "relcl") and _has_to(c):
                return c
    return None


# CAMEO pairs each act that can be asked for with its appeal code: an appeal "to send troops"
# is 0234 as "sent troops" is 074 (the codebook's 023x/025x mirror 07x/08x). Longest prefix wins.
APPEAL_FOR_ACT = {
    "070": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
    "081": "0251", "082": "0252", "084": "0253", "085": "0254", "086": "0255", "087": "0256",
    "040": "026", "042": "026", "043": "026", "046": "026", "045": "028",
    # appeal14: material cooperation asked for mirrors 06x ("urged Y to resume trade with Z" is 0211
    # as "resumed trade with Z" is 061; "to share intelligence" 0214 as 064)
    "060": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
}


# "help / assist <act>": what is asked for is the act, not aid ("asked the banks to help calm the markets").
HELPING_VERBS = frozenset({"help", "assist"})


def share_in_act(tok: "Token") -> bool:
    """demo22: "the minister, who helped (to) broker the deal,", "X helped negotiate the truce":
    a help verb whose complement is a verb with no helped party of its own (no object of help,
    no subject of the complement) tells the subject's share in that act, which its own verb
    codes; it is no aid (070) to whoever the sentence names next. "helped Syria retake the
    city" names a helped party and stays aid."""
    if tok.lemma_.lower() not in HELPING_VERBS or any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    return any(c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp")
               and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in tok.children)


def appeal_for_act(d: Dictionary, act: "Token") -> str | None:
    """The 02x code of an appeal whose asked-for act is `act` ("urged Y to send peacekeepers"):
    the act's own dictionary code, mirrored by APPEAL_FOR_ACT; None when it has no mirror."""
    helped = next((c for c in act.children if c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp")), None) \
        if act.lemma_.lower() in HELPING_VERBS else None
    if helped is not None:  # appeal12: "asked Y to help end the sanctions": the act helped with is asked
        return appeal_for_act(d, helped)
    if any(c.dep_ == "neg" for c in act.children):
        return None  # target69: "urged Y not to attend the summit" asks for no meeting (no 026)
    pat = d.match(verb_frame(act))
    if pat is None:
        return None
    for n in (4, 3):
        if pat.code[:n] in APPEAL_FOR_ACT:
            return APPEAL_FOR_ACT[pat.code[:n]]
    return None


def _appeal_code(d: Dictionary, act: "Token | None", content: "Token | None") -> tuple[str, str | None]:
    """The 02x code of what is asked (an act or a noun) and the slot its pattern names."""
    pat = None
    if act is not None:
        pat = d.match(Frame("urge", deps={"xcomp": _verb_lemmas(act)}))
        if (pat is None or pat.code == "020") and (mirrored := appeal_for_act(d, act)) is not None:
            return mirrored, None  # the dictionary knows the act ("send troops"), not the appeal
        if pat is None or pat.code == "020":
            from dateline.events.asked_acts import appeal_for_content
            if (asked := appeal_for_content(act)) is not None:
                return asked, None  # codes36: "called for Y to hold elections" -> 0244
    elif content is not None:
        pat = d.match(Frame("call", preps={"for": noun_lemmas(content)}))
    if pat is None or pat.code[:2] != "02":
        return "020", None
    return pat.code, "poss" if "poss" in pat.target else None


def appeal_clause(tok: "Token", d: Dictionary) -> tuple[str, list["Token"], list["Token"]] | None:
    """ "X called for Y to step down", "X made an appeal to Y to free ...", "X renewed calls for
    Y's resignation": (code, target tokens, clauses the appeal covers), or None."""
    lemma = tok.lemma_.lower()
    if lemma in APPEAL_VERBS:
        clause = _clause_with_subject(tok)
        if clause is None:
            return None
        code, _ = _appeal_code(d, clause, None)
        subj = [g for g in clause.children if g.dep_ == "nsubj"]
        return code, with_conjuncts(subj), [clause]
    if lemma not in APPEAL_CARRIERS:
        return None
    noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in APPEAL_NOUNS), None)
    asked = None
    if noun is None:
        # "made a plea to Y to send troops": the small model may take the noun for the subject
        # of the "to"-clause (ccomp) instead of the light verb's object
        asked = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and _has_to(c)
                      and any(g.dep_ == "nsubj" and g.lemma_.lower() in APPEAL_NOUNS for g in c.children)), None)
        if asked is None:
            return None
        noun = next(g for g in asked.children if g.dep_ == "nsubj" and g.lemma_.lower() in APPEAL_NOUNS)
    addressed = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ADDRESS_PREPS
                 for g in p.children if g.dep_ == "pobj"]
    if not addressed:  # appeal14: "issued a plea to Y to ...": the parser hangs "to Y" on the light verb
        addressed = [g for p in tok.children if p.dep_ in ("prep", "dative") and p.lower_ in ADDRESS_PREPS
                     and p.i > noun.i for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    for_objs = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children if g.dep_ == "pobj"]
    if not for_objs:  # light58: "made a formal request to the IMF for a loan": "for" hung on the light verb
        for_objs = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" and p.i > noun.i
                    for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    clause = _clause_with_subject(noun) or _clause_with_subject(tok)
    act = clause or asked or _infinitive([noun, tok])
    if act is None and not for_objs:
        return None  # "made a call to Y" is a phone call (041), not an appeal
    content = for_objs[0] if for_objs and act is None else None
    code, slot = _appeal_code(d, act, content)
    if code == "020" and act is not None and clause is None and for_objs:
        # appeal14: "its appeal to Y for weapons to defend itself": what is asked is the "for" object;
        # the infinitive says what for
        code = _appeal_code(d, None, for_objs[0])[0]
    if clause is not None:
        targets = [g for g in clause.children if g.dep_ == "nsubj"]
    elif addressed:
        targets = addressed[:1]
    elif slot == "poss" and content is not None and possessor(content) is not None:
        targets = [possessor(content)]
    else:
        targets = []
    if act is None and (code == "020" or not targets):
        return None  # "issued a request for Y": the dictionary's own line reads it
    return code, with_conjuncts(targets), [x for x in (act,) if x is not None]


# ---------------------------------------------------------------- denials (016)

# ("rejected / dismissed the accusations" is left to the rejection rules of events/conflict.py: 120)
DENYING_VERBS = frozenset({"deny", "refute", "rebut", "disavow", "contest"})
# What is denied when the denial names an accuser: "denied the accusation made by Y".
ACCUSATION_NOUNS = frozenset({"allegation", "accusation", "claim", "charge", "report", "suggestion",
                              "assertion", "insinuation"})
# What is denied when the denial names the act's victim: "denied responsibility for the attack on Y".
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "involvement", "role", "part", "participation",
                                  "culpability", "complicity", "wrongdoing", "link", "connection"})


def _owner_of_claim(noun: "Token") -> "Token | None":
    """Who made an accusation: "Y's claims", "claims by/from Y", "the accusation made by Y",
    "US accusations"."""
    own = possessor(noun)
    if own is not None and own.lemma_.lower() not in RESPONSIBILITY_NOUNS and own.head == noun \
            and not (own.dep_ == "pobj" and own.head.lower_ == "of"):
        return own
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "the accusation made by Y"
            for a in c.children:
                if a.dep_ == "agent":
                    return next((g for g in a.children if g.dep_ == "pobj"), None)
    return None


def _victim_of(act: "Token") -> "Token | None":
    """Whom an act noun was done to: "the killing of Y", "Y's poisoning", "the attack on Y"."""
    for prep in ("on", "against", "of"):
        for c in act.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    own = next((c for c in act.children if c.dep_ == "poss"), None)
    return own


# Verbs whose object is what is moved, not whom the act is done to: "sent troops to the border".
MOVING_VERBS = frozenset({"send", "deploy", "supply", "ship", "deliver", "smuggle", "move", "transfer"})


def _recipient(clause: "Token") -> "Token | None":
    """mideast32: "denied that it had sent troops to the Afghan border", "denied that it had
    supplied arms to Hezbollah": the party a moving verb's load went to (or the place, which
    names no party), never the troops or arms themselves, which are the denier's own."""
    if clause.lemma_.lower() not in MOVING_VERBS:
        return None
    for c in clause.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return clause  # no recipient named: the verb itself, which resolves to no party


def denial(tok: "Token") -> tuple[list["Token"], list["Token"]] | None:
    """A denial of responsibility or of an accusation (016): (target tokens, clauses it covers),
    or None when the verb denies something else ("denied a visa" is a refusal)."""
    lemma = tok.lemma_.lower()
    if lemma not in DENYING_VERBS:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None:
        word = obj.lemma_.lower()
        if word in ACCUSATION_NOUNS:
            if word == "claim" and any(c.dep_ == "prep" and c.lower_ in ("to", "in", "over", "on")
                                       for c in (*obj.children, *tok.children)):
                return None  # "rejected China's claims in the sea / to the islands": a territorial claim (120)
            owner = _owner_of_claim(obj)
            return ([owner] if owner is not None else []), []
        if word in RESPONSIBILITY_NOUNS and lemma in ("deny", "disavow"):
            # "denied any role in the killing": the phrase hangs on the noun or on the verb
            acts = [g for owner in (obj, tok) for p in owner.children
                    if p.dep_ == "prep" and p.lower_ in ("for", "in", "with", "to")
                    for g in p.children if g.dep_ == "pobj"]
            victim = _victim_of(acts[0]) if acts else None
            return ([victim] if victim is not None else []), []
        return None
    if lemma == "deny":
        # "denied that its forces had attacked the village": the one it is said to have hit
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if clause is not None:
            victim = _recipient(clause) or next((c for c in clause.children if c.dep_ == "dobj"), None)
            return ([victim] if victim is not None else []), [clause]
    return None


OWNING_VERBS_015 = frozenset({"claim", "accept", "take", "admit", "acknowledge", "bear", "assume"})
OWNED_NOUNS = frozenset({"responsibility", "credit", "blame"})


def owning_up(tok: "Token") -> list["Token"] | None:
    """ "X claimed responsibility for the attack on Y": the victim of the owned act (015 -> Y),
    the mirror of a denial; None when the verb owns up to nothing."""
    if tok.lemma_.lower() not in OWNING_VERBS_015:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in OWNED_NOUNS:
        return None
    acts = [g for owner in (obj, tok) for p in owner.children
            if p.dep_ == "prep" and p.lower_ in ("for", "in") for g in p.children if g.dep_ == "pobj"]
    victim = _victim_of(acts[0]) if acts else None
    return [victim] if victim is not None else []


# Acts that accuse someone: a later denial by the accused with no accuser named answers them.
ACCUSING_ROOTS = frozenset({"11", "17"})


def accuser(source: Actor, trigger: "Token", earlier: list[Event], reach: int = 3000) -> Actor | None:
    """The latest earlier (within reach) accusation, charge or arrest of this denier by someone
    else: "Y accused X of fraud. X denied the allegations" -> Y."""
    for ev in reversed(earlier):
        if ev.trigger is None or ev.trigger.start >= trigger.idx or trigger.idx - ev.trigger.start > reach:
            continue
        if ev.root in ACCUSING_ROOTS and ev.target.code == source.code and ev.source.code \
                and (ev.source.code != source.code or _rival_accuser(ev, source)):
            return ev.source
    return None


def _rival_accuser(ev: Event, source: Actor) -> bool:
    """wire40a: "Kulikov accused Lebed of plotting a coup. Lebed denied the charge", "Hun Sen
    accused Ranariddh ... Ranariddh denied it": two office holders of one government (or one
    party) share a code; the accusation still names both people, so a denial by its named
    target answers its named author (an accusation of oneself is no accusation)."""
    accused, author, denier = (_person_key(a) for a in (ev.target, ev.source, source))
    return bool(denier and accused == denier and author and author != denier)


def _person_key(actor: Actor) -> str | None:
    """Who an actor is: its entity, else its name's last word ("Prince Norodom Ranariddh" and a
    later bare "Ranariddh", which the small model often leaves untagged)."""
    if actor.entity:
        return actor.entity
    words = (actor.name or "").split()
    return "name:" + words[-1].lower() if words else None


# ---------------------------------------------------------------- declining to comment (011)

ASKING_VERBS = frozenset({"ask", "question", "query", "contact", "approach", "press", "reach"})


def comment_askers(trigger: "Token") -> list["Token"]:
    """The "by" agent of an asking verb in the sentence: "when asked by reporters", "asked
    about the dispute by journalists" (the small model hangs that "by" on the nearest noun)."""
    for tok in trigger.sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ASKING_VERBS or tok.i == trigger.i:
            continue
        for t in tok.subtree:
            if t.dep_ in ("agent", "prep") and t.lower_ == "by":
                found = [g for g in t.children if g.dep_ == "pobj"]
                if found:
                    return found
    return []


# ---------------------------------------------------------------- intentions (03x)

# "promised to cooperate with Y": intent to cooperate, not specified (030), rather than the
# diplomatic-support code the verb's own 050 would give.
GENERIC_COOPERATION = frozenset({"cooperate", "collaborate", "work", "coordinate"})  # appeal14: coordinate
COOPERATION_NOUNS = frozenset({"cooperation", "collaboration", "partnership"})
REPORTING_FUTURE = frozenset({"would", "'d"})
OTHER_MODALS = frozenset({"could", "might", "may", "should", "must", "can"})


# coop11: the field a cooperation is in, named beside it ("cooperation between their intelligence
# services", "military cooperation"): the 031x subcode of the intent.
COOPERATION_FIELDS = (
    ("0314", frozenset({"intelligence", "spy", "espionage"})),
    ("0312", frozenset({"military", "defence", "defense", "army", "naval", "navy", "security"})),
    ("0313", frozenset({"judicial", "legal", "extradition", "court"})),
    ("0311", frozenset({"economic", "trade", "commercial", "investment", "business", "financial"})),
)


def intent_of(inner: "Token", code: str) -> str | None:
    """The intent code where the verb's own act names none better (None: keep the table's)."""
    objs = [c for c in inner.children if c.dep_ == "dobj" and c.lemma_.lower() in COOPERATION_NOUNS]
    if code in ("050", "060") and (inner.lemma_.lower() in GENERIC_COOPERATION or objs):
        words = {t.lemma_.lower() for o in objs for t in o.subtree}
        for field, lemmas in COOPERATION_FIELDS:
            if words & lemmas:
                return field  # coop11: "agreed to tighten cooperation between their intelligence services"
        return "030"  # "agreed to extend their cooperation": cooperation, not specified
    if code in ("051", "070") and inner.lemma_.lower() not in ("support", "back") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in BACKING_NOUNS and not any(m.dep_ in ("amod", "compound")
                                                                            for m in c.children)
            for c in inner.children):
        return "030"  # appeal14: "vowed to extend support to Y": support of no stated kind, cooperation not specified
    return None


# What "extend / give / lend ... to Y" offers when no modifier says what kind (appeal14).
BACKING_NOUNS = frozenset({"support", "backing"})


def reported_future(tok: "Token", d: Dictionary) -> bool:
    """ "X said (that) Y would send aid": a future act reported by a speech verb, not a
    hypothetical; no condition ("if", "unless") anywhere in the sentence."""
    while tok.dep_ == "xcomp" and tok.head.pos_ == "VERB":  # "would continue to support Y"
        tok = tok.head
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in d.speech:
        return False
    aux = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    if not any(a in REPORTING_FUTURE for a in aux) or any(a in OTHER_MODALS for a in aux):
        return False
    if predictions.forecast(tok, tok.head):
        return False  # talks59: "analysts said Y would ...", "would probably meet": a forecast
    if predictions.counterfactual(tok):
        return False  # modal61: "said it would have met Y (had ...)": what did not happen
    if not any(t.dep_ == "mark" and t.lower_ in ("if", "unless", "whether") for t in tok.sent):
        return True
    # modal70: "said it would lift the ban if Y halted its tests": a cooperative act promised on the
    # other side's conduct is an offer (its intent code); a hostile one is general.conditional_threat's
    from dateline.events.conditional_offers import offered_on_condition
    if not offered_on_condition(tok, party=False):
        return False
    pat = d.match(verb_frame(tok))
    if pat is not None and pat.code[:2] == "13":
        return True  # a threat word held out on a condition: the threat
    return pat is not None and info(pat.code).quad_class < 3 and offered_on_condition(tok)


# Nouns whose "to"-infinitive is a plan or a decision, not a reported act: "welcomed Y's
# decision to release prisoners" codes the welcome only (a nominalisation inside a clause).
PURPOSE_NOUNS = frozenset({"decision", "move", "plan", "pledge", "promise", "offer", "commitment", "agreement",
                           "bid", "effort", "call", "appeal", "request", "order", "vote", "proposal",
                           "invitation", "readiness", "willingness", "determination", "intention"})


def purpose_of_noun(tok: "Token") -> bool:
    """The verb is the "to"-infinitive of a decision or plan noun ("the decision to release")."""
    return tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in PURPOSE_NOUNS \
        and _has_to(tok)


# ---------------------------------------------------------------- targets a reader supplies

# Restrictions the issuer imposes on, or lifts from, its own public (the conventions: 172 with
# <ISO3>CVL; lifting a state of emergency is 0814 with the same target).
PUBLIC_MEASURE_CODES = frozenset({"081", "0811", "0813", "0814", "1723", "1724"})
# People a state holds, whose release (0841) with no country named is of the issuer's own.
HELD_PEOPLE = frozenset("prisoner detainee inmate protester demonstrator activist dissident journalist "
                        "student people person citizen worker opponent critic".split())
ISSUER_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", ""})


def public_targets(code: str, trigger: "Token", source: Actor,
                   targets: list[tuple["Token", Actor]]) -> list[tuple["Token", Actor]] | None:
    """The issuer's civilians as the target of a public measure or a release of its own
    prisoners, when the clause names only a place at home or no one; None: no change."""
    if not source.country or (source.role or "") not in ISSUER_ROLES:
        return None
    civilians = Actor(None, "civilians", source.country + "CVL", source.country, "CVL")
    if code in PUBLIC_MEASURE_CODES or code == "172" and is_public_restriction(trigger):
        if not targets or all(not a.role and a.code == source.country for _, a in targets):
            return [(trigger, civilians)]
        return None
    if code in ("084", "0841") and not targets:
        obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() in HELD_PEOPLE:
            return [(obj, civilians)]
    return None


# coop14: "gave the Palestinian leader permission to fly", "denied the pilots clearance to land":
# the small model reads the receiver as a compound of the permission noun, so the dative slot is
# empty; the compound is the one permitted (081) or refused (120).
PERMISSION_NOUNS = frozenset({"permission", "clearance", "permit", "approval", "access", "visa", "visas"})
PERMITTING_VERBS = frozenset({"give", "grant", "deny", "refuse", "issue"})


def permission_holder(code: str, trigger: "Token") -> list["Token"]:
    if code not in ("081", "120") or trigger.lemma_.lower() not in PERMITTING_VERBS:
        return []
    obj = next((c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in PERMISSION_NOUNS), None)
    if obj is None:
        return []
    return [c for c in obj.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")][:1]


# ---------------------------------------------------------------- post-coding refinements

# Aid a modifier makes specific: (appeal, intent, act) codes for each kind.
AID_KINDS: dict[str, tuple[str, str, str]] = {
    **dict.fromkeys("humanitarian food medical medicine relief emergency shelter vaccine".split(),
                    ("0233", "0333", "073")),
    **dict.fromkeys("military weapon arm arms defence defense".split(), ("0232", "0332", "072")),
    **dict.fromkeys("economic financial budget development monetary debt".split(), ("0231", "0331", "071")),
}
AID_NOUNS = frozenset("aid assistance help support supply supplies relief".split())
AID_CODES = {"023": 0, "033": 1, "070": 2, "073": 2}
# Things released that are property, not people (0842).
PROPERTY_NOUNS = frozenset("ship vessel tanker property asset assets land body bodies remains plane aircraft "
                           "cargo fund funds money territory".split())


MONEY_WORDS = frozenset({"$", "million", "billion", "dollar", "euro", "pound", "yen", "money", "fund", "funding",
                         "loan", "grant", "credit",
                         # frame69: the wire's own units ("provide 20 mln stg to Kenya", "gave Y 3 mln sterling";
                         # not "mln" itself, which counts tonnes of grain as often as money)
                         "dlr", "dlrs", "stg", "sterling", "franc", "francs", "ecu", "ecus",
                         "peso", "pesos", "rupee", "rupees", "guilder", "guilders"})


def _money_kind(trigger: "Token", code: str) -> tuple[str, str, str] | None:
    """ "pledged $100 million to Y", "gave Y 5 billion euros": money is economic aid."""
    if code not in ("033", "070"):
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is not None and ({obj.lemma_.lower(), obj.lower_} | {c.lower_ for c in obj.children}) & MONEY_WORDS:
        return AID_KINDS["economic"]
    if obj is not None and obj.lemma_.lower() in COUNTED_MONEY and any(c.dep_ == "nummod" for c in obj.children):
        return AID_KINDS["economic"]  # mood73: "would provide 300 mln marks to help Y": counted, so money
    return None


# mood73: currency words that are money only when counted ("300 mln marks", not "gave it high marks").
COUNTED_MONEY = frozenset({"mark", "marks", "lira", "lire", "krona", "kronor", "rand", "peseta", "pesetas"})


def _aid_kind(trigger: "Token") -> tuple[str, str, str] | None:
    for t in trigger.subtree:
        if t.lemma_.lower() in AID_NOUNS or t.lower_ in AID_NOUNS:
            # light58: the modifier first: "debt relief" is economic, though "relief" alone is humanitarian
            for m in (*t.children, t):
                kind = AID_KINDS.get(m.lemma_.lower()) or AID_KINDS.get(m.lower_)
                if kind is not None and (m is t or m.dep_ in ("amod", "compound", "nmod")):
                    return kind
    return None


def asked_aid_kind(trigger: "Token") -> tuple[str, str, str] | None:
    """euro33: the kind of help asked "for" when a modifier names it: "the KDP asked Baghdad for
    military help", "Russia asked the IMF for financial help" (0232, 0231). A bare "asked X for
    help" names no kind and stays a plain appeal (020); help asked for in a "to" clause is the
    clause's act, read elsewhere."""
    for p in trigger.children:
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for g in p.children:
            if g.dep_ == "pobj" and (g.lemma_.lower() in AID_NOUNS or g.lower_ in AID_NOUNS):
                for m in g.children:
                    kind = AID_KINDS.get(m.lemma_.lower()) or AID_KINDS.get(m.lower_)
                    if kind is not None and m.dep_ in ("amod", "compound", "nmod"):
                        return kind
    return None


# ---------------------------------------------------------------- material10: material acts in wire copy

# Codes a truce is: both sides named as subjects agree it ("X and Y reached a truce"), as they
# meet (the coder pairs coordinated sources with each other for these, as for "clashed").
RECIPROCAL_CODES = frozenset({"0871"})
# ... when the verb makes the truce ("while X and Y observe a ceasefire" is a state of affairs)
TRUCE_MAKING = frozenset({"reach", "agree", "conclude", "sign", "accept", "declare", "announce", "decide", "consent"})


# Plural nouns that name both sides of a truce at once ("the factions", "the two sides", "leaders
# of the two factions").
SIDE_NOUNS = frozenset({"faction", "side", "party", "rival", "foe", "enemy", "belligerent", "combatant"})


def both_sides(tok: "Token", actor: Actor) -> bool:
    """ "the (two) factions / sides", "leaders of the two rival factions": one subject, two parties
    -- armed ones (a single government code for both sides of a truce is a mis-resolved subject)."""
    if actor.role not in ("REB", "MIL", "UAF", "OPP"):
        return False
    for t in (tok, *(g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj")):
        if t.tag_ in ("NNS", "NNPS") and (t.lemma_.lower() in SIDE_NOUNS
                                          or any(c.lower_ in ("two", "both") for c in t.children)):
            return True
    return False


def reciprocal(code: str, trigger: "Token") -> bool:
    """ "X and Y reached a truce": the coder pairs the coordinated subjects with each other."""
    return code in RECIPROCAL_CODES and trigger.lemma_.lower() in TRUCE_MAKING
# Dismissal verbs: a government firing striking workers penalises them (172, CONLL_TRAIN.md);
# a firm firing its staff is business news, not a political act.
DISMISSING_VERBS = frozenset({"fire", "dismiss", "sack", "lay"})
# Sources that can impose an administrative penalty: the state and its organs.
STATE_ROLES = frozenset({"", "GOV", "MIL", "JUD", "COP", "LEG", "SPY"})
# A withdrawal "under a ceasefire / the peace deal" is a military retreat (0874, CONLL_TRAIN.md),
# not the bare 087 of a trip cut short.
TRUCE_NOUNS = frozenset({"ceasefire", "truce", "armistice", "agreement", "accord", "deal", "pact", "plan"})
TRUCE_MARKS = frozenset({"ceasefire", "truce", "armistice", "peace"})
# Verbs of travel whose "for talks" is the trip's purpose: the trip is the fact (042); the talks
# it is for have not been held yet ("flew to Baghdad for talks with Iraqi officials").
TRAVEL_VERBS = frozenset({"fly", "arrive", "land", "leave", "travel", "head", "go", "come", "set", "jet",
                          "depart", "return", "visit"})
TRIP_PURPOSES = frozenset({"talk", "talks", "meeting", "consultation", "negotiation"})


# Protest crowds (Wikinews: protesters attacking or clashing -> 145): their attack on a party's
# office or on the police is a riot, not a military attack (190). Armed agents keep 190.
PROTEST_ROLES = frozenset({"OPP", "LAB", "EDU"})
RIOTING_VERBS = frozenset({"hit", "attack", "fight", "storm", "battle", "clash"})


def _rioters(ev: Event, tok: "Token") -> bool:
    if (ev.source.role or "") not in PROTEST_ROLES or tok.lemma_.lower() not in RIOTING_VERBS \
            or ev.target.country != ev.source.country:  # a street riot is at home (a foreign embassy attacked stays 190)
        return False
    agents = subjects(tok)
    return bool(agents) and not any(a.lemma_.lower() in ARMED_NOUNS or a.lower_ in ARMED_NOUNS
                                    or a.lemma_.lower() in ("force", "forces") for a in agents)


# What makes a charge one of human-rights abuse (1122) rather than of crime (1121).
RIGHTS_ABUSES = frozenset({"torture", "genocide", "right", "rights", "atrocity", "war", "humanity", "persecution",
                           "repression", "massacre", "cleansing"})
# Whose taking of goods is a seizure of property (1711): soldiers, police, officials, rebels.
ARMED_ROLES = frozenset({"MIL", "COP", "GOV", "REB", "SPY", "UAF"})


PLACE_NOUNS = frozenset("village town city hamlet settlement district province region area territory".split())


def _place_taken(tok: "Token") -> bool:
    """The taken thing is a place ("took over a village", "took control of X, a small village")."""
    things = [c for c in tok.children if c.dep_ == "dobj"]
    things += [g for t in list(things) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in PLACE_NOUNS or any(a.dep_ == "appos" and a.lemma_.lower() in PLACE_NOUNS
                                                        for a in t.children) for t in things)


def _content_clause(tok: "Token") -> bool:
    """The trigger sits in the content clause of a noun ("a statement that X agreed ...")."""
    t = tok
    while t.dep_ not in ("ROOT",) and t.head is not t:
        if t.head.pos_ == "NOUN" and (t.dep_ in ("acl", "ccomp")
                                      or t.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)):
            return True  # (a "that" content clause is often parsed as a relative clause)
        t = t.head
    return False


def _state_source(ev: Event) -> bool:
    return bool(ev.source.country) and (ev.source.role or "") in STATE_ROLES


def _under_truce(tok: "Token") -> bool:
    """ "pulled out ... under a ceasefire agreement": the verb's (or its xcomp head's) "under" phrase."""
    for v in (tok, tok.head):
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("under", "as"):
                for g in c.subtree:
                    if g.lemma_.lower() in TRUCE_MARKS:
                        return True
        if tok.dep_ != "xcomp":
            break
    return False


def truce_counterpart(tok: "Token") -> list["Token"]:
    """ "pulled out ... under a ceasefire agreement (signed) with / between X and Y": the parties
    of the truce a withdrawal carries out (the coder keeps those that are not the withdrawing side)."""
    for v in (tok, tok.head):
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in ("under", "as"):
                continue
            for n in c.subtree:
                if n.lemma_.lower() not in TRUCE_NOUNS or not any(g.lemma_.lower() in TRUCE_MARKS for g in n.subtree):
                    continue
                holders = [n, *(a for a in n.children if a.dep_ == "acl")]
                parties = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                           for g in p.children if g.dep_ == "pobj"]
                if parties:  # ("between X and rebel leaders" may be parsed as one phrase: its conjuncts too)
                    return with_conjuncts(parties) + [t for g in parties for t in g.subtree if t.dep_ == "conj"]
        if tok.dep_ != "xcomp":
            break
    return []


def trip_purpose(tok: "Token") -> bool:
    """ "left Bahrain for Baghdad for talks with X": `tok` ("talks") is what a trip is for."""
    prep = tok.head
    return (tok.dep_ == "pobj" and tok.lemma_.lower() in TRIP_PURPOSES and prep.lower_ == "for"
            and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in TRAVEL_VERBS)


# coop11: a departure in the wire's present tense: "today" makes it a trip made (042), a later
# day an announced one (036); "before he leaves for X" (a subordinate clause) stays no event.
LATER_WORDS = frozenset({"tomorrow", "next", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "later"})


def departure_today(tok: "Token") -> str | None:
    """ "X leaves for Washington today" -> "042"; "X, who leaves for Japan tomorrow" -> "036";
    None for a past tense (the ordinary rule), a subordinate clause or a modal."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("mark", "aux") for c in tok.children) \
            or tok.dep_ in ("advcl", "xcomp", "pcomp"):
        return None
    when = {t.lower_ for c in tok.children if c.dep_ in ("npadvmod", "advmod", "prep") for t in c.subtree}
    if "today" in when or "tonight" in when:
        return "042"
    return "036" if when & LATER_WORDS else None


def present_for_later(tok: "Token") -> bool:
    """ "Japan and the US kick off talks tomorrow": the wire's present tense with a later day is
    an announced act (an intention, as "will" is)."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("mark", "aux", "auxpass") for c in tok.children) \
            or tok.dep_ in ("advcl", "xcomp", "pcomp", "ccomp"):
        return False
    when = {t.lower_ for c in tok.children if c.dep_ in ("npadvmod", "advmod") for t in c.subtree}
    return bool(when & LATER_WORDS)


# code50: a meeting in the wire's present tense on a named later weekday ("Modi and Xi hold talks
# on Saturday in Osaka", "Shultz meets Shevardnadze on Monday") is announced, not held: the
# standard codes scheduled meetings 036, as "will meet" is (CONLL_TRAIN.md), not 04x.
# `present_for_later` reads only bare time words ("tomorrow", "next week"); a weekday under "on"
# is a prepositional phrase, and the small model tags a plural subject's verb VB ("Modi and Xi
# hold"). Only for meetings (04x): "police arrest 40 on Friday" in a headline is a report.
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def meeting_on_later_day(tok: "Token") -> bool:
    """True for a present-tense main verb with no auxiliary whose "on" phrase (on the verb or on
    its object) names a weekday."""
    if tok.tag_ not in ("VBZ", "VBP", "VB") or tok.dep_ not in ("ROOT", "conj") \
            or any(c.dep_ in ("mark", "aux", "auxpass") for c in tok.children):
        return False
    if tok.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in tok.children):
        return False  # an imperative or a bare infinitive, not the small model's plural present
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "hold talks on Saturday": on "talks"
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ in WEEKDAYS
                                                              for g in c.children)
               for holder in holders for c in holder.children)


# coop14: a cooperative act in a present-tense clause that a time or condition word subordinates
# ("... before it negotiates with them", "until he meets X", "unless the two sides sign"): the
# clause says what has to happen first, so the act is not yet done (in a past narrative a done
# act takes the past: "before he met X").
PENDING_ROOTS = frozenset({"04", "05", "06", "07", "08"})
PENDING_MARKS = frozenset({"before", "until", "till", "unless", "once"})


def pending_clause(tok: "Token") -> bool:
    return tok.tag_ in ("VBZ", "VBP", "VB") and tok.dep_ == "advcl" \
        and any(c.dep_ == "mark" and c.lower_ in PENDING_MARKS for c in tok.children)


# coop14: buildings and sites a trip goes to ("visited a hospital in Rotterdam", "police went to
# the house", "toured the factory"): CAMEO's 042 is a visit to a party (a state, its leaders), and a
# building's own role code (a hospital's HLH) names none.
BUILDING_NOUNS = frozenset("hospital clinic house home residence school university college site scene factory "
                           "plant church mosque temple synagogue building hotel stadium museum farm mine "
                           "airport station shop store restaurant bar office flat apartment ward".split())


def visited_building(tok: "Token") -> bool:
    places = [c for c in tok.children if c.dep_ == "dobj"]
    places += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "at")
               for p in c.children if p.dep_ == "pobj"]
    return bool(places) and places[0].pos_ == "NOUN" and places[0].lemma_.lower() in BUILDING_NOUNS


# coop14: what is received when "receive" hosts no guest: a thing, an act, money ("received a U.S.
# Army contract", "assistance is received by the rebels", "received a letter from X").
RECEIVED_THINGS = frozenset("contract assistance aid support help letter message award prize report order "
                            "money payment loan grant credit visa delivery shipment supply supplies call "
                            "request invitation offer complaint approval backing treatment sentence fine "
                            "bid application license licence permit donation funding fund gift".split())


def received_thing(tok: "Token") -> bool:
    if tok.lemma_.lower() != "receive":
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in RECEIVED_THINGS


# coop14: a withdrawal's ground ("withdrew from two villages in southern Lebanon", "pulled out of
# Beirut", "withdrawing from their last stronghold in Chad"): the named places of its from / of
# phrase and of the "in" phrases below it; the state they lie in is the side withdrawn from
# (the code stays 087: material10 keeps a plain withdrawal 087, 0874 only under a truce).
WITHDRAWAL_VERBS = frozenset({"withdraw", "pull", "pull_out", "retreat", "leave", "evacuate"})


def withdrawal_places(trigger: "Token") -> list["Token"]:
    if trigger.lemma_.lower() not in WITHDRAWAL_VERBS:
        return []
    grounds = [p for c in trigger.children if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "of", "out")
               for p in (c.children if c.dep_ == "prep" else ()) if p.dep_ == "pobj"]
    grounds += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "out"
                for q in c.children if q.dep_ == "prep" and q.lower_ == "of" for p in q.children if p.dep_ == "pobj"]
    out: list["Token"] = []
    for g in grounds:
        out += [t for t in g.subtree if t.ent_type_ == "GPE" and (t == g or t.dep_ == "pobj" and t.head.lower_ == "in")]
    return out


# coop11: investigators whose inquiries are criminal ones (CAMEO 091, "investigate crime").
CRIME_INVESTIGATORS = frozenset({"COP", "JUD"})  # coop14: prosecutors and courts too (the training gold codes inquiries 091)


def refine(ev: Event, tok: "Token") -> Event | None:
    """Subcodes the clause makes clear: the kind of aid asked, promised or given; a release of
    people (0841) or of property (0842); a withdrawal under a truce (0874). None for a reading
    that is no political act after all: a firm firing staff, talks a trip is only for."""
    code = ev.code
    if code == "172" and tok.lemma_.lower() in DISMISSING_VERBS and not _state_source(ev):
        return None
    if code == "1711" and tok.lemma_.lower() == "steal" and ((ev.source.role or "") not in ARMED_ROLES
                                                             or tok.dep_ == "pcomp"):
        return None  # a thief's theft is crime; "knew nothing about soldiers having stolen" is no fact
    if code == "042" and tok.lemma_.lower() == "leave" and ev.target.country != ev.source.country \
            and (trip := departure_today(tok)) is not None:
        code = trip  # coop11: the wire's present "X leaves for Washington today" (042), "... tomorrow" (036)
    elif code == "042" and tok.lemma_.lower() == "leave" and (ev.target.country == ev.source.country
                                                             or tok.tag_ not in ("VBD", "VBN")):
        return None  # "left for a holiday home near Moscow": a trip at home; "before he leaves for X": not yet made
    if code == "192" and ev.target.role == "CVL" and _place_taken(tok):
        return None  # "took over a village": a place is no party, and its people are not the side that held it
    if code in RECIPROCAL_CODES and _content_clause(tok):
        return None  # "denied a statement that the two sides had agreed to a ceasefire"
    if code == "1122" and tok.lemma_.lower() == "charge" and (ev.source.role or "") in ("GOV", "JUD", "COP") \
            and not any(t.lemma_.lower() in RIGHTS_ABUSES for t in tok.subtree):
        code = "1121"  # authorities charging a man "for abusing two boys": a criminal charge, not a rights abuse
    if code[:2] == "04" and code != "042" and trip_purpose(tok):
        return None
    if code[:2] in PENDING_ROOTS and pending_clause(tok):
        return None  # coop14: "must give up violence before it negotiates with them": not yet done
    if code == "043" and received_thing(tok):
        return None  # coop14: "received a contract", "assistance is received by X": no guest hosted
    if code == "042" and visited_building(tok):
        return None  # coop14: "visited a hospital", "went to the house": a building is no party visited
    if code == "087" and _under_truce(tok):
        code = "0874"
    if code == "040" and tok.lemma_.lower() == "brief" and (ev.target.role or "") == "MED":
        return None  # coop11: "briefed reporters": a statement to the press, not a consultation
    if code == "042" and (host := visitor_host(tok)) is not None:
        ev = replace(ev, trigger=Span(host.idx, host.idx + len(host.text)))
        code = VISITOR_HOSTS[host_lemma(host)]  # coop12: "met visiting minister X" is the host's meeting
    if code == "090" and not_inquiring(tok):
        return None  # coop12: "re-examine a letter from X", "set up a commission to renegotiate debt"
    if code == "090" and questioned_by_outsider(ev, tok):
        return None  # coop12: a reporter's interview, a senator's question: no investigation
    if code == "050" and (field := cooperation_field(ev, tok)) is not None:
        code = field  # coop12: "increased military cooperation with X" is material (06x)
    if code == "090" and (subject := investigation_subject(tok)) is not None:
        code = subject  # coop12: "an investigation into his links to the Mafia" (091)
    if code == "090" and (ev.source.role or "") in CRIME_INVESTIGATORS:
        code = "091"  # coop11: what police investigate is a crime ("police were investigating whether ...")
    if code == "190" and _rioters(ev, tok):
        code = "145"
    if code == "020" and (kind := asked_aid_kind(tok)) is not None:
        code = kind[0]  # euro33: "asked Baghdad for military help" (0232); "asked X for help" stays 020
    elif code in AID_CODES:
        kind = _aid_kind(tok) or _money_kind(tok, code)
        if kind is not None:
            code = kind[AID_CODES[code]]
    elif code == "084" and ev.target.code:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        code = "0842" if obj is not None and obj.lemma_.lower() in PROPERTY_NOUNS else "0841"
    if code == ev.code:
        return ev
    f = info(code)
    return replace(ev, code=code, root=f.root, label=f.name, goldstein=f.goldstein, quad_class=f.quad_class,
                   plover=f.plover)


# ---------------------------------------------------------------- acts received (the converse)

# "Y received the endorsement of X", "Y won praise from X", "Y got a phone call from X": the
# act is X's and Y is its target. Receiving verbs, and the act each received noun names.
RECEIVING_VERBS = frozenset({"receive", "win", "earn", "get", "gain", "garner", "draw", "attract", "secure",
                             "accept", "enjoy", "obtain"})
RECEIVED_ACTS: dict[str, str] = {
    **dict.fromkeys("endorsement praise backing support congratulation congratulations plaudit plaudits "
                    "acclaim thanks tribute".split(), "051"),
    **dict.fromkeys("apology apologies".split(), "055"),
    **dict.fromkeys("condolence condolences sympathy".split(), "018"),
    "call": "041",
    # "received a shipment of vaccines / aid from X": X gave it
    **dict.fromkeys("aid assistance help donation shipment delivery supplies consignment".split(), "070"),
    "visit": "042",
    **dict.fromkeys("criticism condemnation rebuke censure".split(), "111"),
    # lexcoop8: "received a loan from the World Bank", "asylum / a pardon from X" ("accepted an
    # invitation from X" stays the acceptance, 036)
    **dict.fromkeys("loan loans credit credits bailout funding".split(), "071"),
    "asylum": "075",
    **dict.fromkeys("pardon clemency".split(), "0841"),
    # frame70: "won a contract from the U.S. Navy", "received a licence from the Hong Kong government",
    # "secured a concession from Y": the party that awards it cooperates economically with the winner
    # (061, as "awarded a contract to X"). Not "order" (a court's order is no award).
    **dict.fromkeys("contract contracts licence licences license licenses concession concessions franchise".split(), "061"),
}
# tunetgt49: what a side is SENT, only with "receive"/"get" ("Japan received a new proposal from
# Washington", "got a formal protest from Beijing"): the sender made the act toward the receiver.
# Not for "accept" ("accepted a proposal from X" is yielding, 080) nor "win"/"draw" (no sender).
# A proposal or offer is an intent to cooperate (03 root); a request, appeal or plea an appeal
# (020); a demand a demand (100), an ultimatum 139; a protest or complaint a complaint (114).
MESSAGE_VERBS = frozenset({"receive", "get"})
RECEIVED_MESSAGES: dict[str, str] = {
    **dict.fromkeys("proposal proposals offer offers".split(), "030"),
    **dict.fromkeys("request requests appeal appeals plea pleas".split(), "020"),
    **dict.fromkeys("demand demands".split(), "100"),
    "ultimatum": "139",
    **dict.fromkeys("protest protests complaint complaints".split(), "114"),
}


def received_act(tok: "Token") -> tuple[str, list["Token"], list["Token"], "Token"] | None:
    """(code, source tokens, target tokens, the received noun) for "Y received X's endorsement"."""
    if tok.lemma_.lower() not in RECEIVING_VERBS:
        return None
    noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if noun is None:
        return None
    code = RECEIVED_ACTS.get(noun.lemma_.lower()) or RECEIVED_ACTS.get(noun.lower_)
    if code is None and tok.lemma_.lower() in MESSAGE_VERBS:
        code = RECEIVED_MESSAGES.get(noun.lemma_.lower()) or RECEIVED_MESSAGES.get(noun.lower_)
    if code is None or tok.lemma_.lower() == "obtain" and code != "061":
        return None  # (frame70: "obtain" only for a contract or licence: "obtained a loan" is read elsewhere)
    def pobj(owner: "Token", preps: tuple[str, ...]) -> "Token | None":
        for c in owner.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in preps:
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    # "from/by X" on the noun or (the phrase may hang on the verb) on the verb, then X's own
    # ("Y's endorsement"), then "of X" when X is named ("a shipment of vaccines" names no giver)
    giver = pobj(noun, ("from", "by")) or pobj(tok, ("from", "by")) or next(
        (pobj(t, ("from", "by")) for t in noun.subtree if t.dep_ == "pobj" and pobj(t, ("from", "by")) is not None), None)
    if giver is None:
        giver = next((c for c in noun.children if c.dep_ == "poss" or (
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"))), None)
    if giver is None:
        of = pobj(noun, ("of",))
        giver = of if of is not None and (of.pos_ == "PROPN" or of.ent_type_ or _agentive(of)) else None
    if giver is None:
        return None
    return code, with_conjuncts([giver]), [], noun


# ---------------------------------------------------------------- compliance (080)

# "X did Y at the request of Z", "at Z's behest": doing what another side asked is yielding.
REQUEST_WORDS = frozenset({"request", "behest", "urging", "insistence", "demand"})
# What one complies with: its owner is the party yielded to ("complied with the request of X").
HEEDED_NOUNS = REQUEST_WORDS | frozenset({"order", "call", "appeal", "command", "wish", "ruling", "verdict",
                                          "condition", "term", "ultimatum", "instruction"})


def requester(tok: "Token") -> "Token | None":
    """The side whose request a clause fulfils: "at the request of Z", "at Z's request"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "upon", "on"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in REQUEST_WORDS:
                    return possessor(g)
    return None


# ---------------------------------------------------------------- more non-facts and intents

# "willing / ready / prepared to <act>": a stated intention (03x), not the act.
READY_WORDS = frozenset({"willing", "ready", "prepared", "eager", "keen", "open", "determined"})
# Who orders an act another side must carry out (a court's order is not yet done).
ORDERING_VERBS = frozenset({"order", "instruct", "direct", "command", "tell"})
COURT_WORDS = frozenset({"court", "judge", "tribunal", "justice", "magistrate"})


# Auxiliaries that put a stance in a hypothetical or a later time ("would be willing ... if").
MODAL_WORDS = frozenset("would could might may will 'll should".split())


def readiness(tok: "Token") -> bool:
    """ "X is willing to resume talks", and "X is willing to drop tariffs if Y ...": an offer
    with a condition is still an intention (CAMEO 03x); "would / will be (more) willing to ...
    if ..." is a stance in a hypothetical, not an offer."""
    if not (tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.lemma_.lower() in READY_WORDS):
        return False
    if not any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in tok.sent):
        return True
    adj = tok.head
    copula = adj.head if adj.dep_ == "acomp" else adj
    hedged = any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in copula.children) \
        or any(c.dep_ == "advmod" and c.lower_ in ("more", "less") for c in adj.children)
    return not hedged


def ordered_by_court(tok: "Token") -> bool:
    """ "The court ordered the government to release X": the release is ordered, not done."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in ORDERING_VERBS:
        return False
    return any(s.dep_ in ("nsubj", "nsubjpass") and s.lemma_.lower() in COURT_WORDS for s in head.children)


SPEAKING_ASIDE = frozenset({"speak", "talk"})


def speaking_aside(tok: "Token") -> bool:
    """ "Speaking at a news conference, X ...": a participle of speaking with no one spoken with
    is the setting of a statement, not a consultation."""
    return tok.lemma_.lower() in SPEAKING_ASIDE and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "csubj") \
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "to", "on", "by") for c in tok.children)


# ---------------------------------------------------------------- targets behind a noun


OWNING_VERBS = frozenset({"belong", "owned", "own", "operate", "register", "flag"})


def participle_agent(noun: "Token") -> "Token | None":
    """ "the deal reached by X", "the plan proposed by X": the agent of a participle on the noun;
    "a tanker belonging to X": its owner."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent":
                    return next((g for g in a.children if g.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.lemma_.lower() in OWNING_VERBS:
            for a in c.children:
                if a.dep_ == "prep" and a.lower_ == "to":
                    return next((g for g in a.children if g.dep_ == "pobj"), None)
    return None


# Statements toward unnamed victims and their families (condolences, tributes) have no target
# actor in the conventions ("statements with no target actor ... condolences"); apologies keep one.
VICTIM_WORDS = frozenset({"victim", "family", "families", "relative", "survivor", "mourner", "loved"})
VICTIM_STATEMENTS = frozenset({"018", "051", "019"})


def unnamed_victims(code: str, ttok: "Token | None", tgt: Actor) -> bool:
    return code in VICTIM_STATEMENTS and ttok is not None and ttok.lemma_.lower() in VICTIM_WORDS \
        and tgt.role == "CVL" and tgt.entity is None


def parties_between(noun: "Token") -> list["Token"]:
    """ "the ceasefire agreement between X and Y": both parties of the thing welcomed or criticised."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            # coop11: "cooperation between their intelligence services" names the agents' own
            # bodies, not another party
            return [t for t in with_conjuncts(objs) if not any(
                p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for p in t.children)]
    return []


OWN_POSSESSIVES = frozenset({"their", "our", "its"})



# Institutions a clause names without a country ("urged Congress", "asked the Supreme Court"):
# a reader takes them as the acting side's own country's.
HOME_INSTITUTIONS = frozenset({"LEG", "JUD", "COP"})


# Private people of no stated country a state actor speaks to or of ("apologised to the
# families of the victims"): its own civilians, in the statements and cooperation roots.
STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})
HOME_PEOPLE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})


def home_institution(src: Actor, tgt: Actor, code: str = "") -> Actor:
    if not tgt.code or tgt.country is not None or not src.country:
        return tgt
    if tgt.role in HOME_INSTITUTIONS or (tgt.role == "CVL" and src.role in STATE_ROLES and code[:2] in HOME_PEOPLE_ROOTS):
        return Actor(tgt.entity, tgt.name, src.country + tgt.role, src.country, tgt.role)
    return tgt


def counterpart(ttok: "Token | None", src: Actor, tgt: Actor) -> Actor:
    """ "met his Chinese counterpart": the target holds the source's office in its own country."""
    if ttok is None or ttok.lemma_.lower() not in ("counterpart", "counterparts") or not tgt.country \
            or tgt.role or not src.role or tgt.country == src.country:
        return tgt
    return Actor(tgt.entity, tgt.name, tgt.country + src.role, tgt.country, src.role)


def clause_preps(trigger: "Token", word: str) -> list["Token"]:
    """The `word` prepositions anywhere in the trigger's own clause (not inside another verb's)."""
    return [t for t in trigger.subtree if t.dep_ == "prep" and t.lower_ == word and t.head != trigger
            and not any(a.pos_ in ("VERB", "AUX") and a != trigger for a in t.ancestors if trigger.is_ancestor(a))]


# coop14: "X is in talks / in contact / in touch with Y", "X has been in negotiations with Y": a
# state of consulting, told by "be in" (the noun's own "with" names the other side).
IN_STATE_NOUNS = frozenset({"talk", "talks", "negotiation", "contact", "touch", "discussion", "consultation"})


def in_talks(noun: "Token", gov: "Token") -> bool:
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head == gov \
        and gov.lemma_.lower() == "be" and noun.lemma_.lower() in IN_STATE_NOUNS \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)  # no other side named: no event


def verb_preps(trigger: "Token") -> list["Token"]:
    """coop14: a meeting noun's place hangs on the verb it is the subject of ("talks between X and Y
    ended in Washington"): that verb's prepositions."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
        return [c for c in trigger.head.children if c.dep_ == "prep"]
    return []


def named_place(place: "Token") -> "Token":
    """coop14: "in New York city": the place's name is the common noun's compound; the pobj keeps
    its dependency (the caller reads it) when the compound carries the entity type."""
    if place.ent_type_ or place.pos_ != "NOUN":
        return place
    named = next((c for c in place.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")), None)
    if named is None:
        return place
    return _PlaceView(named, place.dep_)  # type: ignore[return-value]


class _PlaceView:
    """A compound name standing for its head noun (same dependency, the name's text and type)."""

    def __init__(self, tok: "Token", dep: str) -> None:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)  # "New York", not "York"
        self.i, self.text = (ent.start, ent.text) if ent is not None else (tok.i, tok.text)
        self.ent_type_, self.dep_ = tok.ent_type_, dep


# Statements about something someone said or did: "apologised for his remarks about China",
# "expressed regret over the comments on Y": the party the remarks were about.
TOPIC_CODES = frozenset({"055", "018", "012", "013"})
TOPIC_PREPS = ("about", "on", "against", "toward", "towards", "regarding")


def topic_parties(trigger: "Token") -> list["Token"]:
    """ "apologised for his remarks about X"; "expressed hope that X would return to talks"."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    for clause in (obj.children if obj is not None else ()):
        if clause.dep_ in ("ccomp", "acl") and clause.pos_ in ("VERB", "AUX"):
            subj = [g for g in clause.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")]
            if subj:
                return with_conjuncts(subj)
    for p in trigger.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "over"):
            for noun in (g for g in p.children if g.dep_ == "pobj"):
                preps = TOPIC_PREPS + (HARM_PREPS if noun.lemma_.lower() in HARM_NOUNS else ())
                for q in noun.children:
                    if q.dep_ == "prep" and q.lower_ in preps:
                        return with_conjuncts([g for g in q.children if g.dep_ == "pobj"])
    return []


# left45: the wronged party of an apology inside its own noun phrase: "apologised for Japan's
# wartime aggression in China", "for the bombing of Guernica", "for the army's treatment of Korean
# women". Only a harm noun reads "in"/"of" as its victim ("remarks in parliament" is a place).
HARM_NOUNS = frozenset("""aggression occupation invasion bombing shelling massacre killing killings
    treatment mistreatment atrocity atrocities crime crimes abuse abuses rule persecution raid raids
    attack attacks shooting suffering deportation expulsion colonisation colonization""".split())
HARM_PREPS = ("in", "of", "against", "toward", "towards", "to")


# "congratulated X in a phone call", "during a telephone conversation": the call is an act too.
CALL_NOUNS = frozenset({"call", "conversation", "phone", "telephone"})


def by_phone(trigger: "Token") -> bool:
    return _call_noun(trigger) is not None


def _call_noun(trigger: "Token") -> "Token | None":
    # on the verb, or (a parse slip) on a noun of its own clause: "congratulated X on his victory in a call"
    preps = [t for t in trigger.subtree if t.dep_ == "prep" and t.lower_ in ("in", "during", "on", "by", "over")
             and not any(a.pos_ in ("VERB", "AUX") and a != trigger for a in t.ancestors if trigger.is_ancestor(a))]
    for p in preps:
        if p.dep_ == "prep":
            for g in p.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in CALL_NOUNS and (
                        g.lemma_.lower() != "call" or any(c.lemma_.lower() in ("phone", "telephone", "video")
                                                          for c in g.children) or p.lower_ in ("in", "during")):
                    return g
    return None


def call_partner(trigger: "Token") -> "Token | None":
    """ "thanked Norway in a call with his Norwegian counterpart": the one on the other end of the
    call (041) is the "with" phrase of the call, not the party the act in it was aimed at."""
    call = _call_noun(trigger)
    if call is None:
        return None
    return next((g for p in call.children if p.dep_ == "prep" and p.lower_ == "with"
                 for g in p.children if g.dep_ == "pobj"), None)


def phone_call(tok: "Token") -> bool:
    """ "X called Y (on Tuesday) (to discuss ...)": with a person or state as object and no appeal
    ("called on Y", "called for"), no label ("called Y a liar") and no content clause of its own,
    calling someone is a phone call (041)."""
    if tok.lemma_.lower() != "call":
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN") or any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt") for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and any(g.ent_type_ not in ("DATE", "TIME") for g in c.children)
           for c in tok.children):
        return False
    if any(c.dep_ in ("oprd", "acomp", "attr") for c in obj.children):
        return False
    return obj.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or obj.lemma_.lower() in PHONE_PARTIES


PHONE_PARTIES = frozenset("counterpart president minister leader premier chancellor king prime secretary "
                          "ambassador envoy mayor governor".split())


# "sent a letter to Y asking for help", "wrote to Y urging ...": the letter is the appeal.
LETTER_NOUNS = frozenset({"letter", "message", "note", "petition", "memo", "telegram"})
LETTER_VERBS = frozenset({"send", "write", "address", "deliver", "hand"})  # noact50: "handed Y a note"
APPEALING_PARTICIPLES = frozenset({"ask", "urge", "request", "call", "appeal", "seek", "invite", "plead",
                                   "propose", "suggest", "demand",  # noact50: proposals and demands sent
                                   "protest"})  # noact50: a note protesting Y's act, lodged with Y (114)
# Addressees whose letter is published, not lodged: "a letter to the editor protesting ..."
PUBLISHED_ADDRESSEES = frozenset({"editor", "editors", "newspaper", "paper"})


def letter_appeal(tok: "Token") -> tuple["Token", list["Token"]] | None:
    """(the appealing participle, the addressees) of "sent a letter to Y asking ...", or None.
    noact50: the addressee may be the indirect object ("sent Yeltsin a letter asking", "handed the
    ambassador a note protesting"), and the participle may hang on the addressee, as the small
    model often has it ("a note to the Turkish embassy protesting ...")."""
    if tok.lemma_.lower() not in LETTER_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    obj = next((c for c in objs if c.lemma_.lower() in LETTER_NOUNS), objs[0] if objs else None)
    holders = [tok] + ([obj] if obj is not None and obj.lemma_.lower() in LETTER_NOUNS else [])
    if obj is not None and obj.lemma_.lower() not in LETTER_NOUNS and tok.lemma_.lower() != "write" \
            or obj is None and tok.lemma_.lower() == "hand":
        return None
    addressees = [g for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for g in p.children if g.dep_ == "pobj"]
    if not addressees and obj is not None:  # noact50: "sent Yeltsin a letter", "handed the envoy a note"
        addressees = [c for c in tok.children if c.i < obj.i and c.pos_ in ("PROPN", "NOUN", "PRON")
                      and (c.dep_ == "dative" or c.dep_ == "dobj" and c is not obj)]
    asking = next((c for h in holders + addressees[:1] for c in h.children if c.dep_ in ("acl", "advcl", "xcomp")
                   and c.tag_ == "VBG" and c.lemma_.lower() in APPEALING_PARTICIPLES), None)
    if asking is None or not addressees or asking.lemma_.lower() == "protest" \
            and addressees[0].lemma_.lower() in PUBLISHED_ADDRESSEES:
        return None
    return asking, with_conjuncts(addressees[:1])


def letter_unsent(tok: "Token", intent_verbs: frozenset[str]) -> bool:
    """noact50: "will send Y a letter asking ...", "plans to send a letter urging ...": the letter
    is not sent yet, so no appeal is made (the standard codes no predictions)."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in intent_verbs
                                    or tok.head.lemma_.lower() in ("plan", "intend", "want", "hope", "expect"))


def included_member(tok: "Token") -> bool:
    """ "Several senators, including X, ...": X is named as one of the group."""
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in ("including", "like", "among")


# ---------------------------------------------------------------- coop11: meetings a noun names

# Nouns of a meeting whose two parties a noun phrase can name by itself ("talks between X and Y",
# "Soviet-American talks"): CAMEO 04 consultations.
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "negotiation", "discussion", "consultation", "summit"})
# Verbs whose subject, a meeting, took place whatever came of it: "talks between X and Y were going
# well / failed to settle the dispute / made a breakthrough / have occurred". (A verb outside this
# list - "are expected", "were planned" - leaves the noun to the ordinary rules.)
MEETING_OUTCOMES = frozenset({"fail", "go", "make", "produce", "yield", "achieve", "reach", "end", "conclude",
                              "break", "collapse", "stall", "focus", "centre", "center", "cover", "occur",
                              "continue", "last", "result", "lead", "progress", "proceed", "resume", "open",
                              "begin", "start", "take", "drag",
                              "founder", "deadlock", "deadlocke"})  # frame74: "are foundering", "have been deadlocked" (the model's lemma)
# Verbs of a meeting yet to come when "will" carries them: "talks between X and Y will resume
# Monday" is an intention to meet (036) of both.
MEETING_STARTS = frozenset({"resume", "open", "begin", "start", "take", "continue", "reopen"})
# Prepositions that set the clause's act at a meeting both parties of which the noun names: "the
# appeal was made during talks between X and Y", "agreed after a meeting between X and Y".
SETTING_PREPS = frozenset({"during", "after", "following", "at", "in"})
HYPHENS = frozenset({"-", "\u2013", "\u2014"})  # hyphen, en dash, em dash
FUTURE_AUX = frozenset({"will", "'ll", "shall"})


def _between_parties(noun: "Token") -> list["Token"]:
    """The parties of "between X and Y", also when the parser hangs "and Y" on an apposition
    ("between Russia's envoy Lebed and the rebel leaders")."""
    out: list["Token"] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            for o in (g for g in c.children if g.dep_ == "pobj"):
                out.extend(with_conjuncts([o]))
                for ap in o.children:
                    if ap.dep_ == "appos":
                        out.extend(x for x in with_conjuncts([ap])[1:] if x not in out)
    return out


def paired_modifiers(noun: "Token") -> list["Token"]:
    """ "Soviet-American talks", "a Franco-German meeting": two modifiers of the noun joined by a
    hyphen name the two parties (the parser hangs the first on the second, the hyphen or the noun)."""
    doc = noun.doc
    for b in noun.children:
        if b.dep_ in ("amod", "compound", "nmod") and 2 <= b.i < noun.i and doc[b.i - 1].text in HYPHENS:
            a = doc[b.i - 2]
            if a.pos_ in ("ADJ", "PROPN", "NOUN") and a.head in (noun, b, doc[b.i - 1]):
                return [a, b]
    return []


def meeting_parties(noun: "Token") -> list["Token"]:
    """The two parties a meeting noun names itself; [] when it names fewer or more (a
    multilateral meeting is no pair of consultations: see `multilateral`)."""
    if noun.lemma_.lower() not in MEETING_NOUNS and noun.lower_ not in MEETING_NOUNS:
        return []
    parties = _between_parties(noun)
    if len(parties) < 2:
        parties = paired_modifiers(noun)
    if len(parties) < 2:
        parties = verb_between_parties(noun)  # coop12: "talks took place between X and Y"
    return parties if len(parties) == 2 else []


# More sides than two acting together with no target ("finance ministers of Britain, Canada,
# France, Japan and the US agreed to cooperate"): the annotation codes no pair of them (the
# training sentences hold no reciprocal triple among three or more parties).
MAX_RECIPROCAL_SIDES = 2


def multilateral(sources: list[tuple["Token", Actor]]) -> bool:
    return len({a.code for _, a in sources}) > MAX_RECIPROCAL_SIDES


def meeting_status(noun: "Token") -> str | None:
    """ "held" when the clause reports the meeting as held ("talks between X and Y failed to ...",
    "said during talks between X and Y"), "future" when it is announced ("talks between X and Y
    will resume"), None when the clause leaves it open (the ordinary rules then decide)."""
    from dateline.events import filters

    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children) or filters.on_negated_noun_path(noun):
        return None
    if scheduled(noun):
        return "future"  # coop12: "two rounds of talks between X and Y, scheduled for Thursday"
    head = noun.head
    if head.pos_ not in ("VERB", "AUX") and noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS:
        verb, setting = noun.head.head, True
    elif noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        verb, setting = head, False
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or filters.is_negated(verb) or filters.is_hypothetical(verb):
        return None
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
    if setting:
        return None if future else "held"
    lemma = verb.lemma_.lower()
    if future:
        return "future" if lemma in MEETING_STARTS else None
    if lemma in MEETING_OUTCOMES or (lemma == "be" and any(c.dep_ == "acomp" for c in verb.children)) \
            or (lemma == "hold" and noun.dep_ == "nsubjpass") or filters.lasted_into(verb):  # frames23: "entered a second day"
        return "held"
    return None


def meeting_held(ev: Event, tok: "Token") -> bool:
    """coop13: a meeting noun that names both its parties and that its clause tells as held
    ("Soviet-Japanese talks made a breakthrough", "talks between X and Y collapsed"): the meeting
    is the news, even where its verb is no occurrence verb, so `filters.not_an_act` keeps it
    (WIKINEWS_EVENTS.md codes a meeting that took place whatever came of it)."""
    return ev.root == "04" and ev.code != "036" and tok.pos_ in ("NOUN", "PROPN") \
        and len(meeting_parties(tok)) == 2 and meeting_status(tok) == "held"


# coop13: what the passive of a meeting's or an agreement's verb holds ("talks were held between X
# and Y", "an accord was signed / concluded between X and Y"): both parties act on each other.
AGREED_NOUNS = frozenset({"agreement", "accord", "deal", "treaty", "pact", "memorandum", "protocol", "arrangement"})
PASSIVE_PAIR_CODES = frozenset({"040", "046", "057"})


def agentless_parties(code: str, verb: "Token") -> list["Token"]:
    """The two parties of an agentless passive ("talks were held in Geneva between X and Y", "an
    accord was concluded between X and Y"): the "between" phrase on the verb or on its subject
    noun; [] when the clause names an agent, or other than two parties."""
    if code not in PASSIVE_PAIR_CODES or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return []
    nouns = [c for c in verb.children if c.dep_ == "nsubjpass"
             and c.lemma_.lower() in (MEETING_NOUNS if code[:2] == "04" else AGREED_NOUNS)]
    if not nouns:
        return []
    parties = _between_parties(verb) or _between_parties(nouns[0]) or paired_modifiers(nouns[0])
    return parties if len(parties) == 2 else []


# coop13: the first half of a compound nationality has a combining form of its own ("Franco-German",
# "Sino-Soviet", "Anglo-Irish", "Russo-Japanese", "Indo-Pakistani", "Italo-", "Greco-Turkish").
COMBINING_FORMS = {"franco": "FRA", "sino": "CHN", "anglo": "GBR", "russo": "RUS", "indo": "IND",
                   "italo": "ITA", "greco": "GRC", "turco": "TUR", "hispano": "ESP", "luso": "PRT",
                   "germano": "DEU", "serbo": "SRB", "austro": "AUT", "nippo": "JPN"}


def paired_state(tok: "Token") -> Actor | None:
    """The state one half of "X-Y talks" / "a Franco-German accord" names. The recogniser takes
    "Greek-Turkish" for one people, which names no single country, so the actor lookup of either
    half comes back empty; each half names its own state (the country as a whole, as the
    conventions code a bare nationality)."""
    head = tok.head
    noun = head.head if head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i else head
    if noun.lemma_.lower() not in MEETING_NOUNS | AGREED_NOUNS or tok not in paired_modifiers(noun):
        return None
    from dateline.resolve.countries import Kind, country_match

    match = country_match(tok.text)
    code = match.alpha3 if match is not None and match.kind in (Kind.COUNTRY, Kind.DEMONYM) else COMBINING_FORMS.get(tok.lower_)
    return Actor(None, tok.text, code, code, None) if code else None


# coop13: "X arrived here": the wire's "here" is the dateline's city ("NAIROBI (Reuters) - ... arrived
# here"), so the visit (042) is to that city's country.
HERE_TRAVEL = frozenset({"arrive", "come", "fly", "land", "travel", "return"})


def place_here(trigger: "Token", dateline: str | None, text: str) -> str | None:
    """The country of the dateline a travel verb's "here" points to; None without a "here" or a
    dateline (the article's record keeps the stripped one; a bare text may still open with it)."""
    if trigger.lemma_.lower() not in HERE_TRAVEL or not any(c.lower_ == "here" and c.dep_ == "advmod"
                                                             for c in trigger.children):
        return None
    return dateline_country(dateline, text)


def dateline_country(dateline: str | None, text: str) -> str | None:
    """The country of the article's dateline: the record's (the cleaner keeps the one it
    stripped), else one the bare text still opens with."""
    if dateline is None:
        from dateline.clean.dateline import find_dateline

        found = find_dateline(text[:120])
        dateline = found.place if found is not None else None
    if not dateline:
        return None
    from dateline.resolve.countries import country_code

    return country_code(dateline.split(",")[0].title()) or country_code(dateline.split(",")[-1].strip())


# ---------------------------------------------------------------- coop12: meetings, questioning, fields of cooperation

# Participles that put a meeting noun in the calendar: "two rounds of talks between X and Y,
# scheduled for Thursday" announce a meeting (036 of both sides), they do not report one.
SCHEDULING = frozenset({"schedule", "plan", "set", "slate", "due", "expect", "arrange", "timetable"})
# Heads of a meeting noun that only count its sessions: "two rounds of talks", "a series of
# meetings", "a new session of negotiations".
MEETING_COUNTS = frozenset({"round", "series", "session", "cycle", "set"})


def meeting_phrase(noun: "Token") -> "Token":
    """The noun phrase a meeting noun heads, through a counting head ("rounds of talks")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MEETING_COUNTS:
        return noun.head.head
    return noun


def scheduled(noun: "Token") -> bool:
    """ "talks between X and Y, scheduled for Thursday" / "a meeting planned for May": the
    phrase is described by a scheduling participle, so the meeting is still to come."""
    phrase = meeting_phrase(noun)
    # coop13: a planning word before the noun whose clause reports the outcome in the past ("a
    # hastily arranged X-Y meeting failed to settle ...") names a meeting that took place
    told = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ == "VBD" and noun.head.lemma_.lower() in MEETING_OUTCOMES
    if any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in SCHEDULING and not (told and c.i < n.i)
           for n in (noun, phrase) for c in n.children):
        return True
    # the small model hangs a participle set off by a comma on the last party named ("talks
    # between X and his counterpart, scheduled for Thursday"): a person is not scheduled
    doc = noun.doc
    return any(c.dep_ == "acl" and c.lemma_.lower() in SCHEDULING and doc[c.i - 1].text == ","
               for p in _between_parties(noun) for c in p.children)


def verb_between_parties(noun: "Token") -> list["Token"]:
    """ "Talks took place / have been held / occurred between X and Y": the parser hangs the
    "between" phrase on the verb of which the meeting noun is the subject."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = noun.head
    if verb.lemma_.lower() not in MEETING_OUTCOMES and verb.lemma_.lower() != "hold":
        return []
    return _between_parties(verb)


# Questioning a person is an investigation (09x) when investigators do it: police, prosecutors,
# courts ("police questioned two students about the bombing" is 091 by `refine`); a journalist's
# interview or a senator's question is not.
QUESTIONING_VERBS = frozenset({"question", "interrogate", "interview", "quiz", "grill", "debrief"})
QUESTIONERS = frozenset({"COP", "JUD"})


def questioned_by_outsider(ev: Event, tok: "Token") -> bool:
    return tok.lemma_.lower() in QUESTIONING_VERBS and (ev.source.role or "") not in QUESTIONERS


# The field of a cooperation made closer or engaged in: CAMEO's material cooperation subcodes
# (061 economic, 062 military, 063 judicial, 064 intelligence), the same fields as the intents'
# 031x (`COOPERATION_FIELDS`). Cooperation with another side's armed forces ("increased
# cooperation with the navies of X and Y") is military.
MATERIAL_FIELDS = {"0311": "061", "0312": "062", "0313": "063", "0314": "064"}


def cooperation_field(ev: Event, tok: "Token") -> str | None:
    """061-064 for a 050 whose cooperation has a field: "boosted military cooperation with X",
    "expanded cooperation with the navies of X"; None when it names none (050 stays)."""
    nouns = [tok] if tok.lemma_.lower() in COOPERATION_NOUNS else \
        [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in COOPERATION_NOUNS]
    if not nouns:
        return None
    words = {c.lemma_.lower() for c in nouns[0].children if c.dep_ in ("amod", "compound")}
    for field, lemmas in COOPERATION_FIELDS:
        if words & lemmas:
            return MATERIAL_FIELDS[field]
    return "062" if ev.target.role == "MIL" else None


# "X met visiting Y", "X received visiting Y": the small model hangs "visiting" as a clause of
# the host's verb with the guest for its object, so the guest's visit (042, with the host as
# its source) stands where the host's meeting (040) or hosting (043) should.
VISITOR_HOSTS = {"meet": "040", "receive": "043", "host": "043", "welcome": "043", "greet": "043"}


# the past forms of the host verbs: taken for an auxiliary, "met" keeps "met" for its lemma
HOST_PAST = {"met": "meet", "received": "receive", "hosted": "host", "welcomed": "welcome", "greeted": "greet"}


def host_lemma(host: "Token") -> str:
    lemma = host.lemma_.lower()
    return lemma if lemma in VISITOR_HOSTS else HOST_PAST.get(host.lower_, lemma)


def visitor_host(tok: "Token") -> "Token | None":
    """The host verb of a bare "visiting" right after it ("met visiting minister X"); None when
    "visiting" is a visit of its own ("X met them while visiting Y" has a subject or a gap)."""
    if tok.lemma_.lower() != "visit" or tok.tag_ != "VBG":
        return None
    # coop14: in a relative or "after" clause ("who met visiting X", "after he met visiting X") the
    # small model takes the host's verb for an auxiliary of "visiting": the host verb is that word
    aux = tok.doc[tok.i - 1] if tok.i > 0 else None
    if aux is not None and aux.dep_ == "aux" and aux.head == tok and aux.tag_ == "VBD" \
            and host_lemma(aux) in VISITOR_HOSTS:
        return aux if any(c.dep_ == "dobj" for c in tok.children) else None
    head = tok.head
    if tok.i != head.i + 1 or tok.dep_ not in ("advcl", "xcomp", "ccomp"):
        return None
    if head.lemma_.lower() not in VISITOR_HOSTS or any(c.dep_ == "dobj" for c in head.children) \
            or any(c.dep_ in ("nsubj", "aux", "mark") for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return head if obj is not None else None


# What an investigation is into decides its subcode (CAMEO 091 crime and corruption, 092 rights
# abuses): "opened an inquiry into the minister's links to the Mafia", "investigating the
# general over the massacre". Read from the phrases that name the subject, not the whole clause.
CRIME_WORDS = frozenset("crime crimes corruption fraud bribery bribe bribes murder murders "
                        "embezzlement smuggling laundering theft robbery trafficking mafia racketeering kidnapping "
                        "extortion graft rape homicide manslaughter misconduct wrongdoing "
                        "abduction arson".split())
ABUSE_WORDS = frozenset("torture abuse abuses atrocity atrocities massacre persecution".split())
SUBJECT_PREPS = frozenset({"into", "over", "for", "on", "about", "in"})


def investigation_subject(tok: "Token") -> str | None:
    """091 / 092 for a 090 whose subject phrase names a crime or a rights abuse, else None."""
    phrases = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in SUBJECT_PREPS]
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        phrases.append(obj)
        phrases.extend(c for c in obj.children if c.dep_ == "prep" and c.lower_ in SUBJECT_PREPS)
    words = {t.lemma_.lower() for p in phrases for t in p.subtree}
    if words & ABUSE_WORDS:
        return "092"
    if words & CRIME_WORDS:
        return "091"
    return None

# coop14: an investigation whose subject is a clause ("police were investigating whether the letter
# was written by the suspect", "a commission is investigating reports that troops killed
# civilians", "investigating the possibility that X had links to ..."): the party the clause
# says did it is the one investigated (a reader's inference; the clause's act is not coded as fact).
INQUIRY_VERBS = frozenset({"investigate", "probe", "examine", "check", "look", "study"})
SUSPICION_NOUNS = frozenset({"report", "allegation", "claim", "possibility", "suggestion", "accusation",
                             "suspicion", "charge", "rumour", "rumor", "complaint", "evidence"})


def _doer_of(clause: "Token") -> "Token | None":
    """The agent of a passive clause, else its active subject (a passive's subject is the patient)."""
    for c in clause.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def investigated_party(trigger: "Token") -> list["Token"]:
    """The doer named in an investigation's subject clause; [] when there is none."""
    if trigger.lemma_.lower() not in INQUIRY_VERBS:
        return []
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"
               and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)]
    for obj in (c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in SUSPICION_NOUNS):
        clauses += [c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                    and not any(w.dep_ in ("nsubj", "dobj") and w.tag_ in ("WDT", "WP") for w in c.children)]
    doers = [d for c in clauses if (d := _doer_of(c)) is not None]
    return doers[:1]


# Releases whose freed person a bare "him" / "her" names: like an arrest's, a private person of
# the article's country ("arrested a man and released him on bail"; coder._unnamed_private).
RELEASES = frozenset({"084", "0841"})


def freed_persons(targets: list["Token"]) -> list["Token"]:
    """The bare personal pronouns among a release's targets."""
    return [t for t in targets if t.pos_ == "PRON" and t.lower_ in ("him", "her")]


# Dealings between firms, and between firms and unions, that the annotation codes as events
# (REUTERS_DEV.md, the training gold): talks held (04), agreements signed or reached (057), an
# offer accepted (080). filters.commerce drops private parties' dealings; these are the ones the
# standard keeps (a sale or a price is still no event: the code, not the parties, decides).
FIRM_DEALINGS = frozenset({"040", "041", "043", "046", "057", "080",
                           "036"})  # intent17: "the union said it is ready to hold talks with the company"


def firms_dealing(ev: Event) -> bool:
    """True for a consultation, an agreement or a concession between two named firms or a firm
    and a union, for any act between a firm and a union (labour relations: the training gold
    codes their demands, threats and broken-off talks) and for talks halted between firms (164)
    (for filters.commerce's exemption)."""
    roles = {ev.source.role, ev.target.role}
    if roles == {"BUS", "LAB"} or ev.code == "164" and roles == {"BUS"}:
        return True
    return ev.code in FIRM_DEALINGS and roles <= {"BUS", "LAB"} and "BUS" in roles


# An investigation needs a subject: examining a document is reading it ("will re-examine a letter
# from X": X is no suspect), and a commission set up without an "into" phrase is a body with
# another job ("a debt commission to renegotiate the loans").
DOCUMENT_NOUNS = frozenset("letter report document proposal plan request bill offer draft text statement "
                           "message note memo budget figure data application".split())
EXAMINING_VERBS = frozenset({"examine", "re-examine", "reexamine", "study", "review"})
BODY_SETTING_VERBS = frozenset({"set_up", "establish", "create", "form"})


def not_inquiring(tok: "Token") -> bool:
    lemma = tok.lemma_.lower()
    if lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        lemma = "set_up"
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if lemma in EXAMINING_VERBS or tok.lower_.startswith("re-examin"):
        return obj.lemma_.lower() in DOCUMENT_NOUNS
    if lemma in BODY_SETTING_VERBS and obj.lemma_.lower() == "commission":
        return not any(c.dep_ == "prep" and c.lower_ in ("into", "on") for n in (tok, obj) for c in n.children) \
            and not any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("investigate", "probe", "examine", "look")
                        for c in obj.children)
    return False
