"""euro33: a ban on another state's goods, eased, promised, asked for or refused.

lexicon7 made "Germany lifted its ban on British beef" an eased sanction (085) rather than an
eased administrative restriction (081): a ban on a foreign state's goods or firms is an embargo.
The same act reached the coder in its other moods and kept the administrative code: "the EU
said it would lift the ban on British beef" (0351 for 0354), "the EU refused to lift the ban on
British beef" (1241 for 1244), "Major called on the EU to lift the ban" (0251 for 0254). The
mirror below carries the rule to each mood: the lifting verb is the trigger itself or its "to"
clause, its object is a ban or a restriction, and the target is another state (or its firms);
a source with no country (the EU, a U.N. body) is foreign to every state.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: An administrative easing's code -> the same mood of easing a sanction.
ECONOMIC_MIRROR = {"081": "085", "0351": "0354", "1241": "1244", "0251": "0254", "1051": "1054"}
LIFTING_VERBS = frozenset({"lift", "ease", "end", "remove", "relax", "scrap"})
BAN_NOUNS = frozenset({"ban", "restriction", "curb", "limit", "embargo"})


def _lifts_a_ban(verb: "Token") -> bool:
    return verb.lemma_.lower() in LIFTING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in BAN_NOUNS for c in verb.children)


def foreign_ban_eased(code: str, trigger: "Token", src_country: str | None, tgt_country: str | None,
                      tgt_role: str | None) -> str | None:
    """The sanction code (085 family) of a ban on another state's goods lifted, promised lifted,
    asked lifted or refused lifting; None keeps the code. A ban at home ("lifted the ban on
    rallies", the target the source's own people) stays administrative."""
    if code not in ECONOMIC_MIRROR or not tgt_country or src_country == tgt_country \
            or tgt_role not in (None, "BUS"):
        return None
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "xcomp")]
    return ECONOMIC_MIRROR[code] if any(_lifts_a_ban(v) for v in verbs) else None
