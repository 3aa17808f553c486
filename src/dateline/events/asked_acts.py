"""The subcode of a demand or an appeal read off the act it asks for (codes36).

CAMEO gives appeals (02x), intents (03x) and demands (10x) parallel families whose subcode is
the act asked for or intended: "demanded that Y send relief supplies" is 1033 as "urged Y to
send aid" is 0233 and "sent aid" is 073. The appeal side already mirrors the dictionary code of
its asked act (coop.APPEAL_FOR_ACT); a demand only knew a short word list
(conflict.DEMAND_CONTENT), so "demanded that Y deliver the tanks", "... unfreeze its assets",
"... stop its military exercises" stayed a plain 100. And an appeal whose asked act the
dictionary does not code as an event of its own ("urged Y to hold free elections": elections
have no CAMEO code) stayed a plain 020 although the demand word list knew the content (1044).

WIKINEWS_EVENTS.md: "use the most specific fitting code"; GDELT's names for 105-108 conflict
with the CAMEO manual, so no 105-108 is produced here (a demand for talks stays 100), while the
4-digit 105x (easing, release, de-escalation) are the same in both versions.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# The demanded act's own dictionary code -> the 10x subcode (longest prefix wins). The 07x aid
# acts are 103x, the 08x yieldings 105x, the 06x material cooperation 101x (the codebook's
# 101x/103x/105x mirror 06x/07x/08x as 021x/023x/025x do).
DEMAND_FOR_ACT: dict[str, str] = {
    "071": "1031", "072": "1032", "073": "1033", "074": "1034",
    "081": "1051", "082": "1052", "084": "1053", "0841": "1053", "085": "1054", "086": "1055", "087": "1056",
    "061": "1011", "062": "1012", "063": "1013", "064": "1014", "070": "103",
}

# Asked acts the dictionary codes as no event of their own, by the suffix their 02x/10x code shares.
# Stopping a military act asks for de-escalation (0256 / 1056): "stop its military drills".
STOPPING_VERBS = frozenset({"stop", "halt", "end", "cease", "suspend", "call_off", "scale_back", "wind_down"})
MILITARY_ACTS = frozenset({"drill", "exercise", "offensive", "attack", "shelling", "bombing", "bombardment",
                           "airstrike", "strike", "raid", "incursion", "hostility", "fighting", "assault"})
# ... "military" named makes an operation or a campaign one ("halt its military operation").
MILITARY_IF_SAID = frozenset({"operation", "campaign", "activity"})
# Restoring democratic rule asks for a change of regime (0244 / 1044): "restore constitutional order".
RESTORING_VERBS = frozenset({"restore", "reinstate", "return"})
REGIME_NOUNS = frozenset({"democracy"})
REGIME_IF_SAID = frozenset({"order", "rule", "government"})
REGIME_MARKS = frozenset({"constitutional", "democratic", "civilian", "elected"})


def _phrasal(verb: "Token") -> str:
    prt = next((p.lower_ for p in verb.children if p.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()}_{prt}" if prt else verb.lemma_.lower()


def content_suffix(act: "Token") -> str | None:
    """The family-neutral suffix of an asked act read off its verb and object: "56" for a military
    act stopped ("halt the offensive", "stop its military drills"), "44" for democratic rule
    restored ("restore constitutional order", "restore democracy"). None otherwise ("stop the
    strike at the port" names no military act; "restore order" is policing)."""
    from dateline.events.frames import direct_object

    obj = direct_object(act)
    if obj is None:
        return None
    noun = obj.lemma_.lower()
    marks = {c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound")}
    verb = _phrasal(act)
    if verb in STOPPING_VERBS and (noun in MILITARY_ACTS and (noun != "strike" or marks & {"air", "missile", "drone"})
                                   or noun in MILITARY_IF_SAID and "military" in marks):
        return "56"
    if verb in RESTORING_VERBS and (noun in REGIME_NOUNS or noun in REGIME_IF_SAID and marks & REGIME_MARKS):
        return "44"
    return None


def demanded_act_mirror(clause: "Token") -> str | None:
    """ "demanded that Y deliver the promised tanks" -> 1032: the demanded clause's own
    dictionary code (072, military aid) mirrored into the demand family; None when the act is
    not one the dictionary codes, or has no 10x mirror (talks, 04x: 106-108 are not used)."""
    from dateline.events.coop import _aid_kind
    from dateline.events.filters import is_negated
    from dateline.events.frames import verb_frame
    from dateline.events.patterns import load_dictionary

    if clause.pos_ != "VERB" or is_negated(clause):
        return None  # "demanded that Y not send troops" asks for no aid
    if (suffix := content_suffix(clause)) is not None:
        return "10" + suffix
    pat = load_dictionary().match(verb_frame(clause))
    if pat is None:
        return None
    code = pat.code
    if code == "070" and (kind := _aid_kind(clause)) is not None:
        code = kind[2]  # "provide more humanitarian aid": 073, so 1033
    return next((DEMAND_FOR_ACT[code[:n]] for n in (4, 3) if code[:n] in DEMAND_FOR_ACT), None)


def appeal_for_content(act: "Token") -> str | None:
    """ "urged Y to hold free elections" -> 0244: an asked act the dictionary does not code, whose
    verb or object the demand word list knows (conflict.DEMAND_CONTENT: 1044 elections, 1053
    release, 1056 withdrawal, 1041 resignation, 1043 rights), takes the 02x code of the same
    suffix. The codebook's 024x/025x and 104x/105x name the same asked acts."""
    from dateline.events.conflict import demanded_act_code
    from dateline.events.filters import is_negated

    if act.pos_ != "VERB" or is_negated(act):
        return None
    code = demanded_act_code(act)
    if code is not None:
        return "02" + code[2:]
    suffix = content_suffix(act)
    if suffix is None and _settlement_sought(act):
        return "027"  # codes42: "urged Y to find a political solution to the conflict"
    return "02" + suffix if suffix is not None else None


# codes42: an asked act that reaches a settlement of the dispute is an appeal to settle it (027),
# as "urged Y to resolve / settle" already is in the dictionary. No demand mirror: 10x has none.
SETTLING_VERBS = frozenset("find seek reach achieve negotiate work_out hammer_out".split())
SETTLEMENT_NOUNS = frozenset("solution settlement compromise".split())  # no "resolution": "seek a U.N. resolution"


def _settlement_sought(act: "Token") -> bool:
    from dateline.events.frames import direct_object

    obj = direct_object(act)
    return obj is not None and _phrasal(act) in SETTLING_VERBS and obj.lemma_.lower() in SETTLEMENT_NOUNS


# ---------------------------------------------------------------- what an accusation names

# A crime noun made a war crime by its own modifier ("war crimes", "crimes against humanity") is
# 1124; abuses or violations of rights are 1122. The dictionary's "accuse of:crime|abuse" reads the
# bare head noun as a common crime (1121).
CRIME_NOUNS = frozenset({"crime", "atrocity"})
RIGHTS_WRONGS = frozenset({"abuse", "violation", "breach"})


def _war_crime(noun: "Token") -> bool:
    if noun.lemma_.lower() not in CRIME_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == "war" for c in noun.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "against" and
               any(g.lemma_.lower() == "humanity" for g in p.children) for p in noun.children)


# codes42: the verb form, "of violating the human rights of the minority", "of trampling on
# human rights": the rights are the wronging verb's object (or its "on" phrase's).
RIGHTS_WRONGING_VERBS = frozenset("violate abuse breach trample flout deny suppress".split())


def _rights_wrong(noun: "Token") -> bool:
    if noun.lemma_.lower() in RIGHTS_WRONGS and any(
            c.dep_ in ("compound", "nmod") and c.lemma_.lower() == "right" for c in noun.children):
        return True
    if noun.lemma_.lower() != "right" or not any(c.dep_ in ("amod", "compound") and c.lower_ == "human"
                                                  for c in noun.children):
        return False
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else noun.head
    return noun.dep_ in ("dobj", "pobj") and head.pos_ == "VERB" and head.lemma_.lower() in RIGHTS_WRONGING_VERBS


def accused_kind(code: str, trigger: "Token") -> str | None:
    """ "accused Russia of war crimes" -> 1124 and "of human rights abuses" -> 1122, where the
    crime noun's head read 1121 (or a plain 112). Only the accusation's own content is read: the
    "of" / "for" / "with" phrase of the trigger, or the clause it heads ("of committing war
    crimes", "said troops had committed war crimes")."""
    if code not in ("112", "1121"):
        return None
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]  # "accused Y's military of ...": hung on Y
    content = [c for h in heads for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("of", "for", "with") or h is trigger and c.dep_ in ("ccomp", "xcomp", "advcl")]
    for part in content:
        for t in part.subtree:
            if _war_crime(t):
                return "1124"
            if _rights_wrong(t):
                return "1122"
    return None
