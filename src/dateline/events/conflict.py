"""Verbal conflict (CAMEO roots 10-14) in constructions the verb dictionary cannot express.

The dictionary codes a clause's subject as the source. News writes disapproval just as often
with the roles turned round or spread over two clauses, and these readers code them:

- the target is the subject and the source a "from"/"by" phrase: "Y drew / faced / received
  criticism from X", "Y came under fire from X", "Y's remarks sparked condemnation from X"
  (111; an accusation 112, a lawsuit 115, a threat 130, a demand 100 the same way);
- a copular verdict: "X was critical of / furious with Y" (111), "X was dismissive of Y's offer"
  (120); past tense only: "X is a critic of Y" is a standing attitude, which the conventions leave
  uncoded;
- a reported share of guilt: "X said Y bore / shared responsibility for Z", "X said Y had
  committed war crimes" (112, subcoded by what Z is);
- what a demand asks for, read off its that-clause: "demanded that Y release / step down /
  withdraw / hold elections" (1053 / 1041 / 1056 / 1044);
- "X hit back at Y"; a condemning label: "described Y's plan as illegal", "called Y's offensive a
  grave mistake" (the small model makes both nouns predicates).

Helpers the coder calls for sources and targets: further agents ("X joined Y in condemning",
"X, along with Y, ..."), the doer of a blamed deed ("blamed it on sabotage by Y") or of an act
done "by X, Y and Z", what a quoted verdict is "said of", the legislature a vetoed bill came
from, "each other", and the recall of one's own envoy (no complaint).

Each reader is one cheap test on the trigger's lemma first (a set lookup), so the coder pays
nothing for the verbs that are none of these. The functions return `Reading`s; the coder
turns them into its own codings.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.events import filters
from dateline.events import each_other  # source64: "each side ... the other"
from dateline.events import war_wire  # conflict31: gunfire received
from dateline.events import asked_acts  # codes36: a demanded act mirrored into 10x
from dateline.events import strike_threats  # labour58: a conditional strike is a threat
from dateline.events.frames import direct_object, subjects, with_conjuncts
from dateline.events.patterns import Pattern, parse_pattern

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from dateline.model import Actor


@dataclass
class Reading:
    """One event a construction reads: its trigger, code, and the source and target tokens."""

    trigger: "Token"
    pattern: Pattern
    code: str
    sources: list["Token"]
    targets: list["Token"]


# ---------------------------------------------------------------- received disapproval

# Verbs whose subject receives (or, for the causing verbs, provokes) what the noun names.
RECEIVING_VERBS = frozenset("draw face receive attract earn meet incur get suffer invite".split())
CAUSING_VERBS = frozenset("spark provoke prompt trigger cause fuel".split())
# The nouns of disapproval and the code each carries. "attack" and "pressure" are left out:
# "came under attack from rebels" is force, "faced pressure" is no event.
RECEIVED_NOUNS: dict[str, str] = {
    "criticism": "111", "condemnation": "111", "rebuke": "111", "censure": "111",
    "backlash": "111", "outrage": "111", "scorn": "111", "ire": "111", "flak": "111",
    "denunciation": "111", "disapproval": "110", "objection": "110", "opposition": "110",
    "accusation": "112", "allegation": "112",
    "lawsuit": "115", "suit": "115",
    "threat": "130", "ultimatum": "139",
    "protest": "140",  # a state's protest becomes 114 (coder), a crowd's a demonstration (general.refine)
    "demand": "100",
}
# "came under fire / criticism / scrutiny from X": only the nouns that mean disapproval
UNDER_NOUNS = frozenset({"fire", "criticism", "condemnation", "censure", "scrutiny"})  # scrutiny: lexicon7

_RECEIVED = parse_pattern("111", "draw +criticism >none", "verb", 0)


RESPONDING_VERBS = frozenset({"respond", "react", "reply", "hit_back"})


def _prep_noun(tok: "Token", prep: str) -> "Token | None":
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == prep
                 for g in p.children if g.dep_ == "pobj"), None)


def _agents_of(noun: "Token", verb: "Token") -> list["Token"]:
    """The "from X" / "by X" phrase naming who disapproves, on the noun or (as the small
    model often hangs it) on the verb; coordinated agents each count."""
    for holder in (noun, verb):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                objs = [g for g in prep.children if g.dep_ == "pobj"]
                if objs:
                    return with_conjuncts(objs)
    return []


# frame68r: "Japan's surplus has come under fire in Congress": a legislature named by "in" is where
# the criticism is voiced, and so its source (the Reuters gold: USALEG 111 JPN); only chambers, since
# "came under fire in Washington / in the press" names a place or a medium.
CHAMBERS = frozenset("congress parliament senate bundestag diet knesset duma legislature commons".split())


def _chamber_of(noun: "Token", verb: "Token") -> list["Token"]:
    return [g for holder in (noun, verb) for p in holder.children if p.dep_ == "prep" and p.lower_ == "in"
            for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in CHAMBERS]


def received_disapproval(tok: "Token") -> list[Reading]:
    """ "Y drew criticism from X", "Y came under fire from X": X disapproves of Y."""
    lemma = tok.lemma_.lower()
    if lemma == "meet" and any(c.dep_ == "auxpass" for c in tok.children):
        noun = _prep_noun(tok, "with")  # "Y's decision was met with criticism from X"
    elif lemma in RECEIVING_VERBS or lemma in CAUSING_VERBS:
        noun = direct_object(tok)
    elif lemma in RESPONDING_VERBS:
        noun = _prep_noun(tok, "to")  # "Y responded to criticism from X"
    elif lemma == "come":
        noun = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "under"
                     for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in UNDER_NOUNS), None)
    else:
        return []
    code = ("111" if lemma == "come" else RECEIVED_NOUNS.get(noun.lemma_.lower())) if noun is not None else None
    if code is None and noun is not None and noun.lemma_.lower() in ("challenge", "action", "proceeding") \
            and any(m.lemma_.lower() in ("legal", "court", "judicial") for m in noun.children):
        code = "115"  # "faces a legal challenge / legal action from X"
    if lemma in RESPONDING_VERBS and code not in ("111", "112"):
        return []  # "responded to a demand from X" is an answer, not a disapproval received
    if code is None or filters.is_negated(tok) or filters.is_hypothetical(tok):
        return []
    sources = _agents_of(noun, tok)
    if not sources and lemma == "come":
        sources = _chamber_of(noun, tok)  # frame68r: "came under fire in Congress": the chamber criticises
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    targets = with_conjuncts(passive) if passive else subjects(tok)
    if not sources or not targets:
        return []
    if lemma == "come" and war_wire.gunfire_received(noun, sources, targets):
        code = "190"  # conflict31: "peacekeepers came under mortar fire from Serb positions": force, not words
    return [Reading(tok, _RECEIVED, code, sources, targets)]


# ---------------------------------------------------------------- "X was critical of Y"

# lexconf8: other verdicts news writes as "X was <adjective> <prep> Y": anger voiced at Y is
# criticism (as "expressed anger at", 111), scorn for Y's offer a rejection (120). Each adjective
# names the prepositions that carry its target ("angry about the delay" names no party).
VERDICT_ADJECTIVES: dict[str, tuple[str, frozenset[str]]] = {
    "critical": ("111", frozenset({"of"})),
    "scathing": ("111", frozenset({"of", "about"})),
    "scornful": ("111", frozenset({"of"})),
    "contemptuous": ("111", frozenset({"of"})),
    "furious": ("111", frozenset({"with", "at"})),
    "angry": ("111", frozenset({"with", "at"})),
    "outraged": ("111", frozenset({"at", "by"})),
    "dismissive": ("120", frozenset({"of"})),
}
_VERDICTS = {code: parse_pattern(code, "criticize >of", "verb", 0) if code == "111" else
             parse_pattern(code, "reject >of", "verb", 0) for code in ("111", "120")}


def critical_of(tok: "Token") -> list[Reading]:
    """ "X was sharply critical of Y's plan", "X was furious with Y", "X was dismissive of Y's
    offer": a verdict reported as voiced (past tense; "X is critical of Y" is a standing attitude)."""
    if tok.lemma_.lower() != "be" or tok.tag_ != "VBD":
        return []
    for adj in tok.children:
        verdict = VERDICT_ADJECTIVES.get(adj.lemma_.lower()) if adj.dep_ == "acomp" else None
        if verdict is not None:
            code, preps = verdict
            objs = [g for p in adj.children if p.dep_ == "prep" and p.lower_ in preps
                    for g in p.children if g.dep_ == "pobj"]
            if objs and not filters.is_negated(tok) and not filters.is_hypothetical(tok):
                return [Reading(tok, _VERDICTS[code], code, subjects(tok), with_conjuncts(objs))]
    return []


# ---------------------------------------------------------------- hitting back, labels

# "hit back at X", "fired back at X" (the small model reads "back" as an adverb, not a particle)
RETORT_VERBS = frozenset({"hit", "fire", "strike", "lash", "push"})
_RETORT = parse_pattern("111", "hit_back >at", "verb", 0)
DESCRIBING_VERBS = frozenset("describe characterize characterise portray depict denounce brand label".split())
NAMING_VERBS = frozenset("call brand label dub term".split())
REFERRING_VERBS = frozenset({"refer"})
# insults a speaker pins on a person or an act ("referred to them as thugs", "acts of terror")
INSULT_WORDS = frozenset("terror idiot fool clown traitor crook loser coward puppet tyrant despot bully "
                         "coup witch-hunt hunt disaster joke embarrassment nightmare".split())
_LABEL = parse_pattern("111", "describe ^oprd:* >obj", "verb", 0)


def retort(tok: "Token") -> list[Reading]:
    """ "X hit back at Y": criticism of Y in answer to Y."""
    if tok.lemma_.lower() not in RETORT_VERBS or not any(
            c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in tok.children):
        return []
    objs = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "at"
            for g in p.children if g.dep_ == "pobj"]
    if not objs or filters.is_negated(tok) or filters.is_hypothetical(tok):
        return []
    return [Reading(tok, _RETORT, "111", subjects(tok), with_conjuncts(objs))]


def condemning_label(tok: "Token", condemning: frozenset[str]) -> list[Reading]:
    """ "described Y's plan as illegal", "called Y's offensive a grave mistake" (the small model
    makes both nouns predicates): a condemning label pinned on someone's act is criticism."""
    lemma = tok.lemma_.lower()
    if lemma not in DESCRIBING_VERBS and lemma not in NAMING_VERBS and lemma not in REFERRING_VERBS:
        return []
    obj = direct_object(tok)
    label = None
    if lemma in REFERRING_VERBS:  # "referred to Y as a liar" (lexicon7)
        obj = _prep_noun(tok, "to")
        label = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"), None)
        condemning = condemning | INSULT_WORDS
    elif obj is not None and lemma in DESCRIBING_VERBS:
        label = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "as"), None)
    elif obj is None and lemma in NAMING_VERBS:
        preds = [c for c in tok.children if c.dep_ == "oprd"]
        if len(preds) >= 2:
            obj, label = preds[0], preds[-1]
    if obj is None or label is None:
        return []
    words = {t.lemma_.lower() for t in label.subtree} | {t.lower_ for t in label.subtree}
    if not words & condemning or filters.is_negated(tok) or filters.is_hypothetical(tok):
        return []
    return [Reading(tok, _LABEL, "111", subjects(tok), [obj])]


# ---------------------------------------------------------------- conditional threats, protests

THREAT_VERBS = frozenset({"threaten", "warn"})
# what a threat names instead of its target: "threatened consequences if Y ..."
THREATENED_THINGS = frozenset("consequence action retaliation response measure countermeasure step".split())
_CONDITIONAL = parse_pattern("130", "threaten ^advcl:* >csubj", "verb", 0)
_IN_PROTEST = parse_pattern("111", "protest >at|against|over", "verb", 0)


def conditional_threat(tok: "Token") -> list[Reading]:
    """ "X threatened consequences if Y did not withdraw", "X warned it would respond if Y ...":
    the threat is aimed at the subject of its condition."""
    if tok.lemma_.lower() not in THREAT_VERBS or filters.is_negated(tok):
        return []
    obj = direct_object(tok)
    if obj is not None and obj.lemma_.lower() not in THREATENED_THINGS:
        return []  # "threatened Iran": the dictionary's own target
    clauses = [tok, *(c for c in tok.children if c.dep_ == "ccomp")]
    for cl in clauses:
        for adv in cl.children:
            if adv.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in adv.children):
                subj = [g for g in adv.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
                if subj:
                    return [Reading(tok, _CONDITIONAL, "130", subjects(tok), with_conjuncts(subj))]
    return []


def in_protest(tok: "Token") -> list[Reading]:
    """ "X cancelled the visit in protest at / against / over Y's remarks": criticism of Y."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "in":
            noun = next((g for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() == "protest"), None)
            if noun is None:
                continue
            objs = [g for q in noun.children if q.dep_ == "prep" and q.lower_ in ("at", "against", "over")
                    for g in q.children if g.dep_ == "pobj"]
            if objs and not filters.is_negated(tok) and not filters.is_hypothetical(tok):
                return [Reading(tok, _IN_PROTEST, "111", subjects(tok), with_conjuncts(objs))]
    return []


# ---------------------------------------------------------------- reported guilt

SHARING_VERBS = frozenset({"bear", "share", "carry"})
SHARING_FORMS = frozenset({"bore", "bears", "shared", "shares", "carried", "carries"})
GUILT_NOUNS = frozenset({"responsibility", "blame", "guilt"})
# what a reported deed is, when the clause says someone "committed" it
COMMITTED: dict[str, str] = {
    "crime": "1121", "fraud": "1121", "offence": "1121", "offense": "1121", "murder": "1121",
    "act": "1121", "violation": "1122", "abuse": "1122", "atrocity": "1124", "genocide": "1124",
    "massacre": "1124",
}
_GUILT = parse_pattern("112", "say ^ccomp:bear|share|commit >csubj", "verb", 0)


def reported_guilt(tok: "Token", speech: frozenset[str] | set[str], content: dict[str, frozenset[str]]) -> list[Reading]:
    """ "X said Y bore responsibility for the attack" (112, 1123 by `content`), "X said Y had
    committed war crimes" (1124): the speaker accuses Y; the deed is not coded as fact."""
    if tok.lemma_.lower() not in speech:
        return []
    # the cheap structural test first: most speech verbs report no guilt
    if not any(c.dep_ == "ccomp" and c.pos_ == "VERB" or c.dep_ in ("dobj", "ccomp") and c.lemma_.lower() in GUILT_NOUNS
               for c in tok.children):
        return []
    if filters.is_negated(tok) or filters.is_hypothetical(tok):
        return []
    out = []
    for obj in tok.children:
        # the small model reads "said the government bore responsibility" as one noun phrase
        # ("government bore responsibility"): the verb shows as a compound inside it
        if obj.dep_ in ("dobj", "ccomp") and obj.lemma_.lower() in GUILT_NOUNS:
            mods = [m for m in obj.children if m.dep_ == "compound"]
            verb = next((i for i, m in enumerate(mods) if m.lower_ in SHARING_FORMS), None)
            if verb is None:
                continue
            # its subject hangs on the verb word, or is the compound before it
            subj = [g for g in mods[verb].children if g.dep_ in ("nsubj", "compound")] or mods[verb - 1:verb]
            if subj:
                words = {t.lemma_.lower() for t in obj.subtree}
                code = next((k for k, v in content.items() if words & v), "112")
                out.append(Reading(tok, _GUILT, code, subjects(tok), subj))
    for c in tok.children:
        # (perfev55: the verb's lemma, which alone can give a code below, before the memoised filters)
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or (verb := c.lemma_.lower()) not in SHARING_VERBS \
                and verb != "commit" or filters.is_negated(c) or filters.is_hypothetical(c):
            continue
        obj = direct_object(c)
        subj = [g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
        if obj is None or not subj:
            continue
        noun = obj.lemma_.lower()
        code = None
        if verb in SHARING_VERBS and noun in GUILT_NOUNS:
            words = {t.lemma_.lower() for t in obj.subtree}
            code = next((k for k, v in content.items() if words & v), "112")
        elif verb == "commit" and noun in COMMITTED:
            mods = {m.lemma_.lower() for m in obj.children}
            code = "1124" if "war" in mods else "1122" if "rights" in mods or "right" in mods \
                else COMMITTED[noun]
            if noun == "act" and not mods & {"illegal", "criminal", "unlawful", "terrorist"}:
                code = None  # "committed an act of kindness"
        if code is not None:
            out.append(Reading(tok, _GUILT, code, subjects(tok), with_conjuncts(subj)))
    return out


# ---------------------------------------------------------------- what a demand asks for

# The demanded act (the that-clause's verb, or its object) -> the 10x subcode.
DEMAND_CONTENT: dict[str, frozenset[str]] = {
    "1041": frozenset("resign resignation quit step_down ouster removal departure".split()),
    "1053": frozenset("release free".split()),
    "1056": frozenset("withdraw withdrawal pullout pull_out ceasefire".split()),
    "1044": frozenset("election referendum".split()),
    "1043": frozenset("right".split()),
}


def demand_subcode(tok: "Token") -> str | None:
    """ "demanded that Y release the prisoners" -> 1053: the clause's own verb (with its
    particle) and its object say what is demanded; words deeper down do not."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and (code := demanded_act_code(c) or asked_acts.demanded_act_mirror(c)) is not None:
            return code  # codes36: else the demanded act's own code, mirrored ("deliver the tanks" -> 1032)
    return None


def demanded_act_code(clause: "Token") -> str | None:
    """The 10x subcode of one demanded clause ("Y must withdraw its troops" -> 1056)."""
    prt = next((p.lower_ for p in clause.children if p.dep_ == "prt"), None)
    words = {clause.lemma_.lower(), f"{clause.lemma_.lower()}_{prt}" if prt else ""}
    obj = direct_object(clause)
    if obj is not None:
        words.add(obj.lemma_.lower())
    for code, lemmas in DEMAND_CONTENT.items():
        if words & lemmas:
            return code
    return None


# ---------------------------------------------------------------- joined agents, vetoes

def joined_agents(tok: "Token") -> list["Token"]:
    """ "X joined Y in condemning Z": Y condemns Z too (X is found as the inherited subject);
    "X, along with / together with Y, condemned Z": Y too; "countries, including X and Y": X and Y."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() == "join":
        return with_conjuncts([c for c in tok.head.head.children if c.dep_ == "dobj"])
    out = []
    for subj in (c for c in tok.children if c.dep_ == "nsubj"):  # "Several countries, including X and Y, ..."
        # (a list after the verb that the parser hangs on the subject lists the object's members:
        # "police arrested activists on Friday, including X": integ33)
        out += [g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("including", "like") and p.i < tok.i
                for g in p.children if g.dep_ == "pobj"]
    for p in tok.children:  # the small model hangs "along with Y" on the verb
        if p.dep_ in ("prep", "advmod") and p.lower_ in ("along", "together"):
            out += [g for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                    for g in w.children if g.dep_ == "pobj"]
    # source64: "Together with France, Britain urged ...", "Britain, together with France, urged":
    # the parse makes "together" a modifier of "with" (on the verb or on the subject)
    for w in (*tok.children, *(g for c in tok.children if c.dep_ == "nsubj" for g in c.children)):
        if w.dep_ == "prep" and w.lower_ == "with" and any(
                a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in w.children):
            out += [g for g in w.children if g.dep_ == "pobj"]
    return with_conjuncts(out)


LEGISLATION_NOUNS = frozenset({"bill", "legislation", "law", "measure", "budget", "amendment"})


def vetoed_legislature(trigger: "Token", source: "Actor") -> list[tuple["Token", "Actor"]]:
    """A veto of a bill is aimed at the legislature that passed it: the vetoer's own (LEG)."""
    from dateline.model import Actor

    obj = direct_object(trigger)
    if obj is None or obj.lemma_.lower() not in LEGISLATION_NOUNS or not source.country:
        return []
    return [(obj, Actor(None, "legislature", source.country + "LEG", source.country, "LEG"))]


# ---------------------------------------------------------------- blamed on a deed by X

def blamed_doer(trigger: "Token") -> list["Token"]:
    """ "blamed the blackout on sabotage by the United States": the small model hangs the "by"
    phrase on the verb (even as a passive agent); when the blamed deed names no one, its doer is
    the accused."""
    if trigger.lemma_.lower() not in ("blame", "attribute") or any(c.dep_ == "auxpass" for c in trigger.children):
        return []
    return with_conjuncts([g for p in trigger.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                           for g in p.children if g.dep_ == "pobj"])


# ---------------------------------------------------------------- said of, done by

def said_of(tok: "Token") -> list["Token"]:
    """ '"This is a violation," X said of the strike': what "this" is, named by "of"/"about"."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
            for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]


def acl_agents(noun: "Token") -> list["Token"]:
    """ "the airstrikes carried out / launched by X and Y": the doers of an act noun named by a
    participle's by-phrase (coordinated doers each count)."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            for a in (*c.children, *(g for p in c.children if p.dep_ == "prt" for g in p.children)):
                if a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "by":
                    objs = [g for g in a.children if g.dep_ == "pobj"]
                    if objs:
                        return with_conjuncts(objs)
    return []


# ---------------------------------------------------------------- a recall is no summons

def recalls_envoy(trigger: "Token", source: "Actor", target: "Actor") -> bool:
    """ "summoned its ambassador home / back for consultations": calling one's own envoy back is
    a recall, not the official complaint (114) a summoned foreign envoy receives."""
    if trigger.lemma_.lower() not in ("summon", "call"):
        return False
    if source.country and source.country == target.country:
        return True
    return any(c.lower_ in ("home", "back") for c in trigger.subtree) or any(
        p.lower_ == "for" and any(g.lemma_.lower() == "consultation" for g in p.children)
        for p in trigger.subtree if p.dep_ == "prep")


def is_state(actor: "Actor", article: object) -> bool:
    """A government or a country named as such (not "Iranians", who are people)."""
    if actor.role == "GOV":
        return True
    if actor.role is None and actor.entity and actor.country:
        ent = article.entity(actor.entity)  # type: ignore[attr-defined]
        return ent is not None and ent.label == "GPE"
    return False


# ---------------------------------------------------------------- "demanded that Y resign", misparsed

DEMAND_VERBS = frozenset({"demand", "insist"})
_DEMAND_NOUN_CLAUSE = parse_pattern("100", "demand ^ccomp:* >csubj", "verb", 0)


def misparsed_demand(tok: "Token") -> list[Reading]:
    """ "demanded that the president resign": the small model reads "president resign" as one
    noun phrase (the verb a noun with the subject as its compound); the demand is on the
    compound, and the noun-verb says what is demanded."""
    if tok.lemma_.lower() not in DEMAND_VERBS or filters.is_negated(tok) or filters.is_hypothetical(tok):
        return []
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ == "NOUN" and any(m.dep_ == "mark" for m in c.children):
            subj = [m for m in c.children if m.dep_ == "compound"]
            if subj:
                code = demanded_act_code(c) or "100"
                return [Reading(tok, _DEMAND_NOUN_CLAUSE, code, subjects(tok), subj[-1:])]
    return []


# ---------------------------------------------------------------- each other

RECIPROCAL_PRONOUNS = frozenset({("each", "other"), ("one", "another")})


def is_reciprocal(toks: list["Token"]) -> bool:
    """ "X and Y blamed each other": the target is the other subject."""
    for t in toks:
        det = next((c.lower_ for c in t.children if c.dep_ in ("det", "amod", "nummod")), None)
        if (det, t.lower_) in RECIPROCAL_PRONOUNS:
            return True
    return each_other.other_target(toks)  # source64: "each side accused the other"


# ---------------------------------------------------------------- material10: fighting ended by agreement

# "X and Y agreed to end six days of fighting", "agreed to cease hostilities": a truce agreed
# (0871, CONLL_TRAIN.md), not the intention the plain "agree to <act>" reading would make of it.
TRUCE_AGREEING = frozenset({"agree", "decide", "consent"})
ENDING_VERBS = frozenset({"end", "cease", "stop", "halt", "suspend"})
FIGHTING_NOUNS = frozenset({"fighting", "fight", "hostility", "hostilities", "clash", "clashes", "war", "battle",
                            "bloodshed", "combat"})
# nouns that measure the fighting ended: "end six days / a week of fighting"
SPAN_NOUNS = frozenset({"day", "week", "month", "year", "hour", "round"})
_TRUCE = parse_pattern("0871", "agree ^xcomp:end >with", "verb", 0)


def _ended_fighting(verb: "Token") -> bool:
    obj = direct_object(verb)
    if obj is None:
        return False
    if obj.lemma_.lower() in FIGHTING_NOUNS or obj.lower_ in FIGHTING_NOUNS:
        return True
    if obj.lemma_.lower() in SPAN_NOUNS:  # "six days of fighting": the "of" phrase (pobj or gerund)
        return any(g.lower_ in FIGHTING_NOUNS or g.lemma_.lower() in FIGHTING_NOUNS
                   for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ in ("pobj", "pcomp"))
    return False


#: integ30: a truce extended or renewed is agreed again ("agreed to extend the truce by two days").
RENEWING_VERBS = frozenset({"extend", "prolong", "renew"})
TRUCE_NOUNS = frozenset({"truce", "ceasefire", "armistice", "cease-fire"})


def truce_agreed(tok: "Token") -> list[Reading]:
    """ "The two factions agreed to end the fighting": 0871 among the subjects (the coder pairs
    coordinated subjects with each other), or toward a "with" party."""
    if tok.lemma_.lower() not in TRUCE_AGREEING or filters.is_negated(tok):
        return []
    act = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in ENDING_VERBS), None)
    if act is None or not _ended_fighting(act):
        act = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in RENEWING_VERBS
                    and (o := direct_object(c)) is not None and o.lemma_.lower() in TRUCE_NOUNS), None)
        if act is None:  # integ30: "agreed to extend the truce": a truce agreed again
            return []
    others = [g for v in (tok, act) for p in v.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.children if g.dep_ == "pobj"]
    return [Reading(tok, _TRUCE, "0871", subjects(tok), with_conjuncts(others[:1]) if others else [])]


# ---------------------------------------------------------------- conflict11: labour strikes and their employer

# News reports a labour strike as a state ("were still on strike"), a walk-out or a work stoppage
# as often as with "went on strike". The Wikinews standard codes the strike toward the employer
# the article is about (143), which news rarely names in the sentence: workers of one country
# strike against that country's business unless the sentence says the state is the adversary.
WORKER_WORDS = frozenset("worker workers employee employees staff seaman seamen sailor sailors miner miners "
                         "docker dockers dockworker dockworkers bankworker bankworkers driver drivers handler handlers "
                         "carrier carriers controller controllers pilot pilots crew crews member members union unions "
                         "teacher teachers nurse nurses doctor doctors railwayman railwaymen steelworker steelworkers "
                         "autoworker autoworkers technician technicians editor editors writer writers journalist "
                         "journalists machinist machinists mechanic mechanics porter porters operator operators trucker truckers "
                         "stevedore stevedores labourer labourers laborer laborers workforce staffer staffers firefighter "
                         "firefighters conductor conductors".split())
STRIKE_STATES = frozenset({"be", "remain", "stay"})
WORK_NOUNS = frozenset({"work", "tool", "tools"})
# What makes a strike one against the state rather than the employer: the sentence names the
# government, its policy or the rights the strikers want (CAMEO 1431-1433 say what for).
STATE_CUES = frozenset("government ministry minister authorities authority policy policies law laws reform reforms "
                       "privatisation privatization citizenship rights right president premier regime austerity "
                       "budget tax taxes restructuring "
                       "subsidy subsidies pension pensions".split())  # politics30: fuel subsidies, pension cuts
STRIKE_FOR = {"1431": frozenset("resignation resign ouster oust removal impeachment".split()),
              "1433": frozenset("citizenship right rights democracy freedom freedoms vote voting".split()),
              "1432": frozenset("policy policies law laws reform reforms privatisation privatization tax taxes "
                                "austerity budget subsidy subsidies pension pensions minimum".split())}  # politics30
_STRIKE = parse_pattern("143", "go on:strike >none", "verb", 0)


def _is_worker(tok: "Token") -> bool:
    """A subject named by a trade or as union members ("the dockers", "members of Local 20")."""
    words = {tok.lemma_.lower(), tok.lower_} | {c.lemma_.lower() for c in tok.children if c.dep_ == "compound"}
    return bool(words & WORKER_WORDS) or tok.lower_.endswith("workers")


def _on_strike(tok: "Token") -> bool:
    """ "were (still / out) on strike": the "on strike" phrase hangs on the verb or on "out"."""
    holders = [tok, *(c for c in tok.children if c.dep_ in ("advmod", "prt") and c.lower_ == "out")]
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() == "strike"
                                                            for g in p.children)
               for h in holders for p in h.children)


def labour_strike(tok: "Token") -> list[Reading]:
    """ "Brazil's seamen were still on strike", "mill workers walked out", "grain handlers
    stopped work", "the miners had struck": a labour strike (143); the employer is found by
    `strike_target` when the sentence names none."""
    lemma = tok.lemma_.lower()
    workers_only = False
    if lemma == "be" or lemma in strike_threats.LIGHT_VERBS:
        threat = strike_threats.conditional_strike(tok)  # labour58: "if ..., there will be a strike"
        if threat:
            return threat
    if lemma in STRIKE_STATES:
        found = _on_strike(tok)
    elif lemma == "walk":  # "walked out" / "walked off the job" (not "walked out of the talks": 164/140)
        found = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "off") or (c.dep_ == "prep" and c.lower_ == "off")
                    for c in tok.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        workers_only = True
    elif lemma == "stop":  # "stopped work" (not "stopped working on the project": no object)
        obj = direct_object(tok)
        found = obj is not None and obj.lemma_.lower() == "work" and not any(c.dep_ == "det" for c in obj.children)
    elif lemma == "strike":  # "the workers had struck to protest ...": no object (a blow has one)
        found = direct_object(tok) is None and not any(c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
                                                       for c in tok.children)
        workers_only = True
    else:
        return []
    if not found or filters.is_negated(tok) or filters.is_hypothetical(tok):
        return []
    subs = [_counted(s) for s in subjects(tok)]
    if not subs or (workers_only and not any(_is_worker(s) or _is_worker_group(s) for s in subs)):
        return []
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in tok.children):
        return [Reading(tok, _STRIKE, "133", subs, [])]  # demand15: "will strike next week": the threat of it
    return [Reading(tok, _STRIKE, "143", subs, [])]


QUANTITY_HEADS = frozenset("most many some all total majority half number part rest thousand thousands hundred "
                           "hundreds dozen dozens".split())


def _counted(tok: "Token") -> "Token":
    """ "most of Brazil's seamen", "a total of 4,000 dockers": the group the quantity counts."""
    if tok.lemma_.lower() in QUANTITY_HEADS or tok.like_num:
        of = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"), None)
        if of is not None:
            return of
    return tok


def is_labour_strike(trigger: "Token", source: "Actor", toks: "list[Token] | tuple" = ()) -> bool:
    """A "strike" the dictionary read as force (190/195) that general.lexicon9_subcode will
    recode as a labour strike: no object, and labour strikes it (or, conflict12, workers begin
    or stage it: `begun_strike`)."""
    return trigger.lemma_.lower() == "strike" and (source.role == "LAB" or begun_strike(trigger, toks)
                                                   or bare_on_strike(trigger) and source.role not in ("BUS", "GOV", "MIL", "COP")) \
        and not any(c.dep_ == "dobj" for c in trigger.children)


def bare_on_strike(tok: "Token") -> bool:
    """labour58: "doctors were (still) on strike", "went on strike": "on strike" with no article
    is only ever a labour strike (an air strike is "launched", "carried out" or "a strike on X"),
    whoever the strikers are (doctors and teachers resolve as HLH / EDU, not LAB)."""
    return tok.lemma_.lower() == "strike" and tok.dep_ == "pobj" and tok.head.lower_ == "on" \
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children)


# conflict12: "pilots, engineers and cabin crew began a strike at the airline": the strike noun is
# the object of a light verb whose subject names workers (no "national" or "general" in the noun
# phrase for general.lexicon9_subcode to see). An air strike is launched "on" or "against" someone.
STRIKE_LIGHT_VERBS = frozenset("begin start stage call hold launch continue resume extend".split())


def begun_strike(trigger: "Token", toks: "list[Token] | tuple") -> bool:
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in STRIKE_LIGHT_VERBS:
        return False
    aimed = [g for t in (trigger, trigger.head) for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "into")
             for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    if aimed:  # "launched strikes on rebel positions" (not "began a strike on Monday")
        return False
    return any(_is_worker(w) or _is_worker_group(w) for t in toks for w in with_conjuncts([_counted(t)]))


def _is_worker_group(tok: "Token") -> bool:
    """ "thousands of miners", "members of the union": the counted group's own noun."""
    return any(g.dep_ == "pobj" and _is_worker(g) for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children)


def _state_adversary(sent: "Span") -> bool:
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in STATE_CUES or t.lower_ in STATE_CUES) for t in sent) \
        or any(t.lower_ == "general" and t.head.lemma_.lower() == "strike" for t in sent) \
        or any(t.lower_ == "minimum" and t.head.lemma_.lower() == "wage" for t in sent)  # politics30: a statutory wage


def striker(src: "Actor", toks: list["Token"]) -> "Actor":
    """Strikers are labour (LAB): "Spanish ground staff", "4,000 people were out on strike",
    "the airline's ground staff" (the staff, not their firm)."""
    from dateline.model import Actor
    named = [_counted(t) for t in toks]
    firm_staff = src.role == "BUS" and any(_is_worker(t) for t in named)  # "airline ground staff"
    people = any(_is_worker(t) or t.lemma_.lower() in ("people", "person") for t in named)  # (not "the US boycotted")
    # domestic41: "Greek civil servants staged a strike against the budget": state staff on strike
    # are labour striking at their government (they had struck at themselves, GRCGOV 1432 GRCGOV)
    state_staff = src.role == "GOV" and any(t.lemma_.lower() in ("servant", "employee", "worker", "staff") for t in named)
    if src.country and ((src.role in (None, "CVL", "OPP", "MED") and people) or firm_staff or state_staff):  # (conflict15: striking editors)
        return Actor(src.entity, src.name, src.country + "LAB", src.country, "LAB")
    return src


def strike_target(trigger: "Token", source: "Actor",
                  resolve: "Callable[[list[Token]], list[tuple[Token, Actor]]]") -> list[tuple["Token", "Actor"]]:
    """The party a labour strike is aimed at: a firm or state the sentence names ("a strike at
    NBC", "workers at Anglo's colliery"), else the strikers' own government when the sentence
    says the state is the adversary (a general strike, a policy, citizenship), else their
    country's business (the employer news leaves to the article: Wikinews 143 toward <ISO3>BUS)."""
    from dateline.model import Actor
    if source.role not in ("LAB", "EDU", "HLH", "MED"):  # a state's boycott has no employer
        return []
    sent = trigger.sent
    named = [t for t in sent if t.ent_type_ == "ORG" and t.ent_iob_ == "B"]
    from dateline.events import public_staff  # labour58: state staff strike at their government
    if source.country and public_staff.employed_by_state(trigger):  # target73: "miners employed by the state corporation"
        return [(trigger, Actor(None, "government", source.country + "GOV", source.country, "GOV"))]
    found = [x for x in resolve(named) if x[1].role in ("BUS", "GOV", "MED") and x[1].code != source.code
             and x[1].country == source.country]  # strikers strike at home ("Anglo's colliery" is no US firm)
    if not source.country:  # business33: "miners walked off the job at three Pittston Co. mines" (---LAB)
        found = [x for x in found if x[1].role == "BUS"]
        return found[:1]
    if found:
        tok, firm = found[0]
        if firm.role == "MED":  # conflict15: a broadcaster struck by its staff is their employer, a firm (143 -> BUS)
            firm = Actor(firm.entity, firm.name, firm.country + "BUS", firm.country, "BUS")
        return [(tok, firm)]
    role = "GOV" if _state_adversary(sent) or public_staff.state_employed(trigger) else "BUS"
    name = "government" if role == "GOV" else "employer"
    return [(trigger, Actor(None, name, source.country + role, source.country, role))]


def strike_subcode(trigger: "Token") -> str:
    """What a strike against the state is for (1431 leadership, 1432 policy, 1433 rights)."""
    words = {t.lemma_.lower() for t in trigger.sent if t.pos_ != "PROPN"} | {t.lower_ for t in trigger.sent}
    return next((sub for sub, lemmas in STRIKE_FOR.items() if words & lemmas), "143")


# ---------------------------------------------------------------- conflict11: the unnamed other side of a fight

# "Turkish troops killed 25 Kurdish rebels", "rebels killed 18 soldiers": war news names the
# other side by its kind alone. In a domestic war that side is the same country's rebels (when
# the state's forces act) or its army (when the rebels do): the Wikinews standard's TURMIL 190
# TURREB. Only the plain kind words count: "villagers" or "people" are victims the perpetrator
# rule decides, not a side.
REBEL_WORDS = frozenset("rebel rebels guerrilla guerrillas insurgent insurgents militant militants separatist "
                        "separatists fighter fighters".split())
FORCE_WORDS = {**dict.fromkeys("soldier soldiers troop troops serviceman servicemen army".split(), "MIL"),
               **dict.fromkeys("policeman policemen police officer officers".split(), "COP")}
STATE_FORCES = frozenset({"MIL", "GOV", "COP", "SPY", None})


def unnamed_combatants(toks: list["Token"], source: "Actor") -> list[tuple["Token", "Actor"]]:
    """The other side of a fight named only by its kind, in the source's own country."""
    from dateline.model import Actor
    if not source.country:
        return []
    out = []
    for tok in toks:
        tok = _counted(tok.head if tok.dep_ in ("amod", "compound") else tok)  # "Kurdish" (of "Kurdish rebels")
        lemma, word = tok.lemma_.lower(), tok.lower_
        if tok.pos_ != "NOUN":
            continue
        if (lemma in REBEL_WORDS or word in REBEL_WORDS) and source.role in STATE_FORCES:
            role = "REB"
        elif source.role == "REB" and (lemma in FORCE_WORDS or word in FORCE_WORDS):
            role = FORCE_WORDS.get(lemma) or FORCE_WORDS[word]
        else:
            continue
        out.append((tok, Actor(None, tok.text, source.country + role, source.country, role)))
    return out


# ---------------------------------------------------------------- conflict11: the people police act on

# "Police said they made 30 arrests", "riot police dispersed the march": an arrest names no one
# and a crowd is named by its gathering, yet the standard codes both (GBRCOP 173 GBRCVL, the
# protesters as OPP). Only the state's forces count, and only in their own country.
HOLDING_ROLES = frozenset({"COP", "JUD", "GOV", "SPY", "MIL"})
CROWD_WORDS = frozenset("protest protests protester protesters demonstrator demonstrators demonstration "
                        "demonstrations crowd crowds march marches marcher marchers rally rallies rioter rioters "
                        "sit-in gathering mob mobs".split())


# Crowds that block roads protest at their own government (FRAAGR 144 FRAGOV), as crowds that march do.
BLOCKING_ROLES = frozenset({"OPP", "EDU", "LAB", "AGR", "CVL"})  # (a state blocking roads restricts movement: not here)


def unnamed_people(code: str, trigger: "Token", toks: list["Token"], source: "Actor") -> list[tuple["Token", "Actor"]]:
    """The arrested (173) of a nominal arrest naming no one, the crowd (175) a gathering
    stands for, in the source's country; the government a crowd's roadblocks aim at (144)."""
    from dateline.model import Actor
    if code == "144" and source.role in BLOCKING_ROLES and source.country:  # "farmers threw up roadblocks"
        return [(trigger, Actor(None, "government", source.country + "GOV", source.country, "GOV"))]
    if source.role not in HOLDING_ROLES or not source.country:
        return []
    if code == "173" and not toks and trigger.pos_ == "NOUN" and trigger.lemma_.lower() == "arrest":
        return [(trigger, Actor(None, "suspects", source.country + "CVL", source.country, "CVL"))]
    if code == "173" and all(t.lemma_.lower() in PENAL_NOUNS for t in toks) and source.role == "JUD" \
            and trigger.lemma_.lower() == "order":
        return [(trigger, Actor(None, "convicts", source.country + "CVL", source.country, "CVL"))]  # conflict12: executions ordered
    if code == "173":  # conflict12: "police caught the girl", "detained two men": people named by kind
        people = [t for t in with_conjuncts(toks) if t.pos_ == "NOUN" and (t.lemma_.lower() in VICTIM_WORDS
                  or t.lower_ in VICTIM_WORDS or t.lemma_.lower() in SUSPECT_WORDS)
                  and not any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in t.children)]
        return [(t, Actor(None, t.text, source.country + "CVL", source.country, "CVL")) for t in people[:1]]
    if code == "175" and source.role in ("COP", "MIL"):
        crowd = [t for t in toks if (t.pos_ == "NOUN" or t.is_lower)  # "the march" is often tagged as the month
                 and (t.lemma_.lower() in CROWD_WORDS or t.lower_ in CROWD_WORDS)]
        return [(t, Actor(None, t.text, source.country + "OPP", source.country, "OPP")) for t in crowd[:1]]
    return []


# ---------------------------------------------------------------- conflict11: damage done to things

# "rioters vandalized statues", "protesters set fire to a church": a riot or a seizure aimed at a
# thing answers no one, so the side an earlier act came from is not its target (coder._counterpart
# stays for "protesters responded by throwing stones", whose object is a missile).
MISSILE_VERBS = frozenset("throw hurl pelt fire lob launch".split())


def aimed_at_thing(code: str, trigger: "Token") -> bool:
    """A protest or coercion (14, 17) whose direct object is a thing, not a party or a missile."""
    if code[:2] not in ("14", "17") or trigger.lemma_.lower() in MISSILE_VERBS:
        return False
    obj = direct_object(trigger)
    return obj is not None and obj.pos_ == "NOUN" and obj.ent_type_ == "" and obj.lemma_.lower() not in CROWD_WORDS \
        and obj.lemma_.lower() not in FORCE_WORDS and obj.lemma_.lower() not in REBEL_WORDS


# ---------------------------------------------------------------- conflict11: force on a state's installations

# "U.S. warships destroyed an Iranian oil platform": a military destroying another state's
# installation uses force (190), not the property damage of 171; homes bulldozed stay 171x.
INSTALLATIONS = frozenset("platform base installation position radar airfield airbase depot bridge ship vessel "
                          "tanker warship gunboat outpost battery refinery terminal pipeline".split())


def force_on_installation(trigger: "Token", source: "Actor", target: "Actor") -> bool:
    obj = direct_object(trigger)
    return source.role == "MIL" and bool(target.country) and bool(source.country) \
        and target.country != source.country and target.role in (None, "MIL", "GOV", "BUS") \
        and obj is not None and obj.lemma_.lower() in INSTALLATIONS


# ---------------------------------------------------------------- conflict12: held hostage, killed (a participle)

# "A Danish engineer, held hostage in Yemen, said ...", "passengers held hostage aboard the plane":
# a passive participle names its patient in the noun it modifies; with no "by" agent the act has
# no source (the standard's agentless passive), so that noun is never the actor.
def patient_as_source(trigger: "Token", source_tok: "Token") -> bool:
    if any(c.dep_ in ("agent", "aux", "auxpass") for c in trigger.children):
        return False
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and not filters.misread_main_verb(trigger):
        return source_tok.i == trigger.head.i or source_tok.i in {c.i for c in trigger.head.conjuncts}
    if source_tok.dep_ != "nsubj" or source_tok.head.i != trigger.i:
        return False
    # The small model reads the reduced relative as a clause of its own. "X, held hostage for
    # weeks, said ...": the participle sits between commas before a verb left with no subject.
    head = trigger.head
    if trigger.dep_ == "ccomp" and trigger.i < head.i and trigger.i > 0 and trigger.doc[trigger.i - 1].text == "," \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return True
    # "passengers held hostage aboard the plane have been freed": the passive that follows is the clause's verb
    return any(c.dep_ == "conj" and c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children)
               and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children) for c in trigger.children) \
        and not any(c.dep_ == "cc" for c in trigger.children)


# ---------------------------------------------------------------- conflict12: courts and custody in the passive

# "were tried by a military court", "the executions were ordered by a revolutionary court",
# "were taken into the custody of the wildlife service": the standard's arrest, custody and
# sentence (173) with the court or the holding body as the source, named only in the "by" or
# "of" phrase the dictionary's subject slot cannot see.
COURT_WORDS = frozenset("court courts tribunal tribunals judge judges magistrate magistrates jury".split())
PENAL_NOUNS = frozenset("execution executions arrest arrests detention detentions jailing imprisonment "
                        "hanging hangings deportation".split())
_TRIED = parse_pattern("173", "try >obj", "verb", 0)
_CUSTODY = parse_pattern("173", "take into:custody >obj", "verb", 0)


def _agent_noun(tok: "Token") -> "Token | None":
    return next((g for a in tok.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)


def custody_passive(tok: "Token") -> list[Reading]:
    """ "X were tried by a court" (173: the court on X); "the executions were ordered by the
    court" (173: the court on those executed, `unnamed_people`); "X were taken into the custody
    of Y" (173: Y on X)."""
    lemma = tok.lemma_.lower()
    if lemma not in ("try", "order", "take") or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    if filters.is_negated(tok) or filters.is_hypothetical(tok):
        return []
    patients = with_conjuncts([c for c in tok.children if c.dep_ == "nsubjpass"])
    if not patients:
        return []
    if lemma == "take":
        holder = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "into"
                       for c in p.children if c.dep_ == "pobj" and c.lemma_.lower() == "custody"
                       for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                       for g in q.children if g.dep_ == "pobj"), None)
        return [Reading(tok, _CUSTODY, "173", [holder], patients)] if holder is not None else []
    court = _agent_noun(tok)
    if court is None or court.lemma_.lower() not in COURT_WORDS:
        return []
    if lemma == "try":
        return [Reading(tok, _TRIED, "173", [court], patients)]
    penal = [p for p in patients if p.lemma_.lower() in PENAL_NOUNS]
    if not penal:
        return []
    of = [g for p in penal for q in p.children if q.dep_ == "prep" and q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]
    return [Reading(tok, _TRIED, "173", [court], of)]


# ---------------------------------------------------------------- conflict12: expelling a diplomat

# The training annotation (CONLL_TRAIN.md) and the Wikinews notes code a diplomat expelled,
# told to leave or withdrawn as reduced diplomatic relations (161: CAMEO's "withdraw diplomatic"),
# keeping 166 for the rest of "expel or withdraw" (treaties quit, peacekeepers or inspectors expelled).
DIPLOMAT_WORDS = frozenset("diplomat diplomats ambassador ambassadors envoy envoys attache attaches attaché "
                           "consul consuls chargé charge_d'affaires".split())


def expulsion_code(code: str, trigger: "Token", target: "Token | None") -> str:
    """166 -> 161 when the one expelled or withdrawn is a diplomat (the target's noun, the
    trigger's object, or the "of" noun of a nominal expulsion)."""
    if code != "166":
        return code
    obj = direct_object(trigger) if trigger.pos_ in ("VERB", "AUX") else None
    nouns = [t for t in (target, obj) if t is not None]
    nouns += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    nouns += [g for n in list(nouns) for g in (n.head,) if n.dep_ in ("poss", "amod", "compound")]
    return "161" if any(n.lemma_.lower() in DIPLOMAT_WORDS or n.lower_ in DIPLOMAT_WORDS for n in nouns) else code


def envoys_state(code: str, target_tok: "Token | None", target: "Actor") -> "Actor":
    """ "expelled two Russian diplomats": the envoys are their government's (the standard's
    ambassadors -> GOV; the training gold's IRQGOV for an Iraqi diplomat told to leave)."""
    from dateline.model import Actor
    if code != "161" or target_tok is None or not target.country or target.role:
        return target
    envoy = target_tok if target_tok.dep_ not in ("amod", "compound", "poss") else target_tok.head
    if envoy.lemma_.lower() in DIPLOMAT_WORDS or envoy.lower_ in DIPLOMAT_WORDS:
        return Actor(target.entity, target.name, target.country + "GOV", target.country, "GOV")
    return target


# ---------------------------------------------------------------- conflict12: the people a killing names by kind

# "rebels killed 31 villagers and seven soldiers", "Iran hanged two drug traffickers", "the gunman
# killed his wife": the victims a violent act names by their kind only. The annotation takes them
# as civilians of the perpetrator's country (SLECVL, IRNCVL) and codes the killing of civilians as
# 1823 beside the fight with the armed side (190): one code per side of a mixed object list.
VICTIM_WORDS = frozenset("villager villagers civilian civilians people person man men woman women child children "
                         "boy boys girl girls resident residents passenger passengers worshipper worshippers "
                         "pedestrian pedestrians bystander bystanders wife husband son sons daughter daughters "
                         "mother father brother sister relative relatives neighbour neighbours neighbor neighbors "
                         "family families farmer farmers peasant peasants tourist tourists trafficker traffickers "
                         "smuggler smugglers prisoner prisoners convict convicts inmate inmates hostage hostages "
                         "teenager teenagers youth youths shopper shoppers motorist motorists "
                         "settler settlers refugee refugees".split())
SUSPECT_WORDS = frozenset("suspect gunman thief robber burglar murderer killer fugitive attacker culprit escapee "
                          "assailant arsonist kidnapper hijacker bomber rapist poacher accomplice".split())
# Acts of killing whose code follows the victim: armed men fought (190), others killed (1823).
KILLING_LEMMAS = frozenset({"kill", "slay"})  # (a massacre keeps 202)
ARMED_ROLES = frozenset({"MIL", "REB", "COP", "SPY", "UAF"})


def unnamed_victims(code: str, toks: list["Token"], source: "Actor") -> list[tuple["Token", "Actor"]]:
    """The victims of a killing or assault (18x, or a killing coded 190) named by their kind:
    civilians of the perpetrator's country, when the perpetrator is known."""
    from dateline.model import Actor
    if not source.country or code[:2] not in ("18", "19"):
        return []
    out = []
    for tok in with_conjuncts(toks):
        tok = _counted(tok.head if tok.dep_ in ("amod", "compound") else tok)
        if tok.pos_ != "NOUN" or not (tok.lemma_.lower() in VICTIM_WORDS or tok.lower_ in VICTIM_WORDS):
            continue
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.children):
            continue  # "Israeli settlers": the nationality the resolver reads decides, not the perpetrator's
        out.append((tok, Actor(None, tok.text, source.country + "CVL", source.country, "CVL")))
    return out


def unnamed_sides(coding: object, targets: list[tuple["Token", "Actor"]], source: "Actor") -> list[tuple["Token", "Actor"]]:
    """The targets a force act (18-20) already has, plus each side of its object list named only
    by its kind (rebels, soldiers: `unnamed_combatants`; villagers, his wife: `unnamed_victims`)."""
    named = list(coding.targets)
    obj = direct_object(coding.trigger) if not coding.nominal else None
    if obj is not None and obj not in named:
        named.append(obj)  # "killed 18 soldiers on Mindanao island": the pattern's slot took the island
    named = with_conjuncts(named)
    have = {t.i for t, _ in targets} | {c.i for t, _ in targets for c in t.children} | {t.head.i for t, _ in targets}
    kinds = [*unnamed_combatants(named, source), *(unnamed_victims(coding.code, named, source) if not targets else [])]
    return targets + [x for x in kinds if x[0].i not in have]


# "the US airstrike that killed the general", "a drone strike killed four militants": a killing
# done by an air weapon is the air attack (195: the standard's airstrike, drone or missile attack).
AIR_WEAPONS = frozenset("airstrike airstrikes air-strike missile missiles rocket rockets drone drones warplane "
                        "warplanes jet jets bomber bombers helicopter helicopters gunship gunships".split())
AIR_MODIFIERS = frozenset({"air", "drone", "missile", "rocket", "aerial"})
#: legal30: "a suicide bomber" carries the bomb (events/role_conventions.py): no air weapon.
PERSON_BOMBER_WORDS = frozenset("suicide car truck lone would-be".split())


def air_killing(trigger: "Token") -> bool:
    """The killing verb's subject (or, in "the strike that killed", the clause's noun) is an air weapon."""
    subs = [c for c in trigger.children if c.dep_ == "nsubj"]
    if trigger.dep_ == "relcl" and (not subs or subs[0].tag_ == "WDT"):
        subs = [trigger.head]
    for s in subs:
        words = {s.lemma_.lower(), s.lower_}
        mods = {c.lemma_.lower() for c in s.children if c.dep_ in ("compound", "amod", "nmod")}
        if words & AIR_WEAPONS and not (mods & PERSON_BOMBER_WORDS and "bomber" in words) \
                or (words & {"strike", "strikes", "raid", "raids", "attack"} and mods & AIR_MODIFIERS):
            return True
    return False


def killing_code(code: str, trigger: "Token", source: "Actor", target: "Actor") -> str:
    """One killing, several victims: armed men killed are a fight (190), civilians a killing (1823);
    a killing by an air weapon is the air attack (195)."""
    if code not in ("190", "1823") or trigger.lemma_.lower() not in KILLING_LEMMAS or not target.code:
        return code
    if air_killing(trigger):
        return "195"
    if target.role in ("MIL", "REB"):  # (police killed stay 1823: the lexicon's Taliban at a checkpoint)
        return "190" if source.role in ARMED_ROLES or source.role is None else code
    if target.role == "CVL" and source.role in ARMED_ROLES | {None, "CVL"}:
        return "1823"
    return code


def home_victim(code: str, source: "Actor", target: "Actor") -> "Actor":
    """ "killed 31 villagers and seven soldiers": a victim the resolver knew only by kind (---CVL)
    takes the perpetrator's country in a fight at home (the source's own)."""
    from dateline.model import Actor
    if code[:2] in ("18", "19") and target.role == "CVL" and not target.country and source.country:
        return Actor(target.entity, target.name, source.country + "CVL", source.country, "CVL")
    return target


def readings(tok: "Token", speech: frozenset[str] | set[str], content: dict[str, frozenset[str]],
             condemning: frozenset[str] = frozenset()) -> list[Reading]:
    """Every construction above that `tok` (a verb or auxiliary) triggers; one set lookup
    settles the (many) verbs that trigger none."""
    lemma = tok.lemma_.lower()
    protest = in_protest(tok) if any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children) else []
    guilt = reported_guilt(tok, speech, content) if lemma in speech else []
    if lemma not in TRIGGER_LEMMAS:
        # negated75: "the strike would spread unless ..." (only the strike threat reads these verbs)
        grown = strike_threats.conditional_strike(tok) if lemma in strike_threats.GROWING_VERBS else []
        return [*guilt, *protest, *grown]
    return [*guilt, *received_disapproval(tok), *critical_of(tok), *retort(tok), *condemning_label(tok, condemning),
            *conditional_threat(tok), *misparsed_demand(tok), *protest, *truce_agreed(tok), *labour_strike(tok),
            *custody_passive(tok)]


TRIGGER_LEMMAS = RECEIVING_VERBS | CAUSING_VERBS | RESPONDING_VERBS | RETORT_VERBS | THREAT_VERBS | DEMAND_VERBS | DESCRIBING_VERBS | NAMING_VERBS \
    | REFERRING_VERBS | TRUCE_AGREEING | STRIKE_STATES \
    | frozenset({"come", "be", "walk", "stop", "strike", "try", "order", "take"}) | strike_threats.LIGHT_VERBS


__all__ = ["Reading", "readings", "received_disapproval", "critical_of", "reported_guilt",
           "retort", "condemning_label", "demand_subcode", "demanded_act_code", "is_reciprocal", "joined_agents", "blamed_doer",
           "said_of", "acl_agents", "recalls_envoy", "is_state", "misparsed_demand", "conditional_threat", "in_protest",
           "vetoed_legislature", "truce_agreed", "labour_strike", "is_labour_strike", "bare_on_strike", "unnamed_combatants", "unnamed_people", "aimed_at_thing", "force_on_installation", "striker", "strike_target", "strike_subcode",
           "expulsion_code", "envoys_state", "custody_passive", "air_killing", "begun_strike", "patient_as_source", "unnamed_sides", "unnamed_victims", "killing_code", "home_victim"]
