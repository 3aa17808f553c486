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
from dateline.events.frames import direct_object, subjects, with_conjuncts
from dateline.events.patterns import Pattern, parse_pattern

if TYPE_CHECKING:
    from spacy.tokens import Token

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
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    targets = with_conjuncts(passive) if passive else subjects(tok)
    if not sources or not targets:
        return []
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
        if c.dep_ != "ccomp" or c.pos_ != "VERB" or filters.is_negated(c) or filters.is_hypothetical(c):
            continue
        verb = c.lemma_.lower()
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
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and (code := demanded_act_code(c)) is not None:
            return code
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
        out += [g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("including", "like")
                for g in p.children if g.dep_ == "pobj"]
    for p in tok.children:  # the small model hangs "along with Y" on the verb
        if p.dep_ in ("prep", "advmod") and p.lower_ in ("along", "together"):
            out += [g for w in p.children if w.dep_ == "prep" and w.lower_ == "with"
                    for g in w.children if g.dep_ == "pobj"]
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
    return False


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


def truce_agreed(tok: "Token") -> list[Reading]:
    """ "The two factions agreed to end the fighting": 0871 among the subjects (the coder pairs
    coordinated subjects with each other), or toward a "with" party."""
    if tok.lemma_.lower() not in TRUCE_AGREEING or filters.is_negated(tok):
        return []
    act = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in ENDING_VERBS), None)
    if act is None or not _ended_fighting(act):
        return []
    others = [g for v in (tok, act) for p in v.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.children if g.dep_ == "pobj"]
    return [Reading(tok, _TRUCE, "0871", subjects(tok), with_conjuncts(others[:1]) if others else [])]


def readings(tok: "Token", speech: frozenset[str] | set[str], content: dict[str, frozenset[str]],
             condemning: frozenset[str] = frozenset()) -> list[Reading]:
    """Every construction above that `tok` (a verb or auxiliary) triggers; one set lookup
    settles the (many) verbs that trigger none."""
    lemma = tok.lemma_.lower()
    protest = in_protest(tok) if any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children) else []
    guilt = reported_guilt(tok, speech, content) if lemma in speech else []
    if lemma not in TRIGGER_LEMMAS:
        return [*guilt, *protest]
    return [*guilt, *received_disapproval(tok), *critical_of(tok), *retort(tok), *condemning_label(tok, condemning),
            *conditional_threat(tok), *misparsed_demand(tok), *protest, *truce_agreed(tok)]


TRIGGER_LEMMAS = RECEIVING_VERBS | CAUSING_VERBS | RESPONDING_VERBS | RETORT_VERBS | THREAT_VERBS | DEMAND_VERBS | DESCRIBING_VERBS | NAMING_VERBS \
    | REFERRING_VERBS | TRUCE_AGREEING \
    | frozenset({"come", "be"})


__all__ = ["Reading", "readings", "received_disapproval", "critical_of", "reported_guilt",
           "retort", "condemning_label", "demand_subcode", "demanded_act_code", "is_reciprocal", "joined_agents", "blamed_doer",
           "said_of", "acl_agents", "recalls_envoy", "is_state", "misparsed_demand", "conditional_threat", "in_protest",
           "vetoed_legislature", "truce_agreed"]
